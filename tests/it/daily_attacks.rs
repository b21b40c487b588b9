//! Hostile inputs against the daily loop's promises: a Daylio import writes all rows or none,
//! names the real line or entry of what is wrong and never panics; typed search text is never an
//! error and the index follows edits, cascades and odd ids with the right kind and id; better days
//! claims nothing without enough days on each side; a reminder fires on its own day, up to exactly
//! the grace period late; the day view answers for any date it parses.

use crate::common::vault::{entry, Fixture};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use mentora::api;
use mentora::vault::migrations;
use mentora::vault::repo::chats::{self, Sender, Status};
use mentora::vault::repo::search::{self, HitKind};
use mentora::vault::repo::{activities, gratitude, journal, logs};
use mentora::vault::Stamp;
use mentora::wellness::better_days::{self, FactorKind};
use mentora::wellness::daylio;
use mentora::wellness::export;
use mentora::wellness::reminders::{Reminder, Reminders};
use mentora::Code;
use serde_json::json;
use std::collections::HashMap;

/// Today's CSV header without `scales`.
const H: &str = "full_date,date,weekday,time,mood,activities,note_title,note";

/// A migrated in-memory vault with foreign keys on, as the real connection has them.
fn db() -> rusqlite::Connection {
    let mut c = rusqlite::Connection::open_in_memory().unwrap();
    c.execute_batch("PRAGMA foreign_keys = ON;").unwrap();
    migrations::migrate_to(&mut c, migrations::CURRENT).unwrap();
    c
}

fn kinds(hits: &[search::SearchHit]) -> Vec<(HitKind, i64)> {
    hits.iter().map(|h| (h.kind, h.id)).collect()
}

fn local_hm(ms: i64) -> String {
    DateTime::from_timestamp_millis(ms)
        .unwrap()
        .with_timezone(&chrono::Local)
        .format("%H:%M")
        .to_string()
}

fn ms(y: i32, m: u32, d: u32) -> i64 {
    Utc.with_ymd_and_hms(y, m, d, 12, 0, 0)
        .unwrap()
        .timestamp_millis()
}

/// One `dayEntries` item at `datetime` (UTC ms) and zone offset (ms), mood id 1 (rad).
fn day_entry(datetime: i64, offset: i64, tags: &[i64]) -> serde_json::Value {
    json!({"datetime": datetime, "timeZoneOffset": offset, "mood": 1,
           "note": "", "note_title": "", "tags": tags, "assets": []})
}

/// A `.daylio` file: ZIP → `backup.daylio` → base64 → JSON.
fn daylio_zip(entries: serde_json::Value, method: zip::CompressionMethod) -> Vec<u8> {
    use std::io::Write;
    let doc = json!({
        "customMoods": [{"id": 1, "custom_name": "", "mood_group_id": 1}],
        "tags": [{"id": 10, "name": "Walk"}],
        "dayEntries": entries,
    });
    let b64 = data_encoding::BASE64.encode(doc.to_string().as_bytes());
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(method);
    z.start_file("backup.daylio", opts).unwrap();
    z.write_all(b64.as_bytes()).unwrap();
    z.finish().unwrap().into_inner()
}

/// Daylio notes span lines (quoted newlines): the error names the line the bad row is on, not its
/// record number.
#[test]
fn a_bad_row_after_a_multi_line_note_is_named_by_its_real_line() {
    let csv = format!(
        "{H}\n2026-04-01,April 1,Wednesday,07:45,good,work,,\"first line\nsecond line\"\n\
         2026-04-02,April 2,Thursday,25:99,good,work,,x\n"
    );
    let mut c = db();
    let e = daylio::import(&mut c, &csv, &HashMap::new()).unwrap_err();
    assert_eq!(e.code(), Code::InvalidInput);
    assert!(
        e.message().starts_with("line 4: time"),
        "the bad row is on line 4: {e}"
    );
    assert!(journal::list(&c, "2000-01-01", "2100-01-01")
        .unwrap()
        .is_empty());
}

