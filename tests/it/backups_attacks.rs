//! Backups attacked by someone who did not write them: hand-made ZIPs (a vault entry declaring
//! u64::MAX bytes, a deflated vault that inflates a thousandfold, duplicated entry names), forged
//! backups in a shared sync folder (from the future, so that pruning deletes the real ones), folders
//! spelled to land inside the profile they are meant to save, symlinks, hard links and FIFOs in the
//! folder, a tampered `profile.json` (a name equal to another profile's id, an auto-lock of four
//! billion minutes), two restores racing for one name, terminal escapes in what the CLI prints, and
//! the promises that should hold (private modes, no scratch left behind, the original profile
//! byte-for-byte untouched, automatic backups not counting as use). Written by a reviewer who had
//! not seen the code; the tests marked `FAILED BEFORE THE FIX` failed on the first version (12 of
//! 20) and say what was wrong.

use crate::common::vault::{snapshot, Fixture, PASSWORD};
use mentora::api::{backups, profile, App};
use mentora::vault::backup::restore::Secret;
use mentora::vault::backup::{Every, Plan};
use mentora::vault::{KdfParams, Stamp};
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const MANIFEST: &str = "mentora-backup.json";
const PROFILE: &str = "profile.json";
const KEYS: &str = "keys.json";
const VAULT: &str = "vault.db";

// ---- helpers ----

fn plan_into(
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

fn restore(
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

fn code<T>(r: &mentora::Result<T>) -> Option<&'static str> {
    r.as_ref().err().map(|e| e.code().as_str())
}

fn profile_dirs(f: &Fixture) -> usize {
    std::fs::read_dir(f.dir.path().join("profiles"))
        .map(|d| d.count())
        .unwrap_or(0)
}

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
}

