//! `mentora models install`: fetch an ONNX sentiment model and its tokenizer from a local file the
//! person picked or an https URL with its sha256 (download with resume and progress, time limits
//! and a size cap, through the egress gate), check sha256, try it, then move it into place
//! atomically. Any failure removes the staging folder; only a URL download's partial file is kept
//! (under `.partial/<sha256>.part`, keyed by the expected checksum) so the next try resumes.

use super::catalog::{self, InstalledModel, ModelSpec};
use super::model::SentimentModel;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What to install.
#[derive(Debug, Clone)]
pub struct Request {
    /// Id to install under (e.g. `nlptown`).
    pub id: String,
    /// `model.onnx` as a local path (file, or a folder holding model.onnx) or an http(s) URL.
    pub model: String,
    /// `tokenizer.json`; default: next to the model (same folder or URL folder).
    pub tokenizer: Option<String>,
    /// Expected sha256 of the model file, if known.
    pub sha256: Option<String>,
    /// Expected sha256 of the tokenizer, if known.
    pub tokenizer_sha256: Option<String>,
}

pub use crate::download::Progress;

/// The largest model file accepted.
pub const MAX_MODEL_BYTES: u64 = 2 << 30;
/// The largest tokenizer file accepted.
pub const MAX_TOKENIZER_BYTES: u64 = 64 << 20;
/// Time limit to connect, and between two reads of a download.
pub const NET_TIMEOUT: Duration = Duration::from_secs(30);

use crate::download::is_url;

fn cap(name: &str) -> u64 {
    if name == "model.onnx" {
        MAX_MODEL_BYTES
    } else {
        MAX_TOKENIZER_BYTES
    }
}

/// Checks a request before anything is fetched: URLs pass the egress gate and need a sha256 (for
/// the tokenizer too); local files must be regular files with the right extension.
fn check_request(model_src: &str, tok_src: &str, req: &Request) -> Result<()> {
    crate::download::check_source(model_src, req.sha256.as_deref(), "sha256", "onnx")?;
    crate::download::check_source(
        tok_src,
        req.tokenizer_sha256.as_deref(),
        "tokenizer_sha256",
        "json",
    )
}

/// The tokenizer's location when none was given: next to the model.
fn sibling_tokenizer(model: &str) -> String {
    if is_url(model) {
        match model.rfind('/') {
            Some(i) => format!("{}/tokenizer.json", &model[..i]),
            None => format!("{model}/tokenizer.json"),
        }
    } else {
        let p = Path::new(model);
        let dir = if p.is_dir() {
            p
        } else {
            p.parent().unwrap_or(Path::new("."))
        };
        dir.join("tokenizer.json").display().to_string()
    }
}

/// Installs a model; returns what `install.json` records. Interrupted downloads resume on the next
/// call (their `.part` files stay in `<models>/.staging-<id>/`).
pub fn install(
    data_dir: &Path,
    req: &Request,
    progress: &mut dyn FnMut(Progress),
) -> Result<InstalledModel> {
    catalog::check_id(&req.id)?;
    let root = catalog::installed_root(data_dir);
    let staging = root.join(format!(".staging-{}", req.id));
    let r = install_in(&root, &staging, req, progress);
    if r.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    r
}

fn install_in(
    root: &Path,
    staging: &Path,
    req: &Request,
    progress: &mut dyn FnMut(Progress),
) -> Result<InstalledModel> {
    let _ = std::fs::remove_dir_all(staging);
    let model_src = if !is_url(&req.model) && Path::new(&req.model).is_dir() {
        Path::new(&req.model)
            .join("model.onnx")
            .display()
            .to_string()
    } else {
        req.model.clone()
    };
    let tok_src = req
        .tokenizer
        .clone()
        .unwrap_or_else(|| sibling_tokenizer(&req.model));
    check_request(&model_src, &tok_src, req)?;
    crate::fsx::create_dir_private(staging)?;
    let model = fetch(
        &model_src,
        root,
        staging,
        "model.onnx",
        req.sha256.as_deref(),
        progress,
    )?;
    let tokenizer = fetch(
        &tok_src,
        root,
        staging,
        "tokenizer.json",
        req.tokenizer_sha256.as_deref(),
        progress,
    )?;

    // Try it before it replaces anything: it must load, take BERT inputs and score a sentence.
    crate::runtime::init(None)?;
    let spec = ModelSpec {
        id: req.id.clone(),
        onnx: model.0.clone(),
        tokenizer: tokenizer.0.clone(),
        english_only: false,
    };
    let mut m = SentimentModel::load(&spec, 1)?;
    m.score("I feel calm and hopeful today.")?;
    let meta = InstalledModel {
        id: req.id.clone(),
        source: model_src,
        sha256: model.1,
        tokenizer_sha256: tokenizer.1,
        classes: m.scale().labels().len(),
        bytes: std::fs::metadata(&model.0).map(|m| m.len()).unwrap_or(0),
        installed_at: chrono::Utc::now().to_rfc3339(),
    };
    drop(m);
    let json = serde_json::to_vec_pretty(&meta).expect("serializes");
    crate::fsx::write_atomic(&staging.join("install.json"), &json)?;
    move_into_place(root, staging, &req.id)?;
    Ok(meta)
}

/// Replaces `<root>/<id>` by the staging folder with renames (the old one is removed afterwards).
fn move_into_place(root: &Path, staging: &Path, id: &str) -> Result<()> {
    let dest = root.join(id);
    let old = root.join(format!(".old-{id}"));
    let _ = std::fs::remove_dir_all(&old);
    for f in std::fs::read_dir(staging)
        .map_err(|e| Error::io(staging.display(), e))?
        .flatten()
    {
        if f.file_name().to_string_lossy().ends_with(".part") {
            let _ = std::fs::remove_file(f.path());
        }
    }
    if dest.exists() {
        std::fs::rename(&dest, &old).map_err(|e| Error::io(dest.display(), e))?;
    }
    std::fs::rename(staging, &dest).map_err(|e| Error::io(dest.display(), e))?;
    let _ = std::fs::remove_dir_all(&old);
    if let Ok(d) = std::fs::File::open(root) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Puts one file into `staging/name` (copy or download, at most its size cap) and checks its sha256.
fn fetch(
    src: &str,
    root: &Path,
    staging: &Path,
    name: &str,
    want: Option<&str>,
    progress: &mut dyn FnMut(Progress),
) -> Result<(PathBuf, String)> {
    crate::download::fetch(
        src,
        &root.join(".partial"),
        &staging.join(name),
        name,
        cap(name),
        want,
        NET_TIMEOUT,
        progress,
    )
}
