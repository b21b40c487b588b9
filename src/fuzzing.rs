//! Entry points of the fuzz targets in `fuzz/` (cargo-fuzz) and of the corpus replay test
//! (`tests/it/fuzz_corpus.rs`), so both run the same code. Each takes any bytes, must never panic,
//! and asserts what it can about the result (an assertion failing is a finding, like a panic).
//! Not an API: hidden from the docs, no stability promised.

use crate::chat::gemini::client::{self, Failure, Finished, Settings};
use crate::chat::gemini::protocol::{self, ApiError, ApiErrorBody, Response};
use crate::chat::gemini::sse::{Limits, SseReader, MAX_EVENT_BYTES, MAX_STREAM_BYTES};
use crate::error::Code;
use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufReader, Read};
use std::time::Duration;

/// A fuzz target: its name (= `fuzz/fuzz_targets/NAME.rs`, `fuzz/corpus/NAME/`) and entry point.
pub type Target = (&'static str, fn(&[u8]));

/// Every target.
pub const TARGETS: &[Target] = &[
    ("sse", sse),
    ("gemini_response", gemini_response),
    ("daylio", daylio),
    ("export_json", export_json),
    ("redact", redact),
    ("crisis", crisis),
    ("date_range", date_range),
    ("backup", backup),
    ("audio", audio),
];

/// A reader that hands its bytes out `step` at a time (moves where buffer boundaries fall).
struct Pieces<'a> {
    data: &'a [u8],
    step: usize,
}

impl Read for Pieces<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(self.step).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

/// Every event of `r` until the end, the first error, or `max` events.
fn events<R: std::io::BufRead>(
    r: &mut SseReader<R>,
    max: usize,
) -> (Vec<String>, Option<std::io::Error>) {
    let mut out = Vec::new();
    while out.len() < max {
        match r.next_event() {
            Ok(Some(d)) => out.push(d),
            Ok(None) => return (out, None),
            Err(e) => return (out, Some(e)),
        }
    }
    (out, None)
}

/// `SseReader` on the input as an SSE stream: read whole, then in small pieces through a small
/// buffer (same events: where the buffer ends must not matter), then with tiny limits (bounded, the
/// limit error says so). Each event then goes through the client's event handling (a Gemini
/// response, its error object, block reason, text) as a streamed reply does.
pub fn sse(data: &[u8]) {
    let mut whole = SseReader::new(data);
    let (evs, e) = events(&mut whole, usize::MAX);
    assert!(whole.bytes_read() <= MAX_STREAM_BYTES);
    for ev in &evs {
        assert!(ev.len() <= 3 * MAX_EVENT_BYTES, "an event past the limit");
    }
    if data.len() < MAX_EVENT_BYTES {
        assert!(e.is_none(), "a small stream hit a limit: {e:?}");
        let step = 1 + data.len() % 13;
        let cap = 1 + data.len() % 31;
        let mut pieces = SseReader::new(BufReader::with_capacity(cap, Pieces { data, step }));
        let (evs2, e2) = events(&mut pieces, usize::MAX);
        assert!(e2.is_none(), "{e2:?}");
        assert_eq!(evs, evs2, "events depend on where the buffer ends");
    }

    let limits = Limits {
        event: 64,
        stream: 512,
    };
    let mut small = SseReader::with_limits(
        BufReader::with_capacity(
            1 + data.len() % 17,
            Pieces {
                data,
                step: 1 + data.len() % 7,
            },
        ),
        limits,
    );
    let (evs3, e3) = events(&mut small, usize::MAX);
    assert!(small.bytes_read() <= limits.stream);
    for ev in &evs3 {
        assert!(ev.len() <= 3 * limits.event, "an event past the limit");
    }
    if let Some(e) = e3 {
        assert!(
            crate::chat::gemini::sse::LimitExceeded::of(&e).is_some(),
            "only the limits can fail a read from memory: {e}"
        );
    }

    let mut out = Finished::default();
    for ev in &evs {
        match client::apply_event(&mut out, ev) {
            Ok(piece) => assert!(out.text.ends_with(&piece)),
            Err(e) => {
                assert!(matches!(
                    e.code(),
                    Code::ChatBadStream
                        | Code::ChatBlocked
                        | Code::ChatStreamBroken
                        | Code::ChatRateLimited
                        | Code::ChatServer
                        | Code::ChatPermission
                        | Code::ChatBadRequest
                ));
                if !out.text.is_empty() && e.code() != Code::ChatBlocked {
                    assert!(matches!(
                        e.code(),
                        Code::ChatStreamBroken | Code::ChatBadStream
                    ));
                }
                break;
            }
        }
    }
}

