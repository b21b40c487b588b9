//! Saved reports: a date range, its summary (Gemini or local) and the aggregates as JSON.

use super::not_found;
use crate::error::Result;
use crate::vault::stamp::Stamp;
use crate::vault::validate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;

/// A stored report.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Saved {
    /// Id.
    pub id: i64,
    /// First day, YYYY-MM-DD.
    pub range_from: String,
    /// Last day, YYYY-MM-DD.
    pub range_to: String,
    /// Unix ms.
    pub created_at: i64,
    /// The summary text.
    pub summary: String,
    /// Who wrote the summary.
    pub summary_source: super::SummarySource,
    /// Aggregates.
    pub data_json: String,
}

fn row(r: &Row) -> rusqlite::Result<Saved> {
    Ok(Saved {
        id: r.get(0)?,
        range_from: r.get(1)?,
        range_to: r.get(2)?,
        created_at: r.get(3)?,
        summary: r.get(4)?,
        summary_source: r.get(5)?,
        data_json: r.get(6)?,
    })
}

const COLS: &str = "id, range_from, range_to, created_at, summary, summary_source, data_json";

/// Saves a report.
pub fn save(
    c: &Connection,
    from: &str,
    to: &str,
    summary: &str,
    source: super::SummarySource,
    data_json: &str,
    at: &Stamp,
) -> Result<Saved> {
    let far = chrono::NaiveDate::MAX;
    let f = validate::date("range_from", from, far)?;
    let t = validate::date("range_to", to, far)?;
    if t < f {
        return Err(crate::Error::invalid("range_to", "is before range_from"));
    }
    let summary = validate::text("summary", summary, 1, 10_000)?;
    c.execute(
        &format!("INSERT INTO saved_reports ({COLS}) VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6)"),
        params![
            f.to_string(),
            t.to_string(),
            at.utc_ms,
            summary,
            source,
            data_json
        ],
    )?;
    get(c, c.last_insert_rowid())
}

/// One report.
pub fn get(c: &Connection, id: i64) -> Result<Saved> {
    c.query_row(
        &format!("SELECT {COLS} FROM saved_reports WHERE id = ?1"),
        [id],
        row,
    )
    .optional()?
    .ok_or_else(|| not_found("report", id))
}

/// Every report, newest first.
pub fn list(c: &Connection) -> Result<Vec<Saved>> {
    let mut st = c.prepare(&format!(
        "SELECT {COLS} FROM saved_reports ORDER BY created_at DESC, id DESC"
    ))?;
    let rows = st.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
