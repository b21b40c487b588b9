//! The voice: microphones, settings, a session bound to a chat (`voice://level`, `voice://reading`,
//! `voice://ended` events; readings stored ≤1 Hz, never audio) and a recording the person picked.

use super::run;
use mentora::api::voice::{self, VoiceAnalysis, VoiceSettings};
use mentora::api::{events, App};
use mentora::vault::repo::voice::VoiceSession;
use mentora::voice::live::LiveEvent;
use mentora::voice::source::MicInfo;
use mentora::{Code, Error, Result};
use tauri::ipc::{InvokeBody, Request};
use tauri::{AppHandle, Emitter, Runtime, State};

/// Sends each live event to the window.
fn forward<R: Runtime>(app: AppHandle<R>) -> impl FnMut(&LiveEvent) + Send + 'static {
    move |ev| {
        let _ = match ev {
            LiveEvent::Level(l) => app.emit(events::VOICE_LEVEL, l),
            LiveEvent::Reading(r) => app.emit(events::VOICE_READING, r),
            LiveEvent::Ended(e) => app.emit(events::VOICE_ENDED, e),
        };
    }
}

/// The microphones this machine has.
#[tauri::command]
pub async fn voice_microphones(state: State<'_, App>) -> Result<Vec<MicInfo>> {
    run(&state, |_| voice::microphones()).await
}

/// The open profile's voice settings.
#[tauri::command]
pub async fn voice_settings(state: State<'_, App>) -> Result<VoiceSettings> {
    run(&state, voice::settings).await
}

/// Chooses the microphone, agrees (or not) to learn a baseline, and may forget the one learned.
#[tauri::command]
pub async fn voice_set_settings(
    state: State<'_, App>,
    device: Option<String>,
    learn_baseline: bool,
    forget: bool,
) -> Result<VoiceSettings> {
    run(&state, move |a| {
        voice::set_settings(a, device, learn_baseline, forget)
    })
    .await
}

/// Starts listening, bound to `chat_id` if given; returns the session's id.
#[tauri::command]
pub async fn voice_start<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, App>,
    chat_id: Option<i64>,
) -> Result<i64> {
    run(&state, move |a| {
        voice::session_start(a, chat_id, forward(app))
    })
    .await
}

/// Stops listening and returns what was stored.
#[tauri::command]
pub async fn voice_stop(state: State<'_, App>) -> Result<VoiceSession> {
    run(&state, voice::session_stop).await
}

/// Reads a WAV recording the person picked, sent as a raw body (read in memory, never stored).
#[tauri::command]
pub async fn voice_analyze(request: Request<'_>, state: State<'_, App>) -> Result<VoiceAnalysis> {
    let InvokeBody::Raw(bytes) = request.body().clone() else {
        return Err(Error::new(
            Code::InvalidInput,
            "voice_analyze expects the recording's bytes as a raw body",
        ));
    };
    run(&state, move |a| voice::analyze_bytes(a, &bytes, false)).await
}
