//! Street addresses, and postcodes with their city, in the orders of en, de, fr, es, it and nl.

use super::patterns::{digit_runs, next_char, prev_char, windows};
use super::places;
use super::{Hit, Kind};
use regex::{Captures, Regex};
use std::sync::OnceLock;

/// A capitalised word (names of streets and cities).
const CAP: &str = r"[\p{Lu}][\p{Ll}\p{M}'’][\p{L}\p{M}'’-]*";
/// Any word.
const ANY: &str = r"[\p{L}\p{M}][\p{L}\p{M}'’-]*";

/// A city after a postcode: one word, a prefixed pair (`Den Haag`, `San Sebastián`), a joined pair
/// (`Frankfurt am Main`), an optional `(Oder)`/`(RM)` and `CEDEX`.
fn city() -> String {
    format!(
        r"(?:(?:Den|La|Le|Les|Las|Los|El|San|Santa|Santo|Sankt|St\.|Bad|Saint|Sainte|Sint|Nieuw|Reggio|Porto|Monte|Castel|Alcalá|Palma|Villa|Sesto|Bergen)\s)?(?:'s-)?{CAP}(?:\s(?:am|an\sder|im|ob\sder|bei|in\sder|sur|sous|en|lès|de|del|di|de\sla|aan\sden|aan\sde|aan\szee|upon|on|sul|in)\s{CAP})?(?:\s\([\p{{L}}\s.]{{1,20}}\))?(?:\s(?:CEDEX|Cedex)(?:\s\d{{1,2}})?)?"
    )
}

/// Postcode and city at the end of an address (European orders).
fn eu_tail() -> String {
    format!(
        r"(?:,?\s(?:(?:[A-Z]{{1,2}}-)?\d{{5}}|(?:[A-Z]{{1,2}}-)?\d{{4}}(?:\s?[A-Z]{{2}}(?-u:\b))?)\s{city})?",
        city = city()
    )
}

const UK_PC: &str = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}";
const US_STATES: &str = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";

/// Words after a number that make it a count, not a house number.
const UNITS: &[&str] = &[
    "times",
    "time",
    "x",
    "mal",
    "keer",
    "fois",
    "veces",
    "vez",
    "volte",
    "volta",
    "hours",
    "hour",
    "hrs",
    "h",
    "uur",
    "stunden",
    "stunde",
    "std",
    "heures",
    "heure",
    "horas",
    "hora",
    "ore",
    "minutes",
    "minute",
    "min",
    "mins",
    "minuten",
    "minuti",
    "minutos",
    "days",
    "day",
    "tage",
    "tagen",
    "jours",
    "días",
    "dias",
    "giorni",
    "dagen",
    "weeks",
    "wochen",
    "semaines",
    "semanas",
    "settimane",
    "weken",
    "km",
    "kg",
    "m",
    "cm",
    "euro",
    "euros",
    "eur",
    "dollars",
    "pounds",
    "years",
    "jahre",
    "jahren",
    "ans",
    "años",
    "anni",
    "jaar",
    "months",
    "monate",
    "mois",
    "meses",
    "mesi",
    "maanden",
    "people",
    "leute",
    "personen",
    "personnes",
    "personas",
    "persone",
    "mensen",
    "steps",
    "schritte",
    "pas",
    "pasos",
    "passi",
    "stappen",
    "points",
    "punkte",
    "punten",
    "punti",
    "puntos",
    "kids",
    "kinder",
    "enfants",
    "niños",
    "bambini",
    "kinderen",
    "pages",
    "seiten",
    "pagine",
    "páginas",
    "stops",
    "stationen",
    "haltestellen",
    "fermate",
    "paradas",
    "arrêts",
    "haltes",
    "of",
    "von",
    "sur",
    "de",
    "su",
    "van",
    "percent",
    "prozent",
    "pour",
    "por",
    "per",
    "procent",
    "%",
    "€",
    "$",
    "am",
    "pm",
    "uhr",
];

