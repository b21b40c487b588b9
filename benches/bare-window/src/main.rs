//! A bare Tauri 2 window showing "Hello": the peer that `make bench-app` measures Mentora against.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::OnceLock;
use std::time::Instant;

static STARTED: OnceLock<Instant> = OnceLock::new();

/// The page calls this once it has loaded; printed in the same words as Mentora's `app_ready`.
#[tauri::command]
fn ready() -> u64 {
    let ms = STARTED
        .get()
        .map(|t| t.elapsed().as_millis() as u64)
        .unwrap_or(0);
    println!("bare: interactive after {ms} ms");
    ms
}

fn main() {
    STARTED.get_or_init(Instant::now);
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("the bare window could not start");
}
