//! Mentora desktop app entry point.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    // Before anything else starts a thread: the environment is read by WebKit later (see rendering).
    mentora_app::rendering::paint_without_compositor();
    if let Err(line) = mentora_app::display_check() {
        eprintln!("{line}");
        return ExitCode::from(2);
    }
    mentora::fsx::private_umask();
    mentora::chat::egress::switch_from_env();
    // One window per data folder, and no `mentora` command beside it (see mentora::instance).
    let _instance = match mentora::vault::profiles::default_data_dir()
        .and_then(|d| mentora::instance::acquire(&d, mentora::instance::Holder::Window))
    {
        Ok(lock) => lock,
        Err(e) => {
            eprintln!("error [{}]: {}", e.code(), e.message());
            return ExitCode::from(3);
        }
    };
    mentora_app::run();
    ExitCode::SUCCESS
}
