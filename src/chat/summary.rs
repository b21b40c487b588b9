//! Chat sessions: when a conversation ends (the window closes, or 10 minutes pass without a message) a
//! 2–3 sentence summary — the companion's (Gemini, the model on this device or the local server) when
//! it can write one, a local extractive one otherwise — and the session's
//! sentiment and face-emotion averages are stored.

use super::config::ChatConfig;
use super::gemini::protocol::{Content, GenerationConfig, Request};
use super::redact::Redactions;
use crate::error::Result;
use crate::i18n::signed;
use crate::tr;
use crate::vault::repo::{EndedBy, SummarySource};
use crate::vault::{Stamp, Vault};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

/// A conversation ends after this long without a message.
pub const IDLE_MS: i64 = 10 * 60_000;

/// A stored session.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct SessionSummary {
    /// Id.
    pub id: i64,
    /// Chat.
    pub chat_id: i64,
    /// The person's messages in it.
    pub user_messages: i64,
    /// 2–3 sentences.
    pub summary: String,
    /// Who wrote the summary.
    pub source: SummarySource,
    /// Mean valence of the person's messages, where scored.
    pub sentiment_avg: Option<f64>,
    /// Mean face-emotion probabilities (fer's order) of the chat's emotion sessions in that time.
    pub emotion: Option<Vec<f32>>,
    /// How the session ended.
    pub ended_by: EndedBy,
}

struct Msg {
    id: i64,
    sender: String,
    text: String,
    crisis: bool,
    at: i64,
}

