//! The affect timeline use cases: one chat's or one day's readings (face, text, the person's own
//! mood) on one time axis, and the person's correction of a reading ("that's not how I felt").

use super::App;
use crate::error::Result;
use crate::vault::repo::affect::{self, AffectPoint, Scope};
use crate::vault::Stamp;

/// One chat's timeline (its messages' readings, the camera while it was on, the days' moods).
pub fn chat_timeline(app: &App, chat_id: i64) -> Result<Vec<AffectPoint>> {
    let v = app.unlocked_vault()?;
    v.with_conn(|c| affect::timeline(c, &Scope::Chat(chat_id)))
}

/// One day's timeline (`YYYY-MM-DD`): chats, journal, gratitude, the camera and the moods of that day.
pub fn day_timeline(app: &App, date: &str) -> Result<Vec<AffectPoint>> {
    let latest = chrono::Local::now().date_naive() + chrono::Days::new(1);
    crate::vault::validate::date("date", date, latest)?;
    let v = app.unlocked_vault()?;
    v.with_conn(|c| affect::timeline(c, &Scope::Day(date.to_string())))
}

/// Records what the person felt instead of what was read (`felt` = `None` takes it back).
pub fn correct(app: &App, source: &str, source_id: i64, felt: Option<&str>) -> Result<()> {
    let v = app.unlocked_vault()?;
    v.with_conn(|c| affect::correct(c, source, source_id, felt, &Stamp::now()))
}
