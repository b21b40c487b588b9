//! Scores the crisis detector on a labelled JSONL set (`tests/data/safety/crisis_eval.jsonl`): recall
//! on crisis lines, false alarms on the rest, per split, language and category.

use super::crisis::{check, Level};
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One labelled line.
#[derive(Debug, Clone, Deserialize)]
pub struct Row {
    /// Line id.
    pub id: String,
    /// Language.
    pub lang: String,
    /// The text.
    pub text: String,
    /// `crisis`, `concern` or `none`.
    pub expected: String,
    /// Category.
    pub category: String,
    /// `dev` or `test`.
    pub split: String,
}

/// Counts for one group.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    /// Crisis lines.
    pub crisis: usize,
    /// Crisis lines that got the crisis level.
    pub caught: usize,
    /// Concern lines.
    pub concern: usize,
    /// Concern lines that got concern or crisis.
    pub concern_caught: usize,
    /// Lines that need no card.
    pub none: usize,
    /// Of those, lines that got the crisis level (the companion is silenced).
    pub false_alarms: usize,
    /// Of those, lines that got the concern level (resources shown, the talk goes on).
    pub soft_alarms: usize,
}

impl Counts {
    fn add(&mut self, expected: &str, got: Level) {
        match expected {
            "crisis" => {
                self.crisis += 1;
                self.caught += usize::from(got == Level::Crisis);
            }
            "concern" => {
                self.concern += 1;
                self.concern_caught += usize::from(got >= Level::Concern);
            }
            _ => {
                self.none += 1;
                self.false_alarms += usize::from(got == Level::Crisis);
                self.soft_alarms += usize::from(got == Level::Concern);
            }
        }
    }

    /// Caught / crisis lines.
    pub fn recall(&self) -> Option<f64> {
        (self.crisis > 0).then(|| self.caught as f64 / self.crisis as f64)
    }

    /// False alarms / lines that need no card.
    pub fn false_alarm_rate(&self) -> Option<f64> {
        (self.none > 0).then(|| self.false_alarms as f64 / self.none as f64)
    }
}

/// A line the detector got wrong.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// Line id.
    pub id: String,
    /// Expected level.
    pub expected: String,
    /// Level given.
    pub got: Level,
    /// The rule that fired, or what was set aside.
    pub why: String,
    /// The text.
    pub text: String,
}

/// Results per split.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Per split: all lines.
    pub total: BTreeMap<String, Counts>,
    /// Per split and language.
    pub by_lang: BTreeMap<String, BTreeMap<String, Counts>>,
    /// Per split and category.
    pub by_category: BTreeMap<String, BTreeMap<String, Counts>>,
    /// Mistakes on the dev split only (the test split's lines are never shown, so no rule is
    /// written from them).
    pub dev_mistakes: Vec<Miss>,
}

/// Parses the JSONL set.
pub fn parse(text: &str) -> Result<Vec<Row>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map_err(|e| Error::invalid("eval set", format!("line {}: {e}", i + 1)))
        })
        .collect()
}

/// Runs the detector on every row.
pub fn evaluate(rows: &[Row]) -> Report {
    let mut r = Report::default();
    for row in rows {
        let c = check(&row.text);
        let got = c.level;
        r.total
            .entry(row.split.clone())
            .or_default()
            .add(&row.expected, got);
        r.by_lang
            .entry(row.split.clone())
            .or_default()
            .entry(row.lang.clone())
            .or_default()
            .add(&row.expected, got);
        r.by_category
            .entry(row.split.clone())
            .or_default()
            .entry(row.category.clone())
            .or_default()
            .add(&row.expected, got);
        let wrong = match row.expected.as_str() {
            "crisis" => got != Level::Crisis,
            "concern" => got == Level::None,
            _ => got != Level::None,
        };
        if wrong && row.split == "dev" {
            let why = match &c.hit {
                Some(h) => format!("{} ({})", h.phrase, h.language),
                None => c
                    .dismissed
                    .iter()
                    .map(|(r, w)| format!("{r}: {w}"))
                    .collect::<Vec<_>>()
                    .join("; "),
            };
            r.dev_mistakes.push(Miss {
                id: row.id.clone(),
                expected: row.expected.clone(),
                got,
                why,
                text: row.text.clone(),
            });
        }
    }
    r
}

fn pct(v: Option<f64>) -> String {
    v.map(|x| format!("{:5.1} %", x * 100.0))
        .unwrap_or_else(|| "    —  ".into())
}

/// The report as a table.
pub fn to_text(r: &Report) -> String {
    let mut out = String::new();
    let line = |name: &str, c: &Counts| {
        format!(
            "  {name:<20} crisis {:>3}/{:<3} recall {}   none {:>3}  false alarms {:>2} ({})  soft {:>2}   concern {:>2}/{:<2}\n",
            c.caught,
            c.crisis,
            pct(c.recall()),
            c.none,
            c.false_alarms,
            pct(c.false_alarm_rate()),
            c.soft_alarms,
            c.concern_caught,
            c.concern
        )
    };
    for (split, total) in &r.total {
        out.push_str(&format!("== {split}\n"));
        out.push_str(&line("all", total));
        out.push_str(" by language\n");
        for (k, c) in &r.by_lang[split] {
            out.push_str(&line(k, c));
        }
        out.push_str(" by category\n");
        for (k, c) in &r.by_category[split] {
            out.push_str(&line(k, c));
        }
    }
    out
}

/// Latency of [`check`] over 1,000 messages of mixed length, one thread.
#[derive(Debug, Clone, Serialize)]
pub struct Bench {
    /// Messages timed.
    pub messages: usize,
    /// Mean length in characters.
    pub mean_chars: usize,
    /// Median, ms.
    pub p50_ms: f64,
    /// 90th percentile, ms.
    pub p90_ms: f64,
    /// 99th percentile, ms.
    pub p99_ms: f64,
    /// Slowest, ms.
    pub max_ms: f64,
}

impl Bench {
    /// One line.
    pub fn to_text(&self) -> String {
        format!(
            "safety check (patterns), {} messages of 2–3,300 characters (mean {}), one thread: p50 {:.3} ms, p90 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
            self.messages, self.mean_chars, self.p50_ms, self.p90_ms, self.p99_ms, self.max_ms
        )
    }
}

/// The benchmark's messages: everyday, crisis, German, French and one-word texts, 1 to 40 times long.
pub fn bench_texts() -> Vec<String> {
    let base = [
        "I had a long day at work and my manager was annoying, but the walk home helped.",
        "i dont know anymore, everything feels pointless and i keep thinking about ending it",
        "Heute war schön, wir waren im Park und haben Eis gegessen.",
        "je suis crevée, cette chaleur me tue, vivement les vacances",
        "ok",
    ];
    (0..1000usize)
        .map(|i| base[i % base.len()].repeat([1, 1, 2, 4, 8, 16, 40][i % 7]))
        .collect()
}

/// Times [`check`] on [`bench_texts`].
pub fn bench() -> Bench {
    let texts = bench_texts();
    let _ = check("warm up");
    let mut times: Vec<f64> = texts
        .iter()
        .map(|t| {
            let s = std::time::Instant::now();
            std::hint::black_box(check(t));
            s.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let q = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    Bench {
        messages: texts.len(),
        mean_chars: texts.iter().map(|t| t.chars().count()).sum::<usize>() / texts.len(),
        p50_ms: q(0.5),
        p90_ms: q(0.9),
        p99_ms: q(0.99),
        max_ms: times[times.len() - 1],
    }
}
