//! `cargo bench --bench safety_check`: the crisis detector's latency per message in release, one
//! thread, 1,000 messages of mixed length (the same set as `mentora safety bench`), 5 rounds.

fn main() {
    let mut p99 = Vec::new();
    for round in 1..=5 {
        let b = mentora::safety::eval::bench();
        println!("round {round}: {}", b.to_text());
        p99.push(b.p99_ms);
    }
    p99.sort_by(f64::total_cmp);
    println!("median p99 over 5 rounds: {:.3} ms", p99[2]);
}
