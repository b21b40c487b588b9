//! Full-text search (FTS5) inside the encrypted vault: journal, gratitude and chats found, ranked and
//! marked; edits and deletes keep the index in step; a known plaintext written everywhere is in no
//! file of the profile, open or locked; typed FTS5 syntax and junk are words, never errors; a vault
//! from before the index gets its rows indexed by the migration.

use crate::common::vault::{count, entry, snapshot, Fixture};
use mentora::vault::repo::chats::{self, Sender, Status};
use mentora::vault::repo::search::{self, HitKind};
use mentora::vault::repo::{gratitude, journal};
use mentora::vault::Stamp;

fn kinds(hits: &[search::SearchHit]) -> Vec<(HitKind, i64)> {
    hits.iter().map(|h| (h.kind, h.id)).collect()
}

#[test]
fn search_finds_ranks_marks_and_follows_edits() {
    let f = Fixture::new("Finder");
    let v = f.unlocked();
    let now = Stamp::now();
    let (body, titled, grat, msg, chat) = v
        .with_conn(|c| {
            let body = journal::add(
                c,
                &entry("", "A long walk by the harbour with Mara.", &["outdoors"]),
                &now,
            )?;
            let titled = journal::add(c, &entry("Harbour morning", "coffee and quiet", &[]), &now)?;
            let grat = gratitude::add(c, "Mara's café au lait", &now)?;
            let chat = chats::create(c, "evening", &now)?;
            let msg = chats::add_message(
                c,
                chat.id,
                Sender::User,
                "I keep thinking about the harbour",
                Status::Sent,
                None,
                &now,
            )?;
            Ok((body, titled, grat, msg, chat))
        })
        .unwrap();
    let hits = v.with_conn(|c| search::search(c, "harbour", 50)).unwrap();
    assert_eq!(hits.len(), 3, "{hits:?}");
    assert_eq!(hits[0].kind, HitKind::Journal);
    assert_eq!(hits[0].id, titled.id, "a title hit ranks first");
    assert_eq!(hits[0].title, "Harbour morning");
    let m = hits.iter().find(|h| h.kind == HitKind::Message).unwrap();
    assert_eq!((m.id, m.chat_id), (msg.id, Some(chat.id)));
    let b = hits
        .iter()
        .find(|h| h.id == body.id && h.kind == HitKind::Journal)
        .unwrap();
    let marked: Vec<&str> = b
        .snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked, ["harbour"]);
    // Diacritics folded, tags found, the last word as a prefix, every word required.
    let hits = v.with_conn(|c| search::search(c, "cafe", 50)).unwrap();
    assert_eq!(kinds(&hits), [(HitKind::Gratitude, grat.id)]);
    let hits = v.with_conn(|c| search::search(c, "outdoors", 50)).unwrap();
    assert_eq!(kinds(&hits), [(HitKind::Journal, body.id)]);
    let hits = v.with_conn(|c| search::search(c, "walk harb", 50)).unwrap();
    assert_eq!(kinds(&hits), [(HitKind::Journal, body.id)]);
    let hits = v.with_conn(|c| search::search(c, "mara", 50)).unwrap();
    assert_eq!(hits.len(), 2);

    // Edits and deletes keep the index in step; a streamed reply is found by its final text.
    v.with_conn(|c| {
        journal::update(
            c,
            body.id,
            &entry("", "A long swim in the lake.", &[]),
            &now,
        )?;
        chats::delete_message(c, msg.id)?;
        let reply = chats::add_message(
            c,
            chat.id,
            Sender::Assistant,
            "",
            Status::Partial,
            None,
            &now,
        )?;
        chats::set_message(c, reply.id, "That sounds", Status::Partial)?;
        chats::set_message(c, reply.id, "That sounds peaceful", Status::Sent)?;
        Ok(())
    })
    .unwrap();
    let hits = v.with_conn(|c| search::search(c, "harbour", 50)).unwrap();
    assert_eq!(kinds(&hits), [(HitKind::Journal, titled.id)]);
    assert_eq!(
        v.with_conn(|c| search::search(c, "lake", 50))
            .unwrap()
            .len(),
        1
    );
    let hits = v.with_conn(|c| search::search(c, "peaceful", 50)).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].kind, HitKind::Message);
    v.with_conn(|c| journal::delete(c, titled.id)).unwrap();
    assert!(v
        .with_conn(|c| search::search(c, "harbour", 50))
        .unwrap()
        .is_empty());
}

