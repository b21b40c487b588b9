//! Face emotion on a photo the person picked; the bytes arrive as a raw IPC body and are never stored.

use super::run;
use mentora::api::{camera, App};
use mentora::vision::FrameAnalysis;
use mentora::{Code, Error, Result};
use tauri::ipc::{InvokeBody, Request};
use tauri::State;

/// Faces and emotions in the image bytes.
#[tauri::command]
pub async fn analyze_image(request: Request<'_>, state: State<'_, App>) -> Result<FrameAnalysis> {
    let InvokeBody::Raw(bytes) = request.body().clone() else {
        return Err(Error::new(
            Code::InvalidInput,
            "analyze_image expects the image bytes as a raw body",
        ));
    };
    run(&state, move |a| camera::analyze_image(a, &bytes)).await
}
