//! The Gemini client on blocking `reqwest`: streamed and one-shot calls, the API's errors mapped to
//! Mentora's codes, bounded retries (429 after `RetryInfo.retryDelay`, 5xx with backoff and jitter).

use super::protocol::{ApiError, ApiErrorBody, Request, Response, Usage};
use super::sse::{LimitExceeded, SseReader, MAX_STREAM_BYTES};
use crate::error::{Code, Error, Result};
use std::io::{BufReader, Read};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use zeroize::Zeroizing;

/// Every HTTP request any Gemini client of this process has started (tests assert on it).
pub static REQUESTS_STARTED: AtomicUsize = AtomicUsize::new(0);

/// Default base URL.
pub const DEFAULT_BASE_URL: &str = "https://generativelanguage.googleapis.com";
/// Default model.
pub const DEFAULT_MODEL: &str = "gemini-2.5-flash";

/// How failures are retried.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Tries in all (the first included).
    pub max_attempts: u32,
    /// The longest wait Mentora accepts; a longer `retryDelay` fails at once with the delay named.
    pub max_delay: Duration,
    /// First backoff for 5xx and timeouts (doubled each time, plus up to as much jitter).
    pub base: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            max_delay: Duration::from_secs(30),
            base: Duration::from_millis(700),
        }
    }
}

/// Where and how to call.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `https://generativelanguage.googleapis.com` or a mock's loopback URL.
    pub base_url: String,
    /// `gemini-2.5-flash`…
    pub model: String,
    /// Connect timeout, and the longest silence while reading.
    pub timeout: Duration,
    /// Retries.
    pub retry: RetryPolicy,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            base_url: DEFAULT_BASE_URL.into(),
            model: DEFAULT_MODEL.into(),
            timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
        }
    }
}

/// How a call ended.
#[derive(Debug, Clone, Default)]
pub struct Finished {
    /// The whole reply text.
    pub text: String,
    /// STOP, MAX_TOKENS, SAFETY, RECITATION… (None if the stream ended without one).
    pub finish_reason: Option<String>,
    /// Token counts (the last event's).
    pub usage: Option<Usage>,
    /// Tries it took.
    pub attempts: u32,
    /// SSE events with text.
    pub chunks: usize,
}

/// A Gemini client holding the person's API key (zeroed when dropped; never logged).
pub struct Gemini {
    http: reqwest::blocking::Client,
    settings: Settings,
    key: Zeroizing<String>,
}

fn err(code: Code, msg: impl Into<String>) -> Error {
    Error::new(code, msg)
}

/// The most of an HTTP error body that is read (real ones are about 1 KB).
const MAX_ERROR_BODY: u64 = 64 * 1024;

/// Why a try failed, and whether another try may help (and after how long).
pub(crate) enum Failure {
    Retry(Error, Option<Duration>),
    Fatal(Error),
}

/// A wait as the person reads it: whole seconds (rounded up), or "more than a day".
fn wait_text(w: Duration) -> String {
    if w > Duration::from_secs(86_400) {
        "more than a day".to_string()
    } else {
        format!("{} s", w.as_secs() + u64::from(w.subsec_nanos() > 0))
    }
}

/// The server's message, cut to a readable length.
fn short(message: &str) -> String {
    const MAX: usize = 500;
    if message.chars().count() > MAX {
        message.chars().take(MAX).collect::<String>() + "…"
    } else {
        message.to_string()
    }
}

/// An HTTP error answer (`http`, its body as read) as the client treats it.
pub(crate) fn api_failure(settings: &Settings, http: u16, body: &[u8]) -> Failure {
    let body: ApiErrorBody = serde_json::from_slice(body).unwrap_or_default();
    let e = body.error;
    let detail = if e.message.is_empty() {
        format!("HTTP {http}")
    } else {
        short(&e.message)
    };
    match http {
        400 if e.reason() == Some("API_KEY_INVALID") => Failure::Fatal(err(
            Code::ChatKeyInvalid,
            format!("Gemini refused the API key: {detail}"),
        )),
        400 => Failure::Fatal(err(
            Code::ChatBadRequest,
            format!("Gemini refused the request ({}): {detail}", e.status),
        )),
        401 | 403 => Failure::Fatal(err(
            Code::ChatPermission,
            format!("the API key may not use Gemini ({}): {detail}", e.status),
        )),
        404 => Failure::Fatal(err(
            Code::ChatModelUnavailable,
            format!(
                "model {} is unavailable (retired or unknown); choose another model in settings",
                settings.model
            ),
        )),
        429 => {
            // A negative or malformed retryDelay is None: the usual backoff applies.
            let wait = e.retry_delay();
            match wait {
                Some(w) if w > settings.retry.max_delay => Failure::Fatal(err(
                    Code::ChatRateLimited,
                    format!("Gemini's quota is used up; it asks to wait {}. Your message is kept and can be sent later", wait_text(w)),
                )),
                _ => Failure::Retry(err(Code::ChatRateLimited, format!("Gemini's rate limit was reached: {detail}")), wait),
            }
        }
        500..=599 => Failure::Retry(
            err(
                Code::ChatServer,
                format!("Gemini had a server error ({http} {}): {detail}", e.status),
            ),
            None,
        ),
        _ => Failure::Fatal(err(
            Code::ChatBadRequest,
            format!("Gemini answered HTTP {http}: {detail}"),
        )),
    }
}

