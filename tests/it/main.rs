//! The core's integration tests, one crate made of modules (one binary to build and link). Tests that
//! need a process of their own run the `mentora` CLI as a child process; the one test that counts the
//! process's threads (tests/vision_capture_restart.rs) is a binary of its own.

mod common;

mod auto_lock;
mod backups;
mod backups_attacks;
mod chat_cli;
mod chat_device;
mod chat_errors;
mod chat_gemini;
mod chat_local;
mod chat_local_real;
mod consent;
mod daily;
mod daily_attacks;
mod doctor_report;
mod egress;
mod fuzz_corpus;
mod ipc_types;
mod llm_install;
mod logging;
mod model_integrity;
mod parser_panics;
mod redact_eval;
mod reminders;
mod report_summary;
mod report_year;
mod runtime_discovery;
mod safety_eval;
mod safety_linear;
mod safety_plan;
mod search;
mod sentiment_install;
mod sentiment_model;
mod sentiment_scoring;
mod single_instance;
mod vault_cli;
mod vault_crash;
mod vault_encryption;
mod vault_files;
mod vault_keys;
mod vault_migration;
mod vault_repos;
mod vault_suspend;
mod vision_capture;
mod vision_parity;
mod vision_photos;
mod wellness_better_days;
mod wellness_checkins;
mod wellness_cli;
mod wellness_daylio;
mod wellness_export;
mod wellness_overview;
mod wellness_rewards;
mod wellness_streaks;
