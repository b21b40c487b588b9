//! An unlocked-or-locked vault: one profile's SQLCipher connection, its key while open, and auto-lock.

use super::keys::{DataKey, RecoveryKey};
use super::profiles::{Profile, Profiles};
use super::throttle::Throttle;
use super::{conn, keychain, migrations};
use crate::error::{Code, Error, Result};
use rusqlite::Connection;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

struct Open {
    conn: Connection,
    key: DataKey,
    last_used: Instant,
}

/// One profile's vault. Every data call goes through [`Vault::with_conn`], which refuses with
/// `vault.locked` while locked.
pub struct Vault {
    profiles: Profiles,
    profile: Profile,
    open: Mutex<Option<Open>>,
    auto_lock_minutes: AtomicU32,
}

impl Vault {
    /// A locked vault for this profile.
    pub fn new(profiles: Profiles, profile: Profile) -> Self {
        Self {
            auto_lock_minutes: AtomicU32::new(profile.auto_lock_minutes),
            profiles,
            profile,
            open: Mutex::new(None),
        }
    }

    /// The profile.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// The profiles this vault belongs to.
    pub fn profiles(&self) -> &Profiles {
        &self.profiles
    }

    /// The vault file.
    pub fn path(&self) -> PathBuf {
        self.profiles.vault_path(&self.profile)
    }

    /// The backups folder.
    pub fn backups_dir(&self) -> PathBuf {
        self.profiles.dir(&self.profile).join("backups")
    }

