//! Unit tests of the redactor: the API, the attacker's probes, odd input and long text.

use super::{detect, Kind, Redactions};

fn red(text: &str) -> String {
    Redactions::default().redact(text, &[])
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
fn replaces_and_restores() {
    let mut r = Redactions::default();
    let names = vec!["Robin Miles".to_string(), "Robin".to_string()];
    let t = r.redact(
        "I'm Robin, mail me at robin.m@example.org or call +44 20 7946 0958. I live at 221B Baker Street and in Hauptstraße 5.",
        &names,
    );
    assert_eq!(
        t,
        "I'm [NAME_1], mail me at [EMAIL_1] or call [PHONE_1]. I live at [ADDRESS_1] and in [ADDRESS_2]."
    );
    assert_eq!(r.restore("Hi [NAME_1]!"), "Hi Robin!");
    // Times, dates and small numbers stay.
    assert_eq!(
        red("I slept 7 hours, from 23:00 to 6:30 on 2026-11-21"),
        "I slept 7 hours, from 23:00 to 6:30 on 2026-11-21"
    );
}

#[test]
fn attacker_probes() {
    let probes: &[(&str, &[&str])] = &[
        (
            ":[ call me on +49 176 12345678, or mail robin@example.org",
            &["+49 176 12345678", "robin@example.org"],
        ),
        (
            "030 1234567 / 0176 1234567",
            &["030 1234567", "0176 1234567"],
        ),
        ("4111 1111 1111 1111", &["4111 1111 1111 1111"]),
        (
            "IBAN DE89 3704 0044 0532 0130 00",
            &["DE89 3704 0044 0532 0130 00"],
        ),
        ("born 1990-04-12", &["1990-04-12"]),
        ("josé@example.com", &["josé@example.com"]),
        ("٠١٧٦١٢٣٤٥٦٧٨", &["٠١٧٦١٢٣٤٥٦٧٨"]),
        ("i live at 12 baker street", &["12 baker street"]),
        (
            "Berliner Straße 12, 10115 Berlin",
            &["Berliner Straße 12, 10115 Berlin"],
        ),
        ("10 rue de Rivoli", &["10 rue de Rivoli"]),
        ("Dr. Sarah Cohen", &["Dr. Sarah Cohen"]),
    ];
    for (text, values) in probes {
        for v in *values {
            assert!(hidden(text, v), "{v:?} leaks in {text:?}: {:?}", red(text));
        }
    }
    assert_eq!(red("via WhatsApp 2 times"), "via WhatsApp 2 times");
    // The kinds, too.
    let kinds = |t: &str| {
        detect(t, &[])
            .into_iter()
            .map(|f| f.kind)
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds("4111 1111 1111 1111"), [Kind::Card]);
    assert_eq!(kinds("IBAN DE89 3704 0044 0532 0130 00"), [Kind::Iban]);
    assert_eq!(kinds("born 1990-04-12"), [Kind::Date]);
    assert_eq!(
        kinds("030 1234567 / 0176 1234567"),
        [Kind::Phone, Kind::Phone]
    );
    assert_eq!(kinds("Dr. Sarah Cohen"), [Kind::Name]);
}

#[test]
fn placeholders_are_kept_and_brackets_change_nothing() {
    let mut r = Redactions::default();
    let once = r.redact("call +49 176 12345678 [or not", &[]);
    assert_eq!(once, "call [PHONE_1] [or not");
    // Redacting again leaves the placeholder alone, and a name list that contains a kind word
    // does not eat it.
    let twice = r.redact(&once, &["PHONE".to_string()]);
    assert_eq!(twice, once);
    assert_eq!(red("[PHONE_1] 0176 1234567"), "[PHONE_1] [PHONE_1]");
    assert_eq!(red("[[[ robin@example.org ]"), "[[[ [EMAIL_1] ]");
}

#[test]
fn the_same_value_gets_the_same_placeholder() {
    let mut r = Redactions::default();
    let t = r.redact(
        "robin@example.org, again robin@example.org, and ann@example.org",
        &[],
    );
    assert_eq!(t, "[EMAIL_1], again [EMAIL_1], and [EMAIL_2]");
    assert_eq!(
        r.restore(&t),
        "robin@example.org, again robin@example.org, and ann@example.org"
    );
}

#[test]
fn people_in_my_life() {
    let names = vec!["Tom".to_string(), "Anne-Marie".to_string()];
    let mut r = Redactions::default();
    assert_eq!(
        r.redact("tom and ANNE-MARIE went out, Tomorrow too", &names),
        "[NAME_1] and [NAME_2] went out, Tomorrow too"
    );
}

#[test]
fn ordinary_numbers_stay() {
    for t in [
        "I paid 49.99 for a course",
        "PHQ-9: 14, GAD-7 9",
        "120/80 this morning",
        "top 10 things, Route 66, 1 of 3 tasks, 5 km",
        "Am 03.11.2026 hatte ich einen schlimmen Tag",
        "on 2026-11-03 I slept badly",
        "Ich habe 10000 Schritte gemacht",
        "version 3.1.2 is out",
        "from 2019-2024 I lived abroad",
        "1.250.000 people",
    ] {
        assert_eq!(red(t), t);
    }
}

#[test]
fn no_panic_on_odd_input() {
    let odd = [
        "",
        "[",
        "]",
        "[[[[",
        "\u{0}\u{1}\u{7f}\r\n\t",
        "+",
        "+++++",
        "0",
        "@",
        "a@b",
        "é@é.é",
        "٠",
        "🙂🙂🙂 0176 🙂 1234567 🙂",
        "\u{200B}0\u{200B}1\u{200B}7\u{200B}6\u{200B}1\u{200B}2\u{200B}3\u{200B}4\u{200B}5\u{200B}6\u{200B}7",
        "Dr.",
        "Frau ",
        "Straße 5",
        "12 rue",
        "ﬁ ﬀ ① ² ½ Ⅻ",
        "e\u{301}\u{301}\u{301}",
    ];
    for t in odd {
        let mut r = Redactions::default();
        let out = r.redact(
            t,
            &[
                "".to_string(),
                "a".to_string(),
                "[".to_string(),
                "é".to_string(),
            ],
        );
        assert_eq!(r.restore(&out), t, "{t:?}");
    }
    // Invisible characters inside a number don't hide it.
    assert!(red("0\u{200B}1\u{200B}7\u{200B}6\u{200B}1\u{200B}2\u{200B}3\u{200B}4\u{200B}5\u{200B}6\u{200B}7").starts_with("[PHONE_1]"));
}

#[test]
fn long_text_is_fast_enough() {
    let unit = "Ich wohne in der Hauptstraße 5, 80331 München, Tel. 0176 1234567, Mail robin@example.org. Heute 7 Stunden geschlafen, Dr. Weber sagt 120/80. 🙂 ";
    let text = unit.repeat(1_000_000 / unit.len() + 1);
    let t = std::time::Instant::now();
    let mut r = Redactions::default();
    let out = r.redact(&text, &["Robin".into()]);
    assert!(!out.contains("0176"));
    assert_eq!(r.restore(&out), text);
    // Digits only, the worst case for phone checks.
    let digits: String = (0..30_000u32)
        .map(|i| format!("{} ", (i * 7919) % 100_000))
        .collect();
    let _ = red(&digits);
    assert!(t.elapsed().as_secs() < 60, "took {:?}", t.elapsed());
}

/// The fuzzer's slow input (`fuzz/regressions/redact/timeout-…`): a run of digit groups tried in
/// every region. The library's pattern cache must hold all the regions' patterns at once, or they
/// evict each other and each number compiles them again (~0.3 s a text). Checked by what the
/// cache holds, not by a clock: after the whole text, nothing was evicted.
#[test]
fn every_regions_phone_patterns_stay_compiled() {
    let text = "la ltaJ 80 1111 1111 1117 me han nado, 030 1234567 / 0176 1234567, 555 0100 2233";
    let _ = red(text);
    let _ = red(text);
    let cache = phonenumber::metadata::DATABASE.cache();
    let cache = cache.lock().unwrap();
    assert!(
        cache.len() < cache.capacity(),
        "pattern cache full ({} of {}): regions evict each other",
        cache.len(),
        cache.capacity()
    );
}
