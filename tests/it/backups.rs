//! Encrypted backups, attacked first: a backup holds no plaintext, a restore brings every row back
//! after the profile is deleted, and a wrong password, a flipped byte, a cut file, a foreign file or
//! mixed-up parts are refused with nothing created. Pruning never touches what is not ours; the
//! automatic plan runs when due and waits after a failure.

use crate::common::vault::{count, Fixture, PASSWORD};
use crate::common::{flip_one_byte, year};
use mentora::api::{backups, profile};
use mentora::vault::backup::restore::Secret;
use mentora::vault::backup::{Every, Plan};
use mentora::vault::repo::chats::{self, Sender, Status};
use mentora::vault::repo::{gratitude, journal, safety, settings};
use mentora::vault::{KdfParams, Stamp};
use mentora::wellness::export::export_json;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

const CANARIES: [&str; 5] = [
    "Zebracanary journal title",
    "the river kept its secret quartzmoth",
    "gratitude for plumquill tea",
    "chat line vortexhare at dawn",
    "reason: ottersnail laughter",
];

fn seeded(name: &str) -> (Fixture, mentora::api::App) {
    let f = Fixture::new(name);
    let app = f.app();
    let v = app.vault().unwrap();
    year::seed(
        &v,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        3,
        2,
    );
    v.with_conn(|c| {
        let at = Stamp::now();
        journal::add(
            c,
            &crate::common::vault::entry(CANARIES[0], CANARIES[1], &["canary"]),
            &at,
        )?;
        gratitude::add(c, CANARIES[2], &at)?;
        let chat = chats::create(c, "canary chat", &at)?;
        chats::add_message(
            c,
            chat.id,
            Sender::User,
            CANARIES[3],
            Status::Sent,
            None,
            &at,
        )?;
        let mut plan = safety::plan(c)?;
        plan.reasons = vec![CANARIES[4].into()];
        safety::save_plan(c, &plan, &at)?;
        settings::set(c, "canary.setting", &serde_json::json!("kept"), &at)?;
        Ok(())
    })
    .unwrap();
    (f, app)
}

fn plan_into(app: &mentora::api::App, folder: &Path, every: Every, keep: u32) {
    backups::set_plan(
        app,
        Plan {
            folder: folder.to_string_lossy().into_owned(),
            every,
            keep,
        },
    )
    .unwrap();
}

fn restore(
    app: &mentora::api::App,
    file: &str,
    secret: Secret,
    name: Option<&str>,
) -> mentora::Result<profile::Created> {
    backups::restore_with(app, file, secret, name, KdfParams::INSECURE_FOR_TESTS)
}

fn export(app: &mentora::api::App) -> String {
    app.vault().unwrap().with_conn(|c| export_json(c)).unwrap()
}

/// The two exports are identical (the first differing line is shown, not two megabytes).
fn same(got: &str, want: &str) {
    if let Some((i, (g, w))) = got
        .lines()
        .zip(want.lines())
        .enumerate()
        .find(|(_, (g, w))| g != w)
    {
        panic!("the exports differ at line {i}: got {g:?}, want {w:?}");
    }
    assert_eq!(got.len(), want.len(), "the exports differ in length");
}

fn profile_dirs(f: &Fixture) -> usize {
    std::fs::read_dir(f.dir.path().join("profiles"))
        .map(|d| d.count())
        .unwrap_or(0)
}

