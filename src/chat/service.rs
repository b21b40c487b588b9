//! Sending a message: crisis check first (no model call on a hit), the message saved before any network
//! call, the reply streamed into the vault as it grows, and every failure leaving a marked, retryable row.

use super::config::{Backend, ChatConfig};
use super::context;
use super::device::DeviceLlm;
use super::gemini::client::Finished;
use super::ratelimit::RateLimiter;
use crate::error::{Code, Error, Result};
use crate::safety::crisis::{self, Hit};
use crate::safety::{crisis_card, CrisisCard, Reason};
use crate::text::SentimentModel;
use crate::vault::repo::chats;
use crate::vault::repo::chats::{Sender, Status};
use crate::vault::{Stamp, Vault};
use chats::Message;
use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// What the UI hears while a message is handled.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ChatEvent {
    /// The person's message is in the vault.
    Saved {
        /// The message.
        message: Message,
    },
    /// A piece of the reply arrived and was written.
    Chunk {
        /// The reply's id.
        message_id: i64,
        /// The new piece.
        delta: String,
        /// The reply so far.
        text: String,
    },
}

/// How a send ended.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    /// The companion replied.
    Replied {
        /// The person's message (sent).
        user: Message,
        /// The reply (sent).
        reply: Message,
        /// STOP or MAX_TOKENS.
        finish_reason: String,
        /// Said to the person, e.g. that the reply hit the length limit.
        note: Option<String>,
    },
    /// Crisis language (or Gemini's SAFETY stop): the local crisis card; this turn is never sent later.
    Crisis {
        /// The person's message.
        user: Message,
        /// Resources for their country.
        card: CrisisCard,
        /// The phrase found (None for a SAFETY stop).
        hit: Option<Hit>,
    },
    /// Not sent (offline, no key, private mode, rate limit): saved as `pending`, can be sent later.
    NotSent {
        /// The person's message (pending).
        user: Message,
        /// Why.
        #[ts(type = "CoreError")]
        error: Error,
    },
    /// Gemini refused or the reply broke off: `failed`, or a `partial` reply, both retryable.
    Failed {
        /// The person's message.
        user: Message,
        /// The partial reply, if any text arrived.
        reply: Option<Message>,
        /// Why.
        #[ts(type = "CoreError")]
        error: Error,
    },
}

/// The error of a reply the person stopped (the partial text is kept).
pub(crate) fn stopped() -> Error {
    Error::new(
        Code::ChatStopped,
        "you stopped the reply; what came so far is kept",
    )
}

/// Who writes a reply.
enum Answerer {
    Gemini(super::gemini::client::Gemini),
    Device(Arc<DeviceLlm>),
    Local(super::openai::client::LocalServer),
}

/// The companion: a rate limiter and, optionally, the sentiment model for the emotional context,
/// the crisis detector's semantic layer and the on-device model.
pub struct Companion {
    limiter: Arc<Mutex<RateLimiter>>,
    sentiment: Option<Arc<Mutex<SentimentModel>>>,
    semantic: Option<Arc<crate::safety::semantic::Semantic>>,
    device: Option<Arc<DeviceLlm>>,
    /// Set by Stop; cleared when a reply starts.
    stopping: AtomicBool,
}

impl Companion {
    /// A companion; `sentiment` (shared with whoever else scores text) scores each message as it is saved.
    pub fn new(limiter: RateLimiter, sentiment: Option<Arc<Mutex<SentimentModel>>>) -> Self {
        Self::sharing(Arc::new(Mutex::new(limiter)), sentiment)
    }

    /// A companion whose rate limit is `limiter`, shared with the companions before and after it (a
    /// companion is remade when its models are unloaded; the person's quota is not reset by that).
    pub fn sharing(
        limiter: Arc<Mutex<RateLimiter>>,
        sentiment: Option<Arc<Mutex<SentimentModel>>>,
    ) -> Self {
        Companion {
            limiter,
            sentiment,
            semantic: None,
            device: None,
            stopping: AtomicBool::new(false),
        }
    }

    /// The same companion with the on-device model (None: only Gemini can answer).
    pub fn with_device(mut self, device: Option<Arc<DeviceLlm>>) -> Self {
        self.device = device;
        self
    }

    /// The on-device model, if there is one.
    pub fn device(&self) -> Option<&Arc<DeviceLlm>> {
        self.device.as_ref()
    }

