//! Daylio's CSV export in each layout it has had, read by column name: today's
//! `full_date,date,weekday,time,mood,activities,scales,note_title,note`, the one before it without
//! `scales`, and the oldest `year,date,weekday,time,mood,activities,note` ("18 May", "11:54 pm").
//! Columns Mentora has no place for (`scales`, anything new) are ignored and named in the notes.

use super::{cut_note, default_moods, tags_of, Row};
use crate::error::{Error, Result};
use chrono::{NaiveDate, NaiveTime, TimeZone};
use std::collections::HashMap;

/// The columns read; every other column is ignored with a note.
const KNOWN: [&str; 9] = [
    "full_date",
    "year",
    "date",
    "weekday",
    "time",
    "mood",
    "activities",
    "note_title",
    "note",
];

fn time_of(s: &str) -> Option<NaiveTime> {
    let s = s.trim().to_uppercase();
    ["%H:%M", "%I:%M %p", "%l:%M %p", "%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(&s, f).ok())
}

/// The oldest layout's date: a year column and "18 May" / "May 18" (English month names).
fn old_date(year: &str, date: &str) -> Option<NaiveDate> {
    let s = format!("{} {}", year.trim(), date.trim().replace(',', ""));
    ["%Y %d %B", "%Y %B %d", "%Y %d %b", "%Y %b %d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(&s, f).ok())
}

/// Rows and notes from the CSV text; `extra_moods` maps custom mood names to 1–5.
pub(crate) fn parse(
    csv_text: &str,
    extra_moods: &HashMap<String, i64>,
) -> Result<(Vec<Row>, Vec<String>)> {
    let mut moods = default_moods();
    for (k, v) in extra_moods {
        moods.insert(
            k.trim().to_lowercase(),
            crate::vault::validate::range(&format!("mood {k}"), *v, 1, 5)?,
        );
    }
    // A byte-order mark goes before parsing, so a quoted first header is still read as one.
    let csv_text = csv_text.strip_prefix('\u{feff}').unwrap_or(csv_text);
    let mut rdr = ::csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(csv_text.as_bytes());
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::invalid("header", e))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (mood_col, time_col) = match (col("mood"), col("time")) {
        (Some(m), Some(t)) if col("full_date").is_some() || (col("year").is_some() && col("date").is_some()) => (m, t),
        _ => {
            return Err(Error::invalid(
                "header",
                format!(
                    "not a Daylio export: expected the columns full_date (or year and date), time and mood (got {})",
                    headers.join(",")
                ),
            ))
        }
    };
    let full_date = col("full_date");
    let (year, date) = (col("year"), col("date"));
    let activities = col("activities");
    let title = col("note_title");
    let note = col("note");
    let ignored: Vec<(usize, &String)> = headers
        .iter()
        .enumerate()
        .filter(|(_, h)| !KNOWN.contains(&h.as_str()))
        .collect();
    let mut ignored_filled = vec![0usize; ignored.len()];
    let mut rows = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let mut cut: Vec<String> = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let at = e
                .position()
                .map_or(String::from("a line"), |p| format!("line {}", p.line()));
            Error::invalid(&at, e)
        })?;
        // The line the record starts on (a quoted note may span lines; blank lines are skipped).
        let line = rec.position().map_or(0, |p| p.line() as usize);
        let field = |n: Option<usize>| n.and_then(|n| rec.get(n)).unwrap_or("").trim();
        let day = match full_date {
            Some(_) => NaiveDate::parse_from_str(field(full_date), "%Y-%m-%d").map_err(|_| {
                Error::invalid(
                    &format!("line {line}: full_date"),
                    format!("not a YYYY-MM-DD date ('{}')", field(full_date)),
                )
            })?,
            None => old_date(field(year), field(date)).ok_or_else(|| {
                Error::invalid(
                    &format!("line {line}: date"),
                    format!("not a date ('{} {}')", field(year), field(date)),
                )
            })?,
        };
        let time = time_of(field(Some(time_col))).ok_or_else(|| {
            Error::invalid(
                &format!("line {line}: time"),
                format!("not a time ('{}')", field(Some(time_col))),
            )
        })?;
        for (k, (n, _)) in ignored.iter().enumerate() {
            if !field(Some(*n)).is_empty() {
                ignored_filled[k] += 1;
            }
        }
        let name = field(Some(mood_col)).to_lowercase();
        let Some(mood) = moods.get(&name).copied() else {
            if !unknown.contains(&name) {
                unknown.push(name);
            }
            continue;
        };
        let local = chrono::Local
            .from_local_datetime(&day.and_time(time))
            .earliest()
            .ok_or_else(|| {
                Error::invalid(
                    &format!("line {line}: time"),
                    "does not exist in this time zone",
                )
            })?;
        rows.push(Row {
            at_label: format!("line {line}"),
            at: local.fixed_offset(),
            mood,
            activities: tags_of(field(activities).split('|'), &mut cut),
            title: field(title).to_string(),
            note: field(note).to_string(),
        });
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
    let mut notes = Vec::new();
    for ((_, h), filled) in ignored.iter().zip(ignored_filled) {
        notes.push(format!(
            "column '{h}' ignored ({filled} row{} had a value): Mentora has no place for it yet",
            if filled == 1 { "" } else { "s" }
        ));
    }
    notes.extend(cut_note(&cut));
    Ok((rows, notes))
}
