//! `mentora voice analyze FILE` (per-segment readings) and `mentora voice bench` (real-time factor,
//! latency after a segment ends, VAD cost per chunk) — audio read in memory, never written.

use crate::api::voice::{analyze_file, VoiceAnalysis};
use crate::error::Result;
use crate::models::Manifest;
use crate::runtime;
use crate::voice::segment::Segmenter;
use crate::voice::vad::CHUNK;
use crate::voice::{polish, VoiceEngine, SAMPLE_RATE};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// `mentora voice analyze FILE`.
pub fn analyze(file: &Path, own_baseline: bool, threads: usize, json: bool) -> Result<ExitCode> {
    let a = analyze_file(&super::app(), file, own_baseline, threads)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&a).expect("serializes"));
    } else {
        print_human(file, &a, own_baseline);
    }
    Ok(ExitCode::SUCCESS)
}

fn print_human(file: &Path, a: &VoiceAnalysis, own: bool) {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let own_used = own && a.segments.iter().any(|s| s.tone.baseline == "personal");
    println!(
        "{}",
        crate::t!(
            "voice-summary",
            file = name,
            seconds = format!("{:.1}", a.seconds),
            speech = format!("{:.1}", a.speech_seconds),
            segments = a.segments.len(),
            baseline = if own_used { "own" } else { "default" },
        )
    );
    if a.segments.is_empty() {
        println!("{}", crate::t!("voice-none"));
    }
    for s in &a.segments {
        println!("  {}", segment_line(s));
    }
    println!(
        "{}",
        crate::t!(
            "voice-accuracy",
            personal = format!("{:.0}", a.accuracy.personal * 10.0),
            none = format!("{:.0}", a.accuracy.no_baseline * 10.0),
        )
    );
}

fn segment_line(s: &crate::voice::SegmentReading) -> String {
    let p = s
        .tone
        .probabilities
        .iter()
        .map(|p| p.probability)
        .fold(0.0f32, f32::max);
    crate::t!(
        "voice-segment",
        start = format!("{:.2}", s.start_s),
        end = format!("{:.2}", s.end_s),
        tone = crate::t!("voice-tone", tone = s.tone.tone.clone()),
        percent = format!("{:.0}", p * 100.0),
        tense = format!("{:.0}", s.tone.arousal * 100.0),
        pitch = s
            .pitch_hz
            .map(|h| format!("{h:.0}"))
            .unwrap_or_else(|| "-".into()),
        rate = s
            .syllables_per_s
            .map(|r| format!("{r:.1}"))
            .unwrap_or_else(|| "-".into()),
    )
}

