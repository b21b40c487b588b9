//! Daylio's exports import with moods, activities, notes and dates right: the CSV in each of its
//! layouts (today's with `scales`, the one before, the oldest with `year`), columns Mentora has no
//! place for ignored and named, and the `.daylio` backup; a malformed line names itself and writes
//! nothing.

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
    assert_eq!(n.entries, 4);
    assert_eq!(n.activities, ["friends", "music", "work", "rest"]);
    assert!(n.notes.is_empty(), "{:?}", n.notes);
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
    assert!(
        e.message().starts_with("header: not a Daylio export"),
        "{e}"
    );
    assert!(v
        .with_conn(|c| journal::list(c, "2000-01-01", "2100-01-01"))
        .unwrap()
        .is_empty());
}

fn moods_and_days(v: &mentora::vault::Vault) -> Vec<(String, i64, Vec<String>, String)> {
    let mut all = v
        .with_conn(|c| journal::list(c, "2000-01-01", "2100-01-01"))
        .unwrap();
    all.sort_by_key(|e| (e.local_date.clone(), e.created_at));
    all.into_iter()
        .map(|e| (e.local_date, e.mood, e.tags, e.text))
        .collect()
}

/// Today's export: a `scales` column between `activities` and `note_title` (the file a person tried
/// and had refused).
#[test]
fn todays_layout_with_scales_imports_every_row_and_names_the_column() {
    let f = fixture::Fixture::new("Scales");
    let v = f.unlocked();
    let csv = "full_date,date,weekday,time,mood,activities,scales,note_title,note
2026-04-02,April 2,Thursday,22:10,good,reading | walk,Energy 4,,\"quiet evening, a long walk\"
2026-04-01,April 1,Wednesday,07:45,bad,work,,Monday again,tired
2026-03-31,March 31,Tuesday,9:15 PM,rad,friends | walk | music,Energy 5 | Stress 1,,
";
    let n = v
        .with_conn(|c| daylio::import(c, csv, &HashMap::new()))
        .unwrap();
    assert_eq!(n.entries, 3);
    assert_eq!(
        n.notes,
        ["column 'scales' ignored (2 rows had a value): Mentora has no place for it yet"]
    );
    let got = moods_and_days(&v);
    assert_eq!(got[0].0, "2026-03-31");
    assert_eq!(got[0].1, 5);
    assert_eq!(got[0].2, ["friends", "walk", "music"]);
    assert_eq!(
        got[1],
        ("2026-04-01".into(), 2, vec!["work".into()], "tired".into())
    );
    assert_eq!(got[2].3, "quiet evening, a long walk");
}

/// The oldest layout: `year` and a day-month `date`, 12-hour times in lower case, no title.
#[test]
fn the_oldest_layout_with_a_year_column_imports() {
    let f = fixture::Fixture::new("Oldest");
    let v = f.unlocked();
    let csv = "year,date,weekday,time,mood,activities,note
2018,18 May,Friday,11:54 pm,rad,\"clean | cook | music\",\"Went to a party\"
2018,17 May,Thursday,10:21 pm,meh,\"cook | stressed \",\"\"
2018,May 16,Wednesday,8:02 am,awful,\"\",\"Did nothing today.\"
";
    let n = v
        .with_conn(|c| daylio::import(c, csv, &HashMap::new()))
        .unwrap();
    assert_eq!(n.entries, 3);
    assert!(n.notes.is_empty(), "{:?}", n.notes);
    let got = moods_and_days(&v);
    let days: Vec<(&str, i64)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        days,
        [("2018-05-16", 1), ("2018-05-17", 3), ("2018-05-18", 5)]
    );
    assert_eq!(got[1].2, ["cook", "stressed"]);
    let all = v
        .with_conn(|c| journal::list(c, "2018-05-18", "2018-05-18"))
        .unwrap();
    let t = chrono::DateTime::from_timestamp_millis(all[0].created_at)
        .unwrap()
        .with_timezone(&chrono::Local);
    assert_eq!(t.format("%H:%M").to_string(), "23:54");
    // A date that is not one is named with its line.
    let bad = csv.replace("17 May", "32 May");
    let e = v
        .with_conn(|c| daylio::import(c, &bad, &HashMap::new()))
        .unwrap_err();
    assert!(e.message().starts_with("line 3: date:"), "{e}");
}

/// A column Daylio may add later is ignored and named; more activities than an entry keeps are cut
/// and named; columns are found by name, in any order.
#[test]
fn unknown_columns_and_too_many_activities_are_named_not_refused() {
    let f = fixture::Fixture::new("Extra");
    let v = f.unlocked();
    let many: Vec<String> = (1..=23).map(|i| format!("a{i}")).collect();
    let csv = format!(
        "mood,full_date,time,activities,photos,note\ngood,2026-05-01,12:00,{},p1.jpg,\n",
        many.join(" | ")
    );
    let n = v
        .with_conn(|c| daylio::import(c, &csv, &HashMap::new()))
        .unwrap();
    assert_eq!(n.entries, 1);
    assert_eq!(
        n.notes,
        [
            "column 'photos' ignored (1 row had a value): Mentora has no place for it yet",
            "3 activities beyond the first 20 of an entry not kept: a21, a22, a23"
        ]
    );
    assert_eq!(moods_and_days(&v)[0].2.len(), 20);
}

