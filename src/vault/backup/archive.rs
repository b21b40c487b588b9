//! The backup file (`*.mentora-backup`): a ZIP, stored not compressed (the vault is already
//! encrypted), holding the vault file, its wrapped keys (`keys.json`), the profile's public
//! description (`profile.json`) and a manifest with the vault's size and sha256. Reading trusts
//! nothing in it: sizes are capped, entries are read by name only (never extracted by path), and the
//! vault must match the manifest's checksum before anything opens it.

use crate::error::{Code, Error, Result};
use crate::vault::keys::KeyFile;
use crate::vault::Profile;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// The backup file's extension.
pub const EXT: &str = "mentora-backup";
/// This format's version.
pub const FORMAT: u32 = 1;
const MANIFEST: &str = "mentora-backup.json";
const PROFILE: &str = "profile.json";
const KEYS: &str = "keys.json";
const VAULT: &str = "vault.db";
/// Largest manifest, profile or key file read.
const MAX_SMALL: u64 = 64 * 1024;

/// What a backup says about itself (not secret: no health data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(rename = "BackupManifest")]
pub struct Manifest {
    /// Format version of the backup file.
    pub format: u32,
    /// The Mentora that wrote it.
    pub app_version: String,
    /// The profile it was taken from.
    pub profile_id: String,
    /// That profile's name.
    pub profile_name: String,
    /// When it was taken, Unix milliseconds.
    #[ts(type = "number")]
    pub created_at: i64,
    /// The vault's schema version.
    pub schema_version: u32,
    /// Size of the vault file in bytes.
    #[ts(type = "number")]
    pub vault_bytes: u64,
    /// sha256 of the vault file, hex.
    pub vault_sha256: String,
}

/// A backup found in a folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(rename = "BackupFile")]
pub struct Found {
    /// Its path.
    pub path: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub bytes: u64,
    /// What it says about itself.
    pub manifest: Manifest,
}

/// A backup opened for reading: its manifest, profile and keys checked against each other.
pub struct Opened {
    /// The manifest.
    pub manifest: Manifest,
    /// The profile it was taken from.
    pub profile: Profile,
    /// The wrapped keys as they were when it was taken.
    pub keys: KeyFile,
    zip: ZipArchive<File>,
    path: PathBuf,
}

/// Control characters and the invisible ones that reorder or hide text (zero-width, bidi):
/// never part of a name shown to the person.
pub fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// `s` with every [`unsafe_char`] shown as `?` (for printing what a folder holds).
pub fn printable(s: &str) -> String {
    s.chars()
        .map(|c| if unsafe_char(c) { '?' } else { c })
        .collect()
}

fn damaged(path: &Path, why: impl std::fmt::Display) -> Error {
    Error::new(
        Code::BackupDamaged,
        format!("{} is not a usable Mentora backup: {why}", path.display()),
    )
}

struct Hashing<R> {
    inner: R,
    sha: Sha256,
    bytes: u64,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.sha.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
}

/// Writes a backup to `dest` atomically (0600; a cut write leaves nothing at `dest`). The manifest
/// is completed with the vault's size and checksum as it is copied, and returned.
pub fn write(
    dest: &Path,
    mut manifest: Manifest,
    profile: &Profile,
    keys: &KeyFile,
    vault: &Path,
) -> Result<Manifest> {
    let src =
        File::open(vault).map_err(|e| Error::io(format!("reading {}", vault.display()), e))?;
    let opts = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .unix_permissions(0o600)
        .large_file(true);
    let small = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .unix_permissions(0o600);
    crate::fsx::write_atomic_with(dest, |f| {
        let mut z = ZipWriter::new(f);
        z.start_file(PROFILE, small)?;
        z.write_all(&json(profile))?;
        z.start_file(KEYS, small)?;
        z.write_all(&json(keys))?;
        z.start_file(VAULT, opts)?;
        let mut h = Hashing {
            inner: src,
            sha: Sha256::new(),
            bytes: 0,
        };
        std::io::copy(&mut h, &mut z)?;
        manifest.vault_bytes = h.bytes;
        manifest.vault_sha256 = hex::encode(h.sha.finalize());
        z.start_file(MANIFEST, small)?;
        z.write_all(&json(&manifest))?;
        z.finish()?;
        Ok(())
    })?;
    Ok(manifest)
}

fn json<T: Serialize>(v: &T) -> Vec<u8> {
    serde_json::to_vec_pretty(v).expect("serializes")
}

fn small<T: serde::de::DeserializeOwned>(
    zip: &mut ZipArchive<File>,
    path: &Path,
    name: &str,
) -> Result<T> {
    let mut f = zip
        .by_name(name)
        .map_err(|e| damaged(path, format!("no {name} ({e})")))?;
    if f.size() > MAX_SMALL {
        return Err(damaged(path, format!("{name} is too large")));
    }
    let mut buf = Vec::new();
    (&mut f)
        .take(MAX_SMALL + 1)
        .read_to_end(&mut buf)
        .map_err(|e| damaged(path, format!("{name} cannot be read ({e})")))?;
    serde_json::from_slice(&buf).map_err(|e| damaged(path, format!("{name}: {e}")))
}

