//! Per-profile settings inside the vault (key → JSON value).

use crate::error::{Error, Result};
use crate::vault::stamp::Stamp;
use rusqlite::{params, Connection, OptionalExtension};

fn check_key(key: &str) -> Result<()> {
    let ok = !key.is_empty()
        && key.len() <= 64
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.');
    if !ok {
        return Err(Error::invalid(
            "key",
            "1–64 characters of a–z, 0–9, '_' and '.'",
        ));
    }
    Ok(())
}

/// Reads a setting.
pub fn get(c: &Connection, key: &str) -> Result<Option<serde_json::Value>> {
    check_key(key)?;
    let v: Option<String> = c
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(v.and_then(|s| serde_json::from_str(&s).ok()))
}

/// Writes a setting.
pub fn set(c: &Connection, key: &str, value: &serde_json::Value, at: &Stamp) -> Result<()> {
    check_key(key)?;
    let s = value.to_string();
    if s.len() > 16 * 1024 {
        return Err(Error::invalid("value", "at most 16 KiB"));
    }
    c.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        params![key, s, at.utc_ms],
    )?;
    Ok(())
}
