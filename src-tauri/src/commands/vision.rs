//! Face emotion on a photo the person picked; the bytes arrive as a raw IPC body and are never stored.

use crate::state::AppState;
use mentora::vision::FrameAnalysis;
use mentora::{Code, Error, Result};
use tauri::ipc::{InvokeBody, Request};

/// Finds faces in an encoded image and returns each face's seven emotion probabilities.
#[tauri::command]
pub async fn analyze_image(
    request: Request<'_>,
    state: tauri::State<'_, AppState>,
) -> Result<FrameAnalysis> {
    let bytes = match request.body() {
        InvokeBody::Raw(bytes) => bytes.clone(),
        InvokeBody::Json(_) => {
            return Err(Error::new(
                Code::InvalidInput,
                "analyze_image expects the image bytes as a raw body",
            ))
        }
    };
    let state = state.inner().clone();
    super::blocking(move || state.with_vision(|engine| engine.analyze_encoded(&bytes))).await
}