#[test]
fn backup_then_delete_then_restore_brings_every_row_back() {
    let (f, app) = seeded("Robin");
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7);
    let before = export(&app);
    let rows_before = {
        let v = app.vault().unwrap();
        let tmp = tempfile::tempdir().unwrap();
        v.snapshot_to(&tmp.path().join("s.db")).unwrap()
    };
    let done = backups::back_up_now(&app).unwrap();
    assert!(done.rows > 1000, "a year of data: {} rows", done.rows);
    assert_eq!(done.rows, rows_before.rows.values().sum::<i64>());
    let mode = std::fs::metadata(&done.file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the backup file is private");

    profile::delete_open(&app, "Robin").unwrap();
    assert_eq!(profile_dirs(&f), 0, "the profile is gone");
    assert!(app.vault().is_none());

    // The lock screen finds it through the remembered folder, with no vault open.
    let found = backups::found(&app, None).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path, done.file);
    assert_eq!(found[0].manifest.profile_name, "Robin");

    let created = restore(&app, &found[0].path, Secret::Password(PASSWORD), None).unwrap();
    assert_eq!(created.profile.name, "Robin");
    assert_ne!(created.profile.id, f.profile.id, "a new profile, a new id");
    assert!(!app.vault().unwrap().is_locked());
    same(&export(&app), &before);
    let tmp = tempfile::tempdir().unwrap();
    let rows_after = app
        .vault()
        .unwrap()
        .snapshot_to(&tmp.path().join("s.db"))
        .unwrap();
    assert_eq!(
        rows_after.rows, rows_before.rows,
        "every table has the same rows"
    );

    // The restored profile opens with the same password, and with its new recovery key (the old
    // one belonged to the deleted profile's id).
    profile::lock(&app).unwrap();
    profile::unlock(&app, "Robin", PASSWORD).unwrap();
    profile::lock(&app).unwrap();
    profile::recover(&app, "Robin", &created.recovery_key, "another password 1").unwrap();
    profile::lock(&app).unwrap();
    assert_eq!(
        profile::recover(&app, "Robin", &f.recovery.display(), "x password 2")
            .unwrap_err()
            .code()
            .as_str(),
        "vault.bad_recovery_key"
    );
}

#[test]
fn a_backup_file_holds_no_plaintext() {
    let (_f, app) = seeded("Kim");
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7);
    let done = backups::back_up_now(&app).unwrap();
    let bytes = std::fs::read(&done.file).unwrap();
    // The canaries are really in the vault (the export has them)...
    let plain = export(&app);
    for c in CANARIES {
        assert!(plain.contains(c), "{c} was written");
    }
    // ...and not in the backup, in any of the encodings a leak would take.
    for c in CANARIES
        .iter()
        .copied()
        .chain(["day 12 entry 0", "canary chat", "kept"])
    {
        assert_eq!(
            count(&bytes, c.as_bytes()),
            0,
            "'{c}' is in the backup in plain text"
        );
        let utf16: Vec<u8> = c.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(count(&bytes, &utf16), 0, "'{c}' is in the backup as UTF-16");
    }
    assert_eq!(
        count(&bytes, b"SQLite format 3"),
        0,
        "the vault inside is not a plain SQLite file"
    );
    assert_eq!(count(&bytes, b"CREATE TABLE"), 0, "no schema in plain text");
    // The probe works: the same rows in a plain SQLite file are found by it.
    let t = tempfile::tempdir().unwrap();
    let plain_db = t.path().join("plain.db");
    let c = rusqlite::Connection::open(&plain_db).unwrap();
    c.execute_batch("CREATE TABLE t (x TEXT)").unwrap();
    for canary in CANARIES {
        c.execute("INSERT INTO t VALUES (?1)", [canary]).unwrap();
    }
    drop(c);
    let plain = std::fs::read(&plain_db).unwrap();
    assert!(CANARIES.iter().all(|c| count(&plain, c.as_bytes()) > 0));
    assert_eq!(count(&plain, b"SQLite format 3"), 1);
}

