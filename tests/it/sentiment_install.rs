//! `mentora models install`: from a folder, over HTTP with an interrupted download that resumes, with a
//! wrong checksum (nothing installed), and choosing the installed model for a profile; and as an
//! attacker would try it: plain http, no checksum, a locked Mentora, any local file, a huge file —
//! each refused with no staging folder left behind.

use crate::common;

use mentora::text::install::{self, Request};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;

use common::http::serve;

fn tiny_files() -> HashMap<String, Vec<u8>> {
    let dir = common::tiny_model_dir();
    HashMap::from([
        (
            "/m/model.onnx".to_string(),
            std::fs::read(dir.join("model.onnx")).unwrap(),
        ),
        (
            "/m/tokenizer.json".to_string(),
            std::fs::read(dir.join("tokenizer.json")).unwrap(),
        ),
    ])
}

fn sha(p: &Path) -> String {
    mentora::models::sha256_file(p).unwrap()
}

fn request(model: String) -> Request {
    Request {
        id: "nlptown".into(),
        model,
        tokenizer: None,
        sha256: None,
        tokenizer_sha256: None,
    }
}

/// A URL request with both checksums right (the test servers are on loopback: developer switch on).
fn url_request(model: String) -> Request {
    mentora::chat::egress::allow_loopback(true);
    let dir = common::tiny_model_dir();
    Request {
        sha256: Some(sha(&dir.join("model.onnx"))),
        tokenizer_sha256: Some(sha(&dir.join("tokenizer.json"))),
        ..request(model)
    }
}

fn no_staging(data: &Path) {
    let models = data.join("models");
    let left: Vec<_> = std::fs::read_dir(&models)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(".staging"))
                .collect()
        })
        .unwrap_or_default();
    assert!(left.is_empty(), "staging left behind: {left:?}");
}

#[test]
fn installs_from_a_folder_and_scores_with_five_stars() {
    let data = tempfile::tempdir().unwrap();
    let dir = common::tiny_model_dir();
    let mut req = request(dir.display().to_string());
    req.sha256 = Some(sha(&dir.join("model.onnx")));
    let meta = install::install(data.path(), &req, &mut |_| {}).unwrap();
    assert_eq!(meta.classes, 5);
    let m = mentora::models::Manifest::load(&common::models_dir()).unwrap();
    let spec = mentora::text::catalog::resolve(&m, data.path(), "nlptown").unwrap();
    let mut model = mentora::text::SentimentModel::load(&spec, 1).unwrap();
    let s = model.score("Der Tag war schön").unwrap();
    assert_eq!(s.probs.len(), 5);
    assert!(
        s.note.is_none(),
        "installed models are not flagged English-only"
    );
    // A corrupted install is refused by its recorded checksum.
    common::flip_one_byte(&data.path().join("models/nlptown/model.onnx"));
    let e = mentora::text::catalog::resolve(&m, data.path(), "nlptown").unwrap_err();
    assert_eq!(e.code().as_str(), "model.corrupt", "{e}");
}

#[test]
fn an_interrupted_download_resumes_with_a_range_request() {
    let files = tiny_files();
    let want = mentora::models::sha256_file(&common::tiny_model_dir().join("model.onnx")).unwrap();
    let server = serve(files.clone(), Some("/m/model.onnx"));
    let data = tempfile::tempdir().unwrap();
    let req = url_request(format!("{}/m/model.onnx", server.base));
    let mut seen = Vec::new();
    let e = install::install(data.path(), &req, &mut |p| {
        seen.push((p.file.to_string(), p.done))
    })
    .unwrap_err();
    assert_eq!(e.code().as_str(), "network.download_failed", "{e}");
    assert!(e.message().contains("resume"), "{e}");
    assert!(
        !data.path().join("models/nlptown").exists(),
        "nothing installed after a failure"
    );
    no_staging(data.path());
    let part = data.path().join(format!("models/.partial/{want}.part"));
    let half = std::fs::metadata(&part).unwrap().len();
    assert_eq!(half as usize, files["/m/model.onnx"].len() / 2);

    let mut resumed = 0;
    let meta = install::install(data.path(), &req, &mut |p| {
        resumed = resumed.max(p.resumed_from)
    })
    .unwrap();
    assert_eq!(
        resumed, half,
        "the second run resumed where the first stopped"
    );
    assert_eq!(meta.sha256, want);
    let log = server.log.lock().unwrap().clone();
    assert!(
        log.contains(&("/m/model.onnx".into(), Some(format!("bytes={half}-")))),
        "{log:?}"
    );
    assert!(
        log.iter().any(|(p, _)| p == "/m/tokenizer.json"),
        "the tokenizer comes from next to the model"
    );
    assert_eq!(sha(&data.path().join("models/nlptown/model.onnx")), want);
    assert!(!data.path().join("models/.staging-nlptown").exists());
    assert!(
        seen.iter().any(|(f, _)| f == "model.onnx"),
        "progress was reported"
    );
}

