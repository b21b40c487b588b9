//! Secrets in the OS keyring (Secret Service on Linux): reachability and the Gemini key's presence.

use crate::error::{Code, Error, Result};

/// Keyring service name for every Mentora secret.
pub const SERVICE: &str = "app.mentora";
/// Keyring user name of the Gemini API key.
pub const GEMINI_KEY_USER: &str = "gemini-api-key";
/// Entry looked up (never written) to see whether the keyring answers.
const PROBE_USER: &str = "doctor-probe";

fn unavailable(e: keyring::Error) -> Error {
    Error::new(
        Code::KeyringUnavailable,
        format!("the OS keyring (Secret Service) is not reachable: {e}"),
    )
}

/// Looks an entry up; `Ok(None)` when the keyring answered that it has none.
fn lookup(user: &str) -> Result<Option<String>> {
    let entry = keyring::Entry::new(SERVICE, user).map_err(unavailable)?;
    match entry.get_password() {
        Ok(v) => Ok(Some(v)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(e)),
    }
}

/// Asks the keyring for an entry that is never written: an answer of "no entry" proves it is reachable.
pub fn probe() -> Result<()> {
    lookup(PROBE_USER).map(|_| ())
}

/// Whether a Gemini API key is stored. The key itself never leaves this function.
pub fn gemini_key_present() -> Result<bool> {
    Ok(lookup(GEMINI_KEY_USER)?.is_some_and(|k| !k.is_empty()))
}

/// The Gemini API key, if one is stored.
pub fn gemini_key() -> Result<Option<String>> {
    Ok(lookup(GEMINI_KEY_USER)?.filter(|k| !k.is_empty()))
}

/// Stores (or replaces) the Gemini API key in the keyring.
pub fn set_gemini_key(key: &str) -> Result<()> {
    if key.trim().is_empty() {
        return Err(Error::invalid("key", "empty"));
    }
    let entry = keyring::Entry::new(SERVICE, GEMINI_KEY_USER).map_err(unavailable)?;
    entry.set_password(key.trim()).map_err(unavailable)
}

/// Removes the Gemini API key from the keyring (no error when there is none).
pub fn remove_gemini_key() -> Result<()> {
    let entry = keyring::Entry::new(SERVICE, GEMINI_KEY_USER).map_err(unavailable)?;
    match entry.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(unavailable(e)),
    }
}
