//! Gemini's v1beta REST bodies: the request Mentora sends and the tolerant parse of what comes back.

use serde::{Deserialize, Deserializer, Serialize};
use std::time::Duration;

/// One text part.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Part {
    /// The text (absent on non-text parts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// A "thinking" part: not part of the reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thought: Option<bool>,
}

/// A turn or the system instruction.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Content {
    /// `user` or `model` (absent on the system instruction).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Its parts.
    #[serde(default)]
    pub parts: Vec<Part>,
}

impl Content {
    /// One text part with a role.
    pub fn text(role: Option<&str>, text: impl Into<String>) -> Self {
        Content {
            role: role.map(str::to_string),
            parts: vec![Part {
                text: Some(text.into()),
                thought: None,
            }],
        }
    }

    /// Its text parts joined, thought parts left out.
    pub fn plain_text(&self) -> String {
        self.parts
            .iter()
            .filter(|p| p.thought != Some(true))
            .filter_map(|p| p.text.as_deref())
            .collect()
    }
}

/// Sampling settings.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct GenerationConfig {
    /// Randomness.
    pub temperature: f32,
    /// Nucleus sampling.
    pub top_p: f32,
    /// Top-k sampling.
    pub top_k: u32,
    /// Always 1.
    pub candidate_count: u32,
    /// Reply length cap.
    pub max_output_tokens: u32,
}

/// One safety threshold.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SafetySetting {
    /// `HARM_CATEGORY_…`.
    pub category: String,
    /// `BLOCK_…`.
    pub threshold: String,
}

/// The request body of generateContent / streamGenerateContent.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Request {
    /// Who the companion is, and how the person seems right now.
    pub system_instruction: Content,
    /// The conversation, oldest first, ending with a user turn.
    pub contents: Vec<Content>,
    /// Sampling.
    pub generation_config: GenerationConfig,
    /// Safety thresholds.
    pub safety_settings: Vec<SafetySetting>,
}

/// A candidate reply.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    /// The reply so far (this event's piece when streaming).
    #[serde(default)]
    pub content: Option<Content>,
    /// Set on the last event: STOP, MAX_TOKENS, SAFETY, RECITATION…
    #[serde(default)]
    pub finish_reason: Option<String>,
}

/// Why a prompt was refused.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PromptFeedback {
    /// SAFETY, OTHER, BLOCKLIST, PROHIBITED_CONTENT.
    #[serde(default)]
    pub block_reason: Option<String>,
}

/// Token counts (cumulative when streaming: the last one wins).
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Usage {
    /// Prompt tokens.
    #[serde(default)]
    pub prompt_token_count: u32,
    /// Reply tokens.
    #[serde(default)]
    pub candidates_token_count: u32,
    /// Both.
    #[serde(default)]
    pub total_token_count: u32,
}

/// A response, or one SSE event's payload. Unknown fields are ignored.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Response {
    /// Usually one.
    #[serde(default)]
    pub candidates: Vec<Candidate>,
    /// Present when the prompt was blocked.
    #[serde(default)]
    pub prompt_feedback: Option<PromptFeedback>,
    /// Token counts.
    #[serde(default)]
    pub usage_metadata: Option<Usage>,
    /// The API's error object, when a streamed call fails after it started (an SSE event
    /// `data: {"error":{…}}`, e.g. 499 CANCELLED or 503 UNAVAILABLE mid-reply).
    #[serde(default)]
    pub error: Option<ApiError>,
}

impl Response {
    /// The reply text of this response (thought parts left out).
    pub fn text(&self) -> String {
        self.candidates
            .first()
            .and_then(|c| c.content.as_ref())
            .map(Content::plain_text)
            .unwrap_or_default()
    }

    /// The finish reason, if this is the last piece.
    pub fn finish_reason(&self) -> Option<&str> {
        self.candidates
            .first()
            .and_then(|c| c.finish_reason.as_deref())
    }

    /// The prompt's block reason, if it was refused.
    pub fn block_reason(&self) -> Option<&str> {
        self.prompt_feedback
            .as_ref()
            .and_then(|p| p.block_reason.as_deref())
    }
}

/// `{"error": {...}}` as the API sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct ApiErrorBody {
    /// The error.
    pub error: ApiError,
}

