//! Sentiment results for messages, journal entries and gratitude items (one per source and model).

use crate::error::{Error, Result};
use crate::vault::stamp::Stamp;
use crate::vault::validate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

/// What was scored.
pub const SOURCES: &[&str] = &["message", "journal", "gratitude"];

/// A score as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Score {
    /// `message`, `journal` or `gratitude`.
    pub source: String,
    /// The row scored.
    pub source_id: i64,
    /// Model id from the manifest.
    pub model: String,
    /// Class probabilities.
    pub probs: Vec<f32>,
    /// -1..1.
    pub valence: f32,
    /// `negative`, `neutral` or `positive`.
    pub label: String,
    /// 1..5, comparable to nlptown's stars.
    pub stars: f32,
}

/// Stores (or replaces) the score of one source under one model.
pub fn upsert(c: &Connection, s: &Score, at: &Stamp) -> Result<()> {
    validate::one_of("source", &s.source, SOURCES)?;
    validate::one_of("label", &s.label, &["negative", "neutral", "positive"])?;
    validate::text("model", &s.model, 1, 64)?;
    validate::range("valence", s.valence, -1.0, 1.0)?;
    validate::range("stars", s.stars, 1.0, 5.0)?;
    if s.probs.is_empty() || s.probs.iter().any(|p| !(0.0..=1.0).contains(p)) {
        return Err(Error::invalid("probs", "probabilities in [0, 1]"));
    }
    c.execute(
        "INSERT INTO sentiment_results (source, source_id, model, probs_json, valence, label, stars, created_at, local_date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (source, source_id, model) DO UPDATE SET
           probs_json = excluded.probs_json, valence = excluded.valence, label = excluded.label,
           stars = excluded.stars, created_at = excluded.created_at",
        params![s.source, s.source_id, s.model, serde_json::to_string(&s.probs).expect("serializes"),
                s.valence, s.label, s.stars, at.utc_ms, at.date_str()],
    )?;
    Ok(())
}

/// The latest score of a source, under any model.
pub fn for_source(c: &Connection, source: &str, id: i64) -> Result<Option<Score>> {
    Ok(c.query_row(
        "SELECT source, source_id, model, probs_json, valence, label, stars FROM sentiment_results
         WHERE source = ?1 AND source_id = ?2 ORDER BY created_at DESC LIMIT 1",
        params![source, id],
        |r| {
            let probs: String = r.get(3)?;
            Ok(Score {
                source: r.get(0)?,
                source_id: r.get(1)?,
                model: r.get(2)?,
                probs: serde_json::from_str(&probs).unwrap_or_default(),
                valence: r.get(4)?,
                label: r.get(5)?,
                stars: r.get(6)?,
            })
        },
    )
    .optional()?)
}

/// A row waiting for a score under some model.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    /// `message`, `journal` or `gratitude`.
    pub source: &'static str,
    /// Its id.
    pub source_id: i64,
    /// The text to score (a journal entry's title and text together).
    pub text: String,
}

/// Up to `limit` user messages, journal entries and gratitude items that have no score under
/// `model` (or, for journal entries, were edited after it), oldest first within each kind.
pub fn pending(c: &Connection, model: &str, limit: usize) -> Result<Vec<Pending>> {
    let mut st = c.prepare_cached(
        "SELECT 'message', m.id, m.text FROM messages m
           WHERE m.sender = 'user' AND trim(m.text) != ''
             AND NOT EXISTS (SELECT 1 FROM sentiment_results s
                             WHERE s.source = 'message' AND s.source_id = m.id AND s.model = ?1)
         UNION ALL
         SELECT 'journal', j.id, CASE WHEN j.title = '' THEN j.text ELSE j.title || char(10) || j.text END
           FROM journal_entries j
           WHERE trim(j.title || j.text) != ''
             AND NOT EXISTS (SELECT 1 FROM sentiment_results s
                             WHERE s.source = 'journal' AND s.source_id = j.id AND s.model = ?1
                               AND s.created_at >= j.updated_at)
         UNION ALL
         SELECT 'gratitude', g.id, g.text FROM gratitude_items g
           WHERE trim(g.text) != ''
             AND NOT EXISTS (SELECT 1 FROM sentiment_results s
                             WHERE s.source = 'gratitude' AND s.source_id = g.id AND s.model = ?1)
         LIMIT ?2",
    )?;
    let rows = st.query_map(params![model, limit as i64], |r| {
        let source: String = r.get(0)?;
        Ok(Pending {
            source: SOURCES
                .iter()
                .copied()
                .find(|s| *s == source)
                .unwrap_or("message"),
            source_id: r.get(1)?,
            text: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many rows have a score under `model`, per source.
pub fn counts(c: &Connection, model: &str) -> Result<Vec<(String, i64)>> {
    let mut st = c.prepare(
        "SELECT source, count(*) FROM sentiment_results WHERE model = ?1 GROUP BY source ORDER BY source",
    )?;
    let rows = st.query_map([model], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
