//! Full-text search over the journal, gratitude and chats through the vault's FTS5 index (kept by
//! triggers, inside the encrypted file): ranked by BM25 (a title hit weighs twice), with the matching
//! words marked. What a person types is never FTS5 syntax: it is cut into words, each quoted, the
//! last one also matched as a prefix, all of them required.

use crate::error::{Error, Result};
use rusqlite::{params, Connection};
use serde::Serialize;

/// Most hits returned.
pub const MAX_HITS: usize = 200;
/// Words of a query that are used.
pub const MAX_WORDS: usize = 16;

text_enum! {
    /// What a hit is.
    HitKind as "HitKind", field "kind" {
        /// A journal entry.
        Journal = "journal",
        /// A gratitude item.
        Gratitude = "gratitude",
        /// A chat message.
        Message = "message",
    }
}

/// A piece of a snippet: matched words have `hit` set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SearchSpan {
    /// The text.
    pub text: String,
    /// Whether it matched the query.
    pub hit: bool,
}

/// One result.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SearchHit {
    /// Journal entry, gratitude item or message.
    pub kind: HitKind,
    /// Its id in its own table.
    pub id: i64,
    /// The chat of a message.
    pub chat_id: Option<i64>,
    /// Its local date.
    pub day: String,
    /// A journal entry's title ("" otherwise).
    pub title: String,
    /// Where it matched, the matching words marked (… where text was left out).
    pub snippet: Vec<SearchSpan>,
}

const OPEN: char = '\u{2}';
const CLOSE: char = '\u{3}';

/// A character of a word, as the index's tokenizer (unicode61) keeps it: letters, numbers, combining
/// marks (a decomposed accent stays inside its word) and private-use characters.
fn in_word(c: char) -> bool {
    c.is_alphanumeric()
        || unicode_normalization::char::is_combining_mark(c)
        || matches!(c as u32, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF)
}

/// The FTS5 query for what a person typed: `"w1" "w2"*` (None when it has no word in it). The text
/// is put in NFC first, as an editor would store it.
pub fn fts_query(typed: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let typed: String = typed.nfc().collect();
    let words: Vec<&str> = typed
        .split(|c: char| !in_word(c))
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .collect();
    let last = words.len().checked_sub(1)?;
    Some(
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let w: String = w.chars().take(64).collect();
                if i == last {
                    format!("\"{w}\"*")
                } else {
                    format!("\"{w}\"")
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Splits FTS5's snippet (matches between the two marker characters) into spans.
fn spans(marked: &str) -> Vec<SearchSpan> {
    let mut out = Vec::new();
    let mut hit = false;
    for part in marked.split([OPEN, CLOSE]) {
        if !part.is_empty() {
            out.push(SearchSpan {
                text: part.to_string(),
                hit,
            });
        }
        hit = !hit;
    }
    out
}

/// Longest query (characters).
pub const MAX_QUERY: usize = 500;

/// Up to `limit` (at most `MAX_HITS`) hits for `typed`, best first. Blank or longer than
/// `MAX_QUERY`: `input.invalid`; anything else (control characters pasted in included) is words or
/// nothing.
pub fn search(c: &Connection, typed: &str, limit: usize) -> Result<Vec<SearchHit>> {
    if typed.trim().is_empty() {
        return Err(Error::invalid("query", "type a word to find"));
    }
    if typed.chars().count() > MAX_QUERY {
        return Err(Error::invalid(
            "query",
            format!("at most {MAX_QUERY} characters"),
        ));
    }
    let Some(q) = fts_query(typed) else {
        return Ok(Vec::new());
    };
    let mut st = c.prepare_cached(
        "SELECT search_index.rowid, day, title, snippet(search_index, -1, char(2), char(3), '…', 16),
                messages.chat_id
         FROM search_index
         LEFT JOIN messages ON (search_index.rowid % 4 + 4) % 4 = 3
                           AND messages.id = (search_index.rowid - 3) / 4
         WHERE search_index MATCH ?1
         ORDER BY bm25(search_index, 0.0, 2.0, 1.0), search_index.rowid DESC LIMIT ?2",
    )?;
    let rows = st.query_map(params![q, limit.min(MAX_HITS) as i64], |r| {
        let rowid: i64 = r.get(0)?;
        let snippet: String = r.get(3)?;
        Ok(SearchHit {
            kind: match rowid.rem_euclid(4) {
                1 => HitKind::Journal,
                2 => HitKind::Gratitude,
                _ => HitKind::Message,
            },
            id: rowid.div_euclid(4),
            chat_id: r.get(4)?,
            day: r.get(1)?,
            title: r.get(2)?,
            snippet: spans(&snippet),
        })
    })?;
    let hits = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_is_never_fts_syntax() {
        assert_eq!(
            fts_query("walk by the sea").unwrap(),
            "\"walk\" \"by\" \"the\" \"sea\"*"
        );
        assert_eq!(
            fts_query("\"NEAR(a b)\" OR -x* [").unwrap(),
            "\"NEAR\" \"a\" \"b\" \"OR\" \"x\"*"
        );
        assert_eq!(fts_query("café"), Some("\"café\"*".into()));
        assert_eq!(fts_query("[ ] * \" ^ :"), None);
        assert_eq!(
            fts_query("nai\u{308}ve"),
            Some("\"naïve\"*".into()),
            "NFC first"
        );
        assert_eq!(
            fts_query("walk\u{0}\u{1b}[0m"),
            Some("\"walk\" \"0m\"*".into())
        );
        assert_eq!(fts_query(""), None);
    }

    #[test]
    fn marked_snippets_become_spans() {
        let s = spans("a long \u{2}walk\u{3} by the \u{2}sea\u{3}…");
        let hits: Vec<&str> = s
            .iter()
            .filter(|s| s.hit)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(hits, ["walk", "sea"]);
        assert_eq!(
            s.iter().map(|s| s.text.as_str()).collect::<String>(),
            "a long walk by the sea…"
        );
    }
}
