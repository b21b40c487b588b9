//! The tray icon, where the desktop shows one: Log mood (opens Today), Open, Lock, Quit. Built only
//! when an AppIndicator library is on the machine (Debian's `libayatana-appindicator3-1`, installed by
//! the set-up); without one the log says so and the app goes on without a tray.

use crate::state::AppState;
use mentora::api::events;
use tauri::menu::{Menu, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager};

/// What a tray menu item does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Show the window on Today, ready for a quick mood.
    LogMood,
    /// Show the window.
    Open,
    /// Lock the vault.
    Lock,
    /// End the open conversation and quit.
    Quit,
}

/// The menu's items: (id, label, action).
pub const ITEMS: [(&str, &str, Action); 4] = [
    ("log-mood", "Log my mood", Action::LogMood),
    ("open", "Open Mentora", Action::Open),
    ("lock", "Lock", Action::Lock),
    ("quit", "Quit", Action::Quit),
];

/// The action of a menu item's id.
pub fn action(id: &str) -> Option<Action> {
    ITEMS.iter().find(|(i, _, _)| *i == id).map(|(_, _, a)| *a)
}

/// The AppIndicator libraries the tray can use (tray-icon loads them at run time).
const LIBRARIES: [&str; 4] = [
    "libayatana-appindicator3.so.1",
    "libappindicator3.so.1",
    "libayatana-appindicator3.so",
    "libappindicator3.so",
];

/// Whether a tray can be made here (an AppIndicator library loads).
pub fn available() -> bool {
    // SAFETY: loading a system library by name runs its initialisers, as tray-icon itself does.
    LIBRARIES
        .iter()
        .any(|name| unsafe { libloading::Library::new(*name) }.is_ok())
}

fn show(app: &AppHandle) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.show();
        let _ = w.unminimize();
        let _ = w.set_focus();
    }
}

/// Carries out `a`.
pub fn run(app: &AppHandle, state: &AppState, a: Action) {
    match a {
        Action::LogMood => {
            show(app);
            let _ = app.emit(events::TRAY_LOG_MOOD, ());
        }
        Action::Open => show(app),
        Action::Lock => {
            state.lock_vault();
            let _ = app.emit(events::VAULT_LOCKED, ());
        }
        Action::Quit => {
            if let Err(e) = mentora::api::chat::close(state) {
                tracing::warn!(code = %e.code(), "the open conversation was not summarized: {}", e.message());
            }
            app.exit(0);
        }
    }
}

/// Makes the tray icon, where the desktop has the library for one.
pub fn build(app: &AppHandle, state: AppState) -> tauri::Result<()> {
    if !available() {
        tracing::warn!("no tray icon: no AppIndicator library (libayatana-appindicator3-1)");
        return Ok(());
    }
    let items: Vec<MenuItem<tauri::Wry>> = ITEMS
        .iter()
        .map(|(id, label, _)| MenuItem::with_id(app, *id, *label, true, None::<&str>))
        .collect::<tauri::Result<_>>()?;
    let refs: Vec<&dyn tauri::menu::IsMenuItem<tauri::Wry>> = items
        .iter()
        .map(|i| i as &dyn tauri::menu::IsMenuItem<tauri::Wry>)
        .collect();
    let menu = Menu::with_items(app, &refs)?;
    let mut tray = TrayIconBuilder::with_id("mentora")
        .tooltip("Mentora")
        .menu(&menu)
        .on_menu_event(move |app, event| {
            if let Some(a) = action(event.id().as_ref()) {
                run(app, &state, a);
            }
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_menu_item_has_its_action() {
        assert_eq!(action("log-mood"), Some(Action::LogMood));
        assert_eq!(action("lock"), Some(Action::Lock));
        assert_eq!(action("quit"), Some(Action::Quit));
        assert_eq!(action("nope"), None);
        let ids: std::collections::BTreeSet<_> = ITEMS.iter().map(|(i, _, _)| i).collect();
        assert_eq!(ids.len(), ITEMS.len());
    }
}
