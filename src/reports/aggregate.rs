//! The numbers of a report, straight from the vault: per day, per emotion session, check-ins, streak,
//! the face-emotion trajectory, simple correlations with their n, and the previous period.

use super::range::Range;
use crate::error::Result;
use crate::i18n::{decimal, signed};
use crate::tr;
use crate::vision::trajectory::{self, Trajectory};
use crate::wellness::streaks;
use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Fewest observations in each group before a correlation is stated.
pub const MIN_N: usize = 3;

/// One day.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Day {
    /// YYYY-MM-DD.
    pub date: String,
    /// Mean sentiment valence of the day's scored messages, journal entries and gratitude items.
    pub sentiment: Option<f64>,
    /// Scores behind `sentiment`.
    pub scored: i64,
    /// The person's chat messages.
    pub messages: i64,
    /// Journal entries.
    pub journal_entries: i64,
    /// Mean journal mood, 1–5.
    pub mood: Option<f64>,
    /// Gratitude items.
    pub gratitude: i64,
    /// Hours slept in the night ending this morning.
    pub sleep_hours: Option<f64>,
    /// That night's quality, 1–10.
    pub sleep_quality: Option<f64>,
    /// Minutes of breathing exercises.
    pub breathing_minutes: f64,
    /// Face-emotion distribution (fer's order), sample-weighted over the day's sessions.
    pub emotion: Option<Vec<f64>>,
    /// Face samples behind `emotion`.
    pub face_samples: i64,
}

/// One emotion session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SessionEmotion {
    /// Session id.
    pub id: i64,
    /// Local date.
    pub date: String,
    /// The chat it ran beside.
    pub chat_id: Option<i64>,
    /// Face samples.
    pub samples: i64,
    /// Mean probabilities.
    pub averages: Vec<f64>,
    /// The strongest emotion.
    pub dominant: String,
}

/// One check-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Checkin {
    /// Local date.
    pub date: String,
    /// `phq9` or `gad7`.
    pub kind: String,
    /// Total score.
    pub total: i64,
    /// The manual's band.
    pub severity: String,
}

/// A comparison a person can read, with its n.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Correlation {
    /// What is compared.
    pub topic: String,
    /// The sentence shown.
    pub text: String,
    /// Observations in each group.
    pub n: (usize, usize),
    /// Group means, when there was enough data.
    pub means: Option<(f64, f64)>,
}

/// Totals over a range.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Totals {
    /// Days with any activity.
    pub active_days: usize,
    /// Messages written.
    pub messages: i64,
    /// Journal entries.
    pub journal_entries: i64,
    /// Days with gratitude.
    pub gratitude_days: usize,
    /// Nights logged.
    pub sleep_nights: usize,
    /// Breathing minutes.
    pub breathing_minutes: f64,
    /// Mean sentiment over every score.
    pub mean_sentiment: Option<f64>,
    /// Mean journal mood over every entry.
    pub mean_mood: Option<f64>,
    /// Mean hours slept.
    pub mean_sleep_hours: Option<f64>,
    /// Mean sleep quality.
    pub mean_sleep_quality: Option<f64>,
}

/// This period against the one before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Comparison {
    /// The previous period.
    pub from: String,
    /// Its last day.
    pub to: String,
    /// Its totals.
    pub totals: Totals,
}

/// Everything a report shows.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Aggregates {
    /// First day.
    pub from: String,
    /// Last day.
    pub to: String,
    /// Every day of the range, in order (days without data included).
    pub days: Vec<Day>,
    /// Totals.
    pub totals: Totals,
    /// Emotion sessions.
    pub sessions: Vec<SessionEmotion>,
    /// Face-emotion trajectory over the whole period.
    pub trajectory: Trajectory,
    /// Voice sessions and the day-by-day tension.
    pub voice: super::voice::VoiceReport,
    /// Check-ins.
    pub checkins: Vec<Checkin>,
    /// Streak at the end of the range.
    pub streak: (u32, u32),
    /// Correlations.
    pub correlations: Vec<Correlation>,
    /// What goes with better days in the range (activities, sleep bands, breathing, gratitude).
    pub better_days: crate::wellness::better_days::BetterDays,
    /// The period before.
    pub previous: Comparison,
    /// No data at all in the range.
    pub empty: bool,
}

