//! Backups: the plan (folder, daily/weekly, how many kept), backing up now or when due (the window's
//! loop), the backups found for the lock screen, and restoring one into a new profile. A backup is
//! the encrypted vault file plus its wrapped keys; it is read back and checked after every write.

use super::profile::{opened, Created};
use super::App;
use crate::error::{Code, Error, Result};
use crate::vault::backup::{archive, places, plan, restore, Found, Last, Manifest, Plan, EXT};
use crate::vault::repo::settings;
use crate::vault::{KdfParams, Stamp, Vault};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What the backups panel shows.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(rename = "BackupOverview")]
pub struct Overview {
    /// The plan.
    pub plan: Plan,
    /// How the last backup went.
    pub last: Option<Last>,
    /// This profile's backups in the folder, newest first.
    pub backups: Vec<Found>,
    /// A folder to suggest when none is chosen.
    pub suggested_folder: String,
}

/// A backup written and read back.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(rename = "BackupDone")]
pub struct Done {
    /// The file.
    pub file: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub bytes: u64,
    /// Rows in the vault, all checked in the copy.
    #[ts(type = "number")]
    pub rows: i64,
    /// Older backups of this profile deleted to keep the plan's number.
    pub pruned: u32,
}

fn now_ms() -> i64 {
    Stamp::now().utc_ms
}

fn read_plan(c: &rusqlite::Connection) -> Result<Plan> {
    Ok(settings::get(c, plan::KEY)?
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default())
}

fn read_last(c: &rusqlite::Connection) -> Result<Option<Last>> {
    Ok(settings::get(c, plan::LAST_KEY)?.and_then(|v| serde_json::from_value(v).ok()))
}

/// Settings key of the backups this profile wrote: file name, vault checksum and time, as recorded
/// when each was written and read back. Only these are listed as the profile's and ever pruned: a
/// file dropped into the folder with a copied manifest (claiming this profile, dated 2099) is neither
/// shown first nor able to push the real ones out.
const WRITTEN_KEY: &str = "backup.written";
/// Most entries kept in that record.
const WRITTEN_MAX: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Written {
    name: String,
    sha256: String,
    at: i64,
}

fn read_written(c: &rusqlite::Connection) -> Result<Vec<Written>> {
    Ok(settings::get(c, WRITTEN_KEY)?
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default())
}

fn save_written(v: &Vault, list: &[Written]) -> Result<()> {
    let value = serde_json::to_value(list).expect("serializes");
    v.with_conn(|c| settings::set(c, WRITTEN_KEY, &value, &Stamp::now()))
}

fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// This profile's backups in `folder` that it wrote itself (name and checksum as recorded), newest
/// first by the recorded time.
fn ours(folder: &str, profile_id: &str, written: &[Written]) -> Vec<Found> {
    let Ok(mut all) = mine(folder, profile_id) else {
        return Vec::new();
    };
    let rec = |f: &Found| {
        let name = file_name(&f.path);
        written
            .iter()
            .find(|w| w.name == name && w.sha256 == f.manifest.vault_sha256)
            .map(|w| w.at)
    };
    all.retain(|f| rec(f).is_some());
    all.sort_by_key(|f| std::cmp::Reverse(rec(f)));
    all
}

fn suggested() -> String {
    std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join("Mentora backups"))
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn mine(folder: &str, profile_id: &str) -> Result<Vec<Found>> {
    if folder.is_empty() {
        return Ok(Vec::new());
    }
    Ok(archive::list(Path::new(folder))?
        .into_iter()
        .filter(|f| f.manifest.profile_id == profile_id)
        .collect())
}

fn overview_of(v: &Vault) -> Result<Overview> {
    let (plan, last, written) =
        v.with_conn(|c| Ok((read_plan(c)?, read_last(c)?, read_written(c)?)))?;
    Ok(Overview {
        // A folder that cannot be listed shows no backups; the last outcome says why.
        backups: ours(&plan.folder, &v.profile().id, &written),
        plan,
        last,
        suggested_folder: suggested(),
    })
}

