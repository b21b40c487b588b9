//! A vault made at schema v1 migrates to the current schema with every row intact and an encrypted
//! backup of the v1 file left in backups/.

use crate::common::vault as fixture;

use fixture::{count, Fixture, PASSWORD};
use mentora::vault::{conn, migrations};

#[test]
fn v1_vault_migrates_with_rows_intact_and_a_backup() {
    let f = Fixture::new("Old");
    let key = f
        .profiles
        .keys(&f.profile)
        .unwrap()
        .unlock_with_password(PASSWORD)
        .unwrap();
    let path = f.profiles.vault_path(&f.profile);
    // The profile came with a current vault: put a v1 one in its place.
    for p in ["vault.db", "vault.db-wal", "vault.db-shm"] {
        let _ = std::fs::remove_file(f.profile_dir().join(p));
    }
    {
        // What Mentora v1 would have written.
        let mut c = conn::open(&path, Some(&key)).unwrap();
        assert_eq!(migrations::migrate_to(&mut c, 1).unwrap(), 1);
        c.execute_batch(
            "INSERT INTO chats (id, title, created_at, updated_at) VALUES (1, 'old chat', 1, 2);
             INSERT INTO messages (chat_id, sender, text, status, created_at, local_date) VALUES
               (1, 'user', 'hello from v1', 'sent', 1, '2026-01-01'),
               (1, 'assistant', 'hi', 'sent', 2, '2026-01-01');
             INSERT INTO journal_entries (mood, text, created_at, updated_at, local_date, tz_offset_min)
               VALUES (3, 'v1 diary', 5, 5, '2026-01-02', 60);
             INSERT INTO sleep_logs (local_date, bedtime, wake_time, hours, quality, created_at)
               VALUES ('2026-01-02', '23:00', '07:00', 8.0, 7, 6);",
        )
        .unwrap();
    }
    let v = f.vault();
    v.unlock_with_password(PASSWORD).unwrap();
    let (version, counts) = v
        .with_conn(|c| {
            let version = migrations::version(c)?;
            let q = |t: &str| {
                c.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| {
                    r.get::<_, i64>(0)
                })
            };
            Ok((
                version,
                [
                    q("chats")?,
                    q("messages")?,
                    q("journal_entries")?,
                    q("sleep_logs")?,
                    q("badges")?,
                ],
            ))
        })
        .unwrap();
    assert_eq!(version, migrations::CURRENT);
    assert_eq!(counts, [1, 2, 1, 1, 0]);
    let text: String = v
        .with_conn(|c| {
            Ok(
                c.query_row("SELECT text FROM messages WHERE sender = 'user'", [], |r| {
                    r.get(0)
                })?,
            )
        })
        .unwrap();
    assert_eq!(text, "hello from v1");

    let backups: Vec<_> = std::fs::read_dir(v.backups_dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| !p.ends_with("keys.json"))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    let name = backups[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .to_string();
    assert!(name.starts_with("vault-v1-"), "{name}");
    let bytes = std::fs::read(&backups[0]).unwrap();
    assert!(
        !bytes.starts_with(b"SQLite format 3"),
        "the backup is encrypted"
    );
    assert_eq!(count(&bytes, b"hello from v1"), 0);
    // Inspect a copy: opening the backup itself would add WAL files beside it.
    let scratch = tempfile::tempdir().unwrap();
    let copy = scratch.path().join("backup.db");
    std::fs::copy(&backups[0], &copy).unwrap();
    let b = conn::open(&copy, Some(&key)).unwrap();
    assert_eq!(migrations::version(&b).unwrap(), 1);
    let n: i64 = b
        .query_row("SELECT count(*) FROM messages", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 2);

    // Opening again: already current, no second backup.
    v.lock();
    f.vault().unlock_with_password(PASSWORD).unwrap();
    assert_eq!(
        std::fs::read_dir(v.backups_dir()).unwrap().count(),
        2,
        "the v1 copy and the keys' second copy"
    );
}

