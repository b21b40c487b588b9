//! Gratitude, sleep, breathing and the profile overview. Every log awards what it earned; gratitude
//! text is scored as it is saved.

use super::App;
use crate::error::Result;
use crate::vault::repo::{gratitude, logs, sentiment};
use crate::vault::Stamp;
use crate::wellness::{breathing, overview, rewards};
use serde::Serialize;

/// A gratitude item with its sentiment.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ScoredItem {
    /// The item.
    #[serde(flatten)]
    pub item: gratitude::Item,
    /// Its score (None when the model is not available; it is scored later).
    pub sentiment: Option<sentiment::Score>,
    /// The card to show with it when the text reads as a crisis (the item is saved either way).
    pub crisis: Option<crate::safety::CrisisCard>,
}

/// Adds today's gratitude item (up to three), awards, scores it.
pub fn gratitude_add(app: &App, text: &str) -> Result<ScoredItem> {
    let v = app.unlocked_vault()?;
    let item = v.with_conn(|c| {
        let at = Stamp::now();
        let i = gratitude::add(c, text, &at)?;
        rewards::award(c, &at)?;
        Ok(i)
    })?;
    let crisis =
        crate::safety::card_for_text_with(&item.text, &app.country()?, app.semantic().as_deref());
    if let Some(card) = &crisis {
        super::safety::record_card(&v, card, "gratitude", Some(item.id))?;
    }
    let sentiment = super::sentiment::score_saved(app, &v, "gratitude", item.id, &item.text);
    Ok(ScoredItem {
        item,
        sentiment,
        crisis,
    })
}

/// Gratitude items between two days.
pub fn gratitude_list(app: &App, from: &str, to: &str) -> Result<Vec<gratitude::Item>> {
    app.with_vault(|v| v.with_conn(|c| gratitude::list(c, from, to)))
}

/// Logs a night.
pub fn sleep_log(app: &App, input: &logs::SleepInput) -> Result<logs::Sleep> {
    app.with_vault(|v| {
        v.with_conn(|c| {
            let at = Stamp::now();
            let s = logs::log_sleep(c, input, &at)?;
            rewards::award(c, &at)?;
            Ok(s)
        })
    })
}

/// Nights between two days.
pub fn sleep_list(app: &App, from: &str, to: &str) -> Result<Vec<logs::Sleep>> {
    app.with_vault(|v| v.with_conn(|c| logs::sleeps(c, from, to)))
}

/// A breathing pattern and its phase schedule.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Plan {
    /// The pattern.
    pub pattern: breathing::Pattern,
    /// Its phases for the planned time.
    pub steps: Vec<breathing::Step>,
}

/// The schedule of `pattern` (`box`, `4-7-8`, `coherent`, `custom:4-2-6-0`) for `planned_s` seconds.
pub fn breathing_plan(pattern: &str, planned_s: f64) -> Result<Plan> {
    let p = breathing::pattern(pattern)?;
    let steps = breathing::schedule(&p, planned_s)?;
    Ok(Plan { pattern: p, steps })
}

/// Logs a finished (or stopped) exercise; returns its id.
pub fn breathing_log(app: &App, session: &logs::Breathing) -> Result<i64> {
    app.with_vault(|v| {
        v.with_conn(|c| {
            let at = Stamp::now();
            let id = logs::log_breathing(c, session, &at)?;
            rewards::award(c, &at)?;
            Ok(id)
        })
    })
}

/// The profile: streak, counts, points, badges, last check-in scores.
pub fn overview(app: &App) -> Result<overview::Overview> {
    app.with_vault(|v| v.with_conn(|c| overview::overview(c, v.profile(), Stamp::now().local_date)))
}

/// Days looked at when the person names none: the last 90.
pub const BETTER_DAYS_DEFAULT: u64 = 90;

/// What goes with better days, over `from..=to` (default: the last 90 days up to today).
pub fn better_days(
    app: &App,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<crate::wellness::better_days::BetterDays> {
    let today = Stamp::now().local_date;
    let to = match to {
        Some(t) => crate::vault::validate::date("to", t, today + chrono::Days::new(1))?,
        None => today,
    };
    let from = match from {
        Some(f) => crate::vault::validate::date("from", f, today + chrono::Days::new(1))?,
        None => to - chrono::Days::new(BETTER_DAYS_DEFAULT - 1),
    };
    if from > to {
        return Err(crate::error::Error::invalid(
            "from",
            format!("{from} is after {to}"),
        ));
    }
    let (from, to) = (from.to_string(), to.to_string());
    app.with_vault(|v| v.with_conn(|c| crate::wellness::better_days::compute(c, &from, &to)))
}
