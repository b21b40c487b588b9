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
    assert_eq!(m.models.len(), 11);
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

/// The window's start-up check remembers verified files (so ~260 MB is not read at every start), but
/// a file whose bytes changed is hashed again, even when its modification time is put back.
#[test]
fn remembered_checks_still_catch_a_changed_file() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = common::models_copy();
    let data = tempfile::tempdir().unwrap();
    let stamps = data.path().join(mentora::api::models::MODEL_STAMPS);
    let m = Manifest::load(tmp.path()).unwrap();
    let ok = |checks: &[mentora::models::FileCheck]| {
        checks
            .iter()
            .filter(|c| matches!(c.result, CheckResult::Ok { .. }))
            .count()
    };

    // The emotion model as a file of its own (the copy's files may be hard links to models/), so that
    // it can be changed in place below: same inode, same length.
    let onnx = tmp.path().join(ONNX);
    let bytes = std::fs::read(&onnx).unwrap();
    std::fs::remove_file(&onnx).unwrap();
    std::fs::write(&onnx, &bytes).unwrap();

    assert_eq!(ok(&m.verify_all_remembered(&stamps)), 11);
    let mode = std::fs::metadata(&stamps).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "stamps file is {mode:o}");
    let remembered: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&stamps).unwrap()).unwrap();
    assert_eq!(remembered.as_object().unwrap().len(), 11);
    assert_eq!(ok(&m.verify_all_remembered(&stamps)), 11);

    // One byte flipped in place (same inode, same length), the modification time put back as it was.
    use std::io::{Seek, SeekFrom, Write};
    use std::os::unix::fs::MetadataExt;
    let before = std::fs::metadata(&onnx).unwrap();
    let mut f = std::fs::File::options().write(true).open(&onnx).unwrap();
    f.seek(SeekFrom::Start(bytes.len() as u64 / 2)).unwrap();
    f.write_all(&[bytes[bytes.len() / 2] ^ 0xff]).unwrap();
    f.set_modified(before.modified().unwrap()).unwrap();
    drop(f);
    let after = std::fs::metadata(&onnx).unwrap();
    assert_eq!((after.ino(), after.len()), (before.ino(), before.len()));
    assert_eq!(after.modified().unwrap(), before.modified().unwrap());
    let checks = m.verify_all_remembered(&stamps);
    let bad = checks.iter().find(|c| c.file == ONNX).unwrap();
    assert!(
        matches!(&bad.result, CheckResult::Failed { error } if error.code() == Code::ModelCorrupt),
        "{bad:?}"
    );
    assert_eq!(ok(&checks), 10);
    let remembered: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&stamps).unwrap()).unwrap();
    assert_eq!(
        remembered.as_object().unwrap().len(),
        10,
        "a failed file keeps no stamp"
    );
    // Still failing the next time (no stamp to trust).
    let again = m.verify_all_remembered(&stamps);
    assert!(matches!(
        again.iter().find(|c| c.file == ONNX).unwrap().result,
        CheckResult::Failed { .. }
    ));

    // A damaged stamps file is ignored: everything is hashed again.
    std::fs::write(&stamps, b"{not json").unwrap();
    assert_eq!(ok(&m.verify_all_remembered(&stamps)), 10);
}
