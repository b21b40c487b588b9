//! Getting a file the person chose into place: copied from a local path, or downloaded over https
//! through the egress gate with resume (a Range request from the kept `.part`, keyed by the expected
//! sha256), progress, time limits and a size cap; then its sha256 checked. Used by the sentiment
//! model and on-device model installs.

use crate::error::{Code, Error, Result};
use crate::models::sha256_file;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Progress of one file.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    /// The file's name (`model.onnx`, `model.gguf`…).
    pub file: &'a str,
    /// Bytes on disk so far (including a resumed part).
    pub done: u64,
    /// Total bytes, when the server said.
    pub total: Option<u64>,
    /// Bytes that were already there from an interrupted download.
    pub resumed_from: u64,
}

/// Whether `s` is a URL (anything with a scheme but `file://`).
pub fn is_url(s: &str) -> bool {
    let l = s.trim_start().to_ascii_lowercase();
    l.contains("://") && !l.starts_with("file://")
}

/// Checks a source before anything is fetched: a URL passes the egress gate and needs a sha256
/// (`field` names it in the error); a local path must be a regular file ending in `.ext`.
pub fn check_source(src: &str, sha: Option<&str>, field: &str, ext: &str) -> Result<()> {
    if is_url(src) {
        crate::chat::egress::check_download_url(src)?;
        let ok = sha.is_some_and(|h| {
            let h = h.trim();
            h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit())
        });
        if !ok {
            return Err(Error::invalid(
                field,
                format!("{src} is a URL: give its sha256 (64 hex digits) so that what arrives can be checked"),
            ));
        }
        return Ok(());
    }
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
    Ok(())
}

fn dl_err(url: &str, e: impl std::fmt::Display) -> Error {
    Error::new(Code::Download, format!("downloading {url} failed: {e}"))
}

/// Puts `src` at `dest` (a copy, or a download whose part file is kept in `partial_dir` for the
/// next try), at most `limit` bytes, and checks its sha256 against `want`. Returns the file and its
/// sha256.
#[allow(clippy::too_many_arguments)]
pub fn fetch(
    src: &str,
    partial_dir: &Path,
    dest: &Path,
    name: &str,
    limit: u64,
    want: Option<&str>,
    timeout: Duration,
    progress: &mut dyn FnMut(Progress),
) -> Result<(PathBuf, String)> {
    let mut part_kept = None;
    if let (true, Some(want)) = (is_url(src), want) {
        crate::fsx::create_dir_private(partial_dir)?;
        let part = partial_dir.join(format!("{}.part", want.trim().to_ascii_lowercase()));
        download(src, &part, name, limit, timeout, progress)?;
        crate::fsx::copy_private(&part, dest)?;
        part_kept = Some(part);
    } else {
        let from = Path::new(src);
        let size = std::fs::metadata(from)
            .map_err(|e| Error::io(src, e))?
            .len();
        if size > limit {
            return Err(too_big(name, limit));
        }
        crate::fsx::copy_private(from, dest)?;
        let total = std::fs::metadata(dest).map(|m| m.len()).ok();
        progress(Progress {
            file: name,
            done: total.unwrap_or(0),
            total,
            resumed_from: 0,
        });
    }
    let got = sha256_file(dest).map_err(|e| Error::io(dest.display(), e))?;
    if let Some(p) = &part_kept {
        let _ = std::fs::remove_file(p);
    }
    if let Some(want) = want {
        if !got.eq_ignore_ascii_case(want.trim()) {
            let _ = std::fs::remove_file(dest);
            return Err(Error::new(
                Code::ModelCorrupt,
                format!(
                    "{name} from {src} has sha256 {got}, expected {want}; nothing was installed"
                ),
            ));
        }
    }
    Ok((dest.to_path_buf(), got))
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
    timeout: Duration,
    progress: &mut dyn FnMut(Progress),
) -> Result<()> {
    let client = crate::chat::egress::download_client(url, timeout, timeout)?;
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
