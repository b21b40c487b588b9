//! Sentiment of a text on demand (the journal editor's live hint).

use super::run;
use mentora::api::{sentiment, App};
use mentora::text::Sentiment;
use mentora::Result;
use tauri::State;

/// Scores `text` with the profile's model.
#[tauri::command]
pub async fn sentiment_analyze(state: State<'_, App>, text: String) -> Result<Sentiment> {
    run(&state, move |a| sentiment::analyze(a, &text)).await
}
