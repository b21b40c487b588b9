//! A mock Gemini server on loopback that speaks the real protocol (JSON, SSE events each a full
//! response object, `{"error":{…}}` bodies) with scriptable faults; for tests and
//! `mentora dev mock-gemini`.

use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What the next model call gets.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Script {
    /// A reply in these pieces (streamed as one SSE event each), then `finish`.
    Reply {
        /// Text pieces.
        chunks: Vec<String>,
        /// Finish reason on the last event.
        #[serde(default = "stop")]
        finish: String,
        /// Pause before each piece.
        #[serde(default)]
        delay_ms: u64,
    },
    /// An HTTP error with the API's error body.
    Error {
        /// HTTP status.
        http: u16,
        /// `RESOURCE_EXHAUSTED`…
        status: String,
        /// Message.
        message: String,
        /// `details` entries.
        #[serde(default)]
        details: Vec<serde_json::Value>,
    },
    /// Sends `sent` pieces of `chunks`, then drops the connection (or, with `hang`, keeps it open and
    /// silent until the server stops).
    Cut {
        /// Text pieces.
        chunks: Vec<String>,
        /// How many are sent.
        sent: usize,
        /// Keep the connection open instead of closing it.
        #[serde(default)]
        hang: bool,
    },
    /// An event whose data is not JSON.
    Malformed,
    /// HTTP 200 with `promptFeedback.blockReason` and no candidates.
    Blocked {
        /// The block reason.
        reason: String,
    },
    /// Accepts the request and never answers.
    Hang,
    /// Sends `sent` pieces of `chunks`, then an SSE event whose data is the API's `{"error":{…}}`
    /// object (what Google sends when a streamed call fails after it started, e.g. 499 CANCELLED or
    /// 503 UNAVAILABLE), then closes. With `finish`, one more piece carrying that finishReason
    /// follows the error event.
    ErrorMidStream {
        /// Text pieces.
        chunks: Vec<String>,
        /// How many are sent before the error.
        sent: usize,
        /// `error.code`.
        code: u16,
        /// `error.status` (`CANCELLED`…).
        status: String,
        /// `error.message`.
        message: String,
        /// A finishReason sent after the error (the stream then looks complete).
        #[serde(default)]
        finish: Option<String>,
    },
    /// HTTP 200 `text/event-stream` with this body written as is, then the connection closes
    /// (protocol edge cases: oversized lines and events, floods).
    Raw {
        /// The SSE body.
        body: String,
    },
}

fn stop() -> String {
    "STOP".into()
}

/// One request as received.
#[derive(Debug, Clone, Serialize)]
pub struct Received {
    /// `POST`.
    pub method: String,
    /// Path and query.
    pub target: String,
    /// Headers, names lower-cased.
    pub headers: Vec<(String, String)>,
    /// The body, parsed (Null when it was not JSON).
    pub body: serde_json::Value,
    /// Raw body text.
    pub raw: String,
}

