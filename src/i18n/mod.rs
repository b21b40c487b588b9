//! The core's words in six languages: Fluent messages built into the binary (per language
//! `src/i18n/locales/<lang>/cli.ftl` for the command line, `report.ftl` for reports and the
//! companion's built-in lines, `desktop.ftl` for the tray; the same format as the window's); the
//! command line's language from the environment (`MENTORA_LANG`, then `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`), the window's from
//! the window ([`crate::api::App::language`]).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The six languages, English first (the fallback).
pub const LANGUAGES: [&str; 6] = ["en", "de", "fr", "es", "it", "nl"];

/// Each language's messages as written (for the tests that compare them): its files one after the other.
pub const SOURCES: [(&str, &str); 6] = [
    (
        "en",
        concat!(
            include_str!("locales/en/cli.ftl"),
            "\n",
            include_str!("locales/en/report.ftl"),
            "\n",
            include_str!("locales/en/desktop.ftl")
        ),
    ),
    (
        "de",
        concat!(
            include_str!("locales/de/cli.ftl"),
            "\n",
            include_str!("locales/de/report.ftl"),
            "\n",
            include_str!("locales/de/desktop.ftl")
        ),
    ),
    (
        "fr",
        concat!(
            include_str!("locales/fr/cli.ftl"),
            "\n",
            include_str!("locales/fr/report.ftl"),
            "\n",
            include_str!("locales/fr/desktop.ftl")
        ),
    ),
    (
        "es",
        concat!(
            include_str!("locales/es/cli.ftl"),
            "\n",
            include_str!("locales/es/report.ftl"),
            "\n",
            include_str!("locales/es/desktop.ftl")
        ),
    ),
    (
        "it",
        concat!(
            include_str!("locales/it/cli.ftl"),
            "\n",
            include_str!("locales/it/report.ftl"),
            "\n",
            include_str!("locales/it/desktop.ftl")
        ),
    ),
    (
        "nl",
        concat!(
            include_str!("locales/nl/cli.ftl"),
            "\n",
            include_str!("locales/nl/report.ftl"),
            "\n",
            include_str!("locales/nl/desktop.ftl")
        ),
    ),
];

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, and the errors Fluent reported while reading them (none in a good build).
fn bundles() -> &'static HashMap<&'static str, (Bundle, Vec<String>)> {
    static B: OnceLock<HashMap<&'static str, (Bundle, Vec<String>)>> = OnceLock::new();
    B.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, text)| {
                let id = lang.parse().expect("a valid language id");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // No Unicode isolation marks: all six are left-to-right and terminals show the marks.
                bundle.set_use_isolating(false);
                let mut errors = Vec::new();
                let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, e)| {
                    errors.extend(e.iter().map(|e| format!("{lang}: {e:?}")));
                    res
                });
                if let Err(e) = bundle.add_resource(res) {
                    errors.extend(e.iter().map(|e| format!("{lang}: {e:?}")));
                }
                (*lang, (bundle, errors))
            })
            .collect()
    })
}

/// What Fluent could not read in `lang`'s file (empty when all is well).
pub fn problems(lang: &str) -> Vec<String> {
    bundles()
        .get(lang)
        .map(|(_, e)| e.clone())
        .unwrap_or_else(|| vec![format!("{lang}: no such language")])
}

/// The language the environment asks for (read through `get`): the first of `MENTORA_LANG`,
/// `LANGUAGE` (its first entry), `LC_ALL`, `LC_MESSAGES`, `LANG` that is set, narrowed to one of
/// the six by its language part ("de_AT.UTF-8" → "de"); English for "C", "POSIX" or any other.
pub fn language_from(get: impl Fn(&str) -> Option<String>) -> &'static str {
    let asked = ["MENTORA_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| get(k))
        .map(|v| v.split(':').next().unwrap_or("").trim().to_string())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    narrow(&asked).unwrap_or("en")
}

/// The language of this process (from the environment, read once).
pub fn language() -> &'static str {
    static L: OnceLock<&'static str> = OnceLock::new();
    L.get_or_init(|| language_from(|k| std::env::var(k).ok()))
}

/// Message `id` in `lang` with `args` (English where `lang` lacks it; the id itself where English
/// does, so a missing message shows, and the tests fail on it).
pub fn translate(lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        a
    });
    for l in [lang, "en"] {
        let Some((bundle, _)) = bundles().get(l) else {
            continue;
        };
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// One of the six language codes for `code` ("de", "de-AT", "de_DE.UTF-8" → "de"), or None.
pub fn narrow(code: &str) -> Option<&'static str> {
    let code = code
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    LANGUAGES.iter().find(|l| **l == code).copied()
}

/// `v` with `digits` decimals and `lang`'s decimal mark ("3.5" in English, "3,5" in the other five).
pub fn decimal(lang: &str, v: f64, digits: usize) -> String {
    mark(lang, format!("{v:.digits$}"))
}

/// [`decimal`] with a sign always shown ("+0.25", "-0,10").
pub fn signed(lang: &str, v: f64, digits: usize) -> String {
    mark(lang, format!("{v:+.digits$}"))
}

/// A calendar day ("2026-11-28") written the way `lang` writes it: ISO in English (as before),
/// "28.11.2026" in German, "28/11/2026" in French, Spanish and Italian, "28-11-2026" in Dutch
/// (CLDR's short numeric forms). Anything that is not such a day is returned as it is.
pub fn date(lang: &str, iso: &str) -> String {
    let Ok(d) = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d") else {
        return iso.to_string();
    };
    let pattern = match lang {
        "de" => "%d.%m.%Y",
        "fr" | "es" | "it" => "%d/%m/%Y",
        "nl" => "%d-%m-%Y",
        _ => "%Y-%m-%d",
    };
    d.format(pattern).to_string()
}

fn mark(lang: &str, s: String) -> String {
    if lang == "en" {
        s
    } else {
        s.replace('.', ",")
    }
}

/// `tr!(lang, "id")` or `tr!(lang, "id", name = value, …)`: message `id` in language `lang`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal) => {
        $crate::i18n::translate($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::translate(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),+],
        )
    };
}

/// `t!("id")` or `t!("id", name = value, …)`: message `id` in this process's language.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::translate($crate::i18n::language(), $id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::translate(
            $crate::i18n::language(),
            $id,
            &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),+],
        )
    };
}

pub use fluent_bundle::FluentValue;
