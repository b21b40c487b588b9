//! `mentora chat` as a process: the reply streams to the terminal, and a process killed mid-stream
//! leaves the person's message and the partial reply in the vault, marked, after a restart.

use crate::common;

use mentora::chat::gemini::mock::{MockGemini, Script};
use mentora::vault::repo::chats;
use mentora::vault::{Profiles, Vault};
use std::io::{Read, Write};
use std::process::Stdio;
use std::time::{Duration, Instant};

const KEY: &str = "cli-test-key";
const PW: &str = "a fine password";

fn setup(data: &std::path::Path, mock: &MockGemini) {
    let o = common::run_cli(
        data,
        &["profile", "create", "sam"],
        &format!("{PW}\n{PW}\n"),
        false,
    );
    assert!(o.status.success(), "{}", common::output_text(&o));
    let o = common::run_cli(
        data,
        &[
            "chat",
            "settings",
            "sam",
            "--base-url",
            mock.base_url(),
            "--country",
            "GB",
        ],
        &format!("{PW}\n"),
        false,
    );
    assert!(o.status.success(), "{}", common::output_text(&o));
    assert!(
        common::output_text(&o).contains("private mode off, country GB"),
        "{}",
        common::output_text(&o)
    );
}

fn spawn_chat(data: &std::path::Path) -> std::process::Child {
    common::cli()
        .args(["chat", "sam", "--title", "evening"])
        .env("MENTORA_DATA_DIR", data)
        .env("MENTORA_GEMINI_API_KEY", KEY)
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn open(data: &std::path::Path) -> Vault {
    let profiles = Profiles::new(data);
    let p = profiles.find("sam").unwrap();
    let v = Vault::new(profiles, p);
    v.unlock_with_password(PW).unwrap();
    v
}

#[test]
fn killed_mid_stream_the_message_and_partial_reply_survive() {
    let data = tempfile::tempdir().unwrap();
    let mock = MockGemini::start(0, KEY).unwrap();
    setup(data.path(), &mock);
    // Two pieces, then the server keeps the connection open and silent.
    mock.push(Script::Cut {
        chunks: vec![
            "It sounds ".into(),
            "like a long day. ".into(),
            "Never sent.".into(),
        ],
        sent: 2,
        hang: true,
    });
    let mut child = spawn_chat(data.path());
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{PW}").unwrap();
    writeln!(stdin, "Today was long and I feel drained.").unwrap();
    let mut out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut seen = String::new();
        let mut buf = [0u8; 256];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
            let _ = tx.send(seen.clone());
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = String::new();
    while !seen.contains("like a long day.") {
        seen = rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("the reply's pieces reached the terminal");
    }
    child.kill().unwrap(); // SIGKILL, mid-stream
    child.wait().unwrap();

    // "Restart": a new process opens the vault.
    let v = open(data.path());
    let list = v.with_conn(|c| chats::list(c)).unwrap();
    assert_eq!(list.len(), 1);
    let msgs = v.with_conn(|c| chats::messages(c, list[0].id)).unwrap();
    let rows: Vec<(&str, &str, &str)> = msgs
        .iter()
        .map(|m| (m.sender.as_str(), m.status.as_str(), m.text.as_str()))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("user", "sent", "Today was long and I feel drained."),
            ("assistant", "partial", "It sounds like a long day.")
        ]
    );
    assert!(v.check().unwrap().iter().all(|l| !l.contains("error")));
}

#[test]
fn chat_streams_shows_the_crisis_card_and_summarizes() {
    let data = tempfile::tempdir().unwrap();
    let mock = MockGemini::start(0, KEY).unwrap();
    setup(data.path(), &mock);
    mock.push(Script::Reply {
        chunks: vec!["That ".into(), "sounds ".into(), "lovely.".into()],
        finish: "STOP".into(),
        delay_ms: 0,
    });
    mock.push(Script::Reply {
        chunks: vec!["You shared a lovely walk.".into()],
        finish: "STOP".into(),
        delay_ms: 0,
    });
    let mut child = spawn_chat(data.path());
    let input =
        format!("{PW}\nI went for a lovely walk.\nsometimes I want to end my life\n/quit\n");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let out = common::output_text(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("That sounds lovely."), "{out}");
    assert!(
        out.contains("You don't have to go through this alone") && out.contains("116 123"),
        "{out}"
    );
    assert!(
        out.contains("session summary (gemini): You shared a lovely walk."),
        "{out}"
    );
    // Two model calls: the first message and the summary; the crisis turn never went out.
    let reqs = mock.requests();
    assert_eq!(reqs.len(), 2);
    assert!(reqs.iter().all(|r| !r.raw.contains("end my life")));
    let o = common::run_cli(
        data.path(),
        &["chat", "list", "sam"],
        &format!("{PW}\n"),
        false,
    );
    let out = common::output_text(&o);
    assert!(
        out.contains("evening")
            && out.contains("3 messages")
            && out.contains("1 chat session summarized"),
        "{out}"
    );
    let o = common::run_cli(
        data.path(),
        &["chat", "show", "sam", "1"],
        &format!("{PW}\n"),
        false,
    );
    let out = common::output_text(&o);
    assert!(
        out.contains("you [crisis card shown]: sometimes I want to end my life"),
        "{out}"
    );
}
