//! `mentora chat` (interactive, streaming), `chat list|show|delete|settings`, `key set|remove|test`,
//! and `dev mock-gemini`.

use super::vault::open;
use crate::api;
use crate::chat::config;
use crate::chat::gemini::mock::{MockGemini, Script};
use crate::chat::service::{ChatEvent, Outcome};
use crate::error::{Code, Error, Result};
use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

fn print_outcome(o: &Outcome) {
    match o {
        Outcome::Replied { note, .. } => {
            println!();
            if let Some(n) = note {
                println!("({n})");
            }
        }
        Outcome::Crisis { card, .. } => {
            println!("\n{}", card.title);
            println!("{}", card.message);
            for r in &card.resources {
                println!("  • {}: {} — {}", r.name, r.contact, r.detail);
            }
        }
        Outcome::NotSent { error, .. } => println!(
            "\n{}",
            crate::t!(
                "chat-not-sent",
                message = error.message(),
                code = error.code().to_string()
            )
        ),
        Outcome::Failed { reply, error, .. } => println!(
            "\n{}",
            crate::t!(
                "chat-failed",
                partial = if reply.is_some() { "yes" } else { "no" },
                message = error.message(),
                code = error.code().to_string()
            )
        ),
    }
}

/// `mentora chat PROFILE [--chat ID | --title T]`: lines from standard input, replies streamed.
/// `/retry` re-sends the last unanswered message; `/quit` or end of input ends the session.
pub fn interactive(profile: &str, chat: Option<i64>, title: Option<String>) -> Result<ExitCode> {
    let app = open(profile)?;
    let cfg = app.chat_config()?;
    let chat_id = match chat {
        Some(id) => api::chat::get(&app, id)?.id,
        None => api::chat::create(&app, title.as_deref().unwrap_or("Chat"))?.id,
    };
    if cfg.backend == config::Backend::Device {
        eprintln!("{}", crate::t!("chat-on-device"));
    } else if cfg.private_mode {
        eprintln!("{}", crate::t!("chat-private"));
    } else if cfg.backend == config::Backend::LocalServer {
        eprintln!(
            "{}",
            crate::t!(
                "chat-local-server",
                url = cfg.local.base_url.as_str(),
                model = cfg.local.model.as_str()
            )
        );
    } else if cfg.backend == config::Backend::Off {
        eprintln!("{}", crate::t!("chat-off"));
    } else if cfg.key.is_none() {
        eprintln!("{}", crate::t!("chat-no-key"));
    }
    println!("{}", crate::t!("chat-start", id = chat_id));
    let stdin = std::io::stdin();
    let mut last_unanswered: Option<i64> = None;
    for line in stdin.lock().lines() {
        let line = line.map_err(|e| Error::io("reading standard input", e))?;
        let line = line.trim();
        if line == "/quit" {
            break;
        }
        if line.is_empty() {
            continue;
        }
        let mut emit = |e: ChatEvent| {
            if let ChatEvent::Chunk { delta, .. } = e {
                print!("{delta}");
                let _ = std::io::stdout().flush();
            }
        };
        let outcome = if line == "/retry" {
            match last_unanswered {
                Some(id) => api::chat::retry(&app, id, &mut emit),
                None => {
                    println!("{}", crate::t!("chat-nothing-to-retry"));
                    continue;
                }
            }
        } else {
            api::chat::send(&app, chat_id, line, None, &mut emit)
        };
        match outcome {
            Ok(o) => {
                last_unanswered = match &o {
                    Outcome::NotSent { user, .. } => Some(user.id),
                    Outcome::Failed { reply: Some(r), .. } => Some(r.id),
                    Outcome::Failed { user, .. } => Some(user.id),
                    _ => None,
                };
                print_outcome(&o);
            }
            Err(e) => println!("error [{}]: {}", e.code(), e.message()),
        }
    }
    if let Some(s) = api::chat::end_session(&app, chat_id)? {
        println!(
            "{}",
            crate::t!(
                "chat-session-summary",
                source = s.source.as_str(),
                summary = s.summary.as_str()
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora chat list PROFILE`.
pub fn list(profile: &str) -> Result<ExitCode> {
    let app = open(profile)?;
    for c in api::chat::list(&app)? {
        let last = chrono::DateTime::from_timestamp_millis(c.updated_at)
            .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default();
        println!(
            "{:>4}  {:<30} {}",
            c.id,
            c.title,
            crate::t!(
                "chat-list-row",
                messages = c.message_count,
                last = last.as_str()
            )
        );
    }
    let n = api::chat::sessions(&app, None)?.len();
    println!("{}", crate::t!("chat-sessions", count = n));
    Ok(ExitCode::SUCCESS)
}

/// `mentora chat show PROFILE ID`.
pub fn show(profile: &str, id: i64) -> Result<ExitCode> {
    let app = open(profile)?;
    let chat = api::chat::get(&app, id)?;
    println!(
        "{}",
        crate::t!(
            "chat-show-head",
            title = chat.title.as_str(),
            messages = chat.message_count
        )
    );
    for m in api::chat::messages(&app, id)? {
        let mark = match (m.status.as_str(), m.crisis) {
            (_, true) => format!(" [{}]", crate::t!("chat-crisis-shown")),
            ("sent", _) => String::new(),
            (s, _) => format!(" [{s}]"),
        };
        println!(
            "{}{mark}: {}",
            if m.sender == "user" {
                crate::t!("chat-you")
            } else {
                "mentora".to_string()
            },
            m.text
        );
    }
    for s in api::chat::sessions(&app, Some(id))? {
        println!(
            "{}",
            crate::t!(
                "chat-session-line",
                id = s.id,
                source = s.source.as_str(),
                summary = s.summary.as_str()
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora chat delete PROFILE ID`.
pub fn delete(profile: &str, id: i64) -> Result<ExitCode> {
    api::chat::delete(&open(profile)?, id)?;
    println!("{}", crate::t!("chat-deleted", id = id));
    Ok(ExitCode::SUCCESS)
}

/// What `mentora chat settings` was given (only those are changed).
#[derive(Debug, Default)]
pub struct SettingsArgs {
    /// Gemini model.
    pub model: Option<String>,
    /// Gemini base URL.
    pub base_url: Option<String>,
    /// `on` or `off`.
    pub private: Option<String>,
    /// Two-letter country code.
    pub country: Option<String>,
    /// `gemini`, `device`, `local_server` or `off`.
    pub backend: Option<String>,
    /// The local server's address.
    pub local_url: Option<String>,
    /// The local server's model name.
    pub local_model: Option<String>,
    /// The on-device model (`builtin` or an added model's id).
    pub device_model: Option<String>,
    /// The on-device model's threads (0 = auto).
    pub threads: Option<u32>,
    /// The on-device model's context window.
    pub ctx: Option<u32>,
}

/// `mentora chat settings PROFILE [--model M] [--base-url U] [--private on|off] [--country CC]
/// [--backend gemini|device|local_server|off] [--local-url U] [--local-model M] [--device-model ID]
/// [--threads N] [--ctx N]`.
pub fn configure(profile: &str, a: SettingsArgs) -> Result<ExitCode> {
    let backend = match a.backend.as_deref() {
        None => None,
        Some(b @ ("gemini" | "device" | "local_server" | "off")) => Some(config::Backend::parse(b)),
        Some(_) => {
            return Err(Error::invalid(
                "backend",
                "gemini, device, local_server or off",
            ))
        }
    };
    let private_mode = match a.private.as_deref() {
        None => None,
        Some("on") => Some(true),
        Some("off") => Some(false),
        Some(_) => return Err(Error::invalid("private", "on or off")),
    };
    let app = open(profile)?;
    api::settings::patch(
        &app,
        &api::settings::Patch {
            model: a.model,
            base_url: a.base_url,
            local_url: a.local_url,
            local_model: a.local_model,
            llm_model: a.device_model,
            llm_threads: a.threads,
            llm_n_ctx: a.ctx,
            private_mode,
            country: a.country,
            backend,
        },
    )?;
    let cfg = app.chat_config()?;
    let s = api::settings::get(&app)?;
    println!(
        "companion {}, model {}, base URL {}, local server {} (model {}), on-device model {} ({} threads, {}-token window), private mode {}, country {}, key {}",
        serde_json::to_value(cfg.backend)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        cfg.gemini.model,
        cfg.gemini.base_url,
        cfg.local.base_url,
        cfg.local.model,
        s.llm_model,
        if s.llm_threads == 0 {
            "auto".to_string()
        } else {
            s.llm_threads.to_string()
        },
        s.llm_n_ctx,
        if cfg.private_mode { "on" } else { "off" },
        cfg.country,
        if config::api_key().is_some() {
            "set"
        } else {
            "not set"
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// `mentora key set|remove|test`.
pub fn key(action: &str, base_url: Option<String>, model: Option<String>) -> Result<ExitCode> {
    match action {
        "set" => {
            let k = super::vault::read_secret(&crate::t!("prompt-gemini-key"))?;
            api::settings::key_set(&k)?;
            println!("{}", crate::t!("key-saved"));
        }
        "remove" => {
            api::settings::key_remove()?;
            println!("{}", crate::t!("key-removed"));
        }
        "test" => println!(
            "{}",
            api::settings::key_test_with(base_url.as_deref(), model.as_deref())?
        ),
        other => {
            return Err(Error::invalid(
                "action",
                format!("{other}: set, remove or test"),
            ))
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora dev mock-gemini [--port N] [--key K] [--script FILE]`: serves until Ctrl-C.
pub fn mock(port: u16, key: &str, script: Option<&Path>) -> Result<ExitCode> {
    let m = MockGemini::start(port, key)
        .map_err(|e| Error::io(format!("listening on port {port}"), e))?;
    if let Some(p) = script {
        let bytes = std::fs::read(p).map_err(|e| Error::io(p.display(), e))?;
        let items: Vec<Script> =
            serde_json::from_slice(&bytes).map_err(|e| Error::invalid("script", e))?;
        for s in items {
            m.push(s);
        }
    }
    println!(
        "mock Gemini at {} (key {key:?}); Ctrl-C stops it",
        m.base_url()
    );
    let (tx, rx) = std::sync::mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = tx.send(());
    })
    .map_err(|e| Error::new(Code::Internal, e.to_string()))?;
    let _ = rx.recv();
    println!("{} requests served", m.requests().len());
    Ok(ExitCode::SUCCESS)
}
