//! WordPiece tokenisation from `tokenizer.json`, and the ≤ 256-token windows a long text is split into.

use crate::error::{Code, Error, Result};
use std::path::Path;

/// Tokens per window, `[CLS]` and `[SEP]` included (sentence-transformers' max_seq_length for MiniLM).
pub const WINDOW: usize = 256;
/// At most this many windows are scored per text (about 8,000 tokens); longer texts are sampled
/// evenly across their whole length, so a 1 MB text costs the same as a long journal entry.
pub const MAX_WINDOWS: usize = 32;

/// A text's windows, ready for the model.
#[derive(Debug, Clone)]
pub struct Windows {
    /// Token ids of each window scored, each framed by `[CLS]` … `[SEP]`.
    pub ids: Vec<Vec<u32>>,
    /// Word-piece tokens in the whole text (without `[CLS]`/`[SEP]`).
    pub tokens: usize,
    /// Windows the whole text needs (more than `ids.len()` when it was sampled).
    pub total: usize,
}

/// A BERT tokenizer with truncation and padding switched off (windowing and padding are ours).
pub struct TextTokenizer {
    inner: tokenizers::Tokenizer,
    cls: u32,
    sep: u32,
}

impl TextTokenizer {
    /// Loads `tokenizer.json`.
    pub fn load(path: &Path) -> Result<Self> {
        let mut inner = tokenizers::Tokenizer::from_file(path).map_err(|e| {
            Error::new(
                Code::ModelLoad,
                format!("tokenizer {} cannot be loaded: {e}", path.display()),
            )
        })?;
        inner
            .with_truncation(None)
            .map_err(|e| Error::new(Code::ModelLoad, format!("tokenizer: {e}")))?;
        inner.with_padding(None);
        let id = |t: &str| {
            inner.token_to_id(t).ok_or_else(|| {
                Error::new(
                    Code::ModelLoad,
                    format!("tokenizer {} has no {t} token", path.display()),
                )
            })
        };
        let (cls, sep) = (id("[CLS]")?, id("[SEP]")?);
        Ok(Self { inner, cls, sep })
    }

    /// Splits `text` into windows of at most [`WINDOW`] tokens (at most [`MAX_WINDOWS`] of them).
    pub fn windows(&self, text: &str) -> Result<Windows> {
        let enc = self
            .inner
            .encode(text, false)
            .map_err(|e| Error::new(Code::TextInference, format!("tokenizing failed: {e}")))?;
        let ids = enc.get_ids();
        let step = WINDOW - 2;
        let chunks: Vec<&[u32]> = if ids.is_empty() {
            vec![&[]]
        } else {
            ids.chunks(step).collect()
        };
        let total = chunks.len();
        let picked: Vec<&[u32]> = if total <= MAX_WINDOWS {
            chunks
        } else {
            (0..MAX_WINDOWS)
                .map(|i| chunks[(i * (total - 1) + (MAX_WINDOWS - 1) / 2) / (MAX_WINDOWS - 1)])
                .collect()
        };
        let framed = picked
            .into_iter()
            .map(|c| {
                let mut w = Vec::with_capacity(c.len() + 2);
                w.push(self.cls);
                w.extend_from_slice(c);
                w.push(self.sep);
                w
            })
            .collect();
        Ok(Windows {
            ids: framed,
            tokens: ids.len(),
            total,
        })
    }
}
