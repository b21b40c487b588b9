//! Commands answer across IPC with the core's `{code, message}` JSON, never a bare string.

use crate::common;

use mentora_app::state::AppState;
use std::path::{Path, PathBuf};
use tauri::ipc::InvokeBody;
use tauri::test::{mock_builder, mock_context, noop_assets};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn corrupt_models() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for sub in ["face", "emotion"] {
        std::fs::create_dir_all(tmp.path().join(sub)).unwrap();
    }
    for f in [
        "manifest.json",
        "face/haarcascade_frontalface_default.xml",
        "emotion/fer_mini_xception.onnx",
    ] {
        std::fs::copy(repo().join("models").join(f), tmp.path().join(f)).unwrap();
    }
    let onnx = tmp.path().join("emotion/fer_mini_xception.onnx");
    let mut bytes = std::fs::read(&onnx).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0xff;
    std::fs::write(&onnx, bytes).unwrap();
    tmp
}

fn invoke(
    models: &Path,
    cmd: &str,
    body: InvokeBody,
) -> Result<serde_json::Value, serde_json::Value> {
    let app = mock_builder()
        .manage(AppState::new(None, Some(models.to_path_buf())))
        .invoke_handler(tauri::generate_handler![
            mentora_app::commands::doctor::doctor,
            mentora_app::commands::vision::analyze_image,
        ])
        .build(mock_context(noop_assets()))
        .expect("mock app builds");
    common::call_body(&common::window(&app), cmd, body)
}

#[test]
fn corrupt_model_error_crosses_ipc_as_code_and_message() {
    let models = corrupt_models();
    let photo = std::fs::read("/usr/share/doc/opencv-doc/examples/data/messi5.jpg")
        .expect("opencv-doc is installed by the README's setup");
    let err = invoke(models.path(), "analyze_image", InvokeBody::Raw(photo)).unwrap_err();
    assert_eq!(err["code"], "model.corrupt", "{err}");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .starts_with("model file emotion/fer_mini_xception.onnx is corrupt"),
        "{err}"
    );
    assert_eq!(
        err.as_object().unwrap().len(),
        2,
        "only code and message: {err}"
    );
}

#[test]
fn json_body_for_raw_command_is_input_invalid() {
    let err = invoke(
        &repo().join("models"),
        "analyze_image",
        InvokeBody::Json(serde_json::json!({"path": "/etc/passwd"})),
    )
    .unwrap_err();
    assert_eq!(err["code"], "input.invalid", "{err}");
}

#[test]
fn doctor_reports_the_corrupt_file_over_ipc() {
    let models = corrupt_models();
    let report = invoke(models.path(), "doctor", InvokeBody::default()).unwrap();
    let row = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["component"] == "model emotion/fer_mini_xception.onnx")
        .unwrap();
    assert_eq!(row["status"], "error");
    assert_eq!(row["code"], "model.corrupt");
}
