//! Reports and the companion's own lines in the window's language: a report made in German, French,
//! Spanish, Italian or Dutch has no English sentence, heading or chart label left; the window's
//! language reaches the use-case layer, the summaries and the companion's instructions.

use crate::common::chat::{self as chat_fx, NET};
use crate::common::vault::Fixture;
use crate::common::year;
use chrono::NaiveDate;
use mentora::chat::gemini::mock::MockGemini;
use mentora::i18n::{translate, LANGUAGES, SOURCES};
use mentora::reports::{self, charts, html, range::Range};

/// English texts of the report's own messages with no variable, long enough not to occur by chance.
fn english_lines() -> Vec<(String, String)> {
    let report_ftl = SOURCES[0].1.split("## The report").nth(1).unwrap();
    report_ftl
        .lines()
        .filter(|l| !l.starts_with(['#', ' ']) && l.contains(" = "))
        .filter_map(|l| l.split_once(" = "))
        .filter(|(_, v)| !v.contains('{') && v.chars().count() >= 12)
        .map(|(id, v)| (id.trim().to_string(), v.trim().to_string()))
        .collect()
}

#[test]
fn a_report_in_each_language_has_no_english_left() {
    let f = Fixture::new("i18n-report");
    let v = f.unlocked();
    let end: NaiveDate = "2026-11-21".parse().unwrap();
    year::seed(&v, end, 2, 5);
    let english = reports::build(&v, Range::last_week(end), None, None, "en").unwrap();
    let lines = english_lines();
    assert!(lines.len() >= 40, "{} English lines", lines.len());
    for lang in LANGUAGES.iter().filter(|l| **l != "en") {
        let rep = reports::build(&v, Range::last_week(end), None, None, lang).unwrap();
        assert_eq!(rep.lang, *lang);
        // The same numbers, other words.
        assert_eq!(
            serde_json::to_value(&rep.aggregates.totals).unwrap(),
            serde_json::to_value(&english.aggregates.totals).unwrap()
        );
        assert_eq!(rep.summary, reports::summary::local(&rep.aggregates, lang));
        assert_ne!(rep.summary, english.summary, "{lang}");
        let doc = html::render(&rep);
        assert!(doc.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        assert!(
            doc.contains(&translate(lang, "html-heading", &[])),
            "{lang}"
        );
        let svgs: String = rep.charts.iter().map(|(_, s)| s.as_str()).collect();
        for i in 0..charts::CHARTS.len() {
            assert!(
                svgs.contains(&charts::title(lang, i)),
                "{lang}: chart {i} title"
            );
        }
        let all = format!(
            "{}\n{}\n{}\n{svgs}",
            rep.summary,
            rep.aggregates
                .correlations
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            doc
        );
        for (id, en) in &lines {
            if translate(lang, id, &[]) != *en {
                assert!(
                    !all.contains(en.as_str()),
                    "{lang}: English '{en}' ({id}) left"
                );
            }
        }
        for needle in [
            "you were active",
            "Your latest check-in",
            "Not enough data yet",
            "On days ",
        ] {
            assert!(!all.contains(needle), "{lang}: English '{needle}' left");
        }
        // Days as the language writes them ("28.11.2026" in German), not ISO.
        let from = mentora::i18n::date(lang, &rep.aggregates.from);
        assert_ne!(from, rep.aggregates.from);
        assert!(rep.summary.contains(&from), "{lang}: {}", rep.summary);
        assert!(
            !rep.summary.contains(&rep.aggregates.from),
            "{lang}: {}",
            rep.summary
        );
        assert!(doc.contains(&from), "{lang}");
        // Decimal commas in the five other languages (the mood average of the summary).
        if let Some(m) = rep.aggregates.totals.mean_mood {
            assert!(
                rep.summary.contains(&format!("{m:.1}").replace('.', ",")),
                "{lang}: {}",
                rep.summary
            );
        }
    }
}

#[test]
fn the_window_language_reaches_reports_and_the_companion() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new("i18n-window");
    let app = f.app();
    let e = app.set_language("klingon").unwrap_err();
    assert_eq!(e.code(), mentora::Code::InvalidInput);
    assert_eq!(app.set_language("fr-CA").unwrap(), "fr");
    assert_eq!(app.language(), "fr");
    assert_eq!(app.chat_config().unwrap().lang, "fr");

    let rep = mentora::api::report::build(&app, &Default::default(), false).unwrap();
    assert_eq!(rep.lang, "fr");
    assert!(
        rep.summary.starts_with(
            &translate("fr", "report-empty", &[])
                .chars()
                .take(8)
                .collect::<String>()
        ),
        "{}",
        rep.summary
    );

    // The companion is told to answer in French; its local summary of the talk is French.
    let v = f.unlocked();
    let mock = MockGemini::start(0, chat_fx::KEY).unwrap();
    mock.push(chat_fx::reply(&["D'accord."]));
    let mut cfg = chat_fx::cfg(&mock);
    cfg.lang = "fr";
    let id = chat_fx::chat(&v);
    chat_fx::companion()
        .send(
            &v,
            &cfg,
            id,
            "Une longue journée au travail.",
            None,
            &mut |_| {},
        )
        .unwrap();
    let body = &mock.requests()[0].raw;
    let line = translate("fr", "chat-model-language", &[]);
    assert!(
        serde_json::from_str::<serde_json::Value>(body).unwrap()["systemInstruction"]["parts"][0]
            ["text"]
            .as_str()
            .unwrap()
            .contains(&line),
        "{body}"
    );
    let local = mentora::chat::summary::local_summary(
        &[("Une longue journée au travail.".into(), Some(-0.5))],
        Some(-0.5),
        false,
        "fr",
    );
    assert_eq!(
        local,
        format!(
            "{} {}",
            translate(
                "fr",
                "chat-summary-talked",
                &[
                    ("topic", "Une longue journée au travail".into()),
                    ("n", 1.into())
                ]
            ),
            translate("fr", "chat-summary-heavy", &[("mean", "-0,50".into())])
        )
    );
    // English stays exactly as it was.
    assert_eq!(
        mentora::chat::summary::local_summary(&[("A calm day.".into(), None)], Some(0.3), false, "en"),
        "You talked about \"A calm day\" (1 message). Overall the conversation felt mostly positive (average sentiment +0.30)."
    );
    // A language the window does not have changes nothing.
    assert!(app.set_language("").is_err());
    assert_eq!(app.language(), "fr");
}
