//! Layer 3 of the crisis detector ([`BankLayer`], loaded only when layer 4's encoder is not
//! installed) and [`Semantic`], the model layers as loaded: the MiniLM sentence encoder that ships with Mentora
//! (`models/sentiment/minilm_sentiment_int8.onnx`, second output `embedding`) compares each sentence
//! of a text with a bank of crisis statements and of non-crisis look-alikes
//! (`assets/crisis_bank.jsonl`, written from general knowledge in the six languages; its embeddings
//! are computed when the layer loads). It only runs when the rules found nothing, set nothing aside,
//! and the text is not news, a quote, a question someone asked, or a past risk that is over
//! (the context layer of `matcher.rs`); it can raise `none` to `crisis` (or to `concern` for a
//! sentence about someone else), never lower a level.
//!
//! A sentence counts as crisis language when its cosine similarity to the nearest crisis statement
//! exceeds its similarity to the nearest non-crisis line (idioms, negations, news, ordinary sadness,
//! someone else at risk) by at least [`THRESHOLD`]: "nearest is a look-alike" vetoes. The threshold
//! was chosen on the dev split of `tests/data/safety/crisis_eval.jsonl` only (the most recall with
//! the detector's false alarms on dev's `none` lines at or under 3 %).
//!
//! MiniLM-L6-v2 was trained on English. On German, French, Spanish, Italian and Dutch it still
//! places a sentence near bank statements of the same language that share its words and word
//! pieces, which is why the bank has statements in every language (no translation is involved);
//! it is a weaker paraphrase detector there than in English.
//!
//! Work per text is capped, whatever its length: at most [`MAX_WINDOWS`] sentences of at most
//! [`MAX_TOKENS`] word pieces, [`TOKEN_BUDGET`] in all, are embedded. When a text has more, the ones whose words best cover
//! some crisis statement of the bank (rare words counting more, as in a search engine's shortlist)
//! are read.

use super::crisis::{Category, Level};
use super::sentences::{floor_char_boundary, spread, windows};
use super::{matcher, normalize, rules};
use crate::error::{Code, Error, Result};
use crate::models::Manifest;
use ort::session::Session;
use ort::value::Tensor;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, Weak};

const BANK_JSONL: &str = include_str!("../../assets/crisis_bank.jsonl");

/// A sentence is crisis language when its similarity to the nearest crisis statement is at least
/// this much above its similarity to the nearest non-crisis line (calibrated on the dev split).
pub const THRESHOLD: f32 = 0.06;
/// Sentences embedded per text, and their word pieces in all (the latency budget: one thread, p99
/// ≤ 15 ms per message): two short sentences, or one long one.
pub const MAX_WINDOWS: usize = 2;
/// See [`MAX_WINDOWS`].
pub const TOKEN_BUDGET: usize = 40;
/// Word pieces per sentence, `[CLS]` and `[SEP]` included (the rest of a longer one is cut).
pub const MAX_TOKENS: usize = 40;
/// Word pieces per bank statement.
const BANK_TOKENS: usize = 64;
/// Bank lines per ONNX Runtime call while the bank is embedded.
const BATCH: usize = 32;
/// The encoder's output this layer reads.
const OUTPUT: &str = "embedding";

/// What a bank line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// The writer's own risk now.
    Crisis,
    /// Someone else's risk (a look-alike: not the writer).
    Concern,
    /// A look-alike that needs no card: idiom, negation, news, ordinary sadness, past, quote…
    None,
}

/// One line of `assets/crisis_bank.jsonl`.
#[derive(Debug, Clone, Deserialize)]
pub struct BankLine {
    /// ISO 639-1 code.
    pub lang: String,
    /// Crisis, concern or none.
    pub label: Label,
    /// The eval set's category names (`direct_ideation`, `idiom`, …).
    pub category: String,
    /// The statement.
    pub text: String,
}

/// The bank, parsed once (it is compiled in).
pub fn bank() -> &'static [BankLine] {
    static BANK: OnceLock<Vec<BankLine>> = OnceLock::new();
    BANK.get_or_init(|| {
        BANK_JSONL
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("assets/crisis_bank.jsonl is valid JSONL"))
            .collect()
    })
}