fn mean(v: &[f64]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

/// Per-day rows of the range.
pub fn days(c: &Connection, r: &Range, model: &str) -> Result<Vec<Day>> {
    let (f, t) = (r.from.to_string(), r.to.to_string());
    let mut by: HashMap<String, Day> = r
        .iter()
        .map(|d| {
            (
                d.to_string(),
                Day {
                    date: d.to_string(),
                    ..Default::default()
                },
            )
        })
        .collect();
    let mut each = |sql: &str,
                    extra: &[&dyn rusqlite::ToSql],
                    f_row: &mut dyn FnMut(&mut Day, &rusqlite::Row) -> rusqlite::Result<()>|
     -> Result<()> {
        let mut st = c.prepare_cached(sql)?;
        let mut args: Vec<&dyn rusqlite::ToSql> = vec![&f, &t];
        args.extend_from_slice(extra);
        let mut rows = st.query(args.as_slice())?;
        while let Some(row) = rows.next()? {
            let d: String = row.get(0)?;
            if let Some(day) = by.get_mut(&d) {
                f_row(day, row)?;
            }
        }
        Ok(())
    };
    each("SELECT local_date, count(*) FROM messages WHERE sender = 'user' AND local_date BETWEEN ?1 AND ?2 GROUP BY local_date", &[], &mut |d, r| {
        d.messages = r.get(1)?;
        Ok(())
    })?;
    each("SELECT local_date, count(*), avg(mood) FROM journal_entries WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date", &[], &mut |d, r| {
        d.journal_entries = r.get(1)?;
        d.mood = r.get(2)?;
        Ok(())
    })?;
    each("SELECT local_date, count(*) FROM gratitude_items WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date", &[], &mut |d, r| {
        d.gratitude = r.get(1)?;
        Ok(())
    })?;
    each("SELECT local_date, avg(hours), avg(quality) FROM sleep_logs WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date", &[], &mut |d, r| {
        d.sleep_hours = r.get(1)?;
        d.sleep_quality = r.get(2)?;
        Ok(())
    })?;
    each("SELECT local_date, sum(actual_s) / 60.0 FROM breathing_sessions WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date", &[], &mut |d, r| {
        d.breathing_minutes = r.get(1)?;
        Ok(())
    })?;
    each(
        "SELECT d, avg(v), count(*) FROM (
           SELECT m.local_date AS d, s.valence AS v FROM sentiment_results s JOIN messages m ON m.id = s.source_id
             WHERE s.source = 'message' AND s.model = ?3 AND m.local_date BETWEEN ?1 AND ?2
           UNION ALL
           SELECT j.local_date, s.valence FROM sentiment_results s JOIN journal_entries j ON j.id = s.source_id
             WHERE s.source = 'journal' AND s.model = ?3 AND j.local_date BETWEEN ?1 AND ?2
           UNION ALL
           SELECT g.local_date, s.valence FROM sentiment_results s JOIN gratitude_items g ON g.id = s.source_id
             WHERE s.source = 'gratitude' AND s.model = ?3 AND g.local_date BETWEEN ?1 AND ?2
         ) GROUP BY d",
        &[&model],
        &mut |d, r| {
            d.sentiment = r.get(1)?;
            d.scored = r.get(2)?;
            Ok(())
        },
    )?;
    for s in sessions(c, r)? {
        if let Some(d) = by.get_mut(&s.date) {
            let acc = d.emotion.get_or_insert_with(|| vec![0.0; 7]);
            for (a, v) in acc.iter_mut().zip(&s.averages) {
                *a += v * s.samples as f64;
            }
            d.face_samples += s.samples;
        }
    }
    let mut out: Vec<Day> = r
        .iter()
        .map(|d| by.remove(&d.to_string()).expect("every day"))
        .collect();
    for d in &mut out {
        if let Some(e) = &mut d.emotion {
            let n = d.face_samples.max(1) as f64;
            e.iter_mut().for_each(|v| *v /= n);
        }
    }
    Ok(out)
}

