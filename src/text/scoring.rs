//! Scoring what the person writes, the one path for every kind of text: [`score_one`] scores a row as it
//! is saved (journal, gratitude, chat message), [`backfill`] scores every row that has no score yet.

use super::catalog::{self, DEFAULT_MODEL};
use super::model::SentimentModel;
use crate::error::Result;
use crate::vault::repo::{sentiment, settings};
use crate::vault::stamp::Stamp;
use crate::vault::Vault;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Instant;

/// Rows per model call and per transaction.
pub const BATCH: usize = 256;

/// What a backfill did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct BackfillReport {
    /// Model id.
    pub model: String,
    /// Rows scored.
    pub scored: usize,
    /// Scored per source.
    pub by_source: BTreeMap<String, usize>,
    /// Wall time.
    pub seconds: f64,
}

/// The model that scores new text in this vault (`sentiment.model`, default [`DEFAULT_MODEL`]).
pub fn chosen_model(vault: &Vault) -> Result<String> {
    vault.with_conn(|c| {
        Ok(settings::get(c, catalog::SETTING)?
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_else(|| DEFAULT_MODEL.to_string()))
    })
}

/// Scores every user message, journal entry and gratitude item that has no score under `model`.
/// The model runs outside the vault's lock; each batch is stored in one transaction.
pub fn backfill(
    vault: &Vault,
    model: &mut SentimentModel,
    mut progress: impl FnMut(usize),
) -> Result<BackfillReport> {
    let start = Instant::now();
    let mut report = BackfillReport {
        model: model.id().to_string(),
        ..Default::default()
    };
    loop {
        let emotions = model.has_emotions();
        let rows = vault.with_conn(|c| sentiment::pending(c, model.id(), emotions, BATCH))?;
        let rows: Vec<_> = rows
            .into_iter()
            .filter(|r| !r.text.trim().is_empty())
            .collect();
        if rows.is_empty() {
            break;
        }
        let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        let scores = model.score_batch(&texts)?;
        let at = Stamp::now();
        vault.with_conn(|c| {
            let tx = c.transaction()?;
            for (row, s) in rows.iter().zip(&scores) {
                sentiment::upsert(&tx, &stored(row.source, row.source_id, s.clone()), &at)?;
            }
            tx.commit()?;
            Ok(())
        })?;
        for row in &rows {
            *report.by_source.entry(row.source.to_string()).or_default() += 1;
        }
        report.scored += rows.len();
        progress(report.scored);
    }
    report.seconds = start.elapsed().as_secs_f64();
    Ok(report)
}

/// A model result as stored for `source` row `id`.
fn stored(source: &str, id: i64, s: super::Sentiment) -> sentiment::Score {
    sentiment::Score {
        source: source.to_string(),
        source_id: id,
        model: s.model,
        probs: s.probs,
        valence: s.valence,
        label: s.label,
        stars: s.stars,
        emotion: s.emotion.map(|e| e.probs),
    }
}

/// Scores one saved row (`source` is `message`, `journal` or `gratitude`) and stores the result;
/// `Ok(None)` for blank text. The model runs before the vault's lock is taken.
pub fn score_one(
    vault: &Vault,
    model: &Mutex<SentimentModel>,
    source: &str,
    id: i64,
    text: &str,
) -> Result<Option<sentiment::Score>> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let s = model
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .score(text)?;
    let score = stored(source, id, s);
    vault.with_conn(|c| sentiment::upsert(c, &score, &Stamp::now()))?;
    Ok(Some(score))
}
