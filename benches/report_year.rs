//! One year of data (≥ 50,000 rows) → the report with all four charts as SVG and the local summary;
//! prints each run and the median (target ≤ 150 ms).

#[path = "../tests/it/common/year.rs"]
mod year;

use mentora::reports::{self, range::Range};
use std::time::Instant;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let v = mentora::vault::scratch(dir.path()).unwrap();
    let end: chrono::NaiveDate = "2026-11-21".parse().unwrap();
    let t = Instant::now();
    year::seed(&v, end, 60, 180);
    let rows: i64 = v
        .with_conn(|c| {
            let mut n = 0;
            for t in [
                "messages",
                "sentiment_results",
                "journal_entries",
                "gratitude_items",
                "sleep_logs",
                "breathing_sessions",
                "emotion_sessions",
                "emotion_timeline",
                "assessments",
                "activity_days",
            ] {
                n += c.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| {
                    r.get::<_, i64>(0)
                })?;
            }
            Ok(n)
        })
        .unwrap();
    println!(
        "seeded {rows} rows over 365 days in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    assert!(rows >= 50_000, "{rows} rows");
    let (r, _) = Range::new(end - chrono::Duration::days(364), end, end).unwrap();
    let mut ms = Vec::new();
    for i in 0..7 {
        let t = Instant::now();
        let rep = reports::build(&v, r, None, None, "en").unwrap();
        let took = t.elapsed().as_secs_f64() * 1e3;
        let svg_kb: usize = rep.charts.iter().map(|(_, s)| s.len()).sum::<usize>() / 1024;
        println!(
            "run {}: year report with 4 SVG charts ({svg_kb} KB) in {took:.1} ms",
            i + 1
        );
        ms.push(took);
    }
    ms.sort_by(|a, b| a.total_cmp(b));
    println!(
        "median {:.1} ms over {} runs (target ≤ 150 ms)",
        ms[ms.len() / 2],
        ms.len()
    );
}
