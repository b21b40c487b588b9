//! Audio files decoded in memory to 16 kHz mono `f32`: WAV with 8/16/24/32-bit PCM or 32-bit float
//! (hound), FLAC and Ogg Vorbis (symphonia); any rate, any number of channels (averaged). Nothing is
//! written; bad input is a clear error.

use super::resample::resample;
use super::SAMPLE_RATE;
use crate::error::{Code, Error, Result};
use std::path::Path;

/// The longest recording read at once (30 minutes: 115 MB of samples at 16 kHz).
pub const MAX_SECONDS: u64 = 30 * 60;
/// The most samples a file may decode to (all channels): 30 minutes of 48 kHz stereo, whatever rate
/// and channel count its header claims (a small FLAC of silence can claim hours at 384 kHz).
const MAX_SAMPLES: u64 = MAX_SECONDS * 96_000;
/// The highest sample rate accepted.
const MAX_RATE: u32 = 192_000;

fn too_long() -> Error {
    Error::invalid(
        "audio",
        format!(
            "the recording is too long (at most {} minutes of 48 kHz stereo); split it first",
            MAX_SECONDS / 60
        ),
    )
}

fn bad(what: impl std::fmt::Display) -> Error {
    Error::new(
        Code::AudioDecode,
        format!("not a readable WAV file: {what}"),
    )
}

/// Reads a WAV, FLAC or Ogg Vorbis file (see [`decode`]).
pub fn read_file(path: &Path) -> Result<Vec<f32>> {
    let bytes =
        std::fs::read(path).map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    decode(&bytes).map_err(|e| Error::new(e.code(), format!("{}: {}", path.display(), e.message())))
}

/// WAV, FLAC or Ogg Vorbis bytes → 16 kHz mono samples, told apart by their first bytes.
pub fn decode(bytes: &[u8]) -> Result<Vec<f32>> {
    if bytes.starts_with(b"fLaC") || bytes.starts_with(b"OggS") {
        decode_compressed(bytes)
    } else {
        decode_wav(bytes)
    }
}

/// FLAC or Ogg Vorbis through symphonia; a panic inside the decoder (a damaged file it does not
/// expect) is a decode error, not a crash.
fn decode_compressed(bytes: &[u8]) -> Result<Vec<f32>> {
    std::panic::catch_unwind(|| decode_symphonia(bytes)).unwrap_or_else(|_| {
        Err(Error::new(
            Code::AudioDecode,
            "not a readable FLAC or Ogg file: the decoder failed on it",
        ))
    })
}

