//! The crisis bank layer's word index: which sentences of a long text are read first (those whose
//! words best cover some crisis statement of the bank, rare words counting more).

use super::normalize;
use super::semantic::{bank, Label};
use std::collections::{HashMap, HashSet};

/// A word index over the bank's crisis statements (folded words as the rules read them): the TF-IDF
/// cosine of a sentence with its closest statement, each word weighted by its rarity in the bank.
pub(crate) struct Shortlist {
    idf: HashMap<String, f32>,
    /// The weight of a word the bank does not have.
    unseen: f32,
    /// word → crisis statements (index into `norm`) that contain it.
    postings: HashMap<String, Vec<u32>>,
    /// Each crisis statement's vector length.
    norm: Vec<f32>,
}

fn words(text: &str) -> HashSet<String> {
    normalize::tokens(text)
        .into_iter()
        .map(|t| t.text)
        .filter(|w| w != normalize::BREAK && w.chars().count() >= 2)
        .collect()
}

impl Shortlist {
    pub(crate) fn new() -> Self {
        let lines: Vec<(bool, HashSet<String>)> = bank()
            .iter()
            .map(|l| (l.label == Label::Crisis, words(&l.text)))
            .collect();
        let mut df: HashMap<String, f32> = HashMap::new();
        for (_, ws) in &lines {
            for w in ws {
                *df.entry(w.clone()).or_default() += 1.0;
            }
        }
        let n = lines.len() as f32;
        let idf: HashMap<String, f32> = df
            .into_iter()
            .map(|(w, d)| (w, (n / d).ln().max(0.0)))
            .collect();
        let (mut postings, mut norm): (HashMap<String, Vec<u32>>, Vec<f32>) = Default::default();
        for (_, ws) in lines.iter().filter(|(crisis, _)| *crisis) {
            let k = norm.len() as u32;
            norm.push(
                ws.iter()
                    .map(|w| idf[w] * idf[w])
                    .sum::<f32>()
                    .sqrt()
                    .max(1e-6),
            );
            for w in ws {
                postings.entry(w.clone()).or_default().push(k);
            }
        }
        Shortlist {
            idf,
            unseen: n.ln(),
            postings,
            norm,
        }
    }

    /// 0 … 1: the TF-IDF cosine of `toks` with the closest crisis statement.
    pub(crate) fn score(&self, toks: &[normalize::Token]) -> f32 {
        let mut dot = vec![0f32; self.norm.len()];
        let mut seen = HashSet::new();
        let mut len = 0f32;
        for t in toks {
            if t.text == normalize::BREAK
                || t.text.chars().count() < 2
                || !seen.insert(t.text.as_str())
            {
                continue;
            }
            let w = self.idf.get(&t.text).copied().unwrap_or(self.unseen);
            len += w * w;
            for &k in self.postings.get(&t.text).into_iter().flatten() {
                dot[k as usize] += w * w;
            }
        }
        if len <= 0.0 {
            return 0.0;
        }
        dot.iter()
            .zip(&self.norm)
            .map(|(d, n)| d / (n * len.sqrt()))
            .fold(0.0, f32::max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shortlist_prefers_sentences_near_a_crisis_statement() {
        let s = Shortlist::new();
        let score = |t: &str| s.score(&normalize::tokens(t));
        for (near, far) in [
            (
                "honestly i just want to die tonight",
                "the bus was late again today",
            ),
            (
                "ich will einfach nicht mehr leben",
                "heute war das Wetter schön",
            ),
            (
                "je veux en finir avec tout ça",
                "on a mangé une pizza ce soir",
            ),
        ] {
            assert!(
                score(near) > score(far),
                "{near}: {} vs {}",
                score(near),
                score(far)
            );
        }
        assert_eq!(score(""), 0.0);
    }
}
