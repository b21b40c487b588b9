//! On-device text generation for Mentora's companion: a GGUF model run by llama.cpp on the CPU, its
//! own chat template, streamed pieces, cancellation, and a context fitted to the model's window.

pub mod bench;
mod engine;
mod error;
mod gguf;
mod memory;
mod text;

pub use engine::{
    default_threads, Engine, Generated, LoadOptions, ModelInfo, Role, SampleOptions, Stop, Turn,
};
pub use error::LlmError;
pub use gguf::{check_file, GgufHeader};
pub use memory::{available_bytes, needed_bytes, total_bytes};
