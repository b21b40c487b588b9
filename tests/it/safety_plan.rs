//! The safety plan travels with the data: export → import keeps it (and the safety events);
//! imported entries are checked and flagged for review without a card storm.

use crate::common;
use mentora::api::{self, App, Paths};
use mentora::safety::plan::SafetyPlan;
use mentora::vault::repo::journal::EntryInput;

fn app(dir: &std::path::Path) -> App {
    App::with_paths(
        Paths {
            data_dir: Some(dir.to_path_buf()),
            models_dir: Some(common::models_dir()),
            install_dir: None,
        },
        false,
    )
}

#[test]
fn export_import_keeps_the_plan_and_flags_imported_crisis_text() {
    let a_dir = tempfile::tempdir().unwrap();
    let a = app(a_dir.path());
    api::profile::create(&a, "Cai", "a fine password", false).unwrap();
    let plan = SafetyPlan {
        warning_signs: vec!["staying in bed all day".into()],
        helpers: vec!["Noor — 0176 1234567".into()],
        reasons: vec!["my daughter".into(), "the sea in May".into()],
        ..Default::default()
    };
    let saved = api::safety::plan_save(&a, &plan).unwrap();
    api::journal::add(
        &a,
        &EntryInput {
            mood: 1,
            tags: vec![],
            title: "".into(),
            text: "I don't want to be here anymore".into(),
        },
    )
    .unwrap();
    api::journal::add(
        &a,
        &EntryInput {
            mood: 4,
            tags: vec![],
            title: "".into(),
            text: "A good walk".into(),
        },
    )
    .unwrap();
    let file = a_dir.path().join("export.json");
    api::data::export_to(&a, api::data::Format::Json, &file).unwrap();

    let b_dir = tempfile::tempdir().unwrap();
    let b = app(b_dir.path());
    api::profile::create(&b, "Cai", "a fine password", false).unwrap();
    let n = api::data::import(&b, &file).unwrap();
    assert!(n.rows >= 4, "{n:?}");
    assert_eq!(n.flagged, 1, "the crisis entry is flagged, the walk is not");
    assert_eq!(api::safety::plan(&b).unwrap(), saved);
    // The crisis card of the original entry came along as an event: the risk persists.
    assert!(api::safety::risk(&b).unwrap().active);
    // And the export of the imported profile holds the same plan.
    let again = b_dir.path().join("again.json");
    api::data::export_to(&b, api::data::Format::Json, &again).unwrap();
    let text = std::fs::read_to_string(&again).unwrap();
    assert!(text.contains("the sea in May"));
}

#[test]
fn with_no_country_chosen_the_systems_region_picks_the_lines() {
    use mentora::chat::config::country_from;
    let env = common::fake_env;
    assert_eq!(country_from(env(&[("LANG", "de_DE.UTF-8")])), "DE");
    assert_eq!(country_from(env(&[("LANG", "fr_FR@euro")])), "FR");
    assert_eq!(
        country_from(env(&[("LC_ALL", "nl_NL.UTF-8"), ("LANG", "en_US.UTF-8")])),
        "NL"
    );
    assert_eq!(
        country_from(env(&[
            ("LC_TELEPHONE", "en_GB.UTF-8"),
            ("LANG", "en_US.UTF-8")
        ])),
        "GB"
    );
    // No region (C, POSIX, a bare language, nonsense): as before, US.
    for v in ["C.UTF-8", "POSIX", "de", "", "x_123", "de_DE_X"] {
        assert_eq!(
            country_from(env(Box::leak(Box::new([("LANG", v)])))),
            "US",
            "{v:?}"
        );
    }
    assert_eq!(country_from(|_| None), "US");
    // The card follows it: Germany's line first, then the lines for everywhere.
    let card = mentora::safety::crisis_card(
        mentora::safety::Reason::CrisisLanguage,
        &country_from(env(&[("LANG", "de_DE.UTF-8")])),
    );
    assert_eq!(card.resources[0].name, "TelefonSeelsorge");
}
