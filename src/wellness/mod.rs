//! Wellness habits over the vault: check-ins (PHQ-9, GAD-7), the visiting streak, guided breathing,
//! badges, points and weekly quests, export and import.

pub mod breathing;
pub mod checkins;
pub mod daylio;
pub mod export;
pub mod overview;
pub mod rewards;
pub mod streaks;
pub mod tables;
