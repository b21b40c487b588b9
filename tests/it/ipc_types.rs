//! The UI's IPC types come from the Rust types (ts-rs): this test generates them and fails when the
//! committed `ui/src/lib/bindings/` differs. After changing a type, run it once with MENTORA_BLESS=1
//! to rewrite the folder, and commit the result.

use mentora::api;
use std::any::TypeId;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use ts_rs::{Config, TypeVisitor, TS};

/// Every Rust type behind each generated file, walking the exported types' dependencies: ts-rs names
/// a file after the type, so two Rust types of one name would silently share (overwrite) one file.
#[derive(Default)]
struct Files {
    seen: HashSet<TypeId>,
    by_path: BTreeMap<PathBuf, BTreeSet<&'static str>>,
}

impl TypeVisitor for Files {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if let Some(p) = T::output_path() {
            self.by_path
                .entry(p)
                .or_default()
                .insert(std::any::type_name::<T>());
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

fn committed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings")
}

/// Every type the window receives or sends, with what they use; ids and timestamps are JSON numbers
/// (serde_json writes i64 as a number, well inside 2^53).
fn generate(dir: &Path) -> (BTreeMap<String, String>, Files) {
    let cfg = Config::new().with_large_int("number").with_out_dir(dir);
    let mut walk = Files::default();
    macro_rules! export {
        ($($t:ty),* $(,)?) => { $( <$t>::export_all(&cfg).unwrap(); walk.visit::<$t>(); )* };
    }
    export!(
        mentora::vault::Profile,
        mentora::vault::Damaged,
        api::profile::Created,
        api::profile::Status,
        mentora::vault::repo::chats::Chat,
        mentora::vault::repo::chats::Message,
        mentora::chat::service::ChatEvent,
        mentora::chat::service::Outcome,
        api::chat::Preview,
        mentora::safety::plan::SafetyPlan,
        api::safety::Risk,
        mentora::chat::summary::SessionSummary,
        api::journal::ScoredEntry,
        mentora::vault::repo::journal::EntryInput,
        api::wellness::ScoredItem,
        mentora::vault::repo::gratitude::Item,
        mentora::vault::repo::logs::Sleep,
        mentora::vault::repo::logs::SleepInput,
        mentora::vault::repo::logs::Breathing,
        api::wellness::Plan,
        api::checkin::Form,
        mentora::wellness::checkins::Scored,
        mentora::wellness::overview::Overview,
        mentora::reports::Report,
        mentora::vault::repo::reports::Saved,
        api::settings::AppSettings,
        api::llm::LlmStatus,
        api::llm::LlmModels,
        api::models::ModelsStatus,
        api::models::InstallProgress,
        mentora::text::catalog::InstalledModel,
        mentora::vision::camera::CameraInfo,
        mentora::vision::FrameAnalysis,
        mentora::vision::capture::LiveSample,
        mentora::text::Sentiment,
        mentora::vault::repo::affect::AffectPoint,
        mentora::doctor::Report,
        mentora::vault::repo::emotion::Session,
        mentora::wellness::daily::Today,
        mentora::wellness::daily::DayCell,
        mentora::wellness::daily::DayView,
        mentora::wellness::prompts::Prompt,
        mentora::wellness::better_days::BetterDays,
        mentora::vault::repo::activities::Activity,
        mentora::vault::repo::activities::ActivityInput,
        mentora::vault::repo::templates::Template,
        mentora::vault::repo::search::SearchHit,
        mentora::wellness::reminders::Reminders,
        mentora::api::backups::Overview,
        mentora::api::backups::Done,
        mentora::vault::backup::Found,
        mentora::vault::backup::Plan,
        mentora::voice::source::MicInfo,
        api::voice::VoiceSettings,
        api::voice::VoiceAnalysis,
        mentora::voice::live::VoiceLevel,
        mentora::voice::SegmentReading,
        mentora::vault::repo::voice::VoiceSession,
    );
    let mut events = String::from("// Generated from src/api/events.rs by tests/it/ipc_types.rs. Do not edit.\n\n/** Names of the events the core emits to the window. */\nexport const EVENTS = {\n");
    for (k, v) in api::events::ALL {
        events.push_str(&format!("  {k}: \"{v}\",\n"));
    }
    events.push_str("} as const;\n");
    std::fs::write(dir.join("events.ts"), events).unwrap();
    let mut files = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let mut text = std::fs::read_to_string(&p).unwrap();
        // The `{code, message}` error is written by hand in errors.ts (with its human titles).
        if text.contains("CoreError") && !text.contains("import type { CoreError }") {
            text = text.replacen(
                "\n\n",
                "\nimport type { CoreError } from \"../errors\";\n\n",
                1,
            );
        }
        files.insert(p.file_name().unwrap().to_string_lossy().into_owned(), text);
    }
    (files, walk)
}

fn read(dir: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    for e in std::fs::read_dir(dir).into_iter().flatten() {
        let p = e.unwrap().path();
        files.insert(
            p.file_name().unwrap().to_string_lossy().into_owned(),
            std::fs::read_to_string(&p).unwrap(),
        );
    }
    files
}

#[test]
fn generated_ts_types_are_up_to_date() {
    let tmp = tempfile::tempdir().unwrap();
    let (fresh, walk) = generate(tmp.path());
    let shared: Vec<_> = walk.by_path.iter().filter(|(_, t)| t.len() > 1).collect();
    assert!(
        shared.is_empty(),
        "Rust types that would write the same TypeScript file (rename one): {shared:?}"
    );
    assert!(
        walk.by_path.len() >= fresh.len() - 1,
        "every file but events.ts has its type"
    );
    assert!(
        fresh.contains_key("Outcome.ts") && fresh.contains_key("Aggregates.ts"),
        "{:?}",
        fresh.keys()
    );
    assert!(
        !fresh.values().any(|t| t.contains("bigint")),
        "ids and times cross IPC as numbers"
    );
    if std::env::var_os("MENTORA_BLESS").is_some() {
        let dir = committed();
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in &fresh {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }
    let old = read(&committed());
    let stale: Vec<&String> = fresh
        .keys()
        .filter(|k| old.get(*k) != fresh.get(*k))
        .collect();
    let extra: Vec<&String> = old.keys().filter(|k| !fresh.contains_key(*k)).collect();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "ui/src/lib/bindings is stale (changed or missing: {stale:?}; no longer generated: {extra:?}); run MENTORA_BLESS=1 cargo test generated_ts_types_are_up_to_date and commit"
    );
}