/// Opens a backup and reads its manifest, profile and keys (the vault itself is not read yet).
pub fn open(path: &Path) -> Result<Opened> {
    // A FIFO or a device would block or never end: only a regular file (or a link to one) is read.
    let meta =
        std::fs::metadata(path).map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    if !meta.is_file() {
        return Err(damaged(path, "it is not a regular file"));
    }
    let file = File::open(path).map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    let mut zip = ZipArchive::new(file).map_err(|e| damaged(path, e))?;
    let manifest: Manifest = small(&mut zip, path, MANIFEST)?;
    if manifest.format != FORMAT {
        return Err(damaged(
            path,
            format!(
                "format {} (this Mentora reads format {FORMAT}; a newer Mentora wrote it?)",
                manifest.format
            ),
        ));
    }
    let profile: Profile = small(&mut zip, path, PROFILE)?;
    let keys: KeyFile = small(&mut zip, path, KEYS)?;
    if profile.id != manifest.profile_id || keys.profile_id != manifest.profile_id {
        return Err(damaged(path, "its parts belong to different profiles"));
    }
    if !keys.plausible() {
        return Err(damaged(
            path,
            "its key file asks for a key derivation Mentora never writes",
        ));
    }
    // The names are shown in the window and printed by the CLI; the auto-lock is kept.
    let name_ok = |n: &str| {
        let k = n.trim().chars().count();
        (1..=crate::vault::profiles::MAX_NAME).contains(&k) && !n.chars().any(unsafe_char)
    };
    if !name_ok(&manifest.profile_name) || !name_ok(&profile.name) {
        return Err(damaged(path, "its profile name is not one Mentora writes"));
    }
    if profile.auto_lock_minutes > 24 * 60 {
        return Err(damaged(path, "its auto-lock time is out of range"));
    }
    Ok(Opened {
        manifest,
        profile,
        keys,
        zip,
        path: path.to_path_buf(),
    })
}

impl Opened {
    /// Copies the vault out to `dest` (0600) and checks its size and sha256 against the manifest
    /// (and the ZIP's own CRC). On any mismatch `dest` is removed.
    pub fn extract_vault(&mut self, dest: &Path) -> Result<()> {
        let r = self.extract_inner(dest);
        if r.is_err() {
            let _ = std::fs::remove_file(dest);
        }
        r
    }

    fn extract_inner(&mut self, dest: &Path) -> Result<()> {
        let path = self.path.clone();
        let want = self.manifest.vault_bytes;
        let file_len = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let entry = self
            .zip
            .by_name(VAULT)
            .map_err(|e| damaged(&path, format!("no vault ({e})")))?;
        if entry.size() != want {
            return Err(damaged(&path, "the vault's size differs from the manifest"));
        }
        // Mentora stores the vault uncompressed (it is encrypted): what comes out can never be
        // more than the file holds, so a small file cannot fill the disk.
        if entry.compression() != CompressionMethod::Stored
            || entry.compressed_size() != want
            || want > file_len
        {
            return Err(damaged(
                &path,
                "the vault is not stored as Mentora stores it (compressed, or larger than the file)",
            ));
        }
        let mut h = Hashing {
            inner: entry.take(want.saturating_add(1)),
            sha: Sha256::new(),
            bytes: 0,
        };
        let mut out = crate::fsx::create_private(dest)?;
        std::io::copy(&mut h, &mut out)
            .and_then(|_| out.sync_all())
            .map_err(|e| damaged(&path, format!("the vault cannot be read ({e})")))?;
        if h.bytes != want || hex::encode(h.sha.finalize()) != self.manifest.vault_sha256 {
            return Err(damaged(
                &path,
                "the vault's checksum differs from the manifest (the file was changed or cut)",
            ));
        }
        Ok(())
    }
}

/// The backups in `folder` (not its subfolders), newest first. Files that are not backups, or
/// cannot be read, are left out (and never touched).
pub fn list(folder: &Path) -> Result<Vec<Found>> {
    let rd = match std::fs::read_dir(folder) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(format!("listing {}", folder.display()), e)),
    };
    let mut out = Vec::new();
    for e in rd.flatten() {
        let p = e.path();
        let ours = p.extension().is_some_and(|x| x == EXT)
            && !e.file_name().to_string_lossy().starts_with('.');
        let Ok(meta) = e.metadata() else { continue };
        if !ours || !meta.is_file() {
            continue;
        }
        match open(&p) {
            Ok(o) => out.push(Found {
                path: p.to_string_lossy().into_owned(),
                bytes: meta.len(),
                manifest: o.manifest,
            }),
            Err(err) => tracing::warn!("skipping {}: {}", p.display(), err.message()),
        }
    }
    out.sort_by_key(|b| std::cmp::Reverse(b.manifest.created_at));
    Ok(out)
}
