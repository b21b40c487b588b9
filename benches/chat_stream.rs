//! From an SSE chunk leaving the mock Gemini server to its `ChatEvent::Chunk` being emitted, with the
//! vault write of the growing reply in between (SQLCipher, WAL). Prints p50/p90 per round, and the
//! median of the rounds' p50s. `NO_MSG_TRIGGER=1` drops the search index's trigger on a message's
//! text, to see what keeping the index in step costs each piece.

use mentora::chat::gemini::mock::{MockGemini, Script};
use mentora::chat::ratelimit::RateLimiter;
use mentora::chat::service::{ChatEvent, Companion, Outcome};
use mentora::chat::ChatConfig;
use mentora::vault::repo::chats;
use mentora::vault::Stamp;
use std::time::{Duration, Instant};

const CHUNKS: usize = 200;
const ROUNDS: usize = 5;

fn main() {
    // The mock Gemini is on this machine: the egress gate's developer switch, as the tests set it.
    mentora::chat::egress::allow_loopback(true);
    let dir = tempfile::tempdir().unwrap();
    let vault = mentora::vault::scratch(dir.path()).unwrap();
    if std::env::var("NO_MSG_TRIGGER").is_ok() {
        vault
            .with_conn(|c| Ok(c.execute_batch("DROP TRIGGER search_message_up")?))
            .unwrap();
    }
    let mock = MockGemini::start(0, "k").unwrap();
    let mut cfg = ChatConfig {
        key: Some("k".to_string().into()),
        ..Default::default()
    };
    cfg.gemini.base_url = mock.base_url().to_string();
    let companion = Companion::new(RateLimiter::new(1000, Duration::from_secs(60)), None);
    let chat = vault
        .with_conn(|c| chats::create(c, "bench", &Stamp::now()))
        .unwrap()
        .id;
    let mut p50s = Vec::new();
    for round in 0..ROUNDS {
        // 3 ms apart, so every event arrives on its own and is timed on its own.
        let chunks = (0..CHUNKS).map(|i| format!("word{i} ")).collect();
        mock.push(Script::Reply {
            chunks,
            finish: "STOP".into(),
            delay_ms: 3,
        });
        mock.sent_at().lock().unwrap().clear();
        let mut emitted = Vec::with_capacity(CHUNKS);
        let out = companion
            .send(
                &vault,
                &cfg,
                chat,
                "Tell me a long story, please.",
                None,
                &mut |e| {
                    if let ChatEvent::Chunk { .. } = e {
                        emitted.push(Instant::now());
                    }
                },
            )
            .unwrap();
        assert!(matches!(out, Outcome::Replied { .. }), "{out:?}");
        let sent = mock.sent_at().lock().unwrap().clone();
        assert_eq!((sent.len(), emitted.len()), (CHUNKS, CHUNKS));
        let mut us: Vec<f64> = sent
            .iter()
            .zip(&emitted)
            .map(|(s, e)| e.duration_since(*s).as_secs_f64() * 1e6)
            .collect();
        us.sort_by(|a, b| a.total_cmp(b));
        let q = |p: f64| us[((us.len() - 1) as f64 * p).round() as usize];
        println!("round {}: {CHUNKS} chunks, chunk sent → event emitted (vault write included): p50 {:.0} µs, p90 {:.0} µs, max {:.0} µs", round + 1, q(0.5), q(0.9), q(1.0));
        p50s.push(q(0.5));
    }
    p50s.sort_by(|a, b| a.total_cmp(b));
    println!(
        "median of {ROUNDS} rounds' p50: {:.0} µs (target ≤ 1000 µs)",
        p50s[ROUNDS / 2]
    );
}
