//! `mentora llm models|install|remove|info|ask|bench`: the on-device companion models from the
//! terminal (which ones, adding and removing one), and their figures (load time, time to first
//! token, tokens per second, peak memory; medians of several runs).

use crate::chat::device::llm_error;
use crate::error::Result;
use mentora_llm::{Engine, LoadOptions, Role, SampleOptions, Turn};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

/// The `--model` file, or the manifest's default model.
fn model_path(model: Option<PathBuf>, models_dir: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = model {
        return Ok(p);
    }
    let m = crate::models::Manifest::find(models_dir, None)?;
    Ok(crate::chat::device::DeviceLlm::from_manifest(&m)?
        .path()
        .to_path_buf())
}

fn load(
    model: Option<PathBuf>,
    models_dir: Option<&Path>,
    threads: u32,
    n_ctx: u32,
) -> Result<Engine> {
    let path = model_path(model, models_dir)?;
    Engine::load(
        &path,
        LoadOptions {
            n_ctx,
            threads,
            check_memory: true,
        },
    )
    .map_err(llm_error)
}

/// `mentora llm ask [--model F] TEXT`: one answer, streamed to standard output.
pub fn ask(
    model: Option<PathBuf>,
    models_dir: Option<&Path>,
    threads: u32,
    text: &str,
) -> Result<ExitCode> {
    let e = load(model, models_dir, threads, 2048)?;
    let turns = [
        Turn::new(Role::System, mentora_llm::bench::SYSTEM),
        Turn::new(Role::User, text),
    ];
    let out = std::io::stdout();
    let g = e
        .generate(
            &turns,
            SampleOptions::default(),
            &AtomicBool::new(false),
            &mut |p| {
                let mut o = out.lock();
                let _ = o.write_all(p.as_bytes());
                let _ = o.flush();
                true
            },
        )
        .map_err(llm_error)?;
    println!();
    eprintln!("[{} tokens, {:?}]", g.tokens, g.stop);
    Ok(ExitCode::SUCCESS)
}

/// `mentora llm info [--model F]`.
pub fn info(model: Option<PathBuf>, models_dir: Option<&Path>) -> Result<ExitCode> {
    let e = load(model, models_dir, 1, 2048)?;
    let i = e.info();
    println!("model      {}", i.name);
    println!(
        "file       {} ({:.1} MB)",
        i.path.display(),
        i.bytes as f64 / 1e6
    );
    println!("parameters {:.0} M", i.params as f64 / 1e6);
    println!(
        "context    {} tokens (trained with {})",
        i.n_ctx, i.n_ctx_train
    );
    println!(
        "template   {}",
        if i.own_template {
            "the model's own"
        } else {
            "ChatML (none in the file)"
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// `mentora llm bench [--model F] [--threads N] [--runs N] [--json]`.
pub fn bench(
    model: Option<PathBuf>,
    models_dir: Option<&Path>,
    threads: u32,
    runs: usize,
    json: bool,
) -> Result<ExitCode> {
    let path = model_path(model, models_dir)?;
    let r = mentora_llm::bench::run(&path, threads, runs).map_err(llm_error)?;
    if json {
        println!(
            "{}",
            serde_json::json!({
                "model": r.model, "file": path, "threads": r.threads, "runs": r.runs,
                "load_s": r.load_s, "prompt_tokens": r.prompt_tokens, "ttft_ms_median": r.ttft_ms,
                "gen_tokens_per_s_median": r.gen_tokens_per_s, "gen_tokens_median": r.gen_tokens,
                "peak_rss_mb": r.peak_rss_mb,
            })
        );
    } else {
        println!(
            "model            {} ({} threads, {} runs)",
            r.model, r.threads, r.runs
        );
        println!("load             {:.3} s", r.load_s);
        println!("prompt           {} tokens", r.prompt_tokens);
        println!("first token      {:.1} ms (median)", r.ttft_ms);
        println!(
            "generation       {:.1} tokens/s (median, up to {} tokens; {:.0} generated)",
            r.gen_tokens_per_s,
            mentora_llm::bench::GEN_TOKENS,
            r.gen_tokens
        );
        println!("peak RSS         {:.0} MB", r.peak_rss_mb);
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora llm models [--json]`.
pub fn models(json: bool) -> Result<ExitCode> {
    let m = crate::api::llm::models(&super::app())?;
    if json {
        println!("{}", serde_json::to_string_pretty(&m).expect("serializes"));
        return Ok(ExitCode::SUCCESS);
    }
    for x in &m.models {
        println!(
            "{:<28} {:>8.1} MB  {:>5} M params  {:>6}-token context  {}  {}",
            x.id,
            x.bytes as f64 / 1e6,
            x.params / 1_000_000,
            x.n_ctx_train,
            x.tokens_per_s
                .map(|t| format!("{t:.0} tokens/s"))
                .unwrap_or_else(|| "speed not measured".into()),
            x.name
        );
    }
    if let Some(t) = m.recommendation.total_bytes {
        println!(
            "\nthis machine: {:.1} GB of memory",
            t as f64 / (1u64 << 30) as f64
        );
    }
    println!("{}", m.recommendation.text);
    Ok(ExitCode::SUCCESS)
}

/// `mentora llm install SOURCE --profile P [--id ID] [--sha256 H]`.
pub fn install(profile: &str, req: &crate::chat::llm_catalog::InstallRequest) -> Result<ExitCode> {
    let app = super::vault::open(profile)?;
    let mut show = super::progress_printer();
    let m = crate::api::llm::install(&app, req, &mut show)?;
    super::progress_done();
    println!(
        "installed {} ({}, {:.1} MB, {} M parameters, {}-token context, {:.0} tokens/s here, sha256 {}); choose it with `mentora chat settings {profile} --backend device --device-model {}`",
        m.id,
        m.name,
        m.bytes as f64 / 1e6,
        m.params / 1_000_000,
        m.n_ctx_train,
        m.tokens_per_s.unwrap_or(0.0),
        m.sha256,
        m.id
    );
    Ok(ExitCode::SUCCESS)
}

/// `mentora llm remove ID --profile P`.
pub fn remove(profile: &str, id: &str) -> Result<ExitCode> {
    crate::api::llm::remove(&super::vault::open(profile)?, id)?;
    println!("removed {id}");
    Ok(ExitCode::SUCCESS)
}
