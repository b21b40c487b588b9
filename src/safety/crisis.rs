//! The local crisis detector's verdict: levels none / concern / crisis, the rule (or, when no rule
//! fired, the semantic layer's nearest crisis statement) that decided, and what was set aside.
//! Checked before any model call, on every text a person writes.

use super::semantic::{Reading, Semantic, SemanticMatch};
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
    /// ISO 639-1 code of the rule list that matched.
    pub language: &'static str,
    /// What it is about.
    pub category: Category,
    /// The rule, as listed in `src/safety/rules/` (lower case, no accents).
    pub phrase: &'static str,
}

/// How worried to be about a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Nothing found (or only negated, quoted, news, past).
    None,
    /// Someone else may be at risk: resources are shown, the conversation goes on.
    Concern,
    /// The writer may be at risk: the crisis card, and no model call.
    Crisis,
}

/// The detector's verdict on a text, with what decided it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Check {
    /// The level.
    pub level: Level,
    /// The phrase behind the level (None when nothing was found).
    pub hit: Option<Hit>,
    /// Phrases found but set aside, and why ("negated", "quoted", "awareness", "past", …).
    pub dismissed: Vec<(String, String)>,
    /// The semantic layer's reading, when it ran (the rules found nothing): the similarity, margin
    /// and bank line behind its level. Absent for the rules alone.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub semantic: Option<SemanticMatch>,
    /// The linear layer's P(crisis) for the text (absent for the rules alone).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub linear: Option<f32>,
    /// The encoder layer's P(crisis) and its threshold, when it read the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub encoder: Option<EncoderReading>,
}

/// What the encoder layer (multilingual-e5-small and its head) made of a text.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ts_rs::TS)]
pub struct EncoderReading {
    /// P(the writer is at risk).
    pub crisis: f32,
    /// P(someone else is).
    pub concern: f32,
    /// The P(crisis) from which it gives the crisis level.
    pub threshold: f32,
}

/// P(crisis) from which the linear layer alone gives the crisis level (chosen on out-of-fold
/// scores of the tuning splits, see `mentora safety train`).
pub const LINEAR_CRISIS: f32 = 0.4;
/// A crisis the rules found stands unless the linear layer gives it less than this P(crisis): it
/// lowers a rule's verdict only when fairly sure (a negation, a past, an idiom the rules misread).
pub const RULES_KEEP: f32 = 0.2;
/// P(concern) from which it gives the concern level.
pub const LINEAR_CONCERN: f32 = 0.5;
/// The semantic layer reads a text only when the linear layer gives it at least this P(crisis)
/// (under [`LINEAR_CRISIS`]): it finds paraphrases, and it alone raised too many look-alikes.
pub const SEMANTIC_FLOOR: f32 = 0.2;
/// The phrase a verdict of the linear layer shows.
pub const LINEAR_PHRASE: &str = "(linear layer: words, n-grams and rules together)";

// The linear score is a finite probability, so equality is an equivalence.
impl Eq for Check {}

/// Checks a text of any length: local, deterministic, no model runtime. The rules (long texts in
/// overlapping pieces, the worst level wins), then the linear layer over the whole text and its
/// sentences, which may raise the level or, where it is confident the rules misread a text
/// (negated, past, an idiom), lower it.
pub fn check(text: &str) -> Check {
    let rules = check_rules(text);
    let s = super::linear::score(text);
    combine(rules, &s)
}

/// The rules' verdict `rules` with the linear layer's score `s`.
pub fn combine(mut c: Check, s: &super::linear::Score) -> Check {
    c.linear = Some(s.crisis);
    let level = if s.crisis >= LINEAR_CRISIS || (c.level == Level::Crisis && s.crisis >= RULES_KEEP)
    {
        Level::Crisis
    } else if s.concern >= LINEAR_CONCERN || c.level == Level::Concern {
        Level::Concern
    } else {
        Level::None
    };
    if level != c.level {
        if level == Level::None {
            if let Some(h) = &c.hit {
                c.dismissed
                    .push((h.phrase.to_string(), "the linear layer".to_string()));
            }
            c.hit = None;
        } else {
            c.hit = Some(Hit {
                language: "",
                category: s.category,
                phrase: LINEAR_PHRASE,
            });
        }
        c.level = level;
    }
    c
}

