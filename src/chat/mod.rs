//! The AI companion: Gemini over HTTPS or a model on this device, with streaming, chat sessions and summaries, the crisis check
//! before any model call, PII redaction, private mode, and a mock server that speaks the protocol.

pub mod config;
pub mod context;
pub mod device;
pub mod egress;
pub mod gemini;
pub mod llm_catalog;
pub mod oneshot;
pub mod openai;
pub mod ratelimit;
pub mod redact;
pub mod service;
pub mod summary;

pub use config::ChatConfig;
pub use service::{ChatEvent, Companion, Outcome};
