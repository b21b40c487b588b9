//! The background capture thread: paces a frame source at the sampling rate, runs the pipeline, smooths
//! the probabilities for display, and reports each sample. Frames live only in this thread's memory.

use super::pipeline::{FaceBox, VisionEngine};
use super::source::FrameSource;
use crate::error::Error;
use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Sampling settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CaptureConfig {
    /// Frames analysed per second (default 2).
    pub fps: f64,
    /// Weight of the newest sample in the exponential smoothing for display, 0 < α ≤ 1 (default 0.4:
    /// a change shows within about two samples, one-frame glitches are damped).
    pub smoothing: f32,
}

impl Default for CaptureConfig {
    fn default() -> Self {
        Self {
            fps: 2.0,
            smoothing: 0.4,
        }
    }
}

/// One analysed frame, as the live stream carries it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct LiveSample {
    /// Milliseconds since the capture started.
    pub t_ms: i64,
    /// The subject's face (the largest), if any.
    pub face: Option<FaceBox>,
    /// This frame's probabilities for the subject.
    pub raw: Option<[f32; 7]>,
    /// Smoothed probabilities for display (kept across frames without a face).
    pub probabilities: Option<[f32; 7]>,
    /// Label of the largest smoothed probability.
    pub dominant: Option<String>,
    /// Frames per second actually achieved.
    pub fps: f32,
}

/// What the capture reports.
#[derive(Debug, Clone)]
pub enum CaptureEvent {
    /// A frame was analysed.
    Sample(LiveSample),
    /// The capture ended: `None` when stopped or the source ran out, `Some` on an error.
    Ended(Option<Error>),
}

/// Totals of a finished capture.
#[derive(Debug, Clone, Default)]
pub struct CaptureSummary {
    /// Frames analysed.
    pub frames: u64,
    /// Frames with a face.
    pub with_face: u64,
    /// Sum of the subject's raw probabilities over frames with a face.
    pub sums: [f64; 7],
    /// The error that ended the capture, if any.
    pub ended_by: Option<Error>,
}

/// A running capture thread.
pub struct Capture {
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<CaptureSummary>>,
}

const LABELS: [&str; 7] = super::EMOTION_LABELS;

impl Capture {
    /// Starts the thread. `on_event` runs on it for every sample and once at the end.
    pub fn start(
        mut source: Box<dyn FrameSource>,
        engine: Arc<Mutex<VisionEngine>>,
        cfg: CaptureConfig,
        mut on_event: impl FnMut(CaptureEvent) + Send + 'static,
    ) -> Capture {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let period = Duration::from_secs_f64(1.0 / cfg.fps.clamp(0.1, 30.0));
        let alpha = cfg.smoothing.clamp(0.01, 1.0);
        let handle = std::thread::Builder::new()
            .name("mentora-capture".into())
            .spawn(move || {
                let start = Instant::now();
                let mut sum = CaptureSummary::default();
                let mut smooth: Option<[f32; 7]> = None;
                let mut last: Option<Instant> = None;
                let mut fps = 0f32;
                let mut tick = 0u32;
                while !flag.load(Ordering::Relaxed) {
                    let due = start + period * tick;
                    while Instant::now() < due {
                        if flag.load(Ordering::Relaxed) {
                            break;
                        }
                        std::thread::sleep((due - Instant::now()).min(Duration::from_millis(20)));
                    }
                    if flag.load(Ordering::Relaxed) {
                        break;
                    }
                    tick += 1;
                    let frame = match source.next_frame() {
                        Ok(Some(f)) => f,
                        Ok(None) => break,
                        Err(e) => {
                            sum.ended_by = Some(e);
                            break;
                        }
                    };
                    let analysis = {
                        let mut eng = engine.lock().unwrap_or_else(|p| p.into_inner());
                        eng.analyze_live_bgr(&frame)
                    };
                    drop(frame);
                    let a = match analysis {
                        Ok(a) => a,
                        Err(e) => {
                            sum.ended_by = Some(e);
                            break;
                        }
                    };
                    let now = Instant::now();
                    if let Some(prev) = last {
                        let inst = 1.0 / (now - prev).as_secs_f32().max(1e-3);
                        fps = if fps == 0.0 {
                            inst
                        } else {
                            0.8 * fps + 0.2 * inst
                        };
                    }
                    last = Some(now);
                    sum.frames += 1;
                    let subject = a.faces.first();
                    let raw = subject.map(|f| {
                        let mut p = [0f32; 7];
                        for (i, s) in f.emotions.iter().enumerate().take(7) {
                            p[i] = s.probability;
                        }
                        p
                    });
                    if let Some(p) = raw {
                        sum.with_face += 1;
                        for (acc, v) in sum.sums.iter_mut().zip(p) {
                            *acc += f64::from(v);
                        }
                        smooth = Some(match smooth {
                            None => p,
                            Some(s) => std::array::from_fn(|i| alpha * p[i] + (1.0 - alpha) * s[i]),
                        });
                    }
                    let dominant = smooth.map(|s| {
                        let i = (0..7).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap_or(6);
                        LABELS[i].to_string()
                    });
                    on_event(CaptureEvent::Sample(LiveSample {
                        t_ms: start.elapsed().as_millis() as i64,
                        face: subject.map(|f| f.bbox),
                        raw,
                        probabilities: smooth,
                        dominant,
                        fps,
                    }));
                }
                on_event(CaptureEvent::Ended(sum.ended_by.clone()));
                sum
            })
            .expect("spawning the capture thread");
        Capture {
            stop,
            handle: Some(handle),
        }
    }

    /// True while the thread runs.
    pub fn is_running(&self) -> bool {
        self.handle.as_ref().is_some_and(|h| !h.is_finished())
    }

    /// Stops the thread and waits for it (at most one frame's analysis).
    pub fn stop(mut self) -> CaptureSummary {
        self.stop.store(true, Ordering::Relaxed);
        self.handle
            .take()
            .map(|h| h.join().unwrap_or_default())
            .unwrap_or_default()
    }
}

impl Drop for Capture {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}