/// The rules alone (layer 2 of the detector, without the linear layer).
pub fn check_rules(text: &str) -> Check {
    let mut best = Check {
        level: Level::None,
        hit: None,
        dismissed: Vec::new(),
        semantic: None,
        linear: None,
        encoder: None,
    };
    for piece in super::normalize::pieces(text) {
        let toks = super::normalize::tokens(piece);
        let found = super::matcher::matches(&toks);
        if found.is_empty() {
            continue;
        }
        let facts = super::matcher::facts(&toks);
        for m in found {
            let rule = &super::matcher::rules()[m.rule];
            let level = match super::matcher::judge(&toks, &m, &facts) {
                super::matcher::Verdict::Crisis => Level::Crisis,
                super::matcher::Verdict::Concern => Level::Concern,
                super::matcher::Verdict::Dismissed(why) => {
                    if best.dismissed.len() < 8 {
                        best.dismissed
                            .push((rule.source.to_string(), why.to_string()));
                    }
                    continue;
                }
            };
            if level > best.level {
                best.level = level;
                best.hit = Some(Hit {
                    language: super::rules::ALL[rule.lexicon].lang,
                    category: rule.category,
                    phrase: rule.source,
                });
            }
            if best.level == Level::Crisis {
                break;
            }
        }
        if best.level == Level::Crisis {
            break;
        }
    }
    best
}

/// [`check`] with the layers that need a model, when they are loaded: the encoder layer decides
/// when it is there and the text reaches it (see [`super::encoder`]); otherwise, when the rules
/// found nothing at all (no phrase, nothing set aside), the semantic layer may raise `none` to
/// `crisis` (or `concern` for a sentence about someone else), never lower a level. If a model
/// fails, the verdict without it stands (logged).
pub fn check_with(text: &str, semantic: Option<&Semantic>) -> Check {
    let rules = check_rules(text);
    let s = super::linear::score(text);
    let c = combine(rules.clone(), &s);
    let Some(sem) = semantic else { return c };
    if let Some(enc) = sem.encoder() {
        if !super::encoder::gate(&rules, &s) {
            return c;
        }
        return match enc.probs(text, &rules, &s) {
            Ok(p) => with_encoder(c, &s, p, super::encoder::head().threshold),
            Err(e) => {
                tracing::warn!(code = %e.code(), "encoder crisis check skipped: {}", e.message());
                c
            }
        };
    }
    if !needs_semantic(&c) {
        return c;
    }
    match sem.read(text) {
        Ok(reading) => with_reading(c, &reading, sem.threshold()),
        Err(e) => {
            tracing::warn!(code = %e.code(), "semantic crisis check skipped: {}", e.message());
            c
        }
    }
}

/// Verdict `c` of the rules and the linear layer (score `s`) decided again by the encoder layer's
/// probabilities `p` (none, crisis, concern): crisis from P(crisis) ≥ `threshold`, else concern
/// when it or the layers before it say so, else none.
pub fn with_encoder(mut c: Check, s: &super::linear::Score, p: [f32; 3], threshold: f32) -> Check {
    c.encoder = Some(EncoderReading {
        crisis: p[1],
        concern: p[2],
        threshold,
    });
    let level = if p[1] >= threshold {
        Level::Crisis
    } else if p[2] >= super::encoder::CONCERN || c.level == Level::Concern {
        Level::Concern
    } else {
        Level::None
    };
    if level == c.level {
        return c;
    }
    if level == Level::None {
        if let Some(h) = c.hit.take() {
            c.dismissed
                .push((h.phrase.to_string(), "the encoder layer".to_string()));
        }
    } else {
        c.hit = Some(Hit {
            language: "",
            category: s.category,
            phrase: super::encoder::PHRASE,
        });
    }
    c.level = level;
    c
}

