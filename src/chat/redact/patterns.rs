//! Finders safe alone or after a checksum: e-mail, profile links, IPs, IBANs, cards, national ids.

use super::checks;
use super::{Hit, Kind};
use regex::Regex;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::ops::Range;
use std::sync::OnceLock;

fn re(p: &str) -> Regex {
    Regex::new(p).expect("redaction pattern")
}

/// The character before `at` (None at the start).
pub(crate) fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

/// The character at `at` (None at the end).
pub(crate) fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Ranges of `t` around `anchors` (`before`/`after` bytes, widened to whitespace within 64 bytes,
/// merged), so keyword patterns run on a few windows instead of the whole text. `anchors` must
/// come in increasing order.
pub(crate) fn windows(
    t: &str,
    anchors: impl IntoIterator<Item = Range<usize>>,
    before: usize,
    after: usize,
) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for a in anchors {
        let floor = out.last().map_or(0, |w| w.end);
        let mut s = a.start.saturating_sub(before).max(floor.min(a.start));
        let limit = s.saturating_sub(64).max(floor.min(s));
        while s > limit && !(t.is_char_boundary(s) && t[..s].ends_with(char::is_whitespace)) {
            s -= 1;
        }
        while !t.is_char_boundary(s) {
            s += 1;
        }
        let mut e = (a.end + after).min(t.len());
        let limit = (e + 64).min(t.len());
        while e < limit && !(t.is_char_boundary(e) && t[e..].starts_with(char::is_whitespace)) {
            e += 1;
        }
        while !t.is_char_boundary(e) {
            e += 1;
        }
        match out.last_mut() {
            Some(w) if s <= w.end => w.end = w.end.max(e),
            _ => out.push(s..e),
        }
    }
    out
}

/// Digit runs (anchors for patterns that need a number).
pub(crate) fn digit_runs(t: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let b = t.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !b[i].is_ascii_digit() {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        Some(s..i)
    })
}

fn alnum_at(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

struct Res {
    email: Regex,
    email_obf: Regex,
    url: Regex,
    ipv4: Regex,
    ipv6: Regex,
    iban: Regex,
    card: Regex,
    ni: Regex,
    ssn: Regex,
    digits11: Regex,
    bsn: Regex,
    dni: Regex,
    cf: Regex,
    nir: Regex,
}

fn res() -> &'static Res {
    static R: OnceLock<Res> = OnceLock::new();
    R.get_or_init(|| {
        let w = r"[\p{L}\p{M}\p{N}]";
        Res {
            email: re(&format!(
                r"(?:{w}|[_%+-])(?:(?:{w}|[._%+-])*(?:{w}|[_%+-]))?@(?:{w}(?:(?:{w}|-)*{w})?\.)+\p{{L}}{{2,}}"
            )),
            // robin (at) example (dot) org, robin[at]example.org
            email_obf: re(&format!(
                r"(?i)(?:{w}|[._%+-])+\s*(?:\(at\)|\[at\]|\{{at\}}|<at>|\s(?:at|chez|bei|arroba|chiocciola|apenstaart)\s)\s*{w}+(?:-{w}+)*(?:\s*(?:\(dot\)|\[dot\]|\{{dot\}}|<dot>|\.|\s(?:dot|punkt|point|punto|punt)\s)\s*{w}+(?:-{w}+)*)+"
            )),
            url: re(
                r"(?i)(?:https?://)?(?:www\.|[a-z]{2}\.|m\.|mobile\.)?(?:linkedin\.com/(?:in|pub|profile)/|instagram\.com/|instagr\.am/|tiktok\.com/@|github\.com/|gitlab\.com/|xing\.com/profile/|(?:twitter|x)\.com/|facebook\.com/|fb\.com/|threads\.(?:net|com)/@|youtube\.com/(?:@|c/|channel/|user/)|snapchat\.com/add/|pinterest\.[a-z.]+/|reddit\.com/u(?:ser)?/|medium\.com/@|t\.me/|vk\.com/|bsky\.app/profile/|linktr\.ee/|soundcloud\.com/|twitch\.tv/|patreon\.com/|onlyfans\.com/|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/@)[\p{L}\p{N}_.%@~-]+(?:/[\p{L}\p{N}_.%@~-]*)*(?:\?[\p{L}\p{N}_.%=&-]*)?",
            ),
            ipv4: re(r"\d{1,3}(?:\.\d{1,3}){3}"),
            ipv6: re(r"(?i)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}"),
            iban: re(r"(?i)(?-u:\b)[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,32}"),
            card: re(r"\d(?:[ -]?\d){12,18}"),
            ni: re(r"(?-u:\b)[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?-u:\b)"),
            ssn: re(r"(?-u:\b)\d{3}(?:-\d{2}-|\s\d{2}\s)\d{4}(?-u:\b)"),
            digits11: re(r"(?-u:\b)\d{2} ?\d{3} ?\d{3} ?\d{3}(?-u:\b)"),
            bsn: re(r"(?-u:\b)(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?-u:\b)"),
            dni: re(r"(?i)(?-u:\b)(?:\d{8}|[XYZ][ -]?\d{7})[ -]?[A-Z](?-u:\b)"),
            cf: re(
                r"(?i)(?-u:\b)[A-Z]{6}[0-9LMNP-V]{2}[A-EHLMPR-T][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z](?-u:\b)",
            ),
            nir: re(r"(?i)(?-u:\b)[1-478] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2}(?-u:\b)"),
        }
    })
}

