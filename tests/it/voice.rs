//! Voice tone on real speech (the Polish set's clips, which the head was trained on — these tests check
//! the pipeline, not accuracy; the held-out figure is the trainer's leave-one-speaker-out): Rust vs
//! Python onnxruntime, files of other rates and channels, silence, damaged files, nothing written.

use crate::common;
use mentora::error::Code;
use mentora::voice::audio::{decode_wav, encode_wav16};
use mentora::voice::baseline::Baseline;
use mentora::voice::engine::BaselineMode;
use mentora::voice::polish::{self, Clip};
use mentora::voice::VoiceEngine;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

fn clips_zip() -> PathBuf {
    let p = mentora::cli::voice::default_clips();
    assert!(
        p.is_file(),
        "{} is missing: run scripts/setup.sh",
        p.display()
    );
    p
}

fn clips() -> &'static [Clip] {
    static CLIPS: OnceLock<Vec<Clip>> = OnceLock::new();
    CLIPS.get_or_init(|| polish::read_zip(&clips_zip(), None).unwrap())
}

fn clip(name: &str) -> &'static Clip {
    clips().iter().find(|c| c.name == name).unwrap()
}

fn engine() -> VoiceEngine {
    mentora::runtime::init(None).unwrap();
    let m = mentora::models::Manifest::load(&common::models_dir()).unwrap();
    VoiceEngine::load(&m, 2).unwrap()
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
    let dot: f32 = a
        .embedding
        .iter()
        .zip(&b.embedding)
        .map(|(x, y)| x * y)
        .sum();
    let norm = |v: &[f32]| v.iter().map(|x| x * x).sum::<f32>().sqrt();
    let cos = dot / (norm(&a.embedding) * norm(&b.embedding));
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
        let dot: f32 = a
            .embedding
            .iter()
            .zip(&b.embedding)
            .map(|(x, y)| x * y)
            .sum();
        let norm = |v: &[f32]| v.iter().map(|x| x * x).sum::<f32>().sqrt();
        let cos = dot / (norm(&a.embedding) * norm(&b.embedding));
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
    let out = common::run_cli(
        &data,
        &[
            "--models-dir",
            md.to_str().unwrap(),
            "voice",
            "analyze",
            wav.to_str().unwrap(),
            "--json",
        ],
        "",
        false,
    );
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
    let human = common::run_cli(
        &data,
        &[
            "--models-dir",
            md.to_str().unwrap(),
            "voice",
            "analyze",
            wav.to_str().unwrap(),
        ],
        "",
        false,
    );
    let text = common::output_text(&human);
    assert!(
        text.contains("in one segment") && text.contains("in 10 right"),
        "{text}"
    );

    let bad = dir.path().join("bad.wav");
    std::fs::write(&bad, &bytes[..30]).unwrap();
    let out = common::run_cli(
        &data,
        &[
            "--models-dir",
            md.to_str().unwrap(),
            "voice",
            "analyze",
            bad.to_str().unwrap(),
        ],
        "",
        false,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::output_text(&out).contains("error [audio.decode_failed]"),
        "{}",
        common::output_text(&out)
    );
    assert_eq!(decode_wav(b"RIFF").unwrap_err().code(), Code::AudioDecode);
}

/// A WAV of `names` clips, each followed by half a second of silence.
fn speech_wav(names: &[&str]) -> Vec<u8> {
    let mut samples = Vec::new();
    for n in names {
        samples.extend_from_slice(&clip(n).samples);
        samples.extend(std::iter::repeat_n(0.0f32, 8000));
    }
    encode_wav16(&samples)
}