/// Every path under `dir` (folders and files), links not followed.
fn walk(dir: &Path) -> Vec<PathBuf> {
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
fn parts(file: &Path) -> Vec<(String, Vec<u8>)> {
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
fn write_stored(to: &Path, entries: &[(String, Vec<u8>)]) {
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
fn retouch(from: &Path, to: &Path, edit: impl Fn(&str, Vec<u8>) -> Vec<u8>) {
    let entries: Vec<(String, Vec<u8>)> = parts(from)
        .into_iter()
        .map(|(n, d)| {
            let d = edit(&n, d);
            (n, d)
        })
        .collect();
    write_stored(to, &entries);
}

fn json_edit(data: &[u8], f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_slice(data).unwrap();
    f(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

fn crc32(data: &[u8]) -> u32 {
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
struct Raw {
    name: String,
    data: Vec<u8>,
    declared: Option<u64>,
}

fn raw(name: &str, data: Vec<u8>) -> Raw {
    Raw {
        name: name.to_string(),
        data,
        declared: None,
    }
}

/// Writes a ZIP by hand (no checks: duplicate names and lying sizes allowed). The layout was
/// checked against Python's zipfile.
fn raw_zip(to: &Path, entries: &[Raw]) {
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

fn mkfifo(p: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(p.as_os_str().as_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    let rc = unsafe { libc::mkfifo(c.as_ptr(), 0o600) };
    assert_eq!(rc, 0, "mkfifo {}", p.display());
}

/// Runs `f` on another thread. If it has not finished after `secs`, a writer opens (and closes)
/// `fifo` so that a reader blocked opening it wakes up, and the test fails as hung.
fn finishes_within<T: Send + 'static>(
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

// ---- (3) a malicious file: no panic, no disk exhaustion, no half-made profile ----

// FAILED BEFORE THE FIX: src/vault/backup/archive.rs:231 computes `want + 1` with `want` taken from the
// manifest (`vault_bytes`), after checking only that the ZIP entry declares the same size. The zip
// crate accepts a ZIP64 entry declaring u64::MAX bytes, so in a build with overflow checks (dev and
// test builds) the addition panics — inside `Profiles::adopt`'s closure, which skips adopt's
// `remove_dir_all`, so the new profile's folder is left behind as well. (Release builds wrap to
// `take(0)` and report a checksum mismatch.)
#[test]
fn a_vault_entry_declaring_u64_max_bytes_neither_panics_nor_leaves_a_folder() {
    let f = Fixture::new("Huge");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7).unwrap();
    let done = backups::back_up_now(&app).unwrap();
    profile::lock(&app).unwrap();
    let work = tempfile::tempdir().unwrap();
    let p = work.path().join("huge.mentora-backup");
    let entries: Vec<Raw> = parts(Path::new(&done.file))
        .into_iter()
        .map(|(name, data)| {
            if name == MANIFEST {
                raw(
                    &name,
                    json_edit(&data, |m| m["vault_bytes"] = serde_json::json!(u64::MAX)),
                )
            } else if name == VAULT {
                Raw {
                    name,
                    data,
                    declared: Some(u64::MAX),
                }
            } else {
                raw(&name, data)
            }
        })
        .collect();
    raw_zip(&p, &entries);
    let before = profile_dirs(&f);

    // The lock screen lists it without trouble (only the manifest is read)…
    let found = backups::found(&app, Some(work.path().to_str().unwrap())).unwrap();
    assert!(found.iter().any(|b| b.path == p.to_string_lossy()));
    // …and restoring it must be refused, not panic.
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        restore(&app, &p, Secret::Password(PASSWORD), Some("Huge 2"))
    }));
    let r = r.expect("restoring a vault entry that declares u64::MAX bytes panicked");
    assert_eq!(code(&r), Some("backup.damaged"));
    assert_eq!(
        profile_dirs(&f),
        before,
        "no half-made profile folder is left"
    );
}

// FAILED BEFORE THE FIX: nothing bounds `manifest.vault_bytes` (src/vault/backup/archive.rs:222-238):
// not the backup file's own size, not the entry's compression method (the format says "stored",
// but a Deflated entry is read all the same), not free disk space. A backup copied from the
// person's sync folder with its vault replaced by a deflated run of zeros (128 MiB from ~130 KB
// here; deflate reaches ~1000:1, so a 100 MB file fills 100 GB) is written out in full into the
// new profile's folder before anything rejects it. The person's own password is all it takes:
// keys.json and profile.json are copied from their real backup.
#[test]
fn a_deflated_vault_cannot_make_a_restore_write_far_more_than_the_file_holds() {
    use sha2::{Digest, Sha256};
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
    use std::sync::Arc;

    const ZEROS: u64 = 128 << 20;
    let f = Fixture::new("Bomb");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7).unwrap();
    let done = backups::back_up_now(&app).unwrap();
    profile::lock(&app).unwrap();

    let chunk = vec![0u8; 1 << 20];
    let mut sha = Sha256::new();
    for _ in 0..(ZEROS >> 20) {
        sha.update(&chunk);
    }
    let sha = hex::encode(sha.finalize());
    let work = tempfile::tempdir().unwrap();
    let bomb = work.path().join("bomb.mentora-backup");
    {
        let mut out = zip::ZipWriter::new(std::fs::File::create(&bomb).unwrap());
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        let deflated = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in parts(Path::new(&done.file)) {
            match name.as_str() {
                VAULT => {
                    out.start_file(name.as_str(), deflated).unwrap();
                    for _ in 0..(ZEROS >> 20) {
                        out.write_all(&chunk).unwrap();
                    }
                }
                MANIFEST => {
                    out.start_file(name.as_str(), stored).unwrap();
                    out.write_all(&json_edit(&data, |m| {
                        m["vault_bytes"] = serde_json::json!(ZEROS);
                        m["vault_sha256"] = serde_json::json!(sha);
                    }))
                    .unwrap();
                }
                _ => {
                    out.start_file(name.as_str(), stored).unwrap();
                    out.write_all(&data).unwrap();
                }
            }
        }
        out.finish().unwrap();
    }
    let bomb_len = std::fs::metadata(&bomb).unwrap().len();
    assert!(
        bomb_len < ZEROS / 100,
        "the bomb is small: {bomb_len} bytes"
    );

    // Watch the data dir (all but the original profile) for the most bytes it holds at once.
    let data = f.dir.path().to_path_buf();
    let original = f.profile_dir();
    let stop = Arc::new(AtomicBool::new(false));
    let most = Arc::new(AtomicU64::new(0));
    let watcher = {
        let (stop, most) = (stop.clone(), most.clone());
        std::thread::spawn(move || {
            fn total(dir: &Path, skip: &Path) -> u64 {
                let Ok(rd) = std::fs::read_dir(dir) else {
                    return 0;
                };
                let mut n = 0;
                for e in rd.flatten() {
                    let p = e.path();
                    if p == skip {
                        continue;
                    }
                    match e.file_type() {
                        Ok(t) if t.is_dir() => n += total(&p, skip),
                        Ok(t) if t.is_file() => n += e.metadata().map(|m| m.len()).unwrap_or(0),
                        _ => {}
                    }
                }
                n
            }
            while !stop.load(Ordering::Relaxed) {
                most.fetch_max(total(&data, &original), Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(1));
            }
        })
    };
    let before = profile_dirs(&f);
    let r = restore(&app, &bomb, Secret::Password(PASSWORD), Some("Bomb 2"));
    stop.store(true, Ordering::Relaxed);
    watcher.join().unwrap();
    assert!(r.is_err(), "zeros are no vault");
    assert_eq!(profile_dirs(&f), before, "nothing is left behind");
    let most = most.load(Ordering::Relaxed);
    assert!(
        most <= 2 * bomb_len + (1 << 20),
        "a {bomb_len}-byte backup made the restore write {most} bytes into the data dir"
    );
}

/// Entries with the same name twice (a hand-made ZIP; the zip crate's writer refuses them, its
/// reader takes the last): whichever is read is checked against the manifest, nothing panics, and
/// a refused file leaves nothing behind.
#[test]
fn duplicate_entry_names_never_panic_or_leave_a_profile() {
    let f = Fixture::new("Dup");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7).unwrap();
    let done = backups::back_up_now(&app).unwrap();
    profile::lock(&app).unwrap();
    let genuine = parts(Path::new(&done.file));
    let get = |n: &str| genuine.iter().find(|(k, _)| k == n).unwrap().1.clone();
    let junk = vec![0x5au8; 4096];
    let other_manifest = json_edit(&get(MANIFEST), |m| {
        m["profile_id"] = serde_json::json!("ffffffffffffffff")
    });
    let work = tempfile::tempdir().unwrap();
    let cases: Vec<(&str, Vec<Raw>)> = vec![
        (
            "genuine vault then junk",
            vec![
                raw(PROFILE, get(PROFILE)),
                raw(KEYS, get(KEYS)),
                raw(VAULT, get(VAULT)),
                raw(VAULT, junk.clone()),
                raw(MANIFEST, get(MANIFEST)),
            ],
        ),
        (
            "junk vault then genuine",
            vec![
                raw(PROFILE, get(PROFILE)),
                raw(KEYS, get(KEYS)),
                raw(VAULT, junk.clone()),
                raw(VAULT, get(VAULT)),
                raw(MANIFEST, get(MANIFEST)),
            ],
        ),
        (
            "two manifests",
            vec![
                raw(PROFILE, get(PROFILE)),
                raw(KEYS, get(KEYS)),
                raw(VAULT, get(VAULT)),
                raw(MANIFEST, get(MANIFEST)),
                raw(MANIFEST, other_manifest),
            ],
        ),
        (
            "two key files",
            vec![
                raw(PROFILE, get(PROFILE)),
                raw(KEYS, get(KEYS)),
                raw(KEYS, b"{}".to_vec()),
                raw(VAULT, get(VAULT)),
                raw(MANIFEST, get(MANIFEST)),
            ],
        ),
    ];
    for (i, (what, entries)) in cases.into_iter().enumerate() {
        let p = work.path().join(format!("dup{i}.mentora-backup"));
        raw_zip(&p, &entries);
        let n = profile_dirs(&f);
        let _ = backups::found(&app, Some(work.path().to_str().unwrap())).unwrap();
        let name = format!("Dup {i}");
        match restore(&app, &p, Secret::Password(PASSWORD), Some(&name)) {
            Ok(c) => {
                assert_eq!(c.profile.name, name, "{what}");
                assert!(app.vault().unwrap().check().unwrap().is_empty(), "{what}");
                profile::delete_open(&app, &name).unwrap();
            }
            Err(e) => {
                assert_eq!(
                    e.code().as_str(),
                    "backup.damaged",
                    "{what}: {}",
                    e.message()
                );
                assert_eq!(profile_dirs(&f), n, "{what}: nothing left behind");
            }
        }
    }
    assert_eq!(profile::list(&app).unwrap().len(), 1);
}

/// A vault that opens with the key but is at a schema newer than this Mentora: refused, nothing
/// created.
#[test]
fn a_backup_of_a_newer_schema_is_refused_with_nothing_created() {
    let f = Fixture::new("Future");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7).unwrap();
    let v = app.vault().unwrap();
    v.with_conn(|c| {
        c.pragma_update(None, "user_version", 99u32)?;
        Ok(())
    })
    .unwrap();
    let done = backups::back_up_now(&app).unwrap();
    v.with_conn(|c| {
        c.pragma_update(None, "user_version", mentora::vault::migrations::CURRENT)?;
        Ok(())
    })
    .unwrap();
    profile::lock(&app).unwrap();
    let n = profile_dirs(&f);
    let r = restore(
        &app,
        Path::new(&done.file),
        Secret::Password(PASSWORD),
        Some("Future 2"),
    );
    assert!(
        matches!(code(&r), Some("vault.too_new") | Some("backup.damaged")),
        "{:?}",
        code(&r)
    );
    assert_eq!(profile_dirs(&f), n, "no half-made profile");
    assert_eq!(profile::list(&app).unwrap().len(), 1);
}

// FAILED BEFORE THE FIX: a restore path is opened with File::open without checking it is a regular
// file (src/vault/backup/archive.rs:177), so a FIFO given as the backup blocks the restore forever
// (the UI's command never returns). Low severity: the lock screen's list skips FIFOs, so the path
// has to be typed.
#[test]
fn a_fifo_given_as_the_backup_does_not_hang_the_restore() {
    let f = Fixture::new("Pipe");
    let app = f.app();
    profile::lock(&app).unwrap();
    let work = tempfile::tempdir().unwrap();
    let fifo = work.path().join("incoming.mentora-backup");
    mkfifo(&fifo);
    let app2 = app.clone();
    let path = fifo.to_str().unwrap().to_string();
    let got = finishes_within(10, &fifo, move || {
        backups::restore_with(
            &app2,
            &path,
            Secret::Password(PASSWORD),
            Some("Pipe 2"),
            KdfParams::INSECURE_FOR_TESTS,
        )
        .err()
        .map(|e| e.code().as_str())
    });
    assert!(got.is_some(), "a FIFO is no backup");
    assert_eq!(profile_dirs(&f), 1);
}

/// FIFOs and links to FIFOs in the backup folder are skipped by the lock screen's list and by
/// pruning: nothing blocks.
#[test]
fn fifos_in_the_folder_are_skipped_by_listing_and_pruning() {
    let f = Fixture::new("Pipes");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 1).unwrap();
    let first = backups::back_up_now(&app).unwrap();
    std::thread::sleep(Duration::from_millis(5)); // another millisecond, another file name
    let fifo = dest.path().join("pipe.mentora-backup");
    mkfifo(&fifo);
    std::os::unix::fs::symlink(&fifo, dest.path().join("link.mentora-backup")).unwrap();
    let app2 = app.clone();
    let second = finishes_within(20, &fifo, move || {
        backups::back_up_now(&app2).map_err(|e| e.code().as_str())
    })
    .unwrap();
    assert!(!Path::new(&first.file).exists(), "pruned as usual");
    let app3 = app.clone();
    let found = finishes_within(10, &fifo, move || {
        backups::found(&app3, None)
            .map(|v| v.into_iter().map(|b| b.path).collect::<Vec<_>>())
            .map_err(|e| e.code().as_str())
    })
    .unwrap();
    assert_eq!(found, vec![second.file.clone()]);
    assert!(std::fs::symlink_metadata(&fifo).is_ok(), "the FIFO stays");
}

