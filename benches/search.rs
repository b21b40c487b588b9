//! Full-text search over 10,000 journal entries inside the encrypted vault: p50 and p99 of 300 queries
//! (one to three words, the last a prefix) through FTS5, beside the substring scan the journal screen
//! used before (`journal::search`, LIKE over every row) on the same queries. Target: FTS5 p50 ≤ 20 ms.

use mentora::vault::repo::{journal, search};
use mentora::vault::Stamp;
use std::time::Instant;

const WORDS: &[&str] = &[
    "walk", "harbour", "sister", "work", "tired", "coffee", "rain", "anxious", "calm", "garden",
    "train", "meeting", "friends", "music", "sleep", "headache", "laughed", "dinner", "quiet",
    "letter", "mountain", "bakery", "deadline", "phone", "weekend", "forest", "swim", "market",
    "grateful", "lonely", "proud", "cinema", "kitchen", "bicycle", "storm", "teacher", "doctor",
    "birthday", "holiday", "river",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 as usize
    }
}

fn pct(v: &mut [f64], q: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() - 1) as f64 * q).round() as usize]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let v = mentora::vault::scratch(dir.path()).unwrap();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let t = Instant::now();
    let start: chrono::NaiveDate = "2024-01-01".parse().unwrap();
    v.with_conn(|c| {
        let tx = c.unchecked_transaction()?;
        for i in 0..10_000 {
            let n = 20 + rng.next() % 120;
            let text: Vec<&str> = (0..n).map(|_| WORDS[rng.next() % WORDS.len()]).collect();
            let day = start + chrono::Days::new((i / 14) as u64);
            let at = Stamp::at(day.and_hms_opt(20, 0, 0).unwrap().and_utc().fixed_offset());
            let input = journal::EntryInput {
                mood: 1 + (rng.next() % 5) as i64,
                tags: vec![WORDS[rng.next() % WORDS.len()].to_string()],
                title: String::new(),
                text: text.join(" "),
            };
            journal::add(&tx, &input, &at)?;
        }
        tx.commit()?;
        Ok(())
    })
    .unwrap();
    println!(
        "seeded 10,000 entries in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let queries: Vec<String> = (0..300)
        .map(|_| {
            let k = 1 + rng.next() % 3;
            let mut q: Vec<String> = (0..k)
                .map(|_| WORDS[rng.next() % WORDS.len()].to_string())
                .collect();
            let last = q.last_mut().unwrap();
            last.truncate(3 + rng.next() % 3);
            q.join(" ")
        })
        .collect();
    let mut fts = Vec::new();
    let mut like = Vec::new();
    let mut found = 0;
    v.with_conn(|c| {
        for q in &queries {
            let t = Instant::now();
            found += search::search(c, q, 50)?.len();
            fts.push(t.elapsed().as_secs_f64() * 1e3);
        }
        for q in queries.iter().take(60) {
            let t = Instant::now();
            journal::search(c, q)?;
            like.push(t.elapsed().as_secs_f64() * 1e3);
        }
        Ok(())
    })
    .unwrap();
    assert!(found > 0);
    println!(
        "FTS5 search, 300 queries over 10,000 entries: p50 {:.2} ms, p99 {:.2} ms (target p50 ≤ 20 ms)",
        pct(&mut fts, 0.5),
        pct(&mut fts, 0.99)
    );
    println!(
        "LIKE scan (journal::search), 60 of the same queries: p50 {:.2} ms, p99 {:.2} ms",
        pct(&mut like, 0.5),
        pct(&mut like, 0.99)
    );
}
