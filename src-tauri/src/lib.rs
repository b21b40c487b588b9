//! Mentora desktop shell: thin Tauri commands over the GUI-free `mentora` core.

pub mod commands;
pub mod rendering;
pub mod state;
pub mod tray;
pub mod window_state;

use mentora::api::events;
use std::path::PathBuf;
use tauri::Manager;

/// One clear line when there is no display to open a window on.
pub fn display_check() -> Result<(), &'static str> {
    let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    if set("DISPLAY") || set("WAYLAND_DISPLAY") {
        Ok(())
    } else {
        Err("Mentora needs a graphical display and none was found (DISPLAY and WAYLAND_DISPLAY are unset); on a headless machine run it under Xvfb: xvfb-run -a make run")
    }
}

/// `--models-dir DIR` from the command line, if given.
fn models_dir_arg() -> Option<PathBuf> {
    let mut args = std::env::args_os();
    args.next(); // the program name
    while let Some(a) = args.next() {
        if a == "--models-dir" {
            return args.next().map(PathBuf::from);
        }
    }
    None
}

/// The window's own loop (`mentora::api::background::step` every 5 s): auto-lock, idle chat
/// summaries and reminders (a desktop notification), told to the window as events.
fn spawn_auto_lock(app: tauri::AppHandle, state: state::AppState) {
    use mentora::api::background::{step, Event, STEP_SECONDS};
    use tauri::Emitter;
    std::thread::spawn(move || {
        for n in 1u64.. {
            std::thread::sleep(std::time::Duration::from_secs(STEP_SECONDS));
            for e in step(&state, n, std::time::Instant::now()) {
                let _ = match e {
                    Event::Locked => app.emit(events::VAULT_LOCKED, ()),
                    Event::SessionEnded(s) => app.emit(events::CHAT_SESSION_ENDED, s),
                    Event::Reminder(_) | Event::BackedUp(_) | Event::BackupFailed(_) => Ok(()),
                };
            }
        }
    });
}

/// When the window closes: remember its place, and end the open conversation (its summary is stored).
fn on_close(window: &tauri::Window, state: &state::AppState) {
    if let Some(w) = window.app_handle().get_webview_window(window.label()) {
        window_state::save(&w);
    }
    if let Err(e) = mentora::api::chat::close(state) {
        tracing::warn!(code = %e.code(), "the open conversation was not summarized: {}", e.message());
    }
}

/// Locks the vault when the machine is about to sleep (systemd-logind) and when the screen locks
/// (logind's session `Lock`, the desktop's screen saver), where the platform tells.
fn spawn_lock_on_suspend(app: tauri::AppHandle, state: state::AppState) {
    use mentora::vault::suspend;
    use tauri::Emitter;
    let locker = move |app: tauri::AppHandle, state: state::AppState| {
        move || {
            state.lock_vault();
            let _ = app.emit(events::VAULT_LOCKED, ());
        }
    };
    let on_sleep = locker(app.clone(), state.clone());
    std::thread::spawn(move || {
        let result = suspend::system_bus().and_then(|bus| suspend::watch(bus, on_sleep));
        if let Err(e) = result {
            tracing::warn!("lock on suspend is off: {}", e.message());
        }
    });
    let on_lock = locker(app.clone(), state.clone());
    std::thread::spawn(move || {
        let result = suspend::system_bus().and_then(|bus| suspend::watch_screen_lock(bus, on_lock));
        if let Err(e) = result {
            tracing::warn!("lock with the session is off: {}", e.message());
        }
    });
    let on_saver = locker(app, state);
    std::thread::spawn(move || {
        let result =
            suspend::session_bus().and_then(|bus| suspend::watch_screen_lock(bus, on_saver));
        if let Err(e) = result {
            tracing::warn!("lock with the screen saver is off: {}", e.message());
        }
    });
}

