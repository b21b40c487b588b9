//! Start at login: an XDG autostart entry (`$XDG_CONFIG_HOME/autostart/mentora.desktop`, 0600) that
//! opens Mentora; removed when turned off.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// The entry's file name.
pub const FILE: &str = "mentora.desktop";

/// `$XDG_CONFIG_HOME/autostart` (or `~/.config/autostart`).
pub fn dir() -> Result<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .ok_or_else(|| Error::invalid("autostart", "neither XDG_CONFIG_HOME nor HOME is set"))?;
    Ok(base.join("autostart"))
}

/// The entry's text for the program at `exe`.
pub fn entry(exe: &Path) -> String {
    format!(
        "[Desktop Entry]\nType=Application\nName=Mentora\nComment=Your private wellness companion\nExec=\"{}\"\nX-GNOME-Autostart-enabled=true\nTerminal=false\n",
        exe.display().to_string().replace('"', "\\\"")
    )
}

/// Writes (on) or removes (off) the entry in `dir`.
pub fn set(dir: &Path, on: bool, exe: &Path) -> Result<()> {
    let file = dir.join(FILE);
    if on {
        crate::fsx::make_dir(dir)?;
        crate::fsx::write_atomic(&file, entry(exe).as_bytes())
    } else {
        match std::fs::remove_file(&file) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io(format!("removing {}", file.display()), e)),
        }
    }
}

/// Whether the entry is there.
pub fn is_on(dir: &Path) -> bool {
    dir.join(FILE).is_file()
}
