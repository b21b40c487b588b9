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
