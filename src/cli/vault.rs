//! `mentora profile …`, `mentora unlock|lock`, `mentora vault check`, and the crash-test writer.

use crate::error::{Code, Error, Result};
use crate::vault::{keychain, KdfParams, Profiles, Stamp, Vault};
use std::io::{BufRead, Write};
use std::process::ExitCode;

/// Reads a secret: from the terminal without echo, or one line of standard input when piped.
pub fn read_secret(prompt: &str) -> Result<String> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        return rpassword::prompt_password(prompt)
            .map_err(|e| Error::io("reading the password", e));
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::io("reading the password from standard input", e))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

/// `mentora profile create NAME`: asks the password twice, prints the recovery key once.
pub fn profile_create(name: &str, remember: bool) -> Result<ExitCode> {
    let profiles = Profiles::open_default()?;
    let pw = read_secret("New password: ")?;
    let again = read_secret("Repeat it: ")?;
    if pw != again {
        return Err(Error::invalid("password", "the two passwords differ"));
    }
    let (profile, recovery) = profiles.create(name, &pw, KdfParams::DEFAULT)?;
    let vault = Vault::new(profiles, profile.clone());
    vault.unlock_with_password(&pw)?;
    if remember {
        vault.remember_in_keyring(true)?;
    }
    println!("Created profile '{}' ({}).", profile.name, profile.id);
    println!("Recovery key (shown only now; write it down and keep it somewhere safe):");
    println!("  {}", recovery.display());
    Ok(ExitCode::SUCCESS)
}

