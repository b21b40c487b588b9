//! v0 → v1: the first schema: settings, chats and messages, emotion and sentiment, the wellness logs.

pub fn up(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        r#"
CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE chats (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE messages (
  id           INTEGER PRIMARY KEY,
  chat_id      INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
  sender       TEXT NOT NULL CHECK (sender IN ('user', 'assistant')),
  text         TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('sent', 'pending', 'failed', 'partial')),
  created_at   INTEGER NOT NULL,
  local_date   TEXT NOT NULL,
  emotion_json TEXT
);
CREATE INDEX messages_chat ON messages(chat_id, id);
CREATE TABLE emotion_sessions (
  id          INTEGER PRIMARY KEY,
  chat_id     INTEGER REFERENCES chats(id) ON DELETE SET NULL,
  started_at  INTEGER NOT NULL,
  stopped_at  INTEGER,
  local_date  TEXT NOT NULL,
  samples     INTEGER NOT NULL DEFAULT 0,
  no_face     INTEGER NOT NULL DEFAULT 0,
  avg_json    TEXT
);
CREATE TABLE emotion_timeline (
  session_id INTEGER NOT NULL REFERENCES emotion_sessions(id) ON DELETE CASCADE,
  t_ms       INTEGER NOT NULL,
  face       INTEGER NOT NULL CHECK (face IN (0, 1)),
  probs_json TEXT,
  PRIMARY KEY (session_id, t_ms)
) WITHOUT ROWID;
CREATE TABLE sentiment_results (
  id         INTEGER PRIMARY KEY,
  source     TEXT NOT NULL CHECK (source IN ('message', 'journal', 'gratitude')),
  source_id  INTEGER NOT NULL,
  model      TEXT NOT NULL,
  probs_json TEXT NOT NULL,
  valence    REAL NOT NULL CHECK (valence BETWEEN -1 AND 1),
  label      TEXT NOT NULL CHECK (label IN ('negative', 'neutral', 'positive')),
  stars      REAL NOT NULL CHECK (stars BETWEEN 1 AND 5),
  created_at INTEGER NOT NULL,
  local_date TEXT NOT NULL,
  UNIQUE (source, source_id, model)
);
CREATE TABLE journal_entries (
  id            INTEGER PRIMARY KEY,
  mood          INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
  tags_json     TEXT NOT NULL DEFAULT '[]',
  title         TEXT NOT NULL DEFAULT '',
  text          TEXT NOT NULL,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  local_date    TEXT NOT NULL,
  tz_offset_min INTEGER NOT NULL
);
CREATE TABLE gratitude_items (
  id         INTEGER PRIMARY KEY,
  local_date TEXT NOT NULL,
  position   INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
  text       TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (local_date, position)
);
CREATE TABLE sleep_logs (
  id         INTEGER PRIMARY KEY,
  local_date TEXT NOT NULL,
  bedtime    TEXT NOT NULL,
  wake_time  TEXT NOT NULL,
  hours      REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
  quality    INTEGER NOT NULL CHECK (quality BETWEEN 1 AND 10),
  notes      TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);
CREATE TABLE breathing_sessions (
  id         INTEGER PRIMARY KEY,
  pattern    TEXT NOT NULL,
  planned_s  INTEGER NOT NULL CHECK (planned_s > 0),
  actual_s   INTEGER NOT NULL CHECK (actual_s >= 0),
  completed  INTEGER NOT NULL CHECK (completed IN (0, 1)),
  started_at INTEGER NOT NULL,
  local_date TEXT NOT NULL
);
CREATE TABLE assessments (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('phq9', 'gad7')),
  answers_json TEXT NOT NULL,
  total        INTEGER NOT NULL,
  severity     TEXT NOT NULL,
  difficulty   INTEGER CHECK (difficulty BETWEEN 0 AND 3),
  created_at   INTEGER NOT NULL,
  local_date   TEXT NOT NULL
);
CREATE TABLE activity_days (
  local_date TEXT PRIMARY KEY,
  first_at   INTEGER NOT NULL
) WITHOUT ROWID;
"#,
    )
}
