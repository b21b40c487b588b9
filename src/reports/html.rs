//! The report as one self-contained HTML file: summary, key numbers, charts inline as SVG, comparisons
//! and check-ins; no script, no external resource.

use super::aggregate::Aggregates;
use super::charts::{title, CHARTS};
use super::summary::{band, form};
use super::Report;
use crate::i18n::{decimal, signed};
use crate::tr;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn num(v: Option<f64>, digits: usize, unit: &str, lang: &str) -> String {
    v.map(|v| format!("{}{unit}", decimal(lang, v, digits)))
        .unwrap_or_else(|| "—".into())
}

fn rows(a: &Aggregates, lang: &str) -> String {
    let t = &a.totals;
    let p = &a.previous.totals;
    let line = |name: String, now: String, before: String| {
        format!(
            "<tr><th>{}</th><td>{now}</td><td>{before}</td></tr>",
            esc(&name)
        )
    };
    let minutes = |m: f64| tr!(lang, "html-minutes", n = format!("{m:.0}"));
    [
        line(
            tr!(lang, "html-active-days"),
            tr!(
                lang,
                "html-active-of",
                active = t.active_days,
                days = a.days.len()
            ),
            p.active_days.to_string(),
        ),
        line(
            tr!(lang, "html-mean-mood"),
            num(t.mean_mood, 1, " / 5", lang),
            num(p.mean_mood, 1, " / 5", lang),
        ),
        line(
            tr!(lang, "html-mean-sentiment"),
            num(t.mean_sentiment, 2, "", lang),
            num(p.mean_sentiment, 2, "", lang),
        ),
        line(
            tr!(lang, "html-journal-entries"),
            t.journal_entries.to_string(),
            p.journal_entries.to_string(),
        ),
        line(
            tr!(lang, "html-messages"),
            t.messages.to_string(),
            p.messages.to_string(),
        ),
        line(
            tr!(lang, "html-gratitude-days"),
            t.gratitude_days.to_string(),
            p.gratitude_days.to_string(),
        ),
        line(
            tr!(lang, "html-mean-sleep"),
            num(t.mean_sleep_hours, 1, " h", lang),
            num(p.mean_sleep_hours, 1, " h", lang),
        ),
        line(
            tr!(lang, "html-breathing"),
            minutes(t.breathing_minutes),
            minutes(p.breathing_minutes),
        ),
        line(
            tr!(lang, "html-streak"),
            tr!(
                lang,
                "html-streak-days",
                current = a.streak.0,
                longest = a.streak.1
            ),
            "—".into(),
        ),
    ]
    .concat()
}

/// Table header cells from message ids.
fn head(lang: &str, ids: &[&str]) -> String {
    ids.iter()
        .map(|id| format!("<th>{}</th>", esc(&crate::i18n::translate(lang, id, &[]))))
        .collect()
}

/// The better-days table: mean mood with and without each factor, the difference and its 95 %
/// interval; "not enough days" below the minimum.
fn better_days_table(b: &crate::wellness::better_days::BetterDays, lang: &str) -> String {
    if b.factors.is_empty() {
        return format!("<p>{}</p>", esc(&tr!(lang, "html-no-factors")));
    }
    let f2 = |v: Option<f64>| v.map_or("—".to_string(), |v| decimal(lang, v, 2));
    let rows: String = b
        .factors
        .iter()
        .map(|f| {
            let (diff, ci) = match (f.difference, f.interval) {
                (Some(d), Some((lo, hi))) => (
                    signed(lang, d, 2),
                    tr!(lang, "html-interval", low = signed(lang, lo, 2), high = signed(lang, hi, 2)),
                ),
                _ => ("—".into(), tr!(lang, "html-not-enough-days")),
            };
            format!(
                "<tr><td>{}</td><td>{} / {}</td><td>{}</td><td>{}</td><td>{diff}</td><td>{}</td></tr>",
                esc(&f.name),
                f.days_with,
                f.days_with + f.days_without,
                f2(f.mean_with),
                f2(f.mean_without),
                esc(&ci),
            )
        })
        .collect();
    format!(
        "<p>{}</p>\n<table><tr>{}</tr>{rows}</table>",
        esc(&tr!(lang, "html-factors-intro", min = b.min_days)),
        head(
            lang,
            &[
                "html-factor-with",
                "html-factor-days",
                "html-factor-mood-with",
                "html-factor-without",
                "html-factor-difference",
                "html-factor-interval"
            ]
        )
    )
}

/// A voice tone ("anger", "fear", "neutral") in `lang`.
fn tone(lang: &str, t: &str) -> String {
    match t {
        "anger" => tr!(lang, "tone-anger"),
        "fear" => tr!(lang, "tone-fear"),
        "neutral" => tr!(lang, "tone-neutral"),
        other => other.to_string(),
    }
}

