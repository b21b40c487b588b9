//! Mentora core: the GUI-free library behind the `mentora` CLI and the desktop shell.
#![warn(missing_docs)]

pub mod api;
pub mod chat;
pub mod cli;
pub mod desktop;
pub mod doctor;
pub mod download;
pub mod error;
pub mod fsx;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod instance;
pub mod logging;
pub mod models;
pub mod reports;
pub mod resources;
pub mod runtime;
pub mod safety;
pub mod secrets;
pub mod text;
pub mod vault;
pub mod vision;
pub mod voice;
pub mod wellness;

pub use error::{Code, Error, Result};
