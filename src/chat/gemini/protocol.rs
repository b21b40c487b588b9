//! Gemini's v1beta REST bodies: the request Mentora sends and the tolerant parse of what comes back.

use serde::{Deserialize, Serialize};

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
}

impl Response {
    /// The reply text of this response (thought parts left out).
    pub fn text(&self) -> String {
        self.candidates
            .first()
            .and_then(|c| c.content.as_ref())
            .map(|c| {
                c.parts
                    .iter()
                    .filter(|p| p.thought != Some(true))
                    .filter_map(|p| p.text.as_deref())
                    .collect()
            })
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
    /// HTTP status.
    #[serde(default)]
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

impl ApiError {
    /// `RetryInfo.retryDelay` in seconds (`"26s"`, `"1.5s"`).
    pub fn retry_delay(&self) -> Option<f64> {
        self.details.iter().find_map(|d| {
            let t = d.get("@type")?.as_str()?;
            if !t.ends_with("google.rpc.RetryInfo") {
                return None;
            }
            d.get("retryDelay")?
                .as_str()?
                .strip_suffix('s')?
                .parse()
                .ok()
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
