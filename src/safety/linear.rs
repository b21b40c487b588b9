//! Layer 2 of the crisis detector: a linear (softmax) classifier over a text's folded words, word
//! pairs and character n-grams, plus what the rules found in it and the context facts (negation,
//! news, past, quotation, who it is about). Trained offline with `mentora safety train` on the
//! tuning splits only (`dev`, `dev2`) and the statement bank; the weights ship in
//! `assets/crisis_linear.bin`. Deterministic, no model runtime, well under a millisecond a sentence.

use super::crisis::Category;
use super::matcher::{self, Verdict};
use super::normalize::{self, Token, BREAK};
use std::sync::OnceLock;

/// Hashed feature buckets.
pub const BUCKETS: usize = 1 << 16;
/// The classes, in the weights' order.
pub const CLASSES: [&str; 5] = ["none", "concern", "suicide", "self_harm", "harm_others"];
/// Bytes of the weights file: a magic, then `CLASSES.len()` biases and `CLASSES.len() × BUCKETS`
/// weights, f32 little-endian.
const MAGIC: &[u8; 8] = b"MNTLIN01";
const WEIGHTS: &[u8] = include_bytes!("../../assets/crisis_linear.bin");

/// One feature: bucket and value.
pub type Feature = (u32, f32);

fn fnv(kind: u8, parts: &[&str]) -> u32 {
    let mut h: u32 = 0x811c_9dc5 ^ u32::from(kind);
    h = h.wrapping_mul(0x0100_0193);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0100_0193);
        }
        for b in p.bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h % BUCKETS as u32
}

/// The features of a text's tokens: words, word pairs and character 3- to 5-grams (scaled to unit
/// length together), then the rules' verdicts and the context facts (value 1 each).
pub fn features(toks: &[Token]) -> Vec<Feature> {
    features_from(toks, &matcher::facts(toks), &[])
}

fn flags_of(facts: &matcher::Facts) -> Vec<String> {
    let mut flags = Vec::new();
    if let Some(why) = facts.set_aside() {
        flags.push(format!("aside:{why}"));
    }
    for (name, on) in facts.flags() {
        if on {
            flags.push(format!("fact:{name}"));
        }
    }
    flags
}

/// The context facts of a whole text, as feature names (a sentence of it is read with them).
pub fn context_flags(toks: &[Token]) -> Vec<String> {
    flags_of(&matcher::facts(toks))
}

/// [`features`] of a sentence, with the context facts of the whole text it is part of.
pub fn features_in(toks: &[Token], context: &[String]) -> Vec<Feature> {
    features_from(toks, &matcher::facts(toks), context)
}

/// [`features`] with the tokens' facts already computed (they are the costly part).
fn features_from(toks: &[Token], facts: &matcher::Facts, context: &[String]) -> Vec<Feature> {
    let mut text: Vec<u32> = Vec::new();
    let mut prev: Option<&str> = None;
    for t in toks {
        if t.text == BREAK {
            prev = None;
            continue;
        }
        let w = t.text.as_str();
        text.push(fnv(b'w', &[w]));
        if let Some(p) = prev {
            text.push(fnv(b'b', &[p, w]));
        }
        prev = Some(w);
        let chars: Vec<char> = std::iter::once('<')
            .chain(w.chars())
            .chain(std::iter::once('>'))
            .collect();
        for n in 3..=5 {
            for g in chars.windows(n) {
                let s: String = g.iter().collect();
                text.push(fnv(b'c', &[&s]));
            }
        }
    }
    let mut out: Vec<Feature> = Vec::new();
    if !text.is_empty() {
        text.sort_unstable();
        let mut counts: Vec<(u32, f32)> = Vec::new();
        for b in text {
            match counts.last_mut() {
                Some((lb, c)) if *lb == b => *c += 1.0,
                _ => counts.push((b, 1.0)),
            }
        }
        let norm = counts.iter().map(|(_, c)| c * c).sum::<f32>().sqrt();
        out.extend(counts.into_iter().map(|(b, c)| (b, c / norm)));
    }
    let mut flags: Vec<String> = Vec::new();
    for m in &matcher::matches(toks) {
        let rule = &matcher::rules()[m.rule];
        let cat = match rule.category {
            Category::Suicide => "suicide",
            Category::SelfHarm => "self_harm",
            Category::HarmOthers => "harm_others",
        };
        let v = match matcher::judge(toks, m, facts) {
            Verdict::Crisis => "crisis".to_string(),
            Verdict::Concern => "concern".to_string(),
            Verdict::Dismissed(why) => format!("dismissed:{why}"),
        };
        flags.push(format!("rule:{v}"));
        flags.push(format!("rule:{v}:{cat}"));
        flags.push(format!("rule:{:?}", rule.kind));
    }
    flags.extend(flags_of(facts));
    flags.extend(context.iter().cloned());
    if matcher::about_other(toks, None) {
        flags.push("fact:about_other".into());
    }
    flags.sort();
    flags.dedup();
    for f in &flags {
        out.push((fnv(b'r', &[f]), 1.0));
    }
    out
}

/// The classifier's weights.
pub struct Model {
    bias: Vec<f32>,
    /// `CLASSES.len()` rows of `BUCKETS`.
    w: Vec<f32>,
}

impl Model {
    /// A model of zeros (every class equally likely).
    pub fn zeros() -> Self {
        Model {
            bias: vec![0.0; CLASSES.len()],
            w: vec![0.0; CLASSES.len() * BUCKETS],
        }
    }

