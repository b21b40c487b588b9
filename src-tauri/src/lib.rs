//! Mentora desktop shell: thin Tauri commands over the GUI-free `mentora` core.

pub mod commands;
pub mod state;

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

/// Checks the idle time every 5 s and tells the window when the vault locked itself.
fn spawn_auto_lock(app: tauri::AppHandle, state: state::AppState) {
    use tauri::Emitter;
    std::thread::spawn(move || loop {
        std::thread::sleep(std::time::Duration::from_secs(5));
        if state.tick() {
            let _ = app.emit("vault://locked", ());
        }
    });
}

/// Locks the vault when the machine is about to sleep (systemd-logind), where the platform tells.
fn spawn_lock_on_suspend(app: tauri::AppHandle, state: state::AppState) {
    use tauri::Emitter;
    std::thread::spawn(move || {
        let result = mentora::vault::suspend::system_bus().and_then(|bus| {
            mentora::vault::suspend::watch(bus, move || {
                state.lock_vault();
                let _ = app.emit("vault://locked", ());
            })
        });
        if let Err(e) = result {
            eprintln!("mentora: lock on suspend is off: {}", e.message());
        }
    });
}

/// Builds and runs the app.
pub fn run() {
    tauri::Builder::default()
        .setup(|app| {
            let install_dir = app.path().resource_dir().ok();
            let state = state::AppState::new(install_dir, models_dir_arg());
            state.verify_models_in_background();
            spawn_auto_lock(app.handle().clone(), state.clone());
            spawn_lock_on_suspend(app.handle().clone(), state.clone());
            app.manage(state);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::doctor::doctor,
            commands::vision::analyze_image,
            commands::camera::list_cameras,
            commands::camera::camera_start,
            commands::camera::camera_stop,
            commands::vault::profiles_list,
            commands::vault::profile_create,
            commands::vault::vault_unlock,
            commands::vault::vault_recover,
            commands::vault::vault_lock,
            commands::vault::vault_status,
            commands::emotion::emotion_start,
            commands::emotion::emotion_stop,
        ])
        .run(tauri::generate_context!())
        .expect("error while running the Mentora window");
}