/// A voice session over a file source, bound to a chat: readings reach the listener, the vault keeps
/// the session's totals and a ≤1 Hz timeline, the affect timeline shows them, the profile's files
/// grow by far less than the audio would take, and with the person's consent the baseline is kept.
#[test]
fn a_session_stores_readings_and_never_audio() {
    use mentora::vault::repo::{affect, voice as repo};
    use mentora::voice::live::LiveEvent;
    use mentora::voice::session::{stored_baseline, VoiceRun};
    use mentora::voice::source::SourceSpec;
    let f = common::vault::Fixture::new("Voice");
    let app = f.app();
    let v = app.unlocked_vault().unwrap();
    let chat = common::chat::chat(&v);
    mentora::api::voice::set_settings(&app, None, true, false).unwrap();
    let names = [
        "m3.a_nie_1.wav",
        "m3.a_tak_2.wav",
        "m3.n_stop_3.wav",
        "m3.s_oddaj_4.wav",
        "m3.n_podaj_1.wav",
    ];
    let wav = f.dir.path().join("speech.wav");
    std::fs::write(&wav, speech_wav(&names)).unwrap();
    let before: u64 = common::vault::snapshot(&f.profile_dir())
        .iter()
        .map(|(_, b)| b.len() as u64)
        .sum();
    let (tx, rx) = std::sync::mpsc::channel();
    mentora::runtime::init(None).unwrap();
    let manifest = mentora::models::Manifest::load(&common::models_dir()).unwrap();
    let run = VoiceRun::start(
        v.clone(),
        Some(chat),
        SourceSpec::File {
            path: wav.clone(),
            realtime: false,
        },
        move || VoiceEngine::load(&manifest, 2),
        move |e| {
            let _ = tx.send(e.clone());
        },
    )
    .unwrap();
    let mut readings = Vec::new();
    loop {
        match rx.recv_timeout(std::time::Duration::from_secs(60)).unwrap() {
            LiveEvent::Reading(r) => readings.push(r),
            LiveEvent::Level(_) => {}
            LiveEvent::Ended(e) => {
                assert!(e.is_none(), "{e:?}");
                break;
            }
        }
    }
    let s = run.stop().unwrap();
    assert_eq!(readings.len(), names.len(), "{readings:?}");
    assert_eq!(s.segments, names.len() as i64);
    assert_eq!(s.chat_id, Some(chat));
    let avg = s.averages.clone().unwrap();
    assert!((avg.iter().sum::<f32>() - 1.0).abs() < 1e-3, "{avg:?}");
    assert!(s.speech_ms > 2000, "{s:?}");
    let points = v.with_conn(|c| repo::timeline(c, s.id)).unwrap();
    assert!(!points.is_empty() && points.len() <= names.len());
    assert!(points.windows(2).all(|w| w[1].t_ms - w[0].t_ms >= 1000));
    let lane: Vec<_> = v
        .with_conn(|c| affect::timeline(c, &affect::Scope::Chat(chat)))
        .unwrap()
        .into_iter()
        .filter(|p| p.kind == "voice")
        .collect();
    assert_eq!(lane.len(), points.len());
    // The companion hears how the voice sounded (stopped within 10 minutes).
    let em = v
        .with_conn(|c| {
            mentora::chat::context::emotional(c, chat, 0, mentora::vault::Stamp::now().utc_ms)
        })
        .unwrap();
    let (tone, tense) = em.voice.clone().unwrap();
    assert!(["anger", "fear", "neutral"].contains(&tone.as_str()));
    assert!((tense - s.arousal.unwrap()).abs() < 1e-6);
    assert!(em
        .describe()
        .contains(&format!("their voice has sounded mostly {tone}")));
    // The person agreed: the baseline holds these five segments (statistics, not audio).
    let (learn, b) = stored_baseline(&v).unwrap();
    assert!(learn);
    assert_eq!(b.count, names.len() as u64);
    // 5 clips are ~8 s: 256 KB as 16 kHz f32, 128 KB as PCM16. The profile grew by much less.
    let after: u64 = common::vault::snapshot(&f.profile_dir())
        .iter()
        .map(|(_, b)| b.len() as u64)
        .sum();
    let audio_bytes = (std::fs::metadata(&wav).unwrap().len()) as i64;
    assert!(
        (after as i64 - before as i64) < audio_bytes / 2,
        "grew {} bytes for {audio_bytes} bytes of audio",
        after as i64 - before as i64
    );
    // Forgetting removes it.
    let st = mentora::api::voice::set_settings(&app, None, false, true).unwrap();
    assert_eq!(st.baseline_segments, 0);
    assert!(!st.learn_baseline);
}

/// ALSA's configuration for one process: the system's, then `extra` (what `ALSA_CONFIG_PATH` takes).
fn alsa_config(dir: &std::path::Path, extra: &str) -> String {
    let f = dir.join("asoundrc");
    std::fs::write(&f, extra).unwrap();
    format!("/usr/share/alsa/alsa.conf:{}", f.display())
}

