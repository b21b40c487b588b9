//! The sentiment models against Python onnxruntime, on the labelled sentences, and on bad input.

use crate::common;

use mentora::text::eval;
use mentora::text::lexicon::Afinn;
use serde::Deserialize;

#[derive(Deserialize)]
struct Reference {
    texts: Vec<String>,
    windows: Vec<usize>,
    probs: std::collections::BTreeMap<String, Vec<Vec<f32>>>,
    emotions: std::collections::BTreeMap<String, Vec<Vec<f32>>>,
}

fn reference() -> Reference {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sentiment_reference.json");
    serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
}

#[test]
fn rust_matches_python_onnxruntime_within_1e_4() {
    let r = reference();
    let texts: Vec<&str> = r.texts.iter().map(String::as_str).collect();
    let mut worst = 0f32;
    for (name, want) in &r.probs {
        let mut m = if name == "tiny-bert-5label" {
            common::tiny_model()
        } else {
            common::sentiment_model(name, 2)
        };
        let got = m.score_batch(&texts).unwrap();
        // The seven emotions of the built-in models, from the same windows.
        if let Some(want_e) = r.emotions.get(name) {
            for (i, (g, w)) in got.iter().zip(want_e).enumerate() {
                let e = g
                    .emotion
                    .as_ref()
                    .expect("the built-in models read emotions");
                assert_eq!(e.probs.len(), 7, "{name} text {i}");
                for (a, b) in e.probs.iter().zip(w) {
                    worst = worst.max((a - b).abs());
                    assert!(
                        (a - b).abs() <= 1e-4,
                        "{name} text {i} emotions: {:?} vs python {:?}",
                        e.probs,
                        w
                    );
                }
            }
        } else {
            assert!(
                got.iter().all(|g| g.emotion.is_none()),
                "{name} has no emotion head"
            );
        }
        for (i, (g, w)) in got.iter().zip(want).enumerate() {
            assert_eq!(g.probs.len(), w.len(), "{name} text {i}");
            assert_eq!(g.windows.0, r.windows[i], "{name} text {i}: windows");
            for (a, b) in g.probs.iter().zip(w) {
                worst = worst.max((a - b).abs());
                assert!(
                    (a - b).abs() <= 1e-4,
                    "{name} text {i}: {:?} vs python {:?}",
                    g.probs,
                    w
                );
            }
        }
    }
    println!("largest |rust - python| = {worst:e}");
}

#[test]
fn a_batch_equals_one_text_at_a_time() {
    let r = reference();
    let texts: Vec<&str> = r.texts.iter().map(String::as_str).collect();
    let mut m = common::sentiment_model("sentiment", 2);
    let batch = m.score_batch(&texts).unwrap();
    for (t, b) in texts.iter().zip(&batch) {
        let one = m.score(t).unwrap();
        for (x, y) in one.probs.iter().zip(&b.probs) {
            assert!(
                (x - y).abs() < 1e-5,
                "{t}: {:?} vs {:?}",
                one.probs,
                b.probs
            );
        }
    }
}

#[test]
fn results_are_consistent_and_sensible() {
    let mut m = common::sentiment_model("sentiment", 1);
    let good = m
        .score("What a wonderful, happy day with my friends!")
        .unwrap();
    let bad = m
        .score("This was the worst day, I feel awful and hopeless.")
        .unwrap();
    assert_eq!(good.label, "positive");
    assert_eq!(bad.label, "negative");
    for s in [&good, &bad] {
        assert!((s.probs.iter().sum::<f32>() - 1.0).abs() < 1e-5);
        assert!((s.valence - (s.probs[1] - s.probs[0])).abs() < 1e-6);
        assert!((s.stars - (1.0 + 4.0 * s.probs[1])).abs() < 1e-5);
        assert!(s.note.is_none());
    }
    assert!(
        good.stars > 4.0 && bad.stars < 2.0,
        "{} {}",
        good.stars,
        bad.stars
    );
}

