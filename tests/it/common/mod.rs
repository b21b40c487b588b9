//! Shared helpers for the core's integration tests: real photos, a scratch copy of the models.
#![allow(dead_code)]

pub mod chat;
pub mod http;
pub mod vault;
pub mod voice;
pub mod year;

use std::path::{Path, PathBuf};

/// Debian's opencv-doc example images (installed by the README's setup).
pub const PHOTOS: &str = "/usr/share/doc/opencv-doc/examples/data";

/// A photo from opencv-doc; fails loudly if the package is not installed.
pub fn photo(name: &str) -> PathBuf {
    let p = Path::new(PHOTOS).join(name);
    assert!(
        p.is_file(),
        "{} is missing: install Debian's opencv-doc (the README's setup does)",
        p.display()
    );
    p
}

/// The models folder of this checkout.
pub fn models_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("models")
}

/// A temporary copy of the models folder.
pub fn models_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&models_dir(), tmp.path());
    tmp
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else if e.metadata().unwrap().len() > 8 << 20 {
            // The sentiment models are ~100 MB: link them (flip_one_byte breaks the link first).
            std::fs::hard_link(e.path(), &dest)
                .or_else(|_| std::fs::copy(e.path(), &dest).map(|_| ()))
                .unwrap();
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// Flips every bit of one byte in the middle of a file.
pub fn flip_one_byte(path: &Path) {
    let mut bytes = std::fs::read(path).unwrap();
    let i = bytes.len() / 2;
    bytes[i] ^= 0xff;
    // A new file, never the (possibly hard-linked) original.
    std::fs::remove_file(path).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// The `mentora` CLI built for this test run, with a clean environment for resource lookup and the
/// developer switch on (the tests' servers are on loopback).
pub fn cli() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_mentora"));
    c.env_remove("ORT_DYLIB_PATH")
        .env_remove("MENTORA_MODELS_DIR")
        .env(mentora::chat::egress::DEV_LOOPBACK_ENV, "1")
        // The tests read its English; the machine's own language must not change that.
        .env("MENTORA_LANG", "en");
    c
}

/// Runs the CLI with its own data dir and `stdin`; `keyring: false` hides the Secret Service so that
/// the password path is taken.
pub fn run_cli(data: &Path, args: &[&str], stdin: &str, keyring: bool) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut cmd = cli();
    cmd.args(args).env("MENTORA_DATA_DIR", data);
    if !keyring {
        cmd.env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    }
    let mut child = cmd
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

/// Standard output then standard error, as text.
pub fn output_text(o: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The tiny 5-label BERT that scripts/setup.sh writes (nlptown's shape, random weights).
pub fn tiny_model_dir() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(".deps/test-models/tiny-bert-5label");
    assert!(
        p.join("model.onnx").is_file(),
        "{} is missing: run scripts/setup.sh",
        p.display()
    );
    p
}

/// A built-in sentiment model, loaded with `threads` threads.
pub fn sentiment_model(id: &str, threads: usize) -> mentora::text::SentimentModel {
    mentora::runtime::init(None).unwrap();
    let m = mentora::models::Manifest::load(&models_dir()).unwrap();
    let spec = mentora::text::catalog::resolve(&m, Path::new("/nonexistent"), id).unwrap();
    mentora::text::SentimentModel::load(&spec, threads).unwrap()
}

/// An environment of fixed variables, for functions that read one through a getter.
pub fn fake_env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
    move |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.to_string())
    }
}

/// The tiny 5-label BERT (no emotion head) as a sentiment model.
pub fn tiny_model() -> mentora::text::SentimentModel {
    mentora::runtime::init(None).unwrap();
    let dir = tiny_model_dir();
    let spec = mentora::text::ModelSpec {
        id: "tiny".into(),
        onnx: dir.join("model.onnx"),
        tokenizer: dir.join("tokenizer.json"),
        english_only: false,
    };
    mentora::text::SentimentModel::load(&spec, 1).unwrap()
}
