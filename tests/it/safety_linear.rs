//! The crisis detector's linear layer: the shipped weights are what `mentora safety train` makes from
//! the checked-in data (nothing hand-edited), and the test and holdout lines never enter training.

use mentora::safety::{eval, fit, linear};

fn rows() -> Vec<eval::Row> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/safety");
    let mut rows = Vec::new();
    for f in [
        "crisis_eval.jsonl",
        "crisis_dev2.jsonl",
        "crisis_dev3.jsonl",
        "crisis_dev4.jsonl",
    ] {
        rows.extend(eval::parse(&std::fs::read_to_string(dir.join(f)).unwrap()).unwrap());
    }
    rows
}

#[test]
fn the_shipped_weights_are_trained_from_the_tuning_lines_only() {
    let rows = rows();
    assert!(
        !fit::dialogue().is_empty() && !fit::reviews().is_empty(),
        "run scripts/setup.sh: the everyday text the layer trains with is in .deps/"
    );
    let shipped = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/crisis_linear.bin"),
    )
    .unwrap();
    let trained = fit::train(&rows).to_bytes();
    assert!(
        trained == shipped,
        "assets/crisis_linear.bin is not what `mentora safety train` makes from this checkout: \
         retrain with `cargo run -- safety train --out assets/crisis_linear.bin`"
    );
    // Every held-out line relabelled and rewritten: the same weights, byte for byte.
    let mut other = rows.clone();
    let mut held = 0;
    for r in other.iter_mut().filter(|r| !eval::tuning(&r.split)) {
        r.expected = if r.expected == "crisis" {
            "none"
        } else {
            "crisis"
        }
        .into();
        r.text = format!("{} kill myself", r.text);
        held += 1;
    }
    assert!(held >= 190 + 173 + 27, "{held} held-out lines");
    assert!(fit::train(&other).to_bytes() == shipped);
}

#[test]
fn a_text_without_words_scores_nothing() {
    for s in ["", " ", "...", "🙂🙂", "\u{200b}", "1 2 3"] {
        let sc = linear::score(s);
        assert!(
            sc.crisis < mentora::safety::crisis::LINEAR_CRISIS,
            "{s:?}: {sc:?}"
        );
    }
    assert!(linear::loaded());
}
