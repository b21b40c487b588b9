//! Backup folders that would be deleted with the profile they save.

use super::support::*;
use crate::common::vault::{Fixture, PASSWORD};
use mentora::api::{backups, profile};
use mentora::vault::backup::restore::Secret;
use mentora::vault::backup::Every;
use std::path::Path;
use std::time::Duration;

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
