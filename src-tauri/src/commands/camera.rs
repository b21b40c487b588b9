//! The live camera: list cameras, start and stop the capture; samples reach the window as
//! `emotion://sample` events and the end (or a camera error) as `emotion://ended`.

use super::run;
use mentora::api::{camera, events, App};
use mentora::vision::camera::CameraInfo;
use mentora::vision::capture::CaptureEvent;
use mentora::Result;
use tauri::{AppHandle, Emitter, Runtime, State};

/// Sends each capture event to the window.
pub fn forward<R: Runtime>(app: AppHandle<R>) -> impl FnMut(&CaptureEvent) + Send + 'static {
    move |ev| {
        let _ = match ev {
            CaptureEvent::Sample(s) => app.emit(events::EMOTION_SAMPLE, s),
            CaptureEvent::Ended(e) => app.emit(events::EMOTION_ENDED, e),
        };
    }
}

/// The cameras this machine has.
#[tauri::command]
pub async fn list_cameras(state: State<'_, App>) -> Result<Vec<CameraInfo>> {
    run(&state, |_| camera::list()).await
}

/// Starts camera `index` (2 fps unless `fps` says otherwise).
#[tauri::command]
pub async fn camera_start<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, App>,
    index: u32,
    fps: Option<f64>,
) -> Result<()> {
    run(&state, move |a| camera::start(a, index, fps, forward(app))).await
}

/// Stops the camera.
#[tauri::command]
pub async fn camera_stop(state: State<'_, App>) -> Result<()> {
    run(&state, camera::stop).await
}
