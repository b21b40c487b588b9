//! `mentora journal|gratitude|sleep|breathe|checkin|overview` over an unlocked profile.

use super::vault::{open, read_secret};
use crate::api;
use crate::error::{Error, Result};
use crate::safety::CrisisCard;
use crate::vault::repo::{journal, logs};
use crate::wellness::checkins;
use std::process::ExitCode;

/// `mentora journal add`.
pub fn journal_add(
    profile: &str,
    mood: i64,
    tags: Vec<String>,
    title: String,
    text: String,
) -> Result<ExitCode> {
    let app = open(profile)?;
    let input = journal::EntryInput {
        mood,
        tags,
        title,
        text,
    };
    let e = api::journal::add(&app, &input)?;
    println!(
        "saved journal entry {} ({}, mood {}/5)",
        e.entry.id, e.entry.local_date, e.entry.mood
    );
    print_score(e.sentiment.as_ref(), &api::journal::text_of(&e.entry));
    Ok(ExitCode::SUCCESS)
}

/// `mentora journal list [--search Q]`.
pub fn journal_list(profile: &str, search: Option<String>) -> Result<ExitCode> {
    let app = open(profile)?;
    for e in api::journal::list(&app, search.as_deref())? {
        let e = e.entry;
        let tags = if e.tags.is_empty() {
            String::new()
        } else {
            format!(" [{}]", e.tags.join(", "))
        };
        println!(
            "{} #{} mood {}/5{} {}{}",
            e.local_date,
            e.id,
            e.mood,
            tags,
            e.title,
            if e.text.is_empty() {
                String::new()
            } else {
                format!(": {}", e.text.replace('\n', " "))
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora gratitude add TEXT`.
pub fn gratitude_add(profile: &str, text: &str) -> Result<ExitCode> {
    let app = open(profile)?;
    let i = api::wellness::gratitude_add(&app, text)?;
    println!(
        "saved gratitude {}/3 for {}",
        i.item.position, i.item.local_date
    );
    print_score(i.sentiment.as_ref(), &i.item.text);
    Ok(ExitCode::SUCCESS)
}

/// Prints a row's sentiment, or that it will be scored later.
fn print_score(s: Option<&crate::vault::repo::sentiment::Score>, text: &str) {
    match s {
        Some(s) => println!(
            "sentiment: {} (valence {:+.2}, mood {:.1}/5, {})",
            s.label, s.valence, s.stars, s.model
        ),
        None if !text.trim().is_empty() => {
            eprintln!("not scored yet: the sentiment model is not available (see mentora doctor)")
        }
        None => {}
    }
}

/// `mentora sleep log`.
pub fn sleep_log(profile: &str, input: logs::SleepInput) -> Result<ExitCode> {
    let s = api::wellness::sleep_log(&open(profile)?, &input)?;
    println!(
        "saved sleep for {}: {:.2} h, quality {}/10",
        s.local_date, s.hours, s.quality
    );
    Ok(ExitCode::SUCCESS)
}

/// `mentora breathe [PATTERN] [--seconds S]`: prints the phases.
pub fn breathe(pattern: &str, seconds: f64) -> Result<ExitCode> {
    let api::wellness::Plan { pattern: p, steps } =
        api::wellness::breathing_plan(pattern, seconds)?;
    println!(
        "{} — {:.1} s per breath, {} breaths",
        p.name,
        p.cycle_s(),
        steps.last().map_or(0, |s| s.cycle)
    );
    for s in steps {
        println!(
            "{:6.1}s  breath {:>2}  {:<10} {:.1} s",
            s.start_s,
            s.cycle,
            format!("{:?}", s.phase).to_lowercase(),
            s.duration_s
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn print_card(card: &CrisisCard) {
    println!("\n*** {} ***\n{}", card.title, card.message);
    for r in &card.resources {
        println!("  - {}: {} ({})", r.name, r.contact, r.detail);
    }
}

/// `mentora checkin phq9|gad7 PROFILE [--country CC]`: asks each item, answers 0–3.
pub fn checkin(kind: &str, profile: &str, country: Option<&str>, note: &str) -> Result<ExitCode> {
    let form = api::checkin::form(kind)?;
    let app = open(profile)?;
    println!("Over the last 2 weeks, how often have you been bothered by the following problems?");
    println!(
        "0 = {}, 1 = {}, 2 = {}, 3 = {}",
        checkins::ANSWERS[0],
        checkins::ANSWERS[1],
        checkins::ANSWERS[2],
        checkins::ANSWERS[3]
    );
    let mut answers = Vec::new();
    for (i, item) in form.items.iter().enumerate() {
        let a = read_secret_line(&format!("{}. {item}: ", i + 1))?;
        let n: u8 = a.trim().parse().ok().filter(|n| *n <= 3).ok_or_else(|| {
            Error::invalid(
                &format!("answers[{}]", i + 1),
                format!("a number 0-3 (got '{}')", a.trim()),
            )
        })?;
        answers.push(n);
    }
    println!("{}", checkins::DIFFICULTY_QUESTION);
    let d = read_secret_line("0-3 (empty to skip): ")?;
    let difficulty = if d.trim().is_empty() {
        None
    } else {
        Some(
            d.trim()
                .parse::<i64>()
                .map_err(|_| Error::invalid("difficulty", "a number 0-3"))?,
        )
    };
    let scored = api::checkin::submit(&app, kind, &answers, difficulty, note, country)?;
    println!(
        "\n{} total {} — {}",
        form.id.to_uppercase(),
        scored.assessment.total,
        scored.severity
    );
    println!("{}", scored.disclaimer);
    if let Some(card) = &scored.crisis {
        print_card(card);
    }
    Ok(ExitCode::SUCCESS)
}

fn read_secret_line(prompt: &str) -> Result<String> {
    use std::io::{IsTerminal, Write};
    if std::io::stdin().is_terminal() {
        print!("{prompt}");
        let _ = std::io::stdout().flush();
        let mut s = String::new();
        std::io::stdin()
            .read_line(&mut s)
            .map_err(|e| Error::io("reading an answer", e))?;
        return Ok(s);
    }
    println!("{prompt}");
    Ok(read_secret("")?.to_string())
}

/// `mentora overview PROFILE`: identity plus activity as JSON.
pub fn show_overview(profile: &str) -> Result<ExitCode> {
    let o = api::wellness::overview(&open(profile)?)?;
    println!("{}", serde_json::to_string_pretty(&o).expect("serializes"));
    Ok(ExitCode::SUCCESS)
}
