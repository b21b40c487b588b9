//! PII redaction before anything leaves: personal data becomes `[KIND_N]` placeholders, restored locally.

mod address;
mod checks;
mod dates;
pub mod eval;
mod names;
mod norm;
mod patterns;
mod phone;
mod places;

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::OnceLock;

/// What a redacted span is, in order of precedence when spans overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An e-mail address.
    Email,
    /// A link to a personal profile.
    Url,
    /// An IBAN.
    Iban,
    /// A payment card number.
    Card,
    /// A national id number.
    Id,
    /// An IP address.
    Ip,
    /// A date of birth.
    Date,
    /// A phone number.
    Phone,
    /// A street address.
    Address,
    /// A postcode with its city.
    Postcode,
    /// A person's name.
    Name,
}

impl Kind {
    /// The word in the placeholder (`[PHONE_1]`).
    pub fn word(self) -> &'static str {
        match self {
            Kind::Email => "EMAIL",
            Kind::Url => "URL",
            Kind::Iban => "IBAN",
            Kind::Card => "CARD",
            Kind::Id => "ID",
            Kind::Ip => "IP",
            Kind::Date => "DATE",
            Kind::Phone => "PHONE",
            Kind::Address => "ADDRESS",
            Kind::Postcode => "POSTCODE",
            Kind::Name => "NAME",
        }
    }

    /// The label of the evaluation set for this kind.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::Url => "url_personal",
            Kind::Iban => "iban",
            Kind::Card => "card",
            Kind::Id => "national_id",
            Kind::Ip => "ip_address",
            Kind::Date => "date_of_birth",
            Kind::Phone => "phone",
            Kind::Address => "address",
            Kind::Postcode => "postcode",
            Kind::Name => "person_name",
        }
    }
}

/// A range found by one finder (in the normalised view).
type Hit = (Range<usize>, Kind);

/// One span of the original text to replace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Found {
    /// Byte range in the text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// What it is.
    pub kind: Kind,
}

/// One replaced span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Replacement {
    /// `[EMAIL_1]`, `[PHONE_1]`, `[ADDRESS_1]`, `[NAME_1]`, `[CARD_1]` …
    pub placeholder: String,
    /// What it stands for (kept locally only).
    pub original: String,
}

/// Placeholders and what they replaced, shared across one request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redactions {
    /// In order of first appearance.
    pub items: Vec<Replacement>,
}

fn placeholder_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"\[[A-Z]+_\d{1,6}\]").expect("placeholder pattern"))
}

/// The profile's names (whole words, any case) in the view.
fn profile_names(t: &str, names: &[String], out: &mut Vec<Hit>) {
    let mut list: Vec<String> = names
        .iter()
        .map(|n| norm::View::new(n.trim()).text.trim().to_string())
        .filter(|n| n.chars().filter(|c| c.is_alphanumeric()).count() >= 2)
        .collect();
    if list.is_empty() {
        return;
    }
    list.sort_by_key(|n| std::cmp::Reverse(n.len()));
    list.dedup();
    let alt = list
        .iter()
        .map(|n| regex::escape(n).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    // The same list comes with every message of a conversation: its pattern is compiled once.
    thread_local! {
        static LAST: std::cell::RefCell<Option<(String, Regex)>> = const { std::cell::RefCell::new(None) };
    }
    let Some(re) = LAST.with(|last| {
        let mut last = last.borrow_mut();
        if last.as_ref().is_none_or(|(a, _)| *a != alt) {
            *last = Some((alt.clone(), Regex::new(&format!("(?i)(?:{alt})")).ok()?));
        }
        last.as_ref().map(|(_, re)| re.clone())
    }) else {
        return;
    };
    for m in re.find_iter(t) {
        let before = patterns::prev_char(t, m.start());
        let after = patterns::next_char(t, m.end());
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        out.push((m.range(), Kind::Name));
    }
}

/// The spans of `text` to replace, in order, not overlapping; `names` are the person's own names
/// and the people in their life (matched as whole words, any case).
pub fn detect(text: &str, names: &[String]) -> Vec<Found> {
    let view = norm::View::new(text);
    // Placeholders already in the text are masked, so nothing matches in or across them.
    let mut masked = view.text.clone();
    let holders: Vec<Range<usize>> = placeholder_re()
        .find_iter(&view.text)
        .map(|m| m.range())
        .collect();
    if !holders.is_empty() {
        let mut bytes = std::mem::take(&mut masked).into_bytes();
        for r in &holders {
            bytes[r.clone()].fill(b'#');
        }
        masked = String::from_utf8(bytes).expect("placeholders are ASCII");
    }
    let t = masked.as_str();
    let mut hits: Vec<Hit> = Vec::new();
    patterns::emails(t, &mut hits);
    patterns::urls(t, &mut hits);
    patterns::ibans(t, &mut hits);
    patterns::cards(t, &mut hits);
    patterns::national_ids(t, &mut hits);
    patterns::ips(t, &mut hits);
    dates::dates_of_birth(t, &mut hits);
    phone::phones(t, &mut hits);
    address::addresses(t, &mut hits);
    address::postcodes(t, &mut hits);
    names::names(t, &mut hits);
    profile_names(t, names, &mut hits);
    merge(&view, hits, &holders)
}

/// Overlapping hits become one span (the kind of highest precedence); spans never touch a
/// placeholder.
fn merge(view: &norm::View, mut hits: Vec<Hit>, holders: &[Range<usize>]) -> Vec<Found> {
    hits.retain(|(r, _)| {
        r.start < r.end && !holders.iter().any(|h| h.start < r.end && r.start < h.end)
    });
    hits.sort_by_key(|(r, k)| (r.start, std::cmp::Reverse(r.end), *k));
    let mut merged: Vec<Hit> = Vec::new();
    for (r, k) in hits {
        if let Some((last, lk)) = merged.last_mut() {
            if r.start < last.end {
                last.end = last.end.max(r.end);
                *lk = (*lk).min(k);
                continue;
            }
        }
        merged.push((r, k));
    }
    merged
        .into_iter()
        .map(|(r, kind)| {
            let o = view.orig(&r);
            Found {
                start: o.start,
                end: o.end,
                kind,
            }
        })
        .collect()
}

impl Redactions {
    fn placeholder(&mut self, kind: Kind, original: &str) -> String {
        if let Some(r) = self.items.iter().find(|r| r.original == original) {
            return r.placeholder.clone();
        }
        let prefix = format!("[{}_", kind.word());
        let n = self
            .items
            .iter()
            .filter(|r| r.placeholder.starts_with(&prefix))
            .count()
            + 1;
        let p = format!("{prefix}{n}]");
        self.items.push(Replacement {
            placeholder: p.clone(),
            original: original.to_string(),
        });
        p
    }

    /// `text` with PII replaced; `names` are the profile's own names and the people in the
    /// person's life (matched as whole words, any case).
    pub fn redact(&mut self, text: &str, names: &[String]) -> String {
        let found = detect(text, names);
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for f in found {
            out.push_str(&text[last..f.start]);
            out.push_str(&self.placeholder(f.kind, &text[f.start..f.end]));
            last = f.end;
        }
        out.push_str(&text[last..]);
        out
    }

    /// A reply with the placeholders put back (shown and stored locally only).
    pub fn restore(&self, text: &str) -> String {
        let mut out = text.to_string();
        for r in &self.items {
            out = out.replace(&r.placeholder, &r.original);
        }
        out
    }
}

#[cfg(test)]
mod tests;
