//! Wrong-password throttling: after a few wrong passwords or recovery keys, each further try waits
//! longer (kept in the profile folder, so a restart does not reset it; a right secret does).

use crate::error::{Code, Error, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Wrong tries allowed without any wait.
pub const FREE_TRIES: u32 = 3;
/// The longest wait between tries, in seconds.
pub const MAX_WAIT_S: u64 = 15 * 60;

#[derive(Debug, Default, Serialize, Deserialize)]
struct State {
    failures: u32,
    last_failure_ms: i64,
}

/// The throttle of one profile folder.
pub struct Throttle {
    path: PathBuf,
}

/// Seconds to wait after `failures` wrong tries: none for the first [`FREE_TRIES`], then 2, 4, 8 …
/// up to [`MAX_WAIT_S`].
pub fn wait_after(failures: u32) -> u64 {
    if failures < FREE_TRIES {
        return 0;
    }
    let exp = (failures - FREE_TRIES + 1).min(20);
    (1u64 << exp).min(MAX_WAIT_S)
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl Throttle {
    /// The throttle kept in `profile_dir/unlock-throttle.json`.
    pub fn new(profile_dir: &Path) -> Self {
        Self {
            path: profile_dir.join("unlock-throttle.json"),
        }
    }

    fn state(&self) -> State {
        std::fs::read(&self.path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Refuses with `vault.throttled` while the wait after the last wrong try is not over.
    pub fn check(&self) -> Result<()> {
        self.check_at(now_ms())
    }

    fn check_at(&self, now: i64) -> Result<()> {
        let s = self.state();
        let wait_ms = wait_after(s.failures) as i64 * 1000;
        // A clock set back does not lengthen the wait beyond one full period.
        let since = (now - s.last_failure_ms).max(0);
        if since < wait_ms {
            let left = (wait_ms - since + 999) / 1000;
            return Err(Error::new(
                Code::VaultThrottled,
                format!(
                    "{} wrong tries in a row; wait {left} s before the next one",
                    s.failures
                ),
            ));
        }
        Ok(())
    }

    /// Records the outcome of a try: a wrong secret counts, a right one clears the count.
    pub fn record<T>(&self, outcome: &Result<T>) -> Result<()> {
        match outcome {
            Ok(_) => {
                if self.path.exists() {
                    std::fs::remove_file(&self.path)
                        .map_err(|e| Error::io(format!("clearing {}", self.path.display()), e))?;
                }
                Ok(())
            }
            Err(e) if matches!(e.code(), Code::BadPassword | Code::BadRecoveryKey) => {
                let s = self.state();
                let next = State {
                    failures: s.failures.saturating_add(1),
                    last_failure_ms: now_ms(),
                };
                crate::fsx::write_atomic(
                    &self.path,
                    &serde_json::to_vec(&next).expect("serializes"),
                )
            }
            Err(_) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_grows_and_is_capped() {
        assert_eq!(
            (0..7).map(wait_after).collect::<Vec<_>>(),
            [0, 0, 0, 2, 4, 8, 16]
        );
        assert_eq!(wait_after(40), MAX_WAIT_S);
        assert_eq!(wait_after(u32::MAX), MAX_WAIT_S);
    }

    #[test]
    fn a_damaged_state_file_does_not_lock_anyone_out() {
        let t = tempfile::tempdir().unwrap();
        std::fs::write(t.path().join("unlock-throttle.json"), b"{not json").unwrap();
        Throttle::new(t.path()).check().unwrap();
    }

    #[test]
    fn waits_are_counted_from_the_last_wrong_try() {
        let t = tempfile::tempdir().unwrap();
        let th = Throttle::new(t.path());
        let bad: Result<()> = Err(Error::new(Code::BadPassword, "no"));
        for _ in 0..4 {
            th.record(&bad).unwrap();
        }
        let last = th.state().last_failure_ms;
        let e = th.check_at(last + 1000).unwrap_err();
        assert_eq!(e.code(), Code::VaultThrottled);
        assert!(e.message().contains("wait 3 s"), "{e}");
        th.check_at(last + 4000).unwrap();
        th.record(&Ok(())).unwrap();
        th.check_at(last).unwrap();
    }
}
