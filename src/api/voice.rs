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

/// Reads a WAV, FLAC or Ogg Vorbis file: decoded in memory, never copied or kept. `own_baseline` reads the segments
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

/// The setting naming the microphone to use (absent: the system's default).
pub const DEVICE_SETTING: &str = "voice.device";

/// The microphones this machine has.
pub fn microphones() -> Result<Vec<crate::voice::source::MicInfo>> {
    crate::voice::source::list_microphones()
}

/// The voice settings of the open profile.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
pub struct VoiceSettings {
    /// The microphone by name; `None` is the system's default.
    pub device: Option<String>,
    /// The person agreed to learn a baseline of their voice from their sessions.
    pub learn_baseline: bool,
    /// Speech segments in the learned baseline (it is used from 20 on).
    pub baseline_segments: u64,
}

/// Reads the voice settings.
pub fn settings(app: &App) -> Result<VoiceSettings> {
    let v = app.unlocked_vault()?;
    let (learn, b) = crate::voice::session::stored_baseline(&v)?;
    let device = v.with_conn(|c| crate::vault::repo::settings::get(c, DEVICE_SETTING))?;
    Ok(VoiceSettings {
        device: device.and_then(|d| d.as_str().map(String::from)),
        learn_baseline: learn,
        baseline_segments: b.count,
    })
}

/// Chooses the microphone (`None`: the default), agrees or not to learn a baseline, and (`forget`)
/// deletes the baseline learned so far.
pub fn set_settings(
    app: &App,
    device: Option<String>,
    learn_baseline: bool,
    forget: bool,
) -> Result<VoiceSettings> {
    use crate::vault::repo::settings as s;
    use crate::voice::baseline;
    if let Some(d) = &device {
        crate::vault::validate::text("device", d, 1, 256)?;
    }
    let v = app.unlocked_vault()?;
    let at = crate::vault::Stamp::now();
    v.with_conn(|c| {
        s::set(c, DEVICE_SETTING, &serde_json::json!(device), &at)?;
        s::set(
            c,
            baseline::LEARN_SETTING,
            &serde_json::json!(learn_baseline),
            &at,
        )?;
        if forget {
            c.execute("DELETE FROM settings WHERE key = ?1", [baseline::SETTING])?;
        }
        Ok(())
    })?;
    // A session that is listening follows at once (and forgets what it had learned too).
    if let Some(l) = app.voice_learning() {
        l.set(learn_baseline, forget);
    }
    settings(app)
}

/// Starts a voice session (bound to `chat_id`, if any) on the chosen microphone; returns its id.
/// Readings, the level and the end go to `on_event`; the readings are stored as they come.
pub fn session_start(
    app: &App,
    chat_id: Option<i64>,
    on_event: impl FnMut(&crate::voice::live::LiveEvent) + Send + 'static,
) -> Result<i64> {
    let device = settings(app)?.device;
    session_start_on(
        app,
        chat_id,
        crate::voice::source::SourceSpec::Microphone(device),
        on_event,
    )
}

/// [`session_start`] on any source (a recording at real speed: the tests, "submit audio").
pub fn session_start_on(
    app: &App,
    chat_id: Option<i64>,
    spec: crate::voice::source::SourceSpec,
    on_event: impl FnMut(&crate::voice::live::LiveEvent) + Send + 'static,
) -> Result<i64> {
    use crate::error::{Code, Error};
    let _starting = app.voice_start_guard();
    if app.voice_busy() {
        return Err(Error::new(
            Code::AudioBusy,
            "a voice session is already listening",
        ));
    }
    // One that ended on its own (a microphone error, the end of a file) is closed first.
    if let Some(ended) = app.take_voice() {
        let _ = ended.stop();
    }
    let vault = app.unlocked_vault()?;
    vault.with_conn(crate::vault::repo::voice::close_orphans)?;
    crate::runtime::init(app.paths().install_dir.as_deref())?;
    let manifest = app.manifest()?;
    let run = crate::voice::session::VoiceRun::start(
        vault.clone(),
        chat_id,
        spec,
        move || VoiceEngine::load(&manifest, 2),
        on_event,
    )?;
    let id = run.session_id();
    app.set_voice(run);
    // Locked while the models loaded: nothing may listen to a locked profile.
    if vault.is_locked() {
        if let Some(r) = app.take_voice() {
            let _ = r.stop();
        }
        return Err(Error::new(
            Code::VaultLocked,
            "the profile locked while the voice started",
        ));
    }
    Ok(id)
}

/// Stops the voice session and returns what was stored.
pub fn session_stop(app: &App) -> Result<crate::vault::repo::voice::VoiceSession> {
    use crate::error::{Code, Error};
    app.take_voice()
        .ok_or_else(|| Error::new(Code::InvalidInput, "no voice session is running"))?
        .stop()
}

/// Reads a recording the person picked in the window (WAV, FLAC or Ogg bytes; decoded in memory,
/// never stored).
pub fn analyze_bytes(app: &App, bytes: &[u8], own_baseline: bool) -> Result<VoiceAnalysis> {
    let samples = audio::decode(bytes)?;
    crate::runtime::init(app.paths().install_dir.as_deref())?;
    let mut engine = VoiceEngine::load(&app.manifest()?, 2)?;
    analyze_samples(&mut engine, &samples, own_baseline)
}
