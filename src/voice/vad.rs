//! Silero VAD (ONNX): the probability that each 32 ms chunk of 16 kHz audio is speech.

use crate::error::Result;
use ort::session::Session;
use ort::value::Tensor;
use std::path::Path;

/// New samples per call (32 ms at 16 kHz).
pub const CHUNK: usize = 512;
/// Samples of the previous chunk the model sees again (as Silero's own wrapper feeds it).
const CONTEXT: usize = 64;
const STATE: usize = 2 * 128;

/// A loaded Silero VAD with its recurrent state.
pub struct Vad {
    session: Session,
    state: Vec<f32>,
    context: Vec<f32>,
}

impl Vad {
    /// Loads the model (ONNX Runtime must be initialised); one intra-op thread is plenty.
    pub fn load(path: &Path) -> Result<Self> {
        let session = super::tone::session(path, 1)?;
        Ok(Self {
            session,
            state: vec![0.0; STATE],
            context: vec![0.0; CONTEXT],
        })
    }

    /// Forgets the previous audio (a new recording or session).
    pub fn reset(&mut self) {
        self.state.iter_mut().for_each(|s| *s = 0.0);
        self.context.iter_mut().for_each(|s| *s = 0.0);
    }

    /// Speech probability of the next chunk (shorter chunks are padded with silence).
    pub fn push(&mut self, chunk: &[f32]) -> Result<f32> {
        let mut input = Vec::with_capacity(CONTEXT + CHUNK);
        input.extend_from_slice(&self.context);
        input.extend(chunk.iter().take(CHUNK));
        input.resize(CONTEXT + CHUNK, 0.0);
        self.context.copy_from_slice(&input[CHUNK..]);
        let x = Tensor::from_array(([1usize, CONTEXT + CHUNK], input.into_boxed_slice()))?;
        let state = Tensor::from_array(([2usize, 1, 128], self.state.clone().into_boxed_slice()))?;
        let sr = Tensor::from_array((
            [0usize; 0],
            vec![super::SAMPLE_RATE as i64].into_boxed_slice(),
        ))?;
        let out = self
            .session
            .run(ort::inputs!["input" => x, "state" => state, "sr" => sr])?;
        let (_, p) = out["output"].try_extract_tensor::<f32>()?;
        let (_, s) = out["stateN"].try_extract_tensor::<f32>()?;
        if s.len() == STATE {
            self.state.copy_from_slice(s);
        }
        Ok(p.first().copied().unwrap_or(0.0))
    }
}
