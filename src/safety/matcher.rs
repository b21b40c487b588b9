//! Rules compiled once into token slots, matched over a normalized text with the context checks:
//! negation, news and awareness, quotation, past and recovered, and who the sentence is about.

use super::normalize::{fold_word, Token, BREAK};
use super::rules::{Category, Kind, Lexicon, ALL};
use std::sync::OnceLock;

/// One alternative of a slot.
#[derive(Debug)]
enum Alt {
    /// A whole word.
    Word(String),
    /// Any word starting with this.
    Prefix(String),
    /// Several words in a row.
    Seq(Vec<String>),
}

/// One position of a rule.
#[derive(Debug)]
enum Slot {
    /// One of these; `optional` may be skipped.
    Words { alts: Vec<Alt>, optional: bool },
    /// Up to this many other words (never across a clause break).
    Gap(usize),
}

/// A compiled rule.
#[derive(Debug)]
pub struct Rule {
    /// Index into [`ALL`].
    pub lexicon: usize,
    /// What it finds.
    pub kind: Kind,
    /// About what.
    pub category: Category,
    /// As written in the list.
    pub source: &'static str,
    slots: Vec<Slot>,
}

fn compile_word(w: &str) -> Option<Alt> {
    if w.contains('_') {
        let seq: Vec<String> = w
            .split('_')
            .map(fold_word)
            .filter(|s| !s.is_empty())
            .collect();
        return Some(Alt::Seq(seq));
    }
    if let Some(stem) = w.strip_suffix('*') {
        return Some(Alt::Prefix(fold_word(stem)));
    }
    let f = fold_word(w);
    (!f.is_empty()).then_some(Alt::Word(f))
}

fn compile(lexicon: usize, kind: Kind, category: Category, source: &'static str) -> Rule {
    let slots = source
        .split_whitespace()
        .map(|chunk| match chunk {
            ".." => Slot::Gap(3),
            "..." => Slot::Gap(6),
            _ => {
                let (body, optional) = match chunk.strip_suffix('?') {
                    Some(b) => (b, true),
                    None => (chunk, false),
                };
                Slot::Words {
                    alts: body.split('/').filter_map(compile_word).collect(),
                    optional,
                }
            }
        })
        .collect();
    Rule {
        lexicon,
        kind,
        category,
        source,
        slots,
    }
}

/// Every rule of every language.
pub fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut out = Vec::new();
        for (i, lex) in ALL.iter().enumerate() {
            for &(kind, category, source) in lex.rules {
                out.push(compile(i, kind, category, source));
            }
        }
        out
    })
}

/// Folded context lists of one language (multi-word entries as sequences).
pub struct Context {
    first: Vec<Vec<String>>,
    third: Vec<Vec<String>>,
    negators: Vec<Vec<String>>,
    awareness: Vec<Vec<String>>,
    quoting: Vec<Vec<String>>,
    self_applied: Vec<Vec<String>>,
    past: Vec<Vec<String>>,
    recovered: Vec<Vec<String>>,
    asking: Vec<Vec<String>>,
    answer_no: Vec<Vec<String>>,
}

fn fold_list(l: &[&str]) -> Vec<Vec<String>> {
    l.iter()
        .map(|e| {
            e.split_whitespace()
                .map(fold_word)
                .filter(|s| !s.is_empty())
                .collect()
        })
        .filter(|v: &Vec<String>| !v.is_empty())
        .collect()
}

/// The context lists of language `i` of [`ALL`].
pub fn context(i: usize) -> &'static Context {
    static CTX: OnceLock<Vec<Context>> = OnceLock::new();
    &CTX.get_or_init(|| {
        ALL.iter()
            .map(|l: &&Lexicon| Context {
                first: fold_list(l.first_person),
                third: fold_list(l.third_person),
                negators: fold_list(l.negators),
                awareness: fold_list(l.awareness),
                quoting: fold_list(l.quoting),
                self_applied: fold_list(l.self_applied),
                past: fold_list(l.past),
                recovered: fold_list(l.recovered),
                asking: fold_list(l.asking),
                answer_no: fold_list(l.answer_no),
            })
            .collect()
    })[i]
}

