//! When something happened: the UTC instant plus the person's local calendar date and UTC offset then.

use chrono::{DateTime, FixedOffset, Local, NaiveDate};

/// A moment as the vault stores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// Unix milliseconds, UTC.
    pub utc_ms: i64,
    /// The local calendar date at that moment.
    pub local_date: NaiveDate,
    /// Minutes east of UTC at that moment.
    pub tz_offset_min: i32,
}

impl Stamp {
    /// Now, in the machine's time zone.
    pub fn now() -> Self {
        Self::at(Local::now().fixed_offset())
    }

    /// A given moment with its offset.
    pub fn at(t: DateTime<FixedOffset>) -> Self {
        Self {
            utc_ms: t.timestamp_millis(),
            local_date: t.date_naive(),
            tz_offset_min: t.offset().local_minus_utc() / 60,
        }
    }

    /// `YYYY-MM-DD`.
    pub fn date_str(&self) -> String {
        self.local_date.format("%Y-%m-%d").to_string()
    }
}
