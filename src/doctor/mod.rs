//! `mentora doctor`: one real check per component, as lines for people and as JSON for the app.

mod checks;

use serde::Serialize;
use std::path::PathBuf;

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(rename = "CheckStatus")]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Works.
    Ok,
    /// Works partly, or an optional part is absent.
    Warn,
    /// Broken: the feature that needs it will not work.
    Error,
}

/// One line of the report.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Check {
    /// What was checked ("onnxruntime", "model emotion/fer_mini_xception.onnx"…).
    pub component: String,
    /// Outcome.
    pub status: Status,
    /// What was found, or what is wrong and what to do.
    pub detail: String,
    /// The stable error code when the check failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub code: Option<&'static str>,
}

/// The whole report.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(rename = "DoctorReport")]
pub struct Report {
    /// Mentora's version.
    pub version: &'static str,
    /// The checks in a fixed order.
    pub checks: Vec<Check>,
}

/// Where to look for resources.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Models folder chosen explicitly (a CLI flag or the app).
    pub models_dir: Option<PathBuf>,
    /// Installed resource folder (the desktop app's resource dir).
    pub install_dir: Option<PathBuf>,
}

impl Report {
    /// True when any check is an error.
    pub fn has_errors(&self) -> bool {
        self.checks.iter().any(|c| c.status == Status::Error)
    }

    /// One line per component.
    pub fn to_text(&self) -> String {
        let mut out = format!("Mentora {} doctor\n", self.version);
        for c in &self.checks {
            let mark = match c.status {
                Status::Ok => "ok   ",
                Status::Warn => "warn ",
                Status::Error => "ERROR",
            };
            out.push_str(&format!("{mark} {:<44} {}\n", c.component, c.detail));
        }
        out
    }
}

/// Runs every check.
pub fn run(opts: &Options) -> Report {
    Report {
        version: env!("CARGO_PKG_VERSION"),
        checks: checks::all(opts),
    }
}