/// Words that never sit inside a street name (stop words of the six languages).
const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "my",
    "your",
    "our",
    "his",
    "her",
    "their",
    "to",
    "of",
    "and",
    "or",
    "for",
    "in",
    "on",
    "at",
    "with",
    "from",
    "down",
    "up",
    "around",
    "into",
    "i",
    "we",
    "you",
    "he",
    "she",
    "they",
    "it",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "times",
    "minutes",
    "hours",
    "miles",
    "steps",
    "days",
    "weeks",
    "years",
    "kids",
    "more",
    "than",
    "about",
    "after",
    "before",
    "every",
    "each",
    "all",
    "some",
    "other",
    "last",
    "next",
    "first",
    "this",
    "that",
    "these",
    "those",
    "mi",
    "tu",
    "su",
    "mis",
    "tus",
    "sus",
    "que",
    "con",
    "en",
    "por",
    "para",
    "me",
    "te",
    "se",
    "es",
    "un",
    "una",
    "muy",
    "y",
    "o",
    "al",
    "ho",
    "ha",
    "sono",
    "il",
    "lo",
    "gli",
    "le",
    "ma",
    "per",
    "con",
    "che",
    "non",
    "mio",
    "mia",
    "suo",
    "sua",
    "volte",
    "veces",
    "fois",
    "mal",
    "keer",
    "je",
    "tu",
    "il",
    "elle",
    "nous",
    "vous",
    "ils",
    "et",
    "ou",
    "mon",
    "ma",
    "mes",
    "ich",
    "du",
    "er",
    "sie",
    "wir",
    "ihr",
    "und",
    "oder",
    "mit",
    "nach",
    "ik",
    "jij",
    "hij",
    "zij",
    "wij",
    "en",
    "of",
    "met",
    "naar",
    "ook",
    "whatsapp",
    "telegram",
    "signal",
    "email",
    "e-mail",
    "mail",
    "sms",
    "zoom",
    "skype",
    "teams",
    "facebook",
    "instagram",
    "app",
    "phone",
    "telefono",
    "teléfono",
    "chat",
    "video",
    "bus",
    "treno",
    "tren",
    "train",
    "auto",
    "taxi",
    "uber",
    "internet",
    "web",
    "messenger",
    "discord",
    "slack",
    "facetime",
    "text",
    "pec",
];

struct Pat {
    re: Regex,
    /// The word after the number must not be an ordinary lower-case word (for `via`, `corso` …).
    strict: bool,
}

struct Res {
    streets: Vec<Pat>,
    context: Regex,
    pc5: Regex,
    pc_nl: Regex,
    pc4: Regex,
    pc_uk: Regex,
    pc_us: Regex,
}