fn unsummarized(c: &Connection, chat_id: i64) -> Result<Vec<Msg>> {
    let after: i64 = c
        .query_row(
            "SELECT max(last_message) FROM chat_sessions WHERE chat_id = ?1",
            [chat_id],
            |r| r.get::<_, Option<i64>>(0),
        )?
        .unwrap_or(0);
    let mut st = c.prepare("SELECT id, sender, text, crisis, created_at FROM messages WHERE chat_id = ?1 AND id > ?2 ORDER BY id")?;
    let rows = st.query_map(params![chat_id, after], |r| {
        Ok(Msg {
            id: r.get(0)?,
            sender: r.get(1)?,
            text: r.get(2)?,
            crisis: r.get::<_, i64>(3)? == 1,
            at: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn first_sentence(t: &str) -> String {
    let t = t.trim();
    let end = t
        .char_indices()
        .find(|(_, c)| matches!(c, '.' | '!' | '?' | '\n'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(t.len());
    let s: String = t[..end].trim().chars().take(160).collect();
    s.trim_end_matches(['.', '!', '?']).to_string()
}

/// The local, deterministic summary: what the conversation opened with, its most charged moment, and its tone.
pub fn local_summary(
    texts: &[(String, Option<f64>)],
    avg: Option<f64>,
    crisis: bool,
    lang: &str,
) -> String {
    let mut out = Vec::new();
    if let Some((first, _)) = texts.first() {
        out.push(tr!(
            lang,
            "chat-summary-talked",
            topic = first_sentence(first),
            n = texts.len()
        ));
    }
    let strongest = texts
        .iter()
        .skip(1)
        .filter_map(|(t, v)| v.map(|v| (t, v)))
        .max_by(|a, b| a.1.abs().total_cmp(&b.1.abs()));
    if let Some((t, v)) = strongest.filter(|(_, v)| v.abs() >= 0.3) {
        let quote = first_sentence(t);
        out.push(if v < 0.0 {
            tr!(lang, "chat-summary-hardest", quote = quote)
        } else {
            tr!(lang, "chat-summary-brightest", quote = quote)
        });
    }
    if crisis {
        out.push(tr!(lang, "chat-summary-crisis"));
    } else if let Some(a) = avg {
        let mean = signed(lang, a, 2);
        out.push(if a <= -0.2 {
            tr!(lang, "chat-summary-heavy", mean = mean)
        } else if a >= 0.2 {
            tr!(lang, "chat-summary-positive", mean = mean)
        } else {
            tr!(lang, "chat-summary-mixed", mean = mean)
        });
    }
    out.join(" ")
}

/// Held while a session ends: the window can ask twice at once (leaving the chat, then opening
/// another while the model still writes the first summary), and both would see the same messages.
static ENDING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Ends the open session of `chat_id`, if it has any message from the person; stores and returns it.
/// One at a time: a second call for the same messages waits and then finds nothing left to end.
pub fn end_session(
    vault: &Vault,
    cfg: &ChatConfig,
    chat_id: i64,
    ended_by: EndedBy,
) -> Result<Option<SessionSummary>> {
    let _one = ENDING.lock().unwrap_or_else(|p| p.into_inner());
    let (msgs, avg, emotion) = vault.with_conn(|c| {
        let msgs = unsummarized(c, chat_id)?;
        if !msgs.iter().any(|m| m.sender == "user") {
            return Ok((msgs, None, None));
        }
        let (first, last) = (msgs[0].id, msgs[msgs.len() - 1].id);
        let avg: Option<f64> = c.query_row(
            "SELECT avg(s.valence) FROM sentiment_results s JOIN messages m ON m.id = s.source_id
             WHERE s.source = 'message' AND m.chat_id = ?1 AND m.id BETWEEN ?2 AND ?3",
            params![chat_id, first, last],
            |r| r.get(0),
        )?;
        let (t0, t1) = (msgs[0].at, msgs[msgs.len() - 1].at);
        let mut st = c.prepare(
            "SELECT avg_json FROM emotion_sessions WHERE chat_id = ?1 AND avg_json IS NOT NULL AND started_at <= ?3 AND coalesce(stopped_at, ?3) >= ?2",
        )?;
        let avgs: Vec<Vec<f32>> = st
            .query_map(params![chat_id, t0, t1], |r| r.get::<_, String>(0))?
            .filter_map(|r| r.ok())
            .filter_map(|s| serde_json::from_str(&s).ok())
            .filter(|v: &Vec<f32>| v.len() == 7)
            .collect();
        let emotion = (!avgs.is_empty()).then(|| (0..7).map(|k| avgs.iter().map(|a| a[k]).sum::<f32>() / avgs.len() as f32).collect());
        Ok((msgs, avg, emotion))
    })?;
    if !msgs.iter().any(|m| m.sender == "user") {
        return Ok(None);
    }
    let crisis = msgs.iter().any(|m| m.crisis);
    let user_texts: Vec<(String, Option<f64>)> = vault.with_conn(|c| {
        msgs.iter()
            .filter(|m| m.sender == "user" && !m.crisis)
            .map(|m| {
                let v: Option<f64> = c
                    .query_row("SELECT valence FROM sentiment_results WHERE source = 'message' AND source_id = ?1 LIMIT 1", [m.id], |r| r.get(0))
                    .optional()?;
                Ok((m.text.clone(), v))
            })
            .collect()
    })?;
    let (summary, source) = match model_summary(cfg, &msgs) {
        Some(s) => s,
        None => (
            local_summary(&user_texts, avg, crisis, cfg.lang),
            SummarySource::Local,
        ),
    };
    let user_messages = msgs.iter().filter(|m| m.sender == "user").count() as i64;
    let at = Stamp::now();
    let id = vault.with_conn(|c| {
        c.execute(
            "INSERT INTO chat_sessions (chat_id, first_message, last_message, started_at, ended_at, local_date, user_messages,
               summary, summary_source, sentiment_avg, emotion_json, ended_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![chat_id, msgs[0].id, msgs[msgs.len() - 1].id, msgs[0].at, at.utc_ms, at.date_str(), user_messages,
                    summary, source, avg, emotion.as_ref().map(|e| serde_json::to_string(e).expect("serializes")), ended_by],
        )?;
        Ok(c.last_insert_rowid())
    })?;
    Ok(Some(SessionSummary {
        id,
        chat_id,
        user_messages,
        summary,
        source,
        sentiment_avg: avg,
        emotion,
        ended_by,
    }))
}

/// The companion's 2–3 sentence summary of the (redacted, crisis-free) conversation — Gemini's, the
/// on-device model's or the local server's; None when it cannot write one (the local summary is
/// used then).
fn model_summary(cfg: &ChatConfig, msgs: &[Msg]) -> Option<(String, SummarySource)> {
    let mut red = Redactions::default();
    let transcript: Vec<String> = msgs
        .iter()
        .filter(|m| !m.crisis && !m.text.is_empty())
        .map(|m| {
            format!(
                "{}: {}",
                if m.sender == "user" {
                    "Person"
                } else {
                    "Companion"
                },
                red.redact(&m.text, &cfg.names)
            )
        })
        .collect();
    if transcript.is_empty() {
        return None;
    }
    let mut system = String::from("Summarize this conversation between a person and their wellness companion in 2 or 3 short, warm sentences addressed to the person (\"You talked about…\"). No advice, no diagnosis, keep placeholders like [NAME_1] as they are.");
    if cfg.lang != "en" {
        system.push(' ');
        system.push_str(&tr!(cfg.lang, "report-model-language"));
    }
    let req = Request {
        system_instruction: Content::text(None, system),
        contents: vec![Content::text(Some("user"), transcript.join("\n"))],
        generation_config: GenerationConfig {
            temperature: 0.4,
            top_p: 0.95,
            top_k: 40,
            candidate_count: 1,
            max_output_tokens: 200,
        },
        safety_settings: Vec::new(),
    };
    let (text, source) = super::oneshot::write(cfg, &req)?;
    Some((red.restore(&text), source))
}

/// Ends every session idle for [`IDLE_MS`] at `now_ms`.
pub fn end_idle(vault: &Vault, cfg: &ChatConfig, now_ms: i64) -> Result<Vec<SessionSummary>> {
    let chats: Vec<i64> = vault.with_conn(|c| {
        let mut st = c.prepare(
            "SELECT m.chat_id FROM messages m GROUP BY m.chat_id
             HAVING max(m.id) > coalesce((SELECT max(last_message) FROM chat_sessions s WHERE s.chat_id = m.chat_id), 0)
                AND max(m.created_at) <= ?1",
        )?;
        let rows = st.query_map([now_ms - IDLE_MS], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    })?;
    let mut out = Vec::new();
    for chat in chats {
        out.extend(end_session(vault, cfg, chat, EndedBy::Idle)?);
    }
    Ok(out)
}

/// Sessions per profile (this vault), and the latest few.
pub fn list(vault: &Vault, chat_id: Option<i64>) -> Result<Vec<SessionSummary>> {
    vault.with_conn(|c| {
        let mut st = c.prepare(
            "SELECT id, chat_id, user_messages, summary, summary_source, sentiment_avg, emotion_json, ended_by
             FROM chat_sessions WHERE ?1 IS NULL OR chat_id = ?1 ORDER BY id",
        )?;
        let rows = st.query_map([chat_id], |r| {
            let e: Option<String> = r.get(6)?;
            Ok(SessionSummary {
                id: r.get(0)?,
                chat_id: r.get(1)?,
                user_messages: r.get(2)?,
                summary: r.get(3)?,
                source: r.get(4)?,
                sentiment_avg: r.get(5)?,
                emotion: e.and_then(|s| serde_json::from_str(&s).ok()),
                ended_by: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    })
}
