//! An emotion session bound to the vault: capture in the background, a ≤1 Hz timeline of probabilities
//! written as it goes, per-class averages stored on stop. Only these rows are ever written; no frame is.

use super::capture::{Capture, CaptureConfig, CaptureEvent};
use super::pipeline::VisionEngine;
use super::source::FrameSource;
use crate::error::Result;
use crate::vault::repo::emotion;
use crate::vault::{Stamp, Vault};
use std::sync::{Arc, Mutex};

/// Collects samples into one timeline point per whole second.
#[derive(Default)]
struct Recorder {
    second: Option<i64>,
    bucket: Vec<[f32; 7]>,
    seen: usize,
    last_error: Option<crate::Error>,
}

impl Recorder {
    fn flush(&mut self, vault: &Vault, session: i64) {
        let Some(sec) = self.second else { return };
        if self.seen == 0 {
            return;
        }
        let avg: Option<Vec<f32>> = (!self.bucket.is_empty()).then(|| {
            (0..7)
                .map(|i| self.bucket.iter().map(|p| p[i]).sum::<f32>() / self.bucket.len() as f32)
                .collect()
        });
        if let Err(e) =
            vault.with_conn(|c| emotion::add_sample(c, session, sec * 1000, avg.as_deref()))
        {
            self.last_error = Some(e);
        }
        self.bucket.clear();
        self.seen = 0;
    }

    fn add(&mut self, vault: &Vault, session: i64, t_ms: i64, raw: Option<[f32; 7]>) {
        let sec = t_ms / 1000;
        if self.second != Some(sec) {
            self.flush(vault, session);
            self.second = Some(sec);
        }
        self.seen += 1;
        if let Some(p) = raw {
            self.bucket.push(p);
        }
    }
}

/// A running emotion session.
pub struct Tracking {
    capture: Capture,
    recorder: Arc<Mutex<Recorder>>,
    vault: Arc<Vault>,
    session_id: i64,
}

impl Tracking {
    /// Starts a session (optionally bound to a chat) and its capture; `on_event` sees every live
    /// sample (the shell turns them into events) and the end.
    pub fn start(
        vault: Arc<Vault>,
        chat_id: Option<i64>,
        source: Box<dyn FrameSource>,
        engine: Arc<Mutex<VisionEngine>>,
        cfg: CaptureConfig,
        mut on_event: impl FnMut(&CaptureEvent) + Send + 'static,
    ) -> Result<Tracking> {
        let session_id = vault.with_conn(|c| emotion::start(c, chat_id, &Stamp::now()))?;
        let recorder = Arc::new(Mutex::new(Recorder::default()));
        let (rec, v) = (recorder.clone(), vault.clone());
        let capture = Capture::start(source, engine, cfg, move |ev| {
            if let CaptureEvent::Sample(s) = &ev {
                rec.lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .add(&v, session_id, s.t_ms, s.raw);
            }
            on_event(&ev);
        });
        Ok(Tracking {
            capture,
            recorder,
            vault,
            session_id,
        })
    }

    /// The session's row id.
    pub fn session_id(&self) -> i64 {
        self.session_id
    }

    /// True while frames are being analysed.
    pub fn is_running(&self) -> bool {
        self.capture.is_running()
    }

    /// Stops the capture and stores the session's counts and averages (also after a camera error:
    /// what was measured is kept).
    pub fn stop(self) -> Result<emotion::Session> {
        let summary = self.capture.stop();
        let mut rec = self.recorder.lock().unwrap_or_else(|p| p.into_inner());
        rec.flush(&self.vault, self.session_id);
        let avg: Option<Vec<f32>> = (summary.with_face > 0).then(|| {
            summary
                .sums
                .iter()
                .map(|s| (s / summary.with_face as f64) as f32)
                .collect()
        });
        let no_face = (summary.frames - summary.with_face) as i64;
        self.vault.with_conn(|c| {
            emotion::stop(
                c,
                self.session_id,
                &Stamp::now(),
                summary.with_face as i64,
                no_face,
                avg.as_deref(),
            )
        })
    }
}