#[test]
fn wrong_secrets_and_damaged_files_create_nothing() {
    let (f, app) = seeded("Ana");
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7);
    let done = backups::back_up_now(&app).unwrap();
    profile::lock(&app).unwrap();
    let n = profile_dirs(&f);
    let code =
        |r: mentora::Result<profile::Created>| r.err().map(|e| e.code().as_str().to_string());

    assert_eq!(
        code(restore(
            &app,
            &done.file,
            Secret::Password("not the password"),
            Some("X")
        ))
        .as_deref(),
        Some("vault.bad_password")
    );
    assert_eq!(
        code(restore(
            &app,
            &done.file,
            Secret::Recovery {
                key: "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
                new_password: "long enough pw"
            },
            Some("X")
        ))
        .as_deref(),
        Some("vault.bad_recovery_key")
    );
    assert_eq!(
        code(restore(
            &app,
            &done.file,
            Secret::Password(PASSWORD),
            Some("Ana")
        ))
        .as_deref(),
        Some("profile.exists")
    );
    assert_eq!(
        code(restore(
            &app,
            "relative/file",
            Secret::Password(PASSWORD),
            None
        ))
        .as_deref(),
        Some("input.invalid")
    );

    let work = tempfile::tempdir().unwrap();
    let flipped = work.path().join("flipped.mentora-backup");
    std::fs::copy(&done.file, &flipped).unwrap();
    flip_one_byte(&flipped);
    assert_eq!(
        code(restore(
            &app,
            flipped.to_str().unwrap(),
            Secret::Password(PASSWORD),
            Some("X")
        ))
        .as_deref(),
        Some("backup.damaged")
    );

    let bytes = std::fs::read(&done.file).unwrap();
    for cut in [bytes.len() / 2, bytes.len() - 30, 100, 0] {
        let p = work.path().join(format!("cut{cut}.mentora-backup"));
        std::fs::write(&p, &bytes[..cut]).unwrap();
        assert_eq!(
            code(restore(
                &app,
                p.to_str().unwrap(),
                Secret::Password(PASSWORD),
                Some("X")
            ))
            .as_deref(),
            Some("backup.damaged"),
            "cut at {cut}"
        );
    }
    let text = work.path().join("notes.mentora-backup");
    std::fs::write(&text, "just some text").unwrap();
    assert_eq!(
        code(restore(
            &app,
            text.to_str().unwrap(),
            Secret::Password(PASSWORD),
            Some("X")
        ))
        .as_deref(),
        Some("backup.damaged")
    );
    let missing = work.path().join("nope.mentora-backup");
    assert_eq!(
        code(restore(
            &app,
            missing.to_str().unwrap(),
            Secret::Password(PASSWORD),
            Some("X")
        ))
        .as_deref(),
        Some("io.failed")
    );

    // The manifest lies about the vault's size, or names another profile than the keys.
    for (what, edit) in [
        (
            "size",
            Box::new(|m: &mut serde_json::Value| m["vault_bytes"] = serde_json::json!(1000))
                as Box<dyn Fn(&mut serde_json::Value)>,
        ),
        (
            "checksum",
            Box::new(|m: &mut serde_json::Value| {
                m["vault_sha256"] = serde_json::json!("00".repeat(32))
            }),
        ),
        (
            "profile",
            Box::new(|m: &mut serde_json::Value| {
                m["profile_id"] = serde_json::json!("ffffffffffffffff")
            }),
        ),
        (
            "format",
            Box::new(|m: &mut serde_json::Value| m["format"] = serde_json::json!(99)),
        ),
    ] {
        let p = work.path().join(format!("{what}.mentora-backup"));
        rewrite(
            Path::new(&done.file),
            &p,
            |name, data| {
                if name == "mentora-backup.json" {
                    let mut m: serde_json::Value = serde_json::from_slice(data).unwrap();
                    edit(&mut m);
                    serde_json::to_vec(&m).unwrap()
                } else {
                    data.to_vec()
                }
            },
            &[],
        );
        assert_eq!(
            code(restore(
                &app,
                p.to_str().unwrap(),
                Secret::Password(PASSWORD),
                Some("X")
            ))
            .as_deref(),
            Some("backup.damaged"),
            "{what}"
        );
    }
    // A key file asking Argon2 for 64 GiB (or a million passes) is refused before deriving anything.
    for (what, kdf) in [
        (
            "memory",
            serde_json::json!({"m_cost_kib": 64u64 << 20, "t_cost": 1, "p_cost": 1}),
        ),
        (
            "passes",
            serde_json::json!({"m_cost_kib": 64, "t_cost": 1_000_000, "p_cost": 1}),
        ),
    ] {
        let p = work.path().join(format!("kdf-{what}.mentora-backup"));
        rewrite(
            Path::new(&done.file),
            &p,
            |name, data| {
                if name == "keys.json" {
                    let mut k: serde_json::Value = serde_json::from_slice(data).unwrap();
                    k["kdf"] = kdf.clone();
                    serde_json::to_vec(&k).unwrap()
                } else {
                    data.to_vec()
                }
            },
            &[],
        );
        let started = std::time::Instant::now();
        assert_eq!(
            code(restore(
                &app,
                p.to_str().unwrap(),
                Secret::Password(PASSWORD),
                Some("X")
            ))
            .as_deref(),
            Some("backup.damaged"),
            "{what}"
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "{what}: refused at once"
        );
    }
    // Entries named to escape the folder are never written anywhere: only named entries are read.
    let p = work.path().join("escape.mentora-backup");
    rewrite(
        Path::new(&done.file),
        &p,
        |_, d| d.to_vec(),
        &[("../../escaped.txt", b"x"), ("/tmp/abs-escaped.txt", b"x")],
    );
    let c = restore(
        &app,
        p.to_str().unwrap(),
        Secret::Password(PASSWORD),
        Some("Ana escaped"),
    )
    .unwrap();
    assert!(!work.path().parent().unwrap().join("escaped.txt").exists());
    assert!(!Path::new("/tmp/abs-escaped.txt").exists());
    profile::delete_open(&app, &c.profile.name).unwrap();

    assert_eq!(profile_dirs(&f), n, "no half-made profile was left behind");
    assert_eq!(profile::list(&app).unwrap().len(), 1);
}

