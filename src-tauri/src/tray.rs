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

/// The menu's items: (id, action).
pub const ITEMS: [(&str, Action); 4] = [
    ("log-mood", Action::LogMood),
    ("open", Action::Open),
    ("lock", Action::Lock),
    ("quit", Action::Quit),
];

/// The items' labels in a language (`src/i18n/locales/<lang>/desktop.ftl`), in [`ITEMS`]' order.
pub fn labels(lang: &str) -> [String; 4] {
    [
        mentora::tr!(lang, "tray-log-mood"),
        mentora::tr!(lang, "tray-open"),
        mentora::tr!(lang, "tray-lock"),
        mentora::tr!(lang, "tray-quit"),
    ]
}

/// The built menu's items, kept to say them again in another language.
struct TrayItems(Vec<MenuItem<tauri::Wry>>);

/// Says the tray's items in `lang` (the window's language changed); nothing without a tray.
pub fn relabel<R: tauri::Runtime>(app: &AppHandle<R>, lang: &str) {
    if let Some(items) = app.try_state::<TrayItems>() {
        for (item, label) in items.0.iter().zip(labels(lang)) {
            let _ = item.set_text(label);
        }
    }
}

/// The action of a menu item's id.
pub fn action(id: &str) -> Option<Action> {
    ITEMS.iter().find(|(i, _)| *i == id).map(|(_, a)| *a)
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

/// Makes the tray icon, where the desktop has the library for one, its items in the window's
/// language. Called once the first screen is interactive (it took ~20 ms of the start before).
pub fn build(app: &AppHandle, state: AppState) -> tauri::Result<()> {
    if !available() {
        tracing::warn!("no tray icon: no AppIndicator library (libayatana-appindicator3-1)");
        return Ok(());
    }
    let items: Vec<MenuItem<tauri::Wry>> = ITEMS
        .iter()
        .zip(labels(state.language()))
        .map(|((id, _), label)| MenuItem::with_id(app, *id, label, true, None::<&str>))
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
    app.manage(TrayItems(items));
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
        let ids: std::collections::BTreeSet<_> = ITEMS.iter().map(|(i, _)| i).collect();
        assert_eq!(ids.len(), ITEMS.len());
    }

    #[test]
    fn the_menu_speaks_each_language() {
        assert_eq!(labels("en")[0], "Log my mood");
        assert_eq!(labels("de")[3], "Beenden");
        for lang in mentora::i18n::LANGUAGES {
            let l = labels(lang);
            let distinct: std::collections::BTreeSet<_> = l.iter().collect();
            assert_eq!(distinct.len(), 4, "{lang}: {l:?}");
            for label in &l {
                assert!(
                    !label.is_empty() && !label.starts_with("tray-"),
                    "{lang}: {label}"
                );
                if lang != "en" {
                    assert!(
                        !labels("en").contains(label) || label == "Mentora",
                        "{lang} says {label} in English"
                    );
                }
            }
        }
    }
}
