//! Mentora desktop app entry point.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    if let Err(line) = mentora_app::display_check() {
        eprintln!("{line}");
        return ExitCode::from(2);
    }
    mentora_app::run();
    ExitCode::SUCCESS
}
