//! The companion's chats: list, create, rename, delete, clear, messages; sending (crisis check first,
//! saved before any network call, the reply streamed as [`ChatEvent`]s), retry, and the session
//! summary when a conversation ends (left, window closed, or idle).

use super::App;
use crate::chat::config::Backend;
use crate::chat::service::{ChatEvent, Outcome};
use crate::chat::summary::{self, SessionSummary};
use crate::error::{Code, Error, Result};
use crate::vault::repo::chats::{self, Chat, Message};
use crate::vault::repo::EndedBy;
use crate::vault::Stamp;
use std::time::Duration;

/// Every chat with its message count and last activity.
pub fn list(app: &App) -> Result<Vec<Chat>> {
    app.with_vault(|v| v.with_conn(|c| chats::list(c)))
}

/// One chat.
pub fn get(app: &App, id: i64) -> Result<Chat> {
    app.with_vault(|v| v.with_conn(|c| chats::get(c, id)))
}

/// A new chat.
pub fn create(app: &App, title: &str) -> Result<Chat> {
    app.with_vault(|v| v.with_conn(|c| chats::create(c, title, &Stamp::now())))
}

/// Renames a chat.
pub fn rename(app: &App, id: i64, title: &str) -> Result<Chat> {
    app.with_vault(|v| v.with_conn(|c| chats::rename(c, id, title)))
}

/// Deletes a chat and its messages.
pub fn delete(app: &App, id: i64) -> Result<()> {
    app.with_vault(|v| v.with_conn(|c| chats::delete(c, id)))
}

/// Deletes a chat's messages; returns how many.
pub fn clear(app: &App, id: i64) -> Result<usize> {
    app.with_vault(|v| v.with_conn(|c| chats::clear(c, id)))
}

/// A chat's messages, oldest first.
pub fn messages(app: &App, id: i64) -> Result<Vec<Message>> {
    app.with_vault(|v| v.with_conn(|c| chats::messages(c, id)))
}

/// Deletes one message.
pub fn delete_message(app: &App, id: i64) -> Result<()> {
    app.with_vault(|v| v.with_conn(|c| chats::delete_message(c, id)))
}

/// Saves and sends a message of `chat_id`; `emit` hears the saved message and each reply piece.
/// `emotion_json` is the live face snapshot, if the camera is on.
pub fn send(
    app: &App,
    chat_id: i64,
    text: &str,
    emotion_json: Option<&str>,
    emit: &mut dyn FnMut(ChatEvent),
) -> Result<Outcome> {
    let v = app.unlocked_vault()?;
    let cfg = app.chat_config()?;
    app.set_open_chat(Some(chat_id));
    let outcome = app
        .companion()
        .send(&v, &cfg, chat_id, text, emotion_json, emit)?;
    tracing::info!(chat = chat_id, "message handled");
    Ok(outcome)
}

/// Stop: the reply being written ends after its current piece; what came is kept, marked partial.
pub fn stop(app: &App) -> Result<()> {
    if let Some(c) = app.loaded_companion() {
        c.stop();
    }
    Ok(())
}

/// Sends a pending or failed message again, or replaces a partial reply.
pub fn retry(app: &App, message_id: i64, emit: &mut dyn FnMut(ChatEvent)) -> Result<Outcome> {
    let v = app.unlocked_vault()?;
    let cfg = app.chat_config()?;
    app.companion().resend(&v, &cfg, message_id, emit)
}

/// Ends the chat's conversation now (the person left the chat, or `/quit`): its summary is stored.
pub fn end_session(app: &App, chat_id: i64) -> Result<Option<SessionSummary>> {
    summary::end_session(
        &*app.unlocked_vault()?,
        &app.chat_config()?,
        chat_id,
        EndedBy::Closed,
    )
}

