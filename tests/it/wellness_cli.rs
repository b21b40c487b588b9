//! The wellness commands of the CLI: journal add|list, gratitude add, sleep log, breathe, checkin, overview.

use crate::common;

use std::process::Output;

fn run(data: &std::path::Path, args: &[&str], stdin: &str) -> Output {
    common::run_cli(data, args, stdin, false)
}

fn text(o: &Output) -> String {
    common::output_text(o)
}

#[test]
fn wellness_commands() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let pw = "a fine password\n";
    assert!(run(
        d,
        &["profile", "create", "Ola"],
        "a fine password\na fine password\n"
    )
    .status
    .success());

    let o = run(
        d,
        &[
            "journal",
            "add",
            "Ola",
            "--mood",
            "4",
            "--tag",
            "calm",
            "--title",
            "Park",
            "walked in the park",
        ],
        pw,
    );
    assert!(text(&o).contains("mood 4/5"), "{}", text(&o));
    let o = run(d, &["journal", "add", "Ola", "--mood", "6", "x"], pw);
    assert!(
        text(&o).contains("error [input.invalid]: mood: must be between 1 and 5 (got 6)"),
        "{}",
        text(&o)
    );
    let o = run(d, &["journal", "list", "Ola", "--search", "park"], pw);
    assert!(
        text(&o).contains("mood 4/5 [calm] Park: walked in the park"),
        "{}",
        text(&o)
    );

    let o = run(d, &["gratitude", "add", "Ola", "warm bread"], pw);
    assert!(text(&o).contains("saved gratitude 1/3"), "{}", text(&o));
    let o = run(
        d,
        &[
            "sleep",
            "log",
            "Ola",
            "--date",
            "2026-01-05",
            "--bed",
            "23:00",
            "--wake",
            "06:30",
            "--quality",
            "7",
        ],
        pw,
    );
    assert!(text(&o).contains("7.50 h, quality 7/10"), "{}", text(&o));
    let o = run(
        d,
        &[
            "sleep",
            "log",
            "Ola",
            "--date",
            "2026-01-05",
            "--bed",
            "23:00",
            "--wake",
            "06:30",
            "--quality",
            "0",
        ],
        pw,
    );
    assert!(
        text(&o).contains("error [input.invalid]: quality:"),
        "{}",
        text(&o)
    );

    let o = run(d, &["breathe", "4-7-8", "--seconds", "40"], "");
    let out = text(&o);
    assert!(
        out.starts_with("4-7-8 breathing — 19.0 s per breath, 2 breaths"),
        "{out}"
    );
    assert!(
        out.contains("  19.0s  breath  2  inhale     4.0 s"),
        "{out}"
    );

    // PHQ-9 with item 9 = 1: the crisis card, whatever the low total.
    let answers = format!("{pw}1\n1\n0\n0\n0\n0\n0\n0\n1\n1\n");
    let o = run(d, &["checkin", "phq9", "Ola", "--country", "GB"], &answers);
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("PHQ9 total 3 — minimal"), "{out}");
    assert!(out.contains("not a diagnosis"), "{out}");
    assert!(out.contains("Samaritans: 116 123"), "{out}");
    let o = run(d, &["checkin", "gad7", "Ola"], &format!("{pw}0\n4\n"));
    assert!(
        text(&o).contains("error [input.invalid]: answers[2]: a number 0-3 (got '4')"),
        "{}",
        text(&o)
    );

    let o = run(d, &["export", "Ola", "--csv", "sleep"], pw);
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("2026-01-05,23:00,06:30,7.5,7,"),
        "{}",
        text(&o)
    );
    let o = run(d, &["export", "Ola", "--markdown"], pw);
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("### Mood 4/5 (good) — Park"),
        "{}",
        text(&o)
    );
    let o = run(d, &["export", "Ola", "--csv", "moods"], pw);
    assert!(
        text(&o).contains("error [input.invalid]: csv: one of journal,"),
        "{}",
        text(&o)
    );

    let o = run(d, &["overview", "Ola"], pw);
    let json: serde_json::Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|_| panic!("{}", text(&o)));
    assert_eq!(json["name"], "Ola");
    assert_eq!(json["phq9"]["total"], 3);
    assert_eq!(json["streak"]["current"], 1);
}
