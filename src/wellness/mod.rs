//! Wellness habits over the vault: check-ins (PHQ-9, GAD-7), the visiting streak, guided breathing,
//! badges, points and weekly quests.

pub mod breathing;
pub mod checkins;
pub mod rewards;
pub mod streaks;
