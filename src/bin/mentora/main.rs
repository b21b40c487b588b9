//! The headless `mentora` command line over the core: parse the arguments (args.rs), run the command.

mod args;

use args::*;
use clap::Parser;
use mentora::cli::{backup, chat, sentiment, vault, wellness};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Like other Unix tools, end quietly when the reader of our output goes away (`| head`).
    // SAFETY: restoring the default action of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    mentora::fsx::private_umask();
    mentora::chat::egress::switch_from_env();
    let cli = Cli::parse();
    // Commands that read or write profiles share the data folder with each other, never with the
    // window (see mentora::instance).
    let _instance = match uses_data(&cli.command).then(mentora::vault::profiles::default_data_dir) {
        Some(Ok(dir)) => match mentora::instance::acquire(&dir, mentora::instance::Holder::Cli) {
            Ok(l) => Some(l),
            Err(e) => {
                eprintln!("error [{}]: {}", e.code(), e.message());
                return ExitCode::FAILURE;
            }
        },
        _ => None,
    };
    mentora::cli::set_models_dir(cli.models_dir.clone());
    let logs = mentora::vault::profiles::default_data_dir()
        .ok()
        .map(|d| d.join("logs"));
    mentora::logging::init(logs.as_deref(), "mentora", "off");
    let result = match cli.command {
        Command::Doctor { json } => mentora::cli::doctor(cli.models_dir, json),
        Command::Voice { command } => match command {
            VoiceCommand::Analyze {
                file,
                own_baseline,
                threads,
                json,
            } => mentora::cli::voice::analyze(&file, own_baseline, threads, json),
            VoiceCommand::Watch {
                device,
                file,
                seconds,
                list,
            } => mentora::cli::voice::watch(cli.models_dir, device, file, seconds, list),
            VoiceCommand::Bench {
                clips,
                seconds,
                runs,
                threads,
                python,
                json,
            } => mentora::cli::voice::bench(
                cli.models_dir.as_deref(),
                &clips.unwrap_or_else(mentora::cli::voice::default_clips),
                (seconds, runs, threads),
                python,
                json,
            ),
        },
        Command::Emotion { command } => match command {
            EmotionCommand::Analyze { photos, json } => {
                mentora::cli::emotion_analyze(cli.models_dir, &photos, json)
            }
            EmotionCommand::Watch {
                camera,
                folder,
                fps,
                seconds,
            } => mentora::cli::emotion::watch(cli.models_dir, camera, folder, fps, seconds),
            EmotionCommand::Bench {
                photo,
                runs,
                fer_python,
            } => {
                let photo = photo.unwrap_or_else(|| {
                    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                        .join("tests/fixtures/photos/astronaut.png")
                });
                mentora::cli::emotion::bench(cli.models_dir, &photo, runs, fer_python)
            }
        },
        Command::Models { command } => match command {
            ModelsCommand::Verify => mentora::cli::models_verify(cli.models_dir),
            ModelsCommand::List => sentiment::models_list(),
            ModelsCommand::Install {
                source,
                profile,
                id,
                tokenizer,
                sha256,
                tokenizer_sha256,
            } => sentiment::models_install(
                &profile,
                &mentora::text::install::Request {
                    id,
                    model: source,
                    tokenizer,
                    sha256,
                    tokenizer_sha256,
                },
            ),
        },
        Command::Backup { command } => match command {
            BackupCommand::Now { profile } => backup::now(&profile),
            BackupCommand::Plan {
                profile,
                folder,
                every,
                keep,
            } => backup::plan(&profile, folder, every.as_deref(), keep),
            BackupCommand::List { folder } => backup::list(folder.as_deref()),
            BackupCommand::Restore {
                file,
                name,
                recovery,
            } => backup::restore(&file, name.as_deref(), recovery),
        },
        Command::Profile { command } => match command {
            ProfileCommand::Create { name, remember } => vault::profile_create(&name, remember),
            ProfileCommand::List => vault::profile_list(),
            ProfileCommand::Delete { name, yes } => vault::profile_delete(&name, yes),
        },
        Command::Unlock {
            profile,
            remember,
            recovery,
        } => vault::unlock(&profile, remember, recovery),
        Command::Lock { profile } => vault::lock(&profile),
        Command::Vault {
            command: VaultCommand::Check { profile },
        } => vault::check(&profile),
        Command::Export {
            profile,
            out,
            csv,
            markdown,
        } => vault::export(&profile, out.as_deref(), csv.as_deref(), markdown),
        Command::Import {
            profile,
            file,
            daylio: false,
            ..
        } => vault::import(&profile, &file),
        Command::Import {
            profile,
            file,
            daylio: true,
            moods,
        } => vault::import_daylio(&profile, &file, &moods),
        Command::Journal { command } => match command {
            JournalCommand::Add {
                profile,
                mood,
                tags,
                title,
                text,
            } => wellness::journal_add(&profile, mood, tags, title, text),
            JournalCommand::List { profile, search } => wellness::journal_list(&profile, search),
        },
        Command::Gratitude {
            command: GratitudeCommand::Add { profile, text },
        } => wellness::gratitude_add(&profile, &text),
        Command::Sleep {
            command:
                SleepCommand::Log {
                    profile,
                    date,
                    bed,
                    wake,
                    quality,
                    notes,
                },
        } => wellness::sleep_log(
            &profile,
            mentora::vault::repo::logs::SleepInput {
                date,
                bedtime: bed,
                wake_time: wake,
                quality,
                notes,
            },
        ),
        Command::Breathe { pattern, seconds } => wellness::breathe(&pattern, seconds),
        Command::Checkin {
            kind,
            profile,
            country,
            note,
        } => wellness::checkin(&kind, &profile, country.as_deref(), &note),
        Command::Overview { profile } => wellness::show_overview(&profile),
        Command::Today { profile, json } => wellness::today(&profile, json),
        Command::Mood {
            profile,
            mood,
            activities,
        } => wellness::quick_mood(&profile, mood, &activities),
        Command::Calendar {
            profile,
            month,
            json,
        } => wellness::calendar(&profile, month.as_deref(), json),
        Command::Activity { command } => match command {
            ActivityCommand::List { profile } => wellness::activity_list(&profile),
            ActivityCommand::Add {
                profile,
                name,
                emoji,
                group,
            } => wellness::activity_add(&profile, &name, &emoji, &group),
            ActivityCommand::Remove { profile, name } => wellness::activity_remove(&profile, &name),
        },
        Command::Search {
            profile,
            query,
            json,
        } => wellness::search(&profile, &query, json),
        Command::BetterDays {
            profile,
            from,
            to,
            json,
        } => wellness::better_days(&profile, from.as_deref(), to.as_deref(), json),
        Command::Sentiment {
            text,
            model,
            json,
            command,
        } => {
            let md = cli.models_dir.as_deref();
            match command {
                None => match text {
                    Some(t) => sentiment::score(md, model.as_deref(), t, json),
                    None => Err(mentora::Error::invalid(
                        "text",
                        "give a text to score, or - to read standard input",
                    )),
                },
                Some(SentimentCommand::Eval {
                    models,
                    fixtures,
                    json,
                }) => sentiment::evaluate(md, fixtures.as_deref(), &models, json),
                Some(SentimentCommand::Backfill { profile, model }) => {
                    sentiment::backfill(&profile, model.as_deref())
                }
                Some(SentimentCommand::Use { profile, model }) => {
                    sentiment::use_model(&profile, &model)
                }
                Some(SentimentCommand::Bench {
                    model,
                    fixtures,
                    json,
                }) => sentiment::bench(md, fixtures.as_deref(), model.as_deref(), json),
            }
        }
        Command::Llm { command } => match command {
            LlmCommand::Models { json } => mentora::cli::llm::models(json),
            LlmCommand::Install {
                source,
                profile,
                id,
                sha256,
            } => mentora::cli::llm::install(
                &profile,
                &mentora::chat::llm_catalog::InstallRequest { id, source, sha256 },
            ),
            LlmCommand::Remove { id, profile } => mentora::cli::llm::remove(&profile, &id),
            LlmCommand::Info { model } => mentora::cli::llm::info(model, cli.models_dir.as_deref()),
            LlmCommand::Ask {
                text,
                model,
                threads,
            } => mentora::cli::llm::ask(model, cli.models_dir.as_deref(), threads, &text),
            LlmCommand::Bench {
                model,
                threads,
                runs,
                json,
                print_prompt,
            } => {
                if print_prompt {
                    println!("{}", mentora_llm::bench::PROMPT);
                    Ok(ExitCode::SUCCESS)
                } else {
                    mentora::cli::llm::bench(model, cli.models_dir.as_deref(), threads, runs, json)
                }
            }
        },
        Command::Safety { command } => match command {
            SafetyCommand::Check { text } => mentora::cli::safety::check(text),
            SafetyCommand::Eval {
                file,
                mistakes,
                json,
            } => mentora::cli::safety::eval(&eval_files(file), mistakes, json),
            SafetyCommand::Bench => mentora::cli::safety::bench(),
            SafetyCommand::Train {
                file,
                folds,
                out,
                head_out,
            } => mentora::cli::safety::train(
                &eval_files(file),
                folds,
                out.as_deref(),
                head_out.as_deref(),
            ),
        },
        Command::Privacy { command } => match command {
            PrivacyCommand::Redact { text, names } => mentora::cli::privacy::redact(text, &names),
            PrivacyCommand::Eval {
                file,
                mistakes,
                json,
            } => {
                let file = file.unwrap_or_else(|| {
                    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/pii/pii_eval.jsonl")
                });
                mentora::cli::privacy::eval(&file, mistakes, json)
            }
        },
        Command::Dev {
            command: DevCommand::CrashWriter { profile, rows },
        } => vault::crash_writer(&profile, rows),
        Command::Dev {
            command: DevCommand::MockGemini { port, key, script },
        } => chat::mock(port, &key, script.as_deref()),
        Command::Chat {
            profile,
            chat: id,
            title,
            command,
        } => match command {
            Some(ChatCommand::List { profile }) => chat::list(&profile),
            Some(ChatCommand::Show { profile, id }) => chat::show(&profile, id),
            Some(ChatCommand::Delete { profile, id }) => chat::delete(&profile, id),
            Some(ChatCommand::Settings {
                profile,
                model,
                base_url,
                private,
                country,
                backend,
                local_url,
                local_model,
                device_model,
                threads,
                ctx,
            }) => chat::configure(
                &profile,
                chat::SettingsArgs {
                    model,
                    base_url,
                    private,
                    country,
                    backend,
                    local_url,
                    local_model,
                    device_model,
                    threads,
                    ctx,
                },
            ),
            None => match profile {
                Some(p) => chat::interactive(&p, id, title),
                None => Err(mentora::Error::invalid(
                    "profile",
                    "name the profile: mentora chat NAME",
                )),
            },
        },
        Command::Key {
            action,
            base_url,
            model,
        } => chat::key(&action, base_url, model),
        Command::Report {
            profile,
            from,
            to,
            month,
            year,
            out,
            png,
            no_save,
        } => mentora::cli::report::run(
            &profile,
            &mentora::cli::report::Args {
                from,
                to,
                month,
                year,
                out,
                png,
                no_save,
            },
        ),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error [{}]: {}", e.code(), e.message());
            ExitCode::FAILURE
        }
    }
}