/// `mentora profile list`.
pub fn profile_list() -> Result<ExitCode> {
    let profiles = Profiles::open_default()?;
    let list = profiles.list()?;
    if list.is_empty() {
        println!("No profiles yet: mentora profile create NAME");
    }
    for p in list {
        let remembered = matches!(keychain::recall(&p.id), Ok(Some(_)));
        println!(
            "{}  {}{}",
            p.id,
            p.name,
            if remembered {
                "  (unlocks from the keyring)"
            } else {
                ""
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora profile delete NAME --yes`: the vault, its backups and its keyring entry.
pub fn profile_delete(name: &str, yes: bool) -> Result<ExitCode> {
    let profiles = Profiles::open_default()?;
    let p = profiles.find(name)?;
    if !yes {
        return Err(Error::invalid(
            "yes",
            format!(
                "deleting '{}' erases its journal, chats and backups for good; repeat with --yes",
                p.name
            ),
        ));
    }
    profiles.delete(&p)?;
    println!("Deleted profile '{}'.", p.name);
    Ok(ExitCode::SUCCESS)
}

/// Opens a profile's vault: from the keyring when remembered, else by password (or recovery key).
pub fn open_vault(name: &str) -> Result<Vault> {
    let profiles = Profiles::open_default()?;
    let p = profiles.find(name)?;
    let vault = Vault::new(profiles, p);
    match vault.unlock_from_keyring() {
        Ok(true) => return Ok(vault),
        Ok(false) => {}
        Err(e) if e.code() == Code::KeyringUnavailable => {}
        Err(e) => return Err(e),
    }
    let pw = read_secret(&format!("Password for '{}': ", vault.profile().name))?;
    vault.unlock_with_password(&pw)?;
    Ok(vault)
}

/// `mentora unlock NAME [--remember] [--recovery]`.
pub fn unlock(name: &str, remember: bool, recovery: bool) -> Result<ExitCode> {
    let vault = if recovery {
        let profiles = Profiles::open_default()?;
        let p = profiles.find(name)?;
        let vault = Vault::new(profiles, p);
        let key = read_secret("Recovery key: ")?;
        let pw = read_secret("New password: ")?;
        vault.unlock_with_recovery(&key, &pw)?;
        println!("Password changed.");
        vault
    } else {
        open_vault(name)?
    };
    if remember {
        vault.remember_in_keyring(true)?;
        println!(
            "Unlocked '{}'; the key is kept in the OS keyring until `mentora lock`.",
            vault.profile().name
        );
    } else {
        println!("Password correct: '{}' unlocks.", vault.profile().name);
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora lock NAME`: forgets the keyring copy, so the next use needs the password.
pub fn lock(name: &str) -> Result<ExitCode> {
    let p = Profiles::open_default()?.find(name)?;
    keychain::forget(&p.id)?;
    println!("Locked '{}': the next use asks for the password.", p.name);
    Ok(ExitCode::SUCCESS)
}

/// `mentora vault check NAME`.
pub fn check(name: &str) -> Result<ExitCode> {
    let vault = open_vault(name)?;
    let problems = vault.check()?;
    if problems.is_empty() {
        println!(
            "ok: integrity_check and cipher_integrity_check passed for '{}'",
            vault.profile().name
        );
        Ok(ExitCode::SUCCESS)
    } else {
        for p in &problems {
            println!("problem: {p}");
        }
        Ok(ExitCode::FAILURE)
    }
}

/// Hidden `mentora dev crash-writer`: inserts rows one transaction each and prints the id of each
/// committed row, for the crash-safety test that kills this process at a random moment.
pub fn crash_writer(name: &str, rows: usize) -> Result<ExitCode> {
    let vault = open_vault(name)?;
    let chat =
        vault.with_conn(|c| crate::vault::repo::chats::create(c, "crash test", &Stamp::now()))?;
    let mut out = std::io::stdout().lock();
    for i in 0..rows {
        let m = vault.with_conn(|c| {
            crate::vault::repo::chats::add_message(
                c,
                chat.id,
                "user",
                &format!("row {i}"),
                "sent",
                None,
                &Stamp::now(),
            )
        })?;
        writeln!(out, "committed {}", m.id)
            .and_then(|_| out.flush())
            .map_err(|e| Error::io("stdout", e))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora export PROFILE [--out FILE] [--csv KIND | --markdown]`: the complete vault as versioned
/// JSON, one kind as CSV, or the journal as Markdown.
pub fn export(
    name: &str,
    out: Option<&std::path::Path>,
    csv: Option<&str>,
    markdown: bool,
) -> Result<ExitCode> {
    use crate::wellness::{export::export_json, tables};
    let vault = open_vault(name)?;
    let json = vault.with_conn(|c| match (csv, markdown) {
        (Some(kind), _) => tables::csv_for(c, kind)?.ok_or_else(|| {
            let kinds: Vec<&str> = tables::KINDS.iter().map(|(k, _)| *k).collect();
            Error::invalid("csv", format!("one of {} (got '{kind}')", kinds.join(", ")))
        }),
        (None, true) => tables::journal_markdown(c),
        (None, false) => export_json(c),
    })?;
    match out {
        Some(p) => {
            crate::vault::profiles::write_atomic(p, json.as_bytes())?;
            eprintln!("exported '{}' to {}", vault.profile().name, p.display());
        }
        None => print!("{json}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora import PROFILE FILE`: a Mentora JSON export into an empty profile, all or nothing.
pub fn import(name: &str, file: &std::path::Path) -> Result<ExitCode> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Error::io(format!("reading {}", file.display()), e))?;
    let vault = open_vault(name)?;
    let n = vault.with_conn(|c| crate::wellness::export::import_json(c, &text))?;
    println!("imported {n} rows into '{}'", vault.profile().name);
    Ok(ExitCode::SUCCESS)
}

/// `mentora import PROFILE FILE --daylio [--mood NAME=N]…`: Daylio's CSV as journal entries.
pub fn import_daylio(name: &str, file: &std::path::Path, moods: &[String]) -> Result<ExitCode> {
    let mut map = std::collections::HashMap::new();
    for m in moods {
        let (k, v) = m
            .rsplit_once('=')
            .ok_or_else(|| Error::invalid("mood", format!("NAME=N, like sleepy=3 (got '{m}')")))?;
        let n: i64 = v
            .trim()
            .parse()
            .map_err(|_| Error::invalid("mood", format!("'{v}' is not a number 1-5")))?;
        map.insert(k.trim().to_string(), n);
    }
    let text = std::fs::read_to_string(file)
        .map_err(|e| Error::io(format!("reading {}", file.display()), e))?;
    let vault = open_vault(name)?;
    let n = vault.with_conn(|c| crate::wellness::daylio::import(c, &text, &map))?;
    println!(
        "imported {n} Daylio entries into '{}'",
        vault.profile().name
    );
    Ok(ExitCode::SUCCESS)
}
