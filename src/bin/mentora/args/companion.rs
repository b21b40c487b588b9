//! `mentora` subcommands: the companion: chats and the on-device model.

use clap::Subcommand;
use std::path::PathBuf;

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
