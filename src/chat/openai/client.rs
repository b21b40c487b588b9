//! The local server client on blocking `reqwest` (built by the egress gate: loopback only, no proxy,
//! no redirect, no key): one streamed call, no retry (nothing to wait for on this machine), the
//! server's answers mapped to Mentora's codes.

use super::protocol::{ApiError, ChatRequest, Chunk};
use crate::chat::gemini::client::Finished;
use crate::chat::gemini::protocol::Request;
use crate::chat::gemini::sse::{LimitExceeded, SseReader};
use crate::error::{Code, Error, Result};
use std::io::{BufReader, Read};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Every request any local server client of this process has started (tests assert on it).
pub static REQUESTS_STARTED: AtomicUsize = AtomicUsize::new(0);

/// Default address: llama.cpp's server (Ollama's is `http://127.0.0.1:11434/v1`).
pub const DEFAULT_URL: &str = "http://127.0.0.1:8080/v1";
/// Default model name (llama.cpp's server answers with the model it loaded, whatever the name).
pub const DEFAULT_MODEL: &str = "default";

/// Where and how to call.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The server's OpenAI base URL (`…/v1`; added when missing).
    pub base_url: String,
    /// The model name the server knows.
    pub model: String,
    /// Connect timeout.
    pub connect: Duration,
    /// The longest silence while waiting or reading (a large model on a CPU warms up slowly).
    pub read: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            base_url: DEFAULT_URL.into(),
            model: DEFAULT_MODEL.into(),
            connect: Duration::from_secs(3),
            read: Duration::from_secs(120),
        }
    }
}

/// A client for the person's local server.
pub struct LocalServer {
    http: reqwest::blocking::Client,
    settings: Settings,
}

fn err(code: Code, msg: impl Into<String>) -> Error {
    Error::new(code, msg)
}

/// The most of an HTTP error body that is read.
const MAX_ERROR_BODY: u64 = 64 * 1024;

fn short(message: &str) -> String {
    const MAX: usize = 300;
    let m = message.trim();
    if m.chars().count() > MAX {
        m.chars().take(MAX).collect::<String>() + "…"
    } else {
        m.to_string()
    }
}

/// The finish reason as the companion knows it (Gemini's words).
fn finish(reason: &str) -> String {
    match reason {
        "stop" | "eos" => "STOP".into(),
        "length" => "MAX_TOKENS".into(),
        other => other.to_ascii_uppercase(),
    }
}

impl LocalServer {
    /// A client for `settings.base_url` (checked by the egress gate).
    pub fn new(settings: Settings) -> Result<LocalServer> {
        let http = crate::chat::egress::local_server_client(
            &settings.base_url,
            settings.connect,
            settings.read,
        )?;
        Ok(LocalServer { http, settings })
    }

    /// The settings in use.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// `…/v1/chat/completions`.
    pub fn url(&self) -> String {
        let base = self.settings.base_url.trim().trim_end_matches('/');
        if base.ends_with("/v1") {
            format!("{base}/chat/completions")
        } else {
            format!("{base}/v1/chat/completions")
        }
    }

