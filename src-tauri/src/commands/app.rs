//! The window tells the shell its first screen is interactive (printed, for the startup benchmark),
//! asks which language the system wants, and says which language it shows (reports and the
//! companion's built-in lines follow it).

use std::sync::OnceLock;
use std::time::Instant;

/// When `main` started.
pub static STARTED: OnceLock<Instant> = OnceLock::new();

/// Told by [`app_ready`] that the first screen is interactive.
static READY: OnceLock<std::sync::mpsc::Sender<()>> = OnceLock::new();

/// Runs `work` on a thread of its own once the first screen is interactive (or after 10 s, should
/// the window never say so), so that start-up work that can wait (the models' checksums) does not
/// take the CPU from the first screen.
pub fn after_first_screen(work: impl FnOnce() + Send + 'static) {
    let (tx, rx) = std::sync::mpsc::channel();
    if READY.set(tx).is_err() {
        std::thread::spawn(work);
        return;
    }
    std::thread::spawn(move || {
        let _ = rx.recv_timeout(std::time::Duration::from_secs(10));
        work();
    });
}

/// Called once by the window after its first screen has mounted and loaded; returns the milliseconds
/// since the process started and prints `mentora: interactive after N ms`.
#[tauri::command]
pub fn app_ready() -> u64 {
    let ms = STARTED
        .get()
        .map(|t| t.elapsed().as_millis() as u64)
        .unwrap_or(0);
    println!("mentora: interactive after {ms} ms");
    if let Some(tx) = READY.get() {
        let _ = tx.send(());
    }
    ms
}

/// The system's language, read from the environment exactly as the command line reads it (one of
/// the six, English otherwise): WebKit's own `navigator.languages` says "C" wherever the C library
/// has no locale for it, so the window asks here.
#[tauri::command]
pub fn system_language() -> &'static str {
    mentora::i18n::language()
}

/// The language the window shows ("de", …): reports, the companion's built-in lines and its replies
/// follow it. Returns the language kept (one of the six), or an `invalid_input` error.
#[tauri::command]
pub fn set_window_language<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: tauri::State<'_, mentora::api::App>,
    lang: String,
) -> mentora::Result<&'static str> {
    let kept = state.set_language(&lang)?;
    crate::tray::relabel(&app, kept);
    Ok(kept)
}
