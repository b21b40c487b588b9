//! ONNX Runtime is found through ORT_DYLIB_PATH, next to the executable, or in the build tree, and
//! the doctor says which; a wrong path or a non-library is a clear error.

use crate::common;

use mentora::resources::ORT_LIB_NAME;
use std::path::PathBuf;

fn build_tree_lib() -> PathBuf {
    common::models_dir()
        .parent()
        .unwrap()
        .join(".deps/onnxruntime")
        .join(ORT_LIB_NAME)
}

fn doctor_line(cmd: &mut std::process::Command) -> (Option<i32>, String) {
    let out = cmd.arg("doctor").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let line = text
        .lines()
        .find(|l| l.contains("onnxruntime"))
        .unwrap_or_else(|| panic!("no onnxruntime line in:\n{text}"))
        .to_string();
    (out.status.code(), line)
}

#[test]
fn found_in_the_build_tree_by_default() {
    assert!(build_tree_lib().is_file(), "run the README's setup first");
    let (_, line) = doctor_line(&mut common::cli());
    assert!(line.starts_with("ok"), "{line}");
    assert!(
        line.contains("version 1.31.1") && line.contains("(in the build tree)"),
        "{line}"
    );
}

#[test]
fn env_var_wins_and_is_reported() {
    let (_, line) = doctor_line(common::cli().env("ORT_DYLIB_PATH", build_tree_lib()));
    assert!(line.contains("(from environment variable)"), "{line}");
}

#[test]
fn env_var_pointing_nowhere_is_an_error() {
    let (code, line) =
        doctor_line(common::cli().env("ORT_DYLIB_PATH", "/nonexistent/libonnxruntime.so"));
    assert_eq!(code, Some(1));
    assert!(line.starts_with("ERROR"), "{line}");
    assert!(
        line.contains("ORT_DYLIB_PATH points to /nonexistent/libonnxruntime.so"),
        "{line}"
    );
}

#[test]
fn a_file_that_is_not_a_library_is_an_error() {
    let (code, line) = doctor_line(
        common::cli().env("ORT_DYLIB_PATH", common::models_dir().join("manifest.json")),
    );
    assert_eq!(code, Some(1));
    assert!(
        line.starts_with("ERROR") && line.contains("cannot load ONNX Runtime"),
        "{line}"
    );
}

#[test]
fn found_next_to_the_executable() {
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("mentora");
    std::fs::copy(env!("CARGO_BIN_EXE_mentora"), &exe).unwrap();
    std::os::unix::fs::symlink(build_tree_lib(), dir.path().join(ORT_LIB_NAME)).unwrap();
    let mut cmd = std::process::Command::new(&exe);
    cmd.env_remove("ORT_DYLIB_PATH");
    let (_, line) = doctor_line(&mut cmd);
    assert!(line.contains("(next to the executable)"), "{line}");
    assert!(line.contains(dir.path().to_str().unwrap()), "{line}");
}