// FAILED BEFORE THE FIX: a cheap low-severity one. KdfParams::sane (src/vault/keys.rs:64) accepts
// parameters Argon2 itself refuses (8 KiB with 16 lanes: memory below 8 KiB per lane), and the
// salt is never checked (an empty one makes Argon2 fail): a key file from a backup then surfaces
// as `internal` ("Argon2 parameters: …"), not as a damaged backup.
#[test]
fn key_files_argon2_cannot_use_are_a_damaged_backup_not_an_internal_error() {
    let f = Fixture::new("Kdf");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7).unwrap();
    let done = backups::back_up_now(&app).unwrap();
    profile::lock(&app).unwrap();
    let work = tempfile::tempdir().unwrap();
    for (what, edit) in [
        (
            "lanes",
            Box::new(|k: &mut serde_json::Value| {
                k["kdf"] = serde_json::json!({"m_cost_kib": 8, "t_cost": 1, "p_cost": 16})
            }) as Box<dyn Fn(&mut serde_json::Value)>,
        ),
        (
            "salt",
            Box::new(|k: &mut serde_json::Value| k["salt"] = serde_json::json!("")),
        ),
    ] {
        let p = work.path().join(format!("{what}.mentora-backup"));
        retouch(Path::new(&done.file), &p, |name, data| {
            if name == KEYS {
                json_edit(&data, |k| edit(k))
            } else {
                data
            }
        });
        let r = restore(&app, &p, Secret::Password(PASSWORD), Some("Kdf 2"));
        assert!(
            matches!(
                code(&r),
                Some("backup.damaged") | Some("vault.bad_password")
            ),
            "{what}: {:?} ({})",
            code(&r),
            r.as_ref().err().map(|e| e.message()).unwrap_or("")
        );
    }
    assert_eq!(profile_dirs(&f), 1);
}

