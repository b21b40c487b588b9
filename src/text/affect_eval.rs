//! The everyday evaluation (`mentora sentiment eval`): sentiment and the seven emotions on text
//! people write about their day (the frozen helper-written set's `test` split) and on MELD's test
//! split (TV dialogue), never trained or tuned on; with the previous head, the majority class and a
//! reliability table beside the model's figures.

use super::model::SentimentModel;
use super::result::{softmax, NEUTRAL_BAND};
use crate::error::{Code, Error, Result};
use crate::vision::EMOTION_LABELS;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// The everyday set, relative to the repository.
pub const EVERYDAY: &str = "tests/data/affect/everyday_affect.jsonl";
/// MELD's test split as setup unpacks it, relative to the repository.
pub const MELD_TEST: &str = ".deps/meld/meld_test.csv";
/// The majority emotion of the training data (MELD train is about half neutral).
pub const MAJORITY: &str = "neutral";
/// Bins of the reliability table.
pub const BINS: usize = 10;

/// One labelled text.
#[derive(Debug, Clone)]
pub struct Labelled {
    /// The text.
    pub text: String,
    /// `negative`, `neutral` or `positive`.
    pub sentiment: String,
    /// One of [`EMOTION_LABELS`].
    pub emotion: String,
}

fn missing(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::new(
        Code::ModelMissing,
        format!("{}: {e} (scripts/setup.sh fetches MELD)", path.display()),
    )
}

/// The set's names for the seven emotions → the face model's.
fn face_label(name: &str) -> Option<&'static str> {
    Some(match name {
        "anger" | "angry" => "angry",
        "disgust" => "disgust",
        "fear" => "fear",
        "joy" | "happy" => "happy",
        "sadness" | "sad" => "sad",
        "surprise" => "surprise",
        "neutral" => "neutral",
        _ => return None,
    })
}

/// MELD keeps some Windows-1252 punctuation as C1 control characters (U+0092 for an apostrophe);
/// mapped as the training script maps them.
pub fn fix_cp1252(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{91}' | '\u{92}' => '\'',
            '\u{93}' | '\u{94}' => '"',
            '\u{85}' => '…',
            '\u{96}' => '–',
            '\u{97}' => '—',
            c => c,
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// The `split` lines of the everyday set.
pub fn load_everyday(path: &Path, split: &str) -> Result<Vec<Labelled>> {
    let text = std::fs::read_to_string(path).map_err(|e| missing(path, e))?;
    let mut out = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| {
            Error::new(
                Code::ModelCorrupt,
                format!("{} line {}: {e}", path.display(), i + 1),
            )
        })?;
        if v["split"] != split {
            continue;
        }
        let field = |k: &str| v[k].as_str().unwrap_or_default().to_string();
        let emotion = face_label(&field("emotion")).ok_or_else(|| {
            Error::new(
                Code::ModelCorrupt,
                format!("{} line {}: unknown emotion", path.display(), i + 1),
            )
        })?;
        out.push(Labelled {
            text: field("text"),
            sentiment: field("sentiment"),
            emotion: emotion.into(),
        });
    }
    Ok(out)
}

/// MELD's rows (Utterance, sentiment, emotion) from one of its CSV files.
pub fn load_meld(path: &Path) -> Result<Vec<Labelled>> {
    let mut rdr = csv::Reader::from_path(path).map_err(|e| missing(path, e))?;
    let headers = rdr.headers().map_err(|e| missing(path, e))?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| missing(path, format!("no {name} column")))
    };
    let (u, s, e) = (col("Utterance")?, col("sentiment")?, col("emotion")?);
    let mut out = Vec::new();
    for r in rdr.records() {
        let r = r.map_err(|e| missing(path, e))?;
        let (Some(text), Some(sentiment), Some(emotion)) =
            (r.get(u), r.get(s), r.get(e).and_then(face_label))
        else {
            continue;
        };
        let text = fix_cp1252(text);
        if !text.is_empty() {
            out.push(Labelled {
                text,
                sentiment: sentiment.into(),
                emotion: emotion.into(),
            });
        }
    }
    Ok(out)
}

/// A two-class head over the sentence vector (`previous` in models/sentiment/head.json).
#[derive(Debug, Clone)]
pub struct LinearHead {
    weight: Vec<Vec<f32>>,
    bias: Vec<f32>,
}