fn alt_len(a: &Alt, toks: &[Token], at: usize) -> Option<usize> {
    let t = toks.get(at)?;
    if t.text == BREAK {
        return None;
    }
    match a {
        Alt::Word(w) => (t.text == *w).then_some(1),
        Alt::Prefix(p) => t.text.starts_with(p.as_str()).then_some(1),
        Alt::Seq(seq) => {
            for (k, w) in seq.iter().enumerate() {
                if toks.get(at + k).is_none_or(|t| t.text != *w) {
                    return None;
                }
            }
            Some(seq.len())
        }
    }
}

/// A single-word negator of any language (a gap never skips one: "ich will nicht sterben").
fn negator_word(w: &str) -> bool {
    static SET: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        (0..ALL.len())
            .flat_map(|i| context(i).negators.iter())
            .filter(|s| s.len() == 1)
            .map(|s| s[0].clone())
            .collect()
    })
    .contains(w)
}

/// Matches `slots` from token `at`; returns the end (exclusive).
fn match_slots(slots: &[Slot], toks: &[Token], at: usize) -> Option<usize> {
    let Some((first, rest)) = slots.split_first() else {
        return Some(at);
    };
    match first {
        Slot::Words { alts, optional } => {
            for a in alts {
                if let Some(n) = alt_len(a, toks, at) {
                    if let Some(end) = match_slots(rest, toks, at + n) {
                        return Some(end);
                    }
                }
            }
            if *optional {
                return match_slots(rest, toks, at);
            }
            None
        }
        Slot::Gap(max) => {
            for skip in 0..=*max {
                if skip > 0
                    && toks
                        .get(at + skip - 1)
                        .is_none_or(|t| t.text == BREAK || negator_word(&t.text))
                {
                    break;
                }
                if let Some(end) = match_slots(rest, toks, at + skip) {
                    return Some(end);
                }
            }
            None
        }
    }
}

/// A rule that matched tokens `start..end`.
#[derive(Debug, Clone, Copy)]
pub struct Match {
    /// Index into [`rules`].
    pub rule: usize,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

/// Which rules can start at a word: by the word, by a prefix of it, or any (a rule whose first slot
/// is optional or a gap).
struct Index {
    by_word: std::collections::HashMap<String, Vec<usize>>,
    by_prefix: Vec<(String, usize)>,
    any: Vec<usize>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut ix = Index {
            by_word: Default::default(),
            by_prefix: Vec::new(),
            any: Vec::new(),
        };
        for (ri, r) in rules().iter().enumerate() {
            match r.slots.first() {
                Some(Slot::Words {
                    alts,
                    optional: false,
                }) => {
                    for a in alts {
                        match a {
                            Alt::Word(w) => ix.by_word.entry(w.clone()).or_default().push(ri),
                            Alt::Seq(seq) if !seq.is_empty() => {
                                ix.by_word.entry(seq[0].clone()).or_default().push(ri)
                            }
                            Alt::Seq(_) => {}
                            Alt::Prefix(p) => ix.by_prefix.push((p.clone(), ri)),
                        }
                    }
                }
                _ => ix.any.push(ri),
            }
        }
        ix
    })
}

/// Every rule match in `toks` (at most one per rule and start), by rule, then start.
pub fn matches(toks: &[Token]) -> Vec<Match> {
    let ix = index();
    let rs = rules();
    let mut out = Vec::new();
    let mut cands: Vec<usize> = Vec::new();
    for (start, t) in toks.iter().enumerate() {
        if t.text == BREAK {
            continue;
        }
        cands.clear();
        cands.extend(ix.by_word.get(&t.text).into_iter().flatten());
        cands.extend(
            ix.by_prefix
                .iter()
                .filter(|(p, _)| t.text.starts_with(p.as_str()))
                .map(|&(_, ri)| ri),
        );
        cands.extend(&ix.any);
        cands.sort_unstable();
        cands.dedup();
        for &ri in &cands {
            if let Some(end) = match_slots(&rs[ri].slots, toks, start) {
                if end > start {
                    out.push(Match {
                        rule: ri,
                        start,
                        end,
                    });
                }
            }
        }
    }
    out.sort_by_key(|m| (m.rule, m.start));
    out
}

fn seq_at(toks: &[Token], at: usize, seq: &[String]) -> bool {
    seq.iter()
        .enumerate()
        .all(|(k, w)| toks.get(at + k).is_some_and(|t| t.text == *w))
}