fn res() -> &'static Res {
    static R: OnceLock<Res> = OnceLock::new();
    R.get_or_init(|| {
        let re = |p: String| Regex::new(&p).expect("address pattern");
        let tail = eu_tail();
        let city = city();
        let en_types = "street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|terrace|terr|close|square|sq|crescent|cres|grove|gardens|gdns|hill|park|row|walk|mews|parkway|pkwy|highway|hwy|circle|cir|trail|parade|embankment|green|rise|wharf|end|gate|yard";
        let fr_part = r"(?:de\sla|de\sl['’]|de|du|des|d['’]|l['’]|la|le|les|aux|au|et|sur|sous|en)";
        let es_part = r"(?:de\sla|de\slas|de\slos|del|de|la|las|los|el|d['’]|dels|de\sles|i|y|sant|san|santa)";
        let gen_part = r"(?:de|der|den|van|von|la|le|les|du|del|di|des|dei|della|am|an|im|auf|op|het|'t|de\sla|van\sde|van\sden|van\sder|unter\sden)";
        let it_part = r"(?:di|del|dei|degli|della|delle|dello|dell['’]|da|de|d['’]|san|santa|sant['’]|santo|xx|ii|iv|iii|vi|xxv|cesare)";
        let house3 = r"\d{1,3}(?:[a-zA-Z](?-u:\b)|\s[A-Z](?-u:\b)|\s?-\s?\d{1,3}[a-zA-Z]?(?-u:\b)|\s?/\s?\d{1,3}(?-u:\b))?";
        let streets = vec![
            // English, number first: 221B Baker Street, Flat 2, 17 Mill Lane, Oxford OX1 2JD.
            Pat {
                re: re(format!(
                    r"(?:(?-u:\b)(?i:flat|apt\.?|apartment|unit|suite)\s#?\w{{1,4}},?\s)?(?-u:\b)\d{{1,5}}[A-Za-z]?,?\s(?P<name>(?:(?:{ANY}|\d{{1,3}}(?i:st|nd|rd|th))\s){{1,3}})(?i:{en_types})(?-u:\b)\.?(?:\s(?:NW|NE|SW|SE|N|S|E|W)(?-u:\b))?(?:,?\s(?i:apt\.?|apartment|flat|suite|unit|#)\s?#?\w{{1,5}})?(?:,\s?(?P<city>{CAP}(?:\s{CAP})?))?(?:,?\s(?:{UK_PC}|(?:{US_STATES})\s\d{{5}}(?:-\d{{4}})?))?"
                )),
                strict: false,
            },
            // German: Berliner Straße 12, Hauptstr. 5, Am Lindenhof 3, 50667 Köln.
            Pat {
                re: re(format!(
                    r"(?:(?:{CAP}(?:er|sche|scher|schen)\s)?[\p{{L}}\p{{M}}-]*(?i:straße|strasse|str\.|gasse|allee|chaussee|promenade)|[\p{{L}}\p{{M}}-]{{2,}}(?i:platz|weg|ring|damm|ufer|steig|pfad|zeile|graben|kamp|stieg|twiete|markt|gässchen|berg|hof|feld|anger)|{CAP}\s(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Markt)|(?:Am|An\sder|An\sden|Auf\sder|Auf\sdem|Im|In\sder|In\sden|Zum|Zur|Unter\sden|Hinter\sder|Vor\sdem|Alte|Alter|Altes|Neue|Neuer|Neues|Große|Großer|Kleine|Kleiner)\s{CAP})\s?(?P<num>{house3})(?:,?\s(?:\d{{1,2}}\.\s?(?:OG|Obergeschoss|Stock|Etage)|EG|Erdgeschoss|(?:Whg\.|Wohnung|Top)\s?\d{{1,3}}|Hinterhaus|Vorderhaus|Seitenflügel))?{tail}"
                )),
                strict: true,
            },
            // Dutch: Keizersgracht 123, Laan van Meerdervoort 200, 2517 AB Den Haag.
            Pat {
                re: re(format!(
                    r"(?:(?:(?:Nieuwe|Oude|Korte|Lange|Eerste|Tweede|Derde|Van|De|Den|Prins|Prinses|Koning|Koningin|Sint|St\.|Burgemeester|Burg\.|Graaf|Hertog|Willem|Jan|Johan)\s)*[\p{{L}}\p{{M}}-]{{2,}}(?i:straat|laan|weg|gracht|plein|kade|singel|dijk|dreef|hof|pad|steeg|markt|plantsoen|wal|baan|burgwal|haven|veld|erf|park|straatweg|hoven|kwartier|poort)|(?:Grote|Kleine|Oude|Nieuwe|Korte|Lange|Hoge|Lage|Achter|Voor)\s(?i:markt|straat|gracht|weg|plein|kade|dijk|haven|wal)|(?i:laan|plein|weg|kade|dreef|singel|hof|straat|park)\s(?:van|op|der|de|den|het|te|ter|'t|in|aan|over)(?:\s(?:der|de|den|het|'t))?\s{CAP})\s?(?P<num>{house3}(?:\s?(?:hs|bis|I{{1,3}})(?-u:\b))?){tail}"
                )),
                strict: true,
            },
            // French, number first: 10 rue de Rivoli, 3 bis boulevard Saint-Michel, 75012 Paris.
            Pat {
                re: re(format!(
                    r"(?-u:\b)\d{{1,4}}(?:\s?(?i:bis|ter|quater)(?-u:\b)|[a-cA-C](?-u:\b))?,?\s(?:(?i:rue|avenue|av\.|bd\.?|boulevard|allée|allee|impasse|imp\.|quai|faubourg|fbg|promenade|esplanade|rond-point|chaussée|sentier|hameau|lieu-dit|montée|traverse|parvis)\s(?:{fr_part}\s?)*{ANY}|(?i:place|cours|route|rte|square|passage|villa|cité|chemin|ch\.|voie|mail|clos|résidence|drève|ruelle|avenida)\s(?:{fr_part}\s?)*{CAP})(?:\s(?:{fr_part}\s?)*{CAP}){{0,4}}{tail}"
                )),
                strict: false,
            },
            // French and Belgian, street first: Rue de la Loi 16, 1040 Bruxelles.
            Pat {
                re: re(format!(
                    r"(?:Rue|Avenue|Boulevard|Chaussée|Place|Quai|Chemin|Allée|Drève|Square|Impasse|Clos|Route)\s(?:{fr_part}\s?)*{CAP}(?:\s(?:{fr_part}\s?)*{CAP}){{0,4}},?\s(?P<num>\d{{1,4}}(?:\s?(?:bis|ter)(?-u:\b)|[a-zA-Z](?-u:\b))?){tail}"
                )),
                strict: true,
            },
            // Spanish and Catalan: Calle Mayor 5, 3º B, Plaza Nueva 7, Carrer de Mallorca 401.
            Pat {
                re: re(format!(
                    r"(?:(?i:calle|c/|avenida|avda\.?|avd\.|av\.|plaza|pza\.?|paseo|p\.º|pº|camino|carrer|carretera|ctra\.?|ronda|travesía|travesia|glorieta|rambla|passeig|pg\.|plaça|pça\.|pasaje|callejón|bulevar|costanilla|cuesta|urbanización|urb\.|avinguda|gran\svía|gran\svia)\s?(?P<name>(?:{es_part}\s)*{ANY}(?:\s(?:{es_part}\s)*{ANY}){{0,4}}?)|(?:Gran\sVía|Gran\sVia))\s?,?\s(?:(?i:n[º°o]\.?|núm\.?|número|nr\.?)\s?)?(?P<num>\d{{1,4}}(?:[a-zA-Z](?-u:\b)|\s?-\s?\d{{1,3}}(?-u:\b))?)(?:,?\s(?:\d{{1,2}}\s?[º°ªo]\.?(?:\s?[A-Za-z](?-u:\b)|\s?\d{{1,2}}\s?[ªa°º]|\s?(?i:izq(?:uierda|da)?\.?|dcha\.?|derecha|centro))?|(?i:bajo|ático|atico|entresuelo|principal|piso\s\d{{1,2}}|puerta\s\w{{1,3}}|esc(?:alera)?\.?\s\w{{1,3}}|planta\s\d{{1,2}}|bloque\s\w{{1,3}}|portal\s\w{{1,3}}))){{0,3}}{tail}"
                )),
                strict: false,
            },
            // Italian: via dei Mille 21, Corso Vittorio Emanuele II 45, 10123 Torino.
            Pat {
                re: re(format!(
                    r"(?:(?i:via|viale|v\.le|piazza|p\.zza|p\.za|piazzale|vicolo|lungomare|lungotevere|lungarno|contrada|c\.da|salita|piazzetta|vico|traversa|località|loc\.|frazione|fraz\.|circonvallazione|vicoletto|fondamenta)\s(?P<name>(?:{it_part}\s?)*{ANY}(?:\s(?:{it_part}\s?)*(?:{CAP}|\d{{1,2}}\s(?i:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)|[IVX]{{1,4}})){{0,4}}?)|(?i:corso|c\.so|largo|strada|borgo|riva|campo|galleria|rione|calle)\s(?P<name2>(?:{it_part}\s?)*{CAP}(?:\s(?:{it_part}\s?)*(?:{CAP}|[IVX]{{1,4}})){{0,4}}?))\s?,?\s(?:(?i:n\.?|nr\.?|num\.?|civico)\s?)?(?P<num>\d{{1,4}}(?:\s?/\s?[a-zA-Z0-9]{{1,3}}(?-u:\b)|[a-zA-Z](?-u:\b))?)(?:,?\s(?i:int(?:erno)?\.?\s?\d{{1,3}}|scala\s\w|piano\s\d{{1,2}}|\d{{1,2}}[º°]\s?piano))*(?:,?\s\d{{5}}\s{city}(?:\s\(?[A-Z]{{2}}\)?)?)?"
                )),
                strict: true,
            },
            // Any street first, then number and postcode: Zeil 106, 60313 Frankfurt; Damrak 1, 1012 LG Amsterdam.
            Pat {
                re: re(format!(
                    r"{CAP}(?:\s(?:{gen_part}\s)?(?:{CAP}|\d{{1,2}}\.)){{0,3}}\s\d{{1,4}}[a-zA-Z]?(?:\s?[-/]\s?\d{{1,4}}[a-zA-Z]?)?,\s(?:\d{{5}}|\d{{4}}(?:\s?[A-Z]{{2}})?)\s{city}"
                )),
                strict: false,
            },
            // Number first, then a street of any name and a postcode: 5 Grand-Rue, 67000 Strasbourg.
            Pat {
                re: re(format!(
                    r"(?-u:\b)\d{{1,4}}[a-zA-Z]?,?\s(?:{gen_part}\s)?{CAP}(?:\s(?:{gen_part}\s)?{CAP}){{0,3}},\s(?:(?:\d{{5}}|\d{{4}})\s{city}|(?:{CAP}(?:\s{CAP})?,?\s)?{UK_PC}(?-u:\b)|(?:{CAP}(?:\s{CAP})?,\s)?(?:{US_STATES})\s\d{{5}}(?:-\d{{4}})?)"
                )),
                strict: false,
            },
        ];
        Res {
            context: re(format!(
                r"(?:(?i:i\slive\sat|we\slive\sat|i\slive\son|address\sis|address|adresse|anschrift|wohnanschrift|ich\swohne\s(?:in\sder|in\sdem|im|am|an\sder|auf\sder|in\sden)|wir\swohnen\s(?:in\sder|in\sdem|im|am|an\sder)|je\svis\sau|j['’]habite\sau|on\shabite\sau|domicile|vivo\sen\s(?:la\s|el\s)?|vivimos\sen\s(?:la\s|el\s)?|dirección|domicilio|abito\sin|abitiamo\sin|abita\sin|indirizzo|ik\swoon\s(?:op|aan)(?:\sde|\shet)?|wij\swonen\s(?:op|aan)(?:\sde|\shet)?|adres|woonadres)(?-u:\b)\s?:?\s?)(?P<a>(?P<name>(?:{CAP}\s){{1,4}})\d{{1,4}}[a-zA-Z]?(?-u:\b)|\d{{1,4}}[a-zA-Z]?,?\s(?P<name2>(?:{ANY}\s){{0,3}}{ANY}))(?:{tail})"
            )),
            streets,
            pc5: re(format!(r"(?-u:\b)\d{{5}}\s(?P<city>{city})")),
            pc_nl: re(format!(r"(?-u:\b)\d{{4}}\s?(?P<l>[A-Z]{{2}})\s(?P<city>{city})")),
            pc4: re(format!(r"(?-u:\b)\d{{4}}\s(?P<city>{city})")),
            pc_uk: re(format!(r"(?:{CAP},?\s)?(?-u:\b){UK_PC}(?-u:\b)")),
            pc_us: re(format!(
                r"{CAP}(?:\s{CAP})?,\s(?:{US_STATES})\s\d{{5}}(?:-\d{{4}})?(?-u:\b)"
            )),
        }
    })
}