// ---- (4) pruning ----

// FAILED BEFORE THE FIX: pruning (src/api/backups.rs:258-270) orders "this profile's backups" by the
// `created_at` each file's own unauthenticated manifest claims, and counts any file whose manifest
// names the profile's id (visible in every backup, in plain JSON). Whoever can write to the sync
// folder drops `keep` files that claim to be from 2099 (their vault need not even be valid), and
// every later backup deletes all the real ones — including the one it has just written and
// reported as verified. The same happens without an attacker after one backup made while the
// clock was set years ahead: with keep = 1, every later backup is deleted right after it is made.
#[test]
fn a_forged_backup_from_the_future_does_not_make_pruning_delete_the_real_ones() {
    let f = Fixture::new("Lee");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 1).unwrap();
    let first = backups::back_up_now(&app).unwrap();
    let forged = dest
        .path()
        .join("mentora-Lee-20990101-000000000.mentora-backup");
    retouch(Path::new(&first.file), &forged, |name, data| match name {
        MANIFEST => json_edit(&data, |m| {
            m["created_at"] = serde_json::json!(4_070_908_800_000i64)
        }),
        VAULT => vec![0u8; 4096],
        _ => data,
    });
    std::thread::sleep(Duration::from_millis(5));
    let second = backups::back_up_now(&app).unwrap();
    let last = backups::overview(&app).unwrap().last.unwrap();
    assert!(last.ok && last.file == second.file);
    assert!(
        Path::new(&second.file).exists(),
        "the backup just written and reported as verified was deleted by pruning (pruned {})",
        second.pruned
    );
    // And the one the folder now offers first must be restorable.
    let newest = backups::overview(&app).unwrap().backups;
    profile::lock(&app).unwrap();
    let r = restore(
        &app,
        Path::new(&newest[0].path),
        Secret::Password(PASSWORD),
        Some("Lee 2"),
    );
    assert!(r.is_ok(), "{:?}", code(&r));
}

