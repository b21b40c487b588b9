//! Regressions for what an attacker found: inputs that made a parser panic or grow without bound.
//! Each must now give a clear error (or a bounded, sane result), never a panic.
//!
//! - A1: a 429 whose `RetryInfo.retryDelay` is negative, NaN, infinite, huge or malformed.
//! - A2: report ranges with dates at chrono's limits (`--from=-262143-01-01`), in the CLI and the API.
//! - A3: SSE lines and events without end, and replies too large to be real.
//! - A4: the API's `{"error":{…}}` object arriving as an SSE event in the middle of a reply.

use crate::common;
use crate::common::chat as support;
use crate::common::vault as fixture;

use chrono::NaiveDate;
use fixture::Fixture;
use mentora::api::report::RangeSpec;
use mentora::chat::gemini::mock::{MockGemini, Script};
use mentora::chat::gemini::sse::SseReader;
use mentora::chat::service::Outcome;
use mentora::vault::repo::chats;
use serde_json::json;
use std::io::Read;
use support::*;

/// Sends one message against `script`; returns (outcome, requests the mock got, stored messages).
fn send(script: Vec<Script>) -> (Outcome, usize, Vec<chats::Message>) {
    let f = Fixture::new("parser");
    let v = f.unlocked();
    let mock = MockGemini::start(0, KEY).unwrap();
    for s in script {
        mock.push(s);
    }
    let id = chat(&v);
    let out = companion()
        .send(
            &v,
            &cfg(&mock),
            id,
            "How do I sleep better?",
            None,
            &mut |_| {},
        )
        .unwrap();
    (out, mock.requests().len(), messages(&v, id))
}

fn retry_info(delay: &str) -> Script {
    err(
        429,
        "RESOURCE_EXHAUSTED",
        json!([{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": delay}]),
    )
}

// ---------------------------------------------------------------------------------------------
// A1: retryDelay

#[test]
fn a_negative_or_malformed_retry_delay_is_ignored_and_the_call_retried() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    // Not a usable wait: the normal backoff applies, then the reply arrives.
    for delay in [
        "-1s",
        "-0.5s",
        "NaNs",
        "nans",
        "infs",
        "-infs",
        "1e3s",
        "1e30s",
        "s",
        "",
        "1.5",
        "1.2.3s",
        "0x10s",
        " 1s",
        "1.0000000001s",
    ] {
        let (o, n, m) = send(vec![retry_info(delay), reply(&["ok"])]);
        assert!(matches!(o, Outcome::Replied { .. }), "{delay:?}: {o:?}");
        assert_eq!(
            (n, m[0].status.as_str()),
            (2, "sent"),
            "{delay:?}: retried once"
        );
    }
}

#[test]
fn a_huge_retry_delay_fails_at_once_and_says_so() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    for delay in [
        "18446744073709551616s",
        "99999999999999999999999999999999999999.5s",
        "86401s",
    ] {
        let (o, n, m) = send(vec![retry_info(delay)]);
        assert_eq!(
            (code(&o), n, m[0].status.as_str()),
            ("chat.rate_limited", 1, "pending"),
            "{delay:?}"
        );
        let Outcome::NotSent { error, .. } = &o else {
            unreachable!()
        };
        assert!(
            error.message().contains("more than a day"),
            "{delay:?}: {error}"
        );
    }
    // A wait within a day is named in seconds.
    let (o, _, _) = send(vec![retry_info("4000.25s")]);
    let Outcome::NotSent { error, .. } = &o else {
        panic!("{o:?}")
    };
    assert!(error.message().contains("4001 s"), "{error}");
}

// ---------------------------------------------------------------------------------------------
// A2: report ranges

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
}

fn spec(from: Option<&str>, to: Option<&str>, month: Option<&str>, year: Option<i32>) -> RangeSpec {
    RangeSpec {
        from: from.map(str::to_string),
        to: to.map(str::to_string),
        month: month.map(str::to_string),
        year,
    }
}

/// Resolves and then uses the range as a report does (the previous period, every day).
fn resolve_and_use(s: &RangeSpec) -> mentora::Result<()> {
    let (r, _) = s.resolve(today())?;
    let p = r.previous();
    assert!(r.days() >= 1 && r.days() <= mentora::reports::range::MAX_DAYS);
    assert_eq!(r.iter().count() as i64, r.days());
    assert_eq!(p.days(), r.days());
    let _ = (r.from.to_string(), r.to.to_string(), p.from.to_string());
    Ok(())
}

