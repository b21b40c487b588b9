//! `mentora report PROFILE [--from D --to D | --month YYYY-MM | --year YYYY] [--out FILE] [--png DIR]`.

use super::vault::open_vault;
use crate::chat::ChatConfig;
use crate::error::{Error, Result};
use crate::reports::range::Range;
use crate::reports::{self, charts, html};
use crate::vault::Stamp;
use chrono::NaiveDate;
use std::process::ExitCode;

/// What the command was asked for.
#[derive(Debug, Default)]
pub struct Args {
    /// First day.
    pub from: Option<String>,
    /// Last day.
    pub to: Option<String>,
    /// A calendar month.
    pub month: Option<String>,
    /// A calendar year.
    pub year: Option<i32>,
    /// Write HTML (`.html`) or the aggregates (`.json`) here.
    pub out: Option<std::path::PathBuf>,
    /// Write the charts as PNG into this folder.
    pub png: Option<std::path::PathBuf>,
    /// Do not store the report in the vault.
    pub no_save: bool,
}

fn day(field: &str, s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(field, format!("not a date in YYYY-MM-DD form (got '{s}')")))
}

/// The range the arguments name (default: the last 7 days).
pub fn range(a: &Args, today: NaiveDate) -> Result<(Range, Option<String>)> {
    match (&a.from, &a.to, &a.month, a.year) {
        (_, _, Some(m), _) => Range::month(m, today),
        (_, _, _, Some(y)) => Range::year(y, today),
        (Some(f), Some(t), _, _) => Range::new(day("from", f)?, day("to", t)?, today),
        (Some(f), None, _, _) => Range::new(day("from", f)?, today, today),
        (None, Some(t), _, _) => {
            let t = day("to", t)?;
            Range::new(t - chrono::Duration::days(6), t, today)
        }
        _ => Ok((Range::last_week(today), None)),
    }
}

/// Builds, prints, saves and exports a report.
pub fn run(profile: &str, a: &Args) -> Result<ExitCode> {
    let v = open_vault(profile)?;
    let today: NaiveDate = Stamp::now().date_str().parse().expect("a date");
    let (r, note) = range(a, today)?;
    let cfg = ChatConfig::load(&v)?;
    let mut rep = reports::build(&v, r, note, Some(&cfg))?;
    if !a.no_save {
        reports::save(&v, &mut rep)?;
    }
    let t = &rep.aggregates.totals;
    println!(
        "Report {} – {} ({} days)",
        rep.aggregates.from,
        rep.aggregates.to,
        rep.aggregates.days.len()
    );
    if let Some(n) = &rep.note {
        println!("note: {n}");
    }
    println!("\n{}\n", rep.summary);
    println!(
        "summary: {}",
        if rep.summary_source == "gemini" {
            "Gemini, from the numbers"
        } else {
            "local"
        }
    );
    let f = |v: Option<f64>, d: usize| v.map(|v| format!("{v:.d$}")).unwrap_or_else(|| "—".into());
    println!(
        "active days {} · journal {} (mood {}) · messages {} (sentiment {}) · sleep {} h · breathing {:.0} min · streak {}",
        t.active_days, t.journal_entries, f(t.mean_mood, 1), t.messages, f(t.mean_sentiment, 2), f(t.mean_sleep_hours, 1), t.breathing_minutes, rep.aggregates.streak.0
    );
    for c in &rep.aggregates.correlations {
        println!("• {}", c.text);
    }
    if let Some(out) = &a.out {
        let body = match out.extension().and_then(|e| e.to_str()) {
            Some("json") => serde_json::to_string_pretty(&rep.aggregates).expect("serializes"),
            _ => html::render(&rep),
        };
        crate::vault::profiles::write_atomic(out, body.as_bytes())?;
        println!("wrote {}", out.display());
    }
    if let Some(dir) = &a.png {
        for p in charts::write_png(dir, &rep.aggregates)? {
            println!("wrote {}", p.display());
        }
    }
    if let Some(id) = rep.saved_id {
        println!("saved as report {id}");
    }
    Ok(ExitCode::SUCCESS)
}
