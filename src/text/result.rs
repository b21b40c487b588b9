//! One text's sentiment: probabilities, valence in [-1, 1], a three-way label and a 1–5 mood scale.

use serde::{Deserialize, Serialize};

/// |valence| below this is `neutral`. For the two-class model that is P(positive) in (0.275, 0.725);
/// for a five-star model an expected rating within 0.9 stars of 3. Chosen by
/// scripts/models/train_sentiment_head.py as the best three-way macro-F1 on the everyday set's dev
/// split; models/sentiment/head.json records it and a test keeps the two equal.
pub const NEUTRAL_BAND: f32 = 0.45;

/// How a model's classes map to mood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// Two classes: negative, positive (Mentora's MiniLM model).
    Binary,
    /// Five classes: 1 … 5 stars (nlptown's model).
    Stars5,
}

impl Scale {
    /// The scale of a model with `n` outputs, if it is one Mentora understands.
    pub fn for_classes(n: usize) -> Option<Scale> {
        match n {
            2 => Some(Scale::Binary),
            5 => Some(Scale::Stars5),
            _ => None,
        }
    }

    /// Class names in output order.
    pub fn labels(self) -> Vec<String> {
        match self {
            Scale::Binary => vec!["negative".into(), "positive".into()],
            Scale::Stars5 => (1..=5)
                .map(|s| format!("{s} star{}", if s == 1 { "" } else { "s" }))
                .collect(),
        }
    }
}

/// The result for one text.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
pub struct Sentiment {
    /// Model id that scored it.
    pub model: String,
    /// Class probabilities, in the order of `labels`.
    pub probs: Vec<f32>,
    /// Class names.
    pub labels: Vec<String>,
    /// -1 (very negative) … 1 (very positive).
    pub valence: f32,
    /// `negative`, `neutral` or `positive` (see [`NEUTRAL_BAND`]).
    pub label: String,
    /// 1 … 5, comparable to nlptown's stars (the expected rating).
    pub stars: f32,
    /// Word-piece tokens in the text.
    pub tokens: usize,
    /// Windows scored / windows the text needs.
    pub windows: (usize, usize),
    /// The seven emotions the text reads as, when the model has an emotion head.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub emotion: Option<TextEmotion>,
    /// A caveat the person should see (e.g. an English model reading another language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub note: Option<String>,
}

/// The emotions one text reads as: the face model's seven labels, so face and text speak alike.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
pub struct TextEmotion {
    /// angry, disgust, fear, happy, sad, surprise, neutral.
    pub labels: Vec<String>,
    /// Probabilities in the order of `labels`.
    pub probs: Vec<f32>,
    /// The most likely label.
    pub label: String,
}

impl TextEmotion {
    /// From probabilities in the face model's label order.
    pub fn new(probs: Vec<f32>) -> Self {
        let labels: Vec<String> = crate::vision::EMOTION_LABELS
            .iter()
            .map(|s| s.to_string())
            .collect();
        let label = crate::vision::top_emotion(&probs).map_or("neutral", |(l, _)| l);
        TextEmotion {
            label: label.to_string(),
            labels,
            probs,
        }
    }
}

/// Softmax of one row of logits.
pub fn softmax(logits: &[f32]) -> Vec<f32> {
    let max = logits.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
    let e: Vec<f64> = logits.iter().map(|&l| ((l - max) as f64).exp()).collect();
    let sum: f64 = e.iter().sum();
    e.iter().map(|v| (v / sum) as f32).collect()
}

/// Valence, stars and label from probabilities.
pub fn summarize(scale: Scale, probs: &[f32]) -> (f32, f32, &'static str) {
    let (valence, stars) = match scale {
        Scale::Binary => (probs[1] - probs[0], 1.0 + 4.0 * probs[1]),
        Scale::Stars5 => {
            let e: f32 = probs
                .iter()
                .enumerate()
                .map(|(i, p)| (i as f32 + 1.0) * p)
                .sum();
            ((e - 3.0) / 2.0, e)
        }
    };
    let valence = valence.clamp(-1.0, 1.0);
    let label = if valence <= -NEUTRAL_BAND {
        "negative"
    } else if valence >= NEUTRAL_BAND {
        "positive"
    } else {
        "neutral"
    };
    (valence, stars.clamp(1.0, 5.0), label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_mapping() {
        let (v, s, l) = summarize(Scale::Binary, &[0.1, 0.9]);
        assert!((v - 0.8).abs() < 1e-6 && (s - 4.6).abs() < 1e-6 && l == "positive");
        assert_eq!(summarize(Scale::Binary, &[0.45, 0.55]).2, "neutral");
        assert_eq!(summarize(Scale::Binary, &[0.7, 0.3]).2, "neutral");
        assert_eq!(summarize(Scale::Binary, &[0.75, 0.25]).2, "negative");
    }

    #[test]
    fn stars_mapping() {
        let (v, s, l) = summarize(Scale::Stars5, &[0.0, 0.0, 0.0, 0.0, 1.0]);
        assert!((v - 1.0).abs() < 1e-6 && (s - 5.0).abs() < 1e-6 && l == "positive");
        let (v, s, l) = summarize(Scale::Stars5, &[0.2; 5]);
        assert!(v.abs() < 1e-6 && (s - 3.0).abs() < 1e-6 && l == "neutral");
        assert_eq!(
            summarize(Scale::Stars5, &[0.6, 0.4, 0.0, 0.0, 0.0]).2,
            "negative"
        );
    }

    #[test]
    fn softmax_is_stable() {
        let p = softmax(&[1000.0, 1000.0]);
        assert!((p[0] - 0.5).abs() < 1e-6);
    }
}
