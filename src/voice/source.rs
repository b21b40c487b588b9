//! Where live audio comes from: a microphone through `cpal` (ALSA; PulseAudio and PipeWire through
//! their ALSA plugins) or a WAV file played at real speed. Both give 16 kHz mono blocks, in memory only.

use super::audio::mono;
use super::resample::StreamResampler;
use super::SAMPLE_RATE;
use crate::error::{Code, Error, Result};
use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::time::{Duration, Instant};

/// What to open.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceSpec {
    /// A microphone by name (see [`list_microphones`]); `None` is the system's default.
    Microphone(Option<String>),
    /// A WAV file, at real speed (`realtime`) or as fast as it can be read.
    File {
        /// The file.
        path: PathBuf,
        /// Pace it like a microphone.
        realtime: bool,
    },
}

/// One microphone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct MicInfo {
    /// Its name, as the system gives it (the setting stores this).
    pub name: String,
    /// The system's default input.
    pub default: bool,
}

/// A source of 16 kHz mono samples.
pub trait AudioSource {
    /// For messages: which microphone or file.
    fn describe(&self) -> String;
    /// The next samples, waiting at most `wait`: an empty block when none came, `None` at the end.
    fn next_block(&mut self, wait: Duration) -> Result<Option<Vec<f32>>>;
}

/// The stable code for a microphone failure, from the message the sound system gave.
pub fn classify(message: &str) -> Code {
    let m = message.to_ascii_lowercase();
    if m.contains("busy") {
        Code::AudioBusy
    } else if m.contains("permission") || m.contains("not permitted") || m.contains("eacces") {
        Code::AudioPermission
    } else if m.contains("no such")
        || m.contains("not available")
        || m.contains("no longer available")
    {
        Code::AudioNone
    } else {
        Code::AudioUnavailable
    }
}

fn mic_err(context: &str, e: impl std::fmt::Display) -> Error {
    let msg = e.to_string();
    let code = classify(&msg);
    let lead = match code {
        Code::AudioNone => "no microphone found",
        Code::AudioBusy => "another program is using the microphone",
        Code::AudioPermission => "the system refused access to the microphone",
        _ => "the microphone could not be used",
    };
    Error::new(code, format!("{lead} ({context}: {msg})"))
}

/// The microphones this machine has (none is an empty list, not an error).
pub fn list_microphones() -> Result<Vec<MicInfo>> {
    let host = cpal::default_host();
    let default = host.default_input_device().and_then(|d| d.name().ok());
    let devices = match host.input_devices() {
        Ok(d) => d,
        Err(e) => return Err(mic_err("listing microphones", e)),
    };
    Ok(devices
        .filter_map(|d| d.name().ok())
        .map(|name| MicInfo {
            default: default.as_deref() == Some(name.as_str()),
            name,
        })
        .collect())
}

/// Opens a source. A microphone's stream lives on the calling thread (it cannot move between threads).
pub fn open(spec: &SourceSpec) -> Result<Box<dyn AudioSource>> {
    match spec {
        SourceSpec::Microphone(name) => Ok(Box::new(MicSource::open(name.as_deref())?)),
        SourceSpec::File { path, realtime } => Ok(Box::new(FileSource {
            name: path.display().to_string(),
            samples: super::audio::read_file(path)?,
            pos: 0,
            realtime: *realtime,
            started: None,
        })),
    }
}

/// A WAV file, decoded in memory.
struct FileSource {
    name: String,
    samples: Vec<f32>,
    pos: usize,
    realtime: bool,
    started: Option<Instant>,
}

impl AudioSource for FileSource {
    fn describe(&self) -> String {
        format!("file {}", self.name)
    }

    fn next_block(&mut self, wait: Duration) -> Result<Option<Vec<f32>>> {
        if self.pos >= self.samples.len() {
            return Ok(None);
        }
        let end = if self.realtime {
            let started = *self.started.get_or_insert_with(Instant::now);
            let due = |at: Instant| (at - started).as_secs_f64() * SAMPLE_RATE as f64;
            let mut now = Instant::now();
            if (due(now) as usize) <= self.pos {
                std::thread::sleep(wait.min(Duration::from_millis(20)));
                now = Instant::now();
            }
            (due(now) as usize).min(self.samples.len())
        } else {
            (self.pos + SAMPLE_RATE as usize).min(self.samples.len())
        };
        let block = self.samples[self.pos..end.max(self.pos)].to_vec();
        self.pos = end.max(self.pos);
        Ok(Some(block))
    }
}

/// A microphone: cpal's callback sends blocks over a channel; they are resampled here if needed.
struct MicSource {
    name: String,
    _stream: cpal::Stream,
    rx: Receiver<std::result::Result<Vec<f32>, String>>,
    resampler: Option<StreamResampler>,
}

