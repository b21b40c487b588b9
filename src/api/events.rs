//! Names of the events the core's use cases emit to a front end; the UI reads the same names from the
//! generated `ui/src/lib/ipc.gen.ts`.

/// Each [`crate::chat::service::ChatEvent`] (message saved, reply piece).
pub const CHAT: &str = "chat://event";
/// A chat session ended on its own (idle) and was summarized.
pub const CHAT_SESSION_ENDED: &str = "chat://session-ended";
/// A live face-emotion sample while the camera is on.
pub const EMOTION_SAMPLE: &str = "emotion://sample";
/// The capture ended: null when stopped, the error when the camera failed.
pub const EMOTION_ENDED: &str = "emotion://ended";
/// The speech level a few times a second while a voice session listens.
pub const VOICE_LEVEL: &str = "voice://level";
/// A voice reading (one speech segment's tone).
pub const VOICE_READING: &str = "voice://reading";
/// The voice session ended: null when stopped, the error when the microphone failed.
pub const VOICE_ENDED: &str = "voice://ended";
/// The vault locked itself (idle, suspend).
pub const VAULT_LOCKED: &str = "vault://locked";
/// The tray's "Log my mood": show Today.
pub const TRAY_LOG_MOOD: &str = "tray://log-mood";
/// Progress of a model install.
pub const MODELS_PROGRESS: &str = "models://progress";

/// Every event name, for the generated TypeScript.
pub const ALL: &[(&str, &str)] = &[
    ("CHAT", CHAT),
    ("CHAT_SESSION_ENDED", CHAT_SESSION_ENDED),
    ("EMOTION_SAMPLE", EMOTION_SAMPLE),
    ("EMOTION_ENDED", EMOTION_ENDED),
    ("VOICE_LEVEL", VOICE_LEVEL),
    ("VOICE_READING", VOICE_READING),
    ("VOICE_ENDED", VOICE_ENDED),
    ("VAULT_LOCKED", VAULT_LOCKED),
    ("MODELS_PROGRESS", MODELS_PROGRESS),
    ("TRAY_LOG_MOOD", TRAY_LOG_MOOD),
];
