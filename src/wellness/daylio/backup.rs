//! Daylio's `.daylio` backup: a ZIP holding `backup.daylio`, the app's data as base64 of JSON
//! (structure as community tools read it; Daylio does not publish it). Read here: `customMoods`
//! (each mood's group 1 = rad … 5 = awful, so custom moods need no mapping), `tags` (activities) and
//! `dayEntries` (time and zone offset in ms, mood id, tag ids, note title, note). Photos, goals and
//! the rest are left out and named in the notes.

use super::{cut_note, tags_of, Row};
use crate::error::{Error, Result};
use chrono::{DateTime, Datelike, FixedOffset};
use serde::Deserialize;
use std::collections::HashMap;
use std::io::Read;

/// Largest `backup.daylio` read (base64 text): far above years of daily entries without photos.
const MAX_BACKUP: u64 = 256 << 20;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Backup {
    #[serde(default)]
    custom_moods: Vec<Mood>,
    #[serde(default)]
    tags: Vec<Tag>,
    day_entries: Vec<DayEntry>,
    #[serde(default)]
    assets: Vec<serde_json::Value>,
    #[serde(default)]
    goals: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct Mood {
    id: i64,
    #[serde(default)]
    custom_name: String,
    mood_group_id: i64,
}

#[derive(Deserialize)]
struct Tag {
    id: i64,
    name: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DayEntry {
    datetime: i64,
    #[serde(default)]
    time_zone_offset: i64,
    mood: i64,
    #[serde(default)]
    note: String,
    #[serde(default, rename = "note_title")]
    note_title: String,
    #[serde(default)]
    tags: Vec<i64>,
    #[serde(default)]
    assets: Vec<serde_json::Value>,
}

fn bad(why: impl std::fmt::Display) -> Error {
    Error::invalid("backup", format!("not a readable .daylio backup: {why}"))
}

/// The JSON inside a `.daylio` file.
fn json_of(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(bad)?;
    let file = zip.by_name("backup.daylio").map_err(|e| match e {
        zip::result::ZipError::FileNotFound => bad("it holds no backup.daylio"),
        e => bad(e),
    })?;
    let mut text = Vec::new();
    file.take(MAX_BACKUP + 1)
        .read_to_end(&mut text)
        .map_err(bad)?;
    if text.len() as u64 > MAX_BACKUP {
        return Err(bad("backup.daylio is larger than 256 MiB"));
    }
    text.retain(|b| !b.is_ascii_whitespace());
    data_encoding::BASE64
        .decode(&text)
        .map_err(|e| bad(format!("backup.daylio is not base64 ({e})")))
}

/// Rows and notes from the backup's bytes.
pub(crate) fn parse(bytes: &[u8]) -> Result<(Vec<Row>, Vec<String>)> {
    let json = json_of(bytes)?;
    let b: Backup = serde_json::from_slice(&json).map_err(bad)?;
    let mut moods = HashMap::new();
    for m in &b.custom_moods {
        if !(1..=5).contains(&m.mood_group_id) {
            return Err(bad(format!(
                "mood '{}' has group {} (1 to 5 expected)",
                m.custom_name, m.mood_group_id
            )));
        }
        moods.insert(m.id, 6 - m.mood_group_id);
    }
    let tags: HashMap<i64, &str> = b.tags.iter().map(|t| (t.id, t.name.as_str())).collect();
    let mut rows = Vec::with_capacity(b.day_entries.len());
    let mut cut = Vec::new();
    let mut photos = b.assets.len();
    let mut unknown_tags = 0usize;
    for (i, e) in b.day_entries.iter().enumerate() {
        let line = i + 1;
        let mood = *moods.get(&e.mood).ok_or_else(|| {
            Error::invalid(
                &format!("entry {line}"),
                format!("mood id {} is not among the backup's moods", e.mood),
            )
        })?;
        let offset = i32::try_from(e.time_zone_offset / 1000)
            .ok()
            .and_then(FixedOffset::east_opt)
            .ok_or_else(|| {
                Error::invalid(&format!("entry {line}"), "time zone offset out of range")
            })?;
        // A real diary's time: years 1900 to 9999 in its own zone (chrono's extremes would not
        // have a local date).
        let at = DateTime::from_timestamp_millis(e.datetime)
            .filter(|t| (1900..=9999).contains(&t.year()))
            .map(|t| t.with_timezone(&offset))
            .filter(|t| (1900..=9999).contains(&t.year()))
            .ok_or_else(|| Error::invalid(&format!("entry {line}"), "time out of range"))?;
        let names = e.tags.iter().map(|id| match tags.get(id) {
            Some(n) => *n,
            None => {
                unknown_tags += 1;
                ""
            }
        });
        let activities = tags_of(names, &mut cut);
        photos += e.assets.len();
        rows.push(Row {
            at_label: format!("entry {line}"),
            at,
            mood,
            activities,
            title: e.note_title.trim().to_string(),
            note: e.note.trim().to_string(),
        });
    }
    let mut notes = Vec::new();
    if photos > 0 {
        notes.push(format!("{photos} photo reference(s) not imported"));
    }
    if !b.goals.is_empty() {
        notes.push(format!("{} goal(s) not imported", b.goals.len()));
    }
    if unknown_tags > 0 {
        notes.push(format!(
            "{unknown_tags} activity reference(s) to an activity the backup does not define left out"
        ));
    }
    notes.extend(cut_note(&cut));
    Ok((rows, notes))
}