#[test]
fn a_vault_from_a_newer_mentora_is_refused_untouched() {
    let f = Fixture::new("New");
    let key = f
        .profiles
        .keys(&f.profile)
        .unwrap()
        .unlock_with_password(PASSWORD)
        .unwrap();
    let path = f.profiles.vault_path(&f.profile);
    {
        let mut c = conn::open(&path, Some(&key)).unwrap();
        migrations::migrate_to(&mut c, migrations::CURRENT).unwrap();
        c.pragma_update(None, "user_version", migrations::CURRENT + 1)
            .unwrap();
    }
    let err = f.vault().unlock_with_password(PASSWORD).unwrap_err();
    assert_eq!(err.code(), mentora::Code::VaultTooNew);
}

/// v5 → v6 rebuilds the two summary tables to allow the device's and the local server's summaries:
/// every row and id survives, a chat's deletion still removes its sessions, and the CHECK still
/// refuses an unknown source.
#[test]
fn v5_summaries_survive_the_v6_rebuild_and_the_check_still_holds() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = conn::open(&dir.path().join("v.db"), None).unwrap();
    assert_eq!(migrations::migrate_to(&mut c, 5).unwrap(), 5);
    c.execute_batch(
        "INSERT INTO chats (id, title, created_at, updated_at) VALUES (1, 'a', 1, 2), (2, 'b', 1, 2);
         INSERT INTO chat_sessions (id, chat_id, first_message, last_message, started_at, ended_at, local_date,
           user_messages, summary, summary_source, sentiment_avg, emotion_json, ended_by) VALUES
           (7, 1, 1, 2, 1, 2, '2026-01-01', 1, 'by gemini', 'gemini', -0.5, '[0.1]', 'idle'),
           (9, 2, 3, 4, 3, 4, '2026-01-02', 2, 'local one', 'local', NULL, NULL, 'closed');
         INSERT INTO saved_reports (id, range_from, range_to, created_at, summary, summary_source, data_json)
           VALUES (5, '2026-01-01', '2026-01-07', 9, 'week', 'local', '{}');",
    )
    .unwrap();
    let dump = |c: &rusqlite::Connection| -> Vec<String> {
        let mut out = Vec::new();
        for t in ["chat_sessions", "saved_reports"] {
            let mut st = c
                .prepare(&format!("SELECT * FROM {t} ORDER BY id"))
                .unwrap();
            let n = st.column_count();
            let rows = st
                .query_map([], |r| {
                    Ok((0..n)
                        .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                        .collect::<Vec<_>>()
                        .join("|"))
                })
                .unwrap();
            out.extend(rows.map(|r| format!("{t}: {}", r.unwrap())));
        }
        out
    };
    let before = dump(&c);
    assert_eq!(migrations::migrate_to(&mut c, 6).unwrap(), 6);
    assert_eq!(dump(&c), before, "rows, ids and values intact");
    for src in ["device", "local_server"] {
        c.execute(
            "INSERT INTO chat_sessions (chat_id, first_message, last_message, started_at, ended_at, local_date,
               user_messages, summary, summary_source, ended_by) VALUES (1, 5, 6, 5, 6, '2026-01-03', 1, 's', ?1, 'idle')",
            [src],
        )
        .unwrap();
        c.execute(
            "INSERT INTO saved_reports (range_from, range_to, created_at, summary, summary_source, data_json)
               VALUES ('2026-01-01', '2026-01-07', 9, 'w', ?1, '{}')",
            [src],
        )
        .unwrap();
    }
    assert!(c
        .execute(
            "INSERT INTO saved_reports (range_from, range_to, created_at, summary, summary_source, data_json)
               VALUES ('2026-01-01', '2026-01-07', 9, 'w', 'someone', '{}')",
            [],
        )
        .is_err());
    c.execute("DELETE FROM chats WHERE id = 1", []).unwrap();
    let left: i64 = c
        .query_row("SELECT count(*) FROM chat_sessions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 1, "the cascade from chats still holds");
    let idx: i64 = c
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('chat_sessions_chat', 'reports_range')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(idx, 2);
}
