//! PHQ-9 and GAD-7: every band boundary, the published item counts, and item 9 → the crisis path.

use crate::common::vault as fixture;

use mentora::safety::Reason;
use mentora::vault::Stamp;
use mentora::wellness::checkins::{score, submit, Form, DISCLAIMER, GAD7, PHQ9};
use mentora::Code;

/// Answers of `n` items adding up to `total`.
fn answers(n: usize, total: u32) -> Vec<u8> {
    let mut a = vec![0u8; n];
    let mut left = total;
    for x in a.iter_mut() {
        let v = left.min(3);
        *x = v as u8;
        left -= v;
    }
    assert_eq!(left, 0);
    a
}

#[test]
fn phq9_bands_at_every_boundary() {
    let cases = [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately severe"),
        (19, "moderately severe"),
        (20, "severe"),
        (27, "severe"),
    ];
    for (total, band) in cases {
        // Keep item 9 at 0 where the total allows, so only the band is under test.
        let mut a = answers(9, total);
        if total <= 24 && a[8] > 0 {
            a = answers(8, total);
            a.push(0);
        }
        assert_eq!(
            score(Form::Phq9, &a).unwrap(),
            (total, band),
            "total {total}"
        );
    }
    assert_eq!(PHQ9.len(), 9);
}

#[test]
fn gad7_bands_at_every_boundary() {
    for (total, band) in [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "severe"),
        (21, "severe"),
    ] {
        assert_eq!(
            score(Form::Gad7, &answers(7, total)).unwrap(),
            (total, band),
            "total {total}"
        );
    }
    assert_eq!(GAD7.len(), 7);
}

#[test]
fn bad_answers_name_the_item() {
    let e = score(Form::Gad7, &[0, 0, 4, 0, 0, 0, 0]).unwrap_err();
    assert_eq!(e.code(), Code::InvalidInput);
    assert!(e.message().starts_with("answers[3]:"), "{e}");
    assert!(score(Form::Phq9, &[0; 7])
        .unwrap_err()
        .message()
        .starts_with("answers:"));
    assert_eq!(Form::parse("bdi").unwrap_err().code(), Code::InvalidInput);
}

#[test]
fn item_9_takes_the_crisis_path_whatever_the_total() {
    let f = fixture::Fixture::new("Safe");
    let v = f.unlocked();
    let scored = v
        .with_conn(|c| {
            submit(
                c,
                Form::Phq9,
                &[1, 1, 0, 0, 0, 0, 0, 0, 1],
                Some(1),
                "GB",
                &Stamp::now(),
            )
        })
        .unwrap();
    assert_eq!((scored.assessment.total, scored.severity), (3, "minimal"));
    let card = scored.crisis.expect("item 9 = 1 must show the crisis card");
    assert_eq!(card.reason, Reason::Phq9Item9);
    assert_eq!(card.resources[0].contact, "116 123");
    assert_eq!(scored.disclaimer, DISCLAIMER);
    assert!(DISCLAIMER.contains("not a diagnosis"));

    let calm = v
        .with_conn(|c| {
            submit(
                c,
                Form::Phq9,
                &[3, 3, 3, 3, 3, 3, 3, 3, 0],
                None,
                "US",
                &Stamp::now(),
            )
        })
        .unwrap();
    assert_eq!(calm.severity, "severe");
    assert!(
        calm.crisis.is_none(),
        "a high total alone is not the crisis path"
    );
    let gad = v
        .with_conn(|c| submit(c, Form::Gad7, &[3; 7], None, "US", &Stamp::now()))
        .unwrap();
    assert!(gad.crisis.is_none());
    assert_eq!(
        v.with_conn(|c| mentora::vault::repo::assessments::history(c, "phq9"))
            .unwrap()
            .len(),
        2
    );
}
