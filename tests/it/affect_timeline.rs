//! The affect timeline and corrections through the use-case layer, with the real text model: what
//! a person writes is read for sentiment and the seven emotions and stored beside it; a day's and a
//! chat's timeline put text, face and mood on one axis; a correction is kept beside the reading
//! (never over it), survives export → import, feeds the companion's context, and bad input is refused.

use crate::common::vault::{entry, Fixture};
use mentora::api;
use mentora::vault::repo::{affect, chats, emotion};
use mentora::vault::Stamp;
use mentora::Code;

/// A user message in `chat`, read by the text model as the chat's use case reads it.
fn said(app: &api::App, chat: i64, text: &str) -> chats::Message {
    let v = app.unlocked_vault().unwrap();
    let msg = v
        .with_conn(|c| {
            let at = Stamp::now();
            chats::add_message(
                c,
                chat,
                chats::Sender::User,
                text,
                chats::Status::Sent,
                None,
                &at,
            )
        })
        .unwrap();
    api::sentiment::score_saved(app, &v, "message", msg.id, &msg.text).expect("scored");
    msg
}

fn today() -> String {
    Stamp::now().date_str()
}

#[test]
fn journal_gratitude_and_chat_are_read_with_emotions_and_shown_on_one_axis() {
    let f = Fixture::new("affect");
    let app = f.app();
    let mut e = entry(
        "",
        "I feel lonely and sad tonight. Nothing went right.",
        &[],
    );
    e.mood = 2;
    let saved = api::journal::add(&app, &e).unwrap();
    let s = saved.sentiment.expect("scored");
    let emo = s
        .emotion
        .as_ref()
        .expect("the built-in model reads emotions");
    assert_eq!(emo.len(), 7);
    assert!((emo.iter().sum::<f32>() - 1.0).abs() < 1e-4);
    api::wellness::gratitude_add(&app, "My sister called and we laughed for an hour.").unwrap();
    let chat = api::chat::create(&app, "evening").unwrap();
    let v = app.unlocked_vault().unwrap();
    said(
        &app,
        chat.id,
        "My landlord ignored my emails again and I'm furious.",
    );
    // A camera session on the chat: three face samples, one without a face.
    let session = v
        .with_conn(|c| emotion::start(c, Some(chat.id), &Stamp::now()))
        .unwrap();
    let happy = [0.05, 0.0, 0.05, 0.7, 0.1, 0.05, 0.05];
    v.with_conn(|c| {
        emotion::add_sample(c, session, 0, Some(&happy))?;
        emotion::add_sample(c, session, 1000, None)?;
        emotion::add_sample(c, session, 2000, Some(&happy))
    })
    .unwrap();

    let day = api::affect::day_timeline(&app, &today()).unwrap();
    let kinds = |k: &str| day.iter().filter(|p| p.kind == k).count();
    assert_eq!(kinds("text"), 3, "{day:#?}");
    assert_eq!(kinds("mood"), 1);
    assert_eq!(
        kinds("face"),
        2,
        "the two samples with a face; the one without is left out"
    );
    assert!(day.windows(2).all(|w| w[0].at <= w[1].at), "oldest first");
    let journal = day
        .iter()
        .find(|p| p.source == "journal" && p.kind == "text")
        .unwrap();
    assert_eq!(journal.emotion.as_deref(), Some("sad"), "{journal:?}");
    assert!(journal.valence.unwrap() < -0.3);
    assert!(journal
        .excerpt
        .as_deref()
        .unwrap()
        .starts_with("I feel lonely"));
    let message = day.iter().find(|p| p.source == "message").unwrap();
    assert_eq!(message.emotion.as_deref(), Some("angry"), "{message:?}");
    let grat = day.iter().find(|p| p.source == "gratitude").unwrap();
    assert!(grat.valence.unwrap() > 0.0, "{grat:?}");
    assert_eq!(grat.emotion.as_deref(), Some("happy"), "{grat:?}");
    assert_eq!(
        day.iter()
            .find(|p| p.kind == "face")
            .unwrap()
            .emotion
            .as_deref(),
        Some("happy")
    );

    // The chat's timeline: its message and its camera, and the moods of the day it was on.
    let c = api::affect::chat_timeline(&app, chat.id).unwrap();
    assert_eq!(c.iter().filter(|p| p.kind == "text").count(), 1);
    assert_eq!(c.iter().filter(|p| p.kind == "face").count(), 2);
    // A long session is averaged into at most MAX_FACE_POINTS points.
    v.with_conn(|c| {
        for i in 0..250 {
            emotion::add_sample(c, session, 10_000 + i * 1000, Some(&happy))?;
        }
        Ok(())
    })
    .unwrap();
    let c = api::affect::chat_timeline(&app, chat.id).unwrap();
    let faces = c.iter().filter(|p| p.kind == "face").count();
    assert!((60..=affect::MAX_FACE_POINTS).contains(&faces), "{faces}");
    assert_eq!(c.iter().filter(|p| p.kind == "mood").count(), 1);
    // Another day has nothing.
    assert!(api::affect::day_timeline(&app, "2020-01-01")
        .unwrap()
        .is_empty());
}

