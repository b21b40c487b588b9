//! `mentora` subcommands: face emotion, sentiment and the model files.

use clap::Subcommand;
use std::path::PathBuf;

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
pub(crate) enum VoiceCommand {
    /// Read the tone of each speech segment of a recording (decoded in memory, never copied or kept).
    Analyze {
        /// WAV (PCM 8/16/24/32-bit or 32-bit float), FLAC or Ogg Vorbis; any rate and channels.
        file: PathBuf,
        /// Read against the recording's own voice (when it has 20 or more segments) instead of the
        /// voices the head was trained on.
        #[arg(long)]
        own_baseline: bool,
        /// Encoder threads.
        #[arg(long, default_value_t = 2)]
        threads: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Listen to the microphone (or a recording at real speed) and print each speech segment's tone.
    Watch {
        /// Microphone by name (see --list; default: the system's).
        #[arg(long)]
        device: Option<String>,
        /// A WAV, FLAC or Ogg file instead of a microphone, played at real speed.
        #[arg(long)]
        file: Option<PathBuf>,
        /// Stop after this many seconds.
        #[arg(long)]
        seconds: Option<u64>,
        /// Print the microphones and exit.
        #[arg(long)]
        list: bool,
    },
    /// Real-time factor, latency after a segment ends and VAD cost per chunk, on the Polish clips.
    Bench {
        /// The Polish clips' zip (default: .deps/voice-polish/polish_speech_emotions.zip).
        #[arg(long)]
        clips: Option<PathBuf>,
        /// Seconds of audio per run.
        #[arg(long, default_value_t = 10.0)]
        seconds: f64,
        /// Timed runs (after one warm-up).
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Encoder threads.
        #[arg(long, default_value_t = 2)]
        threads: usize,
        /// Python with onnxruntime for the peer (default: .deps/sentiment-venv/bin/python).
        #[arg(long)]
        python: Option<PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
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
        /// Models to evaluate (default: sentiment-int8, the default model, and sentiment, fp32).
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
