//! Settings: the companion (private mode, who answers, Gemini model and base URL, the local
//! server's address and model, country), auto-lock, the
//! sentiment model, sharing journal text with report summaries; the Gemini key in the OS keyring.
//! One validation for both front ends.

use super::App;
use crate::chat::config::{self as chat_cfg, ChatConfig};
use crate::chat::llm_catalog::{self, Choice};
use crate::error::{Error, Result};
use crate::text::catalog;
use crate::vault::repo::settings as repo;
use crate::vault::{validate, Stamp};
use serde::{Deserialize, Serialize};

/// What the settings screen shows and edits.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq, ts_rs::TS)]
pub struct AppSettings {
    /// No network call at all.
    pub private_mode: bool,
    /// Who answers: Gemini, the model on this device, a server on this machine, or nobody (private
    /// mode allows only the device).
    #[serde(default)]
    pub backend: chat_cfg::Backend,
    /// The local OpenAI-compatible server's base URL (loopback only).
    #[serde(default = "default_local_url")]
    pub local_url: String,
    /// The model name the local server knows.
    #[serde(default = "default_local_model")]
    pub local_model: String,
    /// The on-device model: `builtin` or an added model's id.
    #[serde(default = "default_llm_model")]
    pub llm_model: String,
    /// CPU threads for the on-device model (0 = half the cores, at most 8).
    #[serde(default)]
    pub llm_threads: u32,
    /// The on-device model's context window in tokens (512–32768).
    #[serde(default = "default_llm_n_ctx")]
    pub llm_n_ctx: u32,
    /// Gemini model.
    pub model: String,
    /// Gemini base URL.
    pub base_url: String,
    /// Country for crisis lines (two letters).
    pub country: String,
    /// Minutes idle before the vault locks (0 = never).
    pub auto_lock_minutes: u32,
    /// Sentiment model id.
    pub sentiment_model: String,
    /// Let Gemini read journal text for report summaries.
    pub share_journal_text: bool,
    /// Let Gemini see health data: check-in scores, moods, sleep, sentiment and face readings, the
    /// stress level (chat context and report summaries). Off until the person turns it on.
    #[serde(default)]
    pub share_health_data: bool,
    /// People in the person's life whose names are replaced before anything is sent.
    #[serde(default)]
    pub redact_names: Vec<String>,
    /// Whether a Gemini key is stored (read only).
    #[serde(default)]
    pub key_present: bool,
}

fn default_local_url() -> String {
    crate::chat::openai::client::DEFAULT_URL.into()
}

fn default_llm_model() -> String {
    llm_catalog::BUILTIN.into()
}

fn default_llm_n_ctx() -> u32 {
    llm_catalog::DEFAULT_N_CTX
}

fn default_local_model() -> String {
    crate::chat::openai::client::DEFAULT_MODEL.into()
}

/// A change from the CLI: only the fields given are changed.
#[derive(Debug, Clone, Default)]
pub struct Patch {
    /// Who answers.
    pub backend: Option<chat_cfg::Backend>,
    /// Gemini model.
    pub model: Option<String>,
    /// Gemini base URL.
    pub base_url: Option<String>,
    /// The local server's base URL.
    pub local_url: Option<String>,
    /// The local server's model name.
    pub local_model: Option<String>,
    /// The on-device model's id.
    pub llm_model: Option<String>,
    /// The on-device model's threads (0 = auto).
    pub llm_threads: Option<u32>,
    /// The on-device model's context window.
    pub llm_n_ctx: Option<u32>,
    /// Private mode.
    pub private_mode: Option<bool>,
    /// Country for crisis lines.
    pub country: Option<String>,
}

/// The Gemini base URL: Gemini's host over https, or a loopback address (see `chat::egress`).
pub fn check_base_url(url: &str) -> Result<()> {
    crate::chat::egress::check_base_url(url).map(|_| ())
}

/// The "people in my life" list: trimmed, blanks and repeats dropped, at most 200 names of 2 to 80
/// characters.
pub fn check_names(names: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for n in names {
        let n = n.trim();
        if n.is_empty() || out.iter().any(|o| o.eq_ignore_ascii_case(n)) {
            continue;
        }
        out.push(validate::text("redact_names", n, 2, 80)?);
    }
    if out.len() > 200 {
        return Err(Error::invalid("redact_names", "at most 200 names"));
    }
    Ok(out)
}

/// A two-letter country code.
pub fn check_country(cc: &str) -> Result<()> {
    if cc.len() == 2 && cc.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(())
    } else {
        Err(Error::invalid(
            "country",
            "a two-letter code such as US, GB, DE",
        ))
    }
}

/// The settings.
pub fn get(app: &App) -> Result<AppSettings> {
    let v = app.unlocked_vault()?;
    let cfg = ChatConfig::load(&v)?;
    let llm = Choice::load(&v)?;
    let share = v
        .with_conn(|c| repo::get(c, crate::reports::SHARE_JOURNAL))?
        .and_then(|x| x.as_bool())
        .unwrap_or(false);
    Ok(AppSettings {
        private_mode: cfg.private_mode,
        backend: cfg.backend,
        local_url: cfg.local.base_url,
        local_model: cfg.local.model,
        llm_model: llm.model,
        llm_threads: llm.threads,
        llm_n_ctx: llm.n_ctx,
        model: cfg.gemini.model,
        base_url: cfg.gemini.base_url,
        country: cfg.country,
        auto_lock_minutes: v.auto_lock_minutes(),
        sentiment_model: crate::text::scoring::chosen_model(&v)?,
        share_journal_text: share,
        share_health_data: cfg.share_health,
        redact_names: v
            .with_conn(|c| repo::get(c, chat_cfg::NAMES))?
            .and_then(|x| serde_json::from_value(x).ok())
            .unwrap_or_default(),
        key_present: chat_cfg::api_key().is_some(),
    })
}

