//! The local OpenAI-compatible server as the companion, against the mock that speaks its protocol:
//! a streamed reply; the Gemini key never sent; nothing answering, an unknown model, a stream that
//! breaks, an error mid-stream and a malformed event each leave a marked, retryable message; Stop
//! keeps the partial reply; private mode and a crisis turn open no connection; a redirect is not
//! followed; an address that is not loopback is refused by the settings and saves nothing.

use crate::common::chat::{chat, code, companion, messages, KEY, NET};
use crate::common::vault::Fixture;
use mentora::chat::config::{Backend, ChatConfig};
use mentora::chat::openai::client::REQUESTS_STARTED;
use mentora::chat::openai::mock::{MockLocal, Script};
use mentora::chat::service::{ChatEvent, Outcome};
use std::sync::atomic::Ordering;
use std::time::Duration;

const MODEL: &str = "llama3.2";

fn cfg(base_url: &str) -> ChatConfig {
    let mut c = ChatConfig {
        backend: Backend::LocalServer,
        // A Gemini key is set: the local server must never see it.
        key: Some(KEY.to_string().into()),
        country: "GB".into(),
        names: vec!["Robin".into()],
        ..Default::default()
    };
    c.local.base_url = base_url.to_string();
    c.local.model = MODEL.into();
    c.local.read = Duration::from_secs(5);
    c
}

fn pieces(chunks: &[&str]) -> Vec<String> {
    chunks.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_reply_streams_from_the_local_server_and_the_gemini_key_stays_home() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    // The developer switch plays no part for the local server.
    mentora::chat::egress::allow_loopback(false);
    let f = Fixture::new("local-reply");
    let v = f.unlocked();
    let mock = MockLocal::start(0, &[MODEL]).unwrap();
    mock.push(Script::Reply {
        chunks: pieces(&["Thank you, ", "Robin. ", "That sounds hard."]),
        finish: "stop".into(),
        delay_ms: 5,
    });
    let id = chat(&v);
    let mut seen = Vec::new();
    let out = companion()
        .send(
            &v,
            &cfg(mock.base_url()),
            id,
            "I'm Robin and work was hard today.",
            None,
            &mut |e| {
                if let ChatEvent::Chunk { delta, .. } = e {
                    seen.push(delta)
                }
            },
        )
        .unwrap();
    let Outcome::Replied {
        reply,
        finish_reason,
        ..
    } = out
    else {
        panic!("expected a reply, got {out:?}")
    };
    assert_eq!(finish_reason, "STOP");
    assert_eq!(reply.text, "Thank you, Robin. That sounds hard.");
    assert_eq!(seen.len(), 3, "streamed as the server sent it: {seen:?}");
    let reqs = mock.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(
        (r.method.as_str(), r.target.as_str()),
        ("POST", "/v1/chat/completions")
    );
    assert_eq!(r.body["model"], MODEL);
    assert_eq!(r.body["stream"], true);
    assert_eq!(r.body["messages"][0]["role"], "system");
    let last = r.body["messages"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["role"], "user");
    // Redacted as for every model; restored in the reply shown.
    assert!(
        last["content"].as_str().unwrap().contains("[NAME_1]"),
        "{last}"
    );
    assert!(
        !r.raw.contains(KEY),
        "the Gemini key was sent to the local server"
    );
    assert!(r.header("x-goog-api-key").is_none() && r.header("authorization").is_none());
    let all = messages(&v, id);
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|m| m.status == "sent"));
}

#[test]
fn nothing_answering_keeps_the_message_pending_and_it_is_sent_once_the_server_runs() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("local-refused");
    let v = f.unlocked();
    // A port with nothing listening (bound, then closed).
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let id = chat(&v);
    let comp = companion();
    let c = cfg(&format!("http://127.0.0.1:{port}/v1"));
    let out = comp
        .send(&v, &c, id, "Are you there?", None, &mut |_| {})
        .unwrap();
    assert_eq!(code(&out), "chat.offline");
    let Outcome::NotSent { user, error } = out else {
        unreachable!()
    };
    assert!(error.message().contains("is the local server"), "{error}");
    assert_eq!(user.status, "pending");
    // The server starts on that port: the kept message is sent.
    let mock = MockLocal::start(port, &[MODEL]).unwrap();
    let again = comp.resend(&v, &c, user.id, &mut |_| {}).unwrap();
    assert!(matches!(again, Outcome::Replied { .. }), "{again:?}");
    assert_eq!(mock.requests().len(), 1);
}

