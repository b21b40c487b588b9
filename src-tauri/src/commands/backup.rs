//! Backups: the plan, backing up now, the backups the lock screen offers, and restoring one into a
//! new profile. Secrets are wiped from memory when the command ends (`Zeroizing`).

use super::run;
use mentora::api::backups::{self, Done, Overview};
use mentora::api::{profile, App};
use mentora::vault::backup::restore::Secret;
use mentora::vault::backup::{Found, Plan};
use mentora::Result;
use tauri::State;
use zeroize::Zeroizing;

/// The plan, the last backup and this profile's backups.
#[tauri::command]
pub async fn backup_overview(state: State<'_, App>) -> Result<Overview> {
    run(&state, backups::overview).await
}

/// Saves the plan.
#[tauri::command]
pub async fn backup_plan_set(state: State<'_, App>, plan: Plan) -> Result<Overview> {
    run(&state, move |a| backups::set_plan(a, plan)).await
}

/// Backs up now and reads the backup back.
#[tauri::command]
pub async fn backup_now(state: State<'_, App>) -> Result<Done> {
    run(&state, backups::back_up_now).await
}

/// The backups in the remembered folders and in `folder` (the lock screen; no vault needed).
#[tauri::command]
pub async fn backups_found(state: State<'_, App>, folder: Option<String>) -> Result<Vec<Found>> {
    run(&state, move |a| backups::found(a, folder.as_deref())).await
}

/// Restores a backup into a new profile and opens it; returns the new recovery key once. With
/// `recovery_key` set, `password` is the new profile's password; otherwise it is the password the
/// profile had when the backup was made.
#[tauri::command]
pub async fn backup_restore(
    state: State<'_, App>,
    file: String,
    password: String,
    recovery_key: Option<String>,
    name: Option<String>,
) -> Result<profile::Created> {
    let password = Zeroizing::new(password);
    let recovery_key = recovery_key.map(Zeroizing::new);
    run(&state, move |a| {
        let secret = match &recovery_key {
            Some(k) => Secret::Recovery {
                key: k,
                new_password: &password,
            },
            None => Secret::Password(&password),
        };
        backups::restore(a, &file, secret, name.as_deref())
    })
    .await
}
