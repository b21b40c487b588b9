//! A BERT-family sentiment model in ONNX run by ONNX Runtime: batching, windows, and the result per text.

use super::catalog::ModelSpec;
use super::language;
use super::result::{softmax, summarize, Scale, Sentiment, TextEmotion};
use super::tokenize::{TextTokenizer, Windows};
use crate::error::{Code, Error, Result};
use ort::session::Session;
use ort::value::Tensor;

/// Windows per ONNX Runtime call (padded to the longest window of the batch).
const BATCH: usize = 32;
/// Inputs the models may take, all `[batch, sequence]` int64.
const INPUTS: &[&str] = &["input_ids", "attention_mask", "token_type_ids"];
/// The optional output of the seven emotions (the face model's labels, in its order).
const EMOTION_OUTPUT: &str = "emotion_logits";
/// The optional output of the sentence vector the heads read.
const EMBEDDING_OUTPUT: &str = "embedding";

/// One window's outputs.
struct WindowOut {
    logits: Vec<f32>,
    emotion: Option<Vec<f32>>,
    embedding: Option<Vec<f32>>,
}

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
    /// Has `emotion_logits` [batch, 7].
    emotions: bool,
}

impl SentimentModel {
    /// Loads a model (ONNX Runtime must be initialised) with `threads` intra-op threads.
    pub fn load(spec: &ModelSpec, threads: usize) -> Result<Self> {
        let file = spec.onnx.display().to_string();
        crate::runtime::environment()?;
        let session =
            crate::runtime::session(&spec.onnx, threads).map_err(|e| load_err(&file, e))?;
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
        let emotions = match session
            .outputs()
            .iter()
            .find(|o| o.name() == EMOTION_OUTPUT)
        {
            None => false,
            Some(o) => {
                let n = o.dtype().tensor_shape().and_then(|s| s.last().copied());
                if n != Some(crate::vision::EMOTION_LABELS.len() as i64) {
                    return Err(load_err(
                        &file,
                        format!("{EMOTION_OUTPUT} has {n:?} classes, expected 7"),
                    ));
                }
                true
            }
        };
        Ok(Self {
            id: spec.id.clone(),
            english_only: spec.english_only,
            session,
            inputs,
            tokenizer: TextTokenizer::load(&spec.tokenizer)?,
            scale,
            emotions,
        })
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

    /// Whether it also reads the seven emotions.
    pub fn has_emotions(&self) -> bool {
        self.emotions
    }

    /// Scores several texts together (their windows are batched by length).
    pub fn score_batch(&mut self, texts: &[&str]) -> Result<Vec<Sentiment>> {
        Ok(self.read_batch(texts, false)?.0)
    }

    /// The L2-normalised sentence vector of each text (its windows' vectors weighted by their
    /// token counts), when the model outputs `embedding`; for the evaluation of other heads.
    pub fn embed_batch(&mut self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let (_, e) = self.read_batch(texts, true)?;
        e.ok_or_else(|| run_err(format!("{} has no {EMBEDDING_OUTPUT} output", self.id)))
    }

    #[allow(clippy::type_complexity)]
    fn read_batch(
        &mut self,
        texts: &[&str],
        want_embedding: bool,
    ) -> Result<(Vec<Sentiment>, Option<Vec<Vec<f32>>>)> {
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
        let mut outs: Vec<Option<WindowOut>> = (0..flat.len()).map(|_| None).collect();
        for chunk in order.chunks(BATCH) {
            let rows: Vec<&[u32]> = chunk.iter().map(|&i| flat[i].1).collect();
            for (out, &i) in self.run(&rows, want_embedding)?.into_iter().zip(chunk) {
                outs[i] = Some(out);
            }
        }
        // A text's probabilities: its windows' probabilities weighted by their token counts (the
        // same for the emotions and the sentence vector).
        let n = self.scale.labels().len();
        let k = crate::vision::EMOTION_LABELS.len();
        let mut acc = vec![(vec![0f64; n], vec![0f64; k], Vec::<f64>::new(), 0f64); texts.len()];
        for ((t, ids), out) in flat.iter().zip(&outs) {
            let out = out.as_ref().expect("every window was run");
            let w = ids.len() as f64;
            let a = &mut acc[*t];
            for (s, p) in a.0.iter_mut().zip(softmax(&out.logits)) {
                *s += p as f64 * w;
            }
            if let Some(e) = &out.emotion {
                for (s, p) in a.1.iter_mut().zip(softmax(e)) {
                    *s += p as f64 * w;
                }
            }
            if let Some(v) = &out.embedding {
                a.2.resize(v.len(), 0.0);
                for (s, x) in a.2.iter_mut().zip(v) {
                    *s += *x as f64 * w;
                }
            }
            a.3 += w;
        }
        let mut embeddings = want_embedding.then(Vec::new);
        let mut results = Vec::with_capacity(texts.len());
        for ((sum, emo, vec, w), (win, text)) in acc.into_iter().zip(all.iter().zip(texts)) {
            let probs: Vec<f32> = sum.iter().map(|s| (s / w) as f32).collect();
            let emotion = self
                .emotions
                .then(|| TextEmotion::new(emo.iter().map(|s| (s / w) as f32).collect()));
            if let Some(e) = embeddings.as_mut() {
                let norm = vec.iter().map(|x| x * x).sum::<f64>().sqrt().max(1e-12);
                e.push(vec.iter().map(|x| (x / norm) as f32).collect());
            }
            results.push(self.result(probs, emotion, win, text));
        }
        Ok((results, embeddings))
    }

    fn result(
        &self,
        probs: Vec<f32>,
        emotion: Option<TextEmotion>,
        w: &Windows,
        text: &str,
    ) -> Sentiment {
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
            emotion,
            note: (!notes.is_empty()).then(|| notes.join("; ")),
        }
    }

    /// Outputs for a batch of windows (right-padded).
    fn run(&mut self, rows: &[&[u32]], want_embedding: bool) -> Result<Vec<WindowOut>> {
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
        let rows_of = |v: &ort::value::DynValue, width: Option<usize>| -> Result<Vec<Vec<f32>>> {
            let (shape, data) = v.try_extract_tensor::<f32>().map_err(run_err)?;
            let ok = shape.len() == 2
                && shape[0] as usize == n
                && shape[1] > 0
                && width.is_none_or(|w| shape[1] as usize == w);
            if !ok {
                return Err(run_err(format!("output shape {shape:?} for {n} windows")));
            }
            Ok(data
                .chunks_exact(shape[1] as usize)
                .map(|c| c.to_vec())
                .collect())
        };
        let logits = rows_of(&outputs[0], Some(self.scale.labels().len()))?;
        let mut emotion = match self.emotions {
            true => {
                let v = outputs
                    .get(EMOTION_OUTPUT)
                    .ok_or_else(|| run_err(format!("no {EMOTION_OUTPUT} output")))?;
                Some(rows_of(v, Some(crate::vision::EMOTION_LABELS.len()))?.into_iter())
            }
            false => None,
        };
        let mut embedding = match (want_embedding, outputs.get(EMBEDDING_OUTPUT)) {
            (true, Some(v)) => Some(rows_of(v, None)?.into_iter()),
            _ => None,
        };
        Ok(logits
            .into_iter()
            .map(|logits| WindowOut {
                logits,
                emotion: emotion.as_mut().and_then(Iterator::next),
                embedding: embedding.as_mut().and_then(Iterator::next),
            })
            .collect())
    }
}
