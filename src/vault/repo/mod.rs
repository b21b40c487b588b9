//! Repository functions over the vault's tables: typed rows in and out, validated, stable error codes.

#[macro_use]
mod text_enum;

pub mod activities;
pub mod activity;
pub mod affect;
pub mod assessments;
pub mod chats;
pub mod emotion;
pub mod gratitude;
pub mod journal;
pub mod logs;
pub mod reports;
pub mod safety;
pub mod search;
pub mod sentiment;
pub mod settings;
pub mod templates;
pub mod voice;

use crate::error::{Code, Error, Result};

text_enum! {
    /// Who wrote a summary.
    SummarySource as "SummarySource", field "summary_source" {
        /// Gemini, from the numbers (and journal text only when the person allowed it).
        Gemini = "gemini",
        /// Mentora's local, deterministic summary.
        Local = "local",
        /// The model on this device (llama.cpp), from the same text Gemini would get.
        Device = "device",
        /// The person's local OpenAI-compatible server.
        LocalServer = "local_server",
    }
}

impl SummarySource {
    /// Who wrote it, in words for a report ("summary by the model on this device").
    pub fn words(self, lang: &str) -> String {
        match self {
            SummarySource::Gemini => crate::tr!(lang, "source-gemini"),
            SummarySource::Local => crate::tr!(lang, "source-local"),
            SummarySource::Device => crate::tr!(lang, "source-device"),
            SummarySource::LocalServer => crate::tr!(lang, "source-local-server"),
        }
    }
}

text_enum! {
    /// How a chat session ended.
    EndedBy as "EndedBy", field "ended_by" {
        /// The person left the chat, or the window closed.
        Closed = "closed",
        /// 10 idle minutes.
        Idle = "idle",
    }
}

/// `store.not_found` for a missing id.
pub(crate) fn not_found(what: &str, id: i64) -> Error {
    Error::new(Code::NotFound, format!("no {what} with id {id}"))
}

/// `store.not_found` for a missing name.
pub(crate) fn not_found_named(what: &str, name: &str) -> Error {
    Error::new(Code::NotFound, format!("no {what} named '{name}'"))
}

/// Fails with `store.not_found` when an UPDATE/DELETE touched no row.
pub(crate) fn one_row(n: usize, what: &str, id: i64) -> Result<()> {
    if n == 0 {
        Err(not_found(what, id))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name stored in SQL is the one serde (IPC, export) writes and reads, for every value.
    #[test]
    fn stored_names_are_the_serialized_names() {
        fn check<T>(all: &[T], name: fn(&T) -> &'static str)
        where
            T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
        {
            for v in all {
                let json = serde_json::to_value(v).unwrap();
                assert_eq!(json, name(v), "{v:?}");
                assert_eq!(&serde_json::from_value::<T>(json).unwrap(), v);
            }
        }
        check(SummarySource::ALL, |v| v.as_str());
        check(EndedBy::ALL, |v| v.as_str());
        check(chats::Sender::ALL, |v| v.as_str());
        check(chats::Status::ALL, |v| v.as_str());
    }
}
