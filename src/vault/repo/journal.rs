//! Mood journal entries: mood 1–5, tags, title and text; add, edit, delete, list by date, search.

use super::{activity, not_found, one_row};
use crate::error::{Error, Result};
use crate::vault::stamp::Stamp;
use crate::vault::validate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

/// Longest entry text (characters): a long diary page, well under 1 MB.
pub const MAX_TEXT: usize = 100_000;
/// Longest title.
pub const MAX_TITLE: usize = 200;
/// At most this many tags, each at most 32 characters.
pub const MAX_TAGS: usize = 20;

/// What the person writes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct EntryInput {
    /// 1 (very bad) to 5 (very good).
    pub mood: i64,
    /// Emotion tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Optional title.
    #[serde(default)]
    pub title: String,
    /// Free text.
    pub text: String,
}

/// A stored entry.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Entry {
    /// Id.
    pub id: i64,
    /// Mood 1–5.
    pub mood: i64,
    /// Tags.
    pub tags: Vec<String>,
    /// Title.
    pub title: String,
    /// Text.
    pub text: String,
    /// Unix ms.
    pub created_at: i64,
    /// Unix ms.
    pub updated_at: i64,
    /// Local date written.
    pub local_date: String,
    /// UTC offset then, minutes.
    pub tz_offset_min: i32,
}

fn checked(i: &EntryInput) -> Result<(i64, String, String, String)> {
    let mood = validate::range("mood", i.mood, 1, 5)?;
    if i.tags.len() > MAX_TAGS {
        return Err(Error::invalid("tags", format!("at most {MAX_TAGS}")));
    }
    let tags: Vec<String> = i
        .tags
        .iter()
        .map(|t| validate::text("tags", &t.to_lowercase(), 1, 32))
        .collect::<Result<_>>()?;
    let title = validate::text("title", &i.title, 0, MAX_TITLE)?;
    let text = validate::text("text", &i.text, 0, MAX_TEXT)?;
    Ok((
        mood,
        serde_json::to_string(&tags).expect("tags serialize"),
        title,
        text,
    ))
}

fn row(r: &Row) -> rusqlite::Result<Entry> {
    let tags: String = r.get(2)?;
    Ok(Entry {
        id: r.get(0)?,
        mood: r.get(1)?,
        tags: serde_json::from_str(&tags).unwrap_or_default(),
        title: r.get(3)?,
        text: r.get(4)?,
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
        local_date: r.get(7)?,
        tz_offset_min: r.get(8)?,
    })
}

const COLS: &str =
    "id, mood, tags_json, title, text, created_at, updated_at, local_date, tz_offset_min";

/// Adds an entry at `at` (not in the future).
pub fn add(c: &Connection, i: &EntryInput, at: &Stamp) -> Result<Entry> {
    let (mood, tags, title, text) = checked(i)?;
    validate::not_future(
        "date",
        at.local_date,
        Stamp::now().local_date + chrono::Days::new(1),
    )?;
    c.execute(
        &format!(
            "INSERT INTO journal_entries ({COLS}) VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7)"
        ),
        params![
            mood,
            tags,
            title,
            text,
            at.utc_ms,
            at.date_str(),
            at.tz_offset_min
        ],
    )?;
    activity::touch(c, at)?;
    get(c, c.last_insert_rowid())
}

/// Replaces an entry's mood, tags, title and text.
pub fn update(c: &Connection, id: i64, i: &EntryInput, at: &Stamp) -> Result<Entry> {
    let (mood, tags, title, text) = checked(i)?;
    one_row(
        c.execute(
            "UPDATE journal_entries SET mood = ?1, tags_json = ?2, title = ?3, text = ?4, updated_at = ?5 WHERE id = ?6",
            params![mood, tags, title, text, at.utc_ms, id],
        )?,
        "journal entry",
        id,
    )?;
    get(c, id)
}

/// One entry.
pub fn get(c: &Connection, id: i64) -> Result<Entry> {
    c.query_row(
        &format!("SELECT {COLS} FROM journal_entries WHERE id = ?1"),
        [id],
        row,
    )
    .optional()?
    .ok_or_else(|| not_found("journal entry", id))
}

/// Deletes an entry.
pub fn delete(c: &Connection, id: i64) -> Result<()> {
    one_row(
        c.execute("DELETE FROM journal_entries WHERE id = ?1", [id])?,
        "journal entry",
        id,
    )
}

/// Entries dated `from..=to`, newest first.
pub fn list(c: &Connection, from: &str, to: &str) -> Result<Vec<Entry>> {
    let mut st = c.prepare(&format!(
        "SELECT {COLS} FROM journal_entries WHERE local_date BETWEEN ?1 AND ?2 ORDER BY created_at DESC, id DESC"
    ))?;
    let rows = st.query_map(params![from, to], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Entries whose title, text or tags contain `q` (case-insensitive), newest first.
pub fn search(c: &Connection, q: &str) -> Result<Vec<Entry>> {
    let q = validate::text("query", q, 1, 200)?;
    let like = format!(
        "%{}%",
        q.replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let mut st = c.prepare(&format!(
        "SELECT {COLS} FROM journal_entries
         WHERE text LIKE ?1 ESCAPE '\\' OR title LIKE ?1 ESCAPE '\\' OR tags_json LIKE ?1 ESCAPE '\\'
         ORDER BY created_at DESC, id DESC"
    ))?;
    let rows = st.query_map([like], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
