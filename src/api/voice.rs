//! Voice tone use cases: read a recording the person picked (segments, tones, arousal), in memory only.

use super::App;
use crate::error::Result;
use crate::voice::engine::BaselineMode;
use crate::voice::tone::Loso;
use crate::voice::{audio, SegmentReading, VoiceEngine};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// A recording's readings and what they are worth.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
pub struct VoiceAnalysis {
    /// Length of the recording in seconds.
    pub seconds: f64,
    /// Seconds of it that were speech.
    pub speech_seconds: f64,
    /// One reading per speech segment.
    pub segments: Vec<SegmentReading>,
    /// Held-out accuracy of the head (leave one speaker out), to show beside the readings.
    pub accuracy: Loso,
}

/// Reads a WAV file: decoded in memory, never copied or kept. `own_baseline` reads the segments
/// against the recording's own speech (as a person's baseline would be) instead of the training set's.
pub fn analyze_file(
    app: &App,
    path: &Path,
    own_baseline: bool,
    threads: usize,
) -> Result<VoiceAnalysis> {
    let samples = audio::read_file(path)?;
    crate::runtime::init(app.paths().install_dir.as_deref())?;
    let mut engine = VoiceEngine::load(&app.manifest()?, threads)?;
    analyze_samples(&mut engine, &samples, own_baseline)
}

/// Reads 16 kHz mono samples with a loaded engine.
pub fn analyze_samples(
    engine: &mut VoiceEngine,
    samples: &[f32],
    own_baseline: bool,
) -> Result<VoiceAnalysis> {
    let mode = if own_baseline {
        BaselineMode::SelfRecording
    } else {
        BaselineMode::Default
    };
    let segments = engine.analyze(samples, mode)?;
    let rate = crate::voice::SAMPLE_RATE as f64;
    Ok(VoiceAnalysis {
        seconds: samples.len() as f64 / rate,
        speech_seconds: segments.iter().map(|s| s.end_s - s.start_s).sum(),
        accuracy: engine.tone.meta().loso.clone(),
        segments,
    })
}
