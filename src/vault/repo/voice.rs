//! Voice sessions: start/stop, counts, mean tone probabilities and tension, and a ≤1 Hz timeline of
//! readings (never audio, never words).

use super::{not_found, one_row};
use crate::error::{Error, Result};
use crate::vault::stamp::Stamp;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

/// The tones a reading can be.
pub const TONES: &[&str] = &["anger", "fear", "neutral", "uncertain"];
/// Smallest gap between two timeline points (1 Hz).
pub const MIN_POINT_GAP_MS: i64 = 1000;

/// A session's stored summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct VoiceSession {
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
    /// Speech segments read.
    pub segments: i64,
    /// Of those, read as uncertain.
    pub uncertain: i64,
    /// Milliseconds of speech.
    pub speech_ms: i64,
    /// Mean probabilities of anger, fear, neutral over the segments, when there were any.
    pub averages: Option<Vec<f32>>,
    /// Mean probability of a tense voice.
    pub arousal: Option<f32>,
    /// Mean speaking rate, syllable-like beats per second.
    pub rate: Option<f32>,
}

/// One timeline point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct VoicePoint {
    /// Milliseconds from the session's start.
    pub t_ms: i64,
    /// `anger`, `fear`, `neutral` or `uncertain`.
    pub tone: String,
    /// Probabilities of anger, fear, neutral.
    pub probabilities: Vec<f32>,
    /// Probability of a tense voice.
    pub arousal: f32,
    /// Estimated pitch.
    pub pitch_hz: Option<f32>,
}

fn check_probs(p: &[f32]) -> Result<()> {
    if p.len() != 3 || p.iter().any(|v| !v.is_finite() || *v < 0.0 || *v > 1.0) {
        return Err(Error::invalid("probabilities", "3 values in [0, 1]"));
    }
    Ok(())
}

fn check_unit(field: &str, v: f32) -> Result<()> {
    if !(0.0..=1.0).contains(&v) {
        return Err(Error::invalid(field, "a value in [0, 1]"));
    }
    Ok(())
}

/// Starts a session (optionally bound to a chat).
pub fn start(c: &Connection, chat_id: Option<i64>, at: &Stamp) -> Result<i64> {
    if let Some(id) = chat_id {
        super::chats::get(c, id)?;
    }
    c.execute(
        "INSERT INTO voice_sessions (chat_id, started_at, local_date) VALUES (?1, ?2, ?3)",
        params![chat_id, at.utc_ms, at.date_str()],
    )?;
    Ok(c.last_insert_rowid())
}

/// Adds a timeline point; points closer than 1 s to the last one are refused.
pub fn add_point(c: &Connection, session: i64, p: &VoicePoint) -> Result<()> {
    crate::vault::validate::one_of("tone", &p.tone, TONES)?;
    check_probs(&p.probabilities)?;
    check_unit("arousal", p.arousal)?;
    if p.pitch_hz.is_some_and(|h| !h.is_finite() || h <= 0.0) {
        return Err(Error::invalid("pitch_hz", "a positive number"));
    }
    let last: Option<i64> = c
        .query_row(
            "SELECT max(t_ms) FROM voice_timeline WHERE session_id = ?1",
            [session],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    if last.is_some_and(|l| p.t_ms - l < MIN_POINT_GAP_MS) {
        return Err(Error::invalid(
            "t_ms",
            "timeline points must be at least 1 s apart",
        ));
    }
    c.execute(
        "INSERT INTO voice_timeline (session_id, t_ms, tone, probs_json, arousal, pitch_hz)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            session,
            p.t_ms,
            p.tone,
            serde_json::to_string(&p.probabilities).expect("serializes"),
            p.arousal,
            p.pitch_hz
        ],
    )
    .map_err(|e| match e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            not_found("voice session", session)
        }
        e => e.into(),
    })?;
    Ok(())
}

/// What a stopped session keeps.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    /// Segments read.
    pub segments: i64,
    /// Read as uncertain.
    pub uncertain: i64,
    /// Milliseconds of speech.
    pub speech_ms: i64,
    /// Mean tone probabilities.
    pub averages: Option<Vec<f32>>,
    /// Mean tension.
    pub arousal: Option<f32>,
    /// Mean speaking rate.
    pub rate: Option<f32>,
}

