//! Reports for any date range: aggregates from the vault, plotters charts, a Gemini or local summary,
//! saved in the vault, exported as one HTML file; the weekly report made on the first launch of a week.

pub mod aggregate;
pub mod charts;
pub mod html;
pub mod range;
pub mod summary;
pub mod voice;

use crate::chat::ChatConfig;
use crate::error::Result;
use crate::vault::repo::{reports, settings};
use crate::vault::{Stamp, Vault};
use aggregate::Aggregates;
use chrono::NaiveDate;
use range::Range;
use serde::Serialize;

/// Vault setting: let Gemini read journal text when it writes a report's summary (off by default).
pub const SHARE_JOURNAL: &str = "reports.share_journal_text";

/// A finished report.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Report {
    /// The numbers.
    pub aggregates: Aggregates,
    /// The summary.
    pub summary: String,
    /// `gemini` or `local`.
    pub summary_source: crate::vault::repo::SummarySource,
    /// (name, SVG) per chart, in `charts::CHARTS` order.
    pub charts: Vec<(String, String)>,
    /// A remark about the range (cut at today).
    pub note: Option<String>,
    /// The language of its words (one of the six).
    pub lang: String,
    /// Id in the vault once saved.
    pub saved_id: Option<i64>,
}

/// Builds a report (aggregates, charts as SVG, summary) with its words in `lang`; `chat` enables
/// the companion's summary.
pub fn build(
    vault: &Vault,
    r: Range,
    note: Option<String>,
    chat: Option<&ChatConfig>,
    lang: &str,
) -> Result<Report> {
    // Every number of a report is health data: Gemini writes the summary only with the opt-in; the
    // model on this device and the local server keep it on this machine.
    let chat = chat.filter(|c| c.share_health || c.backend.on_this_machine());
    let model = crate::text::scoring::chosen_model(vault)?;
    let (aggregates, journal) = vault.with_conn(|c| {
        let a = aggregate::aggregate(c, &r, &model, lang)?;
        let share = settings::get(c, SHARE_JOURNAL)?
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        let journal = if share {
            let list = crate::vault::repo::journal::list(c, &a.from, &a.to)?;
            Some(
                list.into_iter()
                    .filter(|e| !e.text.is_empty())
                    .map(|e| format!("{} (mood {}/5): {}", e.local_date, e.mood, e.text))
                    .collect::<Vec<_>>(),
            )
        } else {
            None
        };
        Ok((a, journal))
    })?;
    let charts = charts::all_svg(&aggregates, lang)?;
    let (summary, source) = summary::summarize(chat, &aggregates, journal.as_deref(), lang)?;
    Ok(Report {
        aggregates,
        summary,
        summary_source: source,
        charts,
        note,
        lang: lang.to_string(),
        saved_id: None,
    })
}

/// Saves a report's summary and aggregates in the vault.
pub fn save(vault: &Vault, rep: &mut Report) -> Result<i64> {
    let data = serde_json::to_string(&rep.aggregates).expect("serializes");
    let saved = vault.with_conn(|c| {
        reports::save(
            c,
            &rep.aggregates.from,
            &rep.aggregates.to,
            &rep.summary,
            rep.summary_source,
            &data,
            &Stamp::now(),
        )
    })?;
    rep.saved_id = Some(saved.id);
    Ok(saved.id)
}

/// On the first launch of a new week: the previous Monday–Sunday's report, made and saved once.
pub fn weekly_if_due(
    vault: &Vault,
    chat: Option<&ChatConfig>,
    today: NaiveDate,
    lang: &str,
) -> Result<Option<Report>> {
    let r = Range::previous_iso_week(today);
    let exists = vault.with_conn(|c| {
        Ok(reports::list(c)?
            .iter()
            .any(|s| s.range_from == r.from.to_string() && s.range_to == r.to.to_string()))
    })?;
    if exists {
        return Ok(None);
    }
    let mut rep = build(vault, r, None, chat, lang)?;
    save(vault, &mut rep)?;
    Ok(Some(rep))
}
