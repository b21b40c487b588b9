//! The person's data as files: the complete vault as versioned JSON (re-importable), one kind as CSV,
//! the journal as Markdown; importing a Mentora export or a Daylio export (all or nothing).

use super::App;
use crate::error::{Error, Result};
use crate::vault::Stamp;
use crate::wellness::{daylio, export, tables};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format<'a> {
    /// Everything, as versioned JSON.
    Json,
    /// One kind as CSV (`journal`, `sleep`, …).
    Csv(&'a str),
    /// The journal as Markdown.
    Markdown,
}

/// The export's text.
pub fn export(app: &App, format: Format) -> Result<String> {
    app.with_vault(|v| {
        v.with_conn(|c| match format {
            Format::Csv(kind) => tables::csv_for(c, kind)?.ok_or_else(|| {
                let kinds: Vec<&str> = tables::KINDS.iter().map(|(k, _)| *k).collect();
                Error::invalid("csv", format!("one of {} (got '{kind}')", kinds.join(", ")))
            }),
            Format::Markdown => tables::journal_markdown(c),
            Format::Json => export::export_json(c),
        })
    })
}

/// Writes `format` to `path` (atomically).
pub fn export_to(app: &App, format: Format, path: &Path) -> Result<()> {
    let text = export(app, format)?;
    crate::vault::profiles::write_atomic(path, text.as_bytes())
}

/// Writes the whole vault as JSON into the export folder (the window's "Export"); returns the path.
pub fn export_json_file(app: &App) -> Result<PathBuf> {
    let name = app.with_vault(|v| {
        Ok(format!(
            "mentora-{}-{}.json",
            v.profile()
                .name
                .replace(|c: char| !c.is_alphanumeric(), "_"),
            Stamp::now().date_str()
        ))
    })?;
    let path = super::report::export_dir(app)?.join(name);
    export_to(app, Format::Json, &path)?;
    tracing::info!("data exported");
    Ok(path)
}

fn read(file: &Path) -> Result<String> {
    std::fs::read_to_string(file).map_err(|e| Error::io(format!("reading {}", file.display()), e))
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Imported {
    /// Rows written.
    pub rows: usize,
    /// Imported entries that read as crisis or concern, flagged for review (no card is shown).
    pub flagged: usize,
    /// What was left out, in words (a Daylio column Mentora has no place for, …).
    pub notes: Vec<String>,
}

/// Imports a Mentora JSON export into the open (empty) profile; every imported text is checked.
pub fn import(app: &App, file: &Path) -> Result<Imported> {
    let text = read(file)?;
    let v = app.unlocked_vault()?;
    let rows = v.with_conn(|c| export::import_json(c, &text))?;
    let flagged = super::safety::flag_imported(app, &v, 0, true)?;
    Ok(Imported {
        rows,
        flagged,
        notes: Vec::new(),
    })
}

/// Parses `NAME=N` mood mappings for a Daylio import.
pub fn mood_map(moods: &[String]) -> Result<HashMap<String, i64>> {
    let mut map = HashMap::new();
    for m in moods {
        let (k, v) = m
            .rsplit_once('=')
            .ok_or_else(|| Error::invalid("mood", format!("NAME=N, like sleepy=3 (got '{m}')")))?;
        let n: i64 = v
            .trim()
            .parse()
            .map_err(|_| Error::invalid("mood", format!("'{v}' is not a number 1-5")))?;
        map.insert(k.trim().to_string(), n);
    }
    Ok(map)
}

/// Imports a Daylio export (its CSV in any layout, or a `.daylio` backup) as journal entries; custom
/// moods of a CSV mapped by `moods`. Every imported note is checked (flagged for review, no card
/// storm).
pub fn import_daylio(app: &App, file: &Path, moods: &HashMap<String, i64>) -> Result<Imported> {
    let bytes =
        std::fs::read(file).map_err(|e| Error::io(format!("reading {}", file.display()), e))?;
    let v = app.unlocked_vault()?;
    let before: i64 = v.with_conn(|c| {
        Ok(c.query_row(
            "SELECT coalesce(max(id), 0) FROM journal_entries",
            [],
            |r| r.get(0),
        )?)
    })?;
    let done = v.with_conn(|c| daylio::import_bytes(c, &bytes, moods))?;
    let flagged = super::safety::flag_imported(app, &v, before, false)?;
    Ok(Imported {
        rows: done.entries,
        flagged,
        notes: done.notes,
    })
}