/// Stops a running session with its totals.
pub fn stop(c: &Connection, session: i64, at: &Stamp, t: &Totals) -> Result<VoiceSession> {
    if let Some(a) = &t.averages {
        check_probs(a)?;
    }
    if let Some(a) = t.arousal {
        check_unit("arousal", a)?;
    }
    if t.rate.is_some_and(|r| !r.is_finite() || r < 0.0) {
        return Err(Error::invalid("rate", "a number of 0 or more"));
    }
    let json = t
        .averages
        .as_ref()
        .map(|a| serde_json::to_string(a).expect("serializes"));
    one_row(
        c.execute(
            "UPDATE voice_sessions SET stopped_at = ?1, segments = ?2, uncertain = ?3, speech_ms = ?4,
               avg_json = ?5, arousal = ?6, rate = ?7 WHERE id = ?8 AND stopped_at IS NULL",
            params![
                at.utc_ms,
                t.segments.max(0),
                t.uncertain.max(0),
                t.speech_ms.max(0),
                json,
                t.arousal,
                t.rate,
                session
            ],
        )?,
        "running voice session",
        session,
    )?;
    get(c, session)
}

/// One session.
pub fn get(c: &Connection, id: i64) -> Result<VoiceSession> {
    c.query_row(
        "SELECT id, chat_id, started_at, stopped_at, local_date, segments, uncertain, speech_ms, avg_json, arousal, rate
           FROM voice_sessions WHERE id = ?1",
        [id],
        |r| {
            let avg: Option<String> = r.get(8)?;
            Ok(VoiceSession {
                id: r.get(0)?,
                chat_id: r.get(1)?,
                started_at: r.get(2)?,
                stopped_at: r.get(3)?,
                local_date: r.get(4)?,
                segments: r.get(5)?,
                uncertain: r.get(6)?,
                speech_ms: r.get(7)?,
                averages: avg.and_then(|s| serde_json::from_str(&s).ok()),
                arousal: r.get(9)?,
                rate: r.get(10)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| not_found("voice session", id))
}

/// A session's timeline, oldest first.
pub fn timeline(c: &Connection, session: i64) -> Result<Vec<VoicePoint>> {
    let mut st = c.prepare(
        "SELECT t_ms, tone, probs_json, arousal, pitch_hz FROM voice_timeline WHERE session_id = ?1 ORDER BY t_ms",
    )?;
    let rows = st.query_map([session], |r| {
        let p: String = r.get(2)?;
        Ok(VoicePoint {
            t_ms: r.get(0)?,
            tone: r.get(1)?,
            probabilities: serde_json::from_str(&p).unwrap_or_default(),
            arousal: r.get(3)?,
            pitch_hz: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Closes sessions left open (the app ended, or the profile locked before they could be stopped):
/// stopped at their last reading, with totals from their timeline (uncertain readings counted, not
/// averaged). Returns how many were closed.
pub fn close_orphans(c: &mut Connection) -> Result<usize> {
    let ids: Vec<i64> = c
        .prepare("SELECT id FROM voice_sessions WHERE stopped_at IS NULL")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in &ids {
        let points = timeline(c, *id)?;
        let sure: Vec<&VoicePoint> = points.iter().filter(|p| p.tone != "uncertain").collect();
        let n = sure.len() as f32;
        let averages = (!sure.is_empty()).then(|| {
            (0..3)
                .map(|k| {
                    sure.iter()
                        .map(|p| p.probabilities.get(k).copied().unwrap_or(0.0))
                        .sum::<f32>()
                        / n
                })
                .collect::<Vec<f32>>()
        });
        let arousal = (!sure.is_empty()).then(|| sure.iter().map(|p| p.arousal).sum::<f32>() / n);
        let last = points.last().map_or(0, |p| p.t_ms);
        c.execute(
            "UPDATE voice_sessions SET stopped_at = started_at + ?1, segments = ?2, uncertain = ?3,
               avg_json = ?4, arousal = ?5 WHERE id = ?6",
            params![
                last,
                points.len() as i64,
                (points.len() - sure.len()) as i64,
                averages.map(|a| serde_json::to_string(&a).expect("serializes")),
                arousal,
                id
            ],
        )?;
    }
    Ok(ids.len())
}
