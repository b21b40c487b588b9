//! [`App`]: what lives between a person's actions (paths, the open vault, engines loaded on first use,
//! the camera), shared by every use case of both front ends.
//!
//! Lock order. Every slot below is a leaf lock: it is held only to clone or replace what it holds,
//! never while calling into a vault, a model or the network, and never together with another slot.
//! Engines are loaded with no lock held (two racing first uses may both load; one result is kept).
//! Below the slots: a model's own mutex may be held while the vault's connection lock is taken
//! (scoring writes its result), never the other way round (nothing takes a model inside `with_conn`).
//! The crisis encoder (`semantic`) keeps its session's mutex inside and holds it only while it runs.

use crate::chat::ratelimit::RateLimiter;
use crate::chat::{ChatConfig, Companion};
use crate::models::Manifest;
use crate::text::SentimentModel;
use crate::vault::{Profiles, Vault};
use crate::vision::capture::Capture;
use crate::vision::tracking::Tracking;
use crate::vision::VisionEngine;
use crate::{doctor, runtime, Code, Error, Result};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

/// Where things are: `None` means the default place.
#[derive(Debug, Clone, Default)]
pub struct Paths {
    /// Profiles and installed models (default `$XDG_DATA_HOME/mentora` or `MENTORA_DATA_DIR`).
    pub data_dir: Option<PathBuf>,
    /// The models folder with `manifest.json` (`--models-dir`).
    pub models_dir: Option<PathBuf>,
    /// The installed app's resource folder.
    pub install_dir: Option<PathBuf>,
}

/// A shared model behind its own lock.
pub type Shared<T> = Arc<Mutex<T>>;

#[derive(Default)]
struct Inner {
    paths: Paths,
    background: bool,
    vault: Mutex<Option<Arc<Vault>>>,
    sentiment: Mutex<Option<Shared<SentimentModel>>>,
    semantic: Mutex<Option<Arc<crate::safety::semantic::Semantic>>>,
    vision: Mutex<Option<Shared<VisionEngine>>>,
    companion: Mutex<Option<Arc<Companion>>>,
    /// The Gemini rate limit, kept for the whole process (companions come and go with their models).
    limiter: Shared<RateLimiter>,
    /// When the sentiment model, the semantic layer or the vision engine was last asked for.
    engines_used: Mutex<Option<std::time::Instant>>,
    device: Mutex<Option<Arc<crate::chat::device::DeviceLlm>>>,
    capture: Mutex<Option<Capture>>,
    tracking: Mutex<Option<Tracking>>,
    voice: Mutex<Option<crate::voice::session::VoiceRun>>,
    /// Held through a voice session's whole start (two starts, or a start and a lock, never interleave).
    voice_start: Mutex<()>,
    open_chat: Mutex<Option<i64>>,
    reminders: Mutex<super::reminders::State>,
    /// The window's language, once it said (reports and the companion's lines are written in it).
    language: Mutex<Option<&'static str>>,
}

/// The state both front ends hold; cheap to clone (one `Arc`).
#[derive(Clone, Default)]
pub struct App(Arc<Inner>);

