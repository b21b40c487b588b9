//! The safety plan, dismissing a card ("I'm safe — carry on"), and the risk that persists.

use super::run;
use mentora::api::{safety, App};
use mentora::safety::plan::SafetyPlan;
use mentora::Result;
use tauri::State;

/// The safety plan (empty sections when none was written).
#[tauri::command]
pub async fn safety_plan_get(state: State<'_, App>) -> Result<SafetyPlan> {
    run(&state, safety::plan).await
}

/// Saves the safety plan.
#[tauri::command]
pub async fn safety_plan_save(state: State<'_, App>, plan: SafetyPlan) -> Result<SafetyPlan> {
    run(&state, move |a| safety::plan_save(a, &plan)).await
}

/// A card shown by mistake: recorded, and the window carries on.
#[tauri::command]
pub async fn safety_dismiss(
    state: State<'_, App>,
    source: String,
    source_id: Option<i64>,
) -> Result<()> {
    run(&state, move |a| safety::dismiss(a, &source, source_id)).await
}

/// The risk of the last 14 days, and whether the gentle check-in is due.
#[tauri::command]
pub async fn safety_risk(state: State<'_, App>) -> Result<safety::Risk> {
    run(&state, safety::risk).await
}

/// The gentle check-in was answered.
#[tauri::command]
pub async fn safety_checked_in(state: State<'_, App>) -> Result<()> {
    run(&state, safety::checked_in).await
}