impl Received {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// When each SSE event was written (for the chunk-to-event benchmark).
pub type SentAt = Arc<Mutex<Vec<Instant>>>;

struct State {
    key: String,
    script: Mutex<VecDeque<Script>>,
    requests: Mutex<Vec<Received>>,
    connections: AtomicUsize,
    stopping: AtomicBool,
    sent_at: SentAt,
}

/// A running mock; stops when dropped.
pub struct MockGemini {
    base: String,
    state: Arc<State>,
}

impl MockGemini {
    /// Starts on `127.0.0.1:port` (0 = any free port); requests must carry `key`.
    pub fn start(port: u16, key: &str) -> std::io::Result<MockGemini> {
        let listener = TcpListener::bind(("127.0.0.1", port))?;
        let base = format!("http://{}", listener.local_addr()?);
        let state = Arc::new(State {
            key: key.to_string(),
            script: Mutex::new(VecDeque::new()),
            requests: Mutex::new(Vec::new()),
            connections: AtomicUsize::new(0),
            stopping: AtomicBool::new(false),
            sent_at: Arc::new(Mutex::new(Vec::new())),
        });
        let st = state.clone();
        std::thread::Builder::new()
            .name("mock-gemini".into())
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
        Ok(MockGemini { base, state })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// Queues what the next model calls get (default: a short supportive reply in 4 pieces).
    pub fn push(&self, s: Script) {
        self.state.script.lock().unwrap().push_back(s);
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<Received> {
        self.state.requests.lock().unwrap().clone()
    }

    /// TCP connections accepted so far.
    pub fn connections(&self) -> usize {
        self.state.connections.load(Ordering::SeqCst)
    }

    /// When each SSE event was flushed to the socket.
    pub fn sent_at(&self) -> SentAt {
        self.state.sent_at.clone()
    }
}

impl Drop for MockGemini {
    fn drop(&mut self) {
        self.state.stopping.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.base.trim_start_matches("http://"));
    }
}

fn respond(
    s: &mut TcpStream,
    code: u16,
    reason: &str,
    ctype: &str,
    body: &str,
) -> std::io::Result<()> {
    write!(
        s,
        "HTTP/1.1 {code} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    s.flush()
}

fn error_body(code: u16, status: &str, message: &str, details: &[serde_json::Value]) -> String {
    json!({"error": {"code": code, "message": message, "status": status, "details": details}})
        .to_string()
}

fn piece(text: &str, finish: Option<&str>, total: usize) -> serde_json::Value {
    let mut cand = json!({"content": {"role": "model", "parts": [{"text": text}]}, "index": 0});
    if let Some(f) = finish {
        cand["finishReason"] = json!(f);
    }
    json!({
        "candidates": [cand],
        "usageMetadata": {"promptTokenCount": 42, "candidatesTokenCount": total, "totalTokenCount": 42 + total},
        "modelVersion": "mock-gemini", "responseId": "mock"
    })
}

fn handle(st: &State, mut conn: TcpStream) -> std::io::Result<()> {
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
                len = v.parse().unwrap_or(0);
            }
            headers.push((k, v));
        }
    }
    let mut body = vec![0u8; len];
    r.read_exact(&mut body)?;
    let raw = String::from_utf8_lossy(&body).into_owned();
    let rec = Received {
        method: method.clone(),
        target: target.clone(),
        headers,
        body: serde_json::from_str(&raw).unwrap_or(serde_json::Value::Null),
        raw,
    };
    if method == "GET" && target == "/mock/requests" {
        // For tests that run the mock as a separate process: how many model calls it received.
        let n = st.requests.lock().unwrap().len();
        return respond(
            &mut conn,
            200,
            "OK",
            "application/json",
            &json!({ "count": n }).to_string(),
        );
    }
    let key_ok = rec.header("x-goog-api-key") == Some(st.key.as_str());
    st.requests.lock().unwrap().push(rec);

