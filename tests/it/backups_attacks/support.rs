//! What the backup attacks share: plans and restores in one call, a walk of a folder, ZIPs read,
//! retouched and written by hand (lying sizes, duplicate names), FIFOs and a watchdog for hangs.

use crate::common::vault::Fixture;
use mentora::api::{backups, profile, App};
use mentora::vault::backup::restore::Secret;
use mentora::vault::backup::{Every, Plan};
use mentora::vault::KdfParams;
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub(super) const MANIFEST: &str = "mentora-backup.json";
pub(super) const PROFILE: &str = "profile.json";
pub(super) const KEYS: &str = "keys.json";
pub(super) const VAULT: &str = "vault.db";

pub(super) fn plan_into(
    app: &App,
    folder: &Path,
    every: Every,
    keep: u32,
) -> mentora::Result<backups::Overview> {
    backups::set_plan(
        app,
        Plan {
            folder: folder.to_string_lossy().into_owned(),
            every,
            keep,
        },
    )
}

pub(super) fn restore(
    app: &App,
    file: &Path,
    secret: Secret,
    name: Option<&str>,
) -> mentora::Result<profile::Created> {
    backups::restore_with(
        app,
        file.to_str().unwrap(),
        secret,
        name,
        KdfParams::INSECURE_FOR_TESTS,
    )
}

pub(super) fn code<T>(r: &mentora::Result<T>) -> Option<&'static str> {
    r.as_ref().err().map(|e| e.code().as_str())
}

pub(super) fn profile_dirs(f: &Fixture) -> usize {
    std::fs::read_dir(f.dir.path().join("profiles"))
        .map(|d| d.count())
        .unwrap_or(0)
}

pub(super) fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
}

/// Every path under `dir` (folders and files), links not followed.
pub(super) fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if e.file_type().unwrap().is_dir() {
                stack.push(p.clone());
            }
            out.push(p);
        }
    }
    out
}

/// The entries of a ZIP, in order, with their bytes.
pub(super) fn parts(file: &Path) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    let mut out = Vec::new();
    for i in 0..z.len() {
        let mut e = z.by_index(i).unwrap();
        let name = e.name().unwrap().to_string();
        let mut data = Vec::new();
        e.read_to_end(&mut data).unwrap();
        out.push((name, data));
    }
    out
}

/// A ZIP of stored entries written by the zip crate.
pub(super) fn write_stored(to: &Path, entries: &[(String, Vec<u8>)]) {
    let mut out = zip::ZipWriter::new(std::fs::File::create(to).unwrap());
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in entries {
        out.start_file(name.as_str(), opts).unwrap();
        out.write_all(data).unwrap();
    }
    out.finish().unwrap();
}

/// Copies the backup at `from` to `to`, each entry through `edit`.
pub(super) fn retouch(from: &Path, to: &Path, edit: impl Fn(&str, Vec<u8>) -> Vec<u8>) {
    let entries: Vec<(String, Vec<u8>)> = parts(from)
        .into_iter()
        .map(|(n, d)| {
            let d = edit(&n, d);
            (n, d)
        })
        .collect();
    write_stored(to, &entries);
}

