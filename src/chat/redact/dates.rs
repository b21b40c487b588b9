//! Dates of birth: a date next to a birth word in en/de/fr/es/it/nl (`born`, `geb.`, `né le`, `nata il` …).

use super::patterns::windows;
use super::{Hit, Kind};
use regex::Regex;
use std::sync::OnceLock;

const MONTHS: &str = concat!(
    "january|february|march|april|may|june|july|august|september|october|november|december|",
    "januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|",
    "janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|",
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|",
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|",
    "januari|februari|maart|mei|augustus|",
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mär|okt|dez|janv|févr|fevr|avr|juil|déc|",
    "ene|abr|ago|dic|gen|mag|giu|lug|set|ott|mrt"
);

/// Words that say the date next to them is a birth date.
const BEFORE: &str = concat!(
    r"born|date\s+of\s+birth|birth\s*date|birthdate|d\.?o\.?b\.?|birthday|bday|b-day|",
    r"geboren|geb\.(?:\s*-?\s*datum)?|geburtsdatum|geburtstag|geb\s*datum|",
    r"née?s?|date\s+de\s+naissance|naissance|anniversaire|",
    r"nac[íi](?:d[oa]s?)?|naci[óo]|fecha\s+de\s+nacimiento|f\.\s*nac\.|nacimiento|cumpleaños|",
    r"nat[oaie]|data\s+di\s+nascita|nascita|compleanno|",
    r"geboortedatum|geboortedag|verjaardag|geb\.?\s*datum"
);

/// Birth words that can follow the date (`am 3. Mai 1985 geboren`).
const AFTER: &str = r"geboren|born|née?|nac[íi]d[oa]|nat[oa]";

fn date_pattern() -> String {
    format!(
        concat!(
            r"(?:\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}",
            r"|\d{{1,2}}\s?[./-]\s?\d{{1,2}}\s?[./-]\s?(?:\d{{4}}|\d{{2}})",
            r"|\d{{1,2}}(?:st|nd|rd|th|er|e|º|°|\.)?\s*(?:de\s+|of\s+|\s)?(?:{m})\.?(?:,?\s*(?:de\s+|del\s+)?\d{{4}})?",
            r"|(?:{m})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*\d{{4}})?",
            r"|(?:{m})\.?\s+(?:de\s+|del\s+)?\d{{4}}",
            r")"
        ),
        m = MONTHS
    )
}

struct Res {
    anchor: Regex,
    before: Regex,
    after: Regex,
    year: Regex,
}

fn res() -> &'static Res {
    static R: OnceLock<Res> = OnceLock::new();
    R.get_or_init(|| {
        let d = date_pattern();
        // Between the birth word and the date: a few words, no sentence end, no other number.
        let gap = r"[^\n.!?\d]{0,30}?";
        Res {
            anchor: Regex::new(
                r"(?i)born|birth|dob|d\.o\.b|bday|b-day|geb|naiss|anniv|née?|nac[íi]|naci|cumplea|nat[oaie]|nascit|complean|verjaard|geboorte",
            )
            .expect("dob anchor"),
            before: Regex::new(&format!(r"(?i)\b(?:{BEFORE})(?:\b|\s|:|$){gap}(?P<d>{d})\b"))
                .expect("dob pattern"),
            after: Regex::new(&format!(r"(?i)\b(?P<d>{d})[^\n.!?\d]{{0,20}}?\b(?:{AFTER})\b"))
                .expect("dob pattern"),
            year: Regex::new(r"(?i)\b(?:born\s+in|geboren\s+in|né(?:e)?\s+en|nac[íi]d[oa]\s+en|nac[íi]\s+en|nat[oa]\s+nel|geboren\s+in)\s+(?P<d>(?:19|20)\d\d)\b")
                .expect("dob pattern"),
        }
    })
}

/// Dates of birth (the date only).
pub(crate) fn dates_of_birth(t: &str, out: &mut Vec<Hit>) {
    let r = res();
    let wins = windows(t, r.anchor.find_iter(t).map(|m| m.range()), 60, 90);
    for w in wins {
        let s = &t[w.clone()];
        for re in [&r.before, &r.after, &r.year] {
            for c in re.captures_iter(s) {
                if let Some(d) = c.name("d") {
                    if d.as_str().chars().any(|c| c.is_ascii_digit()) {
                        out.push((w.start + d.start()..w.start + d.end(), Kind::Date));
                    }
                }
            }
        }
    }
}
