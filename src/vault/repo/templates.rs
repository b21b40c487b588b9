//! Journal templates the person writes for themselves (title and body, used to start an entry).

use super::{not_found, one_row};
use crate::error::{Error, Result};
use crate::vault::validate;
use crate::vault::Stamp;
use rusqlite::{params, Connection};
use serde::Serialize;

/// Most templates kept.
pub const MAX: usize = 100;

/// A stored template.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Template {
    /// Id.
    pub id: i64,
    /// Its name.
    pub title: String,
    /// The text an entry starts with.
    pub body: String,
}

/// Saves a template.
pub fn add(c: &Connection, title: &str, body: &str, at: &Stamp) -> Result<Template> {
    let title = validate::text("title", title, 1, 100)?;
    let body = validate::text("body", body, 1, 5000)?;
    let n: i64 = c.query_row("SELECT count(*) FROM journal_templates", [], |r| r.get(0))?;
    if n as usize >= MAX {
        return Err(Error::invalid("templates", format!("at most {MAX}")));
    }
    c.execute(
        "INSERT INTO journal_templates (title, body, created_at) VALUES (?1, ?2, ?3)",
        params![title, body, at.utc_ms],
    )?;
    Ok(Template {
        id: c.last_insert_rowid(),
        title,
        body,
    })
}

/// All templates, oldest first.
pub fn list(c: &Connection) -> Result<Vec<Template>> {
    let mut st = c.prepare("SELECT id, title, body FROM journal_templates ORDER BY id")?;
    let rows = st.query_map([], |r| {
        Ok(Template {
            id: r.get(0)?,
            title: r.get(1)?,
            body: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes a template.
pub fn delete(c: &Connection, id: i64) -> Result<()> {
    let n = c.execute("DELETE FROM journal_templates WHERE id = ?1", [id])?;
    one_row(n, "template", id).map_err(|_| not_found("template", id))
}
