//! Sentiment use cases: score a text on demand, score a saved row (the one scoring path every "add
//! text" use case takes), backfill older rows, choose the profile's model.

use super::App;
use crate::error::{Code, Error, Result};
use crate::text::scoring::{self, BackfillReport};
use crate::text::{catalog, Sentiment};
use crate::vault::repo::{sentiment, settings};
use crate::vault::{Stamp, Vault};

/// Scores `text` with the profile's model (the journal editor's live hint, `mentora sentiment`).
pub fn analyze(app: &App, text: &str) -> Result<Sentiment> {
    let m = app.sentiment().ok_or_else(|| {
        Error::new(
            Code::ModelMissing,
            "the sentiment model is not available (see System check)",
        )
    })?;
    let mut m = m.lock().unwrap_or_else(|p| p.into_inner());
    m.score(text)
}

/// Scores a row just saved and stores the score; `None` when the model is not available or the text
/// is blank (the row is then scored by the next backfill). Saving never fails because of scoring.
pub fn score_saved(
    app: &App,
    v: &Vault,
    source: &str,
    id: i64,
    text: &str,
) -> Option<sentiment::Score> {
    let model = app.sentiment()?;
    match scoring::score_one(v, &model, source, id, text) {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(code = %e.code(), source, "not scored yet: {}", e.message());
            None
        }
    }
}

/// Scores every row of the open vault that has no score under the profile's model.
pub fn backfill(
    app: &App,
    model_id: Option<&str>,
    threads: usize,
    progress: impl FnMut(usize),
) -> Result<BackfillReport> {
    let v = app.unlocked_vault()?;
    let id = match model_id {
        Some(id) => id.to_string(),
        None => scoring::chosen_model(&v)?,
    };
    let mut m = app.load_sentiment(&id, threads)?;
    scoring::backfill(&v, &mut m, progress)
}

/// After an unlock in the window: scores older rows on a thread with the shared model.
pub fn backfill_in_background(app: &App) {
    let app = app.clone();
    std::thread::spawn(move || {
        // The model is loaded only when there is something to score (it is ~100 MB in memory).
        let Ok(v) = app.background_vault() else {
            return;
        };
        let waiting = scoring::chosen_model(&v)
            .and_then(|id| {
                let emotions = crate::text::catalog::reads_emotions(&id);
                v.with_conn(|c| sentiment::pending(c, &id, emotions, 1))
            })
            .map(|p| !p.is_empty())
            .unwrap_or(true);
        if !waiting {
            return;
        }
        let Some(m) = app.sentiment() else {
            return;
        };
        let mut m = m.lock().unwrap_or_else(|p| p.into_inner());
        match scoring::backfill(&v, &mut m, |_| {}) {
            Ok(r) if r.scored > 0 => tracing::info!(rows = r.scored, "older entries scored"),
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(code = %e.code(), "scoring older entries stopped: {}", e.message())
            }
        }
    });
}

/// Chooses the model that scores this profile's new text (checked to exist first).
pub fn use_model(app: &App, id: &str) -> Result<()> {
    catalog::resolve(&app.manifest()?, &app.data_dir()?, id)?;
    app.with_vault(|v| {
        v.with_conn(|c| settings::set(c, catalog::SETTING, &serde_json::json!(id), &Stamp::now()))
    })?;
    app.reset_engines();
    Ok(())
}
