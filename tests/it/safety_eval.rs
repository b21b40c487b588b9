//! The crisis detector on the frozen labelled set (tests/data/safety, written by a helper that never
//! saw the detector; rules were written from the dev split's mistakes only, the linear layer trained
//! on the tuning splits (dev, dev2, dev3, dev4) only, the semantic layer's bank from general knowledge).
//! The test split was never tuned on. These floors are where the detector stands today, so a change
//! that makes it worse fails; the targets (test recall ≥ 0.97, false alarms ≤ 3 %) are not
//! met yet and are not claimed here.

use mentora::safety::eval;
use mentora::safety::semantic::Semantic;

fn rows() -> Vec<eval::Row> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/safety/crisis_eval.jsonl");
    let rows = eval::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(rows.len() >= 793, "the frozen set has {} lines", rows.len());
    rows
}

fn floors(r: &eval::Report, dev_recall: f64, dev_fa: f64, test_recall: f64, test_fa: f64) {
    let dev = &r.total["dev"];
    let test = &r.total["test"];
    assert!(
        dev.recall().unwrap() >= dev_recall,
        "dev recall {:?}",
        dev.recall()
    );
    assert!(
        dev.false_alarm_rate().unwrap() <= dev_fa,
        "dev false alarms {:?}",
        dev.false_alarm_rate()
    );
    assert!(
        test.recall().unwrap() >= test_recall,
        "test recall {:?}",
        test.recall()
    );
    assert!(
        test.false_alarm_rate().unwrap() <= test_fa,
        "test false alarms {:?}",
        test.false_alarm_rate()
    );
}

#[test]
fn the_detector_holds_its_ground_on_the_frozen_set() {
    let r = eval::evaluate(&rows());
    eprint!("{}", eval::to_text(&r));
    // Reached (rules + linear layer, trained with the fourth set): dev 196/196 (dev is training
    // data for the linear layer); test 175/190 (92.1 %), false alarms 20/173 (11.6 %). Before the
    // fourth set: 87.9 % and 12.7 %.
    floors(&r, 0.99, 0.03, 0.91, 0.12);
}

#[test]
fn the_semantic_layer_holds_its_ground_on_the_frozen_set() {
    mentora::runtime::init(None).unwrap();
    let models = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models");
    let m = mentora::models::Manifest::load(&models).unwrap();
    let sem = Semantic::bank_only(&m, 2).unwrap();
    let r = eval::evaluate_with(&rows(), Some(&sem));
    eprint!("{}", eval::to_text(&r));
    // The bank comparison (the layer when the encoder is not installed). Reached: dev 196/196; test 176/190 (92.6 %), false alarms 21/173 (12.1 %). (Before the
    // fourth set: 88.9 % and 13.9 %; before the linear layer: test 77.9 % and 12.1 %.)
    floors(&r, 0.99, 0.03, 0.92, 0.13);
    // At the threshold in use the layer alone (every tuning line read, no rules) raises at most
    // 6 % of the tuning splits' `none` lines (5.1 % when written).
    let t = r
        .dev_calibration
        .iter()
        .find(|c| (c.threshold - sem.threshold()).abs() < 0.005)
        .unwrap();
    assert!(t.alone_false_alarm_rate <= 0.06, "{t:?}");
}

#[test]
fn the_encoder_layer_holds_its_ground_on_the_frozen_set() {
    mentora::runtime::init(None).unwrap();
    let models = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models");
    let m = mentora::models::Manifest::load(&models).unwrap();
    let sem = Semantic::from_manifest(&m, 2).unwrap();
    assert!(
        sem.encoder().is_some(),
        "the crisis encoder is installed by setup"
    );
    let r = eval::evaluate_with(&rows(), Some(&sem));
    eprint!("{}", eval::to_text(&r));
    // Reached (head trained on the tuning splits, threshold from their out-of-fold scores): dev
    // 196/196, false alarms 1/177; test 182/190 (95.8 %), false alarms 24/173 (13.9 %) with the
    // int8 encoder (183/190 and 25/173 with the 4-bit one it replaced for speed).
    floors(&r, 0.99, 0.03, 0.95, 0.15);
}

#[test]
fn the_semantic_layer_reads_any_input_without_panic() {
    mentora::runtime::init(None).unwrap();
    let models = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models");
    let m = mentora::models::Manifest::load(&models).unwrap();
    // Layer 3 (the bank comparison) reads the text; the layers in use (the encoder) check it.
    let bank = Semantic::bank_only(&m, 2).unwrap();
    let sem = Semantic::from_manifest(&m, 2).unwrap();
    assert!(sem.bank().is_none() && sem.encoder().is_some());
    assert!(
        sem.read("any text").is_err(),
        "the bank is not loaded beside the encoder"
    );
    let big: String = (0..40_000)
        .map(|i| format!("Today I walked {i} steps in the park. "))
        .collect();
    assert!(big.len() > 1 << 20);
    let t = std::time::Instant::now();
    let r = bank.read(&big).unwrap();
    assert!(r.windows <= mentora::safety::semantic::MAX_WINDOWS && r.total >= 40_000);
    assert!(t.elapsed().as_secs() < 30, "{:?}", t.elapsed());
    let mut mixed = "ok fine. ".repeat(100_000);
    mixed.push_str("I honestly feel like everyone would be happier if I vanished for good.");
    let _ = mentora::safety::crisis::check_with(&mixed, Some(&sem));
    // A long entry: the sentence closest in words to the crisis statements is among those read.
    let day = [
        "Breakfast was toast and coffee with my roommate.",
        "The bus was late so I walked the last part.",
        "Work was busy but my team lunch was fun.",
        "I called my aunt about her birthday plans.",
        "In the evening we played cards at home.",
    ];
    let mut entry: Vec<&str> = day.iter().cycle().take(25).copied().collect();
    entry.insert(
        12,
        "Honestly everyone around me would be happier if I vanished for good.",
    );
    let c = mentora::safety::crisis::check_with(&entry.join(" "), Some(&sem));
    assert_eq!(c.level, mentora::safety::crisis::Level::Crisis, "{c:?}");
    let read = bank.read(&entry.join(" ")).unwrap();
    assert!(
        read.writer
            .as_ref()
            .is_some_and(|w| w.window.contains("vanished")),
        "{read:?}"
    );
    for s in [
        "",
        " ",
        "\u{0}",
        "''''",
        "🙂🙂🙂🙂",
        "\u{200b}\u{00ad}\u{feff}",
        "a. b. c. d. e. f. g. h.",
        &"x".repeat(1 << 20),
        &"é ".repeat(300_000),
    ] {
        let _ = bank.read(s).unwrap();
        let _ = mentora::safety::crisis::check_with(s, Some(&sem));
        let _ = mentora::safety::crisis::check_with(s, Some(&bank));
    }
    // A paraphrase no rule knows is caught; a look-alike idiom and a denial are not.
    let paraphrase = "I honestly feel like everyone would be happier if I vanished for good";
    let c = mentora::safety::crisis::check_with(paraphrase, Some(&sem));
    assert_eq!(c.level, mentora::safety::crisis::Level::Crisis, "{c:?}");
    let m = bank.assess(paraphrase).unwrap();
    assert!(m.is_some_and(|m| m.margin >= bank.threshold()));
    for s in [
        "this heat is going to be the death of me",
        "I would never hurt myself",
    ] {
        let c = mentora::safety::crisis::check_with(s, Some(&sem));
        assert_eq!(c.level, mentora::safety::crisis::Level::None, "{s}: {c:?}");
    }
}
