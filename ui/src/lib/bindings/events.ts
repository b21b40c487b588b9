// Generated from src/api/events.rs by tests/it/ipc_types.rs. Do not edit.

/** Names of the events the core emits to the window. */
export const EVENTS = {
  CHAT: "chat://event",
  CHAT_SESSION_ENDED: "chat://session-ended",
  EMOTION_SAMPLE: "emotion://sample",
  EMOTION_ENDED: "emotion://ended",
  VOICE_LEVEL: "voice://level",
  VOICE_READING: "voice://reading",
  VOICE_ENDED: "voice://ended",
  VAULT_LOCKED: "vault://locked",
  MODELS_PROGRESS: "models://progress",
  TRAY_LOG_MOOD: "tray://log-mood",
} as const;
