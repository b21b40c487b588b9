//! What the shell keeps between commands: where resources are, and the loaded vision engine.

use mentora::models::{CheckResult, Manifest};
use mentora::vision::VisionEngine;
use mentora::{doctor, resources, runtime, Code, Error, Result};
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
    vision: Arc<Mutex<Option<VisionEngine>>>,
}

impl AppState {
    /// New state; nothing is loaded yet.
    pub fn new(install_dir: Option<PathBuf>, models_dir: Option<PathBuf>) -> Self {
        Self {
            install_dir,
            models_dir,
            vision: Arc::new(Mutex::new(None)),
        }
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
        let dir = resources::models_dir(self.models_dir.as_deref(), self.install_dir.as_deref())
            .ok_or_else(|| {
                Error::new(
                    Code::ManifestInvalid,
                    "no models folder with manifest.json found; reinstall Mentora",
                )
            })?;
        Manifest::load(&dir.path)
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

    /// Runs `f` with the vision engine, loading it first if needed (a failed load is retried next time).
    pub fn with_vision<T>(&self, f: impl FnOnce(&mut VisionEngine) -> Result<T>) -> Result<T> {
        let mut guard = self.vision.lock().unwrap_or_else(|p| p.into_inner());
        if guard.is_none() {
            runtime::init(self.install_dir.as_deref())?;
            *guard = Some(VisionEngine::load(&self.manifest()?)?);
        }
        f(guard.as_mut().expect("engine loaded above"))
    }
}
