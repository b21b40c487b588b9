//! Mentora desktop app entry point.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(line) = mentora_app::display_check() {
        eprintln!("{line}");
        std::process::exit(2);
    }
    mentora_app::run();
}
