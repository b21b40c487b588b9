//! What the companion is told: the system instruction (who it is, how the person seems right now)
//! and the conversation's last turns within a token budget, every turn PII-redacted.

use super::config::ChatConfig;
use super::gemini::protocol::{Content, GenerationConfig, Request, SafetySetting};
use super::redact::Redactions;
use crate::error::Result;
use crate::vision::EMOTION_LABELS;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

/// The companion's standing instruction (the emotional context is appended per message).
pub const SYSTEM: &str = "You are Mentora, a supportive companion inside a private wellness app on the person's own computer. \
You are an AI, not a therapist or a doctor: say so plainly when it matters, never diagnose, and encourage professional help \
when problems are serious or lasting. If the person mentions suicide, self-harm or harming others, stop and encourage them \
to contact local emergency services or a crisis line now. Be warm, calm and brief (2 to 5 sentences), reflect what you hear, \
ask at most one open question, and offer one small, concrete step only when it seems welcome. Placeholders such as \
[NAME_1] or [EMAIL_1] stand for private details; use them as they are.";

/// The context line when the person has not opted in to sharing health data.
pub const NOT_SHARED: &str =
    "Emotional context: not shared (the person keeps moods and readings on their device). Keep a calm, friendly tone.";

/// How the person seems right now, from the on-device models.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Emotional {
    /// Strongest face emotion and its share, from the chat's emotion session (camera on).
    pub face: Option<(String, f32)>,
    /// This message's sentiment valence, -1 … 1.
    pub message_valence: Option<f32>,
    /// Mean journal mood (1–5) over the last 7 days, and how many entries.
    pub mood_7d: Option<(f32, i64)>,
    /// The emotion most of the chat's last [`TEXT_WINDOW`] messages read as (the person's own
    /// correction where they made one), how many of them did, and how many were read.
    pub text_emotion: Option<(String, usize, usize)>,
    /// The tone the chat's voice session read most (anger, fear or neutral) and the mean tension,
    /// 0–1 (microphone on, or stopped within 10 minutes).
    pub voice: Option<(String, f32)>,
}

/// How many of the chat's latest messages the text emotion is taken over.
pub const TEXT_WINDOW: usize = 5;

impl Emotional {
    /// The context paragraph for the system instruction, with a tone to match.
    pub fn describe(&self) -> String {
        let mut facts = Vec::new();
        if let Some((e, p)) = &self.face {
            facts.push(format!(
                "their face has looked mostly {e} ({:.0} %) recently",
                p * 100.0
            ));
        }
        if let Some(v) = self.message_valence {
            let w = if v <= -0.2 {
                "negative"
            } else if v >= 0.2 {
                "positive"
            } else {
                "neutral"
            };
            facts.push(format!("this message reads {w} (valence {v:+.2})"));
        }
        if let Some((e, k, n)) = &self.text_emotion {
            facts.push(format!(
                "what they wrote here reads mostly {e} ({k} of their last {n} messages)"
            ));
        }
        if let Some((tone, tense)) = &self.voice {
            facts.push(format!(
                "their voice has sounded mostly {tone}, {:.0} % tense, recently",
                tense * 100.0
            ));
        }
        if let Some((m, n)) = self.mood_7d {
            facts.push(format!(
                "their journal mood over the last 7 days averaged {m:.1}/5 ({n} entries)"
            ));
        }
        if facts.is_empty() {
            return "Emotional context: none available (camera and microphone off, no recent entries).".into();
        }
        let low = self.message_valence.is_some_and(|v| v <= -0.2)
            || self
                .face
                .as_ref()
                .is_some_and(|(e, _)| matches!(e.as_str(), "sad" | "fear" | "angry" | "disgust"))
            || self.mood_7d.is_some_and(|(m, _)| m < 2.5)
            || self
                .voice
                .as_ref()
                .is_some_and(|(t, _)| matches!(t.as_str(), "anger" | "fear"))
            || self.text_emotion.as_ref().is_some_and(|(e, _, _)| {
                matches!(e.as_str(), "sad" | "fear" | "angry" | "disgust")
            });
        let high = self.message_valence.is_some_and(|v| v >= 0.2) && !low;
        let tone = if low {
            "Be especially gentle and patient: validate the feeling before anything else, and do not rush to fix."
        } else if high {
            "Share their good mood lightly and help them notice what went well."
        } else {
            "Keep a calm, friendly tone."
        };
        format!(
            "Emotional context (estimates from on-device models, possibly wrong; never mention the models): {}. {tone}",
            facts.join("; ")
        )
    }
}