/// A `.daylio` backup (ZIP → base64 → JSON) built the way the app writes it: custom moods carry their
/// group (1 = rad … 5 = awful) so they need no mapping; activity ids become names; the entry's own
/// zone offset gives its local date.
#[test]
fn a_daylio_backup_imports_with_custom_moods_and_activities() {
    use std::io::Write;
    let json = serde_json::json!({
        "version": 15,
        "customMoods": [
            {"id": 1, "custom_name": "", "mood_group_id": 1, "predefined_name_id": 1},
            {"id": 2, "custom_name": "", "mood_group_id": 3, "predefined_name_id": 3},
            {"id": 7, "custom_name": "sleepy", "mood_group_id": 4, "predefined_name_id": -1}
        ],
        "tags": [{"id": 10, "name": "Walk"}, {"id": 11, "name": "Family"}],
        "dayEntries": [
            // 2026-06-01 23:30 at UTC+02:00 = 21:30 UTC
            {"id": 1, "minute": 30, "hour": 23, "day": 1, "month": 5, "year": 2026,
             "datetime": 1780349400000i64, "timeZoneOffset": 7200000, "mood": 1,
             "note": "  lovely dinner ", "note_title": "Sunday", "tags": [10, 11], "assets": []},
            {"id": 2, "minute": 0, "hour": 8, "day": 2, "month": 5, "year": 2026,
             "datetime": 1780380000000i64, "timeZoneOffset": 7200000, "mood": 7,
             "note": "", "note_title": "", "tags": [], "assets": [{"id": 1}]}
        ],
        "goals": []
    });
    let b64 = data_encoding::BASE64.encode(json.to_string().as_bytes());
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "backup.daylio",
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored),
    )
    .unwrap();
    zip.write_all(b64.as_bytes()).unwrap();
    let bytes = zip.finish().unwrap().into_inner();

    let f = fixture::Fixture::new("Backup");
    let v = f.unlocked();
    let n = v
        .with_conn(|c| daylio::import_bytes(c, &bytes, &HashMap::new()))
        .unwrap();
    assert_eq!(n.entries, 2);
    assert_eq!(n.activities, ["walk", "family"]);
    assert_eq!(n.notes, ["1 photo reference(s) not imported"]);
    let all = v
        .with_conn(|c| journal::list(c, "2000-01-01", "2100-01-01"))
        .unwrap();
    let first = all.iter().find(|e| e.title == "Sunday").unwrap();
    assert_eq!(
        (first.local_date.as_str(), first.mood, first.tz_offset_min),
        ("2026-06-01", 5, 120)
    );
    assert_eq!(first.text, "lovely dinner");
    assert_eq!(first.tags, ["walk", "family"]);
    assert_eq!(
        all.iter().find(|e| e.title.is_empty()).unwrap().mood,
        2,
        "sleepy: group 4 = bad"
    );

    // Not a backup, a broken one, or one naming a mood it does not have: refused, nothing written.
    let g = fixture::Fixture::new("BadBackup");
    let w = g.unlocked();
    let mut cut = bytes.clone();
    cut.truncate(bytes.len() / 2);
    for (bad, starts) in [
        (cut, "backup: not a readable .daylio backup"),
        (
            b"PK\x03\x04 junk".to_vec(),
            "backup: not a readable .daylio backup",
        ),
        (vec![0xff, 0xfe, 0x00], "file: not UTF-8 text"),
    ] {
        let e = w
            .with_conn(|c| daylio::import_bytes(c, &bad, &HashMap::new()))
            .unwrap_err();
        assert!(e.message().starts_with(starts), "{e}");
    }
    let wrong = json
        .to_string()
        .replace("\"mood\": 7", "\"mood\": 9")
        .replace("\"mood\":7", "\"mood\":9");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "backup.daylio",
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored),
    )
    .unwrap();
    zip.write_all(data_encoding::BASE64.encode(wrong.as_bytes()).as_bytes())
        .unwrap();
    let e = w
        .with_conn(|c| {
            daylio::import_bytes(c, &zip.finish().unwrap().into_inner(), &HashMap::new())
        })
        .unwrap_err();
    assert_eq!(
        e.message(),
        "entry 2: mood id 9 is not among the backup's moods"
    );
    assert!(w
        .with_conn(|c| journal::list(c, "2000-01-01", "2100-01-01"))
        .unwrap()
        .is_empty());
}