#[test]
fn an_unknown_model_is_named_and_the_message_is_kept() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("local-404");
    let v = f.unlocked();
    let mock = MockLocal::start(0, &["qwen2.5:3b"]).unwrap();
    let id = chat(&v);
    let out = companion()
        .send(&v, &cfg(mock.base_url()), id, "Hello", None, &mut |_| {})
        .unwrap();
    assert_eq!(code(&out), "chat.model_unavailable");
    let Outcome::Failed { user, reply, error } = out else {
        unreachable!()
    };
    assert!(reply.is_none());
    assert!(error.message().contains(MODEL), "{error}");
    assert!(
        error.message().contains("not found"),
        "the server's words: {error}"
    );
    assert_eq!(user.status, "failed");
    assert_eq!(messages(&v, id).len(), 1, "the message is kept");
}

#[test]
fn a_broken_stream_an_error_event_and_a_malformed_event_keep_the_partial_reply() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("local-broken");
    let v = f.unlocked();
    let mock = MockLocal::start(0, &[MODEL]).unwrap();
    let comp = companion();
    let c = cfg(mock.base_url());
    let text = pieces(&["I hear ", "you. ", "Tell me more."]);
    for (script, want_code, want_text) in [
        (
            Script::Cut {
                chunks: text.clone(),
                sent: 2,
            },
            "chat.stream_broken",
            "I hear you.",
        ),
        (
            Script::ErrorMidStream {
                chunks: text.clone(),
                sent: 1,
                message: "decode failed".into(),
            },
            "chat.stream_broken",
            "I hear",
        ),
        (Script::Malformed, "chat.bad_stream", "Hello"),
    ] {
        mock.push(script);
        let id = chat(&v);
        let out = comp
            .send(&v, &c, id, "Long day.", None, &mut |_| {})
            .unwrap();
        assert_eq!(code(&out), want_code, "{out:?}");
        let Outcome::Failed {
            reply: Some(reply), ..
        } = out
        else {
            panic!("expected a partial reply, got {out:?}")
        };
        assert_eq!(reply.status, "partial");
        assert_eq!(reply.text, want_text);
        // Retry replaces the partial reply with a whole one.
        let again = comp.resend(&v, &c, reply.id, &mut |_| {}).unwrap();
        let Outcome::Replied { reply: whole, .. } = again else {
            panic!("retry: {again:?}")
        };
        let all = messages(&v, id);
        assert_eq!(all.len(), 2, "the partial reply was replaced");
        assert_eq!(all[1].id, whole.id);
        assert_eq!(
            whole.text,
            "I hear you. That sounds heavy. I'm here to listen."
        );
    }
    // A server error before any text: kept for later.
    mock.push(Script::Error {
        http: 503,
        message: "Loading model".into(),
    });
    let id = chat(&v);
    let out = comp.send(&v, &c, id, "Hi", None, &mut |_| {}).unwrap();
    assert_eq!(code(&out), "chat.server_error");
    let Outcome::NotSent { user, error } = out else {
        unreachable!()
    };
    assert_eq!(user.status, "pending");
    assert!(error.message().contains("Loading model"), "{error}");
}

#[test]
fn stop_mid_reply_keeps_the_partial_text_marked() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("local-stop");
    let v = f.unlocked();
    let mock = MockLocal::start(0, &[MODEL]).unwrap();
    mock.push(Script::Reply {
        chunks: pieces(&["one ", "two ", "three ", "four ", "five"]),
        finish: "stop".into(),
        delay_ms: 30,
    });
    let comp = companion();
    let id = chat(&v);
    let mut n = 0;
    let out = comp
        .send(
            &v,
            &cfg(mock.base_url()),
            id,
            "Tell me a story",
            None,
            &mut |e| {
                if let ChatEvent::Chunk { .. } = e {
                    n += 1;
                    if n == 2 {
                        comp.stop();
                    }
                }
            },
        )
        .unwrap();
    assert_eq!(code(&out), "chat.stopped");
    let Outcome::Failed { reply: Some(r), .. } = out else {
        panic!("{out:?}")
    };
    assert_eq!((r.text.as_str(), r.status.as_str()), ("one two", "partial"));
    assert_eq!(n, 2, "no piece after Stop");
}

