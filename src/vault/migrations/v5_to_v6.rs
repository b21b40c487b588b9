//! v5 → v6: a summary may also be written by the model on this device (`device`) or by the person's
//! local server (`local_server`); SQLite cannot change a CHECK in place, so the two tables that keep
//! summaries are rebuilt with their rows, ids and indexes.

pub fn up(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        r#"
CREATE TABLE chat_sessions_v6 (
  id              INTEGER PRIMARY KEY,
  chat_id         INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
  first_message   INTEGER NOT NULL,
  last_message    INTEGER NOT NULL,
  started_at      INTEGER NOT NULL,
  ended_at        INTEGER NOT NULL,
  local_date      TEXT NOT NULL,
  user_messages   INTEGER NOT NULL,
  summary         TEXT NOT NULL,
  summary_source  TEXT NOT NULL CHECK (summary_source IN ('gemini', 'local', 'device', 'local_server')),
  sentiment_avg   REAL,
  emotion_json    TEXT,
  ended_by        TEXT NOT NULL CHECK (ended_by IN ('closed', 'idle'))
);
INSERT INTO chat_sessions_v6 SELECT id, chat_id, first_message, last_message, started_at, ended_at,
  local_date, user_messages, summary, summary_source, sentiment_avg, emotion_json, ended_by FROM chat_sessions;
DROP TABLE chat_sessions;
ALTER TABLE chat_sessions_v6 RENAME TO chat_sessions;
CREATE INDEX chat_sessions_chat ON chat_sessions(chat_id, last_message);

CREATE TABLE saved_reports_v6 (
  id             INTEGER PRIMARY KEY,
  range_from     TEXT NOT NULL,
  range_to       TEXT NOT NULL,
  created_at     INTEGER NOT NULL,
  summary        TEXT NOT NULL,
  summary_source TEXT NOT NULL CHECK (summary_source IN ('gemini', 'local', 'device', 'local_server')),
  data_json      TEXT NOT NULL
);
INSERT INTO saved_reports_v6 SELECT id, range_from, range_to, created_at, summary, summary_source, data_json
  FROM saved_reports;
DROP TABLE saved_reports;
ALTER TABLE saved_reports_v6 RENAME TO saved_reports;
CREATE INDEX reports_range ON saved_reports(range_from, range_to);
"#,
    )
}
