//! Phone numbers: digit groups checked with the `phonenumber` crate for the locales' regions, plus sure shapes.

use super::{Hit, Kind};
use phonenumber::country::Id;
use regex::Regex;
use std::sync::OnceLock;

/// Regions tried for numbers written without a country code.
const REGIONS: &[Id] = &[
    Id::DE,
    Id::GB,
    Id::US,
    Id::FR,
    Id::ES,
    Id::IT,
    Id::NL,
    Id::BE,
    Id::AT,
    Id::CH,
    Id::MX,
    Id::PT,
    Id::IE,
    Id::LU,
    Id::PL,
    Id::AU,
];

/// Library checks per text before numbers are judged by their shape alone (keeps long texts fast).
const CHECK_BUDGET: usize = 4000;

/// Most digit groups one number spans.
const MAX_GROUPS: usize = 8;

struct Shapes {
    date: Regex,
    year_range: Regex,
    thousands: Regex,
    ip: Regex,
    decimal: Regex,
    nanp: Regex,
}

fn shapes() -> &'static Shapes {
    static S: OnceLock<Shapes> = OnceLock::new();
    S.get_or_init(|| {
        let re = |p: &str| Regex::new(p).expect("phone shape");
        Shapes {
            date: re(
                r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$",
            ),
            year_range: re(r"^(?:19|20)\d\d ?[-/] ?(?:(?:19|20)\d\d|\d\d)$"),
            thousands: re(r"^(?:\d{1,3}(?:[.,]\d{3}){2,}|[1-9]\d? \d{3} \d{3}(?: \d{3})*)$"),
            ip: re(r"^\d{1,3}(?:\.\d{1,3}){3}$"),
            decimal: re(r"^[1-9]\d{0,2}\.\d{5,}$"),
            nanp: re(r"^\(?[2-9]\d{2}\)?[-. ]?\d{3}[-. ]\d{4}$"),
        }
    })
}

struct Group {
    start: usize,
    end: usize,
}

/// Whether the text between two digit groups can sit inside one phone number.
fn joinable(sep: &str) -> bool {
    !sep.is_empty()
        && sep.len() <= 3
        && sep.bytes().all(|b| b" -./()".contains(&b))
        && sep.bytes().filter(|b| b"-./".contains(b)).count() <= 1
}

/// Compiled patterns `phonenumber` may keep: every region in [`REGIONS`] needs ~20-40 (numbering
/// plan, types, prefixes, formats), so its default of 100 made the regions evict each other and
/// every number compile them again (~0.3 s per text; found by the `redact` fuzz target).
const PATTERN_CACHE: usize = 4096;

/// Grows the library's shared pattern cache once (its capacity is fixed at 100 when it is built).
fn grow_pattern_cache() {
    static DONE: std::sync::Once = std::sync::Once::new();
    DONE.call_once(|| {
        let cache = phonenumber::metadata::DATABASE.cache();
        let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
        if cache.capacity() < PATTERN_CACHE {
            cache.set_capacity(PATTERN_CACHE);
        }
    });
}

/// Phone numbers in `t` (a normalised view, so digits are ASCII).
pub(crate) fn phones(t: &str, out: &mut Vec<Hit>) {
    grow_pattern_cache();
    let b = t.as_bytes();
    let mut groups: Vec<Group> = Vec::new();
    let mut i = 0;
    let mut budget = CHECK_BUDGET;
    let flush = |groups: &mut Vec<Group>, out: &mut Vec<Hit>, budget: &mut usize| {
        if !groups.is_empty() {
            chain(t, groups, out, budget);
            groups.clear();
        }
    };
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            // A digit run glued to letters (A4, 3am, PHQ-9's "9" is fine) cannot start a number.
            let glued_before = s > 0 && (b[s - 1].is_ascii_alphabetic() || b[s - 1] == b'_');
            if let Some(last) = groups.last() {
                if glued_before || !joinable(&t[last.end..s]) {
                    flush(&mut groups, out, &mut budget);
                }
            }
            if glued_before {
                continue;
            }
            groups.push(Group { start: s, end: i });
        } else {
            i += 1;
        }
    }
    flush(&mut groups, out, &mut budget);
}

/// (digits covered, -numbers) from a group on, and the window taken there: (end group, range).
type Step = ((usize, isize), Option<(usize, std::ops::Range<usize>)>);

/// The numbers in one run of joinable groups: the split that covers the most digits with valid
/// numbers (fewest numbers on a tie), so `030 1234567 / 0176 1234567` is two numbers.
fn chain(t: &str, g: &[Group], out: &mut Vec<Hit>, budget: &mut usize) {
    let n = g.len();
    // best[i]: (digits covered, -numbers) from group i on, and the window taken at i (if any).
    let mut best: Vec<Step> = vec![((0, 0), None); n + 1];
    for i in (0..n).rev() {
        let mut here = (best[i + 1].0, None);
        for j in i + 1..=n.min(i + MAX_GROUPS) {
            if let Some(r) = window(t, &g[i..j], budget) {
                let digits: usize = g[i..j].iter().map(|x| x.end - x.start).sum();
                let score = (best[j].0 .0 + digits, best[j].0 .1 - 1);
                if score > here.0 {
                    here = (score, Some((j, r)));
                }
            }
        }
        best[i] = here;
    }
    let mut i = 0;
    while i < n {
        match &best[i].1 {
            Some((j, r)) => {
                out.push((r.clone(), Kind::Phone));
                i = *j;
            }
            None => i += 1,
        }
    }
}

