//! v6 → v7: the daily loop. One full-text index (SQLite FTS5) over the journal (title; text and tags),
//! gratitude and chat messages, inside the encrypted vault like every other table: no index file
//! exists anywhere else. Triggers keep it in step with its three tables; existing rows are indexed
//! here. The rowid says what a row is: `id * 4 + 1` a journal entry, `+ 2` a gratitude item, `+ 3` a
//! message. The person's own activities (name as on entries' tags, emoji, group, order) and journal
//! templates.

pub fn up(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        r#"
CREATE VIRTUAL TABLE search_index USING fts5(
  day UNINDEXED,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE TRIGGER search_journal_in AFTER INSERT ON journal_entries BEGIN
  INSERT INTO search_index (rowid, day, title, body)
  VALUES (new.id * 4 + 1, new.local_date, new.title,
          new.text || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.tags_json)));
END;
CREATE TRIGGER search_journal_up AFTER UPDATE OF title, text, tags_json ON journal_entries BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
  INSERT INTO search_index (rowid, day, title, body)
  VALUES (new.id * 4 + 1, new.local_date, new.title,
          new.text || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.tags_json)));
END;
CREATE TRIGGER search_journal_out AFTER DELETE ON journal_entries BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;

CREATE TRIGGER search_gratitude_in AFTER INSERT ON gratitude_items BEGIN
  INSERT INTO search_index (rowid, day, title, body) VALUES (new.id * 4 + 2, new.local_date, '', new.text);
END;
CREATE TRIGGER search_gratitude_up AFTER UPDATE OF text ON gratitude_items BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
  INSERT INTO search_index (rowid, day, title, body) VALUES (new.id * 4 + 2, new.local_date, '', new.text);
END;
CREATE TRIGGER search_gratitude_out AFTER DELETE ON gratitude_items BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;

CREATE TRIGGER search_message_in AFTER INSERT ON messages BEGIN
  INSERT INTO search_index (rowid, day, title, body) VALUES (new.id * 4 + 3, new.local_date, '', new.text);
END;
CREATE TRIGGER search_message_up AFTER UPDATE OF text ON messages BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
  INSERT INTO search_index (rowid, day, title, body) VALUES (new.id * 4 + 3, new.local_date, '', new.text);
END;
CREATE TRIGGER search_message_out AFTER DELETE ON messages BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
END;

CREATE TABLE activities (
  name       TEXT PRIMARY KEY,
  emoji      TEXT NOT NULL DEFAULT '',
  group_name TEXT NOT NULL DEFAULT '',
  position   INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE journal_templates (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL,
  body       TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

INSERT INTO search_index (rowid, day, title, body)
  SELECT id * 4 + 1, local_date, title,
         text || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(tags_json))
  FROM journal_entries;
INSERT INTO search_index (rowid, day, title, body)
  SELECT id * 4 + 2, local_date, '', text FROM gratitude_items;
INSERT INTO search_index (rowid, day, title, body)
  SELECT id * 4 + 3, local_date, '', text FROM messages;
"#,
    )
}