/// The error object.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct ApiError {
    /// HTTP status (0 when absent or not a status number).
    #[serde(default, deserialize_with = "lenient_code")]
    pub code: u16,
    /// Human text.
    #[serde(default)]
    pub message: String,
    /// `RESOURCE_EXHAUSTED`, `INVALID_ARGUMENT`…
    #[serde(default)]
    pub status: String,
    /// `google.rpc` details (`RetryInfo`, `ErrorInfo`…).
    #[serde(default)]
    pub details: Vec<serde_json::Value>,
}

/// `code` as any JSON value: a number that fits a `u16`, else 0 (the rest of the body still counts).
fn lenient_code<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(v.as_u64().and_then(|n| u16::try_from(n).ok()).unwrap_or(0))
}

/// A protobuf `Duration` in its JSON form: whole seconds, up to 9 decimals, then `s` (`"26s"`,
/// `"1.5s"`, `"0.200s"`). Negative, signed, exponent, NaN/inf and otherwise malformed values are
/// None; a value too large for a `Duration` saturates at `Duration::MAX`. Never panics.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let num = s.strip_suffix('s')?;
    let (int, frac) = match num.split_once('.') {
        Some((i, f)) if !f.is_empty() => (i, f),
        Some(_) => return None,
        None => (num, ""),
    };
    let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || frac.len() > 9 || !digits(frac) {
        return None;
    }
    // Up to 9 digits, right-padded with zeros: always below 1e9.
    let nanos = frac
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(9)
        .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    match int.parse::<u64>() {
        Ok(secs) => Some(Duration::new(secs, nanos)),
        // Only digits, so the only failure is overflow.
        Err(_) => Some(Duration::MAX),
    }
}

impl ApiError {
    /// `RetryInfo.retryDelay` (`"26s"`, `"1.5s"`): see [`parse_duration`]. A negative or malformed
    /// delay is None, as if none were given (the caller's own backoff applies).
    pub fn retry_delay(&self) -> Option<Duration> {
        self.details.iter().find_map(|d| {
            let t = d.get("@type")?.as_str()?;
            if !t.ends_with("google.rpc.RetryInfo") {
                return None;
            }
            parse_duration(d.get("retryDelay")?.as_str()?)
        })
    }

    /// `ErrorInfo.reason` (`API_KEY_INVALID`…).
    pub fn reason(&self) -> Option<&str> {
        self.details.iter().find_map(|d| {
            let t = d.get("@type")?.as_str()?;
            t.ends_with("google.rpc.ErrorInfo")
                .then(|| d.get("reason")?.as_str())?
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_strictly_and_never_panic() {
        let ok = |s: &str, secs: u64, nanos: u32| {
            assert_eq!(parse_duration(s), Some(Duration::new(secs, nanos)), "{s}")
        };
        ok("26s", 26, 0);
        ok("1.5s", 1, 500_000_000);
        ok("0.200s", 0, 200_000_000);
        ok("3.000000001s", 3, 1);
        ok("0s", 0, 0);
        assert_eq!(parse_duration("18446744073709551616s"), Some(Duration::MAX));
        assert_eq!(
            parse_duration(&format!("{}.5s", "9".repeat(400))),
            Some(Duration::MAX)
        );
        for bad in [
            "-1s",
            "-0s",
            "+1s",
            "NaNs",
            "infs",
            "1e3s",
            "s",
            "",
            "1",
            ".5s",
            "1.s",
            "1.2.3s",
            "1.0000000001s",
            " 1s",
            "1 s",
            "0x10s",
            "١s",
        ] {
            assert_eq!(parse_duration(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn error_bodies_are_read_leniently() {
        let e: ApiErrorBody =
            serde_json::from_str(r#"{"error":{"code":70000,"message":"m","status":"S"}}"#).unwrap();
        assert_eq!((e.error.code, e.error.message.as_str()), (0, "m"));
        let r: Response = serde_json::from_str(
            r#"{"error":{"code":499,"message":"The operation was cancelled.","status":"CANCELLED"}}"#,
        )
        .unwrap();
        assert_eq!(
            r.error.map(|e| (e.code, e.status)),
            Some((499, "CANCELLED".into()))
        );
    }
}
