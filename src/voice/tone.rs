//! Voice tone of one speech segment: the voice encoder (Whisper-base layers + prosody, ONNX) and the
//! trained head (anger / fear / neutral and calm ↔ tense), read against a baseline.

use super::baseline::Baseline;
use crate::error::{Code, Error, Result};
use crate::models::Manifest;
use ort::session::{builder::GraphOptimizationLevel, Session};
use ort::value::Tensor;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Manifest ids.
pub const ENCODER_ID: &str = "voice-encoder";
/// The head's manifest id.
pub const HEAD_ID: &str = "voice-head";
/// Width of the encoder's embedding.
pub const EMBEDDING: usize = 512;
/// Prosody values: log-energy mean, spread; log-pitch mean, spread; voiced fraction.
pub const PROSODY: usize = 5;
/// Shortest input the encoder takes (one 25 ms frame).
pub const MIN_SAMPLES: usize = 400;
/// Below this voiced fraction a segment has too little voice to read.
const MIN_VOICED: f32 = 0.05;

/// What `voice_head.json` says about the head.
#[derive(Debug, Clone, Deserialize)]
pub struct HeadMeta {
    /// Output labels, in order.
    pub labels: Vec<String>,
    /// A top probability below this reads as "uncertain".
    pub uncertain_below: f32,
    /// A segment further than this from the training voices (mean squared z-score) reads as
    /// "uncertain": unlike anything the head learned from.
    pub unlike_training_above: f32,
    /// The training set's statistics, used until the person has a baseline.
    pub default_baseline: DefaultBaseline,
    /// Leave-one-speaker-out accuracies measured by the trainer.
    pub loso: Loso,
}

/// Mean and spread of the training features.
#[derive(Debug, Clone, Deserialize)]
pub struct DefaultBaseline {
    /// Mean.
    pub mean: Vec<f32>,
    /// Standard deviation.
    pub std: Vec<f32>,
}

/// The held-out accuracy figures shown beside readings.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
pub struct Loso {
    /// With the speaker's own baseline.
    pub personal: f64,
    /// Before a baseline exists.
    pub no_baseline: f64,
    /// The MFCC baseline model.
    pub mfcc: f64,
    /// Calm/tense from prosody.
    pub arousal: f64,
}

/// The encoder's outputs for one segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Features {
    /// Whisper layers 2-4, mean over time.
    pub embedding: Vec<f32>,
    /// See [`PROSODY`].
    pub prosody: [f32; PROSODY],
    /// Syllable-like beats per second (see [`super::rate`]).
    pub rate: Option<f32>,
}

impl Features {
    /// The 517 values a baseline keeps.
    pub fn joined(&self) -> Vec<f32> {
        let mut v = self.embedding.clone();
        v.extend_from_slice(&self.prosody);
        v
    }

    /// Median pitch estimate in Hz (exp of the mean log pitch), when any frame was voiced.
    pub fn pitch_hz(&self) -> Option<f32> {
        (self.prosody[4] >= MIN_VOICED).then(|| self.prosody[2].exp())
    }
}

/// One probability.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
pub struct ToneProbability {
    /// `anger`, `fear` or `neutral`.
    pub label: String,
    /// 0..1.
    pub probability: f32,
}

/// The head's reading of one segment.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
pub struct Tone {
    /// The most likely label, or `uncertain`.
    pub tone: String,
    /// Every label's probability.
    pub probabilities: Vec<ToneProbability>,
    /// Probability of a tense rather than calm voice (prosody only).
    pub arousal: f32,
    /// Read against the person's own baseline (`personal`) or the training set's (`default`).
    pub baseline: String,
    /// Why it is `uncertain`: `low_confidence`, `little_voice` or `unlike_training`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub uncertain_why: Option<String>,
}

/// The loaded encoder and head.
pub struct ToneModel {
    encoder: Session,
    head: Session,
    meta: HeadMeta,
}

/// An ONNX Runtime session on `threads` intra-op threads (the runtime must be initialised).
pub(crate) fn session(path: &Path, threads: usize) -> Result<Session> {
    let env = crate::runtime::environment()?;
    let fail = |e: &dyn std::fmt::Display| {
        Error::new(
            Code::ModelLoad,
            format!("model file {} cannot be loaded: {e}", path.display()),
        )
    };
    Session::builder(env)
        .map_err(|e| fail(&e))?
        .with_optimization_level(GraphOptimizationLevel::Level3)
        .map_err(|e| fail(&e))?
        .with_intra_threads(threads.max(1))
        .map_err(|e| fail(&e))?
        .with_inter_threads(1)
        .map_err(|e| fail(&e))?
        .commit_from_file(path)
        .map_err(|e| fail(&e))
}

