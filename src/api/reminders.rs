//! Reminders and start at login. The window's loop checks once a minute: a reminder whose time
//! passed fires a desktop notification, or is skipped when today already has a mood. The schedule
//! and whether today is logged are read from the vault while it is open and remembered in memory
//! (never on disk) so reminders go on after the vault locks itself; after a restart they start at the
//! first unlock.

use super::App;
use crate::desktop::{autostart, notify::Notifier};
use crate::error::Result;
use crate::vault::repo::settings;
use crate::vault::Stamp;
use crate::wellness::reminders::{self, Reminders};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

/// What the reminders remember between two checks.
#[derive(Debug, Default)]
pub struct State {
    schedule: Option<Reminders>,
    logged_on: Option<NaiveDate>,
    last_check: Option<NaiveDateTime>,
    /// Reminders already fired (or skipped), by day and time: a clock set back (the end of summer
    /// time) does not fire one twice.
    done: Vec<(NaiveDate, String)>,
}

/// What a check did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fired {
    /// The notification was shown (its id).
    Sent {
        /// The reminder's time.
        time: String,
        /// The desktop's notification id.
        id: u32,
    },
    /// Today already has a mood: nothing shown.
    Skipped {
        /// The reminder's time.
        time: String,
    },
    /// The desktop did not take it (no notification service).
    Failed {
        /// The reminder's time.
        time: String,
        /// Why.
        message: String,
    },
}

fn read(c: &rusqlite::Connection) -> Result<Reminders> {
    Ok(settings::get(c, reminders::KEY)?
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default())
}

/// The profile's reminders (off and empty until set).
pub fn get(app: &App) -> Result<Reminders> {
    app.with_vault(|v| v.with_conn(|c| read(c)))
}

/// Saves the reminders (times checked); they take effect at the next check.
pub fn set(app: &App, r: Reminders) -> Result<Reminders> {
    let r = r.validated()?;
    app.with_vault(|v| {
        v.with_conn(|c| {
            settings::set(
                c,
                reminders::KEY,
                &serde_json::to_value(&r).expect("serializes"),
                &Stamp::now(),
            )
        })
    })?;
    app.reminder_state().schedule = Some(r.clone());
    Ok(r)
}

/// The next time a reminder fires after `now`, as `YYYY-MM-DD HH:MM` (None when off or none).
pub fn next(app: &App, now: NaiveDateTime) -> Result<Option<String>> {
    Ok(get(app)?
        .next_after(now)
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string()))
}

/// One check at local time `now`: fires (through `notifier`) or skips a reminder whose time passed
/// since the last check. The first check only starts the clock.
pub fn tick(app: &App, now: NaiveDateTime, notifier: &dyn Notifier) -> Option<Fired> {
    // Read the vault first (no slot held), then update the memory.
    let fresh = app.background_vault().ok().and_then(|v| {
        v.with_conn(|c| {
            let today = now.date().to_string();
            let logged = !crate::vault::repo::journal::list(c, &today, &today)?.is_empty();
            Ok((read(c)?, logged))
        })
        .ok()
    });
    let (due, logged) = {
        let mut st = app.reminder_state();
        if let Some((schedule, logged)) = fresh {
            st.schedule = Some(schedule);
            // The vault says whether today is logged (an entry deleted again counts as not).
            st.logged_on = logged.then_some(now.date());
        }
        let last = st.last_check.replace(now)?;
        let due = st
            .schedule
            .as_ref()
            .and_then(|s| s.due(last, now))
            .map(|r| r.time.clone())
            .filter(|t| !st.done.contains(&(now.date(), t.clone())));
        if let Some(t) = &due {
            st.done
                .retain(|(d, _)| *d >= now.date() - chrono::Days::new(1));
            st.done.push((now.date(), t.clone()));
        }
        (due, st.logged_on == Some(now.date()))
    };
    let time = due?;
    if logged {
        tracing::info!(%time, "reminder skipped: today is logged");
        return Some(Fired::Skipped { time });
    }
    Some(match notifier.notify(reminders::SUMMARY, reminders::BODY) {
        Ok(id) => {
            tracing::info!(%time, "reminder shown");
            Fired::Sent { time, id }
        }
        Err(e) => {
            tracing::warn!(%time, "reminder not shown: {}", e.message());
            Fired::Failed {
                time,
                message: e.message().to_string(),
            }
        }
    })
}

/// Whether Mentora starts at login.
pub fn autostart_on() -> Result<bool> {
    Ok(autostart::is_on(&autostart::dir()?))
}

/// Turns start at login on (for the running program) or off.
pub fn autostart_set(on: bool) -> Result<bool> {
    let exe =
        std::env::current_exe().map_err(|e| crate::error::Error::io("finding this program", e))?;
    autostart::set(&autostart::dir()?, on, &exe)?;
    autostart_on()
}