/// Whether the semantic layer reads a text given verdict `c`: only when the rules found no phrase
/// and set nothing aside (a negated, quoted, asked or past phrase stays set aside), and the linear
/// layer, below its own threshold, still gave it [`SEMANTIC_FLOOR`] or more.
pub fn needs_semantic(c: &Check) -> bool {
    c.level == Level::None
        && c.hit.is_none()
        && c.dismissed.is_empty()
        && c.linear.is_none_or(|p| p >= SEMANTIC_FLOOR)
}

/// The rules' verdict `c` with the semantic layer's reading at margin `threshold`.
pub fn with_reading(mut c: Check, reading: &Reading, threshold: f32) -> Check {
    if let Some(m) = reading.decide(threshold) {
        c.level = m.level;
        c.hit = Some(Hit {
            language: m.bank_lang,
            category: super::semantic::category_of(m.bank_category),
            phrase: m.bank_line,
        });
        c.semantic = Some(m);
    } else if let Some(w) = reading.best() {
        // Below the threshold: kept (level none) so a reader sees how close it came.
        let b = super::semantic::bank();
        let line = &b[w.crisis_line];
        c.semantic = Some(SemanticMatch {
            level: Level::None,
            similarity: w.similarity,
            margin: w.margin,
            threshold,
            bank_line: line.text.as_str(),
            bank_lang: line.lang.as_str(),
            bank_category: line.category.as_str(),
            nearest_other: b[w.other_line].text.as_str(),
            window: w.window.clone(),
        });
    }
    c
}

/// The crisis phrase in `text`, if the writer may be at risk (level crisis).
pub fn detect(text: &str) -> Option<Hit> {
    detect_with(text, None)
}

/// [`detect`] with the semantic layer, if loaded (see [`check_with`]).
pub fn detect_with(text: &str, semantic: Option<&Semantic>) -> Option<Hit> {
    let c = check_with(text, semantic);
    (c.level == Level::Crisis).then_some(c.hit).flatten()
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

    /// Every sentence the first detector missed when people tried it (the list).
    #[test]
    fn what_the_phrase_list_missed_is_found() {
        for s in [
            "I don't want to be here anymore",
            "I'm going to hang myself",
            "I want to unalive myself",
            "thinking about ending things",
            "I wish I was dead",
            "kill my self",
            "I started cutting again",
            "ich bringe mich um",
            "me quiero matar",
            "ｋｉｌｌ ｍｙｓｅｌｆ",
            "ki\u{00ad}ll myself",
        ] {
            assert_eq!(check(s).level, Level::Crisis, "{s}: {:?}", check(s));
        }
    }

    /// And what it fired on, silencing the companion.
    #[test]
    fn negation_and_awareness_are_not_a_crisis() {
        for s in [
            "I would never kill myself",
            "suicide prevention month starts today",
        ] {
            assert_eq!(check(s).level, Level::None, "{s}: {:?}", check(s));
        }
    }

    #[test]
    fn someone_else_at_risk_is_a_concern() {
        assert_eq!(
            check("my friend said she wants to die").level,
            Level::Concern
        );
        assert_eq!(
            check("mein Bruder will sich umbringen").level,
            Level::Concern
        );
    }

    #[test]
    fn any_input_is_checked_without_panic() {
        let big = "a".repeat(1 << 20);
        assert_eq!(check(&big).level, Level::None);
        let mut mixed = "ok ".repeat(200_000);
        mixed.push_str("i want to die");
        assert_eq!(check(&mixed).level, Level::Crisis);
        for s in [
            "", " ", "\u{0}", "''''", "\"\"\"", "| | |", "🙂🙂", "k i l l", "1 2 3 4", "'a", "a'",
        ] {
            let _ = check(s);
        }
    }
}
