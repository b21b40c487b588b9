//! The affect timeline: a chat's or a day's readings on one time axis, and corrections.

use super::run;
use mentora::api::{affect, App};
use mentora::vault::repo::affect::AffectPoint;
use mentora::Result;
use tauri::State;

/// One chat's timeline.
#[tauri::command]
pub async fn affect_chat_timeline(state: State<'_, App>, chat_id: i64) -> Result<Vec<AffectPoint>> {
    run(&state, move |a| affect::chat_timeline(a, chat_id)).await
}

/// One day's timeline (`YYYY-MM-DD`).
#[tauri::command]
pub async fn affect_day_timeline(state: State<'_, App>, date: String) -> Result<Vec<AffectPoint>> {
    run(&state, move |a| affect::day_timeline(a, &date)).await
}

/// "That's not how I felt": stores what the person felt (`felt` = null takes it back).
#[tauri::command]
pub async fn affect_correct(
    state: State<'_, App>,
    source: String,
    source_id: i64,
    felt: Option<String>,
) -> Result<()> {
    run(&state, move |a| {
        affect::correct(a, &source, source_id, felt.as_deref())
    })
    .await
}
