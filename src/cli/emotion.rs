//! `mentora emotion watch` (live lines until Ctrl-C) and `mentora emotion bench`.

use crate::error::{Code, Error, Result};
use crate::models::Manifest;
use crate::runtime;
use crate::vision::capture::{Capture, CaptureConfig, CaptureEvent};
use crate::vision::source::{CameraSource, FolderSource, FrameSource};
use crate::vision::VisionEngine;
use opencv::core::{Mat, Rect, Scalar, Size};
use opencv::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn engine(models_dir: Option<&Path>) -> Result<VisionEngine> {
    runtime::init(None)?;
    VisionEngine::load(&Manifest::find(models_dir, None)?)
}

/// `mentora emotion watch`: the camera (or a folder of frames), one line per sample until Ctrl-C.
pub fn watch(
    models_dir: Option<PathBuf>,
    camera: u32,
    folder: Option<PathBuf>,
    fps: f64,
    seconds: Option<u64>,
) -> Result<ExitCode> {
    let source: Box<dyn FrameSource> = match &folder {
        Some(dir) => Box::new(FolderSource::open(dir, true)?),
        None => Box::new(CameraSource::open(camera)?),
    };
    eprintln!(
        "watching {} at {fps} fps; Ctrl-C to stop",
        source.describe()
    );
    let engine = Arc::new(Mutex::new(engine(models_dir.as_deref())?));
    let (tx, rx) = std::sync::mpsc::channel();
    let ctrl = tx.clone();
    ctrlc::set_handler(move || {
        let _ = ctrl.send(None);
    })
    .map_err(|e| Error::new(Code::Internal, format!("Ctrl-C handler: {e}")))?;
    let capture = Capture::start(
        source,
        engine,
        CaptureConfig {
            fps,
            ..Default::default()
        },
        move |ev| {
            let _ = tx.send(Some(ev));
        },
    );
    let deadline = seconds.map(|s| Instant::now() + Duration::from_secs(s));
    let mut ended = None;
    loop {
        let wait = deadline.map_or(Duration::from_millis(500), |d| {
            d.saturating_duration_since(Instant::now())
                .min(Duration::from_millis(500))
        });
        match rx.recv_timeout(wait) {
            Ok(Some(CaptureEvent::Sample(s))) => match (&s.dominant, s.probabilities, s.face) {
                (Some(d), Some(p), Some(b)) => println!(
                    "{:7.1}s {:4.1} fps face ({},{}) {}x{}  {:<8} {}",
                    s.t_ms as f64 / 1e3,
                    s.fps,
                    b.x,
                    b.y,
                    b.width,
                    b.height,
                    d,
                    crate::vision::EMOTION_LABELS
                        .iter()
                        .zip(p)
                        .map(|(l, v)| format!("{l} {v:.2}"))
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
                _ => println!("{:7.1}s {:4.1} fps no face", s.t_ms as f64 / 1e3, s.fps),
            },
            Ok(Some(CaptureEvent::Ended(e))) => {
                ended = e;
                break;
            }
            Ok(None) => break,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(_) => break,
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            break;
        }
    }
    let summary = capture.stop();
    eprintln!(
        "{} frames, {} with a face",
        summary.frames, summary.with_face
    );
    match ended.or(summary.ended_by) {
        Some(e) => Err(e),
        None => Ok(ExitCode::SUCCESS),
    }
}

fn p50(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// A 640×480 frame from a photo: scaled to 480 px high and centred, as a webcam frame would be.
fn frame_640x480(photo: &Path) -> Result<Mat> {
    let src = crate::vision::source::StillImage::open(photo)?
        .next_frame()?
        .expect("a still image has one frame");
    let scale = 480.0 / src.rows() as f64;
    let w = ((src.cols() as f64 * scale).round() as i32).min(640);
    let mut small = Mat::default();
    opencv::imgproc::resize(
        &src,
        &mut small,
        Size::new(w, 480),
        0.0,
        0.0,
        opencv::imgproc::INTER_AREA,
    )?;
    let mut out =
        Mat::new_rows_cols_with_default(480, 640, opencv::core::CV_8UC3, Scalar::all(0.0))?;
    let mut roi = Mat::roi_mut(&mut out, Rect::new((640 - w) / 2, 0, w, 480))?;
    small.copy_to(&mut roi)?;
    Ok(out)
}

/// `mentora emotion bench`: p50 per frame (whole pipeline) and per face (crop + CNN), and fer's
/// Python pipeline on the same frame in the same run when its venv exists.
pub fn bench(
    models_dir: Option<PathBuf>,
    photo: &Path,
    runs: usize,
    fer_python: Option<PathBuf>,
) -> Result<ExitCode> {
    let frame = frame_640x480(photo)?;
    let mut e = engine(models_dir.as_deref())?;
    let first = e.analyze_live_bgr(&frame)?;
    let Some(face) = first.faces.first() else {
        return Err(Error::invalid(
            "photo",
            "no face found in the benchmark frame",
        ));
    };
    let b = face.bbox;
    let boxes = [Rect::new(b.x, b.y, b.width, b.height)];
    let mut gray = Mat::default();
    opencv::imgproc::cvt_color_def(&frame, &mut gray, opencv::imgproc::COLOR_BGR2GRAY)?;
    for _ in 0..10 {
        e.analyze_live_bgr(&frame)?;
    }
    let (mut whole, mut photo, mut cnn) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let t0 = Instant::now();
        e.analyze_live_bgr(&frame)?;
        whole.push(t0.elapsed().as_secs_f64() * 1e3);
        let t0 = Instant::now();
        e.analyze_bgr(&frame)?;
        photo.push(t0.elapsed().as_secs_f64() * 1e3);
        let t0 = Instant::now();
        e.classify_boxes(&gray, &boxes)?;
        cnn.push(t0.elapsed().as_secs_f64() * 1e3);
    }
    let (w, ph, c) = (p50(whole), p50(photo), p50(cnn));
    println!(
        "frame 640x480 ({} face(s)), {runs} runs, 1 ONNX Runtime thread",
        first.faces.len()
    );
    println!("mentora  p50 per frame (detect + crop + CNN): {w:.2} ms  [live webcam settings]");
    println!("mentora  p50 per frame, photo settings:       {ph:.2} ms  [analyze-a-photo, 640 px detection]");
    println!("mentora  p50 per face  (crop + CNN):          {c:.2} ms");
    let python = fer_python.or_else(|| {
        let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".deps/fer-venv/bin/python");
        p.is_file().then_some(p)
    });
    let Some(python) = python else {
        println!("fer      not run: create its venv with scripts/reference/setup-venv.sh");
        return Ok(ExitCode::SUCCESS);
    };
    let tmp = std::env::temp_dir().join(format!("mentora-bench-{}.png", std::process::id()));
    crate::vision::decode::write_png(&frame, &tmp)?;
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/reference/fer_bench.py");
    let out = std::process::Command::new(&python)
        .arg(&script)
        .arg(&tmp)
        .arg(runs.min(100).to_string())
        .output();
    let _ = std::fs::remove_file(&tmp);
    let out = out.map_err(|e| Error::io(format!("running {}", python.display()), e))?;
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|_| {
        Error::new(
            Code::Internal,
            format!(
                "fer_bench.py failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ),
        )
    })?;
    let (fw, fc) = (
        json["p50_frame_ms"].as_f64().unwrap_or(f64::NAN),
        json["p50_cnn_ms"].as_f64().unwrap_or(f64::NAN),
    );
    println!(
        "fer      p50 per frame (Haar + Keras):        {fw:.2} ms ({} face(s))",
        json["faces"]
    );
    println!("fer      p50 per face  (Keras CNN only):      {fc:.2} ms");
    println!("speed-up per frame: {:.1}x", fw / w);
    Ok(ExitCode::SUCCESS)
}