/// Where any entry of `list` occurs in `toks[from..to]`.
fn find_any(toks: &[Token], from: usize, to: usize, list: &[Vec<String>]) -> Option<usize> {
    (from..to.min(toks.len()))
        .rev()
        .find(|&i| list.iter().any(|s| seq_at(toks, i, s)))
}

fn clause_start(toks: &[Token], at: usize) -> usize {
    (0..at)
        .rev()
        .find(|&i| toks[i].text == BREAK)
        .map_or(0, |i| i + 1)
}

/// The verdict on one match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The writer's own risk.
    Crisis,
    /// Someone else's.
    Concern,
    /// Negated, news, quoted, past, or a weak word without the writer.
    Dismissed(&'static str),
}

/// Words that may follow a standalone "no" ("no way", "nee joh").
const FILLERS: &[&str] = &[
    "joh",
    "way",
    "thanks",
    "not",
    "never",
    "no",
    "nope",
    "gar",
    "absolutely",
    "obviously",
    "really",
];

/// What is true of the whole text, computed once per text (not once per match).
pub struct Facts {
    awareness: bool,
    quoting: bool,
    self_applied: bool,
    recovered: bool,
    past: bool,
    asking: bool,
    first_person: Vec<bool>,
}

impl Facts {
    /// The text-wide facts by name (features of the linear layer).
    pub fn flags(&self) -> [(&'static str, bool); 7] {
        [
            ("awareness", self.awareness),
            ("quoting", self.quoting),
            ("self_applied", self.self_applied),
            ("recovered", self.recovered),
            ("past", self.past),
            ("asking", self.asking),
            ("first_person", self.first_person.iter().any(|&f| f)),
        ]
    }

    /// Why the whole text is set aside for the semantic layer, which cannot see where a phrase is:
    /// news, awareness or study words; a past risk with a recovery word; a quotation not applied to
    /// the writer; someone asking.
    pub fn set_aside(&self) -> Option<&'static str> {
        if self.awareness {
            Some("awareness")
        } else if self.recovered && self.past {
            Some("past")
        } else if self.quoting && !self.self_applied {
            Some("quoted")
        } else if self.asking {
            Some("asked")
        } else {
            None
        }
    }
}

/// Which context list an entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListKind {
    Awareness,
    Quoting,
    SelfApplied,
    Past,
    Recovered,
    Asking,
    First,
    Third,
}

/// Every context entry of every language by its first word: (list, language, the entry).
type ContextIndex = std::collections::HashMap<String, Vec<(ListKind, usize, Vec<String>)>>;

fn context_index() -> &'static ContextIndex {
    static IX: OnceLock<ContextIndex> = OnceLock::new();
    IX.get_or_init(|| {
        let mut ix = ContextIndex::new();
        for i in 0..ALL.len() {
            let c = context(i);
            for (kind, list) in [
                (ListKind::Awareness, &c.awareness),
                (ListKind::Quoting, &c.quoting),
                (ListKind::SelfApplied, &c.self_applied),
                (ListKind::Past, &c.past),
                (ListKind::Recovered, &c.recovered),
                (ListKind::Asking, &c.asking),
                (ListKind::First, &c.first),
                (ListKind::Third, &c.third),
            ] {
                for seq in list {
                    ix.entry(seq[0].clone())
                        .or_default()
                        .push((kind, i, seq.clone()));
                }
            }
        }
        ix
    })
}

/// Every context entry found in `toks`: (list, language, position).
fn context_hits(toks: &[Token]) -> Vec<(ListKind, usize, usize)> {
    let ix = context_index();
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        for (kind, lang, seq) in ix.get(&t.text).into_iter().flatten() {
            if seq_at(toks, i, seq) {
                out.push((*kind, *lang, i));
            }
        }
    }
    out
}

/// Whether `toks` speak of someone else and not of the writer: a third-person word and no
/// first-person word, in the lists of language `lexicon` of [`ALL`] (every language when `None`).
pub fn about_other(toks: &[Token], lexicon: Option<usize>) -> bool {
    let hits = context_hits(toks);
    let has = |k: ListKind| {
        hits.iter()
            .any(|&(kind, lang, _)| kind == k && lexicon.is_none_or(|l| l == lang))
    };
    has(ListKind::Third) && !has(ListKind::First)
}

