//! The capture thread and emotion sessions: steady pacing from a folder source, the no-camera error, a camera lost mid-session, and nothing
//! written to disk during a session but vault rows.

use crate::common;
use crate::common::vault as fixture;

use mentora::models::Manifest;
use mentora::vision::capture::{Capture, CaptureConfig, CaptureEvent};
use mentora::vision::source::{CameraSource, FolderSource, FrameSource};
use mentora::vision::tracking::Tracking;
use mentora::vision::VisionEngine;
use mentora::{Code, Error};
use opencv::core::Mat;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn engine() -> Arc<Mutex<VisionEngine>> {
    mentora::runtime::init(None).unwrap();
    Arc::new(Mutex::new(
        VisionEngine::load(&Manifest::load(&common::models_dir()).unwrap()).unwrap(),
    ))
}

fn frames_dir() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let astro = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/photos/astronaut.png");
    std::fs::copy(&astro, d.path().join("a.png")).unwrap();
    std::fs::copy(common::photo("messi5.jpg"), d.path().join("b.jpg")).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/photos/chelsea.png"),
        d.path().join("c.png"),
    )
    .unwrap();
    d
}

#[test]
fn a_folder_source_is_sampled_at_a_steady_rate() {
    let dir = frames_dir();
    let times = Arc::new(Mutex::new(Vec::new()));
    let t = times.clone();
    let cap = Capture::start(
        Box::new(FolderSource::open(dir.path(), true).unwrap()),
        engine(),
        CaptureConfig {
            fps: 5.0,
            smoothing: 0.4,
        },
        move |ev| {
            if let CaptureEvent::Sample(s) = ev {
                t.lock().unwrap().push(s.t_ms);
            }
        },
    );
    std::thread::sleep(Duration::from_millis(2100));
    let summary = cap.stop();
    let times = times.lock().unwrap().clone();
    assert!(
        (8..=12).contains(&times.len()),
        "{} samples in 2.1 s at 5 fps: {times:?}",
        times.len()
    );
    let mut gaps: Vec<i64> = times.windows(2).map(|w| w[1] - w[0]).collect();
    gaps.sort();
    let median = gaps[gaps.len() / 2];
    assert!(
        (150..=260).contains(&median),
        "median gap {median} ms at 5 fps: {gaps:?}"
    );
    assert_eq!(summary.frames as usize, times.len());
    assert!(
        summary.with_face >= 1 && summary.with_face < summary.frames,
        "the cat frame has no face"
    );
}

#[test]
fn no_camera_is_a_clear_error_in_the_library_and_the_cli() {
    let cams = mentora::vision::camera::list_cameras().unwrap();
    match CameraSource::open(0) {
        Err(e) if cams.is_empty() => {
            assert_eq!(e.code(), Code::CameraNone);
            assert!(e.message().starts_with("no camera found"), "{e}");
            let out = common::cli()
                .args(["emotion", "watch", "--seconds", "1"])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(1));
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                err.contains("error [camera.none]: no camera found"),
                "{err}"
            );
        }
        Err(e) => panic!(
            "{} camera(s) listed but opening the first failed: {e}",
            cams.len()
        ),
        Ok(mut cam) => assert!(
            cam.next_frame().unwrap().is_some(),
            "a present camera gives frames"
        ),
    }
}

/// A camera that is unplugged after `left` frames.
struct Unplugged {
    frame: Mat,
    left: usize,
}

impl FrameSource for Unplugged {
    fn next_frame(&mut self) -> mentora::Result<Option<Mat>> {
        if self.left == 0 {
            return Err(Error::new(
                Code::CameraDisconnected,
                "the camera stopped answering (unplugged?)",
            ));
        }
        self.left -= 1;
        Ok(Some(self.frame.clone()))
    }
    fn describe(&self) -> String {
        "a camera that gets unplugged".into()
    }
}

fn session_files(dir: &Path) -> Vec<PathBuf> {
    fixture::snapshot(dir).into_iter().map(|(p, _)| p).collect()
}

#[test]
fn an_unplugged_camera_ends_the_session_and_keeps_what_it_measured() {
    let f = fixture::Fixture::new("Cam");
    let vault = Arc::new(f.unlocked());
    let frame = opencv::imgcodecs::imread(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/photos/astronaut.png")
            .to_str()
            .unwrap(),
        opencv::imgcodecs::IMREAD_COLOR,
    )
    .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let tracking = Tracking::start(
        vault.clone(),
        None,
        Box::new(Unplugged { frame, left: 6 }),
        engine(),
        CaptureConfig {
            fps: 4.0,
            smoothing: 0.4,
        },
        move |ev| {
            if let CaptureEvent::Ended(e) = ev {
                let _ = tx.send(e.clone());
            }
        },
    )
    .unwrap();
    let ended = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the capture ends by itself");
    assert_eq!(ended.unwrap().code(), Code::CameraDisconnected);
    let s = tracking.stop().unwrap();
    assert_eq!((s.samples, s.no_face), (6, 0));
    let avg = s.averages.unwrap();
    assert!(avg[3] > 0.9, "the astronaut smiles: {avg:?}");
    let timeline = vault
        .with_conn(|c| mentora::vault::repo::emotion::timeline(c, s.id))
        .unwrap();
    assert!(
        (1..=3).contains(&timeline.len()),
        "≤1 Hz over 1.5 s: {timeline:?}"
    );
}

#[test]
fn a_session_writes_nothing_but_vault_rows() {
    let f = fixture::Fixture::new("Quiet");
    let vault = Arc::new(f.unlocked());
    let chat = vault
        .with_conn(|c| {
            mentora::vault::repo::chats::create(c, "with camera", &mentora::vault::Stamp::now())
        })
        .unwrap();
    let before = session_files(f.dir.path());
    let dir = frames_dir();
    let tracking = Tracking::start(
        vault.clone(),
        Some(chat.id),
        Box::new(FolderSource::open(dir.path(), true).unwrap()),
        engine(),
        CaptureConfig {
            fps: 6.0,
            smoothing: 0.4,
        },
        |_| {},
    )
    .unwrap();
    let mut seen = before.clone();
    let until = Instant::now() + Duration::from_millis(3200);
    while Instant::now() < until {
        for p in session_files(f.dir.path()) {
            if !seen.contains(&p) {
                seen.push(p);
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let s = tracking.stop().unwrap();
    let new: Vec<_> = seen.iter().filter(|p| !before.contains(p)).collect();
    for p in &new {
        let name = p.file_name().unwrap().to_string_lossy();
        assert!(
            name.starts_with("vault.db"),
            "a session wrote {}",
            p.display()
        );
    }
    assert_eq!(s.chat_id, Some(chat.id));
    assert!(s.samples >= 5 && s.no_face >= 2, "{s:?}");
    let timeline = vault
        .with_conn(|c| mentora::vault::repo::emotion::timeline(c, s.id))
        .unwrap();
    assert!(
        (2..=5).contains(&timeline.len()),
        "one point per second: {}",
        timeline.len()
    );
    let t: Vec<i64> = timeline.iter().map(|(t, _)| *t).collect();
    assert!(t.windows(2).all(|w| w[1] - w[0] >= 1000), "{t:?}");
}
