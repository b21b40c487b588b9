//! Journal, gratitude, sleep, breathing, check-ins and the profile overview.

use super::run;
use mentora::api::{checkin, journal, wellness, App};
use mentora::vault::repo::{gratitude, logs};
use mentora::wellness::{checkins, overview};
use mentora::Result;
use tauri::State;

/// Saves a journal entry, scores it, awards what it earned.
#[tauri::command]
pub async fn journal_add(
    state: State<'_, App>,
    entry: mentora::vault::repo::journal::EntryInput,
) -> Result<journal::ScoredEntry> {
    run(&state, move |a| journal::add(a, &entry)).await
}

/// Journal entries (newest first), optionally only those containing `search`, with their scores.
#[tauri::command]
pub async fn journal_list(
    state: State<'_, App>,
    search: Option<String>,
) -> Result<Vec<journal::ScoredEntry>> {
    run(&state, move |a| journal::list(a, search.as_deref())).await
}

/// Deletes a journal entry.
#[tauri::command]
pub async fn journal_delete(state: State<'_, App>, id: i64) -> Result<()> {
    run(&state, move |a| journal::delete(a, id)).await
}

/// Adds today's gratitude item (up to three) and scores it.
#[tauri::command]
pub async fn gratitude_add(state: State<'_, App>, text: String) -> Result<wellness::ScoredItem> {
    run(&state, move |a| wellness::gratitude_add(a, &text)).await
}

/// Gratitude items between two days.
#[tauri::command]
pub async fn gratitude_list(
    state: State<'_, App>,
    from: String,
    to: String,
) -> Result<Vec<gratitude::Item>> {
    run(&state, move |a| wellness::gratitude_list(a, &from, &to)).await
}

/// Logs a night.
#[tauri::command]
pub async fn sleep_log(state: State<'_, App>, input: logs::SleepInput) -> Result<logs::Sleep> {
    run(&state, move |a| wellness::sleep_log(a, &input)).await
}

/// Nights between two days.
#[tauri::command]
pub async fn sleep_list(
    state: State<'_, App>,
    from: String,
    to: String,
) -> Result<Vec<logs::Sleep>> {
    run(&state, move |a| wellness::sleep_list(a, &from, &to)).await
}

/// The schedule the window animates.
#[tauri::command]
pub async fn breathing_plan(pattern: String, planned_s: f64) -> Result<wellness::Plan> {
    wellness::breathing_plan(&pattern, planned_s)
}

/// Logs a finished (or stopped) exercise.
#[tauri::command]
pub async fn breathing_log(state: State<'_, App>, session: logs::Breathing) -> Result<i64> {
    run(&state, move |a| wellness::breathing_log(a, &session)).await
}

/// The PHQ-9 or GAD-7 form.
#[tauri::command]
pub async fn checkin_form(kind: String) -> Result<checkin::Form> {
    checkin::form(&kind)
}

/// Scores and stores a check-in with its note; PHQ-9 item 9 above 0 (or crisis language in the
/// note) returns the crisis card.
#[tauri::command]
pub async fn checkin_submit(
    state: State<'_, App>,
    kind: String,
    answers: Vec<u8>,
    difficulty: Option<i64>,
    note: Option<String>,
) -> Result<checkins::Scored> {
    run(&state, move |a| {
        checkin::submit(
            a,
            &kind,
            &answers,
            difficulty,
            note.as_deref().unwrap_or(""),
            None,
        )
    })
    .await
}

/// The profile: streak, counts, points, badges, last check-in scores.
#[tauri::command]
pub async fn profile_overview(state: State<'_, App>) -> Result<overview::Overview> {
    run(&state, wellness::overview).await
}
