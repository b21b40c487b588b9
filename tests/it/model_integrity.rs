//! A corrupt or missing model file is named in a clear error, in the library and in the CLI.

use crate::common;

use mentora::models::{CheckResult, Manifest};
use mentora::vision::VisionEngine;
use mentora::Code;

const ONNX: &str = "emotion/fer_mini_xception.onnx";
const CASCADE: &str = "face/haarcascade_frontalface_default.xml";

#[test]
fn shipped_models_match_their_checksums() {
    let m = Manifest::load(&common::models_dir()).unwrap();
    assert_eq!(m.models.len(), 9);
    for c in m.verify_all() {
        assert!(matches!(c.result, CheckResult::Ok { .. }), "{c:?}");
    }
    let e = m.entry("face-emotion").unwrap();
    assert_eq!(e.labels.len(), 7);
    assert_eq!(e.input["shape"], serde_json::json!(["N", 64, 64, 1]));
}

#[test]
fn one_flipped_byte_is_reported_with_the_file_name() {
    let tmp = common::models_copy();
    common::flip_one_byte(&tmp.path().join(ONNX));
    let m = Manifest::load(tmp.path()).unwrap();
    let checks = m.verify_all();
    let bad = checks.iter().find(|c| c.file == ONNX).unwrap();
    match &bad.result {
        CheckResult::Failed { error } => {
            assert_eq!(error.code(), Code::ModelCorrupt);
            assert!(error.message().contains(ONNX), "{}", error.message());
            let json = serde_json::to_value(error).unwrap();
            assert_eq!(json["code"], "model.corrupt");
        }
        other => panic!("expected a failure, got {other:?}"),
    }
    let cascade = checks.iter().find(|c| c.file == CASCADE).unwrap();
    assert!(matches!(cascade.result, CheckResult::Ok { .. }));

    mentora::runtime::init(None).unwrap();
    let err = VisionEngine::load(&m)
        .err()
        .expect("a corrupt model must not load");
    assert_eq!(err.code(), Code::ModelCorrupt);
    assert!(err.message().contains(ONNX));
}

#[test]
fn a_missing_file_is_named() {
    let tmp = common::models_copy();
    std::fs::remove_file(tmp.path().join(CASCADE)).unwrap();
    let m = Manifest::load(tmp.path()).unwrap();
    let err = m.verified_path("face-cascade").unwrap_err();
    assert_eq!(err.code(), Code::ModelMissing);
    assert!(err.message().contains(CASCADE));
}

#[test]
fn a_broken_manifest_is_a_clear_error() {
    let tmp = common::models_copy();
    std::fs::write(tmp.path().join("manifest.json"), "{ not json").unwrap();
    let err = Manifest::load(tmp.path()).unwrap_err();
    assert_eq!(err.code(), Code::ManifestInvalid);
    assert!(err.message().contains("manifest.json"));
}

#[test]
fn cli_names_the_corrupt_file_and_keeps_checking_the_rest() {
    let tmp = common::models_copy();
    common::flip_one_byte(&tmp.path().join(ONNX));

    let out = common::cli()
        .args(["doctor", "--models-dir"])
        .arg(tmp.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let line = text.lines().find(|l| l.contains(ONNX)).expect(&text);
    assert!(
        line.starts_with("ERROR") && line.contains("is corrupt"),
        "{line}"
    );
    for ok in ["onnxruntime", "face cascade", "sqlcipher"] {
        assert!(
            text.lines().any(|l| l.starts_with("ok") && l.contains(ok)),
            "{ok} should still pass:\n{text}"
        );
    }

    let out = common::cli()
        .args(["emotion", "analyze", "--models-dir"])
        .arg(tmp.path())
        .arg(common::photo("messi5.jpg"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.starts_with(
            "error [model.corrupt]: model file emotion/fer_mini_xception.onnx is corrupt"
        ),
        "{err}"
    );
}

#[test]
fn doctor_json_carries_the_error_code() {
    let tmp = common::models_copy();
    common::flip_one_byte(&tmp.path().join(CASCADE));
    let out = common::cli()
        .args(["doctor", "--json", "--models-dir"])
        .arg(tmp.path())
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let row = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["component"] == format!("model {CASCADE}"))
        .unwrap();
    assert_eq!(row["status"], "error");
    assert_eq!(row["code"], "model.corrupt");
}
