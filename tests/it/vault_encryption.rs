//! Nothing readable at rest; wrong secrets change no byte; locked vaults refuse data calls.

use crate::common::vault as fixture;

use fixture::{count, snapshot, Fixture, PASSWORD};
use mentora::vault::repo::chats::{Sender, Status};
use mentora::vault::repo::{chats, journal};
use mentora::vault::Stamp;
use mentora::Code;

const SECRET: &str = "I told nobody about the lighthouse in Tromsø";

#[test]
fn no_plaintext_in_the_vault_its_wal_or_shm() {
    let f = Fixture::new("Ana");
    let v = f.unlocked();
    v.with_conn(|c| {
        let now = Stamp::now();
        journal::add(
            c,
            &journal::EntryInput {
                mood: 2,
                tags: vec!["private".into()],
                title: String::new(),
                text: SECRET.into(),
            },
            &now,
        )?;
        let chat = chats::create(c, "evening", &now)?;
        chats::add_message(c, chat.id, Sender::User, SECRET, Status::Sent, None, &now)?;
        Ok(())
    })
    .unwrap();
    // Still open: the WAL holds the fresh pages.
    let mut files = 0;
    for (path, bytes) in snapshot(&f.profile_dir()) {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.starts_with("vault.db") {
            continue;
        }
        files += 1;
        assert_eq!(
            count(&bytes, SECRET.as_bytes()),
            0,
            "{name} holds the sentence"
        );
        assert_eq!(
            count(&bytes, "lighthouse".as_bytes()),
            0,
            "{name} holds a word of it"
        );
        assert_eq!(
            count(&bytes, b"SQLite format 3"),
            0,
            "{name} has a plain SQLite header"
        );
    }
    assert!(files >= 2, "expected vault.db and its -wal while open");
    v.lock();
    let db = std::fs::read(f.profile_dir().join("vault.db")).unwrap();
    assert_eq!(count(&db, SECRET.as_bytes()), 0);
    assert!(!db.starts_with(b"SQLite format 3"));
    // And the text is really there for the right key.
    let v = f.unlocked();
    let found = v.with_conn(|c| journal::search(c, "lighthouse")).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, SECRET);
}

/// The vault, its keys and backups keep every byte; the only new file is the wrong-try count.
#[test]
fn wrong_password_changes_no_byte() {
    let f = Fixture::new("Ben");
    let v = f.unlocked();
    v.with_conn(|c| chats::create(c, "x", &Stamp::now()).map(|_| ()))
        .unwrap();
    v.lock();
    let before = snapshot(&f.profile_dir());
    let err = f
        .vault()
        .unlock_with_password("not the password")
        .unwrap_err();
    assert_eq!(err.code(), Code::BadPassword);
    assert_eq!(
        err.to_json(),
        serde_json::json!({"code": "vault.bad_password", "message": "the password is not right"})
    );
    let throttle = f.profile_dir().join("unlock-throttle.json");
    let after: Vec<_> = snapshot(&f.profile_dir())
        .into_iter()
        .filter(|(p, _)| *p != throttle)
        .collect();
    assert_eq!(after, before);
    let count: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&throttle).unwrap()).unwrap();
    assert_eq!(count["failures"], 1);
}

#[test]
fn a_locked_vault_refuses_every_data_call() {
    let f = Fixture::new("Cy");
    let v = f.unlocked();
    v.lock();
    assert!(v.is_locked());
    let err = v.with_conn(|c| chats::list(c)).unwrap_err();
    assert_eq!(err.code(), Code::VaultLocked);
    assert_eq!(serde_json::to_value(&err).unwrap()["code"], "vault.locked");
    assert_eq!(v.check().unwrap_err().code(), Code::VaultLocked);
}

#[test]
fn auto_lock_after_the_idle_time() {
    use std::time::{Duration, Instant};
    let f = Fixture::new("Dee");
    let v = f.vault();
    v.set_auto_lock_minutes(15).unwrap();
    v.unlock_with_password(PASSWORD).unwrap();
    assert!(!v.tick_at(Instant::now() + Duration::from_secs(14 * 60)));
    v.with_conn(|c| chats::list(c)).unwrap();
    assert!(v.tick_at(Instant::now() + Duration::from_secs(15 * 60 + 1)));
    assert_eq!(
        v.with_conn(|c| chats::list(c)).unwrap_err().code(),
        Code::VaultLocked
    );
    // 0 = never; out-of-range values are refused and the setting kept.
    v.set_auto_lock_minutes(0).unwrap();
    v.unlock_with_password(PASSWORD).unwrap();
    assert!(!v.tick_at(Instant::now() + Duration::from_secs(24 * 3600)));
    assert_eq!(
        v.set_auto_lock_minutes(100_000).unwrap_err().code(),
        Code::InvalidInput
    );
    assert_eq!(f.profiles.find("Dee").unwrap().auto_lock_minutes, 0);
}

#[test]
fn one_profile_cannot_open_anothers_vault() {
    let a = Fixture::new("Eve");
    let b = Fixture::new("Fay");
    let vb = b.unlocked();
    vb.with_conn(|c| chats::create(c, "b's", &Stamp::now()).map(|_| ()))
        .unwrap();
    vb.lock();
    a.unlocked().lock();
    // Put B's vault where A's was: A's key cannot read it.
    std::fs::copy(
        b.profile_dir().join("vault.db"),
        a.profile_dir().join("vault.db"),
    )
    .unwrap();
    for ext in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(a.profile_dir().join(format!("vault.db{ext}")));
    }
    let err = a.vault().unlock_with_password(PASSWORD).unwrap_err();
    assert_eq!(err.code(), Code::VaultCorrupt);
    // B's password does not open A's keys either.
    assert_eq!(
        a.profiles
            .keys(&a.profile)
            .unwrap()
            .unlock_with_password("other")
            .unwrap_err()
            .code(),
        Code::BadPassword
    );
}

#[test]
fn integrity_checks_pass_on_a_used_vault() {
    let f = Fixture::new("Gus");
    let v = f.unlocked();
    v.with_conn(|c| {
        let chat = chats::create(c, "t", &Stamp::now())?;
        for i in 0..200 {
            chats::add_message(
                c,
                chat.id,
                Sender::User,
                &format!("m{i}"),
                Status::Sent,
                None,
                &Stamp::now(),
            )?;
        }
        Ok(())
    })
    .unwrap();
    assert_eq!(v.check().unwrap(), Vec::<String>::new());
}
