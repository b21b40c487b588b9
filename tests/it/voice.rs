//! Voice tone on real speech (the Polish set's clips, which the head was trained on — these tests check
//! the pipeline, not accuracy; the held-out figure is the trainer's leave-one-speaker-out): Rust vs
//! Python onnxruntime, files of other rates, channels and formats, silence, sounds unlike a voice,
//! damaged files, nothing written.

use crate::common;
use crate::common::voice::{clip, clips, engine};
use mentora::error::Code;
use mentora::voice::audio::{decode_wav, encode_wav16};
use mentora::voice::baseline::Baseline;
use mentora::voice::engine::BaselineMode;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let norm = |v: &[f32]| v.iter().map(|x| x * x).sum::<f32>().sqrt();
    dot / (norm(a) * norm(b))
}

fn max_diff(a: &[f32], b: &[f64]) -> f64 {
    assert_eq!(a.len(), b.len());
    a.iter()
        .zip(b)
        .map(|(x, y)| (*x as f64 - y).abs())
        .fold(0.0, f64::max)
}

#[test]
fn encoder_and_head_match_python_onnxruntime() {
    let fixture: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/voice/parity.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let mut e = engine();
    let rows = fixture["clips"].as_array().unwrap();
    assert_eq!(rows.len(), 5);
    let mut worst = 0.0f64;
    for row in rows {
        let c = clip(row["clip"].as_str().unwrap());
        assert_eq!(c.samples.len() as u64, row["samples"].as_u64().unwrap());
        let f = e.tone.features(&c.samples).unwrap();
        let tone = e.tone.read(&f, None).unwrap();
        let nums = |k: &str| -> Vec<f64> {
            row[k]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_f64().unwrap())
                .collect()
        };
        let probs: Vec<f32> = tone.probabilities.iter().map(|p| p.probability).collect();
        for d in [
            max_diff(&f.embedding, &nums("embedding")),
            max_diff(&f.prosody, &nums("prosody")),
            max_diff(&probs, &nums("tone")),
            max_diff(&[tone.arousal], &[row["arousal"].as_f64().unwrap()]),
        ] {
            worst = worst.max(d);
        }
    }
    eprintln!("voice parity: worst |rust - python| = {worst:.2e}");
    assert!(worst <= 1e-4, "worst difference {worst}");
}

/// Every clip through VAD → segment → encoder → head, each speaker read against a baseline of their
/// own segments (as the app's personal baseline): the pipeline finds the word in (nearly) every clip
/// and reads it as the trainer did. In-sample (the head saw these speakers), so the bar is not a
/// held-out claim; the held-out figure is printed by scripts/models/train_voice_head.py.
#[test]
fn the_whole_pipeline_reads_the_polish_clips() {
    let mut e = engine();
    let mut per_speaker: BTreeMap<
        u8,
        Vec<(
            &'static str,
            mentora::voice::tone::Features,
            mentora::voice::segment::Span,
        )>,
    > = BTreeMap::new();
    let mut no_speech = 0;
    for c in clips() {
        let spans = e.spans(&c.samples).unwrap();
        // The longest span is the word.
        let Some(s) = spans.into_iter().max_by_key(|s| s.end - s.start) else {
            no_speech += 1;
            continue;
        };
        let f = e.tone.features(&c.samples[s.start..s.end]).unwrap();
        per_speaker
            .entry(c.speaker)
            .or_default()
            .push((c.label, f, s));
    }
    assert_eq!(clips().len(), 450);
    assert!(no_speech <= 5, "{no_speech} clips without speech");
    let (mut right, mut total, mut uncertain) = (0, 0, 0);
    for rows in per_speaker.values() {
        let mut b = Baseline::default();
        rows.iter().for_each(|(_, f, _)| b.add(&f.joined()));
        assert!(b.ready());
        for (label, f, s) in rows {
            let r = e.reading(*s, f, Some(&b)).unwrap();
            assert_eq!(r.tone.baseline, "personal");
            let sum: f32 = r.tone.probabilities.iter().map(|p| p.probability).sum();
            assert!((sum - 1.0).abs() < 1e-4 && (0.0..=1.0).contains(&r.tone.arousal));
            total += 1;
            if r.tone.tone == "uncertain" {
                uncertain += 1;
            } else if r.tone.tone == *label {
                right += 1;
            }
        }
    }
    let acc = right as f64 / total as f64;
    eprintln!("pipeline on VAD segments, own baselines (in-sample): {right}/{total} = {acc:.3}, uncertain {uncertain}");
    assert!(acc >= 0.6, "accuracy {acc}");
}

