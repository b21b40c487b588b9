//! The one error type of the core: a stable machine code plus a human message, serialized as `{code, message}`.

use serde::{Serialize, Serializer};
use std::fmt;

/// Stable error codes. The string form (`as_str`) is part of the IPC contract: never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    /// A model file named in the manifest is not on disk.
    ModelMissing,
    /// A model file is on disk but its sha256 differs from the manifest.
    ModelCorrupt,
    /// The manifest itself is missing or unreadable.
    ManifestInvalid,
    /// A model file passed its checksum but the runtime refused to load it.
    ModelLoad,
    /// A local language model needs more memory than the machine has free.
    ModelTooBig,
    /// No ONNX Runtime shared library was found anywhere it is looked for.
    RuntimeMissing,
    /// An ONNX Runtime library was found but could not be loaded (wrong version, not a library).
    RuntimeLoad,
    /// Running a model failed.
    Inference,
    /// Bytes given as an image could not be decoded.
    ImageDecode,
    /// The Haar cascade could not be loaded or run.
    Cascade,
    /// The OS keyring could not be reached.
    KeyringUnavailable,
    /// A camera operation failed.
    CameraUnavailable,
    /// No camera is connected.
    CameraNone,
    /// Another program is using the camera.
    CameraBusy,
    /// The system refused access to the camera.
    CameraPermission,
    /// The camera went away during a session.
    CameraDisconnected,
    /// An audio file could not be read (not WAV, damaged, empty, or an unsupported encoding).
    AudioDecode,
    /// No microphone is connected (or the chosen one is gone).
    AudioNone,
    /// Another program holds the microphone.
    AudioBusy,
    /// The system refused access to the microphone.
    AudioPermission,
    /// The microphone could not be opened or stopped delivering sound.
    AudioUnavailable,
    /// Input from the caller failed validation; the message starts with the field's name.
    InvalidInput,
    /// The vault is locked: every data call is refused until it is unlocked.
    VaultLocked,
    /// The password does not unwrap the vault's key.
    BadPassword,
    /// The recovery key does not unwrap the vault's key (or is malformed).
    BadRecoveryKey,
    /// No profile by that name or id.
    ProfileNotFound,
    /// A profile with that name already exists.
    ProfileExists,
    /// The vault file is damaged or is not a Mentora vault.
    VaultCorrupt,
    /// The profile's vault file is missing (or empty); no new vault is made in its place.
    VaultMissing,
    /// Too many wrong passwords or recovery keys in a row: wait before the next try.
    VaultThrottled,
    /// Another Mentora (window or CLI) is using this data folder.
    AlreadyRunning,
    /// A schema migration failed; the vault was left at its old version and a backup is kept.
    MigrationFailed,
    /// The vault was written by a newer Mentora.
    VaultTooNew,
    /// No row with that id.
    NotFound,
    /// The database refused an operation.
    Database,
    /// A file system operation failed.
    Io,
    /// Running the sentiment model failed.
    TextInference,
    /// Fetching a file over the network failed (offline, refused, HTTP error).
    Download,
    /// No Gemini API key is set.
    ChatNoKey,
    /// Private mode is on: nothing is sent.
    ChatPrivateMode,
    /// Gemini refused the API key.
    ChatKeyInvalid,
    /// The key may not use Gemini (403).
    ChatPermission,
    /// The model is retired or unknown (404).
    ChatModelUnavailable,
    /// Gemini refused the request (400).
    ChatBadRequest,
    /// A rate limit or quota was reached (Gemini's 429 or Mentora's own).
    ChatRateLimited,
    /// Gemini had a server error (5xx) on every try.
    ChatServer,
    /// Gemini could not be reached.
    ChatOffline,
    /// Gemini did not answer in time.
    ChatTimeout,
    /// Gemini sent something that is not its protocol.
    ChatBadStream,
    /// The reply broke off after some text arrived.
    ChatStreamBroken,
    /// Gemini declined the prompt or stopped the reply.
    ChatBlocked,
    /// The person pressed Stop: the reply so far is kept, marked partial.
    ChatStopped,
    /// A file given as a backup is not one, is cut or damaged, or did not read back after writing.
    BackupDamaged,
    /// Something inside the core that should not happen (a bug).
    Internal,
}

