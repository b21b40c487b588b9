//! The companion over real HTTP to the mock Gemini server: streaming into the vault, what the request
//! carries, every API error's behaviour, crisis turns that never reach the model, private and no-key
//! modes that open no connection.

use crate::common::chat as support;
use crate::common::vault as fixture;

use fixture::Fixture;
use mentora::chat::gemini::client::REQUESTS_STARTED;
use mentora::chat::gemini::mock::{MockGemini, Script};
use mentora::chat::service::{ChatEvent, Outcome};
use mentora::vault::repo::EndedBy;
use mentora::vault::Stamp;
use support::*;

#[test]
fn a_streamed_reply_arrives_in_pieces_and_is_stored_whole() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("stream");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    let id = chat(&v);
    // The person's face looked sad in this chat's emotion session; their journal mood was low.
    v.with_conn(|c| {
        let s = mentora::vault::repo::emotion::start(c, Some(id), &Stamp::now())?;
        mentora::vault::repo::emotion::add_sample(
            c,
            s,
            0,
            Some(&[0.05, 0.0, 0.05, 0.05, 0.7, 0.05, 0.1]),
        )?;
        mentora::vault::repo::journal::add(
            c,
            &mentora::vault::repo::journal::EntryInput {
                mood: 2,
                tags: vec![],
                title: String::new(),
                text: "rough".into(),
            },
            &Stamp::now(),
        )?;
        Ok(())
    })
    .unwrap();
    mock.push(reply(&[
        "I'm sorry ",
        "work was so hard, ",
        "Robin. ",
        "I'm here.",
    ]));
    let mut chunks = Vec::new();
    let text = "I'm Robin. Work was hard. Mail me at robin@example.org or call +1 415 555 0132.";
    // The person opted in to sharing health data (moods, readings) with Gemini.
    let mut opted_in = cfg(&mock);
    opted_in.share_health = true;
    let out = companion()
        .send(&v, &opted_in, id, text, None, &mut |e| {
            if let ChatEvent::Chunk { delta, text, .. } = e {
                chunks.push((delta, text));
            }
        })
        .unwrap();
    let Outcome::Replied {
        user,
        reply,
        finish_reason,
        ..
    } = out
    else {
        panic!("{out:?}")
    };
    assert_eq!(finish_reason, "STOP");
    assert!(chunks.len() >= 3, "{chunks:?}");
    assert_eq!(
        chunks.last().unwrap().1,
        "I'm sorry work was so hard, Robin. I'm here."
    );
    assert_eq!(reply.text, "I'm sorry work was so hard, Robin. I'm here.");
    let stored = messages(&v, id);
    assert_eq!(stored.len(), 2);
    assert_eq!(
        (stored[0].status.as_str(), stored[1].status.as_str()),
        ("sent", "sent")
    );
    assert_eq!(
        stored[0].text, text,
        "the vault keeps what the person typed"
    );
    assert_eq!(stored[1].text, reply.text);
    assert_eq!(user.id, stored[0].id);

    let reqs = mock.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(
        r.target,
        "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
    );
    assert_eq!(r.header("x-goog-api-key"), Some(KEY));
    assert!(
        !r.target.contains(KEY) && !r.raw.contains(KEY),
        "the key travels only in the header"
    );
    let sys = r.body["systemInstruction"]["parts"][0]["text"]
        .as_str()
        .unwrap();
    assert!(sys.contains("You are an AI, not a therapist"), "{sys}");
    assert!(
        sys.contains("mostly sad (70 %)")
            && sys.contains("journal mood over the last 7 days averaged 2.0/5"),
        "{sys}"
    );
    assert!(sys.contains("especially gentle"), "{sys}");
    let sent = r.body["contents"][0]["parts"][0]["text"].as_str().unwrap();
    assert_eq!(
        sent,
        "I'm [NAME_1]. Work was hard. Mail me at [EMAIL_1] or call [PHONE_1]."
    );
    assert!(
        !r.raw.contains("robin@example.org") && !r.raw.contains("555"),
        "{}",
        r.raw
    );
    assert_eq!(r.body["contents"][0]["role"], "user");
    assert_eq!(r.body["generationConfig"]["candidateCount"], 1);
    assert_eq!(r.body["safetySettings"].as_array().unwrap().len(), 4);
    // The mapping stays local, on the message.
    let red: String = v
        .with_conn(|c| {
            Ok(c.query_row(
                "SELECT redactions_json FROM messages WHERE id = ?1",
                [user.id],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert!(
        red.contains("robin@example.org") && red.contains("[PHONE_1]"),
        "{red}"
    );
}

#[test]
fn a_pending_or_partial_message_is_sent_again_with_retry() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("retry");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    let id = chat(&v);
    let c = cfg(&mock);
    let comp = companion();
    mock.push(Script::Cut {
        chunks: vec!["Half ".into(), "a reply".into()],
        sent: 1,
        hang: false,
    });
    let o = comp
        .send(&v, &c, id, "Tell me something kind", None, &mut |_| {})
        .unwrap();
    let Outcome::Failed {
        reply: Some(partial),
        ..
    } = o
    else {
        panic!("{o:?}")
    };
    mock.push(reply(&["Something ", "kind."]));
    let o = comp.resend(&v, &c, partial.id, &mut |_| {}).unwrap();
    assert!(matches!(o, Outcome::Replied { .. }), "{o:?}");
    let stored = messages(&v, id);
    assert_eq!(
        stored
            .iter()
            .map(|m| (m.sender.as_str(), m.status.as_str(), m.text.as_str()))
            .collect::<Vec<_>>(),
        vec![
            ("user", "sent", "Tell me something kind"),
            ("assistant", "sent", "Something kind.")
        ]
    );
    // Offline: pending, then sent once the server is back.
    let mut off = c.clone();
    off.gemini.base_url = "http://127.0.0.1:9".into();
    let o = comp
        .send(&v, &off, id, "Are you there?", None, &mut |_| {})
        .unwrap();
    let Outcome::NotSent { user, error } = o else {
        panic!("{o:?}")
    };
    assert_eq!(
        (error.code().as_str(), user.status.as_str()),
        ("chat.offline", "pending")
    );
    let o = comp.resend(&v, &c, user.id, &mut |_| {}).unwrap();
    assert!(matches!(o, Outcome::Replied { .. }), "{o:?}");
    // The second request carried the whole conversation, roles alternating.
    let last = mock.requests().last().unwrap().body.clone();
    let roles: Vec<&str> = last["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["user", "model", "user"]);
}

#[test]
fn crisis_phrases_in_six_languages_show_the_card_and_reach_no_model() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("crisis");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    let id = chat(&v);
    let comp = companion();
    let phrases = [
        ("en", "US", "Honestly I just want to kill myself", "988"),
        ("nl", "NL", "Ik denk steeds aan zelfmoord", "113"),
        ("de", "DE", "Ich will mich umbringen", "0800 111 0 111"),
        ("fr", "FR", "Je veux mettre fin à mes jours", "3114"),
        (
            "it",
            "IT",
            "Voglio farla finita, non ce la faccio",
            "02 2327 2327",
        ),
        ("es", "ES", "Quiero quitarme la vida", "024"),
        ("en", "GB", "I keep cutting myself", "116 123"),
        ("en", "IE", "I want to hurt someone badly", "116 123"),
    ];
    let before = REQUESTS_STARTED.load(std::sync::atomic::Ordering::SeqCst);
    for (lang, country, text, line) in phrases {
        let mut c = cfg(&mock);
        c.country = country.into();
        let o = comp.send(&v, &c, id, text, None, &mut |_| {}).unwrap();
        let Outcome::Crisis {
            card,
            hit: Some(hit),
            user,
        } = o
        else {
            panic!("{text}: {o:?}")
        };
        assert_eq!(hit.language, lang, "{text}");
        assert!(user.crisis);
        let all: String = card
            .resources
            .iter()
            .map(|r| format!("{} {}", r.name, r.contact))
            .collect();
        assert!(all.contains(line), "{country}: {all}");
    }
    assert_eq!(mock.requests().len(), 0, "the mock received no request");
    assert_eq!(mock.connections(), 0);
    assert_eq!(
        REQUESTS_STARTED.load(std::sync::atomic::Ordering::SeqCst),
        before
    );
    // A later ordinary message is sent, and the crisis turns are not part of it.
    let o = comp
        .send(
            &v,
            &cfg(&mock),
            id,
            "Thanks. Can we talk about something calmer?",
            None,
            &mut |_| {},
        )
        .unwrap();
    assert!(matches!(o, Outcome::Replied { .. }), "{o:?}");
    let body = mock.requests()[0].raw.clone();
    for (_, _, text, _) in phrases {
        assert!(!body.contains(text), "crisis turn sent later: {text}");
    }
    // A crisis turn cannot be retried into the model.
    let crisis_id = messages(&v, id)[0].id;
    let e = comp
        .resend(&v, &cfg(&mock), crisis_id, &mut |_| {})
        .unwrap_err();
    assert_eq!(e.code().as_str(), "input.invalid");
}

#[test]
fn private_mode_and_no_key_open_no_connection() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("private");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    let id = chat(&v);
    let comp = companion();
    let before = REQUESTS_STARTED.load(std::sync::atomic::Ordering::SeqCst);
    let mut private = cfg(&mock);
    private.private_mode = true;
    let o = comp
        .send(&v, &private, id, "Just between us", None, &mut |_| {})
        .unwrap();
    assert_eq!(code(&o), "chat.private_mode");
    let mut nokey = cfg(&mock);
    nokey.key = None;
    let o = comp
        .send(&v, &nokey, id, "Anyone there?", None, &mut |_| {})
        .unwrap();
    assert_eq!(code(&o), "chat.no_key");
    let ended = mentora::chat::summary::end_session(&v, &private, id, EndedBy::Closed)
        .unwrap()
        .unwrap();
    assert_eq!(
        ended.source, "local",
        "the summary is local in private mode"
    );
    assert_eq!(mock.connections(), 0, "no connection reached the mock");
    assert_eq!(
        REQUESTS_STARTED.load(std::sync::atomic::Ordering::SeqCst),
        before,
        "no HTTP request was even started"
    );
    let stored = messages(&v, id);
    assert!(
        stored.iter().all(|m| m.status == "pending"),
        "both messages saved, pending"
    );
}

#[test]
fn a_session_summary_is_stored_from_gemini_or_locally() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("summary");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    let id = chat(&v);
    let comp = companion();
    let c = cfg(&mock);
    comp.send(
        &v,
        &c,
        id,
        "Work has been stressful this week.",
        None,
        &mut |_| {},
    )
    .unwrap();
    mock.push(Script::Reply {
        chunks: vec!["You talked about a stressful week at work.".into()],
        finish: "STOP".into(),
        delay_ms: 0,
    });
    let s = mentora::chat::summary::end_session(&v, &c, id, EndedBy::Closed)
        .unwrap()
        .unwrap();
    assert_eq!(
        (s.source.as_str(), s.summary.as_str(), s.user_messages),
        ("gemini", "You talked about a stressful week at work.", 1)
    );
    let req = mock.requests().last().unwrap().clone();
    assert!(req.target.ends_with(":generateContent"), "{}", req.target);
    // Nothing new: no second session. Then offline: a local summary.
    assert!(
        mentora::chat::summary::end_session(&v, &c, id, EndedBy::Closed)
            .unwrap()
            .is_none()
    );
    let mut off = c.clone();
    off.gemini.base_url = "http://127.0.0.1:9".into();
    comp.send(&v, &off, id, "I slept badly again.", None, &mut |_| {})
        .unwrap();
    let s = mentora::chat::summary::end_session(&v, &off, id, EndedBy::Idle)
        .unwrap()
        .unwrap();
    assert_eq!(s.source, "local");
    assert!(
        s.summary
            .starts_with("You talked about \"I slept badly again\""),
        "{}",
        s.summary
    );
    assert_eq!(mentora::chat::summary::list(&v, None).unwrap().len(), 2);
}
