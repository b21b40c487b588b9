//! The engine: one loaded GGUF model; each answer gets a fresh context, the prompt from the model's
//! own chat template (fitted to the context window), sampled tokens streamed as text until the
//! model's end-of-turn token, the token limit, or a cancel.

use crate::text::Utf8Pieces;
use crate::{gguf, memory, LlmError};
use llama_cpp_2::context::params::LlamaContextParams;
use llama_cpp_2::llama_backend::LlamaBackend;
use llama_cpp_2::llama_batch::LlamaBatch;
use llama_cpp_2::model::params::LlamaModelParams;
use llama_cpp_2::model::{LlamaChatMessage, LlamaChatTemplate, LlamaModel};
use llama_cpp_2::sampling::LlamaSampler;
use llama_cpp_2::token::LlamaToken;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// llama.cpp's process-wide state (it may be initialised once per process); its log goes to `tracing`.
fn backend() -> &'static LlamaBackend {
    static B: OnceLock<LlamaBackend> = OnceLock::new();
    B.get_or_init(|| {
        llama_cpp_2::send_logs_to_tracing(llama_cpp_2::LogOptions::default());
        LlamaBackend::init().expect("llama.cpp backend initialised once, here")
    })
}

/// Who speaks a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The companion's instructions (kept when turns are dropped to fit).
    System,
    /// The person.
    User,
    /// The companion.
    Assistant,
}

impl Role {
    fn name(self) -> &'static str {
        match self {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

/// One turn of the conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// Speaker.
    pub role: Role,
    /// Text.
    pub text: String,
}

impl Turn {
    /// A turn.
    pub fn new(role: Role, text: impl Into<String>) -> Self {
        Turn {
            role,
            text: text.into(),
        }
    }
}

/// How a model is loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// Context window in tokens (capped at the model's training length).
    pub n_ctx: u32,
    /// CPU threads for generation and for the prompt.
    pub threads: u32,
    /// Refuse a model that needs more memory than is free (on by default).
    pub check_memory: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            n_ctx: 2048,
            threads: default_threads(),
            check_memory: true,
        }
    }
}

/// Half the machine's cores, at least 1 and at most 8: the window and the rest of the app keep
/// the others (llama.cpp's threads wait on each other spinning, so a thread that has to share a core
/// slows them all down).
pub fn default_threads() -> u32 {
    let n = std::thread::available_parallelism().map_or(2, |n| n.get() as u32);
    (n / 2).clamp(1, 8)
}

/// How tokens are chosen.
#[derive(Debug, Clone, Copy)]
pub struct SampleOptions {
    /// Most tokens in the answer.
    pub max_tokens: u32,
    /// 0 = always the likeliest token (reproducible); ~0.7 for conversation.
    pub temperature: f32,
    /// Random seed (same seed, same prompt, same settings: same answer).
    pub seed: u32,
}

impl Default for SampleOptions {
    fn default() -> Self {
        SampleOptions {
            max_tokens: 384,
            temperature: 0.7,
            seed: 42,
        }
    }
}

/// Why an answer ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The model ended its turn.
    End,
    /// `max_tokens` reached, or the context window is full.
    MaxTokens,
    /// Cancelled (the person pressed Stop, or the receiver hung up).
    Cancelled,
}

/// An answer and what it cost.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The text.
    pub text: String,
    /// Why it ended.
    pub stop: Stop,
    /// Tokens of the prompt as fed.
    pub prompt_tokens: usize,
    /// Tokens generated.
    pub tokens: usize,
    /// Turns left out (oldest first) to fit the window.
    pub dropped_turns: usize,
    /// From the call to the first generated token (prompt processing included).
    pub first_token: Option<Duration>,
    /// From the first token to the last.
    pub generating: Duration,
}

/// What a loaded model is.
#[derive(Debug, Clone)]
pub struct ModelInfo {
    /// The file.
    pub path: PathBuf,
    /// File size.
    pub bytes: u64,
    /// `general.name` from the metadata, or the file name.
    pub name: String,
    /// Parameters.
    pub params: u64,
    /// Context length the model was trained with.
    pub n_ctx_train: u32,
    /// Context window used.
    pub n_ctx: u32,
    /// The chat template came from the file (false: ChatML was assumed).
    pub own_template: bool,
}

/// A loaded model.
pub struct Engine {
    model: LlamaModel,
    template: LlamaChatTemplate,
    info: ModelInfo,
    threads: u32,
    calls: AtomicU64,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").field("info", &self.info).finish()
    }
}

