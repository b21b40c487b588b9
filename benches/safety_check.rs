//! `cargo bench --bench safety_check`: the crisis detector's latency per message in release, one
//! thread, 1,000 messages of mixed length (the same set as `mentora safety bench`), 5 rounds: the
//! rules alone, then the rules with the semantic layer (MiniLM on one thread; it reads a message
//! only when the rules found nothing), on the usual messages and on messages made of many different
//! sentences (where it reads its full `MAX_WINDOWS` sentences). A release build does not search the
//! checkout for ONNX Runtime, so this bench points `ORT_DYLIB_PATH` at `.deps/onnxruntime/` when it
//! is unset.

use mentora::safety::{eval, semantic::Semantic};

fn rounds(name: &str, mut run: impl FnMut() -> eval::Bench) {
    let mut p99 = Vec::new();
    for round in 1..=5 {
        let b = run();
        println!("{name} round {round}: {}", b.to_text());
        p99.push(b.p99_ms);
    }
    p99.sort_by(f64::total_cmp);
    println!("{name}: median p99 over 5 rounds: {:.3} ms", p99[2]);
}

fn main() {
    rounds("patterns", eval::bench);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let ort = root
        .join(".deps/onnxruntime")
        .join(mentora::resources::ORT_LIB_NAME);
    if std::env::var_os("ORT_DYLIB_PATH").is_none() && ort.is_file() {
        std::env::set_var("ORT_DYLIB_PATH", ort);
    }
    let models = root.join("models");
    let sem = mentora::runtime::init(None)
        .and_then(|_| mentora::models::Manifest::load(&models))
        .and_then(|m| {
            let t = std::time::Instant::now();
            let s = Semantic::from_manifest(&m, 1)?;
            println!(
                "semantic layer loaded on one thread in {:.1} s ({} bank lines embedded)",
                t.elapsed().as_secs_f64(),
                mentora::safety::semantic::bank().len()
            );
            Ok(s)
        });
    let sem = match sem {
        Ok(s) => s,
        Err(e) => {
            println!("semantic layer not timed: {}", e.message());
            return;
        }
    };
    rounds("patterns + semantic", || eval::bench_with(Some(&sem)));
    let distinct = eval::bench_texts_distinct();
    rounds("patterns + semantic, different sentences", || {
        eval::bench_on(&distinct, Some(&sem))
    });
}