/// No microphone (ALSA's default input cannot be opened): `audio.none`, a clear line, exit 1.
#[test]
fn no_microphone_is_audio_none() {
    let dir = tempfile::tempdir().unwrap();
    let conf = alsa_config(
        dir.path(),
        "pcm.!default {\n  type file\n  slave.pcm \"null\"\n  file \"/dev/null\"\n  infile \"/nonexistent/mic.raw\"\n  format \"raw\"\n}\n",
    );
    let md = common::models_dir();
    let out = common::cli()
        .args([
            "--models-dir",
            md.to_str().unwrap(),
            "voice",
            "watch",
            "--seconds",
            "3",
        ])
        .env("ALSA_CONFIG_PATH", conf)
        .env("MENTORA_DATA_DIR", dir.path())
        .output()
        .unwrap();
    let text = common::output_text(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("error [audio.none]: no microphone found"),
        "{text}"
    );
}

/// The real capture path: cpal opens ALSA's default input, which `ALSA_CONFIG_PATH` makes a virtual
/// microphone (ALSA's `file` plugin reading raw 16 kHz PCM over the `null` device); the CLI
/// hears the clips through it. This is what `make test` runs in place of a sound card.
#[test]
fn the_microphone_path_hears_a_virtual_microphone() {
    let home = tempfile::tempdir().unwrap();
    let mut pcm = Vec::new();
    let names = ["m2.a_nie_1.wav", "m2.a_nie_2.wav", "m2.n_nie_1.wav"];
    for n in names {
        for s in clip(n)
            .samples
            .iter()
            .chain(std::iter::repeat_n(&0.0f32, 8000))
        {
            pcm.extend_from_slice(&((s.clamp(-1.0, 1.0) * 32767.0) as i16).to_le_bytes());
        }
    }
    let raw = home.path().join("mic.raw");
    std::fs::write(&raw, &pcm).unwrap();
    let conf = alsa_config(
        home.path(),
        &format!(
            "pcm.!default {{\n  type file\n  slave.pcm \"null\"\n  file \"/dev/null\"\n  infile \"{}\"\n  format \"raw\"\n}}\n",
            raw.display()
        ),
    );
    let data = home.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let md = common::models_dir();
    let out = common::cli()
        .args([
            "--models-dir",
            md.to_str().unwrap(),
            "voice",
            "watch",
            "--seconds",
            "8",
        ])
        .env("ALSA_CONFIG_PATH", conf)
        .env("MENTORA_DATA_DIR", &data)
        .output()
        .unwrap();
    let text = common::output_text(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("listening to microphone default"), "{text}");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), names.len(), "{text}");
    assert!(
        lines.iter().all(|l| l.contains(" s  ") && l.contains("Hz")),
        "{text}"
    );
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

/// Reports: each voice session and the day's tension, in the report's numbers and its HTML.
#[test]
fn reports_show_voice_sessions_and_the_trend() {
    use mentora::vault::repo::voice as repo;
    let f = common::vault::Fixture::new("VoiceReport");
    let v = f.unlocked();
    let at = mentora::vault::Stamp::now();
    for (avg, arousal) in [([0.6f32, 0.3, 0.1], 0.8f32), ([0.1, 0.2, 0.7], 0.3)] {
        let id = v.with_conn(|c| repo::start(c, None, &at)).unwrap();
        v.with_conn(|c| {
            repo::stop(
                c,
                id,
                &at,
                &repo::Totals {
                    segments: 4,
                    uncertain: 1,
                    speech_ms: 3000,
                    averages: Some(avg.to_vec()),
                    arousal: Some(arousal),
                },
            )
        })
        .unwrap();
    }
    let today = chrono::NaiveDate::parse_from_str(&at.date_str(), "%Y-%m-%d").unwrap();
    let rep = mentora::reports::build(
        &v,
        mentora::reports::range::Range::last_week(today),
        None,
        None,
    )
    .unwrap();
    let voice = &rep.aggregates.voice;
    assert_eq!(voice.sessions.len(), 2);
    assert_eq!(voice.sessions[0].dominant, "anger");
    assert_eq!(voice.sessions[1].dominant, "neutral");
    assert_eq!(voice.days.len(), 1);
    assert_eq!(voice.days[0].segments, 8);
    assert!(
        (voice.days[0].arousal - 0.55).abs() < 1e-6,
        "{:?}",
        voice.days
    );
    assert!(!rep.aggregates.empty);
    let html = mentora::reports::html::render(&rep);
    assert!(html.contains("<h2>Voice</h2>"), "{html}");
    assert!(
        html.contains("<td>anger</td>") && html.contains("Tension by day") && html.contains("55 %")
    );
}

