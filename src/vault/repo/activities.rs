//! The person's own activities (Daylio's activities, Bearable's factors): a name as it appears in
//! journal entries' tags, an emoji, a group and an order. Tags used on entries but never added to the
//! list still show, with their counts, so imported activities are there from the first day.

use crate::error::{Error, Result};
use crate::vault::validate;
use crate::vault::Stamp;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

/// Most activities in the list.
pub const MAX: usize = 200;

/// What the person adds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ActivityInput {
    /// Its name (stored in lower case, as entries' tags are).
    pub name: String,
    /// An emoji or short icon text.
    #[serde(default)]
    pub emoji: String,
    /// A group ("People", "Body", …).
    #[serde(default)]
    pub group: String,
}

/// One activity with how often it was used.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Activity {
    /// Name (lower case).
    pub name: String,
    /// Emoji ("" when none).
    pub emoji: String,
    /// Group ("" when none).
    pub group: String,
    /// Whether it is in the person's list (false: only seen on entries).
    pub listed: bool,
    /// Journal entries tagged with it.
    pub uses: i64,
}

/// Adds (or updates the emoji and group of) an activity; it goes to the end of the list.
pub fn add(c: &Connection, i: &ActivityInput, at: &Stamp) -> Result<Activity> {
    let name = validate::text("name", &i.name.to_lowercase(), 1, 32)?;
    let emoji = validate::text("emoji", &i.emoji, 0, 16)?;
    let group = validate::text("group", &i.group, 0, 32)?;
    let n: i64 = c.query_row("SELECT count(*) FROM activities", [], |r| r.get(0))?;
    let exists: bool = c.query_row(
        "SELECT count(*) FROM activities WHERE name = ?1",
        [&name],
        |r| r.get::<_, i64>(0).map(|n| n > 0),
    )?;
    if !exists && n as usize >= MAX {
        return Err(Error::invalid("activities", format!("at most {MAX}")));
    }
    c.execute(
        "INSERT INTO activities (name, emoji, group_name, position, created_at)
         VALUES (?1, ?2, ?3, (SELECT coalesce(max(position), 0) + 1 FROM activities), ?4)
         ON CONFLICT (name) DO UPDATE SET emoji = excluded.emoji, group_name = excluded.group_name",
        params![name, emoji, group, at.utc_ms],
    )?;
    Ok(list(c)?
        .into_iter()
        .find(|a| a.name == name)
        .expect("just written"))
}

/// Adds names seen in an import or a quick mood that are not listed yet (group `group`), keeping the
/// rest as is and the list at most `MAX` long; returns how many were left out for that.
pub fn add_seen(c: &Connection, names: &[String], group: &str, at: &Stamp) -> Result<usize> {
    let mut left = 0;
    for name in names {
        let (n, listed): (i64, i64) = c.query_row(
            "SELECT count(*), count(*) FILTER (WHERE name = ?1) FROM activities",
            [name],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if listed > 0 {
            continue;
        }
        if n as usize >= MAX {
            left += 1;
            continue;
        }
        c.execute(
            "INSERT INTO activities (name, emoji, group_name, position, created_at)
             VALUES (?1, '', ?2, (SELECT coalesce(max(position), 0) + 1 FROM activities), ?3)",
            params![name, group, at.utc_ms],
        )?;
    }
    Ok(left)
}

/// Takes an activity off the list; entries keep their tags.
pub fn remove(c: &Connection, name: &str) -> Result<()> {
    let n = c.execute(
        "DELETE FROM activities WHERE name = ?1",
        [name.trim().to_lowercase()],
    )?;
    if n == 0 {
        return Err(super::not_found_named("activity", name));
    }
    Ok(())
}

/// The list in its order, then tags seen only on entries (most used first).
pub fn list(c: &Connection) -> Result<Vec<Activity>> {
    let mut uses: std::collections::HashMap<String, i64> = std::collections::HashMap::new();
    let mut st = c.prepare(
        "SELECT value, count(*) FROM journal_entries, json_each(journal_entries.tags_json) GROUP BY value",
    )?;
    for row in st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
        let (name, n) = row?;
        uses.insert(name, n);
    }
    let mut st =
        c.prepare("SELECT name, emoji, group_name FROM activities ORDER BY position, name")?;
    let mut out: Vec<Activity> = st
        .query_map([], |r| {
            Ok(Activity {
                name: r.get(0)?,
                emoji: r.get(1)?,
                group: r.get(2)?,
                listed: true,
                uses: 0,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    for a in &mut out {
        a.uses = uses.remove(&a.name).unwrap_or(0);
    }
    let mut seen: Vec<(String, i64)> = uses.into_iter().collect();
    seen.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out.extend(seen.into_iter().map(|(name, uses)| Activity {
        name,
        emoji: String::new(),
        group: String::new(),
        listed: false,
        uses,
    }));
    Ok(out)
}