    fn http_error(&self, resp: reqwest::blocking::Response) -> Error {
        let http = resp.status().as_u16();
        let mut body = Vec::new();
        let _ = resp.take(MAX_ERROR_BODY).read_to_end(&mut body);
        let detail = serde_json::from_slice::<Chunk>(&body)
            .ok()
            .and_then(|c| c.error)
            .map(|e| short(e.message()))
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| short(&String::from_utf8_lossy(&body)));
        let detail = if detail.is_empty() {
            format!("HTTP {http}")
        } else {
            detail
        };
        let (m, url) = (&self.settings.model, self.url());
        match http {
            404 => err(
                Code::ChatModelUnavailable,
                format!("the local server has no model {m} or no {url} ({detail}); check the model name and the address (it usually ends in /v1)"),
            ),
            401 | 403 => err(
                Code::ChatPermission,
                format!("the local server refused the request ({detail}); Mentora sends it no key"),
            ),
            429 => err(
                Code::ChatRateLimited,
                format!("the local server is busy ({detail}); your message is kept"),
            ),
            500..=599 => err(
                Code::ChatServer,
                format!("the local server failed (HTTP {http}: {detail}); your message is kept"),
            ),
            _ => err(
                Code::ChatBadRequest,
                format!("the local server refused the request (HTTP {http}: {detail})"),
            ),
        }
    }

    fn transport(&self, e: reqwest::Error) -> Error {
        let base = &self.settings.base_url;
        if e.is_timeout() {
            err(
                Code::ChatTimeout,
                format!(
                    "the local server at {base} did not answer within {} s",
                    self.settings.read.as_secs()
                ),
            )
        } else if e.is_connect() {
            err(
                Code::ChatOffline,
                format!("nothing answers at {base}: is the local server (Ollama, llama.cpp's server, LM Studio, Jan) running? Your message is kept"),
            )
        } else {
            err(
                Code::ChatOffline,
                format!("the connection to the local server failed: {e}"),
            )
        }
    }

    /// Streams the answer to `req` (the request Gemini would get, as chat messages): `on_text` gets
    /// each piece as it arrives and may refuse one (Stop), which ends the call with its error.
    pub fn stream(
        &self,
        req: &Request,
        on_text: &mut dyn FnMut(&str) -> Result<()>,
    ) -> Result<Finished> {
        let body = ChatRequest::from_gemini(&self.settings.model, req);
        REQUESTS_STARTED.fetch_add(1, Ordering::SeqCst);
        let resp = self
            .http
            .post(self.url())
            .header("accept", "text/event-stream")
            .json(&body)
            .send()
            .map_err(|e| self.transport(e))?;
        if !resp.status().is_success() {
            return Err(self.http_error(resp));
        }
        let mut events = SseReader::new(BufReader::with_capacity(16 * 1024, resp));
        let mut out = Finished {
            attempts: 1,
            ..Default::default()
        };
        let mut done = false;
        loop {
            let so_far = out.text.chars().count();
            let data = match events.next_event() {
                Ok(Some(d)) => d,
                Ok(None) => break,
                Err(e) if LimitExceeded::of(&e).is_some() => {
                    return Err(err(
                        Code::ChatBadStream,
                        format!(
                            "the local server's stream was refused after {so_far} characters: {e}"
                        ),
                    ));
                }
                Err(e) => {
                    let code = if so_far == 0 {
                        Code::ChatTimeout
                    } else {
                        Code::ChatStreamBroken
                    };
                    return Err(err(
                        code,
                        format!("the reply stopped arriving after {so_far} characters: {e}"),
                    ));
                }
            };
            if data.trim() == "[DONE]" {
                done = true;
                break;
            }
            let chunk: Chunk = serde_json::from_str(&data).map_err(|e| {
                err(
                    Code::ChatBadStream,
                    format!(
                        "the local server sent a malformed event after {so_far} characters: {e}"
                    ),
                )
            })?;
            if let Some(e) = &chunk.error {
                return Err(stream_error(e, so_far));
            }
            let piece = chunk.text();
            if !piece.is_empty() {
                out.chunks += 1;
                out.text.push_str(piece);
                on_text(piece)?;
            }
            if let Some(f) = chunk.finish_reason() {
                out.finish_reason = Some(finish(f));
            }
        }
        if out.finish_reason.is_none() && done {
            // Some servers end with [DONE] and no finish reason: the reply is whole.
            out.finish_reason = Some("STOP".into());
        }
        if out.finish_reason.is_none() {
            let n = out.text.chars().count();
            let code = if n == 0 {
                Code::ChatBadStream
            } else {
                Code::ChatStreamBroken
            };
            return Err(err(
                code,
                format!("the reply broke off after {n} characters"),
            ));
        }
        Ok(out)
    }
}

fn stream_error(e: &ApiError, so_far: usize) -> Error {
    let m = short(e.message());
    if so_far > 0 {
        err(
            Code::ChatStreamBroken,
            format!(
                "the local server reported an error after {so_far} characters of the reply: {m}"
            ),
        )
    } else {
        err(
            Code::ChatServer,
            format!("the local server reported an error before the reply began: {m}"),
        )
    }
}
