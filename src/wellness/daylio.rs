//! Import of Daylio's CSV export (columns full_date, date, weekday, time, mood, activities, note_title,
//! note) as journal entries: Daylio's five mood names map to 1–5 (rad 5 … awful 1); custom mood names
//! must be given a number by the person (`--mood NAME=N`). All rows or none are written.

use crate::error::{Error, Result};
use crate::vault::repo::journal::{self, EntryInput};
use crate::vault::Stamp;
use chrono::{NaiveDate, NaiveTime, TimeZone};
use rusqlite::Connection;
use std::collections::HashMap;

/// Daylio's published column names, in order.
pub const COLUMNS: [&str; 8] = [
    "full_date",
    "date",
    "weekday",
    "time",
    "mood",
    "activities",
    "note_title",
    "note",
];

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

fn time_of(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    ["%H:%M", "%I:%M %p", "%l:%M %p"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(s, f).ok())
}

/// Imports the CSV text; `extra_moods` maps custom mood names to 1–5. Returns the entries written.
pub fn import(
    c: &mut Connection,
    csv_text: &str,
    extra_moods: &HashMap<String, i64>,
) -> Result<usize> {
    let mut moods = default_moods();
    for (k, v) in extra_moods {
        moods.insert(
            k.trim().to_lowercase(),
            crate::vault::validate::range(&format!("mood {k}"), *v, 1, 5)?,
        );
    }
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(csv_text.as_bytes());
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::invalid("header", e))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    if headers != COLUMNS {
        return Err(Error::invalid(
            "header",
            format!(
                "expected Daylio's columns {} (got {})",
                COLUMNS.join(","),
                headers.join(",")
            ),
        ));
    }
    let mut entries = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let line = i + 2;
        let rec = rec.map_err(|e| Error::invalid(&format!("line {line}"), e))?;
        let field = |n: usize| rec.get(n).unwrap_or("").trim();
        let date = NaiveDate::parse_from_str(field(0), "%Y-%m-%d").map_err(|_| {
            Error::invalid(
                &format!("line {line}: full_date"),
                format!("not a YYYY-MM-DD date ('{}')", field(0)),
            )
        })?;
        let time = time_of(field(3)).ok_or_else(|| {
            Error::invalid(
                &format!("line {line}: time"),
                format!("not a time ('{}')", field(3)),
            )
        })?;
        let name = field(4).to_lowercase();
        let Some(mood) = moods.get(&name).copied() else {
            if !unknown.contains(&name) {
                unknown.push(name);
            }
            continue;
        };
        let local = chrono::Local
            .from_local_datetime(&date.and_time(time))
            .earliest()
            .ok_or_else(|| {
                Error::invalid(
                    &format!("line {line}: time"),
                    "does not exist in this time zone",
                )
            })?;
        let tags: Vec<String> = field(5)
            .split('|')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| t.chars().take(32).collect())
            .collect();
        let input = EntryInput {
            mood,
            tags,
            title: field(6).to_string(),
            text: field(7).to_string(),
        };
        entries.push((line, input, Stamp::at(local.fixed_offset())));
    }
    if !unknown.is_empty() {
        return Err(Error::invalid(
            "mood",
            format!(
                "custom mood names need a number from 1 to 5: {} (e.g. --mood \"{}=4\")",
                unknown.join(", "),
                unknown[0]
            ),
        ));
    }
    let tx = c.transaction()?;
    for (line, input, at) in &entries {
        journal::add(&tx, input, at)
            .map_err(|e| Error::invalid(&format!("line {line}"), e.message()))?;
    }
    tx.commit()?;
    Ok(entries.len())
}