/// The window is closing: ends the open conversation, giving Gemini 5 s and one try before the
/// local summary is used.
pub fn close(app: &App) -> Result<Option<SessionSummary>> {
    let Some(chat) = app.take_open_chat() else {
        return Ok(None);
    };
    let mut cfg = app.chat_config()?;
    cfg.gemini.timeout = Duration::from_secs(5);
    cfg.gemini.retry.max_attempts = 1;
    summary::end_session(&*app.unlocked_vault()?, &cfg, chat, EndedBy::Closed)
}

/// Ends every conversation idle for 10 minutes (the window's background job: the vault's idle time
/// goes on).
pub fn end_idle(app: &App) -> Result<Vec<SessionSummary>> {
    summary::end_idle(
        &*app.background_vault()?,
        &app.chat_config()?,
        Stamp::now().utc_ms,
    )
}

/// Session summaries of a chat (or of all chats).
pub fn sessions(app: &App, chat_id: Option<i64>) -> Result<Vec<SessionSummary>> {
    app.with_vault(|v| summary::list(v, chat_id))
}

/// Exactly what sending `text` in `chat_id` now would give the chosen companion (Gemini, the model
/// on this device or the local server): the redacted turns (this one last), the system instruction,
/// and the placeholders (kept by Mentora). `sent: false` when no model would get it (private mode
/// with a cloud companion, no key, the companion off, or the crisis path).
#[derive(Debug, serde::Serialize, ts_rs::TS)]
pub struct Preview {
    /// Whether anything would be sent.
    pub sent: bool,
    /// Who would receive it, in words ("Gemini (Google's servers)", "the model on this device"…).
    pub receiver: String,
    /// Why nothing would be sent, when `sent` is false.
    pub why_not: Option<String>,
    /// The system instruction as sent.
    pub system: String,
    /// Each turn as sent: (role, redacted text), oldest first.
    pub turns: Vec<(String, String)>,
    /// (placeholder, what it stands for): kept on this machine, never sent.
    pub placeholders: Vec<(String, String)>,
}

/// The "what is sent" preview of `text` for `chat_id` (nothing is saved or sent).
pub fn preview(app: &App, chat_id: i64, text: &str) -> Result<Preview> {
    let v = app.unlocked_vault()?;
    let cfg = app.chat_config()?;
    let why_not = if crate::safety::crisis::check_with(text, app.semantic().as_deref()).level
        == crate::safety::crisis::Level::Crisis
    {
        Some("crisis: the local crisis card is shown and no model is called".to_string())
    } else {
        match cfg.backend {
            Backend::Gemini => cfg.client().err(),
            Backend::LocalServer => cfg.local_client().err(),
            Backend::Device if app.device_llm().is_none() => Some(Error::new(
                Code::ModelMissing,
                "the on-device model is not installed",
            )),
            Backend::Device => None,
            Backend::Off => Some(Error::new(
                Code::ChatPrivateMode,
                "the companion is off: your message is kept like a journal entry",
            )),
        }
        .map(|e| e.message().to_string())
    };
    let receiver = match cfg.backend {
        Backend::Gemini => "Gemini (Google's servers)".to_string(),
        Backend::Device => "the model on this device".to_string(),
        Backend::LocalServer => format!("the local server at {}", cfg.local.base_url),
        Backend::Off => "nobody".to_string(),
    };
    let (req, red) = v.with_conn(|c| {
        chats::get(c, chat_id)?;
        let emo = crate::chat::context::emotional(c, chat_id, i64::MAX, Stamp::now().utc_ms)?;
        crate::chat::context::preview(c, &cfg, chat_id, text, &emo)
    })?;
    Ok(Preview {
        sent: why_not.is_none(),
        receiver,
        why_not,
        system: req.system_instruction.plain_text(),
        turns: req
            .contents
            .iter()
            .map(|c| (c.role.clone().unwrap_or_default(), c.plain_text()))
            .collect(),
        placeholders: red
            .items
            .into_iter()
            .map(|r| (r.placeholder, r.original))
            .collect(),
    })
}
