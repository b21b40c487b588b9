//! Health data goes to the cloud only with the person's explicit opt-in: with a key set but no
//! opt-in, the weekly report is summarised locally (Gemini gets no request at all) and the companion
//! is told nothing of moods, scores or on-device readings. Opted in, both are sent.

use crate::common::chat::{cfg, chat, companion, reply, KEY, NET};
use crate::common::vault::Fixture;
use crate::common::year;
use mentora::chat::context::NOT_SHARED;
use mentora::chat::gemini::mock::MockGemini;
use mentora::chat::service::Outcome;
use mentora::reports::{self, range::Range};

#[test]
fn without_the_opt_in_no_health_data_leaves() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("consent");
    let v = f.unlocked();
    let end = chrono::Local::now().date_naive();
    year::seed(&v, end, 2, 5);
    let mock = MockGemini::start(0, KEY).unwrap();
    let c = cfg(&mock);
    assert!(!c.share_health, "off by default");

    // The report: local summary, no request.
    let rep = reports::build(&v, Range::last_week(end), None, Some(&c), "en").unwrap();
    assert_eq!(rep.summary_source.as_str(), "local");
    assert_eq!(mock.requests().len(), 0, "the report asked Gemini");

    // The companion: what the person typed (redacted), nothing else.
    mock.push(reply(&["I'm listening."]));
    let id = chat(&v);
    let o = companion()
        .send(&v, &c, id, "Work was hard today.", None, &mut |_| {})
        .unwrap();
    assert!(matches!(o, Outcome::Replied { .. }), "{o:?}");
    let reqs = mock.requests();
    assert_eq!(reqs.len(), 1);
    let raw = &reqs[0].raw;
    for health in [
        "journal mood",
        "valence",
        "face has looked",
        "PHQ",
        "mean_mood",
        "stress",
        "especially gentle",
    ] {
        assert!(!raw.contains(health), "{health} was sent: {raw}");
    }
    assert!(raw.contains(NOT_SHARED), "{raw}");

    // Opted in: the report's numbers go, and the companion hears the context.
    let mut yes = cfg(&mock);
    yes.share_health = true;
    mock.push(reply(&["A steady week."]));
    let rep = reports::build(&v, Range::last_week(end), None, Some(&yes), "en").unwrap();
    assert_eq!(rep.summary_source.as_str(), "gemini");
    let reqs = mock.requests();
    assert_eq!(reqs.len(), 2);
    assert!(reqs[1].raw.contains("mean_mood"), "{}", reqs[1].raw);
    mock.push(reply(&["I hear you."]));
    companion()
        .send(&v, &yes, id, "Still tired.", None, &mut |_| {})
        .unwrap();
    let reqs = mock.requests();
    assert!(
        reqs[2].raw.contains("journal mood over the last 7 days"),
        "{}",
        reqs[2].raw
    );
}

/// The setting is stored in the vault, off by default, and read back by the use cases.
#[test]
fn the_opt_in_is_a_setting_that_starts_off() {
    let data = tempfile::tempdir().unwrap();
    let app = mentora::api::App::with_paths(
        mentora::api::Paths {
            data_dir: Some(data.path().to_path_buf()),
            models_dir: Some(crate::common::models_dir()),
            install_dir: None,
        },
        false,
    );
    mentora::api::profile::create(&app, "Opt", "a fine password", false).unwrap();
    let mut s = mentora::api::settings::get(&app).unwrap();
    assert!(!s.share_health_data);
    assert!(!app.chat_config().unwrap().share_health);
    s.share_health_data = true;
    s.redact_names = vec!["Sam Okafor".into(), " ".into(), "sam okafor".into()];
    let s = mentora::api::settings::set(&app, &s).unwrap();
    assert!(s.share_health_data);
    assert_eq!(s.redact_names, ["Sam Okafor"]);
    let c = app.chat_config().unwrap();
    assert!(c.share_health);
    assert!(c.names.iter().any(|n| n == "Sam Okafor"), "{:?}", c.names);

    // The preview shows exactly what would go: the listed person's name replaced.
    let chat = mentora::api::chat::create(&app, "t").unwrap();
    let p = mentora::api::chat::preview(&app, chat.id, "I had lunch with Sam Okafor, it helped.")
        .unwrap();
    let (role, last) = p.turns.last().unwrap();
    assert_eq!(role, "user");
    assert!(!last.contains("Okafor"), "{last}");
    assert!(last.contains("[NAME_1]"), "{last}");
    assert!(p
        .placeholders
        .contains(&("[NAME_1]".to_string(), "Sam Okafor".to_string())));
    // No key in this test: nothing would leave, and the preview says why.
    if std::env::var_os(mentora::chat::config::KEY_ENV).is_none() {
        assert!(!p.sent || mentora::chat::config::api_key().is_some());
    }
    let p = mentora::api::chat::preview(&app, chat.id, "I want to kill myself").unwrap();
    assert!(!p.sent);
    assert!(p.why_not.unwrap().contains("crisis"));
}

/// A crafted (or old) export cannot turn the consent on: after an import it is off again.
#[test]
fn an_import_never_gives_consent() {
    let f = Fixture::new("src");
    let v = f.unlocked();
    let at = mentora::vault::Stamp::now();
    v.with_conn(|c| {
        for k in mentora::wellness::export::CONSENTS {
            mentora::vault::repo::settings::set(c, k, &serde_json::json!(true), &at)?;
        }
        Ok(())
    })
    .unwrap();
    let text = v
        .with_conn(|c| mentora::wellness::export::export_json(c))
        .unwrap();
    assert!(text.contains("privacy.share_health_data"));
    let g = Fixture::new("dst");
    let w = g.unlocked();
    w.with_conn(|c| mentora::wellness::export::import_json(c, &text))
        .unwrap();
    w.with_conn(|c| {
        for k in mentora::wellness::export::CONSENTS {
            assert_eq!(mentora::vault::repo::settings::get(c, k)?, None, "{k}");
        }
        Ok(())
    })
    .unwrap();
}
