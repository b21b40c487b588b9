//! PHQ-9 and GAD-7: the form, and submitting it (scored by the published manuals, stored, awarded;
//! PHQ-9 item 9 above 0 takes the crisis path).

use super::App;
use crate::error::Result;
use crate::vault::Stamp;
use crate::wellness::{checkins, rewards};
use serde::Serialize;

/// A check-in's questions and answer options.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(rename = "CheckinForm")]
pub struct Form {
    /// `phq9` or `gad7`.
    pub id: &'static str,
    /// The items.
    pub items: &'static [&'static str],
    /// The four answers, 0–3.
    pub answers: [&'static str; 4],
    /// The closing difficulty question.
    pub difficulty_question: &'static str,
    /// Its four answers.
    pub difficulty_answers: [&'static str; 4],
    /// What a check-in is not.
    pub disclaimer: &'static str,
}

/// The PHQ-9 or GAD-7 form.
pub fn form(kind: &str) -> Result<Form> {
    let f = checkins::Form::parse(kind)?;
    Ok(Form {
        id: f.id(),
        items: f.items(),
        answers: checkins::ANSWERS,
        difficulty_question: checkins::DIFFICULTY_QUESTION,
        difficulty_answers: checkins::DIFFICULTY_ANSWERS,
        disclaimer: checkins::DISCLAIMER,
    })
}

/// Scores and stores a check-in with the person's note (may be empty) and awards what it earned.
/// PHQ-9 item 9 above 0 — or crisis language in the note — brings the card (recorded, so the risk
/// persists). Crisis lines are for `country`, else the profile's country.
pub fn submit(
    app: &App,
    kind: &str,
    answers: &[u8],
    difficulty: Option<i64>,
    note: &str,
    country: Option<&str>,
) -> Result<checkins::Scored> {
    let form = checkins::Form::parse(kind)?;
    let country = match country {
        Some(c) => c.to_string(),
        None => app.country()?,
    };
    let note = if note.trim().is_empty() {
        String::new()
    } else {
        crate::vault::validate::text("note", note, 1, 2000)?
    };
    let v = app.unlocked_vault()?;
    let mut s = v.with_conn(|c| {
        let at = Stamp::now();
        let tx = c.transaction()?;
        let s = checkins::submit(&tx, form, answers, difficulty, &country, &at)?;
        crate::vault::repo::assessments::set_note(&tx, s.assessment.id, &note)?;
        rewards::award(&tx, &at)?;
        tx.commit()?;
        tracing::info!(form = form.id(), id = s.assessment.id, "check-in saved");
        Ok(s)
    })?;
    s.assessment.note = note.clone();
    if s.crisis.is_none() && !note.is_empty() {
        s.crisis = crate::safety::card_for_text_with(&note, &country, app.semantic().as_deref());
    }
    if let Some(card) = &s.crisis {
        super::safety::record_card(&v, card, "checkin", Some(s.assessment.id))?;
    }
    Ok(s)
}
