//! Sentiment of a text on demand (the journal editor's live hint).

use crate::state::AppState;
use mentora::text::Sentiment;
use mentora::{Code, Error, Result};

/// Scores `text` with the profile's sentiment model.
#[tauri::command]
pub async fn sentiment_analyze(
    state: tauri::State<'_, AppState>,
    text: String,
) -> Result<Sentiment> {
    let state = state.inner().clone();
    super::blocking(move || {
        let m = state.sentiment().ok_or_else(|| {
            Error::new(
                Code::ModelMissing,
                "the sentiment model is not available (see System check)",
            )
        })?;
        let mut m = m.lock().unwrap_or_else(|p| p.into_inner());
        m.score(&text)
    })
    .await
}