/// Gemini's bodies: the input as a response / SSE event payload (serde types, text, finish and
/// block reasons, the error object), as an HTTP error body for each status the client treats
/// differently (`retryDelay` included: a wait is never longer than the client accepts), and as a
/// `retryDelay` string on its own (checked against a float parse).
pub fn gemini_response(data: &[u8]) {
    if let Ok(r) = serde_json::from_slice::<Response>(data) {
        let _ = (r.text(), r.finish_reason(), r.block_reason());
        if let Some(e) = &r.error {
            let _ = (e.retry_delay(), e.reason());
        }
    }
    let text = String::from_utf8_lossy(data);
    let mut out = Finished::default();
    let _ = client::apply_event(&mut out, &text);
    let mut out = Finished {
        text: "so far".into(),
        ..Default::default()
    };
    if let Err(e) = client::apply_event(&mut out, &text) {
        assert_ne!(
            e.code(),
            Code::ChatServer,
            "after text, an error event breaks the reply"
        );
    }

    if let Ok(b) = serde_json::from_slice::<ApiErrorBody>(data) {
        let _ = (b.error.retry_delay(), b.error.reason());
    }
    let settings = Settings::default();
    let http = 400 + u16::from(data.first().copied().unwrap_or(0)) % 200;
    for status in [400, 403, 404, 429, 503, http] {
        match client::api_failure(&settings, status, data) {
            Failure::Retry(e, wait) => {
                assert!(matches!(e.code(), Code::ChatRateLimited | Code::ChatServer));
                if let Some(w) = wait {
                    assert!(w <= settings.retry.max_delay, "{w:?}");
                }
            }
            Failure::Fatal(e) => assert!(!e.message().is_empty()),
        }
    }

    let e = ApiError {
        details: vec![serde_json::json!({
            "@type": "type.googleapis.com/google.rpc.RetryInfo",
            "retryDelay": text,
        })],
        ..Default::default()
    };
    let d = e.retry_delay();
    assert_eq!(d, protocol::parse_duration(&text));
    if let Some(d) = d {
        let num = text.strip_suffix('s').expect("ends in s");
        assert!(
            num.bytes().all(|b| b.is_ascii_digit() || b == b'.'),
            "{text:?}"
        );
        let f: f64 = num.parse().expect("a plain decimal");
        if d < Duration::MAX {
            let got = d.as_secs_f64();
            assert!(
                (got - f).abs() <= 1e-9_f64.max(f * 1e-12),
                "{text:?}: {got} vs {f}"
            );
        } else {
            assert!(f >= u64::MAX as f64, "{text:?}");
        }
    }
}

thread_local! {
    static SCRATCH: RefCell<Option<Connection>> = const { RefCell::new(None) };
}

/// An empty in-memory vault schema (plain SQLite, no key: the parsers are what is tested), made
/// once per thread and emptied after each input that wrote to it.
fn with_scratch<T>(f: impl FnOnce(&mut Connection) -> T) -> T {
    SCRATCH.with(|cell| {
        let mut slot = cell.borrow_mut();
        let c = slot.get_or_insert_with(|| {
            let mut c = Connection::open_in_memory().expect("in-memory SQLite");
            c.execute_batch("PRAGMA foreign_keys = ON;")
                .expect("pragma");
            crate::vault::migrations::migrate_to(&mut c, crate::vault::migrations::CURRENT)
                .expect("schema");
            c
        });
        f(c)
    })
}

