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

/// What a verified model file looked like: the same length, inode and change time (seconds and
/// nanoseconds) and the same expected sha256 mean the same bytes as when it was hashed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    len: u64,
    dev: u64,
    ino: u64,
    ctime: i64,
    ctime_nsec: i64,
    sha256: String,
}

impl Stamp {
    fn of(path: &Path, sha256: &str) -> Option<Stamp> {
        use std::os::unix::fs::MetadataExt;
        let md = std::fs::metadata(path).ok()?;
        Some(Stamp {
            len: md.len(),
            dev: md.dev(),
            ino: md.ino(),
            ctime: md.ctime(),
            ctime_nsec: md.ctime_nsec(),
            sha256: sha256.to_ascii_lowercase(),
        })
    }
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

    /// [`Manifest::verify_all`] that skips hashing a file whose length, inode and change time are
    /// what they were when it last hashed to the manifest's sha256, as recorded in `stamps` (a small
    /// 0600 file in the data folder). The window checks every model at each start; without this it
    /// read ~260 MB each time. A file that changed in any way (a write or a restored mtime both move
    /// its change time, which no user tool can set back) is hashed again; a failure drops its stamp.
    pub fn verify_all_remembered(&self, stamps: &Path) -> Vec<FileCheck> {
        let mut known: std::collections::BTreeMap<String, Stamp> = std::fs::read(stamps)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        let before = known.clone();
        let checks = self
            .models
            .iter()
            .map(|m| {
                let path = self.dir.join(&m.file);
                let key = path.display().to_string();
                let now = Stamp::of(&path, &m.sha256);
                let result = if now.is_some() && known.get(&key) == now.as_ref() {
                    CheckResult::Ok { path }
                } else {
                    match self.verify(m) {
                        Ok(path) => {
                            match Stamp::of(&path, &m.sha256) {
                                Some(s) => known.insert(key, s),
                                None => known.remove(&key),
                            };
                            CheckResult::Ok { path }
                        }
                        Err(error) => {
                            known.remove(&key);
                            CheckResult::Failed { error }
                        }
                    }
                };
                FileCheck {
                    id: m.id.clone(),
                    file: m.file.clone(),
                    result,
                }
            })
            .collect();
        if known != before {
            if let Ok(bytes) = serde_json::to_vec(&known) {
                if let Err(e) = crate::fsx::write_atomic(stamps, &bytes) {
                    tracing::warn!("model checks not remembered: {}", e.message());
                }
            }
        }
        checks
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