fn compact_upper(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_uppercase())
        .collect()
}

const TLDS: &[&str] = &[
    "com", "org", "net", "de", "fr", "es", "it", "nl", "be", "at", "ch", "uk", "eu", "io", "me",
    "info", "co", "edu", "us", "ca", "mx", "pt", "lu", "ie", "email", "mail",
];

/// E-mail addresses, Unicode local parts and domains included.
pub(crate) fn emails(t: &str, out: &mut Vec<Hit>) {
    let r = res();
    for m in r.email.find_iter(t) {
        out.push((m.range(), Kind::Email));
    }
    for m in r.email_obf.find_iter(t) {
        let s = m.as_str().to_lowercase();
        // Needs a dot-like separator and an at-like one, and must end in a plausible TLD.
        let tld = s
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if TLDS.contains(&tld) {
            out.push((m.range(), Kind::Email));
        }
    }
}

/// Links to personal profiles.
pub(crate) fn urls(t: &str, out: &mut Vec<Hit>) {
    for m in res().url.find_iter(t) {
        if alnum_at(prev_char(t, m.start())) && !t[..m.start()].ends_with('.') {
            // Inside a longer word: "myx.com/…" is not "x.com/…".
            let before = t[..m.start()].chars().next_back();
            if before.is_some_and(char::is_alphanumeric) {
                continue;
            }
        }
        let s = m.as_str();
        let trimmed = s.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '-']);
        if trimmed.contains('/') {
            out.push((m.start()..m.start() + trimmed.len(), Kind::Url));
        }
    }
}

