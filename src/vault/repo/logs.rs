//! Sleep logs (hours computed across midnight) and breathing sessions.

use super::activity;
use crate::error::{Error, Result};
use crate::vault::stamp::Stamp;
use crate::vault::validate;
use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};

/// A night as the person enters it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SleepInput {
    /// The date of waking up, YYYY-MM-DD.
    pub date: String,
    /// HH:MM.
    pub bedtime: String,
    /// HH:MM.
    pub wake_time: String,
    /// 1–10.
    pub quality: i64,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
}

/// A stored night.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Sleep {
    /// Id.
    pub id: i64,
    /// Wake date.
    pub local_date: String,
    /// HH:MM.
    pub bedtime: String,
    /// HH:MM.
    pub wake_time: String,
    /// Hours slept (computed).
    pub hours: f64,
    /// 1–10.
    pub quality: i64,
    /// Notes.
    pub notes: String,
}

/// Hours from bedtime to wake time; a wake time at or before bedtime means the next day.
pub fn sleep_hours(bed: chrono::NaiveTime, wake: chrono::NaiveTime) -> f64 {
    let mut mins = (wake - bed).num_minutes();
    if mins <= 0 {
        mins += 24 * 60;
    }
    mins as f64 / 60.0
}

/// Logs a night (at most 20 hours; a date not in the future).
pub fn log_sleep(c: &Connection, i: &SleepInput, at: &Stamp) -> Result<Sleep> {
    let date = validate::date("date", &i.date, at.local_date)?;
    let bed = validate::time_hm("bedtime", &i.bedtime)?;
    let wake = validate::time_hm("wake_time", &i.wake_time)?;
    let quality = validate::range("quality", i.quality, 1, 10)?;
    let notes = validate::text("notes", &i.notes, 0, 2000)?;
    let hours = sleep_hours(bed, wake);
    if hours > 20.0 {
        return Err(Error::invalid(
            "wake_time",
            format!("{hours:.1} hours of sleep is more than 20"),
        ));
    }
    c.execute(
        "INSERT INTO sleep_logs (local_date, bedtime, wake_time, hours, quality, notes, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            date.to_string(),
            bed.format("%H:%M").to_string(),
            wake.format("%H:%M").to_string(),
            hours,
            quality,
            notes,
            at.utc_ms
        ],
    )?;
    activity::touch(c, at)?;
    let id = c.last_insert_rowid();
    Ok(c.query_row(
        &format!("SELECT {SLEEP_COLS} FROM sleep_logs WHERE id = ?1"),
        [id],
        sleep_row,
    )?)
}

const SLEEP_COLS: &str = "id, local_date, bedtime, wake_time, hours, quality, notes";

fn sleep_row(r: &Row) -> rusqlite::Result<Sleep> {
    Ok(Sleep {
        id: r.get(0)?,
        local_date: r.get(1)?,
        bedtime: r.get(2)?,
        wake_time: r.get(3)?,
        hours: r.get(4)?,
        quality: r.get(5)?,
        notes: r.get(6)?,
    })
}

/// Nights dated `from..=to`.
pub fn sleeps(c: &Connection, from: &str, to: &str) -> Result<Vec<Sleep>> {
    let mut st = c.prepare(&format!(
        "SELECT {SLEEP_COLS} FROM sleep_logs WHERE local_date BETWEEN ?1 AND ?2 ORDER BY local_date, id"
    ))?;
    let rows = st.query_map(params![from, to], sleep_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A finished (or abandoned) breathing exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Breathing {
    /// Pattern id (`box`, `4-7-8`, `coherent`, `custom:…`).
    pub pattern: String,
    /// Seconds planned.
    pub planned_s: i64,
    /// Seconds done.
    pub actual_s: i64,
    /// Whether the whole plan was done.
    pub completed: bool,
}

/// Logs a breathing session.
pub fn log_breathing(c: &Connection, b: &Breathing, at: &Stamp) -> Result<i64> {
    let pattern = validate::text("pattern", &b.pattern, 1, 64)?;
    let planned = validate::range("planned_s", b.planned_s, 1, 3 * 3600)?;
    let actual = validate::range("actual_s", b.actual_s, 0, 3 * 3600)?;
    c.execute(
        "INSERT INTO breathing_sessions (pattern, planned_s, actual_s, completed, started_at, local_date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![pattern, planned, actual, b.completed, at.utc_ms, at.date_str()],
    )?;
    activity::touch(c, at)?;
    Ok(c.last_insert_rowid())
}
