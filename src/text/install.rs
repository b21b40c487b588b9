//! `mentora models install`: fetch an ONNX sentiment model and its tokenizer from a local file the
//! person picked or an https URL with its sha256 (download with resume and progress, time limits
//! and a size cap, through the egress gate), check sha256, try it, then move it into place
//! atomically. Any failure removes the staging folder; only a URL download's partial file is kept
//! (under `.partial/<sha256>.part`, keyed by the expected checksum) so the next try resumes.

use super::catalog::{self, InstalledModel, ModelSpec};
use super::model::SentimentModel;
use crate::error::{Code, Error, Result};
use crate::models::sha256_file;
use std::io::{Read, Write};
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

/// Progress of one file.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    /// `model.onnx` or `tokenizer.json`.
    pub file: &'a str,
    /// Bytes on disk so far (including a resumed part).
    pub done: u64,
    /// Total bytes, when the server said.
    pub total: Option<u64>,
    /// Bytes that were already there from an interrupted download.
    pub resumed_from: u64,
}

/// The largest model file accepted.
pub const MAX_MODEL_BYTES: u64 = 2 << 30;
/// The largest tokenizer file accepted.
pub const MAX_TOKENIZER_BYTES: u64 = 64 << 20;
/// Time limit to connect, and between two reads of a download.
pub const NET_TIMEOUT: Duration = Duration::from_secs(30);

fn is_url(s: &str) -> bool {
    let l = s.trim_start().to_ascii_lowercase();
    l.contains("://") && !l.starts_with("file://")
}

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
    for (src, sha, field, ext) in [
        (model_src, &req.sha256, "sha256", "onnx"),
        (tok_src, &req.tokenizer_sha256, "tokenizer_sha256", "json"),
    ] {
        if is_url(src) {
            crate::chat::egress::check_download_url(src)?;
            let ok = sha.as_deref().is_some_and(|h| {
                let h = h.trim();
                h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit())
            });
            if !ok {
                return Err(Error::invalid(
                    field,
                    format!("{src} is a URL: give its sha256 (64 hex digits) so that what arrives can be checked"),
                ));
            }
        } else {
            let p = Path::new(src);
            let meta = std::fs::symlink_metadata(p)
                .map_err(|_| Error::new(Code::ModelMissing, format!("{src}: no such file")))?;
            let meta = if meta.file_type().is_symlink() {
                std::fs::metadata(p).map_err(|e| Error::io(src, e))?
            } else {
                meta
            };
            if !meta.is_file() {
                return Err(Error::invalid(
                    "source",
                    format!("{src} is not a regular file"),
                ));
            }
            if p.extension().and_then(|e| e.to_str()) != Some(ext) {
                return Err(Error::invalid(
                    "source",
                    format!("{src}: expected a .{ext} file"),
                ));
            }
        }
    }
    Ok(())
}

fn dl_err(url: &str, e: impl std::fmt::Display) -> Error {
    Error::new(Code::Download, format!("downloading {url} failed: {e}"))
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
    let dest = staging.join(name);
    let limit = cap(name);
    let mut part_kept = None;
    if let (true, Some(want)) = (is_url(src), want) {
        let partial = root.join(".partial");
        crate::fsx::create_dir_private(&partial)?;
        let part = partial.join(format!("{}.part", want.trim().to_ascii_lowercase()));
        download(src, &part, name, limit, progress)?;
        crate::fsx::copy_private(&part, &dest)?;
        part_kept = Some(part);
    } else {
        let from = Path::new(src);
        let size = std::fs::metadata(from)
            .map_err(|e| Error::io(src, e))?
            .len();
        if size > limit {
            return Err(too_big(name, limit));
        }
        crate::fsx::copy_private(from, &dest)?;
        let total = std::fs::metadata(&dest).map(|m| m.len()).ok();
        progress(Progress {
            file: name,
            done: total.unwrap_or(0),
            total,
            resumed_from: 0,
        });
    }
    let got = sha256_file(&dest).map_err(|e| Error::io(dest.display(), e))?;
    if let Some(p) = &part_kept {
        let _ = std::fs::remove_file(p);
    }
    if let Some(want) = want {
        if !got.eq_ignore_ascii_case(want.trim()) {
            let _ = std::fs::remove_file(&dest);
            return Err(Error::new(
                Code::ModelCorrupt,
                format!(
                    "{name} from {src} has sha256 {got}, expected {want}; nothing was installed"
                ),
            ));
        }
    }
    Ok((dest, got))
}

fn too_big(name: &str, limit: u64) -> Error {
    Error::invalid(
        "source",
        format!(
            "{name} is larger than {} MB; nothing was installed",
            limit >> 20
        ),
    )
}

/// HTTP GET into `part`, resuming from its length with a Range request when the server allows.
fn download(
    url: &str,
    part: &Path,
    name: &str,
    limit: u64,
    progress: &mut dyn FnMut(Progress),
) -> Result<()> {
    let client = crate::chat::egress::download_client(url, NET_TIMEOUT, NET_TIMEOUT)?;
    let have = std::fs::metadata(part).map(|m| m.len()).unwrap_or(0);
    let mut req = client.get(url);
    if have > 0 {
        req = req.header(reqwest::header::RANGE, format!("bytes={have}-"));
    }
    let mut resp = req.send().map_err(|e| dl_err(url, e))?;
    let status = resp.status();
    let (mut file, resumed_from) = if status == reqwest::StatusCode::PARTIAL_CONTENT && have > 0 {
        let start = resp
            .headers()
            .get(reqwest::header::CONTENT_RANGE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("bytes "))
            .and_then(|v| v.split('-').next())
            .and_then(|v| v.parse::<u64>().ok());
        if start != Some(have) {
            return Err(dl_err(
                url,
                format!("the server resumed at {start:?}, not at byte {have}"),
            ));
        }
        let f = std::fs::OpenOptions::new()
            .append(true)
            .open(part)
            .map_err(|e| Error::io(part.display(), e))?;
        (f, have)
    } else if status.is_success() {
        (crate::fsx::create_private(part)?, 0)
    } else if status == reqwest::StatusCode::RANGE_NOT_SATISFIABLE {
        // The part file is longer than the resource: start over next time.
        let _ = std::fs::remove_file(part);
        return Err(dl_err(
            url,
            "the partial file does not match the server's; run the command again",
        ));
    } else {
        return Err(dl_err(url, format!("HTTP {status}")));
    };
    let total = resp.content_length().map(|n| n + resumed_from);
    if total.is_some_and(|t| t > limit) {
        drop(file);
        let _ = std::fs::remove_file(part);
        return Err(too_big(name, limit));
    }
    let mut done = resumed_from;
    let mut buf = vec![0u8; 1 << 16];
    progress(Progress {
        file: name,
        done,
        total,
        resumed_from,
    });
    loop {
        let n = resp.read(&mut buf).map_err(|e| {
            dl_err(
                url,
                format!("{e} after {done} bytes (run the command again to resume)"),
            )
        })?;
        if n == 0 {
            break;
        }
        done += n as u64;
        if done > limit {
            drop(file);
            let _ = std::fs::remove_file(part);
            return Err(too_big(name, limit));
        }
        file.write_all(&buf[..n])
            .map_err(|e| Error::io(part.display(), e))?;
        progress(Progress {
            file: name,
            done,
            total,
            resumed_from,
        });
    }
    file.sync_all().map_err(|e| Error::io(part.display(), e))?;
    if let Some(t) = total {
        if done != t {
            return Err(dl_err(
                url,
                format!("got {done} of {t} bytes (run the command again to resume)"),
            ));
        }
    }
    Ok(())
}
