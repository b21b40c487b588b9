//! What the shell keeps between commands: where resources are, and the loaded vision engine.

use mentora::chat::ratelimit::RateLimiter;
use mentora::chat::{ChatConfig, Companion};
use mentora::models::{CheckResult, Manifest};
use mentora::text::SentimentModel;
use mentora::vault::{Profiles, Vault};
use mentora::vision::capture::Capture;
use mentora::vision::tracking::Tracking;
use mentora::vision::VisionEngine;
use mentora::{doctor, runtime, Code, Error, Result};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Shared app state.
#[derive(Clone)]
pub struct AppState {
    /// The installed app's resource folder.
    pub install_dir: Option<PathBuf>,
    /// `--models-dir` from the command line.
    pub models_dir: Option<PathBuf>,
    /// The cascade + CNN, loaded on first use.
    vision: Arc<Mutex<Option<Arc<Mutex<VisionEngine>>>>>,
    /// The running camera capture, if any.
    capture: Arc<Mutex<Option<Capture>>>,
    /// The open profile's vault.
    vault: Arc<Mutex<Option<Arc<Vault>>>>,
    /// The running emotion session, if any.
    tracking: Arc<Mutex<Option<Tracking>>>,
    /// Data dir override (tests).
    pub data_dir: Option<PathBuf>,
    /// The sentiment model, loaded on first use and shared by every kind of text.
    sentiment: Arc<Mutex<Option<Arc<Mutex<SentimentModel>>>>>,
    /// The companion (rate limit shared by every send).
    companion: Arc<Mutex<Option<Arc<Companion>>>>,
    /// The chat that has a conversation open (its session is summarized when the window closes).
    pub open_chat: Arc<Mutex<Option<i64>>>,
}

impl AppState {
    /// New state; nothing is loaded yet.
    pub fn new(install_dir: Option<PathBuf>, models_dir: Option<PathBuf>) -> Self {
        Self {
            install_dir,
            models_dir,
            vision: Arc::new(Mutex::new(None)),
            capture: Arc::new(Mutex::new(None)),
            vault: Arc::new(Mutex::new(None)),
            tracking: Arc::new(Mutex::new(None)),
            data_dir: None,
            sentiment: Arc::new(Mutex::new(None)),
            companion: Arc::new(Mutex::new(None)),
            open_chat: Arc::new(Mutex::new(None)),
        }
    }

    /// The same state with profiles kept under `dir` instead of the default data dir.
    pub fn with_data_dir(mut self, dir: PathBuf) -> Self {
        self.data_dir = Some(dir);
        self
    }

    /// Doctor options for this install.
    pub fn doctor_options(&self) -> doctor::Options {
        doctor::Options {
            models_dir: self.models_dir.clone(),
            install_dir: self.install_dir.clone(),
        }
    }

    /// The model manifest this app uses.
    pub fn manifest(&self) -> Result<Manifest> {
        Manifest::find(self.models_dir.as_deref(), self.install_dir.as_deref())
    }

    /// Checks every model's checksum at start and logs each problem by file name; the window opens
    /// regardless, and shows the same problems in its system check.
    pub fn verify_models_in_background(&self) {
        let me = self.clone();
        std::thread::spawn(move || match me.manifest() {
            Ok(m) => {
                for c in m.verify_all() {
                    if let CheckResult::Failed { error } = c.result {
                        eprintln!("mentora: {} [{}]", error.message(), error.code());
                    }
                }
            }
            Err(e) => eprintln!("mentora: {} [{}]", e.message(), e.code()),
        });
    }

    /// The vision engine, loaded on first use (a failed load is retried next time).
    pub fn shared_vision(&self) -> Result<Arc<Mutex<VisionEngine>>> {
        let mut guard = self.vision.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(e) = guard.as_ref() {
            return Ok(e.clone());
        }
        runtime::init(self.install_dir.as_deref())?;
        let engine = Arc::new(Mutex::new(VisionEngine::load(&self.manifest()?)?));
        *guard = Some(engine.clone());
        Ok(engine)
    }

