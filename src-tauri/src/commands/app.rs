//! The window tells the shell its first screen is interactive (printed, for the startup benchmark).

use std::sync::OnceLock;
use std::time::Instant;

/// When `main` started.
pub static STARTED: OnceLock<Instant> = OnceLock::new();

/// Called once by the window after its first screen has mounted and loaded; returns the milliseconds
/// since the process started and prints `mentora: interactive after N ms`.
#[tauri::command]
pub fn app_ready() -> u64 {
    let ms = STARTED
        .get()
        .map(|t| t.elapsed().as_millis() as u64)
        .unwrap_or(0);
    println!("mentora: interactive after {ms} ms");
    ms
}
