//! Scores the redactor on the labelled PII set: recall per kind and locale, exact kind, over-redaction.

use super::{detect, Found};
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One labelled span.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Span {
    /// `phone`, `email`, `person_name` …
    pub kind: String,
    /// An exact substring of the line's text.
    pub value: String,
}

/// One labelled line.
#[derive(Debug, Clone, Deserialize)]
pub struct Row {
    /// Line id.
    pub id: String,
    /// `en`, `de`, `fr`, `es`, `it` or `nl`.
    pub locale: String,
    /// The message.
    pub text: String,
    /// Its PII (empty for an ordinary message).
    pub pii: Vec<Span>,
    /// `dev` or `test`.
    pub split: String,
}

/// Counts for one group.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    /// Labelled spans.
    pub spans: usize,
    /// Of those, fully inside redacted ranges.
    pub caught: usize,
    /// Of those, redacted as the labelled kind.
    pub exact: usize,
    /// Ordinary lines (no PII).
    pub ordinary: usize,
    /// Ordinary lines where anything was redacted.
    pub over: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.spans += o.spans;
        self.caught += o.caught;
        self.exact += o.exact;
        self.ordinary += o.ordinary;
        self.over += o.over;
    }

    /// Caught / spans.
    pub fn recall(&self) -> Option<f64> {
        (self.spans > 0).then(|| self.caught as f64 / self.spans as f64)
    }

    /// Exact-kind / spans.
    pub fn exact_rate(&self) -> Option<f64> {
        (self.spans > 0).then(|| self.exact as f64 / self.spans as f64)
    }

    /// Over-redacted / ordinary lines.
    pub fn over_rate(&self) -> Option<f64> {
        (self.ordinary > 0).then(|| self.over as f64 / self.ordinary as f64)
    }
}

/// A dev line the redactor got wrong.
#[derive(Debug, Clone, Serialize)]
pub struct Mistake {
    /// Line id.
    pub id: String,
    /// `missed` (a span leaks), `kind` (caught under another kind), `over` (something redacted on
    /// an ordinary line) or `extra` (redacted outside the labels on a PII line).
    pub what: String,
    /// The labelled kind (`missed`, `kind`) or the redactor's (`over`, `extra`).
    pub kind: String,
    /// The labelled value or the redacted text.
    pub value: String,
    /// What was redacted in the line, as `kind: text`.
    pub got: Vec<String>,
    /// The line.
    pub text: String,
}

/// Results per split.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Per split: all lines.
    pub total: BTreeMap<String, Counts>,
    /// Per split and labelled kind (spans only).
    pub by_kind: BTreeMap<String, BTreeMap<String, Counts>>,
    /// Per split and locale.
    pub by_locale: BTreeMap<String, BTreeMap<String, Counts>>,
    /// Mistakes on the dev split only (test lines are never shown).
    pub dev_mistakes: Vec<Mistake>,
}

/// Parses the JSONL set.
pub fn parse(text: &str) -> Result<Vec<Row>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map_err(|e| Error::invalid("eval set", format!("line {}: {e}", i + 1)))
        })
        .collect()
}

/// Whether every alphanumeric character of `text[r]` lies in `found` (of kind `label`, if given).
fn covered(text: &str, r: std::ops::Range<usize>, found: &[Found], label: Option<&str>) -> bool {
    text[r.clone()]
        .char_indices()
        .filter(|(_, c)| c.is_alphanumeric())
        .all(|(i, _)| {
            let at = r.start + i;
            found
                .iter()
                .any(|f| f.start <= at && at < f.end && label.is_none_or(|l| f.kind.label() == l))
        })
}

/// The outcome of one span: (caught, exact kind).
fn score_span(text: &str, value: &str, kind: &str, found: &[Found]) -> (bool, bool) {
    let places: Vec<usize> = text.match_indices(value).map(|(i, _)| i).collect();
    if places.is_empty() {
        return (false, false);
    }
    let caught = places
        .iter()
        .all(|&i| covered(text, i..i + value.len(), found, None));
    let exact = caught
        && places
            .iter()
            .all(|&i| covered(text, i..i + value.len(), found, Some(kind)));
    (caught, exact)
}

