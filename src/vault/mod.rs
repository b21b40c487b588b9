//! The encrypted store (SQLCipher through rusqlite). For now: the linked SQLCipher's version.

use crate::error::{Code, Error, Result};

/// Version of the SQLCipher library linked into Mentora (`PRAGMA cipher_version`).
pub fn sqlcipher_version() -> Result<String> {
    let conn = rusqlite::Connection::open_in_memory()
        .map_err(|e| Error::new(Code::Internal, format!("SQLite: {e}")))?;
    let v: Option<String> = conn
        .query_row("PRAGMA cipher_version", [], |r| r.get(0))
        .map_err(|e| Error::new(Code::Internal, format!("SQLCipher: {e}")))?;
    v.filter(|s| !s.is_empty()).ok_or_else(|| {
        Error::new(
            Code::Internal,
            "the linked SQLite is not SQLCipher (PRAGMA cipher_version is empty)",
        )
    })
}
