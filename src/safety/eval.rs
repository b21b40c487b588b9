//! Scores the crisis detector on a labelled JSONL set (`tests/data/safety/crisis_eval.jsonl`): recall
//! on crisis lines, false alarms on the rest, per split, language and category.

use super::crisis::{check, check_with, needs_semantic, with_reading, Level};
use super::semantic::Semantic;
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
    /// Lines whose level the semantic layer decided (the rules found nothing).
    pub semantic: usize,
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
    /// Mistakes on the tuning splits (dev, dev2) only: the test and holdout splits' lines are never
    /// shown, so no rule is written from them.
    pub dev_mistakes: Vec<Miss>,
    /// With the semantic layer: its threshold in use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f32>,
    /// With the semantic layer: recall and false alarms on the tuning splits (dev, dev2) for other
    /// thresholds (how the threshold was chosen; the test split never enters it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dev_calibration: Vec<Calibration>,
}

/// The dev split's totals for one semantic threshold.
#[derive(Debug, Clone, Serialize)]
pub struct Calibration {
    /// The margin threshold.
    pub threshold: f32,
    /// Crisis recall on dev.
    pub recall: f64,
    /// False alarms on dev's `none` lines.
    pub false_alarm_rate: f64,
    /// Crisis lines the semantic layer adds.
    pub added_crisis: usize,
    /// False alarms it adds.
    pub added_false_alarms: usize,
    /// The layer alone on every dev line (context checks, no rules): crisis recall.
    pub alone_recall: f64,
    /// The layer alone: false alarms on dev's `none` lines.
    pub alone_false_alarm_rate: f64,
}

