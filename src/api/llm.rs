//! The on-device companion model as the window shows it: which file, how large, loaded or not, how
//! many answers it gave, and how much memory is free.

use super::App;
use crate::error::Result;
use serde::Serialize;

/// What the settings screen shows about the on-device model.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct LlmStatus {
    /// A model file is installed.
    pub installed: bool,
    /// The file name.
    pub file: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub bytes: u64,
    /// In memory now.
    pub loaded: bool,
    /// Answers asked of it since the app started.
    #[ts(type = "number")]
    pub calls: u64,
    /// Context window in tokens.
    pub n_ctx: u32,
    /// Free memory now, in bytes (what a larger model would have to fit in).
    #[ts(type = "number | null")]
    pub free_bytes: Option<u64>,
}

/// The on-device model's status (nothing is loaded for the asking).
pub fn status(app: &App) -> Result<LlmStatus> {
    Ok(match app.device_llm() {
        Some(d) => LlmStatus {
            installed: true,
            file: d
                .path()
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            bytes: std::fs::metadata(d.path()).map(|m| m.len()).unwrap_or(0),
            loaded: d.is_loaded(),
            calls: d.calls(),
            n_ctx: mentora_llm::LoadOptions::default().n_ctx,
            free_bytes: mentora_llm::available_bytes(),
        },
        None => LlmStatus {
            installed: false,
            file: String::new(),
            bytes: 0,
            loaded: false,
            calls: 0,
            n_ctx: 0,
            free_bytes: mentora_llm::available_bytes(),
        },
    })
}
