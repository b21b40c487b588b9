//! How the window's web view paints: WebKitGTK without its compositor, each switch set only where the
//! environment has not chosen already (`WEBKIT_DISABLE_COMPOSITING_MODE=0` brings the compositor back).
//!
//! Mentora's screens are forms, text and still charts, which the CPU paints quickly. WebKitGTK's
//! compositor keeps layer buffers, and where there is no GPU driver it paints them through Mesa's
//! software GL renderer. Measured with `make bench-app` (release build, Chat screen, web process
//! PSS): compositor with GPU painting 215 MB, compositor with Skia on the CPU 168 MB, no compositor
//! 116 MB. Without the compositor WebKit paints the page straight into the window; the one thing that
//! broke was WebKitWebDriver's own screenshot (2 s on Today, never on Calendar), so the end-to-end
//! tests take theirs from the X server instead (tests/e2e/xwd.mjs), which is what a person sees.
//! Both are WebKit's own switches, set in the environment before any web view exists; the web
//! process inherits them. Where a person sets the compositor back on, it paints with Skia on the CPU.

/// WebKitGTK's switches and Mentora's values, read by its processes when they start painting.
pub const SWITCHES: [(&str, &str); 2] = [
    ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
    ("WEBKIT_SKIA_ENABLE_CPU_RENDERING", "1"),
];

/// What to set a switch to, given what the environment has: Mentora's value when it has nothing,
/// nothing when the person (or the desktop) chose already.
pub fn choice(ours: &'static str, existing: Option<&std::ffi::OsStr>) -> Option<&'static str> {
    match existing {
        None => Some(ours),
        Some(_) => None,
    }
}

/// Sets each of [`SWITCHES`] per [`choice`]. Call first thing in `main`, while it is the only thread.
pub fn paint_without_compositor() {
    for (name, ours) in SWITCHES {
        if let Some(v) = choice(ours, std::env::var_os(name).as_deref()) {
            std::env::set_var(name, v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn no_compositor_unless_the_environment_chose() {
        assert_eq!(SWITCHES[0], ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"));
        assert_eq!(choice("1", None), Some("1"));
        assert_eq!(
            choice("1", Some(OsStr::new("0"))),
            None,
            "the person's 0 brings the compositor back"
        );
        assert_eq!(choice("1", Some(OsStr::new("1"))), None);
    }
}
