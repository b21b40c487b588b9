//! Models and the system check: every model file's checksum verdict, the sentiment models on offer,
//! installing one (progress through a callback), and the doctor report.

use super::App;
use crate::error::Result;
use crate::models::FileCheck;
use crate::text::{catalog, install};
use serde::Serialize;

/// Model files and sentiment models.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ModelsStatus {
    /// Every file of the manifest, checked.
    pub files: Vec<FileCheck>,
    /// The sentiment models that can be chosen.
    pub sentiment: Vec<catalog::ModelInfo>,
}

/// Progress of an install, as a front end shows it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct InstallProgress {
    /// `model.onnx` or `tokenizer.json`.
    pub file: String,
    /// Bytes so far.
    pub done: u64,
    /// Total bytes, when known.
    pub total: Option<u64>,
    /// Bytes kept from an interrupted download.
    pub resumed_from: u64,
}

/// Every model file's checksum verdict and the sentiment models available.
pub fn status(app: &App) -> Result<ModelsStatus> {
    let m = app.manifest()?;
    Ok(ModelsStatus {
        files: m.verify_all(),
        sentiment: catalog::list(Some(&m), &app.data_dir()?),
    })
}

/// The sentiment models that can be chosen (the manifest's, if it is found, and installed ones).
pub fn list(app: &App) -> Result<Vec<catalog::ModelInfo>> {
    Ok(catalog::list(
        app.manifest().ok().as_ref(),
        &app.data_dir()?,
    ))
}

/// Installs a sentiment model from a local file or an https URL with its sha256; `progress` hears
/// each step. Only while a profile is unlocked (a locked Mentora changes nothing).
pub fn install(
    app: &App,
    req: &install::Request,
    progress: &mut dyn FnMut(InstallProgress),
) -> Result<catalog::InstalledModel> {
    app.unlocked_vault()?;
    let meta = install::install(&app.data_dir()?, req, &mut |p| {
        progress(InstallProgress {
            file: p.file.into(),
            done: p.done,
            total: p.total,
            resumed_from: p.resumed_from,
        })
    })?;
    tracing::info!(id = %meta.id, bytes = meta.bytes, "sentiment model installed");
    Ok(meta)
}

/// The system check: one line per component.
pub fn doctor(app: &App) -> crate::doctor::Report {
    crate::doctor::run(&app.doctor_options())
}

/// The file in the data folder that remembers which model files were verified (see
/// [`verify_in_background`]).
pub const MODEL_STAMPS: &str = "models-verified.json";

/// Checks every model's checksum and logs each problem by file name (the window opens regardless and
/// shows the same problems in its system check). Files unchanged since they last matched are not
/// read again (see [`crate::models::Manifest::verify_all_remembered`]).
pub fn verify_in_background(app: &App) {
    let app = app.clone();
    std::thread::spawn(move || match app.manifest() {
        Ok(m) => {
            let checks = match app.data_dir() {
                Ok(dir) if dir.is_dir() => m.verify_all_remembered(&dir.join(MODEL_STAMPS)),
                _ => m.verify_all(),
            };
            for c in checks {
                if let crate::models::CheckResult::Failed { error } = c.result {
                    tracing::error!(code = %error.code(), "{}", error.message());
                }
            }
        }
        Err(e) => tracing::error!(code = %e.code(), "{}", e.message()),
    });
}

/// An install request as the window makes it: a model file or URL, its sha256 and the tokenizer's
/// (both needed for a URL; blank = none), the tokenizer beside the model.
pub fn request(
    id: String,
    source: String,
    sha256: Option<String>,
    tokenizer_sha256: Option<String>,
) -> install::Request {
    install::Request {
        id,
        model: source,
        tokenizer: None,
        sha256: sha256.filter(|s| !s.trim().is_empty()),
        tokenizer_sha256: tokenizer_sha256.filter(|s| !s.trim().is_empty()),
    }
}
