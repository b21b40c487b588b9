//! Build script: declares every app command so that none is callable unless a capability allows it.

fn main() {
    let commands = &[
        "doctor",
        "analyze_image",
        "list_cameras",
        "camera_start",
        "camera_stop",
        "profiles_list",
        "profile_create",
        "vault_unlock",
        "vault_recover",
        "vault_lock",
        "vault_status",
        "emotion_start",
        "emotion_stop",
    ];
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri build script failed");
}
