//! The headless `mentora` command line over the core.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "mentora",
    version,
    about = "Mentora: a private, on-device wellness companion (CLI)"
)]
struct Cli {
    /// Models folder (default: MENTORA_MODELS_DIR, next to the binary, the install dir, the build tree).
    #[arg(long, global = true)]
    models_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
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
}

#[derive(Subcommand)]
enum EmotionCommand {
    /// Find faces in photos and print their seven emotion probabilities.
    Analyze {
        /// Image files (JPEG, PNG, BMP, WebP, TIFF).
        #[arg(required = true)]
        photos: Vec<PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum ModelsCommand {
    /// Verify every model file against the manifest's sha256.
    Verify,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Doctor { json } => mentora::cli::doctor(cli.models_dir, json),
        Command::Emotion {
            command: EmotionCommand::Analyze { photos, json },
        } => mentora::cli::emotion_analyze(cli.models_dir, &photos, json),
        Command::Models {
            command: ModelsCommand::Verify,
        } => mentora::cli::models_verify(cli.models_dir),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error [{}]: {}", e.code(), e.message());
            ExitCode::FAILURE
        }
    }
}