/// Symlinks (to our own older backup, to a file that is no backup), a hard link, and a backup
/// folder that is itself a symlink: pruning deletes only real files of ours in the folder, never
/// a link's target.
#[test]
fn pruning_never_follows_links_out_of_the_folder() {
    let f = Fixture::new("Sym");
    let app = f.app();
    let elsewhere = tempfile::tempdir().unwrap();
    plan_into(&app, elsewhere.path(), Every::Off, 5).unwrap();
    let old = backups::back_up_now(&app).unwrap();
    let old_bytes = std::fs::read(&old.file).unwrap();
    let diary = elsewhere.path().join("diary.txt");
    std::fs::write(&diary, "dear diary").unwrap();

    let real = tempfile::tempdir().unwrap();
    let links = tempfile::tempdir().unwrap();
    let folder = links.path().join("sync-link");
    std::os::unix::fs::symlink(real.path(), &folder).unwrap();
    plan_into(&app, &folder, Every::Off, 1).unwrap();
    let soft = folder.join("mentora-Sym-20000101-000000000.mentora-backup");
    std::os::unix::fs::symlink(&old.file, &soft).unwrap();
    let to_diary = folder.join("diary.mentora-backup");
    std::os::unix::fs::symlink(&diary, &to_diary).unwrap();
    let hard = folder.join("mentora-Sym-20000101-000000001.mentora-backup");
    std::fs::hard_link(&old.file, &hard).unwrap();

    let a = backups::back_up_now(&app).unwrap();
    std::thread::sleep(Duration::from_millis(5));
    let b = backups::back_up_now(&app).unwrap();
    assert!(Path::new(&b.file).exists());
    assert!(!Path::new(&a.file).exists(), "the older real one is pruned");
    assert!(
        std::fs::symlink_metadata(&soft).is_ok(),
        "a link is never deleted"
    );
    assert!(std::fs::symlink_metadata(&to_diary).is_ok());
    assert_eq!(
        std::fs::read(&old.file).unwrap(),
        old_bytes,
        "a link's target is untouched"
    );
    assert_eq!(std::fs::read_to_string(&diary).unwrap(), "dear diary");
    assert!(
        real.path()
            .join(Path::new(&b.file).file_name().unwrap())
            .exists(),
        "written through the folder's link"
    );
}

// ---- backup folders that would be deleted with the profile ----

// FAILED BEFORE THE FIX: check_outside_profiles (src/api/backups.rs:92-105) canonicalizes the folder
// only when it already exists and otherwise compares the raw path, lexically. A folder spelled
// with `..` through a folder that does not exist yet is not recognised, and `make_dir`
// (create_dir_all) then happily creates it *inside the profile's own folder*: the backup is
// deleted with the profile it was meant to save.
#[test]
fn a_folder_spelled_with_dotdot_cannot_put_backups_inside_the_profile() {
    let f = Fixture::new("Dot");
    let app = f.app();
    let data = f.dir.path();
    let sneaky = data
        .join("not-yet")
        .join("..")
        .join("profiles")
        .join(&f.profile.id)
        .join("sneaky");
    let root = std::fs::canonicalize(data.join("profiles")).unwrap();
    if plan_into(&app, &sneaky, Every::Off, 3).is_ok() {
        if let Ok(d) = backups::back_up_now(&app) {
            let file = std::fs::canonicalize(&d.file).unwrap();
            assert!(
                !file.starts_with(&root),
                "the backup was written inside the profiles folder: {}",
                file.display()
            );
        }
    }
}

