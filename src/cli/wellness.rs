//! `mentora journal|gratitude|sleep|breathe|checkin|overview|today|mood|calendar|activity|search|better-days`
//! over an unlocked profile.

use super::vault::{open, read_secret};
use crate::api;
use crate::error::{Error, Result};
use crate::safety::CrisisCard;
use crate::vault::repo::{journal, logs};
use crate::vault::Stamp;
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
        "{}",
        crate::t!(
            "journal-saved",
            id = e.entry.id,
            date = e.entry.local_date.as_str(),
            mood = e.entry.mood
        )
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
            "{} #{} {}{} {}{}",
            e.local_date,
            e.id,
            crate::t!("mood-of-five", mood = e.mood),
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
        "{}",
        crate::t!(
            "gratitude-saved",
            position = i.item.position,
            date = i.item.local_date.as_str()
        )
    );
    print_score(i.sentiment.as_ref(), &i.item.text);
    Ok(ExitCode::SUCCESS)
}

/// Prints a row's sentiment, or that it will be scored later.
fn print_score(s: Option<&crate::vault::repo::sentiment::Score>, text: &str) {
    match s {
        Some(s) => println!(
            "{}",
            crate::t!(
                "sentiment-line",
                label = s.label.as_str(),
                valence = format!("{:+.2}", s.valence),
                stars = format!("{:.1}", s.stars),
                model = s.model.as_str()
            )
        ),
        None if !text.trim().is_empty() => {
            eprintln!("{}", crate::t!("sentiment-not-yet"))
        }
        None => {}
    }
}

