//! The report as one self-contained HTML file: summary, key numbers, charts inline as SVG, comparisons
//! and check-ins; no script, no external resource.

use super::aggregate::Aggregates;
use super::charts::CHARTS;
use super::Report;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn num(v: Option<f64>, digits: usize, unit: &str) -> String {
    v.map(|v| format!("{v:.digits$}{unit}"))
        .unwrap_or_else(|| "—".into())
}

fn rows(a: &Aggregates) -> String {
    let t = &a.totals;
    let p = &a.previous.totals;
    let line = |name: &str, now: String, before: String| {
        format!("<tr><th>{name}</th><td>{now}</td><td>{before}</td></tr>")
    };
    [
        line(
            "Active days",
            format!("{} of {}", t.active_days, a.days.len()),
            p.active_days.to_string(),
        ),
        line(
            "Mean journal mood",
            num(t.mean_mood, 1, " / 5"),
            num(p.mean_mood, 1, " / 5"),
        ),
        line(
            "Mean sentiment",
            num(t.mean_sentiment, 2, ""),
            num(p.mean_sentiment, 2, ""),
        ),
        line(
            "Journal entries",
            t.journal_entries.to_string(),
            p.journal_entries.to_string(),
        ),
        line("Messages", t.messages.to_string(), p.messages.to_string()),
        line(
            "Gratitude days",
            t.gratitude_days.to_string(),
            p.gratitude_days.to_string(),
        ),
        line(
            "Mean sleep",
            num(t.mean_sleep_hours, 1, " h"),
            num(p.mean_sleep_hours, 1, " h"),
        ),
        line(
            "Breathing",
            format!("{:.0} min", t.breathing_minutes),
            format!("{:.0} min", p.breathing_minutes),
        ),
        line(
            "Streak (current / longest)",
            format!("{} / {} days", a.streak.0, a.streak.1),
            "—".into(),
        ),
    ]
    .concat()
}

/// The better-days table: mean mood with and without each factor, the difference and its 95 %
/// interval; "not enough days" below the minimum.
fn better_days_table(b: &crate::wellness::better_days::BetterDays) -> String {
    if b.factors.is_empty() {
        return "<p>No activities, sleep or breathing logged with a mood in this period.</p>"
            .into();
    }
    let f2 = |v: Option<f64>| v.map_or("—".to_string(), |v| format!("{v:.2}"));
    let rows: String = b
        .factors
        .iter()
        .map(|f| {
            let (diff, ci) = match (f.difference, f.interval) {
                (Some(d), Some((lo, hi))) => (format!("{d:+.2}"), format!("{lo:+.2} to {hi:+.2}")),
                _ => ("—".into(), "not enough days".into()),
            };
            format!(
                "<tr><td>{}</td><td>{} / {}</td><td>{}</td><td>{}</td><td>{diff}</td><td>{ci}</td></tr>",
                esc(&f.name),
                f.days_with,
                f.days_with + f.days_without,
                f2(f.mean_with),
                f2(f.mean_without),
            )
        })
        .collect();
    format!(
        "<p>Mean mood (1–5) on days with and without each; a 95 % bootstrap interval for the difference; nothing said below {} days on either side. These went together; they are not causes.</p>\n<table><tr><th>With</th><th>Days</th><th>Mood with</th><th>Without</th><th>Difference</th><th>95 % interval</th></tr>{rows}</table>",
        b.min_days
    )
}