// FAILED BEFORE THE FIX: the same hole through a symlink: the data dir reached by another path (a
// linked home, ~/.local/share being a link) and a folder that does not exist yet.
#[test]
fn a_folder_reached_through_a_link_cannot_put_backups_inside_the_profile() {
    let f = Fixture::new("Link");
    let app = f.app();
    let alias = tempfile::tempdir().unwrap();
    let linked_data = alias.path().join("mentora-data");
    std::os::unix::fs::symlink(f.dir.path(), &linked_data).unwrap();
    let sneaky = linked_data
        .join("profiles")
        .join(&f.profile.id)
        .join("sneaky");
    let root = std::fs::canonicalize(f.dir.path().join("profiles")).unwrap();
    if plan_into(&app, &sneaky, Every::Off, 3).is_ok() {
        if let Ok(d) = backups::back_up_now(&app) {
            let file = std::fs::canonicalize(&d.file).unwrap();
            assert!(
                !file.starts_with(&root),
                "the backup was written inside the profiles folder: {}",
                file.display()
            );
        }
    }
}

/// The data dir itself as the backup folder is allowed (it is not inside the profiles folder):
/// pruning there touches only this profile's backups, and the profile survives delete → restore.
#[test]
fn the_data_dir_itself_as_the_folder_touches_nothing_else() {
    let f = Fixture::new("Home");
    let app = f.app();
    let data = f.dir.path().to_path_buf();
    plan_into(&app, &data, Every::Off, 1).unwrap();
    std::fs::write(data.join("notes.txt"), "mine").unwrap();
    backups::back_up_now(&app).unwrap();
    std::thread::sleep(Duration::from_millis(5));
    let done = backups::back_up_now(&app).unwrap();
    assert_eq!(done.pruned, 1);
    assert!(data.join("backup-places.json").is_file());
    assert!(data.join("notes.txt").is_file());
    assert!(f.profile_dir().join("keys.json").is_file());
    profile::delete_open(&app, "Home").unwrap();
    let found = backups::found(&app, None).unwrap();
    assert_eq!(found.len(), 1);
    let c = restore(
        &app,
        Path::new(&found[0].path),
        Secret::Password(PASSWORD),
        None,
    )
    .unwrap();
    assert_eq!(c.profile.name, "Home");
    assert_eq!(profile::list(&app).unwrap().len(), 1);
}

// FAILED BEFORE THE FIX: `found` (src/api/backups.rs:301-302) gives up on the whole list with `?` when
// one remembered folder cannot be listed (it became a file, an unmounted or unreadable drive):
// the lock screen then offers no backup at all, even those in folders that are fine.
#[test]
fn one_unlistable_remembered_folder_does_not_hide_the_others() {
    let f = Fixture::new("Two");
    let app = f.app();
    let gone_parent = tempfile::tempdir().unwrap();
    let gone = gone_parent.path().join("usb");
    let good = tempfile::tempdir().unwrap();
    plan_into(&app, &gone, Every::Off, 3).unwrap();
    plan_into(&app, good.path(), Every::Off, 3).unwrap();
    let done = backups::back_up_now(&app).unwrap();
    std::fs::write(&gone, "a file where the folder was").unwrap();
    let found = backups::found(&app, None);
    let found = found.unwrap_or_else(|e| {
        panic!(
            "one bad remembered folder hid every backup: {}",
            e.message()
        )
    });
    assert!(found.iter().any(|b| b.path == done.file));
}

// ---- (7) names and ids ----

// FAILED BEFORE THE FIX: profile.json inside a backup is not authenticated (only the vault is, by
// SQLCipher), and a restored profile takes its name from it (src/vault/backup/restore.rs:282;
// free_name only checks the name against other *names*). A tampered copy of the person's own
// backup names the restored profile after an existing profile's id; Profiles::find matches ids
// and names alike and the list is sorted by name, so every lookup by that id (`--profile <id>`,
// `profile delete <id> --yes`, unlock) now lands on the restored profile instead.
#[test]
fn a_restored_profile_named_like_another_profiles_id_does_not_capture_it() {
    let f = Fixture::new("Zeta");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7).unwrap();
    let done = backups::back_up_now(&app).unwrap();
    profile::lock(&app).unwrap();
    let work = tempfile::tempdir().unwrap();
    let p = work.path().join("renamed.mentora-backup");
    let id = f.profile.id.clone();
    retouch(Path::new(&done.file), &p, |name, data| {
        if name == PROFILE {
            json_edit(&data, |v| v["name"] = serde_json::json!(id))
        } else {
            data
        }
    });
    let r = restore(&app, &p, Secret::Password(PASSWORD), None);
    if let Ok(c) = &r {
        assert_ne!(c.profile.id, f.profile.id);
    }
    let hit = app.profiles().unwrap().find(&f.profile.id).unwrap();
    assert_eq!(
        hit.id, f.profile.id,
        "looking up profile {} by its id found the restored profile '{}' ({})",
        f.profile.id, hit.name, hit.id
    );
}

