//! The encrypted store: one SQLCipher vault per local profile, its keys, migrations and repositories.

pub mod backup;
pub mod conn;
pub mod keychain;
pub mod keys;
pub mod migrations;
pub mod profiles;
pub mod repo;
mod session;
pub mod stamp;
pub mod suspend;
pub mod throttle;
pub mod validate;

pub use keys::{DataKey, KdfParams, RecoveryKey};
pub use profiles::{Damaged, Profile, Profiles};
pub use session::{Snapshot, Vault};
pub use stamp::Stamp;

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

/// An unlocked throwaway vault under `dir` with fast key derivation, for benchmarks only (never a
/// person's profile).
pub fn scratch(dir: &std::path::Path) -> crate::Result<Vault> {
    const PW: &str = "scratch vault";
    let profiles = Profiles::new(dir);
    let (p, _) = profiles.create("scratch", PW, KdfParams::INSECURE_FOR_TESTS)?;
    let v = Vault::new(profiles, p);
    v.unlock_with_password(PW)?;
    Ok(v)
}
