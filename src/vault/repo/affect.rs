//! The affect timeline's rows (what the person wrote and what the text model read, the face
//! readings, the person's own mood) and the corrections the person made ("that's not how I felt").

use crate::error::Result;
use crate::vault::stamp::Stamp;
use crate::vault::validate;
use crate::vision::EMOTION_LABELS;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

/// What a correction can be about.
pub const SOURCES: &[&str] = &["message", "journal", "gratitude", "face"];
/// The most face points one timeline returns (a long session is averaged into this many).
pub const MAX_FACE_POINTS: usize = 120;
/// The most characters of a text shown beside its reading.
pub const EXCERPT_CHARS: usize = 80;

/// One point on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AffectPoint {
    /// When (UTC ms).
    pub at: i64,
    /// `text` (what the person wrote, read by the text model), `face` (the camera, averaged
    /// over a stretch of a session), `voice` (the tone of a stretch of speech) or `mood` (the
    /// person's own 1–5 rating).
    pub kind: String,
    /// For `text`: `message`, `journal` or `gratitude`; for `face`: `face`; for `mood`: `journal`.
    pub source: String,
    /// The row (for `face`, the emotion session).
    pub source_id: i64,
    /// For `text`: the start of what the person wrote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub excerpt: Option<String>,
    /// For `text`: -1 … 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub valence: Option<f32>,
    /// For `text` and `face`: the emotion read (one of the seven labels); for `voice`: the tone
    /// (`anger`, `fear`, `neutral` or `uncertain`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub emotion: Option<String>,
    /// Its probability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub confidence: Option<f32>,
    /// For `voice`: the probability of a tense voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub arousal: Option<f32>,
    /// For `mood`: 1 … 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub mood: Option<u8>,
    /// What the person said they felt instead, if they corrected this reading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub felt: Option<String>,
}

impl AffectPoint {
    /// A point with nothing read yet.
    fn new(at: i64, kind: &str, source: &str, source_id: i64) -> Self {
        AffectPoint {
            at,
            kind: kind.into(),
            source: source.into(),
            source_id,
            excerpt: None,
            valence: None,
            emotion: None,
            confidence: None,
            arousal: None,
            mood: None,
            felt: None,
        }
    }
}

/// Which rows: one chat, or one day.
#[derive(Debug, Clone)]
pub enum Scope {
    /// The chat with this id.
    Chat(i64),
    /// The local date `YYYY-MM-DD`.
    Day(String),
}

fn top(probs: &[f32]) -> Option<(String, f32)> {
    crate::vision::top_emotion(probs).map(|(l, p)| (l.to_string(), p))
}

fn excerpt(text: &str) -> String {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match t.char_indices().nth(EXCERPT_CHARS) {
        Some((i, _)) => format!("{}…", &t[..i]),
        None => t,
    }
}

fn corrections(c: &Connection) -> Result<std::collections::HashMap<(String, i64), String>> {
    let mut st = c.prepare_cached("SELECT source, source_id, felt FROM affect_corrections")?;
    let rows = st.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The texts of the scope with their latest reading (those not read yet are left out).
fn texts(c: &Connection, scope: &Scope) -> Result<Vec<AffectPoint>> {
    let (filter, arg): (&str, rusqlite::types::Value) = match scope {
        Scope::Chat(id) => ("m.chat_id = ?1", (*id).into()),
        Scope::Day(d) => ("m.local_date = ?1", d.clone().into()),
    };
    let mut sql = format!(
        "SELECT 'message', m.id, m.created_at, m.text, s.valence, s.emotion_json
           FROM messages m JOIN sentiment_results s ON s.source = 'message' AND s.source_id = m.id
          WHERE m.sender = 'user' AND {filter}"
    );
    if let Scope::Day(_) = scope {
        sql += " UNION ALL
         SELECT 'journal', j.id, j.created_at, CASE WHEN j.title = '' THEN j.text ELSE j.title || ': ' || j.text END,
                s.valence, s.emotion_json
           FROM journal_entries j JOIN sentiment_results s ON s.source = 'journal' AND s.source_id = j.id
          WHERE j.local_date = ?1
         UNION ALL
         SELECT 'gratitude', g.id, g.created_at, g.text, s.valence, s.emotion_json
           FROM gratitude_items g JOIN sentiment_results s ON s.source = 'gratitude' AND s.source_id = g.id
          WHERE g.local_date = ?1";
    }
    let mut st = c.prepare(&sql)?;
    let rows = st.query_map([arg], |r| {
        let emotion: Option<String> = r.get(5)?;
        let probs: Option<Vec<f32>> = emotion.and_then(|e| serde_json::from_str(&e).ok());
        let (emotion, confidence) = probs.as_deref().and_then(top).unzip();
        let source: String = r.get(0)?;
        Ok(AffectPoint {
            excerpt: Some(excerpt(&r.get::<_, String>(3)?)),
            valence: Some(r.get(4)?),
            emotion,
            confidence,
            ..AffectPoint::new(r.get(2)?, "text", &source, r.get(1)?)
        })
    })?;
    let mut out: Vec<AffectPoint> = rows.collect::<rusqlite::Result<_>>()?;
    // A text scored by two models appears once (the first row SQLite gives per source).
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert((p.source.clone(), p.source_id)));
    Ok(out)
}

