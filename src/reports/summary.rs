//! The report's words: a deterministic local summary from the numbers, or Gemini's short warm one
//! written from the aggregates only (raw journal text only when the person opted in).

use super::aggregate::Aggregates;
use crate::chat::gemini::protocol::{Content, GenerationConfig, Request};
use crate::chat::ChatConfig;
use crate::error::Result;
use crate::i18n::decimal;
use crate::tr;
use crate::vault::repo::SummarySource;

/// ", up 0.3 h from the period before" (or down, or about the same); empty without both numbers.
fn delta(lang: &str, now: Option<f64>, before: Option<f64>, unit: &str, digits: usize) -> String {
    match (now, before) {
        (Some(a), Some(b)) if (a - b).abs() >= 0.05 => {
            let amount = format!("{}{unit}", decimal(lang, (a - b).abs(), digits));
            if a > b {
                tr!(lang, "report-delta-up", amount = amount)
            } else {
                tr!(lang, "report-delta-down", amount = amount)
            }
        }
        (Some(_), Some(_)) => tr!(lang, "report-delta-same"),
        _ => String::new(),
    }
}

/// A check-in band ("moderately severe") in `lang`.
pub fn band(lang: &str, band: &str) -> String {
    match band {
        "minimal" => tr!(lang, "band-minimal"),
        "mild" => tr!(lang, "band-mild"),
        "moderate" => tr!(lang, "band-moderate"),
        "moderately severe" => tr!(lang, "band-moderately-severe"),
        "severe" => tr!(lang, "band-severe"),
        other => other.to_string(),
    }
}

/// "PHQ-9" / "GAD-7" for a stored form id.
pub fn form(kind: &str) -> String {
    kind.to_uppercase()
        .replace("PHQ9", "PHQ-9")
        .replace("GAD7", "GAD-7")
}

/// The local summary in `lang`: the same numbers always give the same words.
pub fn local(a: &Aggregates, lang: &str) -> String {
    if a.empty {
        return tr!(
            lang,
            "report-empty",
            from = crate::i18n::date(lang, &a.from),
            to = crate::i18n::date(lang, &a.to)
        );
    }
    let t = &a.totals;
    let p = &a.previous.totals;
    let mut s = Vec::new();
    s.push(match t.mean_mood {
        Some(m) => tr!(
            lang,
            "report-active-mood",
            from = crate::i18n::date(lang, &a.from),
            to = crate::i18n::date(lang, &a.to),
            active = t.active_days,
            days = a.days.len(),
            mood = decimal(lang, m, 1),
            delta = delta(lang, Some(m), p.mean_mood, "", 1)
        ),
        None => tr!(
            lang,
            "report-active",
            from = crate::i18n::date(lang, &a.from),
            to = crate::i18n::date(lang, &a.to),
            active = t.active_days,
            days = a.days.len()
        ),
    });
    let mut counts = Vec::new();
    if t.journal_entries > 0 {
        counts.push(tr!(lang, "report-count-journal", n = t.journal_entries));
    }
    if t.messages > 0 {
        counts.push(tr!(lang, "report-count-messages", n = t.messages));
    }
    if t.gratitude_days > 0 {
        counts.push(tr!(lang, "report-count-gratitude", n = t.gratitude_days));
    }
    if t.breathing_minutes >= 1.0 {
        counts.push(tr!(
            lang,
            "report-count-breathing",
            minutes = format!("{:.0}", t.breathing_minutes)
        ));
    }
    if !counts.is_empty() {
        s.push(tr!(lang, "report-counts", list = counts.join(", ")));
    }
    if let Some(h) = t.mean_sleep_hours {
        s.push(tr!(
            lang,
            "report-sleep",
            hours = decimal(lang, h, 1),
            nights = t.sleep_nights,
            delta = delta(lang, Some(h), p.mean_sleep_hours, " h", 1)
        ));
    }
    if let Some(c) = a.correlations.iter().find(|c| c.means.is_some()) {
        s.push(c.text.clone());
    }
    if let Some(c) = a.checkins.last() {
        s.push(tr!(
            lang,
            "report-checkin",
            form = form(&c.kind),
            date = crate::i18n::date(lang, &c.date),
            total = c.total,
            band = band(lang, &c.severity)
        ));
    }
    if a.streak.0 >= 2 {
        s.push(tr!(lang, "report-streak", n = a.streak.0));
    }
    s.join(" ")
}

/// What Gemini is given: the aggregates (per-day numbers and totals), never raw text unless `journal`
/// holds the entries the person chose to share.
pub fn request(a: &Aggregates, journal: Option<&[String]>, lang: &str) -> Request {
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
    let mut system = String::from(
        "You write the summary of a person's wellness report in a private journaling app. Write 3 to 4 short, warm \
             sentences addressed to them: how the period went, one thing that seemed to help, one gentle suggestion. Use \
             only the numbers given; no diagnosis, no medical advice; mention professional support only if check-in \
             bands are moderately severe or severe.",
    );
    if lang != "en" {
        system.push(' ');
        system.push_str(&tr!(lang, "report-model-language"));
    }
    Request {
        system_instruction: Content::text(None, &system),
        contents: vec![Content::text(Some("user"), text)],
        generation_config: GenerationConfig {
            temperature: 0.5,
            top_p: 0.95,
            top_k: 40,
            candidate_count: 1,
            max_output_tokens: 300,
        },
        safety_settings: Vec::new(),
    }
}

/// The companion's summary (Gemini, the model on this device or the local server), or None when it
/// cannot write one (private mode with a cloud companion, offline, no key, any error).
pub fn by_model(
    cfg: &ChatConfig,
    a: &Aggregates,
    journal: Option<&[String]>,
    lang: &str,
) -> Option<(String, SummarySource)> {
    if a.empty {
        return None;
    }
    crate::chat::oneshot::write(cfg, &request(a, journal, lang))
}

/// The summary and who wrote it.
pub fn summarize(
    cfg: Option<&ChatConfig>,
    a: &Aggregates,
    journal: Option<&[String]>,
    lang: &str,
) -> Result<(String, SummarySource)> {
    if let Some(s) = cfg.and_then(|c| by_model(c, a, journal, lang)) {
        return Ok(s);
    }
    Ok((local(a, lang), SummarySource::Local))
}
