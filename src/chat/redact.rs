//! PII redaction before anything is sent: e-mail addresses, phone numbers, street addresses and the
//! profile's own names become placeholders; the mapping stays on this machine to restore replies.

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// One replaced span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Replacement {
    /// `[EMAIL_1]`, `[PHONE_1]`, `[ADDRESS_1]`, `[NAME_1]`.
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

struct Patterns {
    email: Regex,
    phone: Regex,
    date: Regex,
    address: Vec<Regex>,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        email: Regex::new(r"(?i)\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b").expect("email pattern"),
        phone: Regex::new(r"(?:\+|\b)\d[\d ()./-]{6,}\d\b").expect("phone pattern"),
        date: Regex::new(r"^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$").expect("date pattern"),
        address: vec![
            // 221B Baker Street, 10 Downing St., 1600 Pennsylvania Avenue NW
            Regex::new(r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|Square|Sq)\b\.?")
                .expect("address pattern"),
            // Hauptstraße 5, Kerkstraat 12, Via Roma 3, Calle Mayor 7, Rue de Rivoli 10
            Regex::new(r"(?i)\b(?:[a-zäöüß]+(?:straße|strasse|str\.|weg|gasse|allee|platz|straat|laan|plein|gracht)|(?:via|viale|piazza|calle|avenida|plaza|rue|avenue|boulevard)\s+(?:[\w'’-]+\s+){0,3}?)\s*\d{1,4}[a-z]?\b")
                .expect("address pattern"),
        ],
    })
}

impl Redactions {
    fn placeholder(&mut self, kind: &str, original: &str) -> String {
        if let Some(r) = self.items.iter().find(|r| r.original == original) {
            return r.placeholder.clone();
        }
        let n = self
            .items
            .iter()
            .filter(|r| r.placeholder.starts_with(&format!("[{kind}_")))
            .count()
            + 1;
        let p = format!("[{kind}_{n}]");
        self.items.push(Replacement {
            placeholder: p.clone(),
            original: original.to_string(),
        });
        p
    }

    /// `text` with PII replaced; `names` are the profile's own names (matched as whole words,
    /// any case).
    pub fn redact(&mut self, text: &str, names: &[String]) -> String {
        let p = patterns();
        let mut out = self.replace(text, &p.email, "EMAIL");
        for a in &p.address {
            out = self.replace(&out, a, "ADDRESS");
        }
        out = self.replace_if(&out, &p.phone, "PHONE", |m| {
            let digits = m.chars().filter(char::is_ascii_digit).count();
            (7..=15).contains(&digits) && !p.date.is_match(m.trim())
        });
        for name in names
            .iter()
            .map(|n| n.trim())
            .filter(|n| n.chars().count() >= 2)
        {
            let re =
                Regex::new(&format!(r"(?i)\b{}\b", regex::escape(name))).expect("escaped name");
            out = self.replace(&out, &re, "NAME");
        }
        out
    }

    fn replace(&mut self, text: &str, re: &Regex, kind: &str) -> String {
        self.replace_if(text, re, kind, |_| true)
    }

    fn replace_if(
        &mut self,
        text: &str,
        re: &Regex,
        kind: &str,
        keep: impl Fn(&str) -> bool,
    ) -> String {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for m in re.find_iter(text) {
            if !keep(m.as_str()) || is_placeholder_inside(text, m.start()) {
                continue;
            }
            out.push_str(&text[last..m.start()]);
            out.push_str(&self.placeholder(kind, m.as_str()));
            last = m.end();
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

fn is_placeholder_inside(text: &str, at: usize) -> bool {
    let before = &text[..at];
    matches!((before.rfind('['), before.rfind(']')), (Some(o), c) if c.is_none_or(|c| c < o))
}

#[cfg(test)]
mod tests {
    use super::Redactions;

    #[test]
    fn replaces_and_restores() {
        let mut r = Redactions::default();
        let names = vec!["Robin Miles".to_string(), "Robin".to_string()];
        let t = r.redact(
            "I'm Robin, mail me at robin.m@example.org or call +44 20 7946 0958. I live at 221B Baker Street and in Hauptstraße 5.",
            &names,
        );
        assert_eq!(
            t,
            "I'm [NAME_1], mail me at [EMAIL_1] or call [PHONE_1]. I live at [ADDRESS_1] and in [ADDRESS_2]."
        );
        assert_eq!(r.restore("Hi [NAME_1]!"), "Hi Robin!");
        // Times, dates and small numbers stay.
        let mut r = Redactions::default();
        assert_eq!(
            r.redact("I slept 7 hours, from 23:00 to 6:30 on 2026-11-21", &[]),
            "I slept 7 hours, from 23:00 to 6:30 on 2026-11-21"
        );
    }
}
