//! The visiting streak: one point per local calendar day with any activity. Each activity stores the
//! person's local date at the moment it happened, so DST changes and time-zone moves never split or
//! merge days; the streak is then plain calendar arithmetic over those dates.

use crate::error::Result;
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

/// Current and longest streaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Streak {
    /// Consecutive active days ending today, or yesterday when today has no activity yet.
    pub current: u32,
    /// The longest run ever.
    pub longest: u32,
    /// The last active day.
    pub last_active: Option<NaiveDate>,
}

/// Streaks over sorted, distinct active dates, as seen on `today`.
pub fn from_days(days: &[NaiveDate], today: NaiveDate) -> Streak {
    let (mut longest, mut run) = (0u32, 0u32);
    let mut prev: Option<NaiveDate> = None;
    for d in days {
        run = match prev {
            Some(p) if p.succ_opt() == Some(*d) => run + 1,
            Some(p) if p == *d => run,
            _ => 1,
        };
        longest = longest.max(run);
        prev = Some(*d);
    }
    let alive = prev.is_some_and(|last| last == today || last.succ_opt() == Some(today));
    Streak {
        current: if alive { run } else { 0 },
        longest,
        last_active: prev,
    }
}

/// Streaks from the vault's activity days.
pub fn compute(c: &Connection, today: NaiveDate) -> Result<Streak> {
    let mut st = c.prepare("SELECT local_date FROM activity_days ORDER BY local_date")?;
    let days: Vec<NaiveDate> = st
        .query_map([], |r| r.get::<_, String>(0))?
        .filter_map(|d| {
            d.ok()
                .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
        })
        .collect();
    Ok(from_days(&days, today))
}
