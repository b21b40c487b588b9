//! Backups attacked by someone who did not write them: hand-made ZIPs (a vault entry declaring
//! u64::MAX bytes, a deflated vault that inflates a thousandfold, duplicated entry names), forged
//! backups in a shared sync folder (from the future, so that pruning deletes the real ones), folders
//! spelled to land inside the profile they are meant to save, symlinks, hard links and FIFOs in the
//! folder, a tampered `profile.json` (a name equal to another profile's id, an auto-lock of four
//! billion minutes), two restores racing for one name, terminal escapes in what the CLI prints, and
//! the promises that should hold (private modes, no scratch left behind, the original profile
//! byte-for-byte untouched, automatic backups not counting as use). Written by a reviewer who had
//! not seen the code; the tests marked `FAILED BEFORE THE FIX` failed on the first version (12 of
//! 20) and say what was wrong.

mod support;

mod cli;
mod folders;
mod malicious_files;
mod modes;
mod names;
mod pruning;