/// A UTF-8 BOM, CRLF line ends, 12-hour times at midnight and noon, quoted quotes and columns in
/// any order; nothing to read is a clear error, a header alone writes nothing.
#[test]
fn bom_crlf_twelve_hour_times_and_any_column_order_import() {
    let csv = "\u{feff}note,mood,full_date,time,activities\r\n\
               \"late, \"\"quoted\"\"\",rad,2026-06-15,12:00 AM,\r\n\
               noon,awful,2026-06-15,12:30 pm,walk\r\n";
    let mut c = db();
    let n = daylio::import(&mut c, csv, &HashMap::new()).unwrap();
    assert_eq!(n.entries, 2);
    let mut all = journal::list(&c, "2026-06-15", "2026-06-15").unwrap();
    all.sort_by_key(|e| e.created_at);
    let got: Vec<(String, i64, &str)> = all
        .iter()
        .map(|e| (local_hm(e.created_at), e.mood, e.text.as_str()))
        .collect();
    let want: Vec<(String, i64, &str)> = vec![
        ("00:00".to_string(), 5, "late, \"quoted\""),
        ("12:30".to_string(), 1, "noon"),
    ];
    assert_eq!(got, want);
    for bad in ["", "\r\n", "\u{feff}", "PK\u{5}\u{6}"] {
        let e = daylio::import_bytes(&mut c, bad.as_bytes(), &HashMap::new()).unwrap_err();
        assert_eq!(e.code(), Code::InvalidInput, "{bad:?}: {e}");
    }
    let n = daylio::import(&mut c, "full_date,time,mood\r\n", &HashMap::new()).unwrap();
    assert_eq!(n.entries, 0);
}

/// A file saved with a BOM by a tool that quotes every field: the BOM sits before the first quote.
#[test]
fn a_bom_before_a_quoted_header_is_still_a_daylio_export() {
    let csv = "\u{feff}\"full_date\",\"date\",\"weekday\",\"time\",\"mood\",\"activities\",\
               \"note_title\",\"note\"\n\
               \"2026-06-15\",\"June 15\",\"Monday\",\"08:00\",\"good\",\"\",\"\",\"hi\"\n";
    let n = daylio::import(&mut db(), csv, &HashMap::new());
    assert_eq!(n.map(|n| n.entries).map_err(|e| e.to_string()), Ok(1));
}

/// Activities are cut to 32 characters: lower-casing 'İ' doubles it, so the cut must come after.
#[test]
fn a_32_character_activity_with_dotted_capital_i_is_kept_not_refused() {
    let name = format!("{}{}", "İ".repeat(3), "a".repeat(29));
    assert_eq!(name.chars().count(), 32);
    let csv = format!("{H}\n2026-05-01,May 1,Friday,12:00,good,{name},,\n");
    let mut c = db();
    let n = daylio::import(&mut c, &csv, &HashMap::new());
    assert!(n.is_ok(), "{n:?}");
    let e = &journal::list(&c, "2026-05-01", "2026-05-01").unwrap()[0];
    assert!(e.tags[0].chars().count() <= 32, "{:?}", e.tags);
}

/// `activities::MAX` is the most in the list; an import must not push the list past it.
#[test]
fn an_import_does_not_grow_the_activity_list_past_its_maximum() {
    let mut csv = format!("{H}\n");
    for row in 0..11 {
        let acts: Vec<String> = (0..20).map(|k| format!("act{}", row * 20 + k)).collect();
        csv += &format!(
            "2026-03-{:02},x,x,12:00,good,{},,\n",
            row + 1,
            acts.join(" | ")
        );
    }
    let mut c = db();
    daylio::import(&mut c, &csv, &HashMap::new()).unwrap();
    let listed = activities::list(&c)
        .unwrap()
        .iter()
        .filter(|a| a.listed)
        .count();
    assert!(
        listed <= activities::MAX,
        "{listed} listed, at most {}",
        activities::MAX
    );
}

/// Real `.daylio` files are deflate-compressed; an activity id the backup does not name is left
/// out, and what is left out is said in the notes.
#[test]
fn a_deflated_backup_imports_and_an_unknown_activity_id_is_noted() {
    let bytes = daylio_zip(
        json!([day_entry(ms(2026, 1, 10), 0, &[10, 99])]),
        zip::CompressionMethod::Deflated,
    );
    let mut c = db();
    let n = daylio::import_bytes(&mut c, &bytes, &HashMap::new()).unwrap();
    assert_eq!(
        (n.entries, n.activities.clone()),
        (1, vec!["walk".to_string()])
    );
    assert!(!n.notes.is_empty(), "activity id 99 dropped without a word");
}

/// Times at the ends of what chrono can hold, with an offset that pushes the local time past them:
/// an `input.invalid` naming the entry, never a panic.
#[test]
fn a_backup_time_at_the_end_of_time_is_refused_not_a_panic() {
    for (at, offset) in [
        (DateTime::<Utc>::MAX_UTC.timestamp_millis(), 3_600_000),
        (DateTime::<Utc>::MIN_UTC.timestamp_millis(), -3_600_000),
    ] {
        let bytes = daylio_zip(
            json!([day_entry(at, offset, &[])]),
            zip::CompressionMethod::Stored,
        );
        let r = std::panic::catch_unwind(|| {
            daylio::import_bytes(&mut db(), &bytes, &HashMap::new()).map(|n| n.entries)
        });
        let Ok(r) = r else {
            panic!("import panicked on datetime {at} offset {offset}");
        };
        let e = r.unwrap_err();
        assert_eq!(e.code(), Code::InvalidInput);
        assert!(e.message().starts_with("entry 1"), "{e}");
    }
}