    /// Stop: the reply being written ends after its current piece; what came is kept, marked partial.
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::SeqCst);
    }

    /// The same companion with the crisis detector's semantic layer (None: the rules alone).
    pub fn with_semantic(
        mut self,
        semantic: Option<Arc<crate::safety::semantic::Semantic>>,
    ) -> Self {
        self.semantic = semantic;
        self
    }

    /// Saves and sends a new message of `chat_id`. `emotion_json` is the live face snapshot, if any.
    pub fn send(
        &self,
        vault: &Vault,
        cfg: &ChatConfig,
        chat_id: i64,
        text: &str,
        emotion_json: Option<&str>,
        emit: &mut dyn FnMut(ChatEvent),
    ) -> Result<Outcome> {
        if text.trim().is_empty() {
            return Err(Error::invalid("text", "empty message"));
        }
        // 1. Safety first: local and deterministic, before anything else can happen.
        if let Some(hit) = crisis::detect_with(text, self.semantic.as_deref()) {
            let user = vault.with_conn(|c| {
                let m = chats::add_message(
                    c,
                    chat_id,
                    Sender::User,
                    text,
                    Status::Sent,
                    emotion_json,
                    &Stamp::now(),
                )?;
                chats::mark_crisis(c, m.id)
            })?;
            emit(ChatEvent::Saved {
                message: user.clone(),
            });
            return Ok(Outcome::Crisis {
                user,
                card: crisis_card(Reason::CrisisLanguage, &cfg.country),
                hit: Some(hit),
            });
        }
        // 2. Saved before any network call.
        let user = vault.with_conn(|c| {
            chats::add_message(
                c,
                chat_id,
                Sender::User,
                text,
                Status::Pending,
                emotion_json,
                &Stamp::now(),
            )
        })?;
        emit(ChatEvent::Saved {
            message: user.clone(),
        });
        self.score(vault, &user);
        self.dispatch(vault, cfg, user, emit)
    }

    /// Sends again: a `pending` or `failed` message, or the message before a `partial` reply (the
    /// partial reply is replaced). Crisis turns are never sent.
    pub fn resend(
        &self,
        vault: &Vault,
        cfg: &ChatConfig,
        message_id: i64,
        emit: &mut dyn FnMut(ChatEvent),
    ) -> Result<Outcome> {
        let m = vault.with_conn(|c| chats::get_message(c, message_id))?;
        let was_user = m.sender == "user";
        let user = if m.sender == "assistant" {
            if m.status != "partial" {
                return Err(Error::invalid(
                    "message",
                    "only a partial reply can be retried",
                ));
            }
            vault.with_conn(|c| {
                let before = chats::user_message_before(c, m.chat_id, m.id)?;
                chats::delete_message(c, m.id)?;
                Ok(before)
            })?
        } else {
            m
        };
        if user.crisis {
            return Err(Error::invalid(
                "message",
                "a message with crisis language is never sent to the model",
            ));
        }
        if user.status == "sent" && was_user {
            return Err(Error::invalid(
                "message",
                "this message was already answered",
            ));
        }
        self.dispatch(vault, cfg, user, emit)
    }

    fn score(&self, vault: &Vault, user: &Message) {
        if let Some(model) = &self.sentiment {
            if let Err(e) =
                crate::text::scoring::score_one(vault, model, "message", user.id, &user.text)
            {
                tracing::warn!(code = %e.code(), "message not scored yet: {}", e.message());
            }
        }
    }

    fn dispatch(
        &self,
        vault: &Vault,
        cfg: &ChatConfig,
        user: Message,
        emit: &mut dyn FnMut(ChatEvent),
    ) -> Result<Outcome> {
        let answerer = match self.answerer(cfg) {
            Ok(a) => a,
            Err(error) => return Ok(Outcome::NotSent { user, error }),
        };
        // The rate limit guards the person's Gemini quota; the device has none.
        let limit = match answerer {
            Answerer::Gemini(_) => self
                .limiter
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .try_acquire(Instant::now()),
            Answerer::Device(_) | Answerer::Local(_) => Ok(()),
        };
        if let Err(wait) = limit {
            let error = Error::new(
                Code::ChatRateLimited,
                format!("you are sending faster than Mentora's limit; your message is saved, try again in {} s", wait.as_secs() + 1),
            );
            return Ok(Outcome::NotSent { user, error });
        }
        let (request, redactions) = vault.with_conn(|c| {
            let emo = context::emotional(c, user.chat_id, user.id, Stamp::now().utc_ms)?;
            let (req, red) = context::build(c, cfg, user.chat_id, user.id, &emo)?;
            let json = serde_json::to_string(&red).expect("serializes");
            chats::set_redactions(c, user.id, (!red.items.is_empty()).then_some(json.as_str()))?;
            Ok((req, red))
        })?;

        // Chunks are committed without an fsync each (synchronous=NORMAL: safe against a killed
        // process, not a power cut); the final state is committed with FULL.
        vault.with_conn(|c| Ok(c.pragma_update(None, "synchronous", "NORMAL")?))?;
        let mut reply: Option<Message> = None;
        let mut text = String::new();
        self.stopping.store(false, Ordering::SeqCst);
        let stopping = &self.stopping;
        let mut on_piece = |piece: &str| -> Result<()> {
            if stopping.load(Ordering::SeqCst) {
                return Err(stopped());
            }
            text.push_str(piece);
            let shown = redactions.restore(&text);
            let m = vault.with_conn(|c| match &reply {
                Some(r) => chats::set_message(c, r.id, &shown, Status::Partial),
                None => {
                    chats::set_message(c, user.id, &user.text, Status::Sent)?;
                    chats::add_message(
                        c,
                        user.chat_id,
                        Sender::Assistant,
                        &shown,
                        Status::Partial,
                        None,
                        &Stamp::now(),
                    )
                }
            })?;
            emit(ChatEvent::Chunk {
                message_id: m.id,
                delta: redactions.restore(piece),
                text: shown,
            });
            reply = Some(m);
            Ok(())
        };
        let result = match &answerer {
            Answerer::Gemini(client) => client.stream(&request, &mut on_piece),
            Answerer::Device(device) => device.stream(&request, stopping, &mut on_piece),
            Answerer::Local(server) => server.stream(&request, &mut on_piece),
        };
        let restore_full = vault.with_conn(|c| Ok(c.pragma_update(None, "synchronous", "FULL")?));
        let outcome = self.finish(vault, cfg, user, reply, result, &redactions);
        restore_full?;
        outcome
    }

    /// Who answers under `cfg`, or why nobody can (the message then waits as `pending`).
    fn answerer(&self, cfg: &ChatConfig) -> Result<Answerer> {
        match cfg.backend {
            Backend::Gemini => cfg.client().map(Answerer::Gemini),
            Backend::Device => cfg
                .device
                .clone()
                .or_else(|| self.device.clone())
                .map(Answerer::Device)
                .ok_or_else(|| {
                Error::new(
                    Code::ModelMissing,
                    "the on-device model is not installed: the message is saved; run the README's setup or choose another companion",
                )
            }),
            Backend::LocalServer => cfg.local_client().map(Answerer::Local),
            Backend::Off => Err(Error::new(
                Code::ChatPrivateMode,
                "the companion is off: your message is kept like a journal entry",
            )),
        }
    }

    fn finish(
        &self,
        vault: &Vault,
        cfg: &ChatConfig,
        user: Message,
        reply: Option<Message>,
        result: Result<Finished>,
        red: &super::redact::Redactions,
    ) -> Result<Outcome> {
        let set = |id: i64, text: &str, status: Status| {
            vault.with_conn(|c| chats::set_message(c, id, text, status))
        };
        match result {
            Ok(fin) => {
                let reason = fin.finish_reason.clone().unwrap_or_default();
                let text = red.restore(&fin.text);
                match reason.as_str() {
                    "STOP" | "MAX_TOKENS" => {
                        let user = set(user.id, &user.text, Status::Sent)?;
                        let reply = match reply {
                            Some(r) => set(r.id, &text, Status::Sent)?,
                            None => vault.with_conn(|c| {
                                chats::add_message(
                                    c,
                                    user.chat_id,
                                    Sender::Assistant,
                                    &text,
                                    Status::Sent,
                                    None,
                                    &Stamp::now(),
                                )
                            })?,
                        };
                        let note = (reason == "MAX_TOKENS")
                            .then(|| crate::tr!(cfg.lang, "chat-reply-cut"));
                        Ok(Outcome::Replied {
                            user,
                            reply,
                            finish_reason: reason,
                            note,
                        })
                    }
                    "SAFETY" => {
                        if let Some(r) = reply {
                            vault.with_conn(|c| chats::delete_message(c, r.id))?;
                        }
                        let user = vault.with_conn(|c| {
                            chats::set_message(c, user.id, &user.text, Status::Sent)?;
                            chats::mark_crisis(c, user.id)
                        })?;
                        Ok(Outcome::Crisis {
                            user,
                            card: crisis_card(Reason::ModelSafety, &cfg.country),
                            hit: None,
                        })
                    }
                    other => {
                        let error = Error::new(Code::ChatBlocked, format!("the model stopped the reply (finish reason {other}); you can try again or rephrase"));
                        self.broken(vault, user, reply, &text, error)
                    }
                }
            }
            Err(error) => {
                let text = reply.as_ref().map(|r| r.text.clone()).unwrap_or_default();
                self.broken(vault, user, reply, &text, error)
            }
        }
    }

    fn broken(
        &self,
        vault: &Vault,
        user: Message,
        reply: Option<Message>,
        text: &str,
        error: Error,
    ) -> Result<Outcome> {
        if let Some(r) = reply {
            let reply = if text.is_empty() {
                vault.with_conn(|c| chats::delete_message(c, r.id))?;
                None
            } else {
                Some(vault.with_conn(|c| chats::set_message(c, r.id, text, Status::Partial))?)
            };
            let user =
                vault.with_conn(|c| chats::set_message(c, user.id, &user.text, Status::Sent))?;
            return Ok(Outcome::Failed { user, reply, error });
        }
        let later = matches!(
            error.code(),
            Code::ChatOffline | Code::ChatTimeout | Code::ChatRateLimited | Code::ChatServer
        );
        let status = if later {
            Status::Pending
        } else {
            Status::Failed
        };
        let user = vault.with_conn(|c| chats::set_message(c, user.id, &user.text, status))?;
        Ok(if later {
            Outcome::NotSent { user, error }
        } else {
            Outcome::Failed {
                user,
                reply: None,
                error,
            }
        })
    }
}
