//! Restoring a backup into a new profile: the data key is unwrapped with the password the person had
//! when the backup was taken (or the recovery key), the vault is checked against the manifest and by
//! SQLCipher, and a new profile (new id, new recovery key) is made around it. All or nothing.

use super::archive;
use crate::error::{Code, Error, Result};
use crate::vault::keys::{KdfParams, RecoveryKey};
use crate::vault::{Profile, Profiles, Vault};
use std::path::Path;

/// What opens the backup's key.
pub enum Secret<'a> {
    /// The profile's password when the backup was taken; it stays the restored profile's password.
    Password(&'a str),
    /// The recovery key, and the new profile's password.
    Recovery {
        /// The recovery key as typed.
        key: &'a str,
        /// The restored profile's password.
        new_password: &'a str,
    },
}

/// A restored profile, unlocked, and its new recovery key.
pub struct Restored {
    /// The new profile's vault, unlocked.
    pub vault: Vault,
    /// Its recovery key (the backup's old one no longer opens it).
    pub recovery: RecoveryKey,
}

/// A free name for the restored profile: `name` if given (it must be free), else the backup's
/// profile name, then "… (restored)", "… (restored 2)", ….
fn free_name(profiles: &Profiles, given: Option<&str>, from: &str) -> Result<String> {
    if let Some(n) = given.map(str::trim).filter(|n| !n.is_empty()) {
        return Ok(n.to_string());
    }
    if !profiles.name_taken(from)? {
        return Ok(from.to_string());
    }
    let base: String = from
        .chars()
        .take(crate::vault::profiles::MAX_NAME - 14)
        .collect();
    for i in 1..100 {
        let n = if i == 1 {
            format!("{base} (restored)")
        } else {
            format!("{base} (restored {i})")
        };
        if !profiles.name_taken(&n)? {
            return Ok(n);
        }
    }
    Err(Error::invalid(
        "name",
        "choose a name for the restored profile",
    ))
}

/// Restores `file` into a new profile under `profiles` and unlocks it.
pub fn restore(
    profiles: &Profiles,
    file: &Path,
    secret: Secret,
    name: Option<&str>,
    kdf: KdfParams,
) -> Result<Restored> {
    let mut b = archive::open(file)?;
    // No throttle here: the backup file is in the person's hands, and its password is protected by
    // Argon2id whether Mentora is asked or not.
    let (key, password) = match secret {
        Secret::Password(p) => (b.keys.unlock_with_password(p)?, p),
        Secret::Recovery { key, new_password } => {
            if new_password.chars().count() < 8 {
                return Err(Error::invalid("password", "at least 8 characters"));
            }
            let r = RecoveryKey::parse(key)?;
            (b.keys.unlock_with_recovery(&r)?, new_password)
        }
    };
    let name = free_name(profiles, name, &b.profile.name)?;
    let from: Profile = b.profile.clone();
    let (profile, recovery) = profiles.adopt(&name, &from, &key, password, kdf, |dest| {
        b.extract_vault(dest)
    })?;
    let vault = Vault::new(profiles.clone(), profile);
    vault.unlock_with_key(key).map_err(|e| {
        Error::new(
            Code::BackupDamaged,
            format!("the restored vault did not open: {}", e.message()),
        )
    })?;
    tracing::info!(profile = %vault.profile().id, "backup restored");
    Ok(Restored { vault, recovery })
}
