//! One Mentora per data folder: the window holds an exclusive lock on `<data>/mentora.lock` while it
//! runs; each CLI command that reads or writes profiles holds a shared one, so CLI commands may run
//! side by side but never beside the window (and a second window is refused).

use crate::error::{Code, Error, Result};
use std::fs::File;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

/// Who asks for the data folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// The desktop window: alone.
    Window,
    /// A CLI command: beside other CLI commands, not beside the window.
    Cli,
}

/// Held for as long as it lives; the OS drops the lock when the process ends, however it ends.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
    path: PathBuf,
}

impl InstanceLock {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Takes the data folder's lock, or refuses with `app.already_running` at once (no waiting).
pub fn acquire(data_dir: &Path, holder: Holder) -> Result<InstanceLock> {
    crate::fsx::create_dir_private(data_dir)?;
    let path = data_dir.join("mentora.lock");
    let file = {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(crate::fsx::FILE_MODE)
            .open(&path)
            .map_err(|e| Error::io(format!("opening {}", path.display()), e))?
    };
    let op = match holder {
        Holder::Window => libc::LOCK_EX,
        Holder::Cli => libc::LOCK_SH,
    } | libc::LOCK_NB;
    // SAFETY: flock on a file descriptor we own; it only takes an advisory lock.
    if unsafe { libc::flock(file.as_raw_fd(), op) } != 0 {
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EWOULDBLOCK) {
            let who = match holder {
                Holder::Window => "Mentora is already open on this data folder (a window or a `mentora` command is using it); switch to that window or wait for the command to end",
                Holder::Cli => "the Mentora window is open on this data folder; use the window, or close it and run the command again",
            };
            return Err(Error::new(Code::AlreadyRunning, who));
        }
        return Err(Error::io(format!("locking {}", path.display()), e));
    }
    Ok(InstanceLock { _file: file, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_is_alone_and_commands_share() {
        let t = tempfile::tempdir().unwrap();
        let a = acquire(t.path(), Holder::Cli).unwrap();
        let b = acquire(t.path(), Holder::Cli).unwrap();
        let e = acquire(t.path(), Holder::Window).unwrap_err();
        assert_eq!(e.code(), Code::AlreadyRunning);
        drop((a, b));
        let w = acquire(t.path(), Holder::Window).unwrap();
        assert_eq!(
            acquire(t.path(), Holder::Window).unwrap_err().code(),
            Code::AlreadyRunning
        );
        assert_eq!(
            acquire(t.path(), Holder::Cli).unwrap_err().code(),
            Code::AlreadyRunning
        );
        drop(w);
        acquire(t.path(), Holder::Cli).unwrap();
    }
}
