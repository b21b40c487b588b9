//! A Daylio CSV written from its published format imports with moods, notes and dates right; a
//! malformed line names itself and writes nothing.

use crate::common::vault as fixture;

use mentora::vault::repo::journal;
use mentora::wellness::daylio;
use std::collections::HashMap;

const CSV: &str = "full_date,date,weekday,time,mood,activities,note_title,note
2026-03-03,March 3,Tuesday,21:40,rad,friends | music,Concert,\"Great night, loud and happy\"
2026-03-02,March 2,Monday,8:05 AM,meh,work,,\"two lines
of note\"
2026-03-01,March 1,Sunday,11:30 PM,awful,,,
2026-02-28,February 28,Saturday,19:00,sleepy,rest,,custom mood
";

#[test]
fn daylio_rows_become_journal_entries() {
    let f = fixture::Fixture::new("Daylio");
    let v = f.unlocked();
    // A custom mood name is refused until mapped, and nothing is written meanwhile.
    let e = v
        .with_conn(|c| daylio::import(c, CSV, &HashMap::new()))
        .unwrap_err();
    assert!(
        e.message()
            .starts_with("mood: custom mood names need a number")
            && e.message().contains("sleepy"),
        "{e}"
    );
    assert!(v
        .with_conn(|c| journal::list(c, "2000-01-01", "2100-01-01"))
        .unwrap()
        .is_empty());

    let n = v
        .with_conn(|c| daylio::import(c, CSV, &HashMap::from([("Sleepy".to_string(), 3)])))
        .unwrap();
    assert_eq!(n, 4);
    let mut all = v
        .with_conn(|c| journal::list(c, "2026-02-01", "2026-03-31"))
        .unwrap();
    all.sort_by_key(|e| e.local_date.clone());
    let got: Vec<(&str, i64)> = all
        .iter()
        .map(|e| (e.local_date.as_str(), e.mood))
        .collect();
    assert_eq!(
        got,
        [
            ("2026-02-28", 3),
            ("2026-03-01", 1),
            ("2026-03-02", 3),
            ("2026-03-03", 5)
        ]
    );
    assert_eq!(all[3].title, "Concert");
    assert_eq!(all[3].text, "Great night, loud and happy");
    assert_eq!(all[3].tags, ["friends", "music"]);
    assert_eq!(all[2].text, "two lines\nof note");
    let t = chrono::DateTime::from_timestamp_millis(all[1].created_at)
        .unwrap()
        .with_timezone(&chrono::Local);
    assert_eq!(t.format("%H:%M").to_string(), "23:30", "11:30 PM local");
}

#[test]
fn a_malformed_line_is_named_and_nothing_is_written() {
    let f = fixture::Fixture::new("Broken");
    let v = f.unlocked();
    let bad_date = CSV.replace("2026-03-02,March 2", "2026-13-02,March 2");
    let e = v
        .with_conn(|c| daylio::import(c, &bad_date, &HashMap::from([("sleepy".to_string(), 3)])))
        .unwrap_err();
    assert!(e.message().starts_with("line 3: full_date:"), "{e}");
    let short = "full_date,date,weekday,time,mood,activities,note_title,note\n2026-03-01,March 1,Sunday,10:00\n";
    let e = v
        .with_conn(|c| daylio::import(c, short, &HashMap::new()))
        .unwrap_err();
    assert!(e.message().starts_with("line 2:"), "{e}");
    let e = v
        .with_conn(|c| daylio::import(c, "date,mood\n", &HashMap::new()))
        .unwrap_err();
    assert!(e.message().starts_with("header:"), "{e}");
    assert!(v
        .with_conn(|c| journal::list(c, "2000-01-01", "2100-01-01"))
        .unwrap()
        .is_empty());
}
