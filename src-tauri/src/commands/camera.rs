//! The live camera: list cameras, start and stop the capture; samples reach the window as
//! `emotion://sample` events and the end (or a camera error) as `emotion://ended`.

use crate::state::AppState;
use mentora::vision::camera::CameraInfo;
use mentora::vision::capture::{Capture, CaptureConfig, CaptureEvent};
use mentora::vision::source::CameraSource;
use mentora::{Code, Error, Result};
use tauri::{AppHandle, Emitter};

/// Event carrying a `LiveSample`.
pub const SAMPLE_EVENT: &str = "emotion://sample";
/// Event carrying `null` or the `{code, message}` that ended the capture.
pub const ENDED_EVENT: &str = "emotion://ended";

/// The cameras the system offers (an empty list is a valid answer).
#[tauri::command]
pub async fn list_cameras() -> Result<Vec<CameraInfo>> {
    super::blocking(mentora::vision::camera::list_cameras).await
}

/// Opens camera `index` and starts sampling at `fps` (default 2); `camera.none` when there is none.
#[tauri::command]
pub async fn camera_start<R: tauri::Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    index: u32,
    fps: Option<f64>,
) -> Result<()> {
    let state = state.inner().clone();
    super::blocking(move || {
        if state.capture_running() {
            return Err(Error::new(Code::InvalidInput, "the camera is already on"));
        }
        let engine = state.shared_vision()?;
        let source = CameraSource::open(index)?;
        let cfg = CaptureConfig {
            fps: fps.unwrap_or(2.0),
            ..Default::default()
        };
        let capture = Capture::start(Box::new(source), engine, cfg, move |ev| match ev {
            CaptureEvent::Sample(s) => {
                let _ = app.emit(SAMPLE_EVENT, s);
            }
            CaptureEvent::Ended(e) => {
                let _ = app.emit(ENDED_EVENT, e);
            }
        });
        state.set_capture(capture);
        Ok(())
    })
    .await
}

/// Stops the camera (no error if it was off).
#[tauri::command]
pub async fn camera_stop(state: tauri::State<'_, AppState>) -> Result<()> {
    let state = state.inner().clone();
    super::blocking(move || {
        state.stop_capture();
        Ok(())
    })
    .await
}
