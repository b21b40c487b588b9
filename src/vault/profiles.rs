//! Local profiles: one folder each under the data dir, holding the vault file, its wrapped keys and backups.

use super::keys::{KdfParams, KeyFile, RecoveryKey};
use crate::error::{Code, Error, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Longest profile name, in characters.
pub const MAX_NAME: usize = 64;

/// A profile's public description (`profile.json`, not secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Profile {
    /// Random id; names the folder and the keyring entry.
    pub id: String,
    /// Name the person chose.
    pub name: String,
    /// Creation time, Unix milliseconds.
    pub created_at: i64,
    /// Lock after this many idle minutes (0 = never).
    pub auto_lock_minutes: u32,
}

/// A profile folder whose `profile.json` cannot be read: listed as damaged while the others open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Damaged {
    /// The folder's name (the profile's id).
    pub folder: String,
    /// What is wrong, in words.
    pub why: String,
}

/// The data dir: `MENTORA_DATA_DIR`, else `$XDG_DATA_HOME/mentora`, else `~/.local/share/mentora`.
pub fn default_data_dir() -> Result<PathBuf> {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(d) = env("MENTORA_DATA_DIR") {
        return Ok(d);
    }
    if let Some(d) = env("XDG_DATA_HOME") {
        return Ok(d.join("mentora"));
    }
    env("HOME")
        .map(|h| h.join(".local/share/mentora"))
        .ok_or_else(|| Error::new(Code::Io, "no data dir: set HOME or MENTORA_DATA_DIR"))
}

pub use crate::fsx::write_atomic;

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    serde_json::from_str(&text).map_err(|e| {
        Error::new(
            Code::VaultCorrupt,
            format!("{} is damaged: {e}", path.display()),
        )
    })
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Held from a new profile's name check until its `profile.json` is written (create and restore),
/// so two at once cannot both take one name.
static CREATING: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn creating() -> std::sync::MutexGuard<'static, ()> {
    CREATING.lock().unwrap_or_else(|p| p.into_inner())
}

/// Removes a half-made profile folder when dropped, unless disarmed (also when a step panics).
struct HalfMade(Option<PathBuf>);

impl Drop for HalfMade {
    fn drop(&mut self) {
        if let Some(d) = self.0.take() {
            let _ = std::fs::remove_dir_all(d);
        }
    }
}

/// The profiles of one data dir.
#[derive(Debug, Clone)]
pub struct Profiles {
    root: PathBuf,
}

