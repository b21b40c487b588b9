//! Built-in journal prompts: gratitude, reframing a thought (the CBT thought record's questions),
//! what helped, looking ahead, a worry sorted into what is and is not in one's control. One a day,
//! the same all day, turning through the list.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// A prompt: what it is for, its question, and the text an entry starts with.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Prompt {
    /// Stable id.
    pub id: String,
    /// Its name.
    pub title: String,
    /// The question shown.
    pub question: String,
    /// The entry's starting text (headings to fill in).
    pub body: String,
}

/// (id, title, question, body).
const PROMPTS: [(&str, &str, &str, &str); 7] = [
    (
        "three-good-things",
        "Three good things",
        "What were three good things today, however small, and what part did you play in them?",
        "1. \n2. \n3. \nWhat I did to make them happen: ",
    ),
    (
        "reframe",
        "Reframing a thought",
        "Is a thought weighing on you? Write it down, then look at it from another side.",
        "What happened: \nThe thought: \nHow strongly I believe it (0–100): \nWhat speaks for it: \nWhat speaks against it: \nA kinder, more balanced way to see it: \n",
    ),
    (
        "what-helped",
        "What helped today",
        "What helped today, even a little? Something you did, someone, a place.",
        "What helped: \nWhy I think it helped: \nCould I do it again tomorrow? ",
    ),
    (
        "looking-forward",
        "Looking forward",
        "What is one thing you are looking forward to, this week or later?",
        "I'm looking forward to: \nWhat I can do to make it happen: ",
    ),
    (
        "worry-sort",
        "Sorting a worry",
        "Is something worrying you? Sort it into what you can and cannot change.",
        "The worry: \nWhat is in my control: \nWhat is not: \nOne small step I can take: ",
    ),
    (
        "kind-to-myself",
        "Being kind to myself",
        "What would you say to a good friend who had your day?",
        "What I'd tell a friend: \n",
    ),
    (
        "body-check",
        "How my body feels",
        "How does your body feel right now: sleep, energy, tension, hunger?",
        "Sleep: \nEnergy: \nWhere I feel tension: \nWhat my body needs: ",
    ),
];

/// Every built-in prompt.
pub fn all() -> Vec<Prompt> {
    PROMPTS
        .iter()
        .map(|(id, title, question, body)| Prompt {
            id: id.to_string(),
            title: title.to_string(),
            question: question.to_string(),
            body: body.to_string(),
        })
        .collect()
}

/// The prompt of `day`.
pub fn of_day(day: NaiveDate) -> Prompt {
    let n = day.num_days_from_ce().rem_euclid(PROMPTS.len() as i32) as usize;
    all().swap_remove(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_day_has_one_prompt_and_the_list_turns() {
        let d: NaiveDate = "2026-12-03".parse().unwrap();
        let week: std::collections::BTreeSet<String> = (0..7)
            .map(|i| of_day(d + chrono::Days::new(i)).id)
            .collect();
        assert_eq!(week.len(), PROMPTS.len(), "a week shows every prompt once");
        assert_eq!(of_day(d), of_day(d));
    }
}