    /// Parses the weights file.
    pub fn from_bytes(b: &[u8]) -> Option<Self> {
        let k = CLASSES.len();
        let body = b.strip_prefix(MAGIC)?;
        if body.len() != 4 * k * (BUCKETS + 1) {
            return None;
        }
        let f: Vec<f32> = body
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if f.iter().any(|x| !x.is_finite()) {
            return None;
        }
        Some(Model {
            bias: f[..k].to_vec(),
            w: f[k..].to_vec(),
        })
    }

    /// The weights file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        for x in self.bias.iter().chain(&self.w) {
            out.extend_from_slice(&x.to_le_bytes());
        }
        out
    }

    /// Class probabilities for features `x`.
    pub fn probs(&self, x: &[Feature]) -> [f32; 5] {
        let mut z = [0f32; 5];
        for (c, zc) in z.iter_mut().enumerate() {
            let row = &self.w[c * BUCKETS..(c + 1) * BUCKETS];
            *zc = self.bias[c] + x.iter().map(|&(i, v)| row[i as usize] * v).sum::<f32>();
        }
        softmax(z)
    }

    /// Trains on `(features, class)` pairs: `epochs` passes of AdaGrad on the cross-entropy with
    /// an L2 penalty `l2`, in a fixed pseudo-random order (the same data gives the same bytes).
    pub fn train(data: &[(Vec<Feature>, usize)], epochs: usize, l2: f32, rate: f32) -> Self {
        let k = CLASSES.len();
        let mut m = Model::zeros();
        let mut g2 = vec![1e-6f32; k * BUCKETS];
        let mut gb = vec![1e-6f32; k];
        // Each class weighs as much as the others in all (the sets have more `none` than `concern`).
        let mut per = vec![0usize; k];
        for (_, y) in data {
            per[*y] += 1;
        }
        let weight: Vec<f32> = per
            .iter()
            .map(|&n| if n == 0 { 0.0 } else { 1.0 })
            .collect();
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..epochs {
            for i in (1..order.len()).rev() {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                order.swap(i, (seed >> 33) as usize % (i + 1));
            }
            for &n in &order {
                let (x, y) = (&data[n].0, data[n].1);
                let p = m.probs(x);
                for c in 0..k {
                    let err = (p[c] - f32::from(u8::from(c == y))) * weight[y];
                    gb[c] += err * err;
                    m.bias[c] -= rate * err / gb[c].sqrt();
                    for &(i, v) in x {
                        let j = c * BUCKETS + i as usize;
                        let g = err * v + l2 * m.w[j];
                        g2[j] += g * g;
                        m.w[j] -= rate * g / g2[j].sqrt();
                    }
                }
            }
        }
        m
    }
}

fn softmax(z: [f32; 5]) -> [f32; 5] {
    let max = z.iter().copied().fold(f32::MIN, f32::max);
    let mut e = z.map(|v| (v - max).exp());
    let s: f32 = e.iter().sum();
    for v in &mut e {
        *v /= s;
    }
    e
}

/// The shipped model (see `mentora safety train`).
pub fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| {
        Model::from_bytes(WEIGHTS)
            .expect("assets/crisis_linear.bin is a weights file of this layout")
    })
}

/// Whether the shipped weights parse.
pub fn loaded() -> bool {
    Model::from_bytes(WEIGHTS).is_some()
}

/// The class index of an eval or bank label and category.
pub fn class_of(expected: &str, category: &str) -> usize {
    match (expected, category) {
        ("crisis", "self_harm") => 3,
        ("crisis", "harm_others") => 4,
        ("crisis", _) => 2,
        ("concern", _) => 1,
        _ => 0,
    }
}

/// The classifier's reading of a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// P(the writer is at risk): the three crisis classes together.
    pub crisis: f32,
    /// P(someone else is).
    pub concern: f32,
    /// The likeliest crisis category.
    pub category: Category,
}

/// Sentences of a long text read one by one (spread over it).
pub const MAX_SENTENCES: usize = 48;

/// Scores a text: the whole of it (up to [`normalize::PIECE`] bytes) and, when it has several,
/// each of its sentences (at most [`MAX_SENTENCES`]) with the whole text's context facts; the
/// highest P(crisis) wins, and the highest P(concern).
pub fn score(text: &str) -> Score {
    score_with(model(), text)
}

/// [`score`] with another model (training, cross-validation).
pub fn score_with(m: &Model, text: &str) -> Score {
    let head = &text[..super::sentences::floor_char_boundary(text, normalize::PIECE)];
    let toks = normalize::tokens(head);
    if !toks.iter().any(|t| t.text != BREAK) {
        // No word: nothing to read.
        return Score {
            crisis: 0.0,
            concern: 0.0,
            category: Category::Suicide,
        };
    }
    let facts = matcher::facts(&toks);
    let mut best = score_features(m, &features_from(&toks, &facts, &[]));
    let (sentences, _) = super::sentences::windows(text);
    if sentences.len() > 1 {
        let context = flags_of(&facts);
        for s in super::sentences::spread(sentences, MAX_SENTENCES) {
            let sc = score_features(m, &features_in(&normalize::tokens(&s), &context));
            if sc.crisis > best.crisis {
                best.crisis = sc.crisis;
                best.category = sc.category;
            }
            best.concern = best.concern.max(sc.concern);
        }
    }
    best
}

fn score_features(m: &Model, x: &[Feature]) -> Score {
    let p = m.probs(x);
    let category = if p[3] >= p[2] && p[3] >= p[4] {
        Category::SelfHarm
    } else if p[4] > p[2] {
        Category::HarmOthers
    } else {
        Category::Suicide
    };
    Score {
        crisis: p[2] + p[3] + p[4],
        concern: p[1],
        category,
    }
}
