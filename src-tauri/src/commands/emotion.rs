//! Emotion sessions bound to a chat (the seed API's /start-emotion and /stop-emotion): the camera's
//! samples go to the window as `emotion://sample` events and into the vault as a ≤1 Hz timeline.

use super::camera::{ENDED_EVENT, SAMPLE_EVENT};
use crate::state::AppState;
use mentora::vault::repo::emotion::Session;
use mentora::vision::capture::{CaptureConfig, CaptureEvent};
use mentora::vision::source::CameraSource;
use mentora::vision::tracking::Tracking;
use mentora::{Code, Error, Result};
use tauri::{AppHandle, Emitter};

/// Starts tracking on camera `index` for `chat_id`; returns the session id.
#[tauri::command]
pub async fn emotion_start<R: tauri::Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    chat_id: Option<i64>,
    index: u32,
    fps: Option<f64>,
) -> Result<i64> {
    let state = state.inner().clone();
    super::blocking(move || {
        if state.tracking_running() || state.capture_running() {
            return Err(Error::new(Code::InvalidInput, "the camera is already on"));
        }
        let vault = state.unlocked_vault()?;
        let engine = state.shared_vision()?;
        let source = CameraSource::open(index)?;
        let cfg = CaptureConfig {
            fps: fps.unwrap_or(2.0),
            ..Default::default()
        };
        let t = Tracking::start(
            vault,
            chat_id,
            Box::new(source),
            engine,
            cfg,
            move |ev| match ev {
                CaptureEvent::Sample(s) => {
                    let _ = app.emit(SAMPLE_EVENT, s);
                }
                CaptureEvent::Ended(e) => {
                    let _ = app.emit(ENDED_EVENT, e);
                }
            },
        )?;
        let id = t.session_id();
        state.set_tracking(t);
        Ok(id)
    })
    .await
}

/// Stops tracking and returns the stored session (counts and per-class averages).
#[tauri::command]
pub async fn emotion_stop(state: tauri::State<'_, AppState>) -> Result<Session> {
    let state = state.inner().clone();
    super::blocking(move || {
        state
            .take_tracking()
            .ok_or_else(|| Error::new(Code::InvalidInput, "no emotion session is running"))?
            .stop()
    })
    .await
}
