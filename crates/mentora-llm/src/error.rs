//! What can go wrong with a local model, each naming the file where one is involved.

use std::path::PathBuf;

/// An on-device model failure.
#[derive(Debug, thiserror::Error)]
pub enum LlmError {
    /// The file is not a GGUF model, or is cut short or damaged.
    #[error("{} is not a usable GGUF model: {why}", path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        why: String,
    },
    /// llama.cpp could not load it (unsupported architecture, damaged tensors…).
    #[error("llama.cpp could not load {}: {why}", path.display())]
    LoadFailed {
        /// The file.
        path: PathBuf,
        /// What llama.cpp said, as far as it says.
        why: String,
    },
    /// Loading would need more memory than the machine has free.
    #[error("{} needs about {} MB of memory to run but only {} MB are free; choose a smaller model or close other programs", path.display(), need / 1_000_000, free / 1_000_000)]
    TooBig {
        /// The file.
        path: PathBuf,
        /// Bytes it needs (weights and context).
        need: u64,
        /// Bytes free now.
        free: u64,
    },
    /// The model has no usable chat template, or the conversation could not be formatted.
    #[error("the model's chat template cannot be used: {0}")]
    Template(String),
    /// Generation failed inside llama.cpp.
    #[error("the local model failed while answering: {0}")]
    Generate(String),
}