/// Face, sentiment and mood around a message of a chat.
pub fn emotional(c: &Connection, chat_id: i64, message_id: i64, now_ms: i64) -> Result<Emotional> {
    let mut out = Emotional::default();
    // The chat's latest emotion session: running (last 60 s of samples) or stopped within 10 minutes.
    let session: Option<(i64, Option<i64>, Option<String>)> = c
        .query_row(
            "SELECT id, stopped_at, avg_json FROM emotion_sessions WHERE chat_id = ?1 ORDER BY started_at DESC LIMIT 1",
            [chat_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let probs: Option<Vec<f32>> = match session {
        Some((_, Some(stopped), Some(avg))) if now_ms - stopped <= 10 * 60_000 => {
            serde_json::from_str(&avg).ok()
        }
        Some((id, None, _)) => {
            let mut st = c.prepare("SELECT probs_json FROM emotion_timeline WHERE session_id = ?1 AND face = 1 AND t_ms >= (SELECT max(t_ms) FROM emotion_timeline WHERE session_id = ?1) - 60000")?;
            let rows: Vec<Vec<f32>> = st
                .query_map([id], |r| r.get::<_, Option<String>>(0))?
                .filter_map(|r| r.ok().flatten())
                .filter_map(|s| serde_json::from_str(&s).ok())
                .collect();
            (!rows.is_empty()).then(|| {
                (0..7)
                    .map(|k| rows.iter().map(|p| p[k]).sum::<f32>() / rows.len() as f32)
                    .collect()
            })
        }
        _ => None,
    };
    if let Some(p) = probs.filter(|p| p.len() == 7) {
        let (k, v) = p
            .iter()
            .enumerate()
            .fold((0, f32::MIN), |a, (i, &v)| if v > a.1 { (i, v) } else { a });
        out.face = Some((EMOTION_LABELS[k].to_string(), v));
    }
    out.message_valence = c
        .query_row(
            "SELECT valence FROM sentiment_results WHERE source = 'message' AND source_id = ?1 ORDER BY created_at DESC LIMIT 1",
            [message_id],
            |r| r.get(0),
        )
        .optional()?;
    out.text_emotion = text_emotion(c, chat_id, message_id)?;
    out.voice = voice(c, chat_id, now_ms)?;
    out.mood_7d = c
        .query_row(
            "SELECT avg(mood), count(*) FROM journal_entries WHERE created_at >= ?1",
            params![now_ms - 7 * 86_400_000],
            |r| Ok((r.get::<_, Option<f64>>(0)?, r.get::<_, i64>(1)?)),
        )
        .map(|(m, n)| m.map(|m| (m as f32, n)))?;
    Ok(out)
}

/// The chat's latest voice session: its mean tone probabilities and tension when stopped within 10
/// minutes, or the last 60 s of readings while it runs; the tone with the largest mean.
fn voice(c: &Connection, chat_id: i64, now_ms: i64) -> Result<Option<(String, f32)>> {
    /// Id, stopped at, mean probabilities, mean tension.
    type Row = (i64, Option<i64>, Option<String>, Option<f32>);
    let session: Option<Row> = c
        .query_row(
            "SELECT id, stopped_at, avg_json, arousal FROM voice_sessions WHERE chat_id = ?1 ORDER BY started_at DESC LIMIT 1",
            [chat_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let (probs, tense): (Vec<f32>, f32) = match session {
        Some((_, Some(stopped), Some(avg), Some(a))) if now_ms - stopped <= 10 * 60_000 => {
            (serde_json::from_str(&avg).unwrap_or_default(), a)
        }
        Some((id, None, _, _)) => {
            // Listening now: the readings of the last minute (by the clock, so a session left open
            // by a crash days ago says nothing), leaving out those it was unsure of.
            let mut st = c.prepare(
                "SELECT t.probs_json, t.arousal FROM voice_timeline t JOIN voice_sessions s ON s.id = t.session_id
                  WHERE t.session_id = ?1 AND t.tone != 'uncertain' AND s.started_at + t.t_ms >= ?2 - 60000",
            )?;
            let rows: Vec<(Vec<f32>, f32)> = st
                .query_map(params![id, now_ms], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, f32>(1)?))
                })?
                .filter_map(|r| r.ok())
                .filter_map(|(p, a)| Some((serde_json::from_str::<Vec<f32>>(&p).ok()?, a)))
                .filter(|(p, _)| p.len() == 3)
                .collect();
            if rows.is_empty() {
                return Ok(None);
            }
            let n = rows.len() as f32;
            (
                (0..3)
                    .map(|k| rows.iter().map(|(p, _)| p[k]).sum::<f32>() / n)
                    .collect(),
                rows.iter().map(|(_, a)| a).sum::<f32>() / n,
            )
        }
        _ => return Ok(None),
    };
    if probs.len() != 3 {
        return Ok(None);
    }
    let k = (0..3)
        .max_by(|&a, &b| probs[a].total_cmp(&probs[b]))
        .expect("3 values");
    Ok(Some((["anger", "fear", "neutral"][k].to_string(), tense)))
}

/// The emotion most of the chat's last [`TEXT_WINDOW`] user messages (up to `message_id`) read as,
/// with what the person said they felt instead where they corrected a reading; ties go to the latest.
fn text_emotion(
    c: &Connection,
    chat_id: i64,
    message_id: i64,
) -> Result<Option<(String, usize, usize)>> {
    let mut st = c.prepare(
        "SELECT s.emotion_json, a.felt FROM messages m
           JOIN sentiment_results s ON s.source = 'message' AND s.source_id = m.id
           LEFT JOIN affect_corrections a ON a.source = 'message' AND a.source_id = m.id
          WHERE m.chat_id = ?1 AND m.sender = 'user' AND m.id <= ?2
            AND (s.emotion_json IS NOT NULL OR a.felt IS NOT NULL)
          ORDER BY m.id DESC LIMIT ?3",
    )?;
    let labels: Vec<String> = st
        .query_map(params![chat_id, message_id, TEXT_WINDOW as i64], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, Option<String>>(1)?,
            ))
        })?
        .filter_map(|r| r.ok())
        .filter_map(|(probs, felt)| {
            felt.or_else(|| {
                let p: Vec<f32> = serde_json::from_str(&probs?).ok()?;
                crate::vision::top_emotion(&p).map(|(l, _)| l.to_string())
            })
        })
        .collect();
    let mut best: Option<(&String, usize)> = None;
    for l in &labels {
        let n = labels.iter().filter(|x| *x == l).count();
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((l, n));
        }
    }
    Ok(best.map(|(l, n)| (l.clone(), n, labels.len())))
}

