//! Every Gemini error the API sends, over real HTTP to the mock: its behaviour (retries, wait, code,
//! message state), and the person's message always in the vault afterwards.

use crate::common::chat as support;
use crate::common::vault as fixture;

use fixture::Fixture;
use mentora::chat::config::ChatConfig;
use mentora::chat::gemini::mock::{MockGemini, Script};
use mentora::chat::service::Outcome;
use mentora::vault::repo::chats;
use serde_json::json;
use std::time::Duration;
use support::*;

/// Sends one message against `script`, returns (outcome, requests the mock got, stored user message).
fn one(
    script: Vec<Script>,
    tweak: impl FnOnce(&mut ChatConfig),
) -> (Outcome, usize, chats::Message) {
    let f = Fixture::new("errors");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    for s in script {
        mock.push(s);
    }
    let mut c = cfg(&mock);
    tweak(&mut c);
    let id = chat(&v);
    let out = companion()
        .send(&v, &c, id, "How do I sleep better?", None, &mut |_| {})
        .unwrap();
    let stored = messages(&v, id);
    assert_eq!(
        stored[0].text, "How do I sleep better?",
        "the message is in the vault"
    );
    (out, mock.requests().len(), stored[0].clone())
}

#[test]
fn each_api_error_has_its_behaviour_and_keeps_the_message() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    // 400 API_KEY_INVALID: no retry, failed.
    let (o, n, m) = one(vec![], |c| c.key = Some("wrong-key".to_string().into()));
    assert_eq!(
        (code(&o), n, m.status.as_str()),
        ("chat.api_key_invalid", 1, "failed")
    );
    // 400 INVALID_ARGUMENT (other): no retry.
    let (o, n, _) = one(vec![err(400, "INVALID_ARGUMENT", json!([]))], |_| {});
    assert_eq!((code(&o), n), ("chat.bad_request", 1));
    // 403: no retry.
    let (o, n, m) = one(vec![err(403, "PERMISSION_DENIED", json!([]))], |_| {});
    assert_eq!(
        (code(&o), n, m.status.as_str()),
        ("chat.permission_denied", 1, "failed")
    );
    // 404 for a retired model: a clear "choose another".
    let (o, n, _) = one(vec![], |c| c.gemini.model = "gemini-1.5-flash".into());
    assert_eq!((code(&o), n), ("chat.model_unavailable", 1));
    let Outcome::Failed { error, .. } = &o else {
        unreachable!()
    };
    assert!(
        error.message().contains("gemini-1.5-flash is unavailable")
            && error.message().contains("choose another model"),
        "{error}"
    );
    // 429 with RetryInfo: waits retryDelay, then succeeds.
    let retry =
        json!([{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0.2s"}]);
    let t = std::time::Instant::now();
    let (o, n, m) = one(
        vec![
            err(429, "RESOURCE_EXHAUSTED", retry.clone()),
            err(429, "RESOURCE_EXHAUSTED", retry.clone()),
            reply(&["a", "b", "c"]),
        ],
        |_| {},
    );
    assert!(matches!(o, Outcome::Replied { .. }), "{o:?}");
    assert_eq!((n, m.status.as_str()), (3, "sent"));
    assert!(
        t.elapsed() >= Duration::from_millis(400),
        "waited the retryDelay twice"
    );
    // 429 every time: gives up after max_attempts, message kept as pending.
    let (o, n, m) = one(
        vec![err(429, "RESOURCE_EXHAUSTED", retry.clone()); 3],
        |_| {},
    );
    assert_eq!(
        (code(&o), n, m.status.as_str()),
        ("chat.rate_limited", 3, "pending")
    );
    // 429 asking for longer than Mentora waits: fails at once, says how long.
    let long =
        json!([{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "3600s"}]);
    let (o, n, _) = one(vec![err(429, "RESOURCE_EXHAUSTED", long)], |_| {});
    assert_eq!((code(&o), n), ("chat.rate_limited", 1));
    let Outcome::NotSent { error, .. } = &o else {
        unreachable!()
    };
    assert!(error.message().contains("3600 s"), "{error}");
    // 500 then 503 then success: retried with backoff.
    let (o, n, _) = one(
        vec![
            err(500, "INTERNAL", json!([])),
            err(503, "UNAVAILABLE", json!([])),
            reply(&["ok ", "then", "."]),
        ],
        |_| {},
    );
    assert!(matches!(o, Outcome::Replied { .. }), "{o:?}");
    assert_eq!(n, 3);
    // 503 every time: gives up, pending.
    let (o, n, m) = one(vec![err(503, "UNAVAILABLE", json!([])); 3], |_| {});
    assert_eq!(
        (code(&o), n, m.status.as_str()),
        ("chat.server_error", 3, "pending")
    );
    let Outcome::NotSent { error, .. } = &o else {
        unreachable!()
    };
    assert!(error.message().contains("gave up after 3 tries"), "{error}");
    // No answer at all: timeout after the configured silence, retried, then pending.
    let (o, n, m) = one(vec![Script::Hang, Script::Hang, Script::Hang], |c| {
        c.gemini.timeout = Duration::from_millis(300)
    });
    assert_eq!(
        (code(&o), n, m.status.as_str()),
        ("chat.timeout", 3, "pending")
    );
    // A malformed event after some text: a partial reply, marked.
    let (o, _, m) = one(vec![Script::Malformed], |_| {});
    let Outcome::Failed {
        reply: Some(r),
        error,
        ..
    } = &o
    else {
        panic!("{o:?}")
    };
    assert_eq!(
        (
            error.code().as_str(),
            r.status.as_str(),
            r.text.as_str(),
            m.status.as_str()
        ),
        ("chat.bad_stream", "partial", "Hello", "sent")
    );
    // The stream breaks off: partial, retryable.
    let cut = Script::Cut {
        chunks: vec!["One ".into(), "two ".into(), "three".into()],
        sent: 2,
        hang: false,
    };
    let (o, _, _) = one(vec![cut], |_| {});
    let Outcome::Failed {
        reply: Some(r),
        error,
        ..
    } = &o
    else {
        panic!("{o:?}")
    };
    assert_eq!(
        (error.code().as_str(), r.text.as_str()),
        ("chat.stream_broken", "One two")
    );
    // promptFeedback.blockReason: refused, no reply, failed.
    let (o, n, m) = one(
        vec![Script::Blocked {
            reason: "OTHER".into(),
        }],
        |_| {},
    );
    assert_eq!(
        (code(&o), n, m.status.as_str()),
        ("chat.blocked", 1, "failed")
    );
    // finishReason RECITATION: stopped, the text so far kept as partial.
    let rec = Script::Reply {
        chunks: vec!["Here is ".into(), "a poem".into()],
        finish: "RECITATION".into(),
        delay_ms: 0,
    };
    let (o, _, _) = one(vec![rec], |_| {});
    let Outcome::Failed {
        reply: Some(r),
        error,
        ..
    } = &o
    else {
        panic!("{o:?}")
    };
    assert_eq!(
        (error.code().as_str(), r.status.as_str()),
        ("chat.blocked", "partial")
    );
    // finishReason MAX_TOKENS: a reply, stored, with a note.
    let max = Script::Reply {
        chunks: vec!["A long ".into(), "answer".into()],
        finish: "MAX_TOKENS".into(),
        delay_ms: 0,
    };
    let (o, _, _) = one(vec![max], |_| {});
    let Outcome::Replied {
        note: Some(n),
        reply,
        ..
    } = &o
    else {
        panic!("{o:?}")
    };
    assert!(n.contains("length limit") && reply.status == "sent");
    // finishReason SAFETY: the crisis card, and the turn is marked so it is never sent again.
    let safety = Script::Reply {
        chunks: vec!["I can't".into()],
        finish: "SAFETY".into(),
        delay_ms: 0,
    };
    let (o, _, m) = one(vec![safety], |_| {});
    let Outcome::Crisis {
        card,
        hit: None,
        user,
    } = &o
    else {
        panic!("{o:?}")
    };
    assert!(
        card.resources.iter().any(|r| r.contact.contains("116 123")),
        "{card:?}"
    );
    assert!(user.crisis && m.crisis);
}