impl ToneModel {
    /// Loads both graphs (verified against the manifest) and `voice_head.json` beside the head.
    pub fn load(manifest: &Manifest, threads: usize) -> Result<Self> {
        let enc = manifest.verified_path(ENCODER_ID)?;
        let head = manifest.verified_path(HEAD_ID)?;
        let meta_path = head.with_extension("json");
        let text = std::fs::read_to_string(&meta_path)
            .map_err(|e| Error::io(format!("reading {}", meta_path.display()), e))?;
        let meta: HeadMeta = serde_json::from_str(&text).map_err(|e| {
            Error::new(
                Code::ModelLoad,
                format!(
                    "{} is not a voice head description: {e}",
                    meta_path.display()
                ),
            )
        })?;
        let width = EMBEDDING + PROSODY;
        if meta.default_baseline.mean.len() != width || meta.default_baseline.std.len() != width {
            return Err(Error::new(
                Code::ModelLoad,
                format!(
                    "{}: the default baseline is not {width} wide",
                    meta_path.display()
                ),
            ));
        }
        Ok(Self {
            encoder: session(&enc, threads)?,
            head: session(&head, 1)?,
            meta,
        })
    }

    /// The head's description (labels, held-out figures).
    pub fn meta(&self) -> &HeadMeta {
        &self.meta
    }

    /// Encoder outputs for 16 kHz mono samples (at least [`MIN_SAMPLES`], at most 30 s).
    pub fn features(&mut self, audio: &[f32]) -> Result<Features> {
        if audio.len() < MIN_SAMPLES || audio.len() > 30 * super::SAMPLE_RATE as usize {
            return Err(Error::invalid(
                "audio",
                format!(
                    "a segment must be 25 ms to 30 s long, not {} samples",
                    audio.len()
                ),
            ));
        }
        let x = Tensor::from_array(([1usize, audio.len()], audio.to_vec().into_boxed_slice()))?;
        let out = self.encoder.run(ort::inputs!["audio" => x])?;
        let (_, e) = out["embedding"].try_extract_tensor::<f32>()?;
        let (_, p) = out["prosody"].try_extract_tensor::<f32>()?;
        if e.len() != EMBEDDING || p.len() != PROSODY {
            return Err(Error::new(
                Code::Inference,
                format!("voice encoder returned {} + {} values", e.len(), p.len()),
            ));
        }
        let mut prosody = [0f32; PROSODY];
        prosody.copy_from_slice(p);
        Ok(Features {
            embedding: e.to_vec(),
            prosody,
            rate: super::rate::speaking_rate(audio),
        })
    }

    /// How far `f` is from the training voices: the mean squared z-score of its 517 values against
    /// the training statistics (about 1 for the training clips, at most 2.3 for a held-out speaker).
    pub fn unlikeness(&self, f: &Features) -> f32 {
        let b = &self.meta.default_baseline;
        let joined = f.joined();
        joined
            .iter()
            .zip(b.mean.iter().zip(&b.std))
            .map(|(x, (m, s))| ((x - m) / s).powi(2))
            .sum::<f32>()
            / joined.len() as f32
    }

    /// The tone of `f`, read against `baseline` when it is ready, else the training set's.
    pub fn read(&mut self, f: &Features, baseline: Option<&Baseline>) -> Result<Tone> {
        let (mean, std, which) = match baseline.filter(|b| b.ready()) {
            Some(b) => {
                let (m, s) = b.stats();
                (m, s, "personal")
            }
            None => (
                self.meta.default_baseline.mean.clone(),
                self.meta.default_baseline.std.clone(),
                "default",
            ),
        };
        let unlike = self.unlikeness(f);
        let width = EMBEDDING + PROSODY;
        if mean.len() != width {
            return Err(Error::invalid("baseline", format!("must be {width} wide")));
        }
        let t =
            |shape: usize, v: Vec<f32>| Tensor::from_array(([1usize, shape], v.into_boxed_slice()));
        let out = self.head.run(ort::inputs![
            "embedding" => t(EMBEDDING, f.embedding.clone())?,
            "prosody" => t(PROSODY, f.prosody.to_vec())?,
            "baseline_mean" => t(width, mean)?,
            "baseline_std" => t(width, std)?,
        ])?;
        let (_, probs) = out["tone"].try_extract_tensor::<f32>()?;
        let (_, arousal) = out["arousal"].try_extract_tensor::<f32>()?;
        if probs.len() != self.meta.labels.len() || arousal.len() != 1 {
            return Err(Error::new(
                Code::Inference,
                "voice head returned the wrong shape",
            ));
        }
        let (best, p) = probs
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map(|(i, p)| (i, *p))
            .unwrap_or((0, 0.0));
        let why = if f.prosody[4] < MIN_VOICED {
            Some("little_voice")
        } else if unlike > self.meta.unlike_training_above {
            Some("unlike_training")
        } else if p < self.meta.uncertain_below {
            Some("low_confidence")
        } else {
            None
        };
        Ok(Tone {
            tone: match why {
                None => self.meta.labels[best].clone(),
                Some(_) => "uncertain".into(),
            },
            uncertain_why: why.map(String::from),
            probabilities: self
                .meta
                .labels
                .iter()
                .zip(probs)
                .map(|(l, &p)| ToneProbability {
                    label: l.clone(),
                    probability: p,
                })
                .collect(),
            arousal: arousal[0],
            baseline: which.into(),
        })
    }
}
