//! Every user message, journal entry and gratitude item is scored after it is saved (on the scorer
//! thread), edits are re-scored, deletions take their score along, and backfill scores old rows.

mod common;
#[path = "common/vault.rs"]
mod fixture;

use fixture::Fixture;
use mentora::models::Manifest;
use mentora::text::scoring::{self, Scorer};
use mentora::vault::repo::{chats, gratitude, journal, sentiment};
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
fn saved_rows_are_scored_off_the_saving_thread() {
    mentora::runtime::init(None).unwrap();
    let f = Fixture::new("scorer");
    let v = Arc::new(f.unlocked());
    let scorer = Scorer::start(
        Manifest::load(&common::models_dir()).unwrap(),
        f.dir.path().to_path_buf(),
        1,
    );

    let (chat, msg, reply, j, g) = v
        .with_conn(|c| {
            let chat = chats::create(c, "today", &Stamp::now())?;
            let msg = chats::add_message(
                c,
                chat.id,
                "user",
                "I had a lovely walk by the sea.",
                "sent",
                None,
                &Stamp::now(),
            )?;
            let reply = chats::add_message(
                c,
                chat.id,
                "assistant",
                "That sounds lovely.",
                "sent",
                None,
                &Stamp::now(),
            )?;
            let j = journal::add(
                c,
                &entry("Everything went wrong and I feel terrible."),
                &Stamp::now(),
            )?;
            let g = gratitude::add(
                c,
                "my friend made me laugh, a wonderful evening",
                &Stamp::now(),
            )?;
            Ok((chat, msg, reply, j, g))
        })
        .unwrap();
    scorer.nudge(v.clone());
    assert!(
        scorer.wait_idle(Duration::from_secs(60)),
        "scorer timed out"
    );
    let st = scorer.status();
    assert!(st.last_error.is_none(), "{:?}", st.last_error);
    assert_eq!(st.scored, 3);
    assert_eq!(score(&v, "message", msg.id).unwrap().label, "positive");
    assert!(
        score(&v, "message", reply.id).is_none(),
        "the companion's replies are not scored"
    );
    assert_eq!(score(&v, "journal", j.id).unwrap().label, "negative");
    assert_eq!(score(&v, "gratitude", g.id).unwrap().label, "positive");
    assert_eq!(score(&v, "journal", j.id).unwrap().model, "sentiment");

    // An edited entry is scored again; a deleted one takes its score along.
    std::thread::sleep(Duration::from_millis(5));
    v.with_conn(|c| {
        journal::update(
            c,
            j.id,
            &entry("Actually the evening was wonderful and I feel great."),
            &Stamp::now(),
        )
    })
    .unwrap();
    scorer.nudge(v.clone());
    assert!(scorer.wait_idle(Duration::from_secs(60)));
    assert_eq!(score(&v, "journal", j.id).unwrap().label, "positive");
    v.with_conn(|c| journal::delete(c, j.id)).unwrap();
    v.with_conn(|c| chats::delete(c, chat.id)).unwrap();
    assert!(score(&v, "journal", j.id).is_none());
    assert!(
        score(&v, "message", msg.id).is_none(),
        "deleting a chat removes its messages' scores"
    );
    assert!(score(&v, "gratitude", g.id).is_some());

    // A locked vault: the failure is reported, nothing is lost, and the next nudge catches up.
    v.lock();
    scorer.nudge(v.clone());
    assert!(scorer.wait_idle(Duration::from_secs(60)));
    assert_eq!(
        scorer.status().last_error.unwrap().code().as_str(),
        "vault.locked"
    );
    v.unlock_with_password(fixture::PASSWORD).unwrap();
    let g2 = v
        .with_conn(|c| gratitude::add(c, "sunshine", &Stamp::now()))
        .unwrap();
    scorer.nudge(v.clone());
    assert!(scorer.wait_idle(Duration::from_secs(60)));
    assert!(scorer.status().last_error.is_none());
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
                "user",
                &format!("message number {i} about my day"),
                "sent",
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
    assert!(out.contains("scored 0 rows with sentiment"), "{out}");
    let o = common::run_cli(
        data.path(),
        &["sentiment", "backfill", "kim", "--model", "sentiment-int8"],
        pw,
        false,
    );
    let out = common::output_text(&o);
    assert!(
        out.contains("scored 1 rows with sentiment-int8 in") && out.contains("(1 journal)"),
        "{out}"
    );
}
