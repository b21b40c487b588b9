//! A voice session bound to the vault: the live thread, a ≤1 Hz timeline written as readings come,
//! counts and means stored on stop, and the person's baseline read from and (with their consent)
//! saved to the vault. Only these rows are written; audio never is.

use super::baseline::{self, Baseline};
use super::live::{LiveEvent, LiveVoice};
use super::source::SourceSpec;
use super::VoiceEngine;
use crate::error::Result;
use crate::vault::repo::settings;
use crate::vault::repo::voice::{self, Totals, VoicePoint, VoiceSession, MIN_POINT_GAP_MS};
use crate::vault::{Stamp, Vault};
use std::sync::{Arc, Mutex};

/// Sums of the readings so far.
#[derive(Default)]
struct Acc {
    segments: i64,
    uncertain: i64,
    speech_ms: i64,
    sums: [f64; 3],
    arousal: f64,
    last_point: Option<i64>,
}

impl Acc {
    fn add(&mut self, vault: &Vault, session: i64, r: &super::SegmentReading) {
        self.segments += 1;
        self.uncertain += i64::from(r.tone.tone == "uncertain");
        self.speech_ms += ((r.end_s - r.start_s) * 1000.0) as i64;
        let probs: Vec<f32> = r.tone.probabilities.iter().map(|p| p.probability).collect();
        for (s, p) in self.sums.iter_mut().zip(&probs) {
            *s += f64::from(*p);
        }
        self.arousal += f64::from(r.tone.arousal);
        let t_ms = (r.start_s * 1000.0) as i64;
        if self.last_point.is_none_or(|l| t_ms - l >= MIN_POINT_GAP_MS) {
            let point = VoicePoint {
                t_ms,
                tone: r.tone.tone.clone(),
                probabilities: probs,
                arousal: r.tone.arousal,
                pitch_hz: r.pitch_hz,
            };
            match vault.with_conn(|c| voice::add_point(c, session, &point)) {
                Ok(()) => self.last_point = Some(t_ms),
                Err(e) => {
                    tracing::warn!(code = %e.code(), "voice point not stored: {}", e.message())
                }
            }
        }
    }

    fn totals(&self) -> Totals {
        let n = self.segments as f64;
        Totals {
            segments: self.segments,
            uncertain: self.uncertain,
            speech_ms: self.speech_ms,
            averages: (self.segments > 0)
                .then(|| self.sums.iter().map(|s| (s / n) as f32).collect()),
            arousal: (self.segments > 0).then(|| (self.arousal / n) as f32),
        }
    }
}

/// Whether the person agreed to learn a baseline of their voice, and the one learned so far.
pub fn stored_baseline(vault: &Vault) -> Result<(bool, Baseline)> {
    vault.with_conn(|c| {
        let learn = settings::get(c, baseline::LEARN_SETTING)?
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        let b = settings::get(c, baseline::SETTING)?
            .and_then(|v| Baseline::from_setting(&v))
            .unwrap_or_default();
        Ok((learn, b))
    })
}

/// A running voice session.
pub struct VoiceRun {
    live: LiveVoice,
    acc: Arc<Mutex<Acc>>,
    vault: Arc<Vault>,
    baseline: Arc<Mutex<Baseline>>,
    learn: bool,
    session_id: i64,
}

impl VoiceRun {
    /// Starts a session (optionally bound to a chat) on `spec`; `on_event` sees every level, reading
    /// and the end (the shell turns them into events).
    pub fn start(
        vault: Arc<Vault>,
        chat_id: Option<i64>,
        spec: SourceSpec,
        load: impl FnOnce() -> Result<VoiceEngine> + Send + 'static,
        mut on_event: impl FnMut(&LiveEvent) + Send + 'static,
    ) -> Result<VoiceRun> {
        let (learn, stored) = stored_baseline(&vault)?;
        let baseline = Arc::new(Mutex::new(stored));
        let session_id = vault.with_conn(|c| voice::start(c, chat_id, &Stamp::now()))?;
        let acc = Arc::new(Mutex::new(Acc::default()));
        let (a, v) = (acc.clone(), vault.clone());
        let live = LiveVoice::start(spec, load, baseline.clone(), learn, move |ev| {
            if let LiveEvent::Reading(r) = &ev {
                a.lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .add(&v, session_id, r);
            }
            on_event(&ev);
        });
        let live = match live {
            Ok(l) => l,
            Err(e) => {
                // Nothing was heard: the empty session is not kept.
                let _ = vault.with_conn(|c| {
                    c.execute("DELETE FROM voice_sessions WHERE id = ?1", [session_id])?;
                    Ok(())
                });
                return Err(e);
            }
        };
        Ok(VoiceRun {
            live,
            acc,
            vault,
            baseline,
            learn,
            session_id,
        })
    }

    /// The session's row id.
    pub fn session_id(&self) -> i64 {
        self.session_id
    }

    /// Which microphone or file.
    pub fn describe(&self) -> &str {
        self.live.describe()
    }

    /// True while audio is being read.
    pub fn is_running(&self) -> bool {
        self.live.is_running()
    }

    /// Stops listening and stores the totals (also after a microphone error: what was read is kept),
    /// and the baseline when the person agreed to learn it.
    pub fn stop(self) -> Result<VoiceSession> {
        self.live.stop();
        let totals = self.acc.lock().unwrap_or_else(|p| p.into_inner()).totals();
        let at = Stamp::now();
        let b = self
            .baseline
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        self.vault.with_conn(|c| {
            if self.learn && b.count > 0 {
                settings::set(c, baseline::SETTING, &b.to_setting(), &at)?;
            }
            voice::stop(c, self.session_id, &at, &totals)
        })
    }
}