/// What the semantic layer found, as the verdict shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SemanticMatch {
    /// What this layer decided for the text.
    pub level: Level,
    /// Cosine similarity of the sentence to the nearest crisis statement.
    pub similarity: f32,
    /// `similarity` minus the similarity to the nearest non-crisis line.
    pub margin: f32,
    /// The margin a sentence needs.
    pub threshold: f32,
    /// The nearest crisis statement of the bank.
    pub bank_line: &'static str,
    /// Its language.
    pub bank_lang: &'static str,
    /// Its category.
    pub bank_category: &'static str,
    /// The nearest non-crisis line of the bank.
    pub nearest_other: &'static str,
    /// The sentence (or sentences) of the text that was compared.
    pub window: String,
}

// The similarities are finite numbers (cosines of unit vectors), so equality is an equivalence.
impl Eq for SemanticMatch {}

/// One sentence's scores.
#[derive(Debug, Clone)]
pub struct WindowScore {
    /// The sentence as read.
    pub window: String,
    /// Cosine to the nearest crisis statement.
    pub similarity: f32,
    /// `similarity` minus the cosine to the nearest non-crisis line.
    pub margin: f32,
    /// Index of the nearest crisis statement in [`bank`].
    pub crisis_line: usize,
    /// Index of the nearest non-crisis line in [`bank`].
    pub other_line: usize,
}

/// The layer's reading of a text before any threshold: its best sentence about the writer and its
/// best sentence about someone else.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The sentence about the writer with the largest margin.
    pub writer: Option<WindowScore>,
    /// The sentence about someone else with the largest margin.
    pub other: Option<WindowScore>,
    /// Why the whole text was set aside (news, quote, past, asked), if it was.
    pub set_aside: Option<&'static str>,
    /// Sentences read.
    pub windows: usize,
    /// Sentences the text has (more than `windows` when it was long).
    pub total: usize,
}

impl Reading {
    /// The level this reading reaches with margin `threshold`, and what decided it.
    pub fn decide(&self, threshold: f32) -> Option<SemanticMatch> {
        let pick = |w: &WindowScore, level: Level| {
            let b = bank();
            let c = &b[w.crisis_line];
            SemanticMatch {
                level,
                similarity: w.similarity,
                margin: w.margin,
                threshold,
                bank_line: c.text.as_str(),
                bank_lang: c.lang.as_str(),
                bank_category: c.category.as_str(),
                nearest_other: b[w.other_line].text.as_str(),
                window: w.window.clone(),
            }
        };
        match (&self.writer, &self.other) {
            (Some(w), _) if w.margin >= threshold => Some(pick(w, Level::Crisis)),
            (_, Some(o)) if o.margin >= threshold => Some(pick(o, Level::Concern)),
            _ => None,
        }
    }

    /// The best sentence either way (for showing why nothing was decided).
    pub fn best(&self) -> Option<&WindowScore> {
        match (&self.writer, &self.other) {
            (Some(w), Some(o)) => Some(if o.margin > w.margin { o } else { w }),
            (w, o) => w.as_ref().or(o.as_ref()),
        }
    }
}

/// The crisis category of a bank category.
pub fn category_of(bank_category: &str) -> Category {
    match bank_category {
        "self_harm" => Category::SelfHarm,
        "harm_others" => Category::HarmOthers,
        _ => Category::Suicide,
    }
}

/// Threads for an interactive process: the bank is embedded faster, a message is read faster.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
}

pub(super) fn load_err(file: &Path, e: impl std::fmt::Display) -> Error {
    Error::new(
        Code::ModelLoad,
        format!(
            "the crisis detector's encoder {} cannot be loaded: {e}",
            file.display()
        ),
    )
}

fn run_err(e: impl std::fmt::Display) -> Error {
    Error::new(Code::TextInference, format!("crisis detector encoder: {e}"))
}

/// The crisis detector's model layers, loaded together: layer 4 (the encoder and its head) when
/// its model is installed, else layer 3 (the bank comparison) standing in for it. Only one of the
/// two is loaded by [`Semantic::from_manifest`]: the bank takes seconds and ~150 MB to embed, and
/// is never read while the encoder decides.
pub struct Semantic {
    bank: Option<BankLayer>,
    encoder: Option<super::encoder::Encoder>,
}

/// Layer 3: the MiniLM encoder and the bank's embeddings.
pub struct BankLayer {
    session: Mutex<Session>,
    inputs: Vec<String>,
    tokenizer: tokenizers::Tokenizer,
    cls: u32,
    sep: u32,
    dim: usize,
    /// `bank().len()` unit vectors of `dim`, row after row.
    bank: Vec<f32>,
    /// The word index of the bank's crisis statements: which sentences of a long text are read.
    shortlist: super::shortlist::Shortlist,
    threshold: f32,
}