/// Runs the redactor on every row.
pub fn evaluate(rows: &[Row]) -> Report {
    let mut r = Report::default();
    for row in rows {
        let found = detect(&row.text, &[]);
        let dev = row.split == "dev";
        let got: Vec<String> = found
            .iter()
            .map(|f| format!("{}: {}", f.kind.label(), &row.text[f.start..f.end]))
            .collect();
        let mut row_counts = Counts::default();
        if row.pii.is_empty() {
            row_counts.ordinary = 1;
            row_counts.over = usize::from(!found.is_empty());
            if dev {
                for f in &found {
                    r.dev_mistakes.push(Mistake {
                        id: row.id.clone(),
                        what: "over".into(),
                        kind: f.kind.label().into(),
                        value: row.text[f.start..f.end].to_string(),
                        got: got.clone(),
                        text: row.text.clone(),
                    });
                }
            }
        }
        for span in &row.pii {
            let (caught, exact) = score_span(&row.text, &span.value, &span.kind, &found);
            let kind = r
                .by_kind
                .entry(row.split.clone())
                .or_default()
                .entry(span.kind.clone())
                .or_default();
            for g in [&mut row_counts, kind] {
                g.spans += 1;
                g.caught += usize::from(caught);
                g.exact += usize::from(exact);
            }
            if dev && !exact {
                r.dev_mistakes.push(Mistake {
                    id: row.id.clone(),
                    what: if caught { "kind" } else { "missed" }.into(),
                    kind: span.kind.clone(),
                    value: span.value.clone(),
                    got: got.clone(),
                    text: row.text.clone(),
                });
            }
        }
        r.total
            .entry(row.split.clone())
            .or_default()
            .add(&row_counts);
        r.by_locale
            .entry(row.split.clone())
            .or_default()
            .entry(row.locale.clone())
            .or_default()
            .add(&row_counts);
        if dev && !row.pii.is_empty() {
            for f in &found {
                let inside = row.pii.iter().any(|s| {
                    row.text
                        .match_indices(&s.value)
                        .any(|(i, _)| i < f.end && f.start < i + s.value.len())
                });
                if !inside {
                    r.dev_mistakes.push(Mistake {
                        id: row.id.clone(),
                        what: "extra".into(),
                        kind: f.kind.label().into(),
                        value: row.text[f.start..f.end].to_string(),
                        got: got.clone(),
                        text: row.text.clone(),
                    });
                }
            }
        }
    }
    r
}

fn pct(v: Option<f64>) -> String {
    v.map(|x| format!("{:5.1} %", x * 100.0))
        .unwrap_or_else(|| "    —  ".into())
}

fn line(name: &str, c: &Counts) -> String {
    let mut s = format!("  {name:<14}");
    if c.spans > 0 {
        s.push_str(&format!(
            " recall {:>3}/{:<3} {}   exact kind {}",
            c.caught,
            c.spans,
            pct(c.recall()),
            pct(c.exact_rate())
        ));
    }
    if c.ordinary > 0 {
        s.push_str(&format!(
            "   over-redaction {:>2}/{:<3} {}",
            c.over,
            c.ordinary,
            pct(c.over_rate())
        ));
    }
    s.push('\n');
    s
}

/// The report as a table.
pub fn to_text(r: &Report) -> String {
    let mut out = String::new();
    for (split, total) in &r.total {
        out.push_str(&format!("== {split}\n"));
        out.push_str(&line("all", total));
        out.push_str(" by kind\n");
        for (k, c) in r.by_kind.get(split).into_iter().flatten() {
            out.push_str(&line(k, c));
        }
        out.push_str(" by locale\n");
        for (k, c) in r.by_locale.get(split).into_iter().flatten() {
            out.push_str(&line(k, c));
        }
    }
    out
}

/// The dev split's mistakes as text.
pub fn mistakes_text(r: &Report) -> String {
    let mut out = format!("== dev mistakes ({})\n", r.dev_mistakes.len());
    for m in &r.dev_mistakes {
        out.push_str(&format!(
            "{} {} {} {:?}\n    text: {:?}\n    got:  {:?}\n",
            m.id, m.what, m.kind, m.value, m.text, m.got
        ));
    }
    out
}