/// The request for answering user message `upto` of `chat_id`: earlier turns (crisis turns left out,
/// oldest dropped first beyond the budget), merged so roles alternate, all redacted.
pub fn build(
    c: &Connection,
    cfg: &ChatConfig,
    chat_id: i64,
    upto: i64,
    emotional: &Emotional,
) -> Result<(Request, Redactions)> {
    let rows = turns(c, chat_id, upto)?;
    Ok(assemble(cfg, rows, emotional))
}

/// What would be sent if `text` were sent now in `chat_id`: the same request as [`build`] with
/// `text` as the newest turn (the window's "what is sent" preview).
pub fn preview(
    c: &Connection,
    cfg: &ChatConfig,
    chat_id: i64,
    text: &str,
    emotional: &Emotional,
) -> Result<(Request, Redactions)> {
    let mut rows = turns(c, chat_id, i64::MAX)?;
    rows.insert(0, ("user".to_string(), text.to_string()));
    Ok(assemble(cfg, rows, emotional))
}

/// A chat's sendable turns up to message `upto`, newest first.
fn turns(c: &Connection, chat_id: i64, upto: i64) -> Result<Vec<(String, String)>> {
    let mut st = c.prepare(
        "SELECT sender, text FROM messages WHERE chat_id = ?1 AND id <= ?2 AND crisis = 0 AND text != ''
         ORDER BY id DESC",
    )?;
    let rows: Vec<(String, String)> = st
        .query_map(params![chat_id, upto], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The request from turns (newest first).
fn assemble(
    cfg: &ChatConfig,
    rows: Vec<(String, String)>,
    emotional: &Emotional,
) -> (Request, Redactions) {
    let budget_chars = cfg.token_budget * 4;
    let mut used = 0;
    let mut kept = Vec::new();
    for (i, (sender, text)) in rows.into_iter().enumerate() {
        used += text.chars().count();
        if i > 0 && used > budget_chars {
            break;
        }
        kept.push((sender, text));
    }
    kept.reverse();
    let mut red = Redactions::default();
    let mut contents: Vec<Content> = Vec::new();
    for (sender, text) in kept {
        let role = if sender == "user" { "user" } else { "model" };
        let t = red.redact(&text, &cfg.names);
        match contents.last_mut() {
            Some(last) if last.role.as_deref() == Some(role) => {
                if let Some(p) = last.parts.first_mut().and_then(|p| p.text.as_mut()) {
                    p.push_str("\n\n");
                    p.push_str(&t);
                }
            }
            _ => contents.push(Content::text(Some(role), t)),
        }
    }
    while contents
        .first()
        .is_some_and(|c| c.role.as_deref() != Some("user"))
    {
        contents.remove(0);
    }
    // Moods and on-device readings are health data: sent only with the person's opt-in.
    let context = if cfg.share_health {
        emotional.describe()
    } else {
        NOT_SHARED.to_string()
    };
    let mut system = format!("{SYSTEM}\n\n{context}");
    if cfg.lang != "en" {
        system.push_str("\n\n");
        system.push_str(&crate::tr!(cfg.lang, "chat-model-language"));
    }
    let safety = [
        "HARM_CATEGORY_HARASSMENT",
        "HARM_CATEGORY_HATE_SPEECH",
        "HARM_CATEGORY_SEXUALLY_EXPLICIT",
        "HARM_CATEGORY_DANGEROUS_CONTENT",
    ]
    .iter()
    .map(|c| SafetySetting {
        category: c.to_string(),
        threshold: "BLOCK_MEDIUM_AND_ABOVE".into(),
    })
    .collect();
    (
        Request {
            system_instruction: Content::text(None, system),
            contents,
            generation_config: GenerationConfig {
                temperature: 0.8,
                top_p: 0.95,
                top_k: 40,
                candidate_count: 1,
                max_output_tokens: 800,
            },
            safety_settings: safety,
        },
        red,
    )
}
