//! Encrypted backups: the SQLCipher vault file as it is on disk plus its wrapped keys, in one file
//! written into a folder the person picks, read back and checked after writing, and restorable into
//! a new profile from the lock screen. Nothing in a backup is plaintext health data.

pub mod archive;
pub mod places;
pub mod plan;
pub mod restore;

pub use archive::{Found, Manifest, EXT};
pub use plan::{Every, Last, Plan};
