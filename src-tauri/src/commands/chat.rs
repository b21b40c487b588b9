//! The companion: chats, sending with the reply streamed as `chat://event` events, retry, sessions.

use super::{emitter, run};
use mentora::api::{chat, events, App};
use mentora::chat::service::Outcome;
use mentora::chat::summary::SessionSummary;
use mentora::vault::repo::chats::{Chat, Message};
use mentora::Result;
use tauri::{AppHandle, Runtime, State};

/// Every chat with its message count and last activity.
#[tauri::command]
pub async fn chats_list(state: State<'_, App>) -> Result<Vec<Chat>> {
    run(&state, chat::list).await
}

/// A new chat.
#[tauri::command]
pub async fn chat_create(state: State<'_, App>, title: String) -> Result<Chat> {
    run(&state, move |a| chat::create(a, &title)).await
}

/// Renames a chat.
#[tauri::command]
pub async fn chat_rename(state: State<'_, App>, id: i64, title: String) -> Result<Chat> {
    run(&state, move |a| chat::rename(a, id, &title)).await
}

/// Deletes a chat and its messages.
#[tauri::command]
pub async fn chat_delete(state: State<'_, App>, id: i64) -> Result<()> {
    run(&state, move |a| chat::delete(a, id)).await
}

/// Deletes a chat's messages; returns how many.
#[tauri::command]
pub async fn chat_clear(state: State<'_, App>, id: i64) -> Result<usize> {
    run(&state, move |a| chat::clear(a, id)).await
}

/// A chat's messages, oldest first.
#[tauri::command]
pub async fn chat_messages(state: State<'_, App>, id: i64) -> Result<Vec<Message>> {
    run(&state, move |a| chat::messages(a, id)).await
}

/// Deletes one message.
#[tauri::command]
pub async fn message_delete(state: State<'_, App>, id: i64) -> Result<()> {
    run(&state, move |a| chat::delete_message(a, id)).await
}

/// Exactly what sending `text` now would send (redacted turns, system instruction, placeholders);
/// nothing is saved or sent.
#[tauri::command]
pub async fn chat_preview(
    state: State<'_, App>,
    chat_id: i64,
    text: String,
) -> Result<chat::Preview> {
    run(&state, move |a| chat::preview(a, chat_id, &text)).await
}

/// Saves and sends a message; the reply arrives as `chat://event` pieces, then as the result.
#[tauri::command]
pub async fn chat_send<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, App>,
    chat_id: i64,
    text: String,
    emotion_json: Option<String>,
) -> Result<Outcome> {
    let mut emit = emitter(app, events::CHAT);
    run(&state, move |a| {
        chat::send(a, chat_id, &text, emotion_json.as_deref(), &mut emit)
    })
    .await
}

/// Stop: the reply being written ends after its current piece; what came is kept, marked partial.
#[tauri::command]
pub async fn chat_stop(state: State<'_, App>) -> Result<()> {
    run(&state, chat::stop).await
}

/// Sends a pending or failed message again, or replaces a partial reply.
#[tauri::command]
pub async fn chat_retry<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, App>,
    message_id: i64,
) -> Result<Outcome> {
    let mut emit = emitter(app, events::CHAT);
    run(&state, move |a| chat::retry(a, message_id, &mut emit)).await
}

/// Ends the chat's conversation now (the person left the chat).
#[tauri::command]
pub async fn chat_end_session(
    state: State<'_, App>,
    chat_id: i64,
) -> Result<Option<SessionSummary>> {
    run(&state, move |a| chat::end_session(a, chat_id)).await
}

/// Session summaries of a chat (or of all chats).
#[tauri::command]
pub async fn chat_sessions(
    state: State<'_, App>,
    chat_id: Option<i64>,
) -> Result<Vec<SessionSummary>> {
    run(&state, move |a| chat::sessions(a, chat_id)).await
}
