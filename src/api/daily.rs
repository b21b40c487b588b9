//! The daily loop: Today, a quick mood with activities, the calendar and the year in pixels, one
//! day's contents, the person's activities, prompts and templates (what goes with better days is in
//! `wellness`).

use super::App;
use crate::error::{Error, Result};
use crate::vault::repo::activities::{self, Activity, ActivityInput};
use crate::vault::repo::journal::EntryInput;
use crate::vault::repo::templates::{self, Template};
use crate::vault::Stamp;
use crate::wellness::daily::{self, DayCell, DayView, Today};
use crate::wellness::prompts::{self, Prompt};
use chrono::{Datelike, NaiveDate};

/// Today, for the landing screen.
pub fn today(app: &App) -> Result<Today> {
    let mut t = app.with_vault(|v| v.with_conn(|c| daily::today(c, Stamp::now().local_date)))?;
    t.next_reminder = super::reminders::next(app, chrono::Local::now().naive_local())?;
    Ok(t)
}

/// A quick mood (one tap) with activities: a journal entry with no text, through the journal's whole
/// use case (saved, awarded, the activities as tags); activities not in the list yet join it.
pub fn quick_mood(
    app: &App,
    mood: i64,
    activities: &[String],
) -> Result<super::journal::ScoredEntry> {
    let e = super::journal::add(
        app,
        &EntryInput {
            mood,
            tags: activities.to_vec(),
            title: String::new(),
            text: String::new(),
        },
    )?;
    // The entry is saved; the list growing is a convenience and never loses it.
    if let Err(err) = app
        .with_vault(|v| v.with_conn(|c| activities::add_seen(c, &e.entry.tags, "", &Stamp::now())))
    {
        tracing::warn!(code = %err.code(), "activities not added to the list: {}", err.message());
    }
    Ok(e)
}

/// Every day of `month` (`YYYY-MM`).
pub fn calendar(app: &App, month: &str) -> Result<Vec<DayCell>> {
    let first = NaiveDate::parse_from_str(&format!("{}-01", month.trim()), "%Y-%m-%d")
        .map_err(|_| Error::invalid("month", format!("YYYY-MM, like 2026-11 (got '{month}')")))?;
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .ok_or_else(|| Error::invalid("month", "out of range"))?;
    let last = next.pred_opt().expect("a day before");
    app.with_vault(|v| v.with_conn(|c| daily::days(c, first, last)))
}

/// Every day of `year`: the year in pixels.
pub fn year(app: &App, year: i32) -> Result<Vec<DayCell>> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1)
        .filter(|d| (1970..=9999).contains(&d.year()))
        .ok_or_else(|| Error::invalid("year", format!("1970 to 9999 (got {year})")))?;
    let last = NaiveDate::from_ymd_opt(year, 12, 31).expect("valid");
    app.with_vault(|v| v.with_conn(|c| daily::days(c, first, last)))
}

/// What was written on `date` (`YYYY-MM-DD`).
pub fn day(app: &App, date: &str) -> Result<DayView> {
    let d = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid("date", format!("YYYY-MM-DD (got '{date}')")))?;
    app.with_vault(|v| v.with_conn(|c| daily::day(c, d)))
}

/// The person's activities (their list, then tags seen on entries).
pub fn activities(app: &App) -> Result<Vec<Activity>> {
    app.with_vault(|v| v.with_conn(|c| activities::list(c)))
}

/// Adds an activity to the list (or changes its emoji and group).
pub fn activity_add(app: &App, input: &ActivityInput) -> Result<Activity> {
    app.with_vault(|v| v.with_conn(|c| activities::add(c, input, &Stamp::now())))
}

/// Takes an activity off the list (entries keep it).
pub fn activity_remove(app: &App, name: &str) -> Result<()> {
    app.with_vault(|v| v.with_conn(|c| activities::remove(c, name)))
}

/// The built-in prompts.
pub fn prompts() -> Vec<Prompt> {
    prompts::all()
}

/// The person's templates.
pub fn templates(app: &App) -> Result<Vec<Template>> {
    app.with_vault(|v| v.with_conn(|c| templates::list(c)))
}

/// Saves a template.
pub fn template_add(app: &App, title: &str, body: &str) -> Result<Template> {
    app.with_vault(|v| v.with_conn(|c| templates::add(c, title, body, &Stamp::now())))
}

/// Deletes a template.
pub fn template_delete(app: &App, id: i64) -> Result<()> {
    app.with_vault(|v| v.with_conn(|c| templates::delete(c, id)))
}
