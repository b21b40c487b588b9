//! A year of realistic, deterministic data for report tests and the report benchmark: every kind of
//! row, with gaps, and what each day should aggregate to, computed here independently of the SQL.
#![allow(dead_code)]

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone};
use mentora::vault::repo::chats::{Sender, Status};
use mentora::vault::repo::{assessments, chats, emotion, gratitude, journal, logs, sentiment};
use mentora::vault::{Stamp, Vault};
use std::collections::BTreeMap;

/// What one day holds.
#[derive(Debug, Default, Clone)]
pub struct Expected {
    pub moods: Vec<f64>,
    pub valences: Vec<f64>,
    pub messages: i64,
    pub gratitude: i64,
    pub sleep_hours: Option<f64>,
    pub sleep_quality: Option<f64>,
    pub breathing_s: i64,
    /// (samples, averages) per emotion session.
    pub sessions: Vec<(i64, Vec<f32>)>,
    pub checkins: Vec<(String, i64)>,
}

/// A tiny deterministic generator (64-bit LCG).
pub struct Rng(u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    /// Uniform in [0, 1).
    pub fn f(&mut self) -> f64 {
        self.next() as f64 / (1u64 << 31) as f64
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn stamp(d: NaiveDate, hour: u32, min: u32) -> Stamp {
    let tz = FixedOffset::east_opt(3600).unwrap();
    Stamp::at(
        tz.from_local_datetime(&d.and_hms_opt(hour, min, 0).unwrap())
            .unwrap(),
    )
}

/// Seeds 365 days ending on `end` (inclusive); `per_day` messages on active days. Returns the
/// expected values per day.
pub fn seed(
    v: &Vault,
    end: NaiveDate,
    per_day: usize,
    samples_per_session: usize,
) -> BTreeMap<NaiveDate, Expected> {
    let mut rng = Rng(20261122);
    let mut out = BTreeMap::new();
    v.with_conn(|c| {
        let tx = c.transaction()?;
        let chat = chats::create(&tx, "daily", &stamp(end - Duration::days(365), 8, 0))?;
        for i in (0..365).rev() {
            let d = end - Duration::days(i);
            let mut e = Expected::default();
            let roll = rng.f();
            // A holiday in August, and ~12 % of days with nothing at all.
            let away = d.format("%m").to_string() == "08"
                && d.format("%d").to_string().parse::<u32>().unwrap() <= 14;
            if away || roll < 0.12 {
                out.insert(d, e);
                continue;
            }
            // Sleep (the night ending this morning): bed 22:30–00:30, wake 05:30–08:30.
            if rng.f() < 0.85 {
                let bed_m = 22 * 60 + 30 + rng.below(121) as u32;
                let wake_m = 5 * 60 + 30 + rng.below(181) as u32;
                let (bh, bm) = ((bed_m / 60) % 24, bed_m % 60);
                let (wh, wm) = (wake_m / 60, wake_m % 60);
                let q = 1 + rng.below(10) as i64;
                let s = logs::log_sleep(
                    &tx,
                    &logs::SleepInput {
                        date: d.to_string(),
                        bedtime: format!("{bh:02}:{bm:02}"),
                        wake_time: format!("{wh:02}:{wm:02}"),
                        quality: q,
                        notes: String::new(),
                    },
                    &stamp(d, 9, 0),
                )?;
                e.sleep_hours = Some(s.hours);
                e.sleep_quality = Some(q as f64);
            }
            let slept_well = e.sleep_hours.is_some_and(|h| h >= 7.0);
            // Journal: mood depends a little on sleep.
            for k in 0..(if rng.f() < 0.7 { 1 + rng.below(2) } else { 0 }) {
                let base = if slept_well { 3.4 } else { 2.8 };
                let mood = (base + rng.f() * 2.0 - 0.8).round().clamp(1.0, 5.0) as i64;
                let j = journal::add(
                    &tx,
                    &journal::EntryInput {
                        mood,
                        tags: vec![],
                        title: String::new(),
                        text: format!("day {i} entry {k}"),
                    },
                    &stamp(d, 20, k as u32),
                )?;
                e.moods.push(mood as f64);
                if rng.f() < 0.9 {
                    let v = ((mood as f64 - 3.0) / 2.0 * 0.8 + rng.f() * 0.2 - 0.1).clamp(-1.0, 1.0)
                        as f32;
                    sentiment::upsert(
                        &tx,
                        &sentiment::Score {
                            source: "journal".into(),
                            source_id: j.id,
                            model: "sentiment".into(),
                            probs: vec![(1.0 - v) / 2.0, (1.0 + v) / 2.0],
                            valence: v,
                            label: "neutral".into(),
                            stars: 3.0 + 2.0 * v,
                            emotion: None,
                        },
                        &stamp(d, 21, 0),
                    )?;
                    e.valences.push(v as f64);
                }
            }
            // Messages, most scored; the companion's replies are not counted.
            if rng.f() < 0.6 {
                for k in 0..per_day {
                    let m = chats::add_message(
                        &tx,
                        chat.id,
                        Sender::User,
                        &format!("message {k} of day {i}"),
                        Status::Sent,
                        None,
                        &stamp(d, 12 + (k / 60) as u32 % 10, (k % 60) as u32),
                    )?;
                    chats::add_message(
                        &tx,
                        chat.id,
                        Sender::Assistant,
                        "I hear you.",
                        Status::Sent,
                        None,
                        &stamp(d, 12 + (k / 60) as u32 % 10, (k % 60) as u32),
                    )?;
                    e.messages += 1;
                    if k % 7 != 3 {
                        let v = (rng.f() * 2.0 - 1.0) as f32;
                        sentiment::upsert(
                            &tx,
                            &sentiment::Score {
                                source: "message".into(),
                                source_id: m.id,
                                model: "sentiment".into(),
                                probs: vec![(1.0 - v) / 2.0, (1.0 + v) / 2.0],
                                valence: v,
                                label: "neutral".into(),
                                stars: 3.0 + 2.0 * v,
                                emotion: None,
                            },
                            &stamp(d, 23, 0),
                        )?;
                        e.valences.push(v as f64);
                    }
                }
            }
            // Gratitude: up to three.
            for k in 0..rng.below(4) {
                gratitude::add(&tx, &format!("thing {k}"), &stamp(d, 21, 30 + k as u32))?;
                e.gratitude += 1;
            }
            // Breathing.
            if rng.f() < 0.3 {
                let s = 60 + rng.below(240) as i64;
                logs::log_breathing(
                    &tx,
                    &logs::Breathing {
                        pattern: "box".into(),
                        planned_s: s,
                        actual_s: s,
                        completed: true,
                    },
                    &stamp(d, 7, 30),
                )?;
                e.breathing_s += s;
            }
            // An emotion session with its timeline.
            if rng.f() < 0.35 {
                let st = stamp(d, 18, 0);
                let id = emotion::start(&tx, Some(chat.id), &st)?;
                let mut sum = [0f32; 7];
                let mut n = 0i64;
                for k in 0..samples_per_session {
                    let mut p = [0f32; 7];
                    let mut tot = 0.0;
                    for x in &mut p {
                        *x = rng.f() as f32 + 0.01;
                        tot += *x;
                    }
                    p.iter_mut().for_each(|x| *x /= tot);
                    emotion::add_sample(&tx, id, (k as i64) * 1000, Some(&p))?;
                    sum.iter_mut().zip(&p).for_each(|(s, v)| *s += v);
                    n += 1;
                }
                let avg: Vec<f32> = sum.iter().map(|s| s / n as f32).collect();
                emotion::stop(&tx, id, &stamp(d, 18, 30), n, 0, Some(&avg))?;
                e.sessions.push((n, avg));
            }
            // A check-in every other Sunday.
            if d.format("%u").to_string() == "7" && rng.f() < 0.5 {
                let answers: Vec<u8> = (0..9).map(|_| rng.below(3) as u8).collect();
                let total: u32 = answers.iter().map(|&a| a as u32).sum();
                let (_, sev) = mentora::wellness::checkins::score(
                    mentora::wellness::checkins::Form::Phq9,
                    &answers,
                )
                .unwrap();
                assessments::save(&tx, "phq9", &answers, sev, None, &stamp(d, 10, 0))?;
                e.checkins.push(("phq9".into(), total as i64));
            }
            out.insert(d, e);
        }
        tx.commit()?;
        Ok(())
    })
    .unwrap();
    out
}