// FAILED BEFORE THE FIX: a name check and the write of profile.json are far apart (Profiles::new_profile
// checks; adopt extracts, checks and migrates the vault, wraps keys, and only then saves
// profile.json), with no lock: two restores at once (a double click — the Tauri commands run
// concurrently) both pass the check and make two profiles with one name, after which lookups by
// that name pick one of them arbitrarily.
#[test]
fn two_restores_at_once_never_make_two_profiles_with_one_name() {
    let f = Fixture::new("Twin");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7).unwrap();
    let done = backups::back_up_now(&app).unwrap();
    profile::lock(&app).unwrap();
    let file = PathBuf::from(&done.file);
    for round in 1..=4 {
        let name = format!("Twin {round}");
        let barrier = std::sync::Barrier::new(2);
        let results: Vec<Result<String, &'static str>> = std::thread::scope(|s| {
            let hs: Vec<_> = (0..2)
                .map(|_| {
                    s.spawn(|| {
                        barrier.wait();
                        restore(&app, &file, Secret::Password(PASSWORD), Some(&name))
                            .map(|c| c.profile.id)
                            .map_err(|e| e.code().as_str())
                    })
                })
                .collect();
            hs.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert!(results.iter().any(|r| r.is_ok()), "{results:?}");
        let same = profile::list(&app)
            .unwrap()
            .iter()
            .filter(|p| p.name.eq_ignore_ascii_case(&name))
            .count();
        assert_eq!(
            same, 1,
            "round {round}: {same} profiles named '{name}' ({results:?})"
        );
    }
}

// FAILED BEFORE THE FIX: adopt copies `auto_lock_minutes` from the backup's unauthenticated
// profile.json without the 0–1440 check set_auto_lock_minutes makes (src/vault/profiles.rs:236).
// Whoever can write to the sync folder edits the person's real backup so that the restored profile
// effectively never locks itself (four billion minutes).
#[test]
fn a_tampered_profile_json_cannot_switch_off_the_restored_profiles_auto_lock() {
    let f = Fixture::new("Lax");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7).unwrap();
    let done = backups::back_up_now(&app).unwrap();
    profile::lock(&app).unwrap();
    let work = tempfile::tempdir().unwrap();
    let p = work.path().join("lax.mentora-backup");
    retouch(Path::new(&done.file), &p, |name, data| {
        if name == PROFILE {
            json_edit(&data, |v| {
                v["auto_lock_minutes"] = serde_json::json!(u32::MAX)
            })
        } else {
            data
        }
    });
    match restore(&app, &p, Secret::Password(PASSWORD), Some("Lax 2")) {
        Err(e) => assert_eq!(e.code().as_str(), "backup.damaged"),
        Ok(c) => {
            assert!(
                c.profile.auto_lock_minutes <= 24 * 60,
                "restored with auto-lock after {} minutes",
                c.profile.auto_lock_minutes
            );
            assert!(app.vault().unwrap().auto_lock_minutes() <= 24 * 60);
        }
    }
}

/// Restoring the backup of a profile that still exists (same id in the manifest), and failing to
/// restore a damaged copy of it, leave every byte of the existing profile's folder as it was.
#[test]
fn restores_beside_the_original_leave_its_folder_byte_for_byte() {
    let f = Fixture::new("Orig");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7).unwrap();
    let done = backups::back_up_now(&app).unwrap();
    profile::lock(&app).unwrap();
    app.set_vault(None);
    let before = snapshot(&f.profile_dir());
    let places = std::fs::read(f.dir.path().join("backup-places.json")).unwrap();

    let work = tempfile::tempdir().unwrap();
    let bad = work.path().join("bad.mentora-backup");
    retouch(Path::new(&done.file), &bad, |name, data| {
        if name == VAULT {
            let mut d = data;
            let i = d.len() / 2;
            d[i] ^= 0xff;
            d
        } else {
            data
        }
    });
    assert!(restore(&app, &bad, Secret::Password(PASSWORD), None).is_err());
    let c = restore(
        &app,
        Path::new(&done.file),
        Secret::Password(PASSWORD),
        None,
    )
    .unwrap();
    assert_eq!(c.profile.name, "Orig (restored)");
    profile::lock(&app).unwrap();
    app.set_vault(None);
    assert!(
        snapshot(&f.profile_dir()) == before,
        "the original's folder changed"
    );
    assert_eq!(
        std::fs::read(f.dir.path().join("backup-places.json")).unwrap(),
        places
    );
}

