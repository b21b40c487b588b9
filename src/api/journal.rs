//! The journal: add, edit, list (or search), delete. Adding or editing scores the text and awards
//! what the entry earned.

use super::App;
use crate::error::Result;
use crate::safety::{card_for_text_with, CrisisCard};
use crate::vault::repo::{journal, sentiment};
use crate::vault::Stamp;
use crate::wellness::rewards;
use serde::Serialize;

/// A journal entry with its sentiment (None when the model is not available; it is scored later).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ScoredEntry {
    /// The entry.
    #[serde(flatten)]
    pub entry: journal::Entry,
    /// Its score.
    pub sentiment: Option<sentiment::Score>,
    /// The card to show with it when the text reads as a crisis (or as worry for someone else); the
    /// entry is saved either way.
    pub crisis: Option<CrisisCard>,
}

/// The text a journal entry is scored (and checked) by: title and text.
pub fn text_of(e: &journal::Entry) -> String {
    if e.title.is_empty() {
        e.text.clone()
    } else {
        format!("{}\n{}", e.title, e.text)
    }
}

/// Saves a new entry, awards badges, scores it.
pub fn add(app: &App, input: &journal::EntryInput) -> Result<ScoredEntry> {
    let v = app.unlocked_vault()?;
    let entry = v.with_conn(|c| {
        let at = Stamp::now();
        let e = journal::add(c, input, &at)?;
        rewards::award(c, &at)?;
        Ok(e)
    })?;
    let text = text_of(&entry);
    let crisis = card_for_text_with(&text, &app.country()?, app.semantic().as_deref());
    if let Some(card) = &crisis {
        super::safety::record_card(&v, card, "journal", Some(entry.id))?;
    }
    let sentiment = super::sentiment::score_saved(app, &v, "journal", entry.id, &text);
    tracing::info!(
        id = entry.id,
        scored = sentiment.is_some(),
        "journal entry saved"
    );
    Ok(ScoredEntry {
        entry,
        sentiment,
        crisis,
    })
}

/// Replaces an entry's mood, tags, title and text; it is scored again.
pub fn update(app: &App, id: i64, input: &journal::EntryInput) -> Result<ScoredEntry> {
    let v = app.unlocked_vault()?;
    let entry = v.with_conn(|c| journal::update(c, id, input, &Stamp::now()))?;
    let text = text_of(&entry);
    let crisis = card_for_text_with(&text, &app.country()?, app.semantic().as_deref());
    if let Some(card) = &crisis {
        super::safety::record_card(&v, card, "journal", Some(entry.id))?;
    }
    let sentiment = super::sentiment::score_saved(app, &v, "journal", entry.id, &text);
    Ok(ScoredEntry {
        entry,
        sentiment,
        crisis,
    })
}

/// Entries (newest first), only those containing `search` when it is not blank, with their scores.
pub fn list(app: &App, search: Option<&str>) -> Result<Vec<ScoredEntry>> {
    app.with_vault(|v| {
        v.with_conn(|c| {
            let list = match search.map(str::trim).filter(|s| !s.is_empty()) {
                Some(q) => journal::search(c, q)?,
                None => journal::list(c, "0000-01-01", "9999-12-31")?,
            };
            list.into_iter()
                .map(|entry| {
                    Ok(ScoredEntry {
                        sentiment: sentiment::for_source(c, "journal", entry.id)?,
                        entry,
                        crisis: None,
                    })
                })
                .collect()
        })
    })
}

/// Deletes an entry (its score goes with it).
pub fn delete(app: &App, id: i64) -> Result<()> {
    app.with_vault(|v| v.with_conn(|c| journal::delete(c, id)))
}
