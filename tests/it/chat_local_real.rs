//! The local-server companion against a real third-party server: llama-cpp-python 0.3.36's
//! OpenAI-compatible server (built from its PyPI sdist by scripts/setup.sh) serving the same
//! SmolLM2 GGUF on 127.0.0.1. A reply streams and a second turn is answered; the server killed
//! mid-reply leaves the partial text marked; with the server gone a message waits as `pending`.

use crate::common::chat::{chat, code, companion, messages, NET};
use crate::common::vault::Fixture;
use mentora::chat::config::{Backend, ChatConfig};
use mentora::chat::service::{ChatEvent, Outcome};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The server as a child process, killed when dropped.
struct Server {
    child: Child,
    url: String,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn kill(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

fn python() -> PathBuf {
    let p = std::env::var_os("MENTORA_LLM_SERVER_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".deps/llm-peer-venv/bin/python")
        });
    assert!(
        p.is_file(),
        "{} is missing: run scripts/setup.sh (it builds llama-cpp-python's server)",
        p.display()
    );
    p
}

fn get(port: u16, path: &str) -> Option<String> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    Some(out)
}

fn start() -> Server {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let gguf = crate::common::models_dir().join("llm/SmolLM2-135M-Instruct.Q4_1.gguf");
    assert!(
        gguf.is_file(),
        "run scripts/setup.sh: the default GGUF is missing"
    );
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("server.log");
    let child = Command::new(python())
        .args(["-m", "llama_cpp.server", "--host", "127.0.0.1"])
        .args([
            "--port",
            &port.to_string(),
            "--n_threads",
            "2",
            "--n_ctx",
            "2048",
        ])
        .arg("--model")
        .arg(&gguf)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(std::fs::File::create(dir.path().join("server.err")).unwrap())
        .spawn()
        .unwrap();
    let mut server = Server {
        child,
        url: format!("http://127.0.0.1:{port}/v1"),
        log,
        _dir: dir,
    };
    let t = Instant::now();
    loop {
        if get(port, "/v1/models").is_some_and(|r| r.starts_with("HTTP/1.1 200")) {
            return server;
        }
        if let Ok(Some(status)) = server.child.try_wait() {
            panic!("the server exited ({status}): {}", server.log());
        }
        assert!(
            t.elapsed() < Duration::from_secs(120),
            "the server did not start in 120 s: {}",
            server.log()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn cfg(url: &str) -> ChatConfig {
    let mut c = ChatConfig {
        backend: Backend::LocalServer,
        country: "GB".into(),
        ..Default::default()
    };
    c.local.base_url = url.to_string();
    c.local.model = "SmolLM2-135M-Instruct".into();
    c.local.read = Duration::from_secs(60);
    c
}

#[test]
fn a_real_llama_cpp_server_streams_replies_turn_after_turn() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let server = start();
    let f = Fixture::new("real-local");
    let v = f.unlocked();
    let id = chat(&v);
    let comp = companion();
    let c = cfg(&server.url);
    for text in [
        "Hi! Today was long but I went for a walk.",
        "What could help me sleep better tonight?",
    ] {
        let mut pieces = Vec::new();
        let out = comp
            .send(&v, &c, id, text, None, &mut |e| {
                if let ChatEvent::Chunk { delta, .. } = e {
                    pieces.push(delta)
                }
            })
            .unwrap();
        let Outcome::Replied {
            reply,
            finish_reason,
            ..
        } = out
        else {
            panic!("{text}: expected a reply, got {out:?}\n{}", server.log())
        };
        assert!(finish_reason == "STOP" || finish_reason == "MAX_TOKENS");
        assert!(!reply.text.trim().is_empty());
        assert!(pieces.len() > 1, "streamed in pieces: {pieces:?}");
        assert_eq!(pieces.concat().trim(), reply.text.trim());
    }
    let all = messages(&v, id);
    assert_eq!(all.len(), 4);
    assert!(all.iter().all(|m| m.status == "sent"));
}

#[test]
fn the_real_server_killed_mid_reply_leaves_a_marked_partial_and_then_nothing_answers() {
    let _net = NET.lock().unwrap_or_else(|p| p.into_inner());
    let mut server = start();
    let f = Fixture::new("real-local-kill");
    let v = f.unlocked();
    let id = chat(&v);
    let comp = companion();
    let c = cfg(&server.url);
    let mut first = true;
    let out = comp
        .send(
            &v,
            &c,
            id,
            "Please tell me a long, calm story about a walk by the sea.",
            None,
            &mut |e| {
                if let (ChatEvent::Chunk { .. }, true) = (&e, first) {
                    first = false;
                    server.kill();
                }
            },
        )
        .unwrap();
    assert_eq!(code(&out), "chat.stream_broken", "{out:?}");
    let Outcome::Failed {
        user,
        reply: Some(partial),
        ..
    } = out
    else {
        panic!("expected a partial reply, got {out:?}")
    };
    assert_eq!(partial.status, "partial");
    assert!(!partial.text.is_empty());
    // Nothing listens now: the next message is kept for later.
    let out = comp
        .send(&v, &c, id, "Are you still there?", None, &mut |_| {})
        .unwrap();
    assert_eq!(code(&out), "chat.offline", "{out:?}");
    let Outcome::NotSent { user: later, .. } = out else {
        unreachable!()
    };
    assert_eq!(later.status, "pending");
    assert_eq!(user.status, "sent");
    assert_eq!(messages(&v, id).len(), 3, "nothing lost");
}
