//! Pruning a backup folder that others can write to.

use super::support::*;
use crate::common::vault::{Fixture, PASSWORD};
use mentora::api::{backups, profile};
use mentora::vault::backup::restore::Secret;
use mentora::vault::backup::Every;
use std::path::Path;
use std::time::Duration;

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
