//! The PII redactor on the frozen labelled set (tests/data/pii, written by a helper that never saw
//! the redactor; rules were written from the dev split's mistakes only, the test split was looked
//! at as totals only). The floors are a little under where the redactor stands today, so a change
//! that makes it worse fails.

use mentora::chat::redact::{detect, eval, Kind, Redactions};

#[test]
fn the_redactor_holds_its_ground_on_the_frozen_set() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/pii/pii_eval.jsonl");
    let rows = eval::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(rows.len(), 433, "the frozen set has 433 lines");
    let r = eval::evaluate(&rows);
    eprint!("{}", eval::to_text(&r));
    let dev = &r.total["dev"];
    let test = &r.total["test"];
    assert!(
        dev.recall().unwrap() >= 0.98,
        "dev recall {:?}",
        dev.recall()
    );
    assert!(
        dev.over_rate().unwrap() <= 0.02,
        "dev over-redaction {:?}",
        dev.over_rate()
    );
    assert!(
        test.recall().unwrap() >= 0.97,
        "test recall {:?}",
        test.recall()
    );
    assert!(
        test.exact_rate().unwrap() >= 0.97,
        "test exact kind {:?}",
        test.exact_rate()
    );
    assert!(
        test.over_rate().unwrap() <= 0.02,
        "test over-redaction {:?}",
        test.over_rate()
    );
}

/// Every letter and digit of `value` is inside a redacted span.
fn hidden(text: &str, value: &str) -> bool {
    let found = detect(text, &[]);
    let at = text.find(value).expect("value in text");
    text[at..at + value.len()]
        .char_indices()
        .filter(|(_, c)| c.is_alphanumeric())
        .all(|(i, _)| found.iter().any(|f| f.start <= at + i && at + i < f.end))
}

#[test]
fn the_attackers_probes_are_redacted() {
    let probes: &[(&str, &[(&str, Kind)])] = &[
        (
            ":[ call me on +49 176 12345678, or mail robin@example.org",
            &[
                ("+49 176 12345678", Kind::Phone),
                ("robin@example.org", Kind::Email),
            ],
        ),
        (
            "030 1234567 / 0176 1234567",
            &[("030 1234567", Kind::Phone), ("0176 1234567", Kind::Phone)],
        ),
        (
            "4111 1111 1111 1111",
            &[("4111 1111 1111 1111", Kind::Card)],
        ),
        (
            "IBAN DE89 3704 0044 0532 0130 00",
            &[("DE89 3704 0044 0532 0130 00", Kind::Iban)],
        ),
        ("born 1990-04-12", &[("1990-04-12", Kind::Date)]),
        ("josé@example.com", &[("josé@example.com", Kind::Email)]),
        ("٠١٧٦١٢٣٤٥٦٧٨", &[("٠١٧٦١٢٣٤٥٦٧٨", Kind::Phone)]),
        (
            "i live at 12 baker street",
            &[("12 baker street", Kind::Address)],
        ),
        (
            "Berliner Straße 12, 10115 Berlin",
            &[("Berliner Straße 12, 10115 Berlin", Kind::Address)],
        ),
        ("10 rue de Rivoli", &[("10 rue de Rivoli", Kind::Address)]),
        ("Dr. Sarah Cohen", &[("Dr. Sarah Cohen", Kind::Name)]),
    ];
    for (text, values) in probes {
        let found = detect(text, &[]);
        for (v, kind) in *values {
            assert!(hidden(text, v), "{v:?} leaks in {text:?}: {found:?}");
            let at = text.find(v).unwrap();
            assert!(
                found
                    .iter()
                    .any(|f| f.kind == *kind && f.start <= at && at + v.len() <= f.end),
                "{v:?} in {text:?} is not {kind:?}: {found:?}"
            );
        }
    }
    let mut r = Redactions::default();
    assert_eq!(
        r.redact("via WhatsApp 2 times", &[]),
        "via WhatsApp 2 times"
    );
    assert!(r.items.is_empty());
}
