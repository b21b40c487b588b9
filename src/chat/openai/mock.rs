//! A mock OpenAI-compatible server on loopback that speaks what Ollama and llama.cpp's server send
//! (`chat.completion.chunk` events, `data: [DONE]`, `{"error":{…}}` bodies, 404 for an unknown
//! model) with scriptable faults; for tests and `mentora dev mock-local`.

use crate::chat::gemini::mock::Received;
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the next chat call gets.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Script {
    /// A reply in these pieces, then the finish reason and `[DONE]`.
    Reply {
        /// Text pieces.
        chunks: Vec<String>,
        /// `stop` or `length`.
        finish: String,
        /// Pause before each piece.
        #[serde(default)]
        delay_ms: u64,
    },
    /// An HTTP error with an OpenAI-style error body.
    Error {
        /// HTTP status.
        http: u16,
        /// Message.
        message: String,
    },
    /// Sends `sent` pieces, then drops the connection.
    Cut {
        /// Text pieces.
        chunks: Vec<String>,
        /// How many are sent.
        sent: usize,
    },
    /// Sends `sent` pieces, then an error event (as llama.cpp's server does when decoding fails).
    ErrorMidStream {
        /// Text pieces.
        chunks: Vec<String>,
        /// How many are sent before the error.
        sent: usize,
        /// Message.
        message: String,
    },
    /// An event whose data is not JSON.
    Malformed,
}

struct State {
    models: Vec<String>,
    script: Mutex<VecDeque<Script>>,
    requests: Mutex<Vec<Received>>,
    connections: AtomicUsize,
    stopping: AtomicBool,
}

/// A running mock; stops when dropped.
pub struct MockLocal {
    base: String,
    state: Arc<State>,
}

impl MockLocal {
    /// Starts on `127.0.0.1:port` (0 = any free port), serving these model names.
    pub fn start(port: u16, models: &[&str]) -> std::io::Result<MockLocal> {
        let listener = TcpListener::bind(("127.0.0.1", port))?;
        let base = format!("http://{}/v1", listener.local_addr()?);
        let state = Arc::new(State {
            models: models.iter().map(|m| m.to_string()).collect(),
            script: Mutex::new(VecDeque::new()),
            requests: Mutex::new(Vec::new()),
            connections: AtomicUsize::new(0),
            stopping: AtomicBool::new(false),
        });
        let st = state.clone();
        std::thread::Builder::new()
            .name("mock-local".into())
            .spawn(move || {
                for conn in listener.incoming() {
                    if st.stopping.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(conn) = conn else { continue };
                    st.connections.fetch_add(1, Ordering::SeqCst);
                    let st2 = st.clone();
                    std::thread::spawn(move || {
                        let _ = handle(&st2, conn);
                    });
                }
            })?;
        Ok(MockLocal { base, state })
    }

    /// `http://127.0.0.1:PORT/v1`.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// Queues what the next chat calls get (default: a short reply in 3 pieces).
    pub fn push(&self, s: Script) {
        self.state
            .script
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push_back(s);
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<Received> {
        self.state
            .requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// TCP connections accepted so far.
    pub fn connections(&self) -> usize {
        self.state.connections.load(Ordering::SeqCst)
    }
}

impl Drop for MockLocal {
    fn drop(&mut self) {
        self.state.stopping.store(true, Ordering::SeqCst);
        let addr = self
            .base
            .trim_start_matches("http://")
            .trim_end_matches("/v1");
        let _ = TcpStream::connect(addr);
    }
}

fn respond(s: &mut TcpStream, code: u16, body: &str) -> std::io::Result<()> {
    write!(
        s,
        "HTTP/1.1 {code} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    s.flush()
}

fn error_body(message: &str, kind: &str) -> String {
    json!({"error": {"message": message, "type": kind, "param": null, "code": null}}).to_string()
}

fn chunk(text: Option<&str>, finish: Option<&str>) -> String {
    let delta = match text {
        Some(t) => json!({"role": "assistant", "content": t}),
        None => json!({}),
    };
    json!({
        "id": "chatcmpl-mock", "object": "chat.completion.chunk", "created": 0, "model": "mock",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]
    })
    .to_string()
}

fn event(s: &mut TcpStream, data: &str) -> std::io::Result<()> {
    s.write_all(format!("data: {data}\n\n").as_bytes())?;
    s.flush()
}

fn read_request(conn: &TcpStream) -> std::io::Result<Received> {
    let mut r = BufReader::new(conn.try_clone()?);
    let mut line = String::new();
    r.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("").to_string();
    let mut headers = Vec::new();
    let mut len = 0usize;
    loop {
        let mut h = String::new();
        if r.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim().to_string());
            if k == "content-length" {
                len = v.parse().unwrap_or(0).min(16 << 20);
            }
            headers.push((k, v));
        }
    }
    let mut body = vec![0u8; len];
    r.read_exact(&mut body)?;
    let raw = String::from_utf8_lossy(&body).into_owned();
    Ok(Received {
        method,
        target,
        headers,
        body: serde_json::from_str(&raw).unwrap_or(serde_json::Value::Null),
        raw,
    })
}

fn handle(st: &State, mut conn: TcpStream) -> std::io::Result<()> {
    let rec = read_request(&conn)?;
    let (method, path) = (rec.method.clone(), rec.target.clone());
    let model = rec.body["model"].as_str().unwrap_or("").to_string();
    st.requests
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(rec);
    if method == "GET" && path == "/v1/models" {
        let data: Vec<_> = st
            .models
            .iter()
            .map(|m| json!({"id": m, "object": "model", "owned_by": "mock"}))
            .collect();
        return respond(
            &mut conn,
            200,
            &json!({"object": "list", "data": data}).to_string(),
        );
    }
    if method != "POST" || path != "/v1/chat/completions" {
        return respond(
            &mut conn,
            404,
            &error_body("404 page not found", "not_found_error"),
        );
    }
    if !st.models.contains(&model) {
        let m = format!("model \"{model}\" not found, try pulling it first");
        return respond(&mut conn, 404, &error_body(&m, "api_error"));
    }
    let script = st
        .script
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .pop_front()
        .unwrap_or_else(|| Script::Reply {
            chunks: vec![
                "I hear you. ".into(),
                "That sounds heavy. ".into(),
                "I'm here to listen.".into(),
            ],
            finish: "stop".into(),
            delay_ms: 0,
        });
    if let Script::Error { http, message } = &script {
        return respond(&mut conn, *http, &error_body(message, "server_error"));
    }
    conn.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n")?;
    match script {
        Script::Reply {
            chunks,
            finish,
            delay_ms,
        } => {
            for c in &chunks {
                std::thread::sleep(Duration::from_millis(delay_ms));
                event(&mut conn, &chunk(Some(c), None))?;
            }
            event(&mut conn, &chunk(None, Some(&finish)))?;
            event(&mut conn, "[DONE]")
        }
        Script::Cut { chunks, sent } => {
            for c in chunks.iter().take(sent) {
                event(&mut conn, &chunk(Some(c), None))?;
            }
            Ok(())
        }
        Script::ErrorMidStream {
            chunks,
            sent,
            message,
        } => {
            for c in chunks.iter().take(sent) {
                event(&mut conn, &chunk(Some(c), None))?;
            }
            event(&mut conn, &error_body(&message, "server_error"))
        }
        Script::Malformed => {
            event(&mut conn, &chunk(Some("Hello"), None))?;
            event(&mut conn, "{\"choices\": [ this is not json")
        }
        Script::Error { .. } => Ok(()),
    }
}
