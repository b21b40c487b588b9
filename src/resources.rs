//! Where Mentora's bundled files live: the models folder and the ONNX Runtime library, with where each was found.

use serde::Serialize;
use std::path::{Path, PathBuf};

/// File name of the ONNX Runtime shared library Mentora is built against.
pub const ORT_LIB_NAME: &str = "libonnxruntime.so.1.31.1";

/// Where a resource was found, reported by `mentora doctor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// An environment variable named it (`ORT_DYLIB_PATH`, `MENTORA_MODELS_DIR`).
    Environment,
    /// A command-line option or the app named it.
    Explicit,
    /// Beside the running executable.
    NextToExecutable,
    /// The installed package's resource folder (`/usr/lib/Mentora`, `../lib/mentora`).
    InstallDir,
    /// The source tree this binary was built from (development).
    BuildTree,
}

impl Origin {
    /// Short words for the doctor line.
    pub fn describe(self) -> &'static str {
        match self {
            Origin::Environment => "from environment variable",
            Origin::Explicit => "given explicitly",
            Origin::NextToExecutable => "next to the executable",
            Origin::InstallDir => "in the install dir",
            Origin::BuildTree => "in the build tree",
        }
    }
}

/// A located resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Located {
    /// The file or folder.
    pub path: PathBuf,
    /// How it was found.
    pub origin: Origin,
}

/// Folders an installed Mentora keeps its resources in, relative to the executable.
fn install_dirs(exe_dir: &Path) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(prefix) = exe_dir.parent() {
        for name in ["Mentora", "mentora", "mentora-app"] {
            dirs.push(prefix.join("lib").join(name));
        }
    }
    dirs
}

fn exe_dir() -> Option<PathBuf> {
    std::env::current_exe()
        .ok()
        .and_then(|p| p.canonicalize().ok())
        .and_then(|p| p.parent().map(Path::to_path_buf))
}

/// The checkout this binary was built from: looked in by development (debug) builds only. A release
/// build never searches the folder it was compiled in (another user could plant a library there).
#[cfg(debug_assertions)]
fn build_tree() -> Option<PathBuf> {
    Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

#[cfg(not(debug_assertions))]
fn build_tree() -> Option<PathBuf> {
    None
}

/// Candidate places in search order, each with the origin it would report.
fn candidates(extra_install_dir: Option<&Path>, rel: &[&str]) -> Vec<(PathBuf, Origin)> {
    let join = |base: &Path| rel.iter().fold(base.to_path_buf(), |p, r| p.join(r));
    let mut out = Vec::new();
    if let Some(dir) = exe_dir() {
        out.push((join(&dir), Origin::NextToExecutable));
        for d in install_dirs(&dir) {
            out.push((join(&d), Origin::InstallDir));
        }
    }
    if let Some(d) = extra_install_dir {
        out.push((join(d), Origin::InstallDir));
    }
    out
}

/// Finds the models folder: `MENTORA_MODELS_DIR`, then an explicit folder, then beside the executable,
/// the install dir, and (debug builds only) the build tree. A folder counts only if it holds `manifest.json`.
pub fn models_dir(explicit: Option<&Path>, install_dir: Option<&Path>) -> Option<Located> {
    if let Some(dir) = std::env::var_os("MENTORA_MODELS_DIR").filter(|v| !v.is_empty()) {
        return Some(Located {
            path: PathBuf::from(dir),
            origin: Origin::Environment,
        });
    }
    if let Some(dir) = explicit {
        return Some(Located {
            path: dir.to_path_buf(),
            origin: Origin::Explicit,
        });
    }
    let mut all = candidates(install_dir, &["models"]);
    all.extend(build_tree().map(|t| (t.join("models"), Origin::BuildTree)));
    all.into_iter()
        .find(|(p, _)| p.join("manifest.json").is_file())
        .map(|(path, origin)| Located { path, origin })
}

/// Result of looking for the ONNX Runtime library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrtSearch {
    /// Found here.
    Found(Located),
    /// `ORT_DYLIB_PATH` names a file that does not exist.
    EnvPointsNowhere(PathBuf),
    /// Not found; these places were tried.
    NotFound(Vec<PathBuf>),
}

/// Finds `libonnxruntime.so.1.31.1`: `ORT_DYLIB_PATH`, next to the executable, the install dir
/// (also its `onnxruntime/` subfolder), then — debug builds only — the build tree's
/// `.deps/onnxruntime/`.
pub fn find_onnxruntime(install_dir: Option<&Path>) -> OrtSearch {
    if let Some(p) = std::env::var_os("ORT_DYLIB_PATH").filter(|v| !v.is_empty()) {
        let path = PathBuf::from(p);
        return if path.is_file() {
            OrtSearch::Found(Located {
                path,
                origin: Origin::Environment,
            })
        } else {
            OrtSearch::EnvPointsNowhere(path)
        };
    }
    let mut all = candidates(install_dir, &[ORT_LIB_NAME]);
    all.extend(candidates(install_dir, &["onnxruntime", ORT_LIB_NAME]));
    all.extend(build_tree().map(|t| {
        (
            t.join(".deps").join("onnxruntime").join(ORT_LIB_NAME),
            Origin::BuildTree,
        )
    }));
    match all.iter().find(|(p, _)| p.is_file()) {
        Some((path, origin)) => OrtSearch::Found(Located {
            path: path.clone(),
            origin: *origin,
        }),
        None => OrtSearch::NotFound(all.into_iter().map(|(p, _)| p).collect()),
    }
}
