//! Wellness habits over the vault: check-ins (PHQ-9, GAD-7) and the visiting streak.

pub mod checkins;
pub mod streaks;
