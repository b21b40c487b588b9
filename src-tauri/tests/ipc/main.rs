//! The shell's IPC tests, one crate of modules: commands invoked as the window invokes them (mock
//! runtime), errors as `{code, message}`, and the two front ends compared. `ipc_chat` is a binary of
//! its own because it sets the Gemini key in its process environment.

mod common;
mod errors;
mod parity;
mod safety;
mod vault;
