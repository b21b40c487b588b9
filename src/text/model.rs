//! A BERT-family sentiment model in ONNX run by ONNX Runtime: batching, windows, and the result per text.

use super::catalog::ModelSpec;
use super::language;
use super::result::{softmax, summarize, Scale, Sentiment};
use super::tokenize::{TextTokenizer, Windows};
use crate::error::{Code, Error, Result};
use ort::session::{builder::GraphOptimizationLevel, Session};
use ort::value::Tensor;

/// Windows per ONNX Runtime call (padded to the longest window of the batch).
const BATCH: usize = 32;
/// Inputs the models may take, all `[batch, sequence]` int64.
const INPUTS: &[&str] = &["input_ids", "attention_mask", "token_type_ids"];

fn load_err(file: &str, e: impl std::fmt::Display) -> Error {
    Error::new(
        Code::ModelLoad,
        format!("model file {file} cannot be loaded: {e}"),
    )
}

fn run_err(e: impl std::fmt::Display) -> Error {
    Error::new(Code::TextInference, format!("sentiment model: {e}"))
}

/// A loaded sentiment model and its tokenizer.
pub struct SentimentModel {
    id: String,
    english_only: bool,
    session: Session,
    inputs: Vec<String>,
    tokenizer: TextTokenizer,
    scale: Scale,
}

impl SentimentModel {
    /// Loads a model (ONNX Runtime must be initialised) with `threads` intra-op threads.
    pub fn load(spec: &ModelSpec, threads: usize) -> Result<Self> {
        let file = spec.onnx.display().to_string();
        crate::runtime::environment()?;
        let session = Self::session(&spec.onnx, threads).map_err(|e| load_err(&file, e))?;
        let inputs: Vec<String> = session
            .inputs()
            .iter()
            .map(|i| i.name().to_string())
            .collect();
        if let Some(bad) = inputs.iter().find(|n| !INPUTS.contains(&n.as_str())) {
            return Err(load_err(
                &file,
                format!("unexpected input {bad:?}; a BERT export takes {INPUTS:?}"),
            ));
        }
        if !inputs.iter().any(|n| n == "input_ids") {
            return Err(load_err(&file, "no input_ids input"));
        }
        let classes = session
            .outputs()
            .first()
            .and_then(|o| o.dtype().tensor_shape().and_then(|s| s.last().copied()))
            .unwrap_or(-1);
        let scale = Scale::for_classes(classes.max(0) as usize).ok_or_else(|| {
            load_err(&file, format!("its output has {classes} classes; 2 (negative, positive) or 5 (stars) are supported"))
        })?;
        Ok(Self {
            id: spec.id.clone(),
            english_only: spec.english_only,
            session,
            inputs,
            tokenizer: TextTokenizer::load(&spec.tokenizer)?,
            scale,
        })
    }

    fn session(path: &std::path::Path, threads: usize) -> std::result::Result<Session, String> {
        let env = crate::runtime::environment().map_err(|e| e.to_string())?;
        let s = |e: &dyn std::fmt::Display| e.to_string();
        Session::builder(env)
            .map_err(|e| s(&e))?
            .with_optimization_level(GraphOptimizationLevel::Level3)
            .map_err(|e| s(&e))?
            .with_intra_threads(threads.max(1))
            .map_err(|e| s(&e))?
            .with_inter_threads(1)
            .map_err(|e| s(&e))?
            .commit_from_file(path)
            .map_err(|e| s(&e))
    }

    /// The model's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// How its classes map to mood.
    pub fn scale(&self) -> Scale {
        self.scale
    }

    /// Scores one text. Empty (or whitespace-only) text is an `input.invalid` error.
    pub fn score(&mut self, text: &str) -> Result<Sentiment> {
        Ok(self.score_batch(&[text])?.remove(0))
    }