impl MicSource {
    fn open(name: Option<&str>) -> Result<Self> {
        let host = cpal::default_host();
        let device = match name {
            Some(n) => host
                .input_devices()
                .map_err(|e| mic_err("listing microphones", e))?
                .find(|d| d.name().ok().as_deref() == Some(n))
                .ok_or_else(|| Error::new(Code::AudioNone, format!("no microphone named {n:?}")))?,
            None => host
                .default_input_device()
                .ok_or_else(|| Error::new(Code::AudioNone, "no microphone found"))?,
        };
        let label = device.name().unwrap_or_else(|_| "microphone".into());
        // 16 kHz mono if the device offers it, else its default (resampled and mixed down here).
        let wanted = device
            .supported_input_configs()
            .ok()
            .and_then(|mut ranges| {
                ranges.find(|r| {
                    r.channels() == 1
                        && r.min_sample_rate().0 <= SAMPLE_RATE
                        && r.max_sample_rate().0 >= SAMPLE_RATE
                        && matches!(
                            r.sample_format(),
                            cpal::SampleFormat::I16 | cpal::SampleFormat::F32
                        )
                })
            });
        let supported = match wanted {
            Some(r) => r.with_sample_rate(cpal::SampleRate(SAMPLE_RATE)),
            None => device
                .default_input_config()
                .map_err(|e| mic_err(&format!("opening {label}"), e))?,
        };
        let config: cpal::StreamConfig = supported.config();
        let channels = config.channels.max(1) as usize;
        // A bounded queue: if the reader stalls, blocks are dropped rather than piling up.
        let (tx, rx) = sync_channel(QUEUE);
        let tx_err = tx.clone();
        let on_error = move |e: cpal::StreamError| {
            let _ = tx_err.try_send(Err(e.to_string()));
        };
        let stream = match supported.sample_format() {
            cpal::SampleFormat::F32 => device.build_input_stream(
                &config,
                move |data: &[f32], _: &cpal::InputCallbackInfo| {
                    offer(&tx, mono(data, channels, |s| s));
                },
                on_error,
                None,
            ),
            cpal::SampleFormat::I16 => device.build_input_stream(
                &config,
                move |data: &[i16], _: &cpal::InputCallbackInfo| {
                    offer(&tx, mono(data, channels, |s| s as f32 / 32768.0));
                },
                on_error,
                None,
            ),
            cpal::SampleFormat::I32 => device.build_input_stream(
                &config,
                move |data: &[i32], _: &cpal::InputCallbackInfo| {
                    offer(&tx, mono(data, channels, |s| s as f32 / 2_147_483_648.0));
                },
                on_error,
                None,
            ),
            cpal::SampleFormat::U16 => device.build_input_stream(
                &config,
                move |data: &[u16], _: &cpal::InputCallbackInfo| {
                    offer(
                        &tx,
                        mono(data, channels, |s| (s as f32 - 32768.0) / 32768.0),
                    );
                },
                on_error,
                None,
            ),
            f => {
                return Err(Error::new(
                    Code::AudioUnavailable,
                    format!("{label}: {f} samples are not supported"),
                ))
            }
        }
        .map_err(|e| mic_err(&format!("opening {label}"), e))?;
        stream
            .play()
            .map_err(|e| mic_err(&format!("starting {label}"), e))?;
        let rate = config.sample_rate.0;
        Ok(Self {
            name: label,
            _stream: stream,
            rx,
            resampler: (rate != SAMPLE_RATE).then(|| StreamResampler::new(rate, SAMPLE_RATE)),
        })
    }
}

/// Blocks the microphone's callback may queue before the reader takes them (about 10 s at 48 kHz
/// in the usual 10-20 ms blocks: more is dropped, never stored).
const QUEUE: usize = 1024;

/// Queues a block without blocking the sound system's thread; a full queue drops it.
fn offer(tx: &SyncSender<std::result::Result<Vec<f32>, String>>, block: Vec<f32>) {
    if let Err(TrySendError::Full(_)) = tx.try_send(Ok(block)) {
        tracing::debug!("voice: a microphone block was dropped (the reader is behind)");
    }
}

impl AudioSource for MicSource {
    fn describe(&self) -> String {
        format!("microphone {}", self.name)
    }

    fn next_block(&mut self, wait: Duration) -> Result<Option<Vec<f32>>> {
        let block = match self.rx.recv_timeout(wait) {
            Ok(Ok(b)) => b,
            Ok(Err(e)) => {
                return Err(Error::new(
                    classify(&e),
                    format!("{} stopped: {e}", self.name),
                ))
            }
            Err(RecvTimeoutError::Timeout) => return Ok(Some(Vec::new())),
            Err(RecvTimeoutError::Disconnected) => {
                return Err(Error::new(
                    Code::AudioUnavailable,
                    format!("{} stopped delivering sound", self.name),
                ))
            }
        };
        Ok(Some(match &mut self.resampler {
            Some(r) => r.push(&block),
            None => block,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_get_their_codes() {
        assert_eq!(
            classify(
                "ALSA function 'snd_pcm_open' failed with error 'EBUSY: Device or resource busy'"
            ),
            Code::AudioBusy
        );
        assert_eq!(classify("Permission denied"), Code::AudioPermission);
        assert_eq!(
            classify("The requested device is no longer available."),
            Code::AudioNone
        );
        assert_eq!(classify("something else"), Code::AudioUnavailable);
    }

    #[test]
    fn a_file_plays_to_its_end() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.wav");
        let x: Vec<f32> = (0..40_000).map(|i| (i as f32 * 0.01).sin() * 0.3).collect();
        std::fs::write(&p, super::super::audio::encode_wav16(&x)).unwrap();
        let mut s = open(&SourceSpec::File {
            path: p,
            realtime: false,
        })
        .unwrap();
        let mut got = 0;
        while let Some(b) = s.next_block(Duration::from_millis(10)).unwrap() {
            got += b.len();
        }
        assert_eq!(got, 40_000);
    }
}