impl Semantic {
    /// Loads layer 4 (the manifest's `crisis-encoder` and its tokenizer); when it cannot (logged),
    /// layer 3 instead: the encoder of the manifest's default sentiment model (`sentiment-int8`,
    /// with its `embedding` output) and its tokenizer, and the bank embedded. ONNX Runtime must be
    /// initialised.
    pub fn from_manifest(manifest: &Manifest, threads: usize) -> Result<Self> {
        match super::encoder::Encoder::from_manifest(manifest, threads) {
            Ok(e) => Ok(Semantic {
                bank: None,
                encoder: Some(e),
            }),
            Err(e) => {
                tracing::warn!(
                    code = %e.code(),
                    "the crisis detector's encoder layer is off, the bank comparison stands in: {}",
                    e.message()
                );
                Self::bank_only(manifest, threads)
            }
        }
    }

    /// Layer 3 alone, even when the encoder is installed (for comparison and calibration).
    pub fn bank_only(manifest: &Manifest, threads: usize) -> Result<Self> {
        let onnx = manifest.verified_path(crate::text::DEFAULT_MODEL)?;
        let tokenizer = manifest.verified_path("sentiment-tokenizer")?;
        Self::load(&onnx, &tokenizer, threads)
    }

    /// Layer 3 alone from an encoder whose output `embedding` is an L2-normalised sentence vector
    /// (see [`BankLayer::load`]).
    pub fn load(onnx: &Path, tokenizer: &Path, threads: usize) -> Result<Self> {
        Ok(Semantic {
            bank: Some(BankLayer::load(onnx, tokenizer, threads)?),
            encoder: None,
        })
    }

    /// Layer 4, when it is loaded.
    pub fn encoder(&self) -> Option<&super::encoder::Encoder> {
        self.encoder.as_ref()
    }

    /// Layer 3, when it is loaded.
    pub fn bank(&self) -> Option<&BankLayer> {
        self.bank.as_ref()
    }

    fn bank_or_err(&self) -> Result<&BankLayer> {
        self.bank.as_ref().ok_or_else(|| {
            Error::new(
                Code::ModelLoad,
                "the bank comparison is not loaded (the encoder layer decides)",
            )
        })
    }

    /// Layer 3's reading of `text` (see [`BankLayer::read`]); an error when it is not loaded.
    pub fn read(&self, text: &str) -> Result<Reading> {
        self.bank_or_err()?.read(text)
    }

    /// Layer 3's verdict on `text` (see [`BankLayer::assess`]); an error when it is not loaded.
    pub fn assess(&self, text: &str) -> Result<Option<SemanticMatch>> {
        self.bank_or_err()?.assess(text)
    }

    /// Layer 3's sentence vectors (see [`BankLayer::embed`]); an error when it is not loaded.
    pub fn embed(&self, texts: &[&str]) -> Result<(usize, Vec<f32>)> {
        self.bank_or_err()?.embed(texts)
    }

    /// Layer 3's margin threshold ([`THRESHOLD`] unless changed).
    pub fn threshold(&self) -> f32 {
        self.bank.as_ref().map_or(THRESHOLD, |b| b.threshold)
    }

    /// The same layers with layer 3 at another margin threshold (for calibration).
    pub fn with_threshold(mut self, threshold: f32) -> Self {
        if let Some(b) = self.bank.as_mut() {
            b.threshold = threshold;
        }
        self
    }

    /// [`Semantic::from_manifest`], shared by every `App` of a process while one of them holds it,
    /// and freed when the last lets go (an idle app unloads it). Loaded with no lock held: two
    /// racing first uses may both load, one result is kept.
    pub fn shared(manifest: &Manifest, threads: usize) -> Result<Arc<Self>> {
        static LOADED: Mutex<Vec<(PathBuf, Weak<Semantic>)>> = Mutex::new(Vec::new());
        let onnx = manifest
            .dir
            .join(&manifest.entry(crate::text::DEFAULT_MODEL)?.file);
        let cached = |l: &mut Vec<(PathBuf, Weak<Semantic>)>| {
            l.retain(|(_, w)| w.strong_count() > 0);
            l.iter()
                .find(|(p, _)| *p == onnx)
                .and_then(|(_, w)| w.upgrade())
        };
        if let Some(s) = cached(&mut LOADED.lock().unwrap_or_else(|p| p.into_inner())) {
            return Ok(s);
        }
        let s = Arc::new(Self::from_manifest(manifest, threads)?);
        let mut l = LOADED.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(s) = cached(&mut l) {
            return Ok(s);
        }
        l.push((onnx, Arc::downgrade(&s)));
        Ok(s)
    }
}