#[test]
fn silence_and_hiss_have_no_speech() {
    let mut e = engine();
    let silence = vec![0.0f32; 16_000 * 3];
    assert!(e
        .analyze(&silence, BaselineMode::Default)
        .unwrap()
        .is_empty());
    let mut seed = 1u32;
    let hiss: Vec<f32> = (0..16_000 * 3)
        .map(|_| {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (seed >> 8) as f32 / (1u32 << 24) as f32 * 0.02 - 0.01
        })
        .collect();
    assert!(e.analyze(&hiss, BaselineMode::Default).unwrap().is_empty());
}

/// A 44.1 kHz stereo 16-bit file of a clip reads like the 16 kHz original.
#[test]
fn other_rates_and_channels_are_resampled() {
    let c = clip("m2.a_tak_1.wav");
    let up = mentora::voice::resample::resample(&c.samples, 16_000, 44_100);
    let mut wav = std::io::Cursor::new(Vec::new());
    {
        let spec = hound::WavSpec {
            channels: 2,
            sample_rate: 44_100,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::new(&mut wav, spec).unwrap();
        for s in &up {
            let v = (s * 32767.0) as i16;
            w.write_sample(v).unwrap();
            w.write_sample(v).unwrap();
        }
        w.finalize().unwrap();
    }
    let back = decode_wav(&wav.into_inner()).unwrap();
    assert!((back.len() as i64 - c.samples.len() as i64).abs() <= 2);
    let mut e = engine();
    let a = e.tone.features(&c.samples).unwrap();
    let b = e.tone.features(&back).unwrap();
    let cos = cosine(&a.embedding, &b.embedding);
    assert!(cos > 0.995, "cosine {cos}");
}

/// FLAC and Ogg Vorbis (44.1 kHz stereo, made from a clip with libsndfile) read like the clip itself;
/// cut or damaged compressed files are errors, never a panic.
#[test]
fn flac_and_ogg_read_like_the_wav() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/voice");
    let c = clip("m5.a_stop_1.wav");
    let mut e = engine();
    let a = e.tone.features(&c.samples).unwrap();
    // Vorbis may end with part of a padding frame (symphonia does not trim to the last granule).
    for (ext, min_cos, slack) in [("flac", 0.995f32, 4i64), ("ogg", 0.98, 400)] {
        let bytes = std::fs::read(dir.join(format!("m5.a_stop_1.44k-stereo.{ext}"))).unwrap();
        let back = mentora::voice::audio::decode(&bytes).unwrap();
        assert!(
            (back.len() as i64 - c.samples.len() as i64).abs() <= slack,
            "{ext}: {} samples",
            back.len()
        );
        let b = e.tone.features(&back).unwrap();
        let cos = cosine(&a.embedding, &b.embedding);
        assert!(cos > min_cos, "{ext}: cosine {cos}");
        for cut in [0, 4, 40, bytes.len() / 3, bytes.len() - 1] {
            let _ = mentora::voice::audio::decode(&bytes[..cut]);
        }
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..300 {
            let mut b = bytes.clone();
            for _ in 0..3 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let i = 4 + (seed as usize) % (b.len() - 4);
                b[i] = (seed >> 40) as u8;
            }
            if let Err(err) = mentora::voice::audio::decode(&b) {
                assert_eq!(err.code(), Code::AudioDecode, "{ext}: {err}");
            }
        }
    }
}

