//! Versioned schema migrations, one file per step (`vN_to_vN+1`), each in its own transaction.

mod v0_to_v1;
mod v1_to_v2;
mod v2_to_v3;
mod v3_to_v4;
mod v4_to_v5;
mod v5_to_v6;
mod v6_to_v7;
mod v7_to_v8;
mod v8_to_v9;

use crate::error::{Code, Error, Result};
use rusqlite::Connection;

/// The schema version this build writes.
pub const CURRENT: u32 = 9;

type Step = fn(&rusqlite::Transaction) -> rusqlite::Result<()>;

/// Step `i` migrates version `i` to `i + 1`.
const STEPS: [Step; CURRENT as usize] = [
    v0_to_v1::up,
    v1_to_v2::up,
    v2_to_v3::up,
    v3_to_v4::up,
    v4_to_v5::up,
    v5_to_v6::up,
    v6_to_v7::up,
    v7_to_v8::up,
    v8_to_v9::up,
];

/// The vault's schema version (`PRAGMA user_version`).
pub fn version(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0))?)
}

/// Applies steps until `target`; each step and its version bump commit together or not at all.
pub fn migrate_to(conn: &mut Connection, target: u32) -> Result<u32> {
    let mut v = version(conn)?;
    if v > CURRENT {
        return Err(Error::new(
            Code::VaultTooNew,
            format!("this vault is at schema v{v}, newer than this Mentora (v{CURRENT}); update Mentora"),
        ));
    }
    while v < target.min(CURRENT) {
        let tx = conn.transaction()?;
        STEPS[v as usize](&tx)
            .and_then(|_| tx.pragma_update(None, "user_version", v + 1))
            .and_then(|_| tx.commit())
            .map_err(|e| {
                Error::new(
                    Code::MigrationFailed,
                    format!("migrating the vault from v{v} to v{} failed: {e}", v + 1),
                )
            })?;
        v += 1;
    }
    Ok(v)
}
