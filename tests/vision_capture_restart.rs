//! Ten start/stop/restart cycles of the capture thread: no hang, no leaked thread. Alone in its own
//! test binary so that the process's thread count belongs to this test only.

#[path = "it/common/mod.rs"]
mod common;

use mentora::models::Manifest;
use mentora::vision::capture::{Capture, CaptureConfig};
use mentora::vision::source::FolderSource;
use mentora::vision::VisionEngine;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn threads() -> usize {
    std::fs::read_dir("/proc/self/task").unwrap().count()
}

/// The thread count once it settles at `want`, or what it is after two seconds. `join()` returns
/// when the kernel clears the thread's tid, a moment before the task leaves /proc/self/task, so
/// one read straight after stop() can still see it (CI did, once); a leaked thread never leaves.
fn threads_settled(want: usize) -> usize {
    let t0 = Instant::now();
    loop {
        let n = threads();
        if n == want || t0.elapsed() > Duration::from_secs(2) {
            return n;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn start_stop_restart_ten_times_without_leaks_or_hangs() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/photos/astronaut.png"),
        dir.path().join("a.png"),
    )
    .unwrap();
    std::fs::copy(common::photo("messi5.jpg"), dir.path().join("b.jpg")).unwrap();
    mentora::runtime::init(None).unwrap();
    let engine = Arc::new(Mutex::new(
        VisionEngine::load(&Manifest::load(&common::models_dir()).unwrap()).unwrap(),
    ));
    engine
        .lock()
        .unwrap()
        .analyze_path(&dir.path().join("a.png"))
        .unwrap(); // ONNX Runtime's own threads start here
    let before = threads();
    for i in 0..10 {
        let cap = Capture::start(
            Box::new(FolderSource::open(dir.path(), true).unwrap()),
            engine.clone(),
            CaptureConfig {
                fps: 20.0,
                smoothing: 0.4,
            },
            |_| {},
        );
        std::thread::sleep(Duration::from_millis(120));
        assert!(cap.is_running(), "round {i}");
        assert_eq!(
            threads(),
            before + 1,
            "round {i}: one capture thread while running"
        );
        let t0 = Instant::now();
        let s = cap.stop();
        assert!(
            t0.elapsed() < Duration::from_secs(5),
            "round {i}: stop hung for {:?}",
            t0.elapsed()
        );
        assert!(s.frames >= 1, "round {i}: no frame analysed");
        assert!(s.ended_by.is_none());
        assert_eq!(
            threads_settled(before),
            before,
            "round {i}: the capture thread outlived stop()"
        );
    }
}
