//! Profiles and the vault's lock: create, unlock (password, recovery key or keyring), lock, status.

use crate::state::AppState;
use mentora::vault::{KdfParams, Profile, Profiles, Vault};
use mentora::Result;
use serde::Serialize;
use std::sync::Arc;

/// A new profile and its recovery key, shown once.
#[derive(Serialize)]
pub struct Created {
    profile: Profile,
    recovery_key: String,
}

/// Which profile is open, if any.
#[derive(Serialize)]
pub struct Status {
    profile: Option<Profile>,
    locked: bool,
}

/// Every local profile.
#[tauri::command]
pub async fn profiles_list(state: tauri::State<'_, AppState>) -> Result<Vec<Profile>> {
    let p = state.profiles()?;
    super::blocking(move || p.list()).await
}

/// Creates a profile and opens its vault; returns the recovery key once.
#[tauri::command]
pub async fn profile_create(
    state: tauri::State<'_, AppState>,
    name: String,
    password: String,
) -> Result<Created> {
    let state = state.inner().clone();
    super::blocking(move || {
        let profiles = state.profiles()?;
        let (profile, recovery) = profiles.create(&name, &password, KdfParams::DEFAULT)?;
        let vault = Vault::new(profiles, profile.clone());
        vault.unlock_with_password(&password)?;
        state.set_vault(Some(Arc::new(vault)));
        Ok(Created {
            profile,
            recovery_key: recovery.display(),
        })
    })
    .await
}

fn open(profiles: Profiles, name: &str) -> Result<Vault> {
    Ok(Vault::new(profiles.clone(), profiles.find(name)?))
}

/// Unlocks a profile with its password.
#[tauri::command]
pub async fn vault_unlock(
    state: tauri::State<'_, AppState>,
    profile: String,
    password: String,
) -> Result<Profile> {
    let state = state.inner().clone();
    super::blocking(move || {
        let vault = open(state.profiles()?, &profile)?;
        vault.unlock_with_password(&password)?;
        let p = vault.profile().clone();
        state.set_vault(Some(Arc::new(vault)));
        state.reset_sentiment();
        state.backfill_in_background();
        Ok(p)
    })
    .await
}

/// Unlocks with the recovery key and sets a new password.
#[tauri::command]
pub async fn vault_recover(
    state: tauri::State<'_, AppState>,
    profile: String,
    recovery_key: String,
    new_password: String,
) -> Result<Profile> {
    let state = state.inner().clone();
    super::blocking(move || {
        let vault = open(state.profiles()?, &profile)?;
        vault.unlock_with_recovery(&recovery_key, &new_password)?;
        let p = vault.profile().clone();
        state.set_vault(Some(Arc::new(vault)));
        state.reset_sentiment();
        state.backfill_in_background();
        Ok(p)
    })
    .await
}

/// Locks: stops any emotion session, closes the vault and drops its key from memory.
#[tauri::command]
pub async fn vault_lock(state: tauri::State<'_, AppState>) -> Result<()> {
    let state = state.inner().clone();
    super::blocking(move || {
        state.lock_vault();
        Ok(())
    })
    .await
}

/// Which profile is open.
#[tauri::command]
pub async fn vault_status(state: tauri::State<'_, AppState>) -> Result<Status> {
    let v = state.vault();
    Ok(Status {
        locked: v.as_ref().is_none_or(|v| v.is_locked()),
        profile: v.map(|v| v.profile().clone()),
    })
}
