//! The companion's settings: private mode, Gemini base URL and model, the person's country (crisis
//! lines), the names to redact, and the API key (OS keyring, or `MENTORA_GEMINI_API_KEY`).

use super::gemini::client::{self, Settings};
use crate::error::{Code, Result};
use crate::vault::repo::settings;
use crate::vault::Vault;
use zeroize::Zeroizing;

/// Vault setting: private mode (no network call at all).
pub const PRIVATE_MODE: &str = "chat.private_mode";
/// Vault setting: who answers: `gemini` (default), `device` (the local model), `local_server` (an
/// OpenAI-compatible server on this machine) or `off`.
pub const BACKEND: &str = "chat.backend";
/// Vault setting: the local server's base URL (loopback only).
pub const LOCAL_URL: &str = "chat.local_url";
/// Vault setting: the model name the local server knows.
pub const LOCAL_MODEL: &str = "chat.local_model";
/// Vault setting: Gemini model.
pub const MODEL: &str = "chat.model";
/// Vault setting: Gemini base URL.
pub const BASE_URL: &str = "chat.base_url";
/// Vault setting: ISO country code for crisis lines.
pub const COUNTRY: &str = "profile.country";
/// Vault setting: extra names of the person to redact (their profile name always is).
pub const NAMES: &str = "profile.names";
/// Vault setting: the person's explicit opt-in to send health data (check-in scores, moods, sleep,
/// sentiment and face readings, the stress level) to Gemini. Off by default.
pub const SHARE_HEALTH: &str = "privacy.share_health_data";
/// Environment variable that overrides the keyring's key (CI, scripted runs).
pub const KEY_ENV: &str = "MENTORA_GEMINI_API_KEY";

/// Who answers the person's messages.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Backend {
    /// Google's Gemini with the person's key (redacted; health data only by opt-in).
    #[default]
    Gemini,
    /// The model on this device: nothing leaves the machine; the only backend private mode allows.
    Device,
    /// An OpenAI-compatible server on this machine (Ollama, llama.cpp's server, LM Studio, Jan),
    /// over loopback only.
    LocalServer,
    /// No companion replies: messages are kept as a journal.
    Off,
}

impl Backend {
    /// Whether what it is given stays on this machine (the device, the local server).
    pub fn on_this_machine(self) -> bool {
        matches!(self, Backend::Device | Backend::LocalServer)
    }

    /// From the setting's text (unknown text: the default).
    pub fn parse(s: &str) -> Backend {
        match s {
            "device" => Backend::Device,
            "local_server" => Backend::LocalServer,
            "off" => Backend::Off,
            _ => Backend::Gemini,
        }
    }
}

/// Everything a send needs besides the vault.
#[derive(Clone)]
pub struct ChatConfig {
    /// No network call at all.
    pub private_mode: bool,
    /// Who answers.
    pub backend: Backend,
    /// The API key, if one is set.
    pub key: Option<Zeroizing<String>>,
    /// Where and how to call Gemini.
    pub gemini: Settings,
    /// Where the local server is and which of its models answers.
    pub local: super::openai::client::Settings,
    /// ISO country code for the crisis card.
    pub country: String,
    /// The person's names, redacted before sending.
    pub names: Vec<String>,
    /// Conversation history budget in tokens (about 4 characters each).
    pub token_budget: usize,
    /// The person opted in to sending health data (moods, scores, readings) to Gemini.
    pub share_health: bool,
    /// The on-device model, when it is the companion (it writes the summaries too).
    pub device: Option<std::sync::Arc<super::device::DeviceLlm>>,
    /// The language the companion answers in and its built-in lines are written in (the window's;
    /// the environment's for the command line).
    pub lang: &'static str,
}

impl std::fmt::Debug for ChatConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChatConfig")
            .field("private_mode", &self.private_mode)
            .field("backend", &self.backend)
            .field("key", &self.key.as_ref().map(|_| "<set>"))
            .field("gemini", &self.gemini)
            .field("local", &self.local)
            .field("country", &self.country)
            .field("share_health", &self.share_health)
            .field("lang", &self.lang)
            .finish()
    }
}

impl Default for ChatConfig {
    fn default() -> Self {
        ChatConfig {
            private_mode: false,
            backend: Backend::Gemini,
            key: None,
            gemini: Settings::default(),
            local: Default::default(),
            country: "US".into(),
            names: Vec::new(),
            token_budget: 6000,
            share_health: false,
            device: None,
            lang: crate::i18n::language(),
        }
    }
}

/// The API key: `MENTORA_GEMINI_API_KEY` if set, else the keyring's (None when neither has one or the
/// keyring cannot be reached).
pub fn api_key() -> Option<Zeroizing<String>> {
    if let Some(k) = std::env::var_os(KEY_ENV).filter(|k| !k.is_empty()) {
        return Some(Zeroizing::new(k.to_string_lossy().into_owned()));
    }
    crate::secrets::gemini_key()
        .ok()
        .flatten()
        .map(Zeroizing::new)
}

