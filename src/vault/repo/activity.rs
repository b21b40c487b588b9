//! Days with any activity (the basis of the visiting streak): one row per local calendar date.

use crate::error::Result;
use crate::vault::stamp::Stamp;
use rusqlite::{params, Connection};

/// Marks the stamp's local date as active (idempotent).
pub fn touch(c: &Connection, at: &Stamp) -> Result<()> {
    c.execute(
        "INSERT OR IGNORE INTO activity_days (local_date, first_at) VALUES (?1, ?2)",
        params![at.date_str(), at.utc_ms],
    )?;
    Ok(())
}

/// Active dates in `from..=to` (YYYY-MM-DD), ascending.
pub fn days(c: &Connection, from: &str, to: &str) -> Result<Vec<String>> {
    let mut st = c.prepare(
        "SELECT local_date FROM activity_days WHERE local_date BETWEEN ?1 AND ?2 ORDER BY local_date",
    )?;
    let rows = st.query_map(params![from, to], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