/// `mentora sleep log`.
pub fn sleep_log(profile: &str, input: logs::SleepInput) -> Result<ExitCode> {
    let s = api::wellness::sleep_log(&open(profile)?, &input)?;
    println!(
        "{}",
        crate::t!(
            "sleep-saved",
            date = s.local_date.as_str(),
            hours = format!("{:.2}", s.hours),
            quality = s.quality
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `mentora breathe [PATTERN] [--seconds S]`: prints the phases.
pub fn breathe(pattern: &str, seconds: f64) -> Result<ExitCode> {
    let api::wellness::Plan { pattern: p, steps } =
        api::wellness::breathing_plan(pattern, seconds)?;
    println!(
        "{}",
        crate::t!(
            "breathe-plan",
            name = p.name.as_str(),
            seconds = format!("{:.1}", p.cycle_s()),
            breaths = steps.last().map_or(0, |s| s.cycle)
        )
    );
    for s in steps {
        let phase = match format!("{:?}", s.phase).to_lowercase().as_str() {
            "inhale" => crate::t!("breathe-inhale"),
            "exhale" => crate::t!("breathe-exhale"),
            _ => crate::t!("breathe-hold"),
        };
        println!(
            "{:6.1}s  {} {:>2}  {:<10} {:.1} s",
            s.start_s,
            crate::t!("breathe-breath"),
            s.cycle,
            phase,
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
    let d = read_secret_line(&crate::t!("checkin-difficulty-prompt"))?;
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

/// `mentora better-days PROFILE [--from D] [--to D] [--json]`: the table of what goes with better days.
pub fn better_days(
    profile: &str,
    from: Option<&str>,
    to: Option<&str>,
    json: bool,
) -> Result<ExitCode> {
    let t = api::wellness::better_days(&open(profile)?, from, to)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&t).expect("serializes"));
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{}",
        crate::t!(
            "better-days-head",
            from = t.from.as_str(),
            to = t.to.as_str(),
            days = t.days,
            min = t.min_days
        )
    );
    println!(
        "{:<24} {:>5} {:>6} {:>8} {:>7} {:>7}  95 % interval",
        "", "days", "mood", "without", "days", "diff"
    );
    for f in &t.factors {
        let m = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x:.2}"));
        let (diff, interval) = match (f.difference, f.interval) {
            (Some(d), Some((lo, hi))) => (format!("{d:+.2}"), format!("{lo:+.2} to {hi:+.2}")),
            _ => ("-".into(), "not enough days".into()),
        };
        println!(
            "{:<24} {:>5} {:>6} {:>8} {:>7} {:>7}  {}",
            f.name,
            f.days_with,
            m(f.mean_with),
            m(f.mean_without),
            f.days_without,
            diff,
            interval
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora search PROFILE "words" [--json]`: ranked hits over journal, gratitude and chats.
pub fn search(profile: &str, query: &str, json: bool) -> Result<ExitCode> {
    let hits = api::search::search(&open(profile)?, query)?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&hits).expect("serializes")
        );
        return Ok(ExitCode::SUCCESS);
    }
    if hits.is_empty() {
        println!("{}", crate::t!("search-nothing"));
    }
    for h in &hits {
        let text: String = h
            .snippet
            .iter()
            .map(|s| {
                if s.hit {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect();
        let title = if h.title.is_empty() {
            String::new()
        } else {
            format!(" \"{}\"", h.title)
        };
        println!(
            "{} {} #{}{}: {}",
            h.day,
            h.kind.as_str(),
            h.id,
            title,
            text.replace('\n', " ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn mood_dots(m: Option<f64>) -> String {
    m.map_or("  -  ".to_string(), |m| format!("{m:.1}"))
}

/// `mentora today PROFILE [--json]`.
pub fn today(profile: &str, json: bool) -> Result<ExitCode> {
    let t = api::daily::today(&open(profile)?)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&t).expect("serializes"));
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{}",
        crate::t!(
            "today-head",
            date = t.date.as_str(),
            streak = t.streak.current
        )
    );
    match t.cell.mood {
        Some(m) => println!(
            "{}",
            crate::t!(
                "today-mood",
                mood = format!("{m:.1}"),
                entries = t.cell.entries
            )
        ),
        None => println!("{}", crate::t!("today-no-mood", profile = profile)),
    }
    println!(
        "{}",
        crate::t!(
            "today-cells",
            gratitude = t.cell.gratitude,
            sleep = t
                .cell
                .sleep_hours
                .map_or(crate::t!("today-sleep-none"), |h| format!("{h:.1} h")),
            breathing = format!("{:.0}", t.cell.breathing_min),
            messages = t.cell.messages
        )
    );
    let week: Vec<String> = t
        .week
        .iter()
        .map(|d| format!("{} {}", &d.date[5..], mood_dots(d.mood)))
        .collect();
    println!("{}", crate::t!("today-week", days = week.join(" · ")));
    println!(
        "{}",
        crate::t!(
            "today-prompt",
            title = t.prompt.title.as_str(),
            question = t.prompt.question.as_str()
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `mentora mood PROFILE N [--activity A]…`: a quick mood.
pub fn quick_mood(profile: &str, mood: i64, activities: &[String]) -> Result<ExitCode> {
    let e = api::daily::quick_mood(&open(profile)?, mood, activities)?;
    let said = if e.entry.tags.is_empty() {
        crate::t!(
            "mood-saved",
            mood = e.entry.mood,
            date = e.entry.local_date.as_str()
        )
    } else {
        crate::t!(
            "mood-saved-with",
            mood = e.entry.mood,
            date = e.entry.local_date.as_str(),
            activities = e.entry.tags.join(", ")
        )
    };
    println!("{said}");
    Ok(ExitCode::SUCCESS)
}

/// `mentora calendar PROFILE [--month YYYY-MM] [--json]`.
pub fn calendar(profile: &str, month: Option<&str>, json: bool) -> Result<ExitCode> {
    let month = month.map_or_else(
        || Stamp::now().local_date.format("%Y-%m").to_string(),
        str::to_string,
    );
    let days = api::daily::calendar(&open(profile)?, &month)?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&days).expect("serializes")
        );
        return Ok(ExitCode::SUCCESS);
    }
    for d in &days {
        if d.entries + d.gratitude + d.messages == 0
            && d.sleep_hours.is_none()
            && d.breathing_min == 0.0
        {
            continue;
        }
        println!(
            "{}",
            crate::t!(
                "calendar-day",
                date = d.date.as_str(),
                mood = mood_dots(d.mood),
                entries = d.entries,
                gratitude = d.gratitude,
                sleep = d.sleep_hours.map_or("-".into(), |h| format!("{h:.1} h")),
                breathing = format!("{:.0}", d.breathing_min),
                messages = d.messages
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora activity list PROFILE`.
pub fn activity_list(profile: &str) -> Result<ExitCode> {
    for a in api::daily::activities(&open(profile)?)? {
        println!(
            "{} {}{}  {}{}",
            if a.emoji.is_empty() { "·" } else { &a.emoji },
            a.name,
            if a.group.is_empty() {
                String::new()
            } else {
                format!(" ({})", a.group)
            },
            crate::t!("activity-used", uses = a.uses),
            if a.listed {
                String::new()
            } else {
                crate::t!("activity-unlisted")
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora activity add PROFILE NAME [--emoji E] [--group G]`.
pub fn activity_add(profile: &str, name: &str, emoji: &str, group: &str) -> Result<ExitCode> {
    let input = crate::vault::repo::activities::ActivityInput {
        name: name.into(),
        emoji: emoji.into(),
        group: group.into(),
    };
    let a = api::daily::activity_add(&open(profile)?, &input)?;
    println!("{}", crate::t!("activity-added", name = a.name.as_str()));
    Ok(ExitCode::SUCCESS)
}

/// `mentora activity remove PROFILE NAME`.
pub fn activity_remove(profile: &str, name: &str) -> Result<ExitCode> {
    api::daily::activity_remove(&open(profile)?, name)?;
    println!("{}", crate::t!("activity-removed", name = name));
    Ok(ExitCode::SUCCESS)
}
