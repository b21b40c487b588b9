//! PHQ-9 / GAD-7 check-ins as answered: item answers, total, severity band, difficulty.

use super::activity;
use crate::error::{Error, Result};
use crate::vault::stamp::Stamp;
use crate::vault::validate;
use rusqlite::{params, Connection, Row};
use serde::Serialize;

/// A stored check-in.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Assessment {
    /// Id.
    pub id: i64,
    /// `phq9` or `gad7`.
    pub kind: String,
    /// Item answers, 0–3 each.
    pub answers: Vec<u8>,
    /// Sum of the answers.
    pub total: i64,
    /// Severity band name.
    pub severity: String,
    /// The unscored difficulty question, 0–3, if answered.
    pub difficulty: Option<i64>,
    /// Unix ms.
    pub created_at: i64,
    /// Local date.
    pub local_date: String,
    /// The person's own words with it (may be empty).
    pub note: String,
}

fn row(r: &Row) -> rusqlite::Result<Assessment> {
    let answers: String = r.get(2)?;
    Ok(Assessment {
        id: r.get(0)?,
        kind: r.get(1)?,
        answers: serde_json::from_str(&answers).unwrap_or_default(),
        total: r.get(3)?,
        severity: r.get(4)?,
        difficulty: r.get(5)?,
        created_at: r.get(6)?,
        local_date: r.get(7)?,
        note: r.get(8)?,
    })
}

/// Sets a check-in's note (the person's own words; checked for crisis language by the use case).
pub fn set_note(c: &Connection, id: i64, note: &str) -> Result<()> {
    c.execute(
        "UPDATE assessments SET note = ?1 WHERE id = ?2",
        rusqlite::params![note, id],
    )?;
    Ok(())
}

/// Saves a check-in; the total is recomputed here from the answers, never trusted from the caller.
pub fn save(
    c: &Connection,
    kind: &str,
    answers: &[u8],
    severity: &str,
    difficulty: Option<i64>,
    at: &Stamp,
) -> Result<Assessment> {
    let kind = validate::one_of("kind", kind, &["phq9", "gad7"])?;
    let n = if kind == "phq9" { 9 } else { 7 };
    if answers.len() != n {
        return Err(Error::invalid(
            "answers",
            format!("{kind} has {n} items (got {})", answers.len()),
        ));
    }
    for (i, a) in answers.iter().enumerate() {
        validate::range(&format!("answers[{}]", i + 1), *a, 0, 3)?;
    }
    if let Some(d) = difficulty {
        validate::range("difficulty", d, 0, 3)?;
    }
    let severity = validate::text("severity", severity, 1, 40)?;
    let total: i64 = answers.iter().map(|a| i64::from(*a)).sum();
    c.execute(
        "INSERT INTO assessments (kind, answers_json, total, severity, difficulty, created_at, local_date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![kind, serde_json::to_string(answers).expect("serializes"), total, severity, difficulty, at.utc_ms, at.date_str()],
    )?;
    activity::touch(c, at)?;
    let id = c.last_insert_rowid();
    Ok(c.query_row(
        &format!("SELECT {COLS} FROM assessments WHERE id = ?1"),
        [id],
        row,
    )?)
}

const COLS: &str =
    "id, kind, answers_json, total, severity, difficulty, created_at, local_date, note";

/// Check-ins of one kind, oldest first.
pub fn history(c: &Connection, kind: &str) -> Result<Vec<Assessment>> {
    let kind = validate::one_of("kind", kind, &["phq9", "gad7"])?;
    let mut st = c.prepare(&format!(
        "SELECT {COLS} FROM assessments WHERE kind = ?1 ORDER BY created_at, id"
    ))?;
    let rows = st.query_map([kind], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
