//! The engine on the real default model (SmolLM2-135M-Instruct Q4_1 from models/llm, installed by the
//! README's set-up): loading, streaming, cancelling, fitting a long conversation, refusing bad files.
//! Replies of a 135M model are weak: these check the plumbing, not the wisdom.

use mentora_llm::{Engine, LlmError, LoadOptions, Role, SampleOptions, Stop, Turn};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::OnceLock;

fn model_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../models/llm/SmolLM2-135M-Instruct.Q4_1.gguf")
}

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| {
        let p = model_path();
        assert!(p.exists(), "{} missing: run scripts/setup.sh", p.display());
        Engine::load(
            &p,
            LoadOptions {
                n_ctx: 1024,
                threads: 2,
                check_memory: true,
            },
        )
        .unwrap()
    })
}

fn greedy(max_tokens: u32) -> SampleOptions {
    SampleOptions {
        max_tokens,
        temperature: 0.0,
        seed: 1,
    }
}

fn chat(user: &str) -> Vec<Turn> {
    vec![
        Turn::new(Role::System, "You are a kind, brief companion."),
        Turn::new(Role::User, user),
    ]
}

#[test]
fn the_default_model_loads_with_its_own_chat_template() {
    let info = engine().info();
    assert!(info.own_template, "SmolLM2 carries a ChatML template");
    assert_eq!(info.n_ctx, 1024);
    assert!(info.n_ctx_train >= 2048, "{}", info.n_ctx_train);
    assert!(
        (100_000_000..200_000_000).contains(&info.params),
        "{}",
        info.params
    );
    let p = engine().prompt(&chat("hello")).unwrap();
    assert!(p.contains("<|im_start|>user\nhello<|im_end|>"), "{p}");
    assert!(p.ends_with("<|im_start|>assistant\n"), "{p}");
}

#[test]
fn a_reply_streams_in_pieces_that_make_the_whole_text() {
    let mut pieces = Vec::new();
    let g = engine()
        .generate(
            &chat("Say hello in one short sentence."),
            greedy(40),
            &AtomicBool::new(false),
            &mut |p| {
                pieces.push(p.to_string());
                true
            },
        )
        .unwrap();
    assert!(!g.text.trim().is_empty());
    assert_eq!(pieces.concat(), g.text);
    assert!(pieces.len() > 1, "streamed, not one block");
    assert!(matches!(g.stop, Stop::End | Stop::MaxTokens));
    assert!(g.tokens <= 40 && g.tokens > 0);
    assert!(
        !g.text.contains("<|im_end|>"),
        "stop tokens are not text: {}",
        g.text
    );
    // Greedy is reproducible.
    let again = engine()
        .generate(
            &chat("Say hello in one short sentence."),
            greedy(40),
            &AtomicBool::new(false),
            &mut |_| true,
        )
        .unwrap();
    assert_eq!(again.text, g.text);
}

#[test]
fn stop_mid_reply_keeps_the_partial_text() {
    let mut n = 0;
    let g = engine()
        .generate(
            &chat("Tell me a long story about a lighthouse."),
            greedy(200),
            &AtomicBool::new(false),
            &mut |_| {
                n += 1;
                n < 5
            },
        )
        .unwrap();
    assert_eq!(g.stop, Stop::Cancelled);
    assert!(g.tokens >= 5 && g.tokens < 20, "{}", g.tokens);
    assert!(!g.text.is_empty());
    let cancelled = AtomicBool::new(true);
    let g = engine()
        .generate(&chat("hi"), greedy(50), &cancelled, &mut |_| true)
        .unwrap();
    assert_eq!(
        (g.stop, g.tokens, g.text.as_str()),
        (Stop::Cancelled, 0, "")
    );
}

