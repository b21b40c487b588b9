//! v2 → v3: a sentiment score goes when the message, journal entry or gratitude item it scored goes.

pub fn up(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        r#"
DELETE FROM sentiment_results WHERE
     (source = 'message' AND source_id NOT IN (SELECT id FROM messages))
  OR (source = 'journal' AND source_id NOT IN (SELECT id FROM journal_entries))
  OR (source = 'gratitude' AND source_id NOT IN (SELECT id FROM gratitude_items));
CREATE TRIGGER messages_sentiment_gone AFTER DELETE ON messages BEGIN
  DELETE FROM sentiment_results WHERE source = 'message' AND source_id = old.id;
END;
CREATE TRIGGER journal_sentiment_gone AFTER DELETE ON journal_entries BEGIN
  DELETE FROM sentiment_results WHERE source = 'journal' AND source_id = old.id;
END;
CREATE TRIGGER gratitude_sentiment_gone AFTER DELETE ON gratitude_items BEGIN
  DELETE FROM sentiment_results WHERE source = 'gratitude' AND source_id = old.id;
END;
"#,
    )
}
