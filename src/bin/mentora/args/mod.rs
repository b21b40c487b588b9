//! The `mentora` command line's arguments (clap): the top-level commands here, each group's
//! subcommands in a file of its own.

use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

mod companion;
mod models;
mod profile;
mod safety;
mod wellness;
pub(crate) use companion::*;
pub(crate) use models::*;
pub(crate) use profile::*;
pub(crate) use safety::*;
pub(crate) use wellness::*;

#[derive(Parser)]
#[command(
    name = "mentora",
    version,
    about = "Mentora: a private, on-device wellness companion (CLI)"
)]
pub(crate) struct Cli {
    /// Models folder (default: MENTORA_MODELS_DIR, next to the binary, the install dir, the build tree).
    #[arg(long, global = true)]
    pub(crate) models_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Check every component: ONNX Runtime, models, cascade, cameras, keyring, SQLCipher, Gemini key.
    Doctor {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Face emotion.
    Emotion {
        #[command(subcommand)]
        command: EmotionCommand,
    },
    /// Voice tone (anger, fear, neutral; calm or tense) from recordings, read on this device.
    Voice {
        #[command(subcommand)]
        command: VoiceCommand,
    },
    /// Model files.
    Models {
        #[command(subcommand)]
        command: ModelsCommand,
    },
    /// The on-device companion model (GGUF, llama.cpp): info, one answer, speed figures.
    Llm {
        #[command(subcommand)]
        command: LlmCommand,
    },
    /// Local profiles, each with its own encrypted vault.
    Profile {
        #[command(subcommand)]
        command: ProfileCommand,
    },
    /// Encrypted backups of a profile into a folder you pick, and restoring one into a new profile.
    Backup {
        #[command(subcommand)]
        command: BackupCommand,
    },
    /// Check a profile's password (or recovery key); --remember keeps the key in the OS keyring.
    Unlock {
        /// Profile name.
        profile: String,
        /// Keep the key in the OS keyring so later commands need no password.
        #[arg(long)]
        remember: bool,
        /// Use the recovery key and set a new password.
        #[arg(long)]
        recovery: bool,
    },
    /// Forget the keyring copy of a profile's key: the next use asks for the password.
    Lock {
        /// Profile name.
        profile: String,
    },
    /// The encrypted vault.
    Vault {
        #[command(subcommand)]
        command: VaultCommand,
    },
    /// Export a profile: versioned JSON (complete, re-importable), one kind as CSV, or the journal as Markdown.
    Export {
        /// Profile name.
        profile: String,
        /// Write here instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// One kind as CSV: journal, gratitude, sleep, breathing, checkins, emotion_sessions, sentiment.
        #[arg(long, conflicts_with = "markdown")]
        csv: Option<String>,
        /// The journal as Markdown.
        #[arg(long)]
        markdown: bool,
    },
    /// Import a Mentora JSON export into an empty profile, or a Daylio CSV export (all or nothing).
    Import {
        /// Profile name.
        profile: String,
        /// The export file.
        file: PathBuf,
        /// The file is Daylio's CSV export.
        #[arg(long)]
        daylio: bool,
        /// A custom Daylio mood and its number 1-5, e.g. --mood "sleepy=3" (repeatable).
        #[arg(long = "mood", value_name = "NAME=N")]
        moods: Vec<String>,
    },
    /// Mood journal.
    Journal {
        #[command(subcommand)]
        command: JournalCommand,
    },
    /// Gratitude (up to three a day).
    Gratitude {
        #[command(subcommand)]
        command: GratitudeCommand,
    },
    /// Sleep log.
    Sleep {
        #[command(subcommand)]
        command: SleepCommand,
    },
    /// Print a guided breathing exercise's phases (box, 4-7-8, coherent, custom:IN-HOLD-OUT-HOLD).
    Breathe {
        /// Pattern.
        #[arg(default_value = "box")]
        pattern: String,
        /// Planned length in seconds.
        #[arg(long, default_value_t = 60.0)]
        seconds: f64,
    },
    /// PHQ-9 or GAD-7 check-in (interactive; answers 0-3).
    Checkin {
        /// phq9 or gad7.
        kind: String,
        /// Profile name.
        profile: String,
        /// Country for crisis lines (ISO code); default the profile's setting.
        #[arg(long)]
        country: Option<String>,
        /// A note in your own words, kept with the check-in.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Identity plus activity in one JSON document.
    Overview {
        /// Profile name.
        profile: String,
    },
    /// Today: moods so far, gratitude, last night, breathing, the streak, the prompt, the last 7 days.
    Today {
        /// Profile name.
        profile: String,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// A quick mood (1–5) with activities, as a journal entry with no text.
    Mood {
        /// Profile name.
        profile: String,
        /// 1 (very bad) to 5 (very good).
        mood: i64,
        /// An activity (repeat for more).
        #[arg(long = "activity")]
        activities: Vec<String>,
    },
    /// The calendar: each day of a month with its mean mood and what was logged.
    Calendar {
        /// Profile name.
        profile: String,
        /// YYYY-MM (default this month).
        #[arg(long)]
        month: Option<String>,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// The person's activities.
    Activity {
        #[command(subcommand)]
        command: ActivityCommand,
    },
    /// Search the journal, gratitude and chats (ranked; the matching words in [brackets]).
    Search {
        /// Profile name.
        profile: String,
        /// Words to find (the last one also as a prefix).
        query: String,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// What goes with your better days: mean mood with and without each activity, sleep band,
    /// breathing and gratitude, with a 95 % bootstrap interval (nothing below 5 days a side).
    BetterDays {
        /// Profile name.
        profile: String,
        /// First day (YYYY-MM-DD; default 90 days before --to).
        #[arg(long)]
        from: Option<String>,
        /// Last day (YYYY-MM-DD; default today).
        #[arg(long)]
        to: Option<String>,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Sentiment of a text (`mentora sentiment "text"`, or `-` for standard input), and its tools.
    #[command(args_conflicts_with_subcommands = true)]
    Sentiment {
        /// Text to score, or - to read standard input.
        text: Option<OsString>,
        /// Model (default: sentiment).
        #[arg(long)]
        model: Option<String>,
        /// JSON output.
        #[arg(long)]
        json: bool,
        #[command(subcommand)]
        command: Option<SentimentCommand>,
    },
    /// The local crisis detector: check a text, or score it on the labelled set.
    Safety {
        #[command(subcommand)]
        command: SafetyCommand,
    },
    /// The PII redactor: what would be sent for a text, or its scores on the labelled set.
    Privacy {
        #[command(subcommand)]
        command: PrivacyCommand,
    },
    /// Talk with the companion (streams replies; /retry, /quit), or manage chats.
    #[command(args_conflicts_with_subcommands = true)]
    Chat {
        /// Profile name.
        profile: Option<String>,
        /// Continue this chat (default: a new one).
        #[arg(long)]
        chat: Option<i64>,
        /// Title of the new chat.
        #[arg(long)]
        title: Option<String>,
        #[command(subcommand)]
        command: Option<ChatCommand>,
    },
    /// The Gemini API key in the OS keyring: set (asks for it), remove, test.
    Key {
        /// set, remove or test.
        action: String,
        /// For test: Gemini base URL.
        #[arg(long)]
        base_url: Option<String>,
        /// For test: model.
        #[arg(long)]
        model: Option<String>,
    },
    /// A report for the last 7 days (or --from/--to, --month, --year): summary, numbers, charts.
    Report {
        /// Profile name.
        profile: String,
        /// First day (YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// Last day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<String>,
        /// A calendar month (YYYY-MM).
        #[arg(long, conflicts_with_all = ["from", "to", "year"])]
        month: Option<String>,
        /// A calendar year.
        #[arg(long, conflicts_with_all = ["from", "to"])]
        year: Option<i32>,
        /// Write one self-contained HTML file (or the aggregates, for a .json name).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Write the four charts as PNG into this folder.
        #[arg(long)]
        png: Option<PathBuf>,
        /// Do not keep the report in the vault.
        #[arg(long)]
        no_save: bool,
    },
    /// Developer tools (tests).
    #[command(hide = true)]
    Dev {
        #[command(subcommand)]
        command: DevCommand,
    },
}
