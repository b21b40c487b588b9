//! When backups run and where to: the person's plan (folder, how often, how many to keep) and how
//! the last one went, both kept in the vault's settings.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Settings key of the plan.
pub const KEY: &str = "backup.plan";
/// Settings key of the last backup's outcome.
pub const LAST_KEY: &str = "backup.last";
/// After a failed automatic backup, wait this long before trying again.
pub const RETRY_MS: i64 = 60 * 60 * 1000;
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// How often automatic backups run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "BackupEvery")]
pub enum Every {
    /// Only when the person asks.
    #[default]
    Off,
    /// Once a day (while Mentora is open and unlocked).
    Daily,
    /// Once a week.
    Weekly,
}

/// The person's backup plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(rename = "BackupPlan")]
pub struct Plan {
    /// The folder backups go to (absolute; empty = none chosen yet).
    #[serde(default)]
    pub folder: String,
    /// How often.
    #[serde(default)]
    pub every: Every,
    /// How many of this profile's backups to keep in the folder (1–100); older ones are deleted.
    #[serde(default = "default_keep")]
    pub keep: u32,
}

fn default_keep() -> u32 {
    7
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            folder: String::new(),
            every: Every::Off,
            keep: default_keep(),
        }
    }
}

/// How the last backup went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(rename = "BackupLast")]
pub struct Last {
    /// When it was tried, Unix milliseconds.
    #[ts(type = "number")]
    pub at: i64,
    /// Whether it was written and read back intact.
    pub ok: bool,
    /// The file written (empty when it failed).
    pub file: String,
    /// Why it failed (empty when it worked).
    pub message: String,
    /// When the last good one was written (kept across failures), Unix milliseconds.
    #[ts(type = "number | null")]
    pub last_ok_at: Option<i64>,
}

impl Plan {
    /// The plan, checked: a folder is an absolute path without control characters, needed for
    /// automatic backups; 1–100 kept.
    pub fn validated(mut self) -> Result<Plan> {
        self.folder = self.folder.trim().to_string();
        if self.folder.len() > 4096 || self.folder.chars().any(char::is_control) {
            return Err(Error::invalid(
                "folder",
                "a folder path without control characters",
            ));
        }
        if !self.folder.is_empty() && !Path::new(&self.folder).is_absolute() {
            return Err(Error::invalid(
                "folder",
                format!("a full path starting with / (got '{}')", self.folder),
            ));
        }
        if self.every != Every::Off && self.folder.is_empty() {
            return Err(Error::invalid(
                "folder",
                "choose a folder for automatic backups",
            ));
        }
        if !(1..=100).contains(&self.keep) {
            return Err(Error::invalid("keep", "from 1 to 100 backups"));
        }
        Ok(self)
    }

    /// Whether an automatic backup is due at `now` (Unix ms) after `last`.
    pub fn due(&self, last: Option<&Last>, now: i64) -> bool {
        let period = match self.every {
            Every::Off => return false,
            Every::Daily => DAY_MS,
            Every::Weekly => 7 * DAY_MS,
        };
        if self.folder.is_empty() {
            return false;
        }
        let Some(last) = last else { return true };
        if !last.ok && now - last.at < RETRY_MS {
            return false;
        }
        // A clock set back (or a stamp from the future) counts as due: better one backup too many.
        match last.last_ok_at {
            Some(ok) => now - ok >= period || now < ok,
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn last(at: i64, ok: bool, last_ok_at: Option<i64>) -> Last {
        Last {
            at,
            ok,
            file: String::new(),
            message: String::new(),
            last_ok_at,
        }
    }

    #[test]
    fn due_by_period_and_waits_an_hour_after_a_failure() {
        let p = Plan {
            folder: "/b".into(),
            every: Every::Daily,
            keep: 3,
        };
        assert!(p.due(None, 0));
        assert!(!p.due(Some(&last(0, true, Some(0))), DAY_MS - 1));
        assert!(p.due(Some(&last(0, true, Some(0))), DAY_MS));
        let failed = last(DAY_MS, false, Some(0));
        assert!(!p.due(Some(&failed), DAY_MS + RETRY_MS - 1));
        assert!(p.due(Some(&failed), DAY_MS + RETRY_MS));
        assert!(p.due(Some(&last(5 * DAY_MS, true, Some(5 * DAY_MS))), DAY_MS));
        let off = Plan {
            every: Every::Off,
            ..p.clone()
        };
        assert!(!off.due(None, 0));
        let weekly = Plan {
            every: Every::Weekly,
            ..p
        };
        assert!(!weekly.due(Some(&last(0, true, Some(0))), 6 * DAY_MS));
    }

    #[test]
    fn plans_are_checked() {
        let ok = Plan {
            folder: " /home/a/Sync ".into(),
            every: Every::Weekly,
            keep: 4,
        };
        assert_eq!(ok.validated().unwrap().folder, "/home/a/Sync");
        for bad in [
            Plan {
                folder: "relative/dir".into(),
                ..Plan::default()
            },
            Plan {
                every: Every::Daily,
                ..Plan::default()
            },
            Plan {
                keep: 0,
                ..Plan::default()
            },
            Plan {
                folder: "/a\nb".into(),
                ..Plan::default()
            },
        ] {
            assert_eq!(
                bad.validated().unwrap_err().code(),
                crate::Code::InvalidInput
            );
        }
    }
}
