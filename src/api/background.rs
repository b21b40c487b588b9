//! What the window does on its own every few seconds: lock after the idle time, summarize chat
//! conversations left idle, unload idle models (on-device LLM, sentiment, semantic, vision), fire the person's reminders and write
//! the automatic backup when one is due. None of
//! it counts as the person's use, so it never keeps the vault open.

use super::App;
use crate::chat::summary::SessionSummary;
use std::time::Instant;

/// Seconds between two steps of the window's loop.
pub const STEP_SECONDS: u64 = 5;
/// The text and vision models nobody asked for in this long are unloaded (loaded again on next use).
pub const ENGINE_IDLE: std::time::Duration = std::time::Duration::from_secs(5 * 60);

/// What a step did, for the window to hear.
#[derive(Debug, Clone)]
pub enum Event {
    /// The vault locked itself.
    Locked,
    /// An idle conversation ended and was summarized.
    SessionEnded(SessionSummary),
    /// A reminder's time came: shown or skipped.
    Reminder(super::reminders::Fired),
    /// An automatic backup was written and read back.
    BackedUp(super::backups::Done),
    /// An automatic backup failed (tried again in an hour; the settings show why).
    BackupFailed(crate::Error),
}

/// Step `n` (from 1) of the loop, as if the clock read `now`: every step checks the idle time; every
/// 12th (once a minute) ends conversations idle for 10 minutes and checks the reminders (desktop
/// notifications on the session bus, at the local time `local`).
pub fn step(app: &App, n: u64, now: Instant) -> Vec<Event> {
    step_with(
        app,
        n,
        now,
        chrono::Local::now().naive_local(),
        &crate::desktop::notify::Desktop::default(),
    )
}

/// [`step`] with the local time and the notifier given (tests).
pub fn step_with(
    app: &App,
    n: u64,
    now: Instant,
    local: chrono::NaiveDateTime,
    notifier: &dyn crate::desktop::notify::Notifier,
) -> Vec<Event> {
    let mut out = Vec::new();
    if app.tick_at(now) {
        tracing::info!("vault locked after the idle time");
        out.push(Event::Locked);
    }
    if n % 12 == 0 {
        if let Some(d) = app.loaded_device_llm() {
            if d.unload_if_idle(now, crate::chat::device::IDLE_UNLOAD) {
                crate::runtime::give_back_freed_memory();
            }
        }
        app.unload_idle_engines(now, ENGINE_IDLE);
        match super::chat::end_idle(app) {
            Ok(ended) => out.extend(ended.into_iter().map(Event::SessionEnded)),
            Err(e) if e.code() == crate::Code::VaultLocked => {}
            Err(e) => {
                tracing::warn!(code = %e.code(), "idle chats were not summarized: {}", e.message())
            }
        }
        out.extend(super::reminders::tick(app, local, notifier).map(Event::Reminder));
        match super::backups::tick(app, crate::vault::Stamp::now().utc_ms) {
            Some(Ok(done)) => out.push(Event::BackedUp(done)),
            Some(Err(e)) => out.push(Event::BackupFailed(e)),
            None => {}
        }
    }
    out
}
