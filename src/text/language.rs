//! A rough guess of a text's language (script + common function words), used only to warn that an
//! English-only model is reading another language.

/// Languages this guesses, with their function words.
const WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "is", "i", "you", "it", "to", "of", "not", "was", "my", "this", "that",
            "with", "have",
        ],
    ),
    (
        "de",
        &[
            "und", "ich", "nicht", "ist", "das", "die", "der", "ein", "eine", "mit", "mich", "mir",
            "sehr", "auch", "heute",
        ],
    ),
    (
        "fr",
        &[
            "je",
            "et",
            "est",
            "le",
            "la",
            "les",
            "pas",
            "une",
            "très",
            "avec",
            "suis",
            "mais",
            "pour",
            "des",
            "aujourd'hui",
        ],
    ),
    (
        "es",
        &[
            "y", "el", "la", "es", "no", "que", "muy", "estoy", "con", "una", "pero", "los", "por",
            "hoy", "me",
        ],
    ),
    (
        "it",
        &[
            "e", "il", "non", "sono", "che", "una", "molto", "con", "per", "mi", "ma", "gli",
            "della", "oggi", "ho",
        ],
    ),
    (
        "nl",
        &[
            "en", "ik", "niet", "het", "een", "de", "is", "met", "zeer", "ben", "maar", "voor",
            "vandaag", "heel", "dat",
        ],
    ),
];

/// ISO 639-1 code of the likeliest language, or `None` when there is too little to tell.
/// Non-Latin scripts are reported by script (`"non-latin"`).
pub fn guess(text: &str) -> Option<&'static str> {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3 {
        return None;
    }
    let non_latin = letters.iter().filter(|c| !is_latin(**c)).count();
    if non_latin * 2 > letters.len() {
        return Some("non-latin");
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphabetic() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let (lang, hits) = WORDS
        .iter()
        .map(|(lang, list)| (*lang, words.iter().filter(|w| list.contains(w)).count()))
        .max_by_key(|(_, n)| *n)?;
    (hits > 0).then_some(lang)
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::guess;

    #[test]
    fn guesses_the_usual_languages() {
        assert_eq!(guess("I had a good day and it was fun"), Some("en"));
        assert_eq!(guess("Ich bin heute sehr müde und nicht froh"), Some("de"));
        assert_eq!(guess("Je suis très fatigué mais content"), Some("fr"));
        assert_eq!(guess("Hoy estoy muy cansado pero feliz"), Some("es"));
        assert_eq!(guess("Oggi sono molto stanco ma felice"), Some("it"));
        assert_eq!(guess("Ik ben vandaag heel moe maar blij"), Some("nl"));
        assert_eq!(guess("今日はとても疲れた"), Some("non-latin"));
        assert_eq!(guess("ok"), None);
    }
}