/// The plan, the last backup and this profile's backups.
pub fn overview(app: &App) -> Result<Overview> {
    app.with_vault(overview_of)
}

/// Where `p` really is, whether or not it exists yet: `..` and `.` resolved, and the longest part
/// that exists followed through its links (a folder still to be made lands under it).
fn resolved(p: &Path) -> PathBuf {
    use std::path::Component;
    let mut lexical = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                lexical.pop();
            }
            Component::CurDir => {}
            other => lexical.push(other.as_os_str()),
        }
    }
    let mut existing = lexical.clone();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = std::fs::canonicalize(&existing) {
            return rest.iter().rev().fold(real, |acc, part| acc.join(part));
        }
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => return lexical,
        }
    }
}

/// A folder inside the profiles folder would be deleted with the profile it is meant to save.
fn check_outside_profiles(app: &App, folder: &str) -> Result<()> {
    if folder.is_empty() {
        return Ok(());
    }
    let root = resolved(&app.data_dir()?.join("profiles"));
    if resolved(Path::new(folder)).starts_with(&root) {
        return Err(Error::invalid(
            "folder",
            "a folder outside Mentora's profiles (a backup there is deleted with the profile)",
        ));
    }
    Ok(())
}

/// Saves the plan; the folder is remembered for the lock screen.
pub fn set_plan(app: &App, plan: Plan) -> Result<Overview> {
    let plan = plan.validated()?;
    check_outside_profiles(app, &plan.folder)?;
    app.with_vault(|v| {
        let value = serde_json::to_value(&plan).expect("serializes");
        v.with_conn(|c| settings::set(c, plan::KEY, &value, &Stamp::now()))?;
        if !plan.folder.is_empty() {
            places::remember(&app.data_dir()?, Path::new(&plan.folder))?;
        }
        overview_of(v)
    })
}

/// Files removed when dropped: the snapshot and the read-back copy (with SQLite's side files).
struct Scratch(Vec<PathBuf>);

impl Drop for Scratch {
    fn drop(&mut self) {
        for p in &self.0 {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let mut s = p.clone().into_os_string();
                s.push(suffix);
                let _ = std::fs::remove_file(PathBuf::from(s));
            }
        }
    }
}

fn random_hex() -> String {
    let mut r = [0u8; 6];
    let _ = getrandom::fill(&mut r);
    hex::encode(r)
}

/// Writes one backup of `v` into its plan's folder, reads it back, prunes, records the outcome as
/// of `now` (Unix ms).
fn run(app: &App, v: &Vault, now: i64) -> Result<Done> {
    let plan = v.with_conn(|c| read_plan(c))?;
    let result = write_and_check(app, v, &plan);
    let prev_ok = v.with_conn(|c| read_last(c))?.and_then(|l| l.last_ok_at);
    let last = match &result {
        Ok(d) => Last {
            at: now,
            ok: true,
            file: d.file.clone(),
            message: String::new(),
            last_ok_at: Some(now),
        },
        Err(e) => Last {
            at: now,
            ok: false,
            file: String::new(),
            message: e.message().to_string(),
            last_ok_at: prev_ok,
        },
    };
    let value = serde_json::to_value(&last).expect("serializes");
    v.with_conn(|c| settings::set(c, plan::LAST_KEY, &value, &Stamp::now()))?;
    match &result {
        Ok(d) => tracing::info!(
            bytes = d.bytes,
            pruned = d.pruned,
            "backup written and verified"
        ),
        Err(e) => tracing::warn!(code = %e.code(), "backup failed: {}", e.message()),
    }
    result
}

