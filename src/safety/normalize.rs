//! Text as the crisis detector reads it: Unicode NFKC (full-width and compatibility forms), invisible
//! characters removed (zero-width, soft hyphen), case folded, accents and look-alike letters folded to
//! Latin, leetspeak inside words undone, apostrophes dropped ("don't" = "dont"), repeated letters
//! squeezed ("dieeee" = "die", and "kill" = "kil" on both sides), spaced-out letters joined
//! ("k i l l" = "kill"). Clause breaks (. , ; : ! ? and "but") are kept as boundaries, and each token
//! knows whether it stands inside quotation marks.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// One word of the normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The normalized word (squeezed); [`BREAK`] for a clause boundary.
    pub text: String,
    /// Inside quotation marks in the original.
    pub quoted: bool,
}

/// The token standing for a clause boundary.
pub const BREAK: &str = "|";

/// Longest text read, in bytes: a longer text is read in overlapping pieces of this size.
pub const PIECE: usize = 16 * 1024;

/// Zero-width and other invisible characters (soft hyphen, joiners, direction marks, BOM).
pub(crate) fn invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

/// Cyrillic and Greek letters that look like Latin ones.
fn latin_lookalike(c: char) -> char {
    match c {
        'а' => 'a',
        'в' => 'b',
        'е' | 'ё' => 'e',
        'к' => 'k',
        'м' => 'm',
        'н' => 'h',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'т' => 't',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ї' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'ԁ' => 'd',
        'ӏ' => 'l',
        'ɩ' => 'i',
        'ı' => 'i',
        'α' => 'a',
        'β' => 'b',
        'ε' => 'e',
        'ι' => 'i',
        'κ' => 'k',
        'ν' => 'v',
        'ο' => 'o',
        'ρ' => 'p',
        'τ' => 't',
        'υ' => 'u',
        'χ' => 'x',
        'ß' => 's',
        'ø' => 'o',
        'æ' => 'a',
        'œ' => 'o',
        'ł' => 'l',
        'đ' => 'd',
        _ => c,
    }
}

/// Digits and symbols that stand for letters inside a word.
fn leet(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' | '!' | '|' => 'i',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' | '+' => 't',
        '*' => 'i',
        _ => return None,
    })
}

fn quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‟' | '〝' | '〞')
}

fn clause_mark(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | '\n' | '…' | '(' | ')' | '—' | '–'
    )
}

