//! v8 → v9: voice sessions. A session keeps its counts, mean tone probabilities, mean tension and
//! speaking rate; its timeline keeps at most one reading per second. Never audio, never words.

pub fn up(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        r#"
CREATE TABLE voice_sessions (
  id          INTEGER PRIMARY KEY,
  chat_id     INTEGER REFERENCES chats(id) ON DELETE SET NULL,
  started_at  INTEGER NOT NULL,
  stopped_at  INTEGER,
  local_date  TEXT NOT NULL,
  segments    INTEGER NOT NULL DEFAULT 0,
  uncertain   INTEGER NOT NULL DEFAULT 0,
  speech_ms   INTEGER NOT NULL DEFAULT 0,
  avg_json    TEXT,
  arousal     REAL CHECK (arousal IS NULL OR arousal BETWEEN 0 AND 1),
  rate        REAL CHECK (rate IS NULL OR rate >= 0)
);
CREATE INDEX voice_sessions_day ON voice_sessions(local_date);
CREATE TABLE voice_timeline (
  session_id INTEGER NOT NULL REFERENCES voice_sessions(id) ON DELETE CASCADE,
  t_ms       INTEGER NOT NULL,
  tone       TEXT NOT NULL CHECK (tone IN ('anger', 'fear', 'neutral', 'uncertain')),
  probs_json TEXT NOT NULL,
  arousal    REAL NOT NULL CHECK (arousal BETWEEN 0 AND 1),
  pitch_hz   REAL,
  PRIMARY KEY (session_id, t_ms)
) WITHOUT ROWID;
"#,
    )
}