/// One backup at a time in this process (the button and the loop), so neither removes the other's
/// scratch files or writes the other's file name.
static BACKING_UP: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Removes what a backup cut short (a crash, power loss) left: scratch copies in the profile's
/// private `backups/`, and Mentora's own half-written temp files in the folder once an hour old.
fn sweep_leftovers(work: &Path, folder: &Path) {
    if let Ok(rd) = std::fs::read_dir(work) {
        for e in rd.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if n.starts_with(".snapshot-") || n.starts_with(".verify-") {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    if let Ok(rd) = std::fs::read_dir(folder) {
        for e in rd.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            let temp = n.starts_with(".mentora-")
                && n.contains(&format!(".{EXT}."))
                && n.ends_with(".tmp");
            let old = e
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .and_then(|m| m.modified().ok())
                .is_some_and(|t| t < hour_ago);
            if temp && old {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

fn write_and_check(app: &App, v: &Vault, plan: &Plan) -> Result<Done> {
    if plan.folder.is_empty() {
        return Err(Error::invalid(
            "folder",
            "choose a folder for backups first",
        ));
    }
    check_outside_profiles(app, &plan.folder)?;
    let _one_at_a_time = BACKING_UP.lock().unwrap_or_else(|p| p.into_inner());
    let folder = PathBuf::from(&plan.folder);
    crate::fsx::make_dir(&folder)?;
    let p = v.profile().clone();
    let work = v.backups_dir();
    crate::fsx::create_dir_private(&work)?;
    sweep_leftovers(&work, &folder);
    let tag = random_hex();
    let snapshot = work.join(format!(".snapshot-{tag}.db"));
    let check = work.join(format!(".verify-{tag}.db"));
    let _scratch = Scratch(vec![snapshot.clone(), check.clone()]);
    let snap = v.snapshot_to(&snapshot)?;
    let keys = v.profiles().keys(&p)?;
    let now = chrono::Utc::now();
    let safe: String = p
        .name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .take(32)
        .collect();
    let stem = format!("mentora-{safe}-{}", now.format("%Y%m%d-%H%M%S%3f"));
    let mut dest = folder.join(format!("{stem}.{EXT}"));
    for n in 2..100 {
        if std::fs::symlink_metadata(&dest).is_err() {
            break;
        }
        dest = folder.join(format!("{stem}-{n}.{EXT}"));
    }
    let manifest = Manifest {
        format: archive::FORMAT,
        app_version: env!("CARGO_PKG_VERSION").into(),
        profile_id: p.id.clone(),
        profile_name: p.name.clone(),
        created_at: now.timestamp_millis(),
        schema_version: snap.version,
        vault_bytes: 0,
        vault_sha256: String::new(),
    };
    let manifest = archive::write(&dest, manifest, &p, &keys, &snapshot)?;
    // Read it back as a restore would: the manifest, the checksum, SQLCipher's page HMACs, and the
    // same rows in every table as the vault had when it was copied.
    let verified = (|| -> Result<()> {
        let mut opened = archive::open(&dest)?;
        opened.extract_vault(&check)?;
        let (problems, got) = v.read_copy(&check)?;
        if !problems.is_empty() {
            return Err(Error::new(Code::BackupDamaged, problems.join("; ")));
        }
        if got != snap {
            return Err(Error::new(
                Code::BackupDamaged,
                "the copy does not hold the same rows as the vault",
            ));
        }
        Ok(())
    })();
    if let Err(e) = verified {
        let _ = std::fs::remove_file(&dest);
        return Err(Error::new(
            Code::BackupDamaged,
            format!(
                "the backup did not read back intact and was removed: {}",
                e.message()
            ),
        ));
    }
    let bytes = std::fs::metadata(&dest).map(|m| m.len()).unwrap_or(0);
    let mut written = v.with_conn(|c| read_written(c))?;
    written.push(Written {
        name: file_name(&dest.to_string_lossy()),
        sha256: manifest.vault_sha256.clone(),
        at: manifest.created_at,
    });
    let (pruned, present) = prune(&plan.folder, &p.id, plan.keep, &written);
    // Forget what is gone from the folder (pruned, or removed by the person), and the oldest.
    written.retain(|w| present.contains(&w.name));
    if written.len() > WRITTEN_MAX {
        written.drain(..written.len() - WRITTEN_MAX);
    }
    save_written(v, &written)?;
    places::remember(&app.data_dir()?, &folder)?;
    Ok(Done {
        file: dest.to_string_lossy().into_owned(),
        bytes,
        rows: snap.rows.values().sum(),
        pruned,
    })
}

/// Deletes this profile's backups beyond the newest `keep`. Only files this profile wrote (by name
/// and checksum, as recorded) are ever deleted; anything else in the folder is left alone. Returns
/// how many were deleted and the file names of the ones still there (the folder is read once).
fn prune(folder: &str, profile_id: &str, keep: u32, written: &[Written]) -> (u32, Vec<String>) {
    let mut n = 0;
    let mut present = Vec::new();
    for (i, f) in ours(folder, profile_id, written).iter().enumerate() {
        if i < keep as usize {
            present.push(file_name(&f.path));
            continue;
        }
        match std::fs::remove_file(&f.path) {
            Ok(()) => n += 1,
            Err(e) => {
                tracing::warn!("could not delete the old backup {}: {e}", f.path);
                present.push(file_name(&f.path));
            }
        }
    }
    (n, present)
}

/// Backs up now (the person pressed the button).
pub fn back_up_now(app: &App) -> Result<Done> {
    let v = app.unlocked_vault()?;
    run(app, &v, now_ms())
}

/// The window's loop, once a minute: backs up when the plan says one is due (never counts as use).
/// `None` when locked or nothing was due.
pub fn tick(app: &App, now_ms: i64) -> Option<Result<Done>> {
    let v = app.background_vault().ok()?;
    let (plan, last) = v.with_conn(|c| Ok((read_plan(c)?, read_last(c)?))).ok()?;
    if !plan.due(last.as_ref(), now_ms) {
        return None;
    }
    Some(run(app, &v, now_ms))
}

/// The backups the lock screen offers: every backup in the remembered folders and in `folder` (if
/// given), newest first. Needs no unlocked vault.
pub fn found(app: &App, folder: Option<&str>) -> Result<Vec<Found>> {
    let mut dirs = places::list(&app.data_dir()?);
    if let Some(f) = folder.map(str::trim).filter(|f| !f.is_empty()) {
        let p = PathBuf::from(f);
        if !p.is_absolute() {
            return Err(Error::invalid("folder", "a full path starting with /"));
        }
        dirs.insert(0, p);
    }
    let given = folder
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .map(PathBuf::from);
    let mut out: Vec<Found> = Vec::new();
    for d in dirs {
        // A remembered folder that is gone (an unplugged drive) hides nothing else; only the
        // folder the person just named reports why it cannot be read.
        let listed = match archive::list(&d) {
            Ok(l) => l,
            Err(e) if given.as_deref() == Some(d.as_path()) => return Err(e),
            Err(e) => {
                tracing::warn!("skipping {}: {}", d.display(), e.message());
                continue;
            }
        };
        for f in listed {
            if !out.iter().any(|o| o.path == f.path) {
                out.push(f);
            }
        }
    }
    out.sort_by_key(|b| std::cmp::Reverse(b.manifest.created_at));
    Ok(out)
}

/// Restores a backup into a new profile and opens it: with the password it had when backed up
/// (kept as the new profile's password), or with the recovery key and a new password. Returns the
/// new profile and its new recovery key, shown once.
pub fn restore(
    app: &App,
    file: &str,
    secret: restore::Secret,
    name: Option<&str>,
) -> Result<Created> {
    restore_with(app, file, secret, name, KdfParams::DEFAULT)
}

/// [`restore`] with the key derivation's cost given (tests use a cheap one).
pub fn restore_with(
    app: &App,
    file: &str,
    secret: restore::Secret,
    name: Option<&str>,
    kdf: KdfParams,
) -> Result<Created> {
    let path = PathBuf::from(file.trim());
    if !path.is_absolute() {
        return Err(Error::invalid("file", "a full path starting with /"));
    }
    let r = restore::restore(&app.profiles()?, &path, secret, name, kdf)?;
    let recovery_key = r.recovery.display();
    let profile = opened(app, r.vault);
    Ok(Created {
        profile,
        recovery_key,
    })
}
