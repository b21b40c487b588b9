//! Logging through `tracing`: a daily-rotated log file in the data dir (7 kept) and standard error,
//! levels from `RUST_LOG`. Log lines carry codes, ids and counts — never message or journal text, keys
//! or passwords (the use cases log nothing else; a test greps the file for what was written).

use std::path::Path;
use tracing_subscriber::filter::EnvFilter;
use tracing_subscriber::fmt::writer::MakeWriterExt;
use tracing_subscriber::prelude::*;

/// Log files kept (one per day).
pub const KEEP_FILES: usize = 7;

/// Starts logging once per process: into `dir/<name>.YYYY-MM-DD.log` (folder 0700) at `info`, and to
/// standard error at `stderr_level` (`"off"` for the CLI, whose output is its own). `RUST_LOG`, when
/// set, decides both. Later calls do nothing.
pub fn init(dir: Option<&Path>, name: &str, stderr_level: &str) {
    let env = std::env::var("RUST_LOG")
        .ok()
        .filter(|s| !s.trim().is_empty());
    let filter = |default: &str| EnvFilter::new(env.clone().unwrap_or_else(|| default.to_string()));
    let file = dir.and_then(|d| {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(d)
            .ok()?;
        tracing_appender::rolling::Builder::new()
            .rotation(tracing_appender::rolling::Rotation::DAILY)
            .filename_prefix(name)
            .filename_suffix("log")
            .max_log_files(KEEP_FILES)
            .build(d)
            .ok()
    });
    let file_layer = file.map(|w| {
        tracing_subscriber::fmt::layer()
            .with_ansi(false)
            .with_writer(w.with_max_level(tracing::Level::TRACE))
            .with_filter(filter("info"))
    });
    let stderr_layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_filter(filter(stderr_level));
    let _ = tracing_subscriber::registry()
        .with(file_layer)
        .with(stderr_layer)
        .try_init();
}