/// Whether lines of `split` may be tuned on and their mistakes shown: `dev` (the frozen set's) and
/// `dev2`…`dev4` (the later sets'). `test` and `holdout*` are scored, never listed.
pub fn tuning(split: &str) -> bool {
    matches!(split, "dev" | "dev2" | "dev3" | "dev4")
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

/// Runs the detector (rules only) on every row.
pub fn evaluate(rows: &[Row]) -> Report {
    evaluate_with(rows, None)
}

/// Runs the detector on every row, with the semantic layer when one is given (see
/// [`check_with`]); then the dev split's calibration table for the layer's threshold.
pub fn evaluate_with(rows: &[Row], semantic: Option<&Semantic>) -> Report {
    let mut r = Report::default();
    // Every dev line read by the semantic layer: (expected, margin of its best sentence about the
    // writer, whether the layer runs on it after the rules).
    let mut dev_read: Vec<(&str, Option<f32>, bool)> = Vec::new();
    let mut dev_rules = Counts::default();
    for row in rows {
        // With the encoder layer, `check_with` decides; otherwise the bank layer is read here too
        // (for the calibration table), on top of the rules and the linear layer.
        let with_encoder = semantic.filter(|s| s.encoder().is_some());
        let mut c = match with_encoder {
            Some(sem) => check_with(&row.text, Some(sem)),
            None => check(&row.text),
        };
        if let Some(sem) = semantic.filter(|_| with_encoder.is_none()) {
            if tuning(&row.split) {
                dev_rules.add(&row.expected, c.level);
            }
            let runs = needs_semantic(&c);
            if runs || tuning(&row.split) {
                match sem.read(&row.text) {
                    Ok(reading) => {
                        if tuning(&row.split) {
                            let margin = reading.writer.as_ref().map(|w| w.margin);
                            dev_read.push((row.expected.as_str(), margin, runs));
                        }
                        if runs {
                            c = with_reading(c, &reading, sem.threshold());
                        }
                    }
                    Err(e) => tracing::warn!("{}: semantic layer failed: {}", row.id, e.message()),
                }
            }
        }
        let got = c.level;
        if c.semantic.as_ref().is_some_and(|m| m.level != Level::None) {
            r.total.entry(row.split.clone()).or_default().semantic += 1;
            r.by_lang
                .entry(row.split.clone())
                .or_default()
                .entry(row.lang.clone())
                .or_default()
                .semantic += 1;
            r.by_category
                .entry(row.split.clone())
                .or_default()
                .entry(row.category.clone())
                .or_default()
                .semantic += 1;
        }
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
        if wrong && tuning(&row.split) {
            let why = match (&c.hit, &c.semantic) {
                _ if c.encoder.is_some() => {
                    let e = c.encoder.expect("checked");
                    format!(
                        "encoder: P(crisis) {:.2} (threshold {:.2}), P(concern) {:.2}, linear {:.2}; {}",
                        e.crisis,
                        e.threshold,
                        e.concern,
                        c.linear.unwrap_or(0.0),
                        c.dismissed
                            .iter()
                            .map(|(r, w)| format!("{r}: {w}"))
                            .collect::<Vec<_>>()
                            .join("; ")
                    )
                }
                (Some(h), Some(m)) if m.level != Level::None => format!(
                    "semantic: margin {:.3} ≥ {:.3}, near {:?} ({})",
                    m.margin, m.threshold, h.phrase, h.language
                ),
                (Some(h), _) => format!("{} ({})", h.phrase, h.language),
                (None, Some(m)) => format!(
                    "semantic: margin {:.3} < {:.3}, near {:?}, nearest other {:?}",
                    m.margin, m.threshold, m.bank_line, m.nearest_other
                ),
                (None, None) => c
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
    if let Some(sem) = semantic {
        r.threshold = Some(sem.threshold());
        r.dev_calibration = calibrate(&dev_rules, &dev_read);
    }
    r
}

/// Dev recall and false alarms for thresholds 0.00 … 0.15: the rules' dev counts plus what the
/// semantic layer adds on the lines where the rules found nothing; and the layer alone on every dev
/// line (as if no rule had fired: how it does on phrasings the rules do not know).
fn calibrate(rules: &Counts, read: &[(&str, Option<f32>, bool)]) -> Vec<Calibration> {
    if rules.crisis == 0 || rules.none == 0 {
        return Vec::new();
    }
    (0..=15)
        .map(|k| {
            let t = k as f32 / 100.0;
            let count = |label: &str, after_rules: bool| {
                read.iter()
                    .filter(|(e, m, runs)| {
                        *e == label && (*runs || !after_rules) && m.is_some_and(|m| m >= t)
                    })
                    .count()
            };
            let (added_crisis, added_false_alarms) = (count("crisis", true), count("none", true));
            Calibration {
                threshold: t,
                recall: (rules.caught + added_crisis) as f64 / rules.crisis as f64,
                false_alarm_rate: (rules.false_alarms + added_false_alarms) as f64
                    / rules.none as f64,
                added_crisis,
                added_false_alarms,
                alone_recall: count("crisis", false) as f64 / rules.crisis as f64,
                alone_false_alarm_rate: count("none", false) as f64 / rules.none as f64,
            }
        })
        .collect()
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
            "  {name:<20} crisis {:>3}/{:<3} recall {}   none {:>3}  false alarms {:>2} ({})  soft {:>2}   concern {:>2}/{:<2}{}\n",
            c.caught,
            c.crisis,
            pct(c.recall()),
            c.none,
            c.false_alarms,
            pct(c.false_alarm_rate()),
            c.soft_alarms,
            c.concern_caught,
            c.concern,
            if r.threshold.is_some() {
                format!("   semantic {:>2}", c.semantic)
            } else {
                String::new()
            }
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
    if let Some(t) = r.threshold {
        out.push_str(&format!(
            "== semantic threshold on dev (margin in use {t:.2}; dev lines only)\n"
        ));
        for c in &r.dev_calibration {
            out.push_str(&format!(
                "  {} {:.2}  recall {}  false alarms {}  (adds {} crisis, {} false alarms)   layer alone: recall {}  false alarms {}\n",
                if (c.threshold - t).abs() < 0.005 { "→" } else { " " },
                c.threshold,
                pct(Some(c.recall)),
                pct(Some(c.false_alarm_rate)),
                c.added_crisis,
                c.added_false_alarms,
                pct(Some(c.alone_recall)),
                pct(Some(c.alone_false_alarm_rate))
            ));
        }
    }
    out
}

/// Latency of [`check`] (or [`check_with`]) over 1,000 messages of mixed length, one thread.
#[derive(Debug, Clone, Serialize)]
pub struct Bench {
    /// What was timed: "patterns", or "patterns + semantic".
    pub layers: &'static str,
    /// Messages timed.
    pub messages: usize,
    /// Shortest, in characters.
    pub min_chars: usize,
    /// Longest, in characters.
    pub max_chars: usize,
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
            "safety check ({}), {} messages of {}–{} characters (mean {}), one thread: p50 {:.3} ms, p90 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
            self.layers,
            self.messages,
            self.min_chars,
            self.max_chars,
            self.mean_chars,
            self.p50_ms,
            self.p90_ms,
            self.p99_ms,
            self.max_ms
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

/// Harder messages for the semantic layer: 1 to 40 everyday sentences in the six languages (up to
/// 25 different ones per message), so a long message makes the layer read its full
/// [`super::semantic::MAX_WINDOWS`] sentences.
pub fn bench_texts_distinct() -> Vec<String> {
    // Everyday sentences without the context layer's news, quote or past words (a text with one
    // of those is set aside whole and costs nothing), so the semantic layer reads each message.
    let pool = [
        "I had a long day at work and my manager was annoying.",
        "The walk home in the rain actually helped a bit.",
        "We cooked pasta and played cards together.",
        "My sister called and we talked for an hour.",
        "Tomorrow I have a dentist appointment at nine.",
        "The bus came on time so I was early for once.",
        "I finally cleaned the kitchen and it looks great.",
        "My neighbour's dog barked the whole evening.",
        "Heute war schön, wir waren im Park und haben Eis gegessen.",
        "Die Arbeit war anstrengend, das Team ist nett.",
        "Am Wochenende besuchen wir meine Großeltern.",
        "Ich habe endlich mein Fahrrad repariert.",
        "je suis crevée, cette chaleur me tue, vivement les vacances.",
        "On a fait une longue promenade au bord du lac.",
        "Mon collègue m'a aidé à finir le rapport.",
        "Ce soir je vais au restaurant avec des amis.",
        "Hoy hemos ido al mercado y compramos fruta.",
        "Mi hermano empieza un trabajo nuevo el lunes.",
        "La clase de yoga me sentó muy bien.",
        "Oggi ho fatto una lunga passeggiata in centro.",
        "Stasera cucino la pizza per i miei amici.",
        "Il treno era pieno, sono arrivato in orario.",
        "Vandaag heb ik lekker in de tuin gewerkt.",
        "Morgen gaan we met de kinderen naar het strand.",
        "Ik heb een nieuwe plant gekocht voor de keuken.",
    ];
    let sizes = [1usize, 2, 3, 5, 8, 13, 20, 40];
    (0..1000usize)
        .map(|i| {
            let n = sizes[i % sizes.len()];
            (0..n)
                .map(|k| pool[(i * 7 + k * 11) % pool.len()])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Times [`check`] on [`bench_texts`].
pub fn bench() -> Bench {
    bench_with(None)
}

/// Times [`check_with`] on [`bench_texts`] (the semantic layer should have been loaded with one
/// thread to measure one thread).
pub fn bench_with(semantic: Option<&Semantic>) -> Bench {
    bench_on(&bench_texts(), semantic)
}

/// Times [`check_with`] on `texts`.
pub fn bench_on(texts: &[String], semantic: Option<&Semantic>) -> Bench {
    let _ = check_with("warm up, this is a sentence to warm up", semantic);
    let mut times: Vec<f64> = texts
        .iter()
        .map(|t| {
            let s = std::time::Instant::now();
            std::hint::black_box(check_with(t, semantic));
            s.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let q = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    Bench {
        layers: if semantic.is_some() {
            "patterns + semantic"
        } else {
            "patterns"
        },
        messages: texts.len(),
        min_chars: texts.iter().map(|t| t.chars().count()).min().unwrap_or(0),
        max_chars: texts.iter().map(|t| t.chars().count()).max().unwrap_or(0),
        mean_chars: texts.iter().map(|t| t.chars().count()).sum::<usize>() / texts.len(),
        p50_ms: q(0.5),
        p90_ms: q(0.9),
        p99_ms: q(0.99),
        max_ms: times[times.len() - 1],
    }
}