/// IPv4 and IPv6 addresses.
pub(crate) fn ips(t: &str, out: &mut Vec<Hit>) {
    let r = res();
    for m in r.ipv4.find_iter(t) {
        let before = prev_char(t, m.start());
        let after = &t[m.end()..];
        if before.is_some_and(|c| c.is_ascii_digit() || c == '.')
            || after.starts_with(|c: char| c.is_ascii_digit())
            || (after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        if m.as_str().parse::<Ipv4Addr>().is_ok() {
            out.push((m.range(), Kind::Ip));
        }
    }
    for m in r.ipv6.find_iter(t) {
        let s = m.as_str();
        let groups = s.split(':').filter(|g| !g.is_empty()).count();
        if groups < 2 || s.len() < 6 || alnum_at(prev_char(t, m.start())) {
            continue;
        }
        // A trailing ':' belongs to the sentence ("IP 2001:db8::1: …" is rare; "::" is kept).
        let s2 = if s.ends_with(':') && !s.ends_with("::") {
            &s[..s.len() - 1]
        } else {
            s
        };
        if s2.parse::<Ipv6Addr>().is_ok() && !alnum_at(next_char(t, m.start() + s2.len())) {
            out.push((m.start()..m.start() + s2.len(), Kind::Ip));
        }
    }
}

/// IBANs (country length and mod-97), spaced or not.
pub(crate) fn ibans(t: &str, out: &mut Vec<Hit>) {
    for m in res().iban.find_iter(t) {
        let s = m.as_str();
        // Positions (in `s`) just after each alphanumeric character.
        let mut ends = Vec::new();
        let mut compact = Vec::new();
        for (i, c) in s.char_indices() {
            if c.is_ascii_alphanumeric() {
                compact.push(c.to_ascii_uppercase() as u8);
                ends.push(i + 1);
            }
        }
        let cc = std::str::from_utf8(&compact[..2]).unwrap_or("");
        let lens: Vec<usize> = match checks::iban_len(cc) {
            Some(l) => vec![l],
            None => (15..=compact.len().min(34)).rev().collect(),
        };
        for l in lens {
            if l > compact.len() {
                continue;
            }
            let end = ends[l - 1];
            // The cut must fall between groups, not inside a word.
            if alnum_at(next_char(s, end)) {
                continue;
            }
            if checks::iban_ok(&compact[..l]) {
                out.push((m.start()..m.start() + end, Kind::Iban));
                break;
            }
        }
    }
}

/// Payment card numbers (13–19 digits, Luhn).
pub(crate) fn cards(t: &str, out: &mut Vec<Hit>) {
    for m in res().card.find_iter(t) {
        if prev_char(t, m.start()).is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        let s = m.as_str();
        let mut ends = Vec::new();
        let mut digits = Vec::new();
        for (i, c) in s.char_indices() {
            if c.is_ascii_digit() {
                digits.push(c as u8);
                ends.push(i + 1);
            }
        }
        // Longest Luhn-valid prefix that ends at a group boundary.
        for l in (13..=digits.len()).rev() {
            let end = ends[l - 1];
            if s[end..].starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            if checks::luhn(&digits[..l]) && digits[0] != b'0' {
                out.push((m.start()..m.start() + end, Kind::Card));
                break;
            }
        }
    }
}

/// National ids: UK NI, US SSN, German Steuer-ID, Dutch BSN, Spanish DNI/NIE, Italian codice
/// fiscale, French NIR.
pub(crate) fn national_ids(t: &str, out: &mut Vec<Hit>) {
    let r = res();
    for m in r.ni.find_iter(t) {
        out.push((m.range(), Kind::Id));
    }
    for m in r.ssn.find_iter(t) {
        if checks::ssn_ok(&compact_upper(m.as_str())) {
            out.push((m.range(), Kind::Id));
        }
    }
    for m in r.digits11.find_iter(t) {
        if checks::steuer_id_ok(&compact_upper(m.as_str())) {
            out.push((m.range(), Kind::Id));
        }
    }
    for m in r.bsn.find_iter(t) {
        let d = compact_upper(m.as_str());
        if d[0] != b'0' && checks::bsn_ok(&d) {
            out.push((m.range(), Kind::Id));
        }
    }
    for m in r.dni.find_iter(t) {
        if checks::dni_ok(&compact_upper(m.as_str())) {
            out.push((m.range(), Kind::Id));
        }
    }
    for m in r.cf.find_iter(t) {
        if checks::codice_fiscale_ok(&compact_upper(m.as_str())) {
            out.push((m.range(), Kind::Id));
        }
    }
    for m in r.nir.find_iter(t) {
        if checks::nir_ok(&compact_upper(m.as_str())) {
            out.push((m.range(), Kind::Id));
        }
    }
}
