//! Token pieces to text: a multi-byte character split across tokens is held back until whole.

/// Collects token bytes and hands out the longest complete UTF-8 text.
#[derive(Default)]
pub(crate) struct Utf8Pieces {
    pending: Vec<u8>,
}

impl Utf8Pieces {
    /// Adds `bytes`; returns the text that is now complete (maybe empty).
    pub(crate) fn push(&mut self, bytes: &[u8]) -> String {
        self.pending.extend_from_slice(bytes);
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            // Invalid bytes (a broken model output) become U+FFFD rather than stalling forever.
            Err(_) => {
                let s = String::from_utf8_lossy(&self.pending).into_owned();
                self.pending.clear();
                return s;
            }
        };
        let rest = self.pending.split_off(valid);
        String::from_utf8(std::mem::replace(&mut self.pending, rest)).expect("valid prefix")
    }

    /// What is left at the end (an unfinished character becomes U+FFFD).
    pub(crate) fn finish(&mut self) -> String {
        let s = String::from_utf8_lossy(&self.pending).into_owned();
        self.pending.clear();
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_character_split_over_tokens_comes_out_whole() {
        let mut p = Utf8Pieces::default();
        let heart = "❤️ ok".as_bytes();
        let mut out = String::new();
        for b in heart {
            out.push_str(&p.push(&[*b]));
        }
        out.push_str(&p.finish());
        assert_eq!(out, "❤️ ok");
        assert_eq!(p.push(&[0xff, b'a']), "\u{fffd}a");
    }
}
