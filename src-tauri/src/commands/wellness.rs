//! Journal, gratitude, sleep, breathing and check-ins; journal and gratitude text is scored as it is
//! saved (in this background task, never on the window's thread).

use crate::state::AppState;
use mentora::vault::repo::{gratitude, journal, logs, sentiment};
use mentora::vault::{Stamp, Vault};
use mentora::wellness::{breathing, checkins, overview, rewards};
use mentora::Result;
use serde::Serialize;

/// An entry with its sentiment (None when the model is not available; it is scored later).
#[derive(Serialize)]
pub struct Scored<T: Serialize> {
    /// The row.
    #[serde(flatten)]
    pub item: T,
    /// Its score.
    pub sentiment: Option<sentiment::Score>,
}

fn score(
    state: &AppState,
    v: &Vault,
    source: &str,
    id: i64,
    text: &str,
) -> Option<sentiment::Score> {
    if text.trim().is_empty() {
        return None;
    }
    let model = state.sentiment()?;
    let s = model
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .score(text)
        .ok()?;
    let score = sentiment::Score {
        source: source.into(),
        source_id: id,
        model: s.model,
        probs: s.probs,
        valence: s.valence,
        label: s.label,
        stars: s.stars,
    };
    v.with_conn(|c| sentiment::upsert(c, &score, &Stamp::now()))
        .ok()?;
    Some(score)
}

/// Saves a journal entry and scores it.
#[tauri::command]
pub async fn journal_add(
    state: tauri::State<'_, AppState>,
    entry: journal::EntryInput,
) -> Result<Scored<journal::Entry>> {
    let state = state.inner().clone();
    super::blocking(move || {
        let v = state.unlocked_vault()?;
        let e = v.with_conn(|c| {
            let e = journal::add(c, &entry, &Stamp::now())?;
            rewards::award(c, &Stamp::now())?;
            Ok(e)
        })?;
        let text = if e.title.is_empty() {
            e.text.clone()
        } else {
            format!("{}\n{}", e.title, e.text)
        };
        let sentiment = score(&state, &v, "journal", e.id, &text);
        Ok(Scored { item: e, sentiment })
    })
    .await
}

/// Journal entries (newest first), optionally only those containing `search`, with their scores.
#[tauri::command]
pub async fn journal_list(
    state: tauri::State<'_, AppState>,
    search: Option<String>,
) -> Result<Vec<Scored<journal::Entry>>> {
    let state = state.inner().clone();
    super::blocking(move || {
        state.unlocked_vault()?.with_conn(|c| {
            let list = match search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                Some(q) => journal::search(c, q)?,
                None => journal::list(c, "0000-01-01", "9999-12-31")?,
            };
            list.into_iter()
                .map(|e| {
                    Ok(Scored {
                        sentiment: sentiment::for_source(c, "journal", e.id)?,
                        item: e,
                    })
                })
                .collect()
        })
    })
    .await
}

/// Deletes a journal entry.
#[tauri::command]
pub async fn journal_delete(state: tauri::State<'_, AppState>, id: i64) -> Result<()> {
    let state = state.inner().clone();
    super::blocking(move || {
        state
            .unlocked_vault()?
            .with_conn(|c| journal::delete(c, id))
    })
    .await
}

/// Adds today's gratitude item (up to three) and scores it.
#[tauri::command]
pub async fn gratitude_add(
    state: tauri::State<'_, AppState>,
    text: String,
) -> Result<Scored<gratitude::Item>> {
    let state = state.inner().clone();
    super::blocking(move || {
        let v = state.unlocked_vault()?;
        let i = v.with_conn(|c| gratitude::add(c, &text, &Stamp::now()))?;
        let sentiment = score(&state, &v, "gratitude", i.id, &i.text);
        Ok(Scored { item: i, sentiment })
    })
    .await
}

