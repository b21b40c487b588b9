//! Which sentiment models exist: the built-in MiniLM models (from the manifest) and models the person
//! installed (`<data dir>/models/<id>/`), and which one scores (the `sentiment.model` setting).

use crate::error::{Code, Error, Result};
use crate::models::{sha256_file, Manifest};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// MiniLM-L6 fp32 with Mentora's heads.
pub const FP32_MODEL: &str = "sentiment";
/// The same graph with int8 weights (about 2.5× faster on one thread, the same accuracy).
pub const INT8_MODEL: &str = "sentiment-int8";
/// The default model, which also gives the crisis detector's semantic layer its sentence vectors.
pub const DEFAULT_MODEL: &str = INT8_MODEL;

/// Whether the model with this id reads the seven emotions too (the built-in ones have the head).
pub fn reads_emotions(id: &str) -> bool {
    id == FP32_MODEL || id == INT8_MODEL
}
/// Manifest id of the built-in models' tokenizer.
pub const TOKENIZER_ID: &str = "sentiment-tokenizer";
/// Vault setting naming the model that scores new text.
pub const SETTING: &str = "sentiment.model";

/// Everything needed to load one model.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ModelSpec {
    /// Model id (stored with every score).
    pub id: String,
    /// The ONNX file.
    pub onnx: PathBuf,
    /// Its `tokenizer.json`.
    pub tokenizer: PathBuf,
    /// Trained on English only (adds a note on other languages).
    pub english_only: bool,
}

/// What `install.json` records next to an installed model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct InstalledModel {
    /// Model id.
    pub id: String,
    /// Where it was installed from.
    pub source: String,
    /// sha256 of `model.onnx`.
    pub sha256: String,
    /// sha256 of `tokenizer.json`.
    pub tokenizer_sha256: String,
    /// Output classes (5 for nlptown's stars).
    pub classes: usize,
    /// Bytes of `model.onnx`.
    pub bytes: u64,
    /// When (UTC, RFC 3339).
    pub installed_at: String,
}

/// One row of `mentora models list`-style output.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ModelInfo {
    /// Model id.
    pub id: String,
    /// `built-in` or `installed`.
    pub origin: &'static str,
    /// Short description.
    pub description: String,
}

/// Folder of installed models.
pub fn installed_root(data_dir: &Path) -> PathBuf {
    data_dir.join("models")
}

/// Checks an id for installed models: 1–40 of a–z, 0–9, `-`, not a built-in id.
pub fn check_id(id: &str) -> Result<()> {
    let ok = !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-');
    if !ok {
        return Err(Error::invalid("id", "1–40 characters of a–z, 0–9 and '-'"));
    }
    if id == FP32_MODEL || id == INT8_MODEL {
        return Err(Error::invalid("id", format!("{id} is a built-in model")));
    }
    Ok(())
}

/// Every model available.
pub fn list(manifest: Option<&Manifest>, data_dir: &Path) -> Vec<ModelInfo> {
    let mut out = Vec::new();
    if let Some(m) = manifest {
        for (id, what) in [
            (
                INT8_MODEL,
                "MiniLM-L6 int8 + Mentora head (English, default)",
            ),
            (
                FP32_MODEL,
                "MiniLM-L6 fp32 + Mentora head (English, slower)",
            ),
        ] {
            if m.entry(id).is_ok() {
                out.push(ModelInfo {
                    id: id.into(),
                    origin: "built-in",
                    description: what.into(),
                });
            }
        }
    }
    if let Ok(dir) = std::fs::read_dir(installed_root(data_dir)) {
        let mut found: Vec<InstalledModel> = dir
            .flatten()
            .filter_map(|e| std::fs::read(e.path().join("install.json")).ok())
            .filter_map(|b| serde_json::from_slice(&b).ok())
            .collect();
        found.sort_by(|a, b| a.id.cmp(&b.id));
        for m in found {
            out.push(ModelInfo {
                id: m.id.clone(),
                origin: "installed",
                description: format!("{} classes, from {}", m.classes, m.source),
            });
        }
    }
    out
}

/// The files of model `id`, checked against the manifest (built-in) or `install.json` (installed).
pub fn resolve(manifest: &Manifest, data_dir: &Path, id: &str) -> Result<ModelSpec> {
    if id == FP32_MODEL || id == INT8_MODEL {
        return Ok(ModelSpec {
            id: id.into(),
            onnx: manifest.verified_path(id)?,
            tokenizer: manifest.verified_path(TOKENIZER_ID)?,
            english_only: true,
        });
    }
    check_id(id)?;
    let dir = installed_root(data_dir).join(id);
    let meta: InstalledModel = std::fs::read(dir.join("install.json"))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or_else(|| {
            Error::new(
                Code::ModelMissing,
                format!("no sentiment model {id:?} is installed (mentora models install PATH_OR_URL --id {id})"),
            )
        })?;
    for (file, want) in [
        ("model.onnx", &meta.sha256),
        ("tokenizer.json", &meta.tokenizer_sha256),
    ] {
        let path = dir.join(file);
        let got = sha256_file(&path).map_err(|e| {
            Error::new(
                Code::ModelMissing,
                format!("installed model {id}: {file}: {e}"),
            )
        })?;
        if &got != want {
            return Err(Error::new(
                Code::ModelCorrupt,
                format!("installed model {id}: {file} is corrupt: sha256 {got} does not match {want}; install it again"),
            ));
        }
    }
    Ok(ModelSpec {
        id: id.into(),
        onnx: dir.join("model.onnx"),
        tokenizer: dir.join("tokenizer.json"),
        english_only: false,
    })
}
