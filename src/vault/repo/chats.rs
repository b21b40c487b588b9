//! Chats and their messages (the seed API's semantics): create, list with counts, rename, clear, delete.

use super::{activity, not_found, one_row};
use crate::error::Result;
use crate::vault::stamp::Stamp;
use crate::vault::validate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;

/// Longest chat title.
pub const MAX_TITLE: usize = 200;
/// Longest message.
pub const MAX_MESSAGE: usize = 32_000;
text_enum! {
    /// Who wrote a message.
    Sender as "MessageSender", field "sender" {
        /// The person.
        User = "user",
        /// The companion.
        Assistant = "assistant",
    }
}

text_enum! {
    /// A message's delivery state.
    Status as "MessageStatus", field "status" {
        /// Delivered (or, for a reply, complete).
        Sent = "sent",
        /// Saved, not sent yet (offline, no key, private mode, rate limit).
        Pending = "pending",
        /// Refused or failed; retryable.
        Failed = "failed",
        /// A reply that broke off; retryable.
        Partial = "partial",
    }
}

/// A chat with its message count and last activity.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Chat {
    /// Id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Created, Unix ms.
    pub created_at: i64,
    /// Last message or rename, Unix ms.
    pub updated_at: i64,
    /// Messages in it.
    pub message_count: i64,
}

/// One message.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Message {
    /// Id.
    pub id: i64,
    /// Chat.
    pub chat_id: i64,
    /// Who wrote it.
    pub sender: Sender,
    /// Text as written (never redacted here).
    pub text: String,
    /// Delivery state.
    pub status: Status,
    /// Unix ms.
    pub created_at: i64,
    /// Local date.
    pub local_date: String,
    /// Face-emotion snapshot at send time (JSON), if the camera was on.
    pub emotion_json: Option<String>,
    /// Crisis language (or Gemini's SAFETY stop): the crisis card was shown and this turn is never
    /// sent to a model.
    pub crisis: bool,
}

const CHAT_COLS: &str = "c.id, c.title, c.created_at, c.updated_at, (SELECT count(*) FROM messages m WHERE m.chat_id = c.id)";

fn chat_row(r: &Row) -> rusqlite::Result<Chat> {
    Ok(Chat {
        id: r.get(0)?,
        title: r.get(1)?,
        created_at: r.get(2)?,
        updated_at: r.get(3)?,
        message_count: r.get(4)?,
    })
}

fn message_row(r: &Row) -> rusqlite::Result<Message> {
    Ok(Message {
        id: r.get(0)?,
        chat_id: r.get(1)?,
        sender: r.get(2)?,
        text: r.get(3)?,
        status: r.get(4)?,
        created_at: r.get(5)?,
        local_date: r.get(6)?,
        emotion_json: r.get(7)?,
        crisis: r.get::<_, i64>(8)? == 1,
    })
}

/// Creates a chat.
pub fn create(c: &Connection, title: &str, at: &Stamp) -> Result<Chat> {
    let title = validate::text("title", title, 1, MAX_TITLE)?;
    c.execute(
        "INSERT INTO chats (title, created_at, updated_at) VALUES (?1, ?2, ?2)",
        params![title, at.utc_ms],
    )?;
    get(c, c.last_insert_rowid())
}

/// One chat.
pub fn get(c: &Connection, id: i64) -> Result<Chat> {
    c.query_row(
        &format!("SELECT {CHAT_COLS} FROM chats c WHERE c.id = ?1"),
        [id],
        chat_row,
    )
    .optional()?
    .ok_or_else(|| not_found("chat", id))
}

/// Fails with `store.not_found` unless the chat exists (cheap: no message count).
fn exists(c: &Connection, id: i64) -> Result<()> {
    c.query_row("SELECT 1 FROM chats WHERE id = ?1", [id], |_| Ok(()))
        .optional()?
        .ok_or_else(|| not_found("chat", id))
}

