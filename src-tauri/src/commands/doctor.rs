//! The doctor report in the window.

use super::run;
use mentora::api::{models, App};
use mentora::doctor::Report;
use mentora::Result;
use tauri::State;

/// One line per component.
#[tauri::command]
pub async fn doctor(state: State<'_, App>) -> Result<Report> {
    run(&state, |a| Ok(models::doctor(a))).await
}
