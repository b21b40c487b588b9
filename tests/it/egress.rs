//! The egress gate as an attacker tests it: hostile base URLs (user info that hides the real host,
//! look-alike and other hosts) and a redirect from an allowed loopback server never make a connection
//! to the host behind them, and never carry the key. A recording listener on a second loopback
//! address (127.0.0.2) stands for that host and counts connections.

use crate::common::chat::{cfg, chat, companion, KEY, NET};
use crate::common::vault::Fixture;
use mentora::chat::gemini::mock::MockGemini;
use mentora::chat::service::Outcome;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Accepts connections on 127.0.0.2 and records what arrives.
struct Recorder {
    port: u16,
    connections: Arc<AtomicUsize>,
    seen: Arc<std::sync::Mutex<String>>,
}

fn recorder() -> Recorder {
    let l = TcpListener::bind("127.0.0.2:0").expect("bind 127.0.0.2 (loopback)");
    let port = l.local_addr().unwrap().port();
    let connections = Arc::new(AtomicUsize::new(0));
    let seen = Arc::new(std::sync::Mutex::new(String::new()));
    let (c, s) = (connections.clone(), seen.clone());
    l.set_nonblocking(false).unwrap();
    std::thread::spawn(move || {
        for stream in l.incoming().take(20) {
            let Ok(mut stream) = stream else { continue };
            c.fetch_add(1, Ordering::SeqCst);
            stream
                .set_read_timeout(Some(Duration::from_millis(500)))
                .ok();
            let mut buf = [0u8; 4096];
            if let Ok(n) = stream.read(&mut buf) {
                s.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
            let _ = stream
                .write_all(b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\n\r\n");
        }
    });
    Recorder {
        port,
        connections,
        seen,
    }
}

/// An allowed loopback server that answers every request with a 307 to `to`.
fn redirector(to: String) -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in l.incoming().take(20) {
            let Ok(mut stream) = stream else { continue };
            stream
                .set_read_timeout(Some(Duration::from_millis(500)))
                .ok();
            let mut buf = [0u8; 8192];
            let _ = stream.read(&mut buf);
            let resp = format!(
                "HTTP/1.1 307 Temporary Redirect\r\nlocation: {to}\r\ncontent-length: 0\r\n\r\n"
            );
            let _ = stream.write_all(resp.as_bytes());
        }
    });
    port
}

#[test]
fn hostile_base_urls_and_redirects_reach_no_other_host() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let rec = recorder();
    let f = Fixture::new("egress");
    let v = f.unlocked();
    let id = chat(&v);
    // Something to report on, so that the summary would be asked for.
    v.with_conn(|c| {
        mentora::vault::repo::journal::add(
            c,
            &mentora::vault::repo::journal::EntryInput {
                mood: 3,
                tags: vec![],
                title: String::new(),
                text: "an ordinary day".into(),
            },
            &mentora::vault::Stamp::now(),
        )
        .map(|_| ())
    })
    .unwrap();
    let comp = companion();
    let mock = MockGemini::start(0, KEY).unwrap();
    let other = format!("127.0.0.2:{}", rec.port);
    let hostile = [
        format!("http://localhost@{other}"),
        format!("http://127.0.0.1@{other}"),
        format!("http://localhost:pass@{other}"),
        format!("http://127.0.0.1:8787@{other}"),
        "http://localhost.evil.example".to_string(),
        "https://evil.example".to_string(),
    ];
    for url in &hostile {
        let mut c = cfg(&mock);
        c.gemini.base_url = url.clone();
        c.gemini.retry.max_attempts = 1;
        let o = comp.send(&v, &c, id, "Work was hard today.", None, &mut |_| {});
        assert!(!matches!(o, Ok(Outcome::Replied { .. })), "{url}: {o:?}");
        // The report's summary and the key test take the same gate.
        let mut opted = c.clone();
        opted.share_health = true;
        let end = chrono::Local::now().date_naive();
        let rep = mentora::reports::build(
            &v,
            mentora::reports::range::Range::last_week(end),
            None,
            Some(&opted),
            "en",
        )
        .unwrap();
        assert_eq!(rep.summary_source.as_str(), "local", "{url}");
        assert!(c.test_key().is_err(), "{url}");
        assert!(
            mentora::api::settings::key_test_with(Some(url), None).is_err(),
            "{url}"
        );
    }
    // A 307 from the allowed loopback server to the other host is not followed.
    let port = redirector(format!(
        "http://{other}/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
    ));
    let mut c = cfg(&mock);
    c.gemini.base_url = format!("http://127.0.0.1:{port}");
    c.gemini.retry.max_attempts = 1;
    let o = comp.send(&v, &c, id, "Work was hard today.", None, &mut |_| {});
    assert!(!matches!(o, Ok(Outcome::Replied { .. })), "{o:?}");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        rec.connections.load(Ordering::SeqCst),
        0,
        "the other host received: {}",
        rec.seen.lock().unwrap()
    );
    assert!(!rec.seen.lock().unwrap().contains(KEY));
    assert_eq!(
        mock.requests().len(),
        0,
        "nothing reached the allowed mock either"
    );
}

/// Without the developer switch, a loopback address is refused too: by the settings check of the
/// real CLI (no switch in its environment) and by the gate itself.
#[test]
fn loopback_needs_the_developer_switch() {
    let data = tempfile::tempdir().unwrap();
    let pw = "a fine password\n";
    let run = |args: &[&str], stdin: &str, switch: bool| {
        let mut cmd = crate::common::cli();
        if !switch {
            cmd.env_remove(mentora::chat::egress::DEV_LOOPBACK_ENV);
        }
        let mut child = cmd
            .args(args)
            .env("MENTORA_DATA_DIR", data.path())
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let o = run(&["profile", "create", "Lo"], &pw.repeat(2), false);
    assert!(o.status.success());
    let set = [
        "chat",
        "settings",
        "Lo",
        "--base-url",
        "http://127.0.0.1:8787",
    ];
    let o = run(&set, pw, false);
    let text = crate::common::output_text(&o);
    assert!(!o.status.success(), "{text}");
    assert!(
        text.contains("input.invalid") && text.contains("developer switch"),
        "{text}"
    );
    let o = run(&set, pw, true);
    assert!(o.status.success(), "{}", crate::common::output_text(&o));
    assert!(mentora::chat::egress::check_base_url_with("http://127.0.0.1:8787", false).is_err());
}