/// `mentora voice watch`: the microphone (or a WAV file at real speed), a line per speech segment
/// until Ctrl-C, the end of the file or `seconds`. `list` prints the microphones instead.
pub fn watch(
    models_dir: Option<PathBuf>,
    device: Option<String>,
    file: Option<PathBuf>,
    seconds: Option<u64>,
    list: bool,
) -> Result<ExitCode> {
    use crate::voice::live::{LiveEvent, LiveVoice};
    use crate::voice::source::{list_microphones, SourceSpec};
    use std::time::Duration;
    if list {
        for m in list_microphones()? {
            println!("{}{}", m.name, if m.default { "  (default)" } else { "" });
        }
        return Ok(ExitCode::SUCCESS);
    }
    let spec = match file {
        Some(path) => SourceSpec::File {
            path,
            realtime: true,
        },
        None => SourceSpec::Microphone(device),
    };
    runtime::init(None)?;
    let manifest = Manifest::find(models_dir.as_deref(), None)?;
    let (tx, rx) = std::sync::mpsc::channel();
    let ctrl = tx.clone();
    ctrlc::set_handler(move || {
        let _ = ctrl.send(None);
    })
    .map_err(|e| crate::Error::new(crate::Code::Internal, format!("Ctrl-C handler: {e}")))?;
    let live = LiveVoice::start(
        spec,
        move || VoiceEngine::load(&manifest, 2),
        Default::default(), // the CLI does not learn anyone's baseline
        move |e| {
            let _ = tx.send(Some(e));
        },
    )?;
    eprintln!("listening to {}; Ctrl-C to stop", live.describe());
    let deadline = seconds.map(|s| Instant::now() + Duration::from_secs(s));
    let mut ended = None;
    loop {
        let wait = deadline.map_or(Duration::from_millis(500), |d| {
            d.saturating_duration_since(Instant::now())
                .min(Duration::from_millis(500))
        });
        match rx.recv_timeout(wait) {
            Ok(Some(LiveEvent::Reading(r))) => println!("{}", segment_line(&r)),
            Ok(Some(LiveEvent::Level(_))) => {}
            Ok(Some(LiveEvent::Ended(e))) => {
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
    live.stop();
    match ended {
        Some(e) => Err(e),
        None => Ok(ExitCode::SUCCESS),
    }
}

fn median(v: &mut [f64]) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// A recording of `seconds` built from the clips in name order, each followed by 0.4 s of silence.
pub fn bench_stream(clips: &[polish::Clip], seconds: f64) -> Vec<f32> {
    let want = (seconds * SAMPLE_RATE as f64) as usize;
    let gap = vec![0.0f32; SAMPLE_RATE as usize * 4 / 10];
    let mut out = Vec::with_capacity(want);
    for c in clips.iter().cycle().take(10_000) {
        if out.len() >= want {
            break;
        }
        out.extend_from_slice(&c.samples);
        out.extend_from_slice(&gap);
    }
    out.truncate(want);
    out
}

/// `mentora voice bench`: `runs` passes over a `seconds` recording made of the Polish clips, and the
/// same in Python onnxruntime beside it (`python`, default: the sentiment venv).
pub fn bench(
    models_dir: Option<&Path>,
    clips_path: &Path,
    opts: (f64, usize, usize),
    python: Option<PathBuf>,
    json: bool,
) -> Result<ExitCode> {
    let (seconds, runs, threads) = opts;
    runtime::init(None)?;
    let manifest = Manifest::find(models_dir, None)?;
    let mut engine = VoiceEngine::load(&manifest, threads)?;
    let clips = polish::read_zip(clips_path, Some(60))?;
    let stream = bench_stream(&clips, seconds);
    let audio_s = stream.len() as f64 / SAMPLE_RATE as f64;
    let (mut rtf, mut vad_us, mut latency_ms) = (Vec::new(), Vec::new(), Vec::new());
    let mut segments = 0;
    // One warm-up pass, then the timed ones.
    for run in 0..=runs {
        let t0 = Instant::now();
        engine.vad.reset();
        let mut seg = Segmenter::default();
        let mut spans = Vec::new();
        for (i, chunk) in stream.chunks(CHUNK).enumerate() {
            let t = Instant::now();
            let p = engine.vad.push(chunk)?;
            if run > 0 {
                vad_us.push(t.elapsed().as_secs_f64() * 1e6);
            }
            if let Some(s) = seg.push(i * CHUNK, p) {
                // The segment just closed: its reading is the latency after speech ends.
                let s = s.padded(stream.len());
                let t = Instant::now();
                let f = engine.tone.features(&stream[s.start..s.end])?;
                engine.reading(s, &f, None)?;
                if run > 0 {
                    latency_ms.push(t.elapsed().as_secs_f64() * 1e3);
                }
                spans.push(s);
            }
        }
        if run > 0 {
            rtf.push(t0.elapsed().as_secs_f64() / audio_s);
            segments = spans.len();
        }
    }
    let (rtf, vad, lat) = (
        median(&mut rtf),
        median(&mut vad_us),
        median(&mut latency_ms),
    );
    let chunk_ms = CHUNK as f64 * 1000.0 / SAMPLE_RATE as f64;
    let peer = peer(python, clips_path, seconds, runs, threads);
    if json {
        println!(
            "{}",
            serde_json::json!({
                "audio_seconds": audio_s, "runs": runs, "threads": threads, "segments": segments,
                "real_time_factor_p50": rtf, "segment_latency_ms_p50": lat,
                "vad_us_per_chunk_p50": vad, "vad_chunk_ms": chunk_ms,
                "vad_close_wait_ms": 300, "python_onnxruntime": peer.as_ref().ok(),
            })
        );
        return Ok(ExitCode::SUCCESS);
    }
    let p = |k: &str| {
        peer.as_ref()
            .ok()
            .and_then(|v| v[k].as_f64())
            .unwrap_or(f64::NAN)
    };
    println!("voice bench: {audio_s:.1} s of speech and pauses, {runs} runs, encoder on {threads} thread(s); medians");
    println!("                                           mentora (Rust)  Python onnxruntime (same models, segments)");
    println!(
        "  segments                                 {segments:>10}  {:>10}",
        p("segments")
    );
    println!(
        "  real-time factor (VAD + encoder + head)  {rtf:>10.4}  {:>10.4}",
        p("real_time_factor_p50")
    );
    println!(
        "  reading after a segment closes (ms)      {lat:>10.1}  {:>10.1}",
        p("segment_latency_ms_p50")
    );
    println!(
        "  VAD per {chunk_ms:.0} ms chunk (µs)                {vad:>10.0}  {:>10.0}",
        p("vad_us_per_chunk_p50")
    );
    println!("  (a segment closes after 300 ms of silence; its reading follows in the time above)");
    if let Err(why) = peer {
        println!("  (the Python peer did not run: {why})");
    }
    Ok(ExitCode::SUCCESS)
}

/// The same bench in Python onnxruntime (scripts/reference/voice_bench_peer.py), when its venv exists.
fn peer(
    python: Option<PathBuf>,
    clips: &Path,
    seconds: f64,
    runs: usize,
    threads: usize,
) -> std::result::Result<serde_json::Value, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let python = python
        .or_else(|| Some(root.join(".deps/sentiment-venv/bin/python")))
        .filter(|p| p.is_file())
        .ok_or("no Python with onnxruntime: bash scripts/reference/setup-sentiment-venv.sh")?;
    let out = std::process::Command::new(&python)
        .arg(root.join("scripts/reference/voice_bench_peer.py"))
        .arg(clips)
        .arg(seconds.to_string())
        .arg(runs.to_string())
        .arg(threads.to_string())
        .output()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    serde_json::from_slice(&out.stdout).map_err(|_| {
        format!(
            "voice_bench_peer.py failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// The Polish clips' zip of this checkout (`scripts/models/fetch_voice.sh` puts it there).
pub fn default_clips() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".deps/voice-polish/polish_speech_emotions.zip")
}