impl Profiles {
    /// Profiles under `data_dir/profiles`.
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            root: data_dir.into().join("profiles"),
        }
    }

    /// Profiles in the default data dir.
    pub fn open_default() -> Result<Self> {
        Ok(Self::new(default_data_dir()?))
    }

    /// The folder of one profile.
    pub fn dir(&self, p: &Profile) -> PathBuf {
        self.root.join(&p.id)
    }

    /// Every readable profile, by name. A damaged `profile.json` hides only that profile (see
    /// [`Profiles::scan`]), never the others.
    pub fn list(&self) -> Result<Vec<Profile>> {
        Ok(self.scan()?.0)
    }

    /// Every profile folder: the readable profiles by name, and the damaged ones (folder id and why).
    pub fn scan(&self) -> Result<(Vec<Profile>, Vec<Damaged>)> {
        let mut out = Vec::new();
        let mut damaged = Vec::new();
        let rd = match std::fs::read_dir(&self.root) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((out, damaged)),
            Err(e) => return Err(Error::io(format!("listing {}", self.root.display()), e)),
        };
        for e in rd.flatten() {
            let meta = e.path().join("profile.json");
            if !e.path().is_dir() || !(meta.exists() || e.path().join("keys.json").exists()) {
                continue;
            }
            let folder = e.file_name().to_string_lossy().into_owned();
            match read_json::<Profile>(&meta) {
                Ok(p) if p.id == folder => out.push(p),
                Ok(p) => damaged.push(Damaged {
                    folder,
                    why: format!("profile.json names another folder ({})", p.id),
                }),
                Err(err) => damaged.push(Damaged {
                    folder,
                    why: err.message().to_string(),
                }),
            }
        }
        out.sort_by_key(|p| p.name.to_lowercase());
        damaged.sort_by(|a, b| a.folder.cmp(&b.folder));
        Ok((out, damaged))
    }

    /// The profile with this id, or else with this name (case-insensitive): an id always wins, so a
    /// profile named like another's id can never stand in for it.
    pub fn find(&self, name_or_id: &str) -> Result<Profile> {
        let all = self.list()?;
        let by_id = all.iter().position(|p| p.id == name_or_id);
        by_id
            .map(|i| all[i].clone())
            .or_else(|| {
                all.into_iter()
                    .find(|p| p.name.eq_ignore_ascii_case(name_or_id.trim()))
            })
            .ok_or_else(|| {
                Error::new(
                    Code::ProfileNotFound,
                    format!("no profile named '{name_or_id}'"),
                )
            })
    }

    /// Creates a profile and its wrapped keys (the vault file is created on first unlock).
    /// Returns the recovery key, to be shown once.
    pub fn create(
        &self,
        name: &str,
        password: &str,
        kdf: KdfParams,
    ) -> Result<(Profile, RecoveryKey)> {
        let _one_at_a_time = creating();
        let profile = self.new_profile(name, password, now_ms(), 15)?;
        self.make_dir(&profile)?;
        let (keys, key, recovery) = KeyFile::create(&profile.id, password, kdf)?;
        self.save_keys(&profile, &keys)?;
        // The vault is made now, once: a vault file missing later is an error, never a new empty
        // vault. Created 0600 first so SQLite's WAL and shared-memory files get that mode too.
        let path = self.vault_path(&profile);
        crate::fsx::touch_private(&path)?;
        let mut c = super::conn::open(&path, Some(&key))?;
        super::migrations::migrate_to(&mut c, super::migrations::CURRENT)?;
        drop(c);
        self.save(&profile)?;
        Ok((profile, recovery))
    }

    /// Whether a profile has this name (case-insensitive).
    pub fn name_taken(&self, name: &str) -> Result<bool> {
        Ok(self
            .list()?
            .iter()
            .any(|p| p.name.eq_ignore_ascii_case(name.trim())))
    }

    /// A new profile's description with a fresh id, its name and password checked.
    fn new_profile(
        &self,
        name: &str,
        password: &str,
        created_at: i64,
        auto_lock_minutes: u32,
    ) -> Result<Profile> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME || name.chars().any(char::is_control)
        {
            return Err(Error::invalid(
                "name",
                format!("1 to {MAX_NAME} printable characters"),
            ));
        }
        if password.chars().count() < 8 {
            return Err(Error::invalid("password", "at least 8 characters"));
        }
        if self.name_taken(name)? {
            return Err(Error::new(
                Code::ProfileExists,
                format!("a profile named '{name}' already exists"),
            ));
        }
        if self.list()?.iter().any(|p| p.id.eq_ignore_ascii_case(name)) {
            return Err(Error::invalid("name", "a name, not another profile's id"));
        }
        let mut id = [0u8; 8];
        getrandom::fill(&mut id).map_err(|e| Error::new(Code::Internal, e.to_string()))?;
        Ok(Profile {
            id: hex::encode(id),
            name: name.to_string(),
            created_at,
            auto_lock_minutes,
        })
    }

    /// Creates the profile's folder (0700) with its `backups/`.
    fn make_dir(&self, profile: &Profile) -> Result<PathBuf> {
        let dir = self.dir(profile);
        if let Some(data) = self.root.parent() {
            crate::fsx::create_dir_private(data)?;
        }
        crate::fsx::create_dir_private(&self.root)?;
        // Never an existing folder: a fresh id that collided would otherwise share another
        // profile's folder (and a failed restore would remove it).
        {
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new()
                .mode(crate::fsx::DIR_MODE)
                .create(&dir)
                .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
        }
        crate::fsx::create_dir_private(&dir.join("backups"))?;
        Ok(dir)
    }

    /// Makes a new profile around an existing vault (a restored backup): a fresh id, the data key
    /// wrapped again under it with `password` and a new recovery key (returned, to be shown once).
    /// `write_vault` puts the vault file in place; it must open with `key`, pass both integrity
    /// checks and migrate, or nothing of the new profile is left behind.
    pub fn adopt(
        &self,
        name: &str,
        from: &Profile,
        key: &super::DataKey,
        password: &str,
        kdf: KdfParams,
        write_vault: impl FnOnce(&Path) -> Result<()>,
    ) -> Result<(Profile, RecoveryKey)> {
        let _one_at_a_time = creating();
        let auto_lock = from.auto_lock_minutes.min(24 * 60);
        let profile = self.new_profile(name, password, from.created_at, auto_lock)?;
        let dir = self.make_dir(&profile)?;
        let mut half_made = HalfMade(Some(dir));
        let made = (|| {
            let path = self.vault_path(&profile);
            write_vault(&path)?;
            let mut c = super::conn::open(&path, Some(key))
                .map_err(|e| Error::new(Code::BackupDamaged, e.message().to_string()))?;
            let problems = super::conn::integrity_problems(&c, true)?;
            if !problems.is_empty() {
                return Err(Error::new(
                    Code::BackupDamaged,
                    format!("the backup's vault is damaged: {}", problems.join("; ")),
                ));
            }
            super::migrations::migrate_to(&mut c, super::migrations::CURRENT)?;
            drop(c);
            let (keys, recovery) = KeyFile::wrap(&profile.id, key, password, kdf)?;
            self.save_keys(&profile, &keys)?;
            self.save(&profile)?;
            Ok(recovery)
        })();
        let recovery = made?;
        half_made.0 = None;
        Ok((profile, recovery))
    }

    /// Saves `profile.json`.
    pub fn save(&self, p: &Profile) -> Result<()> {
        write_atomic(
            &self.dir(p).join("profile.json"),
            &serde_json::to_vec_pretty(p).expect("serializes"),
        )
    }

    /// Reads `keys.json`; when it is missing or damaged, the second copy in `backups/keys.json`
    /// (which then restores `keys.json`).
    pub fn keys(&self, p: &Profile) -> Result<KeyFile> {
        let main = self.dir(p).join("keys.json");
        let first = read_json::<KeyFile>(&main);
        let err = match first {
            Ok(k) => return Ok(k),
            Err(e) => e,
        };
        match read_json::<KeyFile>(&self.keys_backup_path(p)) {
            Ok(k) if k.profile_id == p.id => {
                tracing::warn!(profile = %p.id, "keys.json unreadable; restored from backups/keys.json");
                write_atomic(&main, &serde_json::to_vec_pretty(&k).expect("serializes"))?;
                Ok(k)
            }
            _ => Err(Error::new(
                Code::VaultCorrupt,
                format!(
                    "{} (and its copy in backups/ cannot be read either)",
                    err.message()
                ),
            )),
        }
    }

    /// The second copy of the wrapped keys.
    pub fn keys_backup_path(&self, p: &Profile) -> PathBuf {
        self.dir(p).join("backups").join("keys.json")
    }

    /// Saves `keys.json` atomically, and its second copy in `backups/`.
    pub fn save_keys(&self, p: &Profile, k: &KeyFile) -> Result<()> {
        let bytes = serde_json::to_vec_pretty(k).expect("serializes");
        write_atomic(&self.keys_backup_path(p), &bytes)?;
        write_atomic(&self.dir(p).join("keys.json"), &bytes)
    }

    /// Path of the profile's vault file.
    pub fn vault_path(&self, p: &Profile) -> PathBuf {
        self.dir(p).join("vault.db")
    }

    /// Deletes the profile: its folder (vault, WAL, backups, keys) and its keyring entry.
    pub fn delete(&self, p: &Profile) -> Result<()> {
        let dir = self.dir(p);
        std::fs::remove_dir_all(&dir)
            .map_err(|e| Error::io(format!("deleting {}", dir.display()), e))?;
        match super::keychain::forget(&p.id) {
            Ok(()) => Ok(()),
            Err(e) if e.code() == Code::KeyringUnavailable => Ok(()),
            Err(e) => Err(e),
        }
    }
}
