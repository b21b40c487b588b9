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
        "{}",
        crate::t!(
            "report-head",
            from = rep.aggregates.from.to_string(),
            to = rep.aggregates.to.to_string(),
            days = rep.aggregates.days.len()
        )
    );
    if let Some(n) = &rep.note {
        println!("{}", crate::t!("note", note = n.as_str()));
    }
    println!("\n{}\n", rep.summary);
    println!(
        "{}",
        crate::t!(
            "report-summary-source",
            source = rep.summary_source.as_str(),
            words = rep.summary_source.words(&rep.lang)
        )
    );
    let f = |v: Option<f64>, d: usize| v.map(|v| format!("{v:.d$}")).unwrap_or_else(|| "—".into());
    println!(
        "{}",
        crate::t!(
            "report-totals",
            active = t.active_days,
            entries = t.journal_entries,
            mood = f(t.mean_mood, 1),
            messages = t.messages,
            sentiment = f(t.mean_sentiment, 2),
            sleep = f(t.mean_sleep_hours, 1),
            breathing = format!("{:.0}", t.breathing_minutes),
            streak = rep.aggregates.streak.0
        )
    );
    for c in &rep.aggregates.correlations {
        println!("• {}", c.text);
    }
    if let Some(out) = &a.out {
        report::write(&rep, out)?;
        println!("{}", crate::t!("wrote", path = out.display().to_string()));
    }
    if let Some(dir) = &a.png {
        for p in charts::write_png(dir, &rep.aggregates, &rep.lang)? {
            println!("{}", crate::t!("wrote", path = p.display().to_string()));
        }
    }
    if let Some(id) = rep.saved_id {
        println!("{}", crate::t!("report-saved", id = id));
    }
    Ok(ExitCode::SUCCESS)
}
