//! `mentora` subcommands: the journal, activities, gratitude and sleep.

use clap::Subcommand;

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
