//! Exports for other tools: one CSV per kind with numbers (not only labels), and the journal as Markdown.

use crate::error::Result;
use crate::vault::repo::journal;
use rusqlite::Connection;

/// The kinds exported as CSV, with their query (numbers kept as numbers).
pub const KINDS: &[(&str, &str)] = &[
    ("journal", "SELECT id, local_date, created_at, mood, tags_json AS tags, title, text FROM journal_entries ORDER BY created_at, id"),
    ("gratitude", "SELECT id, local_date, position, text FROM gratitude_items ORDER BY local_date, position"),
    ("sleep", "SELECT id, local_date, bedtime, wake_time, hours, quality, notes FROM sleep_logs ORDER BY local_date, id"),
    ("breathing", "SELECT id, local_date, started_at, pattern, planned_s, actual_s, completed FROM breathing_sessions ORDER BY started_at, id"),
    ("checkins", "SELECT id, local_date, kind, total, severity, answers_json AS answers, difficulty FROM assessments ORDER BY created_at, id"),
    ("emotion_sessions", "SELECT id, local_date, chat_id, started_at, stopped_at, samples, no_face, avg_json AS averages FROM emotion_sessions ORDER BY started_at, id"),
    ("voice_sessions", "SELECT id, local_date, chat_id, started_at, stopped_at, segments, uncertain, speech_ms, avg_json AS averages, arousal FROM voice_sessions ORDER BY started_at, id"),
    ("sentiment", "SELECT source, source_id, model, local_date, valence, label, stars FROM sentiment_results ORDER BY created_at, id"),
];

/// One kind as CSV (header row first); `None` for an unknown kind.
pub fn csv_for(c: &Connection, kind: &str) -> Result<Option<String>> {
    let Some((_, sql)) = KINDS.iter().find(|(k, _)| *k == kind) else {
        return Ok(None);
    };
    let mut st = c.prepare(sql)?;
    let names: Vec<String> = st.column_names().map(String::from).collect();
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&names)
        .map_err(|e| crate::Error::new(crate::Code::Internal, e.to_string()))?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let rec: Vec<String> = (0..names.len())
            .map(|i| match r.get_ref(i) {
                Ok(rusqlite::types::ValueRef::Null) | Err(_) => String::new(),
                Ok(rusqlite::types::ValueRef::Integer(v)) => v.to_string(),
                Ok(rusqlite::types::ValueRef::Real(v)) => v.to_string(),
                Ok(rusqlite::types::ValueRef::Text(t)) => String::from_utf8_lossy(t).into_owned(),
                Ok(rusqlite::types::ValueRef::Blob(_)) => String::new(),
            })
            .collect();
        w.write_record(&rec)
            .map_err(|e| crate::Error::new(crate::Code::Internal, e.to_string()))?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| crate::Error::new(crate::Code::Internal, e.to_string()))?;
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

const MOOD_WORDS: [&str; 5] = ["awful", "bad", "okay", "good", "great"];

/// The journal as Markdown, oldest first: a heading per day, each entry with its mood and tags.
pub fn journal_markdown(c: &Connection) -> Result<String> {
    let mut entries = journal::list(c, "0000-01-01", "9999-12-31")?;
    entries.reverse();
    let mut md = String::from("# Journal\n");
    let mut day = String::new();
    for e in entries {
        if e.local_date != day {
            day = e.local_date.clone();
            md.push_str(&format!("\n## {day}\n"));
        }
        let title = if e.title.is_empty() {
            String::new()
        } else {
            format!(" — {}", e.title)
        };
        md.push_str(&format!(
            "\n### Mood {}/5 ({}){title}\n",
            e.mood,
            MOOD_WORDS[(e.mood.clamp(1, 5) - 1) as usize]
        ));
        if !e.tags.is_empty() {
            md.push_str(&format!("\n*{}*\n", e.tags.join(", ")));
        }
        if !e.text.is_empty() {
            md.push_str(&format!("\n{}\n", e.text));
        }
    }
    Ok(md)
}