/// The text-wide facts of `toks`.
pub fn facts(toks: &[Token]) -> Facts {
    let ctxs: Vec<&Context> = (0..ALL.len()).map(context).collect();
    let hits = context_hits(toks);
    let has = |k: ListKind| hits.iter().any(|&(kind, _, _)| kind == k);
    let recovered = hits.iter().any(|&(kind, _, i)| {
        kind == ListKind::Recovered
            && !ctxs
                .iter()
                .any(|c| find_any(toks, i.saturating_sub(2), i, &c.negators).is_some())
    });
    let mut first_person = vec![false; ALL.len()];
    for &(kind, lang, _) in &hits {
        if kind == ListKind::First {
            first_person[lang] = true;
        }
    }
    Facts {
        awareness: has(ListKind::Awareness),
        quoting: has(ListKind::Quoting),
        self_applied: has(ListKind::SelfApplied),
        recovered,
        past: has(ListKind::Past),
        asking: has(ListKind::Asking),
        first_person,
    }
}

/// Judges a match by its context.
pub fn judge(toks: &[Token], m: &Match, facts: &Facts) -> Verdict {
    let rule = &rules()[m.rule];
    // What sets a phrase aside counts in every language (mixed-language text is common); who the
    // sentence is about is read in the rule's own language (an article in one language is a pronoun
    // in another: French "le", Spanish "le").
    let ctxs: Vec<&Context> = (0..ALL.len()).map(context).collect();
    let own = [context(rule.lexicon)];
    let any = |f: &dyn Fn(&Context) -> &Vec<Vec<String>>, from: usize, to: usize| {
        ctxs.iter()
            .filter_map(|c| find_any(toks, from, to, f(c)))
            .max()
    };
    let in_own = |f: &dyn Fn(&Context) -> &Vec<Vec<String>>, from: usize, to: usize| {
        own.iter()
            .filter_map(|c| find_any(toks, from, to, f(c)))
            .max()
    };
    let clause = clause_start(toks, m.start);
    // Negation right before the phrase, in the same clause.
    let neg_from = m.start.saturating_sub(3).max(clause);
    if any(&|c| &c.negators, neg_from, m.start).is_some() {
        return Verdict::Dismissed("negated");
    }
    // Someone asked the question ("my therapist asked if I ever wanted to die"), or it was answered
    // with a no ("hurt myself? no way").
    if any(&|c| &c.asking, m.start.saturating_sub(12), m.start).is_some() {
        return Verdict::Dismissed("asked");
    }
    if let Some(p) = toks[m.end..].iter().take(2).position(|t| t.text == BREAK) {
        let next = m.end + p + 1;
        let standalone = |i: usize| {
            toks.get(i)
                .is_none_or(|t| t.text == BREAK || FILLERS.contains(&t.text.as_str()))
        };
        if ctxs.iter().any(|c| {
            c.answer_no
                .iter()
                .any(|s| seq_at(toks, next, s) && standalone(next + s.len()))
        }) {
            return Verdict::Dismissed("answered no");
        }
    }
    // Quoted lyrics, poems, film lines — unless the writer applies them to themself.
    if toks[m.start..m.end].iter().all(|t| t.quoted) && facts.quoting && !facts.self_applied {
        return Verdict::Dismissed("quoted");
    }
    // Past and recovered: a past word in the same clause, a recovery word anywhere.
    if facts.recovered && any(&|c| &c.past, clause, m.end + 4).is_some() {
        return Verdict::Dismissed("past");
    }
    // Who the clause is about: the last person word before the phrase.
    let first = in_own(&|c| &c.first, clause, m.start);
    let third = in_own(&|c| &c.third, clause, m.start);
    let about_other = match (first, third) {
        (None, Some(_)) => true,
        (Some(f), Some(t)) => t > f,
        _ => false,
    };
    match rule.kind {
        Kind::Other => Verdict::Concern,
        Kind::Weak => {
            if facts.awareness {
                Verdict::Dismissed("awareness")
            } else if about_other {
                Verdict::Concern
            } else if facts.first_person[rule.lexicon] {
                Verdict::Crisis
            } else {
                Verdict::Dismissed("not about the writer")
            }
        }
        Kind::Strong if about_other => Verdict::Concern,
        Kind::Strong => Verdict::Crisis,
    }
}