#[test]
fn imdb_held_out_at_least_84_percent_and_afinn_baseline_on_the_same_rows() {
    let package = eval::package_dir(None);
    let afinn = eval::afinn_accuracy(&Afinn::load(&package).unwrap(), &package).unwrap();
    for id in ["sentiment", "sentiment-int8"] {
        let mut m = common::sentiment_model(id, 2);
        let acc = eval::model_accuracy(&mut m, &package).unwrap();
        for (a, b) in acc.iter().zip(&afinn) {
            println!(
                "{id:<15} {:<7} n={} model {:.1} %  afinn {:.1} %",
                a.fixture,
                a.n,
                a.rate() * 100.0,
                b.rate() * 100.0
            );
            assert_eq!(a.n, 1000);
            assert!(
                a.rate() > b.rate(),
                "{id} must beat the lexicon on {}",
                a.fixture
            );
        }
        let imdb = acc.iter().find(|a| a.fixture == "imdb").unwrap();
        assert!(imdb.rate() >= 0.84, "{id} imdb {:.3}", imdb.rate());
    }
    // npm sentiment's own validate rule, computed with node on the same 1000 rows: 765 / 726 / 696.
    let by: std::collections::HashMap<_, _> = afinn
        .iter()
        .map(|a| (a.fixture.as_str(), a.correct))
        .collect();
    assert_eq!((by["imdb"], by["amazon"], by["yelp"]), (765, 726, 696));
}

#[test]
fn empty_huge_and_foreign_text_get_clear_results() {
    let mut m = common::sentiment_model("sentiment", 2);
    for empty in ["", "   \n\t "] {
        let e = m.score(empty).unwrap_err();
        assert_eq!(e.code().as_str(), "input.invalid");
        assert!(e.message().starts_with("text: empty"), "{e}");
    }
    // 1 MB of text: scored from 32 windows spread across it, and it says so.
    let sentence = "Some days are hard and some are good, and today was somewhere in between. ";
    let huge = sentence.repeat(1_000_000 / sentence.len() + 1);
    assert!(huge.len() >= 1_000_000);
    let s = m.score(&huge).unwrap();
    assert_eq!(s.windows.0, mentora::text::tokenize::MAX_WINDOWS);
    assert!(s.windows.1 > 500, "{:?}", s.windows);
    assert!(
        s.note.as_deref().unwrap().contains("long text"),
        "{:?}",
        s.note
    );
    // German with the English model: a result, and a note that it is rough.
    let de = m
        .score("Ich bin heute sehr traurig und fühle mich allein.")
        .unwrap();
    assert!(
        de.note.as_deref().unwrap().contains("looks like de"),
        "{:?}",
        de.note
    );
    assert!((-1.0..=1.0).contains(&de.valence));
    // Emoji, CJK and control characters do not break tokenization.
    for t in ["😀😀😀", "今日はとても楽しかった", "tab\tand\u{0}nul"] {
        let s = m.score(t).unwrap();
        assert!(s.probs.iter().all(|p| p.is_finite()));
    }
}

#[test]
fn five_label_models_map_to_stars() {
    let mut m = common::tiny_model();
    assert_eq!(m.scale(), mentora::text::Scale::Stars5);
    let s = m.score("I feel calm today").unwrap();
    assert_eq!(s.probs.len(), 5);
    assert_eq!(s.labels[0], "1 star");
    let expected: f32 = s
        .probs
        .iter()
        .enumerate()
        .map(|(i, p)| (i as f32 + 1.0) * p)
        .sum();
    assert!((s.stars - expected).abs() < 1e-5);
    assert!((s.valence - (expected - 3.0) / 2.0).abs() < 1e-5);
}

#[test]
fn cli_scores_text_stdin_and_refuses_bad_input() {
    use std::os::unix::ffi::OsStrExt;
    let data = tempfile::tempdir().unwrap();
    let o = common::run_cli(
        data.path(),
        &["sentiment", "--json", "I am so happy today"],
        "",
        false,
    );
    assert!(o.status.success(), "{}", common::output_text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["label"], "positive");
    assert_eq!(v["model"], "sentiment-int8");

    let o = common::run_cli(
        data.path(),
        &["sentiment", "-"],
        "This is terrible and I hate it.",
        false,
    );
    assert!(o.status.success());
    assert!(
        common::output_text(&o).starts_with("negative"),
        "{}",
        common::output_text(&o)
    );

    let o = common::run_cli(data.path(), &["sentiment", ""], "", false);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        common::output_text(&o).contains("error [input.invalid]: text: empty"),
        "{}",
        common::output_text(&o)
    );

    let bad = std::ffi::OsStr::from_bytes(b"caf\xe9 au lait");
    let o = common::cli()
        .arg("sentiment")
        .arg(bad)
        .env("MENTORA_DATA_DIR", data.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let text = common::output_text(&o);
    assert!(
        text.contains("error [input.invalid]: text: not valid UTF-8 (first bad byte at offset 3)"),
        "{text}"
    );
    assert!(!text.contains("panicked"), "{text}");
}