/// Emotion sessions with averages in the range.
pub fn sessions(c: &Connection, r: &Range) -> Result<Vec<SessionEmotion>> {
    let mut st = c.prepare_cached(
        "SELECT id, local_date, chat_id, samples, avg_json FROM emotion_sessions
         WHERE local_date BETWEEN ?1 AND ?2 AND avg_json IS NOT NULL AND samples > 0 ORDER BY started_at",
    )?;
    let rows = st.query_map(params![r.from.to_string(), r.to.to_string()], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get(2)?,
            row.get::<_, i64>(3)?,
            row.get::<_, String>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, date, chat_id, samples, avg) = row?;
        let Ok(averages) = serde_json::from_str::<Vec<f64>>(&avg) else {
            continue;
        };
        if averages.len() != 7 {
            continue;
        }
        let k = (0..7)
            .max_by(|&a, &b| averages[a].total_cmp(&averages[b]))
            .expect("7 values");
        out.push(SessionEmotion {
            id,
            date,
            chat_id,
            samples,
            averages,
            dominant: crate::vision::EMOTION_LABELS[k].to_string(),
        });
    }
    Ok(out)
}

/// Totals of a list of days.
pub fn totals(days: &[Day], c: &Connection, r: &Range, model: &str) -> Result<Totals> {
    // Means over every entry (not means of daily means), straight from the rows.
    let (f, t) = (r.from.to_string(), r.to.to_string());
    let mean_mood: Option<f64> = c.query_row(
        "SELECT avg(mood) FROM journal_entries WHERE local_date BETWEEN ?1 AND ?2",
        params![f, t],
        |r| r.get(0),
    )?;
    let (hours, quality): (Option<f64>, Option<f64>) = c.query_row(
        "SELECT avg(hours), avg(quality) FROM sleep_logs WHERE local_date BETWEEN ?1 AND ?2",
        params![f, t],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let scored: i64 = days.iter().map(|d| d.scored).sum();
    let mean_sentiment = (scored > 0).then(|| {
        days.iter()
            .filter_map(|d| d.sentiment.map(|s| s * d.scored as f64))
            .sum::<f64>()
            / scored as f64
    });
    let _ = model;
    Ok(Totals {
        active_days: days
            .iter()
            .filter(|d| {
                d.messages + d.journal_entries + d.gratitude > 0
                    || d.sleep_hours.is_some()
                    || d.breathing_minutes > 0.0
            })
            .count(),
        messages: days.iter().map(|d| d.messages).sum(),
        journal_entries: days.iter().map(|d| d.journal_entries).sum(),
        gratitude_days: days.iter().filter(|d| d.gratitude > 0).count(),
        sleep_nights: days.iter().filter(|d| d.sleep_hours.is_some()).count(),
        breathing_minutes: days.iter().map(|d| d.breathing_minutes).sum(),
        mean_sentiment,
        mean_mood,
        mean_sleep_hours: hours,
        mean_sleep_quality: quality,
    })
}

fn compare(
    lang: &str,
    topic: &str,
    a: &[f64],
    b: &[f64],
    say: impl Fn(f64, f64) -> String,
    need: String,
) -> Correlation {
    let n = (a.len(), b.len());
    if n.0 < MIN_N || n.1 < MIN_N {
        return Correlation {
            topic: topic.into(),
            text: tr!(
                lang,
                "corr-not-enough",
                what = need,
                min = MIN_N,
                a = n.0,
                b = n.1
            ),
            n,
            means: None,
        };
    }
    let (ma, mb) = (mean(a).expect("n ≥ 3"), mean(b).expect("n ≥ 3"));
    Correlation {
        topic: topic.into(),
        text: tr!(lang, "corr-with-n", text = say(ma, mb), a = n.0, b = n.1),
        n,
        means: Some((ma, mb)),
    }
}

/// The readable comparisons of a period, in `lang`.
pub fn correlations(days: &[Day], lang: &str) -> Vec<Correlation> {
    let split = |pred: &dyn Fn(&Day) -> Option<bool>, val: &dyn Fn(&Day) -> Option<f64>| {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for d in days {
            if let (Some(p), Some(v)) = (pred(d), val(d)) {
                if p {
                    a.push(v)
                } else {
                    b.push(v)
                }
            }
        }
        (a, b)
    };
    let d1 = |v: f64| decimal(lang, v, 1);
    let s2 = |v: f64| signed(lang, v, 2);
    let (a, b) = split(&|d| d.sleep_hours.map(|h| h >= 7.0), &|d| d.mood);
    let sleep_mood = compare(
        lang,
        "sleep_mood",
        &a,
        &b,
        |x, y| tr!(lang, "corr-sleep-mood", x = d1(x), y = d1(y)),
        tr!(lang, "corr-sleep-mood-what"),
    );
    let (a, b) = split(&|d| d.sleep_hours.map(|h| h >= 7.0), &|d| d.sentiment);
    let sleep_sent = compare(
        lang,
        "sleep_sentiment",
        &a,
        &b,
        |x, y| tr!(lang, "corr-sleep-sentiment", x = s2(x), y = s2(y)),
        tr!(lang, "corr-sleep-sentiment-what"),
    );
    let (a, b) = split(&|d| d.mood.map(|_| d.breathing_minutes > 0.0), &|d| d.mood);
    let breath = compare(
        lang,
        "breathing_mood",
        &a,
        &b,
        |x, y| tr!(lang, "corr-breathing-mood", x = d1(x), y = d1(y)),
        tr!(lang, "corr-breathing-mood-what"),
    );
    let (a, b) = split(&|d| d.mood.map(|_| d.gratitude > 0), &|d| d.mood);
    let grat = compare(
        lang,
        "gratitude_mood",
        &a,
        &b,
        |x, y| tr!(lang, "corr-gratitude-mood", x = d1(x), y = d1(y)),
        tr!(lang, "corr-gratitude-mood-what"),
    );
    vec![sleep_mood, sleep_sent, breath, grat]
}

/// Every aggregate of `r` (sentiment from `model`'s scores; the comparisons' sentences in `lang`).
pub fn aggregate(c: &Connection, r: &Range, model: &str, lang: &str) -> Result<Aggregates> {
    let days = days(c, r, model)?;
    let sums = totals(&days, c, r, model)?;
    let sessions = sessions(c, r)?;
    let mut st = c.prepare_cached(
        "SELECT t.t_ms, t.probs_json FROM emotion_timeline t JOIN emotion_sessions s ON s.id = t.session_id
         WHERE s.local_date BETWEEN ?1 AND ?2 ORDER BY s.started_at, t.t_ms",
    )?;
    let points: Vec<(i64, Option<Vec<f32>>)> = st
        .query_map(params![r.from.to_string(), r.to.to_string()], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, Option<String>>(1)?))
        })?
        .filter_map(|x| x.ok())
        .map(|(t, p)| (t, p.and_then(|s| serde_json::from_str(&s).ok())))
        .collect();
    let trajectory = trajectory::trajectory(&points);
    let mut st = c.prepare_cached("SELECT local_date, kind, total, severity FROM assessments WHERE local_date BETWEEN ?1 AND ?2 ORDER BY created_at")?;
    let checkins = st
        .query_map(params![r.from.to_string(), r.to.to_string()], |row| {
            Ok(Checkin {
                date: row.get(0)?,
                kind: row.get(1)?,
                total: row.get(2)?,
                severity: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let s = streaks::compute(c, r.to)?;
    let prev_range = r.previous();
    let prev_days = days_light(c, &prev_range, model)?;
    let previous = Comparison {
        from: prev_range.from.to_string(),
        to: prev_range.to.to_string(),
        totals: totals(&prev_days, c, &prev_range, model)?,
    };
    let voice = super::voice::voice(c, r)?;
    let empty = sums.active_days == 0
        && sessions.is_empty()
        && checkins.is_empty()
        && voice.sessions.is_empty();
    Ok(Aggregates {
        from: r.from.to_string(),
        to: r.to.to_string(),
        correlations: correlations(&days, lang),
        better_days: crate::wellness::better_days::compute(
            c,
            &r.from.to_string(),
            &r.to.to_string(),
        )?,
        days,
        totals: sums,
        sessions,
        trajectory,
        voice,
        checkins,
        streak: (s.current, s.longest),
        previous,
        empty,
    })
}

/// Days for the comparison period (same queries; emotion is not needed but cheap).
fn days_light(c: &Connection, r: &Range, model: &str) -> Result<Vec<Day>> {
    days(c, r, model)
}

/// Parses a YYYY-MM-DD string from the aggregates.
pub fn date(s: &str) -> Option<NaiveDate> {
    s.parse().ok()
}