    let path = target.split('?').next().unwrap_or("");
    let Some(call) = path.strip_prefix("/v1beta/models/") else {
        return respond(
            &mut conn,
            404,
            "Not Found",
            "application/json",
            &error_body(404, "NOT_FOUND", "Not found", &[]),
        );
    };
    let (model, action) = call.split_once(':').unwrap_or((call, ""));
    if method != "POST" || !matches!(action, "generateContent" | "streamGenerateContent") {
        return respond(
            &mut conn,
            404,
            "Not Found",
            "application/json",
            &error_body(404, "NOT_FOUND", "Unknown method", &[]),
        );
    }
    if !key_ok {
        let d = [
            json!({"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com"}),
        ];
        return respond(
            &mut conn,
            400,
            "Bad Request",
            "application/json",
            &error_body(
                400,
                "INVALID_ARGUMENT",
                "API key not valid. Please pass a valid API key.",
                &d,
            ),
        );
    }
    if model.starts_with("gemini-1.5") {
        let m = format!("models/{model} is not found for API version v1beta, or is not supported for generateContent.");
        return respond(
            &mut conn,
            404,
            "Not Found",
            "application/json",
            &error_body(404, "NOT_FOUND", &m, &[]),
        );
    }
    let stream = action == "streamGenerateContent";
    let sse = target.contains("alt=sse");
    let script = st
        .script
        .lock()
        .unwrap()
        .pop_front()
        .unwrap_or_else(|| Script::Reply {
            chunks: vec![
                "Thank you for telling me. ".into(),
                "That sounds like a lot to carry. ".into(),
                "I'm an AI, not a therapist, ".into(),
                "but I'm here to listen.".into(),
            ],
            finish: stop(),
            delay_ms: 0,
        });
    match script {
        Script::Error {
            http,
            status,
            message,
            details,
        } => respond(
            &mut conn,
            http,
            &status,
            "application/json",
            &error_body(http, &status, &message, &details),
        ),
        Script::Hang => {
            while !st.stopping.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(50));
            }
            Ok(())
        }
        Script::Blocked { reason } => {
            let b = json!({"promptFeedback": {"blockReason": reason}, "usageMetadata": {"promptTokenCount": 42, "totalTokenCount": 42}});
            if stream && sse {
                sse_head(&mut conn)?;
                event(st, &mut conn, &b.to_string())
            } else {
                respond(&mut conn, 200, "OK", "application/json", &b.to_string())
            }
        }
        Script::Malformed => {
            sse_head(&mut conn)?;
            event(st, &mut conn, &piece("Hello", None, 1).to_string())?;
            event(st, &mut conn, "{\"candidates\": [ this is not json")
        }
        Script::Reply {
            chunks,
            finish,
            delay_ms,
        } => {
            if !(stream && sse) {
                let text: String = chunks.concat();
                return respond(
                    &mut conn,
                    200,
                    "OK",
                    "application/json",
                    &piece(&text, Some(&finish), chunks.len()).to_string(),
                );
            }
            sse_head(&mut conn)?;
            let n = chunks.len();
            for (i, c) in chunks.iter().enumerate() {
                if delay_ms > 0 {
                    std::thread::sleep(Duration::from_millis(delay_ms));
                }
                let f = (i + 1 == n).then_some(finish.as_str());
                event(st, &mut conn, &piece(c, f, i + 1).to_string())?;
            }
            Ok(())
        }
        Script::ErrorMidStream {
            chunks,
            sent,
            code,
            status,
            message,
            finish,
        } => {
            sse_head(&mut conn)?;
            for (i, c) in chunks.iter().take(sent).enumerate() {
                event(st, &mut conn, &piece(c, None, i + 1).to_string())?;
            }
            event(st, &mut conn, &error_body(code, &status, &message, &[]))?;
            if let Some(f) = finish {
                event(st, &mut conn, &piece("", Some(&f), sent).to_string())?;
            }
            Ok(())
        }
        Script::Raw { body } => {
            sse_head(&mut conn)?;
            conn.write_all(body.as_bytes())?;
            conn.flush()
        }
        Script::Cut { chunks, sent, hang } => {
            sse_head(&mut conn)?;
            for (i, c) in chunks.iter().take(sent).enumerate() {
                event(st, &mut conn, &piece(c, None, i + 1).to_string())?;
            }
            if hang {
                while !st.stopping.load(Ordering::SeqCst) {
                    std::thread::sleep(Duration::from_millis(50));
                }
            }
            Ok(())
        }
    }
}

fn sse_head(s: &mut TcpStream) -> std::io::Result<()> {
    // No Content-Length: the body ends when the connection closes, as Google's streaming responses do.
    s.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n")?;
    s.flush()
}

fn event(st: &State, s: &mut TcpStream, data: &str) -> std::io::Result<()> {
    s.write_all(format!("data: {data}\r\n\r\n").as_bytes())?;
    s.flush()?;
    st.sent_at.lock().unwrap().push(Instant::now());
    Ok(())
}
