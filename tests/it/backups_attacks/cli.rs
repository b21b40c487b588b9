//! What the CLI prints about a backup (no terminal escapes).

use super::support::*;
use crate::common::vault::Fixture;
use mentora::api::backups;
use mentora::vault::backup::Every;
use std::path::Path;

// ---- the CLI prints what a backup says about itself ----

// FAILED BEFORE THE FIX: `mentora backup list` (src/cli/backup.rs:21-29) prints the manifest's
// `profile_name` and the file's path as they are. Both come from the (shared) folder, and neither
// is checked for control characters (Plan::validated checks the folder the person types, nothing
// checks a manifest or a file name), so a file dropped there writes terminal escape sequences
// (retitle the window, clear the screen, fake earlier output) into the person's terminal.
#[test]
fn backup_list_prints_no_terminal_escapes_from_a_shared_folder() {
    let f = Fixture::new("Term");
    let app = f.app();
    let dest = tempfile::tempdir().unwrap();
    plan_into(&app, dest.path(), Every::Off, 7).unwrap();
    let done = backups::back_up_now(&app).unwrap();
    let shared = tempfile::tempdir().unwrap();
    retouch(
        Path::new(&done.file),
        &shared.path().join("mentora-evil.mentora-backup"),
        |name, data| {
            if name == MANIFEST {
                json_edit(&data, |m| {
                    m["profile_name"] = serde_json::json!("Term\u{1b}]0;owned\u{7}\u{1b}[2J")
                })
            } else {
                data
            }
        },
    );
    std::fs::copy(&done.file, shared.path().join("x\u{1b}[31m.mentora-backup")).unwrap();
    let data = tempfile::tempdir().unwrap();
    let o = crate::common::run_cli(
        data.path(),
        &[
            "backup",
            "list",
            "--folder",
            shared.path().to_str().unwrap(),
        ],
        "",
        false,
    );
    assert!(o.status.success(), "{}", crate::common::output_text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains(".mentora-backup"), "{out:?}");
    assert!(
        !out.chars().any(|c| c == '\u{1b}' || c == '\u{7}'),
        "terminal control characters reached stdout: {out:?}"
    );
}
