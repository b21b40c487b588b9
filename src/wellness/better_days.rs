//! "What goes with your better days": for each activity (a journal tag), each sleep band, breathing
//! and gratitude, the mean day mood with it and without it, the difference, the days on each side and
//! a 95 % bootstrap interval for the difference. Nothing is claimed below `MIN_DAYS` on either side.
//!
//! A day's mood is the mean of that day's journal moods (1–5); only days with a mood count. Sleep is
//! compared among days with a sleep log (a band against the other bands); activities, breathing and
//! gratitude among all days with a mood. The interval resamples each side with replacement
//! (`RESAMPLES` times, a fixed seed, so the same data gives the same interval) and takes the 2.5th and
//! 97.5th percentiles of the difference. It describes what went together, not what caused what.

use crate::error::Result;
use rusqlite::Connection;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Fewest days on each side before anything is said.
pub const MIN_DAYS: usize = 5;
/// Bootstrap resamples per factor.
pub const RESAMPLES: usize = 2000;

/// What a factor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum FactorKind {
    /// A journal tag / activity.
    Activity,
    /// Hours slept, in bands.
    Sleep,
    /// A completed breathing session that day.
    Breathing,
    /// Gratitude written that day.
    Gratitude,
}

/// One factor's comparison.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Factor {
    /// What it is.
    pub kind: FactorKind,
    /// Its name ("walk", "slept 7–9 h", "breathing", "gratitude").
    pub name: String,
    /// Days with a mood and this factor.
    pub days_with: usize,
    /// Days with a mood compared against (without it).
    pub days_without: usize,
    /// Mean day mood with it (1–5).
    pub mean_with: Option<f64>,
    /// Mean day mood without it.
    pub mean_without: Option<f64>,
    /// `mean_with − mean_without`; None below `MIN_DAYS` on either side.
    pub difference: Option<f64>,
    /// 95 % bootstrap interval of the difference; None below `MIN_DAYS`.
    pub interval: Option<(f64, f64)>,
}

impl Factor {
    /// Whether the interval excludes 0 (a difference the data supports, not a cause).
    pub fn clear(&self) -> bool {
        matches!(self.interval, Some((lo, hi)) if lo > 0.0 || hi < 0.0)
    }
}

/// The table.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct BetterDays {
    /// First day looked at.
    pub from: String,
    /// Last day looked at.
    pub to: String,
    /// Days with a mood in the range.
    pub days: usize,
    /// The minimum per side.
    pub min_days: usize,
    /// Factors with enough days first, largest difference first; then the rest by days.
    pub factors: Vec<Factor>,
}

/// Sleep bands: (name, lower hours inclusive, upper hours exclusive).
pub const SLEEP_BANDS: [(&str, f64, f64); 4] = [
    ("slept under 6 h", 0.0, 6.0),
    ("slept 6–7 h", 6.0, 7.0),
    ("slept 7–9 h", 7.0, 9.0),
    ("slept 9 h or more", 9.0, f64::INFINITY),
];

/// The day moods and each factor's days, read from the vault.
struct Days {
    mood: BTreeMap<String, f64>,
    tags: BTreeMap<String, BTreeSet<String>>,
    sleep: BTreeMap<String, f64>,
    breathing: BTreeSet<String>,
    gratitude: BTreeSet<String>,
}

fn read(c: &Connection, from: &str, to: &str) -> Result<Days> {
    let mut sums: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    let mut tags: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut st = c.prepare(
        "SELECT local_date, mood, tags_json FROM journal_entries WHERE local_date BETWEEN ?1 AND ?2",
    )?;
    let rows = st.query_map([from, to], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (day, mood, tags_json) = row?;
        let s = sums.entry(day.clone()).or_default();
        s.0 += mood;
        s.1 += 1;
        for t in serde_json::from_str::<Vec<String>>(&tags_json).unwrap_or_default() {
            tags.entry(t).or_default().insert(day.clone());
        }
    }
    let mood = sums
        .into_iter()
        .map(|(d, (s, n))| (d, s as f64 / n as f64))
        .collect();
    // The night's hours by the day it was logged for; two logs on one day: their sum (a nap).
    let mut sleep: BTreeMap<String, f64> = BTreeMap::new();
    let mut st =
        c.prepare("SELECT local_date, hours FROM sleep_logs WHERE local_date BETWEEN ?1 AND ?2")?;
    for row in st.query_map([from, to], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)?))
    })? {
        let (d, h) = row?;
        *sleep.entry(d).or_default() += h;
    }
    let set = |sql: &str| -> Result<BTreeSet<String>> {
        let mut st = c.prepare(sql)?;
        let days = st
            .query_map([from, to], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(days)
    };
    Ok(Days {
        mood,
        tags,
        sleep,
        breathing: set("SELECT DISTINCT local_date FROM breathing_sessions WHERE completed = 1 AND local_date BETWEEN ?1 AND ?2")?,
        gratitude: set("SELECT DISTINCT local_date FROM gratitude_items WHERE local_date BETWEEN ?1 AND ?2")?,
    })
}