/// Every chat, most recently active first.
pub fn list(c: &Connection) -> Result<Vec<Chat>> {
    let mut st = c.prepare(&format!(
        "SELECT {CHAT_COLS} FROM chats c ORDER BY c.updated_at DESC, c.id DESC"
    ))?;
    let rows = st.query_map([], chat_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Renames a chat.
pub fn rename(c: &Connection, id: i64, title: &str) -> Result<Chat> {
    let title = validate::text("title", title, 1, MAX_TITLE)?;
    one_row(
        c.execute(
            "UPDATE chats SET title = ?1 WHERE id = ?2",
            params![title, id],
        )?,
        "chat",
        id,
    )?;
    get(c, id)
}

/// Deletes a chat and its messages.
pub fn delete(c: &Connection, id: i64) -> Result<()> {
    one_row(
        c.execute("DELETE FROM chats WHERE id = ?1", [id])?,
        "chat",
        id,
    )
}

/// Deletes a chat's messages, keeping the chat.
pub fn clear(c: &Connection, id: i64) -> Result<usize> {
    exists(c, id)?;
    Ok(c.execute("DELETE FROM messages WHERE chat_id = ?1", [id])?)
}

/// Adds a message (a user's message also marks the day active).
pub fn add_message(
    c: &Connection,
    chat_id: i64,
    sender: Sender,
    text: &str,
    status: Status,
    emotion_json: Option<&str>,
    at: &Stamp,
) -> Result<Message> {
    let min = if sender == Sender::User { 1 } else { 0 };
    let text = validate::text("text", text, min, MAX_MESSAGE)?;
    exists(c, chat_id)?;
    c.execute(
        "INSERT INTO messages (chat_id, sender, text, status, created_at, local_date, emotion_json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            chat_id,
            sender,
            text,
            status,
            at.utc_ms,
            at.date_str(),
            emotion_json
        ],
    )?;
    let id = c.last_insert_rowid();
    c.execute(
        "UPDATE chats SET updated_at = max(updated_at, ?1) WHERE id = ?2",
        params![at.utc_ms, chat_id],
    )?;
    if sender == Sender::User {
        activity::touch(c, at)?;
    }
    get_message(c, id)
}

/// Replaces a message's text and status (a streamed reply growing, a pending message sent).
pub fn set_message(c: &Connection, id: i64, text: &str, status: Status) -> Result<Message> {
    let text = validate::text("text", text, 0, MAX_MESSAGE)?;
    one_row(
        c.execute(
            "UPDATE messages SET text = ?1, status = ?2 WHERE id = ?3",
            params![text, status, id],
        )?,
        "message",
        id,
    )?;
    get_message(c, id)
}

/// One message.
pub fn get_message(c: &Connection, id: i64) -> Result<Message> {
    c.query_row(
        "SELECT id, chat_id, sender, text, status, created_at, local_date, emotion_json, crisis FROM messages WHERE id = ?1",
        [id],
        message_row,
    )
    .optional()?
    .ok_or_else(|| not_found("message", id))
}

/// A chat's messages, oldest first.
pub fn messages(c: &Connection, chat_id: i64) -> Result<Vec<Message>> {
    exists(c, chat_id)?;
    let mut st = c.prepare(
        "SELECT id, chat_id, sender, text, status, created_at, local_date, emotion_json, crisis
         FROM messages WHERE chat_id = ?1 ORDER BY id",
    )?;
    let rows = st.query_map([chat_id], message_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Marks a message as a crisis turn (never sent to a model).
pub fn mark_crisis(c: &Connection, id: i64) -> Result<Message> {
    one_row(
        c.execute("UPDATE messages SET crisis = 1 WHERE id = ?1", [id])?,
        "message",
        id,
    )?;
    get_message(c, id)
}

/// Keeps a message's redaction mapping (placeholder → original), on this machine only.
pub fn set_redactions(c: &Connection, id: i64, json: Option<&str>) -> Result<()> {
    one_row(
        c.execute(
            "UPDATE messages SET redactions_json = ?1 WHERE id = ?2",
            params![json, id],
        )?,
        "message",
        id,
    )
}

/// The person's message right before message `id` of a chat (what a partial reply answered).
pub fn user_message_before(c: &Connection, chat_id: i64, id: i64) -> Result<Message> {
    let prev: Option<i64> = c.query_row(
        "SELECT max(id) FROM messages WHERE chat_id = ?1 AND id < ?2 AND sender = 'user'",
        params![chat_id, id],
        |r| r.get(0),
    )?;
    get_message(c, prev.ok_or_else(|| not_found("message", id))?)
}

/// Deletes one message.
pub fn delete_message(c: &Connection, id: i64) -> Result<()> {
    one_row(
        c.execute("DELETE FROM messages WHERE id = ?1", [id])?,
        "message",
        id,
    )
}
