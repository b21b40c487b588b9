//! `mentora backup now|plan|list|restore`: thin glue over the use-case layer's backups.

use super::vault::{open, read_secret};
use crate::api::backups;
use crate::error::{Error, Result};
use crate::vault::backup::archive::printable;
use crate::vault::backup::restore::Secret;
use crate::vault::backup::{Every, Found};
use std::path::Path;
use std::process::ExitCode;

fn when(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|| "?".into())
}

/// One backup as a line; what came from the folder (name, path) with control characters shown as
/// `?`, so a file dropped there cannot drive the terminal.
fn line(f: &Found) -> String {
    format!(
        "{}  {}  {:.1} MB  {}",
        when(f.manifest.created_at),
        printable(&f.manifest.profile_name),
        f.bytes as f64 / 1e6,
        printable(&f.path)
    )
}

/// `mentora backup now PROFILE`.
pub fn now(profile: &str) -> Result<ExitCode> {
    let app = open(profile)?;
    let d = backups::back_up_now(&app)?;
    println!(
        "Backed up and read back: {} ({:.1} MB, {} rows checked{}).",
        d.file,
        d.bytes as f64 / 1e6,
        d.rows,
        if d.pruned > 0 {
            format!("; {} older deleted", d.pruned)
        } else {
            String::new()
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// `mentora backup plan PROFILE [--folder F] [--every off|daily|weekly] [--keep N]`.
pub fn plan(
    profile: &str,
    folder: Option<String>,
    every: Option<&str>,
    keep: Option<u32>,
) -> Result<ExitCode> {
    let app = open(profile)?;
    let mut ov = backups::overview(&app)?;
    if folder.is_some() || every.is_some() || keep.is_some() {
        let mut p = ov.plan.clone();
        if let Some(f) = folder {
            p.folder = f;
        }
        if let Some(e) = every {
            p.every = match e {
                "off" => Every::Off,
                "daily" => Every::Daily,
                "weekly" => Every::Weekly,
                other => {
                    return Err(Error::invalid(
                        "every",
                        format!("off, daily or weekly (got '{other}')"),
                    ))
                }
            };
        }
        if let Some(k) = keep {
            p.keep = k;
        }
        ov = backups::set_plan(&app, p)?;
    }
    let folder = if ov.plan.folder.is_empty() {
        "(none chosen)"
    } else {
        &ov.plan.folder
    };
    println!(
        "Folder: {folder}\nAutomatic: {:?}\nKeep: {}",
        ov.plan.every, ov.plan.keep
    );
    match &ov.last {
        Some(l) if l.ok => println!("Last backup: {} ({})", when(l.at), l.file),
        Some(l) => println!("Last backup FAILED {}: {}", when(l.at), l.message),
        None => println!("Last backup: never"),
    }
    for f in &ov.backups {
        println!("  {}", line(f));
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora backup list [--folder F]`: needs no password.
pub fn list(folder: Option<&str>) -> Result<ExitCode> {
    let found = backups::found(&super::app(), folder)?;
    if found.is_empty() {
        println!("No backups found. Give the folder: mentora backup list --folder /path");
    }
    for f in &found {
        println!("{}", line(f));
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora backup restore FILE [--name N] [--recovery]`.
pub fn restore(file: &Path, name: Option<&str>, recovery: bool) -> Result<ExitCode> {
    let app = super::app();
    let abs = std::path::absolute(file).map_err(|e| Error::io("resolving the path", e))?;
    let file = abs.to_string_lossy();
    let c = if recovery {
        let key = read_secret("Recovery key: ")?;
        let pw = read_secret("New password: ")?;
        backups::restore(
            &app,
            &file,
            Secret::Recovery {
                key: &key,
                new_password: &pw,
            },
            name,
        )?
    } else {
        let pw = read_secret("The profile's password when the backup was made: ")?;
        backups::restore(&app, &file, Secret::Password(&pw), name)?
    };
    println!(
        "Restored into profile '{}' ({}).",
        c.profile.name, c.profile.id
    );
    println!("New recovery key (shown only now; the backup's old one no longer opens it):");
    println!("  {}", c.recovery_key);
    Ok(ExitCode::SUCCESS)
}
