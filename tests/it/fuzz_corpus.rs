//! The fuzzers' seeds and findings, replayed without the fuzzer: every file of `fuzz/corpus/<target>/`
//! and `fuzz/regressions/<target>/` goes through the same entry point as `cargo fuzz run <target>`
//! (`mentora::fuzzing`), and must neither panic nor fail an assertion. See fuzz/README.md.

use mentora::fuzzing::TARGETS;
use std::path::{Path, PathBuf};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<PathBuf> = rd
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    v.sort();
    v
}

/// Runs one input of `target`; the panic message if it failed.
fn run(target: &str, path: &Path) -> Option<String> {
    let (_, entry) = TARGETS.iter().find(|(n, _)| *n == target).unwrap();
    let bytes = std::fs::read(path).unwrap();
    std::panic::catch_unwind(|| entry(&bytes)).err().map(|p| {
        p.downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

#[test]
fn every_seed_and_regression_input_runs_clean() {
    let mut failures = Vec::new();
    let mut seen = 0;
    for (name, _) in TARGETS {
        let seeds = files(&fuzz_dir().join("corpus").join(name));
        assert!(!seeds.is_empty(), "fuzz/corpus/{name}/ has no seeds");
        let found = files(&fuzz_dir().join("regressions").join(name));
        for p in seeds.iter().chain(&found) {
            seen += 1;
            if let Some(msg) = run(name, p) {
                failures.push(format!("{}: {msg}", p.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(seen >= TARGETS.len());
}

#[test]
fn every_corpus_folder_is_a_target() {
    for dir in ["corpus", "regressions"] {
        let Ok(rd) = std::fs::read_dir(fuzz_dir().join(dir)) else {
            continue;
        };
        for e in rd {
            let e = e.unwrap();
            if !e.file_type().unwrap().is_dir() {
                continue; // a README
            }
            let name = e.file_name().to_string_lossy().into_owned();
            assert!(
                TARGETS.iter().any(|(n, _)| *n == name),
                "fuzz/{dir}/{name} is not a target of mentora::fuzzing::TARGETS"
            );
        }
    }
    for (name, _) in TARGETS {
        assert!(
            fuzz_dir()
                .join("fuzz_targets")
                .join(format!("{name}.rs"))
                .is_file(),
            "fuzz/fuzz_targets/{name}.rs is missing"
        );
    }
}

/// Found by the `export_json` fuzz target (2026-12-02): export → import → export must give the same
/// bytes (the format's promise), but serde_json's default float parser is not correctly rounded, so
/// ordinary REAL values change in their last bit on import: a valence of -0.38298509322309915 comes
/// back as -0.3829850932230991. Fixed by serde_json's `float_roundtrip` feature in the root Cargo.toml.
#[test]
fn an_export_round_trip_keeps_every_float() {
    use mentora::wellness::export::{export_json, import_json};
    let empty = || {
        let mut c = rusqlite::Connection::open_in_memory().unwrap();
        mentora::vault::migrations::migrate_to(&mut c, mentora::vault::migrations::CURRENT)
            .unwrap();
        c
    };
    // A score as the sentiment model stores it.
    let c = empty();
    c.execute(
        "INSERT INTO sentiment_results (id, source, source_id, model, probs_json, valence, label, \
         stars, created_at, local_date) VALUES (1, 'journal', 1, 'sentiment', '[0.69,0.31]', ?1, \
         'negative', 2.1, 1796191398100, '2026-12-02')",
        [-0.38298509322309915_f64],
    )
    .unwrap();
    let first = export_json(&c).unwrap();
    assert!(first.contains("-0.38298509322309915"), "{first}");
    let mut c = empty();
    assert_eq!(import_json(&mut c, &first).unwrap(), 1);
    let second = export_json(&c).unwrap();
    assert_eq!(first, second, "the valence changed on import");
}
