//! Vault keys: a random 256-bit data key, wrapped by an Argon2id password key and by a recovery key.

use crate::error::{Code, Error, Result};
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use data_encoding::{BASE32_NOPAD, BASE64};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// The key SQLCipher encrypts the vault with (used raw: no per-open PBKDF2).
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; 32]);

impl DataKey {
    /// 32 bytes from the OS's CSPRNG.
    pub fn generate() -> Result<Self> {
        let mut k = [0u8; 32];
        random(&mut k)?;
        Ok(Self(k))
    }

    /// Lowercase hex, for `PRAGMA key = "x'…'"` and the keyring.
    pub fn hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.0))
    }

    /// From the keyring's hex form.
    pub fn from_hex(s: &str) -> Option<Self> {
        let bytes = Zeroizing::new(hex::decode(s.trim()).ok()?);
        let arr: [u8; 32] = bytes.as_slice().try_into().ok()?;
        Some(Self(arr))
    }
}

fn random(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf)
        .map_err(|e| Error::new(Code::Internal, format!("the OS random source failed: {e}")))
}

/// Argon2id parameters, stored beside the vault so they can be raised later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_cost_kib: u32,
    /// Iterations.
    pub t_cost: u32,
    /// Lanes.
    pub p_cost: u32,
}

impl KdfParams {
    /// 64 MiB, 5 passes, 1 lane: about 210 ms on this project's 2-core machines (64 MiB with 3
    /// passes measured 128 ms; `cargo bench --bench vault_overhead` prints it). Above OWASP's floor.
    pub const DEFAULT: KdfParams = KdfParams {
        m_cost_kib: 64 * 1024,
        t_cost: 5,
        p_cost: 1,
    };
    /// Whether these parameters are within what Mentora ever writes (memory 8 KiB–1 GiB, 1–64
    /// passes, 1–16 lanes). A key file from elsewhere (a backup) asking for more would make
    /// unlocking exhaust memory or time: it is refused before any derivation runs.
    pub fn sane(&self) -> bool {
        (8..=1 << 20).contains(&self.m_cost_kib)
            && (1..=64).contains(&self.t_cost)
            && (1..=16).contains(&self.p_cost)
            && self.m_cost_kib >= 8 * self.p_cost
    }

    /// Fast parameters for tests and benchmark scratch vaults only; never for a real profile.
    pub const INSECURE_FOR_TESTS: KdfParams = KdfParams {
        m_cost_kib: 64,
        t_cost: 1,
        p_cost: 1,
    };
}

/// A data key sealed under one wrapping key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    /// 24-byte XChaCha20 nonce, base64.
    pub nonce: String,
    /// Ciphertext with its Poly1305 tag, base64.
    pub ciphertext: String,
}

/// The wrapped copies of a vault's data key (`keys.json`; nothing in it is secret on its own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyFile {
    /// Format version of this file.
    pub format: u32,
    /// The profile these keys belong to (bound into every seal as associated data).
    pub profile_id: String,
    /// Argon2id salt, base64.
    pub salt: String,
    /// Argon2id parameters for the password.
    pub kdf: KdfParams,
    /// The data key under the password.
    pub password: Sealed,
    /// The data key under the recovery key.
    pub recovery: Sealed,
}

fn aad(profile_id: &str, purpose: &str) -> Vec<u8> {
    format!("mentora-vault-key-v1|{profile_id}|{purpose}").into_bytes()
}

fn seal(wrap_key: &[u8; 32], key: &DataKey, aad: &[u8]) -> Result<Sealed> {
    let mut nonce = [0u8; 24];
    random(&mut nonce)?;
    let cipher = XChaCha20Poly1305::new(wrap_key.into());
    let ct = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: &key.0, aad })
        .map_err(|_| Error::new(Code::Internal, "sealing the vault key failed"))?;
    Ok(Sealed {
        nonce: BASE64.encode(&nonce),
        ciphertext: BASE64.encode(&ct),
    })
}

