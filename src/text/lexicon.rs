//! The AFINN-165 lexicon baseline exactly as npm `sentiment@5.0.2` scores text (its own word and emoji
//! lists, tokenizer and negation rule), for comparison with the model.

use crate::error::{Code, Error, Result};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The `sentiment` package's English lexicon.
pub struct Afinn {
    labels: HashMap<String, f64>,
    negators: HashSet<String>,
}

fn read_map(path: &Path) -> Result<HashMap<String, f64>> {
    let bytes = std::fs::read(path).map_err(|e| {
        Error::new(
            Code::ModelMissing,
            format!(
                "{}: {e} (scripts/setup.sh fetches npm sentiment@5.0.2)",
                path.display()
            ),
        )
    })?;
    serde_json::from_slice(&bytes)
        .map_err(|e| Error::new(Code::ModelCorrupt, format!("{}: {e}", path.display())))
}

impl Afinn {
    /// Loads `languages/en/labels.json`, `build/emoji.json` and `languages/en/negators.json` from the
    /// unpacked npm package folder.
    pub fn load(package: &Path) -> Result<Self> {
        let mut labels = read_map(&package.join("languages/en/labels.json"))?;
        labels.extend(read_map(&package.join("build/emoji.json"))?);
        let negators = read_map(&package.join("languages/en/negators.json"))?
            .into_keys()
            .collect();
        Ok(Self { labels, negators })
    }

    /// The package's `score`: the sum of word scores, a word's sign flipped after a negator.
    pub fn score(&self, text: &str) -> f64 {
        let tokens = tokenize(text);
        tokens
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let s = *self.labels.get(t.as_str())?;
                let negated = i > 0 && self.negators.contains(tokens[i - 1].as_str());
                Some(if negated { -s } else { s })
            })
            .sum()
    }

    /// The package's own accuracy rule (test/benchmark/validate.js): comparative ≥ 0 is positive.
    pub fn is_positive(&self, text: &str) -> bool {
        self.score(text) >= 0.0
    }
}

/// The package's tokenizer (lib/tokenize.js): lower case, punctuation to spaces, runs of whitespace
/// to one space, trim, split on spaces.
fn tokenize(input: &str) -> Vec<String> {
    const PUNCT: &str = ".,/#!?$%^&*;:{}=_`\"~()";
    let lowered: String = input
        .to_lowercase()
        .chars()
        .map(|c| {
            if c == '\n' || PUNCT.contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut collapsed = String::with_capacity(lowered.len());
    let chars: Vec<char> = lowered.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() && chars.get(i + 1).is_some_and(|c| c.is_whitespace()) {
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            collapsed.push(' ');
        } else {
            collapsed.push(chars[i]);
            i += 1;
        }
    }
    collapsed.trim().split(' ').map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::tokenize;

    #[test]
    fn tokenizes_like_the_package() {
        assert_eq!(
            tokenize("Not  good,\nreally!"),
            vec!["not", "good", "really"]
        );
        assert_eq!(tokenize("don't   stop"), vec!["don't", "stop"]);
    }
}
