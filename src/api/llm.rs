//! The on-device companion model as the window shows it: which file, how large, loaded or not, how
//! many answers it gave, how much memory is free; the models to choose from (size, context length,
//! measured speed), which size suits this machine, adding a GGUF by file or URL, removing one.

use super::models::InstallProgress;
use super::App;
use crate::chat::llm_catalog::{self, Choice, InstallRequest, LlmModel, Recommendation};
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
            n_ctx: d.opts().n_ctx,
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

/// The models to choose from and what suits this machine.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct LlmModels {
    /// The built-in model (when installed), then the added ones.
    pub models: Vec<LlmModel>,
    /// The open profile's choice (`builtin` while locked).
    pub chosen: String,
    /// Which size to add for this machine's memory.
    pub recommendation: Recommendation,
    /// Free memory now, in bytes.
    #[ts(type = "number | null")]
    pub free_bytes: Option<u64>,
}

fn choice(app: &App) -> Choice {
    app.background_vault()
        .ok()
        .and_then(|v| Choice::load(&v).ok())
        .unwrap_or_default()
}

/// The models (the built-in one is loaded and timed once on this machine, then remembered).
pub fn models(app: &App) -> Result<LlmModels> {
    let data = app.data_dir()?;
    let choice = choice(app);
    let mut models: Vec<LlmModel> = app
        .manifest()
        .ok()
        .and_then(|m| llm_catalog::builtin(&m, &data, choice.threads_used()))
        .into_iter()
        .collect();
    models.extend(llm_catalog::installed(&data));
    Ok(LlmModels {
        models,
        chosen: choice.model,
        recommendation: llm_catalog::recommend(mentora_llm::total_bytes()),
        free_bytes: mentora_llm::available_bytes(),
    })
}

/// Adds a GGUF model from a local file or an https URL with its sha256 (progress through the
/// callback); it is loaded and timed before it is kept. Only while a profile is unlocked.
pub fn install(
    app: &App,
    req: &InstallRequest,
    progress: &mut dyn FnMut(InstallProgress),
) -> Result<LlmModel> {
    app.unlocked_vault()?;
    let m = llm_catalog::install(
        &app.data_dir()?,
        req,
        choice(app).threads_used(),
        &mut |p| {
            progress(InstallProgress {
                file: p.file.into(),
                done: p.done,
                total: p.total,
                resumed_from: p.resumed_from,
            })
        },
    )?;
    tracing::info!(id = %m.id, bytes = m.bytes, "on-device model installed");
    Ok(m)
}

/// Removes an added model; a profile that chose it goes back to the built-in one.
pub fn remove(app: &App, id: &str) -> Result<()> {
    let v = app.unlocked_vault()?;
    llm_catalog::remove(&app.data_dir()?, id)?;
    if Choice::load(&v)?.model == id {
        v.with_conn(|c| {
            crate::vault::repo::settings::set(
                c,
                llm_catalog::SETTING_MODEL,
                &serde_json::json!(llm_catalog::BUILTIN),
                &crate::vault::Stamp::now(),
            )
        })?;
    }
    Ok(())
}
