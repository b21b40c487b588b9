//! The desktop around the window: freedesktop notifications (D-Bus) and start at login (XDG
//! autostart).

pub mod autostart;
pub mod notify;
