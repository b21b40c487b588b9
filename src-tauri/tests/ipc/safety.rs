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