/// Locks a slot, taking it over if a panicking thread left it poisoned (the data is plain state).
pub fn slot<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl App {
    /// New state for the window: nothing loaded yet; older text is scored in the background after
    /// each unlock.
    pub fn new(install_dir: Option<PathBuf>, models_dir: Option<PathBuf>) -> Self {
        Self::with_paths(
            Paths {
                install_dir,
                models_dir,
                data_dir: None,
            },
            true,
        )
    }

    /// New state with these paths; `background` runs after-unlock work on a thread (the window),
    /// off for a short-lived CLI process.
    pub fn with_paths(paths: Paths, background: bool) -> Self {
        App(Arc::new(Inner {
            paths,
            background,
            ..Default::default()
        }))
    }

    /// The same paths with profiles kept under `dir` (tests). Only before first use.
    pub fn with_data_dir(self, dir: PathBuf) -> Self {
        let mut paths = self.0.paths.clone();
        paths.data_dir = Some(dir);
        Self::with_paths(paths, self.0.background)
    }

    /// The paths.
    pub fn paths(&self) -> &Paths {
        &self.0.paths
    }

    /// Doctor options for this install.
    pub fn doctor_options(&self) -> doctor::Options {
        doctor::Options {
            models_dir: self.0.paths.models_dir.clone(),
            install_dir: self.0.paths.install_dir.clone(),
        }
    }

    /// The model manifest this app uses.
    pub fn manifest(&self) -> Result<Manifest> {
        Manifest::find(
            self.0.paths.models_dir.as_deref(),
            self.0.paths.install_dir.as_deref(),
        )
    }

    /// The profiles of this app's data dir.
    pub fn profiles(&self) -> Result<Profiles> {
        match &self.0.paths.data_dir {
            Some(d) => Ok(Profiles::new(d)),
            None => Profiles::open_default(),
        }
    }

    /// The data dir (profiles, installed models, exports fallback).
    pub fn data_dir(&self) -> Result<PathBuf> {
        match &self.0.paths.data_dir {
            Some(d) => Ok(d.clone()),
            None => crate::vault::profiles::default_data_dir(),
        }
    }

    // ---- the vault ----

    /// The open vault (locked or not).
    pub fn vault(&self) -> Option<Arc<Vault>> {
        slot(&self.0.vault).clone()
    }

    /// The open vault for an action of the person's, or `vault.locked`; the idle time starts again.
    pub fn unlocked_vault(&self) -> Result<Arc<Vault>> {
        let v = self.background_vault()?;
        v.touch();
        Ok(v)
    }

    /// The open vault for background work, or `vault.locked`; the idle time goes on.
    pub fn background_vault(&self) -> Result<Arc<Vault>> {
        self.vault()
            .filter(|v| !v.is_locked())
            .ok_or_else(|| Error::new(Code::VaultLocked, "the vault is locked; unlock it first"))
    }

    /// Runs `f` with the unlocked vault: the preamble of every use case that reads or writes data.
    pub fn with_vault<T>(&self, f: impl FnOnce(&Vault) -> Result<T>) -> Result<T> {
        f(&*self.unlocked_vault()?)
    }

    /// Replaces the open vault; the models chosen by the previous profile are forgotten.
    pub fn set_vault(&self, v: Option<Arc<Vault>>) {
        *slot(&self.0.vault) = v;
        self.reset_engines();
    }

    /// Stops any emotion or voice session and locks the vault.
    pub fn lock_vault(&self) {
        if let Some(t) = self.take_tracking() {
            let _ = t.stop();
        }
        if let Some(v) = self.take_voice() {
            let _ = v.stop();
        }
        if let Some(v) = self.vault() {
            v.lock();
        }
    }

    /// Auto-lock: locks when the profile's idle time has passed; true if it locked just now.
    pub fn tick(&self) -> bool {
        self.tick_at(std::time::Instant::now())
    }

    /// [`App::tick`] as if the clock read `now`.
    pub fn tick_at(&self, now: std::time::Instant) -> bool {
        match self.vault() {
            Some(v) if !v.is_locked() && v.tick_at(now) => {
                self.lock_vault();
                true
            }
            // The vault locked itself (its idle time passed during a background write) while the
            // camera or the microphone was still on: they stop now, and the window hears it.
            Some(v) if v.is_locked() && self.sessions_held() => {
                self.lock_vault();
                true
            }
            _ => false,
        }
    }

    /// The open vault's chat settings and key, with the on-device model when it is the companion
    /// (for the summaries it writes).
    pub fn chat_config(&self) -> Result<ChatConfig> {
        let mut cfg = ChatConfig::load(&*self.background_vault()?)?;
        cfg.lang = self.language();
        if cfg.backend == crate::chat::config::Backend::Device {
            cfg.device = self.device_llm();
        }
        Ok(cfg)
    }

    /// The open profile's country for crisis lines (no keyring lookup: saving an entry stays cheap).
    pub fn country(&self) -> Result<String> {
        crate::chat::config::country(&*self.background_vault()?)
    }

    /// The language reports and the companion's built-in lines are written in: the window's once it
    /// said ([`App::set_language`]), else the environment's (the command line's).
    pub fn language(&self) -> &'static str {
        slot(&self.0.language).unwrap_or_else(crate::i18n::language)
    }

    /// The window's language ("de", "fr-CA", …: one of the six, else an `invalid_input` error).
    pub fn set_language(&self, code: &str) -> Result<&'static str> {
        let lang = crate::i18n::narrow(code).ok_or_else(|| {
            crate::error::Error::invalid(
                "language",
                format!(
                    "one of {} (got '{code}')",
                    crate::i18n::LANGUAGES.join(", ")
                ),
            )
        })?;
        *slot(&self.0.language) = Some(lang);
        Ok(lang)
    }

    /// True when after-unlock work runs on a background thread.
    pub fn background(&self) -> bool {
        self.0.background
    }

    /// The chat whose conversation is open (summarized when the window closes).
    pub fn set_open_chat(&self, chat: Option<i64>) {
        *slot(&self.0.open_chat) = chat;
    }

    /// Takes the open chat out.
    pub fn take_open_chat(&self) -> Option<i64> {
        slot(&self.0.open_chat).take()
    }

    /// What the reminders remember between two checks (a leaf slot: held only to read or update).
    pub(crate) fn reminder_state(&self) -> MutexGuard<'_, super::reminders::State> {
        slot(&self.0.reminders)
    }

    // ---- engines, loaded on first use with no lock held ----

    /// The profile's chosen sentiment model, loaded on first use (None if it cannot load: text is
    /// then saved unscored and scored later).
    pub fn sentiment(&self) -> Option<Shared<SentimentModel>> {
        self.touch_engines();
        if let Some(m) = slot(&self.0.sentiment).clone() {
            return Some(m);
        }
        let id = match self.background_vault() {
            Ok(v) => crate::text::scoring::chosen_model(&v).ok()?,
            Err(_) => crate::text::DEFAULT_MODEL.to_string(),
        };
        match self.load_sentiment(&id, 1) {
            Ok(m) => {
                let m = Arc::new(Mutex::new(m));
                Some(slot(&self.0.sentiment).get_or_insert(m).clone())
            }
            Err(e) => {
                tracing::warn!(code = %e.code(), "sentiment is off for now: {}", e.message());
                None
            }
        }
    }

    /// Loads sentiment model `id` with `threads` threads: the one model loader of both front ends.
    pub fn load_sentiment(&self, id: &str, threads: usize) -> Result<SentimentModel> {
        runtime::init(self.0.paths.install_dir.as_deref())?;
        let spec = crate::text::catalog::resolve(&self.manifest()?, &self.data_dir()?, id)?;
        SentimentModel::load(&spec, threads)
    }

    /// The crisis detector's model layers (the MiniLM statement bank and the multilingual-e5 encoder
    /// with its head), loaded on first use, kept for every profile until the idle unload frees them;
    /// None when ONNX Runtime or the model cannot load (the rules and the linear layer decide then,
    /// logged; a save never fails because of it).
    pub fn semantic(&self) -> Option<Arc<crate::safety::semantic::Semantic>> {
        self.touch_engines();
        if let Some(s) = slot(&self.0.semantic).clone() {
            return Some(s);
        }
        let loaded = runtime::init(self.0.paths.install_dir.as_deref())
            .and_then(|_| self.manifest())
            .and_then(|m| {
                let threads = crate::safety::semantic::default_threads();
                crate::safety::semantic::Semantic::shared(&m, threads)
            });
        match loaded {
            Ok(s) => Some(slot(&self.0.semantic).get_or_insert(s).clone()),
            Err(e) => {
                tracing::warn!(code = %e.code(), "the crisis check uses its rules only for now: {}", e.message());
                None
            }
        }
    }

    /// Loads the crisis detector's semantic layer with `threads` threads.
    pub fn load_semantic(&self, threads: usize) -> Result<crate::safety::semantic::Semantic> {
        runtime::init(self.0.paths.install_dir.as_deref())?;
        crate::safety::semantic::Semantic::from_manifest(&self.manifest()?, threads)
    }

    fn touch_engines(&self) {
        *slot(&self.0.engines_used) = Some(std::time::Instant::now());
    }

    /// Unloads the sentiment model, the semantic layer and the vision engine (and the companion that
    /// holds them) when none was asked for in `idle` before `now`, the camera is off and no reply is
    /// being written; the next use loads them again. True if something was unloaded.
    pub fn unload_idle_engines(&self, now: std::time::Instant, idle: std::time::Duration) -> bool {
        let used = *slot(&self.0.engines_used);
        if used.is_none_or(|u| now.saturating_duration_since(u) < idle) || self.camera_busy() {
            return false;
        }
        let mut companion = slot(&self.0.companion);
        if companion.as_ref().is_some_and(|c| Arc::strong_count(c) > 1) {
            return false; // a reply holds it
        }
        let had = companion.take().is_some()
            | slot(&self.0.sentiment).take().is_some()
            | slot(&self.0.semantic).take().is_some()
            | slot(&self.0.vision).take().is_some();
        drop(companion);
        if had {
            runtime::give_back_freed_memory();
            tracing::info!("models unloaded after the idle time");
        }
        had
    }

    /// True while the sentiment model, the semantic layer or the vision engine is loaded.
    pub fn engines_loaded(&self) -> bool {
        slot(&self.0.sentiment).is_some()
            || slot(&self.0.semantic).is_some()
            || slot(&self.0.vision).is_some()
    }

    /// Forgets the loaded sentiment model and the companion that uses it (the model setting changed).
    pub fn reset_engines(&self) {
        *slot(&self.0.sentiment) = None;
        *slot(&self.0.companion) = None;
    }

    /// The vision engine, loaded on first use (a failed load is retried next time).
    pub fn vision(&self) -> Result<Shared<VisionEngine>> {
        self.touch_engines();
        if let Some(e) = slot(&self.0.vision).clone() {
            return Ok(e);
        }
        runtime::init(self.0.paths.install_dir.as_deref())?;
        let engine = Arc::new(Mutex::new(VisionEngine::load(&self.manifest()?)?));
        Ok(slot(&self.0.vision).get_or_insert(engine).clone())
    }

    /// The open profile's on-device model (its choice of model, threads and context; the built-in
    /// model with the defaults while locked), not loaded until a reply needs it. One handle for the
    /// companion and the summaries, so it is loaded once; a changed choice gets a new handle (the
    /// old model is freed once its last reply ends). None if that model is not installed.
    pub fn device_llm(&self) -> Option<Arc<crate::chat::device::DeviceLlm>> {
        use crate::chat::llm_catalog::{self, Choice};
        let choice = self
            .background_vault()
            .ok()
            .and_then(|v| Choice::load(&v).ok())
            .unwrap_or_default();
        let m = self.manifest().ok()?;
        let path = match llm_catalog::path_of(&m, &self.data_dir().ok()?, &choice.model) {
            Ok(p) if p.is_file() => p,
            Ok(p) => {
                tracing::warn!("no on-device companion: {} is not installed", p.display());
                return None;
            }
            Err(e) => {
                tracing::warn!(code = %e.code(), "no on-device companion: {}", e.message());
                return None;
            }
        };
        let opts = choice.load_options();
        let mut held = slot(&self.0.device);
        if let Some(d) = held
            .as_ref()
            .filter(|d| d.path() == path && d.opts() == opts)
        {
            return Some(d.clone());
        }
        let d = Arc::new(crate::chat::device::DeviceLlm::new(path, opts));
        *held = Some(d.clone());
        Some(d)
    }

    /// The on-device model if something made its handle (nothing is looked up for the asking).
    pub fn loaded_device_llm(&self) -> Option<Arc<crate::chat::device::DeviceLlm>> {
        slot(&self.0.device).clone()
    }

    /// The companion if something already made it (nothing is loaded for the asking).
    pub fn loaded_companion(&self) -> Option<Arc<Companion>> {
        slot(&self.0.companion).clone()
    }

    /// The companion (its rate limit is shared by every send).
    pub fn companion(&self) -> Arc<Companion> {
        if let Some(c) = slot(&self.0.companion).clone() {
            return c;
        }
        let c = Arc::new(
            Companion::sharing(self.0.limiter.clone(), self.sentiment())
                .with_semantic(self.semantic()),
        );
        slot(&self.0.companion).get_or_insert(c).clone()
    }

    // ---- the camera ----

    /// True while a capture thread or an emotion session runs.
    pub fn camera_busy(&self) -> bool {
        slot(&self.0.capture)
            .as_ref()
            .is_some_and(Capture::is_running)
            || slot(&self.0.tracking)
                .as_ref()
                .is_some_and(Tracking::is_running)
    }

    /// Keeps a started capture.
    pub fn set_capture(&self, c: Capture) {
        *slot(&self.0.capture) = Some(c);
    }

    /// Stops the capture, if any.
    pub fn stop_capture(&self) {
        let c = slot(&self.0.capture).take();
        if let Some(c) = c {
            c.stop();
        }
    }

    /// Keeps a started emotion session.
    pub fn set_tracking(&self, t: Tracking) {
        *slot(&self.0.tracking) = Some(t);
    }

    /// Takes the session out, to stop it.
    pub fn take_tracking(&self) -> Option<Tracking> {
        slot(&self.0.tracking).take()
    }

    // ---- the microphone ----

    /// An emotion or voice session is held (running or ended on its own, not yet stopped).
    fn sessions_held(&self) -> bool {
        slot(&self.0.tracking).is_some() || slot(&self.0.voice).is_some()
    }

    /// Held while a voice session starts.
    pub fn voice_start_guard(&self) -> MutexGuard<'_, ()> {
        slot(&self.0.voice_start)
    }

    /// The running voice session's consent and baseline, to change them while it runs.
    pub fn voice_learning(&self) -> Option<crate::voice::session::Learning> {
        slot(&self.0.voice).as_ref().map(|v| v.learning().clone())
    }

    /// True while a voice session listens.
    pub fn voice_busy(&self) -> bool {
        slot(&self.0.voice)
            .as_ref()
            .is_some_and(crate::voice::session::VoiceRun::is_running)
    }

    /// Keeps a started voice session; one that ended on its own before is closed (outside the slot's
    /// lock: closing writes to the vault).
    pub fn set_voice(&self, v: crate::voice::session::VoiceRun) {
        let old = slot(&self.0.voice).replace(v);
        drop(old);
    }

    /// Takes the voice session out, to stop it.
    pub fn take_voice(&self) -> Option<crate::voice::session::VoiceRun> {
        slot(&self.0.voice).take()
    }
}
