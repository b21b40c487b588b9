//! Live voice sessions and what they keep: readings (never audio) in the vault, the affect timeline,
//! reports and the companion's context; the microphone path through a virtual ALSA microphone and
//! none at all; consent, forgetting, locking, restarting and sessions left open.

use crate::common;
use crate::common::voice::{clip, speech_wav};
use mentora::error::Code;
use mentora::voice::VoiceEngine;

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
    // Five one- and two-syllable words, each a stretch of under a second: a few beats a second.
    let rate = s.rate.unwrap();
    assert!((0.5..8.0).contains(&rate), "rate {rate}");
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

/// A virtual microphone: ALSA's default input is the `file` plugin over `null`, reading `infile`
/// (raw 16-bit 16 kHz mono; a missing file makes the device impossible to open).
fn virtual_mic(dir: &std::path::Path, infile: &std::path::Path) -> String {
    alsa_config(
        dir,
        &format!(
            "pcm.!default {{\n  type file\n  slave.pcm \"null\"\n  file \"/dev/null\"\n  infile \"{}\"\n  format \"raw\"\n}}\n",
            infile.display()
        ),
    )
}

/// `mentora voice watch --seconds N` with that ALSA configuration and its own data folder.
fn watch(alsa: String, data: &std::path::Path, seconds: &str) -> std::process::Output {
    let md = common::models_dir();
    common::cli()
        .args([
            "--models-dir",
            md.to_str().unwrap(),
            "voice",
            "watch",
            "--seconds",
            seconds,
        ])
        .env("ALSA_CONFIG_PATH", alsa)
        .env("MENTORA_DATA_DIR", data)
        .output()
        .unwrap()
}

/// No microphone (ALSA's default input cannot be opened): `audio.none`, a clear line, exit 1.
#[test]
fn no_microphone_is_audio_none() {
    let dir = tempfile::tempdir().unwrap();
    let out = watch(
        virtual_mic(dir.path(), &dir.path().join("none/mic.raw")),
        dir.path(),
        "3",
    );
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
    let data = home.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let out = watch(virtual_mic(home.path(), &raw), &data, "8");
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
                    rate: Some(3.0),
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
        "en",
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