fn lower_word_after(t: &str, at: usize) -> Option<String> {
    let rest = t[at..].trim_start_matches([' ', '\t']);
    let w: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '%' | '€' | '$'))
        .collect();
    (!w.is_empty()).then(|| w.to_lowercase())
}

fn has_stop_word(name: &str) -> bool {
    name.split_whitespace()
        .any(|w| STOP.contains(&w.to_lowercase().as_str()))
}

/// Whether what follows a street match makes it a count ("via WhatsApp 2 times").
fn followed_by_unit(t: &str, end: usize) -> bool {
    let after = &t[end..];
    if after.starts_with(['%', '€', '$', ':']) {
        return true;
    }
    if after.starts_with(['.', ',']) && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        // 2.5, 3,5 …
        return true;
    }
    lower_word_after(t, end).is_some_and(|w| UNITS.contains(&w.as_str()))
}

/// In strict patterns the number must end the address: punctuation, end of line, a postcode, a
/// capitalised word or a short connector may follow, an ordinary word may not.
fn strict_ok(t: &str, end: usize) -> bool {
    let rest = t[end..].trim_start_matches([' ', '\t']);
    let Some(c) = rest.chars().next() else {
        return true;
    };
    if !c.is_alphabetic() {
        return true;
    }
    if c.is_uppercase() {
        return true;
    }
    let w: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    matches!(
        w.as_str(),
        "a" | "in"
            | "e"
            | "y"
            | "en"
            | "à"
            | "et"
            | "und"
            | "bei"
            | "te"
            | "int"
            | "interno"
            | "scala"
            | "piano"
            | "bis"
            | "ter"
            | "hs"
            | "da"
            | "di"
            | "de"
            | "im"
            | "am"
            | "an"
            | "zu"
            | "nel"
            | "nella"
            | "op"
            | "aan"
            | "van"
            | "i"
            | "with"
            | "and"
            | "near"
            | "chez"
            | "bij"
            | "dove"
            | "wo"
            | "where"
            | "où"
            | "donde"
            | "waar"
    )
}

