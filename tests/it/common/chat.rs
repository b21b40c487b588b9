//! Shared by the companion tests: a ChatConfig pointing at a mock Gemini, and small helpers.
#![allow(dead_code)]

use mentora::chat::config::ChatConfig;
use mentora::chat::gemini::client::RetryPolicy;
use mentora::chat::gemini::mock::{MockGemini, Script};
use mentora::chat::ratelimit::RateLimiter;
use mentora::chat::service::{Companion, Outcome};
use mentora::vault::repo::chats;
use mentora::vault::{Stamp, Vault};
use std::sync::Mutex;
use std::time::Duration;

pub const KEY: &str = "test-key-0123456789";
/// REQUESTS_STARTED is process-wide: tests that assert it does not move take this lock, and so do
/// all tests that make requests.
pub static NET: Mutex<()> = Mutex::new(());

/// A config for the mock on this machine (so the developer switch for loopback is turned on).
pub fn cfg(mock: &MockGemini) -> ChatConfig {
    mentora::chat::egress::allow_loopback(true);
    let mut c = ChatConfig {
        key: Some(KEY.to_string().into()),
        country: "GB".into(),
        names: vec!["Robin".into()],
        ..Default::default()
    };
    c.gemini.base_url = mock.base_url().to_string();
    c.gemini.timeout = Duration::from_secs(2);
    c.gemini.retry = RetryPolicy {
        max_attempts: 3,
        max_delay: Duration::from_secs(2),
        base: Duration::from_millis(20),
    };
    c
}

pub fn companion() -> Companion {
    Companion::new(RateLimiter::new(1000, Duration::from_secs(60)), None)
}

pub fn chat(v: &Vault) -> i64 {
    v.with_conn(|c| chats::create(c, "test", &Stamp::now()))
        .unwrap()
        .id
}

pub fn reply(chunks: &[&str]) -> Script {
    Script::Reply {
        chunks: chunks.iter().map(|s| s.to_string()).collect(),
        finish: "STOP".into(),
        delay_ms: 5,
    }
}

pub fn err(http: u16, status: &str, details: serde_json::Value) -> Script {
    Script::Error {
        http,
        status: status.into(),
        message: format!("{status} from the mock"),
        details: details.as_array().cloned().unwrap_or_default(),
    }
}

pub fn messages(v: &Vault, chat: i64) -> Vec<chats::Message> {
    v.with_conn(|c| chats::messages(c, chat)).unwrap()
}

/// The error code of an outcome that is not a reply.
pub fn code(o: &Outcome) -> &str {
    match o {
        Outcome::NotSent { error, .. } | Outcome::Failed { error, .. } => error.code().as_str(),
        other => panic!("expected an error, got {other:?}"),
    }
}
