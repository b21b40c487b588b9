//! PHQ-9 and GAD-7 as published (Pfizer; reproduction permitted): item texts, answers 0–3, totals,
//! severity bands, the unscored difficulty question. PHQ-9 item 9 above 0 takes the crisis path
//! whatever the total. A check-in is a screening, not a diagnosis.

use crate::error::{Error, Result};
use crate::safety::{self, CrisisCard, Reason};
use crate::vault::repo::assessments::{self, Assessment};
use crate::vault::Stamp;
use rusqlite::Connection;
use serde::Serialize;

/// The answer scale shared by both forms.
pub const ANSWERS: [&str; 4] = [
    "Not at all",
    "Several days",
    "More than half the days",
    "Nearly every day",
];

/// The unscored last question of both forms.
pub const DIFFICULTY_QUESTION: &str = "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?";
/// Its answers.
pub const DIFFICULTY_ANSWERS: [&str; 4] = [
    "Not difficult at all",
    "Somewhat difficult",
    "Very difficult",
    "Extremely difficult",
];

/// Says plainly what a result is and is not.
pub const DISCLAIMER: &str = "This check-in is a screening questionnaire, not a diagnosis. Only a qualified professional can diagnose depression or anxiety; if your results worry you, please talk to one.";

/// PHQ-9 items ("Over the last 2 weeks, how often have you been bothered by any of the following problems?").
pub const PHQ9: [&str; 9] = [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
];

/// GAD-7 items ("Over the last 2 weeks, how often have you been bothered by the following problems?").
pub const GAD7: [&str; 7] = [
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
];

/// Which form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(rename = "CheckinKind")]
#[serde(rename_all = "lowercase")]
pub enum Form {
    /// Depression, 9 items, 0–27.
    Phq9,
    /// Anxiety, 7 items, 0–21.
    Gad7,
}

impl Form {
    /// `phq9` / `gad7`.
    pub fn id(self) -> &'static str {
        match self {
            Form::Phq9 => "phq9",
            Form::Gad7 => "gad7",
        }
    }

    /// From `phq9` / `gad7`.
    pub fn parse(s: &str) -> Result<Form> {
        match s.trim().to_ascii_lowercase().as_str() {
            "phq9" | "phq-9" => Ok(Form::Phq9),
            "gad7" | "gad-7" => Ok(Form::Gad7),
            _ => Err(Error::invalid(
                "kind",
                format!("must be phq9 or gad7 (got '{s}')"),
            )),
        }
    }

    /// The item texts.
    pub fn items(self) -> &'static [&'static str] {
        match self {
            Form::Phq9 => &PHQ9,
            Form::Gad7 => &GAD7,
        }
    }

    /// The severity band of a total, per the published manuals.
    pub fn severity(self, total: u32) -> &'static str {
        match (self, total) {
            (_, 0..=4) => "minimal",
            (_, 5..=9) => "mild",
            (_, 10..=14) => "moderate",
            (Form::Phq9, 15..=19) => "moderately severe",
            (Form::Phq9, _) => "severe",
            (Form::Gad7, _) => "severe",
        }
    }
}

/// A scored check-in.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(rename = "CheckinResult")]
pub struct Scored {
    /// The stored row.
    pub assessment: Assessment,
    /// The band.
    pub severity: &'static str,
    /// Present when the crisis path was taken (PHQ-9 item 9 > 0).
    pub crisis: Option<CrisisCard>,
    /// What a check-in is not.
    pub disclaimer: &'static str,
}

/// Totals and bands answers (validated), without storing them.
pub fn score(form: Form, answers: &[u8]) -> Result<(u32, &'static str)> {
    let n = form.items().len();
    if answers.len() != n {
        return Err(Error::invalid(
            "answers",
            format!("{} has {n} items (got {})", form.id(), answers.len()),
        ));
    }
    for (i, a) in answers.iter().enumerate() {
        if *a > 3 {
            return Err(Error::invalid(
                &format!("answers[{}]", i + 1),
                format!("must be between 0 and 3 (got {a})"),
            ));
        }
    }
    let total: u32 = answers.iter().map(|a| u32::from(*a)).sum();
    Ok((total, form.severity(total)))
}

/// Scores, stores, and takes the crisis path when PHQ-9 item 9 is above 0.
pub fn submit(
    c: &Connection,
    form: Form,
    answers: &[u8],
    difficulty: Option<i64>,
    country: &str,
    at: &Stamp,
) -> Result<Scored> {
    let (_, severity) = score(form, answers)?;
    let assessment = assessments::save(c, form.id(), answers, severity, difficulty, at)?;
    let crisis = (form == Form::Phq9 && answers[8] > 0)
        .then(|| safety::crisis_card(Reason::Phq9Item9, country));
    Ok(Scored {
        assessment,
        severity,
        crisis,
        disclaimer: DISCLAIMER,
    })
}
