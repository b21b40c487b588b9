//! `mentora report PROFILE [--from D --to D | --month YYYY-MM | --year YYYY] [--out FILE] [--png DIR]`.

use super::vault::open;
use crate::api::report;
use crate::error::Result;
use crate::reports::charts;
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

/// Builds, prints, saves and exports a report.
pub fn run(profile: &str, a: &Args) -> Result<ExitCode> {
    let app = open(profile)?;
    let spec = report::RangeSpec {
        from: a.from.clone(),
        to: a.to.clone(),
        month: a.month.clone(),
        year: a.year,
    };
    let rep = report::build(&app, &spec, !a.no_save)?;
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
        "summary: {} ({})",
        rep.summary_source.as_str(),
        rep.summary_source.words()
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
        report::write(&rep, out)?;
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
