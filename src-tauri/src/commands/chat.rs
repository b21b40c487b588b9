//! The companion: chats (list, create, rename, delete, clear, messages), sending with the reply
//! streamed as `chat://event` events, retry, and the session summary when a conversation ends.

use crate::state::AppState;
use mentora::chat::service::{ChatEvent, Outcome};
use mentora::chat::summary::{self, SessionSummary};
use mentora::vault::repo::chats::{self, Chat, Message};
use mentora::vault::Stamp;
use mentora::Result;
use tauri::{AppHandle, Emitter, Runtime};

/// Event carrying each [`ChatEvent`] (message saved, reply piece).
pub const CHAT_EVENT: &str = "chat://event";

/// Every chat with its message count and last activity.
#[tauri::command]
pub async fn chats_list(state: tauri::State<'_, AppState>) -> Result<Vec<Chat>> {
    let state = state.inner().clone();
    super::blocking(move || state.unlocked_vault()?.with_conn(|c| chats::list(c))).await
}

/// A new chat.
#[tauri::command]
pub async fn chat_create(state: tauri::State<'_, AppState>, title: String) -> Result<Chat> {
    let state = state.inner().clone();
    super::blocking(move || {
        state
            .unlocked_vault()?
            .with_conn(|c| chats::create(c, &title, &Stamp::now()))
    })
    .await
}

/// Renames a chat.
#[tauri::command]
pub async fn chat_rename(
    state: tauri::State<'_, AppState>,
    id: i64,
    title: String,
) -> Result<Chat> {
    let state = state.inner().clone();
    super::blocking(move || {
        state
            .unlocked_vault()?
            .with_conn(|c| chats::rename(c, id, &title))
    })
    .await
}

/// Deletes a chat and its messages.
#[tauri::command]
pub async fn chat_delete(state: tauri::State<'_, AppState>, id: i64) -> Result<()> {
    let state = state.inner().clone();
    super::blocking(move || state.unlocked_vault()?.with_conn(|c| chats::delete(c, id))).await
}

/// Deletes a chat's messages; returns how many.
#[tauri::command]
pub async fn chat_clear(state: tauri::State<'_, AppState>, id: i64) -> Result<usize> {
    let state = state.inner().clone();
    super::blocking(move || state.unlocked_vault()?.with_conn(|c| chats::clear(c, id))).await
}

/// A chat's messages, oldest first.
#[tauri::command]
pub async fn chat_messages(state: tauri::State<'_, AppState>, id: i64) -> Result<Vec<Message>> {
    let state = state.inner().clone();
    super::blocking(move || {
        state
            .unlocked_vault()?
            .with_conn(|c| chats::messages(c, id))
    })
    .await
}

/// Deletes one message.
#[tauri::command]
pub async fn message_delete(state: tauri::State<'_, AppState>, id: i64) -> Result<()> {
    let state = state.inner().clone();
    super::blocking(move || {
        state
            .unlocked_vault()?
            .with_conn(|c| chats::delete_message(c, id))
    })
    .await
}

fn emitter<R: Runtime>(app: AppHandle<R>) -> impl FnMut(ChatEvent) {
    move |e| {
        let _ = app.emit(CHAT_EVENT, e);
    }
}

/// Saves and sends a message; the reply arrives as `chat://event` pieces, then as the result.
#[tauri::command]
pub async fn chat_send<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    chat_id: i64,
    text: String,
    emotion_json: Option<String>,
) -> Result<Outcome> {
    let state = state.inner().clone();
    super::blocking(move || {
        let vault = state.unlocked_vault()?;
        let cfg = state.chat_config()?;
        *state.open_chat.lock().unwrap_or_else(|p| p.into_inner()) = Some(chat_id);
        let mut emit = emitter(app);
        state.companion().send(
            &vault,
            &cfg,
            chat_id,
            &text,
            emotion_json.as_deref(),
            &mut emit,
        )
    })
    .await
}

/// Sends a pending or failed message again, or replaces a partial reply.
#[tauri::command]
pub async fn chat_retry<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    message_id: i64,
) -> Result<Outcome> {
    let state = state.inner().clone();
    super::blocking(move || {
        let vault = state.unlocked_vault()?;
        let cfg = state.chat_config()?;
        let mut emit = emitter(app);
        state
            .companion()
            .resend(&vault, &cfg, message_id, &mut emit)
    })
    .await
}

/// Ends the chat's conversation now (the window is closing, or the person left the chat).
#[tauri::command]
pub async fn chat_end_session(
    state: tauri::State<'_, AppState>,
    chat_id: i64,
) -> Result<Option<SessionSummary>> {
    let state = state.inner().clone();
    super::blocking(move || {
        summary::end_session(
            &*state.unlocked_vault()?,
            &state.chat_config()?,
            chat_id,
            "closed",
        )
    })
    .await
}

/// Session summaries of a chat (or of all chats).
#[tauri::command]
pub async fn chat_sessions(
    state: tauri::State<'_, AppState>,
    chat_id: Option<i64>,
) -> Result<Vec<SessionSummary>> {
    let state = state.inner().clone();
    super::blocking(move || summary::list(&*state.unlocked_vault()?, chat_id)).await
}
