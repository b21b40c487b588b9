//! The daily loop's views: each day's cell (mean mood, what was logged) for the calendar and the year
//! in pixels, one day's contents, and Today (moods so far, gratitude, last night, breathing, streak,
//! the prompt, the last seven days, the next reminder).

use super::{prompts, streaks};
use crate::error::Result;
use crate::vault::repo::{gratitude, journal, logs};
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use std::collections::BTreeMap;

/// One day in the calendar.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct DayCell {
    /// YYYY-MM-DD.
    pub date: String,
    /// Mean journal mood (1–5), None when no mood was logged.
    pub mood: Option<f64>,
    /// Journal entries (quick moods included).
    pub entries: i64,
    /// Gratitude items.
    pub gratitude: i64,
    /// Hours slept (the night logged for this day).
    pub sleep_hours: Option<f64>,
    /// Minutes of breathing exercises.
    pub breathing_min: f64,
    /// Messages the person sent the companion.
    pub messages: i64,
}

/// Every day `from..=to`, logged or not, in order.
pub fn days(c: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<DayCell>> {
    let (f, t) = (from.to_string(), to.to_string());
    let mut cells: BTreeMap<String, DayCell> = BTreeMap::new();
    let mut d = from;
    while d <= to {
        cells.insert(
            d.to_string(),
            DayCell {
                date: d.to_string(),
                mood: None,
                entries: 0,
                gratitude: 0,
                sleep_hours: None,
                breathing_min: 0.0,
                messages: 0,
            },
        );
        match d.succ_opt() {
            Some(next) => d = next,
            None => break,
        }
    }
    let mut each = |sql: &str, f2: &mut dyn FnMut(&mut DayCell, f64, i64)| -> Result<()> {
        let mut st = c.prepare(sql)?;
        let rows = st.query_map([&f, &t], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, f64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in rows {
            let (day, x, n) = row?;
            if let Some(cell) = cells.get_mut(&day) {
                f2(cell, x, n);
            }
        }
        Ok(())
    };
    each(
        "SELECT local_date, avg(mood), count(*) FROM journal_entries WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date",
        &mut |cell, x, n| {
            cell.mood = Some(x);
            cell.entries = n;
        },
    )?;
    each(
        "SELECT local_date, 0.0, count(*) FROM gratitude_items WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date",
        &mut |cell, _, n| cell.gratitude = n,
    )?;
    each(
        "SELECT local_date, sum(hours), 0 FROM sleep_logs WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date",
        &mut |cell, x, _| cell.sleep_hours = Some(x),
    )?;
    each(
        "SELECT local_date, sum(actual_s) / 60.0, 0 FROM breathing_sessions WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date",
        &mut |cell, x, _| cell.breathing_min = x,
    )?;
    each(
        "SELECT local_date, 0.0, count(*) FROM messages WHERE sender = 'user' AND local_date BETWEEN ?1 AND ?2 GROUP BY local_date",
        &mut |cell, _, n| cell.messages = n,
    )?;
    Ok(cells.into_values().collect())
}

/// Everything written on one day.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct DayView {
    /// The day's cell.
    pub cell: DayCell,
    /// Its journal entries, newest first.
    pub entries: Vec<journal::Entry>,
    /// Its gratitude items.
    pub gratitude: Vec<gratitude::Item>,
    /// Its nights.
    pub sleep: Vec<logs::Sleep>,
    /// Chats with a message that day: (id, title, messages that day).
    pub chats: Vec<(i64, String, i64)>,
}

/// One day's contents.
pub fn day(c: &Connection, d: NaiveDate) -> Result<DayView> {
    let s = d.to_string();
    let cell = days(c, d, d)?.remove(0);
    let mut st = c.prepare(
        "SELECT chats.id, chats.title, count(*) FROM messages JOIN chats ON chats.id = messages.chat_id
         WHERE messages.local_date = ?1 GROUP BY chats.id ORDER BY min(messages.id)",
    )?;
    let chats = st
        .query_map([&s], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(DayView {
        cell,
        entries: journal::list(c, &s, &s)?,
        gratitude: gratitude::list(c, &s, &s)?,
        sleep: logs::sleeps(c, &s, &s)?,
        chats,
    })
}

/// The Today screen.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Today {
    /// Today (YYYY-MM-DD, local).
    pub date: String,
    /// Today's cell (moods so far, gratitude, sleep, breathing, messages).
    pub cell: DayCell,
    /// Today's journal entries and quick moods, newest first.
    pub entries: Vec<journal::Entry>,
    /// The visiting streak.
    pub streak: streaks::Streak,
    /// Today's writing prompt.
    pub prompt: prompts::Prompt,
    /// The last seven days, oldest first, today last.
    pub week: Vec<DayCell>,
    /// The next reminder (`YYYY-MM-DD HH:MM`), None when reminders are off.
    pub next_reminder: Option<String>,
}

/// Today for `today`.
pub fn today(c: &Connection, today: NaiveDate) -> Result<Today> {
    let week = days(c, today - chrono::Days::new(6), today)?;
    let s = today.to_string();
    Ok(Today {
        date: s.clone(),
        cell: week.last().expect("seven days").clone(),
        entries: journal::list(c, &s, &s)?,
        streak: streaks::compute(c, today)?,
        prompt: prompts::of_day(today),
        week,
        next_reminder: None,
    })
}
