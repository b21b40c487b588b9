//! Loads the ONNX Runtime shared library once per process and reports which file and version it used.

use crate::error::{Code, Error, Result};
use crate::resources::{self, Located, OrtSearch};
use serde::Serialize;
use std::ffi::CStr;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

/// The ONNX Runtime that this process loaded.
#[derive(Debug, Clone, Serialize)]
pub struct OrtRuntime {
    /// Library file and how it was found.
    pub library: Located,
    /// Version string reported by the library itself (`OrtGetApiBase()->GetVersionString()`).
    pub version: String,
}

static LOADED: OnceLock<OrtRuntime> = OnceLock::new();
static ENV: OnceLock<ort::environment::Environment> = OnceLock::new();
static INIT_LOCK: Mutex<()> = Mutex::new(());

/// Reads the version string straight from the library without handing it to `ort`.
fn library_version(path: &Path) -> Result<String> {
    // SAFETY: loading a shared library runs its initialisers; this is the ONNX Runtime library the
    // user or installer put in place, the same one `ort` loads next.
    let lib = unsafe { libloading::Library::new(path) }.map_err(|e| {
        Error::new(
            Code::RuntimeLoad,
            format!("cannot load ONNX Runtime from {}: {e}", path.display()),
        )
    })?;
    // SAFETY: `OrtGetApiBase` has this signature in every ONNX Runtime release.
    let getter: libloading::Symbol<unsafe extern "C" fn() -> *const ort::sys::OrtApiBase> =
        unsafe { lib.get(b"OrtGetApiBase") }.map_err(|_| {
            Error::new(
                Code::RuntimeLoad,
                format!("{} is not ONNX Runtime (no OrtGetApiBase)", path.display()),
            )
        })?;
    // SAFETY: the API base is a static table inside the library; the version is a static C string.
    let version = unsafe {
        let base = getter();
        if base.is_null() {
            return Err(Error::new(Code::RuntimeLoad, "OrtGetApiBase returned null"));
        }
        CStr::from_ptr(((*base).GetVersionString)())
            .to_string_lossy()
            .into_owned()
    };
    Ok(version)
}

/// Finds and loads ONNX Runtime (once); later calls return the same runtime.
/// `install_dir` is an extra resource folder to search (the desktop app passes its resource dir).
pub fn init(install_dir: Option<&Path>) -> Result<&'static OrtRuntime> {
    if let Some(rt) = LOADED.get() {
        return Ok(rt);
    }
    let _guard = INIT_LOCK.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(rt) = LOADED.get() {
        return Ok(rt);
    }
    let library = match resources::find_onnxruntime(install_dir) {
        OrtSearch::Found(l) => l,
        OrtSearch::EnvPointsNowhere(p) => {
            return Err(Error::new(
                Code::RuntimeMissing,
                format!(
                    "ORT_DYLIB_PATH points to {}, which does not exist",
                    p.display()
                ),
            ))
        }
        OrtSearch::NotFound(tried) => {
            let tried: Vec<String> = tried.iter().map(|p| p.display().to_string()).collect();
            return Err(Error::new(
                Code::RuntimeMissing,
                format!(
                    "ONNX Runtime ({}) not found; set ORT_DYLIB_PATH or run the README's setup. Looked in: {}",
                    resources::ORT_LIB_NAME,
                    tried.join(", ")
                ),
            ));
        }
    };
    let version = library_version(&library.path)?;
    let builder = ort::init_from(&library.path).map_err(|e| {
        Error::new(
            Code::RuntimeLoad,
            format!("ONNX Runtime at {}: {e}", library.path.display()),
        )
    })?;
    // The environment must outlive every session: it is kept for the life of the process.
    let env = builder
        .with_name("mentora")
        .build()
        .map_err(|e| Error::new(Code::RuntimeLoad, format!("ONNX Runtime environment: {e}")))?;
    let _ = ENV.set(env);
    Ok(LOADED.get_or_init(|| OrtRuntime { library, version }))
}

/// The process-wide ONNX Runtime environment that sessions are built in (loads the runtime if needed).
pub fn environment() -> Result<&'static ort::environment::Environment> {
    init(None)?;
    ENV.get()
        .ok_or_else(|| Error::new(Code::RuntimeLoad, "ONNX Runtime environment is missing"))
}

/// An ONNX Runtime session for `path` in [`environment`]: all graph optimisations, `threads`
/// intra-op threads (at least one), one inter-op thread. The error is the runtime's message.
pub fn session(
    path: &std::path::Path,
    threads: usize,
) -> std::result::Result<ort::session::Session, String> {
    use ort::session::{builder::GraphOptimizationLevel, Session};
    let env = environment().map_err(|e| e.to_string())?;
    let s = |e: &dyn std::fmt::Display| e.to_string();
    Session::builder(env)
        .map_err(|e| s(&e))?
        .with_optimization_level(GraphOptimizationLevel::Level3)
        .map_err(|e| s(&e))?
        .with_intra_threads(threads.max(1))
        .map_err(|e| s(&e))?
        .with_inter_threads(1)
        .map_err(|e| s(&e))?
        .commit_from_file(path)
        .map_err(|e| s(&e))
}

/// The runtime if it is already loaded.
pub fn loaded() -> Option<&'static OrtRuntime> {
    LOADED.get()
}

/// Hands memory that the allocator keeps after a model was freed back to the system (glibc keeps
/// freed heap pages for reuse: after the crisis layer's unload the process stayed at ~345 MB RSS
/// instead of ~50 MB). Called after an idle unload; cheap when there is nothing to give back.
pub fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks and trims the allocator's own free lists; it is thread-safe.
    unsafe {
        libc::malloc_trim(0);
    }
}
