//! v1 → v2: streaks, badges, quests and points; saved reports; indexes for the weekly report's queries.

pub fn up(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        r#"
CREATE TABLE streak_state (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  current   INTEGER NOT NULL,
  longest   INTEGER NOT NULL,
  last_date TEXT
);
CREATE TABLE badges (
  code       TEXT PRIMARY KEY,
  awarded_at INTEGER NOT NULL,
  local_date TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE quests (
  week         TEXT NOT NULL,
  code         TEXT NOT NULL,
  progress     INTEGER NOT NULL,
  goal         INTEGER NOT NULL CHECK (goal > 0),
  completed_at INTEGER,
  PRIMARY KEY (week, code)
) WITHOUT ROWID;
CREATE TABLE points (
  reason     TEXT PRIMARY KEY,
  points     INTEGER NOT NULL,
  awarded_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE saved_reports (
  id             INTEGER PRIMARY KEY,
  range_from     TEXT NOT NULL,
  range_to       TEXT NOT NULL,
  created_at     INTEGER NOT NULL,
  summary        TEXT NOT NULL,
  summary_source TEXT NOT NULL CHECK (summary_source IN ('gemini', 'local')),
  data_json      TEXT NOT NULL
);
CREATE INDEX messages_day ON messages(local_date);
CREATE INDEX journal_day ON journal_entries(local_date);
CREATE INDEX sentiment_day ON sentiment_results(local_date);
CREATE INDEX emotion_sessions_day ON emotion_sessions(local_date);
CREATE INDEX sleep_day ON sleep_logs(local_date);
CREATE INDEX breathing_day ON breathing_sessions(local_date);
CREATE INDEX gratitude_day ON gratitude_items(local_date);
CREATE INDEX assessments_kind_day ON assessments(kind, local_date);
CREATE INDEX reports_range ON saved_reports(range_from, range_to);
"#,
    )
}
