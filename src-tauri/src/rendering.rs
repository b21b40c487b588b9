//! How the window's web view paints: WebKitGTK's compositor with Skia on the CPU, unless the
//! environment already says otherwise (`WEBKIT_SKIA_ENABLE_CPU_RENDERING=0` brings GPU painting back).
//!
//! Mentora's screens are forms, text and still charts, which the CPU paints quickly. Where there is
//! no GPU driver, WebKitGTK paints through Mesa's software GL renderer, and its buffers cost the web
//! process ~40 MB (measured with `make bench-app`, release build, Chat screen: 215 → 168 MB PSS).
//! Turning compositing off altogether saved more (→ 116 MB) but WebKitWebDriver's screenshots then
//! hung on some screens (2 s on Today, never on Calendar), so the end-to-end tests could not look at
//! the window: not taken. It is set in the environment (WebKit's own switch) before any web view
//! exists, and the web process inherits it.

/// WebKitGTK's switch, read by its web process when it starts painting.
pub const SWITCH: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";

/// What to set [`SWITCH`] to, given what the environment has: "1" when it has nothing, nothing when
/// the person (or the desktop) chose already.
pub fn choice(existing: Option<&std::ffi::OsStr>) -> Option<&'static str> {
    match existing {
        None => Some("1"),
        Some(_) => None,
    }
}

/// Sets [`SWITCH`] per [`choice`]. Call first thing in `main`, while it is the only thread.
pub fn paint_on_the_cpu() {
    if let Some(v) = choice(std::env::var_os(SWITCH).as_deref()) {
        std::env::set_var(SWITCH, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn cpu_painting_unless_the_environment_chose() {
        assert_eq!(choice(None), Some("1"));
        assert_eq!(
            choice(Some(OsStr::new("0"))),
            None,
            "the person's 0 brings GPU painting back"
        );
        assert_eq!(choice(Some(OsStr::new("1"))), None);
    }
}
