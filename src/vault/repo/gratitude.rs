//! Gratitude: up to three items a day.

use super::activity;
use crate::error::{Error, Result};
use crate::vault::stamp::Stamp;
use crate::vault::validate;
use rusqlite::{params, Connection, Row};
use serde::Serialize;

/// Longest item.
pub const MAX_TEXT: usize = 500;
/// Items allowed per day.
pub const PER_DAY: i64 = 3;

/// One item.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(rename = "GratitudeItem")]
pub struct Item {
    /// Id.
    pub id: i64,
    /// Local date.
    pub local_date: String,
    /// 1–3 within the day.
    pub position: i64,
    /// What the person is grateful for.
    pub text: String,
    /// Unix ms.
    pub created_at: i64,
}

fn row(r: &Row) -> rusqlite::Result<Item> {
    Ok(Item {
        id: r.get(0)?,
        local_date: r.get(1)?,
        position: r.get(2)?,
        text: r.get(3)?,
        created_at: r.get(4)?,
    })
}

/// Adds an item to the stamp's day; a fourth item that day is refused.
pub fn add(c: &Connection, text: &str, at: &Stamp) -> Result<Item> {
    let text = validate::text("text", text, 1, MAX_TEXT)?;
    let day = at.date_str();
    let n: i64 = c.query_row(
        "SELECT count(*) FROM gratitude_items WHERE local_date = ?1",
        [&day],
        |r| r.get(0),
    )?;
    if n >= PER_DAY {
        return Err(Error::invalid(
            "text",
            format!("at most {PER_DAY} gratitude items a day"),
        ));
    }
    c.execute(
        "INSERT INTO gratitude_items (local_date, position, text, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![day, n + 1, text, at.utc_ms],
    )?;
    activity::touch(c, at)?;
    let id = c.last_insert_rowid();
    Ok(c.query_row(
        "SELECT id, local_date, position, text, created_at FROM gratitude_items WHERE id = ?1",
        [id],
        row,
    )?)
}

/// Items dated `from..=to`, by date then position.
pub fn list(c: &Connection, from: &str, to: &str) -> Result<Vec<Item>> {
    let mut st = c.prepare(
        "SELECT id, local_date, position, text, created_at FROM gratitude_items
         WHERE local_date BETWEEN ?1 AND ?2 ORDER BY local_date, position",
    )?;
    let rows = st.query_map(params![from, to], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
