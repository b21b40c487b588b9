//! The use-case layer: one function per user action, each doing the whole use case (validation, the
//! write, scoring, rewards, events). The window's Tauri commands and the `mentora` CLI both call these
//! functions and nothing below them, so the two front ends cannot drift apart.

pub mod affect;
pub mod app;
pub mod background;
pub mod backups;
pub mod camera;
pub mod chat;
pub mod checkin;
pub mod daily;
pub mod data;
pub mod events;
pub mod journal;
pub mod llm;
pub mod models;
pub mod profile;
pub mod reminders;
pub mod report;
pub mod safety;
pub mod search;
pub mod sentiment;
pub mod settings;
pub mod voice;
pub mod wellness;

pub use app::{App, Paths};
