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
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// Sums of the readings so far.
#[derive(Default)]
struct Acc {
    segments: i64,
    uncertain: i64,
    speech_ms: i64,
    sums: [f64; 3],
    arousal: f64,
    /// Sum and count of the segments' speaking rates (weighted by their length).
    rate: (f64, f64),
    last_point: Option<i64>,
}

impl Acc {
    fn add(&mut self, vault: &Vault, session: i64, r: &super::SegmentReading) {
        self.segments += 1;
        self.speech_ms += ((r.end_s - r.start_s) * 1000.0) as i64;
        if let Some(rate) = r.syllables_per_s.filter(|x| x.is_finite()) {
            let secs = (r.end_s - r.start_s).max(0.0);
            self.rate.0 += f64::from(rate) * secs;
            self.rate.1 += secs;
        }
        let probs: Vec<f32> = r.tone.probabilities.iter().map(|p| p.probability).collect();
        // The means (what reports and the companion hear) are over the readings it was sure of.
        if r.tone.tone == "uncertain" {
            self.uncertain += 1;
        } else {
            for (s, p) in self.sums.iter_mut().zip(&probs) {
                *s += f64::from(*p);
            }
            self.arousal += f64::from(r.tone.arousal);
        }
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
        let sure = self.segments - self.uncertain;
        let n = sure as f64;
        Totals {
            segments: self.segments,
            uncertain: self.uncertain,
            speech_ms: self.speech_ms,
            averages: (sure > 0).then(|| {
                self.sums
                    .iter()
                    .map(|s| (s / n).clamp(0.0, 1.0) as f32)
                    .collect()
            }),
            arousal: (sure > 0).then(|| (self.arousal / n).clamp(0.0, 1.0) as f32),
            rate: (self.rate.1 > 0.0).then(|| (self.rate.0 / self.rate.1) as f32),
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
            .and_then(|v| Baseline::from_setting(&v, super::tone::EMBEDDING + super::tone::PROSODY))
            .unwrap_or_default();
        Ok((learn, b))
    })
}

/// What a running session shares with its thread and with the settings: whether to learn the
/// baseline (the person may change their mind while it runs) and the baseline itself.
#[derive(Clone, Default)]
pub struct Learning {
    /// The person's consent, as it is now.
    pub learn: Arc<AtomicBool>,
    /// The baseline readings are made against (and, with consent, added to).
    pub baseline: Arc<Mutex<Baseline>>,
}

impl Learning {
    /// The person agreed or withdrew; `forget` empties what was learned (also in this session).
    pub fn set(&self, learn: bool, forget: bool) {
        self.learn.store(learn, Ordering::Relaxed);
        if forget {
            *self.baseline.lock().unwrap_or_else(|p| p.into_inner()) = Baseline::default();
        }
    }
}

/// A running voice session. Dropped without [`VoiceRun::stop`] (the window closed, a new session
/// replaced one that ended on its own), it still stores what it read.
pub struct VoiceRun {
    live: Option<LiveVoice>,
    acc: Arc<Mutex<Acc>>,
    vault: Arc<Vault>,
    learning: Learning,
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
        let learning = Learning {
            learn: Arc::new(AtomicBool::new(learn)),
            baseline: Arc::new(Mutex::new(stored)),
        };
        let session_id = vault.with_conn(|c| voice::start(c, chat_id, &Stamp::now()))?;
        let acc = Arc::new(Mutex::new(Acc::default()));
        let (a, v) = (acc.clone(), vault.clone());
        let live = LiveVoice::start(spec, load, learning.clone(), move |ev| {
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
            live: Some(live),
            acc,
            vault,
            learning,
            session_id,
        })
    }

    /// The session's row id.
    pub fn session_id(&self) -> i64 {
        self.session_id
    }

    /// Which microphone or file.
    pub fn describe(&self) -> &str {
        self.live.as_ref().map_or("", |l| l.describe())
    }

    /// True while audio is being read.
    pub fn is_running(&self) -> bool {
        self.live.as_ref().is_some_and(LiveVoice::is_running)
    }

    /// The consent and baseline this session reads and learns with.
    pub fn learning(&self) -> &Learning {
        &self.learning
    }

    /// Stops listening and stores the totals (also after a microphone error: what was read is kept),
    /// and the baseline when the person agrees, now, to learn it.
    pub fn stop(mut self) -> Result<VoiceSession> {
        self.finish()
    }

    fn finish(&mut self) -> Result<VoiceSession> {
        let Some(live) = self.live.take() else {
            return Err(crate::Error::new(
                crate::Code::InvalidInput,
                "the voice session was already stopped",
            ));
        };
        live.stop();
        let totals = self.acc.lock().unwrap_or_else(|p| p.into_inner()).totals();
        let at = Stamp::now();
        let b = self
            .learning
            .baseline
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        self.vault.with_conn(|c| {
            // Consent is read again here: withdrawn while the session ran, nothing is kept.
            let learn = settings::get(c, baseline::LEARN_SETTING)?
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            if learn && self.learning.learn.load(Ordering::Relaxed) && b.count > 0 {
                settings::set(c, baseline::SETTING, &b.to_setting(), &at)?;
            }
            voice::stop(c, self.session_id, &at, &totals)
        })
    }
}

impl Drop for VoiceRun {
    fn drop(&mut self) {
        if self.live.is_some() {
            if let Err(e) = self.finish() {
                tracing::warn!(code = %e.code(), "voice session not closed: {}", e.message());
            }
        }
    }
}
