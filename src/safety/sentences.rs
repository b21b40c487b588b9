//! The sentences of a text as the crisis detector's linear and semantic layers read them: NFKC,
//! invisible characters dropped, short sentences joined, long ones cut, repeats read once, and a
//! long text's sentences spread evenly over it.

use super::normalize;
use std::collections::HashSet;
use unicode_normalization::UnicodeNormalization;

/// A sentence shorter than this many words is read together with the next one ("morire? ma…").
pub const MIN_WORDS: usize = 4;
/// A sentence longer than this many words is read in pieces of this many words.
pub const MAX_WORDS: usize = 20;
/// Bytes of a sentence kept (far more than [`super::semantic::MAX_TOKENS`] word pieces need).
pub const MAX_WINDOW_BYTES: usize = 1024;
/// Sentences looked at (context-checked, ranked by their crisis words) in a long text, spread evenly.
pub const MAX_CANDIDATES: usize = 256;

/// The largest char boundary of `s` at or before `i`.
pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// At most `n` items of `v`, spread evenly from its first to its last.
pub fn spread<T>(v: Vec<T>, n: usize) -> Vec<T> {
    let total = v.len();
    if total <= n {
        return v;
    }
    if n == 1 {
        return v.into_iter().take(1).collect();
    }
    let keep: HashSet<usize> = (0..n)
        .map(|i| (i * (total - 1) + (n - 1) / 2) / (n - 1))
        .collect();
    v.into_iter()
        .enumerate()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, x)| x)
        .collect()
}

/// The sentences of `text` as the encoder reads them (NFKC, invisible characters dropped; short
/// sentences joined to the next, long ones cut into pieces of [`MAX_WORDS`] words; repeats read
/// once), at most [`MAX_CANDIDATES`] spread evenly; and how many there were in all.
pub fn windows(text: &str) -> (Vec<String>, usize) {
    let clean: String = text
        .nfkc()
        .filter(|&c| !normalize::invisible(c))
        .map(|c| if c != '\n' && c.is_control() { ' ' } else { c })
        .collect();
    let mut sentences: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut it = clean.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        let end = c == '\n'
            || (matches!(c, '.' | '!' | '?' | ';' | '…') && next.is_none_or(|n| n.is_whitespace()));
        if end {
            let j = i + c.len_utf8();
            sentences.push(&clean[start..j]);
            start = j;
        }
    }
    sentences.push(&clean[start..]);
    let mut out: Vec<String> = Vec::new();
    let mut buf: Vec<&str> = Vec::new();
    for s in sentences {
        if !s.chars().any(char::is_alphanumeric) {
            continue;
        }
        buf.extend(s.split_whitespace());
        if buf.len() >= MIN_WORDS {
            for piece in buf.chunks(MAX_WORDS) {
                out.push(piece.join(" "));
            }
            buf.clear();
        }
    }
    if !buf.is_empty() {
        match out.last_mut() {
            Some(last) if last.split_whitespace().count() + buf.len() <= MAX_WORDS => {
                last.push(' ');
                last.push_str(&buf.join(" "));
            }
            _ => out.push(buf.join(" ")),
        }
    }
    for w in &mut out {
        if w.len() > MAX_WINDOW_BYTES {
            w.truncate(floor_char_boundary(w, MAX_WINDOW_BYTES));
        }
    }
    let mut seen = HashSet::new();
    out.retain(|w| seen.insert(w.to_lowercase()));
    let total = out.len();
    (spread(out, MAX_CANDIDATES), total)
}