impl LinearHead {
    /// The `previous` head of a head.json file, if it has one.
    pub fn previous(head_json: &Path) -> Option<Self> {
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(head_json).ok()?).ok()?;
        let p = &v["previous"];
        let weight: Vec<Vec<f32>> = serde_json::from_value(p["weight"].clone()).ok()?;
        let bias: Vec<f32> = serde_json::from_value(p["bias"].clone()).ok()?;
        (weight.len() == 2 && bias.len() == 2).then_some(Self { weight, bias })
    }

    /// P(negative), P(positive) of one sentence vector.
    pub fn probs(&self, x: &[f32]) -> Vec<f32> {
        let z: Vec<f32> = self
            .weight
            .iter()
            .zip(&self.bias)
            .map(|(w, b)| w.iter().zip(x).map(|(a, b)| a * b).sum::<f32>() + b)
            .collect();
        softmax(&z)
    }
}

/// One model's figures on one set.
#[derive(Debug, Clone, Serialize, Default)]
pub struct SetReport {
    /// The set.
    pub set: String,
    /// Lines.
    pub n: usize,
    /// Positive or negative lines (the binary task).
    pub polar: usize,
    /// Binary accuracy (valence > 0 ⇔ positive) of the model.
    pub binary: f64,
    /// The same with the previous head, when there is one.
    pub binary_previous: Option<f64>,
    /// Three-way accuracy with the neutral band.
    pub three_way: f64,
    /// Expected calibration error of P(positive) on the polar lines ([`BINS`] equal-width bins).
    pub ece: f64,
    /// The reliability table: (bin's mean P(positive), share actually positive, lines).
    pub reliability: Vec<(f64, f64, usize)>,
    /// Emotion accuracy, when the model reads emotions.
    pub emotion_accuracy: Option<f64>,
    /// Emotion macro-F1 over the seven labels.
    pub emotion_macro_f1: Option<f64>,
    /// F1 per label, in [`EMOTION_LABELS`] order.
    pub emotion_f1: Vec<f64>,
    /// Macro-F1 of always answering [`MAJORITY`].
    pub majority_macro_f1: f64,
    /// Accuracy of always answering [`MAJORITY`].
    pub majority_accuracy: f64,
}

/// F1 per class of `pred` against `truth` (labels as indices).
pub fn f1_per_class(truth: &[usize], pred: &[usize], k: usize) -> Vec<f64> {
    (0..k)
        .map(|c| {
            let tp = truth
                .iter()
                .zip(pred)
                .filter(|(t, p)| **t == c && **p == c)
                .count();
            let fp = truth
                .iter()
                .zip(pred)
                .filter(|(t, p)| **t != c && **p == c)
                .count();
            let fn_ = truth
                .iter()
                .zip(pred)
                .filter(|(t, p)| **t == c && **p != c)
                .count();
            2.0 * tp as f64 / (2 * tp + fp + fn_).max(1) as f64
        })
        .collect()
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len().max(1) as f64
}

/// Expected calibration error and the reliability table of P(positive) against the truth.
pub fn calibration(p: &[f64], positive: &[bool]) -> (f64, Vec<(f64, f64, usize)>) {
    let mut bins = vec![(0f64, 0f64, 0usize); BINS];
    for (&p, &y) in p.iter().zip(positive) {
        let b = ((p * BINS as f64) as usize).min(BINS - 1);
        bins[b].0 += p;
        bins[b].1 += f64::from(u8::from(y));
        bins[b].2 += 1;
    }
    let n = p.len().max(1) as f64;
    let mut ece = 0.0;
    let table = bins
        .into_iter()
        .map(|(sp, sy, c)| {
            let (mp, my) = (sp / c.max(1) as f64, sy / c.max(1) as f64);
            ece += c as f64 / n * (mp - my).abs();
            (mp, my, c)
        })
        .collect();
    (ece, table)
}

