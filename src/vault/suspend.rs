//! Lock on suspend: systemd-logind announces sleep with `PrepareForSleep(true)` on the system bus;
//! the callback runs then (the shell locks the vault). Where there is no logind, this says so.

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

/// Connects to the system bus (where logind lives).
pub fn system_bus() -> Result<Connection> {
    Connection::new_system().map_err(|e| {
        Error::new(
            Code::Internal,
            format!("no system bus, so no lock on suspend: {e}"),
        )
    })
}
