//! The OpenAI chat-completions bodies a local server speaks: the request Mentora sends, built from
//! the same request Gemini would get, and a tolerant parse of the streamed chunks and error bodies.

use crate::chat::gemini::protocol::Request;
use serde::{Deserialize, Serialize};

/// One chat message.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ChatMessage {
    /// `system`, `user` or `assistant`.
    pub role: String,
    /// The text.
    pub content: String,
}

/// `POST /v1/chat/completions`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChatRequest {
    /// The server's model name (Ollama needs it; llama.cpp's server takes any).
    pub model: String,
    /// System instruction first, then the turns.
    pub messages: Vec<ChatMessage>,
    /// Always true: the reply is streamed.
    pub stream: bool,
    /// Longest reply.
    pub max_tokens: u32,
    /// Randomness.
    pub temperature: f32,
    /// Nucleus sampling.
    pub top_p: f32,
}

impl ChatRequest {
    /// The companion's request (system instruction, turns, sampling) for `model`.
    pub fn from_gemini(model: &str, req: &Request) -> ChatRequest {
        let mut messages = vec![ChatMessage {
            role: "system".into(),
            content: req.system_instruction.plain_text(),
        }];
        for c in &req.contents {
            let role = match c.role.as_deref() {
                Some("model") => "assistant",
                _ => "user",
            };
            messages.push(ChatMessage {
                role: role.into(),
                content: c.plain_text(),
            });
        }
        ChatRequest {
            model: model.to_string(),
            messages,
            stream: true,
            max_tokens: req.generation_config.max_output_tokens,
            temperature: req.generation_config.temperature,
            top_p: req.generation_config.top_p,
        }
    }
}

/// The new text of one choice.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Delta {
    /// Text (absent on the role-only first chunk and the last one).
    #[serde(default)]
    pub content: Option<String>,
}

/// One choice of a chunk.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Choice {
    /// The new text.
    #[serde(default)]
    pub delta: Delta,
    /// `stop`, `length`, `content_filter`… on the last chunk.
    #[serde(default)]
    pub finish_reason: Option<String>,
}

/// An error as servers write it: an object (`{"message","type","code"}`) or, from some, a string.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum ApiError {
    /// `{"message": …, "type": …}`.
    Object {
        /// What went wrong.
        #[serde(default)]
        message: String,
        /// `not_found_error`, `api_error`…
        #[serde(default, rename = "type")]
        kind: Option<String>,
    },
    /// A bare message.
    Text(String),
}

impl ApiError {
    /// The message, whatever the shape.
    pub fn message(&self) -> &str {
        match self {
            ApiError::Object { message, .. } => message,
            ApiError::Text(t) => t,
        }
    }
}

/// One `data:` event of the stream (or an error body).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Chunk {
    /// Choices (Mentora asks for one).
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// Set when the server reports an error.
    #[serde(default)]
    pub error: Option<ApiError>,
}

impl Chunk {
    /// The new text of the first choice.
    pub fn text(&self) -> &str {
        self.choices
            .first()
            .and_then(|c| c.delta.content.as_deref())
            .unwrap_or("")
    }

    /// The first choice's finish reason.
    pub fn finish_reason(&self) -> Option<&str> {
        self.choices
            .first()
            .and_then(|c| c.finish_reason.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chat::gemini::protocol::{Content, GenerationConfig};

    #[test]
    fn the_companions_request_becomes_chat_messages() {
        let req = Request {
            system_instruction: Content::text(None, "Be kind."),
            contents: vec![
                Content::text(Some("user"), "hi"),
                Content::text(Some("model"), "hello"),
                Content::text(Some("user"), "tired"),
            ],
            generation_config: GenerationConfig {
                temperature: 0.7,
                top_p: 0.9,
                top_k: 40,
                candidate_count: 1,
                max_output_tokens: 300,
            },
            safety_settings: Vec::new(),
        };
        let c = ChatRequest::from_gemini("llama3.2", &req);
        let roles: Vec<_> = c.messages.iter().map(|m| m.role.as_str()).collect();
        assert_eq!(roles, ["system", "user", "assistant", "user"]);
        assert_eq!(c.messages[0].content, "Be kind.");
        assert!(c.stream);
        assert_eq!(c.max_tokens, 300);
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["model"], "llama3.2");
    }

    #[test]
    fn chunks_and_errors_of_every_shape_parse() {
        let c: Chunk = serde_json::from_str(
            r#"{"id":"x","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null}]}"#,
        )
        .unwrap();
        assert_eq!(c.text(), "Hi");
        assert_eq!(c.finish_reason(), None);
        let c: Chunk =
            serde_json::from_str(r#"{"choices":[{"delta":{},"finish_reason":"stop"}]}"#).unwrap();
        assert_eq!((c.text(), c.finish_reason()), ("", Some("stop")));
        let c: Chunk = serde_json::from_str(
            r#"{"error":{"message":"model \"x\" not found, try pulling it first","type":"api_error","param":null,"code":null}}"#,
        )
        .unwrap();
        assert!(c.error.unwrap().message().contains("not found"));
        let c: Chunk = serde_json::from_str(r#"{"error":"boom"}"#).unwrap();
        assert_eq!(c.error.unwrap().message(), "boom");
    }
}
