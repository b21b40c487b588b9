//! The command line in six languages: every language has exactly the English messages with the same
//! variables, every file reads and formats cleanly, every `t!` id in the code exists, the language
//! comes from the environment, and the CLI really speaks German when the system does.

use crate::common;
use mentora::i18n::{language_from, problems, translate, FluentValue, LANGUAGES, SOURCES};
use std::collections::{BTreeMap, BTreeSet};

/// Message ids and each one's variables, from a .ftl text (comments dropped).
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let head = line.split('=').next().unwrap_or("");
        if !line.starts_with(' ')
            && line.contains('=')
            && !head.trim().is_empty()
            && head
                .trim()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            current = Some(head.trim().to_string());
            out.insert(head.trim().to_string(), BTreeSet::new());
        }
        if let Some(id) = &current {
            let vars = out.get_mut(id).unwrap();
            let mut rest = line;
            while let Some(i) = rest.find('$') {
                rest = &rest[i + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                vars.insert(name);
            }
        }
    }
    out
}

fn english() -> BTreeMap<String, BTreeSet<String>> {
    messages(SOURCES[0].1)
}

#[test]
fn every_language_has_every_english_message_with_the_same_variables() {
    let en = english();
    assert!(en.len() >= 20, "only {} English messages", en.len());
    for (lang, text) in SOURCES {
        assert_eq!(
            problems(lang),
            Vec::<String>::new(),
            "{lang}: Fluent errors"
        );
        let other = messages(text);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "untranslated in {lang}: {missing:?}");
        assert!(extra.is_empty(), "not in English ({lang}): {extra:?}");
        for (id, vars) in &en {
            assert_eq!(&other[id], vars, "{lang}: {id} has other variables");
        }
    }
}

#[test]
fn translations_are_translated_not_copied() {
    // A file copied from English would pass the test above; at most a handful of messages (commands,
    // paths, names) may read the same as English.
    let en = english();
    for lang in LANGUAGES.iter().filter(|l| **l != "en") {
        let same: Vec<_> = en
            .iter()
            .filter(|(id, vars)| {
                let args: Vec<(&str, FluentValue)> = vars
                    .iter()
                    .map(|v| (v.as_str(), FluentValue::from(2)))
                    .collect();
                translate(lang, id, &args) == translate("en", id, &args)
            })
            .map(|(id, _)| id.clone())
            .collect();
        assert!(
            same.len() * 10 <= en.len(),
            "{lang}: {} of {} messages read as in English: {same:?}",
            same.len(),
            en.len()
        );
    }
}

/// What follows each call of the macro `open` (e.g. `t!(`) in `text`: not the end of a longer name
/// such as `format!(` or `include_str!(`.
fn calls<'a>(text: &'a str, open: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let mut parts = text.split(open);
    let mut before = parts.next().unwrap_or("");
    parts.filter(move |part| {
        let called = !before.ends_with(|c: char| c.is_alphanumeric() || c == '_');
        before = part;
        called
    })
}

#[test]
fn every_t_id_in_the_code_exists_in_english() {
    let en = english();
    let mut missing = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut dirs = vec![root];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                // `t!("id", …)`, and `tr!(lang, "id", …)` whose id is the first string after the
                // language.
                let ids = calls(&text, "t!(")
                    .map(|args| args.trim_start())
                    .chain(calls(&text, "tr!(").filter_map(|args| {
                        args.split_once(',').map(|(_, rest)| rest.trim_start())
                    }));
                for args in ids {
                    if let Some(rest) = args.strip_prefix('"') {
                        let id = &rest[..rest.find('"').unwrap()];
                        if !en.contains_key(id) && id != "id" {
                            missing.push(format!("{}: {id}", p.display()));
                        }
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn the_language_comes_from_the_environment() {
    let env = common::fake_env;
    assert_eq!(language_from(env(&[("LANG", "de_DE.UTF-8")])), "de");
    assert_eq!(
        language_from(env(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")])),
        "fr"
    );
    assert_eq!(
        language_from(env(&[("LANGUAGE", "nl:en"), ("LANG", "de_DE.UTF-8")])),
        "nl"
    );
    assert_eq!(
        language_from(env(&[("MENTORA_LANG", "it"), ("LANGUAGE", "nl")])),
        "it"
    );
    assert_eq!(language_from(env(&[("LANG", "pt_BR.UTF-8")])), "en");
    assert_eq!(language_from(env(&[("LANG", "C.UTF-8")])), "en");
    assert_eq!(language_from(env(&[("LC_MESSAGES", "es_ES@euro")])), "es");
    assert_eq!(language_from(env(&[])), "en");
}

#[test]
fn plurals_follow_each_language() {
    let n = |lang: &str, k: i64| {
        translate(
            lang,
            "backup-done",
            &[
                ("file", FluentValue::from("b.zip")),
                ("mb", FluentValue::from("1.0")),
                ("rows", FluentValue::from(10)),
                ("pruned", FluentValue::from(k)),
            ],
        )
    };
    assert!(n("en", 0).ends_with("rows checked)."), "{}", n("en", 0));
    assert!(n("en", 1).contains("; 1 older deleted"), "{}", n("en", 1));
    assert!(n("en", 3).contains("; 3 older deleted"), "{}", n("en", 3));
    assert_ne!(n("de", 3), n("en", 3));
    assert_eq!(translate("en", "no-such-message", &[]), "no-such-message");
}

#[test]
fn the_cli_speaks_the_system_language() {
    let data = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let run = |lang: &str| {
        let o = common::cli()
            .args(["backup", "list", "--folder"])
            .arg(empty.path())
            .env("MENTORA_DATA_DIR", data.path())
            .env_remove("MENTORA_LANG")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", common::output_text(&o));
        String::from_utf8(o.stdout).unwrap()
    };
    let en = run("C.UTF-8");
    assert!(en.starts_with("No backups found"), "{en}");
    for lang in [
        "de_DE.UTF-8",
        "fr_FR.UTF-8",
        "es_ES.UTF-8",
        "it_IT.UTF-8",
        "nl_NL.UTF-8",
    ] {
        let said = run(lang);
        let code = &lang[..2];
        assert_eq!(
            said.trim_end(),
            translate(code, "backup-none-found", &[]),
            "{lang}"
        );
        assert_ne!(said, en, "{lang}: still English");
    }
}
