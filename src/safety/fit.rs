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