/// Gratitude items between two days.
#[tauri::command]
pub async fn gratitude_list(
    state: tauri::State<'_, AppState>,
    from: String,
    to: String,
) -> Result<Vec<gratitude::Item>> {
    let state = state.inner().clone();
    super::blocking(move || {
        state
            .unlocked_vault()?
            .with_conn(|c| gratitude::list(c, &from, &to))
    })
    .await
}

/// Logs a night.
#[tauri::command]
pub async fn sleep_log(
    state: tauri::State<'_, AppState>,
    input: logs::SleepInput,
) -> Result<logs::Sleep> {
    let state = state.inner().clone();
    super::blocking(move || {
        state
            .unlocked_vault()?
            .with_conn(|c| logs::log_sleep(c, &input, &Stamp::now()))
    })
    .await
}

/// Nights between two days.
#[tauri::command]
pub async fn sleep_list(
    state: tauri::State<'_, AppState>,
    from: String,
    to: String,
) -> Result<Vec<logs::Sleep>> {
    let state = state.inner().clone();
    super::blocking(move || {
        state
            .unlocked_vault()?
            .with_conn(|c| logs::sleeps(c, &from, &to))
    })
    .await
}

/// A breathing pattern and its phase schedule for `planned_s` seconds.
#[derive(Serialize)]
pub struct Plan {
    pattern: breathing::Pattern,
    steps: Vec<breathing::Step>,
}

/// The schedule the window animates.
#[tauri::command]
pub async fn breathing_plan(pattern: String, planned_s: f64) -> Result<Plan> {
    let p = breathing::pattern(&pattern)?;
    let steps = breathing::schedule(&p, planned_s)?;
    Ok(Plan { pattern: p, steps })
}

/// Logs a finished (or stopped) exercise.
#[tauri::command]
pub async fn breathing_log(
    state: tauri::State<'_, AppState>,
    session: logs::Breathing,
) -> Result<i64> {
    let state = state.inner().clone();
    super::blocking(move || {
        state
            .unlocked_vault()?
            .with_conn(|c| logs::log_breathing(c, &session, &Stamp::now()))
    })
    .await
}

/// A check-in's questions and answer options.
#[derive(Serialize)]
pub struct Form {
    id: &'static str,
    items: &'static [&'static str],
    answers: [&'static str; 4],
    difficulty_question: &'static str,
    difficulty_answers: [&'static str; 4],
    disclaimer: &'static str,
}

/// The PHQ-9 or GAD-7 form.
#[tauri::command]
pub async fn checkin_form(kind: String) -> Result<Form> {
    let f = checkins::Form::parse(&kind)?;
    Ok(Form {
        id: f.id(),
        items: f.items(),
        answers: checkins::ANSWERS,
        difficulty_question: checkins::DIFFICULTY_QUESTION,
        difficulty_answers: checkins::DIFFICULTY_ANSWERS,
        disclaimer: checkins::DISCLAIMER,
    })
}

/// Scores and stores a check-in; PHQ-9 item 9 above 0 returns the crisis card.
#[tauri::command]
pub async fn checkin_submit(
    state: tauri::State<'_, AppState>,
    kind: String,
    answers: Vec<u8>,
    difficulty: Option<i64>,
) -> Result<checkins::Scored> {
    let state = state.inner().clone();
    super::blocking(move || {
        let v = state.unlocked_vault()?;
        let country = state.chat_config()?.country;
        v.with_conn(|c| {
            let s = checkins::submit(
                c,
                checkins::Form::parse(&kind)?,
                &answers,
                difficulty,
                &country,
                &Stamp::now(),
            )?;
            rewards::award(c, &Stamp::now())?;
            Ok(s)
        })
    })
    .await
}

/// The profile: streak, counts, points, badges, last check-in scores.
#[tauri::command]
pub async fn profile_overview(state: tauri::State<'_, AppState>) -> Result<overview::Overview> {
    let state = state.inner().clone();
    super::blocking(move || {
        let v = state.unlocked_vault()?;
        let today = Stamp::now().date_str().parse().expect("a date");
        let profile = v.profile().clone();
        v.with_conn(|c| overview::overview(c, &profile, today))
    })
    .await
}