/// Copies the ZIP at `from` to `to`, each entry through `edit`, plus `extra` entries.
fn rewrite(from: &Path, to: &Path, edit: impl Fn(&str, &[u8]) -> Vec<u8>, extra: &[(&str, &[u8])]) {
    use std::io::{Read, Write};
    let mut src = zip::ZipArchive::new(std::fs::File::open(from).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(std::fs::File::create(to).unwrap());
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..src.len() {
        let mut e = src.by_index(i).unwrap();
        let name = e.name().unwrap().to_string();
        let mut data = Vec::new();
        e.read_to_end(&mut data).unwrap();
        out.start_file(name.clone(), opts).unwrap();
        out.write_all(&edit(&name, &data)).unwrap();
    }
    for (name, data) in extra {
        out.start_file(*name, opts).unwrap();
        out.write_all(data).unwrap();
    }
    out.finish().unwrap();
}

#[test]
fn restoring_beside_the_original_gets_a_free_name_and_the_recovery_key_works() {
    let (f, app) = seeded("Sam");
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7);
    let before = export(&app);
    let done = backups::back_up_now(&app).unwrap();
    profile::lock(&app).unwrap();
    let c = restore(
        &app,
        &done.file,
        Secret::Recovery {
            key: &f.recovery.display(),
            new_password: "a brand new password",
        },
        None,
    )
    .unwrap();
    assert_eq!(c.profile.name, "Sam (restored)");
    same(&export(&app), &before);
    profile::lock(&app).unwrap();
    profile::unlock(&app, "Sam (restored)", "a brand new password").unwrap();
    profile::lock(&app).unwrap();
    let again = restore(&app, &done.file, Secret::Password(PASSWORD), None).unwrap();
    assert_eq!(again.profile.name, "Sam (restored 2)");
    // The original is untouched.
    profile::lock(&app).unwrap();
    profile::unlock(&app, "Sam", PASSWORD).unwrap();
    let now = export(&app);
    assert!(
        now.len() > before.len(),
        "the original also holds how its backup went"
    );
}

