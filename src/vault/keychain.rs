//! A vault's data key in the OS keyring, for unlocking without typing when the person allows it.
//! Never the only copy: the password- and recovery-wrapped keys on disk always remain.

use super::keys::DataKey;
use crate::error::{Code, Error, Result};
use crate::secrets::SERVICE;

fn entry(profile_id: &str) -> Result<keyring::Entry> {
    keyring::Entry::new(SERVICE, &format!("vault:{profile_id}")).map_err(unavailable)
}

fn unavailable(e: keyring::Error) -> Error {
    Error::new(
        Code::KeyringUnavailable,
        format!("the OS keyring (Secret Service) is not reachable: {e}"),
    )
}

/// Stores the data key.
pub fn remember(profile_id: &str, key: &DataKey) -> Result<()> {
    entry(profile_id)?
        .set_password(&key.hex())
        .map_err(unavailable)
}

/// The stored data key, if there is one.
pub fn recall(profile_id: &str) -> Result<Option<DataKey>> {
    match entry(profile_id)?.get_password() {
        Ok(hex) => Ok(DataKey::from_hex(&hex)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(e)),
    }
}

/// Removes the stored data key (no error if there was none).
pub fn forget(profile_id: &str) -> Result<()> {
    match entry(profile_id)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(unavailable(e)),
    }
}
