//! v4 → v5: the safety plan, safety events (cards shown, dismissed, check-ins after a risk) and a
//! note on check-ins.

pub fn up(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        r#"
CREATE TABLE safety_plan (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  plan_json   TEXT NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE TABLE safety_events (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('crisis', 'concern', 'dismissed', 'checked_in', 'flagged')),
  reason      TEXT NOT NULL,
  source      TEXT NOT NULL CHECK (source IN ('chat', 'journal', 'gratitude', 'checkin', 'import', 'unlock')),
  source_id   INTEGER,
  created_at  INTEGER NOT NULL,
  local_date  TEXT NOT NULL
);
CREATE INDEX safety_events_time ON safety_events(created_at);
ALTER TABLE assessments ADD COLUMN note TEXT NOT NULL DEFAULT '';
"#,
    )
}
