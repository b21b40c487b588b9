//! Tauri commands, one file per domain; each is glue over one use case in `mentora::api`.

pub mod affect;
pub mod app;
pub mod backup;
pub mod camera;
pub mod chat;
pub mod daily;
pub mod doctor;
pub mod emotion;
pub mod report;
pub mod safety;
pub mod sentiment;
pub mod settings;
pub mod vault;
pub mod vision;
pub mod voice;
pub mod wellness;

use mentora::api::App;
use mentora::{Code, Error, Result};
use tauri::{AppHandle, Emitter, Runtime, State};

/// Runs a use case off the main thread with the app's state; a panicked task becomes `internal`.
pub async fn run<T: Send + 'static>(
    state: &State<'_, App>,
    f: impl FnOnce(&App) -> Result<T> + Send + 'static,
) -> Result<T> {
    let app = state.inner().clone();
    tauri::async_runtime::spawn_blocking(move || f(&app))
        .await
        .map_err(|e| Error::new(Code::Internal, format!("background task failed: {e}")))?
}

/// A path as the window shows it.
pub fn shown(p: std::path::PathBuf) -> String {
    p.display().to_string()
}

/// A callback that emits each value as event `name` to the window.
pub fn emitter<R: Runtime, T: serde::Serialize + Clone>(
    app: AppHandle<R>,
    name: &'static str,
) -> impl FnMut(T) + Send + 'static {
    move |v| {
        let _ = app.emit(name, v);
    }
}
