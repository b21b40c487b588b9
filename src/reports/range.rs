//! The period a report covers: the last 7 local days by default, a month, a year, or any range; reversed,
//! future or too long ranges, and days outside the years 1–9999, are clear errors, and a range reaching
//! past today stops at today.

use crate::error::{Error, Result};
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

/// Longest range (a leap year and a bit).
pub const MAX_DAYS: i64 = 400;

/// The years a range may cover: what `YYYY` can write. Far enough from chrono's own limits (about
/// ±262,000) that a range's previous period and every day in it are always representable.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

fn in_years(field: &str, d: NaiveDate) -> Result<NaiveDate> {
    if YEARS.contains(&d.year()) {
        Ok(d)
    } else {
        Err(Error::invalid(
            field,
            format!(
                "{d} is outside the years a report can cover ({:04}–{})",
                YEARS.start(),
                YEARS.end()
            ),
        ))
    }
}

/// A checked range of local days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Range {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl Range {
    /// Checks `from..=to` against `today`: reversed and wholly future ranges are errors; the part
    /// after today is cut off (the returned note says so).
    pub fn new(
        from: NaiveDate,
        to: NaiveDate,
        today: NaiveDate,
    ) -> Result<(Range, Option<String>)> {
        let from = in_years("from", from)?;
        let to = in_years("to", to)?;
        if to < from {
            return Err(Error::invalid(
                "to",
                format!("{to} is before {from}: the range is reversed"),
            ));
        }
        if from > today {
            return Err(Error::invalid(
                "from",
                format!("{from} is in the future: there is nothing to report yet"),
            ));
        }
        let mut note = None;
        let to = if to > today {
            note = Some(format!(
                "The range was cut at today ({today}); later days have no data yet."
            ));
            today
        } else {
            to
        };
        let r = Range { from, to };
        if r.days() > MAX_DAYS {
            return Err(Error::invalid(
                "from",
                format!(
                    "{} days is too long for one report (at most {MAX_DAYS})",
                    r.days()
                ),
            ));
        }
        Ok((r, note))
    }

    /// The last 7 local days, today included.
    pub fn last_week(today: NaiveDate) -> Range {
        Range {
            from: today - Duration::days(6),
            to: today,
        }
    }

    /// A calendar month (`YYYY-MM`).
    pub fn month(spec: &str, today: NaiveDate) -> Result<(Range, Option<String>)> {
        let first = NaiveDate::parse_from_str(&format!("{}-01", spec.trim()), "%Y-%m-%d").map_err(
            |_| {
                Error::invalid(
                    "month",
                    format!("not a month in YYYY-MM form (got '{spec}')"),
                )
            },
        )?;
        let first = in_years("month", first)?;
        let last = first
            .checked_add_months(chrono::Months::new(1))
            .and_then(|next| next.pred_opt())
            .ok_or_else(|| Error::invalid("month", format!("out of range (got '{spec}')")))?;
        Range::new(first, last, today)
    }

    /// A calendar year.
    pub fn year(year: i32, today: NaiveDate) -> Result<(Range, Option<String>)> {
        let out = || {
            Error::invalid(
                "year",
                format!(
                    "{year} is outside the years a report can cover ({:04}–{})",
                    YEARS.start(),
                    YEARS.end()
                ),
            )
        };
        if !YEARS.contains(&year) {
            return Err(out());
        }
        let f = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(out)?;
        let t = NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(out)?;
        Range::new(f, t, today)
    }

    /// The previous complete Monday–Sunday week.
    pub fn previous_iso_week(today: NaiveDate) -> Range {
        let monday = today - Duration::days(today.weekday().num_days_from_monday() as i64);
        Range {
            from: monday - Duration::days(7),
            to: monday - Duration::days(1),
        }
    }

    /// Days in the range.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The range of the same length just before this one (stopping at chrono's first day, which a
    /// checked range never comes near).
    pub fn previous(&self) -> Range {
        let len = Duration::days(self.days());
        let back = |d: NaiveDate| d.checked_sub_signed(len).unwrap_or(NaiveDate::MIN);
        Range {
            from: back(self.from),
            to: back(self.to),
        }
    }

    /// Every day, in order.
    pub fn iter(&self) -> impl Iterator<Item = NaiveDate> {
        let from = self.from;
        (0..self.days()).map(move |i| from + Duration::days(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn checks_and_cuts() {
        let today = d("2026-11-22");
        assert_eq!(Range::last_week(today).days(), 7);
        assert!(Range::new(d("2026-11-20"), d("2026-11-10"), today)
            .unwrap_err()
            .message()
            .contains("reversed"));
        assert!(Range::new(d("2026-12-01"), d("2026-12-07"), today)
            .unwrap_err()
            .message()
            .contains("future"));
        let (r, note) = Range::new(d("2026-11-20"), d("2026-11-30"), today).unwrap();
        assert_eq!((r.to, note.is_some()), (today, true));
        assert_eq!(Range::month("2026-02", today).unwrap().0.days(), 28);
        assert_eq!(Range::year(2024, today).unwrap().0.days(), 366);
        assert_eq!(
            Range::previous_iso_week(today),
            Range {
                from: d("2026-11-09"),
                to: d("2026-11-15")
            }
        );
        assert!(Range::new(d("2020-01-01"), d("2026-01-01"), today).is_err());
    }

    #[test]
    fn days_outside_the_years_1_to_9999_are_refused() {
        let today = d("2026-11-22");
        for (f, t) in [
            (NaiveDate::MIN, NaiveDate::MIN),
            (NaiveDate::MIN, today),
            (d("0000-12-31"), d("0001-01-01")),
            (today, NaiveDate::MAX),
        ] {
            let e = Range::new(f, t, today).unwrap_err();
            assert_eq!(e.code(), crate::Code::InvalidInput, "{e}");
            assert!(e.message().contains("outside the years"), "{e}");
        }
        let (r, _) = Range::new(d("0001-01-01"), d("0001-01-31"), today).unwrap();
        assert_eq!(r.previous().days(), 31);
        for m in ["0000-12", "-262143-01", "+262143-12", "10000-01"] {
            assert!(Range::month(m, today).is_err(), "{m}");
        }
        for y in [i32::MIN, -1, 0, 10_000, i32::MAX] {
            assert!(Range::year(y, today).is_err(), "{y}");
        }
        let far = Range {
            from: NaiveDate::MIN,
            to: NaiveDate::MIN,
        };
        assert_eq!(far.previous().from, NaiveDate::MIN);
    }
}