/// The profile's country for crisis lines, read without touching the keyring: the one the person
/// chose, else the region of the system's locale (`de_DE.UTF-8` → DE), else US.
pub fn country(vault: &Vault) -> Result<String> {
    vault.with_conn(|c| {
        Ok(settings::get(c, COUNTRY)?
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_else(default_country))
    })
}

/// The country when the person chose none: the region of the first of `LC_ALL`, `LC_TELEPHONE`,
/// `LC_ADDRESS`, `LANG` that names one (so a person in Germany who never opened Settings is shown
/// Germany's line first, not the United States'), else US.
pub fn default_country() -> String {
    country_from(|k| std::env::var(k).ok())
}

/// [`default_country`] over any environment.
pub fn country_from(get: impl Fn(&str) -> Option<String>) -> String {
    ["LC_ALL", "LC_TELEPHONE", "LC_ADDRESS", "LANG"]
        .iter()
        .filter_map(|k| get(k).filter(|v| !v.is_empty()))
        .find_map(|v| {
            // language[_REGION][.codeset][@modifier]
            let base = v.split(['.', '@']).next().unwrap_or_default().to_string();
            let region = base.split_once('_')?.1.to_string();
            (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic()))
                .then(|| region.to_ascii_uppercase())
        })
        .unwrap_or_else(|| "US".into())
}

impl ChatConfig {
    /// Reads the settings from the vault and the key from the environment or keyring.
    pub fn load(vault: &Vault) -> Result<ChatConfig> {
        let mut cfg = vault.with_conn(|c| {
            let get = |k: &str| settings::get(c, k);
            let mut cfg = ChatConfig {
                private_mode: get(PRIVATE_MODE)?
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
                ..Default::default()
            };
            if let Some(b) = get(BACKEND)?.and_then(|v| v.as_str().map(Backend::parse)) {
                cfg.backend = b;
            }
            if let Some(m) = get(MODEL)?.and_then(|v| v.as_str().map(str::to_string)) {
                cfg.gemini.model = m;
            }
            if let Some(u) = get(BASE_URL)?.and_then(|v| v.as_str().map(str::to_string)) {
                cfg.gemini.base_url = u;
            }
            if let Some(u) = get(LOCAL_URL)?.and_then(|v| v.as_str().map(str::to_string)) {
                cfg.local.base_url = u;
            }
            if let Some(m) = get(LOCAL_MODEL)?.and_then(|v| v.as_str().map(str::to_string)) {
                cfg.local.model = m;
            }
            cfg.country = get(COUNTRY)?
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_else(default_country);
            cfg.share_health = get(SHARE_HEALTH)?
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            if let Some(names) =
                get(NAMES)?.and_then(|v| serde_json::from_value::<Vec<String>>(v).ok())
            {
                cfg.names = names;
            }
            Ok(cfg)
        })?;
        cfg.names.push(vault.profile().name.clone());
        if !cfg.private_mode && cfg.backend == Backend::Gemini {
            cfg.key = api_key();
        }
        Ok(cfg)
    }

    /// A Gemini client, or why there is none.
    pub fn client(&self) -> Result<client::Gemini> {
        if self.private_mode {
            return Err(crate::Error::new(
                Code::ChatPrivateMode,
                "private mode is on: nothing is sent",
            ));
        }
        match &self.key {
            Some(k) => client::Gemini::new(self.gemini.clone(), k),
            None => Err(crate::Error::new(
                Code::ChatNoKey,
                "no Gemini API key is set: the companion works offline only (add a key in settings or with `mentora key set`)",
            )),
        }
    }

    /// A client for the local server, or why there is none (private mode: no connection at all,
    /// not even on this machine; an address that is not loopback).
    pub fn local_client(&self) -> Result<super::openai::client::LocalServer> {
        if self.private_mode {
            return Err(crate::Error::new(
                Code::ChatPrivateMode,
                "private mode is on: only the model on this device answers, nothing is sent (not even to a server on this machine)",
            ));
        }
        super::openai::client::LocalServer::new(self.local.clone())
    }

    /// "Test key": one tiny generateContent call with the current key and model; the message says
    /// which model answered.
    pub fn test_key(&self) -> Result<String> {
        use super::gemini::protocol::{Content, GenerationConfig, Request};
        let req = Request {
            system_instruction: Content::text(None, "Answer with one word."),
            contents: vec![Content::text(Some("user"), "Say OK.")],
            generation_config: GenerationConfig {
                temperature: 0.0,
                top_p: 1.0,
                top_k: 1,
                candidate_count: 1,
                max_output_tokens: 16,
            },
            safety_settings: Vec::new(),
        };
        self.client()?.generate(&req)?;
        Ok(format!("The key works with {}.", self.gemini.model))
    }
}