fn open(wrap_key: &[u8; 32], sealed: &Sealed, aad: &[u8]) -> Option<DataKey> {
    let nonce = BASE64.decode(sealed.nonce.as_bytes()).ok()?;
    let ct = BASE64.decode(sealed.ciphertext.as_bytes()).ok()?;
    if nonce.len() != 24 {
        return None;
    }
    let cipher = XChaCha20Poly1305::new(wrap_key.into());
    let pt = Zeroizing::new(
        cipher
            .decrypt(XNonce::from_slice(&nonce), Payload { msg: &ct, aad })
            .ok()?,
    );
    let arr: [u8; 32] = pt.as_slice().try_into().ok()?;
    Some(DataKey(arr))
}

fn password_key(password: &str, salt: &[u8], p: KdfParams) -> Result<Zeroizing<[u8; 32]>> {
    let params = Params::new(p.m_cost_kib, p.t_cost, p.p_cost, Some(32))
        .map_err(|e| Error::new(Code::Internal, format!("Argon2 parameters: {e}")))?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(password.as_bytes(), salt, out.as_mut())
        .map_err(|e| Error::new(Code::Internal, format!("Argon2: {e}")))?;
    Ok(out)
}

/// The one-time recovery key: 160 random bits shown as 8 groups of 4 base32 letters.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct RecoveryKey([u8; 20]);

impl RecoveryKey {
    fn generate() -> Result<Self> {
        let mut k = [0u8; 20];
        random(&mut k)?;
        Ok(Self(k))
    }

    /// `ABCD-EFGH-…` (32 letters and digits 2–7).
    pub fn display(&self) -> String {
        let s = BASE32_NOPAD.encode(&self.0);
        s.as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).expect("base32 is ascii"))
            .collect::<Vec<_>>()
            .join("-")
    }

    /// Parses what a person typed: case, spaces and dashes ignored, 0/1/8 read as O/I/B.
    pub fn parse(s: &str) -> Result<Self> {
        let clean: String = s
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_ascii_uppercase() {
                '0' => 'O',
                '1' => 'I',
                '8' => 'B',
                c => c,
            })
            .collect();
        let bytes = Zeroizing::new(BASE32_NOPAD.decode(clean.as_bytes()).map_err(|_| {
            Error::new(
                Code::BadRecoveryKey,
                "that is not a recovery key (32 letters A–Z and digits 2–7, in groups of four)",
            )
        })?);
        let arr: [u8; 20] = bytes.as_slice().try_into().map_err(|_| {
            Error::new(
                Code::BadRecoveryKey,
                "a recovery key has exactly 32 letters and digits",
            )
        })?;
        Ok(Self(arr))
    }

    fn wrap_key(&self) -> Zeroizing<[u8; 32]> {
        let mut h = Sha256::new();
        h.update(b"mentora-recovery-v1");
        h.update(self.0);
        Zeroizing::new(h.finalize().into())
    }
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(redacted)")
    }
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(redacted)")
    }
}

impl KeyFile {
    /// Wraps a fresh data key for a new profile; returns the file, the key and the recovery key.
    pub fn create(
        profile_id: &str,
        password: &str,
        kdf: KdfParams,
    ) -> Result<(KeyFile, DataKey, RecoveryKey)> {
        let key = DataKey::generate()?;
        let (file, recovery) = Self::wrap(profile_id, &key, password, kdf)?;
        Ok((file, key, recovery))
    }

    /// Wraps an existing data key for a profile (a restored backup gets a new profile id, so its key
    /// is wrapped again under that id); returns the file and a new recovery key.
    pub fn wrap(
        profile_id: &str,
        key: &DataKey,
        password: &str,
        kdf: KdfParams,
    ) -> Result<(KeyFile, RecoveryKey)> {
        let recovery = RecoveryKey::generate()?;
        let mut salt = [0u8; 16];
        random(&mut salt)?;
        let pw = password_key(password, &salt, kdf)?;
        let file = KeyFile {
            format: 1,
            profile_id: profile_id.to_string(),
            salt: BASE64.encode(&salt),
            kdf,
            password: seal(&pw, key, &aad(profile_id, "password"))?,
            recovery: seal(&recovery.wrap_key(), key, &aad(profile_id, "recovery"))?,
        };
        Ok((file, recovery))
    }

