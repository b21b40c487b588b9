//! Every user message, journal entry and gratitude item is scored by the use case that saves it, edits
//! are re-scored, deletions take their score along, and backfill scores old rows.

use crate::common;
use crate::common::vault as fixture;

use fixture::Fixture;
use mentora::api::{self, App, Paths};
use mentora::chat::service::Outcome;
use mentora::text::scoring;
use mentora::vault::repo::chats::{Sender, Status};
use mentora::vault::repo::{chats, gratitude, journal, sentiment, settings};
use mentora::vault::Stamp;
use std::sync::Arc;
use std::time::Duration;

fn entry(text: &str) -> journal::EntryInput {
    journal::EntryInput {
        mood: 3,
        tags: vec![],
        title: String::new(),
        text: text.into(),
    }
}

fn score(v: &mentora::vault::Vault, source: &str, id: i64) -> Option<sentiment::Score> {
    v.with_conn(|c| sentiment::for_source(c, source, id))
        .unwrap()
}

#[test]
fn saved_rows_are_scored_by_their_use_case() {
    let f = Fixture::new("scorer");
    let app = App::with_paths(
        Paths {
            data_dir: Some(f.dir.path().to_path_buf()),
            models_dir: Some(common::models_dir()),
            install_dir: None,
        },
        false,
    );
    app.set_vault(Some(Arc::new(f.unlocked())));
    let v = app.unlocked_vault().unwrap();
    // Private mode: the message is saved (pending) and scored, nothing is sent.
    v.with_conn(|c| {
        settings::set(
            c,
            mentora::chat::config::PRIVATE_MODE,
            &serde_json::json!(true),
            &Stamp::now(),
        )
    })
    .unwrap();

    let chat = api::chat::create(&app, "today").unwrap();
    let msg = match api::chat::send(
        &app,
        chat.id,
        "I had a lovely walk by the sea.",
        None,
        &mut |_| {},
    )
    .unwrap()
    {
        Outcome::NotSent { user, .. } => user,
        other => panic!("{other:?}"),
    };
    let reply = v
        .with_conn(|c| {
            chats::add_message(
                c,
                chat.id,
                Sender::Assistant,
                "That sounds lovely.",
                Status::Sent,
                None,
                &Stamp::now(),
            )
        })
        .unwrap();
    let j = api::journal::add(&app, &entry("Everything went wrong and I feel terrible.")).unwrap();
    let g =
        api::wellness::gratitude_add(&app, "my friend made me laugh, a wonderful evening").unwrap();

    // What each use case returned is what is stored.
    assert_eq!(j.sentiment, score(&v, "journal", j.entry.id));
    assert_eq!(g.sentiment, score(&v, "gratitude", g.item.id));
    assert_eq!(score(&v, "message", msg.id).unwrap().label, "positive");
    assert!(
        score(&v, "message", reply.id).is_none(),
        "the companion's replies are not scored"
    );
    assert_eq!(score(&v, "journal", j.entry.id).unwrap().label, "negative");
    assert_eq!(score(&v, "gratitude", g.item.id).unwrap().label, "positive");
    assert_eq!(
        score(&v, "journal", j.entry.id).unwrap().model,
        mentora::text::DEFAULT_MODEL
    );

    // An edited entry is scored again; a deleted one takes its score along.
    std::thread::sleep(Duration::from_millis(5));
    let edited = api::journal::update(
        &app,
        j.entry.id,
        &entry("Actually the evening was wonderful and I feel great."),
    )
    .unwrap();
    assert_eq!(edited.sentiment.unwrap().label, "positive");
    assert_eq!(score(&v, "journal", j.entry.id).unwrap().label, "positive");
    api::journal::delete(&app, j.entry.id).unwrap();
    api::chat::delete(&app, chat.id).unwrap();
    assert!(score(&v, "journal", j.entry.id).is_none());
    assert!(
        score(&v, "message", msg.id).is_none(),
        "deleting a chat removes its messages' scores"
    );
    assert!(score(&v, "gratitude", g.item.id).is_some());

    // A locked vault: the use case refuses and saves nothing; a row saved without a score (as by an
    // import) is caught up by the backfill.
    v.lock();
    let e = api::wellness::gratitude_add(&app, "sunshine").unwrap_err();
    assert_eq!(e.code().as_str(), "vault.locked");
    v.unlock_with_password(fixture::PASSWORD).unwrap();
    let g2 = v
        .with_conn(|c| gratitude::add(c, "sunshine", &Stamp::now()))
        .unwrap();
    assert!(score(&v, "gratitude", g2.id).is_none());
    let r = api::sentiment::backfill(&app, None, 1, |_| {}).unwrap();
    assert_eq!(r.scored, 1);
    assert!(score(&v, "gratitude", g2.id).is_some());
}

