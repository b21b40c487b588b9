//! v7 → v8: what the text reads as, and what the person says they felt. Each sentiment result may
//! carry the seven emotions of the text model's emotion head (`emotion_json`, the face model's
//! labels); a correction ("that's not how I felt") is kept per reading, beside it, never over it.

pub fn up(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        r#"
ALTER TABLE sentiment_results ADD COLUMN emotion_json TEXT;
CREATE TABLE affect_corrections (
  id         INTEGER PRIMARY KEY,
  source     TEXT NOT NULL CHECK (source IN ('message', 'journal', 'gratitude', 'face')),
  source_id  INTEGER NOT NULL,
  felt       TEXT NOT NULL CHECK (felt IN ('angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral')),
  created_at INTEGER NOT NULL,
  local_date TEXT NOT NULL,
  UNIQUE (source, source_id)
);
"#,
    )
}
