//! Desktop notifications through the freedesktop Notifications service
//! (`org.freedesktop.Notifications.Notify` on the session bus, as every Linux desktop provides).
//! The text never carries health data: a reminder says it is time to check in, nothing more.

use crate::error::{Code, Error, Result};
use dbus::blocking::Connection;
use std::collections::HashMap;
use std::time::Duration;

/// The service, its object and interface.
pub const SERVICE: &str = "org.freedesktop.Notifications";
/// Object path of the service.
pub const PATH: &str = "/org/freedesktop/Notifications";

/// Something that shows a notification; returns its id.
pub trait Notifier: Send + Sync {
    /// Shows `summary` with `body`.
    fn notify(&self, summary: &str, body: &str) -> Result<u32>;
}

/// The desktop's notification service on the session bus, or on the bus at `address` (tests).
#[derive(Debug, Clone, Default)]
pub struct Desktop {
    /// A bus address instead of the session bus.
    pub address: Option<String>,
}

impl Desktop {
    fn connect(&self) -> std::result::Result<Connection, dbus::Error> {
        match &self.address {
            None => Connection::new_session(),
            Some(a) => {
                let mut c = dbus::channel::Channel::open_private(a)?;
                c.register()?;
                Ok(Connection::from(c))
            }
        }
    }
}

impl Notifier for Desktop {
    fn notify(&self, summary: &str, body: &str) -> Result<u32> {
        let fail = |e: dbus::Error| {
            Error::new(
                Code::Internal,
                format!("the desktop did not show the notification: {e}"),
            )
        };
        let conn = self.connect().map_err(fail)?;
        let proxy = conn.with_proxy(SERVICE, PATH, Duration::from_secs(5));
        let hints: HashMap<&str, dbus::arg::Variant<Box<dyn dbus::arg::RefArg>>> = HashMap::new();
        let (id,): (u32,) = proxy
            .method_call(
                SERVICE,
                "Notify",
                (
                    "Mentora",
                    0u32,
                    "",
                    summary,
                    body,
                    Vec::<&str>::new(),
                    hints,
                    -1i32,
                ),
            )
            .map_err(fail)?;
        Ok(id)
    }
}
