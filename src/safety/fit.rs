//! Trains the linear layer (`mentora safety train`): on the statement bank and the tuning splits
//! (`dev`, `dev2`) only — `test` and `holdout` lines never enter it. Cross-validation on the tuning
//! lines (the bank always trains) gives the out-of-fold scores the thresholds are chosen on.

use super::eval::{tuning, Row};
use super::linear::{self, Feature, Model};
use super::normalize;
use super::semantic::{bank, Label};

/// Training passes.
pub const EPOCHS: usize = 12;
/// L2 penalty.
pub const L2: f32 = 1e-5;
/// AdaGrad step.
pub const RATE: f32 = 0.2;

/// One training line: its features, class and, for a tuning line, its index in the rows.
struct Line {
    x: Vec<Feature>,
    y: usize,
    row: Option<usize>,
    text: String,
}

fn lines(rows: &[Row]) -> Vec<Line> {
    let mut out: Vec<Line> = bank()
        .iter()
        .map(|b| {
            let label = match b.label {
                Label::Crisis => "crisis",
                Label::Concern => "concern",
                Label::None => "none",
            };
            Line {
                x: linear::features(&normalize::tokens(&b.text)),
                y: linear::class_of(label, &b.category),
                row: None,
                text: b.text.clone(),
            }
        })
        .collect();
    for text in reviews().into_iter().chain(dialogue()) {
        out.push(Line {
            x: linear::features(&normalize::tokens(&text)),
            y: 0,
            row: None,
            text,
        });
    }
    for (i, r) in rows.iter().enumerate().filter(|(_, r)| tuning(&r.split)) {
        out.push(Line {
            x: linear::features(&normalize::tokens(&r.text)),
            y: linear::class_of(&r.expected, &r.category),
            row: Some(i),
            text: r.text.clone(),
        });
    }
    out
}

/// The model trained on the bank and every tuning row of `rows`.
pub fn train(rows: &[Row]) -> Model {
    let data: Vec<(Vec<Feature>, usize)> = lines(rows).into_iter().map(|l| (l.x, l.y)).collect();
    Model::train(&data, EPOCHS, L2, RATE)
}

/// Out-of-fold (P(crisis), P(concern)) for every tuning row of `rows` (`None` for the others):
/// `folds` models, each trained without one fold of the tuning rows.
pub fn cross_validate(rows: &[Row], folds: usize) -> Vec<Option<(f32, f32)>> {
    let all = lines(rows);
    let mut out = vec![None; rows.len()];
    for f in 0..folds.max(2) {
        let fold = |r: usize| r % folds.max(2) == f;
        let data: Vec<(Vec<Feature>, usize)> = all
            .iter()
            .filter(|l| !l.row.is_some_and(fold))
            .map(|l| (l.x.clone(), l.y))
            .collect();
        let m = Model::train(&data, EPOCHS, L2, RATE);
        for l in all.iter().filter(|l| l.row.is_some_and(fold)) {
            let s = linear::score_with(&m, &l.text);
            out[l.row.expect("a tuning row")] = Some((s.crisis, s.concern));
        }
    }
    out
}

/// Everyday text that needs no card, written by people for another purpose: the product, restaurant
/// and film review sentences of npm `sentiment@5.0.2`'s test fixtures (fetched by setup into
/// `.deps/npm-sentiment`), every [`REVIEW_STRIDE`]th one. They set the layer's prior: a text with
/// nothing in it is not a crisis.
pub fn reviews() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(".deps/npm-sentiment/package/test/fixtures");
    let stride = REVIEW_STRIDE;
    let mut out = Vec::new();
    for name in ["amazon", "yelp", "imdb"] {
        let Ok(text) = std::fs::read_to_string(dir.join(format!("{name}.json"))) else {
            continue;
        };
        let Ok(items) = serde_json::from_str::<Vec<serde_json::Value>>(&text) else {
            continue;
        };
        out.extend(
            items
                .iter()
                .filter_map(|i| i["text"].as_str())
                .map(|t| t.trim().to_string())
                .step_by(stride.max(1)),
        );
    }
    out
}

/// See [`reviews`].
pub const REVIEW_STRIDE: usize = 10;

/// MELD's training utterances without the ones that mention dying, killing or hurting oneself.
fn meld_utterances() -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".deps/meld/meld_train.csv");
    let Ok(mut rdr) = csv::Reader::from_path(path) else {
        return Vec::new();
    };
    let Ok(headers) = rdr.headers().cloned() else {
        return Vec::new();
    };
    let Some(col) = headers.iter().position(|h| h == "Utterance") else {
        return Vec::new();
    };
    let risky = regex::Regex::new(
        r"(?i)\b(kill|die|dying|dead|death|suicid|hurt|cut|hang|jump|shoot|gun|knife|pills?|end it|murder)",
    )
    .expect("pattern");
    rdr.records()
        .filter_map(|r| r.ok())
        .filter_map(|r| {
            r.get(col)
                .map(|t| t.replace('\u{92}', "'").trim().to_string())
        })
        .filter(|t| !t.is_empty() && !risky.is_match(t))
        .collect()
}

/// Every [`DIALOGUE_STRIDE`]th utterance of MELD's training split (everyday dialogue from a TV
/// series; fetched by setup into `.deps/meld/`), without the ones that mention dying, killing or
/// hurting oneself at all (a joke there is still not a line to learn "no card" from).
pub fn dialogue() -> Vec<String> {
    meld_utterances()
        .into_iter()
        .step_by(DIALOGUE_STRIDE)
        .collect()
}

