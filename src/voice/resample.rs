//! Sample-rate conversion by windowed-sinc interpolation (band-limited, so 44.1/48 kHz speech keeps no alias).

use std::f64::consts::PI;

/// Zero crossings of the low-pass filter on each side of a sample.
const ZERO_CROSSINGS: f64 = 12.0;

/// `x` at `from` Hz, as `to` Hz. Empty in, empty out; the same rate returns a copy.
pub fn resample(x: &[f32], from: u32, to: u32) -> Vec<f32> {
    if from == to || x.is_empty() || from == 0 || to == 0 {
        return x.to_vec();
    }
    let ratio = to as f64 / from as f64;
    // Cut-off in cycles per input sample: below the lower Nyquist, with a little room for the slope.
    let fc = 0.5 * ratio.min(1.0) * 0.94;
    let half = ZERO_CROSSINGS / (2.0 * fc);
    let n_out = ((x.len() as f64) * ratio).floor() as usize;
    let mut out = Vec::with_capacity(n_out);
    for n in 0..n_out {
        let center = n as f64 / ratio;
        let lo = (center - half).ceil().max(0.0) as usize;
        let hi = ((center + half).floor() as usize).min(x.len() - 1);
        let (mut acc, mut wsum) = (0.0f64, 0.0f64);
        for (i, &s) in x.iter().enumerate().take(hi + 1).skip(lo) {
            let t = center - i as f64;
            let arg = 2.0 * fc * t;
            let sinc = if arg.abs() < 1e-12 {
                1.0
            } else {
                (PI * arg).sin() / (PI * arg)
            };
            // Hann window over [-half, half].
            let w = 0.5 + 0.5 * (PI * t / half).cos();
            let h = 2.0 * fc * sinc * w;
            acc += s as f64 * h;
            wsum += h;
        }
        out.push(if wsum.abs() > 1e-12 {
            (acc / wsum) as f32
        } else {
            0.0
        });
    }
    out
}

/// The same filter over a stream that arrives in blocks (a microphone at 44.1 or 48 kHz): each output
/// sample is computed once all the input it needs has arrived; the delay is the filter's half-width.
#[derive(Debug, Clone)]
pub struct StreamResampler {
    ratio: f64,
    fc: f64,
    half: f64,
    /// Input kept, starting at absolute input index `base`.
    buf: Vec<f32>,
    base: u64,
    /// The next output sample's index.
    next: u64,
}

impl StreamResampler {
    /// From `from` Hz to `to` Hz.
    pub fn new(from: u32, to: u32) -> Self {
        let ratio = to as f64 / from.max(1) as f64;
        let fc = 0.5 * ratio.min(1.0) * 0.94;
        Self {
            ratio,
            fc,
            half: ZERO_CROSSINGS / (2.0 * fc),
            buf: Vec::new(),
            base: 0,
            next: 0,
        }
    }

    /// Adds input; returns the output samples that are now complete.
    pub fn push(&mut self, x: &[f32]) -> Vec<f32> {
        self.buf.extend_from_slice(x);
        let end = self.base + self.buf.len() as u64; // one past the last input sample held
        let mut out = Vec::new();
        loop {
            let center = self.next as f64 / self.ratio;
            let hi = (center + self.half).floor();
            if hi >= end as f64 {
                break;
            }
            let lo = (center - self.half).ceil().max(0.0) as u64;
            let (mut acc, mut wsum) = (0.0f64, 0.0f64);
            for i in lo.max(self.base)..=hi as u64 {
                let t = center - i as f64;
                let arg = 2.0 * self.fc * t;
                let sinc = if arg.abs() < 1e-12 {
                    1.0
                } else {
                    (PI * arg).sin() / (PI * arg)
                };
                let h = 2.0 * self.fc * sinc * (0.5 + 0.5 * (PI * t / self.half).cos());
                acc += self.buf[(i - self.base) as usize] as f64 * h;
                wsum += h;
            }
            out.push(if wsum.abs() > 1e-12 {
                (acc / wsum) as f32
            } else {
                0.0
            });
            self.next += 1;
        }
        // Drop what no later output needs.
        let keep_from = ((self.next as f64 / self.ratio) - self.half)
            .floor()
            .max(0.0) as u64;
        if keep_from > self.base {
            let n = ((keep_from - self.base) as usize).min(self.buf.len());
            self.buf.drain(..n);
            self.base += n as u64;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sine(freq: f64, rate: u32, secs: f64) -> Vec<f32> {
        (0..(rate as f64 * secs) as usize)
            .map(|i| (2.0 * PI * freq * i as f64 / rate as f64).sin() as f32 * 0.5)
            .collect()
    }

    /// Power of `x` at `freq` by correlation (a one-bin DFT).
    fn power_at(x: &[f32], freq: f64, rate: u32) -> f64 {
        let (mut re, mut im) = (0.0, 0.0);
        for (i, &s) in x.iter().enumerate() {
            let a = 2.0 * PI * freq * i as f64 / rate as f64;
            re += s as f64 * a.cos();
            im += s as f64 * a.sin();
        }
        (re * re + im * im) / (x.len() as f64).powi(2)
    }

    #[test]
    fn keeps_a_tone_and_its_length() {
        let x = sine(440.0, 44_100, 1.0);
        let y = resample(&x, 44_100, 16_000);
        assert_eq!(y.len(), 16_000);
        // A 0.5-amplitude sine has power 0.0625 at its frequency.
        let p = power_at(&y[1000..15000], 440.0, 16_000);
        assert!((p - 0.0625).abs() < 0.003, "power {p}");
    }

    #[test]
    fn removes_what_would_alias() {
        // 12 kHz is above 16 kHz's Nyquist (8 kHz): it must not fold down to 4 kHz.
        let x = sine(12_000.0, 48_000, 0.5);
        let y = resample(&x, 48_000, 16_000);
        let p = power_at(&y[500..7500], 4_000.0, 16_000);
        assert!(p < 1e-5, "aliased power {p}");
    }

    #[test]
    fn the_stream_matches_the_whole_in_the_middle() {
        let x = sine(440.0, 48_000, 0.5);
        let whole = resample(&x, 48_000, 16_000);
        let mut s = StreamResampler::new(48_000, 16_000);
        let mut streamed = Vec::new();
        for block in x.chunks(997) {
            streamed.extend(s.push(block));
        }
        // All but the last half-filter-width of output arrives, and equals the batch result.
        assert!(streamed.len() + 40 >= whole.len() && streamed.len() <= whole.len());
        let d = streamed[100..streamed.len() - 100]
            .iter()
            .zip(&whole[100..])
            .map(|(a, b)| (a - b).abs())
            .fold(0.0f32, f32::max);
        assert!(d < 1e-5, "max difference {d}");
    }

    #[test]
    fn upsamples_and_passes_through() {
        let x = sine(300.0, 8_000, 0.5);
        let y = resample(&x, 8_000, 16_000);
        assert_eq!(y.len(), 8_000);
        let p = power_at(&y[500..7500], 300.0, 16_000);
        assert!((p - 0.0625).abs() < 0.003, "power {p}");
        assert_eq!(resample(&x, 8_000, 8_000), x);
        assert!(resample(&[], 8_000, 16_000).is_empty());
    }
}
