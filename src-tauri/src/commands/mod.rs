//! Tauri commands, one file per domain; each is a thin wrapper over a core function.

pub mod app;
pub mod camera;
pub mod chat;
pub mod doctor;
pub mod emotion;
pub mod report;
pub mod sentiment;
pub mod settings;
pub mod vault;
pub mod vision;
pub mod wellness;

use mentora::{Code, Error, Result};

/// Runs blocking core work off the main thread and turns a panicked task into an `internal` error.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| Error::new(Code::Internal, format!("background task failed: {e}")))?
}
