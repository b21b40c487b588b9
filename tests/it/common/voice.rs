//! Shared helpers for the voice tests: the Polish clips (from the nkululeko sdist that set-up
//! fetches), the loaded engine, a WAV of clips with pauses.
#![allow(dead_code)]

use mentora::voice::audio::encode_wav16;
use mentora::voice::polish::{self, Clip};
use mentora::voice::VoiceEngine;
use std::sync::OnceLock;

/// The Polish clips' zip of this checkout.
pub fn clips_zip() -> std::path::PathBuf {
    let p = mentora::cli::voice::default_clips();
    assert!(
        p.is_file(),
        "{} is missing: run scripts/setup.sh",
        p.display()
    );
    p
}

/// Every clip, read once per test run.
pub fn clips() -> &'static [Clip] {
    static CLIPS: OnceLock<Vec<Clip>> = OnceLock::new();
    CLIPS.get_or_init(|| polish::read_zip(&clips_zip(), None).unwrap())
}

/// One clip by file name.
pub fn clip(name: &str) -> &'static Clip {
    clips().iter().find(|c| c.name == name).unwrap()
}

/// The VAD, encoder and head of the models folder (2 threads).
pub fn engine() -> VoiceEngine {
    mentora::runtime::init(None).unwrap();
    let m = mentora::models::Manifest::load(&super::models_dir()).unwrap();
    VoiceEngine::load(&m, 2).unwrap()
}

/// A WAV of `names` clips, each followed by half a second of silence.
pub fn speech_wav(names: &[&str]) -> Vec<u8> {
    let mut samples = Vec::new();
    for n in names {
        samples.extend_from_slice(&clip(n).samples);
        samples.extend(std::iter::repeat_n(0.0f32, 8000));
    }
    encode_wav16(&samples)
}
