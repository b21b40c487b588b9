//! `mentora safety check|eval|bench`: the local crisis detector from the command line.

use crate::error::{Error, Result};
use crate::safety::{crisis, eval};
use std::ffi::OsString;
use std::path::Path;
use std::process::ExitCode;

/// `mentora safety check TEXT`: the verdict as JSON.
pub fn check(text: OsString) -> Result<ExitCode> {
    let text = super::sentiment::text_arg(text)?;
    let c = crisis::check(&text);
    println!("{}", serde_json::to_string_pretty(&c).expect("serializes"));
    Ok(ExitCode::SUCCESS)
}

/// `mentora safety eval [--file F] [--mistakes] [--json]`.
pub fn eval(file: &Path, mistakes: bool, json: bool) -> Result<ExitCode> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Error::io(format!("reading {}", file.display()), e))?;
    let rows = eval::parse(&text)?;
    let r = eval::evaluate(&rows);
    if json {
        println!("{}", serde_json::to_string_pretty(&r).expect("serializes"));
        return Ok(ExitCode::SUCCESS);
    }
    print!("{}", eval::to_text(&r));
    if mistakes {
        println!("\n== dev mistakes ({})", r.dev_mistakes.len());
        for m in &r.dev_mistakes {
            println!(
                "{} expected {} got {:?} [{}]\n    {}",
                m.id, m.expected, m.got, m.why, m.text
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora safety bench`: 1,000 messages of mixed length, one thread; p50 and p99.
pub fn bench() -> Result<ExitCode> {
    println!("{}", eval::bench().to_text());
    Ok(ExitCode::SUCCESS)
}
