//! The on-device models a person can choose: the built-in SmolLM2 and the GGUF files they added (by
//! file or https URL with its sha256: copied or downloaded with resume, header-checked, then loaded
//! and timed before it can be chosen), which one answers, and which size suits this machine's
//! memory. Every model's size, context length and speed come from loading it here, not from a list.

use crate::download::{self, Progress};
use crate::error::{Code, Error, Result};
use crate::models::Manifest;
use mentora_llm::{Engine, LoadOptions, Role, SampleOptions, Turn};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

/// The id of the built-in model (the manifest's `companion-llm`).
pub const BUILTIN: &str = "builtin";
/// The largest GGUF accepted (an 8 B model at Q8 is about 8.5 GB).
pub const MAX_GGUF_BYTES: u64 = 16 << 30;
/// Vault setting: the chosen model's id.
pub const SETTING_MODEL: &str = "llm.model";
/// Vault setting: CPU threads (0 = half the cores, at most 8).
pub const SETTING_THREADS: &str = "llm.threads";
/// Vault setting: context window in tokens.
pub const SETTING_N_CTX: &str = "llm.n_ctx";
/// Default context window.
pub const DEFAULT_N_CTX: u32 = 2048;

/// A model that can answer on this device.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
pub struct LlmModel {
    /// `builtin` or the id it was installed under.
    pub id: String,
    /// `general.name` from the file.
    pub name: String,
    /// File name.
    pub file: String,
    /// File size.
    #[ts(type = "number")]
    pub bytes: u64,
    /// Parameters.
    #[ts(type = "number")]
    pub params: u64,
    /// Context length it was trained with.
    pub n_ctx_train: u32,
    /// Tokens per second measured here when it was tried (None: not measured yet).
    pub tokens_per_s: Option<f32>,
    /// Where it came from (a path or URL; the built-in's package).
    pub source: String,
    /// sha256 of the file.
    pub sha256: String,
    /// Ships with Mentora.
    pub builtin: bool,
}

/// Where added models live: `<data>/llm/<id>/model.gguf` with `install.json`.
pub fn root(data_dir: &Path) -> PathBuf {
    data_dir.join("llm")
}

/// An id for an added model: 1–40 of a–z, 0–9, `-`, `.`, `_`, starting with a letter or digit.
pub fn check_id(id: &str) -> Result<()> {
    let ok = !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '.' | '_'))
        && id.starts_with(|c: char| c.is_ascii_alphanumeric());
    if !ok {
        return Err(Error::invalid(
            "id",
            "1–40 characters of a–z, 0–9, '-', '.', '_', starting with a letter or digit",
        ));
    }
    if id == BUILTIN {
        return Err(Error::invalid("id", "builtin is the built-in model"));
    }
    Ok(())
}

/// An id made from a file name or URL: `Qwen2.5-3B-Instruct-Q4_K_M.gguf` → `qwen2.5-3b-instruct-q4_k_m`.
pub fn id_from(source: &str) -> String {
    let name = source
        .trim_end_matches('/')
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("");
    let stem = name.strip_suffix(".gguf").unwrap_or(name);
    let mut id: String = stem
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_') {
                c
            } else {
                '-'
            }
        })
        .collect();
    id = id
        .trim_start_matches(['-', '.', '_'])
        .chars()
        .take(40)
        .collect();
    if id.is_empty() || id == BUILTIN {
        "model".into()
    } else {
        id
    }
}

/// What loading and timing a model found.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Trial {
    name: String,
    params: u64,
    n_ctx_train: u32,
    tokens_per_s: f32,
}

