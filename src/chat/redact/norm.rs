//! A normalised view for matching (Unicode digits as ASCII, NFKC, plain spaces) that maps back to the text.

use std::ops::Range;
use unicode_normalization::UnicodeNormalization;

/// The text to match on, and for each of its bytes the original character it came from.
pub(crate) struct View {
    /// Normalised text.
    pub text: String,
    /// Per byte of `text`: the original character's start and end.
    spans: Vec<(u32, u32)>,
}

/// The first code point of each run of ten Unicode decimal digits (general category Nd) beyond
/// ASCII; NFKC already folds fullwidth and mathematical digits, the rest are mapped here.
const DIGIT_ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x10D40, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50,
    0x11DA0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE, 0x1D7D8,
    0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
];

/// The ASCII digit for a Unicode decimal digit.
pub(crate) fn digit_value(c: char) -> Option<u8> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp as u8 - b'0');
    }
    if cp < 0x0660 || !c.is_numeric() {
        return None;
    }
    DIGIT_ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&cp))
        .map(|z| (cp - z) as u8)
}

fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}'
    )
}

impl View {
    /// The view of `orig`.
    pub fn new(orig: &str) -> View {
        let mut text = String::with_capacity(orig.len());
        let mut spans = Vec::with_capacity(orig.len());
        let mut buf = [0u8; 4];
        for (i, c) in orig.char_indices() {
            let span = (i as u32, (i + c.len_utf8()) as u32);
            let mut push = |s: &str, text: &mut String| {
                text.push_str(s);
                spans.extend(std::iter::repeat_n(span, s.len()));
            };
            if c.is_ascii() {
                let c = if c.is_ascii_control() && c != '\n' && c != '\t' {
                    if c == '\r' {
                        '\n'
                    } else {
                        ' '
                    }
                } else {
                    c
                };
                push(c.encode_utf8(&mut buf), &mut text);
            } else if invisible(c) {
                continue;
            } else if matches!(c, '\u{2028}' | '\u{2029}' | '\u{0085}') {
                push("\n", &mut text);
            } else if c.is_whitespace() {
                push(" ", &mut text);
            } else if matches!(
                c,
                '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' | '\u{FE63}'
            ) {
                push("-", &mut text);
            } else if let Some(d) = digit_value(c) {
                push((char::from(b'0' + d)).encode_utf8(&mut buf), &mut text);
            } else {
                let folded: String = std::iter::once(c).nfkc().collect();
                // Keep what NFKC turns into spaces or controls from merging tokens oddly.
                if folded.chars().all(|f| !f.is_control()) && !folded.is_empty() {
                    push(&folded, &mut text);
                } else {
                    push(c.encode_utf8(&mut buf), &mut text);
                }
            }
        }
        View { text, spans }
    }

    /// The original byte range of a non-empty range of the view.
    pub fn orig(&self, r: &Range<usize>) -> Range<usize> {
        let s = self.spans[r.start].0 as usize;
        let e = self.spans[r.end - 1].1 as usize;
        s..e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unicode_decimal_digit_has_a_value() {
        let nd = regex::Regex::new(r"^\p{Nd}$").unwrap();
        let mut buf = [0u8; 4];
        for cp in 0..0x110000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if nd.is_match(c.encode_utf8(&mut buf)) {
                let v = View::new(c.encode_utf8(&mut buf));
                assert!(
                    v.text.len() == 1 && v.text.as_bytes()[0].is_ascii_digit(),
                    "U+{cp:04X} became {:?}",
                    v.text
                );
            }
        }
    }

    #[test]
    fn maps_back() {
        let t = "tel ٠١٧٦\u{200B}١٢٣ ok";
        let v = View::new(t);
        assert_eq!(v.text, "tel 0176123 ok");
        let r = v.orig(&(4..11));
        assert_eq!(&t[r], "٠١٧٦\u{200B}١٢٣");
    }
}