#[test]
fn pruning_keeps_the_newest_and_never_touches_what_is_not_ours() {
    let (_f, app) = seeded("Lee");
    let (_g, other) = seeded("Other");
    let dest = tempfile::tempdir().unwrap();
    plan_into(&other, dest.path(), Every::Off, 5);
    let foreign = backups::back_up_now(&other).unwrap();
    std::fs::write(dest.path().join("notes.txt"), "mine").unwrap();
    std::fs::write(dest.path().join("junk.mentora-backup"), "not a zip").unwrap();
    plan_into(&app, dest.path(), Every::Off, 2);
    let mut files = Vec::new();
    for _ in 0..4 {
        files.push(backups::back_up_now(&app).unwrap());
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert_eq!(files[2].pruned, 1);
    let ov = backups::overview(&app).unwrap();
    let kept: Vec<&str> = ov.backups.iter().map(|b| b.path.as_str()).collect();
    assert_eq!(
        kept,
        vec![files[3].file.as_str(), files[2].file.as_str()],
        "the two newest, newest first"
    );
    assert!(
        Path::new(&foreign.file).exists(),
        "another profile's backup stays"
    );
    assert!(dest.path().join("notes.txt").exists());
    assert!(dest.path().join("junk.mentora-backup").exists());
    assert_eq!(ov.last.as_ref().map(|l| l.ok), Some(true));
}

#[test]
fn plans_that_would_lose_the_backup_are_refused() {
    let (f, app) = seeded("Jo");
    let inside = f
        .dir
        .path()
        .join("profiles")
        .join(&f.profile.id)
        .join("mine");
    for (folder, every) in [
        (inside.to_string_lossy().into_owned(), Every::Off),
        ("relative/folder".to_string(), Every::Off),
        (String::new(), Every::Daily),
    ] {
        let e = backups::set_plan(
            &app,
            Plan {
                folder,
                every,
                keep: 3,
            },
        )
        .unwrap_err();
        assert_eq!(e.code().as_str(), "input.invalid");
    }
    assert_eq!(
        backups::back_up_now(&app).unwrap_err().code().as_str(),
        "input.invalid"
    );
    profile::lock(&app).unwrap();
    assert_eq!(
        backups::back_up_now(&app).unwrap_err().code().as_str(),
        "vault.locked"
    );
    assert!(
        backups::tick(&app, 0).is_none(),
        "nothing runs while locked"
    );
}

#[test]
fn automatic_backups_run_when_due_and_wait_after_a_failure() {
    let (_f, app) = seeded("Max");
    let dest = tempfile::tempdir().unwrap();
    let folder = dest.path().join("sync");
    plan_into(&app, &folder, Every::Daily, 7);
    let now = Stamp::now().utc_ms;
    let day = 24 * 3600 * 1000;
    let first = backups::tick(&app, now).expect("due at once").unwrap();
    assert!(
        Path::new(&first.file).starts_with(&folder),
        "the folder was made"
    );
    assert!(
        backups::tick(&app, now + 60_000).is_none(),
        "not twice a day"
    );
    // The folder becomes a file: the next one fails, is recorded, and waits an hour.
    std::fs::remove_dir_all(&folder).unwrap();
    std::fs::write(&folder, "in the way").unwrap();
    let later = Stamp::now().utc_ms + day;
    assert!(backups::tick(&app, later).expect("due").is_err());
    let last = backups::overview(&app).unwrap().last.unwrap();
    assert!(!last.ok && !last.message.is_empty());
    assert!(last.last_ok_at.is_some(), "the last good one is remembered");
    assert!(
        backups::tick(&app, later + 60_000).is_none(),
        "no retry every minute"
    );
    std::fs::remove_file(&folder).unwrap();
    assert!(backups::tick(&app, later + 3_600_000)
        .expect("retried after an hour")
        .is_ok());
}