/// `mentora voice analyze`: readings of a real clip; a damaged file is a clear error; the recording is
/// read, not copied: nothing but an empty log lands in the data folder and the file is unchanged.
#[test]
fn cli_analyze_reads_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let wav = dir.path().join("clip.wav");
    let bytes = encode_wav16(&clip("m4.a_nie_2.wav").samples);
    std::fs::write(&wav, &bytes).unwrap();
    let md = common::models_dir();
    let analyze = |file: &std::path::Path, json: bool| {
        let mut args = vec![
            "--models-dir",
            md.to_str().unwrap(),
            "voice",
            "analyze",
            file.to_str().unwrap(),
        ];
        if json {
            args.push("--json");
        }
        common::run_cli(&data, &args, "", false)
    };
    let out = analyze(&wav, true);
    assert!(out.status.success(), "{}", common::output_text(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let segs = v["segments"].as_array().unwrap();
    assert_eq!(segs.len(), 1, "{v}");
    assert!(["anger", "fear", "neutral", "uncertain"].contains(&segs[0]["tone"].as_str().unwrap()));
    assert!(v["accuracy"]["personal"].as_f64().unwrap() > 0.5);
    // Only the (empty) day's log: no audio, no readings.
    let written: Vec<_> = common::vault::snapshot(&data)
        .into_iter()
        .filter(|(p, b)| {
            !(p.strip_prefix(&data).unwrap().starts_with("logs")
                && p.extension().is_some_and(|e| e == "log")
                && b.is_empty())
        })
        .collect();
    assert!(
        written.is_empty(),
        "written: {:?}",
        written.iter().map(|w| &w.0).collect::<Vec<_>>()
    );
    assert_eq!(std::fs::read(&wav).unwrap(), bytes);
    let text = common::output_text(&analyze(&wav, false));
    assert!(
        text.contains("in one segment") && text.contains("6 in 10 right for voices it never heard"),
        "{text}"
    );

    let bad = dir.path().join("bad.wav");
    std::fs::write(&bad, &bytes[..30]).unwrap();
    let out = analyze(&bad, false);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::output_text(&out).contains("error [audio.decode_failed]"),
        "{}",
        common::output_text(&out)
    );
    assert_eq!(decode_wav(b"RIFF").unwrap_err().code(), Code::AudioDecode);
}

/// Sounds unlike any voice the head learned from (a whistle, a buzz) read as `uncertain` with the
/// reason; real speech of a speaker is not flagged.
#[test]
fn what_is_unlike_the_training_voices_is_uncertain() {
    let mut e = engine();
    let t = |i: usize| i as f32 / 16_000.0;
    let whistle: Vec<f32> = (0..16_000)
        .map(|i| (2.0 * std::f32::consts::PI * 1_200.0 * t(i)).sin() * 0.3)
        .collect();
    let buzz: Vec<f32> = (0..16_000)
        .map(|i| {
            (1..6)
                .map(|h| (2.0 * std::f32::consts::PI * 120.0 * h as f32 * t(i)).sin() / h as f32)
                .sum::<f32>()
                * 0.2
        })
        .collect();
    for (name, sound) in [("whistle", whistle), ("buzz", buzz)] {
        let f = e.tone.features(&sound).unwrap();
        let r = e.tone.read(&f, None).unwrap();
        assert_eq!(r.tone, "uncertain", "{name}: {r:?}");
        assert_eq!(
            r.uncertain_why.as_deref(),
            Some("unlike_training"),
            "{name}"
        );
    }
    let mut flagged = 0;
    for c in clips().iter().filter(|c| c.speaker == 4) {
        let f = e.tone.features(&c.samples).unwrap();
        if e.tone.unlikeness(&f) > e.tone.meta().unlike_training_above {
            flagged += 1;
        }
    }
    assert_eq!(flagged, 0);
}