impl BankLayer {
    /// Loads an encoder whose output `embedding` is an L2-normalised sentence vector, with
    /// `threads` intra-op threads, and embeds the bank.
    pub fn load(onnx: &Path, tokenizer: &Path, threads: usize) -> Result<Self> {
        crate::runtime::environment()?;
        let session = crate::runtime::session(onnx, threads).map_err(|e| load_err(onnx, e))?;
        let inputs: Vec<String> = session
            .inputs()
            .iter()
            .map(|i| i.name().to_string())
            .collect();
        if !inputs.iter().any(|n| n == "input_ids") {
            return Err(load_err(onnx, "no input_ids input"));
        }
        if !session.outputs().iter().any(|o| o.name() == OUTPUT) {
            return Err(load_err(
                onnx,
                format!("it has no `{OUTPUT}` output; rebuild the models with scripts/models/fetch_sentiment.sh"),
            ));
        }
        let mut tok = tokenizers::Tokenizer::from_file(tokenizer).map_err(|e| {
            Error::new(
                Code::ModelLoad,
                format!("tokenizer {} cannot be loaded: {e}", tokenizer.display()),
            )
        })?;
        tok.with_truncation(None)
            .map_err(|e| Error::new(Code::ModelLoad, format!("tokenizer: {e}")))?;
        tok.with_padding(None);
        let id = |t: &str| {
            tok.token_to_id(t).ok_or_else(|| {
                Error::new(
                    Code::ModelLoad,
                    format!("tokenizer {} has no {t} token", tokenizer.display()),
                )
            })
        };
        let (cls, sep) = (id("[CLS]")?, id("[SEP]")?);
        let mut s = BankLayer {
            session: Mutex::new(session),
            inputs,
            tokenizer: tok,
            cls,
            sep,
            dim: 0,
            bank: Vec::new(),
            shortlist: super::shortlist::Shortlist::new(),
            threshold: THRESHOLD,
        };
        let texts: Vec<&str> = bank().iter().map(|b| b.text.as_str()).collect();
        let (dim, vecs) = s.embed_capped(&texts, BANK_TOKENS)?;
        s.dim = dim;
        s.bank = vecs;
        Ok(s)
    }

    /// Unit vectors for `texts` (each cut at [`MAX_TOKENS`]), row after row; returns (dim, data).
    pub fn embed(&self, texts: &[&str]) -> Result<(usize, Vec<f32>)> {
        self.embed_capped(texts, MAX_TOKENS)
    }

    /// `[CLS]` + the first `cap - 2` word pieces of `text` + `[SEP]`.
    fn ids(&self, text: &str, cap: usize) -> Result<Vec<u32>> {
        let enc = self
            .tokenizer
            .encode(text, false)
            .map_err(|e| run_err(format!("tokenizing failed: {e}")))?;
        let ids = enc.get_ids();
        let mut w = Vec::with_capacity(cap);
        w.push(self.cls);
        w.extend_from_slice(&ids[..ids.len().min(cap.max(3) - 2)]);
        w.push(self.sep);
        Ok(w)
    }

    fn embed_capped(&self, texts: &[&str], cap: usize) -> Result<(usize, Vec<f32>)> {
        let rows = texts
            .iter()
            .map(|t| self.ids(t, cap))
            .collect::<Result<Vec<_>>>()?;
        self.embed_ids(&rows)
    }

    fn embed_ids(&self, rows: &[Vec<u32>]) -> Result<(usize, Vec<f32>)> {
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by_key(|&i| rows[i].len());
        let mut dim = self.dim;
        let mut out: Vec<Vec<f32>> = vec![Vec::new(); rows.len()];
        for chunk in order.chunks(BATCH) {
            let batch: Vec<&[u32]> = chunk.iter().map(|&i| rows[i].as_slice()).collect();
            let (d, data) = self.run(&batch)?;
            dim = d;
            for (k, &i) in chunk.iter().enumerate() {
                out[i] = data[k * d..(k + 1) * d].to_vec();
            }
        }
        Ok((dim, out.concat()))
    }

