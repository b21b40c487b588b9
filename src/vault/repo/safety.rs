//! The safety plan (one row) and safety events: crisis and concern cards shown, cards dismissed
//! ("I'm safe — carry on"), check-ins answered after a risk, imported entries flagged for review.

use crate::error::Result;
use crate::safety::plan::SafetyPlan;
use crate::vault::Stamp;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

/// The stored plan (empty when none was saved).
pub fn plan(c: &Connection) -> Result<SafetyPlan> {
    let json: Option<String> = c
        .query_row("SELECT plan_json FROM safety_plan WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(json
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default())
}

/// Saves the plan (already cleaned) and returns it with its time.
pub fn save_plan(c: &Connection, plan: &SafetyPlan, at: &Stamp) -> Result<SafetyPlan> {
    let mut p = plan.clone();
    p.updated_at = at.utc_ms;
    c.execute(
        "INSERT INTO safety_plan (id, plan_json, updated_at) VALUES (1, ?1, ?2)
         ON CONFLICT(id) DO UPDATE SET plan_json = excluded.plan_json, updated_at = excluded.updated_at",
        params![serde_json::to_string(&p).expect("serializes"), at.utc_ms],
    )?;
    Ok(p)
}

/// One safety event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Event {
    /// Id.
    pub id: i64,
    /// `crisis`, `concern`, `dismissed`, `checked_in` or `flagged`.
    pub kind: String,
    /// Why (`crisis_language`, `phq9_item9`, `model_safety`, `concern_for_other`, `imported`, …).
    pub reason: String,
    /// Where: `chat`, `journal`, `gratitude`, `checkin`, `import`, `unlock`.
    pub source: String,
    /// The row it is about, if any.
    pub source_id: Option<i64>,
    /// Unix ms.
    pub created_at: i64,
    /// Local date.
    pub local_date: String,
}

/// Records an event.
pub fn record(
    c: &Connection,
    kind: &str,
    reason: &str,
    source: &str,
    source_id: Option<i64>,
    at: &Stamp,
) -> Result<i64> {
    c.execute(
        "INSERT INTO safety_events (kind, reason, source, source_id, created_at, local_date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![kind, reason, source, source_id, at.utc_ms, at.date_str()],
    )?;
    Ok(c.last_insert_rowid())
}

/// Events since `since_ms`, oldest first.
pub fn since(c: &Connection, since_ms: i64) -> Result<Vec<Event>> {
    let mut st = c.prepare(
        "SELECT id, kind, reason, source, source_id, created_at, local_date FROM safety_events
         WHERE created_at >= ?1 ORDER BY created_at, id",
    )?;
    let rows = st
        .query_map([since_ms], |r| {
            Ok(Event {
                id: r.get(0)?,
                kind: r.get(1)?,
                reason: r.get(2)?,
                source: r.get(3)?,
                source_id: r.get(4)?,
                created_at: r.get(5)?,
                local_date: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Chat messages marked as crisis turns since `since_ms`: (message id, time).
pub fn crisis_messages_since(c: &Connection, since_ms: i64) -> Result<Vec<(i64, i64)>> {
    let mut st = c.prepare(
        "SELECT id, created_at FROM messages WHERE crisis = 1 AND sender = 'user' AND created_at >= ?1
         ORDER BY created_at",
    )?;
    let rows = st
        .query_map([since_ms], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
