//! The `mentora` command line's arguments (clap): every subcommand and its options.

use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

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
pub(crate) enum JournalCommand {
    /// Add an entry.
    Add {
        /// Profile name.
        profile: String,
        /// Mood 1 (very bad) to 5 (very good).
        #[arg(long)]
        mood: i64,
        /// Emotion tag (repeatable).
        #[arg(long = "tag")]
        tags: Vec<String>,
        /// Title.
        #[arg(long, default_value = "")]
        title: String,
        /// Text.
        #[arg(default_value = "")]
        text: String,
    },
    /// List entries, newest first.
    List {
        /// Profile name.
        profile: String,
        /// Only entries containing this.
        #[arg(long)]
        search: Option<String>,
    },
}

#[derive(Subcommand)]
pub(crate) enum ActivityCommand {
    /// The list, then tags seen only on entries, with how often each was used.
    List {
        /// Profile name.
        profile: String,
    },
    /// Add an activity (or change its emoji and group).
    Add {
        /// Profile name.
        profile: String,
        /// Its name.
        name: String,
        /// An emoji.
        #[arg(long, default_value = "")]
        emoji: String,
        /// A group.
        #[arg(long, default_value = "")]
        group: String,
    },
    /// Take an activity off the list (entries keep it).
    Remove {
        /// Profile name.
        profile: String,
        /// Its name.
        name: String,
    },
}

#[derive(Subcommand)]
pub(crate) enum GratitudeCommand {
    /// Add an item for today.
    Add {
        /// Profile name.
        profile: String,
        /// What you are grateful for.
        text: String,
    },
}

