//! The crisis detector's word lists, one file per language: rules over normalized tokens, and the
//! context words (first and third person, negation, news and awareness, quotes, past and recovery).
//!
//! Rule syntax: words separated by spaces; `a/b` alternatives; `stem*` any word starting with the
//! stem; `word?` optional; `..` up to 3 other words; `...` up to 6. Words are folded like the text
//! (lower case, no accents, no apostrophes, repeated letters squeezed).

pub mod de;
pub mod en;
pub mod es;
pub mod fr;
pub mod it;
pub mod nl;

/// What a rule finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The writer's own risk: fires unless negated, quoted, past or about someone else.
    Strong,
    /// A risk word that news and awareness texts use too ("suicide"): fires only with the writer in
    /// the sentence and no awareness words in the text.
    Weak,
    /// About someone else ("kill himself"): a concern, not a crisis.
    Other,
}

/// What it is about.
pub use super::crisis::Category;

/// One language's lists.
pub struct Lexicon {
    /// ISO 639-1 code.
    pub lang: &'static str,
    /// (kind, category, pattern).
    pub rules: &'static [(Kind, Category, &'static str)],
    /// The writer as subject ("i", "ich", "je").
    pub first_person: &'static [&'static str],
    /// Someone else as subject ("he", "my friend").
    pub third_person: &'static [&'static str],
    /// Words that negate what follows within three words ("not", "never").
    pub negators: &'static [&'static str],
    /// Words of news, awareness, study and fiction.
    pub awareness: &'static [&'static str],
    /// Words that announce a quotation (lyrics, a poem, a film line).
    pub quoting: &'static [&'static str],
    /// Phrases that apply a quotation to oneself ("literally me").
    pub self_applied: &'static [&'static str],
    /// Words of the past ("ago", "used to").
    pub past: &'static [&'static str],
    /// Words of recovery ("better", "recovered").
    pub recovered: &'static [&'static str],
    /// Someone asking about it ("asked if", "fragte ob").
    pub asking: &'static [&'static str],
    /// A no right after the phrase ("no", "nee", "nein").
    pub answer_no: &'static [&'static str],
}

/// Every language.
pub const ALL: &[&Lexicon] = &[&en::EN, &de::DE, &fr::FR, &es::ES, &it::IT, &nl::NL];