impl Engine {
    /// Loads `path`: header checked, memory checked, then llama.cpp (memory-mapped, CPU).
    pub fn load(path: &Path, opts: LoadOptions) -> Result<Engine, LlmError> {
        let head = gguf::check_file(path)?;
        if opts.check_memory {
            let need = memory::needed_bytes(head.bytes, opts.n_ctx);
            if let Some(free) = memory::available_bytes() {
                if need > free {
                    return Err(LlmError::TooBig {
                        path: path.to_path_buf(),
                        need,
                        free,
                    });
                }
            }
        }
        let failed = |why: String| LlmError::LoadFailed {
            path: path.to_path_buf(),
            why,
        };
        let model = LlamaModel::load_from_file(backend(), path, &LlamaModelParams::default())
            .map_err(|e| {
                failed(format!(
                    "{e} (the file may be cut short, damaged, or of an architecture this llama.cpp does not know)"
                ))
            })?;
        let (template, own_template) = match model.chat_template(None) {
            Ok(t) => (t, true),
            Err(_) => (
                LlamaChatTemplate::new("chatml").map_err(|e| LlmError::Template(e.to_string()))?,
                false,
            ),
        };
        let name = model
            .meta_val_str("general.name")
            .ok()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| {
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            });
        let n_ctx_train = model.n_ctx_train();
        let info = ModelInfo {
            path: path.to_path_buf(),
            bytes: head.bytes,
            name,
            params: model.n_params(),
            n_ctx_train,
            n_ctx: opts.n_ctx.clamp(256, n_ctx_train.max(256)),
            own_template,
        };
        Ok(Engine {
            model,
            template,
            info,
            threads: opts.threads.max(1),
            calls: AtomicU64::new(0),
        })
    }

    /// What is loaded.
    pub fn info(&self) -> &ModelInfo {
        &self.info
    }

    /// How many answers were asked of this engine (tests assert a crisis turn never gets here).
    pub fn calls(&self) -> u64 {
        self.calls.load(Ordering::SeqCst)
    }

    /// The prompt for `turns` by the model's template, ending with the assistant's opening.
    pub fn prompt(&self, turns: &[Turn]) -> Result<String, LlmError> {
        let chat = turns
            .iter()
            .map(|t| {
                // A NUL cannot cross into C; it has no meaning in a message anyway.
                LlamaChatMessage::new(t.role.name().into(), t.text.replace('\0', ""))
                    .map_err(|e| LlmError::Template(e.to_string()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        self.model
            .apply_chat_template(&self.template, &chat, true)
            .map_err(|e| LlmError::Template(e.to_string()))
    }

    /// Tokens of `text` as the model reads it (template tokens included).
    pub fn count_tokens(&self, text: &str) -> usize {
        self.tokenize(text).len()
    }

    fn tokenize(&self, prompt: &str) -> Vec<LlamaToken> {
        // The template already wrote the special tokens as text: parse them, add no second BOS.
        self.model.vocab().tokenize(prompt.as_bytes(), false, true)
    }

    /// The turns that fit the window with room for `max_tokens` more: the system turn (if first) and
    /// the newest turns; the oldest go first. If even the last turn alone is too long, its beginning
    /// is cut. Returns the prompt's tokens and how many turns were dropped.
    pub fn fit(
        &self,
        turns: &[Turn],
        max_tokens: u32,
    ) -> Result<(Vec<LlamaToken>, usize), LlmError> {
        let room = (self.info.n_ctx as usize)
            .saturating_sub(max_tokens as usize + 8)
            .max(64);
        let (system, rest) = match turns.first() {
            Some(t) if t.role == Role::System => (Some(t.clone()), &turns[1..]),
            _ => (None, turns),
        };
        let with = |from: usize| -> Vec<Turn> {
            system
                .iter()
                .cloned()
                .chain(rest[from..].iter().cloned())
                .collect()
        };
        // Fewest drops that fit (binary search: more drops never make a prompt longer).
        let fits = |from: usize| -> Result<Option<Vec<LlamaToken>>, LlmError> {
            let toks = self.tokenize(&self.prompt(&with(from))?);
            Ok((toks.len() <= room).then_some(toks))
        };
        if let Some(t) = fits(0)? {
            return Ok((t, 0));
        }
        let last = rest.len().saturating_sub(1);
        let (mut lo, mut hi) = (1usize, last);
        let mut best = None;
        while lo <= hi && hi > 0 {
            let mid = lo + (hi - lo) / 2;
            match fits(mid)? {
                Some(t) => {
                    best = Some((t, mid));
                    hi = mid - 1;
                }
                None => lo = mid + 1,
            }
        }
        if let Some(b) = best {
            return Ok(b);
        }
        // Only the system turn and the last turn, the last one cut from its start.
        let mut tail = rest
            .last()
            .cloned()
            .ok_or_else(|| LlmError::Template("the conversation has no turn to answer".into()))?;
        loop {
            let turns: Vec<Turn> = system.iter().cloned().chain([tail.clone()]).collect();
            let toks = self.tokenize(&self.prompt(&turns)?);
            if toks.len() <= room || tail.text.is_empty() {
                return Ok((toks, last));
            }
            let cut = tail.text.len() / 4 + 1;
            let mut at = cut.min(tail.text.len());
            while !tail.text.is_char_boundary(at) {
                at += 1;
            }
            tail.text = format!("…{}", &tail.text[at..]);
        }
    }

    /// Answers the last turn of `turns`, handing each new piece of text to `on_piece` (return
    /// `false` to stop). `cancel` is checked before every token.
    pub fn generate(
        &self,
        turns: &[Turn],
        opts: SampleOptions,
        cancel: &AtomicBool,
        on_piece: &mut dyn FnMut(&str) -> bool,
    ) -> Result<Generated, LlmError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let started = Instant::now();
        let (prompt, dropped_turns) = self.fit(turns, opts.max_tokens)?;
        let gen_err =
            |what: &str, e: &dyn std::fmt::Display| LlmError::Generate(format!("{what}: {e}"));
        let n_ctx = self.info.n_ctx;
        let params = LlamaContextParams::default()
            .with_n_ctx(NonZeroU32::new(n_ctx))
            .with_n_batch(n_ctx.min(2048))
            .with_n_threads(self.threads as i32)
            .with_n_threads_batch(self.threads as i32);
        let mut ctx = self
            .model
            .new_context(backend(), params)
            .map_err(|e| gen_err("no context", &e))?;
        let n_batch = ctx.n_batch() as usize;
        let mut batch = LlamaBatch::new(n_batch.max(1), 1);
        let mut pos = 0i32;
        for chunk in prompt.chunks(n_batch.max(1)) {
            batch.clear();
            for (k, tok) in chunk.iter().enumerate() {
                let last = pos as usize + k + 1 == prompt.len();
                batch
                    .add(*tok, pos + k as i32, &[0], last)
                    .map_err(|e| gen_err("prompt batch", &e))?;
            }
            ctx.decode(&mut batch).map_err(|e| gen_err("prompt", &e))?;
            pos += chunk.len() as i32;
        }
        let vocab = self.model.vocab();
        let mut sampler = if opts.temperature <= 0.0 {
            LlamaSampler::chain_simple([
                LlamaSampler::penalties(self.model.n_vocab(), 64, 1.1, 0.0, 0.0),
                LlamaSampler::greedy(),
            ])
        } else {
            LlamaSampler::chain_simple([
                LlamaSampler::penalties(self.model.n_vocab(), 64, 1.1, 0.0, 0.0),
                LlamaSampler::top_k(40),
                LlamaSampler::top_p(0.95, 1),
                LlamaSampler::min_p(0.05, 1),
                LlamaSampler::temp(opts.temperature),
                LlamaSampler::dist(opts.seed),
            ])
        };
        let mut utf8 = Utf8Pieces::default();
        let mut text = String::new();
        let mut tokens = 0usize;
        let mut first_token = None;
        let mut first_at = None;
        let stop = loop {
            if cancel.load(Ordering::SeqCst) {
                break Stop::Cancelled;
            }
            if tokens >= opts.max_tokens as usize || pos as u32 >= n_ctx {
                break Stop::MaxTokens;
            }
            let tok = sampler.sample(&ctx, batch.n_tokens() - 1);
            if first_token.is_none() {
                first_token = Some(started.elapsed());
                first_at = Some(Instant::now());
            }
            if vocab.is_eog(tok) {
                break Stop::End;
            }
            tokens += 1;
            let piece = utf8.push(&vocab.token_to_piece(tok, false, None));
            if !piece.is_empty() {
                text.push_str(&piece);
                if !on_piece(&piece) {
                    break Stop::Cancelled;
                }
            }
            batch.clear();
            batch
                .add(tok, pos, &[0], true)
                .map_err(|e| gen_err("token batch", &e))?;
            ctx.decode(&mut batch).map_err(|e| gen_err("token", &e))?;
            pos += 1;
        };
        let rest = utf8.finish();
        if !rest.is_empty() && stop != Stop::Cancelled {
            text.push_str(&rest);
            on_piece(&rest);
        }
        Ok(Generated {
            text,
            stop,
            prompt_tokens: prompt.len(),
            tokens,
            dropped_turns,
            first_token,
            generating: first_at.map(|t| t.elapsed()).unwrap_or_default(),
        })
    }
}
