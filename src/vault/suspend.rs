//! Lock on suspend and on screen lock: systemd-logind announces sleep with `PrepareForSleep(true)`
//! and a locked session with `Lock` on the system bus; desktops announce the screen saver with
//! `ActiveChanged(true)` (org.freedesktop.ScreenSaver, org.gnome.ScreenSaver) on the session bus.
//! The callback runs then (the shell locks the vault). Where a bus is missing, this says so.

use crate::error::{Code, Error, Result};
use dbus::blocking::Connection;
use dbus::message::MatchRule;
use std::time::Duration;

/// logind's manager interface and object.
pub const INTERFACE: &str = "org.freedesktop.login1.Manager";
/// The object that emits the signal.
pub const PATH: &str = "/org/freedesktop/login1";

/// Runs `on_sleep` every time the machine is about to suspend or hibernate, listening on `conn`
/// until it fails. Call it on its own thread; it returns only on a bus error.
pub fn watch(conn: Connection, on_sleep: impl Fn() + Send + 'static) -> Result<()> {
    let rule = MatchRule::new_signal(INTERFACE, "PrepareForSleep").with_path(PATH);
    conn.add_match(rule, move |(starting,): (bool,), _, _| {
        if starting {
            on_sleep();
        }
        true
    })
    .map_err(|e| Error::new(Code::Internal, format!("cannot watch for suspend: {e}")))?;
    loop {
        conn.process(Duration::from_secs(3600))
            .map_err(|e| Error::new(Code::Internal, format!("the system bus went away: {e}")))?;
    }
}

/// logind's session interface (its `Lock` signal: the session's screen is being locked).
pub const SESSION_INTERFACE: &str = "org.freedesktop.login1.Session";
/// Screen-saver interfaces whose `ActiveChanged(true)` means the screen locked.
pub const SCREENSAVER_INTERFACES: [&str; 2] =
    ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"];

/// Runs `on_lock` every time the screen locks, listening on `conn` until it fails: logind's
/// session `Lock` (system bus) and the screen savers' `ActiveChanged(true)` (session bus) are both
/// watched, so the same call serves either bus. Call it on its own thread.
pub fn watch_screen_lock(
    conn: Connection,
    on_lock: impl Fn() + Send + Sync + 'static,
) -> Result<()> {
    let on_lock = std::sync::Arc::new(on_lock);
    let fail =
        |e: dbus::Error| Error::new(Code::Internal, format!("cannot watch the screen lock: {e}"));
    let f = on_lock.clone();
    conn.add_match(
        MatchRule::new_signal(SESSION_INTERFACE, "Lock"),
        move |(): (), _, _| {
            f();
            true
        },
    )
    .map_err(fail)?;
    for iface in SCREENSAVER_INTERFACES {
        let f = on_lock.clone();
        conn.add_match(
            MatchRule::new_signal(iface, "ActiveChanged"),
            move |(active,): (bool,), _, _| {
                if active {
                    f();
                }
                true
            },
        )
        .map_err(fail)?;
    }
    loop {
        conn.process(Duration::from_secs(3600))
            .map_err(|e| Error::new(Code::Internal, format!("the bus went away: {e}")))?;
    }
}

/// Connects to the session bus (where the desktop's screen saver lives).
pub fn session_bus() -> Result<Connection> {
    Connection::new_session().map_err(|e| {
        Error::new(
            Code::Internal,
            format!("no session bus, so no lock with the screen saver: {e}"),
        )
    })
}

/// Connects to the system bus (where logind lives).
pub fn system_bus() -> Result<Connection> {
    Connection::new_system().map_err(|e| {
        Error::new(
            Code::Internal,
            format!("no system bus, so no lock on suspend: {e}"),
        )
    })
}