fn apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`' | '´' | 'ʼ')
}

/// Elided words (French, Italian) that stand apart from what follows the apostrophe.
const ELIDED: &[&str] = &[
    "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "dell", "nell",
    "all", "dall", "sull", "un", "quell", "quest", "gl", "cent", "tutt",
];

/// Spellings and slang read as the standard word (after squeezing repeated letters).
const ALIASES: &[(&str, &str)] = &[
    ("abt", "about"),
    ("bout", "about"),
    ("thinkin", "thinking"),
    ("endin", "ending"),
    ("kilin", "kiling"),
    ("tonite", "tonight"),
    ("2nite", "tonight"),
    ("ded", "dead"),
    ("wuold", "would"),
    ("woud", "would"),
    ("myslef", "myself"),
    ("mysef", "myself"),
    ("myslf", "myself"),
    ("sucide", "suicide"),
    ("suicde", "suicide"),
    ("suiside", "suicide"),
    ("sucidal", "suicidal"),
    ("suicdal", "suicidal"),
    ("umbrigen", "umbringen"),
    ("kiero", "quiero"),
    ("nn", "non"),
    ("jveux", "je veux"),
    ("jpeux", "je peux"),
    ("chui", "je suis"),
    ("jsuis", "je suis"),
    ("iwantodie", "i want to die"),
    ("iwanadie", "i wana die"),
    ("wantodie", "want to die"),
    ("kilmyself", "kil myself"),
    ("endmylife", "end my life"),
    ("wana", "wana"),
    ("imma", "im gona"),
    ("ima", "im gona"),
    ("gona", "gona"),
    ("tryna", "trying to"),
    ("u", "you"),
    ("ur", "your"),
];

/// Words that break a clause like punctuation does.
const BUT: &[&str] = &[
    "but", "aber", "sondern", "mais", "pero", "sino", "ma", "maar", "though", "although",
];

/// Squeezes runs of the same letter to one.
pub fn squeeze(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut last = None;
    for c in w.chars() {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// Folds one word the way every text is folded (used for the rules too).
pub fn fold_word(w: &str) -> String {
    let mut s = String::new();
    for c in w.nfkc().flat_map(char::to_lowercase) {
        if invisible(c) || apostrophe(c) {
            continue;
        }
        for d in std::iter::once(c).nfd() {
            if !is_combining_mark(d) {
                s.push(latin_lookalike(d));
            }
        }
    }
    squeeze(&s)
}

/// The tokens of `text` (at most [`PIECE`] bytes are expected; see [`pieces`]).
pub fn tokens(text: &str) -> Vec<Token> {
    // 1. Characters: NFKC, invisible ones dropped, lower case, accents and look-alikes folded.
    let mut chars: Vec<char> = Vec::with_capacity(text.len());
    for c in text.nfkc().flat_map(char::to_lowercase) {
        if invisible(c) {
            continue;
        }
        if c.is_ascii() {
            chars.push(c);
            continue;
        }
        for d in std::iter::once(c).nfd() {
            if !is_combining_mark(d) {
                chars.push(latin_lookalike(d));
            }
        }
    }
    // 2. Raw words: letters, digits, leet symbols and apostrophes inside a word; quotes tracked.
    let mut raw: Vec<(String, bool)> = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let flush = |word: &mut String, raw: &mut Vec<(String, bool)>, quoted: bool| {
        if !word.is_empty() {
            raw.push((std::mem::take(word), quoted));
        }
    };
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        if c.is_alphanumeric() {
            word.push(c);
        } else if apostrophe(c) && !word.is_empty() && next.is_some_and(char::is_alphanumeric) {
            // "don't" = "dont", "I'm" = "im"; French and Italian elision splits: "j'ai" = "j ai".
            if ELIDED.contains(&word.as_str()) {
                flush(&mut word, &mut raw, quoted);
            }
        } else if leet(c).is_some()
            && (prev.is_some_and(char::is_alphabetic) || next.is_some_and(char::is_alphabetic))
            && !matches!(c, '!' | '|' | '+')
            || (matches!(c, '!' | '|' | '+')
                && prev.is_some_and(char::is_alphabetic)
                && next.is_some_and(char::is_alphabetic))
        {
            word.push(c);
        } else {
            flush(&mut word, &mut raw, quoted);
            if quote_mark(c) {
                quoted = !quoted;
            } else if clause_mark(c)
                && !(c == '.'
                    && next.is_some_and(char::is_alphabetic)
                    && prev.is_some_and(char::is_alphabetic))
            {
                raw.push((BREAK.to_string(), quoted));
            }
        }
    }
    flush(&mut word, &mut raw, quoted);
    // 3. Leetspeak inside words that have letters ("k1ll", "mys3lf"), repeated letters squeezed.
    let mut out: Vec<Token> = Vec::with_capacity(raw.len());
    for (w, quoted) in raw {
        if w == BREAK {
            if out.last().is_none_or(|t| t.text != BREAK) {
                out.push(Token { text: w, quoted });
            }
            continue;
        }
        let letters = w.chars().any(char::is_alphabetic);
        let w: String = if letters {
            w.chars().map(|c| leet(c).unwrap_or(c)).collect()
        } else {
            w
        };
        let w = squeeze(&w);
        if BUT.contains(&w.as_str()) {
            out.push(Token {
                text: BREAK.to_string(),
                quoted,
            });
        } else if let Some((_, to)) = ALIASES.iter().find(|(from, _)| *from == w) {
            for part in to.split(' ') {
                out.push(Token {
                    text: part.to_string(),
                    quoted,
                });
            }
        } else {
            out.push(Token { text: w, quoted });
        }
    }
    let mut out2 = Vec::with_capacity(out.len());
    for t in join_spaced(out) {
        match ALIASES.iter().find(|(from, _)| *from == t.text) {
            Some((_, to)) => out2.extend(to.split(' ').map(|p| Token {
                text: p.to_string(),
                quoted: t.quoted,
            })),
            None => out2.push(t),
        }
    }
    out2
}

/// "k i l l myself" → "kil myself": three or more one-letter tokens in a row are one word.
fn join_spaced(tokens: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut run: Vec<Token> = Vec::new();
    let single = |t: &Token| t.text.chars().count() == 1 && t.text.chars().all(char::is_alphabetic);
    let end_run = |run: &mut Vec<Token>, out: &mut Vec<Token>| {
        if run.len() >= 3 {
            let text = squeeze(&run.iter().map(|t| t.text.as_str()).collect::<String>());
            out.push(Token {
                text,
                quoted: run[0].quoted,
            });
        } else {
            out.append(run);
        }
        run.clear();
    };
    for t in tokens {
        if single(&t) {
            run.push(t);
        } else {
            end_run(&mut run, &mut out);
            out.push(t);
        }
    }
    end_run(&mut run, &mut out);
    out
}

/// Splits a long text into overlapping pieces of at most [`PIECE`] bytes (on char boundaries), so a
/// phrase cut by one piece's end is whole in the next.
pub fn pieces(text: &str) -> Vec<&str> {
    if text.len() <= PIECE {
        return vec![text];
    }
    let overlap = 512;
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + PIECE).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        out.push(&text[start..end]);
        if end == text.len() {
            break;
        }
        let mut next = end.saturating_sub(overlap).max(start + 1);
        while !text.is_char_boundary(next) {
            next += 1;
        }
        start = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokens(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn tricks_fold_to_the_same_words() {
        let want = words("kill myself");
        for s in [
            "ｋｉｌｌ ｍｙｓｅｌｆ",
            "ki\u{00AD}ll myself",
            "k\u{200B}ill myself",
            "KILL MYSELF",
            "k1ll mys3lf",
            "k i l l myself",
            "killl myselfff",
            "кill myself",
        ] {
            assert_eq!(words(s), want, "{s}");
        }
        assert_eq!(words("I don't"), words("i dont"));
        assert_eq!(
            words("Ich bringe mich um."),
            vec!["ich", "bringe", "mich", "um", "|"]
        );
        assert_eq!(words("müde"), vec!["mude"]);
        assert_eq!(words("2026 was ok"), vec!["2026", "was", "ok"]);
    }

    #[test]
    fn quotes_and_clauses_are_kept() {
        let t = tokens("she sang \"I want to die\", but I laughed");
        assert!(t.iter().find(|t| t.text == "die").unwrap().quoted);
        assert!(!t.iter().find(|t| t.text == "laughed").unwrap().quoted);
        assert!(t.iter().filter(|t| t.text == BREAK).count() >= 1);
    }

    #[test]
    fn long_text_is_read_in_overlapping_pieces() {
        let text = "é".repeat(40_000);
        let p = pieces(&text);
        assert!(p.len() > 1 && p.iter().all(|s| s.len() <= PIECE));
        assert!(p.last().unwrap().ends_with('é'));
    }
}
