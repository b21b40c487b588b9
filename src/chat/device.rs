//! The companion on this device: the chosen GGUF model, loaded by llama.cpp (`mentora-llm`) on first
//! use and unloaded when idle, answering the same request the cloud would get, as the same stream.

use super::gemini::client::Finished;
use super::gemini::protocol::Request;
use crate::error::{Code, Error, Result};
use mentora_llm::{Engine, LlmError, LoadOptions, Role, SampleOptions, Stop, Turn};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Manifest id of the default model (SmolLM2-135M-Instruct Q4_1).
pub const DEFAULT_MODEL_ID: &str = "companion-llm";
/// A loaded model nobody used for this long is unloaded (its memory given back).
pub const IDLE_UNLOAD: Duration = Duration::from_secs(10 * 60);
/// Longest on-device reply, in tokens (small models ramble; the person can ask for more).
pub const MAX_REPLY_TOKENS: u32 = 384;

/// The on-device model: its file, how it is loaded, and the engine while it is loaded.
pub struct DeviceLlm {
    path: PathBuf,
    opts: LoadOptions,
    engine: Mutex<Option<(Arc<Engine>, Instant)>>,
    /// Answers asked of any engine this holder loaded (a crisis turn must never add one).
    calls: AtomicU64,
    loads: AtomicU64,
}

impl std::fmt::Debug for DeviceLlm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceLlm")
            .field("path", &self.path)
            .finish()
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A local model failure as the core's error (codes `model.*`, the file named).
pub fn llm_error(e: LlmError) -> Error {
    let code = match &e {
        LlmError::Corrupt { .. } => Code::ModelCorrupt,
        LlmError::LoadFailed { .. } => Code::ModelLoad,
        LlmError::TooBig { .. } => Code::ModelTooBig,
        LlmError::Template(_) => Code::ModelLoad,
        LlmError::Generate(_) => Code::Inference,
    };
    Error::new(code, e.to_string())
}

impl DeviceLlm {
    /// A model file, loaded with `opts` when first needed.
    pub fn new(path: impl Into<PathBuf>, opts: LoadOptions) -> Self {
        DeviceLlm {
            path: path.into(),
            opts,
            engine: Mutex::new(None),
            calls: AtomicU64::new(0),
            loads: AtomicU64::new(0),
        }
    }

    /// The default model of the manifest, if its file is installed (its sha256 is checked with the
    /// other models' by the doctor and at start, not here).
    pub fn from_manifest(m: &crate::models::Manifest) -> Result<Self> {
        let entry = m.entry(DEFAULT_MODEL_ID)?;
        let path = m.dir.join(&entry.file);
        if !path.is_file() {
            return Err(Error::new(
                Code::ModelMissing,
                format!(
                    "the on-device companion model {} is not installed (run the README's setup)",
                    entry.file
                ),
            ));
        }
        Ok(DeviceLlm::new(path, LoadOptions::default()))
    }

    /// The model file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How it is loaded.
    pub fn opts(&self) -> LoadOptions {
        self.opts
    }

    /// Answers asked so far (over every load).
    pub fn calls(&self) -> u64 {
        self.calls.load(Ordering::SeqCst)
    }

    /// Times the model was loaded.
    pub fn loads(&self) -> u64 {
        self.loads.load(Ordering::SeqCst)
    }

    /// Whether the model is in memory now.
    pub fn is_loaded(&self) -> bool {
        lock(&self.engine).is_some()
    }

    /// The engine, loading it first if needed (seconds for a large model; the caller is a worker).
    pub fn engine(&self) -> Result<Arc<Engine>> {
        let mut slot = lock(&self.engine);
        if let Some((e, used)) = slot.as_mut() {
            *used = Instant::now();
            return Ok(e.clone());
        }
        let t = Instant::now();
        let e = Arc::new(Engine::load(&self.path, self.opts).map_err(llm_error)?);
        self.loads.fetch_add(1, Ordering::SeqCst);
        tracing::info!(model = %e.info().name, ms = t.elapsed().as_millis() as u64, "on-device model loaded");
        *slot = Some((e.clone(), Instant::now()));
        Ok(e)
    }

    /// Unloads the model if it was last used `idle` or more before `now`; true if it did.
    pub fn unload_if_idle(&self, now: Instant, idle: Duration) -> bool {
        let mut slot = lock(&self.engine);
        let stale = slot
            .as_ref()
            .is_some_and(|(_, used)| now.saturating_duration_since(*used) >= idle);
        if stale {
            *slot = None;
            tracing::info!("on-device model unloaded after the idle time");
        }
        stale
    }

    /// Streams an answer to `req` (the same request Gemini would get). `on_piece` may refuse a piece
    /// (the window closed, the person pressed Stop): generation stops there and its error returns.
    pub fn stream(
        &self,
        req: &Request,
        cancel: &AtomicBool,
        on_piece: &mut dyn FnMut(&str) -> Result<()>,
    ) -> Result<Finished> {
        let engine = self.engine()?;
        let turns = turns(req);
        let opts = SampleOptions {
            max_tokens: req
                .generation_config
                .max_output_tokens
                .clamp(1, MAX_REPLY_TOKENS),
            temperature: req.generation_config.temperature,
            seed: rand_seed(),
        };
        let mut refused: Option<Error> = None;
        self.calls.fetch_add(1, Ordering::SeqCst);
        let g = engine
            .generate(&turns, opts, cancel, &mut |piece| match on_piece(piece) {
                Ok(()) => true,
                Err(e) => {
                    refused = Some(e);
                    false
                }
            })
            .map_err(llm_error)?;
        if let Some(e) = refused {
            return Err(e);
        }
        let finish_reason = match g.stop {
            Stop::End => "STOP",
            Stop::MaxTokens => "MAX_TOKENS",
            Stop::Cancelled => return Err(super::service::stopped()),
        };
        Ok(Finished {
            text: g.text,
            finish_reason: Some(finish_reason.into()),
            usage: None,
            attempts: 1,
            chunks: g.tokens,
        })
    }
}

/// A seed that differs per answer (a retry gets a different reply).
fn rand_seed() -> u32 {
    let mut b = [0u8; 4];
    getrandom::fill(&mut b)
        .map(|()| u32::from_le_bytes(b))
        .unwrap_or(42)
}

/// The request as chat turns: the system instruction, then `user` / `model` turns.
pub fn turns(req: &Request) -> Vec<Turn> {
    let mut out = vec![Turn::new(Role::System, req.system_instruction.plain_text())];
    for c in &req.contents {
        let role = match c.role.as_deref() {
            Some("model") => Role::Assistant,
            _ => Role::User,
        };
        out.push(Turn::new(role, c.plain_text()));
    }
    out
}