impl Code {
    /// The stable `domain.reason` string sent across IPC and printed by the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::ModelMissing => "model.missing",
            Code::ModelCorrupt => "model.corrupt",
            Code::ManifestInvalid => "model.manifest_invalid",
            Code::ModelLoad => "model.load_failed",
            Code::ModelTooBig => "model.too_big",
            Code::RuntimeMissing => "runtime.onnx_missing",
            Code::RuntimeLoad => "runtime.onnx_load_failed",
            Code::Inference => "vision.inference_failed",
            Code::ImageDecode => "vision.bad_image",
            Code::Cascade => "vision.cascade_failed",
            Code::KeyringUnavailable => "keyring.unavailable",
            Code::CameraUnavailable => "camera.unavailable",
            Code::CameraNone => "camera.none",
            Code::CameraBusy => "camera.busy",
            Code::CameraPermission => "camera.permission_denied",
            Code::CameraDisconnected => "camera.disconnected",
            Code::AudioDecode => "audio.decode_failed",
            Code::AudioNone => "audio.none",
            Code::AudioBusy => "audio.busy",
            Code::AudioPermission => "audio.permission_denied",
            Code::AudioUnavailable => "audio.unavailable",
            Code::InvalidInput => "input.invalid",
            Code::VaultLocked => "vault.locked",
            Code::BadPassword => "vault.bad_password",
            Code::BadRecoveryKey => "vault.bad_recovery_key",
            Code::ProfileNotFound => "profile.not_found",
            Code::ProfileExists => "profile.exists",
            Code::VaultCorrupt => "vault.corrupt",
            Code::VaultMissing => "vault.missing",
            Code::VaultThrottled => "vault.throttled",
            Code::AlreadyRunning => "app.already_running",
            Code::MigrationFailed => "vault.migration_failed",
            Code::VaultTooNew => "vault.too_new",
            Code::NotFound => "store.not_found",
            Code::Database => "store.failed",
            Code::Io => "io.failed",
            Code::TextInference => "text.inference_failed",
            Code::Download => "network.download_failed",
            Code::ChatNoKey => "chat.no_key",
            Code::ChatPrivateMode => "chat.private_mode",
            Code::ChatKeyInvalid => "chat.api_key_invalid",
            Code::ChatPermission => "chat.permission_denied",
            Code::ChatModelUnavailable => "chat.model_unavailable",
            Code::ChatBadRequest => "chat.bad_request",
            Code::ChatRateLimited => "chat.rate_limited",
            Code::ChatServer => "chat.server_error",
            Code::ChatOffline => "chat.offline",
            Code::ChatTimeout => "chat.timeout",
            Code::ChatBadStream => "chat.bad_stream",
            Code::ChatStreamBroken => "chat.stream_broken",
            Code::ChatBlocked => "chat.blocked",
            Code::ChatStopped => "chat.stopped",
            Code::BackupDamaged => "backup.damaged",
            Code::Internal => "internal",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error from the core: what went wrong, for programs (`code`) and for people (`message`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    code: Code,
    message: String,
}

/// Result with the core's error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A new error with a stable code and a message written for the person reading it.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    /// The stable code.
    pub fn code(&self) -> Code {
        self.code
    }

    /// The human message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// An I/O error with what was being done and to which path.
    pub fn io(context: impl fmt::Display, err: std::io::Error) -> Self {
        Self::new(Code::Io, format!("{context}: {err}"))
    }

    /// A validation error: `field: reason`.
    pub fn invalid(field: &str, reason: impl fmt::Display) -> Self {
        Self::new(Code::InvalidInput, format!("{field}: {reason}"))
    }

    /// The `{code, message}` JSON value (the IPC form).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({ "code": self.code.as_str(), "message": self.message })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for Error {}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Error", 2)?;
        st.serialize_field("code", self.code.as_str())?;
        st.serialize_field("message", &self.message)?;
        st.end()
    }
}

impl From<opencv::Error> for Error {
    fn from(e: opencv::Error) -> Self {
        Error::new(Code::Cascade, format!("OpenCV: {}", e.message))
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as E;
        match &e {
            rusqlite::Error::QueryReturnedNoRows => Error::new(Code::NotFound, "no such record"),
            rusqlite::Error::SqliteFailure(f, _)
                if matches!(f.code, E::NotADatabase | E::DatabaseCorrupt) =>
            {
                Error::new(
                    Code::VaultCorrupt,
                    format!("the vault file is damaged: {e}"),
                )
            }
            _ => Error::new(Code::Database, format!("database: {e}")),
        }
    }
}

impl<R> From<ort::Error<R>> for Error {
    fn from(e: ort::Error<R>) -> Self {
        Error::new(Code::Inference, format!("ONNX Runtime: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_to_code_and_message() {
        let e = Error::new(Code::ModelCorrupt, "fer_mini_xception.onnx is corrupt");
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"model.corrupt","message":"fer_mini_xception.onnx is corrupt"}"#
        );
        assert_eq!(e.to_json()["code"], "model.corrupt");
    }

    #[test]
    fn codes_are_unique_and_dotted() {
        let all = [
            Code::ModelMissing,
            Code::ModelCorrupt,
            Code::ManifestInvalid,
            Code::ModelLoad,
            Code::RuntimeMissing,
            Code::RuntimeLoad,
            Code::Inference,
            Code::ImageDecode,
            Code::Cascade,
            Code::KeyringUnavailable,
            Code::CameraUnavailable,
            Code::CameraNone,
            Code::CameraBusy,
            Code::CameraPermission,
            Code::CameraDisconnected,
            Code::AudioDecode,
            Code::AudioNone,
            Code::AudioBusy,
            Code::AudioPermission,
            Code::AudioUnavailable,
            Code::InvalidInput,
            Code::VaultLocked,
            Code::BadPassword,
            Code::BadRecoveryKey,
            Code::ProfileNotFound,
            Code::ProfileExists,
            Code::VaultCorrupt,
            Code::VaultMissing,
            Code::VaultThrottled,
            Code::AlreadyRunning,
            Code::MigrationFailed,
            Code::VaultTooNew,
            Code::NotFound,
            Code::Database,
            Code::Io,
            Code::TextInference,
            Code::Download,
            Code::ChatNoKey,
            Code::ChatPrivateMode,
            Code::ChatKeyInvalid,
            Code::ChatPermission,
            Code::ChatModelUnavailable,
            Code::ChatBadRequest,
            Code::ChatRateLimited,
            Code::ChatServer,
            Code::ChatOffline,
            Code::ChatTimeout,
            Code::ChatBadStream,
            Code::ChatStreamBroken,
            Code::ChatBlocked,
            Code::ChatStopped,
            Code::ModelTooBig,
            Code::BackupDamaged,
        ];
        let set: std::collections::HashSet<_> = all.iter().map(|c| c.as_str()).collect();
        assert_eq!(set.len(), all.len());
        assert!(all.iter().all(|c| c.as_str().contains('.')));
    }
}
