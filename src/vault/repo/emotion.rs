//! Emotion sessions: start/stop, per-class averages, and a ≤1 Hz timeline of probabilities (never images).

use super::{not_found, one_row};
use crate::error::{Error, Result};
use crate::vault::stamp::Stamp;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

/// Smallest gap between two timeline samples (1 Hz).
pub const MIN_SAMPLE_GAP_MS: i64 = 1000;

/// A session's stored summary.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(rename = "EmotionSession")]
pub struct Session {
    /// Id.
    pub id: i64,
    /// The chat it ran beside.
    pub chat_id: Option<i64>,
    /// Unix ms.
    pub started_at: i64,
    /// Unix ms, when stopped.
    pub stopped_at: Option<i64>,
    /// Local date started.
    pub local_date: String,
    /// Samples with a face.
    pub samples: i64,
    /// Samples without a face.
    pub no_face: i64,
    /// Mean probability per class (fer's order), when stopped with samples.
    pub averages: Option<Vec<f32>>,
}

fn check_probs(p: &[f32]) -> Result<()> {
    if p.len() != 7 || p.iter().any(|v| !v.is_finite() || *v < 0.0 || *v > 1.0) {
        return Err(Error::invalid("probabilities", "7 values in [0, 1]"));
    }
    Ok(())
}

/// Starts a session (optionally bound to a chat).
pub fn start(c: &Connection, chat_id: Option<i64>, at: &Stamp) -> Result<i64> {
    if let Some(id) = chat_id {
        super::chats::get(c, id)?; // once per session: the count is cheap enough here
    }
    c.execute(
        "INSERT INTO emotion_sessions (chat_id, started_at, local_date) VALUES (?1, ?2, ?3)",
        params![chat_id, at.utc_ms, at.date_str()],
    )?;
    Ok(c.last_insert_rowid())
}

/// Adds a timeline point; `None` means no face was seen. Points closer than 1 s are refused.
pub fn add_sample(c: &Connection, session: i64, t_ms: i64, probs: Option<&[f32]>) -> Result<()> {
    if let Some(p) = probs {
        check_probs(p)?;
    }
    let last: Option<i64> = c
        .query_row(
            "SELECT max(t_ms) FROM emotion_timeline WHERE session_id = ?1",
            [session],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    if let Some(last) = last {
        if t_ms - last < MIN_SAMPLE_GAP_MS {
            return Err(Error::invalid(
                "t_ms",
                "timeline points must be at least 1 s apart",
            ));
        }
    }
    let json = probs.map(|p| serde_json::to_string(p).expect("serializes"));
    c.execute(
        "INSERT INTO emotion_timeline (session_id, t_ms, face, probs_json) VALUES (?1, ?2, ?3, ?4)",
        params![session, t_ms, probs.is_some(), json],
    )
    .map_err(|e| match e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            not_found("emotion session", session)
        }
        e => e.into(),
    })?;
    Ok(())
}

/// Stops a session with its counts and per-class averages.
pub fn stop(
    c: &Connection,
    session: i64,
    at: &Stamp,
    samples: i64,
    no_face: i64,
    averages: Option<&[f32]>,
) -> Result<Session> {
    if let Some(a) = averages {
        check_probs(a)?;
    }
    let json = averages.map(|a| serde_json::to_string(a).expect("serializes"));
    one_row(
        c.execute(
            "UPDATE emotion_sessions SET stopped_at = ?1, samples = ?2, no_face = ?3, avg_json = ?4 WHERE id = ?5 AND stopped_at IS NULL",
            params![at.utc_ms, samples.max(0), no_face.max(0), json, session],
        )?,
        "running emotion session",
        session,
    )?;
    get(c, session)
}

/// One session.
pub fn get(c: &Connection, id: i64) -> Result<Session> {
    c.query_row(
        "SELECT id, chat_id, started_at, stopped_at, local_date, samples, no_face, avg_json FROM emotion_sessions WHERE id = ?1",
        [id],
        |r| {
            let avg: Option<String> = r.get(7)?;
            Ok(Session {
                id: r.get(0)?,
                chat_id: r.get(1)?,
                started_at: r.get(2)?,
                stopped_at: r.get(3)?,
                local_date: r.get(4)?,
                samples: r.get(5)?,
                no_face: r.get(6)?,
                averages: avg.and_then(|s| serde_json::from_str(&s).ok()),
            })
        },
    )
    .optional()?
    .ok_or_else(|| not_found("emotion session", id))
}

/// The timeline of a session: (t_ms, probabilities or None for no face).
pub fn timeline(c: &Connection, session: i64) -> Result<Vec<(i64, Option<Vec<f32>>)>> {
    let mut st = c.prepare(
        "SELECT t_ms, probs_json FROM emotion_timeline WHERE session_id = ?1 ORDER BY t_ms",
    )?;
    let rows = st.query_map([session], |r| {
        let p: Option<String> = r.get(1)?;
        Ok((r.get(0)?, p.and_then(|s| serde_json::from_str(&s).ok())))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
