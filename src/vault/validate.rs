//! Input checks shared by the repositories; each failure is `input.invalid` naming the field.

use crate::error::{Error, Result};
use chrono::{NaiveDate, NaiveTime};

/// Trimmed text of at most `max` characters; `min` 0 allows empty.
pub fn text(field: &str, s: &str, min: usize, max: usize) -> Result<String> {
    if s.len() > max * 4 || s.chars().count() > max {
        return Err(Error::invalid(field, format!("at most {max} characters")));
    }
    let t = s.trim();
    if t.chars().count() < min {
        return Err(Error::invalid(
            field,
            if min == 1 {
                "must not be empty".to_string()
            } else {
                format!("at least {min} characters")
            },
        ));
    }
    if t.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err(Error::invalid(field, "contains control characters"));
    }
    Ok(t.to_string())
}

/// An integer in `lo..=hi`.
pub fn range<T: PartialOrd + std::fmt::Display + Copy>(
    field: &str,
    v: T,
    lo: T,
    hi: T,
) -> Result<T> {
    if v < lo || v > hi {
        return Err(Error::invalid(
            field,
            format!("must be between {lo} and {hi} (got {v})"),
        ));
    }
    Ok(v)
}

/// One of the allowed words.
pub fn one_of<'a>(field: &str, v: &str, allowed: &[&'a str]) -> Result<&'a str> {
    allowed.iter().find(|a| **a == v).copied().ok_or_else(|| {
        Error::invalid(
            field,
            format!("must be one of {} (got '{v}')", allowed.join(", ")),
        )
    })
}

/// A `YYYY-MM-DD` date, not after `latest`.
pub fn date(field: &str, s: &str, latest: NaiveDate) -> Result<NaiveDate> {
    let d = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(field, format!("not a date in YYYY-MM-DD form (got '{s}')")))?;
    not_future(field, d, latest)
}

/// A date that is not in the future.
pub fn not_future(field: &str, d: NaiveDate, latest: NaiveDate) -> Result<NaiveDate> {
    if d > latest {
        return Err(Error::invalid(field, format!("{d} is in the future")));
    }
    Ok(d)
}

/// A `HH:MM` time of day.
pub fn time_hm(field: &str, s: &str) -> Result<NaiveTime> {
    NaiveTime::parse_from_str(s.trim(), "%H:%M")
        .map_err(|_| Error::invalid(field, format!("not a time in HH:MM form (got '{s}')")))
}