/// The API's error object inside a 200 answer (an SSE event `data: {"error":{…}}`, sent when a
/// streamed call fails after it started). After some text it breaks the reply like a cut stream
/// (`chat.stream_broken`: the text so far kept as `partial`); before any text it is classified as
/// the same HTTP error would be (no retry: the call had already been accepted).
pub(crate) fn stream_error(e: &ApiError, chars_so_far: usize) -> Error {
    let what = format!("({} {}): {}", e.code, e.status, short(&e.message));
    if chars_so_far > 0 {
        return err(
            Code::ChatStreamBroken,
            format!("Gemini reported an error after {chars_so_far} characters of the reply {what}"),
        );
    }
    let code = match e.code {
        429 => Code::ChatRateLimited,
        499..=599 => Code::ChatServer,
        401 | 403 => Code::ChatPermission,
        400 => Code::ChatBadRequest,
        _ => Code::ChatBadStream,
    };
    err(
        code,
        format!("Gemini reported an error before the reply began {what}"),
    )
}

/// Applies one SSE event's data to the reply so far; returns the event's new text (maybe empty).
/// An error object, a refused prompt or a malformed event is an error.
pub(crate) fn apply_event(out: &mut Finished, data: &str) -> Result<String> {
    let r: Response = serde_json::from_str(data).map_err(|e| {
        err(
            Code::ChatBadStream,
            format!(
                "Gemini sent a malformed event after {} characters: {e}",
                out.text.chars().count()
            ),
        )
    })?;
    if let Some(e) = &r.error {
        return Err(stream_error(e, out.text.chars().count()));
    }
    if let Some(b) = r.block_reason() {
        return Err(err(
            Code::ChatBlocked,
            format!("Gemini declined this message (blockReason {b})"),
        ));
    }
    let piece = r.text();
    if !piece.is_empty() {
        out.chunks += 1;
        out.text.push_str(&piece);
    }
    if r.usage_metadata.is_some() {
        out.usage = r.usage_metadata;
    }
    if let Some(f) = r.finish_reason() {
        out.finish_reason = Some(f.to_string());
    }
    Ok(piece)
}

impl Gemini {
    /// A client; the key must not be empty.
    pub fn new(settings: Settings, key: &str) -> Result<Gemini> {
        if key.trim().is_empty() {
            return Err(err(Code::ChatNoKey, "no Gemini API key is set"));
        }
        let http = crate::chat::egress::gemini_client(&settings.base_url, settings.timeout)?;
        Ok(Gemini {
            http,
            settings,
            key: Zeroizing::new(key.trim().to_string()),
        })
    }