/// The range of `g` as a phone number, if it is one.
fn window(t: &str, g: &[Group], budget: &mut usize) -> Option<std::ops::Range<usize>> {
    let b = t.as_bytes();
    let first = &g[0];
    let last = &g[g.len() - 1];
    let mut start = first.start;
    let paren = start > 0 && b[start - 1] == b'(';
    if paren {
        start -= 1;
    }
    let mut plus = false;
    if start > 0 && b[start - 1] == b'+' {
        start -= 1;
        plus = true;
    } else if start > 1 && b[start - 1] == b' ' && b[start - 2] == b'+' {
        start -= 2;
        plus = true;
    }
    if plus && start > 0 && b[start - 1].is_ascii_alphanumeric() {
        // "C++11" and the like.
        return None;
    }
    let body = &t[first.start..last.end];
    let sh = shapes();
    if !plus
        && (sh.date.is_match(body)
            || sh.year_range.is_match(body)
            || sh.thousands.is_match(body)
            || sh.ip.is_match(body)
            || sh.decimal.is_match(body))
    {
        return None;
    }
    let mut digits = String::new();
    for (k, gr) in g.iter().enumerate() {
        let d = &t[gr.start..gr.end];
        let trunk = k == 1
            && d == "0"
            && gr.start > 0
            && b[gr.start - 1] == b'('
            && b.get(gr.end) == Some(&b')');
        if !(trunk && (plus || first_is_00(t, first))) {
            digits.push_str(d);
        }
    }
    let intl = plus || digits.starts_with("00");
    if intl && !plus {
        digits.drain(..2);
    }
    let n = digits.len();
    let end = last.end;
    if !(6..=15).contains(&n) || b.get(end).is_some_and(|c| c.is_ascii_alphabetic()) {
        // "12345678abc" is not a phone number.
        return None;
    }
    if n < if intl { 7 } else { 8 } {
        // Short local numbers only where the text says it is a number (`phone: 555-0100`).
        return (!intl && n >= 6 && g.len() > 1 && phone_word_before(t, start))
            .then_some(start..end);
    }
    if *budget == 0 {
        // Out of library checks: judge by shape (over-redacts rather than leaks).
        return (intl || digits.starts_with('0') || g.len() > 1).then_some(start..end);
    }
    if intl {
        *budget = budget.saturating_sub(1);
        // A known country code is enough: fiction and new ranges are still someone's number (so
        // only the code is looked up: parsing and validating compile the country's patterns).
        let known = (1..=3).any(|k| {
            digits.len() > k + 3
                && digits[..k]
                    .parse::<u16>()
                    .is_ok_and(|code| phonenumber::metadata::DATABASE.by_code(&code).is_some())
        });
        return known.then_some(start..end);
    }
    for &region in REGIONS {
        if *budget == 0 {
            break;
        }
        *budget -= 1;
        if let Ok(p) = phonenumber::parse(Some(region), &digits) {
            if p.is_valid() {
                return Some(start..end);
            }
        }
    }
    // Shapes that are phone numbers even outside the library's ranges.
    let area_paren = paren && g.len() > 1 && (2..=5).contains(&(first.end - first.start));
    let trunk_zero = digits.starts_with('0') && (9..=12).contains(&n);
    let nanp = sh.nanp.is_match(&t[start..end]);
    (area_paren || trunk_zero || nanp).then_some(start..end)
}

/// Words that announce a phone number, in the six languages.
const PHONE_WORDS: &[&str] = &[
    "tel",
    "phone",
    "number",
    "call",
    "ring",
    "text me",
    "mobile",
    "cell",
    "fax",
    "whatsapp",
    "handy",
    "telefon",
    "nummer",
    "ruf",
    "anrufen",
    "appel",
    "téléphone",
    "portable",
    "numéro",
    "llama",
    "teléfono",
    "móvil",
    "movil",
    "número",
    "chiama",
    "cellulare",
    "telefono",
    "numero",
    "bel ",
    "bellen",
    "mobiel",
    "fijo",
    "festnetz",
    "fisso",
    "vaste",
    "fixe",
];

fn phone_word_before(t: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(32);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let before = t[from..start].to_lowercase();
    PHONE_WORDS.iter().any(|w| before.contains(w))
}

fn first_is_00(t: &str, first: &Group) -> bool {
    t[first.start..first.end].starts_with("00")
}