#[test]
fn dates_at_the_calendar_limits_are_invalid_input_not_a_panic() {
    let extremes = [
        "-262143-01-01",
        "-262144-01-01",
        "-262143-01-02",
        "-262143-12-31",
        "+262142-12-31",
        "262142-12-31",
        "+262143-12-31",
        "-0001-01-01",
        "0000-01-01",
        "0000-12-31",
        "+10000-01-01",
        "99999-01-01",
        "-9999999999-01-01",
    ];
    for d in extremes {
        for s in [
            spec(Some(d), None, None, None),
            spec(None, Some(d), None, None),
            spec(Some(d), Some(d), None, None),
            spec(Some(d), Some("2026-01-01"), None, None),
        ] {
            let e = resolve_and_use(&s).expect_err(&format!("{s:?} is refused"));
            assert_eq!(e.code().as_str(), "input.invalid", "{s:?}: {e}");
        }
    }
    for m in [
        "-262143-01",
        "-262144-12",
        "+262143-12",
        "262143-12",
        "262142-12",
        "0000-01",
        "-0001-06",
        "+10000-01",
    ] {
        let e = resolve_and_use(&spec(None, None, Some(m), None)).expect_err(m);
        assert_eq!(e.code().as_str(), "input.invalid", "{m}: {e}");
    }
    for y in [i32::MIN, -262144, -262143, -1, 0, 10_000, 262143, i32::MAX] {
        let e = resolve_and_use(&spec(None, None, None, Some(y))).expect_err(&y.to_string());
        assert_eq!(e.code().as_str(), "input.invalid", "{y}: {e}");
    }
    // Ordinary ranges still work.
    for s in [
        spec(Some("2026-11-01"), Some("2026-11-30"), None, None),
        spec(Some("2026-11-20"), None, None, None),
        spec(None, Some("2026-11-20"), None, None),
        spec(None, None, Some("2026-02"), None),
        spec(None, None, Some("0001-01"), None),
        spec(None, None, None, Some(1)),
        spec(None, None, None, Some(2025)),
        spec(None, None, None, None),
    ] {
        resolve_and_use(&s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
    }
}

#[test]
fn the_cli_refuses_a_range_at_the_calendar_limit() {
    let data = tempfile::tempdir().unwrap();
    let pw = "a fine password\n";
    let o = common::run_cli(
        data.path(),
        &["profile", "create", "lee"],
        &pw.repeat(2),
        false,
    );
    assert!(o.status.success(), "{}", common::output_text(&o));
    for args in [
        &["report", "lee", "--from=-262143-01-01"][..],
        &[
            "report",
            "lee",
            "--from=-262143-01-01",
            "--to=-262143-01-02",
        ][..],
        &["report", "lee", "--to=-262143-01-07"][..],
        &["report", "lee", "--month=-262143-01"][..],
        &["report", "lee", "--month=+262143-12"][..],
    ] {
        let o = common::run_cli(data.path(), args, pw, false);
        let out = common::output_text(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {out}");
        assert!(out.contains("error [input.invalid]"), "{args:?}: {out}");
    }
}

// ---------------------------------------------------------------------------------------------
// A3: SSE limits

/// An endless line never ends the stream nor grows memory: the reader stops with a clear error.
#[test]
fn an_endless_sse_line_is_refused_not_buffered() {
    // 64 MiB of one line (before the fix: read whole into memory, then dropped as a cut event).
    let endless = (&b"data: "[..]).chain(std::io::repeat(b'a').take(64 << 20));
    let mut r = SseReader::new(std::io::BufReader::new(endless));
    let e = r
        .next_event()
        .expect_err("a line over the event limit is an error");
    assert!(e.to_string().contains("MiB"), "{e}");
    // Many events, each small, adding up to more than a reply can be.
    let event = format!("data: {}\n\n", "b".repeat(64 << 10));
    let flood = event.repeat(200);
    let mut r = SseReader::new(flood.as_bytes());
    let mut n = 0;
    let e = loop {
        match r.next_event() {
            Ok(Some(_)) => n += 1,
            Ok(None) => panic!("a 12.5 MiB reply was read whole ({n} events)"),
            Err(e) => break e,
        }
    };
    assert!(
        (40..64).contains(&n),
        "stopped near 4 MiB, after {n} events"
    );
    assert!(e.to_string().contains("MiB"), "{e}");
    // Blank lines alone never end (no event to return): they count too.
    let blanks = std::io::repeat(b'\n').take(64 << 20);
    let mut r = SseReader::new(std::io::BufReader::new(blanks));
    assert!(r.next_event().is_err());
}

#[test]
fn an_oversized_sse_event_or_reply_is_a_bad_stream() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    // An event; `pad` bytes of an unknown field make it large without making the text long (the
    // vault holds at most 32,000 characters per message, a limit of its own).
    let padded = |text: &str, finish: Option<&str>, pad: usize| {
        let mut c = json!({"content": {"role": "model", "parts": [{"text": text}]}});
        if let Some(f) = finish {
            c["finishReason"] = json!(f);
        }
        let e = json!({ "candidates": [c], "modelVersion": "v".repeat(pad) });
        format!("data: {e}\r\n\r\n")
    };
    let piece = |text: &str, finish: Option<&str>| padded(text, finish, 0);
    // One 2 MiB event (a single data line) that would otherwise be a complete, valid reply.
    let big = piece(&"x".repeat(2 << 20), Some("STOP"));
    let (o, _, m) = send(vec![Script::Raw { body: big }]);
    assert_eq!(code(&o), "chat.bad_stream", "{o:?}");
    assert_eq!(m.len(), 1, "no reply stored");
    // The same size split over many data lines of one event.
    let lines: String =
        std::iter::repeat_n(format!("data: {}\n", "y".repeat(1000)), 1100).collect();
    let (o, _, _) = send(vec![Script::Raw {
        body: format!("{lines}\n{}", piece("", Some("STOP"))),
    }]);
    assert_eq!(code(&o), "chat.bad_stream", "{o:?}");
    // Many events of 100 KiB, adding up to 6 MiB: stopped at 4 MiB, the text so far kept as partial.
    let mut body = String::new();
    for _ in 0..60 {
        body.push_str(&padded("z", None, 100 << 10));
    }
    body.push_str(&piece("end", Some("STOP")));
    let (o, _, m) = send(vec![Script::Raw { body }]);
    let Outcome::Failed {
        reply: Some(r),
        error,
        ..
    } = &o
    else {
        panic!("{o:?}")
    };
    assert_eq!(
        (
            error.code().as_str(),
            r.status.as_str(),
            m[1].status.as_str()
        ),
        ("chat.bad_stream", "partial", "partial")
    );
    assert_eq!(r.text, "z".repeat(40), "the 40 events within 4 MiB");
    assert!(error.message().contains("4 MiB"), "{error}");
    // A normal reply in the same form still arrives.
    let (o, _, _) = send(vec![Script::Raw {
        body: piece("Hello ", None) + &piece("there.", Some("STOP")),
    }]);
    assert!(matches!(o, Outcome::Replied { .. }), "{o:?}");
}

// ---------------------------------------------------------------------------------------------
// A4: an error object mid-stream

fn cancelled(finish: Option<&str>, sent: usize) -> Script {
    Script::ErrorMidStream {
        chunks: vec!["One ".into(), "two ".into(), "three".into()],
        sent,
        code: 499,
        status: "CANCELLED".into(),
        message: "The operation was cancelled.".into(),
        finish: finish.map(str::to_string),
    }
}

#[test]
fn an_error_event_mid_stream_is_an_error_and_the_reply_partial() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    // As recorded: two data events, then the error object, then the end of the stream; and the
    // same followed by a piece with finishReason STOP (it must not make the reply complete).
    for finish in [Some("STOP"), None] {
        let (o, _, m) = send(vec![cancelled(finish, 2)]);
        let Outcome::Failed {
            reply: Some(r),
            error,
            ..
        } = &o
        else {
            panic!("{finish:?}: {o:?}")
        };
        assert_eq!(
            (
                error.code().as_str(),
                r.status.as_str(),
                r.text.as_str(),
                m[0].status.as_str(),
                m[1].status.as_str()
            ),
            (
                "chat.stream_broken",
                "partial",
                "One two",
                "sent",
                "partial"
            ),
            "{finish:?}"
        );
        assert!(
            error.message().contains("CANCELLED")
                && error.message().contains("The operation was cancelled."),
            "{finish:?}: {error}"
        );
    }
    // The error object as the first event: no reply, and the message can be sent again later.
    let (o, n, m) = send(vec![Script::ErrorMidStream {
        chunks: vec![],
        sent: 0,
        code: 503,
        status: "UNAVAILABLE".into(),
        message: "The model is overloaded. Please try again later.".into(),
        finish: None,
    }]);
    assert_eq!(
        (code(&o), n, m.len(), m[0].status.as_str()),
        ("chat.server_error", 1, 1, "pending"),
        "{o:?}"
    );
    let Outcome::NotSent { error, .. } = &o else {
        unreachable!()
    };
    assert!(error.message().contains("overloaded"), "{error}");
}
