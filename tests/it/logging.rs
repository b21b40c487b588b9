//! The log file: the CLI writes one in the data dir's `logs/` (folder 0700), with what happened —
//! and none of what the person wrote, their password or their key.

use crate::common;
use std::os::unix::fs::PermissionsExt;

#[test]
fn the_log_says_what_happened_and_nothing_personal() {
    let data = tempfile::tempdir().unwrap();
    let pw = "correct horse battery staple";
    let secret = "Zyxwv my secret diary line about Robin";
    let o = common::run_cli(
        data.path(),
        &["profile", "create", "Robin"],
        &format!("{pw}\n{pw}\n"),
        false,
    );
    assert!(o.status.success(), "{}", common::output_text(&o));
    let mut cmd = common::cli();
    let o = cmd
        .args(["--models-dir"])
        .arg(common::models_dir())
        .args(["journal", "add", "Robin", "--mood", "2", secret])
        .env("MENTORA_DATA_DIR", data.path())
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .env("MENTORA_GEMINI_API_KEY", "AIzaSECRETKEY123")
        .env_remove("RUST_LOG")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin
                .take()
                .unwrap()
                .write_all(format!("{pw}\n").as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    assert!(o.status.success(), "{}", common::output_text(&o));
    let dir = data.path().join("logs");
    let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700, "logs folder mode {mode:o}");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(
        !files.is_empty()
            && files.iter().all(|p| p
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("mentora.")),
        "{files:?}"
    );
    let log: String = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert!(log.contains("vault unlocked"), "{log}");
    for personal in [secret, "Zyxwv", pw, "AIzaSECRETKEY123", "Robin"] {
        assert!(
            !log.contains(personal),
            "the log holds {personal:?}:\n{log}"
        );
    }
}
