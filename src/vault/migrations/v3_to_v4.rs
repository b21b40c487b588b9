//! v3 → v4: chat safety and privacy marks on messages, and chat sessions with their summaries.

pub fn up(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        r#"
ALTER TABLE messages ADD COLUMN crisis INTEGER NOT NULL DEFAULT 0 CHECK (crisis IN (0, 1));
ALTER TABLE messages ADD COLUMN redactions_json TEXT;
CREATE TABLE chat_sessions (
  id              INTEGER PRIMARY KEY,
  chat_id         INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
  first_message   INTEGER NOT NULL,
  last_message    INTEGER NOT NULL,
  started_at      INTEGER NOT NULL,
  ended_at        INTEGER NOT NULL,
  local_date      TEXT NOT NULL,
  user_messages   INTEGER NOT NULL,
  summary         TEXT NOT NULL,
  summary_source  TEXT NOT NULL CHECK (summary_source IN ('gemini', 'local')),
  sentiment_avg   REAL,
  emotion_json    TEXT,
  ended_by        TEXT NOT NULL CHECK (ended_by IN ('closed', 'idle'))
);
CREATE INDEX chat_sessions_chat ON chat_sessions(chat_id, last_message);
"#,
    )
}
