//! The safety plan (Stanley–Brown): seven sections the person fills in while well, shown first on
//! every crisis card. Stored encrypted in the vault, exported and imported with everything else.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// Items a section may hold.
pub const MAX_ITEMS: usize = 20;
/// Characters an item may hold.
pub const MAX_ITEM_CHARS: usize = 500;

/// A person's safety plan; every section is a list of short items, in the person's order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SafetyPlan {
    /// 1. Warning signs: thoughts, moods, situations that come before a crisis.
    #[serde(default)]
    pub warning_signs: Vec<String>,
    /// 2. Things I can do on my own to take my mind off it.
    #[serde(default)]
    pub coping: Vec<String>,
    /// 3. People and places that distract me.
    #[serde(default)]
    pub distractions: Vec<String>,
    /// 4. People I can ask for help (name and number).
    #[serde(default)]
    pub helpers: Vec<String>,
    /// 5. Professionals and crisis lines.
    #[serde(default)]
    pub professionals: Vec<String>,
    /// 6. Making the environment safe (what to put away, and with whom).
    #[serde(default)]
    pub safe_environment: Vec<String>,
    /// 7. My reasons for living.
    #[serde(default)]
    pub reasons: Vec<String>,
    /// When it was last saved (Unix ms; 0 = never).
    #[serde(default)]
    pub updated_at: i64,
}

/// Each section's field name and its heading, in the plan's order.
pub const SECTIONS: [(&str, &str); 7] = [
    ("warning_signs", "Warning signs that a crisis may be coming"),
    ("coping", "Things I can do on my own"),
    ("distractions", "People and places that take my mind off it"),
    ("helpers", "People I can ask for help"),
    ("professionals", "Professionals and crisis lines"),
    ("safe_environment", "Making my surroundings safe"),
    ("reasons", "My reasons for living"),
];

impl SafetyPlan {
    fn sections_mut(&mut self) -> [(&'static str, &mut Vec<String>); 7] {
        [
            ("warning_signs", &mut self.warning_signs),
            ("coping", &mut self.coping),
            ("distractions", &mut self.distractions),
            ("helpers", &mut self.helpers),
            ("professionals", &mut self.professionals),
            ("safe_environment", &mut self.safe_environment),
            ("reasons", &mut self.reasons),
        ]
    }

    /// Whether nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        [
            &self.warning_signs,
            &self.coping,
            &self.distractions,
            &self.helpers,
            &self.professionals,
            &self.safe_environment,
            &self.reasons,
        ]
        .iter()
        .all(|s| s.is_empty())
    }

    /// The plan as it is stored: items trimmed, blank items dropped; too many or too long items, or
    /// control characters, are refused with the section's name.
    pub fn cleaned(mut self) -> Result<SafetyPlan> {
        for (name, items) in self.sections_mut() {
            let kept: Vec<String> = items
                .iter()
                .map(|i| i.trim().to_string())
                .filter(|i| !i.is_empty())
                .collect();
            if kept.len() > MAX_ITEMS {
                return Err(Error::invalid(name, format!("at most {MAX_ITEMS} items")));
            }
            for i in &kept {
                crate::vault::validate::text(name, i, 1, MAX_ITEM_CHARS)?;
            }
            *items = kept;
        }
        Ok(self)
    }

    /// Every item with its section, for the crisis check of what the person wrote here.
    pub fn text(&self) -> String {
        let mut s = self.clone();
        s.sections_mut()
            .into_iter()
            .flat_map(|(_, items)| items.clone())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_trims_drops_blanks_and_refuses_too_much() {
        let p = SafetyPlan {
            coping: vec!["  a walk ".into(), "".into(), "  ".into(), "music".into()],
            ..Default::default()
        }
        .cleaned()
        .unwrap();
        assert_eq!(p.coping, ["a walk", "music"]);
        assert!(!p.is_empty());
        let e = SafetyPlan {
            reasons: vec!["x".into(); MAX_ITEMS + 1],
            ..Default::default()
        }
        .cleaned()
        .unwrap_err();
        assert!(e.message().starts_with("reasons:"), "{e}");
        let e = SafetyPlan {
            helpers: vec!["a\u{7}b".into()],
            ..Default::default()
        }
        .cleaned()
        .unwrap_err();
        assert!(e.message().starts_with("helpers:"), "{e}");
        assert!(SafetyPlan::default().is_empty());
    }
}
