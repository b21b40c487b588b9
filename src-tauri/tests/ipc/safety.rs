//! Every text a person writes is checked: a journal entry or gratitude item in crisis is saved and
//! comes back with the crisis card; worry for someone else gets the gentler card; an ordinary sad
//! day gets none.

use crate::common::{self, call};
use serde_json::json;

#[test]
fn journal_and_gratitude_come_back_with_the_card_they_need() {
    let data = tempfile::tempdir().unwrap();
    let (_app, w) = common::app_with(
        data.path(),
        tauri::generate_handler![
            mentora_app::commands::vault::profile_create,
            mentora_app::commands::wellness::journal_add,
            mentora_app::commands::wellness::journal_list,
            mentora_app::commands::wellness::gratitude_add,
            mentora_app::commands::settings::settings_get,
            mentora_app::commands::settings::settings_set,
        ],
    );
    call(
        &w,
        "profile_create",
        json!({"name": "Ada", "password": "a good password"}),
    )
    .unwrap();
    let mut s = call(&w, "settings_get", json!({})).unwrap();
    s["country"] = json!("DE");
    call(&w, "settings_set", json!({"settings": s})).unwrap();

    let entry = |text: &str| json!({"entry": {"mood": 2, "tags": [], "title": "", "text": text}});
    let sad = call(
        &w,
        "journal_add",
        entry("I feel lonely and sad tonight. Nothing went right."),
    )
    .unwrap();
    assert!(sad["crisis"].is_null(), "{sad}");
    let crisis = call(
        &w,
        "journal_add",
        entry("ich will nicht mehr leben, ich bringe mich um"),
    )
    .unwrap();
    assert_eq!(crisis["crisis"]["reason"], "crisis_language", "{crisis}");
    assert_eq!(crisis["crisis"]["resources"][0]["name"], "TelefonSeelsorge");
    let other = call(
        &w,
        "journal_add",
        entry("my brother keeps saying he wants to kill himself"),
    )
    .unwrap();
    assert_eq!(other["crisis"]["reason"], "concern_for_other", "{other}");
    // All three are saved.
    assert_eq!(
        call(&w, "journal_list", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        3
    );

    let g = call(
        &w,
        "gratitude_add",
        json!({"text": "grateful for nothing, I wish I was dead"}),
    )
    .unwrap();
    assert_eq!(g["crisis"]["reason"], "crisis_language", "{g}");
    let g2 = call(
        &w,
        "gratitude_add",
        json!({"text": "a long call with my sister"}),
    )
    .unwrap();
    assert!(g2["crisis"].is_null(), "{g2}");
}

/// Check-in notes are checked too; the safety plan is edited and read back; a card shown by
/// mistake is dismissed (recorded); the risk persists after a crisis (gentle check-in due at the
/// next unlock, a new chat does not reset it) until the person answers the check-in.
#[test]
fn checkin_notes_plan_dismissal_and_the_risk_that_persists() {
    let data = tempfile::tempdir().unwrap();
    let (_app, w) = common::app_with(
        data.path(),
        tauri::generate_handler![
            mentora_app::commands::vault::profile_create,
            mentora_app::commands::vault::vault_lock,
            mentora_app::commands::vault::vault_unlock,
            mentora_app::commands::wellness::checkin_submit,
            mentora_app::commands::wellness::gratitude_add,
            mentora_app::commands::chat::chat_create,
            mentora_app::commands::safety::safety_plan_get,
            mentora_app::commands::safety::safety_plan_save,
            mentora_app::commands::safety::safety_dismiss,
            mentora_app::commands::safety::safety_risk,
            mentora_app::commands::safety::safety_checked_in,
        ],
    );
    call(
        &w,
        "profile_create",
        json!({"name": "Bo", "password": "a good password"}),
    )
    .unwrap();
    let risk = call(&w, "safety_risk", json!({})).unwrap();
    assert_eq!(risk["active"], false, "{risk}");

    // The plan: empty, then saved (blanks dropped), then read back.
    let empty = call(&w, "safety_plan_get", json!({})).unwrap();
    assert_eq!(empty["reasons"], json!([]));
    let saved = call(
        &w,
        "safety_plan_save",
        json!({"plan": {"warning_signs": ["not sleeping", " "], "helpers": ["Mia 0176 1234567"],
                        "reasons": ["my cat Pixel"], "coping": [], "distractions": [],
                        "professionals": [], "safe_environment": ["pills to my sister"]}}),
    )
    .unwrap();
    assert_eq!(saved["warning_signs"], json!(["not sleeping"]), "{saved}");
    assert!(saved["updated_at"].as_i64().unwrap() > 0);
    let too_long = "x".repeat(501);
    let e = call(
        &w,
        "safety_plan_save",
        json!({"plan": {"reasons": [too_long]}}),
    )
    .unwrap_err();
    assert_eq!(e["code"], "input.invalid", "{e}");
    assert!(
        e["message"].as_str().unwrap().starts_with("reasons:"),
        "{e}"
    );
    assert_eq!(
        call(&w, "safety_plan_get", json!({})).unwrap()["reasons"],
        json!(["my cat Pixel"])
    );

    // A GAD-7 with an ordinary note: no card. With crisis words in the note: the card.
    let ok = call(
        &w,
        "checkin_submit",
        json!({"kind": "gad7", "answers": [1, 1, 0, 0, 1, 0, 0], "difficulty": 1, "note": "a tiring week at work"}),
    )
    .unwrap();
    assert!(ok["crisis"].is_null(), "{ok}");
    assert_eq!(ok["assessment"]["note"], "a tiring week at work");
    let c = call(
        &w,
        "checkin_submit",
        json!({"kind": "gad7", "answers": [0, 0, 0, 0, 0, 0, 0], "difficulty": null, "note": "I want to end my life"}),
    )
    .unwrap();
    assert_eq!(c["crisis"]["reason"], "crisis_language", "{c}");

    // The risk now persists: due at the next unlock, not reset by a new chat.
    call(&w, "vault_lock", json!({})).unwrap();
    call(
        &w,
        "vault_unlock",
        json!({"profile": "Bo", "password": "a good password"}),
    )
    .unwrap();
    call(&w, "chat_create", json!({"title": "new"})).unwrap();
    let risk = call(&w, "safety_risk", json!({})).unwrap();
    assert_eq!(risk["active"], true, "{risk}");
    assert_eq!(risk["check_in_due"], true, "{risk}");
    assert_eq!(risk["plan"]["reasons"], json!(["my cat Pixel"]));
    assert!(!risk["resources"].as_array().unwrap().is_empty());

    // A false alarm is dismissed: recorded, and nothing else changes.
    let g = call(
        &w,
        "gratitude_add",
        json!({"text": "this traffic is killing me, but I am grateful for my bike"}),
    )
    .unwrap();
    if !g["crisis"].is_null() {
        call(
            &w,
            "safety_dismiss",
            json!({"source": "gratitude", "sourceId": g["id"]}),
        )
        .unwrap();
    }
    call(
        &w,
        "safety_dismiss",
        json!({"source": "checkin", "sourceId": c["assessment"]["id"]}),
    )
    .unwrap();
    let e = call(
        &w,
        "safety_dismiss",
        json!({"source": "elsewhere", "sourceId": 1}),
    )
    .unwrap_err();
    assert_eq!(e["code"], "input.invalid");

    // The check-in answered: still active (14 days), no longer due.
    call(&w, "safety_checked_in", json!({})).unwrap();
    let risk = call(&w, "safety_risk", json!({})).unwrap();
    assert_eq!(
        (risk["active"].clone(), risk["check_in_due"].clone()),
        (json!(true), json!(false)),
        "{risk}"
    );
    // PHQ-9 item 9 > 0 is a new risk moment: due again.
    std::thread::sleep(std::time::Duration::from_millis(5));
    let p = call(
        &w,
        "checkin_submit",
        json!({"kind": "phq9", "answers": [0, 0, 0, 0, 0, 0, 0, 0, 1], "difficulty": null}),
    )
    .unwrap();
    assert_eq!(p["crisis"]["reason"], "phq9_item9", "{p}");
    assert_eq!(
        call(&w, "safety_risk", json!({})).unwrap()["check_in_due"],
        true
    );
}
