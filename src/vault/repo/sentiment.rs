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
    /// The seven emotions (the face model's labels and order), when the model reads them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub emotion: Option<Vec<f32>>,
}

/// Stores (or replaces) the score of one source under one model.
pub fn upsert(c: &Connection, s: &Score, at: &Stamp) -> Result<()> {
    validate::one_of("source", &s.source, SOURCES)?;
    validate::one_of("label", &s.label, &["negative", "neutral", "positive"])?;
    validate::text("model", &s.model, 1, 64)?;
    validate::range("valence", s.valence, -1.0, 1.0)?;
    validate::range("stars", s.stars, 1.0, 5.0)?;
    let probability = |p: &f32| (0.0..=1.0).contains(p);
    if s.probs.is_empty() || !s.probs.iter().all(probability) {
        return Err(Error::invalid("probs", "probabilities in [0, 1]"));
    }
    if let Some(e) = &s.emotion {
        if e.len() != crate::vision::EMOTION_LABELS.len() || !e.iter().all(probability) {
            return Err(Error::invalid("emotion", "seven probabilities in [0, 1]"));
        }
    }
    c.execute(
        "INSERT INTO sentiment_results (source, source_id, model, probs_json, valence, label, stars, created_at, local_date, emotion_json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (source, source_id, model) DO UPDATE SET
           probs_json = excluded.probs_json, valence = excluded.valence, label = excluded.label,
           stars = excluded.stars, created_at = excluded.created_at, emotion_json = excluded.emotion_json",
        params![s.source, s.source_id, s.model, serde_json::to_string(&s.probs).expect("serializes"),
                s.valence, s.label, s.stars, at.utc_ms, at.date_str(),
                s.emotion.as_ref().map(|e| serde_json::to_string(e).expect("serializes"))],
    )?;
    Ok(())
}

/// The latest score of a source, under any model.
pub fn for_source(c: &Connection, source: &str, id: i64) -> Result<Option<Score>> {
    Ok(c.query_row(
        "SELECT source, source_id, model, probs_json, valence, label, stars, emotion_json FROM sentiment_results
         WHERE source = ?1 AND source_id = ?2 ORDER BY created_at DESC LIMIT 1",
        params![source, id],
        |r| {
            let probs: String = r.get(3)?;
            let emotion: Option<String> = r.get(7)?;
            Ok(Score {
                source: r.get(0)?,
                source_id: r.get(1)?,
                model: r.get(2)?,
                probs: serde_json::from_str(&probs).unwrap_or_default(),
                valence: r.get(4)?,
                label: r.get(5)?,
                stars: r.get(6)?,
                emotion: emotion.and_then(|e| serde_json::from_str(&e).ok()),
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
/// `model` (or, for journal entries, were edited after it; or, when `emotions`, were scored before
/// the model read emotions), oldest first within each kind.
pub fn pending(c: &Connection, model: &str, emotions: bool, limit: usize) -> Result<Vec<Pending>> {
    let mut st = c.prepare_cached(
        "SELECT 'message', m.id, m.text FROM messages m
           WHERE m.sender = 'user' AND trim(m.text) != ''
             AND NOT EXISTS (SELECT 1 FROM sentiment_results s
                             WHERE s.source = 'message' AND s.source_id = m.id AND s.model = ?1
                               AND (?3 = 0 OR s.emotion_json IS NOT NULL))
         UNION ALL
         SELECT 'journal', j.id, CASE WHEN j.title = '' THEN j.text ELSE j.title || char(10) || j.text END
           FROM journal_entries j
           WHERE trim(j.title || j.text) != ''
             AND NOT EXISTS (SELECT 1 FROM sentiment_results s
                             WHERE s.source = 'journal' AND s.source_id = j.id AND s.model = ?1
                               AND s.created_at >= j.updated_at
                               AND (?3 = 0 OR s.emotion_json IS NOT NULL))
         UNION ALL
         SELECT 'gratitude', g.id, g.text FROM gratitude_items g
           WHERE trim(g.text) != ''
             AND NOT EXISTS (SELECT 1 FROM sentiment_results s
                             WHERE s.source = 'gratitude' AND s.source_id = g.id AND s.model = ?1
                               AND (?3 = 0 OR s.emotion_json IS NOT NULL))
         LIMIT ?2",
    )?;
    let rows = st.query_map(params![model, limit as i64, emotions], |r| {
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
