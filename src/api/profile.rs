//! Profiles and the lock: create, list, unlock (password, recovery key, keyring), lock, status, delete.

use super::App;
use crate::error::{Code, Error, Result};
use crate::vault::{keychain, Damaged, KdfParams, Profile, Vault};
use serde::Serialize;
use std::sync::Arc;

/// A new profile and its recovery key, shown once.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct Created {
    /// The profile.
    pub profile: Profile,
    /// The recovery key, formatted for writing down.
    pub recovery_key: String,
}

/// Which profile is open, if any.
#[derive(Debug, Serialize, ts_rs::TS)]
#[ts(rename = "VaultStatus")]
pub struct Status {
    /// The open profile.
    pub profile: Option<Profile>,
    /// True when no vault is open or it is locked.
    pub locked: bool,
}

/// Every local profile that can be read (a damaged one never hides the others).
pub fn list(app: &App) -> Result<Vec<Profile>> {
    app.profiles()?.list()
}

/// The profile folders whose `profile.json` cannot be read, with why (shown beside the list).
pub fn damaged(app: &App) -> Result<Vec<Damaged>> {
    Ok(app.profiles()?.scan()?.1)
}

/// Creates a profile and opens its vault; returns the recovery key once. `remember` keeps the key in
/// the OS keyring.
pub fn create(app: &App, name: &str, password: &str, remember: bool) -> Result<Created> {
    let profiles = app.profiles()?;
    let (profile, recovery) = profiles.create(name, password, KdfParams::DEFAULT)?;
    let vault = Vault::new(profiles, profile.clone());
    vault.unlock_with_password(password)?;
    if remember {
        vault.remember_in_keyring(true)?;
    }
    opened(app, vault);
    Ok(Created {
        profile,
        recovery_key: recovery.display(),
    })
}

fn find(app: &App, name: &str) -> Result<Vault> {
    let profiles = app.profiles()?;
    let p = profiles.find(name)?;
    Ok(Vault::new(profiles, p))
}

/// What follows every unlock: voice sessions left open are closed, the vault becomes the open one,
/// the previous profile's models are forgotten, and older text without a score is scored (in the
/// background for the window).
pub(super) fn opened(app: &App, vault: Vault) -> Profile {
    let p = vault.profile().clone();
    // A voice session the app could not stop (it was closed, or crashed) is closed from its timeline.
    if let Err(e) = vault.with_conn(crate::vault::repo::voice::close_orphans) {
        tracing::warn!(code = %e.code(), "open voice sessions not closed: {}", e.message());
    }
    app.set_vault(Some(Arc::new(vault)));
    if app.background() {
        super::sentiment::backfill_in_background(app);
    }
    tracing::info!(profile = %p.id, "vault unlocked");
    p
}

/// Unlocks a profile with its password.
pub fn unlock(app: &App, name: &str, password: &str) -> Result<Profile> {
    let vault = find(app, name)?;
    vault.unlock_with_password(password)?;
    Ok(opened(app, vault))
}

/// Unlocks from the key kept in the OS keyring; `Ok(None)` when none is kept (or no keyring runs).
pub fn unlock_from_keyring(app: &App, name: &str) -> Result<Option<Profile>> {
    let vault = find(app, name)?;
    match vault.unlock_from_keyring() {
        Ok(true) => Ok(Some(opened(app, vault))),
        Ok(false) => Ok(None),
        Err(e) if e.code() == Code::KeyringUnavailable => Ok(None),
        Err(e) => Err(e),
    }
}

/// Unlocks with the recovery key and sets a new password.
pub fn recover(app: &App, name: &str, recovery_key: &str, new_password: &str) -> Result<Profile> {
    let vault = find(app, name)?;
    vault.unlock_with_recovery(recovery_key, new_password)?;
    Ok(opened(app, vault))
}

/// Keeps (or stops keeping) the open vault's key in the OS keyring.
pub fn remember(app: &App, on: bool) -> Result<()> {
    app.with_vault(|v| v.remember_in_keyring(on))
}

/// Locks: stops any emotion session, closes the vault and drops its key from memory.
pub fn lock(app: &App) -> Result<()> {
    app.lock_vault();
    tracing::info!("vault locked");
    Ok(())
}

/// Forgets the keyring copy of a profile's key, so the next use needs the password (the CLI's lock).
pub fn forget(app: &App, name: &str) -> Result<Profile> {
    let p = app.profiles()?.find(name)?;
    keychain::forget(&p.id)?;
    Ok(p)
}

/// Which profile is open.
pub fn status(app: &App) -> Status {
    let v = app.vault();
    Status {
        locked: v.as_ref().is_none_or(|v| v.is_locked()),
        profile: v.map(|v| v.profile().clone()),
    }
}

/// `integrity_check` + `cipher_integrity_check` of the open vault: the problems (empty = sound).
pub fn check(app: &App) -> Result<Vec<String>> {
    app.with_vault(|v| v.check())
}

/// Deletes the open profile: vault, backups, keyring entry. `confirm` must be the profile's name.
pub fn delete_open(app: &App, confirm: &str) -> Result<()> {
    let v = app.unlocked_vault()?;
    if confirm.trim() != v.profile().name {
        return Err(Error::new(
            Code::InvalidInput,
            "confirm: type the profile's name exactly to delete it",
        ));
    }
    let p = v.profile().clone();
    app.lock_vault();
    app.set_vault(None);
    app.profiles()?.delete(&p)
}

/// Deletes a profile by name (the CLI's `profile delete NAME --yes`).
pub fn delete(app: &App, name: &str, yes: bool) -> Result<Profile> {
    let profiles = app.profiles()?;
    let p = profiles.find(name)?;
    if !yes {
        return Err(Error::invalid(
            "yes",
            format!(
                "deleting '{}' erases its journal, chats and backups for good; repeat with --yes",
                p.name
            ),
        ));
    }
    profiles.delete(&p)?;
    Ok(p)
}