    /// Scores several texts together (their windows are batched by length).
    pub fn score_batch(&mut self, texts: &[&str]) -> Result<Vec<Sentiment>> {
        let mut all: Vec<Windows> = Vec::with_capacity(texts.len());
        for t in texts {
            if t.trim().is_empty() {
                return Err(Error::invalid("text", "empty: there is nothing to score"));
            }
            all.push(self.tokenizer.windows(t)?);
        }
        let flat: Vec<(usize, &[u32])> = all
            .iter()
            .enumerate()
            .flat_map(|(t, w)| w.ids.iter().map(move |ids| (t, ids.as_slice())))
            .collect();
        let mut order: Vec<usize> = (0..flat.len()).collect();
        order.sort_by_key(|&i| flat[i].1.len());
        let mut logits: Vec<Vec<f32>> = vec![Vec::new(); flat.len()];
        for chunk in order.chunks(BATCH) {
            let rows: Vec<&[u32]> = chunk.iter().map(|&i| flat[i].1).collect();
            for (out, &i) in self.run(&rows)?.into_iter().zip(chunk) {
                logits[i] = out;
            }
        }
        // A text's probabilities: its windows' probabilities weighted by their token counts.
        let n = self.scale.labels().len();
        let mut acc = vec![(vec![0f64; n], 0f64); texts.len()];
        for ((t, ids), l) in flat.iter().zip(&logits) {
            let w = ids.len() as f64;
            for (a, p) in acc[*t].0.iter_mut().zip(softmax(l)) {
                *a += p as f64 * w;
            }
            acc[*t].1 += w;
        }
        Ok(acc
            .into_iter()
            .zip(all.iter().zip(texts))
            .map(|((sum, w), (win, text))| {
                let probs: Vec<f32> = sum.iter().map(|s| (s / w) as f32).collect();
                self.result(probs, win, text)
            })
            .collect())
    }

    fn result(&self, probs: Vec<f32>, w: &Windows, text: &str) -> Sentiment {
        let (valence, stars, label) = summarize(self.scale, &probs);
        let mut notes = Vec::new();
        if self.english_only {
            if let Some(lang) = language::guess(text).filter(|l| *l != "en") {
                notes.push(format!(
                    "this model was trained on English; the text looks like {lang}, so treat the score as rough (a multilingual model can be installed: mentora models install)"
                ));
            }
        }
        if w.total > w.ids.len() {
            notes.push(format!(
                "long text: {} of its {} windows ({} tokens) were scored, spread evenly across it",
                w.ids.len(),
                w.total,
                w.tokens
            ));
        }
        Sentiment {
            model: self.id.clone(),
            labels: self.scale.labels(),
            probs,
            valence,
            label: label.to_string(),
            stars,
            tokens: w.tokens,
            windows: (w.ids.len(), w.total),
            note: (!notes.is_empty()).then(|| notes.join("; ")),
        }
    }

    /// Logits for a batch of windows (right-padded).
    fn run(&mut self, rows: &[&[u32]]) -> Result<Vec<Vec<f32>>> {
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
        let shape = [n, width];
        let mut feed = Vec::with_capacity(self.inputs.len());
        for name in &self.inputs {
            let data = match name.as_str() {
                "input_ids" => ids.clone(),
                "attention_mask" => mask.clone(),
                _ => vec![0i64; n * width],
            };
            let t = Tensor::from_array((shape, data.into_boxed_slice())).map_err(run_err)?;
            feed.push((name.clone(), ort::session::SessionInputValue::from(t)));
        }
        let outputs = self.session.run(feed).map_err(run_err)?;
        let (out_shape, data) = outputs[0].try_extract_tensor::<f32>().map_err(run_err)?;
        let classes = self.scale.labels().len();
        if out_shape.len() != 2 || out_shape[0] as usize != n || out_shape[1] as usize != classes {
            return Err(run_err(format!(
                "output shape {out_shape:?} for {n} windows"
            )));
        }
        Ok(data.chunks_exact(classes).map(|c| c.to_vec()).collect())
    }
}
