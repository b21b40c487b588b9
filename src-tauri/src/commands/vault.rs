//! Profiles and the vault's lock: create, unlock (password or recovery key), lock, status.

use super::run;
use mentora::api::{profile, App};
use mentora::vault::Profile;
use mentora::Result;
use tauri::State;

/// Every local profile.
#[tauri::command]
pub async fn profiles_list(state: State<'_, App>) -> Result<Vec<Profile>> {
    run(&state, profile::list).await
}

/// Creates a profile and opens its vault; returns the recovery key once.
#[tauri::command]
pub async fn profile_create(
    state: State<'_, App>,
    name: String,
    password: String,
) -> Result<profile::Created> {
    run(&state, move |a| profile::create(a, &name, &password, false)).await
}

/// Unlocks a profile with its password.
#[tauri::command]
pub async fn vault_unlock(
    state: State<'_, App>,
    profile: String,
    password: String,
) -> Result<Profile> {
    run(&state, move |a| profile::unlock(a, &profile, &password)).await
}

/// Unlocks with the recovery key and sets a new password.
#[tauri::command]
pub async fn vault_recover(
    state: State<'_, App>,
    profile: String,
    recovery_key: String,
    new_password: String,
) -> Result<Profile> {
    run(&state, move |a| {
        profile::recover(a, &profile, &recovery_key, &new_password)
    })
    .await
}

/// Locks: stops any emotion session, closes the vault and drops its key from memory.
#[tauri::command]
pub async fn vault_lock(state: State<'_, App>) -> Result<()> {
    run(&state, profile::lock).await
}

/// Which profile is open.
#[tauri::command]
pub async fn vault_status(state: State<'_, App>) -> Result<profile::Status> {
    Ok(profile::status(&state))
}
