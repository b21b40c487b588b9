//! "What goes with your better days" against values worked out here from the seeded plan (not read
//! back from the vault): day moods as means of the day's entries, with/without means, differences and
//! day counts for activities, sleep bands, breathing and gratitude; nothing said below 5 days a side;
//! the bootstrap interval holds the difference and agrees with a normal-approximation interval.

use crate::common::vault as fixture;
use chrono::{NaiveDate, TimeZone, Utc};
use mentora::vault::repo::{gratitude, journal, logs};
use mentora::vault::Stamp;
use mentora::wellness::better_days::{self, FactorKind};
use std::collections::{BTreeMap, BTreeSet};

fn day(i: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(i)
}

fn noon(d: NaiveDate) -> Stamp {
    Stamp::at(
        Utc.from_utc_datetime(&d.and_hms_opt(12, 0, 0).unwrap())
            .fixed_offset(),
    )
}

/// The seeded plan: (day index, mood, tags) entries; sleep hours, breathing and gratitude days.
struct Plan {
    entries: Vec<(i64, i64, Vec<&'static str>)>,
    sleep: BTreeMap<i64, (&'static str, &'static str, f64)>,
    breathing: BTreeSet<i64>,
    gratitude: BTreeSet<i64>,
}

fn plan() -> Plan {
    let mut entries = Vec::new();
    for i in 0..60 {
        let walk = i % 3 == 0;
        let tea = i % 2 == 0;
        // Walk days are better by design; a small pattern on top that tea does not follow.
        let mood = if walk { 4 + (i % 2) } else { 2 + ((i / 2) % 2) };
        let mut tags = vec![];
        if walk {
            tags.push("walk");
        }
        if tea {
            tags.push("tea");
        }
        if [2, 7, 11].contains(&i) {
            tags.push("concert");
        }
        entries.push((i, mood, tags));
    }
    // A second entry on two days: the day's mood is the mean, its tags the union.
    entries.push((1, 5, vec!["walk"]));
    entries.push((4, 1, vec![]));
    let mut sleep = BTreeMap::new();
    for i in 0..40 {
        if i % 4 == 0 {
            sleep.insert(i, ("01:00", "06:00", 5.0));
        } else {
            sleep.insert(i, ("23:00", "07:30", 8.5));
        }
    }
    // A sleep log after the range does not count.
    sleep.insert(70, ("23:00", "07:00", 8.0));
    Plan {
        entries,
        sleep,
        breathing: (0..60).filter(|i| i % 5 == 0).collect(),
        gratitude: (10..20).collect(),
    }
}

fn mean(x: &[f64]) -> f64 {
    x.iter().sum::<f64>() / x.len() as f64
}

fn var(x: &[f64]) -> f64 {
    let m = mean(x);
    x.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (x.len() - 1) as f64
}

#[test]
fn better_days_match_values_worked_out_from_the_plan() {
    let p = plan();
    let f = fixture::Fixture::new("Days");
    let v = f.unlocked();
    v.with_conn(|c| {
        for (i, mood, tags) in &p.entries {
            let input = journal::EntryInput {
                mood: *mood,
                tags: tags.iter().map(|t| t.to_string()).collect(),
                title: String::new(),
                text: String::new(),
            };
            journal::add(c, &input, &noon(day(*i)))?;
        }
        // Outside the range: not counted.
        let before = journal::EntryInput {
            mood: 1,
            tags: vec!["walk".into()],
            title: String::new(),
            text: String::new(),
        };
        journal::add(c, &before, &noon(day(-1)))?;
        for (i, (bed, wake, _)) in &p.sleep {
            let input = logs::SleepInput {
                date: day(*i).to_string(),
                bedtime: bed.to_string(),
                wake_time: wake.to_string(),
                quality: 6,
                notes: String::new(),
            };
            logs::log_sleep(c, &input, &noon(day(*i)))?;
        }
        for i in &p.breathing {
            let b = logs::Breathing {
                pattern: "box".into(),
                planned_s: 120,
                actual_s: 120,
                completed: true,
            };
            logs::log_breathing(c, &b, &noon(day(*i)))?;
        }
        // Stopped early: not a breathing day.
        let stopped = logs::Breathing {
            pattern: "box".into(),
            planned_s: 120,
            actual_s: 20,
            completed: false,
        };
        logs::log_breathing(c, &stopped, &noon(day(1)))?;
        for i in &p.gratitude {
            gratitude::add(c, "the morning light", &noon(day(*i)))?;
        }
        Ok(())
    })
    .unwrap();

    let got = v
        .with_conn(|c| better_days::compute(c, &day(0).to_string(), &day(59).to_string()))
        .unwrap();
    assert_eq!(got.days, 60);

    // Worked out from the plan.
    let mut by_day: BTreeMap<i64, (Vec<f64>, BTreeSet<&str>)> = BTreeMap::new();
    for (i, mood, tags) in &p.entries {
        let e = by_day.entry(*i).or_default();
        e.0.push(*mood as f64);
        e.1.extend(tags.iter().copied());
    }
    let day_mood: BTreeMap<i64, f64> = by_day.iter().map(|(d, (m, _))| (*d, mean(m))).collect();
    let split = |with: &dyn Fn(i64) -> bool, among: &dyn Fn(i64) -> bool| {
        let (mut a, mut b) = (vec![], vec![]);
        for (d, m) in &day_mood {
            if !among(*d) {
                continue;
            }
            if with(*d) {
                a.push(*m);
            } else {
                b.push(*m);
            }
        }
        (a, b)
    };
    let has = |tag: &'static str| {
        let by_day = &by_day;
        move |d: i64| by_day[&d].1.contains(tag)
    };
    let slept = |d: i64| p.sleep.contains_key(&d);
    let band = |lo: f64, hi: f64| {
        let sleep = &p.sleep;
        move |d: i64| sleep.get(&d).is_some_and(|s| s.2 >= lo && s.2 < hi)
    };
    type Case<'a> = (FactorKind, &'a str, (Vec<f64>, Vec<f64>));
    let cases: Vec<Case> = vec![
        (FactorKind::Activity, "walk", split(&has("walk"), &|_| true)),
        (FactorKind::Activity, "tea", split(&has("tea"), &|_| true)),
        (
            FactorKind::Activity,
            "concert",
            split(&has("concert"), &|_| true),
        ),
        (
            FactorKind::Sleep,
            "slept under 6 h",
            split(&band(0.0, 6.0), &slept),
        ),
        (
            FactorKind::Sleep,
            "slept 7–9 h",
            split(&band(7.0, 9.0), &slept),
        ),
        (
            FactorKind::Breathing,
            "breathing",
            split(&|d| p.breathing.contains(&d), &|_| true),
        ),
        (
            FactorKind::Gratitude,
            "gratitude",
            split(&|d| p.gratitude.contains(&d), &|_| true),
        ),
    ];
    assert_eq!(
        got.factors.len(),
        cases.len(),
        "no band without days: {:?}",
        got.factors.iter().map(|f| &f.name).collect::<Vec<_>>()
    );
    for (kind, name, (a, b)) in &cases {
        let f = got
            .factors
            .iter()
            .find(|f| f.name == *name)
            .unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(f.kind, *kind, "{name}");
        assert_eq!((f.days_with, f.days_without), (a.len(), b.len()), "{name}");
        assert!((f.mean_with.unwrap() - mean(a)).abs() < 1e-9, "{name}");
        assert!((f.mean_without.unwrap() - mean(b)).abs() < 1e-9, "{name}");
        if a.len() < 5 || b.len() < 5 {
            assert_eq!(
                (f.difference, f.interval),
                (None, None),
                "{name}: too few days"
            );
            continue;
        }
        let diff = mean(a) - mean(b);
        assert!((f.difference.unwrap() - diff).abs() < 1e-9, "{name}");
        let (lo, hi) = f.interval.unwrap();
        assert!(lo <= diff && diff <= hi, "{name}: {lo} ≤ {diff} ≤ {hi}");
        // Welch's normal approximation, worked out independently: the bootstrap should be close.
        let se = (var(a) / a.len() as f64 + var(b) / b.len() as f64).sqrt();
        assert!(
            (lo - (diff - 1.96 * se)).abs() < 0.15 && (hi - (diff + 1.96 * se)).abs() < 0.15,
            "{name}: bootstrap [{lo:.3}, {hi:.3}] vs normal [{:.3}, {:.3}]",
            diff - 1.96 * se,
            diff + 1.96 * se
        );
    }
    let walk = got.factors.iter().find(|f| f.name == "walk").unwrap();
    assert!(walk.clear() && walk.difference.unwrap() > 1.5, "{walk:?}");
    assert_eq!(got.factors[0].name, "walk", "largest difference first");
    assert_eq!(
        got.factors.last().unwrap().name,
        "concert",
        "too few days last"
    );

    // The same data gives the same interval.
    let again = v
        .with_conn(|c| better_days::compute(c, &day(0).to_string(), &day(59).to_string()))
        .unwrap();
    assert_eq!(again, got);
}

#[test]
fn an_empty_range_says_nothing() {
    let f = fixture::Fixture::new("Empty");
    let v = f.unlocked();
    let t = v
        .with_conn(|c| better_days::compute(c, "2026-01-01", "2026-01-31"))
        .unwrap();
    assert_eq!((t.days, t.factors.len()), (0, 0));
}