/// The face readings of the scope's emotion sessions, averaged into at most [`MAX_FACE_POINTS`].
fn faces(c: &Connection, scope: &Scope) -> Result<Vec<AffectPoint>> {
    let (filter, arg): (&str, rusqlite::types::Value) = match scope {
        Scope::Chat(id) => ("e.chat_id = ?1", (*id).into()),
        Scope::Day(d) => ("e.local_date = ?1", d.clone().into()),
    };
    let mut st = c.prepare(&format!(
        "SELECT e.id, e.started_at + t.t_ms, t.probs_json FROM emotion_sessions e
           JOIN emotion_timeline t ON t.session_id = e.id
          WHERE {filter} AND t.face = 1 AND t.probs_json IS NOT NULL
          ORDER BY e.started_at, t.t_ms"
    ))?;
    let samples: Vec<(i64, i64, Vec<f32>)> = st
        .query_map([arg], |r| {
            let p: String = r.get(2)?;
            Ok((
                r.get(0)?,
                r.get(1)?,
                serde_json::from_str(&p).unwrap_or_default(),
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|s: &(i64, i64, Vec<f32>)| s.2.len() == EMOTION_LABELS.len())
        .collect();
    let per = samples.len().div_ceil(MAX_FACE_POINTS).max(1);
    let mut out = Vec::new();
    for chunk in samples.chunks(per) {
        let mut avg = vec![0f32; EMOTION_LABELS.len()];
        for (_, _, p) in chunk {
            for (a, x) in avg.iter_mut().zip(p) {
                *a += x / chunk.len() as f32;
            }
        }
        let (emotion, confidence) = top(&avg).unzip();
        out.push(AffectPoint {
            emotion,
            confidence,
            ..AffectPoint::new(chunk[chunk.len() / 2].1, "face", "face", chunk[0].0)
        });
    }
    Ok(out)
}

/// The voice readings of the scope's voice sessions (at most [`MAX_FACE_POINTS`], evenly thinned).
fn voices(c: &Connection, scope: &Scope) -> Result<Vec<AffectPoint>> {
    let (filter, arg): (&str, rusqlite::types::Value) = match scope {
        Scope::Chat(id) => ("v.chat_id = ?1", (*id).into()),
        Scope::Day(d) => ("v.local_date = ?1", d.clone().into()),
    };
    let mut st = c.prepare(&format!(
        "SELECT v.id, v.started_at + t.t_ms, t.tone, t.probs_json, t.arousal FROM voice_sessions v
           JOIN voice_timeline t ON t.session_id = v.id
          WHERE {filter} ORDER BY v.started_at, t.t_ms"
    ))?;
    let all: Vec<AffectPoint> = st
        .query_map([arg], |r| {
            let p: String = r.get(3)?;
            let probs: Vec<f32> = serde_json::from_str(&p).unwrap_or_default();
            Ok(AffectPoint {
                emotion: Some(r.get(2)?),
                confidence: probs.iter().copied().reduce(f32::max),
                arousal: Some(r.get(4)?),
                ..AffectPoint::new(r.get(1)?, "voice", "voice", r.get(0)?)
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let step = all.len().div_ceil(MAX_FACE_POINTS).max(1);
    Ok(all.into_iter().step_by(step).collect())
}

/// The person's own moods of the scope (journal entries and quick moods; a chat has none of its own,
/// so a chat's timeline shows the moods of the days it spans).
fn moods(c: &Connection, scope: &Scope) -> Result<Vec<AffectPoint>> {
    let (sql, arg): (&str, rusqlite::types::Value) = match scope {
        Scope::Chat(id) => (
            "SELECT id, created_at, mood FROM journal_entries
              WHERE local_date IN (SELECT DISTINCT local_date FROM messages WHERE chat_id = ?1)",
            (*id).into(),
        ),
        Scope::Day(d) => (
            "SELECT id, created_at, mood FROM journal_entries WHERE local_date = ?1",
            d.clone().into(),
        ),
    };
    let mut st = c.prepare(sql)?;
    let rows = st.query_map([arg], |r| {
        Ok(AffectPoint {
            mood: Some(r.get(2)?),
            ..AffectPoint::new(r.get(1)?, "mood", "journal", r.get(0)?)
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every point of the scope, oldest first, each reading with the person's correction if any.
pub fn timeline(c: &Connection, scope: &Scope) -> Result<Vec<AffectPoint>> {
    let mut out = texts(c, scope)?;
    out.extend(faces(c, scope)?);
    out.extend(voices(c, scope)?);
    out.extend(moods(c, scope)?);
    let fixes = corrections(c)?;
    for p in &mut out {
        if p.kind != "mood" && p.kind != "voice" {
            p.felt = fixes.get(&(p.source.clone(), p.source_id)).cloned();
        }
    }
    out.sort_by_key(|p| (p.at, p.kind.clone(), p.source_id));
    Ok(out)
}

/// Records (or, with `None`, removes) what the person says they felt about one reading.
pub fn correct(
    c: &Connection,
    source: &str,
    source_id: i64,
    felt: Option<&str>,
    at: &Stamp,
) -> Result<()> {
    validate::one_of("source", source, SOURCES)?;
    let Some(felt) = felt else {
        c.execute(
            "DELETE FROM affect_corrections WHERE source = ?1 AND source_id = ?2",
            params![source, source_id],
        )?;
        return Ok(());
    };
    validate::one_of("felt", felt, &EMOTION_LABELS)?;
    let table = match source {
        "message" => "messages",
        "journal" => "journal_entries",
        "gratitude" => "gratitude_items",
        _ => "emotion_sessions",
    };
    let exists: bool = c.query_row(
        &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"),
        [source_id],
        |r| r.get(0),
    )?;
    if !exists {
        return Err(super::not_found(source, source_id));
    }
    c.execute(
        "INSERT INTO affect_corrections (source, source_id, felt, created_at, local_date)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (source, source_id) DO UPDATE SET felt = excluded.felt,
           created_at = excluded.created_at, local_date = excluded.local_date",
        params![source, source_id, felt, at.utc_ms, at.date_str()],
    )?;
    Ok(())
}
