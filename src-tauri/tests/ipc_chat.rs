//! The companion, journal and insights over IPC: a reply streamed as `chat://event` events from the
//! mock Gemini server, the crisis card with no request, a journal entry with its sentiment, PHQ-9
//! item 9, and a report with four SVG charts.

#[path = "ipc/common/mod.rs"]
mod common;

use common::call;
use mentora::chat::gemini::mock::{MockGemini, Script};
use serde_json::{json, Value};
use std::path::Path;
use std::sync::{Arc, Mutex};
use tauri::test::MockRuntime;
use tauri::{Listener, WebviewWindow};

fn window(data: &Path) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    common::app_with(
        data,
        tauri::generate_handler![
            mentora_app::commands::vault::profile_create,
            mentora_app::commands::chat::chat_create,
            mentora_app::commands::chat::chat_send,
            mentora_app::commands::chat::chat_messages,
            mentora_app::commands::settings::settings_get,
            mentora_app::commands::settings::settings_set,
            mentora_app::commands::wellness::journal_add,
            mentora_app::commands::wellness::checkin_submit,
            mentora_app::commands::report::report_build,
        ],
    )
}

#[test]
fn chat_journal_checkin_and_insights_over_ipc() {
    // The key comes from the environment here (the keyring is the store in the app).
    std::env::set_var("MENTORA_GEMINI_API_KEY", "ipc-key");
    mentora::chat::egress::allow_loopback(true); // the developer switch: the mock is on loopback
    let mock = MockGemini::start(0, "ipc-key").unwrap();
    let data = tempfile::tempdir().unwrap();
    let (app, w) = window(data.path());
    call(
        &w,
        "profile_create",
        json!({"name": "Ada", "password": "a good password"}),
    )
    .unwrap();
    let mut s = call(&w, "settings_get", json!({})).unwrap();
    assert_eq!(s["model"], "gemini-2.5-flash");
    s["base_url"] = json!(mock.base_url());
    s["country"] = json!("GB");
    call(&w, "settings_set", json!({"settings": s})).unwrap();
    let bad = call(&w, "settings_set", json!({"settings": {"private_mode": false, "model": "m", "base_url": "http://example.com", "country": "GB", "auto_lock_minutes": 5, "sentiment_model": "sentiment", "share_journal_text": false}})).unwrap_err();
    assert_eq!(bad["code"], "input.invalid");
    assert!(
        bad["message"].as_str().unwrap().starts_with("base_url:"),
        "{bad}"
    );

    let events: Arc<Mutex<Vec<Value>>> = Arc::default();
    let ev = events.clone();
    app.listen("chat://event", move |e| {
        ev.lock()
            .unwrap()
            .push(serde_json::from_str(e.payload()).unwrap())
    });
    let chat = call(&w, "chat_create", json!({"title": "first"})).unwrap();
    mock.push(Script::Reply {
        chunks: vec!["I'm ".into(), "glad ".into(), "you're here.".into()],
        finish: "STOP".into(),
        delay_ms: 5,
    });
    let out = call(
        &w,
        "chat_send",
        json!({"chatId": chat["id"], "text": "Hello, I had an okay day."}),
    )
    .unwrap();
    assert_eq!(out["kind"], "replied", "{out}");
    assert_eq!(out["reply"]["text"], "I'm glad you're here.");
    let evs = events.lock().unwrap().clone();
    let chunks: Vec<&Value> = evs.iter().filter(|e| e["kind"] == "chunk").collect();
    assert_eq!(chunks.len(), 3, "{evs:?}");
    assert_eq!(chunks[2]["text"], "I'm glad you're here.");
    assert_eq!(evs[0]["kind"], "saved");

    // Crisis language: the card, no request.
    let before = mock.requests().len();
    let out = call(
        &w,
        "chat_send",
        json!({"chatId": chat["id"], "text": "I want to end my life"}),
    )
    .unwrap();
    assert_eq!(out["kind"], "crisis");
    assert!(
        out["card"]["resources"].to_string().contains("116 123"),
        "{out}"
    );
    assert_eq!(mock.requests().len(), before);

    // A journal entry comes back with its sentiment.
    let e = call(
        &w,
        "journal_add",
        json!({"entry": {"mood": 2, "text": "I feel lonely and sad tonight."}}),
    )
    .unwrap();
    assert_eq!(e["mood"], 2);
    assert_eq!(e["sentiment"]["label"], "negative", "{e}");

    // PHQ-9 with item 9 above 0: the crisis path.
    let r = call(
        &w,
        "checkin_submit",
        json!({"kind": "phq9", "answers": [1, 1, 1, 0, 0, 1, 0, 0, 1], "difficulty": 1}),
    )
    .unwrap();
    assert_eq!(r["severity"], "mild");
    assert!(
        r["crisis"]["resources"].to_string().contains("Samaritans"),
        "{r}"
    );

    // Insights: the report with four SVG charts.
    let rep = call(&w, "report_build", json!({})).unwrap();
    assert_eq!(rep["charts"].as_array().unwrap().len(), 4);
    assert!(rep["charts"][0][1].as_str().unwrap().contains("<svg"));
    assert_eq!(rep["aggregates"]["totals"]["journal_entries"], 1);
    assert!(rep["saved_id"].is_number());
}