/// The voice section: a row per session, then tension by day.
fn voice_section(v: &super::voice::VoiceReport, lang: &str) -> String {
    if v.sessions.is_empty() {
        return format!("<p>{}</p>", esc(&tr!(lang, "html-no-voice")));
    }
    let pct = |x: f64| format!("{:.0} %", x * 100.0);
    let sessions: String = v
        .sessions
        .iter()
        .map(|s| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{} · {} · {}</td><td>{}</td><td>{}</td></tr>",
                crate::i18n::date(lang, &s.date),
                s.segments,
                esc(&tone(lang, &s.dominant)),
                pct(s.averages[0]),
                pct(s.averages[1]),
                pct(s.averages[2]),
                pct(s.arousal),
                s.uncertain
            )
        })
        .collect();
    let days: String = v
        .days
        .iter()
        .map(|d| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                crate::i18n::date(lang, &d.date),
                d.segments,
                pct(d.arousal)
            )
        })
        .collect();
    format!(
        "<p>{}</p>\n<table><tr>{}</tr>{sessions}</table>\n<p>{}</p>\n<table><tr>{}</tr>{days}</table>",
        esc(&tr!(lang, "html-voice-intro")),
        head(
            lang,
            &[
                "html-voice-date",
                "html-voice-stretches",
                "html-voice-mostly",
                "html-voice-tones",
                "html-voice-tense",
                "html-voice-uncertain"
            ]
        ),
        esc(&tr!(lang, "html-voice-by-day")),
        head(
            lang,
            &["html-voice-date", "html-voice-day-stretches", "html-voice-tense"]
        ),
    )
}

/// The whole document, in the report's language.
pub fn render(r: &Report) -> String {
    let lang = r.lang.as_str();
    let a = &r.aggregates;
    let charts: String = r
        .charts
        .iter()
        .enumerate()
        .map(|(i, (_, svg))| {
            let body = svg.split_once("?>").map(|(_, b)| b).unwrap_or(svg);
            format!(
                "<figure><figcaption>{}</figcaption>{body}</figure>",
                esc(&title(lang, i.min(CHARTS.len() - 1)))
            )
        })
        .collect();
    let corr: String = a
        .correlations
        .iter()
        .map(|c| format!("<li>{}</li>", esc(&c.text)))
        .collect();
    let better = better_days_table(&a.better_days, lang);
    let checkins: String = if a.checkins.is_empty() {
        format!("<p>{}</p>", esc(&tr!(lang, "html-no-checkins")))
    } else {
        let r: String = a
            .checkins
            .iter()
            .map(|c| {
                format!(
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    crate::i18n::date(lang, &c.date),
                    esc(&form(&c.kind)),
                    c.total,
                    esc(&band(lang, &c.severity))
                )
            })
            .collect();
        format!(
            "<table><tr>{}</tr>{r}</table>",
            head(
                lang,
                &[
                    "html-checkin-date",
                    "html-checkin-form",
                    "html-checkin-score",
                    "html-checkin-band"
                ]
            )
        )
    };
    let note = r
        .note
        .as_deref()
        .map(|n| format!("<p class=\"note\">{}</p>", esc(n)))
        .unwrap_or_default();
    let w = |id: &str| esc(&crate::i18n::translate(lang, id, &[]));
    let from = crate::i18n::date(lang, &a.from);
    let to = crate::i18n::date(lang, &a.to);
    format!(
        r#"<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title}</title>
<style>
body {{ font-family: "DejaVu Sans", system-ui, sans-serif; max-width: 960px; margin: 2rem auto; color: #222; line-height: 1.5; padding: 0 1rem; }}
h1 {{ font-size: 1.6rem; margin-bottom: .2rem; }} .sub {{ color: #555; margin-top: 0; }}
.summary {{ background: #f3f7fb; border-left: 4px solid #0072B2; padding: .8rem 1rem; }}
table {{ border-collapse: collapse; margin: 1rem 0; }} th, td {{ text-align: left; padding: .3rem .8rem; border-bottom: 1px solid #ddd; }}
figure {{ margin: 1.5rem 0; }} figcaption {{ font-weight: bold; margin-bottom: .3rem; }} svg {{ max-width: 100%; height: auto; }}
.note {{ color: #8a5a00; }} footer {{ color: #777; font-size: .85rem; margin-top: 2rem; }}
</style></head><body>
<h1>{heading}</h1>
<p class="sub">{sub}</p>
{note}
<p class="summary">{summary}</p>
<h2>{key_numbers}</h2>
<table><tr><th></th><th>{this_period}</th><th>{before}</th></tr>{rows}</table>
<h2>{charts_h}</h2>
{charts}
<h2>{voice_h}</h2>
{voice}
<h2>{together}</h2>
<ul>{corr}</ul>
<h2>{better_h}</h2>
{better}
<h2>{checkins_h}</h2>
{checkins}
<footer>{footer}</footer>
</body></html>
"#,
        title = esc(&tr!(
            lang,
            "html-title",
            from = from.as_str(),
            to = to.as_str()
        )),
        heading = w("html-heading"),
        sub = esc(&tr!(
            lang,
            "html-sub",
            from = from.as_str(),
            to = to.as_str(),
            source = r.summary_source.words(lang)
        )),
        summary = esc(&r.summary),
        key_numbers = w("html-key-numbers"),
        this_period = w("html-this-period"),
        before = esc(&tr!(
            lang,
            "html-period-before",
            from = crate::i18n::date(lang, &a.previous.from),
            to = crate::i18n::date(lang, &a.previous.to)
        )),
        rows = rows(a, lang),
        charts_h = w("html-charts"),
        voice_h = w("html-voice"),
        voice = voice_section(&a.voice, lang),
        together = w("html-together"),
        better_h = w("html-better-days"),
        checkins_h = w("html-checkins"),
        footer = w("html-footer"),
    )
}
