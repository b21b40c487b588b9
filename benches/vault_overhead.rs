//! Benchmark: the same workload on SQLCipher and on plain SQLite, in one run.
//! Workload: insert 100,000 chat messages through the repository (1,000 per transaction), then
//! the weekly report's queries over a year of data (52 weeks). Prints medians of 5 runs and the
//! overhead ratio. Run: `cargo bench --bench vault_overhead`.

use mentora::vault::repo::chats::{Sender, Status};
use mentora::vault::repo::{chats, journal, logs};
use mentora::vault::{conn, migrations, DataKey, Stamp};
use rusqlite::Connection;
use std::time::{Duration, Instant};

const MESSAGES: usize = 100_000;
const RUNS: usize = 5;
const DAY_MS: i64 = 86_400_000;

/// The year of data ends yesterday (entries may not be dated in the future).
fn year_start_ms() -> i64 {
    chrono::Utc::now().timestamp_millis() - 367 * DAY_MS
}

fn stamp(ms: i64) -> Stamp {
    let t = chrono::DateTime::from_timestamp_millis(ms)
        .unwrap()
        .fixed_offset();
    Stamp::at(t)
}

fn fresh(key: Option<&DataKey>) -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let mut c = conn::open(&dir.path().join("vault.db"), key).unwrap();
    migrations::migrate_to(&mut c, migrations::CURRENT).unwrap();
    (dir, c)
}

/// 100k messages over a year, 1,000 per transaction.
fn insert_messages(c: &mut Connection) -> Duration {
    let t0 = Instant::now();
    let chat = chats::create(c, "bench", &stamp(year_start_ms())).unwrap();
    let step = 365 * DAY_MS / MESSAGES as i64;
    for batch in 0..MESSAGES / 1000 {
        let tx = c.transaction().unwrap();
        for i in 0..1000 {
            let n = batch * 1000 + i;
            let sender = if n % 2 == 0 {
                Sender::User
            } else {
                Sender::Assistant
            };
            let text =
                format!("message {n}: today felt a little lighter than yesterday, thank you");
            chats::add_message(
                &tx,
                chat.id,
                sender,
                &text,
                Status::Sent,
                None,
                &stamp(year_start_ms() + n as i64 * step),
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }
    t0.elapsed()
}

/// A year of the other kinds: journal, sleep, sentiment per user message.
fn seed_year(c: &mut Connection) {
    let tx = c.transaction().unwrap();
    for d in 0..365 {
        let at = stamp(year_start_ms() + d * DAY_MS + 20 * 3_600_000);
        let input = journal::EntryInput {
            mood: 1 + d % 5,
            tags: vec!["calm".into()],
            title: String::new(),
            text: "a day".into(),
        };
        journal::add(&tx, &input, &at).unwrap();
        let date = at.date_str();
        let sleep = logs::SleepInput {
            date,
            bedtime: "23:10".into(),
            wake_time: "06:50".into(),
            quality: 1 + d % 10,
            notes: String::new(),
        };
        logs::log_sleep(&tx, &sleep, &at).unwrap();
    }
    tx.execute_batch(
        "INSERT INTO sentiment_results (source, source_id, model, probs_json, valence, label, stars, created_at, local_date)
         SELECT 'message', id, 'bench', '[0.2,0.8]', 0.6, 'positive', 4.0, created_at, local_date FROM messages WHERE sender = 'user'",
    )
    .unwrap();
    tx.commit().unwrap();
}

/// The weekly report's queries for each of the 52 weeks.
fn weekly_queries(c: &Connection) -> Duration {
    let t0 = Instant::now();
    for w in 0..52 {
        let from = stamp(year_start_ms() + w * 7 * DAY_MS).date_str();
        let to = stamp(year_start_ms() + (w * 7 + 6) * DAY_MS).date_str();
        let queries = [
            "SELECT local_date, count(*) FROM messages WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date",
            "SELECT local_date, avg(valence), count(*) FROM sentiment_results WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date",
            "SELECT local_date, avg(mood), count(*) FROM journal_entries WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date",
            "SELECT local_date, sum(hours), avg(quality) FROM sleep_logs WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date",
            "SELECT local_date, sum(actual_s) FROM breathing_sessions WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date",
            "SELECT count(DISTINCT local_date) FROM gratitude_items WHERE local_date BETWEEN ?1 AND ?2",
            "SELECT local_date, count(*) FROM emotion_sessions WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date",
            "SELECT kind, total FROM assessments WHERE local_date BETWEEN ?1 AND ?2 ORDER BY created_at",
        ];
        for q in queries {
            let mut st = c.prepare_cached(q).unwrap();
            let mut rows = st.query([&from, &to]).unwrap();
            while rows.next().unwrap().is_some() {}
        }
    }
    t0.elapsed()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Unlocking with the password: Argon2id at the default parameters plus the unwrap.
fn argon2_unlock() -> Duration {
    use mentora::vault::keys::KeyFile;
    let (file, _, _) = KeyFile::create(
        "bench",
        "a long password",
        mentora::vault::KdfParams::DEFAULT,
    )
    .unwrap();
    let times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t0 = Instant::now();
            file.unlock_with_password("a long password").unwrap();
            t0.elapsed()
        })
        .collect();
    median(times)
}

fn main() {
    println!(
        "password unlock (Argon2id 64 MiB, t=5, p=1) p50 {:.1} ms",
        argon2_unlock().as_secs_f64() * 1e3
    );
    let key = DataKey::generate().unwrap();
    let mut results = Vec::new();
    for (name, k) in [("sqlcipher", Some(&key)), ("plain sqlite", None)] {
        let (mut ins, mut q) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            let (_dir, mut c) = fresh(k);
            ins.push(insert_messages(&mut c));
            seed_year(&mut c);
            weekly_queries(&c); // warm the page cache as a running app would
            q.push(weekly_queries(&c));
        }
        let (mi, mq) = (median(ins), median(q));
        println!(
            "{name:>13}: insert 100k messages p50 {:>8.1} ms | 52 weekly reports p50 {:>7.2} ms",
            mi.as_secs_f64() * 1e3,
            mq.as_secs_f64() * 1e3
        );
        results.push((mi, mq));
    }
    let ratio = |a: Duration, b: Duration| (a.as_secs_f64() / b.as_secs_f64() - 1.0) * 100.0;
    println!(
        "SQLCipher overhead: inserts {:+.1}%, weekly-report queries {:+.1}%, total {:+.1}%",
        ratio(results[0].0, results[1].0),
        ratio(results[0].1, results[1].1),
        ratio(results[0].0 + results[0].1, results[1].0 + results[1].1)
    );
}
