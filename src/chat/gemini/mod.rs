//! Gemini's v1beta REST/SSE protocol: the request and response bodies, the SSE reader, the client,
//! and the mock server used by tests and `mentora dev mock-gemini`.

pub mod client;
pub mod mock;
pub mod protocol;
pub mod sse;
