//! The folders backups were written to, remembered outside every vault (`backup-places.json` in the
//! data dir, 0600) so the lock screen can offer their backups after a profile is gone. Paths only.

use crate::error::Result;
use std::path::{Path, PathBuf};

const FILE: &str = "backup-places.json";
const MAX: usize = 16;

/// The remembered folders, most recent first (an unreadable file reads as none).
pub fn list(data_dir: &Path) -> Vec<PathBuf> {
    std::fs::read(data_dir.join(FILE))
        .ok()
        .and_then(|b| serde_json::from_slice::<Vec<PathBuf>>(&b).ok())
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.is_absolute())
        .take(MAX)
        .collect()
}

/// Remembers `folder` first in the list.
pub fn remember(data_dir: &Path, folder: &Path) -> Result<()> {
    let mut all = list(data_dir);
    all.retain(|p| p != folder);
    all.insert(0, folder.to_path_buf());
    all.truncate(MAX);
    crate::fsx::create_dir_private(data_dir)?;
    crate::fsx::write_atomic(
        &data_dir.join(FILE),
        &serde_json::to_vec_pretty(&all).expect("serializes"),
    )
}
