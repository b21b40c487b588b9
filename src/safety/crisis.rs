//! The local, deterministic crisis detector: phrases about suicide, self-harm and harming others in
//! English, Dutch, German, French, Italian and Spanish, checked before any model call.

use serde::Serialize;

/// What a hit is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Suicidal thoughts or plans.
    Suicide,
    /// Hurting oneself.
    SelfHarm,
    /// Hurting someone else.
    HarmOthers,
}

/// A phrase found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Hit {
    /// ISO 639-1 code of the phrase list that matched.
    pub language: &'static str,
    /// What it is about.
    pub category: Category,
    /// The phrase, as listed (lower case, no accents).
    pub phrase: &'static str,
}

use Category::{HarmOthers as O, SelfHarm as H, Suicide as S};

/// (language, category, phrase). Phrases are lower case without accents; they match whole words.
const PHRASES: &[(&str, Category, &str)] = &[
    ("en", S, "kill myself"),
    ("en", S, "killing myself"),
    ("en", S, "end my life"),
    ("en", S, "ending my life"),
    ("en", S, "take my own life"),
    ("en", S, "want to die"),
    ("en", S, "wanna die"),
    ("en", S, "suicide"),
    ("en", S, "suicidal"),
    ("en", S, "better off dead"),
    ("en", S, "no reason to live"),
    ("en", S, "don't want to live"),
    ("en", S, "dont want to live"),
    ("en", S, "don't want to be alive"),
    ("en", S, "end it all"),
    ("en", S, "not worth living"),
    ("en", H, "hurt myself"),
    ("en", H, "harm myself"),
    ("en", H, "cut myself"),
    ("en", H, "cutting myself"),
    ("en", H, "self harm"),
    ("en", H, "selfharm"),
    ("en", H, "overdose"),
    ("en", O, "kill him"),
    ("en", O, "kill her"),
    ("en", O, "kill them"),
    ("en", O, "kill someone"),
    ("en", O, "hurt someone"),
    ("en", O, "hurt somebody"),
    ("en", O, "murder"),
    ("nl", S, "zelfmoord"),
    ("nl", S, "mezelf doden"),
    ("nl", S, "mezelf van kant maken"),
    ("nl", S, "wil dood"),
    ("nl", S, "niet meer leven"),
    ("nl", S, "einde aan mijn leven"),
    ("nl", S, "een eind aan maken"),
    ("nl", H, "mezelf pijn doen"),
    ("nl", H, "mezelf snijden"),
    ("nl", H, "zelfbeschadiging"),
    ("nl", O, "iemand vermoorden"),
    ("nl", O, "iemand pijn doen"),
    ("de", S, "selbstmord"),
    ("de", S, "suizid"),
    ("de", S, "mich umbringen"),
    ("de", S, "mir das leben nehmen"),
    ("de", S, "will sterben"),
    ("de", S, "nicht mehr leben"),
    ("de", S, "lebensmude"),
    ("de", H, "mich selbst verletzen"),
    ("de", H, "mich verletzen"),
    ("de", H, "mich ritzen"),
    ("de", H, "selbstverletzung"),
    ("de", O, "jemanden umbringen"),
    ("de", O, "jemanden toten"),
    ("de", O, "jemanden verletzen"),
    ("fr", S, "me suicider"),
    ("fr", S, "me tuer"),
    ("fr", S, "mettre fin a mes jours"),
    ("fr", S, "mettre fin a ma vie"),
    ("fr", S, "envie de mourir"),
    ("fr", S, "veux mourir"),
    ("fr", S, "en finir"),
    ("fr", H, "me faire du mal"),
    ("fr", H, "me scarifier"),
    ("fr", H, "me mutiler"),
    ("fr", O, "tuer quelqu'un"),
    ("fr", O, "faire du mal a quelqu'un"),
    ("it", S, "suicidio"),
    ("it", S, "suicidarmi"),
    ("it", S, "uccidermi"),
    ("it", S, "togliermi la vita"),
    ("it", S, "voglio morire"),
    ("it", S, "farla finita"),
    ("it", H, "farmi del male"),
    ("it", H, "tagliarmi"),
    ("it", H, "autolesionismo"),
    ("it", O, "uccidere qualcuno"),
    ("it", O, "fare del male a qualcuno"),
    ("es", S, "suicidarme"),
    ("es", S, "matarme"),
    ("es", S, "quitarme la vida"),
    ("es", S, "quiero morir"),
    ("es", S, "no quiero vivir"),
    ("es", S, "acabar con mi vida"),
    ("es", H, "hacerme dano"),
    ("es", H, "cortarme"),
    ("es", H, "autolesion"),
    ("es", O, "matar a alguien"),
    ("es", O, "hacerle dano a alguien"),
];

/// Lower case, accents removed, everything but letters, digits and apostrophes turned into single
/// spaces, padded with one space each side (so phrases match whole words).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        let keep = c.is_alphanumeric() || c == '\'';
        let c = if c == '’' {
            '\''
        } else if keep {
            c
        } else {
            ' '
        };
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ß' => 's',
        _ => c,
    }
}

/// The first crisis phrase in `text`, if any. Deterministic and local; negations ("I'm not
/// suicidal") still count, on purpose: showing the card to someone who did not need it is the
/// cheaper mistake.
pub fn detect(text: &str) -> Option<Hit> {
    let norm = normalize(text);
    PHRASES.iter().find_map(|&(language, category, phrase)| {
        let needle = format!(" {phrase} ");
        norm.contains(&needle).then_some(Hit {
            language,
            category,
            phrase,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only_and_accents_folded() {
        assert_eq!(
            detect("I want to kill myself").unwrap().category,
            Category::Suicide
        );
        assert_eq!(
            detect("Je veux mettre fin à mes jours.").unwrap().language,
            "fr"
        );
        assert_eq!(
            detect("Quiero hacerme daño").unwrap().category,
            Category::SelfHarm
        );
        assert!(detect("This skill myself-taught").is_none());
        assert!(detect("I killed it at the gym today").is_none());
        assert!(detect("The murderer in the novel was the butler").is_none());
    }
}
