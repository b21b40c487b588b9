//! The profile overview: who, and how they have been doing, in one response (streak, counts, weekly
//! journal frequency, points, badges, the latest check-ins with their trend).

use super::{rewards, streaks};
use crate::error::Result;
use crate::vault::repo::assessments;
use crate::vault::Profile;
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

/// Latest score of a check-in kind and its change from the one before.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct LastScore {
    /// Total.
    pub total: i64,
    /// Band.
    pub severity: String,
    /// Local date.
    pub date: String,
    /// Total minus the previous total (negative = better), if there was one.
    pub change: Option<i64>,
}

/// Identity plus activity.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Overview {
    /// Name.
    pub name: String,
    /// Member since (Unix ms).
    pub created_at: i64,
    /// Streaks.
    pub streak: streaks::Streak,
    /// Rows per kind: journal, gratitude, sleep, breathing, checkins, chats, messages.
    pub counts: Vec<(String, i64)>,
    /// Journal entries per week over the last 4 weeks.
    pub journal_per_week: f64,
    /// Points.
    pub points: i64,
    /// Badge codes.
    pub badges: Vec<String>,
    /// Last PHQ-9.
    pub phq9: Option<LastScore>,
    /// Last GAD-7.
    pub gad7: Option<LastScore>,
}

fn last(c: &Connection, kind: &str) -> Result<Option<LastScore>> {
    let h = assessments::history(c, kind)?;
    Ok(h.last().map(|a| LastScore {
        total: a.total,
        severity: a.severity.clone(),
        date: a.local_date.clone(),
        change: (h.len() >= 2).then(|| a.total - h[h.len() - 2].total),
    }))
}

/// The overview as seen on `today`.
pub fn overview(c: &Connection, profile: &Profile, today: NaiveDate) -> Result<Overview> {
    let mut counts = Vec::new();
    for (label, table) in [
        ("journal", "journal_entries"),
        ("gratitude", "gratitude_items"),
        ("sleep", "sleep_logs"),
        ("breathing", "breathing_sessions"),
        ("checkins", "assessments"),
        ("chats", "chats"),
        ("messages", "messages"),
    ] {
        counts.push((
            label.to_string(),
            c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?,
        ));
    }
    let since = (today - chrono::Days::new(27)).to_string();
    let recent: i64 = c.query_row(
        "SELECT count(*) FROM journal_entries WHERE local_date >= ?1",
        [since],
        |r| r.get(0),
    )?;
    let mut st = c.prepare("SELECT code FROM badges ORDER BY awarded_at, code")?;
    let badges = st
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(Overview {
        name: profile.name.clone(),
        created_at: profile.created_at,
        streak: streaks::compute(c, today)?,
        counts,
        journal_per_week: recent as f64 / 4.0,
        points: rewards::points(c)?,
        badges,
        phq9: last(c, "phq9")?,
        gad7: last(c, "gad7")?,
    })
}
