//! Reports over a seeded year: every aggregate checked against values computed independently from the
//! seeded data; the PNG charts written for a person to look at; empty, tiny, future and reversed ranges.

use crate::common::vault as fixture;
use crate::common::year;

use chrono::{Duration, NaiveDate};
use fixture::Fixture;
use mentora::reports::range::Range;
use mentora::reports::{self, aggregate, charts};

fn close(a: Option<f64>, b: Option<f64>, what: &str) {
    match (a, b) {
        (Some(a), Some(b)) => assert!((a - b).abs() < 1e-6, "{what}: {a} vs expected {b}"),
        (None, None) => {}
        _ => panic!("{what}: {a:?} vs expected {b:?}"),
    }
}

fn mean(v: &[f64]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

const END: &str = "2026-11-21";

#[test]
fn a_year_of_data_aggregates_to_what_was_seeded() {
    let f = Fixture::new("year");
    let v = f.unlocked();
    let end: NaiveDate = END.parse().unwrap();
    let seeded = year::seed(&v, end, 4, 30);
    let today = end + Duration::days(1);
    let (r, note) = Range::new(end - Duration::days(364), end, today).unwrap();
    assert!(note.is_none());
    let a = v
        .with_conn(|c| aggregate::aggregate(c, &r, "sentiment", "en"))
        .unwrap();
    assert_eq!(a.days.len(), 365);
    for (day, (d, e)) in a.days.iter().zip(&seeded) {
        assert_eq!(day.date, d.to_string());
        assert_eq!(day.journal_entries, e.moods.len() as i64, "{d}");
        close(day.mood, mean(&e.moods), &format!("{d} mood"));
        close(day.sentiment, mean(&e.valences), &format!("{d} sentiment"));
        assert_eq!(day.scored, e.valences.len() as i64, "{d}");
        assert_eq!(day.messages, e.messages, "{d}");
        assert_eq!(day.gratitude, e.gratitude, "{d}");
        close(day.sleep_hours, e.sleep_hours, &format!("{d} sleep"));
        close(day.sleep_quality, e.sleep_quality, &format!("{d} quality"));
        assert!(
            (day.breathing_minutes - e.breathing_s as f64 / 60.0).abs() < 1e-9,
            "{d}"
        );
        let n: i64 = e.sessions.iter().map(|s| s.0).sum();
        assert_eq!(day.face_samples, n, "{d}");
        if n > 0 {
            for k in 0..7 {
                let want = e
                    .sessions
                    .iter()
                    .map(|(s, avg)| avg[k] as f64 * *s as f64)
                    .sum::<f64>()
                    / n as f64;
                assert!(
                    (day.emotion.as_ref().unwrap()[k] - want).abs() < 1e-6,
                    "{d} emotion {k}"
                );
            }
        } else {
            assert!(day.emotion.is_none());
        }
    }
    // Totals from the seeded rows.
    let all_moods: Vec<f64> = seeded.values().flat_map(|e| e.moods.clone()).collect();
    let all_val: Vec<f64> = seeded.values().flat_map(|e| e.valences.clone()).collect();
    let sleeps: Vec<f64> = seeded.values().filter_map(|e| e.sleep_hours).collect();
    close(a.totals.mean_mood, mean(&all_moods), "mean mood");
    close(a.totals.mean_sentiment, mean(&all_val), "mean sentiment");
    close(a.totals.mean_sleep_hours, mean(&sleeps), "mean sleep");
    assert_eq!(a.totals.sleep_nights, sleeps.len());
    assert_eq!(
        a.totals.messages,
        seeded.values().map(|e| e.messages).sum::<i64>()
    );
    assert_eq!(
        a.totals.gratitude_days,
        seeded.values().filter(|e| e.gratitude > 0).count()
    );
    let active = seeded
        .values()
        .filter(|e| {
            !e.moods.is_empty()
                || e.messages > 0
                || e.gratitude > 0
                || e.sleep_hours.is_some()
                || e.breathing_s > 0
        })
        .count();
    assert_eq!(a.totals.active_days, active);
    assert_eq!(
        a.sessions.len(),
        seeded.values().map(|e| e.sessions.len()).sum::<usize>()
    );
    assert_eq!(
        a.checkins.iter().map(|c| c.total).collect::<Vec<_>>(),
        seeded
            .values()
            .flat_map(|e| e.checkins.iter().map(|c| c.1))
            .collect::<Vec<_>>()
    );
    // Sleep ≥ 7 h vs shorter nights, next-day mood, computed here.
    let (mut good, mut short) = (Vec::new(), Vec::new());
    for e in seeded.values() {
        if let (Some(h), Some(m)) = (e.sleep_hours, mean(&e.moods)) {
            if h >= 7.0 {
                good.push(m)
            } else {
                short.push(m)
            }
        }
    }
    let c = a
        .correlations
        .iter()
        .find(|c| c.topic == "sleep_mood")
        .unwrap();
    assert_eq!(c.n, (good.len(), short.len()));
    let (x, y) = c.means.unwrap();
    close(Some(x), mean(&good), "sleep ≥ 7 h mood");
    close(Some(y), mean(&short), "short sleep mood");
    assert!(x > y, "the seeded data ties mood to sleep: {}", c.text);
    assert!(
        c.text
            .contains(&format!("n = {} vs {}", good.len(), short.len())),
        "{}",
        c.text
    );
    // The streak and the holiday gap.
    let aug = a.days.iter().find(|d| d.date == "2026-08-07").unwrap();
    assert!(aug.mood.is_none() && aug.messages == 0 && aug.sleep_hours.is_none());
    assert!(a.streak.1 >= a.streak.0);
    // Trajectory over all samples.
    assert_eq!(
        a.trajectory.samples as i64,
        seeded
            .values()
            .flat_map(|e| e.sessions.iter().map(|s| s.0))
            .sum::<i64>()
    );

    // The previous period (the year before) is empty: the comparison says so without inventing numbers.
    assert_eq!(a.previous.totals.active_days, 0);
    assert!(a.previous.totals.mean_mood.is_none());

    // Charts: PNGs written for a person to look at, SVG for the window.
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts/report-year");
    let pngs = charts::write_png(&out, &a, "en").unwrap();
    assert_eq!(pngs.len(), 4);
    for p in &pngs {
        let bytes = std::fs::read(p).unwrap();
        assert!(
            bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000,
            "{}: {} bytes",
            p.display(),
            bytes.len()
        );
    }
    let svgs = charts::all_svg(&a, "en").unwrap();
    assert!(svgs
        .iter()
        .all(|(_, s)| s.starts_with("<svg") || s.contains("<svg")));
    assert!(svgs[0].1.contains("Mood and sentiment by day") && svgs[0].1.contains("Journal mood"));

    // A month and a week of the same data; their PNGs too.
    let (m, _) = Range::month("2026-10", today).unwrap();
    let am = v
        .with_conn(|c| aggregate::aggregate(c, &m, "sentiment", "en"))
        .unwrap();
    assert_eq!(am.days.len(), 31);
    assert_eq!(
        am.totals.journal_entries,
        seeded
            .range(m.from..=m.to)
            .map(|(_, e)| e.moods.len() as i64)
            .sum::<i64>()
    );
    charts::write_png(&out.with_file_name("report-month"), &am, "en").unwrap();
    let w = Range::last_week(end);
    let rep = reports::build(&v, w, None, None, "en").unwrap();
    assert_eq!(rep.summary_source, "local");
    assert!(
        rep.summary
            .starts_with(&format!("From {} to {END}", w.from)),
        "{}",
        rep.summary
    );
    charts::write_png(&out.with_file_name("report-week"), &rep.aggregates, "en").unwrap();
    let html = reports::html::render(&rep);
    let external = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assert!(
        html.contains("<svg")
            && !html.contains("<script")
            && !html.contains("<link")
            && !html.contains("src=")
    );
    assert!(
        !external.contains("http://") && !external.contains("https://"),
        "self-contained: no external resource"
    );
    std::fs::write(out.with_file_name("report-week.html"), html).unwrap();
}

#[test]
fn empty_tiny_future_and_reversed_ranges() {
    let f = Fixture::new("edges");
    let v = f.unlocked();
    let today: NaiveDate = "2026-11-22".parse().unwrap();
    // Empty week: a clear local summary, and every chart says there is no data instead of an empty frame.
    let rep = reports::build(&v, Range::last_week(today), None, None, "en").unwrap();
    assert!(rep.aggregates.empty);
    assert!(
        rep.summary
            .starts_with("Nothing was recorded from 2026-11-16 to 2026-11-22"),
        "{}",
        rep.summary
    );
    for (name, svg) in &rep.charts {
        assert!(
            svg.contains("No ") || svg.contains("not used"),
            "{name} has no message"
        );
    }
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts/report-empty");
    charts::write_png(&out, &rep.aggregates, "en").unwrap();
    assert!(rep
        .aggregates
        .correlations
        .iter()
        .all(|c| c.means.is_none() && c.text.starts_with("Not enough data")));

    // One data point.
    v.with_conn(|c| {
        mentora::vault::repo::journal::add(
            c,
            &mentora::vault::repo::journal::EntryInput {
                mood: 4,
                tags: vec![],
                title: String::new(),
                text: "one".into(),
            },
            &mentora::vault::Stamp::now(),
        )
    })
    .unwrap();
    let now = mentora::vault::Stamp::now();
    let day: NaiveDate = now.date_str().parse().unwrap();
    let rep = reports::build(&v, Range::last_week(day), None, None, "en").unwrap();
    assert_eq!(rep.aggregates.totals.journal_entries, 1);
    assert_eq!(rep.aggregates.totals.mean_mood, Some(4.0));
    assert!(rep.charts[0].1.contains("Journal mood"));
    assert!(rep.summary.contains("4.0/5"), "{}", rep.summary);
    charts::write_png(&out.with_file_name("report-one"), &rep.aggregates, "en").unwrap();

    // Future and reversed: errors that say why.
    let e = Range::new(
        "2027-01-01".parse().unwrap(),
        "2027-01-07".parse().unwrap(),
        today,
    )
    .unwrap_err();
    assert_eq!(e.code().as_str(), "input.invalid");
    assert!(e.message().contains("future"), "{e}");
    let e = Range::new(
        "2026-11-20".parse().unwrap(),
        "2026-11-01".parse().unwrap(),
        today,
    )
    .unwrap_err();
    assert!(e.message().contains("reversed"), "{e}");
    let (r, note) = Range::new(
        "2026-11-20".parse().unwrap(),
        "2026-12-31".parse().unwrap(),
        today,
    )
    .unwrap();
    assert_eq!(r.to, today);
    assert!(note.unwrap().contains("cut at today"));
}

#[test]
fn the_weekly_report_is_made_once_per_week_and_saved() {
    let f = Fixture::new("weekly");
    let v = f.unlocked();
    let end: NaiveDate = "2026-11-15".parse().unwrap();
    year::seed(&v, end, 2, 5);
    let monday: NaiveDate = "2026-11-16".parse().unwrap();
    let first = reports::weekly_if_due(&v, None, monday, "en")
        .unwrap()
        .unwrap();
    assert_eq!(
        (first.aggregates.from.as_str(), first.aggregates.to.as_str()),
        ("2026-11-09", "2026-11-15")
    );
    assert!(first.saved_id.is_some());
    assert!(
        reports::weekly_if_due(&v, None, monday + Duration::days(3), "en")
            .unwrap()
            .is_none(),
        "once a week"
    );
    let saved = v
        .with_conn(|c| mentora::vault::repo::reports::list(c))
        .unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].summary, first.summary);
    let data: serde_json::Value = serde_json::from_str(&saved[0].data_json).unwrap();
    assert_eq!(data["days"].as_array().unwrap().len(), 7);
}