#[test]
fn a_wrong_checksum_or_a_404_installs_nothing_and_keeps_the_old_model() {
    let files = tiny_files();
    let server = serve(files, None);
    let data = tempfile::tempdir().unwrap();
    // A good install first.
    install::install(
        data.path(),
        &url_request(format!("{}/m/model.onnx", server.base)),
        &mut |_| {},
    )
    .unwrap();
    let good = sha(&data.path().join("models/nlptown/model.onnx"));

    let mut req = url_request(format!("{}/m/model.onnx", server.base));
    req.sha256 = Some("00".repeat(32));
    let e = install::install(data.path(), &req, &mut |_| {}).unwrap_err();
    assert_eq!(e.code().as_str(), "model.corrupt");
    assert!(e.message().contains("nothing was installed"), "{e}");
    no_staging(data.path());

    let e = install::install(
        data.path(),
        &url_request(format!("{}/missing.onnx", server.base)),
        &mut |_| {},
    )
    .unwrap_err();
    assert_eq!(e.code().as_str(), "network.download_failed");
    assert!(e.message().contains("404"), "{e}");

    // Not a model at all: refused by ONNX Runtime before it replaces anything.
    let junk = tempfile::tempdir().unwrap();
    std::fs::write(junk.path().join("model.onnx"), b"not an onnx file").unwrap();
    std::fs::copy(
        common::tiny_model_dir().join("tokenizer.json"),
        junk.path().join("tokenizer.json"),
    )
    .unwrap();
    let e = install::install(
        data.path(),
        &request(junk.path().display().to_string()),
        &mut |_| {},
    )
    .unwrap_err();
    assert_eq!(e.code().as_str(), "model.load_failed", "{e}");
    no_staging(data.path());

    assert_eq!(
        sha(&data.path().join("models/nlptown/model.onnx")),
        good,
        "the installed model is untouched"
    );

    // Nothing listening: a clear network error.
    let e = install::install(
        data.path(),
        &url_request("http://127.0.0.1:9/model.onnx".into()),
        &mut |_| {},
    )
    .unwrap_err();
    assert_eq!(e.code().as_str(), "network.download_failed");
    no_staging(data.path());
}

/// What an attacker (or a careless setting) tried, each refused before anything is fetched or
/// copied, with no staging folder left.
#[test]
fn hostile_sources_are_refused_and_leave_nothing() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let server = serve(tiny_files(), None);
    let refused = |req: Request, code: &str, words: &str| {
        let e = install::install(d, &req, &mut |_| {}).unwrap_err();
        assert_eq!(e.code().as_str(), code, "{e}");
        assert!(e.message().contains(words), "{e}");
        no_staging(d);
        assert!(!d.join("models/nlptown").exists());
    };
    // Plain http to another host, even with checksums.
    let mut r = url_request("http://example.invalid/m/model.onnx".into());
    r.tokenizer = Some("http://example.invalid/m/tokenizer.json".into());
    refused(r, "input.invalid", "plain http");
    // A URL without a checksum, for the model or for its tokenizer.
    let mut r = url_request(format!("{}/m/model.onnx", server.base));
    r.sha256 = None;
    refused(r, "input.invalid", "sha256");
    let mut r = url_request(format!("{}/m/model.onnx", server.base));
    r.tokenizer_sha256 = None;
    refused(r, "input.invalid", "tokenizer_sha256");
    // Any local file is not a model: it is not even copied.
    let mut r = request("/etc/hostname".into());
    r.tokenizer = Some("/etc/passwd".into());
    refused(r, "input.invalid", "expected a .onnx file");
    let r = request("/dev".into());
    refused(r, "model.missing", "no such file");
    assert!(
        server.log.lock().unwrap().is_empty(),
        "nothing was fetched for refused requests"
    );
}

