//! Lock on suspend: a `PrepareForSleep(true)` signal, as systemd-logind sends it, locks the vault.
//! Sent here on the test's own D-Bus session bus (the README's test command provides one).

use crate::common::vault as fixture;

use dbus::blocking::Connection;
use dbus::message::SignalArgs;
use mentora::vault::suspend;
use std::sync::Arc;
use std::time::{Duration, Instant};

struct PrepareForSleep(bool);

impl dbus::arg::AppendAll for PrepareForSleep {
    fn append(&self, i: &mut dbus::arg::IterAppend) {
        dbus::arg::RefArg::append(&self.0, i);
    }
}

impl dbus::arg::ReadAll for PrepareForSleep {
    fn read(i: &mut dbus::arg::Iter) -> Result<Self, dbus::arg::TypeMismatchError> {
        Ok(PrepareForSleep(i.read()?))
    }
}

impl SignalArgs for PrepareForSleep {
    const NAME: &'static str = "PrepareForSleep";
    const INTERFACE: &'static str = suspend::INTERFACE;
}

#[test]
fn prepare_for_sleep_locks_the_vault_and_resume_does_not_unlock() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "run through the README's test command"
    );
    let f = fixture::Fixture::new("Sleepy");
    let vault = Arc::new(f.unlocked());
    let v = vault.clone();
    let listener = Connection::new_session().unwrap();
    std::thread::spawn(move || suspend::watch(listener, move || v.lock()));
    std::thread::sleep(Duration::from_millis(300)); // let the match rule register

    let sender = Connection::new_session().unwrap();
    let path = dbus::Path::new(suspend::PATH).unwrap();
    sender
        .channel()
        .send(PrepareForSleep(false).to_emit_message(&path))
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    assert!(!vault.is_locked(), "waking up does not lock");

    sender
        .channel()
        .send(PrepareForSleep(true).to_emit_message(&path))
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !vault.is_locked() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(vault.is_locked(), "going to sleep locks the vault");
    assert_eq!(
        vault
            .with_conn(|c| mentora::vault::repo::chats::list(c))
            .unwrap_err()
            .code(),
        mentora::Code::VaultLocked
    );
}
