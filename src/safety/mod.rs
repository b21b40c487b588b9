//! The local, deterministic crisis path: a crisis card with lines for the person's country, shown
//! before (and instead of) any model call. The resources are compiled in, so the card never fails.

pub mod crisis;
pub mod encoder;
pub mod eval;
pub mod fit;
pub mod linear;
pub mod matcher;
pub mod normalize;
pub mod plan;
pub mod rules;
pub mod semantic;
pub mod sentences;
mod shortlist;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const RESOURCES_JSON: &str = include_str!("../../assets/crisis_resources.json");

/// One place to turn to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Resource {
    /// Service name.
    pub name: String,
    /// Number, text code or address.
    pub contact: String,
    /// When and how.
    pub detail: String,
}

#[derive(Deserialize)]
struct Directory {
    default: Vec<Resource>,
    countries: BTreeMap<String, Vec<Resource>>,
}

/// Why the crisis path was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered above 0.
    Phq9Item9,
    /// The person wrote crisis language.
    CrisisLanguage,
    /// The model stopped for safety.
    ModelSafety,
    /// The person wrote that someone else may be at risk.
    ConcernForOther,
}

/// What the window shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CrisisCard {
    /// Why.
    pub reason: Reason,
    /// Headline.
    pub title: String,
    /// A short, warm message.
    pub message: String,
    /// The country's lines first, then the emergency number and the IASP directory.
    pub resources: Vec<Resource>,
}

/// The crisis lines for an ISO country code (any case), followed by the defaults.
pub fn resources_for(country: &str) -> Vec<Resource> {
    let dir: Directory =
        serde_json::from_str(RESOURCES_JSON).expect("assets/crisis_resources.json is valid");
    let mut out = dir
        .countries
        .get(&country.trim().to_ascii_uppercase())
        .cloned()
        .unwrap_or_default();
    out.extend(dir.default);
    out
}

/// The card for a reason and a country.
pub fn crisis_card(reason: Reason, country: &str) -> CrisisCard {
    CrisisCard {
        reason,
        title: "You don't have to go through this alone".into(),
        message: "It sounds like things are really hard right now. Talking to someone can help: the people \
                  below are there for exactly this, any time. If you are in danger now, call your emergency number."
            .into(),
        resources: resources_for(country),
    }
}

/// The gentler card for someone worried about another person.
pub fn concern_card(country: &str) -> CrisisCard {
    CrisisCard {
        reason: Reason::ConcernForOther,
        title: "Worried about someone?".into(),
        message: "It sounds like someone you care about may be in danger. You can call these lines for advice \
                  on how to help them, and if they are in danger now, call your emergency number."
            .into(),
        resources: resources_for(country),
    }
}

/// The card a text of this level calls for, if any.
pub fn card_for(level: crisis::Level, country: &str) -> Option<CrisisCard> {
    match level {
        crisis::Level::Crisis => Some(crisis_card(Reason::CrisisLanguage, country)),
        crisis::Level::Concern => Some(concern_card(country)),
        crisis::Level::None => None,
    }
}

/// Checks a text the person wrote (journal, gratitude) and returns the card to show with what was
/// saved, if any.
pub fn card_for_text(text: &str, country: &str) -> Option<CrisisCard> {
    card_for_text_with(text, country, None)
}

/// [`card_for_text`] with the semantic layer, when it is loaded.
pub fn card_for_text_with(
    text: &str,
    country: &str,
    semantic: Option<&semantic::Semantic>,
) -> Option<CrisisCard> {
    card_for(crisis::check_with(text, semantic).level, country)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_lines_come_first_then_the_defaults() {
        let us = resources_for("us");
        assert_eq!(us[0].contact, "Call or text 988");
        assert!(us.iter().any(|r| r.name == "IASP crisis centre directory"));
        assert_eq!(resources_for("GB")[0].contact, "116 123");
        assert_eq!(resources_for("IE")[0].contact, "116 123");
        assert_eq!(resources_for("ZZ")[0].name, "Local emergency services");
        let card = crisis_card(Reason::Phq9Item9, "DE");
        assert_eq!(card.resources[0].name, "TelefonSeelsorge");
    }
}
