//! The profile overview in one response, CSV per kind with numbers, and the Markdown journal.

use crate::common::vault as fixture;

use chrono::TimeZone;
use mentora::vault::repo::{gratitude, journal, logs};
use mentora::vault::Stamp;
use mentora::wellness::checkins::{submit, Form};
use mentora::wellness::{overview, rewards, tables};

fn at(d: u32, h: u32) -> Stamp {
    Stamp::at(
        chrono::FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 5, d, h, 0, 0)
            .unwrap(),
    )
}

#[test]
fn overview_csv_and_markdown() {
    let f = fixture::Fixture::new("Ova");
    let v = f.unlocked();
    v.with_conn(|c| {
        for d in 1..=4 {
            journal::add(
                c,
                &journal::EntryInput {
                    mood: d as i64,
                    tags: vec!["walk".into()],
                    title: if d == 4 {
                        "Sunny".into()
                    } else {
                        String::new()
                    },
                    text: format!("day {d}, \"quoted\""),
                },
                &at(d, 20),
            )?;
        }
        gratitude::add(c, "tea", &at(2, 9))?;
        logs::log_sleep(
            c,
            &logs::SleepInput {
                date: "2026-05-03".into(),
                bedtime: "23:15".into(),
                wake_time: "07:00".into(),
                quality: 8,
                notes: String::new(),
            },
            &at(3, 7),
        )?;
        submit(
            c,
            Form::Phq9,
            &[2, 2, 1, 1, 1, 1, 1, 1, 0],
            None,
            "US",
            &at(1, 10),
        )?;
        submit(
            c,
            Form::Phq9,
            &[1, 1, 1, 0, 0, 1, 0, 0, 0],
            None,
            "US",
            &at(4, 10),
        )?;
        rewards::award(c, &at(4, 21))?;

        let o = overview::overview(c, &f.profile, at(4, 21).local_date)?;
        assert_eq!(o.name, "Ova");
        assert_eq!((o.streak.current, o.streak.longest), (4, 4));
        assert_eq!(o.counts.iter().find(|(k, _)| k == "journal").unwrap().1, 4);
        assert_eq!(o.journal_per_week, 1.0);
        let phq = o.phq9.unwrap();
        assert_eq!(
            (phq.total, phq.change, phq.severity.as_str()),
            (4, Some(-6), "minimal")
        );
        assert!(o.gad7.is_none());
        assert!(o.badges.contains(&"streak_3".to_string()) && o.points > 0);

        let csv = tables::csv_for(c, "sleep")?.unwrap();
        assert_eq!(
            csv.lines().next().unwrap(),
            "id,local_date,bedtime,wake_time,hours,quality,notes"
        );
        assert!(csv.lines().nth(1).unwrap().contains(",7.75,8,"), "{csv}");
        let j = tables::csv_for(c, "journal")?.unwrap();
        assert!(j.contains("\"day 1, \"\"quoted\"\"\""), "CSV quoting: {j}");
        assert!(tables::csv_for(c, "nope")?.is_none());
        for (kind, _) in tables::KINDS {
            assert!(tables::csv_for(c, kind)?.is_some());
        }

        let md = tables::journal_markdown(c)?;
        assert!(
            md.starts_with("# Journal\n\n## 2026-05-01\n\n### Mood 1/5 (awful)\n"),
            "{md}"
        );
        assert!(
            md.contains(
                "## 2026-05-04\n\n### Mood 4/5 (good) — Sunny\n\n*walk*\n\nday 4, \"quoted\"\n"
            ),
            "{md}"
        );
        Ok(())
    })
    .unwrap();
}