/// Every packet of the first audio track, channels averaged.
fn decode_symphonia(bytes: &[u8]) -> Result<Vec<f32>> {
    use symphonia::core::audio::SampleBuffer;
    use symphonia::core::codecs::{DecoderOptions, CODEC_TYPE_NULL};
    use symphonia::core::errors::Error as SymErr;
    use symphonia::core::formats::FormatOptions;
    use symphonia::core::io::MediaSourceStream;
    use symphonia::core::meta::MetadataOptions;
    use symphonia::core::probe::Hint;
    let bad = |what: &dyn std::fmt::Display| {
        Error::new(
            Code::AudioDecode,
            format!("not a readable FLAC or Ogg file: {what}"),
        )
    };
    let mss = MediaSourceStream::new(
        Box::new(std::io::Cursor::new(bytes.to_vec())),
        Default::default(),
    );
    let probed = symphonia::default::get_probe()
        .format(
            &Hint::new(),
            mss,
            &FormatOptions::default(),
            &MetadataOptions::default(),
        )
        .map_err(|e| bad(&e))?;
    let mut format = probed.format;
    let track = format
        .tracks()
        .iter()
        .find(|t| t.codec_params.codec != CODEC_TYPE_NULL)
        .ok_or_else(|| bad(&"no audio track"))?
        .clone();
    let rate = track
        .codec_params
        .sample_rate
        .ok_or_else(|| bad(&"no sample rate"))?;
    if !(4_000..=MAX_RATE).contains(&rate) {
        return Err(bad(&format!("{rate} Hz")));
    }
    let mut decoder = symphonia::default::get_codecs()
        .make(&track.codec_params, &DecoderOptions::default())
        .map_err(|e| bad(&e))?;
    let mut mono: Vec<f32> = Vec::new();
    let mut decoded_samples = 0u64;
    loop {
        let packet = match format.next_packet() {
            Ok(p) => p,
            Err(SymErr::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(bad(&e)),
        };
        if packet.track_id() != track.id {
            continue;
        }
        let decoded = match decoder.decode(&packet) {
            Ok(d) => d,
            Err(SymErr::DecodeError(_)) => continue, // a damaged packet: skipped, as players do
            Err(e) => return Err(bad(&e)),
        };
        let spec = *decoded.spec();
        let channels = spec.channels.count().max(1);
        decoded_samples += (decoded.frames() * channels) as u64;
        if decoded_samples > MAX_SAMPLES {
            return Err(too_long());
        }
        let mut buf = SampleBuffer::<f32>::new(decoded.capacity() as u64, spec);
        buf.copy_interleaved_ref(decoded);
        mono.extend(self::mono(buf.samples(), channels, |s| s));
    }
    if mono.is_empty() {
        return Err(bad(&"it holds no samples"));
    }
    Ok(resample(&mono, rate, SAMPLE_RATE))
}

/// WAV bytes → 16 kHz mono samples in [-1, 1] (non-finite samples read as silence).
pub fn decode_wav(bytes: &[u8]) -> Result<Vec<f32>> {
    let reader = hound::WavReader::new(std::io::Cursor::new(bytes)).map_err(bad)?;
    let spec = reader.spec();
    let channels = spec.channels as usize;
    if channels == 0 || spec.sample_rate < 4_000 || spec.sample_rate > MAX_RATE {
        return Err(bad(format!(
            "{} channel(s) at {} Hz",
            spec.channels, spec.sample_rate
        )));
    }
    let frames = reader.duration() as u64;
    // Bounds memory for many channels at a high rate too (what a damaged header may claim).
    if frames / spec.sample_rate as u64 > MAX_SECONDS || frames * channels as u64 > MAX_SAMPLES {
        return Err(too_long());
    }
    let interleaved: Vec<f32> = match (spec.sample_format, spec.bits_per_sample) {
        (hound::SampleFormat::Float, 32) => reader
            .into_samples::<f32>()
            .collect::<std::result::Result<_, _>>()
            .map_err(bad)?,
        (hound::SampleFormat::Int, bits @ (8 | 16 | 24 | 32)) => {
            let scale = 1.0 / (1u64 << (bits - 1)) as f32;
            reader
                .into_samples::<i32>()
                .map(|s| s.map(|v| v as f32 * scale))
                .collect::<std::result::Result<_, _>>()
                .map_err(bad)?
        }
        (f, b) => return Err(bad(format!("{b}-bit {f:?} samples are not supported"))),
    };
    if interleaved.is_empty() {
        return Err(bad("it holds no samples"));
    }
    Ok(resample(
        &mono(&interleaved, channels, |s| s),
        spec.sample_rate,
        SAMPLE_RATE,
    ))
}

/// Interleaved samples → mono in [-1, 1] (a non-finite sample reads as silence).
pub(super) fn mono<T: Copy>(data: &[T], channels: usize, to_f32: impl Fn(T) -> f32) -> Vec<f32> {
    data.chunks(channels)
        .map(|c| {
            let s = c.iter().map(|&s| to_f32(s)).sum::<f32>() / c.len() as f32;
            if s.is_finite() {
                s.clamp(-1.0, 1.0)
            } else {
                0.0
            }
        })
        .collect()
}

/// 16 kHz mono samples as a 16-bit WAV in memory (for tests and for feeding a virtual microphone).
pub fn encode_wav16(samples: &[f32]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: SAMPLE_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    {
        let mut w = hound::WavWriter::new(&mut out, spec).expect("in-memory WAV");
        for &s in samples {
            w.write_sample((s.clamp(-1.0, 1.0) * 32767.0) as i16)
                .expect("in-memory WAV");
        }
        w.finalize().expect("in-memory WAV");
    }
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_pcm16_and_refuses_garbage() {
        let x: Vec<f32> = (0..1600).map(|i| ((i as f32) * 0.05).sin() * 0.5).collect();
        let y = decode_wav(&encode_wav16(&x)).unwrap();
        assert_eq!(y.len(), x.len());
        assert!(x.iter().zip(&y).all(|(a, b)| (a - b).abs() < 1e-4));
        for junk in [&b""[..], b"RIFF", b"RIFF\x10\0\0\0WAVEfmt ", &[0xff; 64]] {
            let e = decode_wav(junk).unwrap_err();
            assert_eq!(e.code(), Code::AudioDecode, "{e}");
        }
    }

    #[test]
    fn compressed_headers_with_nothing_after_are_errors() {
        for junk in [
            &b"fLaC"[..],
            b"OggS",
            b"fLaC\0\0\0\x22garbage",
            b"OggS\0\x02junkjunkjunk",
        ] {
            assert_eq!(decode(junk).unwrap_err().code(), Code::AudioDecode);
        }
    }

    #[test]
    fn never_panics_on_cut_or_flipped_bytes() {
        let x: Vec<f32> = (0..800).map(|i| ((i as f32) * 0.1).sin()).collect();
        let wav = encode_wav16(&x);
        for cut in 0..wav.len().min(80) {
            let _ = decode_wav(&wav[..cut]);
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..2000 {
            let mut b = wav.clone();
            for _ in 0..4 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let i = (seed as usize) % 64;
                b[i] = (seed >> 32) as u8;
            }
            let _ = decode_wav(&b);
        }
    }
}
