//! The model manifest (`models/manifest.json`): what each model file is, and checksum verification.

use crate::error::{Code, Error, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Where a model came from.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
pub struct Source {
    /// Registry and package name.
    pub package: String,
    /// Exact version.
    pub version: String,
    /// Path inside the package.
    pub path: String,
    /// Other provenance fields (source checksum, converter).
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One model file of the manifest.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
pub struct ModelEntry {
    /// Stable id used by code (`face-emotion`).
    pub id: String,
    /// `onnx`, `haar_cascade`, `tokenizer`…
    pub kind: String,
    /// Path relative to the models folder.
    pub file: String,
    /// Lowercase hex sha256 of the file.
    pub sha256: String,
    /// Size in bytes.
    pub bytes: u64,
    /// Provenance.
    pub source: Source,
    /// License of the weights.
    pub license: String,
    /// Output labels, in output order.
    pub labels: Vec<String>,
    /// Input description (name, shape, dtype, layout).
    pub input: serde_json::Value,
    /// Output description, where it matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub output: Option<serde_json::Value>,
}

/// The parsed manifest plus the folder it was read from.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
pub struct Manifest {
    /// Manifest format version.
    pub schema: u32,
    /// Every model file.
    pub models: Vec<ModelEntry>,
    /// Folder holding `manifest.json` and the files.
    #[serde(skip)]
    pub dir: PathBuf,
}

/// The verdict on one model file.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct FileCheck {
    /// Manifest id.
    pub id: String,
    /// File name relative to the models folder.
    pub file: String,
    /// `Ok` or the error naming the file.
    #[serde(flatten)]
    pub result: CheckResult,
}

/// Outcome of checking one file.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum CheckResult {
    /// Present with the right checksum.
    Ok {
        /// Full path.
        path: PathBuf,
    },
    /// Missing or corrupt.
    Failed {
        /// The error.
        #[ts(type = "CoreError")]
        error: Error,
    },
}

/// Hex sha256 of a file, streamed.
pub fn sha256_file(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut f = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex::encode(hasher.finalize()))
}

impl Manifest {
    /// Finds the models folder (see [`crate::resources::models_dir`]) and reads its manifest.
    pub fn find(explicit: Option<&Path>, install_dir: Option<&Path>) -> Result<Manifest> {
        let dir = crate::resources::models_dir(explicit, install_dir).ok_or_else(|| {
            Error::new(
                Code::ManifestInvalid,
                "no models folder with manifest.json found; set MENTORA_MODELS_DIR or run the README's setup",
            )
        })?;
        Manifest::load(&dir.path)
    }

    /// Reads `dir/manifest.json`.
    pub fn load(dir: &Path) -> Result<Manifest> {
        let path = dir.join("manifest.json");
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Error::new(
                Code::ManifestInvalid,
                format!("model manifest {} cannot be read: {e}", path.display()),
            )
        })?;
        let mut m: Manifest = serde_json::from_str(&text).map_err(|e| {
            Error::new(
                Code::ManifestInvalid,
                format!("model manifest {} is not valid: {e}", path.display()),
            )
        })?;
        m.dir = dir.to_path_buf();
        Ok(m)
    }

    /// The entry with this id.
    pub fn entry(&self, id: &str) -> Result<&ModelEntry> {
        self.models.iter().find(|m| m.id == id).ok_or_else(|| {
            Error::new(
                Code::ManifestInvalid,
                format!("the model manifest has no entry '{id}'"),
            )
        })
    }

    /// Checks one entry: present, and sha256 equal to the manifest's. Returns its full path.
    pub fn verify(&self, entry: &ModelEntry) -> Result<PathBuf> {
        let path = self.dir.join(&entry.file);
        if !path.is_file() {
            return Err(Error::new(
                Code::ModelMissing,
                format!(
                    "model file {} is missing (expected at {})",
                    entry.file,
                    path.display()
                ),
            ));
        }
        let actual = sha256_file(&path)
            .map_err(|e| Error::io(format!("reading model file {}", entry.file), e))?;
        if !actual.eq_ignore_ascii_case(&entry.sha256) {
            return Err(Error::new(
                Code::ModelCorrupt,
                format!(
                    "model file {} is corrupt: sha256 {actual} does not match the manifest's {}; reinstall it with the README's setup",
                    entry.file, entry.sha256
                ),
            ));
        }
        Ok(path)
    }

    /// Verifies the entry with this id and returns its path.
    pub fn verified_path(&self, id: &str) -> Result<PathBuf> {
        self.verify(self.entry(id)?)
    }

    /// Checks every file.
    pub fn verify_all(&self) -> Vec<FileCheck> {
        self.models
            .iter()
            .map(|m| FileCheck {
                id: m.id.clone(),
                file: m.file.clone(),
                result: match self.verify(m) {
                    Ok(path) => CheckResult::Ok { path },
                    Err(error) => CheckResult::Failed { error },
                },
            })
            .collect()
    }
}
