//! Settings: the companion, auto-lock, the sentiment model, the Gemini key, models' status and install
//! (progress as `models://progress` events), export and delete-all.

use super::{emitter, run, shown};
use mentora::api::models::{self, InstallProgress, ModelsStatus};
use mentora::api::settings::{self, AppSettings};
use mentora::api::{data, events, profile, App};
use mentora::text::catalog::InstalledModel;
use mentora::Result;
use tauri::{AppHandle, Runtime, State};

/// The on-device companion model: file, size, loaded, answers so far, free memory.
#[tauri::command]
pub async fn llm_status(state: State<'_, App>) -> Result<mentora::api::llm::LlmStatus> {
    run(&state, mentora::api::llm::status).await
}

/// The on-device models (size, context length, measured speed) and which size suits this machine.
#[tauri::command]
pub async fn llm_models(state: State<'_, App>) -> Result<mentora::api::llm::LlmModels> {
    run(&state, mentora::api::llm::models).await
}

/// Adds an on-device model (GGUF) from a file or an https URL with its sha256; progress arrives as
/// `models://progress` events.
#[tauri::command]
pub async fn llm_install<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, App>,
    source: String,
    id: Option<String>,
    sha256: Option<String>,
) -> Result<mentora::chat::llm_catalog::LlmModel> {
    let req = mentora::chat::llm_catalog::InstallRequest { id, source, sha256 };
    let mut emit = throttled(emitter(app, events::MODELS_PROGRESS));
    run(&state, move |a| {
        mentora::api::llm::install(a, &req, &mut emit)
    })
    .await
}

/// Removes an added on-device model.
#[tauri::command]
pub async fn llm_remove(state: State<'_, App>, id: String) -> Result<()> {
    run(&state, move |a| mentora::api::llm::remove(a, &id)).await
}

/// The settings.
#[tauri::command]
pub async fn settings_get(state: State<'_, App>) -> Result<AppSettings> {
    run(&state, settings::get).await
}

/// Checks and saves the settings.
#[tauri::command]
pub async fn settings_set(state: State<'_, App>, settings: AppSettings) -> Result<AppSettings> {
    run(&state, move |a| settings::set(a, &settings)).await
}

/// Stores the Gemini API key in the OS keyring (never in the vault).
#[tauri::command]
pub async fn gemini_key_set(state: State<'_, App>, key: String) -> Result<()> {
    run(&state, move |_| settings::key_set(&key)).await
}

/// Removes the Gemini API key from the keyring.
#[tauri::command]
pub async fn gemini_key_remove(state: State<'_, App>) -> Result<()> {
    run(&state, |_| settings::key_remove()).await
}

/// Tries the key with the current model: one tiny request.
#[tauri::command]
pub async fn gemini_key_test(state: State<'_, App>) -> Result<String> {
    run(&state, settings::key_test).await
}

/// Every model file's checksum verdict and the sentiment models available.
#[tauri::command]
pub async fn models_status(state: State<'_, App>) -> Result<ModelsStatus> {
    run(&state, models::status).await
}

/// Installs a sentiment model from a local file or an https URL (with both checksums); progress arrives as `models://progress` events.
#[tauri::command]
pub async fn models_install<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, App>,
    source: String,
    id: String,
    sha256: Option<String>,
    tokenizer_sha256: Option<String>,
) -> Result<InstalledModel> {
    let (req, mut emit) = (
        models::request(id, source, sha256, tokenizer_sha256),
        throttled(emitter(app, events::MODELS_PROGRESS)),
    );
    run(&state, move |a| models::install(a, &req, &mut emit)).await
}

/// Passes on a progress step every MiB and at the end.
fn throttled(mut emit: impl FnMut(InstallProgress) + Send) -> impl FnMut(InstallProgress) + Send {
    let mut last = 0u64;
    move |p| {
        if p.done.saturating_sub(last) >= 1 << 20 || Some(p.done) == p.total {
            last = p.done;
            emit(p);
        }
    }
}

/// Writes the whole vault as JSON (re-importable) into the export folder; returns the path.
#[tauri::command]
pub async fn data_export(state: State<'_, App>) -> Result<String> {
    run(&state, |a| data::export_json_file(a).map(shown)).await
}

/// Deletes the open profile: vault, backups, keyring entry. `confirm` must be the profile's name.
#[tauri::command]
pub async fn profile_delete_all(state: State<'_, App>, confirm: String) -> Result<()> {
    run(&state, move |a| profile::delete_open(a, &confirm)).await
}