    /// Whether a key file from elsewhere (a backup) can be tried at all: sane Argon2 parameters,
    /// a salt of 8–64 bytes and base64 seals. One that is not is damaged, not an internal error.
    pub fn plausible(&self) -> bool {
        let b64 = |s: &str| BASE64.decode(s.as_bytes()).ok();
        self.kdf.sane()
            && b64(&self.salt).is_some_and(|s| (8..=64).contains(&s.len()))
            && [&self.password, &self.recovery].iter().all(|s| {
                b64(&s.nonce).is_some_and(|n| n.len() == 24) && b64(&s.ciphertext).is_some()
            })
    }

    fn salt(&self) -> Result<Vec<u8>> {
        BASE64
            .decode(self.salt.as_bytes())
            .map_err(|_| Error::new(Code::VaultCorrupt, "keys.json: the salt is not base64"))
    }

    /// The data key, if the password is right.
    pub fn unlock_with_password(&self, password: &str) -> Result<DataKey> {
        let pw = password_key(password, &self.salt()?, self.kdf)?;
        open(&pw, &self.password, &aad(&self.profile_id, "password"))
            .ok_or_else(|| Error::new(Code::BadPassword, "the password is not right"))
    }

    /// The data key, if the recovery key is right.
    pub fn unlock_with_recovery(&self, recovery: &RecoveryKey) -> Result<DataKey> {
        open(
            &recovery.wrap_key(),
            &self.recovery,
            &aad(&self.profile_id, "recovery"),
        )
        .ok_or_else(|| {
            Error::new(
                Code::BadRecoveryKey,
                "that recovery key does not belong to this profile",
            )
        })
    }

    /// Re-wraps the data key under a new password (new salt); the database is not touched.
    pub fn rewrap_password(&mut self, key: &DataKey, new_password: &str) -> Result<()> {
        let mut salt = [0u8; 16];
        random(&mut salt)?;
        let pw = password_key(new_password, &salt, self.kdf)?;
        self.password = seal(&pw, key, &aad(&self.profile_id, "password"))?;
        self.salt = BASE64.encode(&salt);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_and_recovery_both_unwrap_the_same_key() {
        let (file, key, rec) =
            KeyFile::create("p1", "correct horse", KdfParams::INSECURE_FOR_TESTS).unwrap();
        assert_eq!(
            *file.unlock_with_password("correct horse").unwrap().hex(),
            *key.hex()
        );
        let typed = rec.display().to_lowercase().replace('-', " ");
        let parsed = RecoveryKey::parse(&typed).unwrap();
        assert_eq!(
            *file.unlock_with_recovery(&parsed).unwrap().hex(),
            *key.hex()
        );
        assert_eq!(rec.display().len(), 39);
    }

    #[test]
    fn wrong_secrets_are_refused_with_their_codes() {
        let (file, _, _) = KeyFile::create("p1", "pw", KdfParams::INSECURE_FOR_TESTS).unwrap();
        assert_eq!(
            file.unlock_with_password("PW").err().unwrap().code(),
            Code::BadPassword
        );
        let (_, _, other) = KeyFile::create("p2", "pw", KdfParams::INSECURE_FOR_TESTS).unwrap();
        assert_eq!(
            file.unlock_with_recovery(&other).err().unwrap().code(),
            Code::BadRecoveryKey
        );
        assert_eq!(
            RecoveryKey::parse("nope").err().unwrap().code(),
            Code::BadRecoveryKey
        );
    }

    #[test]
    fn a_key_file_moved_to_another_profile_does_not_open() {
        let (mut file, _, _) = KeyFile::create("p1", "pw", KdfParams::INSECURE_FOR_TESTS).unwrap();
        file.profile_id = "p2".into();
        assert_eq!(
            file.unlock_with_password("pw").err().unwrap().code(),
            Code::BadPassword
        );
    }

    #[test]
    fn rewrapping_changes_only_the_password() {
        let (mut file, key, rec) =
            KeyFile::create("p1", "old", KdfParams::INSECURE_FOR_TESTS).unwrap();
        file.rewrap_password(&key, "new").unwrap();
        assert!(file.unlock_with_password("old").is_err());
        assert_eq!(*file.unlock_with_password("new").unwrap().hex(), *key.hex());
        assert!(file.unlock_with_recovery(&rec).is_ok());
    }
}
