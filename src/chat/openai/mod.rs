//! The companion through an OpenAI-compatible server on this machine (Ollama, llama.cpp's server,
//! LM Studio, Jan): `POST /v1/chat/completions` streamed as SSE, through the egress gate's
//! loopback-only client; and a mock that speaks the protocol, for tests.

pub mod client;
pub mod mock;
pub mod protocol;
