//! Crash safety: a writer committing rows one transaction at a time is SIGKILLed at a random moment,
//! 20 times; every row it reported committed is there and both integrity checks pass.

use crate::common::vault as fixture;

use fixture::{Fixture, PASSWORD};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn random_below(n: u64) -> u64 {
    let mut b = [0u8; 8];
    getrandom::fill(&mut b).unwrap();
    u64::from_le_bytes(b) % n
}

#[test]
fn sigkill_at_a_random_moment_loses_no_committed_row() {
    let f = Fixture::new("Crash");
    f.unlocked().lock(); // create the vault file
    let mut total_reported = 0;
    for round in 0..20 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_mentora"))
            .args(["dev", "crash-writer", "Crash", "--rows", "1000"])
            .env("MENTORA_DATA_DIR", f.dir.path())
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent") // no keyring: password path
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        // Kill after a random number of reported commits (some rounds before any, some late).
        let kill_after = random_below(400);
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut ids = Vec::new();
            for line in stdout.lines().map_while(Result::ok) {
                if let Some(id) = line.strip_prefix("committed ") {
                    ids.push(id.parse::<i64>().unwrap());
                    if ids.len() as u64 == kill_after {
                        let _ = tx.send(());
                    }
                }
            }
            ids
        });
        let deadline = Instant::now() + Duration::from_secs(60);
        while rx
            .recv_timeout(Duration::from_millis(random_below(3) + 1))
            .is_err()
        {
            if kill_after == 0 || Instant::now() > deadline || child.try_wait().unwrap().is_some() {
                break;
            }
        }
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();
        let reported = reader.join().unwrap();
        total_reported += reported.len();

        let v = f.unlocked();
        let missing = v
            .with_conn(|c| {
                let mut st = c.prepare("SELECT count(*) FROM messages WHERE id = ?1")?;
                let mut missing = Vec::new();
                for id in &reported {
                    if st.query_row([id], |r| r.get::<_, i64>(0))? != 1 {
                        missing.push(*id);
                    }
                }
                Ok(missing)
            })
            .unwrap();
        assert!(
            missing.is_empty(),
            "round {round}: committed rows lost: {missing:?}"
        );
        assert_eq!(v.check().unwrap(), Vec::<String>::new(), "round {round}");
        v.lock();
    }
    assert!(total_reported > 0, "the writer never committed anything");
}
