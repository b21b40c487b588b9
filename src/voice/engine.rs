//! The voice pipeline over a recording or a live stream: VAD → speech segments → encoder → tone.

use super::baseline::Baseline;
use super::segment::{Segmenter, Span};
use super::tone::{Features, Tone, ToneModel, MIN_SAMPLES};
use super::vad::{Vad, CHUNK};
use super::SAMPLE_RATE;
use crate::error::Result;
use crate::models::Manifest;
use serde::{Deserialize, Serialize};

/// The VAD's manifest id.
pub const VAD_ID: &str = "voice-vad";

/// One speech segment's reading. Holds no audio and no words.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
pub struct SegmentReading {
    /// Seconds from the start of the recording or session.
    pub start_s: f64,
    /// End, in seconds.
    pub end_s: f64,
    /// Tone, probabilities, arousal.
    #[serde(flatten)]
    pub tone: Tone,
    /// Estimated pitch in Hz (none when no frame was voiced).
    pub pitch_hz: Option<f32>,
    /// Share of the segment's frames that were voiced (0..1).
    pub voiced: f32,
    /// Speaking rate: syllable-like beats per second (none under 300 ms).
    pub syllables_per_s: Option<f32>,
}

/// Which baseline readings of a recording are made against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaselineMode {
    /// The training set's statistics.
    Default,
    /// The recording's own speech (when it has enough segments), as a person's baseline would be.
    SelfRecording,
}

/// The loaded VAD, encoder and head.
pub struct VoiceEngine {
    /// Voice activity.
    pub vad: Vad,
    /// Encoder and head.
    pub tone: ToneModel,
}

impl VoiceEngine {
    /// Loads the three models from the manifest; `threads` for the encoder.
    pub fn load(manifest: &Manifest, threads: usize) -> Result<Self> {
        let vad = Vad::load(&manifest.verified_path(VAD_ID)?)?;
        Ok(Self {
            vad,
            tone: ToneModel::load(manifest, threads)?,
        })
    }

    /// Speech spans of a whole recording (padded, in samples).
    pub fn spans(&mut self, audio: &[f32]) -> Result<Vec<Span>> {
        self.vad.reset();
        let mut seg = Segmenter::default();
        let mut spans = Vec::new();
        for (i, chunk) in audio.chunks(CHUNK).enumerate() {
            let p = self.vad.push(chunk)?;
            spans.extend(seg.push(i * CHUNK, p));
        }
        spans.extend(seg.finish(audio.len()));
        Ok(spans.into_iter().map(|s| s.padded(audio.len())).collect())
    }

    /// Reads every speech segment of a recording.
    pub fn analyze(&mut self, audio: &[f32], mode: BaselineMode) -> Result<Vec<SegmentReading>> {
        let spans = self.spans(audio)?;
        let mut feats: Vec<(Span, Features)> = Vec::with_capacity(spans.len());
        for s in spans {
            if s.end - s.start >= MIN_SAMPLES {
                feats.push((s, self.tone.features(&audio[s.start..s.end])?));
            }
        }
        let own = (mode == BaselineMode::SelfRecording).then(|| {
            let mut b = Baseline::default();
            feats.iter().for_each(|(_, f)| b.add(&f.joined()));
            b
        });
        feats
            .iter()
            .map(|(s, f)| self.reading(*s, f, own.as_ref()))
            .collect()
    }

    /// The reading of one segment's features.
    pub fn reading(
        &mut self,
        s: Span,
        f: &Features,
        baseline: Option<&Baseline>,
    ) -> Result<SegmentReading> {
        let rate = SAMPLE_RATE as f64;
        Ok(SegmentReading {
            start_s: s.start as f64 / rate,
            end_s: s.end as f64 / rate,
            tone: self.tone.read(f, baseline)?,
            pitch_hz: f.pitch_hz(),
            voiced: f.prosody[4],
            syllables_per_s: f.rate,
        })
    }
}