/// Empties every table (and the AUTOINCREMENT counters).
fn wipe(c: &Connection) {
    let tables: Vec<String> = c
        .prepare(
            r"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND name NOT LIKE 'search\_index\_%' ESCAPE '\'",
        )
        .and_then(|mut st| {
            st.query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .expect("tables");
    let mut sql = String::from("PRAGMA foreign_keys = OFF;");
    for t in tables {
        sql.push_str(&format!("DELETE FROM \"{t}\";"));
    }
    let seq: bool = c
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .expect("sqlite_master")
        > 0;
    if seq {
        sql.push_str("DELETE FROM sqlite_sequence;");
    }
    sql.push_str("PRAGMA foreign_keys = ON;");
    c.execute_batch(&sql).expect("wipe");
}

fn count(c: &Connection, table: &str) -> i64 {
    c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .expect("count")
}

/// The Daylio import (`wellness::daylio::import_bytes`: a `.daylio` backup, or else the input as the
/// CSV's text) with two custom mood names mapped, into an empty schema: all rows or none, and `Ok(n)`
/// wrote n entries.
pub fn daylio(data: &[u8]) {
    let extra = HashMap::from([("sleepy".to_string(), 3), (" Tired ".to_string(), 2)]);
    with_scratch(|c| {
        let r = if data.starts_with(b"PK") {
            crate::wellness::daylio::import_bytes(c, data, &extra)
        } else {
            crate::wellness::daylio::import(c, &String::from_utf8_lossy(data), &extra)
        };
        let n = count(c, "journal_entries");
        match r {
            Ok(written) => {
                assert_eq!(n, written.entries as i64, "Ok(n) wrote n entries");
                wipe(c);
            }
            Err(e) => {
                assert_eq!(n, 0, "a refused import wrote nothing");
                assert!(
                    matches!(e.code(), Code::InvalidInput | Code::Database),
                    "{e}"
                );
            }
        }
    })
}

/// The export import (`wellness::export::import_json`) on the input as the file's text, into an empty
/// schema. A refused import writes nothing; an accepted one exports again, and that export imports
/// and exports to the same bytes (the format's lossless promise).
pub fn export_json(data: &[u8]) {
    use crate::wellness::export;
    let text = String::from_utf8_lossy(data);
    with_scratch(|c| match export::import_json(c, &text) {
        Ok(_) => {
            let first = export::export_json(c).expect("export after import");
            wipe(c);
            export::import_json(c, &first).expect("an export imports");
            let second = export::export_json(c).expect("export again");
            wipe(c);
            assert!(
                first == second,
                "export → import → export changed the bytes"
            );
        }
        Err(e) => {
            assert_eq!(count(c, "settings") + count(c, "chats"), 0);
            assert!(
                matches!(e.code(), Code::InvalidInput | Code::Database),
                "{e}"
            );
        }
    })
}

/// The redactor's public API (`chat::redact::Redactions::redact`, then `restore` on its output and
/// on the raw text): the input's first line is the profile's names separated by `|`, the rest the
/// text. (One redaction per input: a call costs milliseconds in the instrumented build.)
pub fn redact(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (names, body) = text.split_once('\n').unwrap_or(("", &text));
    let names: Vec<String> = names.split('|').take(8).map(str::to_string).collect();
    let mut r = crate::chat::redact::Redactions::default();
    let once = r.redact(body, &names);
    let _ = r.restore(&once);
    let _ = r.restore(body);
}

/// The crisis detector (`safety::crisis::check`) on the input as text. Inputs starting with byte 1
/// also split the rest, repeated past 2 × `PIECE`, into the overlapping pieces the detector reads a
/// long text in (each piece is then checked like a short text, which the first part covers): the
/// pieces cover the text, in order, each at most `PIECE` bytes, each overlapping the one before.
/// (Checking a 32 KiB text takes ~0.1 s in the instrumented build: too slow to do per input.)
pub fn crisis(data: &[u8]) {
    use crate::safety::normalize::{pieces, PIECE};
    let text = String::from_utf8_lossy(data);
    let _ = crate::safety::crisis::check(&text);
    let Some(rest) = data.strip_prefix(&[1u8]).filter(|r| !r.is_empty()) else {
        return;
    };
    let unit = String::from_utf8_lossy(rest);
    let long = unit.repeat(2 * PIECE / unit.len() + 1);
    let ps = pieces(&long);
    assert!(ps.len() >= 2);
    let base = long.as_ptr() as usize;
    let mut prev: Option<(usize, usize)> = None;
    for p in &ps {
        let start = p.as_ptr() as usize - base;
        let end = start + p.len();
        assert!(
            !p.is_empty() && p.len() <= PIECE,
            "piece of {} bytes",
            p.len()
        );
        match prev {
            None => assert_eq!(start, 0),
            Some((s, e)) => assert!(s < start && start < e, "pieces overlap, in order"),
        }
        prev = Some((start, end));
    }
    assert_eq!(
        prev.map(|(_, e)| e),
        Some(long.len()),
        "the pieces reach the end"
    );
}

/// Report ranges from the strings a person or the window gives (`api::report::RangeSpec`: JSON as
/// the window sends it, else lines `from`, `to`, `month`, `year`, `today`), resolved and used as a
/// report uses them. Either an `input.invalid` error or a range of 1–`MAX_DAYS` days within the
/// supported years, not after today, whose previous period is as long.
pub fn date_range(data: &[u8]) {
    use crate::api::report::RangeSpec;
    use crate::reports::range::{MAX_DAYS, YEARS};
    let text = String::from_utf8_lossy(data);
    let mut today = NaiveDate::from_ymd_opt(2026, 12, 2).expect("a date");
    let spec = match serde_json::from_str::<RangeSpec>(&text) {
        Ok(s) => s,
        Err(_) => {
            let mut l = text.split('\n');
            let mut field = || l.next().map(str::to_string);
            let s = RangeSpec {
                from: field(),
                to: field(),
                month: field(),
                year: field().and_then(|y| y.trim().parse().ok()),
            };
            // The clock's day: never year 1 (last week would begin in year 0), so years 2–9999.
            if let Some(t) = field().and_then(|t| t.trim().parse::<NaiveDate>().ok()) {
                if (YEARS.start() + 1..=*YEARS.end()).contains(&t.year()) {
                    today = t;
                }
            }
            s
        }
    };
    match spec.resolve(today) {
        Ok((r, _note)) => {
            assert!(r.from <= r.to && r.to <= today, "{r:?}");
            assert!((1..=MAX_DAYS).contains(&r.days()), "{r:?}");
            assert!(YEARS.contains(&r.from.year()) && YEARS.contains(&r.to.year()));
            let p = r.previous();
            assert_eq!(p.days(), r.days());
            assert!(p.to < r.from);
            assert_eq!(r.iter().count() as i64, r.days());
            assert_eq!(r.iter().last(), Some(r.to));
            let _ = (r.from.to_string(), p.from.to_string());
        }
        Err(e) => assert_eq!(e.code(), Code::InvalidInput, "{e}"),
    }
}

/// A backup file (`vault::backup::archive`) from any bytes: opened, and its vault copied out. Refused
/// with `backup.damaged` or `io.failed` (and nothing left behind), or the vault that comes out has the
/// manifest's size; never a panic, never unbounded memory.
pub fn backup(data: &[u8]) {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!("mentora-fuzz-backup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp folder");
    let n = N.fetch_add(1, Ordering::Relaxed);
    let file = dir.join(format!("{n}.mentora-backup"));
    let out = dir.join(format!("{n}.db"));
    std::fs::write(&file, data).expect("a temp file");
    let r = crate::vault::backup::archive::open(&file).and_then(|mut o| {
        o.extract_vault(&out)?;
        Ok(o.manifest)
    });
    match r {
        Ok(m) => assert_eq!(
            std::fs::metadata(&out).map(|x| x.len()).ok(),
            Some(m.vault_bytes)
        ),
        Err(e) => {
            assert!(matches!(e.code(), Code::BackupDamaged | Code::Io), "{e}");
            assert!(!out.exists(), "a refused vault is removed");
        }
    }
    let _ = std::fs::remove_file(&file);
    let _ = std::fs::remove_file(&out);
}

/// A recording's bytes (`voice::audio::decode`: WAV by hound, FLAC and Ogg Vorbis by symphonia), as
/// `mentora voice analyze` and the window's "Read a recording" read them. Either an `audio.decode_failed`
/// (or, for a too-long recording, `input.invalid`) error, or 16 kHz samples that are all finite and in
/// [-1, 1].
pub fn audio(data: &[u8]) {
    match crate::voice::audio::decode(data) {
        Ok(samples) => assert!(
            samples
                .iter()
                .all(|s| s.is_finite() && (-1.0..=1.0).contains(s)),
            "a sample out of [-1, 1]"
        ),
        Err(e) => assert!(
            matches!(e.code(), Code::AudioDecode | Code::InvalidInput),
            "{e}"
        ),
    }
}
