//! Repository functions over the vault's tables: typed rows in and out, validated, stable error codes.

#[macro_use]
mod text_enum;

pub mod activity;
pub mod assessments;
pub mod chats;
pub mod emotion;
pub mod gratitude;
pub mod journal;
pub mod logs;
pub mod reports;
pub mod safety;
pub mod sentiment;
pub mod settings;

use crate::error::{Code, Error, Result};

text_enum! {
    /// Who wrote a summary.
    SummarySource as "SummarySource", field "summary_source" {
        /// Gemini, from the numbers (and journal text only when the person allowed it).
        Gemini = "gemini",
        /// Mentora's local, deterministic summary.
        Local = "local",
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

/// Fails with `store.not_found` when an UPDATE/DELETE touched no row.
pub(crate) fn one_row(n: usize, what: &str, id: i64) -> Result<()> {
    if n == 0 {
        Err(not_found(what, id))
    } else {
        Ok(())
    }
}