/// Street addresses.
pub(crate) fn addresses(t: &str, out: &mut Vec<Hit>) {
    let r = res();
    // Every address has a number: look near numbers only.
    for w in windows(t, digit_runs(t), 100, 110) {
        let s = &t[w.clone()];
        let off = w.start;
        for p in &r.streets {
            for c in p.re.captures_iter(s) {
                let m = c.get(0).expect("match");
                if !accept(t, &c, off, p.strict) {
                    continue;
                }
                out.push((off + m.start()..with_city(t, off + m.end()), Kind::Address));
            }
        }
        for c in r.context.captures_iter(s) {
            let (Some(m), Some(a)) = (c.get(0), c.name("a")) else {
                continue;
            };
            if !accept(t, &c, off, true) {
                continue;
            }
            // The word after a leading number must not be a unit ("I live at 5 minutes from …").
            if c.name("name2").is_some() {
                let num_end = a
                    .as_str()
                    .find(|c: char| !c.is_ascii_alphanumeric())
                    .unwrap_or(0);
                if followed_by_unit(t, off + a.start() + num_end) {
                    continue;
                }
            }
            out.push((off + a.start()..off + m.end(), Kind::Address));
        }
    }
}

/// An address followed by `, City` (a known city) takes the city along.
fn with_city(t: &str, end: usize) -> usize {
    let Some(rest) = t[end..].strip_prefix(", ") else {
        return end;
    };
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        .collect();
    if word.chars().next().is_some_and(char::is_uppercase) && places::is_city(&word) {
        end + 2 + word.len()
    } else {
        end
    }
}

