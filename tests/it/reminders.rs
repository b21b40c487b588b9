//! Reminders fire real desktop notifications: a private D-Bus daemon with a notification server (the
//! freedesktop `Notify` method, served here) receives Mentora's call when a reminder's time passes,
//! through the window's own loop step; nothing fires when today already has a mood, when reminders
//! are off, or for times before the first check; and they go on after the vault locks itself.

use crate::common::vault::Fixture;
use dbus::blocking::Connection;
use dbus::channel::MatchingReceiver;
use dbus::message::MatchRule;
use mentora::api;
use mentora::api::background::{step_with, Event};
use mentora::api::reminders::{self as rem, Fired};
use mentora::desktop::notify::{Desktop, Notifier, SERVICE};
use mentora::wellness::reminders::{Reminder, Reminders, BODY, SUMMARY};
use std::io::BufRead;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A private session bus with a notification server that records what it is asked to show.
struct Desktop2 {
    daemon: std::process::Child,
    address: String,
    shown: Arc<Mutex<Vec<(String, String, String)>>>,
    stop: Arc<AtomicBool>,
    server: Option<std::thread::JoinHandle<()>>,
}

impl Desktop2 {
    fn start() -> Self {
        let mut daemon = std::process::Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("dbus-daemon (Debian's dbus package)");
        let mut line = String::new();
        std::io::BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let address = line.trim().to_string();
        let shown = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let server = {
            let (address, shown, stop) = (address.clone(), shown.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut ch = dbus::channel::Channel::open_private(&address).unwrap();
                ch.register().unwrap();
                let conn = Connection::from(ch);
                conn.request_name(SERVICE, false, true, false).unwrap();
                let next = Arc::new(Mutex::new(0u32));
                conn.start_receive(
                    MatchRule::new_method_call(),
                    Box::new(move |msg, conn| {
                        if msg.member().as_deref() == Some("Notify") {
                            let (app, _id, _icon, summary, body): (
                                String,
                                u32,
                                String,
                                String,
                                String,
                            ) = msg.read5().unwrap();
                            shown.lock().unwrap().push((app, summary, body));
                            let mut n = next.lock().unwrap();
                            *n += 1;
                            let _ =
                                dbus::channel::Sender::send(conn, msg.method_return().append1(*n));
                        }
                        true
                    }),
                );
                ready_tx.send(()).unwrap();
                while !stop.load(Ordering::SeqCst) {
                    conn.process(Duration::from_millis(50)).unwrap();
                }
            })
        };
        ready_rx.recv_timeout(Duration::from_secs(10)).unwrap();
        Desktop2 {
            daemon,
            address,
            shown,
            stop,
            server: Some(server),
        }
    }

    fn notifier(&self) -> Desktop {
        Desktop {
            address: Some(self.address.clone()),
        }
    }

    fn shown(&self) -> Vec<(String, String, String)> {
        self.shown.lock().unwrap().clone()
    }
}

