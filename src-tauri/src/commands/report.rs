//! Insights: a report for a range (charts as SVG), saved reports, the weekly report on the first launch
//! of a week, and the export to one HTML file.

use crate::state::AppState;
use mentora::reports::range::Range;
use mentora::reports::{self, html, Report};
use mentora::vault::repo::reports as saved;
use mentora::vault::Stamp;
use mentora::{Error, Result};
use std::path::PathBuf;

fn today() -> chrono::NaiveDate {
    Stamp::now().date_str().parse().expect("a date")
}

fn range(from: Option<String>, to: Option<String>) -> Result<(Range, Option<String>)> {
    let day = |f: &str, s: &str| {
        chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|_| Error::invalid(f, format!("not a date (got '{s}')")))
    };
    match (from, to) {
        (Some(f), Some(t)) => Range::new(day("from", &f)?, day("to", &t)?, today()),
        _ => Ok((Range::last_week(today()), None)),
    }
}

/// Builds (and saves) the report for `from`–`to` (default: the last 7 days).
#[tauri::command]
pub async fn report_build(
    state: tauri::State<'_, AppState>,
    from: Option<String>,
    to: Option<String>,
) -> Result<Report> {
    let state = state.inner().clone();
    super::blocking(move || {
        let v = state.unlocked_vault()?;
        let (r, note) = range(from, to)?;
        let cfg = state.chat_config()?;
        let mut rep = reports::build(&v, r, note, Some(&cfg))?;
        reports::save(&v, &mut rep)?;
        Ok(rep)
    })
    .await
}

/// Saved reports, newest first.
#[tauri::command]
pub async fn reports_saved(state: tauri::State<'_, AppState>) -> Result<Vec<saved::Saved>> {
    let state = state.inner().clone();
    super::blocking(move || {
        let mut l = state.unlocked_vault()?.with_conn(|c| saved::list(c))?;
        l.reverse();
        Ok(l)
    })
    .await
}

/// Makes last week's report if this is the first launch of a new week.
#[tauri::command]
pub async fn report_weekly_check(state: tauri::State<'_, AppState>) -> Result<Option<Report>> {
    let state = state.inner().clone();
    super::blocking(move || {
        reports::weekly_if_due(
            &*state.unlocked_vault()?,
            Some(&state.chat_config()?),
            today(),
        )
    })
    .await
}

/// Where exports go: `MENTORA_EXPORT_DIR`, else `~/Downloads`, else the data dir's `exports/`.
pub fn export_dir(state: &AppState) -> Result<PathBuf> {
    let dir = std::env::var_os("MENTORA_EXPORT_DIR")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .map(|h| PathBuf::from(h).join("Downloads"))
                .filter(|d| d.is_dir())
        })
        .map(Ok)
        .unwrap_or_else(|| state.data_dir().map(|d| d.join("exports")))?;
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(dir.display(), e))?;
    Ok(dir)
}

/// Writes the report for `from`–`to` as one self-contained HTML file; returns its path.
#[tauri::command]
pub async fn report_export_html(
    state: tauri::State<'_, AppState>,
    from: Option<String>,
    to: Option<String>,
) -> Result<String> {
    let state = state.inner().clone();
    super::blocking(move || {
        let v = state.unlocked_vault()?;
        let (r, note) = range(from, to)?;
        let rep = reports::build(&v, r, note, Some(&state.chat_config()?))?;
        let path = export_dir(&state)?.join(format!(
            "mentora-report-{}-{}.html",
            rep.aggregates.from, rep.aggregates.to
        ));
        mentora::vault::profiles::write_atomic(&path, html::render(&rep).as_bytes())?;
        Ok(path.display().to_string())
    })
    .await
}
