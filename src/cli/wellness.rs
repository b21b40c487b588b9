//! `mentora journal|gratitude|sleep|breathe|checkin|overview` over an unlocked profile.

use super::vault::{open_vault, read_secret};
use crate::error::{Error, Result};
use crate::safety::CrisisCard;
use crate::vault::repo::{gratitude, journal, logs};
use crate::vault::Stamp;
use crate::wellness::{breathing, checkins, overview};
use std::process::ExitCode;

/// `mentora journal add`.
pub fn journal_add(
    models_dir: Option<&std::path::Path>,
    profile: &str,
    mood: i64,
    tags: Vec<String>,
    title: String,
    text: String,
) -> Result<ExitCode> {
    let v = open_vault(profile)?;
    let e = v.with_conn(|c| {
        journal::add(
            c,
            &journal::EntryInput {
                mood,
                tags,
                title,
                text,
            },
            &Stamp::now(),
        )
    })?;
    println!(
        "saved journal entry {} ({}, mood {}/5)",
        e.id, e.local_date, e.mood
    );
    super::sentiment::score_after_save(models_dir, &v);
    print_score(&v, "journal", e.id)?;
    Ok(ExitCode::SUCCESS)
}

/// `mentora journal list [--search Q]`.
pub fn journal_list(profile: &str, search: Option<String>) -> Result<ExitCode> {
    let v = open_vault(profile)?;
    let entries = v.with_conn(|c| match &search {
        Some(q) => journal::search(c, q),
        None => journal::list(c, "0000-01-01", "9999-12-31"),
    })?;
    for e in entries {
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
pub fn gratitude_add(
    models_dir: Option<&std::path::Path>,
    profile: &str,
    text: &str,
) -> Result<ExitCode> {
    let v = open_vault(profile)?;
    let i = v.with_conn(|c| gratitude::add(c, text, &Stamp::now()))?;
    println!("saved gratitude {}/3 for {}", i.position, i.local_date);
    super::sentiment::score_after_save(models_dir, &v);
    print_score(&v, "gratitude", i.id)?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the stored sentiment of a row, if it has one.
fn print_score(v: &crate::vault::Vault, source: &str, id: i64) -> Result<()> {
    if let Some(s) = v.with_conn(|c| crate::vault::repo::sentiment::for_source(c, source, id))? {
        println!(
            "sentiment: {} (valence {:+.2}, mood {:.1}/5, {})",
            s.label, s.valence, s.stars, s.model
        );
    }
    Ok(())
}

/// `mentora sleep log`.
pub fn sleep_log(profile: &str, input: logs::SleepInput) -> Result<ExitCode> {
    let v = open_vault(profile)?;
    let s = v.with_conn(|c| logs::log_sleep(c, &input, &Stamp::now()))?;
    println!(
        "saved sleep for {}: {:.2} h, quality {}/10",
        s.local_date, s.hours, s.quality
    );
    Ok(ExitCode::SUCCESS)
}

/// `mentora breathe [PATTERN] [--seconds S]`: prints the phases.
pub fn breathe(pattern: &str, seconds: f64) -> Result<ExitCode> {
    let p = breathing::pattern(pattern)?;
    let steps = breathing::schedule(&p, seconds)?;
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
pub fn checkin(kind: &str, profile: &str, country: &str) -> Result<ExitCode> {
    let form = checkins::Form::parse(kind)?;
    let v = open_vault(profile)?;
    println!("Over the last 2 weeks, how often have you been bothered by the following problems?");
    println!(
        "0 = {}, 1 = {}, 2 = {}, 3 = {}",
        checkins::ANSWERS[0],
        checkins::ANSWERS[1],
        checkins::ANSWERS[2],
        checkins::ANSWERS[3]
    );
    let mut answers = Vec::new();
    for (i, item) in form.items().iter().enumerate() {
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
    let scored =
        v.with_conn(|c| checkins::submit(c, form, &answers, difficulty, country, &Stamp::now()))?;
    println!(
        "\n{} total {} — {}",
        form.id().to_uppercase(),
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
    read_secret("")
}

/// `mentora overview PROFILE`: identity plus activity as JSON.
pub fn show_overview(profile: &str) -> Result<ExitCode> {
    let v = open_vault(profile)?;
    let o = v.with_conn(|c| overview::overview(c, v.profile(), Stamp::now().local_date))?;
    println!("{}", serde_json::to_string_pretty(&o).expect("serializes"));
    Ok(ExitCode::SUCCESS)
}