#[test]
fn a_correction_sits_beside_the_reading_is_kept_and_feeds_the_companion() {
    let f = Fixture::new("affect-fix");
    let app = f.app();
    let chat = api::chat::create(&app, "c").unwrap();
    let v = app.unlocked_vault().unwrap();
    let msg = said(&app, chat.id, "I'm so angry at my landlord.");
    let before = v
        .with_conn(|c| mentora::chat::context::emotional(c, chat.id, msg.id, Stamp::now().utc_ms))
        .unwrap();
    assert_eq!(before.text_emotion, Some(("angry".into(), 1, 1)));
    assert!(before
        .describe()
        .contains("what they wrote here reads mostly angry"));

    api::affect::correct(&app, "message", msg.id, Some("fear")).unwrap();
    api::affect::correct(&app, "message", msg.id, Some("sad")).unwrap(); // the latest word counts
    let t = api::affect::chat_timeline(&app, chat.id).unwrap();
    let p = t.iter().find(|p| p.kind == "text").unwrap();
    assert_eq!(p.emotion.as_deref(), Some("angry"), "the reading stays");
    assert_eq!(p.felt.as_deref(), Some("sad"), "the correction beside it");
    let after = v
        .with_conn(|c| mentora::chat::context::emotional(c, chat.id, msg.id, Stamp::now().utc_ms))
        .unwrap();
    assert_eq!(
        after.text_emotion,
        Some(("sad".into(), 1, 1)),
        "the person's word over the model's"
    );

    // Kept through export → import into a new profile.
    let json = v
        .with_conn(|c| mentora::wellness::export::export_json(c))
        .unwrap();
    assert!(json.contains("\"affect_corrections\""));
    let g = Fixture::new("affect-import");
    let w = g.unlocked();
    w.with_conn(|c| mentora::wellness::export::import_json(c, &json))
        .unwrap();
    let n: i64 = w
        .with_conn(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM affect_corrections WHERE felt = 'sad'",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(n, 1);

    // Taken back: the reading alone again.
    api::affect::correct(&app, "message", msg.id, None).unwrap();
    let t = api::affect::chat_timeline(&app, chat.id).unwrap();
    assert_eq!(t.iter().find(|p| p.kind == "text").unwrap().felt, None);
}

#[test]
fn corrections_refuse_what_is_not_a_reading() {
    let f = Fixture::new("affect-bad");
    let app = f.app();
    let saved = api::journal::add(&app, &entry("", "A quiet day.", &[])).unwrap();
    let id = saved.entry.id;
    for (source, sid, felt, code) in [
        ("journal", id, "ANGRY", Code::InvalidInput),
        (
            "journal",
            id,
            "happy'; DROP TABLE journal_entries; --",
            Code::InvalidInput,
        ),
        ("journal", id, "", Code::InvalidInput),
        ("journals", id, "happy", Code::InvalidInput),
        ("checkin", id, "happy", Code::InvalidInput),
        ("journal", id + 1000, "happy", Code::NotFound),
        ("message", id, "happy", Code::NotFound),
        ("face", 7, "happy", Code::NotFound),
        ("gratitude", -1, "sad", Code::NotFound),
    ] {
        let e = api::affect::correct(&app, source, sid, Some(felt)).unwrap_err();
        assert_eq!(e.code(), code, "{source} {sid} {felt:?}: {e:?}");
    }
    let e = api::affect::day_timeline(&app, "2026-13-01").unwrap_err();
    assert_eq!(e.code(), Code::InvalidInput);
    let e = api::affect::day_timeline(&app, "tomorrow; --").unwrap_err();
    assert_eq!(e.code(), Code::InvalidInput);
    // Nothing was written by the refused calls, and the entry is still there.
    let v = app.unlocked_vault().unwrap();
    let n: i64 = v
        .with_conn(
            |c| Ok(c.query_row("SELECT count(*) FROM affect_corrections", [], |r| r.get(0))?),
        )
        .unwrap();
    assert_eq!(n, 0);
    assert_eq!(api::journal::list(&app, None).unwrap().len(), 1);
    // Locked: the vault's own error.
    app.set_vault(None);
    let e = api::affect::correct(&app, "journal", id, Some("happy")).unwrap_err();
    assert_eq!(e.code(), Code::VaultLocked);
    assert!(affect::SOURCES.contains(&"face"));
}
