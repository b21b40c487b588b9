//! The camera and face emotion: list cameras, a live capture, an emotion session bound to a chat
//! (stored as per-class averages and a ≤1 Hz timeline, never a frame), and a photo the person picked.

use super::App;
use crate::error::{Code, Error, Result};
use crate::vault::repo::emotion::Session;
use crate::vision::camera::CameraInfo;
use crate::vision::capture::{Capture, CaptureConfig, CaptureEvent};
use crate::vision::source::CameraSource;
use crate::vision::tracking::Tracking;
use crate::vision::FrameAnalysis;

/// The cameras this machine has.
pub fn list() -> Result<Vec<CameraInfo>> {
    crate::vision::camera::list_cameras()
}

fn config(fps: Option<f64>) -> CaptureConfig {
    CaptureConfig {
        fps: fps.unwrap_or(2.0),
        ..Default::default()
    }
}

fn refuse_if_busy(app: &App) -> Result<()> {
    if app.camera_busy() {
        return Err(Error::new(Code::InvalidInput, "the camera is already on"));
    }
    Ok(())
}

/// Starts camera `index` at `fps` (default 2); `on_event` hears each sample and the end.
pub fn start(
    app: &App,
    index: u32,
    fps: Option<f64>,
    mut on_event: impl FnMut(&CaptureEvent) + Send + 'static,
) -> Result<()> {
    refuse_if_busy(app)?;
    let engine = app.vision()?;
    let source = CameraSource::open(index)?;
    let capture = Capture::start(Box::new(source), engine, config(fps), move |e| on_event(&e));
    app.set_capture(capture);
    Ok(())
}

/// Stops the live capture, if any.
pub fn stop(app: &App) -> Result<()> {
    app.stop_capture();
    Ok(())
}

/// Starts an emotion session (bound to `chat_id`, if any) on camera `index`; returns its id.
pub fn session_start(
    app: &App,
    chat_id: Option<i64>,
    index: u32,
    fps: Option<f64>,
    on_event: impl FnMut(&CaptureEvent) + Send + 'static,
) -> Result<i64> {
    refuse_if_busy(app)?;
    let vault = app.unlocked_vault()?;
    let engine = app.vision()?;
    let source = CameraSource::open(index)?;
    let t = Tracking::start(
        vault,
        chat_id,
        Box::new(source),
        engine,
        config(fps),
        on_event,
    )?;
    let id = t.session_id();
    app.set_tracking(t);
    Ok(id)
}

/// Stops the emotion session and returns what was stored.
pub fn session_stop(app: &App) -> Result<Session> {
    app.take_tracking()
        .ok_or_else(|| Error::new(Code::InvalidInput, "no emotion session is running"))?
        .stop()
}

/// Faces and their emotions in an encoded image (the bytes are never stored).
pub fn analyze_image(app: &App, bytes: &[u8]) -> Result<FrameAnalysis> {
    let engine = app.vision()?;
    let mut e = engine.lock().unwrap_or_else(|p| p.into_inner());
    e.analyze_encoded(bytes)
}