/// The voice section: a row per session, then tension by day.
fn voice_section(v: &super::voice::VoiceReport) -> String {
    if v.sessions.is_empty() {
        return "<p>No voice sessions in this period.</p>".into();
    }
    let pct = |x: f64| format!("{:.0} %", x * 100.0);
    let sessions: String = v
        .sessions
        .iter()
        .map(|s| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{} · {} · {}</td><td>{}</td><td>{}</td></tr>",
                s.date,
                s.segments,
                esc(&s.dominant),
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
                d.date,
                d.segments,
                pct(d.arousal)
            )
        })
        .collect();
    format!(
        "<p>The tone of your voice as the on-device model read it: about 7 in 10 right for voices it never heard once it knows yours, 6 in 10 before; three tones only (anger, fear, neutral), learned from five Polish men. Never audio: only these readings were kept.</p>\n<table><tr><th>Date</th><th>Stretches of speech</th><th>Mostly</th><th>Anger · fear · neutral</th><th>Tense</th><th>Uncertain</th></tr>{sessions}</table>\n<p>Tension by day (mean over the day's speech):</p>\n<table><tr><th>Date</th><th>Stretches</th><th>Tense</th></tr>{days}</table>"
    )
}

/// The whole document.
pub fn render(r: &Report) -> String {
    let a = &r.aggregates;
    let charts: String = CHARTS
        .iter()
        .zip(&r.charts)
        .map(|((_, title), (_, svg))| {
            let body = svg.split_once("?>").map(|(_, b)| b).unwrap_or(svg);
            format!(
                "<figure><figcaption>{}</figcaption>{body}</figure>",
                esc(title)
            )
        })
        .collect();
    let corr: String = a
        .correlations
        .iter()
        .map(|c| format!("<li>{}</li>", esc(&c.text)))
        .collect();
    let better = better_days_table(&a.better_days);
    let checkins: String = if a.checkins.is_empty() {
        "<p>No check-ins in this period.</p>".into()
    } else {
        let r: String = a
            .checkins
            .iter()
            .map(|c| {
                format!(
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    c.date,
                    esc(&c.kind),
                    c.total,
                    esc(&c.severity)
                )
            })
            .collect();
        format!(
            "<table><tr><th>Date</th><th>Check-in</th><th>Score</th><th>Band</th></tr>{r}</table>"
        )
    };
    let note = r
        .note
        .as_deref()
        .map(|n| format!("<p class=\"note\">{}</p>", esc(n)))
        .unwrap_or_default();
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Mentora report {from} – {to}</title>
<style>
body {{ font-family: "DejaVu Sans", system-ui, sans-serif; max-width: 960px; margin: 2rem auto; color: #222; line-height: 1.5; padding: 0 1rem; }}
h1 {{ font-size: 1.6rem; margin-bottom: .2rem; }} .sub {{ color: #555; margin-top: 0; }}
.summary {{ background: #f3f7fb; border-left: 4px solid #0072B2; padding: .8rem 1rem; }}
table {{ border-collapse: collapse; margin: 1rem 0; }} th, td {{ text-align: left; padding: .3rem .8rem; border-bottom: 1px solid #ddd; }}
figure {{ margin: 1.5rem 0; }} figcaption {{ font-weight: bold; margin-bottom: .3rem; }} svg {{ max-width: 100%; height: auto; }}
.note {{ color: #8a5a00; }} footer {{ color: #777; font-size: .85rem; margin-top: 2rem; }}
</style></head><body>
<h1>Your Mentora report</h1>
<p class="sub">{from} – {to} · summary {source}</p>
{note}
<p class="summary">{summary}</p>
<h2>Key numbers</h2>
<table><tr><th></th><th>This period</th><th>Period before ({pfrom} – {pto})</th></tr>{rows}</table>
<h2>Charts</h2>
{charts}
<h2>Voice</h2>
{voice}
<h2>What went together</h2>
<ul>{corr}</ul>
<h2>What goes with your better days</h2>
{better}
<h2>Check-ins</h2>
{checkins}
<footer>Made on this computer by Mentora. Estimates from on-device models can be wrong; this is not a diagnosis.</footer>
</body></html>
"#,
        from = a.from,
        to = a.to,
        source = r.summary_source.words(),
        summary = esc(&r.summary),
        pfrom = a.previous.from,
        pto = a.previous.to,
        rows = rows(a),
        voice = voice_section(&a.voice),
    )
}
