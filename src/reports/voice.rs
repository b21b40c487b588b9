//! The voice in a report: each voice session (segments, the tone it read most, mean probabilities,
//! mean tension, how many readings were uncertain) and the day-by-day trend of tension.

use super::range::Range;
use crate::error::Result;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

/// One voice session of the range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SessionVoice {
    /// Session id.
    pub id: i64,
    /// Local date.
    pub date: String,
    /// The chat it ran beside.
    pub chat_id: Option<i64>,
    /// Speech segments read.
    pub segments: i64,
    /// Of those, uncertain.
    pub uncertain: i64,
    /// Mean probabilities of anger, fear, neutral.
    pub averages: Vec<f64>,
    /// Mean probability of a tense voice.
    pub arousal: f64,
    /// The tone with the largest mean.
    pub dominant: String,
}

/// Tension on one day, over its voice segments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct VoiceDay {
    /// Local date.
    pub date: String,
    /// Segments that day.
    pub segments: i64,
    /// Segment-weighted mean probability of a tense voice.
    pub arousal: f64,
}

/// The voice part of a report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct VoiceReport {
    /// Sessions with readings, oldest first.
    pub sessions: Vec<SessionVoice>,
    /// Days with readings, oldest first.
    pub days: Vec<VoiceDay>,
}

/// The voice sessions and days of `r`.
pub fn voice(c: &Connection, r: &Range) -> Result<VoiceReport> {
    let mut st = c.prepare_cached(
        "SELECT id, local_date, chat_id, segments, uncertain, avg_json, arousal FROM voice_sessions
         WHERE local_date BETWEEN ?1 AND ?2 AND avg_json IS NOT NULL AND segments > 0
           AND arousal IS NOT NULL ORDER BY started_at, id",
    )?;
    let rows = st.query_map(params![r.from.to_string(), r.to.to_string()], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, Option<i64>>(2)?,
            row.get::<_, i64>(3)?,
            row.get::<_, i64>(4)?,
            row.get::<_, String>(5)?,
            row.get::<_, f64>(6)?,
        ))
    })?;
    let mut out = VoiceReport::default();
    for row in rows {
        let (id, date, chat_id, segments, uncertain, avg, arousal) = row?;
        let Ok(averages) = serde_json::from_str::<Vec<f64>>(&avg) else {
            continue;
        };
        if averages.len() != 3 {
            continue;
        }
        let k = (0..3)
            .max_by(|&a, &b| averages[a].total_cmp(&averages[b]))
            .expect("3 values");
        match out.days.last_mut() {
            Some(d) if d.date == date => {
                let n = (d.segments + segments) as f64;
                d.arousal = (d.arousal * d.segments as f64 + arousal * segments as f64) / n;
                d.segments += segments;
            }
            _ => out.days.push(VoiceDay {
                date: date.clone(),
                segments,
                arousal,
            }),
        }
        out.sessions.push(SessionVoice {
            id,
            date,
            chat_id,
            segments,
            uncertain,
            averages,
            arousal,
            dominant: ["anger", "fear", "neutral"][k].to_string(),
        });
    }
    out.days.sort_by(|a, b| a.date.cmp(&b.date));
    Ok(out)
}
