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

/// A signal with no arguments or one bool, under any interface (the screen-lock signals).
#[derive(Clone, Copy)]
struct Signal {
    iface: &'static str,
    member: &'static str,
    arg: Option<bool>,
}

impl Signal {
    fn send(&self, c: &Connection, path: &str) {
        let mut m = dbus::Message::new_signal(path, self.iface, self.member).unwrap();
        if let Some(b) = self.arg {
            m = m.append1(b);
        }
        c.channel().send(m).unwrap();
    }
}

fn wait_locked(vault: &mentora::vault::Vault) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !vault.is_locked() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    vault.is_locked()
}

/// The screen locking locks the vault: the desktop screen savers' `ActiveChanged(true)` and
/// logind's session `Lock`; the screen saver going away (`false`) does not.
#[test]
fn screen_lock_signals_lock_the_vault() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "run through the README's test command"
    );
    let f = fixture::Fixture::new("Screen");
    let sender = Connection::new_session().unwrap();
    let cases = [
        Signal {
            iface: "org.freedesktop.ScreenSaver",
            member: "ActiveChanged",
            arg: Some(true),
        },
        Signal {
            iface: "org.gnome.ScreenSaver",
            member: "ActiveChanged",
            arg: Some(true),
        },
        Signal {
            iface: suspend::SESSION_INTERFACE,
            member: "Lock",
            arg: None,
        },
    ];
    for (i, case) in cases.iter().enumerate() {
        let vault = Arc::new(f.unlocked());
        let v = vault.clone();
        let listener = Connection::new_session().unwrap();
        std::thread::spawn(move || suspend::watch_screen_lock(listener, move || v.lock()));
        std::thread::sleep(Duration::from_millis(300)); // let the match rules register
        if case.arg == Some(true) {
            let off = Signal {
                arg: Some(false),
                ..*case
            };
            off.send(&sender, "/org/freedesktop/ScreenSaver");
            std::thread::sleep(Duration::from_millis(300));
            assert!(
                !vault.is_locked(),
                "case {i}: the screen unlocking does not lock"
            );
        }
        case.send(&sender, &format!("/org/freedesktop/login1/session/_3{i}"));
        assert!(
            wait_locked(&vault),
            "case {i}: {}.{}",
            case.iface,
            case.member
        );
    }
}
