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
        "{}",
        crate::t!(
            "backup-done",
            file = d.file.as_str(),
            mb = format!("{:.1}", d.bytes as f64 / 1e6),
            rows = d.rows,
            pruned = d.pruned,
        )
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
        crate::t!("backup-folder-none")
    } else {
        ov.plan.folder.clone()
    };
    let every = match ov.plan.every {
        Every::Off => "off",
        Every::Daily => "daily",
        Every::Weekly => "weekly",
    };
    println!(
        "{}",
        crate::t!(
            "backup-plan",
            folder = folder,
            every = every,
            keep = ov.plan.keep
        )
    );
    match &ov.last {
        Some(l) if l.ok => println!(
            "{}",
            crate::t!("backup-last", at = when(l.at), file = l.file.as_str())
        ),
        Some(l) => println!(
            "{}",
            crate::t!(
                "backup-last-failed",
                at = when(l.at),
                message = l.message.as_str()
            )
        ),
        None => println!("{}", crate::t!("backup-last-never")),
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
        println!("{}", crate::t!("backup-none-found"));
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
        let key = read_secret(&crate::t!("prompt-recovery-key"))?;
        let pw = read_secret(&crate::t!("prompt-new-password"))?;
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
        let pw = read_secret(&crate::t!("backup-prompt-password"))?;
        backups::restore(&app, &file, Secret::Password(&pw), name)?
    };
    println!(
        "{}",
        crate::t!(
            "backup-restored",
            name = c.profile.name.as_str(),
            id = c.profile.id.as_str()
        )
    );
    println!("{}", crate::t!("backup-new-recovery-key"));
    println!("  {}", c.recovery_key);
    Ok(ExitCode::SUCCESS)
}
