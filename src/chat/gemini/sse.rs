//! Server-Sent Events: reads `data:` lines up to each blank line and yields the event's data.

use std::io::BufRead;

/// Reads events from a byte stream (each `data: …` block ended by a blank line; `\r\n` or `\n`).
pub struct SseReader<R> {
    inner: R,
    line: Vec<u8>,
}

impl<R: BufRead> SseReader<R> {
    /// Wraps a reader.
    pub fn new(inner: R) -> Self {
        Self {
            inner,
            line: Vec::with_capacity(4096),
        }
    }

    /// The next event's data (its `data:` lines joined by `\n`), `Ok(None)` at the end of the stream.
    /// An event cut off by the end of the stream is dropped, as the SSE spec says.
    pub fn next_event(&mut self) -> std::io::Result<Option<String>> {
        let mut data: Option<String> = None;
        loop {
            self.line.clear();
            let n = self.inner.read_until(b'\n', &mut self.line)?;
            if n == 0 {
                return Ok(None);
            }
            let complete = self.line.ends_with(b"\n");
            let mut l = &self.line[..];
            while let [rest @ .., b'\n' | b'\r'] = l {
                l = rest;
            }
            if !complete {
                return Ok(None);
            }
            if l.is_empty() {
                if let Some(d) = data.take() {
                    return Ok(Some(d));
                }
                continue;
            }
            if l.starts_with(b":") {
                continue;
            }
            let (field, value) = match l.iter().position(|&b| b == b':') {
                Some(i) => (&l[..i], &l[i + 1..]),
                None => (l, &b""[..]),
            };
            let value = value.strip_prefix(b" ").unwrap_or(value);
            if field == b"data" {
                let v = String::from_utf8_lossy(value);
                match &mut data {
                    Some(d) => {
                        d.push('\n');
                        d.push_str(&v);
                    }
                    None => data = Some(v.into_owned()),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SseReader;

    #[test]
    fn splits_events_and_joins_data_lines() {
        let raw = b": comment\r\ndata: {\"a\":1}\r\n\r\ndata: x\ndata: y\n\nevent: e\r\ndata: z\r\n\r\ndata: cut";
        let mut r = SseReader::new(&raw[..]);
        assert_eq!(r.next_event().unwrap().as_deref(), Some("{\"a\":1}"));
        assert_eq!(r.next_event().unwrap().as_deref(), Some("x\ny"));
        assert_eq!(r.next_event().unwrap().as_deref(), Some("z"));
        assert_eq!(r.next_event().unwrap(), None);
    }
}
