//! Insights: a report for a range, saved reports, the weekly report, the HTML export.

use super::{run, shown};
use mentora::api::report::{self, RangeSpec};
use mentora::api::App;
use mentora::reports::Report;
use mentora::vault::repo::reports::Saved;
use mentora::Result;
use tauri::State;

fn spec(from: Option<String>, to: Option<String>) -> RangeSpec {
    RangeSpec {
        from,
        to,
        ..Default::default()
    }
}

/// Builds (and saves) the report for `from`–`to` (default: the last 7 days).
#[tauri::command]
pub async fn report_build(
    state: State<'_, App>,
    from: Option<String>,
    to: Option<String>,
) -> Result<Report> {
    run(&state, move |a| report::build(a, &spec(from, to), true)).await
}

/// Saved reports, newest first.
#[tauri::command]
pub async fn reports_saved(state: State<'_, App>) -> Result<Vec<Saved>> {
    run(&state, report::saved).await
}

/// Makes last week's report if this is the first launch of a new week.
#[tauri::command]
pub async fn report_weekly_check(state: State<'_, App>) -> Result<Option<Report>> {
    run(&state, report::weekly_check).await
}

/// Writes the report for `from`–`to` as one self-contained HTML file; returns its path.
#[tauri::command]
pub async fn report_export_html(
    state: State<'_, App>,
    from: Option<String>,
    to: Option<String>,
) -> Result<String> {
    run(&state, move |a| {
        report::export_html(a, &spec(from, to)).map(shown)
    })
    .await
}
