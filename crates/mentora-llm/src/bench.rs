//! The speed figures of one model (what `mentora llm bench` prints): load time, time to first token
//! for a ~300-token prompt, generation tokens/s over up to 128 tokens, peak memory; medians of runs.

use crate::{Engine, LlmError, LoadOptions, Role, SampleOptions, Turn};
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

/// The prompt: about 300 tokens of a person's evening journal and a question.
pub const PROMPT: &str = "Tonight I want to write down how the week went, because I keep losing track of it. Monday started slowly: I overslept, missed the early bus and arrived at work flustered, but my manager was kind about it and we planned the quarterly review together. Tuesday and Wednesday were long days of meetings; I noticed my shoulders were tense all the time and I skipped lunch twice, which I regret. On Thursday I finally went for a run by the river after work, and for the first time in weeks my head felt quiet. My sister called in the evening and we laughed about our childhood holidays at the lake. Friday was mixed: a presentation went well, but afterwards I felt drained and a bit lonely, scrolling on my phone until late. On Saturday morning I slept in, made pancakes and called my grandmother, who told me about her garden and the tomatoes she is proud of this year. In the afternoon I tidied the flat, which always makes me feel a little lighter, and read two chapters of a novel I had abandoned in the spring. This weekend I would like to rest, cook something proper, and maybe see a friend. What small things could help me keep the calm I felt on Thursday, and how can I stop skipping lunch when work gets busy? Please answer in a few friendly sentences.";

/// The system turn used with [`PROMPT`].
pub const SYSTEM: &str = "You are a warm, brief companion.";

/// Tokens generated per run at most.
pub const GEN_TOKENS: u32 = 128;

/// What one bench measured.
#[derive(Debug, Clone)]
pub struct BenchResult {
    /// Model name.
    pub model: String,
    /// Threads used.
    pub threads: u32,
    /// Runs timed.
    pub runs: usize,
    /// Seconds to load the model.
    pub load_s: f64,
    /// Prompt tokens (template included).
    pub prompt_tokens: usize,
    /// Median time to first token, ms (the prompt's processing included).
    pub ttft_ms: f64,
    /// Median generation speed after the first token, tokens/s.
    pub gen_tokens_per_s: f64,
    /// Median tokens generated per run.
    pub gen_tokens: f64,
    /// Peak resident memory of the process, MB.
    pub peak_rss_mb: f64,
}

/// Peak resident memory of this process so far, in bytes (Linux `VmHWM`).
pub fn peak_rss() -> Option<u64> {
    crate::memory::proc_kb("/proc/self/status", "VmHWM")
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Loads `path` with `threads` threads and times `runs` answers to [`PROMPT`].
pub fn run(path: &Path, threads: u32, runs: usize) -> Result<BenchResult, LlmError> {
    let runs = runs.max(1);
    let t = Instant::now();
    let e = Engine::load(
        path,
        LoadOptions {
            n_ctx: 2048,
            threads,
            check_memory: true,
        },
    )?;
    let load_s = t.elapsed().as_secs_f64();
    let turns = [
        Turn::new(Role::System, SYSTEM),
        Turn::new(Role::User, PROMPT),
    ];
    let prompt_tokens = e.count_tokens(&e.prompt(&turns)?);
    let (mut ttft, mut tps, mut counts) = (Vec::new(), Vec::new(), Vec::new());
    for run in 0..runs {
        let opts = SampleOptions {
            max_tokens: GEN_TOKENS,
            temperature: 0.7,
            seed: 1000 + run as u32,
        };
        let g = e.generate(&turns, opts, &AtomicBool::new(false), &mut |_| true)?;
        ttft.push(g.first_token.unwrap_or_default().as_secs_f64() * 1000.0);
        // The first token is in ttft; the others were generated in `generating`.
        if g.tokens > 1 && g.generating.as_secs_f64() > 0.0 {
            tps.push((g.tokens - 1) as f64 / g.generating.as_secs_f64());
        }
        counts.push(g.tokens as f64);
    }
    Ok(BenchResult {
        model: e.info().name.clone(),
        threads,
        runs,
        load_s,
        prompt_tokens,
        ttft_ms: median(ttft),
        gen_tokens_per_s: median(tps),
        gen_tokens: median(counts),
        peak_rss_mb: peak_rss().unwrap_or(0) as f64 / 1e6,
    })
}
