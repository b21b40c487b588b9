//! The report's summary from Gemini (aggregates only; journal text only when the person opted in),
//! locally when offline, and the `mentora report` command.

use crate::common;
use crate::common::vault as fixture;
use crate::common::year;

use chrono::NaiveDate;
use fixture::Fixture;
use mentora::chat::gemini::mock::{MockGemini, Script};
use mentora::chat::ChatConfig;
use mentora::reports::{self, range::Range};
use mentora::vault::repo::settings;

fn cfg(mock: &MockGemini) -> ChatConfig {
    mentora::chat::egress::allow_loopback(true);
    // The person opted in to sending health data (see tests/it/consent.rs for the default).
    let mut c = ChatConfig {
        key: Some("k".to_string().into()),
        share_health: true,
        ..Default::default()
    };
    c.gemini.base_url = mock.base_url().to_string();
    c
}

#[test]
fn gemini_writes_from_the_numbers_and_reads_journal_text_only_when_allowed() {
    let f = Fixture::new("sum");
    let v = f.unlocked();
    let end: NaiveDate = "2026-11-21".parse().unwrap();
    year::seed(&v, end, 2, 5);
    let mock = MockGemini::start(0, "k").unwrap();
    mock.push(Script::Reply {
        chunks: vec!["A steady week. ".into(), "Sleep helped.".into()],
        finish: "STOP".into(),
        delay_ms: 0,
    });
    let rep = reports::build(&v, Range::last_week(end), None, Some(&cfg(&mock)), "en").unwrap();
    assert_eq!(
        (rep.summary_source.as_str(), rep.summary.as_str()),
        ("gemini", "A steady week. Sleep helped.")
    );
    let body = mock.requests()[0].raw.clone();
    assert!(
        body.contains("mean_mood")
            && body.contains("2026-11-15")
            && body.contains("face_stress_level"),
        "{body}"
    );
    assert!(
        !body.contains("entry 0") && !body.contains("day 1 entry"),
        "no journal text without consent"
    );

    v.with_conn(|c| {
        settings::set(
            c,
            reports::SHARE_JOURNAL,
            &serde_json::json!(true),
            &mentora::vault::Stamp::now(),
        )
    })
    .unwrap();
    let rep = reports::build(&v, Range::last_week(end), None, Some(&cfg(&mock)), "en").unwrap();
    assert_eq!(rep.summary_source, "gemini");
    assert!(
        mock.requests()[1].raw.contains("entry 0"),
        "journal text once the person opted in"
    );

    // Offline (nothing listening): the local summary, same numbers.
    let mut off = cfg(&mock);
    off.gemini.base_url = "http://127.0.0.1:9".into();
    let rep = reports::build(&v, Range::last_week(end), None, Some(&off), "en").unwrap();
    assert_eq!(rep.summary_source, "local");
    assert_eq!(rep.summary, reports::summary::local(&rep.aggregates, "en"));
}

#[test]
fn cli_report_writes_html_and_refuses_bad_ranges() {
    let data = tempfile::tempdir().unwrap();
    let pw = "a fine password\n";
    assert!(common::run_cli(
        data.path(),
        &["profile", "create", "lee"],
        &pw.repeat(2),
        false
    )
    .status
    .success());
    let o = common::run_cli(
        data.path(),
        &[
            "journal",
            "add",
            "lee",
            "--mood",
            "4",
            "A calm day by the lake.",
        ],
        pw,
        false,
    );
    assert!(o.status.success(), "{}", common::output_text(&o));
    let html = data.path().join("week.html");
    let pngs = data.path().join("charts");
    let o = common::run_cli(
        data.path(),
        &[
            "report",
            "lee",
            "--out",
            html.to_str().unwrap(),
            "--png",
            pngs.to_str().unwrap(),
        ],
        pw,
        false,
    );
    let out = common::output_text(&o);
    assert!(o.status.success(), "{out}");
    assert!(
        out.contains("summary: local") && out.contains("saved as report 1"),
        "{out}"
    );
    let doc = std::fs::read_to_string(&html).unwrap();
    assert!(
        doc.contains("Your Mentora report") && doc.matches("<svg").count() == 4,
        "four inline charts"
    );
    assert_eq!(std::fs::read_dir(&pngs).unwrap().count(), 4);

    let o = common::run_cli(
        data.path(),
        &[
            "report",
            "lee",
            "--from",
            "2026-11-20",
            "--to",
            "2026-11-01",
        ],
        pw,
        false,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        common::output_text(&o).contains(
            "error [input.invalid]: to: 2026-11-01 is before 2026-11-20: the range is reversed"
        ),
        "{}",
        common::output_text(&o)
    );
    let o = common::run_cli(
        data.path(),
        &[
            "report",
            "lee",
            "--from",
            "2099-01-01",
            "--to",
            "2099-01-07",
        ],
        pw,
        false,
    );
    assert!(
        common::output_text(&o).contains("is in the future"),
        "{}",
        common::output_text(&o)
    );
    let o = common::run_cli(
        data.path(),
        &["report", "lee", "--month", "2026-13"],
        pw,
        false,
    );
    assert!(
        common::output_text(&o).contains("error [input.invalid]: month:"),
        "{}",
        common::output_text(&o)
    );
}