/// Loads `path` (memory checked first) and times a short answer with `threads`.
fn trial(path: &Path, threads: u32) -> Result<Trial> {
    let e = Engine::load(
        path,
        LoadOptions {
            n_ctx: 512,
            threads,
            check_memory: true,
        },
    )
    .map_err(super::device::llm_error)?;
    let turns = [
        Turn::new(Role::System, "You are a kind companion."),
        Turn::new(Role::User, "Say something calm about the evening."),
    ];
    let opts = SampleOptions {
        max_tokens: 32,
        temperature: 0.0,
        seed: 1,
    };
    let g = e
        .generate(&turns, opts, &AtomicBool::new(false), &mut |_| true)
        .map_err(super::device::llm_error)?;
    let secs = g.generating.as_secs_f64();
    let tokens_per_s = if g.tokens > 1 && secs > 0.0 {
        ((g.tokens - 1) as f64 / secs) as f32
    } else {
        0.0
    };
    let info = e.info();
    Ok(Trial {
        name: info.name.clone(),
        params: info.params,
        n_ctx_train: info.n_ctx_train,
        tokens_per_s,
    })
}

/// The built-in model, if installed: its facts measured once on this machine and kept in
/// `<data>/llm/builtin.json` (keyed by the file's sha256).
pub fn builtin(manifest: &Manifest, data_dir: &Path, threads: u32) -> Option<LlmModel> {
    let entry = manifest.entry(super::device::DEFAULT_MODEL_ID).ok()?;
    let path = manifest.dir.join(&entry.file);
    if !path.is_file() {
        return None;
    }
    let cache = root(data_dir).join("builtin.json");
    let read = || -> Option<LlmModel> {
        let m: LlmModel = serde_json::from_slice(&std::fs::read(&cache).ok()?).ok()?;
        (m.sha256 == entry.sha256).then_some(m)
    };
    if let Some(m) = read() {
        return Some(m);
    }
    let t = match trial(&path, threads) {
        Ok(t) => t,
        Err(e) => {
            tracing::warn!(code = %e.code(), "the built-in model could not be tried: {}", e.message());
            return None;
        }
    };
    let m = LlmModel {
        id: BUILTIN.into(),
        name: t.name,
        file: file_name(&path),
        bytes: entry.bytes,
        params: t.params,
        n_ctx_train: t.n_ctx_train,
        tokens_per_s: Some(t.tokens_per_s),
        source: format!("{} {}", entry.source.package, entry.source.version),
        sha256: entry.sha256.clone(),
        builtin: true,
    };
    if crate::fsx::create_dir_private(&root(data_dir)).is_ok() {
        let json = serde_json::to_vec_pretty(&m).expect("serializes");
        if let Err(e) = crate::fsx::write_atomic(&cache, &json) {
            tracing::warn!(
                "the built-in model's figures were not kept: {}",
                e.message()
            );
        }
    }
    Some(m)
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The added models (folders with an `install.json` whose file is there), by id.
pub fn installed(data_dir: &Path) -> Vec<LlmModel> {
    let mut out: Vec<LlmModel> = std::fs::read_dir(root(data_dir))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|d| !d.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|d| {
            let m: LlmModel =
                serde_json::from_slice(&std::fs::read(d.path().join("install.json")).ok()?).ok()?;
            d.path().join("model.gguf").is_file().then_some(m)
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// The GGUF file of model `id`.
pub fn path_of(manifest: &Manifest, data_dir: &Path, id: &str) -> Result<PathBuf> {
    if id == BUILTIN {
        let entry = manifest.entry(super::device::DEFAULT_MODEL_ID)?;
        return Ok(manifest.dir.join(&entry.file));
    }
    check_id(id)?;
    let p = root(data_dir).join(id).join("model.gguf");
    if p.is_file() {
        Ok(p)
    } else {
        Err(Error::new(
            Code::ModelMissing,
            format!("no on-device model {id} is installed"),
        ))
    }
}

/// The profile's choice: which model, how many threads (0 = auto), how large a context window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Model id (`builtin` or an added one).
    pub model: String,
    /// CPU threads; 0 = half the cores, at most 8.
    pub threads: u32,
    /// Context window in tokens.
    pub n_ctx: u32,
}

impl Default for Choice {
    fn default() -> Self {
        Choice {
            model: BUILTIN.into(),
            threads: 0,
            n_ctx: DEFAULT_N_CTX,
        }
    }
}

impl Choice {
    /// Read from the vault's settings (defaults where unset).
    pub fn load(vault: &crate::vault::Vault) -> Result<Choice> {
        use crate::vault::repo::settings::get;
        vault.with_conn(|c| {
            let d = Choice::default();
            Ok(Choice {
                model: get(c, SETTING_MODEL)?
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or(d.model),
                threads: get(c, SETTING_THREADS)?
                    .and_then(|v| v.as_u64())
                    .map_or(d.threads, |t| t.min(64) as u32),
                n_ctx: get(c, SETTING_N_CTX)?
                    .and_then(|v| v.as_u64())
                    .map_or(d.n_ctx, |n| n.clamp(512, 32768) as u32),
            })
        })
    }

    /// Threads as used (0 resolved).
    pub fn threads_used(&self) -> u32 {
        if self.threads == 0 {
            mentora_llm::default_threads()
        } else {
            self.threads
        }
    }

    /// How the chosen model is loaded.
    pub fn load_options(&self) -> LoadOptions {
        LoadOptions {
            n_ctx: self.n_ctx,
            threads: self.threads_used(),
            check_memory: true,
        }
    }

    /// Checks a choice before it is saved: the model is installed, threads 0–64, context 512–32768.
    pub fn check(&self, manifest: &Manifest, data_dir: &Path) -> Result<()> {
        path_of(manifest, data_dir, &self.model)?;
        crate::vault::validate::range("llm_threads", self.threads, 0, 64)?;
        crate::vault::validate::range("llm_n_ctx", self.n_ctx, 512, 32768)?;
        Ok(())
    }
}

/// What to add.
#[derive(Debug, Clone)]
pub struct InstallRequest {
    /// Install under this id (default: from the file name).
    pub id: Option<String>,
    /// A `.gguf` path or an https URL.
    pub source: String,
    /// Its sha256 (needed for a URL).
    pub sha256: Option<String>,
}

/// Adds a model: fetched into a staging folder, header-checked, loaded and timed (a model that does
/// not fit in memory is refused before loading), then moved into place. Any failure leaves nothing
/// but a URL download's part file (the next try resumes).
pub fn install(
    data_dir: &Path,
    req: &InstallRequest,
    threads: u32,
    progress: &mut dyn FnMut(Progress),
) -> Result<LlmModel> {
    let id = match &req.id {
        Some(id) if !id.trim().is_empty() => id.trim().to_string(),
        _ => id_from(&req.source),
    };
    check_id(&id)?;
    let src = req.source.trim();
    download::check_source(src, req.sha256.as_deref(), "sha256", "gguf")?;
    let root = root(data_dir);
    crate::fsx::create_dir_private(&root)?;
    let staging = root.join(format!(".staging-{id}"));
    let _ = std::fs::remove_dir_all(&staging);
    crate::fsx::create_dir_private(&staging)?;
    let r = (|| {
        let (file, sha256) = download::fetch(
            src,
            &root.join(".partial"),
            &staging.join("model.gguf"),
            "model.gguf",
            MAX_GGUF_BYTES,
            req.sha256.as_deref(),
            crate::text::install::NET_TIMEOUT,
            progress,
        )?;
        // Errors name the file the person gave, not the staging copy.
        let named = |e: Error| {
            Error::new(
                e.code(),
                e.message().replace(&file.display().to_string(), src),
            )
        };
        mentora_llm::check_file(&file).map_err(|e| named(super::device::llm_error(e)))?;
        let t = trial(&file, threads).map_err(named)?;
        let m = LlmModel {
            id: id.clone(),
            name: t.name,
            file: file_name(Path::new(src)),
            bytes: std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0),
            params: t.params,
            n_ctx_train: t.n_ctx_train,
            tokens_per_s: Some(t.tokens_per_s),
            source: src.to_string(),
            sha256,
            builtin: false,
        };
        let json = serde_json::to_vec_pretty(&m).expect("serializes");
        crate::fsx::write_atomic(&staging.join("install.json"), &json)?;
        let dest = root.join(&id);
        let old = root.join(format!(".old-{id}"));
        let _ = std::fs::remove_dir_all(&old);
        if dest.exists() {
            std::fs::rename(&dest, &old).map_err(|e| Error::io(dest.display(), e))?;
        }
        std::fs::rename(&staging, &dest).map_err(|e| Error::io(dest.display(), e))?;
        let _ = std::fs::remove_dir_all(&old);
        Ok(m)
    })();
    if r.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    r
}

/// Removes an added model (the built-in cannot be removed).
pub fn remove(data_dir: &Path, id: &str) -> Result<()> {
    check_id(id)?;
    let dir = root(data_dir).join(id);
    if !dir.is_dir() {
        return Err(Error::new(
            Code::NotFound,
            format!("no on-device model {id} is installed"),
        ));
    }
    std::fs::remove_dir_all(&dir).map_err(|e| Error::io(dir.display(), e))
}

/// The size of model this machine runs comfortably, in words and as the largest file.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Recommendation {
    /// The machine's memory.
    #[ts(type = "number | null")]
    pub total_bytes: Option<u64>,
    /// Largest model file that leaves room for the rest of the system and the app.
    #[ts(type = "number")]
    pub max_file_bytes: u64,
    /// What to add, in words.
    pub text: String,
}

