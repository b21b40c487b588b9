//! Speech segments from the VAD's per-chunk probabilities, as Silero's own `get_speech_timestamps`:
//! speech starts above 0.5, ends after 300 ms below 0.35, is kept if at least 250 ms long, is cut at 30 s
//! (the encoder's longest input) and padded by 100 ms on each side.

use super::vad::CHUNK;
use super::SAMPLE_RATE;

const START: f32 = 0.5;
const STOP: f32 = 0.35;
const MIN_SILENCE: usize = SAMPLE_RATE as usize * 300 / 1000;
const MIN_SPEECH: usize = SAMPLE_RATE as usize * 250 / 1000;
/// Padding on each side of a segment, in samples.
pub const PAD: usize = SAMPLE_RATE as usize / 10;
/// The longest segment, in samples (padding included).
pub const MAX_SPEECH: usize = SAMPLE_RATE as usize * 30 - 2 * PAD;

/// A stretch of speech, in samples from the start of the stream (padding not yet applied).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First sample.
    pub start: usize,
    /// One past the last sample.
    pub end: usize,
}

impl Span {
    /// The span with [`PAD`] on each side, within `0..len`.
    pub fn padded(self, len: usize) -> Span {
        Span {
            start: self.start.saturating_sub(PAD),
            end: (self.end + PAD).min(len),
        }
    }
}

/// Turns chunk probabilities into spans, one chunk at a time.
#[derive(Debug, Default)]
pub struct Segmenter {
    start: Option<usize>,
    silence_from: Option<usize>,
}

impl Segmenter {
    /// The chunk starting at sample `at` had speech probability `p`; a finished span, if any.
    pub fn push(&mut self, at: usize, p: f32) -> Option<Span> {
        let end_of_chunk = at + CHUNK;
        match self.start {
            None => {
                if p >= START {
                    self.start = Some(at);
                    self.silence_from = None;
                }
                None
            }
            Some(start) => {
                if p >= START {
                    self.silence_from = None;
                } else if p < STOP && self.silence_from.is_none() {
                    self.silence_from = Some(at);
                }
                if let Some(s) = self.silence_from {
                    if end_of_chunk - s >= MIN_SILENCE {
                        self.start = None;
                        self.silence_from = None;
                        return (s - start >= MIN_SPEECH).then_some(Span { start, end: s });
                    }
                }
                // Cut before the next chunk would make it longer than the encoder takes.
                if end_of_chunk + CHUNK - start > MAX_SPEECH {
                    self.start = Some(end_of_chunk);
                    self.silence_from = None;
                    return Some(Span {
                        start,
                        end: end_of_chunk,
                    });
                }
                None
            }
        }
    }

    /// The stream ended at sample `len`: the open span, if long enough.
    pub fn finish(&mut self, len: usize) -> Option<Span> {
        let start = self.start.take()?;
        let end = self.silence_from.take().unwrap_or(len).min(len);
        (end > start && end - start >= MIN_SPEECH).then_some(Span { start, end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(probs: &[f32]) -> Vec<Span> {
        let mut s = Segmenter::default();
        let mut out: Vec<Span> = probs
            .iter()
            .enumerate()
            .filter_map(|(i, &p)| s.push(i * CHUNK, p))
            .collect();
        out.extend(s.finish(probs.len() * CHUNK));
        out
    }

    #[test]
    fn finds_speech_between_silences() {
        // 10 chunks silence, 20 speech (640 ms), 20 silence, 3 speech (96 ms: too short), silence.
        let mut p = vec![0.1; 10];
        p.extend(vec![0.9; 20]);
        p.extend(vec![0.1; 20]);
        p.extend(vec![0.9; 3]);
        p.extend(vec![0.1; 20]);
        assert_eq!(
            run(&p),
            vec![Span {
                start: 10 * CHUNK,
                end: 30 * CHUNK
            }]
        );
    }

    #[test]
    fn a_short_dip_does_not_split_and_long_speech_is_cut() {
        let mut p = vec![0.9; 10];
        p.extend(vec![0.2; 3]); // 96 ms pause: same segment
        p.extend(vec![0.9; 10]);
        let spans = run(&p);
        assert_eq!(spans.len(), 1);
        assert_eq!(
            spans[0],
            Span {
                start: 0,
                end: 23 * CHUNK
            }
        );
        let long = run(&vec![0.95; 2000]); // 64 s of speech
        assert!(long.len() >= 3);
        assert!(long.iter().all(|s| s.end - s.start <= MAX_SPEECH));
        assert!(long.windows(2).all(|w| w[0].end == w[1].start));
    }
}
