//! `mentora doctor` runs every real check; the keyring line is checked against a live Secret Service
//! (the README's test command runs the tests under dbus-run-session with gnome-keyring) and against none.

use crate::common;

fn doctor_json(cmd: &mut std::process::Command) -> serde_json::Value {
    let out = cmd.args(["doctor", "--json"]).output().unwrap();
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

fn row<'a>(report: &'a serde_json::Value, component: &str) -> &'a serde_json::Value {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["component"] == component)
        .unwrap_or_else(|| panic!("no {component} in {report}"))
}

#[test]
fn every_component_has_a_line_in_order() {
    let r = doctor_json(&mut common::cli());
    let names: Vec<&str> = r["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["component"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "onnxruntime",
            "models",
            "model face/haarcascade_frontalface_default.xml",
            "model emotion/fer_mini_xception.onnx",
            "model sentiment/minilm_sentiment_fp32.onnx",
            "model sentiment/minilm_sentiment_int8.onnx",
            "model sentiment/tokenizer.json",
            "model llm/SmolLM2-135M-Instruct.Q4_1.gguf",
            "model voice/silero_vad.onnx",
            "model voice/voice_encoder.onnx",
            "model voice/voice_head.onnx",
            "model crisis/e5_small_w8.onnx",
            "model crisis/e5_tokenizer.json",
            "face cascade",
            "emotion model",
            "sentiment model",
            "voice model",
            "cameras",
            "keyring",
            "sqlcipher",
            "gemini key"
        ]
    );
    let sql = row(&r, "sqlcipher");
    assert_eq!(sql["status"], "ok");
    assert!(
        sql["detail"].as_str().unwrap().starts_with("version 4."),
        "{sql}"
    );
    assert_eq!(row(&r, "emotion model")["status"], "ok");
    assert_eq!(row(&r, "sentiment model")["status"], "ok");
    let voice = row(&r, "voice model");
    assert_eq!(voice["status"], "ok", "{voice}");
    // The test tone is a 120 Hz buzz: the pitch tracker must say so (within a few Hz).
    let detail = voice["detail"].as_str().unwrap();
    assert!(
        ["pitch 119 Hz", "pitch 120 Hz", "pitch 121 Hz"]
            .iter()
            .any(|p| detail.contains(p)),
        "{detail}"
    );
    // This machine has no camera: "none" is a valid, non-error answer.
    assert_eq!(row(&r, "cameras")["status"], "ok");
}

#[test]
fn keyring_is_reachable_under_the_test_session() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "run the tests through the README's test command (dbus-run-session + gnome-keyring)"
    );
    let r = doctor_json(&mut common::cli());
    let k = row(&r, "keyring");
    assert_eq!(k["status"], "ok", "{k}");
    let g = row(&r, "gemini key");
    assert_eq!(g["status"], "ok", "{g}");
}

#[test]
fn no_session_bus_means_keyring_unreachable_not_a_crash() {
    let r = doctor_json(
        common::cli()
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
            .env_remove("DISPLAY"),
    );
    let k = row(&r, "keyring");
    assert_eq!(k["status"], "warn", "{k}");
    assert_eq!(k["code"], "keyring.unavailable");
    assert_eq!(row(&r, "gemini key")["status"], "warn");
}
