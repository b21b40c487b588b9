//! The lock locks: the window's own background loop (summaries of idle chats every minute) does not
//! count as use, so the vault locks after the idle time even while the loop runs; the person's
//! actions do count. (Before, every background read reset the idle timer and the in-app auto-lock
//! never fired.)

use crate::common::vault::Fixture;
use mentora::api::background::{step, Event};
use mentora::api::{self, App, Paths};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn app(f: &Fixture) -> App {
    let app = App::with_paths(
        Paths {
            data_dir: Some(f.dir.path().to_path_buf()),
            models_dir: Some(crate::common::models_dir()),
            install_dir: None,
        },
        false,
    );
    let v = f.unlocked();
    v.set_auto_lock_minutes(1).unwrap();
    app.set_vault(Some(Arc::new(v)));
    app
}

#[test]
fn background_work_never_keeps_the_vault_open() {
    let f = Fixture::new("Lock");
    let app = app(&f);
    api::chat::create(&app, "today").unwrap(); // the person's last action
    let t0 = Instant::now();
    std::thread::sleep(Duration::from_millis(500));
    // The loop's minute step reads the vault (idle chats, settings)…
    assert!(step(&app, 12, Instant::now()).is_empty());
    // …and a minute after the person's last action the vault locks all the same.
    let events = step(
        &app,
        13,
        t0 + Duration::from_secs(60) + Duration::from_millis(250),
    );
    assert!(matches!(events.as_slice(), [Event::Locked]), "{events:?}");
    assert_eq!(
        api::chat::list(&app).unwrap_err().code().as_str(),
        "vault.locked"
    );
}

#[test]
fn the_persons_actions_keep_it_open() {
    let f = Fixture::new("Open");
    let app = app(&f);
    let t0 = Instant::now();
    std::thread::sleep(Duration::from_millis(500));
    api::chat::create(&app, "still here").unwrap();
    assert!(step(
        &app,
        1,
        t0 + Duration::from_secs(60) + Duration::from_millis(250)
    )
    .is_empty());
    assert!(api::chat::list(&app).is_ok());
}
