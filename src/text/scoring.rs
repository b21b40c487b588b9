//! Scoring what the person writes: `backfill` scores every row without a score; `Scorer` runs it on a
//! background thread after each save, so saving never waits for the model.

use super::catalog::{self, DEFAULT_MODEL};
use super::model::SentimentModel;
use crate::error::Result;
use crate::models::Manifest;
use crate::vault::repo::{sentiment, settings};
use crate::vault::stamp::Stamp;
use crate::vault::Vault;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

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
        let rows = vault.with_conn(|c| sentiment::pending(c, model.id(), BATCH))?;
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
                sentiment::upsert(
                    &tx,
                    &sentiment::Score {
                        source: row.source.to_string(),
                        source_id: row.source_id,
                        model: s.model.clone(),
                        probs: s.probs.clone(),
                        valence: s.valence,
                        label: s.label.clone(),
                        stars: s.stars,
                    },
                    &at,
                )?;
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

/// Progress of the background scorer.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ScorerStatus {
    /// Save notifications received.
    pub requested: u64,
    /// Notifications handled.
    pub done: u64,
    /// Rows scored since start.
    pub scored: usize,
    /// The last failure (model missing, vault locked…), cleared by the next success.
    pub last_error: Option<crate::Error>,
}

struct Shared {
    status: Mutex<ScorerStatus>,
    changed: Condvar,
}

/// A background thread that scores new rows after each save (one model kept loaded).
pub struct Scorer {
    tx: Option<mpsc::Sender<Arc<Vault>>>,
    shared: Arc<Shared>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Scorer {
    /// Starts the thread. Models are found through `manifest` and `data_dir`; ONNX Runtime is
    /// initialised on first use.
    pub fn start(manifest: Manifest, data_dir: PathBuf, threads: usize) -> Scorer {
        let (tx, rx) = mpsc::channel::<Arc<Vault>>();
        let shared = Arc::new(Shared {
            status: Mutex::new(ScorerStatus::default()),
            changed: Condvar::new(),
        });
        let sh = shared.clone();
        let thread = std::thread::Builder::new()
            .name("sentiment-scorer".into())
            .spawn(move || {
                let mut loaded: Option<SentimentModel> = None;
                while let Ok(mut vault) = rx.recv() {
                    let mut handled = 1;
                    while let Ok(v) = rx.try_recv() {
                        vault = v;
                        handled += 1;
                    }
                    let result = score_pending(&manifest, &data_dir, threads, &vault, &mut loaded);
                    let mut st = sh.status.lock().unwrap_or_else(|p| p.into_inner());
                    st.done += handled;
                    match result {
                        Ok(n) => {
                            st.scored += n;
                            st.last_error = None;
                        }
                        Err(e) => st.last_error = Some(e),
                    }
                    sh.changed.notify_all();
                }
            })
            .expect("spawn the scorer thread");
        Scorer {
            tx: Some(tx),
            shared,
            thread: Some(thread),
        }
    }

    /// Call after saving a message, journal entry or gratitude item: it is scored soon after.
    pub fn nudge(&self, vault: Arc<Vault>) {
        let mut st = self.shared.status.lock().unwrap_or_else(|p| p.into_inner());
        st.requested += 1;
        drop(st);
        if let Some(tx) = &self.tx {
            let _ = tx.send(vault);
        }
    }

    /// The current status.
    pub fn status(&self) -> ScorerStatus {
        self.shared
            .status
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Waits until every nudge so far has been handled; false on timeout.
    pub fn wait_idle(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let mut st = self.shared.status.lock().unwrap_or_else(|p| p.into_inner());
        while st.done < st.requested {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            st = self
                .shared
                .changed
                .wait_timeout(st, left)
                .unwrap_or_else(|p| p.into_inner())
                .0;
        }
        true
    }
}

impl Drop for Scorer {
    fn drop(&mut self) {
        self.tx.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn score_pending(
    manifest: &Manifest,
    data_dir: &std::path::Path,
    threads: usize,
    vault: &Vault,
    loaded: &mut Option<SentimentModel>,
) -> Result<usize> {
    let id = chosen_model(vault)?;
    if loaded.as_ref().map(|m| m.id()) != Some(id.as_str()) {
        *loaded = None;
        crate::runtime::init(None)?;
        let spec = catalog::resolve(manifest, data_dir, &id)?;
        *loaded = Some(SentimentModel::load(&spec, threads)?);
    }
    let model = loaded.as_mut().expect("loaded above");
    Ok(backfill(vault, model, |_| {})?.scored)
}
