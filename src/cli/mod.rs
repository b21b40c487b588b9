//! What each `mentora` subcommand does, kept in the library so tests can call it.

pub mod backup;
pub mod chat;
pub mod emotion;
pub mod llm;
pub mod privacy;
pub mod report;
pub mod safety;
pub mod sentiment;
pub mod vault;
pub mod voice;
pub mod wellness;

use crate::api::{App, Paths};
use crate::error::Result;
use crate::models::{CheckResult, Manifest};
use crate::vision::VisionEngine;
use crate::{doctor, runtime};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

static MODELS_DIR: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();

/// Remembers `--models-dir` for this process (call once, before any command).
pub fn set_models_dir(dir: Option<PathBuf>) {
    let _ = MODELS_DIR.set(dir);
}

/// The use-case layer's state for this CLI process (no background work: the process is short-lived).
pub fn app() -> App {
    App::with_paths(
        Paths {
            models_dir: MODELS_DIR.get().cloned().flatten(),
            ..Default::default()
        },
        false,
    )
}

fn manifest(models_dir: Option<&Path>) -> Result<Manifest> {
    Manifest::find(models_dir, None)
}

/// `mentora doctor`: exit 1 when any component is broken.
pub fn doctor(models_dir: Option<PathBuf>, json: bool) -> Result<ExitCode> {
    let report = doctor::run(&doctor::Options {
        models_dir,
        install_dir: None,
    });
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("report serializes")
        );
    } else {
        print!("{}", report.to_text());
    }
    Ok(if report.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// `mentora models verify`.
pub fn models_verify(models_dir: Option<PathBuf>) -> Result<ExitCode> {
    let m = manifest(models_dir.as_deref())?;
    let mut bad = 0;
    for c in m.verify_all() {
        match c.result {
            CheckResult::Ok { .. } => println!("ok    {}", c.file),
            CheckResult::Failed { error } => {
                bad += 1;
                println!("ERROR {} [{}]: {}", c.file, error.code(), error.message())
            }
        }
    }
    Ok(if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `mentora emotion analyze PHOTO...`.
pub fn emotion_analyze(
    models_dir: Option<PathBuf>,
    photos: &[PathBuf],
    json: bool,
) -> Result<ExitCode> {
    runtime::init(None)?;
    let m = manifest(models_dir.as_deref())?;
    let mut engine = VisionEngine::load(&m)?;
    let mut all = Vec::new();
    for p in photos {
        let a = engine.analyze_path(p)?;
        if json {
            all.push(serde_json::json!({ "file": p, "analysis": a }));
            continue;
        }
        println!(
            "{}: {}x{}, {} face(s)",
            p.display(),
            a.width,
            a.height,
            a.faces.len()
        );
        for (i, f) in a.faces.iter().enumerate() {
            let b = f.bbox;
            println!(
                "  face {} at ({}, {}) {}x{}: {}",
                i + 1,
                b.x,
                b.y,
                b.width,
                b.height,
                f.dominant
            );
            for s in &f.emotions {
                println!("    {:<9} {:.4}", s.label, s.probability);
            }
        }
    }
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&all).expect("analysis serializes")
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints an install's progress on standard error: a bar redrawn in place on a terminal, every
/// quarter otherwise.
pub(crate) fn progress_printer() -> impl FnMut(crate::api::models::InstallProgress) {
    use std::io::{IsTerminal, Write};
    let tty = std::io::stderr().is_terminal();
    let mut last = (String::new(), u64::MAX);
    move |p: crate::api::models::InstallProgress| {
        let pct = p.total.map(|t| p.done * 100 / t.max(1));
        let key = pct.unwrap_or(p.done >> 20);
        if p.file == last.0 && key == last.1 {
            return;
        }
        if p.file != last.0 && p.resumed_from > 0 {
            eprintln!(
                "{}: resuming at {:.1} MB",
                p.file,
                p.resumed_from as f64 / 1e6
            );
        }
        last = (p.file.clone(), key);
        let total = p
            .total
            .map(|t| format!(" of {:.1} MB", t as f64 / 1e6))
            .unwrap_or_default();
        let bar = pct
            .map(|q| format!("[{:<30}] {q:>3} %", "#".repeat((q as usize * 30) / 100)))
            .unwrap_or_default();
        let line = format!("{:<15} {bar} {:.1} MB{total}", p.file, p.done as f64 / 1e6);
        if tty {
            eprint!("\r{line}");
            let _ = std::io::stderr().flush();
        } else if pct.is_none_or(|q| q % 25 == 0) {
            eprintln!("{line}");
        }
    }
}

/// Ends a progress line drawn in place.
pub(crate) fn progress_done() {
    use std::io::IsTerminal;
    if std::io::stderr().is_terminal() {
        eprintln!();
    }
}