/// The promises around a session's life, as an attacker would test them: consent off keeps no
/// baseline; consent withdrawn or "forget" while it listens keeps none either; a second start is
/// refused while one listens; locking stops it and stores what it read; a vault that locked itself
/// under a running session stops it at the next tick and the open row is closed at the next start;
/// a session that ended on its own is closed by the next start; an open row from long ago tells the
/// companion nothing.
#[test]
fn a_session_follows_consent_locks_and_restarts() {
    use mentora::api::voice as api;
    use mentora::vault::repo::voice as repo;
    use mentora::voice::source::SourceSpec;
    let f = common::vault::Fixture::new("VoiceLife");
    let app = f.app();
    let wav = f.dir.path().join("speech.wav");
    std::fs::write(
        &wav,
        speech_wav(&[
            "m1.a_nie_1.wav",
            "m1.n_tak_1.wav",
            "m1.s_stop_1.wav",
            "m1.n_nie_2.wav",
        ]),
    )
    .unwrap();
    let file = |realtime| SourceSpec::File {
        path: wav.clone(),
        realtime,
    };
    let baseline_kept = |app: &mentora::api::App| {
        app.unlocked_vault()
            .unwrap()
            .with_conn(|c| mentora::vault::repo::settings::get(c, "voice.baseline"))
            .unwrap()
            .is_some()
    };
    let wait_ended = |rx: &std::sync::mpsc::Receiver<bool>| {
        while !rx.recv_timeout(std::time::Duration::from_secs(60)).unwrap() {}
    };
    let listen = |app: &mentora::api::App, realtime| {
        let (tx, rx) = std::sync::mpsc::channel();
        let id = api::session_start_on(app, None, file(realtime), move |e| {
            let _ = tx.send(matches!(e, mentora::voice::live::LiveEvent::Ended(_)));
        })
        .unwrap();
        (id, rx)
    };

    // Consent off (the default): a whole session keeps no baseline.
    let (_, rx) = listen(&app, false);
    wait_ended(&rx);
    api::session_stop(&app).unwrap();
    assert!(!baseline_kept(&app));

    // Consent on, withdrawn while listening: nothing kept.
    api::set_settings(&app, None, true, false).unwrap();
    let (_, _rx) = listen(&app, true);
    let again = api::session_start_on(&app, None, file(true), |_| {}).unwrap_err();
    assert_eq!(again.code(), Code::AudioBusy, "{again}");
    api::set_settings(&app, None, false, false).unwrap();
    api::session_stop(&app).unwrap();
    assert!(!baseline_kept(&app));

    // Consent on: two whole sessions learn 8 segments. "Forget" while the third listens: what was
    // learned before is gone (not written back at its end); learning goes on from there.
    api::set_settings(&app, None, true, false).unwrap();
    for _ in 0..2 {
        let (_, rx) = listen(&app, false);
        wait_ended(&rx);
        api::session_stop(&app).unwrap();
    }
    let learned = |app: &mentora::api::App| api::settings(app).unwrap().baseline_segments;
    assert_eq!(learned(&app), 8);
    let (_, _rx) = listen(&app, true);
    api::set_settings(&app, None, true, true).unwrap();
    api::session_stop(&app).unwrap();
    assert!(
        learned(&app) <= 4,
        "{} segments: the forgotten ones came back",
        learned(&app)
    );
    // "Forget" and consent withdrawn together: nothing at all.
    let (_, _rx) = listen(&app, true);
    std::thread::sleep(std::time::Duration::from_secs(2));
    api::set_settings(&app, None, false, true).unwrap();
    api::session_stop(&app).unwrap();
    assert!(!baseline_kept(&app));

    // Locking stops it first and stores it.
    let (id, _rx) = listen(&app, true);
    std::thread::sleep(std::time::Duration::from_secs(3));
    app.lock_vault();
    assert!(!app.voice_busy());
    let v = app.vault().unwrap();
    v.unlock_with_password(common::vault::PASSWORD).unwrap();
    let s = v.with_conn(|c| repo::get(c, id)).unwrap();
    assert!(s.stopped_at.is_some(), "{s:?}");

    // The vault locks itself under a running session: the next tick stops the session (and says
    // so); the row it could not close is closed, from its timeline, by the next start.
    let (id, _rx) = listen(&app, true);
    std::thread::sleep(std::time::Duration::from_secs(4));
    v.lock();
    assert!(app.tick_at(std::time::Instant::now()));
    assert!(!app.voice_busy());
    v.unlock_with_password(common::vault::PASSWORD).unwrap();
    assert!(v
        .with_conn(|c| repo::get(c, id))
        .unwrap()
        .stopped_at
        .is_none());
    // An open row tells the companion nothing once its last reading is more than a minute old.
    let later = mentora::vault::Stamp::now().utc_ms + 10 * 60_000;
    v.with_conn(|c| {
        c.execute("UPDATE voice_sessions SET chat_id = NULL", [])?;
        Ok(())
    })
    .unwrap();
    let chat = common::chat::chat(&v);
    v.with_conn(|c| {
        c.execute(
            "UPDATE voice_sessions SET chat_id = ?1 WHERE id = ?2",
            [chat, id],
        )?;
        Ok(())
    })
    .unwrap();
    let em = v
        .with_conn(|c| mentora::chat::context::emotional(c, chat, 0, later))
        .unwrap();
    assert_eq!(em.voice, None, "a stale open session");
    let (_, rx) = listen(&app, false);
    let closed = v.with_conn(|c| repo::get(c, id)).unwrap();
    assert!(
        closed.stopped_at.is_some() && closed.segments >= 1,
        "{closed:?}"
    );

    // That one ends on its own (the file ran out); the next start closes it with its totals.
    wait_ended(&rx);
    let (_, _rx) = listen(&app, true);
    let n_open: i64 = v
        .with_conn(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM voice_sessions WHERE stopped_at IS NULL",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(n_open, 1, "only the one listening now is open");
    api::session_stop(&app).unwrap();
}

/// A session the app could not stop (the window closed or the app crashed while listening) is closed
/// at the next unlock, with totals from its timeline, so reports and the companion see it as ended.
#[test]
fn an_open_session_is_closed_at_unlock() {
    use mentora::vault::repo::voice as repo;
    let f = common::vault::Fixture::new("VoiceOrphan");
    let v = f.unlocked();
    let id = v
        .with_conn(|c| repo::start(c, None, &mentora::vault::Stamp::now()))
        .unwrap();
    for (t_ms, tone, p) in [
        (500, "anger", [0.8f32, 0.1, 0.1]),
        (2000, "uncertain", [0.4, 0.3, 0.3]),
        (3500, "neutral", [0.2, 0.1, 0.7]),
    ] {
        let point = repo::VoicePoint {
            t_ms,
            tone: tone.into(),
            probabilities: p.to_vec(),
            arousal: 0.5,
            pitch_hz: None,
        };
        v.with_conn(|c| repo::add_point(c, id, &point)).unwrap();
    }
    v.lock();
    let app = mentora::api::App::with_paths(
        mentora::api::Paths {
            data_dir: Some(f.dir.path().to_path_buf()),
            models_dir: Some(common::models_dir()),
            install_dir: None,
        },
        false,
    );
    mentora::api::profile::unlock(&app, "VoiceOrphan", common::vault::PASSWORD).unwrap();
    let s = app
        .unlocked_vault()
        .unwrap()
        .with_conn(|c| repo::get(c, id))
        .unwrap();
    assert_eq!(s.stopped_at, Some(s.started_at + 3500));
    assert_eq!((s.segments, s.uncertain), (3, 1));
    let avg = s.averages.unwrap();
    assert!(
        (avg[0] - 0.5).abs() < 1e-6 && (avg[2] - 0.4).abs() < 1e-6,
        "{avg:?}"
    );
}