/// Scores `rows` with `model` (and the previous head on the model's sentence vectors).
pub fn evaluate(
    model: &mut SentimentModel,
    previous: Option<&LinearHead>,
    set: &str,
    rows: &[Labelled],
) -> Result<SetReport> {
    let k = EMOTION_LABELS.len();
    let idx = |e: &str| EMOTION_LABELS.iter().position(|l| *l == e).unwrap_or(k - 1);
    let (mut p_pos, mut prev_pos, mut labels, mut emo) = (vec![], vec![], vec![], vec![]);
    for chunk in rows.chunks(64) {
        let texts: Vec<&str> = chunk.iter().map(|r| r.text.as_str()).collect();
        for s in model.score_batch(&texts)? {
            p_pos.push(f64::from(s.probs[s.probs.len() - 1]));
            labels.push(s.label);
            emo.push(s.emotion.map(|e| idx(&e.label)));
        }
        if let Some(h) = previous {
            for v in model.embed_batch(&texts)? {
                prev_pos.push(f64::from(h.probs(&v)[1]));
            }
        }
    }
    let polar: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].sentiment != "neutral")
        .collect();
    let positive: Vec<bool> = polar
        .iter()
        .map(|&i| rows[i].sentiment == "positive")
        .collect();
    let binary = |p: &[f64]| {
        polar
            .iter()
            .zip(&positive)
            .filter(|(&i, &y)| (p[i] > 0.5) == y)
            .count() as f64
            / polar.len().max(1) as f64
    };
    let pp: Vec<f64> = polar.iter().map(|&i| p_pos[i]).collect();
    let (ece, reliability) = calibration(&pp, &positive);
    let truth: Vec<usize> = rows.iter().map(|r| idx(&r.emotion)).collect();
    let majority = vec![idx(MAJORITY); rows.len()];
    let maj_f1 = f1_per_class(&truth, &majority, k);
    let accuracy = |pred: &[usize]| {
        truth.iter().zip(pred).filter(|(a, b)| a == b).count() as f64 / rows.len().max(1) as f64
    };
    let mut r = SetReport {
        set: set.into(),
        n: rows.len(),
        polar: polar.len(),
        binary: binary(&p_pos),
        binary_previous: previous.map(|_| binary(&prev_pos)),
        three_way: rows
            .iter()
            .zip(&labels)
            .filter(|(r, l)| r.sentiment == **l)
            .count() as f64
            / rows.len().max(1) as f64,
        ece,
        reliability,
        majority_macro_f1: mean(&maj_f1),
        majority_accuracy: accuracy(&majority),
        ..Default::default()
    };
    if emo.iter().all(Option::is_some) && !emo.is_empty() {
        let pred: Vec<usize> = emo.into_iter().flatten().collect();
        r.emotion_f1 = f1_per_class(&truth, &pred, k);
        r.emotion_macro_f1 = Some(mean(&r.emotion_f1));
        r.emotion_accuracy = Some(accuracy(&pred));
    }
    Ok(r)
}

/// The sets of the everyday evaluation: (name, rows) for the everyday `test` split and MELD test.
pub fn sets(repo: &Path) -> Result<Vec<(String, Vec<Labelled>)>> {
    Ok(vec![
        (
            "everyday (test split)".into(),
            load_everyday(&repo.join(EVERYDAY), "test")?,
        ),
        ("MELD test".into(), load_meld(&repo.join(MELD_TEST))?),
    ])
}

/// The repository the sets are read from (`MENTORA_REPO`, else the build tree).
pub fn repo_dir() -> PathBuf {
    std::env::var_os("MENTORA_REPO")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

/// The report as text.
pub fn to_text(model: &str, reports: &[SetReport]) -> String {
    let mut s = String::new();
    let pct = |x: f64| format!("{:5.1} %", 100.0 * x);
    for r in reports {
        s += &format!(
            "== {} — {model} ({} lines, {} positive or negative)\n",
            r.set, r.n, r.polar
        );
        s += &format!(
            "  binary accuracy       {}   (previous head, reviews only: {})\n",
            pct(r.binary),
            r.binary_previous.map_or("—".into(), pct)
        );
        s += &format!(
            "  three-way accuracy    {}   (neutral band |valence| < {NEUTRAL_BAND})\n",
            pct(r.three_way)
        );
        s += &format!(
            "  calibration ECE       {:.3}   P(positive) bin → share positive (lines):",
            r.ece
        );
        for (p, y, c) in r.reliability.iter().filter(|b| b.2 > 0) {
            s += &format!(" {p:.2}→{y:.2} ({c})");
        }
        s += "\n";
        match r.emotion_macro_f1 {
            Some(f) => {
                s += &format!(
                    "  emotions macro-F1     {:.3}   accuracy {}   (majority '{MAJORITY}': macro-F1 {:.3}, accuracy {})\n   ",
                    f,
                    pct(r.emotion_accuracy.unwrap_or(0.0)),
                    r.majority_macro_f1,
                    pct(r.majority_accuracy)
                );
                for (l, f) in EMOTION_LABELS.iter().zip(&r.emotion_f1) {
                    s += &format!(" {l} {f:.2}");
                }
                s += "\n";
            }
            None => s += "  emotions              this model has no emotion head\n",
        }
    }
    s
}