/// A backup entry the journal refuses (here: dated next month) is named as an entry, like every
/// other backup error, not as a CSV line.
#[test]
fn a_backup_entry_refused_by_the_journal_is_named_as_an_entry() {
    let future = (Utc::now() + chrono::Duration::days(40)).timestamp_millis();
    let bytes = daylio_zip(
        json!([
            day_entry(ms(2026, 1, 10), 0, &[]),
            day_entry(future, 0, &[])
        ]),
        zip::CompressionMethod::Stored,
    );
    let mut c = db();
    let e = daylio::import_bytes(&mut c, &bytes, &HashMap::new()).unwrap_err();
    assert_eq!(e.code(), Code::InvalidInput);
    assert!(e.message().starts_with("entry 2"), "{e}");
    assert!(journal::list(&c, "2000-01-01", "2100-01-01")
        .unwrap()
        .is_empty());
}

/// A word only in a tag is found; an edited title leaves the old word behind; a deleted chat's
/// messages (removed by ON DELETE CASCADE) leave the index.
#[test]
fn the_index_follows_tags_title_edits_and_a_cascaded_chat() {
    let f = Fixture::new("Follow");
    let v = f.unlocked();
    let now = Stamp::now();
    let (e, chat) = v
        .with_conn(|c| {
            let e = journal::add(c, &entry("Zebra crossing", "plain text", &["kayak"]), &now)?;
            let chat = chats::create(c, "talk", &now)?;
            let text = "the marmalade jar";
            chats::add_message(c, chat.id, Sender::User, text, Status::Sent, None, &now)?;
            Ok((e, chat))
        })
        .unwrap();
    let find = |q: &str| v.with_conn(|c| search::search(c, q, 50)).unwrap();
    let hits = find("kayak");
    assert_eq!(kinds(&hits), [(HitKind::Journal, e.id)]);
    assert_eq!(
        (hits[0].day.as_str(), hits[0].chat_id),
        (e.local_date.as_str(), None)
    );
    v.with_conn(|c| journal::update(c, e.id, &entry("Giraffe", "plain text", &["kayak"]), &now))
        .unwrap();
    assert!(find("zebra").is_empty(), "the old title is gone");
    assert_eq!(find("giraffe")[0].title, "Giraffe");
    let m = find("marmalade");
    assert_eq!((m[0].kind, m[0].chat_id), (HitKind::Message, Some(chat.id)));
    v.with_conn(|c| chats::delete(c, chat.id)).unwrap();
    assert!(
        find("marmalade").is_empty(),
        "the chat's messages left with it"
    );
}

/// What a person pastes may hold a control character: still words or nothing, never an error.
#[test]
fn a_pasted_control_character_in_the_query_is_not_an_error() {
    let c = db();
    journal::add(&c, &entry("", "walk by the sea", &[]), &Stamp::now()).unwrap();
    let long = format!("{}w", "🙂".repeat(499));
    for q in [
        "walk\u{0}",
        "\u{1b}[1mwalk",
        "sea\u{7f}",
        "\u{7}",
        long.as_str(),
    ] {
        let r = search::search(&c, q, 50);
        assert!(r.is_ok(), "{q:?}: {r:?}");
    }
}

/// "naïve" typed or pasted decomposed (i + U+0308, as some keyboards and Vietnamese input give
/// accents) finds the entry that has it composed.
#[test]
fn a_decomposed_accent_in_the_query_still_finds_the_word() {
    let c = db();
    let e = journal::add(&c, &entry("", "a naïve hope", &[]), &Stamp::now()).unwrap();
    assert_eq!(
        kinds(&search::search(&c, "naïve", 50).unwrap()),
        [(HitKind::Journal, e.id)]
    );
    let hits = search::search(&c, "nai\u{308}ve", 50).unwrap();
    assert_eq!(kinds(&hits), [(HitKind::Journal, e.id)]);
}

/// An export file may carry any id; a journal entry with a negative one is hit as that entry.
#[test]
fn an_imported_entry_with_a_negative_id_is_hit_as_itself() {
    let src = db();
    journal::add(&src, &entry("", "wombat burrow", &[]), &Stamp::now()).unwrap();
    let mut doc: serde_json::Value =
        serde_json::from_str(&export::export_json(&src).unwrap()).unwrap();
    doc["tables"]["journal_entries"][0]["id"] = json!(-1);
    let mut dst = db();
    export::import_json(&mut dst, &doc.to_string()).unwrap();
    let hits = search::search(&dst, "wombat", 50).unwrap();
    assert_eq!(kinds(&hits), [(HitKind::Journal, -1)]);
    assert_eq!(hits[0].chat_id, None);
}

