//! The files of a profile as an attacker with a local account sees them: after a day of use every
//! folder is 0700 and every file 0600 (also under a permissive umask); the wrapped keys have a second
//! copy; a missing vault is an error, never a new empty vault; a damaged profile hides no other;
//! wrong passwords slow down, across restarts.

use crate::common;
use crate::common::vault::{Fixture, PASSWORD};
use mentora::api::{self, App, Paths};
use mentora::vault::repo::{journal::EntryInput, logs::SleepInput};
use mentora::Code;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// Every path under `dir` whose mode is not 0700 (folders) or 0600 (files), with its mode.
fn loose(dir: &Path) -> Vec<(PathBuf, u32)> {
    let mut bad = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let m = std::fs::symlink_metadata(e.path()).unwrap();
            let mode = m.permissions().mode() & 0o777;
            if m.is_dir() {
                stack.push(e.path());
                if mode != 0o700 {
                    bad.push((e.path(), mode));
                }
            } else if mode != 0o600 {
                bad.push((e.path(), mode));
            }
        }
    }
    bad
}

fn count_files(dir: &Path) -> usize {
    let mut n = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else {
                n += 1;
            }
        }
    }
    n
}

/// A day of use through the use-case layer in this process, whose umask is the usual 022: the
/// files are private because they are created that way, not because of the front ends' umask.
#[test]
fn a_day_of_use_leaves_only_private_files() {
    // SAFETY: umask only sets this process's creation mask; 022 is what a person's shell has.
    unsafe { libc::umask(0o022) };
    let data = tempfile::tempdir().unwrap();
    let exports = data.path().join("exports-here");
    let app = App::with_paths(
        Paths {
            data_dir: Some(data.path().join("mentora")),
            models_dir: Some(common::models_dir()),
            install_dir: None,
        },
        false,
    );
    api::profile::create(&app, "Dana", "a fine password", false).unwrap();
    api::journal::add(
        &app,
        &EntryInput {
            mood: 4,
            tags: vec!["calm".into()],
            title: "Walk".into(),
            text: "A long walk by the river with my sister.".into(),
        },
    )
    .unwrap();
    api::wellness::gratitude_add(&app, "warm bread").unwrap();
    api::wellness::sleep_log(
        &app,
        &SleepInput {
            date: chrono::Local::now().date_naive().to_string(),
            bedtime: "23:00".into(),
            wake_time: "06:30".into(),
            quality: 7,
            notes: String::new(),
        },
    )
    .unwrap();
    api::checkin::submit(
        &app,
        "phq9",
        &[1, 1, 0, 1, 0, 0, 1, 0, 0],
        Some(1),
        "ok",
        None,
    )
    .unwrap();
    let spec = api::report::RangeSpec::default();
    let rep = api::report::build(&app, &spec, true).unwrap();
    api::report::write(&rep, &exports.join("week.html")).unwrap();
    mentora::reports::charts::write_png(&exports.join("charts"), &rep.aggregates, "en").unwrap();
    api::data::export_to(&app, api::data::Format::Json, &exports.join("all.json")).unwrap();
    // The vault is reopened (a second unlock reads the WAL and shared-memory files again).
    api::profile::lock(&app).unwrap();
    api::profile::unlock(&app, "Dana", "a fine password").unwrap();
    api::journal::list(&app, None).unwrap();

    let n = count_files(data.path());
    assert!(
        n >= 8,
        "vault, WAL, keys, backups, exports …: only {n} files"
    );
    assert_eq!(loose(data.path()), Vec::new(), "readable by others");
}

/// The same day through the real `mentora` CLI (which also sets umask 077 for what libraries
/// create, such as its log files).
#[test]
fn the_cli_leaves_only_private_files() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let pw = "a fine password\n";
    let run = |args: &[&str], stdin: &str| {
        let o = common::run_cli(d, args, stdin, false);
        assert!(o.status.success(), "{args:?}: {}", common::output_text(&o));
    };
    run(&["profile", "create", "Eli"], &pw.repeat(2));
    run(&["journal", "add", "Eli", "--mood", "3", "a quiet day"], pw);
    run(&["gratitude", "add", "Eli", "tea"], pw);
    let out = d.join("out");
    run(
        &[
            "report",
            "Eli",
            "--out",
            out.join("r.html").to_str().unwrap(),
            "--png",
            out.join("png").to_str().unwrap(),
        ],
        pw,
    );
    run(
        &[
            "export",
            "Eli",
            "--out",
            out.join("e.json").to_str().unwrap(),
        ],
        pw,
    );
    assert!(count_files(d) >= 8);
    assert_eq!(loose(d), Vec::new(), "readable by others");
}

