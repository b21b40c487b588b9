//! `cargo run --release -p mentora-llm --example bench -- MODEL.gguf [THREADS] [RUNS]`: the same
//! figures as `mentora llm bench`, from the engine crate alone (no core build needed).

fn main() -> Result<(), mentora_llm::LlmError> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: bench MODEL.gguf [THREADS] [RUNS]");
    let threads = args.next().map_or(2, |t| t.parse().expect("threads"));
    let runs = args.next().map_or(5, |r| r.parse().expect("runs"));
    let r = mentora_llm::bench::run(std::path::Path::new(&path), threads, runs)?;
    println!(
        "{{\"model\":{:?},\"threads\":{},\"runs\":{},\"load_s\":{:.3},\"prompt_tokens\":{},\"ttft_ms_median\":{:.1},\"gen_tokens_per_s_median\":{:.1},\"gen_tokens_median\":{},\"peak_rss_mb\":{:.0}}}",
        r.model, r.threads, r.runs, r.load_s, r.prompt_tokens, r.ttft_ms, r.gen_tokens_per_s, r.gen_tokens, r.peak_rss_mb
    );
    Ok(())
}
