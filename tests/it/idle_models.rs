//! Models are loaded on first use and unloaded when idle: unlocking with nothing to score loads no
//! model, the sentiment model, the semantic layer and the vision engine go after the idle time (not
//! while a reply holds them), and the next save loads them again and still scores.

use crate::common::vault::{Fixture, PASSWORD};
use mentora::api::background::{step, ENGINE_IDLE};
use mentora::api::{self, App, Paths};
use mentora::vault::repo::journal::EntryInput;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn app(f: &Fixture, background: bool) -> App {
    App::with_paths(
        Paths {
            data_dir: Some(f.dir.path().to_path_buf()),
            models_dir: Some(crate::common::models_dir()),
            install_dir: None,
        },
        background,
    )
}

fn entry(text: &str) -> EntryInput {
    EntryInput {
        mood: 4,
        tags: vec![],
        title: String::new(),
        text: text.into(),
    }
}

#[test]
fn idle_models_are_unloaded_and_come_back_on_next_use() {
    let f = Fixture::new("Idle");
    let app = app(&f, false);
    app.set_vault(Some(Arc::new(f.unlocked())));
    assert!(!app.engines_loaded(), "nothing is loaded before first use");
    let first = api::journal::add(&app, &entry("A quiet walk by the river.")).unwrap();
    assert!(first.sentiment.is_some());
    assert!(app.engines_loaded());
    let used = Instant::now();

    // Not before the idle time, and not on a step that is not the minute's.
    step(&app, 12, used + ENGINE_IDLE - Duration::from_secs(5));
    assert!(app.engines_loaded(), "unloaded too early");
    step(&app, 13, used + ENGINE_IDLE + Duration::from_secs(5));
    assert!(app.engines_loaded(), "only the minute's step unloads");

    // A reply in progress holds the companion (and its models): not unloaded under it.
    let reply = app.companion();
    step(&app, 24, used + ENGINE_IDLE + Duration::from_secs(5));
    assert!(app.engines_loaded(), "unloaded under a reply");
    drop(reply);
    step(&app, 36, used + ENGINE_IDLE + Duration::from_secs(65));
    assert!(!app.engines_loaded(), "idle models stayed loaded");

    // The next save loads them again and scores as before.
    let second = api::journal::add(&app, &entry("A quiet walk by the river.")).unwrap();
    assert!(app.engines_loaded());
    assert_eq!(
        second.sentiment.as_ref().map(|s| s.valence),
        first.sentiment.as_ref().map(|s| s.valence),
        "the reloaded model scores the same text the same"
    );
}

#[test]
fn unlocking_with_nothing_to_score_loads_no_model_and_with_something_does() {
    let f = Fixture::new("Unlock");
    let name = f.profile.name.clone();
    // A row saved without a score (written straight to the vault, as an import or an old version would).
    {
        let app = app(&f, true);
        api::profile::unlock(&app, &name, PASSWORD).unwrap();
        std::thread::sleep(Duration::from_millis(800));
        assert!(
            !app.engines_loaded(),
            "a model was loaded with nothing to score"
        );
        app.lock_vault();
        let v = f.unlocked();
        v.with_conn(|c| {
            mentora::vault::repo::journal::add(
                c,
                &entry("Dinner with friends."),
                &mentora::vault::Stamp::now(),
            )
        })
        .unwrap();
        v.lock();
    }
    let app = app(&f, true);
    api::profile::unlock(&app, &name, PASSWORD).unwrap();
    let t0 = Instant::now();
    while !app.engines_loaded() && t0.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        app.engines_loaded(),
        "the unscored entry did not load the model"
    );
}

#[test]
fn an_unloaded_crisis_layer_is_freed_not_cached() {
    // A models folder of its own, so that no other test of this process shares the layer.
    let models = crate::common::models_copy();
    mentora::runtime::init(None).unwrap();
    let m = mentora::models::Manifest::load(models.path()).unwrap();
    let a = mentora::safety::semantic::Semantic::shared(&m, 1).unwrap();
    let b = mentora::safety::semantic::Semantic::shared(&m, 1).unwrap();
    assert!(Arc::ptr_eq(&a, &b), "loaded once while it is held");
    assert!(a.encoder().is_some());
    let layer = Arc::downgrade(&a);
    drop((a, b));
    assert!(
        layer.upgrade().is_none(),
        "the crisis layer (MiniLM bank and multilingual-e5) stayed in memory after its last user let go"
    );
}

/// Resident memory of this process in MB (`VmRSS`).
fn rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kb / 1024.0
}

/// The idle unload gives the models' memory back to the system, not only to the allocator (glibc
/// kept it: the process stayed at the loaded size). Measured in a process of its own (this test run
/// again, alone), since the other tests of this crate load models in the same process.
#[test]
fn the_idle_unload_gives_the_memory_back_to_the_system() {
    const CHILD: &str = "MENTORA_TEST_ALONE";
    if std::env::var_os(CHILD).is_none() {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "idle_models::the_idle_unload_gives_the_memory_back_to_the_system",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, "1")
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success(),
            "the measuring process failed:\n{text}"
        );
        assert!(
            text.contains("1 passed"),
            "the measuring process ran no test:\n{text}"
        );
        println!(
            "{}",
            text.lines()
                .filter(|l| l.contains("RSS"))
                .collect::<Vec<_>>()
                .join("\n")
        );
        return;
    }
    let f = Fixture::new("Memory");
    let app = app(&f, false);
    app.set_vault(Some(Arc::new(f.unlocked())));
    let before = rss_mb();
    api::journal::add(&app, &entry("A long day, but the evening walk helped.")).unwrap();
    assert!(app.engines_loaded());
    let loaded = rss_mb();
    assert!(app.unload_idle_engines(
        Instant::now() + ENGINE_IDLE + Duration::from_secs(1),
        ENGINE_IDLE
    ));
    let after = rss_mb();
    println!("RSS before the first save {before:.0} MB, models loaded {loaded:.0} MB, after the idle unload {after:.0} MB");
    assert!(
        loaded - before > 150.0,
        "the models were not loaded ({before:.0} → {loaded:.0} MB)"
    );
    assert!(
        after - before < (loaded - before) / 4.0,
        "the unload kept the memory: {before:.0} MB before, {loaded:.0} MB loaded, {after:.0} MB after"
    );
}