/// An older Mentora left 0755/0644 behind: the next unlock makes the profile private.
#[test]
fn an_older_loose_profile_is_tightened_at_unlock() {
    let f = Fixture::new("Old");
    let dir = f.profile_dir();
    for p in [dir.clone(), dir.join("backups")] {
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    for p in ["vault.db", "keys.json", "profile.json"] {
        std::fs::set_permissions(dir.join(p), std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    f.unlocked();
    assert_eq!(loose(&dir), Vec::new());
}

/// keys.json lost or damaged: the copy in backups/ unlocks (password and recovery key) and puts
/// keys.json back.
#[test]
fn the_wrapped_keys_have_a_second_copy() {
    let f = Fixture::new("Keys");
    let dir = f.profile_dir();
    assert_eq!(
        std::fs::read(dir.join("keys.json")).unwrap(),
        std::fs::read(dir.join("backups/keys.json")).unwrap()
    );
    std::fs::remove_file(dir.join("keys.json")).unwrap();
    f.unlocked();
    assert!(dir.join("keys.json").is_file(), "restored");
    std::fs::write(dir.join("keys.json"), b"{ damaged").unwrap();
    let v = f.vault();
    v.unlock_with_recovery(&f.recovery.display(), "a new password")
        .unwrap();
    // Both copies now hold the new password.
    let v = f.vault();
    v.unlock_with_password("a new password").unwrap();
    std::fs::remove_file(dir.join("keys.json")).unwrap();
    f.vault().unlock_with_password("a new password").unwrap();
    // With both copies gone, a clear error (not a panic, not a new key).
    std::fs::remove_file(dir.join("keys.json")).unwrap();
    std::fs::remove_file(dir.join("backups/keys.json")).unwrap();
    let e = f
        .vault()
        .unlock_with_password("a new password")
        .unwrap_err();
    assert_eq!(e.code(), Code::VaultCorrupt, "{e}");
    assert!(e.message().contains("backups/"), "{e}");
}

/// A missing or emptied vault.db is reported; nothing is created in its place.
#[test]
fn a_missing_vault_is_an_error_not_a_new_empty_vault() {
    let f = Fixture::new("Gone");
    let path = f.profile_dir().join("vault.db");
    for wal in ["vault.db-wal", "vault.db-shm"] {
        let _ = std::fs::remove_file(f.profile_dir().join(wal));
    }
    std::fs::remove_file(&path).unwrap();
    let e = f.vault().unlock_with_password(PASSWORD).unwrap_err();
    assert_eq!(e.code(), Code::VaultMissing, "{e}");
    assert_eq!(e.code().as_str(), "vault.missing");
    assert!(e.message().contains("backups/"), "{e}");
    assert!(!path.exists(), "no new vault was made");
    std::fs::write(&path, b"").unwrap();
    assert_eq!(
        f.vault().unlock_with_password(PASSWORD).unwrap_err().code(),
        Code::VaultMissing
    );
}

/// One damaged profile.json: the others are listed and open; the damaged one is named.
#[test]
fn a_damaged_profile_hides_no_other() {
    let f = Fixture::new("Good");
    let (bad, _) = f
        .profiles
        .create(
            "Bad",
            PASSWORD,
            mentora::vault::KdfParams::INSECURE_FOR_TESTS,
        )
        .unwrap();
    std::fs::write(f.profiles.dir(&bad).join("profile.json"), b"\x00garbage").unwrap();
    let list = f.profiles.list().unwrap();
    assert_eq!(
        list.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["Good"]
    );
    let (_, damaged) = f.profiles.scan().unwrap();
    assert_eq!(damaged.len(), 1);
    assert_eq!(damaged[0].folder, bad.id);
    assert!(damaged[0].why.contains("damaged"), "{:?}", damaged[0]);
    f.unlocked();
    // The CLI lists both, the damaged one as damaged.
    let o = common::run_cli(f.dir.path(), &["profile", "list"], "", false);
    let text = common::output_text(&o);
    assert!(o.status.success(), "{text}");
    assert!(text.contains("Good"), "{text}");
    assert!(text.contains(&format!("{}  (damaged:", bad.id)), "{text}");
}

/// Wrong passwords: the fourth try in a row waits, also for a new process (the count is kept in
/// the profile folder), and neither the right password nor the recovery key skips the wait.
#[test]
fn wrong_passwords_slow_down_across_restarts() {
    let f = Fixture::new("Slow");
    for _ in 0..3 {
        assert_eq!(
            f.vault().unlock_with_password("wrong").unwrap_err().code(),
            Code::BadPassword
        );
    }
    let e = f.vault().unlock_with_password(PASSWORD).unwrap_err();
    assert_eq!(e.code(), Code::VaultThrottled, "{e}");
    assert!(e.message().contains("wait"), "{e}");
    let e = f
        .vault()
        .unlock_with_recovery(&f.recovery.display(), "another password")
        .unwrap_err();
    assert_eq!(e.code(), Code::VaultThrottled, "{e}");
    // A new process sees the same count.
    let o = common::run_cli(f.dir.path(), &["unlock", "Slow"], "wrong\n", false);
    let text = common::output_text(&o);
    assert!(text.contains("vault.throttled"), "{text}");
    std::thread::sleep(std::time::Duration::from_millis(2100));
    f.vault().unlock_with_password(PASSWORD).unwrap();
    // The right password cleared the count.
    assert_eq!(
        f.vault().unlock_with_password("wrong").unwrap_err().code(),
        Code::BadPassword
    );
}
