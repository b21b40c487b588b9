//! Repository functions: the seed API's chat semantics, and bad input refused with the field named
//! and nothing written.

use crate::common::vault as fixture;

use chrono::TimeZone;
use fixture::Fixture;
use mentora::vault::repo::chats::{Sender, Status};
use mentora::vault::repo::SummarySource;
use mentora::vault::repo::{
    assessments, chats, emotion, gratitude, journal, logs, reports, sentiment, settings,
};
use mentora::vault::Stamp;
use mentora::{Code, Error};
use rusqlite::Connection;

fn at(y: i32, m: u32, d: u32, h: u32) -> Stamp {
    Stamp::at(
        chrono::FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(y, m, d, h, 0, 0)
            .unwrap(),
    )
}

fn invalid(r: Result<impl std::fmt::Debug, Error>, field: &str) {
    let e = r.unwrap_err();
    assert_eq!(e.code(), Code::InvalidInput, "{e}");
    assert!(
        e.message().starts_with(&format!("{field}:")),
        "expected field {field}: {e}"
    );
}

fn rows(c: &Connection, table: &str) -> i64 {
    c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn chats_follow_the_seed_api() {
    let f = Fixture::new("Chat");
    f.unlocked()
        .with_conn(|c| {
            let a = chats::create(c, "first", &at(2026, 3, 1, 9))?;
            let b = chats::create(c, "second", &at(2026, 3, 1, 10))?;
            let m = chats::add_message(
                c,
                a.id,
                Sender::User,
                "hi",
                Status::Pending,
                None,
                &at(2026, 3, 1, 11),
            )?;
            chats::set_message(c, m.id, "hi", Status::Sent)?;
            chats::add_message(
                c,
                a.id,
                Sender::Assistant,
                "",
                Status::Partial,
                None,
                &at(2026, 3, 1, 11),
            )?;
            let list = chats::list(c)?;
            assert_eq!(
                list.iter().map(|c| c.id).collect::<Vec<_>>(),
                [a.id, b.id],
                "most recent activity first"
            );
            assert_eq!(list[0].message_count, 2);
            assert_eq!(chats::rename(c, b.id, "renamed")?.title, "renamed");
            assert_eq!(chats::messages(c, a.id)?[0].status, "sent");
            assert_eq!(chats::clear(c, a.id)?, 2);
            assert_eq!(chats::get(c, a.id)?.message_count, 0);
            chats::add_message(
                c,
                b.id,
                Sender::User,
                "bye",
                Status::Sent,
                None,
                &at(2026, 3, 1, 12),
            )?;
            chats::delete(c, b.id)?;
            assert_eq!(rows(c, "messages"), 0, "messages go with their chat");
            assert_eq!(chats::get(c, b.id).unwrap_err().code(), Code::NotFound);
            assert_eq!(
                chats::delete_message(c, 999).unwrap_err().code(),
                Code::NotFound
            );
            assert_eq!(rows(c, "activity_days"), 1, "user messages mark the day");
            Ok(())
        })
        .unwrap();
}

#[test]
fn bad_input_names_the_field_and_writes_nothing() {
    let f = Fixture::new("Bad");
    f.unlocked()
        .with_conn(|c| {
            let day = at(2026, 3, 2, 20);
            let chat = chats::create(c, "x", &day)?;
            // Sender and status are enums: a bad value cannot reach the database, and a bad stored
            // or imported name is refused when parsed.
            invalid("robot".parse::<Sender>(), "sender");
            invalid("lost".parse::<Status>(), "status");
            invalid(
                chats::add_message(c, chat.id, Sender::User, "   ", Status::Sent, None, &day),
                "text",
            );
            invalid(chats::create(c, &"t".repeat(201), &day), "title");
            let entry = |mood, text: &str| journal::EntryInput {
                mood,
                tags: vec![],
                title: String::new(),
                text: text.into(),
            };
            invalid(journal::add(c, &entry(6, "x"), &day), "mood");
            invalid(journal::add(c, &entry(0, "x"), &day), "mood");
            invalid(
                journal::add(c, &entry(3, &"a".repeat(1_048_576)), &day),
                "text",
            );
            invalid(
                journal::add(
                    c,
                    &entry(3, "x"),
                    &Stamp::at(chrono::Local::now().fixed_offset() + chrono::Days::new(3)),
                ),
                "date",
            );
            let sleep = |date: &str, bed: &str, wake: &str, q| logs::SleepInput {
                date: date.into(),
                bedtime: bed.into(),
                wake_time: wake.into(),
                quality: q,
                notes: String::new(),
            };
            invalid(
                logs::log_sleep(c, &sleep("2026-03-02", "23:00", "07:00", 11), &day),
                "quality",
            );
            invalid(
                logs::log_sleep(c, &sleep("2026-03-02", "25:00", "07:00", 5), &day),
                "bedtime",
            );
            invalid(
                logs::log_sleep(c, &sleep("2026-02-30", "23:00", "07:00", 5), &day),
                "date",
            );
            invalid(
                logs::log_sleep(c, &sleep("2026-03-09", "23:00", "07:00", 5), &day),
                "date",
            );
            invalid(
                logs::log_sleep(c, &sleep("2026-03-02", "08:00", "06:00", 5), &day),
                "wake_time",
            );
            invalid(
                assessments::save(c, "phq9", &[0, 1, 2, 4, 0, 0, 0, 0, 0], "mild", None, &day),
                "answers[4]",
            );
            invalid(
                assessments::save(c, "gad7", &[0; 9], "minimal", None, &day),
                "answers",
            );
            invalid(
                assessments::save(c, "bdi", &[0; 9], "x", None, &day),
                "kind",
            );
            let s = emotion::start(c, None, &day)?;
            invalid(
                emotion::add_sample(c, s, 0, Some(&[0.5; 6])),
                "probabilities",
            );
            emotion::add_sample(c, s, 0, Some(&[0.1, 0.0, 0.0, 0.8, 0.0, 0.0, 0.1]))?;
            invalid(emotion::add_sample(c, s, 500, None), "t_ms");
            invalid(
                settings::set(c, "Bad Key", &serde_json::json!(1), &day),
                "key",
            );
            invalid(
                reports::save(
                    c,
                    "2026-03-08",
                    "2026-03-01",
                    "s",
                    SummarySource::Local,
                    "{}",
                    &day,
                ),
                "range_to",
            );
            for t in [
                "journal_entries",
                "sleep_logs",
                "assessments",
                "messages",
                "saved_reports",
                "settings",
            ] {
                assert_eq!(rows(c, t), 0, "{t} got a partial write");
            }
            assert_eq!(rows(c, "activity_days"), 0);
            Ok(())
        })
        .unwrap();
}

#[test]
fn wellness_rows_round_trip() {
    let f = Fixture::new("Well");
    f.unlocked()
        .with_conn(|c| {
            let day = at(2026, 4, 5, 8);
            let e = journal::add(
                c,
                &journal::EntryInput {
                    mood: 4,
                    tags: vec!["Calm".into()],
                    title: "Sun".into(),
                    text: "walked by the river".into(),
                },
                &day,
            )?;
            assert_eq!(
                (e.local_date.as_str(), e.tz_offset_min, e.tags.clone()),
                ("2026-04-05", 60, vec!["calm".to_string()])
            );
            let e2 = journal::update(
                c,
                e.id,
                &journal::EntryInput {
                    mood: 5,
                    tags: vec![],
                    title: String::new(),
                    text: "walked by the sea".into(),
                },
                &day,
            )?;
            assert_eq!(e2.mood, 5);
            assert_eq!(journal::search(c, "SEA")?.len(), 1);
            assert_eq!(
                journal::search(c, "50%")?.len(),
                0,
                "LIKE wildcards are escaped"
            );
            assert_eq!(journal::list(c, "2026-04-01", "2026-04-30")?.len(), 1);
            journal::delete(c, e.id)?;

            for t in ["tea", "friends", "rain"] {
                gratitude::add(c, t, &day)?;
            }
            invalid(gratitude::add(c, "a fourth", &day), "text");
            assert_eq!(
                gratitude::list(c, "2026-04-05", "2026-04-05")?
                    .iter()
                    .map(|i| i.position)
                    .collect::<Vec<_>>(),
                [1, 2, 3]
            );

            let s = logs::log_sleep(
                c,
                &logs::SleepInput {
                    date: "2026-04-05".into(),
                    bedtime: "23:30".into(),
                    wake_time: "07:15".into(),
                    quality: 7,
                    notes: "ok".into(),
                },
                &day,
            )?;
            assert!(
                (s.hours - 7.75).abs() < 1e-9,
                "crosses midnight: {}",
                s.hours
            );
            logs::log_breathing(
                c,
                &logs::Breathing {
                    pattern: "box".into(),
                    planned_s: 240,
                    actual_s: 180,
                    completed: false,
                },
                &day,
            )?;

            let a = assessments::save(
                c,
                "phq9",
                &[1, 1, 0, 0, 0, 0, 0, 0, 1],
                "minimal",
                Some(1),
                &day,
            )?;
            assert_eq!(a.total, 3);
            assert_eq!(assessments::history(c, "phq9")?.len(), 1);

            let sess = emotion::start(c, None, &day)?;
            emotion::add_sample(c, sess, 0, Some(&[0.1, 0.0, 0.0, 0.8, 0.0, 0.0, 0.1]))?;
            emotion::add_sample(c, sess, 1000, None)?;
            let done = emotion::stop(
                c,
                sess,
                &day,
                1,
                1,
                Some(&[0.1, 0.0, 0.0, 0.8, 0.0, 0.0, 0.1]),
            )?;
            assert_eq!((done.samples, done.no_face), (1, 1));
            assert_eq!(emotion::timeline(c, sess)?.len(), 2);
            assert_eq!(
                emotion::stop(c, sess, &day, 1, 1, None).unwrap_err().code(),
                Code::NotFound,
                "stops once"
            );

            let score = sentiment::Score {
                source: "journal".into(),
                source_id: 1,
                model: "minilm".into(),
                probs: vec![0.1, 0.9],
                valence: 0.8,
                label: "positive".into(),
                stars: 4.6,
                emotion: None,
            };
            sentiment::upsert(c, &score, &day)?;
            sentiment::upsert(
                c,
                &sentiment::Score {
                    valence: 0.7,
                    ..score.clone()
                },
                &day,
            )?;
            assert_eq!(
                sentiment::for_source(c, "journal", 1)?.unwrap().valence,
                0.7
            );
            assert_eq!(rows(c, "sentiment_results"), 1);

            settings::set(c, "auto_lock.minutes", &serde_json::json!(10), &day)?;
            assert_eq!(
                settings::get(c, "auto_lock.minutes")?,
                Some(serde_json::json!(10))
            );
            let r = reports::save(
                c,
                "2026-03-30",
                "2026-04-05",
                "A calmer week.",
                SummarySource::Local,
                "{\"days\":7}",
                &day,
            )?;
            assert_eq!(reports::list(c)?[0].id, r.id);
            assert_eq!(rows(c, "activity_days"), 1, "all on one day");
            Ok(())
        })
        .unwrap();
}
