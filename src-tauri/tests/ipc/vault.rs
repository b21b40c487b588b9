//! The vault over IPC: create, lock, wrong password, unlock, and locked data calls, with the error
//! JSON the window receives.

use crate::common;

use common::call;
use serde_json::json;
use std::path::Path;
use tauri::test::MockRuntime;
use tauri::WebviewWindow;

fn window(data: &Path) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    common::app_with(
        data,
        tauri::generate_handler![
            mentora_app::commands::vault::profiles_list,
            mentora_app::commands::vault::profile_create,
            mentora_app::commands::vault::vault_unlock,
            mentora_app::commands::vault::vault_lock,
            mentora_app::commands::vault::vault_status,
            mentora_app::commands::emotion::emotion_start,
            mentora_app::commands::emotion::emotion_stop,
            mentora_app::commands::backup::backup_plan_set,
            mentora_app::commands::backup::backup_now,
            mentora_app::commands::backup::backups_found,
            mentora_app::commands::backup::backup_restore,
        ],
    )
}

#[test]
fn create_lock_unlock_over_ipc() {
    let data = tempfile::tempdir().unwrap();
    let (_app, w) = window(data.path());
    let created = call(
        &w,
        "profile_create",
        json!({"name": "Mia", "password": "a good password"}),
    )
    .unwrap();
    let key = created["recovery_key"].as_str().unwrap();
    assert_eq!(key.len(), 39, "{created}");
    assert_eq!(
        call(&w, "vault_status", json!({})).unwrap()["locked"],
        false
    );

    call(&w, "vault_lock", json!({})).unwrap();
    assert_eq!(call(&w, "vault_status", json!({})).unwrap()["locked"], true);
    let err = call(&w, "emotion_start", json!({"chatId": null, "index": 0})).unwrap_err();
    assert_eq!(
        err,
        json!({"code": "vault.locked", "message": "the vault is locked; unlock it first"})
    );

    let err = call(
        &w,
        "vault_unlock",
        json!({"profile": "Mia", "password": "nope nope"}),
    )
    .unwrap_err();
    assert_eq!(
        err,
        json!({"code": "vault.bad_password", "message": "the password is not right"})
    );
    let err = call(
        &w,
        "vault_unlock",
        json!({"profile": "Zed", "password": "nope nope"}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "profile.not_found");

    let p = call(
        &w,
        "vault_unlock",
        json!({"profile": "mia", "password": "a good password"}),
    )
    .unwrap();
    assert_eq!(p["name"], "Mia");
    assert_eq!(
        call(&w, "profiles_list", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Unlocked, but this machine has no camera: the session does not start and says why.
    let no_camera = std::fs::read_dir("/dev")
        .unwrap()
        .flatten()
        .all(|e| !e.file_name().to_string_lossy().starts_with("video"));
    if no_camera {
        let err = call(&w, "emotion_start", json!({"chatId": null, "index": 0})).unwrap_err();
        assert_eq!(err["code"], "camera.none", "{err}");
    }
    assert_eq!(
        call(&w, "emotion_stop", json!({})).unwrap_err()["code"],
        "input.invalid"
    );
}

#[test]
fn backup_and_restore_over_ipc() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let (_app, w) = window(data.path());
    call(
        &w,
        "profile_create",
        json!({"name": "Ada", "password": "a good password"}),
    )
    .unwrap();
    let err = call(
        &w,
        "backup_plan_set",
        json!({"plan": {"folder": "rel", "every": "daily", "keep": 3}}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "input.invalid", "{err}");
    let dir = folder.path().to_str().unwrap();
    let ov = call(
        &w,
        "backup_plan_set",
        json!({"plan": {"folder": dir, "every": "weekly", "keep": 3}}),
    )
    .unwrap();
    assert_eq!(ov["plan"]["every"], "weekly");
    let done = call(&w, "backup_now", json!({})).unwrap();
    let file = done["file"].as_str().unwrap().to_string();
    call(&w, "vault_lock", json!({})).unwrap();
    assert_eq!(
        call(&w, "backup_now", json!({})).unwrap_err()["code"],
        "vault.locked"
    );

    let found = call(&w, "backups_found", json!({"folder": null})).unwrap();
    assert_eq!(found[0]["path"], file.as_str(), "{found}");
    assert_eq!(found[0]["manifest"]["profile_name"], "Ada");
    let err = call(
        &w,
        "backup_restore",
        json!({"file": file, "password": "wrong one!", "recoveryKey": null, "name": "Ada 2"}),
    )
    .unwrap_err();
    assert_eq!(
        err,
        json!({"code": "vault.bad_password", "message": "the password is not right"})
    );
    let c = call(
        &w,
        "backup_restore",
        json!({"file": file, "password": "a good password", "recoveryKey": null, "name": null}),
    )
    .unwrap();
    assert_eq!(c["profile"]["name"], "Ada (restored)");
    assert_eq!(c["recovery_key"].as_str().unwrap().len(), 39);
    assert_eq!(
        call(&w, "vault_status", json!({})).unwrap()["locked"],
        false
    );
}