// ---- (5) automatic backups and the idle timer; (6) modes; scratch files ----

/// An automatic backup (the window's loop) does not restart the idle time: the vault locks when
/// the person's last action is old enough, backup or not.
#[test]
fn an_automatic_backup_does_not_count_as_use() {
    let f = Fixture::new("Idle");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Daily, 3).unwrap(); // the person's last action
    let v = app.vault().unwrap();
    let minutes = v.auto_lock_minutes();
    assert!(minutes > 0);
    let t0 = Instant::now();
    std::thread::sleep(Duration::from_millis(20));
    backups::tick(&app, Stamp::now().utc_ms)
        .expect("due")
        .unwrap();
    assert!(
        v.tick_at(t0 + Duration::from_secs(u64::from(minutes) * 60)),
        "the automatic backup restarted the idle time"
    );
}

/// What a backup and a restore create is private (folders 0700, files 0600), and no scratch or
/// temp file is left in the profile's backups/ or in the backup folder.
#[test]
fn backups_and_restores_create_only_private_files_and_leave_no_scratch() {
    let f = Fixture::new("Priv");
    let app = f.app();
    let base = tempfile::tempdir().unwrap();
    let folder = base.path().join("a").join("b");
    plan_into(&app, &folder, Every::Off, 3).unwrap();
    let done = backups::back_up_now(&app).unwrap();
    assert_eq!(mode(&base.path().join("a")), 0o700);
    assert_eq!(mode(&folder), 0o700);
    assert_eq!(mode(Path::new(&done.file)), 0o600);
    let in_folder: Vec<PathBuf> = walk(&folder);
    assert_eq!(
        in_folder,
        vec![PathBuf::from(&done.file)],
        "no temp file beside it"
    );
    for p in walk(&f.profile_dir().join("backups")) {
        let n = p.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            !n.starts_with(".snapshot-") && !n.starts_with(".verify-") && !n.ends_with(".tmp"),
            "scratch left behind: {}",
            p.display()
        );
    }
    profile::lock(&app).unwrap();
    let c = restore(
        &app,
        Path::new(&done.file),
        Secret::Password(PASSWORD),
        Some("Priv 2"),
    )
    .unwrap();
    let dir = f.dir.path().join("profiles").join(&c.profile.id);
    assert_eq!(mode(&dir), 0o700);
    for p in walk(&dir) {
        let m = std::fs::symlink_metadata(&p).unwrap();
        let want = if m.is_dir() { 0o700 } else { 0o600 };
        assert!(!m.file_type().is_symlink(), "{}", p.display());
        assert_eq!(mode(&p), want, "{}", p.display());
    }
}

// ---- the CLI prints what a backup says about itself ----

// FAILED BEFORE THE FIX: `mentora backup list` (src/cli/backup.rs:21-29) prints the manifest's
// `profile_name` and the file's path as they are. Both come from the (shared) folder, and neither
// is checked for control characters (Plan::validated checks the folder the person types, nothing
// checks a manifest or a file name), so a file dropped there writes terminal escape sequences
// (retitle the window, clear the screen, fake earlier output) into the person's terminal.
#[test]
fn backup_list_prints_no_terminal_escapes_from_a_shared_folder() {
    let f = Fixture::new("Term");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7).unwrap();
    let done = backups::back_up_now(&app).unwrap();
    let shared = tempfile::tempdir().unwrap();
    retouch(
        Path::new(&done.file),
        &shared.path().join("mentora-evil.mentora-backup"),
        |name, data| {
            if name == MANIFEST {
                json_edit(&data, |m| {
                    m["profile_name"] = serde_json::json!("Term\u{1b}]0;owned\u{7}\u{1b}[2J")
                })
            } else {
                data
            }
        },
    );
    std::fs::copy(&done.file, shared.path().join("x\u{1b}[31m.mentora-backup")).unwrap();
    let data = tempfile::tempdir().unwrap();
    let o = crate::common::run_cli(
        data.path(),
        &[
            "backup",
            "list",
            "--folder",
            shared.path().to_str().unwrap(),
        ],
        "",
        false,
    );
    assert!(o.status.success(), "{}", crate::common::output_text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains(".mentora-backup"), "{out:?}");
    assert!(
        !out.chars().any(|c| c == '\u{1b}' || c == '\u{7}'),
        "terminal control characters reached stdout: {out:?}"
    );
}
