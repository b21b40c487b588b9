//! Automatic backups and the idle timer, private modes, no scratch files left.

use super::support::*;
use crate::common::vault::{Fixture, PASSWORD};
use mentora::api::{backups, profile};
use mentora::vault::backup::restore::Secret;
use mentora::vault::backup::Every;
use mentora::vault::Stamp;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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
