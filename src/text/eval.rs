//! Accuracy on the labelled sentences of npm `sentiment@5.0.2` (UCI amazon, yelp, imdb), for a model
//! and for the AFINN baseline on the same rows.

use super::lexicon::Afinn;
use super::model::SentimentModel;
use crate::error::{Code, Error, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The fixture files, in report order. imdb was never used to train or tune the head.
pub const FIXTURES: &[&str] = &["amazon", "yelp", "imdb"];

/// Where `scripts/setup.sh` unpacks the npm package, relative to the repository.
pub const DEFAULT_PACKAGE: &str = ".deps/npm-sentiment/package";

/// One labelled sentence.
#[derive(Debug, Clone, Deserialize)]
pub struct Row {
    /// The sentence.
    pub text: String,
    /// 0 negative, 1 positive (`null` on each file's trailing empty row, which is skipped).
    pub class: Option<u8>,
}

/// Accuracy of one classifier on one fixture.
#[derive(Debug, Clone, Serialize)]
pub struct Accuracy {
    /// Fixture name.
    pub fixture: String,
    /// Rows.
    pub n: usize,
    /// Correct rows.
    pub correct: usize,
}

impl Accuracy {
    /// correct / n.
    pub fn rate(&self) -> f64 {
        self.correct as f64 / self.n.max(1) as f64
    }
}

/// The package folder: `explicit`, else `MENTORA_SENTIMENT_FIXTURES`, else the build tree's copy.
pub fn package_dir(explicit: Option<&Path>) -> PathBuf {
    explicit
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os("MENTORA_SENTIMENT_FIXTURES").map(PathBuf::from))
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_PACKAGE))
}

/// The labelled rows of `test/fixtures/<name>.json`.
pub fn load(package: &Path, name: &str) -> Result<Vec<(String, bool)>> {
    let path = package.join("test/fixtures").join(format!("{name}.json"));
    let bytes = std::fs::read(&path).map_err(|e| {
        Error::new(
            Code::ModelMissing,
            format!(
                "{}: {e} (scripts/setup.sh fetches npm sentiment@5.0.2)",
                path.display()
            ),
        )
    })?;
    let rows: Vec<Row> = serde_json::from_slice(&bytes)
        .map_err(|e| Error::new(Code::ModelCorrupt, format!("{}: {e}", path.display())))?;
    Ok(rows
        .into_iter()
        .filter_map(|r| r.class.filter(|c| *c <= 1).map(|c| (r.text, c == 1)))
        .collect())
}

/// The model's accuracy (positive when valence > 0) on each fixture.
pub fn model_accuracy(model: &mut SentimentModel, package: &Path) -> Result<Vec<Accuracy>> {
    FIXTURES
        .iter()
        .map(|name| {
            let rows = load(package, name)?;
            let mut correct = 0;
            for chunk in rows.chunks(64) {
                let texts: Vec<&str> = chunk.iter().map(|(t, _)| t.as_str()).collect();
                let scores = model.score_batch(&texts)?;
                correct += scores
                    .iter()
                    .zip(chunk)
                    .filter(|(s, (_, pos))| (s.valence > 0.0) == *pos)
                    .count();
            }
            Ok(Accuracy {
                fixture: name.to_string(),
                n: rows.len(),
                correct,
            })
        })
        .collect()
}

/// The AFINN baseline's accuracy on each fixture (the package's own rule).
pub fn afinn_accuracy(afinn: &Afinn, package: &Path) -> Result<Vec<Accuracy>> {
    FIXTURES
        .iter()
        .map(|name| {
            let rows = load(package, name)?;
            let correct = rows
                .iter()
                .filter(|(t, pos)| afinn.is_positive(t) == *pos)
                .count();
            Ok(Accuracy {
                fixture: name.to_string(),
                n: rows.len(),
                correct,
            })
        })
        .collect()
}