/// A server that claims a model of 100 GB: refused at once by the size cap.
#[test]
fn a_file_over_the_size_cap_is_refused() {
    mentora::chat::egress::allow_loopback(true);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().take(4) {
            let mut s = stream.unwrap();
            let mut r = BufReader::new(s.try_clone().unwrap());
            let mut h = String::new();
            while r.read_line(&mut h).is_ok_and(|n| n > 2) {
                h.clear();
            }
            let _ = s.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Length: 100000000000\r\nConnection: close\r\n\r\nxxxx",
            );
        }
    });
    let data = tempfile::tempdir().unwrap();
    let e = install::install(
        data.path(),
        &url_request(format!("{base}/m/model.onnx")),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(e.message().contains("larger than 2048 MB"), "{e}");
    no_staging(data.path());
    assert!(std::fs::read_dir(data.path().join("models/.partial"))
        .unwrap()
        .next()
        .is_none());
}

/// The use case refuses while no profile is unlocked: a locked Mentora changes nothing.
#[test]
fn installing_needs_an_unlocked_profile() {
    let data = tempfile::tempdir().unwrap();
    let app = mentora::api::App::with_paths(
        mentora::api::Paths {
            data_dir: Some(data.path().to_path_buf()),
            models_dir: Some(common::models_dir()),
            install_dir: None,
        },
        false,
    );
    let dir = common::tiny_model_dir();
    let e = mentora::api::models::install(&app, &request(dir.display().to_string()), &mut |_| {})
        .unwrap_err();
    assert_eq!(e.code().as_str(), "vault.locked", "{e}");
    assert!(!data.path().join("models").exists());
}

#[test]
fn cli_installs_lists_and_a_profile_uses_the_installed_model() {
    let data = tempfile::tempdir().unwrap();
    let dir = common::tiny_model_dir();
    let pw1 = "a fine password\n";
    let o = common::run_cli(
        data.path(),
        &["profile", "create", "ana"],
        &pw1.repeat(2),
        false,
    );
    assert!(o.status.success(), "{}", common::output_text(&o));
    let o = common::run_cli(
        data.path(),
        &[
            "models",
            "install",
            dir.to_str().unwrap(),
            "--id",
            "nlptown",
            "--profile",
            "ana",
        ],
        pw1,
        false,
    );
    assert!(o.status.success(), "{}", common::output_text(&o));
    assert!(
        common::output_text(&o).contains("installed nlptown (5 classes"),
        "{}",
        common::output_text(&o)
    );
    let o = common::run_cli(data.path(), &["models", "list"], "", false);
    let list = common::output_text(&o);
    assert!(
        list.contains("sentiment ") && list.contains("sentiment-int8") && list.contains("nlptown"),
        "{list}"
    );
    let o = common::run_cli(
        data.path(),
        &["sentiment", "use", "ana", "nlptown"],
        pw1,
        false,
    );
    assert!(o.status.success(), "{}", common::output_text(&o));
    let o = common::run_cli(
        data.path(),
        &["gratitude", "add", "ana", "my sister called"],
        pw1,
        false,
    );
    let out = common::output_text(&o);
    assert!(o.status.success(), "{out}");
    assert!(
        out.contains("sentiment:") && out.contains("nlptown"),
        "{out}"
    );

    let o = common::run_cli(
        data.path(),
        &["sentiment", "use", "ana", "nothing-here"],
        pw1,
        false,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        common::output_text(&o).contains("error [model.missing]"),
        "{}",
        common::output_text(&o)
    );
}