/// What a person might type, including FTS5's own syntax and junk: words or nothing, never an error.
#[test]
fn typed_syntax_and_junk_are_never_errors() {
    let f = Fixture::new("Typist");
    let v = f.unlocked();
    v.with_conn(|c| {
        journal::add(
            c,
            &entry("", "near the OR gate, a-b testing", &[]),
            &Stamp::now(),
        )
    })
    .unwrap();
    for q in [
        "[",
        "\"",
        "\"unterminated",
        "NEAR(a b",
        "a OR",
        "OR",
        "-gate",
        "*",
        "^gate",
        "gate:",
        "title:gate",
        "(((",
        "a AND NOT",
        "\u{0}",
        "🙂",
        "ｇａｔｅ",
        "'; DROP TABLE journal_entries; --",
    ] {
        let r = v.with_conn(|c| search::search(c, q, 50));
        assert!(r.is_ok(), "{q:?}: {r:?}");
    }
    assert_eq!(
        v.with_conn(|c| search::search(c, "OR gate", 50))
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        v.with_conn(|c| search::search(c, "-gate", 50))
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        v.with_conn(|c| search::search(c, "ｇａｔｅ", 50))
            .unwrap()
            .len(),
        0,
        "full-width is not folded by unicode61"
    );
    // Blank or too long: the usual clear error.
    let e = v.with_conn(|c| search::search(c, "   ", 50)).unwrap_err();
    assert_eq!(e.code().as_str(), "input.invalid", "{e}");
    let e = v
        .with_conn(|c| search::search(c, &"a".repeat(501), 50))
        .unwrap_err();
    assert!(e.message().starts_with("query:"), "{e}");
    // Random bytes as text.
    let mut x = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..300 {
        let s: String = (0..24)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                char::from_u32((x % 0x3000) as u32).unwrap_or('?')
            })
            .collect();
        if s.trim().is_empty() {
            continue;
        }
        let r = v.with_conn(|c| search::search(c, &s, 50));
        assert!(r.is_ok(), "{s:?}: {r:?}");
    }
}

/// The index is a table inside the encrypted file: a word written into the journal, gratitude and a
/// chat, then searched (so the index holds it), is in no file of the profile, open or locked.
#[test]
fn the_index_holds_no_plaintext_anywhere() {
    const WORD: &str = "quokkaspindle";
    let f = Fixture::new("Sealed");
    let v = f.unlocked();
    let now = Stamp::now();
    v.with_conn(|c| {
        journal::add(
            c,
            &entry(
                &format!("{WORD} title"),
                &format!("about {WORD} today"),
                &[WORD],
            ),
            &now,
        )?;
        gratitude::add(c, &format!("the {WORD}"), &now)?;
        let chat = chats::create(c, "evening", &now)?;
        chats::add_message(
            c,
            chat.id,
            Sender::User,
            &format!("{WORD}!"),
            Status::Sent,
            None,
            &now,
        )?;
        Ok(())
    })
    .unwrap();
    assert_eq!(
        v.with_conn(|c| search::search(c, WORD, 50)).unwrap().len(),
        3
    );
    let check = |when: &str| {
        let files = snapshot(&f.profile_dir());
        assert!(!files.is_empty());
        for (path, bytes) in &files {
            for needle in [WORD.as_bytes(), b"quokkaspind", b"search_index"] {
                assert_eq!(
                    count(bytes, needle),
                    0,
                    "{when}: {} holds {:?}",
                    path.display(),
                    String::from_utf8_lossy(needle)
                );
            }
        }
        files.len()
    };
    check("open");
    v.lock();
    check("locked");
    let names: Vec<String> = snapshot(&f.profile_dir())
        .iter()
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| !n.contains("fts") && !n.contains("index")),
        "no index file beside the vault: {names:?}"
    );
}

/// A v6 vault (before the index) with rows: the migration indexes them.
#[test]
fn the_migration_indexes_rows_written_before_it() {
    use mentora::vault::migrations;
    let mut c = rusqlite::Connection::open_in_memory().unwrap();
    migrations::migrate_to(&mut c, 6).unwrap();
    let now = Stamp::now();
    journal::add(
        &c,
        &entry("Old title", "an old entry about otters", &["river"]),
        &now,
    )
    .unwrap();
    gratitude::add(&c, "old otters", &now).unwrap();
    migrations::migrate_to(&mut c, migrations::CURRENT).unwrap();
    let hits = search::search(&c, "otters", 50).unwrap();
    assert_eq!(hits.len(), 2);
    assert_eq!(search::search(&c, "river", 50).unwrap().len(), 1);
    assert_eq!(
        search::search(&c, "old title", 50).unwrap()[0].title,
        "Old title"
    );
}