/// splitmix64: a small, fixed, reproducible generator for the bootstrap.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn mean(x: &[f64]) -> Option<f64> {
    (!x.is_empty()).then(|| x.iter().sum::<f64>() / x.len() as f64)
}

/// The 95 % percentile-bootstrap interval of `mean(a) − mean(b)`.
pub fn bootstrap_interval(a: &[f64], b: &[f64], seed: u64) -> (f64, f64) {
    let mut rng = Rng(seed);
    let mut diffs: Vec<f64> = (0..RESAMPLES)
        .map(|_| {
            let ma = (0..a.len()).map(|_| a[rng.below(a.len())]).sum::<f64>() / a.len() as f64;
            let mb = (0..b.len()).map(|_| b[rng.below(b.len())]).sum::<f64>() / b.len() as f64;
            ma - mb
        })
        .collect();
    diffs.sort_by(f64::total_cmp);
    let at = |q: f64| diffs[((q * (RESAMPLES - 1) as f64).round() as usize).min(RESAMPLES - 1)];
    (at(0.025), at(0.975))
}

/// Compares days in `with` against days in `among` (both subsets of the mood days).
fn factor(
    kind: FactorKind,
    name: &str,
    mood: &BTreeMap<String, f64>,
    with: &BTreeSet<String>,
    among: &BTreeSet<&String>,
) -> Factor {
    let (a, b): (Vec<f64>, Vec<f64>) = {
        let mut a = Vec::new();
        let mut b = Vec::new();
        for d in among {
            if with.contains(*d) {
                a.push(mood[*d]);
            } else {
                b.push(mood[*d]);
            }
        }
        (a, b)
    };
    let enough = a.len() >= MIN_DAYS && b.len() >= MIN_DAYS;
    // The seed depends on the factor's name only, so one factor's interval does not move when
    // another activity is added.
    let seed = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, c| {
        (h ^ c as u64).wrapping_mul(0x100_0000_01b3)
    });
    Factor {
        kind,
        name: name.to_string(),
        days_with: a.len(),
        days_without: b.len(),
        mean_with: mean(&a),
        mean_without: mean(&b),
        difference: enough.then(|| mean(&a).unwrap_or(0.0) - mean(&b).unwrap_or(0.0)),
        interval: enough.then(|| bootstrap_interval(&a, &b, seed)),
    }
}

/// The table for days `from..=to` (YYYY-MM-DD).
pub fn compute(c: &Connection, from: &str, to: &str) -> Result<BetterDays> {
    let d = read(c, from, to)?;
    let all: BTreeSet<&String> = d.mood.keys().collect();
    let mut factors = Vec::new();
    for (tag, days) in &d.tags {
        factors.push(factor(FactorKind::Activity, tag, &d.mood, days, &all));
    }
    let slept: BTreeSet<&String> = all
        .iter()
        .copied()
        .filter(|day| d.sleep.contains_key(*day))
        .collect();
    for (name, lo, hi) in SLEEP_BANDS {
        let days: BTreeSet<String> = d
            .sleep
            .iter()
            .filter(|(_, h)| **h >= lo && **h < hi)
            .map(|(day, _)| day.clone())
            .collect();
        if days.iter().any(|day| d.mood.contains_key(day)) {
            factors.push(factor(FactorKind::Sleep, name, &d.mood, &days, &slept));
        }
    }
    if !d.breathing.is_empty() {
        factors.push(factor(
            FactorKind::Breathing,
            "breathing",
            &d.mood,
            &d.breathing,
            &all,
        ));
    }
    if !d.gratitude.is_empty() {
        factors.push(factor(
            FactorKind::Gratitude,
            "gratitude",
            &d.mood,
            &d.gratitude,
            &all,
        ));
    }
    factors.sort_by(|x, y| match (x.difference, y.difference) {
        (Some(a), Some(b)) => b.total_cmp(&a).then_with(|| x.name.cmp(&y.name)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => y
            .days_with
            .cmp(&x.days_with)
            .then_with(|| x.name.cmp(&y.name)),
    });
    Ok(BetterDays {
        from: from.to_string(),
        to: to.to_string(),
        days: d.mood.len(),
        min_days: MIN_DAYS,
        factors,
    })
}
