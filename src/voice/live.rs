//! A live voice session's thread: audio from a source → VAD per 32 ms → segments → readings, with the
//! speech level a few times a second. Audio stays in this thread's memory: the last 31 s read by the
//! VAD and the block not yet read (the microphone's queue is bounded; blocks are dropped when full).

use super::engine::SegmentReading;
use super::segment::{Segmenter, Span, PAD};
use super::source::{self, SourceSpec};
use super::tone::MIN_SAMPLES;
use super::vad::CHUNK;
use super::{VoiceEngine, SAMPLE_RATE};
use crate::error::{Error, Result};
use serde::Serialize;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// Audio kept for cutting segments: the longest segment plus padding and the VAD's closing wait.
const KEEP: usize = SAMPLE_RATE as usize * 31;
/// How often the speech level is reported.
const LEVEL_EVERY: usize = SAMPLE_RATE as usize / 4;

/// The speech level, a few times a second (for the badge).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct VoiceLevel {
    /// Milliseconds since the session started.
    pub t_ms: i64,
    /// The VAD's speech probability for the latest chunk.
    pub speech: f32,
}

/// What a live session reports.
#[derive(Debug, Clone)]
pub enum LiveEvent {
    /// The speech level.
    Level(VoiceLevel),
    /// A segment was read.
    Reading(SegmentReading),
    /// The session ended: `None` when stopped or the file ran out, `Some` on an error.
    Ended(Option<Error>),
}

/// A running live session.
pub struct LiveVoice {
    stop: Arc<AtomicBool>,
    /// Set just before the end is reported.
    done: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
    describe: String,
}

impl LiveVoice {
    /// Opens `spec` and the models on a new thread; returns once the source is open (or with its
    /// error). Readings are made against `learning`'s baseline and, while the person agrees, each
    /// segment the head could read as a voice is added to it.
    pub fn start(
        spec: SourceSpec,
        load: impl FnOnce() -> Result<VoiceEngine> + Send + 'static,
        learning: super::session::Learning,
        mut on_event: impl FnMut(LiveEvent) + Send + 'static,
    ) -> Result<LiveVoice> {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let done = Arc::new(AtomicBool::new(false));
        let ended = done.clone();
        let (ready_tx, ready_rx) = sync_channel::<Result<String>>(1);
        let handle = std::thread::Builder::new()
            .name("mentora-voice".into())
            .spawn(move || {
                let opened = load().and_then(|e| source::open(&spec).map(|s| (e, s)));
                let (mut engine, mut src) = match opened {
                    Ok(x) => x,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                let _ = ready_tx.send(Ok(src.describe()));
                let end = run(&flag, &mut engine, src.as_mut(), &learning, &mut on_event);
                // Not running any more from here: whoever hears the end may start another at once.
                ended.store(true, Ordering::Relaxed);
                on_event(LiveEvent::Ended(end.err()));
            })
            .map_err(|e| Error::io("starting the voice thread", e))?;
        let describe = ready_rx
            .recv()
            .unwrap_or_else(|_| Err(Error::new(crate::Code::Internal, "the voice thread died")));
        match describe {
            Ok(describe) => Ok(LiveVoice {
                stop,
                done,
                handle: Some(handle),
                describe,
            }),
            Err(e) => {
                let _ = handle.join();
                Err(e)
            }
        }
    }

    /// Which microphone or file.
    pub fn describe(&self) -> &str {
        &self.describe
    }

    /// True while the thread runs.
    pub fn is_running(&self) -> bool {
        !self.done.load(Ordering::Relaxed) && self.handle.as_ref().is_some_and(|h| !h.is_finished())
    }

    /// Stops the thread and waits for it (at most one segment's reading).
    pub fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

impl Drop for LiveVoice {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

/// The recent audio and where it starts in the stream.
struct Ring {
    samples: VecDeque<f32>,
    start: usize,
}

impl Ring {
    fn cut(&self, s: Span) -> Vec<f32> {
        let from = s.start.max(self.start) - self.start;
        let to = (s.end.max(self.start) - self.start).min(self.samples.len());
        self.samples.range(from..to.max(from)).copied().collect()
    }
}

fn run(
    stop: &AtomicBool,
    engine: &mut VoiceEngine,
    src: &mut dyn super::source::AudioSource,
    learning: &super::session::Learning,
    on_event: &mut impl FnMut(LiveEvent),
) -> Result<()> {
    engine.vad.reset();
    let mut seg = Segmenter::default();
    let mut ring = Ring {
        samples: VecDeque::new(),
        start: 0,
    };
    let mut pending: Vec<f32> = Vec::new();
    let mut done = 0usize; // samples through the VAD
    let mut next_level = 0usize;
    loop {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let Some(block) = src.next_block(Duration::from_millis(50))? else {
            break;
        };
        pending.extend_from_slice(&block);
        ring.samples.extend(block);
        let mut used = 0;
        while pending.len() - used >= CHUNK {
            let p = engine.vad.push(&pending[used..used + CHUNK])?;
            let at = done;
            done += CHUNK;
            used += CHUNK;
            if done >= next_level {
                next_level = done + LEVEL_EVERY;
                on_event(LiveEvent::Level(VoiceLevel {
                    t_ms: (done as u64 * 1000 / SAMPLE_RATE as u64) as i64,
                    speech: p,
                }));
            }
            if let Some(span) = seg.push(at, p) {
                if let Some(r) = read(engine, &ring, learning, span, done)? {
                    on_event(LiveEvent::Reading(r));
                }
            }
        }
        pending.drain(..used);
        // Keep KEEP samples behind what the VAD has read (a closing segment reaches that far back),
        // however large the blocks that arrive.
        let keep_from = done.saturating_sub(KEEP);
        if keep_from > ring.start {
            let n = (keep_from - ring.start).min(ring.samples.len());
            ring.samples.drain(..n);
            ring.start += n;
        }
    }
    if let Some(span) = seg.finish(done) {
        if let Some(r) = read(engine, &ring, learning, span, done)? {
            on_event(LiveEvent::Reading(r));
        }
    }
    Ok(())
}

/// The reading of a closed span (padded within what has arrived), against and into the baseline.
fn read(
    engine: &mut VoiceEngine,
    ring: &Ring,
    learning: &super::session::Learning,
    span: Span,
    total: usize,
) -> Result<Option<SegmentReading>> {
    let span = Span {
        start: span.start.saturating_sub(PAD),
        end: (span.end + PAD).min(total),
    };
    let audio = ring.cut(span);
    if audio.len() < MIN_SAMPLES {
        return Ok(None);
    }
    let f = engine.tone.features(&audio)?;
    let mut b = learning.baseline.lock().unwrap_or_else(|p| p.into_inner());
    let r = engine.reading(span, &f, Some(&b))?;
    // Only what sounded like a voice it can read: not noise, music or a whistle.
    let voice = !matches!(
        r.tone.uncertain_why.as_deref(),
        Some("little_voice" | "unlike_training")
    );
    if voice && learning.learn.load(std::sync::atomic::Ordering::Relaxed) {
        b.add(&f.joined());
    }
    Ok(Some(r))
}