    /// The settings in use.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    fn url(&self, stream: bool) -> String {
        let base = self.settings.base_url.trim_end_matches('/');
        let m = &self.settings.model;
        if stream {
            format!("{base}/v1beta/models/{m}:streamGenerateContent?alt=sse")
        } else {
            format!("{base}/v1beta/models/{m}:generateContent")
        }
    }

    fn send(
        &self,
        stream: bool,
        req: &Request,
    ) -> std::result::Result<reqwest::blocking::Response, Failure> {
        REQUESTS_STARTED.fetch_add(1, Ordering::SeqCst);
        let resp = self
            .http
            .post(self.url(stream))
            .header("x-goog-api-key", self.key.as_str())
            .json(req)
            .send()
            .map_err(|e| self.transport(e))?;
        if resp.status().is_success() {
            return Ok(resp);
        }
        Err(self.api_error(resp))
    }

    fn transport(&self, e: reqwest::Error) -> Failure {
        // reqwest's message can include the URL; ours never includes the key (it is in a header).
        if e.is_timeout() {
            Failure::Retry(
                err(
                    Code::ChatTimeout,
                    format!(
                        "Gemini did not answer within {} s",
                        self.settings.timeout.as_secs()
                    ),
                ),
                None,
            )
        } else if e.is_connect() {
            Failure::Fatal(err(
                Code::ChatOffline,
                format!(
                    "cannot reach {}: you seem to be offline",
                    self.settings.base_url
                ),
            ))
        } else {
            Failure::Retry(
                err(
                    Code::ChatOffline,
                    format!("the connection to Gemini failed: {e}"),
                ),
                None,
            )
        }
    }

    fn api_error(&self, resp: reqwest::blocking::Response) -> Failure {
        let http = resp.status().as_u16();
        // Bounded: a truncated or unreadable body is read as no body.
        let mut body = Vec::new();
        let _ = resp.take(MAX_ERROR_BODY).read_to_end(&mut body);
        api_failure(&self.settings, http, &body)
    }

    fn backoff(&self, attempt: u32, asked: Option<Duration>) -> Duration {
        if let Some(d) = asked {
            return d.min(self.settings.retry.max_delay);
        }
        let base = self.settings.retry.base.as_secs_f64() * 2f64.powi(attempt as i32 - 1);
        let mut b = [0u8; 2];
        let _ = getrandom::fill(&mut b);
        let jitter = base * (u16::from_le_bytes(b) as f64 / u16::MAX as f64);
        let max = self.settings.retry.max_delay;
        Duration::try_from_secs_f64((base + jitter).min(max.as_secs_f64())).unwrap_or(max)
    }

    /// Sends with retries until a response arrives (only before any reply text; never after).
    fn send_retrying(
        &self,
        stream: bool,
        req: &Request,
    ) -> Result<(reqwest::blocking::Response, u32)> {
        let mut attempt = 1;
        loop {
            match self.send(stream, req) {
                Ok(r) => return Ok((r, attempt)),
                Err(Failure::Fatal(e)) => return Err(e),
                Err(Failure::Retry(e, asked)) => {
                    if attempt >= self.settings.retry.max_attempts {
                        return Err(Error::new(
                            e.code(),
                            format!("{} (gave up after {attempt} tries)", e.message()),
                        ));
                    }
                    std::thread::sleep(self.backoff(attempt, asked));
                    attempt += 1;
                }
            }
        }
    }

    /// One-shot generateContent.
    pub fn generate(&self, req: &Request) -> Result<Finished> {
        let (resp, attempts) = self.send_retrying(false, req)?;
        let unreadable = |e: &dyn std::fmt::Display| {
            err(
                Code::ChatBadStream,
                format!("Gemini's answer could not be read: {e}"),
            )
        };
        // Bounded like a stream: one answer is at most MAX_STREAM_BYTES.
        let mut body = Vec::new();
        resp.take(MAX_STREAM_BYTES as u64 + 1)
            .read_to_end(&mut body)
            .map_err(|e| unreadable(&e))?;
        if body.len() > MAX_STREAM_BYTES {
            return Err(unreadable(&LimitExceeded::Stream(MAX_STREAM_BYTES)));
        }
        let r: Response = serde_json::from_slice(&body).map_err(|e| unreadable(&e))?;
        if let Some(e) = &r.error {
            return Err(stream_error(e, 0));
        }
        if let Some(b) = r.block_reason() {
            return Err(err(
                Code::ChatBlocked,
                format!("Gemini declined this message (blockReason {b})"),
            ));
        }
        Ok(Finished {
            text: r.text(),
            finish_reason: r.finish_reason().map(str::to_string),
            usage: r.usage_metadata,
            attempts,
            chunks: 1,
        })
    }

    /// streamGenerateContent over SSE: `on_text` gets each piece as it arrives. A stream that breaks
    /// after text arrived is `chat.stream_broken` (the caller keeps what it got).
    pub fn stream(
        &self,
        req: &Request,
        on_text: &mut dyn FnMut(&str) -> Result<()>,
    ) -> Result<Finished> {
        let (resp, attempts) = self.send_retrying(true, req)?;
        let mut events = SseReader::new(BufReader::with_capacity(16 * 1024, resp));
        let mut out = Finished {
            attempts,
            ..Default::default()
        };
        loop {
            let data = match events.next_event() {
                Ok(Some(d)) => d,
                Ok(None) => break,
                Err(e) if LimitExceeded::of(&e).is_some() => {
                    return Err(err(
                        Code::ChatBadStream,
                        format!(
                            "Gemini's stream was refused after {} characters: {e}",
                            out.text.chars().count()
                        ),
                    ));
                }
                Err(e) => {
                    let code = if out.text.is_empty() {
                        Code::ChatTimeout
                    } else {
                        Code::ChatStreamBroken
                    };
                    return Err(err(
                        code,
                        format!(
                            "the reply stopped arriving after {} characters: {e}",
                            out.text.chars().count()
                        ),
                    ));
                }
            };
            let piece = apply_event(&mut out, &data)?;
            if !piece.is_empty() {
                on_text(&piece)?;
            }
        }
        if out.finish_reason.is_none() {
            let code = if out.text.is_empty() {
                Code::ChatBadStream
            } else {
                Code::ChatStreamBroken
            };
            return Err(err(
                code,
                format!(
                    "the reply broke off after {} characters",
                    out.text.chars().count()
                ),
            ));
        }
        Ok(out)
    }
}
