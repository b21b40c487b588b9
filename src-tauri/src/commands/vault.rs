//! Profiles and the vault's lock: create, unlock (password or recovery key), lock, status. Secrets
//! are wiped from memory when the command ends (`Zeroizing`).

use super::run;
use mentora::api::{profile, App};
use mentora::vault::Profile;
use mentora::Result;
use tauri::State;
use zeroize::Zeroizing;

/// Every local profile.
#[tauri::command]
pub async fn profiles_list(state: State<'_, App>) -> Result<Vec<Profile>> {
    run(&state, profile::list).await
}

/// The profile folders that cannot be read, with why (listed beside the others).
#[tauri::command]
pub async fn profiles_damaged(state: State<'_, App>) -> Result<Vec<mentora::vault::Damaged>> {
    run(&state, profile::damaged).await
}

/// Creates a profile and opens its vault; returns the recovery key once.
#[tauri::command]
pub async fn profile_create(
    state: State<'_, App>,
    name: String,
    password: String,
) -> Result<profile::Created> {
    let password = Zeroizing::new(password);
    run(&state, move |a| profile::create(a, &name, &password, false)).await
}

/// Unlocks a profile with its password.
#[tauri::command]
pub async fn vault_unlock(
    state: State<'_, App>,
    profile: String,
    password: String,
) -> Result<Profile> {
    let password = Zeroizing::new(password);
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
    let (recovery_key, new_password) = (Zeroizing::new(recovery_key), Zeroizing::new(new_password));
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