    fn run(&self, rows: &[&[u32]]) -> Result<(usize, Vec<f32>)> {
        let width = rows.iter().map(|r| r.len()).max().unwrap_or(0);
        let n = rows.len();
        let mut ids = vec![0i64; n * width];
        let mut mask = vec![0i64; n * width];
        for (i, r) in rows.iter().enumerate() {
            for (j, &t) in r.iter().enumerate() {
                ids[i * width + j] = t as i64;
                mask[i * width + j] = 1;
            }
        }
        let mut feed = Vec::with_capacity(self.inputs.len());
        for name in &self.inputs {
            let data = match name.as_str() {
                "input_ids" => ids.clone(),
                "attention_mask" => mask.clone(),
                _ => vec![0i64; n * width],
            };
            let t = Tensor::from_array(([n, width], data.into_boxed_slice())).map_err(run_err)?;
            feed.push((name.clone(), ort::session::SessionInputValue::from(t)));
        }
        let mut session = self.session.lock().unwrap_or_else(|p| p.into_inner());
        let outputs = session.run(feed).map_err(run_err)?;
        let value = outputs
            .get(OUTPUT)
            .ok_or_else(|| run_err(format!("no `{OUTPUT}` output")))?;
        let (shape, data) = value.try_extract_tensor::<f32>().map_err(run_err)?;
        if shape.len() != 2 || shape[0] as usize != n || shape[1] <= 0 {
            return Err(run_err(format!("output shape {shape:?} for {n} sentences")));
        }
        Ok((shape[1] as usize, data.to_vec()))
    }

    /// The nearest crisis statement and the nearest other line to unit vector `v`.
    fn nearest(&self, v: &[f32]) -> (usize, f32, usize, f32) {
        let (mut bc, mut sc, mut bo, mut so) = (0, f32::MIN, 0, f32::MIN);
        for (i, (row, line)) in self.bank.chunks_exact(self.dim).zip(bank()).enumerate() {
            let s: f32 = row.iter().zip(v).map(|(a, b)| a * b).sum();
            if line.label == Label::Crisis {
                if s > sc {
                    (bc, sc) = (i, s);
                }
            } else if s > so {
                (bo, so) = (i, s);
            }
        }
        (bc, sc, bo, so)
    }

    /// Reads a text: its sentences (at most [`MAX_WINDOWS`], context-checked), each compared with
    /// the bank. No threshold is applied here.
    pub fn read(&self, text: &str) -> Result<Reading> {
        let (cands, total) = windows(text);
        let mut r = Reading {
            total,
            ..Default::default()
        };
        if cands.is_empty() {
            return Ok(r);
        }
        let head = &text[..floor_char_boundary(text, normalize::PIECE)];
        let lexicon = crate::text::language::guess(head)
            .and_then(|l| rules::ALL.iter().position(|x| x.lang == l));
        // The context layer on the whole text (a long one: on each sentence).
        let whole = (text.len() <= normalize::PIECE).then(|| {
            let toks = normalize::tokens(text);
            matcher::facts(&toks).set_aside()
        });
        if let Some(Some(why)) = whole {
            r.set_aside = Some(why);
            return Ok(r);
        }
        let mut kept: Vec<(String, bool, f32)> = Vec::new();
        for w in cands {
            let toks = normalize::tokens(&w);
            if whole.is_none() && matcher::facts(&toks).set_aside().is_some() {
                continue;
            }
            let other = matcher::about_other(&toks, lexicon);
            let cue = self.shortlist.score(&toks);
            kept.push((w, other, cue));
        }
        // The sentences to read, best first: by their words' closeness to a crisis statement, or
        // spread over the text when none has any.
        if kept.iter().all(|k| k.2 <= 0.0) {
            kept = spread(kept, MAX_WINDOWS);
        } else {
            kept.sort_by(|a, b| b.2.total_cmp(&a.2));
        }
        let mut picked: Vec<(String, bool)> = Vec::new();
        let mut rows: Vec<Vec<u32>> = Vec::new();
        let mut spent = 0;
        for (w, other, _) in kept.into_iter().take(2 * MAX_WINDOWS) {
            if picked.len() == MAX_WINDOWS {
                break;
            }
            let ids = self.ids(&w, MAX_TOKENS)?;
            if !rows.is_empty() && spent + ids.len() > TOKEN_BUDGET {
                continue;
            }
            spent += ids.len();
            rows.push(ids);
            picked.push((w, other));
        }
        r.windows = picked.len();
        if picked.is_empty() {
            return Ok(r);
        }
        let (dim, vecs) = self.embed_ids(&rows)?;
        if dim != self.dim {
            return Err(run_err(format!(
                "{dim}-d sentences against a {}-d bank",
                self.dim
            )));
        }
        for ((w, other), v) in picked.into_iter().zip(vecs.chunks_exact(dim)) {
            let (c, sc, o, so) = self.nearest(v);
            let score = WindowScore {
                window: w,
                similarity: sc,
                margin: sc - so,
                crisis_line: c,
                other_line: o,
            };
            let slot = if other { &mut r.other } else { &mut r.writer };
            if slot.as_ref().is_none_or(|b| score.margin > b.margin) {
                *slot = Some(score);
            }
        }
        Ok(r)
    }

