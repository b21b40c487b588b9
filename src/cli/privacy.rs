//! `mentora privacy redact|eval`: the PII redactor from the command line.

use crate::chat::redact::{detect, eval, Redactions};
use crate::error::{Error, Result};
use std::ffi::OsString;
use std::path::Path;
use std::process::ExitCode;

/// `mentora privacy redact TEXT [--name N]…`: exactly what would be sent, the placeholders and
/// the spans found, as JSON.
pub fn redact(text: OsString, names: &[String]) -> Result<ExitCode> {
    let text = super::sentiment::text_arg(text)?;
    let mut r = Redactions::default();
    let sent = r.redact(&text, names);
    let spans: Vec<serde_json::Value> = detect(&text, names)
        .into_iter()
        .map(|f| {
            serde_json::json!({
                "kind": f.kind.label(),
                "start": f.start,
                "end": f.end,
                "text": &text[f.start..f.end],
            })
        })
        .collect();
    let out = serde_json::json!({
        "sent": sent,
        "placeholders": r.items,
        "spans": spans,
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&out).expect("serializes")
    );
    Ok(ExitCode::SUCCESS)
}

/// `mentora privacy eval [--file F] [--mistakes] [--json]`.
pub fn eval(file: &Path, mistakes: bool, json: bool) -> Result<ExitCode> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Error::io(format!("reading {}", file.display()), e))?;
    let rows = eval::parse(&text)?;
    let mut r = eval::evaluate(&rows);
    if !mistakes {
        r.dev_mistakes.clear();
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&r).expect("serializes"));
        return Ok(ExitCode::SUCCESS);
    }
    print!("{}", eval::to_text(&r));
    if mistakes {
        print!("\n{}", eval::mistakes_text(&r));
    }
    Ok(ExitCode::SUCCESS)
}