/// The other utterances of [`dialogue`]'s list, never trained on: everyday talk where every card is
/// a false alarm (`mentora safety eval` scores them as the `everyday` split).
pub fn everyday_held_out() -> Vec<String> {
    meld_utterances()
        .into_iter()
        .enumerate()
        .filter(|(i, _)| i % DIALOGUE_STRIDE != 0)
        .map(|(_, t)| t)
        .collect()
}

/// See [`dialogue`].
pub const DIALOGUE_STRIDE: usize = 3;

/// L2 strength of the encoder layer's head (scikit-learn's C).
pub const HEAD_C: f64 = 8.0;
/// The head's threshold is the highest P(crisis) (in steps of 0.05) whose out-of-fold recall on the
/// tuning splits' crisis lines is at least this.
pub const HEAD_RECALL: f64 = 0.95;

/// One training line of the encoder layer's head.
pub struct HeadLine {
    /// The text.
    pub text: String,
    /// 0 none, 1 crisis, 2 concern.
    pub class: usize,
    /// The rules' verdict on it.
    pub rules: super::crisis::Check,
    /// The linear layer's score: out-of-fold for a tuning row, the shipped layer's otherwise.
    pub score: linear::Score,
    /// Its index in the rows, for a tuning row.
    pub row: Option<usize>,
}

/// The head's training lines: every tuning row of `rows` with its out-of-fold linear scores `oof`
/// (see [`cross_validate`]), then the everyday text ([`reviews`], [`dialogue`]). Test and held-out
/// rows never.
pub fn head_lines(rows: &[Row], oof: &[Option<(f32, f32)>]) -> Vec<HeadLine> {
    let class = |e: &str| match e {
        "crisis" => 1,
        "concern" => 2,
        _ => 0,
    };
    let mut out: Vec<HeadLine> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| tuning(&r.split))
        .filter_map(|(i, r)| {
            let (crisis, concern) = oof.get(i).copied().flatten()?;
            Some(HeadLine {
                text: r.text.clone(),
                class: class(&r.expected),
                rules: super::crisis::check_rules(&r.text),
                score: linear::Score {
                    crisis,
                    concern,
                    category: super::crisis::Category::Suicide,
                },
                row: Some(i),
            })
        })
        .collect();
    for text in reviews().into_iter().chain(dialogue()) {
        out.push(HeadLine {
            rules: super::crisis::check_rules(&text),
            score: linear::score(&text),
            text,
            class: 0,
            row: None,
        });
    }
    out
}

/// The head, trained on every line of [`head_lines`], with its threshold; and the out-of-fold table
/// it was chosen on: (threshold, recall, false alarms) over the tuning rows, the gate applied.
pub struct HeadFit {
    /// The head to ship.
    pub head: super::encoder::Head,
    /// Out-of-fold recall and false-alarm rate per threshold.
    pub table: Vec<(f32, f64, f64)>,
}

/// Trains the encoder layer's head on `rows`' tuning splits and the everyday text: `folds`-fold
/// cross-validation over the tuning rows (the everyday text always trains) for the threshold, then
/// the head on everything.
pub fn train_head(
    rows: &[Row],
    enc: &super::encoder::Encoder,
    folds: usize,
) -> crate::error::Result<HeadFit> {
    use super::encoder::{features, gate, Head};
    let folds = folds.max(2);
    let lines = head_lines(rows, &cross_validate(rows, folds));
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    let vecs = enc.embed(&texts)?;
    let data: Vec<(Vec<f32>, usize)> = lines
        .iter()
        .zip(&vecs)
        .map(|(l, v)| (features(v, &l.rules, &l.score), l.class))
        .collect();
    let mut oof = vec![0f32; lines.len()];
    for f in 0..folds {
        let held = |l: &HeadLine| l.row.is_some_and(|r| r % folds == f);
        let train: Vec<(Vec<f32>, usize)> = lines
            .iter()
            .zip(&data)
            .filter(|(l, _)| !held(l))
            .map(|(_, d)| d.clone())
            .collect();
        let h = Head::train(&train, HEAD_C);
        for (i, (l, d)) in lines.iter().zip(&data).enumerate() {
            if held(l) {
                oof[i] = if gate(&l.rules, &l.score) {
                    h.probs(&d.0)[1]
                } else {
                    0.0
                };
            }
        }
    }
    let table: Vec<(f32, f64, f64)> = (2..=14)
        .map(|k| {
            let t = k as f32 / 20.0;
            let rate = |class: usize| {
                let (n, hit) = lines
                    .iter()
                    .zip(&oof)
                    .filter(|(l, _)| l.row.is_some() && l.class == class)
                    .fold((0usize, 0usize), |(n, h), (_, &p)| {
                        (n + 1, h + usize::from(p >= t))
                    });
                hit as f64 / n.max(1) as f64
            };
            (t, rate(1), rate(0))
        })
        .collect();
    let threshold = table
        .iter()
        .filter(|(_, recall, _)| *recall >= HEAD_RECALL)
        .map(|(t, _, _)| *t)
        .fold(table[0].0, f32::max);
    let mut head = Head::train(&data, HEAD_C);
    head.threshold = threshold;
    Ok(HeadFit { head, table })
}
