//! Private files: every folder Mentora makes is 0700 and every file 0600, created with that mode
//! (never chmod'ed afterwards), and atomic writes through a unique temp file.

use crate::error::{Error, Result};
use std::fs::{DirBuilder, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Mode of every folder Mentora creates.
pub const DIR_MODE: u32 = 0o700;
/// Mode of every file Mentora creates.
pub const FILE_MODE: u32 = 0o600;

/// Makes new files and folders of this whole process private (umask 077): what libraries create
/// on their own (SQLite's WAL, log files, the web view's caches) is then 0600/0700 too. Called
/// first thing by both front ends.
pub fn private_umask() {
    // SAFETY: umask only changes this process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
}

/// Creates `dir` and any missing parents with mode 0700. Mentora's own folders only: one that
/// already exists with looser bits (made by an older Mentora) is tightened to 0700.
pub fn create_dir_private(dir: &Path) -> Result<()> {
    make_dir(dir)?;
    tighten(dir, DIR_MODE)
}

/// Creates whatever is missing of `dir` with mode 0700 and leaves existing folders as they are (the
/// person's own folders, such as ~/Downloads).
pub fn make_dir(dir: &Path) -> Result<()> {
    DirBuilder::new()
        .recursive(true)
        .mode(DIR_MODE)
        .create(dir)
        .map_err(|e| Error::io(format!("creating {}", dir.display()), e))
}

/// Sets `mode` on an existing path if it has any group/other bits (older installs only).
fn tighten(path: &Path, mode: u32) -> Result<()> {
    let meta =
        std::fs::metadata(path).map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    if meta.permissions().mode() & 0o077 != 0 {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
            .map_err(|e| Error::io(format!("protecting {}", path.display()), e))?;
    }
    Ok(())
}

/// Tightens every folder (0700) and file (0600) under `dir` that has group or other bits: files an
/// older Mentora made before it created everything private. Links are not followed.
pub fn tighten_tree(dir: &Path) -> Result<()> {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        tighten(&d, DIR_MODE)?;
        let rd =
            std::fs::read_dir(&d).map_err(|e| Error::io(format!("listing {}", d.display()), e))?;
        for e in rd.flatten() {
            let Ok(t) = e.file_type() else { continue };
            if t.is_dir() {
                stack.push(e.path());
            } else if t.is_file() {
                tighten(&e.path(), FILE_MODE)?;
            }
        }
    }
    Ok(())
}

/// Opens `path` for writing (created 0600, truncated); its folder is created 0700 if missing.
pub fn create_private(path: &Path) -> Result<File> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        make_dir(dir)?;
    }
    let f = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(FILE_MODE)
        .open(path)
        .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
    tighten(path, FILE_MODE)?;
    Ok(f)
}

/// Creates an empty 0600 file if none is there (so that SQLite, which gives its WAL and shared-memory
/// files the database file's mode, makes those 0600 too).
pub fn touch_private(path: &Path) -> Result<()> {
    OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(FILE_MODE)
        .open(path)
        .map_err(|e| Error::io(format!("creating {}", path.display()), e))?;
    tighten(path, FILE_MODE)
}

/// A temp name beside `path` that no other writer (thread or process) uses at the same time.
fn temp_beside(path: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let mut r = [0u8; 6];
    let _ = getrandom::fill(&mut r);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(
        ".{name}.{}.{}.{}.tmp",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed),
        hex::encode(r)
    ))
}

/// Writes a file atomically and privately: a new 0600 temp file (a unique name, opened with
/// `O_EXCL`), fsync, rename over `path`, fsync the folder. Readers see the old or the new bytes.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |f| f.write_all(bytes))
}

/// [`write_atomic`] with the bytes written by `fill` (large files written piece by piece). Nothing
/// is left at `path` or beside it when `fill` fails.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> Result<()> {
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => PathBuf::from("."),
    };
    make_dir(&dir)?;
    let tmp = temp_beside(path);
    let written = (|| -> std::io::Result<()> {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(FILE_MODE)
            .open(&tmp)?;
        fill(&mut f)?;
        f.sync_all()
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(format!("writing {}", path.display()), e));
    }
    if let Err(e) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(format!("replacing {}", path.display()), e));
    }
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Copies `from` to a new private file `to` (0600), fsynced.
pub fn copy_private(from: &Path, to: &Path) -> Result<u64> {
    let mut src =
        File::open(from).map_err(|e| Error::io(format!("reading {}", from.display()), e))?;
    let mut dst = create_private(to)?;
    let n = std::io::copy(&mut src, &mut dst)
        .and_then(|n| dst.sync_all().map(|_| n))
        .map_err(|e| Error::io(format!("copying to {}", to.display()), e))?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    /// Even with a permissive umask (as a person's shell has), what we create is private.
    #[test]
    fn created_private_whatever_the_umask() {
        let t = tempfile::tempdir().unwrap();
        let nested = t.path().join("a/b");
        create_dir_private(&nested).unwrap();
        assert_eq!(mode(&t.path().join("a")), 0o700);
        assert_eq!(mode(&nested), 0o700);
        let f = nested.join("x.json");
        write_atomic(&f, b"{}").unwrap();
        assert_eq!(mode(&f), 0o600);
        write_atomic(&f, b"{\"again\":1}").unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"{\"again\":1}");
        let c = nested.join("copy");
        copy_private(&f, &c).unwrap();
        assert_eq!(mode(&c), 0o600);
        // No temp file is left behind.
        let left: Vec<_> = std::fs::read_dir(&nested)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(left.is_empty());
    }

    /// Two writers of the same file at once each use their own temp file: no write fails or
    /// mixes with the other (the old fixed temp name made them collide).
    #[test]
    fn concurrent_atomic_writes_do_not_collide() {
        let t = tempfile::tempdir().unwrap();
        let f = t.path().join("state.json");
        let threads: Vec<_> = (0..8)
            .map(|i| {
                let f = f.clone();
                std::thread::spawn(move || {
                    let body = format!("{i}").repeat(100_000);
                    for _ in 0..20 {
                        write_atomic(&f, body.as_bytes()).unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let s = std::fs::read_to_string(&f).unwrap();
        assert_eq!(s.len(), 100_000);
        let c = s.chars().next().unwrap();
        assert!(s.chars().all(|x| x == c), "a torn file");
    }

    #[test]
    fn an_older_loose_folder_is_tightened_but_not_the_persons_own() {
        let t = tempfile::tempdir().unwrap();
        let d = t.path().join("old");
        std::fs::create_dir(&d).unwrap();
        std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755)).unwrap();
        make_dir(&d).unwrap();
        write_atomic(&d.join("report.html"), b"x").unwrap();
        assert_eq!(mode(&d), 0o755, "a folder of the person's is left alone");
        assert_eq!(mode(&d.join("report.html")), 0o600);
        create_dir_private(&d).unwrap();
        assert_eq!(mode(&d), 0o700);
    }
}
