//! Reminders the person sets: times of day and the weekdays each one is on, all off until they are
//! turned on. A reminder is due when its time passes between two checks (so one missed while the
//! computer slept is not fired late, and none fires at start for the hours before). It is skipped
//! when today already has a mood logged.

use crate::error::{Error, Result};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

/// Most reminders a day.
pub const MAX: usize = 8;
/// The settings key they are kept under (in the vault).
pub const KEY: &str = "reminders";
/// A reminder more than this late (the computer slept, the app was closed) is not fired.
pub const GRACE_MINUTES: i64 = 10;
/// What a reminder says: an invitation, never health data.
pub const SUMMARY: &str = "Mentora";
/// The body.
pub const BODY: &str = "A moment for yourself? Log how today is going.";

/// One reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Reminder {
    /// `HH:MM`, local time.
    pub time: String,
    /// Weekdays it is on: 0 = Monday … 6 = Sunday (empty: every day).
    #[serde(default)]
    pub days: Vec<u8>,
}

/// The person's reminders.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
pub struct Reminders {
    /// Off until the person turns them on.
    pub enabled: bool,
    /// The times.
    pub list: Vec<Reminder>,
}

impl Reminders {
    /// Checks the times and days (`input.invalid` naming the reminder).
    pub fn validated(mut self) -> Result<Self> {
        if self.list.len() > MAX {
            return Err(Error::invalid("reminders", format!("at most {MAX}")));
        }
        for (i, r) in self.list.iter_mut().enumerate() {
            let t = NaiveTime::parse_from_str(r.time.trim(), "%H:%M").map_err(|_| {
                Error::invalid(
                    &format!("reminder {}", i + 1),
                    format!("time as HH:MM (got '{}')", r.time),
                )
            })?;
            r.time = t.format("%H:%M").to_string();
            if let Some(d) = r.days.iter().find(|d| **d > 6) {
                return Err(Error::invalid(
                    &format!("reminder {}", i + 1),
                    format!("days are 0 (Monday) to 6 (Sunday) (got {d})"),
                ));
            }
            r.days.sort_unstable();
            r.days.dedup();
        }
        self.list.sort_by(|a, b| a.time.cmp(&b.time));
        Ok(self)
    }

    /// The first reminder whose time passed in `(after, until]`, on one of its days, at most
    /// `GRACE_MINUTES` before `until`.
    pub fn due(&self, after: NaiveDateTime, until: NaiveDateTime) -> Option<&Reminder> {
        if !self.enabled || until <= after {
            return None;
        }
        let mut day = after.date();
        while day <= until.date() {
            let wd = day.weekday().num_days_from_monday() as u8;
            for r in &self.list {
                let Ok(t) = NaiveTime::parse_from_str(&r.time, "%H:%M") else {
                    continue;
                };
                let at = day.and_time(t);
                let fresh = until - at <= chrono::Duration::minutes(GRACE_MINUTES);
                if at > after && at <= until && fresh && (r.days.is_empty() || r.days.contains(&wd))
                {
                    return Some(r);
                }
            }
            day = match day.succ_opt() {
                Some(d) => d,
                None => break,
            };
        }
        None
    }

    /// The next time one fires after `now` (within a week), for the Today screen.
    pub fn next_after(&self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        if !self.enabled {
            return None;
        }
        let mut best: Option<NaiveDateTime> = None;
        for k in 0..8u64 {
            let day: NaiveDate = now.date() + chrono::Days::new(k);
            let wd = day.weekday().num_days_from_monday() as u8;
            for r in &self.list {
                let Ok(t) = NaiveTime::parse_from_str(&r.time, "%H:%M") else {
                    continue;
                };
                let at = day.and_time(t);
                if at > now
                    && (r.days.is_empty() || r.days.contains(&wd))
                    && best.is_none_or(|b| at < b)
                {
                    best = Some(at);
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn due_only_when_its_time_passes_on_its_days() {
        let r = Reminders {
            enabled: true,
            list: vec![
                Reminder {
                    time: "20:30".into(),
                    days: vec![],
                },
                // 2026-12-05 is a Saturday (5).
                Reminder {
                    time: "09:00".into(),
                    days: vec![5],
                },
            ],
        }
        .validated()
        .unwrap();
        assert!(r
            .due(at("2026-12-03 20:29"), at("2026-12-03 20:30"))
            .is_some());
        assert!(
            r.due(at("2026-12-03 20:30"), at("2026-12-03 20:31"))
                .is_none(),
            "once"
        );
        assert!(
            r.due(at("2026-12-04 08:59"), at("2026-12-04 09:00"))
                .is_none(),
            "Friday"
        );
        assert_eq!(
            r.due(at("2026-12-05 08:59"), at("2026-12-05 09:00"))
                .unwrap()
                .time,
            "09:00"
        );
        assert!(r
            .due(at("2026-12-03 23:59"), at("2026-12-04 00:01"))
            .is_none());
        // Slept through it: not fired late.
        assert!(r
            .due(at("2026-12-03 18:00"), at("2026-12-03 22:00"))
            .is_none());
        assert!(r
            .due(at("2026-12-03 18:00"), at("2026-12-03 20:40"))
            .is_some());
        assert_eq!(
            r.next_after(at("2026-12-04 21:00")),
            Some(at("2026-12-05 09:00"))
        );
        let off = Reminders {
            enabled: false,
            ..r
        };
        assert!(off
            .due(at("2026-12-03 20:29"), at("2026-12-03 20:30"))
            .is_none());
    }

    #[test]
    fn bad_times_and_days_are_named() {
        let bad = |time: &str, days: Vec<u8>| {
            Reminders {
                enabled: true,
                list: vec![Reminder {
                    time: time.into(),
                    days,
                }],
            }
            .validated()
            .unwrap_err()
            .message()
            .to_string()
        };
        assert!(bad("25:00", vec![]).starts_with("reminder 1: time as HH:MM"));
        assert!(bad("8:00", vec![7]).starts_with("reminder 1: days are 0"));
        let ok = Reminders {
            enabled: true,
            list: vec![Reminder {
                time: "8:05".into(),
                days: vec![3, 1, 1],
            }],
        }
        .validated()
        .unwrap();
        assert_eq!(
            ok.list[0],
            Reminder {
                time: "08:05".into(),
                days: vec![1, 3]
            }
        );
    }
}