impl Drop for Desktop2 {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(s) = self.server.take() {
            let _ = s.join();
        }
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// The real call: the notification server on the bus receives Mentora's Notify.
#[test]
fn a_desktop_notification_reaches_the_notification_server() {
    let d = Desktop2::start();
    let id = d.notifier().notify("Mentora", "hello").unwrap();
    assert_eq!(id, 1);
    assert_eq!(
        d.shown(),
        [("Mentora".into(), "Mentora".into(), "hello".into())]
    );
    // No notification service on a bus: a clear error, not a hang or a panic.
    let other = std::process::Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut other = other;
    let mut line = String::new();
    std::io::BufReader::new(other.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let e = Desktop {
        address: Some(line.trim().into()),
    }
    .notify("Mentora", "hello")
    .unwrap_err();
    assert!(
        e.message()
            .starts_with("the desktop did not show the notification"),
        "{e}"
    );
    let _ = other.kill();
    let _ = other.wait();
}

#[test]
fn a_reminder_fires_through_the_loop_and_is_skipped_when_today_is_logged() {
    let d = Desktop2::start();
    let f = Fixture::new("Remind");
    let app = f.app();
    let n = d.notifier();
    // Days around the real today, since a quick mood is stamped now.
    let today = chrono::Local::now().date_naive();
    let yesterday = today - chrono::Days::new(1);
    let tomorrow = today + chrono::Days::new(1);
    let on = |day: chrono::NaiveDate, hm: &str| {
        day.and_time(chrono::NaiveTime::parse_from_str(hm, "%H:%M").unwrap())
    };
    let t0 = Instant::now();
    let evening = Reminder {
        time: "20:30".into(),
        days: vec![],
    };
    // Off until turned on: a time set but not enabled fires nothing.
    rem::set(
        &app,
        Reminders {
            enabled: false,
            list: vec![evening.clone()],
        },
    )
    .unwrap();
    assert!(
        step_with(&app, 12, t0, on(yesterday, "20:00"), &n).is_empty(),
        "the first check starts the clock"
    );
    assert!(
        step_with(&app, 24, t0, on(yesterday, "20:31"), &n).is_empty(),
        "off"
    );
    // On: the time passing between two checks fires once.
    rem::set(
        &app,
        Reminders {
            enabled: true,
            list: vec![evening.clone()],
        },
    )
    .unwrap();
    assert!(step_with(&app, 36, t0, on(yesterday, "20:29"), &n).is_empty());
    // Steps that are not the minute's do not check.
    assert!(step_with(&app, 37, t0, on(yesterday, "20:30"), &n).is_empty());
    let ev = step_with(&app, 48, t0, on(yesterday, "20:30"), &n);
    assert!(
        matches!(ev.as_slice(), [Event::Reminder(Fired::Sent { time, .. })] if time == "20:30"),
        "{ev:?}"
    );
    assert_eq!(d.shown(), [("Mentora".into(), SUMMARY.into(), BODY.into())]);
    assert!(
        step_with(&app, 60, t0, on(yesterday, "20:31"), &n).is_empty(),
        "once"
    );
    assert_eq!(
        rem::next(&app, on(yesterday, "20:31")).unwrap(),
        Some(format!("{today} 20:30"))
    );

    // Today logged (a quick mood): the morning reminder is skipped, nothing shown.
    let morning = Reminder {
        time: "08:00".into(),
        days: vec![],
    };
    rem::set(
        &app,
        Reminders {
            enabled: true,
            list: vec![evening, morning],
        },
    )
    .unwrap();
    api::daily::quick_mood(&app, 4, &["walk".into()]).unwrap();
    assert!(step_with(&app, 72, t0, on(today, "07:59"), &n).is_empty());
    let ev = step_with(&app, 84, t0, on(today, "08:00"), &n);
    assert!(
        matches!(ev.as_slice(), [Event::Reminder(Fired::Skipped { time })] if time == "08:00"),
        "{ev:?}"
    );
    assert_eq!(d.shown().len(), 1);

    // Locked: the schedule remembered in memory still fires on a day with no mood.
    app.lock_vault();
    step_with(&app, 96, t0, on(tomorrow, "20:29"), &n);
    let ev = step_with(&app, 108, t0, on(tomorrow, "20:30"), &n);
    assert!(
        matches!(ev.as_slice(), [Event::Reminder(Fired::Sent { .. })]),
        "{ev:?}"
    );
    assert_eq!(d.shown().len(), 2);
}

#[test]
fn bad_reminders_are_refused_and_nothing_is_stored() {
    let f = Fixture::new("BadRemind");
    let app = f.app();
    let e = rem::set(
        &app,
        Reminders {
            enabled: true,
            list: vec![Reminder {
                time: "7pm".into(),
                days: vec![],
            }],
        },
    )
    .unwrap_err();
    assert_eq!(e.code().as_str(), "input.invalid");
    assert_eq!(rem::get(&app).unwrap(), Reminders::default());
}
