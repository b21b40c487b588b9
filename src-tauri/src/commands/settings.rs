//! Settings: the companion (private mode, Gemini model and base URL, key in the OS keyring, country),
//! auto-lock, the sentiment model, models' status and install with progress, export and delete-all.

use crate::state::AppState;
use mentora::chat::config as chat_cfg;
use mentora::models::FileCheck;
use mentora::text::{catalog, install};
use mentora::vault::repo::settings as repo;
use mentora::vault::Stamp;
use mentora::{Code, Error, Result};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Runtime};

/// Event with model-install progress.
pub const INSTALL_EVENT: &str = "models://progress";

/// What the settings screen shows and edits.
#[derive(Debug, Serialize, Deserialize, Default)]
pub struct AppSettings {
    /// No network call at all.
    pub private_mode: bool,
    /// Gemini model.
    pub model: String,
    /// Gemini base URL.
    pub base_url: String,
    /// Country for crisis lines.
    pub country: String,
    /// Minutes idle before the vault locks (0 = never).
    pub auto_lock_minutes: u32,
    /// Sentiment model id.
    pub sentiment_model: String,
    /// Let Gemini read journal text for report summaries.
    pub share_journal_text: bool,
    /// Whether a Gemini key is stored (read only).
    #[serde(default)]
    pub key_present: bool,
}

/// The settings.
#[tauri::command]
pub async fn settings_get(state: tauri::State<'_, AppState>) -> Result<AppSettings> {
    let state = state.inner().clone();
    super::blocking(move || {
        let v = state.unlocked_vault()?;
        let cfg = chat_cfg::ChatConfig::load(&v)?;
        let share = v
            .with_conn(|c| repo::get(c, mentora::reports::SHARE_JOURNAL))?
            .and_then(|x| x.as_bool())
            .unwrap_or(false);
        Ok(AppSettings {
            private_mode: cfg.private_mode,
            model: cfg.gemini.model,
            base_url: cfg.gemini.base_url,
            country: cfg.country,
            auto_lock_minutes: v.auto_lock_minutes(),
            sentiment_model: mentora::text::scoring::chosen_model(&v)?,
            share_journal_text: share,
            key_present: chat_cfg::api_key().is_some(),
        })
    })
    .await
}

/// Saves the settings.
#[tauri::command]
pub async fn settings_set(
    state: tauri::State<'_, AppState>,
    settings: AppSettings,
) -> Result<AppSettings> {
    let st = state.inner().clone();
    let s = settings;
    super::blocking(move || {
        let v = st.unlocked_vault()?;
        if !(s.base_url.starts_with("https://")
            || s.base_url.starts_with("http://127.0.0.1")
            || s.base_url.starts_with("http://localhost"))
        {
            return Err(Error::invalid(
                "base_url",
                "https://…, or http:// on this machine only",
            ));
        }
        if s.country.len() != 2 || !s.country.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(Error::invalid(
                "country",
                "a two-letter code such as US, GB, DE",
            ));
        }
        mentora::vault::validate::text("model", &s.model, 1, 80)?;
        catalog::resolve(&st.manifest()?, &st.data_dir()?, &s.sentiment_model)?;
        v.set_auto_lock_minutes(s.auto_lock_minutes)?;
        let changed_model = mentora::text::scoring::chosen_model(&v)? != s.sentiment_model;
        v.with_conn(|c| {
            let at = Stamp::now();
            let tx = c.transaction()?;
            repo::set(
                &tx,
                chat_cfg::PRIVATE_MODE,
                &serde_json::json!(s.private_mode),
                &at,
            )?;
            repo::set(
                &tx,
                chat_cfg::MODEL,
                &serde_json::json!(s.model.trim()),
                &at,
            )?;
            repo::set(
                &tx,
                chat_cfg::BASE_URL,
                &serde_json::json!(s.base_url.trim()),
                &at,
            )?;
            repo::set(
                &tx,
                chat_cfg::COUNTRY,
                &serde_json::json!(s.country.to_ascii_uppercase()),
                &at,
            )?;
            repo::set(
                &tx,
                catalog::SETTING,
                &serde_json::json!(s.sentiment_model),
                &at,
            )?;
            repo::set(
                &tx,
                mentora::reports::SHARE_JOURNAL,
                &serde_json::json!(s.share_journal_text),
                &at,
            )?;
            tx.commit()?;
            Ok(())
        })?;
        if changed_model {
            st.reset_sentiment();
        }
        Ok(AppSettings {
            key_present: chat_cfg::api_key().is_some(),
            ..s
        })
    })
    .await
}

