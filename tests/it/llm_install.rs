//! Adding an on-device model (GGUF) the way a person would: from a file (it is loaded and timed
//! before it is kept, and then answers when chosen), over https with an interrupted download that
//! resumes, and as an attacker or an accident would try it: a cut file, a file that is not a GGUF,
//! a wrong checksum, no checksum, plain http, a locked Mentora, a model id that is not installed —
//! each refused with a clear error, nothing left installed, the app going on.

use crate::common;
use crate::common::http::serve;
use mentora::api::{self, App, Paths};
use mentora::chat::llm_catalog::InstallRequest;
use mentora::chat::service::Outcome;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

const PW: &str = "a fine password";

fn gguf() -> PathBuf {
    common::models_dir().join("llm/SmolLM2-135M-Instruct.Q4_1.gguf")
}

fn app(data: &Path) -> App {
    let app = App::with_paths(
        Paths {
            data_dir: Some(data.to_path_buf()),
            models_dir: Some(common::models_dir()),
            install_dir: None,
        },
        false,
    );
    api::profile::create(&app, "Lo", PW, false).unwrap();
    app
}

fn req(source: &str, sha256: Option<String>) -> InstallRequest {
    InstallRequest {
        id: None,
        source: source.into(),
        sha256,
    }
}

/// Nothing half-installed: no staging folder, no folder for `id`.
fn nothing_for(data: &Path, id: &str) {
    let root = data.join("llm");
    assert!(!root.join(id).exists(), "{id} was installed");
    for e in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        assert!(!n.starts_with(".staging"), "left behind: {n}");
    }
}

#[test]
fn a_model_added_from_a_file_is_measured_chosen_and_answers() {
    let data = tempfile::tempdir().unwrap();
    let app = app(data.path());
    let src = data.path().join("Kind-Model.Q4_1.gguf");
    std::fs::copy(gguf(), &src).unwrap();
    let mut progress = 0;
    let m = api::llm::install(&app, &req(src.to_str().unwrap(), None), &mut |_| {
        progress += 1
    })
    .unwrap();
    assert_eq!(m.id, "kind-model.q4_1");
    assert_eq!(m.bytes, std::fs::metadata(gguf()).unwrap().len());
    assert_eq!(m.n_ctx_train, 8192, "from the file's metadata");
    assert!(
        (100_000_000..200_000_000).contains(&m.params),
        "{}",
        m.params
    );
    assert!(
        m.tokens_per_s.is_some_and(|t| t > 1.0),
        "{:?}",
        m.tokens_per_s
    );
    assert!(progress > 0);
    let list = api::llm::models(&app).unwrap();
    let ids: Vec<_> = list.models.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["builtin", "kind-model.q4_1"]);
    assert_eq!(list.chosen, "builtin");
    assert!(!list.recommendation.text.is_empty());
    let b = &list.models[0];
    assert!(b.builtin && b.tokens_per_s.is_some() && b.n_ctx_train == 8192);

    // Chosen, with two threads and a 1024-token window: the companion answers with it.
    let mut s = api::settings::get(&app).unwrap();
    s.backend = mentora::chat::config::Backend::Device;
    s.private_mode = true;
    s.llm_model = m.id.clone();
    s.llm_threads = 2;
    s.llm_n_ctx = 1024;
    api::settings::set(&app, &s).unwrap();
    let d = app.device_llm().unwrap();
    assert_eq!(d.path(), data.path().join("llm/kind-model.q4_1/model.gguf"));
    assert_eq!((d.opts().threads, d.opts().n_ctx), (2, 1024));
    let chat = api::chat::create(&app, "t").unwrap();
    let out = api::chat::send(
        &app,
        chat.id,
        "Hello, a quiet evening here.",
        None,
        &mut |_| {},
    )
    .unwrap();
    assert!(matches!(out, Outcome::Replied { .. }), "{out:?}");
    assert_eq!(d.calls(), 1, "the chosen model answered");

    // Removed: the profile goes back to the built-in model.
    api::llm::remove(&app, &m.id).unwrap();
    assert_eq!(api::settings::get(&app).unwrap().llm_model, "builtin");
    assert!(!data.path().join("llm/kind-model.q4_1").exists());
    assert_ne!(app.device_llm().unwrap().path(), d.path());
}