#[test]
fn private_mode_and_a_crisis_turn_open_no_connection_to_the_local_server() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("local-private");
    let v = f.unlocked();
    let mock = MockLocal::start(0, &[MODEL]).unwrap();
    let comp = companion();
    let before = REQUESTS_STARTED.load(Ordering::SeqCst);
    let mut c = cfg(mock.base_url());
    c.private_mode = true;
    let id = chat(&v);
    let out = comp
        .send(&v, &c, id, "A quiet evening.", None, &mut |_| {})
        .unwrap();
    assert_eq!(code(&out), "chat.private_mode");
    let c = cfg(mock.base_url());
    let out = comp
        .send(
            &v,
            &c,
            id,
            "I want to end my life tonight",
            None,
            &mut |_| {},
        )
        .unwrap();
    assert!(matches!(out, Outcome::Crisis { .. }), "{out:?}");
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(mock.connections(), 0);
    assert_eq!(REQUESTS_STARTED.load(Ordering::SeqCst), before);
}

#[test]
fn a_redirect_from_the_local_server_is_not_followed() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("local-redirect");
    let v = f.unlocked();
    // The "other host": a second mock on 127.0.0.2 that must see nothing.
    let other = std::net::TcpListener::bind("127.0.0.2:0").expect("bind 127.0.0.2");
    let other_port = other.local_addr().unwrap().port();
    other.set_nonblocking(true).unwrap();
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        if let Ok((mut s, _)) = l.accept() {
            s.set_read_timeout(Some(Duration::from_millis(500))).ok();
            let mut buf = [0u8; 8192];
            let _ = s.read(&mut buf);
            let r = format!("HTTP/1.1 307 Temporary Redirect\r\nlocation: http://127.0.0.2:{other_port}/v1/chat/completions\r\ncontent-length: 0\r\n\r\n");
            let _ = s.write_all(r.as_bytes());
        }
    });
    let id = chat(&v);
    let out = companion()
        .send(
            &v,
            &cfg(&format!("http://127.0.0.1:{port}/v1")),
            id,
            "Hi",
            None,
            &mut |_| {},
        )
        .unwrap();
    assert!(!matches!(out, Outcome::Replied { .. }), "{out:?}");
    std::thread::sleep(Duration::from_millis(200));
    assert!(other.accept().is_err(), "the redirect was followed");
}

#[test]
fn an_address_that_is_not_loopback_is_refused_and_nothing_is_saved() {
    let data = tempfile::tempdir().unwrap();
    let app = mentora::api::App::with_paths(
        mentora::api::Paths {
            data_dir: Some(data.path().to_path_buf()),
            models_dir: Some(crate::common::models_dir()),
            install_dir: None,
        },
        false,
    );
    mentora::api::profile::create(&app, "Lo", "a fine password", false).unwrap();
    let before = mentora::api::settings::get(&app).unwrap();
    assert_eq!(before.local_url, "http://127.0.0.1:8080/v1");
    for url in [
        "http://192.0.2.2:11434/v1",
        "http://localhost@192.0.2.2:11434/v1",
        "http://localhost.evil.example:11434/v1",
        "http://0.0.0.0:11434/v1",
    ] {
        let mut s = before.clone();
        s.backend = Backend::LocalServer;
        s.local_url = url.into();
        s.country = "NZ".into();
        let e = mentora::api::settings::set(&app, &s).unwrap_err();
        assert_eq!(e.code().as_str(), "input.invalid", "{url}");
        assert!(e.message().starts_with("local_url:"), "{url}: {e}");
        assert_eq!(
            mentora::api::settings::get(&app).unwrap(),
            before,
            "{url}: saved nothing"
        );
    }
    let mut s = before.clone();
    s.backend = Backend::LocalServer;
    s.local_url = "http://localhost:11434/v1".into();
    s.local_model = "llama3.2".into();
    let after = mentora::api::settings::set(&app, &s).unwrap();
    assert_eq!(after.backend, Backend::LocalServer);
    assert_eq!(
        (after.local_url.as_str(), after.local_model.as_str()),
        ("http://localhost:11434/v1", "llama3.2")
    );
}