    /// The level this layer gives `text` (crisis, concern) and what decided it; `None` when no
    /// sentence is close enough to a crisis statement.
    pub fn assess(&self, text: &str) -> Result<Option<SemanticMatch>> {
        Ok(self.read(text)?.decide(self.threshold))
    }
}

#[cfg(test)]
mod tests {
    use super::super::sentences::{MAX_CANDIDATES, MAX_WORDS};
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_bank_parses_and_covers_every_language() {
        let b = bank();
        for lang in ["en", "de", "fr", "es", "it", "nl"] {
            let crisis = b
                .iter()
                .filter(|l| l.lang == lang && l.label == Label::Crisis)
                .count();
            let other = b
                .iter()
                .filter(|l| l.lang == lang && l.label != Label::Crisis)
                .count();
            assert!(crisis >= 50 && other >= 30, "{lang}: {crisis} / {other}");
        }
        let mut seen = HashSet::new();
        for l in b {
            assert!(!l.text.trim().is_empty());
            assert!(seen.insert(&l.text), "twice in the bank: {}", l.text);
        }
    }

    #[test]
    fn sentences_are_joined_cut_and_deduplicated() {
        let (w, n) = windows("morire? ma figurati, ho appena prenotato il viaggio. Tutto bene.");
        assert_eq!(n, 1, "{w:?}");
        assert!(w[0].starts_with("morire? ma figurati"));
        let (w, _) = windows("I had a long day at work today. I had a long day at work today. ");
        assert_eq!(w.len(), 1);
        let long = "word ".repeat(100);
        let (w, _) = windows(&long);
        assert!(w.iter().all(|s| s.split_whitespace().count() <= MAX_WORDS));
        let (w, _) = windows("ki\u{00ad}ll my\u{200b}self now please");
        assert_eq!(w, vec!["kill myself now please".to_string()]);
        assert_eq!(windows("").0.len(), 0);
        assert_eq!(windows("... !!! ???").0.len(), 0);
    }

    #[test]
    fn any_input_makes_bounded_windows_without_panic() {
        let big: String = (0..60_000)
            .map(|i| format!("Sentence number {i} is here. "))
            .collect();
        assert!(big.len() > 1 << 20);
        let (w, n) = windows(&big);
        assert!(n >= 60_000 && w.len() == MAX_CANDIDATES);
        assert_eq!(
            spread((0..1000).collect::<Vec<_>>(), MAX_WINDOWS).len(),
            MAX_WINDOWS
        );
        let a = "a".repeat(1 << 20);
        let (w, _) = windows(&a);
        assert_eq!(w.len(), 1);
        for s in [
            "",
            " ",
            "\u{0}",
            "\u{0}\u{0}. \u{0}",
            "''''",
            "| | |",
            "🙂🙂",
            "\n\n\n",
            "…",
            "é.é.é.é.",
            "\u{200b}\u{00ad}",
            "a. b. c. d. e.",
        ] {
            let _ = windows(s);
        }
    }

    #[test]
    fn the_layer_can_be_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Semantic>();
    }

    #[test]
    fn the_nearest_line_decides_the_level() {
        let w = |margin: f32| WindowScore {
            window: "x".into(),
            similarity: 0.8,
            margin,
            crisis_line: 0,
            other_line: bank().len() - 1,
        };
        let r = Reading {
            writer: Some(w(0.2)),
            ..Default::default()
        };
        assert_eq!(r.decide(THRESHOLD).unwrap().level, Level::Crisis);
        let r = Reading {
            writer: Some(w(-0.1)),
            other: Some(w(0.3)),
            ..Default::default()
        };
        assert_eq!(r.decide(THRESHOLD).unwrap().level, Level::Concern);
        let r = Reading {
            writer: Some(w(0.0)),
            ..Default::default()
        };
        assert!(r.decide(THRESHOLD).is_none());
        assert_eq!(category_of("self_harm"), Category::SelfHarm);
        assert_eq!(category_of("goodbye"), Category::Suicide);
    }
}