    fn guard(&self) -> std::sync::MutexGuard<'_, Option<Open>> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn throttle(&self) -> Throttle {
        Throttle::new(&self.profiles.dir(&self.profile))
    }

    /// Unlocks with the password. A wrong password touches no vault file; after a few, each further
    /// try waits longer (`vault.throttled`, kept across restarts).
    pub fn unlock_with_password(&self, password: &str) -> Result<()> {
        let throttle = self.throttle();
        throttle.check()?;
        let key = self
            .profiles
            .keys(&self.profile)
            .and_then(|k| k.unlock_with_password(password));
        throttle.record(&key)?;
        self.open_with(key?)
    }

    /// Unlocks with the recovery key and sets a new password (the database is not re-encrypted).
    pub fn unlock_with_recovery(&self, recovery: &str, new_password: &str) -> Result<()> {
        if new_password.chars().count() < 8 {
            return Err(Error::invalid("password", "at least 8 characters"));
        }
        let throttle = self.throttle();
        throttle.check()?;
        let mut keys = self.profiles.keys(&self.profile)?;
        let key = RecoveryKey::parse(recovery).and_then(|r| keys.unlock_with_recovery(&r));
        throttle.record(&key)?;
        let key = key?;
        keys.rewrap_password(&key, new_password)?;
        self.profiles.save_keys(&self.profile, &keys)?;
        self.open_with(key)
    }

    /// Unlocks with the key kept in the OS keyring; `Ok(false)` when there is none (or it is stale).
    pub fn unlock_from_keyring(&self) -> Result<bool> {
        let Some(key) = keychain::recall(&self.profile.id)? else {
            return Ok(false);
        };
        match self.open_with(key) {
            Ok(()) => Ok(true),
            Err(e) if e.code() == Code::VaultCorrupt && self.path().exists() => {
                keychain::forget(&self.profile.id)?;
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }

    /// Keeps (or stops keeping) the data key in the OS keyring. Needs the vault unlocked.
    pub fn remember_in_keyring(&self, on: bool) -> Result<()> {
        if !on {
            return keychain::forget(&self.profile.id);
        }
        let g = self.guard();
        let open = g.as_ref().ok_or_else(locked)?;
        keychain::remember(&self.profile.id, &open.key)
    }

    /// Re-wraps the key under a new password; the database is not touched.
    pub fn change_password(&self, old: &str, new: &str) -> Result<()> {
        if new.chars().count() < 8 {
            return Err(Error::invalid("password", "at least 8 characters"));
        }
        let throttle = self.throttle();
        throttle.check()?;
        let mut keys = self.profiles.keys(&self.profile)?;
        let key = keys.unlock_with_password(old);
        throttle.record(&key)?;
        keys.rewrap_password(&key?, new)?;
        self.profiles.save_keys(&self.profile, &keys)
    }

    /// Unlocks with a data key already unwrapped (a restored backup's).
    pub(crate) fn unlock_with_key(&self, key: DataKey) -> Result<()> {
        self.open_with(key)
    }

    fn open_with(&self, key: DataKey) -> Result<()> {
        let path = self.path();
        // The vault was made with the profile: never make a new empty one in its place.
        match std::fs::metadata(&path) {
            Ok(m) if m.len() > 0 => {}
            Ok(_) => return Err(missing(&path, "is empty")),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(missing(&path, "is not there"))
            }
            Err(e) => return Err(Error::io(format!("reading {}", path.display()), e)),
        }
        // Folders and files an older Mentora left readable by others are made private.
        crate::fsx::tighten_tree(&self.profiles.dir(&self.profile))?;
        let mut c = conn::open(&path, Some(&key))?;
        let v = migrations::version(&c)?;
        if v > 0 && v < migrations::CURRENT {
            self.backup(&c, v)?;
        }
        migrations::migrate_to(&mut c, migrations::CURRENT)?;
        *self.guard() = Some(Open {
            conn: c,
            key,
            last_used: Instant::now(),
        });
        Ok(())
    }

    /// Copies the (encrypted) vault file into `backups/` after folding the WAL into it.
    fn backup(&self, c: &Connection, version: u32) -> Result<PathBuf> {
        c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
        let dest = self
            .backups_dir()
            .join(format!("vault-v{version}-{stamp}.db"));
        crate::fsx::copy_private(&self.path(), &dest)?;
        Ok(dest)
    }

    /// Writes a consistent copy of the vault file to `dest` (0600): the WAL is folded in and the
    /// file copied while the connection is held, so no write lands halfway. Returns what the copy
    /// holds, read at the same moment, for [`Vault::read_copy`] to compare with.
    pub fn snapshot_to(&self, dest: &std::path::Path) -> Result<Snapshot> {
        self.with_conn(|c| {
            let busy: i64 = c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
            if busy != 0 {
                return Err(Error::new(
                    Code::Database,
                    "the vault is busy; the backup will be tried again",
                ));
            }
            let snap = Snapshot::read(c)?;
            crate::fsx::copy_private(&self.path(), dest)?;
            Ok(snap)
        })
    }

    /// Opens a copy of this vault (a backup read back) with this vault's key: its integrity
    /// problems (both checks) and what it holds. The key never leaves the vault.
    pub fn read_copy(&self, path: &std::path::Path) -> Result<(Vec<String>, Snapshot)> {
        let key = {
            let g = self.guard();
            g.as_ref().ok_or_else(locked)?.key.clone()
        };
        let c = conn::open_existing(path, &key)?;
        Ok((conn::integrity_problems(&c, true)?, Snapshot::read(&c)?))
    }

    /// Locks: closes the connection and drops the key from memory.
    pub fn lock(&self) {
        *self.guard() = None;
    }

    /// True while locked.
    pub fn is_locked(&self) -> bool {
        self.guard().is_none()
    }

    /// Locks if idle longer than the profile's auto-lock time; returns whether it is locked now.
    /// The shell calls this every few seconds.
    pub fn tick(&self) -> bool {
        self.tick_at(Instant::now())
    }

    /// [`Vault::tick`] as if the clock read `now`.
    pub fn tick_at(&self, now: Instant) -> bool {
        let mut g = self.guard();
        if g.as_ref()
            .is_some_and(|o| self.idle_expired(o.last_used, now))
        {
            *g = None;
        }
        g.is_none()
    }

    fn idle_expired(&self, last: Instant, now: Instant) -> bool {
        let m = self.auto_lock_minutes.load(Ordering::Relaxed);
        m > 0 && now.saturating_duration_since(last) >= Duration::from_secs(u64::from(m) * 60)
    }

    /// Sets the auto-lock time (0 = never), kept in `profile.json`.
    pub fn set_auto_lock_minutes(&self, minutes: u32) -> Result<()> {
        let m = super::validate::range("auto_lock_minutes", minutes, 0, 24 * 60)?;
        let mut p = self.profile.clone();
        p.auto_lock_minutes = m;
        self.profiles.save(&p)?;
        self.auto_lock_minutes.store(m, Ordering::Relaxed);
        Ok(())
    }

    /// Minutes of idle time before it locks itself (0 = never).
    pub fn auto_lock_minutes(&self) -> u32 {
        self.auto_lock_minutes.load(Ordering::Relaxed)
    }

    /// Runs `f` on the open connection, or refuses with `vault.locked` (also once the idle time has
    /// passed). It does not count as use: see [`Vault::touch`].
    pub fn with_conn<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        let mut g = self.guard();
        if g.as_ref()
            .is_some_and(|o| self.idle_expired(o.last_used, Instant::now()))
        {
            *g = None;
        }
        let open = g.as_mut().ok_or_else(locked)?;
        f(&mut open.conn)
    }

    /// The person did something: the idle time starts again. Only person-initiated actions call
    /// this (the use-case layer does); background work (auto-lock checks, summaries of idle chats,
    /// scoring older rows) never does, so it cannot keep the vault open.
    pub fn touch(&self) {
        if let Some(o) = self.guard().as_mut() {
            o.last_used = Instant::now();
        }
    }

    /// `integrity_check` + `cipher_integrity_check`: the problems found (empty = sound).
    pub fn check(&self) -> Result<Vec<String>> {
        self.with_conn(|c| conn::integrity_problems(c, true))
    }
}

/// What a vault file holds: its schema version and the rows of every table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// `PRAGMA user_version`.
    pub version: u32,
    /// Rows per table, by table name.
    pub rows: std::collections::BTreeMap<String, i64>,
}

impl Snapshot {
    fn read(c: &Connection) -> Result<Snapshot> {
        let version = migrations::version(c)?;
        let mut st = c.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             ORDER BY name",
        )?;
        let names: Vec<String> = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut rows = std::collections::BTreeMap::new();
        for n in names {
            let q = format!("SELECT count(*) FROM \"{}\"", n.replace('"', "\"\""));
            rows.insert(n, c.query_row(&q, [], |r| r.get(0))?);
        }
        Ok(Snapshot { version, rows })
    }
}

fn missing(path: &std::path::Path, why: &str) -> Error {
    Error::new(
        Code::VaultMissing,
        format!(
            "{} {why}: nothing was created in its place. Put the file back (a copy may be in the \
             profile's backups/ folder) or delete this profile",
            path.display()
        ),
    )
}

fn locked() -> Error {
    Error::new(Code::VaultLocked, "the vault is locked; unlock it first")
}
