//! Voice tone: audio decoded to 16 kHz mono in memory, Silero voice activity, Whisper-base's encoder
//! and prosody, the trained tone head and a personal baseline. Readings only: audio is never written.

pub mod audio;
pub mod baseline;
pub mod engine;
pub mod live;
pub mod polish;
pub mod rate;
pub mod resample;
pub mod segment;
pub mod session;
pub mod source;
pub mod tone;
pub mod vad;

pub use engine::{SegmentReading, VoiceEngine};

/// The sample rate every model here reads.
pub const SAMPLE_RATE: u32 = 16_000;
