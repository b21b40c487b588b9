//! The doctor report in the window.

use crate::state::AppState;
use mentora::doctor::Report;
use mentora::Result;

/// Runs every component check (`mentora doctor`).
#[tauri::command]
pub async fn doctor(state: tauri::State<'_, AppState>) -> Result<Report> {
    let opts = state.doctor_options();
    super::blocking(move || Ok(mentora::doctor::run(&opts))).await
}