#[test]
fn backfill_scores_every_old_row_once() {
    let f = Fixture::new("backfill");
    let v = f.unlocked();
    v.with_conn(|c| {
        let chat = chats::create(c, "old", &Stamp::now())?;
        for i in 0..150 {
            chats::add_message(
                c,
                chat.id,
                Sender::User,
                &format!("message number {i} about my day"),
                Status::Sent,
                None,
                &Stamp::now(),
            )?;
        }
        for i in 0..20 {
            journal::add(
                c,
                &entry(&format!("entry {i}: a calm evening")),
                &Stamp::now(),
            )?;
        }
        journal::add(c, &entry(""), &Stamp::now())?; // mood only: nothing to score
        Ok(())
    })
    .unwrap();
    let mut m = common::sentiment_model("sentiment", 2);
    let mut calls = 0;
    let r = scoring::backfill(&v, &mut m, |_| calls += 1).unwrap();
    assert_eq!(r.scored, 170);
    assert_eq!(r.by_source.get("message"), Some(&150));
    assert_eq!(r.by_source.get("journal"), Some(&20));
    assert!(calls >= 1);
    assert_eq!(
        scoring::backfill(&v, &mut m, |_| {}).unwrap().scored,
        0,
        "a second run finds nothing"
    );
    let counts = v.with_conn(|c| sentiment::counts(c, "sentiment")).unwrap();
    assert_eq!(
        counts,
        vec![("journal".to_string(), 20), ("message".to_string(), 150)]
    );
}

#[test]
fn rows_scored_before_the_emotion_head_are_read_again_once() {
    let f = Fixture::new("backfill-emotions");
    let v = f.unlocked();
    // Scored by the same model id before it read emotions (as stored by an earlier Mentora).
    let e = v
        .with_conn(|c| journal::add(c, &entry("I miss my grandmother so much."), &Stamp::now()))
        .unwrap();
    let old = sentiment::Score {
        source: "journal".into(),
        source_id: e.id,
        model: "sentiment".into(),
        probs: vec![0.4, 0.6],
        valence: 0.2,
        label: "neutral".into(),
        stars: 3.4,
        emotion: None,
    };
    v.with_conn(|c| sentiment::upsert(c, &old, &Stamp::now()))
        .unwrap();
    let mut m = common::sentiment_model("sentiment", 1);
    assert!(m.has_emotions());
    let r = scoring::backfill(&v, &mut m, |_| {}).unwrap();
    assert_eq!(r.scored, 1, "the old score is read again");
    let now = score(&v, "journal", e.id).unwrap();
    let probs = now.emotion.as_ref().expect("now with the seven emotions");
    assert_eq!(probs.len(), 7);
    assert_eq!(now.label, "negative", "{now:?}");
    assert_eq!(
        scoring::backfill(&v, &mut m, |_| {}).unwrap().scored,
        0,
        "once"
    );
    // A model without an emotion head never loops on the same rows.
    let mut tiny = common::tiny_model();
    assert!(!tiny.has_emotions());
    assert_eq!(scoring::backfill(&v, &mut tiny, |_| {}).unwrap().scored, 1);
    assert_eq!(scoring::backfill(&v, &mut tiny, |_| {}).unwrap().scored, 0);
}

#[test]
fn cli_journal_add_prints_the_score_and_backfill_reports() {
    let data = tempfile::tempdir().unwrap();
    let pw = "a fine password\n";
    let o = common::run_cli(
        data.path(),
        &["profile", "create", "kim"],
        &pw.repeat(2),
        false,
    );
    assert!(o.status.success(), "{}", common::output_text(&o));
    let o = common::run_cli(
        data.path(),
        &[
            "journal",
            "add",
            "kim",
            "--mood",
            "2",
            "I feel lonely and sad tonight.",
        ],
        pw,
        false,
    );
    let out = common::output_text(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("sentiment: negative"), "{out}");
    let o = common::run_cli(data.path(), &["sentiment", "backfill", "kim"], pw, false);
    let out = common::output_text(&o);
    assert!(out.contains("scored 0 rows with sentiment-int8"), "{out}");
    let o = common::run_cli(
        data.path(),
        &["sentiment", "backfill", "kim", "--model", "sentiment"],
        pw,
        false,
    );
    let out = common::output_text(&o);
    assert!(
        out.contains("scored 1 rows with sentiment in") && out.contains("(1 journal)"),
        "{out}"
    );
}