/// Checks and saves every setting in one transaction; nothing is saved when one is invalid.
pub fn set(app: &App, s: &AppSettings) -> Result<AppSettings> {
    let v = app.unlocked_vault()?;
    check_base_url(&s.base_url)?;
    crate::chat::egress::check_local_server_url(&s.local_url)?;
    validate::text("local_model", &s.local_model, 1, 120)?;
    let llm = Choice {
        model: s.llm_model.trim().to_string(),
        threads: s.llm_threads,
        n_ctx: s.llm_n_ctx,
    };
    llm.check(&app.manifest()?, &app.data_dir()?)?;
    check_country(&s.country)?;
    validate::text("model", &s.model, 1, 80)?;
    catalog::resolve(&app.manifest()?, &app.data_dir()?, &s.sentiment_model)?;
    validate::range("auto_lock_minutes", s.auto_lock_minutes, 0, 24 * 60)?;
    let names = check_names(&s.redact_names)?;
    let changed_model = crate::text::scoring::chosen_model(&v)? != s.sentiment_model;
    v.with_conn(|c| {
        let at = Stamp::now();
        let tx = c.transaction()?;
        repo::set(
            &tx,
            chat_cfg::PRIVATE_MODE,
            &serde_json::json!(s.private_mode),
            &at,
        )?;
        repo::set(&tx, chat_cfg::BACKEND, &serde_json::json!(s.backend), &at)?;
        repo::set(
            &tx,
            chat_cfg::LOCAL_URL,
            &serde_json::json!(s.local_url.trim()),
            &at,
        )?;
        repo::set(
            &tx,
            chat_cfg::LOCAL_MODEL,
            &serde_json::json!(s.local_model.trim()),
            &at,
        )?;
        repo::set(
            &tx,
            llm_catalog::SETTING_MODEL,
            &serde_json::json!(llm.model),
            &at,
        )?;
        repo::set(
            &tx,
            llm_catalog::SETTING_THREADS,
            &serde_json::json!(llm.threads),
            &at,
        )?;
        repo::set(
            &tx,
            llm_catalog::SETTING_N_CTX,
            &serde_json::json!(llm.n_ctx),
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
            crate::reports::SHARE_JOURNAL,
            &serde_json::json!(s.share_journal_text),
            &at,
        )?;
        repo::set(
            &tx,
            chat_cfg::SHARE_HEALTH,
            &serde_json::json!(s.share_health_data),
            &at,
        )?;
        repo::set(&tx, chat_cfg::NAMES, &serde_json::json!(names), &at)?;
        tx.commit()?;
        Ok(())
    })?;
    v.set_auto_lock_minutes(s.auto_lock_minutes)?;
    if changed_model {
        app.reset_engines();
    }
    tracing::info!("settings saved");
    get(app)
}

/// Changes only the fields of `p` (the CLI's `chat settings`), with the same checks as [`set`].
pub fn patch(app: &App, p: &Patch) -> Result<AppSettings> {
    let mut s = get(app)?;
    if let Some(m) = &p.model {
        s.model = m.clone();
    }
    if let Some(u) = &p.base_url {
        s.base_url = u.clone();
    }
    if let Some(u) = &p.local_url {
        s.local_url = u.clone();
    }
    if let Some(m) = &p.local_model {
        s.local_model = m.clone();
    }
    if let Some(m) = &p.llm_model {
        s.llm_model = m.clone();
    }
    if let Some(t) = p.llm_threads {
        s.llm_threads = t;
    }
    if let Some(n) = p.llm_n_ctx {
        s.llm_n_ctx = n;
    }
    if let Some(on) = p.private_mode {
        s.private_mode = on;
    }
    if let Some(b) = p.backend {
        s.backend = b;
    }
    if let Some(cc) = &p.country {
        s.country = cc.clone();
    }
    set(app, &s)
}

/// Stores the Gemini API key in the OS keyring (never in the vault).
pub fn key_set(key: &str) -> Result<()> {
    crate::secrets::set_gemini_key(key.trim())
}

/// Removes the Gemini API key from the keyring.
pub fn key_remove() -> Result<()> {
    crate::secrets::remove_gemini_key()
}

/// "Test key": one tiny request with the open profile's settings.
pub fn key_test(app: &App) -> Result<String> {
    app.chat_config()?.test_key()
}

/// "Test key" without a profile (the CLI's `key test [--base-url U] [--model M]`): the defaults,
/// with the same checks as the settings.
pub fn key_test_with(base_url: Option<&str>, model: Option<&str>) -> Result<String> {
    let mut cfg = ChatConfig {
        key: chat_cfg::api_key(),
        ..Default::default()
    };
    if let Some(u) = base_url {
        check_base_url(u)?;
        cfg.gemini.base_url = u.trim().to_string();
    }
    if let Some(m) = model {
        validate::text("model", m, 1, 80)?;
        cfg.gemini.model = m.trim().to_string();
    }
    cfg.test_key()
}