fn accept(t: &str, c: &Captures<'_>, off: usize, strict: bool) -> bool {
    let m = c.get(0).expect("match");
    if m.as_str().chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return false;
    }
    let (start, end) = (off + m.start(), off + m.end());
    if prev_char(t, start).is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '/') {
        return false;
    }
    for g in ["name", "name2"] {
        if c.name(g).is_some_and(|n| has_stop_word(n.as_str())) {
            return false;
        }
    }
    if followed_by_unit(t, end) {
        return false;
    }
    if next_char(t, end).is_some_and(|c| c.is_alphanumeric()) {
        return false;
    }
    // Only check what follows the house number when no postcode came after it.
    let num_end = c.name("num").map(|n| off + n.end());
    if strict && num_end == Some(end) && !strict_ok(t, end) {
        return false;
    }
    true
}

/// Postcodes standing with their city.
pub(crate) fn postcodes(t: &str, out: &mut Vec<Hit>) {
    for w in windows(t, digit_runs(t), 50, 70) {
        postcodes_in(t, w, out);
    }
}

fn postcodes_in(full: &str, w: std::ops::Range<usize>, out: &mut Vec<Hit>) {
    let r = res();
    let t = &full[w.clone()];
    let off = w.start;
    for c in r.pc5.captures_iter(t) {
        let m = c.get(0).expect("match");
        let city = c.name("city").map_or("", |c| c.as_str());
        if pc_context(full, off + m.start(), city, false) {
            out.push((off + m.start()..off + m.end(), Kind::Postcode));
        }
    }
    for c in r.pc_nl.captures_iter(t) {
        let m = c.get(0).expect("match");
        let l = c.name("l").map_or("", |c| c.as_str());
        if matches!(l, "SA" | "SD" | "SS")
            || prev_char(full, off + m.start()).is_some_and(|c| c == '.')
        {
            continue;
        }
        out.push((off + m.start()..off + m.end(), Kind::Postcode));
    }
    for c in r.pc4.captures_iter(t) {
        let m = c.get(0).expect("match");
        let year_like = m.as_str().starts_with("19") || m.as_str().starts_with("20");
        if year_like && !full[..off + m.start()].trim_end().ends_with(',') {
            continue;
        }
        let city = c.name("city").map_or("", |c| c.as_str());
        if pc_context(full, off + m.start(), city, true) {
            out.push((off + m.start()..off + m.end(), Kind::Postcode));
        }
    }
    for m in r.pc_uk.find_iter(t) {
        out.push((off + m.start()..off + m.end(), Kind::Postcode));
    }
    for m in r.pc_us.find_iter(t) {
        out.push((off + m.start()..off + m.end(), Kind::Postcode));
    }
}

/// A number before a capitalised word is a postcode when the word is a known city, or when a
/// place preposition or a comma comes before it and the word is not a noun of counting.
fn pc_context(t: &str, start: usize, city: &str, four: bool) -> bool {
    if prev_char(t, start)
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '/' | '-' | '+'))
    {
        return false;
    }
    let first = city.split_whitespace().next().unwrap_or("");
    let known = places::is_city(city) || places::is_city(first);
    if four {
        return known;
    }
    if known {
        return true;
    }
    if places::is_count_noun(first) {
        return false;
    }
    let before = t[..start].trim_end();
    if before.ends_with(',') {
        return true;
    }
    let prev_word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    places::is_place_preposition(&prev_word.to_lowercase())
}