#[test]
fn session_and_report_summaries_come_from_the_local_server() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("local-summary");
    let v = f.unlocked();
    let mock = MockLocal::start(0, &[MODEL]).unwrap();
    let c = cfg(mock.base_url());
    let id = chat(&v);
    let out = companion()
        .send(
            &v,
            &c,
            id,
            "Robin here, a long day at work.",
            None,
            &mut |_| {},
        )
        .unwrap();
    assert!(matches!(out, Outcome::Replied { .. }), "{out:?}");
    mock.push(Script::Reply {
        chunks: pieces(&["You talked about ", "a long day, [NAME_1]."]),
        finish: "stop".into(),
        delay_ms: 0,
    });
    let s = mentora::chat::summary::end_session(&v, &c, id, mentora::vault::repo::EndedBy::Closed)
        .unwrap()
        .expect("a session");
    assert_eq!(s.source.as_str(), "local_server");
    assert_eq!(
        s.summary, "You talked about a long day, Robin.",
        "placeholders restored"
    );
    assert!(
        !mock.requests()[1].raw.contains("Robin"),
        "the transcript was redacted"
    );
    // The report: health data stays on this machine, so no opt-in is needed for the local server.
    assert!(!c.share_health);
    mock.push(Script::Reply {
        chunks: pieces(&["A steady week."]),
        finish: "stop".into(),
        delay_ms: 0,
    });
    let end = chrono::Local::now().date_naive();
    let rep = mentora::reports::build(
        &v,
        mentora::reports::range::Range::last_week(end),
        None,
        Some(&c),
        "en",
    )
    .unwrap();
    assert_eq!(rep.summary_source.as_str(), "local_server");
    assert_eq!(rep.summary, "A steady week.");
    assert!(mock.requests()[2].raw.contains("Wellness numbers"));
    // The server gone: the deterministic summary, nothing lost.
    drop(mock);
    let rep = mentora::reports::build(
        &v,
        mentora::reports::range::Range::last_week(end),
        None,
        Some(&c),
        "en",
    )
    .unwrap();
    assert_eq!(rep.summary_source.as_str(), "local");
}

/// The window can end the same session twice at once (leave the chat, then open another while the
/// model still writes the summary): one session is stored, one summary asked for.
#[test]
fn a_session_ended_twice_at_once_is_stored_once() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("local-twice");
    let v = std::sync::Arc::new(f.unlocked());
    let mock = MockLocal::start(0, &[MODEL]).unwrap();
    let c = cfg(mock.base_url());
    let id = chat(&v);
    let out = companion()
        .send(&v, &c, id, "A long day at work.", None, &mut |_| {})
        .unwrap();
    assert!(matches!(out, Outcome::Replied { .. }), "{out:?}");
    // A slow summary: the second call arrives while the first one waits for it.
    mock.push(Script::Reply {
        chunks: pieces(&["You talked ", "about work."]),
        finish: "stop".into(),
        delay_ms: 300,
    });
    let ends: Vec<_> = (0..2)
        .map(|_| {
            let (v, c) = (v.clone(), c.clone());
            std::thread::spawn(move || {
                mentora::chat::summary::end_session(
                    &v,
                    &c,
                    id,
                    mentora::vault::repo::EndedBy::Closed,
                )
                .unwrap()
            })
        })
        .collect();
    let got: Vec<_> = ends.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(got.iter().filter(|s| s.is_some()).count(), 1, "{got:?}");
    assert_eq!(mentora::chat::summary::list(&v, Some(id)).unwrap().len(), 1);
    assert_eq!(mock.requests().len(), 2, "the reply and one summary");
}
