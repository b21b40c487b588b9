//! Shared by the IPC tests: the models folder, a mock window, and one invoke with the JSON reply.
#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

/// This checkout's models folder.
pub fn models() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .join("models")
}

/// A mock app whose state keeps profiles under `data`, with these commands, and its main window.
pub fn app_with(
    data: &Path,
    handler: impl Fn(tauri::ipc::Invoke<MockRuntime>) -> bool + Send + Sync + 'static,
) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let state =
        mentora_app::state::AppState::new(None, Some(models())).with_data_dir(data.to_path_buf());
    let app = tauri::test::mock_builder()
        .manage(state)
        .invoke_handler(handler)
        .build(tauri::test::mock_context(tauri::test::noop_assets()))
        .unwrap();
    let w = window(&app);
    (app, w)
}

/// The app's main window (mock runtime).
pub fn window(app: &tauri::App<MockRuntime>) -> WebviewWindow<MockRuntime> {
    tauri::WebviewWindowBuilder::new(app, "main", Default::default())
        .build()
        .unwrap()
}

/// Invokes `cmd` as the window would; Ok is the reply, Err the `{code, message}` JSON.
pub fn call_body(
    w: &WebviewWindow<MockRuntime>,
    cmd: &str,
    body: InvokeBody,
) -> Result<Value, Value> {
    get_ipc_response(
        w,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body,
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

/// [`call_body`] with JSON arguments.
pub fn call(w: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    call_body(w, cmd, InvokeBody::Json(args))
}
