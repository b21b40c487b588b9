//! Badges, points and quests come from stored facts: idempotent and recomputable.

use crate::common::vault as fixture;

use chrono::TimeZone;
use mentora::vault::repo::{gratitude, journal, logs};
use mentora::vault::Stamp;
use mentora::wellness::rewards::{award, points, weekly_quests};

fn at(d: u32, h: u32) -> Stamp {
    Stamp::at(
        chrono::FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 3, d, h, 0, 0)
            .unwrap(),
    )
}

#[test]
fn awarding_is_idempotent_and_recomputable() {
    let f = fixture::Fixture::new("Badges");
    f.unlocked()
        .with_conn(|c| {
            // Gratitude on Mon 2 .. Wed 4 March 2026: a 3-day streak and a finished weekly quest.
            for d in 2..=4 {
                gratitude::add(c, "sunlight", &at(d, 9))?;
            }
            journal::add(
                c,
                &journal::EntryInput {
                    mood: 4,
                    tags: vec![],
                    title: String::new(),
                    text: "ok".into(),
                },
                &at(4, 21),
            )?;
            for _ in 0..10 {
                logs::log_breathing(
                    c,
                    &logs::Breathing {
                        pattern: "box".into(),
                        planned_s: 64,
                        actual_s: 64,
                        completed: true,
                    },
                    &at(4, 8),
                )?;
            }
            let mut first = award(c, &at(4, 22))?;
            first.sort();
            assert_eq!(
                first,
                [
                    "breathing_10",
                    "first_gratitude",
                    "first_journal",
                    "streak_3"
                ]
            );
            let pts = points(c)?;
            assert_eq!(pts, 10 + 5 + 5 + 20);
            assert!(
                award(c, &at(4, 23))?.is_empty(),
                "second run awards nothing"
            );
            assert_eq!(points(c)?, pts);

            // Recompute from scratch: the same set comes back.
            c.execute_batch("DELETE FROM badges; DELETE FROM points;")?;
            let mut again = award(c, &at(5, 8))?;
            again.sort();
            assert_eq!(again, first);

            let q = weekly_quests(c, &at(4, 22))?;
            assert_eq!(q[0].week, "2026-W10");
            assert_eq!(
                (q[0].code, q[0].progress, q[0].completed),
                ("gratitude_3_days", 3, true)
            );
            assert_eq!(
                (q[1].code, q[1].progress, q[1].completed),
                ("breathe_3", 3, true)
            );
            assert_eq!(
                (q[2].code, q[2].progress, q[2].completed),
                ("journal_5_days", 1, false)
            );
            weekly_quests(c, &at(4, 23))?;
            let rows: i64 = c.query_row("SELECT count(*) FROM quests", [], |r| r.get(0))?;
            assert_eq!(rows, 3, "one row per quest and week");
            Ok(())
        })
        .unwrap();
}
