//! Export → import into a new profile → export: byte-identical JSON (ids included); a refused import
//! writes nothing.

use crate::common::vault as fixture;

use chrono::TimeZone;
use mentora::vault::repo::chats::{Sender, Status};
use mentora::vault::repo::SummarySource;
use mentora::vault::repo::{
    chats, emotion, gratitude, journal, logs, reports, sentiment, settings,
};
use mentora::vault::Stamp;
use mentora::wellness::checkins::{submit, Form};
use mentora::wellness::export::{export_json, import_json};
use mentora::wellness::rewards::{award, weekly_quests};
use mentora::Code;

fn at(d: u32, h: u32) -> Stamp {
    Stamp::at(
        chrono::FixedOffset::east_opt(-5 * 3600)
            .unwrap()
            .with_ymd_and_hms(2026, 4, d, h, 17, 3)
            .unwrap(),
    )
}

fn seed(c: &mut rusqlite::Connection) -> mentora::Result<()> {
    let chat = chats::create(c, "late talk", &at(1, 22))?;
    let m = chats::add_message(
        c,
        chat.id,
        Sender::User,
        "I can't sleep — \"again\" 😔",
        Status::Sent,
        Some(r#"{"happy":0.1}"#),
        &at(1, 22),
    )?;
    chats::add_message(
        c,
        chat.id,
        Sender::Assistant,
        "That sounds tiring.",
        Status::Partial,
        None,
        &at(1, 22),
    )?;
    sentiment::upsert(
        c,
        &sentiment::Score {
            source: "message".into(),
            source_id: m.id,
            model: "minilm".into(),
            probs: vec![0.7, 0.3],
            valence: -0.4,
            label: "negative".into(),
            stars: 2.1,
            emotion: Some(vec![0.1, 0.0, 0.0, 0.6, 0.1, 0.1, 0.1]),
        },
        &at(1, 22),
    )?;
    let s = emotion::start(c, Some(chat.id), &at(1, 22))?;
    emotion::add_sample(c, s, 0, Some(&[0.1, 0.0, 0.05, 0.6, 0.15, 0.0, 0.1]))?;
    emotion::add_sample(c, s, 1000, None)?;
    emotion::stop(
        c,
        s,
        &at(1, 22),
        1,
        1,
        Some(&[0.1, 0.0, 0.05, 0.6, 0.15, 0.0, 0.1]),
    )?;
    // A voice session: a reading per second at most, its totals (never audio).
    let vs = mentora::vault::repo::voice::start(c, Some(chat.id), &at(1, 22))?;
    for (t_ms, tone, p) in [
        (300, "anger", [0.7f32, 0.2, 0.1]),
        (2100, "uncertain", [0.4, 0.35, 0.25]),
    ] {
        mentora::vault::repo::voice::add_point(
            c,
            vs,
            &mentora::vault::repo::voice::VoicePoint {
                t_ms,
                tone: tone.into(),
                probabilities: p.to_vec(),
                arousal: 0.625,
                pitch_hz: Some(118.5),
            },
        )?;
    }
    mentora::vault::repo::voice::stop(
        c,
        vs,
        &at(1, 22),
        &mentora::vault::repo::voice::Totals {
            segments: 2,
            uncertain: 1,
            speech_ms: 1450,
            averages: Some(vec![0.55, 0.275, 0.175]),
            arousal: Some(0.625),
            rate: Some(3.25),
        },
    )?;
    for d in 1..=3 {
        journal::add(
            c,
            &journal::EntryInput {
                mood: d as i64 + 1,
                tags: vec!["tired".into()],
                title: format!("day {d}"),
                text: "line one\nline two".into(),
            },
            &at(d, 21),
        )?;
        gratitude::add(c, "my sister's call", &at(d, 8))?;
        logs::log_sleep(
            c,
            &logs::SleepInput {
                date: format!("2026-04-0{d}"),
                bedtime: "23:40".into(),
                wake_time: "06:55".into(),
                quality: 6,
                notes: String::new(),
            },
            &at(d, 7),
        )?;
    }
    logs::log_breathing(
        c,
        &logs::Breathing {
            pattern: "4-7-8".into(),
            planned_s: 190,
            actual_s: 120,
            completed: false,
        },
        &at(2, 12),
    )?;
    submit(
        c,
        Form::Gad7,
        &[1, 2, 0, 1, 0, 0, 1],
        Some(1),
        "US",
        &at(3, 9),
    )?;
    settings::set(c, "country", &serde_json::json!("US"), &at(1, 8))?;
    reports::save(
        c,
        "2026-03-28",
        "2026-04-03",
        "A tired but connected week.",
        SummarySource::Local,
        r#"{"days":7}"#,
        &at(3, 23),
    )?;
    award(c, &at(3, 23))?;
    weekly_quests(c, &at(3, 23))?;
    Ok(())
}

#[test]
fn export_import_export_is_byte_identical() {
    let a = fixture::Fixture::new("Source");
    let first = a
        .unlocked()
        .with_conn(|c| {
            seed(c)?;
            export_json(c)
        })
        .unwrap();
    for table in [
        "\"messages\"",
        "\"journal_entries\"",
        "\"emotion_timeline\"",
        "\"badges\"",
        "\"quests\"",
        "\"saved_reports\"",
    ] {
        assert!(first.contains(table), "{table} missing");
    }
    let b_profile = a
        .profiles
        .create(
            "Target",
            "another password",
            mentora::vault::KdfParams::INSECURE_FOR_TESTS,
        )
        .unwrap()
        .0;
    let b = mentora::vault::Vault::new(a.profiles.clone(), b_profile);
    b.unlock_with_password("another password").unwrap();
    let n = b.with_conn(|c| import_json(c, &first)).unwrap();
    assert!(n > 20, "{n} rows");
    let second = b.with_conn(|c| export_json(c)).unwrap();
    assert_eq!(first, second);
    // The imported data is live data: the journal search finds it.
    assert_eq!(
        b.with_conn(|c| journal::search(c, "line two"))
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn a_refused_import_writes_nothing() {
    let a = fixture::Fixture::new("Full");
    let v = a.unlocked();
    let text = v
        .with_conn(|c| {
            seed(c)?;
            export_json(c)
        })
        .unwrap();
    let e = v.with_conn(|c| import_json(c, &text)).unwrap_err();
    assert_eq!(e.code(), Code::InvalidInput);
    assert!(
        e.message()
            .starts_with("vault: import needs an empty profile"),
        "{e}"
    );

    let empty = fixture::Fixture::new("Empty");
    let w = empty.unlocked();
    let broken = text.replacen("\"mood\": 3", "\"mood\": 9", 1);
    let e = w.with_conn(|c| import_json(c, &broken)).unwrap_err();
    assert!(e.message().starts_with("tables.journal_entries["), "{e}");
    let sneaky = text.replacen("\"mood\":", "\"mood); DROP TABLE chats; --\":", 1);
    assert!(w
        .with_conn(|c| import_json(c, &sneaky))
        .unwrap_err()
        .message()
        .contains("unknown column"));
    assert_eq!(
        w.with_conn(|c| import_json(c, "{ nope"))
            .unwrap_err()
            .code(),
        Code::InvalidInput
    );
    let after = w.with_conn(|c| export_json(c)).unwrap();
    assert!(!after.contains("\"id\""), "nothing was written: {after}");
}

#[test]
fn an_export_from_the_schema_before_imports_without_loss() {
    let a = fixture::Fixture::new("Older");
    let current = a
        .unlocked()
        .with_conn(|c| {
            seed(c)?;
            export_json(c)
        })
        .unwrap();
    // What Mentora wrote at schema 7: no emotion_json column, no affect_corrections table (and no
    // voice tables, which came at 9).
    let mut doc: serde_json::Value = serde_json::from_str(&current).unwrap();
    doc["schema"] = 7.into();
    for t in ["affect_corrections", "voice_sessions", "voice_timeline"] {
        doc["tables"].as_object_mut().unwrap().remove(t);
    }
    for row in doc["tables"]["sentiment_results"].as_array_mut().unwrap() {
        row.as_object_mut().unwrap().remove("emotion_json");
    }
    let older = serde_json::to_string_pretty(&doc).unwrap();
    let b = fixture::Fixture::new("Newer").unlocked();
    let n = b.with_conn(|c| import_json(c, &older)).unwrap();
    assert!(n > 10, "{n} rows");
    let (rows, emotions): (i64, i64) = b
        .with_conn(|c| {
            Ok(c.query_row(
                "SELECT count(*), count(emotion_json) FROM sentiment_results",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?)
        })
        .unwrap();
    assert!(rows > 0);
    assert_eq!(emotions, 0, "read as not yet scored for emotions");
    // Older than that, or newer than this Mentora: refused, nothing written.
    for v in [6, mentora::vault::migrations::CURRENT + 1] {
        doc["schema"] = v.into();
        let c = fixture::Fixture::new("Refuses").unlocked();
        let e = c
            .with_conn(|c| import_json(c, &doc.to_string()))
            .unwrap_err();
        assert_eq!(e.code(), mentora::Code::InvalidInput, "schema {v}");
        let left: i64 = c
            .with_conn(|c| {
                Ok(c.query_row("SELECT count(*) FROM sentiment_results", [], |r| r.get(0))?)
            })
            .unwrap();
        assert_eq!(left, 0);
    }
}
