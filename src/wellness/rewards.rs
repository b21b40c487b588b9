//! Badges, points and weekly quests, derived from stored facts: awarding is idempotent and can be
//! recomputed from scratch at any time (nothing is awarded that the data does not show).

use super::streaks;
use crate::error::Result;
use crate::vault::Stamp;
use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection};
use serde::Serialize;

/// A badge: its code, what earns it, and its points.
pub struct Badge {
    /// Stable code.
    pub code: &'static str,
    /// What it means.
    pub title: &'static str,
    /// Points it gives once.
    pub points: i64,
}

/// Every badge.
pub const BADGES: &[Badge] = &[
    Badge {
        code: "streak_3",
        title: "3-day streak",
        points: 10,
    },
    Badge {
        code: "streak_7",
        title: "7-day streak",
        points: 25,
    },
    Badge {
        code: "streak_30",
        title: "30-day streak",
        points: 100,
    },
    Badge {
        code: "streak_100",
        title: "100-day streak",
        points: 300,
    },
    Badge {
        code: "first_journal",
        title: "First journal entry",
        points: 5,
    },
    Badge {
        code: "first_gratitude",
        title: "First gratitude",
        points: 5,
    },
    Badge {
        code: "first_sleep",
        title: "First sleep log",
        points: 5,
    },
    Badge {
        code: "first_checkin",
        title: "First check-in",
        points: 5,
    },
    Badge {
        code: "breathing_10",
        title: "10 breathing sessions completed",
        points: 20,
    },
];

fn count(c: &Connection, sql: &str) -> Result<i64> {
    Ok(c.query_row(sql, [], |r| r.get(0))?)
}

/// The badges the stored facts earn as of `today`.
pub fn earned(c: &Connection, today: NaiveDate) -> Result<Vec<&'static str>> {
    let longest = streaks::compute(c, today)?.longest;
    let mut out = Vec::new();
    for (n, code) in [
        (3, "streak_3"),
        (7, "streak_7"),
        (30, "streak_30"),
        (100, "streak_100"),
    ] {
        if longest >= n {
            out.push(code);
        }
    }
    for (table, code) in [
        ("journal_entries", "first_journal"),
        ("gratitude_items", "first_gratitude"),
        ("sleep_logs", "first_sleep"),
        ("assessments", "first_checkin"),
    ] {
        if count(c, &format!("SELECT count(*) FROM {table}"))? > 0 {
            out.push(code);
        }
    }
    if count(
        c,
        "SELECT count(*) FROM breathing_sessions WHERE completed = 1",
    )? >= 10
    {
        out.push("breathing_10");
    }
    Ok(out)
}

/// Awards what is earned and not yet awarded; returns the new codes (empty the second time).
pub fn award(c: &Connection, at: &Stamp) -> Result<Vec<&'static str>> {
    let mut new = Vec::new();
    for code in earned(c, at.local_date)? {
        let inserted = c.execute(
            "INSERT OR IGNORE INTO badges (code, awarded_at, local_date) VALUES (?1, ?2, ?3)",
            params![code, at.utc_ms, at.date_str()],
        )?;
        if inserted == 1 {
            let pts = BADGES
                .iter()
                .find(|b| b.code == code)
                .map_or(0, |b| b.points);
            c.execute(
                "INSERT OR IGNORE INTO points (reason, points, awarded_at) VALUES (?1, ?2, ?3)",
                params![format!("badge:{code}"), pts, at.utc_ms],
            )?;
            new.push(code);
        }
    }
    Ok(new)
}

/// Total points.
pub fn points(c: &Connection) -> Result<i64> {
    count(c, "SELECT coalesce(sum(points), 0) FROM points")
}

/// A weekly quest's state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Quest {
    /// ISO week, e.g. `2026-W13`.
    pub week: String,
    /// Stable code.
    pub code: &'static str,
    /// What to do.
    pub title: &'static str,
    /// Done so far.
    pub progress: i64,
    /// Needed.
    pub goal: i64,
    /// Whether reached.
    pub completed: bool,
}

/// This week's quests (gratitude on 3 days, 3 breathing sessions, a journal entry on 5 days),
/// recomputed from the week's rows and stored.
pub fn weekly_quests(c: &Connection, at: &Stamp) -> Result<Vec<Quest>> {
    let d = at.local_date;
    let monday = d - chrono::Days::new(u64::from(d.weekday().num_days_from_monday()));
    let sunday = monday + chrono::Days::new(6);
    let (from, to) = (monday.to_string(), sunday.to_string());
    let iso = d.iso_week();
    let week = format!("{}-W{:02}", iso.year(), iso.week());
    let defs: [(&str, &str, i64, &str); 3] = [
        ("gratitude_3_days", "Note something you're grateful for on 3 days", 3, "SELECT count(DISTINCT local_date) FROM gratitude_items WHERE local_date BETWEEN ?1 AND ?2"),
        ("breathe_3", "Finish 3 breathing exercises", 3, "SELECT count(*) FROM breathing_sessions WHERE completed = 1 AND local_date BETWEEN ?1 AND ?2"),
        ("journal_5_days", "Write in your journal on 5 days", 5, "SELECT count(DISTINCT local_date) FROM journal_entries WHERE local_date BETWEEN ?1 AND ?2"),
    ];
    let mut out = Vec::new();
    for (code, title, goal, sql) in defs {
        let progress: i64 = c.query_row(sql, params![from, to], |r| r.get(0))?;
        let done = progress >= goal;
        c.execute(
            "INSERT INTO quests (week, code, progress, goal, completed_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (week, code) DO UPDATE SET progress = excluded.progress,
               completed_at = coalesce(quests.completed_at, excluded.completed_at)",
            params![week, code, progress.min(goal), goal, done.then_some(at.utc_ms)],
        )?;
        out.push(Quest {
            week: week.clone(),
            code,
            title,
            progress: progress.min(goal),
            goal,
            completed: done,
        });
    }
    Ok(out)
}