fn day(i: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(i)
}

fn noon(d: NaiveDate) -> Stamp {
    Stamp::at(
        Utc.from_utc_datetime(&d.and_hms_opt(12, 0, 0).unwrap())
            .fixed_offset(),
    )
}

/// Every mood the same: a difference of exactly 0 that is not "clear"; a factor on every day, or
/// on fewer than `MIN_DAYS`, says nothing; sleep and gratitude only on a day with no mood count
/// nowhere.
#[test]
fn identical_moods_and_one_sided_factors_claim_nothing() {
    let c = db();
    for i in 0..10 {
        let mut tags = vec!["tea"];
        if i < 5 {
            tags.push("walk");
        }
        if i < 4 {
            tags.push("read");
        }
        journal::add(&c, &entry("", "", &tags), &noon(day(i))).unwrap();
    }
    let sleep = logs::SleepInput {
        date: day(20).to_string(),
        bedtime: "23:00".into(),
        wake_time: "07:00".into(),
        quality: 5,
        notes: String::new(),
    };
    logs::log_sleep(&c, &sleep, &noon(day(20))).unwrap();
    gratitude::add(&c, "sun", &noon(day(20))).unwrap();
    let t = better_days::compute(&c, &day(0).to_string(), &day(30).to_string()).unwrap();
    assert_eq!(t.days, 10);
    let get = |n: &str| t.factors.iter().find(|f| f.name == n).unwrap().clone();
    let walk = get("walk");
    assert_eq!((walk.days_with, walk.days_without), (5, 5));
    assert_eq!(
        (walk.difference, walk.interval),
        (Some(0.0), Some((0.0, 0.0)))
    );
    assert!(!walk.clear());
    let tea = get("tea");
    assert_eq!(
        (tea.days_without, tea.mean_without, tea.difference),
        (0, None, None)
    );
    assert_eq!((get("read").days_with, get("read").interval), (4, None));
    assert!(
        t.factors.iter().all(|f| f.kind != FactorKind::Sleep),
        "{:?}",
        t.factors
    );
    let g = get("gratitude");
    assert_eq!((g.days_with, g.difference), (0, None));
}

fn when(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}

/// 2026-12-02 is a Wednesday (2), 2026-12-03 a Thursday (3), 2026-12-04 a Friday (4).
#[test]
fn a_reminder_is_due_across_midnight_on_its_own_day_up_to_exactly_the_grace() {
    let r = Reminders {
        enabled: true,
        list: vec![
            Reminder {
                time: "00:05".into(),
                days: vec![4],
            },
            Reminder {
                time: "23:55".into(),
                days: vec![3],
            },
        ],
    }
    .validated()
    .unwrap();
    let due = |a: &str, b: &str| r.due(when(a), when(b)).map(|x| x.time.clone());
    assert_eq!(
        due("2026-12-03 23:54:00", "2026-12-04 00:01:00").as_deref(),
        Some("23:55")
    );
    assert_eq!(
        due("2026-12-03 23:56:00", "2026-12-04 00:06:00").as_deref(),
        Some("00:05")
    );
    assert_eq!(
        due("2026-12-02 23:54:00", "2026-12-03 00:06:00"),
        None,
        "neither is on then"
    );
    // Exactly 10 minutes late fires; a second more does not (the next one is then chosen).
    assert_eq!(
        due("2026-12-03 23:00:00", "2026-12-04 00:05:00").as_deref(),
        Some("23:55")
    );
    assert_eq!(
        due("2026-12-03 23:00:00", "2026-12-04 00:05:01").as_deref(),
        Some("00:05")
    );
    assert_eq!(
        due("2026-12-03 23:00:00", "2026-12-04 00:15:00").as_deref(),
        Some("00:05")
    );
    assert_eq!(due("2026-12-03 23:00:00", "2026-12-04 00:15:01"), None);
    // A week asleep, then woken just after one: fired once; the clock set back: nothing.
    assert_eq!(
        due("2026-11-26 23:56:00", "2026-12-03 23:58:00").as_deref(),
        Some("23:55")
    );
    assert_eq!(due("2026-12-03 23:56:00", "2026-12-03 23:50:00"), None);
}

/// The day view parses any `YYYY-MM-DD` chrono can hold, up to its last day: an answer or an
/// `input.invalid`, never a panic.
#[test]
fn the_day_view_of_the_last_date_chrono_parses_is_not_a_panic() {
    let f = Fixture::new("LastDay");
    let app = f.app();
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        api::daily::day(&app, "+262142-12-31").map(|d| d.cell.date)
    }));
    assert!(r.is_ok(), "api::daily::day panicked on +262142-12-31");
}
