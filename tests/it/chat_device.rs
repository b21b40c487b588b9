//! The companion on this device (SmolLM2-135M via llama.cpp, the default model from models/): a reply
//! streams with zero connections in private mode; a crisis turn never reaches the engine; Stop keeps
//! the partial reply; a conversation far beyond the model's window still gets answers.

use crate::common::chat as support;
use crate::common::vault as fixture;
use fixture::Fixture;
use mentora::chat::config::{Backend, ChatConfig};
use mentora::chat::device::DeviceLlm;
use mentora::chat::gemini::client::REQUESTS_STARTED;
use mentora::chat::gemini::mock::MockGemini;
use mentora::chat::service::{ChatEvent, Companion, Outcome};
use mentora::vault::repo::chats::{self, Sender, Status};
use mentora::vault::Stamp;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use support::*;

fn device() -> Arc<DeviceLlm> {
    let m = mentora::models::Manifest::load(&crate::common::models_dir()).unwrap();
    Arc::new(
        DeviceLlm::from_manifest(&m).expect("run scripts/setup.sh: the default GGUF is missing"),
    )
}

fn on_device(d: &Arc<DeviceLlm>) -> Companion {
    companion().with_device(Some(d.clone()))
}

/// Private mode, the device answering, a mock Gemini listening to prove nobody calls it.
fn private_cfg(mock: &MockGemini) -> ChatConfig {
    let mut c = cfg(mock);
    c.private_mode = true;
    c.backend = Backend::Device;
    c
}

#[test]
fn private_mode_gets_a_streamed_reply_from_the_device_and_opens_no_connection() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("device-reply");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    let id = chat(&v);
    let d = device();
    let comp = on_device(&d);
    let before = REQUESTS_STARTED.load(Ordering::SeqCst);
    let mut pieces = Vec::new();
    let out = comp
        .send(
            &v,
            &private_cfg(&mock),
            id,
            "Hi! I had a calm day and went for a walk.",
            None,
            &mut |e| {
                if let ChatEvent::Chunk { delta, text, .. } = e {
                    pieces.push((delta, text));
                }
            },
        )
        .unwrap();
    let Outcome::Replied {
        user,
        reply,
        finish_reason,
        ..
    } = out
    else {
        panic!("expected a reply, got {out:?}")
    };
    assert_eq!(user.status, "sent");
    assert_eq!(reply.status, "sent");
    assert!(!reply.text.trim().is_empty());
    assert!(pieces.len() > 1, "streamed in pieces: {}", pieces.len());
    assert_eq!(
        pieces.iter().map(|p| p.0.as_str()).collect::<String>(),
        reply.text
    );
    assert!(finish_reason == "STOP" || finish_reason == "MAX_TOKENS");
    assert_eq!((d.calls(), d.loads()), (1, 1));
    assert_eq!(mock.connections(), 0, "nothing reached Gemini");
    assert_eq!(
        REQUESTS_STARTED.load(Ordering::SeqCst),
        before,
        "no HTTP request was started"
    );
    // Stored whole, in order.
    let stored = messages(&v, id);
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[1].text, reply.text);
    // Idle: unloaded; the next reply loads it again.
    assert!(!d.unload_if_idle(
        std::time::Instant::now(),
        std::time::Duration::from_secs(600)
    ));
    assert!(d.unload_if_idle(
        std::time::Instant::now() + std::time::Duration::from_secs(601),
        std::time::Duration::from_secs(600)
    ));
    assert!(!d.is_loaded());
}

#[test]
fn a_crisis_turn_gets_the_card_and_never_reaches_the_engine() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("device-crisis");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    let id = chat(&v);
    let d = device();
    let comp = on_device(&d);
    for text in [
        "I don't want to be here anymore",
        "ich bringe mich um",
        "I started cutting again",
    ] {
        let out = comp
            .send(&v, &private_cfg(&mock), id, text, None, &mut |_| {})
            .unwrap();
        assert!(matches!(out, Outcome::Crisis { .. }), "{text}: {out:?}");
    }
    assert_eq!(
        (d.calls(), d.loads()),
        (0, 0),
        "the engine was never asked, not even loaded"
    );
    // Retrying a crisis turn is refused before any model too.
    let m = messages(&v, id);
    assert!(comp
        .resend(&v, &private_cfg(&mock), m[0].id, &mut |_| {})
        .is_err());
    assert_eq!(d.calls(), 0);
}

#[test]
fn stop_mid_reply_keeps_the_partial_text_marked_and_retry_replaces_it() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("device-stop");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    let id = chat(&v);
    let d = device();
    let comp = on_device(&d);
    let mut n = 0;
    let out = comp
        .send(
            &v,
            &private_cfg(&mock),
            id,
            "Please tell me a long story about a lighthouse keeper and the sea.",
            None,
            &mut |e| {
                if let ChatEvent::Chunk { .. } = e {
                    n += 1;
                    if n == 3 {
                        comp.stop();
                    }
                }
            },
        )
        .unwrap();
    let Outcome::Failed {
        reply: Some(partial),
        error,
        ..
    } = out
    else {
        panic!("expected a stopped reply, got {out:?}")
    };
    assert_eq!(error.code().as_str(), "chat.stopped");
    assert_eq!(partial.status, "partial");
    assert!(!partial.text.is_empty());
    assert_eq!(n, 3, "no piece after Stop");
    // Retry replaces the partial reply with a whole one (Stop is forgotten when a reply starts).
    let out = comp
        .resend(&v, &private_cfg(&mock), partial.id, &mut |_| {})
        .unwrap();
    assert!(matches!(out, Outcome::Replied { .. }), "{out:?}");
    let stored = messages(&v, id);
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[1].status, "sent");
}