    /// Runs `f` with the vision engine.
    pub fn with_vision<T>(&self, f: impl FnOnce(&mut VisionEngine) -> Result<T>) -> Result<T> {
        let engine = self.shared_vision()?;
        let mut e = engine.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut e)
    }

    /// True while a capture thread runs.
    pub fn capture_running(&self) -> bool {
        let g = self.capture.lock().unwrap_or_else(|p| p.into_inner());
        g.as_ref().is_some_and(Capture::is_running)
    }

    /// Keeps a started capture.
    pub fn set_capture(&self, c: Capture) {
        *self.capture.lock().unwrap_or_else(|p| p.into_inner()) = Some(c);
    }

    /// Stops the capture, if any.
    pub fn stop_capture(&self) {
        let c = self
            .capture
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(c) = c {
            c.stop();
        }
    }

    /// The profiles of this app's data dir.
    pub fn profiles(&self) -> Result<Profiles> {
        match &self.data_dir {
            Some(d) => Ok(Profiles::new(d)),
            None => Profiles::open_default(),
        }
    }

    /// The open vault (locked or not).
    pub fn vault(&self) -> Option<Arc<Vault>> {
        self.vault.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The open vault, or `vault.locked`.
    pub fn unlocked_vault(&self) -> Result<Arc<Vault>> {
        self.vault()
            .filter(|v| !v.is_locked())
            .ok_or_else(|| Error::new(Code::VaultLocked, "the vault is locked; unlock it first"))
    }

    /// Replaces the open vault.
    pub fn set_vault(&self, v: Option<Arc<Vault>>) {
        *self.vault.lock().unwrap_or_else(|p| p.into_inner()) = v;
    }

    /// Stops any emotion session and locks the vault.
    pub fn lock_vault(&self) {
        if let Some(t) = self.take_tracking() {
            let _ = t.stop();
        }
        if let Some(v) = self.vault() {
            v.lock();
        }
    }

    /// Auto-lock: locks when the profile's idle time has passed; true if it locked just now.
    pub fn tick(&self) -> bool {
        match self.vault() {
            Some(v) if !v.is_locked() && v.tick() => {
                self.lock_vault();
                true
            }
            _ => false,
        }
    }

    /// True while an emotion session runs.
    pub fn tracking_running(&self) -> bool {
        let g = self.tracking.lock().unwrap_or_else(|p| p.into_inner());
        g.as_ref().is_some_and(Tracking::is_running)
    }

    /// Keeps a started session.
    pub fn set_tracking(&self, t: Tracking) {
        *self.tracking.lock().unwrap_or_else(|p| p.into_inner()) = Some(t);
    }

    /// Takes the session out, to stop it.
    pub fn take_tracking(&self) -> Option<Tracking> {
        self.tracking
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
    }

    /// The data dir (profiles, installed models).
    pub fn data_dir(&self) -> Result<PathBuf> {
        match &self.data_dir {
            Some(d) => Ok(d.clone()),
            None => mentora::vault::profiles::default_data_dir(),
        }
    }

    /// The profile's chosen sentiment model, loaded on first use (None if it cannot load: text is
    /// then saved unscored and scored later).
    pub fn sentiment(&self) -> Option<Arc<Mutex<SentimentModel>>> {
        let mut g = self.sentiment.lock().unwrap_or_else(|p| p.into_inner());
        if g.is_none() {
            let loaded = runtime::init(self.install_dir.as_deref()).and_then(|_| {
                let m = self.manifest()?;
                let id = match self.unlocked_vault() {
                    Ok(v) => mentora::text::scoring::chosen_model(&v)?,
                    Err(_) => mentora::text::DEFAULT_MODEL.to_string(),
                };
                let spec = mentora::text::catalog::resolve(&m, &self.data_dir()?, &id)?;
                SentimentModel::load(&spec, 1)
            });
            match loaded {
                Ok(m) => *g = Some(Arc::new(Mutex::new(m))),
                Err(e) => eprintln!(
                    "mentora: sentiment is off for now: {} [{}]",
                    e.message(),
                    e.code()
                ),
            }
        }
        g.clone()
    }

    /// Forgets the loaded sentiment model (after the model setting changed).
    pub fn reset_sentiment(&self) {
        *self.sentiment.lock().unwrap_or_else(|p| p.into_inner()) = None;
        *self.companion.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// The companion.
    pub fn companion(&self) -> Arc<Companion> {
        let mut g = self.companion.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(c) = g.as_ref() {
            return c.clone();
        }
        let c = Arc::new(Companion::new(RateLimiter::default(), self.sentiment()));
        *g = Some(c.clone());
        c
    }

    /// The open vault's chat settings and key.
    pub fn chat_config(&self) -> Result<ChatConfig> {
        ChatConfig::load(&*self.unlocked_vault()?)
    }

    /// After an unlock: scores, in the background, every row that has no sentiment score yet.
    pub fn backfill_in_background(&self) {
        let me = self.clone();
        std::thread::spawn(move || {
            let (Ok(v), Some(m)) = (me.unlocked_vault(), me.sentiment()) else {
                return;
            };
            let mut m = m.lock().unwrap_or_else(|p| p.into_inner());
            if let Err(e) = mentora::text::scoring::backfill(&v, &mut m, |_| {}) {
                eprintln!(
                    "mentora: scoring older entries stopped: {} [{}]",
                    e.message(),
                    e.code()
                );
            }
        });
    }
}
