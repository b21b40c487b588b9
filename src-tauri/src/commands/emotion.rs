//! Emotion sessions bound to a chat: samples go to the window as `emotion://sample` events and into
//! the vault as a ≤1 Hz timeline.

use super::{camera::forward, run};
use mentora::api::{camera, App};
use mentora::vault::repo::emotion::Session;
use mentora::Result;
use tauri::{AppHandle, Runtime, State};

/// Starts a session on camera `index`, bound to `chat_id` if given; returns its id.
#[tauri::command]
pub async fn emotion_start<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, App>,
    chat_id: Option<i64>,
    index: u32,
    fps: Option<f64>,
) -> Result<i64> {
    run(&state, move |a| {
        camera::session_start(a, chat_id, index, fps, forward(app))
    })
    .await
}

/// Stops the session and returns what was stored.
#[tauri::command]
pub async fn emotion_stop(state: State<'_, App>) -> Result<Session> {
    run(&state, camera::session_stop).await
}