/// Stores the Gemini API key in the OS keyring (never in the vault).
#[tauri::command]
pub async fn gemini_key_set(key: String) -> Result<()> {
    super::blocking(move || mentora::secrets::set_gemini_key(&key)).await
}

/// Removes the Gemini API key from the keyring.
#[tauri::command]
pub async fn gemini_key_remove() -> Result<()> {
    super::blocking(mentora::secrets::remove_gemini_key).await
}

/// Tries the key with the current model: one tiny request.
#[tauri::command]
pub async fn gemini_key_test(state: tauri::State<'_, AppState>) -> Result<String> {
    let state = state.inner().clone();
    super::blocking(move || state.chat_config()?.test_key()).await
}

/// Model files and sentiment models.
#[derive(Serialize)]
pub struct ModelsStatus {
    files: Vec<FileCheck>,
    sentiment: Vec<catalog::ModelInfo>,
}

/// Every model file's checksum verdict and the sentiment models available.
#[tauri::command]
pub async fn models_status(state: tauri::State<'_, AppState>) -> Result<ModelsStatus> {
    let state = state.inner().clone();
    super::blocking(move || {
        let m = state.manifest()?;
        Ok(ModelsStatus {
            files: m.verify_all(),
            sentiment: catalog::list(Some(&m), &state.data_dir()?),
        })
    })
    .await
}

/// Progress of an install, as sent to the window.
#[derive(Clone, Serialize)]
struct InstallProgress {
    file: String,
    done: u64,
    total: Option<u64>,
}

/// Installs a sentiment model from a path or URL; progress arrives as `models://progress` events.
#[tauri::command]
pub async fn models_install<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    source: String,
    id: String,
    sha256: Option<String>,
) -> Result<catalog::InstalledModel> {
    let state = state.inner().clone();
    super::blocking(move || {
        let req = install::Request {
            id,
            model: source,
            tokenizer: None,
            sha256: sha256.filter(|s| !s.trim().is_empty()),
            tokenizer_sha256: None,
        };
        let mut last = 0u64;
        install::install(&state.data_dir()?, &req, &mut |p| {
            if p.done - last.min(p.done) >= 1 << 20 || Some(p.done) == p.total {
                last = p.done;
                let _ = app.emit(
                    INSTALL_EVENT,
                    InstallProgress {
                        file: p.file.into(),
                        done: p.done,
                        total: p.total,
                    },
                );
            }
        })
    })
    .await
}

/// Writes the whole vault as JSON (re-importable) into the export folder; returns the path.
#[tauri::command]
pub async fn data_export(state: tauri::State<'_, AppState>) -> Result<String> {
    let state = state.inner().clone();
    super::blocking(move || {
        let v = state.unlocked_vault()?;
        let json = v.with_conn(|c| mentora::wellness::export::export_json(c))?;
        let name = format!(
            "mentora-{}-{}.json",
            v.profile()
                .name
                .replace(|c: char| !c.is_alphanumeric(), "_"),
            Stamp::now().date_str()
        );
        let path = super::report::export_dir(&state)?.join(name);
        mentora::vault::profiles::write_atomic(&path, json.as_bytes())?;
        Ok(path.display().to_string())
    })
    .await
}

/// Deletes the open profile: vault, backups, keyring entry. `confirm` must be the profile's name.
#[tauri::command]
pub async fn profile_delete_all(state: tauri::State<'_, AppState>, confirm: String) -> Result<()> {
    let state = state.inner().clone();
    super::blocking(move || {
        let v = state.unlocked_vault()?;
        if confirm.trim() != v.profile().name {
            return Err(Error::new(
                Code::InvalidInput,
                "confirm: type the profile's name exactly to delete it",
            ));
        }
        let p = v.profile().clone();
        state.lock_vault();
        state.set_vault(None);
        state.profiles()?.delete(&p)
    })
    .await
}