/// Whether the command reads or writes the data folder (profiles, installed models, logs of use).
fn uses_data(c: &Command) -> bool {
    match c {
        Command::Doctor { .. }
        | Command::Emotion { .. }
        | Command::Voice { .. }
        | Command::Breathe { .. }
        | Command::Safety { .. }
        | Command::Llm {
            command: LlmCommand::Info { .. } | LlmCommand::Ask { .. } | LlmCommand::Bench { .. },
        }
        | Command::Key { .. }
        | Command::Models {
            command: ModelsCommand::Verify,
        }
        | Command::Dev {
            command: DevCommand::MockGemini { .. },
        } => false,
        Command::Sentiment { command, .. } => matches!(
            command,
            Some(SentimentCommand::Backfill { .. } | SentimentCommand::Use { .. })
        ),
        _ => true,
    }
}

/// The crisis sets `mentora safety eval` and `train` read: the given files, or the frozen dev/test
/// set and the second tuning set of this checkout.
fn eval_files(file: Vec<PathBuf>) -> Vec<PathBuf> {
    if !file.is_empty() {
        return file;
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/safety");
    vec![
        dir.join("crisis_eval.jsonl"),
        dir.join("crisis_dev2.jsonl"),
        dir.join("crisis_dev3.jsonl"),
        dir.join("crisis_dev4.jsonl"),
    ]
}
