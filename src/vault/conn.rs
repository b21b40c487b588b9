//! Opening a SQLCipher connection with a raw 256-bit key, and the pragmas every vault runs with.

use super::keys::DataKey;
use crate::error::{Code, Error, Result};
use rusqlite::Connection;
use std::path::Path;

/// Opens (or creates) an encrypted database. `key = None` opens plain SQLite (benchmarks only).
/// A 32 MiB page cache keeps a year of report data decrypted in memory once read (SQLCipher decrypts
/// and authenticates each page as it enters the cache; the default 2 MiB cache re-decrypts a lot).
pub fn open(path: &Path, key: Option<&DataKey>) -> Result<Connection> {
    let conn = Connection::open(path)
        .map_err(|e| Error::new(Code::Io, format!("cannot open {}: {e}", path.display())))?;
    unlock(&conn, path, key, Code::VaultCorrupt, "this profile's key")?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA busy_timeout = 5000;
         PRAGMA temp_store = MEMORY;
         PRAGMA cache_size = -32768;",
    )?;
    Ok(conn)
}

/// Opens an existing encrypted file (a backup being checked): never creates one, and sets no pragma
/// that writes.
pub fn open_existing(path: &Path, key: &DataKey) -> Result<Connection> {
    use rusqlite::OpenFlags;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| Error::new(Code::Io, format!("cannot open {}: {e}", path.display())))?;
    unlock(&conn, path, Some(key), Code::BackupDamaged, "this key")?;
    Ok(conn)
}

/// Gives the connection its raw key (SQLCipher then skips its PBKDF2: the key is already uniformly
/// random) and proves it with a first read: a wrong key reads as "file is not a database", reported
/// with `code`.
fn unlock(
    conn: &Connection,
    path: &Path,
    key: Option<&DataKey>,
    code: Code,
    whose: &str,
) -> Result<()> {
    if let Some(key) = key {
        let pragma = zeroize::Zeroizing::new(format!("PRAGMA key = \"x'{}'\";", &*key.hex()));
        conn.execute_batch(&pragma)?;
    }
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|e| {
        Error::new(
            code,
            format!("{} cannot be read with {whose} ({e})", path.display()),
        )
    })?;
    Ok(())
}

/// `PRAGMA integrity_check` and, when encrypted, `PRAGMA cipher_integrity_check` (HMAC of every page).
/// Returns the problems found (empty when the vault is sound).
pub fn integrity_problems(conn: &Connection, encrypted: bool) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut st = conn.prepare("PRAGMA integrity_check")?;
    for row in st.query_map([], |r| r.get::<_, String>(0))? {
        let row = row?;
        if row != "ok" {
            problems.push(row);
        }
    }
    if encrypted {
        let mut st = conn.prepare("PRAGMA cipher_integrity_check")?;
        for row in st.query_map([], |r| r.get::<_, String>(0))? {
            problems.push(row?);
        }
    }
    Ok(problems)
}
