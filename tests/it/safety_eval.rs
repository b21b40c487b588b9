//! The crisis detector on the frozen labelled set (tests/data/safety, written by a helper that never
//! saw the detector; rules were written from the dev split's mistakes only). These floors are where
//! the detector stands today, so a change that makes it worse fails; the targets (test recall
//! ≥ 0.97, false alarms ≤ 3 %) are not met yet and are not claimed here.

use mentora::safety::eval;

#[test]
fn the_detector_holds_its_ground_on_the_frozen_set() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/safety/crisis_eval.jsonl");
    let rows = eval::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(rows.len() >= 793, "the frozen set has {} lines", rows.len());
    let r = eval::evaluate(&rows);
    let dev = &r.total["dev"];
    let test = &r.total["test"];
    eprint!("{}", eval::to_text(&r));
    assert!(
        dev.recall().unwrap() >= 0.90,
        "dev recall {:?}",
        dev.recall()
    );
    assert!(
        dev.false_alarm_rate().unwrap() <= 0.03,
        "dev false alarms {:?}",
        dev.false_alarm_rate()
    );
    assert!(
        test.recall().unwrap() >= 0.50,
        "test recall {:?}",
        test.recall()
    );
    assert!(
        test.false_alarm_rate().unwrap() <= 0.08,
        "test false alarms {:?}",
        test.false_alarm_rate()
    );
}