pub(super) fn json_edit(data: &[u8], f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_slice(data).unwrap();
    f(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

pub(super) fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in data {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xEDB8_8320
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// One entry of a hand-made ZIP: stored, with the true CRC; `declared` (if given) is the
/// uncompressed size written in ZIP64 extra fields of both headers instead of the true one.
pub(super) struct Raw {
    pub(super) name: String,
    pub(super) data: Vec<u8>,
    pub(super) declared: Option<u64>,
}

pub(super) fn raw(name: &str, data: Vec<u8>) -> Raw {
    Raw {
        name: name.to_string(),
        data,
        declared: None,
    }
}

/// Writes a ZIP by hand (no checks: duplicate names and lying sizes allowed). The layout was
/// checked against Python's zipfile.
pub(super) fn raw_zip(to: &Path, entries: &[Raw]) {
    let mut out: Vec<u8> = Vec::new();
    let mut central: Vec<u8> = Vec::new();
    for e in entries {
        let offset = out.len() as u32;
        let crc = crc32(&e.data);
        let (size32, extra, version) = match e.declared {
            None => (e.data.len() as u32, Vec::new(), 20u16),
            Some(n) => {
                let mut x = Vec::new();
                x.extend_from_slice(&1u16.to_le_bytes());
                x.extend_from_slice(&16u16.to_le_bytes());
                x.extend_from_slice(&n.to_le_bytes());
                x.extend_from_slice(&(e.data.len() as u64).to_le_bytes());
                (u32::MAX, x, 45u16)
            }
        };
        // Local file header.
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&version.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // flags
        out.extend_from_slice(&0u16.to_le_bytes()); // stored
        out.extend_from_slice(&0u16.to_le_bytes()); // time
        out.extend_from_slice(&0x21u16.to_le_bytes()); // 1980-01-01
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&size32.to_le_bytes()); // compressed
        out.extend_from_slice(&size32.to_le_bytes()); // uncompressed
        out.extend_from_slice(&(e.name.len() as u16).to_le_bytes());
        out.extend_from_slice(&(extra.len() as u16).to_le_bytes());
        out.extend_from_slice(e.name.as_bytes());
        out.extend_from_slice(&extra);
        out.extend_from_slice(&e.data);
        // Central directory header.
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&((3u16 << 8) | version).to_le_bytes()); // made by: Unix
        central.extend_from_slice(&version.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes()); // flags
        central.extend_from_slice(&0u16.to_le_bytes()); // stored
        central.extend_from_slice(&0u16.to_le_bytes()); // time
        central.extend_from_slice(&0x21u16.to_le_bytes()); // date
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&size32.to_le_bytes());
        central.extend_from_slice(&size32.to_le_bytes());
        central.extend_from_slice(&(e.name.len() as u16).to_le_bytes());
        central.extend_from_slice(&(extra.len() as u16).to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes()); // comment
        central.extend_from_slice(&0u16.to_le_bytes()); // disk
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        central.extend_from_slice(&(0o100600u32 << 16).to_le_bytes()); // external: -rw-------
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(e.name.as_bytes());
        central.extend_from_slice(&extra);
    }
    let cd_offset = out.len() as u32;
    let cd_size = central.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&cd_size.to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    std::fs::write(to, out).unwrap();
}

pub(super) fn mkfifo(p: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(p.as_os_str().as_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    let rc = unsafe { libc::mkfifo(c.as_ptr(), 0o600) };
    assert_eq!(rc, 0, "mkfifo {}", p.display());
}

/// Runs `f` on another thread. If it has not finished after `secs`, a writer opens (and closes)
/// `fifo` so that a reader blocked opening it wakes up, and the test fails as hung.
pub(super) fn finishes_within<T: Send + 'static>(
    secs: u64,
    fifo: &Path,
    f: impl FnOnce() -> T + Send + 'static,
) -> T {
    use std::os::unix::fs::OpenOptionsExt;
    use std::sync::mpsc::RecvTimeoutError;
    let (tx, rx) = std::sync::mpsc::channel();
    let h = std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(v) => {
            h.join().unwrap();
            v
        }
        Err(RecvTimeoutError::Disconnected) => match h.join() {
            Err(p) => std::panic::resume_unwind(p),
            Ok(()) => panic!("the worker ended without an answer"),
        },
        Err(RecvTimeoutError::Timeout) => {
            for _ in 0..50 {
                if let Ok(w) = std::fs::OpenOptions::new()
                    .write(true)
                    .custom_flags(libc::O_NONBLOCK)
                    .open(fifo)
                {
                    drop(w);
                }
                if rx.recv_timeout(Duration::from_millis(100)).is_ok() {
                    break;
                }
            }
            panic!(
                "still running after {secs} s: blocked opening the FIFO {}",
                fifo.display()
            );
        }
    }
}