/// For `total` bytes of memory: a model file at most about a quarter of it (the weights are mapped,
/// the context and the window need the rest), and instruct models of that size.
pub fn recommend(total: Option<u64>) -> Recommendation {
    const GB: u64 = 1 << 30;
    let t = total.unwrap_or(4 * GB);
    let (max, text) = if t < 6 * GB {
        (
            t / 4,
            "Under 6 GB of memory: stay with small models (0.5–1.5 B), e.g. Qwen2.5-0.5B/1.5B-Instruct or Llama-3.2-1B-Instruct at Q4_K_M (0.4–1 GB).",
        )
    } else if t < 12 * GB {
        (
            t / 4,
            "6–12 GB of memory: a 1–3 B instruct model at Q4_K_M (1–2 GB), e.g. Llama-3.2-3B-Instruct, Qwen2.5-3B-Instruct or Gemma-3-1B-it.",
        )
    } else if t < 24 * GB {
        (
            t / 4,
            "12–24 GB of memory: a 3–4 B model (Llama-3.2-3B, Qwen2.5-3B, Gemma-3-4B-it) answers well; a 7–8 B at Q4_K_M (~4.7 GB) fits but is slower.",
        )
    } else {
        (
            t / 4,
            "24 GB of memory or more: a 7–8 B instruct model at Q4_K_M (~4.7 GB), e.g. Qwen2.5-7B-Instruct, Llama-3.1-8B-Instruct or Mistral-7B-Instruct.",
        )
    };
    Recommendation {
        total_bytes: total,
        max_file_bytes: max,
        text: text.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_made_from_file_names_and_checked() {
        assert_eq!(
            id_from("/home/a/Qwen2.5-3B-Instruct-Q4_K_M.gguf"),
            "qwen2.5-3b-instruct-q4_k_m"
        );
        assert_eq!(
            id_from("https://example.org/x/Llama 3.2 (1B).gguf"),
            "llama-3.2--1b-"
        );
        assert_eq!(id_from("builtin.gguf"), "model");
        assert_eq!(id_from("../.."), "model");
        for bad in [
            "",
            "builtin",
            "../x",
            "a/b",
            "-x",
            ".x",
            "A",
            &"x".repeat(41),
        ] {
            assert!(check_id(bad).is_err(), "{bad}");
        }
        for good in ["qwen2.5-3b", "m_1", "llama-3.2--1b-"] {
            assert!(check_id(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn the_recommendation_grows_with_memory() {
        const GB: u64 = 1 << 30;
        let small = recommend(Some(4 * GB));
        let big = recommend(Some(32 * GB));
        assert!(small.max_file_bytes < big.max_file_bytes);
        assert!(small.text.contains("0.5"), "{}", small.text);
        assert!(big.text.contains("7–8 B"), "{}", big.text);
        assert!(recommend(Some(8 * GB)).text.contains("3 B"));
        assert!(recommend(Some(16 * GB)).text.contains("4 B"));
        assert_eq!(recommend(None).total_bytes, None);
    }
}
