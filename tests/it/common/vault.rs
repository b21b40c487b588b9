//! Helpers for vault tests: a throwaway data dir with one profile (fast Argon2 parameters).
#![allow(dead_code)]

use mentora::vault::{KdfParams, Profile, Profiles, RecoveryKey, Vault};
use std::path::{Path, PathBuf};

pub const PASSWORD: &str = "correct horse battery";

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub profiles: Profiles,
    pub profile: Profile,
    pub recovery: RecoveryKey,
}

impl Fixture {
    pub fn new(name: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let profiles = Profiles::new(dir.path());
        let (profile, recovery) = profiles
            .create(name, PASSWORD, KdfParams::INSECURE_FOR_TESTS)
            .unwrap();
        Fixture {
            dir,
            profiles,
            profile,
            recovery,
        }
    }

    pub fn vault(&self) -> Vault {
        Vault::new(self.profiles.clone(), self.profile.clone())
    }

    pub fn unlocked(&self) -> Vault {
        let v = self.vault();
        v.unlock_with_password(PASSWORD).unwrap();
        v
    }

    pub fn profile_dir(&self) -> PathBuf {
        self.profiles.dir(&self.profile)
    }

    /// The use-case layer's state over this profile's data dir, with the profile unlocked (no
    /// background thread, the repo's models).
    pub fn app(&self) -> mentora::api::App {
        let app = mentora::api::App::with_paths(
            mentora::api::Paths {
                data_dir: Some(self.dir.path().to_path_buf()),
                models_dir: Some(super::models_dir()),
                install_dir: None,
            },
            false,
        );
        app.set_vault(Some(std::sync::Arc::new(self.unlocked())));
        app
    }
}

/// A journal entry with mood 3.
pub fn entry(title: &str, text: &str, tags: &[&str]) -> mentora::vault::repo::journal::EntryInput {
    mentora::vault::repo::journal::EntryInput {
        mood: 3,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        title: title.into(),
        text: text.into(),
    }
}

/// Every file under `dir` with its bytes, sorted by path.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else {
                out.push((e.path(), std::fs::read(e.path()).unwrap()));
            }
        }
    }
    out.sort();
    out
}

pub fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}
