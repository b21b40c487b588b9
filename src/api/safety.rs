//! Safety beyond one card: the safety plan (edit, read), cards recorded as events, a card dismissed
//! ("I'm safe — carry on"), and the risk that persists: a crisis hit or PHQ-9 item 9 > 0 in the last
//! 14 days keeps resources within reach and asks a gentle check-in at the next unlock.

use super::App;
use crate::error::Result;
use crate::safety::plan::SafetyPlan;
use crate::safety::{CrisisCard, Reason, Resource};
use crate::vault::repo::safety as repo;
use crate::vault::{Stamp, Vault};
use serde::Serialize;

/// How long a crisis keeps the risk state on.
pub const RISK_DAYS: i64 = 14;

/// Where a card came from (the `source` of its event).
pub const SOURCES: [&str; 5] = ["chat", "journal", "gratitude", "checkin", "import"];

/// The risk that persists, as the window shows it after unlock.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Risk {
    /// A crisis or PHQ-9 item 9 > 0 in the last 14 days.
    pub active: bool,
    /// The local date of the latest such moment.
    pub last: Option<String>,
    /// The gentle check-in is due: nothing answered since the latest risk moment.
    pub check_in_due: bool,
    /// Lines for the person's country, kept within reach while active.
    pub resources: Vec<Resource>,
    /// The person's safety plan (empty when none).
    pub plan: SafetyPlan,
}

fn reason_word(r: Reason) -> &'static str {
    match r {
        Reason::Phq9Item9 => "phq9_item9",
        Reason::CrisisLanguage => "crisis_language",
        Reason::ModelSafety => "model_safety",
        Reason::ConcernForOther => "concern_for_other",
    }
}

/// Records that `card` was shown for row `source_id` of `source` (background work: no idle reset).
pub fn record_card(
    v: &Vault,
    card: &CrisisCard,
    source: &str,
    source_id: Option<i64>,
) -> Result<()> {
    let kind = if card.reason == Reason::ConcernForOther {
        "concern"
    } else {
        "crisis"
    };
    v.with_conn(|c| {
        repo::record(
            c,
            kind,
            reason_word(card.reason),
            source,
            source_id,
            &Stamp::now(),
        )
        .map(|_| ())
    })
}

/// The safety plan (empty when none was written).
pub fn plan(app: &App) -> Result<SafetyPlan> {
    app.with_vault(|v| v.with_conn(|c| repo::plan(c)))
}

/// Saves the safety plan (items trimmed, blanks dropped, limits checked).
pub fn plan_save(app: &App, plan: &SafetyPlan) -> Result<SafetyPlan> {
    let p = plan.clone().cleaned()?;
    app.with_vault(|v| v.with_conn(|c| repo::save_plan(c, &p, &Stamp::now())))
}

/// "I'm safe — carry on": the card for row `source_id` of `source` was shown by mistake. Recorded;
/// the conversation goes on (a crisis turn is still never sent to a cloud model).
pub fn dismiss(app: &App, source: &str, source_id: Option<i64>) -> Result<()> {
    let source = crate::vault::validate::one_of("source", source, &SOURCES)?;
    app.with_vault(|v| {
        v.with_conn(|c| {
            repo::record(
                c,
                "dismissed",
                "person_safe",
                source,
                source_id,
                &Stamp::now(),
            )
            .map(|_| ())
        })
    })
}

/// The person answered the gentle check-in after unlock.
pub fn checked_in(app: &App) -> Result<()> {
    app.with_vault(|v| {
        v.with_conn(|c| {
            repo::record(c, "checked_in", "answered", "unlock", None, &Stamp::now()).map(|_| ())
        })
    })
}

/// The risk that persists: crisis cards and PHQ-9 item 9 > 0 (events), and chat crisis turns, in
/// the last 14 days. A new chat does not reset it; a dismissed card still counts (safety first),
/// but the check-in is asked once per risk moment.
pub fn risk(app: &App) -> Result<Risk> {
    let v = app.background_vault()?;
    let country = app.country()?;
    let since = Stamp::now().utc_ms - RISK_DAYS * 86_400_000;
    let (events, chat, plan) = v.with_conn(|c| {
        Ok((
            repo::since(c, since)?,
            repo::crisis_messages_since(c, since)?,
            repo::plan(c)?,
        ))
    })?;
    let latest_risk = events
        .iter()
        .filter(|e| e.kind == "crisis")
        .map(|e| (e.created_at, e.local_date.clone()))
        .chain(chat.iter().map(|(_, t)| {
            let d = chrono::DateTime::from_timestamp_millis(*t)
                .map(|d| d.with_timezone(&chrono::Local).date_naive().to_string())
                .unwrap_or_default();
            (*t, d)
        }))
        .max_by_key(|(t, _)| *t);
    let answered = events
        .iter()
        .filter(|e| e.kind == "checked_in")
        .map(|e| e.created_at)
        .max();
    Ok(match latest_risk {
        Some((t, date)) => Risk {
            active: true,
            last: Some(date),
            check_in_due: answered.is_none_or(|a| a < t),
            resources: crate::safety::resources_for(&country),
            plan,
        },
        None => Risk {
            active: false,
            last: None,
            check_in_due: false,
            resources: Vec::new(),
            plan,
        },
    })
}

/// Imported entries are checked like everything a person writes, but old text brings no card storm:
/// each journal entry (id above `journal_after`), gratitude item and check-in note (when `all`) that
/// reads as crisis or concern is recorded as `flagged` for review. Returns how many.
pub fn flag_imported(app: &App, v: &Vault, journal_after: i64, all: bool) -> Result<usize> {
    let semantic = app.semantic();
    let rows: Vec<(&str, i64, String)> = v.with_conn(|c| {
        let mut out = Vec::new();
        let mut q = |table: &'static str, sql: &str, arg: i64| -> Result<()> {
            let mut st = c.prepare(sql)?;
            let found = st
                .query_map([arg], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            out.extend(found.into_iter().map(|(id, t)| (table, id, t)));
            Ok(())
        };
        q(
            "journal",
            "SELECT id, title || char(10) || text FROM journal_entries WHERE id > ?1",
            journal_after,
        )?;
        if all {
            q(
                "gratitude",
                "SELECT id, text FROM gratitude_items WHERE id > ?1",
                0,
            )?;
            q(
                "checkin",
                "SELECT id, note FROM assessments WHERE id > ?1 AND note != ''",
                0,
            )?;
        }
        Ok(out)
    })?;
    let mut flagged = 0;
    for (table, id, text) in rows {
        let level = crate::safety::crisis::check_with(&text, semantic.as_deref()).level;
        let reason = match level {
            crate::safety::crisis::Level::Crisis => "crisis_language",
            crate::safety::crisis::Level::Concern => "concern_for_other",
            crate::safety::crisis::Level::None => continue,
        };
        v.with_conn(|c| {
            repo::record(
                c,
                "flagged",
                &format!("{reason}:{table}"),
                "import",
                Some(id),
                &Stamp::now(),
            )
        })?;
        flagged += 1;
    }
    Ok(flagged)
}