#[test]
fn cut_and_foreign_files_are_refused_naming_the_file_and_nothing_is_installed() {
    let data = tempfile::tempdir().unwrap();
    let app = app(data.path());
    let bytes = std::fs::read(gguf()).unwrap();
    let cut = data.path().join("cut.gguf");
    std::fs::write(&cut, &bytes[..bytes.len() / 3]).unwrap();
    let foreign = data.path().join("notes.gguf");
    std::fs::write(&foreign, b"these are my notes, not a model at all").unwrap();
    for (p, id) in [(&cut, "cut"), (&foreign, "notes")] {
        let src = p.to_str().unwrap();
        let e = api::llm::install(&app, &req(src, None), &mut |_| {}).unwrap_err();
        assert!(
            matches!(e.code().as_str(), "model.corrupt" | "model.load_failed"),
            "{src}: {e}"
        );
        assert!(e.message().contains(src), "names the file: {e}");
        nothing_for(data.path(), id);
    }
    // The app goes on: the built-in model is still there and can be chosen.
    assert_eq!(api::llm::models(&app).unwrap().models.len(), 1);
    // A model that is not installed cannot be chosen; nothing is saved.
    let before = api::settings::get(&app).unwrap();
    let mut s = before.clone();
    s.llm_model = "cut".into();
    let e = api::settings::set(&app, &s).unwrap_err();
    assert_eq!(e.code().as_str(), "model.missing", "{e}");
    s.llm_model = "builtin".into();
    s.llm_threads = 65;
    assert_eq!(
        api::settings::set(&app, &s).unwrap_err().code().as_str(),
        "input.invalid"
    );
    s.llm_threads = 0;
    s.llm_n_ctx = 100;
    assert_eq!(
        api::settings::set(&app, &s).unwrap_err().code().as_str(),
        "input.invalid"
    );
    assert_eq!(api::settings::get(&app).unwrap(), before);
}

#[test]
fn a_download_resumes_and_a_wrong_checksum_installs_nothing() {
    mentora::chat::egress::allow_loopback(true);
    let data = tempfile::tempdir().unwrap();
    let app = app(data.path());
    let bytes = std::fs::read(gguf()).unwrap();
    let want = mentora::models::sha256_file(&gguf()).unwrap();
    let files = HashMap::from([("/m/Small.gguf".to_string(), bytes.clone())]);
    let server = serve(files, Some("/m/Small.gguf"));
    let url = format!("{}/m/Small.gguf", server.base);
    let e = api::llm::install(&app, &req(&url, Some(want.clone())), &mut |_| {}).unwrap_err();
    assert_eq!(e.code().as_str(), "network.download_failed", "{e}");
    nothing_for(data.path(), "small");
    let half = std::fs::metadata(data.path().join(format!("llm/.partial/{want}.part")))
        .unwrap()
        .len();
    assert_eq!(half as usize, bytes.len() / 2);
    let mut resumed = 0;
    let m = api::llm::install(&app, &req(&url, Some(want.clone())), &mut |p| {
        resumed = resumed.max(p.resumed_from)
    })
    .unwrap();
    assert_eq!(resumed, half, "resumed where it stopped");
    assert_eq!((m.id.as_str(), m.sha256.as_str()), ("small", want.as_str()));
    assert!(server
        .log
        .lock()
        .unwrap()
        .contains(&("/m/Small.gguf".into(), Some(format!("bytes={half}-")))));
    // The same file under another id with a wrong checksum: refused, nothing installed.
    let mut r = req(&url, Some("0".repeat(64)));
    r.id = Some("other".into());
    let e = api::llm::install(&app, &r, &mut |_| {}).unwrap_err();
    assert_eq!(e.code().as_str(), "model.corrupt", "{e}");
    nothing_for(data.path(), "other");
}

#[test]
fn unchecked_or_insecure_sources_and_a_locked_mentora_are_refused() {
    let data = tempfile::tempdir().unwrap();
    let app = app(data.path());
    mentora::chat::egress::allow_loopback(false);
    for (source, sha) in [
        ("https://example.org/model.gguf", None),
        ("http://example.org/model.gguf", Some("a".repeat(64))),
        ("http://127.0.0.1:9/model.gguf", Some("a".repeat(64))),
        ("file:///etc/passwd", None),
        ("/etc/passwd", None),
        ("/etc", None),
    ] {
        let e = api::llm::install(&app, &req(source, sha), &mut |_| {}).unwrap_err();
        assert!(
            matches!(e.code().as_str(), "input.invalid" | "model.missing"),
            "{source}: {e}"
        );
    }
    assert!(!data.path().join("llm/model").exists());
    api::profile::lock(&app).unwrap();
    let e = api::llm::install(&app, &req(gguf().to_str().unwrap(), None), &mut |_| {}).unwrap_err();
    assert_eq!(e.code().as_str(), "vault.locked");
}
