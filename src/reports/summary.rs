//! The report's words: a deterministic local summary from the numbers, or Gemini's short warm one
//! written from the aggregates only (raw journal text only when the person opted in).

use super::aggregate::Aggregates;
use crate::chat::gemini::protocol::{Content, GenerationConfig, Request};
use crate::chat::ChatConfig;
use crate::error::Result;
use crate::vault::repo::SummarySource;

fn delta(now: Option<f64>, before: Option<f64>, unit: &str, digits: usize) -> String {
    match (now, before) {
        (Some(a), Some(b)) if (a - b).abs() >= 0.05 => {
            format!(
                ", {} {:.digits$}{unit} from the period before",
                if a > b { "up" } else { "down" },
                (a - b).abs()
            )
        }
        (Some(_), Some(_)) => ", about the same as the period before".into(),
        _ => String::new(),
    }
}

/// The local summary: the same numbers always give the same words.
pub fn local(a: &Aggregates) -> String {
    if a.empty {
        return format!(
            "Nothing was recorded from {} to {}. Entries, check-ins and chats will show up here.",
            a.from, a.to
        );
    }
    let t = &a.totals;
    let p = &a.previous.totals;
    let mut s = Vec::new();
    let mut first = format!(
        "From {} to {} you were active on {} of {} days",
        a.from,
        a.to,
        t.active_days,
        a.days.len()
    );
    if let Some(m) = t.mean_mood {
        first.push_str(&format!(
            ", and your journal mood averaged {m:.1}/5{}",
            delta(Some(m), p.mean_mood, "", 1)
        ));
    }
    s.push(first + ".");
    let mut counts = Vec::new();
    if t.journal_entries > 0 {
        counts.push(format!(
            "{} journal entr{}",
            t.journal_entries,
            if t.journal_entries == 1 { "y" } else { "ies" }
        ));
    }
    if t.messages > 0 {
        counts.push(format!(
            "{} message{} to the companion",
            t.messages,
            if t.messages == 1 { "" } else { "s" }
        ));
    }
    if t.gratitude_days > 0 {
        counts.push(format!(
            "gratitude on {} day{}",
            t.gratitude_days,
            if t.gratitude_days == 1 { "" } else { "s" }
        ));
    }
    if t.breathing_minutes >= 1.0 {
        counts.push(format!(
            "{:.0} minutes of breathing exercises",
            t.breathing_minutes
        ));
    }
    if !counts.is_empty() {
        s.push(format!("You wrote or did: {}.", counts.join(", ")));
    }
    if let Some(h) = t.mean_sleep_hours {
        s.push(format!(
            "Sleep averaged {h:.1} h over {} night{}{}.",
            t.sleep_nights,
            if t.sleep_nights == 1 { "" } else { "s" },
            delta(Some(h), p.mean_sleep_hours, " h", 1)
        ));
    }
    if let Some(c) = a.correlations.iter().find(|c| c.means.is_some()) {
        s.push(c.text.clone());
    }
    if let Some(c) = a.checkins.last() {
        s.push(format!(
            "Your latest check-in ({}, {}) scored {}: {}.",
            c.kind
                .to_uppercase()
                .replace("PHQ9", "PHQ-9")
                .replace("GAD7", "GAD-7"),
            c.date,
            c.total,
            c.severity
        ));
    }
    if a.streak.0 >= 2 {
        s.push(format!("You are on a {}-day streak.", a.streak.0));
    }
    s.join(" ")
}

/// What Gemini is given: the aggregates (per-day numbers and totals), never raw text unless `journal`
/// holds the entries the person chose to share.
pub fn request(a: &Aggregates, journal: Option<&[String]>) -> Request {
    let days: Vec<serde_json::Value> = a
        .days
        .iter()
        .map(|d| serde_json::json!({"date": d.date, "mood": d.mood, "sentiment": d.sentiment, "sleep_hours": d.sleep_hours,
            "journal_entries": d.journal_entries, "messages": d.messages, "gratitude": d.gratitude, "breathing_minutes": d.breathing_minutes}))
        .collect();
    let data = serde_json::json!({
        "from": a.from, "to": a.to, "totals": a.totals, "previous_period": a.previous.totals,
        "days": if a.days.len() <= 62 { serde_json::Value::from(days) } else { serde_json::Value::Null },
        "checkins": a.checkins, "streak_days": a.streak.0,
        "correlations": a.correlations.iter().filter(|c| c.means.is_some()).map(|c| &c.text).collect::<Vec<_>>(),
        "face_stress_level": a.trajectory.stress_level,
    });
    let mut text = format!("Wellness numbers for this period (JSON):\n{data}");
    if let Some(j) = journal {
        text.push_str("\n\nJournal entries the person chose to share:\n");
        text.push_str(&j.join("\n---\n"));
    }
    Request {
        system_instruction: Content::text(
            None,
            "You write the summary of a person's wellness report in a private journaling app. Write 3 to 4 short, warm \
             sentences addressed to them: how the period went, one thing that seemed to help, one gentle suggestion. Use \
             only the numbers given; no diagnosis, no medical advice; mention professional support only if check-in \
             bands are moderately severe or severe.",
        ),
        contents: vec![Content::text(Some("user"), text)],
        generation_config: GenerationConfig { temperature: 0.5, top_p: 0.95, top_k: 40, candidate_count: 1, max_output_tokens: 300 },
        safety_settings: Vec::new(),
    }
}

/// The companion's summary (Gemini, the model on this device or the local server), or None when it
/// cannot write one (private mode with a cloud companion, offline, no key, any error).
pub fn by_model(
    cfg: &ChatConfig,
    a: &Aggregates,
    journal: Option<&[String]>,
) -> Option<(String, SummarySource)> {
    if a.empty {
        return None;
    }
    crate::chat::oneshot::write(cfg, &request(a, journal))
}

/// The summary and who wrote it.
pub fn summarize(
    cfg: Option<&ChatConfig>,
    a: &Aggregates,
    journal: Option<&[String]>,
) -> Result<(String, SummarySource)> {
    if let Some(s) = cfg.and_then(|c| by_model(c, a, journal)) {
        return Ok(s);
    }
    Ok((local(a), SummarySource::Local))
}
