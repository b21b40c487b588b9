//! Insights: a report for a range (charts as SVG, the summary), saved reports, last week's report on
//! the first unlock of a week, and the export to one self-contained HTML file.

use super::App;
use crate::error::{Error, Result};
use crate::reports::range::Range;
use crate::reports::{self, html, Report};
use crate::vault::repo::reports as saved;
use crate::vault::Stamp;
use chrono::NaiveDate;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Which days a report covers; all empty means the last 7 days. `month` and `year` win over dates.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
pub struct RangeSpec {
    /// First day, YYYY-MM-DD (alone: until today).
    #[serde(default)]
    pub from: Option<String>,
    /// Last day, YYYY-MM-DD (alone: the 7 days ending then).
    #[serde(default)]
    pub to: Option<String>,
    /// A calendar month, YYYY-MM.
    #[serde(default)]
    pub month: Option<String>,
    /// A calendar year.
    #[serde(default)]
    pub year: Option<i32>,
}

fn today() -> NaiveDate {
    Stamp::now().local_date
}

fn day(field: &str, s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(field, format!("not a date in YYYY-MM-DD form (got '{s}')")))
}

impl RangeSpec {
    /// The range as of `today`, with a note when it was cut.
    pub fn resolve(&self, today: NaiveDate) -> Result<(Range, Option<String>)> {
        let blank = |o: &Option<String>| {
            o.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        match (
            blank(&self.from),
            blank(&self.to),
            blank(&self.month),
            self.year,
        ) {
            (_, _, Some(m), _) => Range::month(&m, today),
            (_, _, _, Some(y)) => Range::year(y, today),
            (Some(f), Some(t), _, _) => Range::new(day("from", &f)?, day("to", &t)?, today),
            (Some(f), None, _, _) => Range::new(day("from", &f)?, today, today),
            (None, Some(t), _, _) => {
                let t = day("to", &t)?;
                let start = t
                    .checked_sub_signed(chrono::Duration::days(6))
                    .ok_or_else(|| Error::invalid("to", format!("out of range (got '{t}')")))?;
                Range::new(start, t, today)
            }
            _ => Ok((Range::last_week(today), None)),
        }
    }
}

/// Builds the report for `spec`; `save` stores it in the vault.
pub fn build(app: &App, spec: &RangeSpec, save: bool) -> Result<Report> {
    let v = app.unlocked_vault()?;
    let (r, note) = spec.resolve(today())?;
    let lang = app.language();
    // The one note a range can carry: it was cut at today.
    let note = note.map(|_| {
        crate::tr!(
            lang,
            "report-note-cut",
            today = crate::i18n::date(lang, &today().to_string())
        )
    });
    let cfg = app.chat_config()?;
    let mut rep = reports::build(&v, r, note, Some(&cfg), lang)?;
    if save {
        reports::save(&v, &mut rep)?;
    }
    Ok(rep)
}

/// Saved reports, newest first.
pub fn saved(app: &App) -> Result<Vec<saved::Saved>> {
    let mut l = app.with_vault(|v| v.with_conn(|c| saved::list(c)))?;
    l.reverse();
    Ok(l)
}

/// Makes last week's report if this is the first unlock of a new week.
pub fn weekly_check(app: &App) -> Result<Option<Report>> {
    reports::weekly_if_due(
        &*app.unlocked_vault()?,
        Some(&app.chat_config()?),
        today(),
        app.language(),
    )
}

/// Where exports go: `MENTORA_EXPORT_DIR`, else `~/Downloads`, else the data dir's `exports/`.
pub fn export_dir(app: &App) -> Result<PathBuf> {
    let dir = std::env::var_os("MENTORA_EXPORT_DIR")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .map(|h| PathBuf::from(h).join("Downloads"))
                .filter(|d| d.is_dir())
        })
        .map(Ok)
        .unwrap_or_else(|| app.data_dir().map(|d| d.join("exports")))?;
    crate::fsx::make_dir(&dir)?;
    Ok(dir)
}

/// Writes `rep` as one self-contained HTML file (or its aggregates as JSON when `out` ends in
/// `.json`) at `out`.
pub fn write(rep: &Report, out: &Path) -> Result<()> {
    let body = match out.extension().and_then(|e| e.to_str()) {
        Some("json") => serde_json::to_string_pretty(&rep.aggregates).expect("serializes"),
        _ => html::render(rep),
    };
    crate::vault::profiles::write_atomic(out, body.as_bytes())
}

/// Builds the report for `spec` and writes it as HTML into the export folder; returns the path.
pub fn export_html(app: &App, spec: &RangeSpec) -> Result<PathBuf> {
    let rep = build(app, spec, false)?;
    let path = export_dir(app)?.join(format!(
        "mentora-report-{}-{}.html",
        rep.aggregates.from, rep.aggregates.to
    ));
    write(&rep, &path)?;
    Ok(path)
}
