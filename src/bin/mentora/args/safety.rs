//! `mentora` subcommands: the crisis detector.

use clap::Subcommand;
use std::path::PathBuf;

#[derive(Subcommand)]
pub(crate) enum SafetyCommand {
    /// The level (none, concern, crisis), the rule or the semantic similarity (and bank line) that
    /// decided, and what was set aside, as JSON.
    Check {
        /// The text (or - for standard input), and --rules-only.
        #[command(flatten)]
        text: mentora::cli::safety::CheckArgs,
    },
    /// Recall and false alarms per split, language and category on the frozen labelled set: the
    /// rules alone, then with the semantic layer (and its threshold on the dev split).
    Eval {
        /// The JSONL sets, repeatable (default: tests/data/safety/crisis_eval.jsonl, the frozen
        /// dev/test set, and tests/data/safety/crisis_dev2.jsonl, the second tuning set).
        #[arg(long)]
        file: Vec<PathBuf>,
        /// Also list the mistakes on the tuning splits (the test split's are never listed).
        #[arg(long)]
        mistakes: bool,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// p50/p99 per message over 1,000 messages of mixed length (one thread), the rules alone and
    /// with the semantic layer.
    Bench,
    /// Cross-validates and trains the linear layer on the bank and the tuning splits (dev, dev2),
    /// and writes its weights (assets/crisis_linear.bin).
    Train {
        /// The JSONL sets, repeatable (default: as for eval).
        #[arg(long)]
        file: Vec<PathBuf>,
        /// Cross-validation folds.
        #[arg(long, default_value_t = 5)]
        folds: usize,
        /// Where to write the weights.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Where to write the encoder layer's head (trained with the shipped linear layer's
        /// cross-validation; needs the crisis encoder installed).
        #[arg(long)]
        head_out: Option<PathBuf>,
    },
}