/// Builds and runs the app.
pub fn run() {
    let _ = commands::app::STARTED.set(std::time::Instant::now());
    tauri::Builder::default()
        .setup(|app| {
            let install_dir = app.path().resource_dir().ok();
            let state = state::AppState::new(install_dir, models_dir_arg());
            if let Ok(dir) = state.data_dir() {
                mentora::logging::init(Some(&dir.join("logs")), "mentora-app", "warn");
            }
            // What can wait for the first screen: the tray (~20 ms on the main thread) and the
            // models' checksums (a background thread, but it took a core from the first screen).
            let (later, handle) = (state.clone(), app.handle().clone());
            commands::app::after_first_screen(move || {
                let tray_state = later.clone();
                let tray_app = handle.clone();
                let _ = handle.run_on_main_thread(move || {
                    if let Err(e) = tray::build(&tray_app, tray_state) {
                        tracing::warn!("no tray icon: {e}");
                    }
                });
                mentora::api::models::verify_in_background(&later);
            });
            spawn_auto_lock(app.handle().clone(), state.clone());
            spawn_lock_on_suspend(app.handle().clone(), state.clone());
            if let Some(w) = app.get_webview_window("main") {
                window_state::restore(&w);
            }
            app.manage(state);
            Ok(())
        })
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::CloseRequested { .. } = event {
                let state = window.state::<state::AppState>();
                on_close(window, &state);
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_ready,
            commands::app::system_language,
            commands::app::set_window_language,
            commands::doctor::doctor,
            commands::vision::analyze_image,
            commands::camera::list_cameras,
            commands::camera::camera_start,
            commands::camera::camera_stop,
            commands::vault::profiles_list,
            commands::vault::profiles_damaged,
            commands::vault::profile_create,
            commands::vault::vault_unlock,
            commands::vault::vault_recover,
            commands::vault::vault_lock,
            commands::vault::vault_status,
            commands::emotion::emotion_start,
            commands::emotion::emotion_stop,
            commands::voice::voice_microphones,
            commands::voice::voice_settings,
            commands::voice::voice_set_settings,
            commands::voice::voice_start,
            commands::voice::voice_stop,
            commands::voice::voice_analyze,
            commands::chat::chats_list,
            commands::chat::chat_create,
            commands::chat::chat_rename,
            commands::chat::chat_delete,
            commands::chat::chat_clear,
            commands::chat::chat_messages,
            commands::chat::message_delete,
            commands::chat::chat_send,
            commands::chat::chat_preview,
            commands::chat::chat_retry,
            commands::chat::chat_stop,
            commands::settings::llm_status,
            commands::settings::llm_models,
            commands::settings::llm_install,
            commands::settings::llm_remove,
            commands::chat::chat_end_session,
            commands::chat::chat_sessions,
            commands::backup::backup_overview,
            commands::backup::backup_plan_set,
            commands::backup::backup_now,
            commands::backup::backups_found,
            commands::backup::backup_restore,
            commands::daily::today,
            commands::daily::quick_mood,
            commands::daily::calendar_month,
            commands::daily::calendar_year,
            commands::daily::day_view,
            commands::daily::activities_list,
            commands::daily::activity_add,
            commands::daily::activity_remove,
            commands::daily::prompts_list,
            commands::daily::template_add,
            commands::daily::template_delete,
            commands::daily::search,
            commands::daily::better_days,
            commands::daily::reminders_get,
            commands::daily::reminders_set,
            commands::daily::autostart_get,
            commands::daily::autostart_set,
            commands::wellness::journal_add,
            commands::wellness::journal_list,
            commands::wellness::journal_delete,
            commands::wellness::gratitude_add,
            commands::wellness::gratitude_list,
            commands::wellness::sleep_log,
            commands::wellness::sleep_list,
            commands::wellness::breathing_plan,
            commands::wellness::breathing_log,
            commands::wellness::checkin_form,
            commands::wellness::checkin_submit,
            commands::wellness::profile_overview,
            commands::report::report_build,
            commands::report::reports_saved,
            commands::report::report_weekly_check,
            commands::report::report_export_html,
            commands::settings::settings_get,
            commands::settings::settings_set,
            commands::settings::gemini_key_set,
            commands::settings::gemini_key_remove,
            commands::settings::gemini_key_test,
            commands::settings::models_status,
            commands::settings::models_install,
            commands::settings::data_export,
            commands::settings::profile_delete_all,
            commands::sentiment::sentiment_analyze,
            commands::affect::affect_chat_timeline,
            commands::affect::affect_day_timeline,
            commands::affect::affect_correct,
            commands::safety::safety_plan_get,
            commands::safety::safety_plan_save,
            commands::safety::safety_dismiss,
            commands::safety::safety_risk,
            commands::safety::safety_checked_in,
        ])
        .run(tauri::generate_context!())
        .expect("error while running the Mentora window");
}