#[derive(Subcommand)]
pub(crate) enum SleepCommand {
    /// Log a night.
    Log {
        /// Profile name.
        profile: String,
        /// Date of waking up (YYYY-MM-DD).
        #[arg(long)]
        date: String,
        /// Bedtime HH:MM.
        #[arg(long)]
        bed: String,
        /// Wake time HH:MM.
        #[arg(long)]
        wake: String,
        /// Quality 1-10.
        #[arg(long)]
        quality: i64,
        /// Notes.
        #[arg(long, default_value = "")]
        notes: String,
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
pub(crate) enum ChatCommand {
    /// Chats with their message counts and last activity.
    List {
        /// Profile name.
        profile: String,
    },
    /// One chat's messages (with their states) and session summaries.
    Show {
        /// Profile name.
        profile: String,
        /// Chat id.
        id: i64,
    },
    /// Delete a chat and its messages.
    Delete {
        /// Profile name.
        profile: String,
        /// Chat id.
        id: i64,
    },
    /// Companion settings: who answers, Gemini model and base URL, the local server, private mode,
    /// country for crisis lines.
    Settings {
        /// Profile name.
        profile: String,
        /// Gemini model (e.g. gemini-2.5-flash).
        #[arg(long)]
        model: Option<String>,
        /// Gemini base URL.
        #[arg(long)]
        base_url: Option<String>,
        /// Private mode: on (no network call at all) or off.
        #[arg(long)]
        private: Option<String>,
        /// Two-letter country code for crisis lines.
        #[arg(long)]
        country: Option<String>,
        /// Who answers: gemini, device (the local model), local_server or off.
        #[arg(long)]
        backend: Option<String>,
        /// The local OpenAI-compatible server's address (loopback only), e.g. http://127.0.0.1:11434/v1.
        #[arg(long)]
        local_url: Option<String>,
        /// The model name the local server knows (e.g. llama3.2 for Ollama).
        #[arg(long)]
        local_model: Option<String>,
        /// The on-device model: builtin or an added model's id (see `mentora llm models`).
        #[arg(long)]
        device_model: Option<String>,
        /// CPU threads for the on-device model (0 = half the cores, at most 8).
        #[arg(long)]
        threads: Option<u32>,
        /// The on-device model's context window in tokens (512–32768).
        #[arg(long)]
        ctx: Option<u32>,
    },
}

#[derive(Subcommand)]
pub(crate) enum LlmCommand {
    /// The on-device models: built-in and added, with size, context length and measured speed, and
    /// which size suits this machine's memory.
    Models {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add an instruct model (GGUF) from a local file or an https URL with its sha256; downloads
    /// resume. It is loaded and timed before it is kept. Only while a profile is unlocked.
    Install {
        /// A .gguf file, or its https URL.
        source: String,
        /// The profile to unlock for the install.
        #[arg(long)]
        profile: String,
        /// Install under this id (default: from the file name).
        #[arg(long)]
        id: Option<String>,
        /// Expected sha256 of the file (required for a URL).
        #[arg(long)]
        sha256: Option<String>,
    },
    /// Remove an added model (a profile that chose it goes back to the built-in one).
    Remove {
        /// The model's id.
        id: String,
        /// The profile to unlock.
        #[arg(long)]
        profile: String,
    },
    /// What the model is: name, size, parameters, context length, chat template.
    Info {
        /// A GGUF file (default: the installed SmolLM2-135M-Instruct).
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// One answer to TEXT, streamed.
    Ask {
        /// The message.
        text: String,
        /// A GGUF file (default: the installed model).
        #[arg(long)]
        model: Option<PathBuf>,
        /// CPU threads.
        #[arg(long, default_value_t = 2)]
        threads: u32,
    },
    /// Load time, time to first token for a ~300-token prompt, tokens/s over 128 tokens, peak RSS.
    Bench {
        /// A GGUF file (default: the installed model).
        #[arg(long)]
        model: Option<PathBuf>,
        /// CPU threads.
        #[arg(long, default_value_t = 2)]
        threads: u32,
        /// Answers to time (medians are printed).
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Print the bench's prompt and exit (for a peer to use the same one).
        #[arg(long)]
        print_prompt: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum EmotionCommand {
    /// Find faces in photos and print their seven emotion probabilities.
    Analyze {
        /// Image files (JPEG, PNG, BMP, WebP, TIFF).
        #[arg(required = true)]
        photos: Vec<PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Read the camera (or a folder of frames) and print a line per sample until Ctrl-C.
    Watch {
        /// Camera index (see `mentora doctor`).
        #[arg(long, default_value_t = 0)]
        camera: u32,
        /// Use the images of this folder, looping, instead of a camera.
        #[arg(long)]
        folder: Option<PathBuf>,
        /// Samples per second.
        #[arg(long, default_value_t = 2.0)]
        fps: f64,
        /// Stop after this many seconds.
        #[arg(long)]
        seconds: Option<u64>,
    },
    /// Time the pipeline on a 640x480 frame made from a photo, and fer's Python pipeline beside it.
    Bench {
        /// Photo with a face (default: tests/fixtures/photos/astronaut.png).
        photo: Option<PathBuf>,
        /// Runs.
        #[arg(long, default_value_t = 200)]
        runs: usize,
        /// Python with fer installed (default: .deps/fer-venv/bin/python).
        #[arg(long)]
        fer_python: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub(crate) enum ModelsCommand {
    /// Verify every model file against the manifest's sha256.
    Verify,
    /// List the sentiment models: built-in and installed.
    List,
    /// Install a sentiment model (an ONNX export of nlptown's 5-class BERT, or any BERT classifier with
    /// 2 or 5 classes) with its tokenizer.json, from a local file or an https URL with both sha256s;
    /// downloads resume. Only while a profile is unlocked (its password is asked, or the keyring's
    /// copy used).
    Install {
        /// model.onnx (or a folder holding model.onnx and tokenizer.json), or its https URL.
        source: String,
        /// The profile to unlock for the install.
        #[arg(long)]
        profile: String,
        /// Install under this id.
        #[arg(long, default_value = "nlptown")]
        id: String,
        /// tokenizer.json path or URL (default: next to the model).
        #[arg(long)]
        tokenizer: Option<String>,
        /// Expected sha256 of model.onnx (required for a URL).
        #[arg(long)]
        sha256: Option<String>,
        /// Expected sha256 of tokenizer.json (required for a URL).
        #[arg(long)]
        tokenizer_sha256: Option<String>,
    },
}

#[derive(Subcommand)]
pub(crate) enum SentimentCommand {
    /// Accuracy on the labelled sentences (amazon, yelp: trained on; imdb: held out) for each model,
    /// beside the AFINN-165 lexicon baseline of npm sentiment.
    Eval {
        /// Models to evaluate (default: sentiment and sentiment-int8).
        #[arg(long = "model")]
        models: Vec<String>,
        /// The unpacked npm sentiment@5.0.2 package (default: .deps/npm-sentiment/package).
        #[arg(long)]
        fixtures: Option<PathBuf>,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Score every message, journal entry and gratitude item that has no score yet.
    Backfill {
        /// Profile name.
        profile: String,
        /// Model (default: the profile's choice).
        #[arg(long)]
        model: Option<String>,
    },
    /// Choose the model that scores a profile's new text.
    Use {
        /// Profile name.
        profile: String,
        /// Model id (see `mentora models list`).
        model: String,
    },
    /// p50 latency per message (one thread) and backfill throughput.
    Bench {
        /// Model (default: sentiment).
        #[arg(long)]
        model: Option<String>,
        /// The unpacked npm sentiment@5.0.2 package (the sentences timed).
        #[arg(long)]
        fixtures: Option<PathBuf>,
        /// JSON output.
        #[arg(long)]
        json: bool,
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
    },
}
