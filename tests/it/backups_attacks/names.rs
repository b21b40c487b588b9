//! Names and ids in a tampered backup; restores racing for one name.

use super::support::*;
use crate::common::vault::{snapshot, Fixture, PASSWORD};
use mentora::api::{backups, profile};
use mentora::vault::backup::restore::Secret;
use mentora::vault::backup::Every;
use std::path::{Path, PathBuf};

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