#[test]
fn sixty_turns_beyond_the_models_window_keep_getting_answers() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("device-long");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    let id = chat(&v);
    v.with_conn(|c| {
        for i in 0..60 {
            chats::add_message(c, id, Sender::User, &format!("Turn {i}: today I walked by the river, thought about work, my sister, the rain and the weekend, and wrote it all down here."), Status::Sent, None, &Stamp::now())?;
            chats::add_message(c, id, Sender::Assistant, &format!("Thank you for turn {i}. Walking by the river sounds calming; how did the rest of the day feel?"), Status::Sent, None, &Stamp::now())?;
        }
        Ok(())
    })
    .unwrap();
    let d = device();
    let comp = on_device(&d);
    let mut c = private_cfg(&mock);
    c.token_budget = 20_000; // the history sent is far beyond SmolLM2's 2,048-token window here
    for text in [
        "How was my week, do you think?",
        "Thanks. One more question: what should I do tonight?",
    ] {
        let out = comp.send(&v, &c, id, text, None, &mut |_| {}).unwrap();
        let Outcome::Replied { reply, .. } = out else {
            panic!("{text}: {out:?}")
        };
        assert!(!reply.text.trim().is_empty());
    }
    assert_eq!(d.calls(), 2);
    assert_eq!(messages(&v, id).len(), 124);
}

#[test]
fn the_device_backend_without_a_model_keeps_the_message_pending() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("device-none");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    let id = chat(&v);
    let out = companion()
        .send(&v, &private_cfg(&mock), id, "hello?", None, &mut |_| {})
        .unwrap();
    assert_eq!(code(&out), "model.missing");
    assert_eq!(messages(&v, id)[0].status, "pending");
    assert_eq!(mock.connections(), 0);
}

#[test]
fn a_cut_model_file_fails_the_reply_naming_it_and_the_app_goes_on() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("device-cut");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    let id = chat(&v);
    let dir = tempfile::tempdir().unwrap();
    let cut = dir.path().join("cut-model.gguf");
    let bytes = std::fs::read(device().path()).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 3]).unwrap();
    let d = Arc::new(DeviceLlm::new(&cut, mentora_llm::LoadOptions::default()));
    let comp = on_device(&d);
    let out = comp
        .send(
            &v,
            &private_cfg(&mock),
            id,
            "Hello, are you there today?",
            None,
            &mut |_| {},
        )
        .unwrap();
    let Outcome::Failed {
        user,
        reply: None,
        error,
    } = out
    else {
        panic!("{out:?}")
    };
    assert_eq!(error.code().as_str(), "model.load_failed");
    assert!(
        error.message().contains("cut-model.gguf"),
        "{}",
        error.message()
    );
    assert_eq!(user.status, "failed", "the message is kept, retryable");
    // The rest goes on: the crisis check still answers, other data is written and read.
    let out = comp
        .send(
            &v,
            &private_cfg(&mock),
            id,
            "I want to kill myself",
            None,
            &mut |_| {},
        )
        .unwrap();
    assert!(matches!(out, Outcome::Crisis { .. }));
    assert_eq!(messages(&v, id).len(), 2);
    assert_eq!(mock.connections(), 0);
}

/// A fully offline week still gets written summaries: the session's and the report's come from the
/// model on this device (private mode, no connection), and a crisis turn is left out of the
/// session's transcript.
#[test]
fn offline_the_device_writes_the_session_and_report_summaries() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("device-summary");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    let id = chat(&v);
    let d = device();
    let comp = on_device(&d);
    let mut cfg = private_cfg(&mock);
    cfg.device = Some(d.clone());
    let out = comp
        .send(
            &v,
            &cfg,
            id,
            "Work was stressful but the evening walk helped.",
            None,
            &mut |_| {},
        )
        .unwrap();
    assert!(matches!(out, Outcome::Replied { .. }), "{out:?}");
    v.with_conn(|c| {
        mentora::vault::repo::journal::add(
            c,
            &mentora::vault::repo::journal::EntryInput {
                mood: 4,
                tags: vec![],
                title: String::new(),
                text: "a good walk".into(),
            },
            &Stamp::now(),
        )
        .map(|_| ())
    })
    .unwrap();
    let before = REQUESTS_STARTED.load(Ordering::SeqCst);
    let s =
        mentora::chat::summary::end_session(&v, &cfg, id, mentora::vault::repo::EndedBy::Closed)
            .unwrap()
            .expect("a session");
    assert_eq!(s.source.as_str(), "device", "{s:?}");
    assert!(!s.summary.trim().is_empty());
    assert_eq!(d.calls(), 2, "the reply and the summary");
    let end = chrono::Local::now().date_naive();
    let rep = mentora::reports::build(
        &v,
        mentora::reports::range::Range::last_week(end),
        None,
        Some(&cfg),
        "en",
    )
    .unwrap();
    assert_eq!(rep.summary_source.as_str(), "device", "{}", rep.summary);
    assert_eq!(d.calls(), 3);
    assert_eq!(mock.connections(), 0);
    assert_eq!(REQUESTS_STARTED.load(Ordering::SeqCst), before);
}
