//! The keyring path against the real Secret Service (gnome-keyring in the test's D-Bus session),
//! losing the keyring entry loses nothing, the recovery key sets a new password, and the default
//! Argon2id parameters are the stored ones.

use crate::common::vault as fixture;

use fixture::{Fixture, PASSWORD};
use mentora::vault::repo::journal;
use mentora::vault::{keychain, KdfParams, Profiles, Stamp, Vault};
use mentora::Code;

fn entry(text: &str) -> journal::EntryInput {
    journal::EntryInput {
        mood: 4,
        tags: vec![],
        title: String::new(),
        text: text.into(),
    }
}

#[test]
fn keyring_unlock_then_losing_the_entry_loses_nothing() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "run through the README's test command (dbus-run-session + gnome-keyring)"
    );
    let f = Fixture::new("Hal");
    let v = f.unlocked();
    v.with_conn(|c| journal::add(c, &entry("kept safe"), &Stamp::now()).map(|_| ()))
        .unwrap();
    v.remember_in_keyring(true).unwrap();
    v.lock();

    // Unlocks without a password from the real Secret Service.
    let v = f.vault();
    assert!(v.unlock_from_keyring().unwrap());
    assert_eq!(
        v.with_conn(|c| journal::search(c, "kept")).unwrap().len(),
        1
    );
    v.lock();

    // The keyring forgets (another machine, a wiped keyring): the password still opens everything.
    keychain::forget(&f.profile.id).unwrap();
    assert!(keychain::recall(&f.profile.id).unwrap().is_none());
    let v = f.vault();
    assert!(!v.unlock_from_keyring().unwrap());
    assert!(v.is_locked());
    v.unlock_with_password(PASSWORD).unwrap();
    assert_eq!(
        v.with_conn(|c| journal::search(c, "kept")).unwrap().len(),
        1
    );
}

#[test]
fn recovery_key_unlocks_and_sets_a_new_password() {
    let f = Fixture::new("Ida");
    let v = f.unlocked();
    v.with_conn(|c| journal::add(c, &entry("before I forgot it"), &Stamp::now()).map(|_| ()))
        .unwrap();
    v.lock();

    let v = f.vault();
    let wrong = v
        .unlock_with_recovery(
            "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA",
            "brand new password",
        )
        .unwrap_err();
    assert_eq!(wrong.code(), Code::BadRecoveryKey);
    v.unlock_with_recovery(&f.recovery.display(), "brand new password")
        .unwrap();
    assert_eq!(
        v.with_conn(|c| journal::search(c, "forgot")).unwrap().len(),
        1
    );
    v.lock();

    assert_eq!(
        f.vault().unlock_with_password(PASSWORD).unwrap_err().code(),
        Code::BadPassword
    );
    f.vault()
        .unlock_with_password("brand new password")
        .unwrap();
}

#[test]
fn changing_the_password_never_rewrites_the_database() {
    let f = Fixture::new("Jo");
    let v = f.unlocked();
    v.with_conn(|c| journal::add(c, &entry("same bytes"), &Stamp::now()).map(|_| ()))
        .unwrap();
    v.lock();
    let db = f.profile_dir().join("vault.db");
    let before = std::fs::read(&db).unwrap();
    f.vault()
        .change_password(PASSWORD, "another long password")
        .unwrap();
    assert_eq!(std::fs::read(&db).unwrap(), before);
    f.vault()
        .unlock_with_password("another long password")
        .unwrap();
    assert_eq!(
        f.vault()
            .change_password("wrong one", "x".repeat(9).as_str())
            .unwrap_err()
            .code(),
        Code::BadPassword
    );
}

#[test]
fn profiles_are_listed_found_and_deleted_with_their_keyring_entry() {
    let f = Fixture::new("Kim");
    let (other, _) = f
        .profiles
        .create("Lou", "long enough pw", KdfParams::INSECURE_FOR_TESTS)
        .unwrap();
    assert_eq!(
        f.profiles
            .create("kim", "long enough pw", KdfParams::INSECURE_FOR_TESTS)
            .unwrap_err()
            .code(),
        Code::ProfileExists
    );
    assert_eq!(
        f.profiles
            .create("  ", "long enough pw", KdfParams::INSECURE_FOR_TESTS)
            .unwrap_err()
            .code(),
        Code::InvalidInput
    );
    assert_eq!(
        f.profiles
            .create("Max", "short", KdfParams::INSECURE_FOR_TESTS)
            .unwrap_err()
            .code(),
        Code::InvalidInput
    );
    let names: Vec<String> = f
        .profiles
        .list()
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Kim", "Lou"]);

    let v = Vault::new(f.profiles.clone(), other.clone());
    v.unlock_with_password("long enough pw").unwrap();
    v.remember_in_keyring(true).unwrap();
    v.lock();
    f.profiles.delete(&other).unwrap();
    assert!(!f.profiles.dir(&other).exists());
    assert!(keychain::recall(&other.id).unwrap().is_none());
    assert_eq!(
        f.profiles.find("Lou").unwrap_err().code(),
        Code::ProfileNotFound
    );
}

#[test]
fn default_argon2id_parameters_are_stored_with_the_keys() {
    let dir = tempfile::tempdir().unwrap();
    let profiles = Profiles::new(dir.path());
    let (p, _) = profiles
        .create("Ned", "a long password", KdfParams::DEFAULT)
        .unwrap();
    let keys = profiles.keys(&p).unwrap();
    assert_eq!(keys.kdf, KdfParams::DEFAULT);
    assert_eq!(keys.profile_id, p.id);
    let v = Vault::new(profiles, p);
    v.unlock_with_password("a long password").unwrap();
}
