//! `mentora profile …`, `mentora unlock|lock`, `mentora vault check`, and the crash-test writer.

use crate::api::{data, profile, App};
use crate::error::{Error, Result};
use crate::vault::repo::chats::{Sender, Status};
use crate::vault::{keychain, Stamp};
use std::io::{BufRead, Write};
use std::process::ExitCode;
use zeroize::Zeroizing;

/// Reads a secret: from the terminal without echo, or one line of standard input when piped. The
/// memory is wiped when the value is dropped.
pub fn read_secret(prompt: &str) -> Result<Zeroizing<String>> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        return rpassword::prompt_password(prompt)
            .map(Zeroizing::new)
            .map_err(|e| Error::io("reading the password", e));
    }
    let mut line = Zeroizing::new(String::new());
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::io("reading the password from standard input", e))?;
    Ok(Zeroizing::new(
        line.trim_end_matches(['\r', '\n']).to_string(),
    ))
}

/// `mentora profile create NAME`: asks the password twice, prints the recovery key once.
pub fn profile_create(name: &str, remember: bool) -> Result<ExitCode> {
    let pw = read_secret(&crate::t!("prompt-new-password"))?;
    let again = read_secret(&crate::t!("prompt-repeat"))?;
    if pw != again {
        return Err(Error::invalid("password", "the two passwords differ"));
    }
    let c = profile::create(&super::app(), name, &pw, remember)?;
    println!(
        "{}",
        crate::t!(
            "profile-created",
            name = c.profile.name.as_str(),
            id = c.profile.id.as_str()
        )
    );
    println!("{}", crate::t!("profile-recovery-key"));
    println!("  {}", c.recovery_key);
    Ok(ExitCode::SUCCESS)
}

/// `mentora profile list`.
pub fn profile_list() -> Result<ExitCode> {
    let app = super::app();
    let list = profile::list(&app)?;
    let damaged = profile::damaged(&app)?;
    if list.is_empty() && damaged.is_empty() {
        println!("{}", crate::t!("profile-none"));
    }
    for d in &damaged {
        println!(
            "{}",
            crate::t!(
                "profile-damaged",
                folder = d.folder.as_str(),
                why = d.why.as_str()
            )
        );
    }
    for p in list {
        let remembered = matches!(keychain::recall(&p.id), Ok(Some(_)));
        println!(
            "{}  {}{}",
            p.id,
            p.name,
            if remembered {
                crate::t!("profile-remembered")
            } else {
                String::new()
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora profile delete NAME --yes`: the vault, its backups and its keyring entry.
pub fn profile_delete(name: &str, yes: bool) -> Result<ExitCode> {
    let p = profile::delete(&super::app(), name, yes)?;
    println!("{}", crate::t!("profile-deleted", name = p.name.as_str()));
    Ok(ExitCode::SUCCESS)
}

/// This process's app with profile `name` unlocked: from the keyring when remembered, else by
/// password (asked on the terminal or read from standard input).
pub fn open(name: &str) -> Result<App> {
    let app = super::app();
    if profile::unlock_from_keyring(&app, name)?.is_none() {
        let p = app.profiles()?.find(name)?;
        let pw = read_secret(&crate::t!("prompt-password-for", name = p.name.as_str()))?;
        profile::unlock(&app, name, &pw)?;
    }
    Ok(app)
}

/// The unlocked vault of [`open`], for commands that work on the vault itself.
pub fn open_vault(name: &str) -> Result<std::sync::Arc<crate::vault::Vault>> {
    open(name)?.unlocked_vault()
}

/// `mentora unlock NAME [--remember] [--recovery]`.
pub fn unlock(name: &str, remember: bool, recovery: bool) -> Result<ExitCode> {
    let app = if recovery {
        let app = super::app();
        let key = read_secret(&crate::t!("prompt-recovery-key"))?;
        let pw = read_secret(&crate::t!("prompt-new-password"))?;
        profile::recover(&app, name, &key, &pw)?;
        println!("{}", crate::t!("unlock-password-changed"));
        app
    } else {
        open(name)?
    };
    let p = app.unlocked_vault()?.profile().clone();
    if remember {
        profile::remember(&app, true)?;
        println!("{}", crate::t!("unlock-remembered", name = p.name.as_str()));
    } else {
        println!("{}", crate::t!("unlock-correct", name = p.name.as_str()));
    }
    Ok(ExitCode::SUCCESS)
}

/// `mentora lock NAME`: forgets the keyring copy, so the next use needs the password.
pub fn lock(name: &str) -> Result<ExitCode> {
    let p = profile::forget(&super::app(), name)?;
    println!("{}", crate::t!("lock-done", name = p.name.as_str()));
    Ok(ExitCode::SUCCESS)
}

/// `mentora vault check NAME`.
pub fn check(name: &str) -> Result<ExitCode> {
    let app = open(name)?;
    let problems = profile::check(&app)?;
    let pname = app.unlocked_vault()?.profile().name.clone();
    if problems.is_empty() {
        println!("{}", crate::t!("vault-check-ok", name = pname.as_str()));
        Ok(ExitCode::SUCCESS)
    } else {
        for p in &problems {
            println!(
                "{}",
                crate::t!("vault-check-problem", problem = p.to_string())
            );
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
                Sender::User,
                &format!("row {i}"),
                Status::Sent,
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
    let app = open(name)?;
    let format = match (csv, markdown) {
        (Some(kind), _) => data::Format::Csv(kind),
        (None, true) => data::Format::Markdown,
        (None, false) => data::Format::Json,
    };
    match out {
        Some(p) => {
            data::export_to(&app, format, p)?;
            eprintln!(
                "{}",
                crate::t!(
                    "export-done",
                    name = profile_name(&app)?,
                    path = p.display().to_string()
                )
            );
        }
        None => print!("{}", data::export(&app, format)?),
    }
    Ok(ExitCode::SUCCESS)
}

fn profile_name(app: &App) -> Result<String> {
    Ok(app.unlocked_vault()?.profile().name.clone())
}

/// `mentora import PROFILE FILE`: a Mentora JSON export into an empty profile, all or nothing.
pub fn import(name: &str, file: &std::path::Path) -> Result<ExitCode> {
    if let Err(e) = std::fs::metadata(file) {
        return Err(Error::io(format!("reading {}", file.display()), e));
    }
    let app = open(name)?;
    let n = data::import(&app, file)?;
    println!(
        "{}",
        crate::t!("import-done", rows = n.rows, name = profile_name(&app)?)
    );
    print_flagged(n.flagged);
    Ok(ExitCode::SUCCESS)
}

/// `mentora import PROFILE FILE --daylio [--mood NAME=N]…`: Daylio's CSV or `.daylio` backup as journal
/// entries.
pub fn import_daylio(name: &str, file: &std::path::Path, moods: &[String]) -> Result<ExitCode> {
    let map = data::mood_map(moods)?;
    if let Err(e) = std::fs::metadata(file) {
        return Err(Error::io(format!("reading {}", file.display()), e));
    }
    let app = open(name)?;
    let n = data::import_daylio(&app, file, &map)?;
    println!(
        "{}",
        crate::t!(
            "import-daylio-done",
            rows = n.rows,
            name = profile_name(&app)?
        )
    );
    for note in &n.notes {
        println!("{}", crate::t!("note", note = note.as_str()));
    }
    print_flagged(n.flagged);
    Ok(ExitCode::SUCCESS)
}

fn print_flagged(n: usize) {
    if n > 0 {
        println!("{}", crate::t!("import-flagged", count = n));
    }
}