#[test]
fn sixty_turns_beyond_the_window_still_get_an_answer() {
    let mut turns = vec![Turn::new(
        Role::System,
        "You are a kind, brief companion. Remember: the person's cat is called Miso.",
    )];
    for i in 0..60 {
        turns.push(Turn::new(Role::User, format!("Turn {i}: today I walked by the river and thought about the week, the weather and my plans for the weekend.")));
        turns.push(Turn::new(
            Role::Assistant,
            format!("Thanks for sharing turn {i}. It sounds like a calm moment by the river."),
        ));
    }
    turns.push(Turn::new(Role::User, "What is my cat called?"));
    let full = engine().count_tokens(&engine().prompt(&turns).unwrap());
    assert!(
        full > 1024 * 3,
        "the conversation is far beyond the window: {full}"
    );
    let g = engine()
        .generate(&turns, greedy(32), &AtomicBool::new(false), &mut |_| true)
        .unwrap();
    assert!(g.dropped_turns > 60, "{}", g.dropped_turns);
    assert!(g.prompt_tokens + 32 <= 1024, "{}", g.prompt_tokens);
    assert!(g.tokens > 0 && !g.text.trim().is_empty());
    // The system turn and the newest question survive the cut.
    let (toks, dropped) = engine().fit(&turns, 32).unwrap();
    assert_eq!(toks.len(), g.prompt_tokens);
    assert_eq!(dropped, g.dropped_turns);
    // One turn alone larger than the window is cut from its start and still answered.
    let huge = vec![Turn::new(Role::User, "word ".repeat(5000) + "What is 2+2?")];
    let g = engine()
        .generate(&huge, greedy(8), &AtomicBool::new(false), &mut |_| true)
        .unwrap();
    assert!(g.prompt_tokens <= 1024, "{}", g.prompt_tokens);
    assert!(
        g.first_token.is_some(),
        "the model ran on the cut prompt ({:?}, {} tokens)",
        g.stop,
        g.tokens
    );
    assert!(engine().calls() >= 2);
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("mentora-llm-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn a_cut_or_damaged_file_is_refused_naming_it() {
    let dir = temp_dir("bad");
    let bytes = std::fs::read(model_path()).unwrap();
    let cut = dir.join("cut-in-half.gguf");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let e = Engine::load(&cut, LoadOptions::default()).unwrap_err();
    assert!(matches!(e, LlmError::LoadFailed { .. }), "{e}");
    assert!(e.to_string().contains("cut-in-half.gguf"), "{e}");
    let junk = dir.join("photo.gguf");
    std::fs::write(
        &junk,
        b"\x89PNG\r\n\x1a\n not a model at all, but long enough",
    )
    .unwrap();
    let e = Engine::load(&junk, LoadOptions::default()).unwrap_err();
    assert!(
        matches!(e, LlmError::Corrupt { .. }) && e.to_string().contains("photo.gguf"),
        "{e}"
    );
    // Damaged metadata (the header's first key length made absurd) is refused too, not a crash.
    let mut bad = bytes.clone();
    bad[24..32].copy_from_slice(&u64::MAX.to_le_bytes());
    let broken = dir.join("broken-key.gguf");
    std::fs::write(&broken, &bad).unwrap();
    let e = Engine::load(&broken, LoadOptions::default()).unwrap_err();
    assert!(e.to_string().contains("broken-key.gguf"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_model_larger_than_free_memory_is_refused_before_loading() {
    let dir = temp_dir("big");
    let p = dir.join("huge-70b.gguf");
    let mut head = Vec::new();
    head.extend_from_slice(b"GGUF");
    head.extend_from_slice(&3u32.to_le_bytes());
    head.extend_from_slice(&723u64.to_le_bytes());
    head.extend_from_slice(&40u64.to_le_bytes());
    std::fs::write(&p, &head).unwrap();
    // A sparse file: 4 TB on paper, nothing on disk.
    std::fs::OpenOptions::new()
        .write(true)
        .open(&p)
        .unwrap()
        .set_len(4 << 40)
        .unwrap();
    let e = Engine::load(&p, LoadOptions::default()).unwrap_err();
    assert!(matches!(e, LlmError::TooBig { .. }), "{e}");
    let msg = e.to_string();
    assert!(msg.contains("huge-70b.gguf") && msg.contains("MB"), "{msg}");
    std::fs::remove_dir_all(&dir).unwrap();
}
