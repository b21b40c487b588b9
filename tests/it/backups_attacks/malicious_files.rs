//! A malicious backup file: no panic, no disk exhaustion, no half-made profile.

use super::support::*;
use crate::common::vault::{Fixture, PASSWORD};
use mentora::api::{backups, profile};
use mentora::vault::backup::restore::Secret;
use mentora::vault::backup::Every;
use mentora::vault::KdfParams;
use std::io::Write;
use std::path::Path;
use std::time::Duration;

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
