//! Wellness habits over the vault: check-ins (PHQ-9, GAD-7), the visiting streak, guided breathing,
//! badges, points and weekly quests, the daily loop (today, calendar, prompts), what goes with better
//! days, export and import.

pub mod better_days;
pub mod breathing;
pub mod checkins;
pub mod daily;
pub mod daylio;
pub mod export;
pub mod overview;
pub mod prompts;
pub mod reminders;
pub mod rewards;
pub mod streaks;
pub mod tables;
