//! `mentora` subcommands: profiles, the vault and the developer tools.

use clap::Subcommand;
use std::ffi::OsString;
use std::path::PathBuf;

#[derive(Subcommand)]
pub(crate) enum ProfileCommand {
    /// Create a profile: asks for a password and shows the recovery key once.
    Create {
        /// Name.
        name: String,
        /// Keep the key in the OS keyring.
        #[arg(long)]
        remember: bool,
    },
    /// List the profiles.
    List,
    /// Delete a profile, its vault, backups and keyring entry.
    Delete {
        /// Name.
        name: String,
        /// Confirm.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum BackupCommand {
    /// Write an encrypted backup into the plan's folder now, and read it back.
    Now {
        /// Profile name.
        profile: String,
    },
    /// Show or change the plan: the folder, how often (off, daily, weekly), how many to keep.
    Plan {
        /// Profile name.
        profile: String,
        /// The folder backups go to (a full path).
        #[arg(long)]
        folder: Option<String>,
        /// off, daily or weekly.
        #[arg(long)]
        every: Option<String>,
        /// How many of this profile's backups to keep (1–100).
        #[arg(long)]
        keep: Option<u32>,
    },
    /// List the backups in the folders backups were written to (and in --folder).
    List {
        /// Another folder to look in.
        #[arg(long)]
        folder: Option<String>,
    },
    /// Restore a backup into a new profile: asks the password it had (or, with --recovery, the
    /// recovery key and a new password) and prints the new profile's recovery key once.
    Restore {
        /// The backup file (a full path).
        file: PathBuf,
        /// The new profile's name (default: the backup's, or "… (restored)" when taken).
        #[arg(long)]
        name: Option<String>,
        /// Use the recovery key instead of the password.
        #[arg(long)]
        recovery: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum VaultCommand {
    /// Run integrity_check and cipher_integrity_check.
    Check {
        /// Profile name.
        profile: String,
    },
}

#[derive(Subcommand)]
pub(crate) enum DevCommand {
    /// Insert rows one transaction each, printing each committed id.
    CrashWriter {
        /// Profile name.
        profile: String,
        /// How many rows.
        #[arg(long, default_value_t = 1000)]
        rows: usize,
    },
    /// A mock Gemini server on 127.0.0.1 that speaks the real REST/SSE protocol (for manual runs).
    MockGemini {
        /// Port (0: any free port).
        #[arg(long, default_value_t = 8787)]
        port: u16,
        /// The API key it accepts.
        #[arg(long, default_value = "mock-key")]
        key: String,
        /// A JSON array of scripted answers (see src/chat/gemini/mock.rs), used in order.
        #[arg(long)]
        script: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub(crate) enum PrivacyCommand {
    /// Exactly what would be sent for a text, the placeholders and what they stand for, as JSON.
    Redact {
        /// The text, or - to read standard input.
        text: OsString,
        /// A name to redact as well (the person's own, or someone in their life); repeatable.
        #[arg(long = "name")]
        names: Vec<String>,
    },
    /// Recall per kind and locale and over-redaction per split on the frozen labelled set.
    Eval {
        /// The JSONL set (default: tests/data/pii/pii_eval.jsonl of this checkout).
        #[arg(long)]
        file: Option<PathBuf>,
        /// Also list the dev split's mistakes (the test split's are never listed).
        #[arg(long)]
        mistakes: bool,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
}
