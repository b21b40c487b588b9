//! Import of Daylio's exports as journal entries (mood 1–5, activities as tags, title, note): the CSV
//! in each layout Daylio has written (`csv`) and the `.daylio` backup (`backup`). Daylio's five mood
//! names map to 1–5 (rad 5 … awful 1); custom moods a CSV names must be given a number by the person
//! (`--mood NAME=N`). Activities not in the person's list yet join it (group "Daylio"). All rows or
//! none are written; what was left out is said in `Imported::notes`.

pub mod backup;
pub mod csv;

use crate::error::{Error, Result};
use crate::vault::repo::activities;
use crate::vault::repo::journal::{self, EntryInput, MAX_TAGS};
use crate::vault::Stamp;
use chrono::{DateTime, FixedOffset};
use rusqlite::Connection;
use std::collections::HashMap;

/// What an import wrote and what it left out.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Imported {
    /// Journal entries written.
    pub entries: usize,
    /// The activities seen, in first-seen order.
    pub activities: Vec<String>,
    /// What was not imported, in words (columns ignored, activities cut, …).
    pub notes: Vec<String>,
}

/// One Daylio entry, read from either format.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    /// Where it is, for error messages ("line 4" in a CSV, "entry 2" in a backup).
    pub at_label: String,
    pub at: DateTime<FixedOffset>,
    pub mood: i64,
    pub activities: Vec<String>,
    pub title: String,
    pub note: String,
}

/// Daylio's built-in mood names.
pub fn default_moods() -> HashMap<String, i64> {
    [
        ("rad", 5),
        ("good", 4),
        ("meh", 3),
        ("bad", 2),
        ("awful", 1),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// Imports a Daylio export: a `.daylio` backup (a ZIP) or CSV text in any of its layouts.
pub fn import_bytes(
    c: &mut Connection,
    bytes: &[u8],
    extra_moods: &HashMap<String, i64>,
) -> Result<Imported> {
    if bytes.starts_with(b"PK\x03\x04") {
        let (rows, notes) = backup::parse(bytes)?;
        write(c, rows, notes)
    } else {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            Error::invalid("file", format!("not UTF-8 text nor a .daylio backup ({e})"))
        })?;
        import(c, text, extra_moods)
    }
}

/// Imports Daylio's CSV text; `extra_moods` maps custom mood names to 1–5.
pub fn import(
    c: &mut Connection,
    csv_text: &str,
    extra_moods: &HashMap<String, i64>,
) -> Result<Imported> {
    let (rows, notes) = csv::parse(csv_text, extra_moods)?;
    write(c, rows, notes)
}

/// Activities as tags: trimmed, at most 32 characters, no repeats, at most `MAX_TAGS` (the rest named
/// in `cut`).
pub(crate) fn tags_of<'a>(
    names: impl Iterator<Item = &'a str>,
    cut: &mut Vec<String>,
) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for t in names.map(str::trim).filter(|t| !t.is_empty()) {
        let t: String = t.to_lowercase().chars().take(32).collect();
        if tags.contains(&t) {
            continue;
        }
        if tags.len() == MAX_TAGS {
            cut.push(t);
        } else {
            tags.push(t);
        }
    }
    tags
}

/// "N activities beyond the first 20 of an entry not kept: …", when any were cut.
pub(crate) fn cut_note(cut: &[String]) -> Option<String> {
    (!cut.is_empty()).then(|| {
        format!(
            "{} activit{} beyond the first {MAX_TAGS} of an entry not kept: {}",
            cut.len(),
            if cut.len() == 1 { "y" } else { "ies" },
            cut.join(", ")
        )
    })
}

fn write(c: &mut Connection, rows: Vec<Row>, mut notes: Vec<String>) -> Result<Imported> {
    let mut activities: Vec<String> = Vec::new();
    let tx = c.transaction()?;
    for r in &rows {
        for a in &r.activities {
            if !activities.contains(a) {
                activities.push(a.clone());
            }
        }
        let input = EntryInput {
            mood: r.mood,
            tags: r.activities.clone(),
            title: r.title.clone(),
            text: r.note.clone(),
        };
        journal::add(&tx, &input, &Stamp::at(r.at))
            .map_err(|e| Error::invalid(&r.at_label, e.message()))?;
    }
    let left = activities::add_seen(&tx, &activities, "Daylio", &Stamp::now())?;
    if left > 0 {
        notes.push(format!(
            "{left} activit{} not added to your list (it holds at most {}); entries keep them",
            if left == 1 { "y" } else { "ies" },
            activities::MAX
        ));
    }
    tx.commit()?;
    notes.dedup();
    Ok(Imported {
        entries: rows.len(),
        activities,
        notes,
    })
}
