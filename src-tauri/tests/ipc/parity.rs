//! The window and the CLI run the same use case for the same action: a journal entry and a PHQ-9
//! check-in award the same points and badges and get the same sentiment, and both front ends refuse a
//! bad setting with the same words. (Before the use-case layer the CLI awarded nothing and worded the
//! country check differently.)

use crate::common::{self, call};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use tauri::test::MockRuntime;

const PW: &str = "a good password";
const TEXT: &str = "A calm walk by the river with my sister. I feel much better tonight.";

/// The `mentora` CLI built by the same `cargo test --workspace` (target/debug/mentora).
fn cli_path() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let p = exe.parent().unwrap().parent().unwrap().join("mentora");
    assert!(
        p.is_file(),
        "{} is missing: build the core's CLI (cargo test --workspace does)",
        p.display()
    );
    p
}

fn cli(data: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(cli_path())
        .env(mentora::chat::egress::DEV_LOOPBACK_ENV, "1")
        .arg("--models-dir")
        .arg(common::models())
        .args(args)
        .env("MENTORA_DATA_DIR", data)
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .env_remove("MENTORA_GEMINI_API_KEY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn ok(o: &Output) -> String {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.status.success(), "{text}");
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The CLI's error line for a refused command: `error [code]: message`.
fn refused(o: &Output) -> (String, String) {
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    let line = err
        .lines()
        .find(|l| l.starts_with("error ["))
        .unwrap_or_else(|| panic!("{err}"));
    let (code, msg) = line["error [".len()..].split_once("]: ").unwrap();
    (code.to_string(), msg.to_string())
}

fn window(data: &Path) -> (tauri::App<MockRuntime>, tauri::WebviewWindow<MockRuntime>) {
    common::app_with(
        data,
        tauri::generate_handler![
            mentora_app::commands::vault::profile_create,
            mentora_app::commands::wellness::journal_add,
            mentora_app::commands::wellness::checkin_submit,
            mentora_app::commands::wellness::profile_overview,
            mentora_app::commands::settings::settings_get,
            mentora_app::commands::settings::settings_set,
        ],
    )
}

const ANSWERS: [u8; 9] = [1, 1, 0, 2, 0, 1, 0, 0, 0];

#[test]
fn journal_and_checkin_award_the_same_in_both_front_ends() {
    // The window.
    let wdata = tempfile::tempdir().unwrap();
    let (_app, w) = window(wdata.path());
    call(&w, "profile_create", json!({"name": "Ada", "password": PW})).unwrap();
    let entry = call(
        &w,
        "journal_add",
        json!({"entry": {"mood": 4, "tags": ["calm"], "title": "", "text": TEXT}}),
    )
    .unwrap();
    let scored = call(
        &w,
        "checkin_submit",
        json!({"kind": "phq9", "answers": ANSWERS, "difficulty": 1}),
    )
    .unwrap();
    let w_over = call(&w, "profile_overview", json!({})).unwrap();

    // The CLI, same actions on its own data dir.
    let cdata = tempfile::tempdir().unwrap();
    let d = cdata.path();
    ok(&cli(
        d,
        &["profile", "create", "Ada"],
        &format!("{PW}\n{PW}\n"),
    ));
    let out = ok(&cli(
        d,
        &[
            "journal", "add", "Ada", "--mood", "4", "--tag", "calm", TEXT,
        ],
        &format!("{PW}\n"),
    ));
    let answers: String = ANSWERS.iter().map(|a| format!("{a}\n")).collect();
    let out2 = ok(&cli(
        d,
        &["checkin", "phq9", "Ada"],
        &format!("{PW}\n{answers}1\n"),
    ));
    let c_over: Value =
        serde_json::from_str(&ok(&cli(d, &["overview", "Ada"], &format!("{PW}\n")))).unwrap();

    assert!(
        w_over["points"].as_i64().unwrap() > 0,
        "the window awards points: {w_over}"
    );
    assert_eq!(
        c_over["points"], w_over["points"],
        "points: CLI {c_over} vs window {w_over}"
    );
    assert_eq!(c_over["badges"], w_over["badges"]);
    assert_eq!(c_over["counts"], w_over["counts"]);
    // The same check-in score and band.
    assert_eq!(scored["assessment"]["total"], 5);
    assert!(out2.contains("PHQ9 total 5 — mild"), "{out2}");
    // The same sentiment path: the window's score is what the CLI printed.
    let s = &entry["sentiment"];
    assert_eq!(s["label"], "positive", "{entry}");
    let line = format!(
        "sentiment: {} (valence {:+.2}, mood {:.1}/5, {})",
        s["label"].as_str().unwrap(),
        s["valence"].as_f64().unwrap(),
        s["stars"].as_f64().unwrap(),
        s["model"].as_str().unwrap()
    );
    assert!(
        out.contains(&line),
        "CLI printed {out:?}, window scored {line:?}"
    );
}

#[test]
fn both_front_ends_refuse_a_bad_setting_with_the_same_words() {
    let wdata = tempfile::tempdir().unwrap();
    let (_app, w) = window(wdata.path());
    call(&w, "profile_create", json!({"name": "Ada", "password": PW})).unwrap();
    let cdata = tempfile::tempdir().unwrap();
    let d = cdata.path();
    ok(&cli(
        d,
        &["profile", "create", "Ada"],
        &format!("{PW}\n{PW}\n"),
    ));

    let good = call(&w, "settings_get", json!({})).unwrap();
    for (field, value, flag) in [
        ("base_url", "http://example.com", "--base-url"),
        ("country", "USA", "--country"),
        ("model", "", "--model"),
    ] {
        let mut s = good.clone();
        s[field] = json!(value);
        let werr = call(&w, "settings_set", json!({"settings": s})).unwrap_err();
        let (code, msg) = refused(&cli(
            d,
            &["chat", "settings", "Ada", flag, value],
            &format!("{PW}\n"),
        ));
        assert_eq!(code, werr["code"].as_str().unwrap(), "{field}");
        assert_eq!(msg, werr["message"].as_str().unwrap(), "{field}");
        assert!(msg.starts_with(&format!("{field}:")), "{msg}");
    }
    // Nothing was saved by the refused attempts.
    assert_eq!(call(&w, "settings_get", json!({})).unwrap(), good);
}
