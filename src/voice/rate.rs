//! Speaking rate: syllable-like beats per second of a speech segment, from its loudness contour
//! (language-independent, like the tension reading; a rough measure, not a transcript).

/// Frames of 10 ms at 16 kHz.
const HOP: usize = 160;
/// A beat must rise this many dB above the dip before it.
const RISE_DB: f32 = 4.0;
/// Beats at least this many frames apart (120 ms: no one says more than ~8 syllables a second).
const MIN_GAP: usize = 12;

/// Beats per second of `samples` (16 kHz): peaks of the loudness, smoothed over 50 ms, that stand
/// `RISE_DB` above the dip before them and within 30 dB of the loudest frame. `None` under 300 ms.
pub fn speaking_rate(samples: &[f32]) -> Option<f32> {
    let db: Vec<f32> = samples
        .chunks(HOP)
        .map(|c| 10.0 * (c.iter().map(|x| x * x).sum::<f32>() / c.len() as f32 + 1e-10).log10())
        .collect();
    if db.len() < 30 || db.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let smooth: Vec<f32> = (0..db.len())
        .map(|i| {
            let (a, b) = (i.saturating_sub(2), (i + 3).min(db.len()));
            db[a..b].iter().sum::<f32>() / (b - a) as f32
        })
        .collect();
    let floor = smooth.iter().copied().fold(f32::MIN, f32::max) - 30.0;
    let (mut beats, mut dip, mut last): (u32, f32, Option<usize>) = (0, f32::MAX, None);
    for i in 1..smooth.len() - 1 {
        dip = dip.min(smooth[i]);
        let peak = smooth[i] >= smooth[i - 1] && smooth[i] > smooth[i + 1];
        if peak
            && smooth[i] > floor + RISE_DB
            && smooth[i] - dip >= RISE_DB
            && last.is_none_or(|p| i - p >= MIN_GAP)
        {
            beats += 1;
            last = Some(i);
            dip = smooth[i];
        }
    }
    Some(beats as f32 / (samples.len() as f32 / 16_000.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::f32::consts::PI;

    /// A voiced buzz whose loudness rises and falls `beats` times a second.
    fn pulsing(beats: f32, secs: f32) -> Vec<f32> {
        (0..(secs * 16_000.0) as usize)
            .map(|i| {
                let t = i as f32 / 16_000.0;
                let env = (0.5 - 0.5 * (2.0 * PI * beats * t).cos()).powi(2);
                let buzz: f32 = (1..6)
                    .map(|h| (2.0 * PI * 130.0 * h as f32 * t).sin() / h as f32)
                    .sum();
                0.3 * env * buzz
            })
            .collect()
    }

    #[test]
    fn counts_the_beats_of_a_pulsing_voice() {
        for beats in [2.0f32, 4.0, 6.0] {
            let r = speaking_rate(&pulsing(beats, 3.0)).unwrap();
            assert!((r - beats).abs() <= 0.5, "{beats}/s read as {r}");
        }
    }

    #[test]
    fn steady_sound_silence_and_short_bits() {
        let steady: Vec<f32> = (0..32_000).map(|i| (i as f32 * 0.05).sin() * 0.3).collect();
        assert!(speaking_rate(&steady).unwrap() <= 0.5);
        assert_eq!(speaking_rate(&vec![0.0; 32_000]), Some(0.0));
        assert_eq!(speaking_rate(&vec![0.1; 3_000]), None);
        assert_eq!(speaking_rate(&[]), None);
    }
}
