//! The vault commands of the CLI: profile create|list|delete, unlock, lock, vault check.

use crate::common;

use std::process::Output;

fn run(data: &std::path::Path, args: &[&str], stdin: &str) -> Output {
    common::run_cli(data, args, stdin, true)
}

fn text(o: &Output) -> String {
    common::output_text(o)
}

#[test]
fn profile_lifecycle_through_the_cli() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let o = run(
        d,
        &["profile", "create", "Robin"],
        "a fine password\na fine password\n",
    );
    assert!(o.status.success(), "{}", text(&o));
    let out = text(&o);
    let key_line = out
        .lines()
        .find(|l| l.starts_with("  ") && l.matches('-').count() == 7)
        .expect(&out);
    let recovery = key_line.trim().to_string();

    let o = run(
        d,
        &["profile", "create", "Robin"],
        "another pass\nanother pass\n",
    );
    assert!(
        text(&o).starts_with("error [profile.exists]"),
        "{}",
        text(&o)
    );

    let o = run(d, &["unlock", "Robin"], "wrong password\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("error [vault.bad_password]"),
        "{}",
        text(&o)
    );

    let o = run(d, &["vault", "check", "Robin"], "a fine password\n");
    assert!(
        o.status.success() && text(&o).contains("cipher_integrity_check passed"),
        "{}",
        text(&o)
    );

    let o = run(d, &["unlock", "Robin", "--remember"], "a fine password\n");
    assert!(o.status.success(), "{}", text(&o));
    let o = run(d, &["profile", "list"], "");
    assert!(
        text(&o).contains("Robin  (unlocks from the keyring)"),
        "{}",
        text(&o)
    );
    let o = run(d, &["vault", "check", "Robin"], ""); // no password needed now
    assert!(o.status.success(), "{}", text(&o));
    let o = run(d, &["lock", "Robin"], "");
    assert!(o.status.success(), "{}", text(&o));
    let o = run(d, &["vault", "check", "Robin"], "\n");
    assert!(
        text(&o).contains("error [vault.bad_password]"),
        "locked again: {}",
        text(&o)
    );

    let o = run(
        d,
        &["unlock", "Robin", "--recovery"],
        &format!("{recovery}\nnew fine password\n"),
    );
    assert!(
        o.status.success() && text(&o).contains("Password changed"),
        "{}",
        text(&o)
    );
    let o = run(d, &["vault", "check", "Robin"], "new fine password\n");
    assert!(o.status.success(), "{}", text(&o));

    let export = d.join("robin.json");
    let o = run(
        d,
        &["export", "Robin", "--out", export.to_str().unwrap()],
        "new fine password\n",
    );
    assert!(o.status.success(), "{}", text(&o));
    let o = run(
        d,
        &["profile", "create", "Sam"],
        "sam's password\nsam's password\n",
    );
    assert!(o.status.success(), "{}", text(&o));
    let o = run(
        d,
        &["import", "Sam", export.to_str().unwrap()],
        "sam's password\n",
    );
    assert!(
        o.status.success() && text(&o).starts_with("imported "),
        "{}",
        text(&o)
    );
    let o = run(d, &["export", "Sam"], "sam's password\n");
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        std::fs::read_to_string(&export).unwrap()
    );

    let o = run(d, &["profile", "delete", "Robin"], "");
    assert!(text(&o).contains("--yes"), "{}", text(&o));
    let o = run(d, &["profile", "delete", "Robin", "--yes"], "");
    assert!(o.status.success(), "{}", text(&o));
    let o = run(d, &["profile", "delete", "Sam", "--yes"], "");
    assert!(o.status.success(), "{}", text(&o));
    let o = run(d, &["profile", "list"], "");
    assert!(text(&o).contains("No profiles yet"), "{}", text(&o));
}

#[test]
fn backup_delete_restore_through_the_cli() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let d = data.path();
    let folder = out.path().to_str().unwrap();
    let pw = "a fine password\n";
    let ok = |o: &Output| assert!(o.status.success(), "{}", text(o));
    ok(&common::run_cli(
        d,
        &["profile", "create", "Robin"],
        "a fine password\na fine password\n",
        false,
    ));
    ok(&common::run_cli(
        d,
        &[
            "journal",
            "add",
            "Robin",
            "--mood",
            "4",
            "otters at the weir",
        ],
        pw,
        false,
    ));
    let o = common::run_cli(
        d,
        &["backup", "plan", "Robin", "--folder", "not/absolute"],
        pw,
        false,
    );
    assert!(text(&o).contains("error [input.invalid]"), "{}", text(&o));
    let o = common::run_cli(
        d,
        &[
            "backup", "plan", "Robin", "--folder", folder, "--every", "weekly", "--keep", "3",
        ],
        pw,
        false,
    );
    ok(&o);
    assert!(
        text(&o).contains("Automatic: Weekly") && text(&o).contains("Keep: 3"),
        "{}",
        text(&o)
    );
    let o = common::run_cli(d, &["backup", "now", "Robin"], pw, false);
    ok(&o);
    assert!(text(&o).contains("Backed up and read back"), "{}", text(&o));
    ok(&common::run_cli(
        d,
        &["profile", "delete", "Robin", "--yes"],
        "",
        false,
    ));
    let o = common::run_cli(d, &["backup", "list"], "", false);
    ok(&o);
    let file = text(&o)
        .split_whitespace()
        .find(|w| w.ends_with(".mentora-backup"))
        .expect("listed")
        .to_string();
    let o = common::run_cli(d, &["backup", "restore", &file], "wrong password\n", false);
    assert!(
        text(&o).contains("error [vault.bad_password]"),
        "{}",
        text(&o)
    );
    let o = common::run_cli(d, &["backup", "restore", &file], pw, false);
    ok(&o);
    assert!(
        text(&o).contains("Restored into profile 'Robin'"),
        "{}",
        text(&o)
    );
    let o = common::run_cli(d, &["journal", "list", "Robin"], pw, false);
    assert!(text(&o).contains("otters at the weir"), "{}", text(&o));
}
