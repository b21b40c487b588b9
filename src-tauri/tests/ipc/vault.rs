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
