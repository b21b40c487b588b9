//! The shell's state is the core's [`mentora::api::App`] (paths, the open vault, engines loaded on first
//! use); its lock order is documented there.

pub use mentora::api::App as AppState;
