//! Server-Sent Events: reads `data:` lines up to each blank line and yields the event's data.
//!
//! Bounded: one event (all its lines) may be at most [`MAX_EVENT_BYTES`] and a whole stream at most
//! [`MAX_STREAM_BYTES`]; past either the reader stops with an error ([`LimitExceeded`] inside an
//! `InvalidData` I/O error) instead of buffering without end. A real Gemini event is one response
//! object (a piece of text plus ~1 KB of metadata) and a whole reply is capped by `maxOutputTokens`
//! (800 for the companion, a few KB of text), so a real stream stays far below 100 KB: 1 MiB per
//! event and 4 MiB per reply leave a margin of more than 10× (thinking parts, long safety ratings)
//! while keeping the memory one reply can take to a few MiB.

use std::io::BufRead;

/// The most bytes one event may take on the wire (its `data:` and other lines, line ends included;
/// the blank line that ends it not counted).
pub const MAX_EVENT_BYTES: usize = 1 << 20;
/// The most bytes a whole stream (one reply) may take on the wire.
pub const MAX_STREAM_BYTES: usize = 4 << 20;

/// The limits a reader enforces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bytes per event.
    pub event: usize,
    /// Bytes per stream.
    pub stream: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            event: MAX_EVENT_BYTES,
            stream: MAX_STREAM_BYTES,
        }
    }
}

/// The error inside the `InvalidData` I/O error a reader returns when a limit is passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitExceeded {
    /// One event was longer than this many bytes.
    Event(usize),
    /// The stream was longer than this many bytes.
    Stream(usize),
}

fn size(n: usize) -> String {
    if n >= 1 << 20 && n % (1 << 20) == 0 {
        format!("{} MiB", n >> 20)
    } else {
        format!("{n} bytes")
    }
}

impl std::fmt::Display for LimitExceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LimitExceeded::Event(n) => write!(f, "one event is larger than {}", size(*n)),
            LimitExceeded::Stream(n) => write!(f, "the reply is larger than {}", size(*n)),
        }
    }
}

impl std::error::Error for LimitExceeded {}

impl LimitExceeded {
    /// The limit behind an I/O error from [`SseReader::next_event`], if that is what it is.
    pub fn of(e: &std::io::Error) -> Option<LimitExceeded> {
        e.get_ref()?.downcast_ref::<LimitExceeded>().copied()
    }
}

/// Reads events from a byte stream (each `data: …` block ended by a blank line; `\r\n` or `\n`).
pub struct SseReader<R> {
    inner: R,
    line: Vec<u8>,
    limits: Limits,
    /// Bytes of the event being read (every line since the last blank line).
    event_bytes: usize,
    /// Bytes of the whole stream so far.
    stream_bytes: usize,
}

impl<R: BufRead> SseReader<R> {
    /// Wraps a reader, with the default limits.
    pub fn new(inner: R) -> Self {
        Self::with_limits(inner, Limits::default())
    }

    /// Wraps a reader, with these limits.
    pub fn with_limits(inner: R, limits: Limits) -> Self {
        Self {
            inner,
            line: Vec::with_capacity(4096),
            limits,
            event_bytes: 0,
            stream_bytes: 0,
        }
    }

    /// Bytes read so far.
    pub fn bytes_read(&self) -> usize {
        self.stream_bytes
    }

    /// Reads one line (its `\n` included, if any) into `self.line`, never more than the limits
    /// allow. Returns the bytes read (0 at the end of the stream).
    fn read_line(&mut self) -> std::io::Result<usize> {
        self.line.clear();
        loop {
            let buf = match self.inner.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                return Ok(self.line.len());
            }
            let (take, done) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            // The blank line that ends an event is not part of it (the stream limit still counts it).
            let blank = done
                && self
                    .line
                    .iter()
                    .chain(&buf[..take])
                    .all(|&b| b == b'\r' || b == b'\n');
            let event_left = if blank {
                usize::MAX
            } else {
                self.limits.event.saturating_sub(self.event_bytes)
            };
            let stream_left = self.limits.stream.saturating_sub(self.stream_bytes);
            if take > event_left.min(stream_left) {
                let which = if stream_left < event_left {
                    LimitExceeded::Stream(self.limits.stream)
                } else {
                    LimitExceeded::Event(self.limits.event)
                };
                return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, which));
            }
            self.line.extend_from_slice(&buf[..take]);
            self.inner.consume(take);
            if !blank {
                self.event_bytes += take;
            }
            self.stream_bytes += take;
            if done {
                return Ok(self.line.len());
            }
        }
    }

    /// The next event's data (its `data:` lines joined by `\n`), `Ok(None)` at the end of the stream.
    /// An event cut off by the end of the stream is dropped, as the SSE spec says. An event or a
    /// stream over the limits is an `InvalidData` error holding a [`LimitExceeded`].
    pub fn next_event(&mut self) -> std::io::Result<Option<String>> {
        let mut data: Option<String> = None;
        loop {
            let n = self.read_line()?;
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
                // A blank line ends the event (or separates nothing): the next one starts afresh.
                self.event_bytes = 0;
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
    use super::{LimitExceeded, Limits, SseReader};

    #[test]
    fn splits_events_and_joins_data_lines() {
        let raw = b": comment\r\ndata: {\"a\":1}\r\n\r\ndata: x\ndata: y\n\nevent: e\r\ndata: z\r\n\r\ndata: cut";
        let mut r = SseReader::new(&raw[..]);
        assert_eq!(r.next_event().unwrap().as_deref(), Some("{\"a\":1}"));
        assert_eq!(r.next_event().unwrap().as_deref(), Some("x\ny"));
        assert_eq!(r.next_event().unwrap().as_deref(), Some("z"));
        assert_eq!(r.next_event().unwrap(), None);
    }

    #[test]
    fn limits_events_and_streams() {
        let limits = Limits {
            event: 16,
            stream: 40,
        };
        // Exactly 16 bytes in one event is fine; 17 is not.
        let ok = b"data: 123456789\n\n";
        assert_eq!(ok.len(), 17); // the blank line starts the next event
        let mut r = SseReader::with_limits(&ok[..], limits);
        assert_eq!(r.next_event().unwrap().as_deref(), Some("123456789"));
        let long = b"data: 1234567890\n\n";
        let e = SseReader::with_limits(&long[..], limits)
            .next_event()
            .unwrap_err();
        assert_eq!(LimitExceeded::of(&e), Some(LimitExceeded::Event(16)));
        // Two lines of one event add up.
        let two = b"data: 12\ndata: 345\n\n";
        let e = SseReader::with_limits(&two[..], limits)
            .next_event()
            .unwrap_err();
        assert_eq!(LimitExceeded::of(&e), Some(LimitExceeded::Event(16)));
        // Small events adding up past the stream limit.
        let many = b"data: 1234\n\n".repeat(10);
        let mut r = SseReader::with_limits(&many[..], limits);
        for _ in 0..3 {
            assert_eq!(r.next_event().unwrap().as_deref(), Some("1234"));
        }
        let e = r.next_event().unwrap_err();
        assert_eq!(LimitExceeded::of(&e), Some(LimitExceeded::Stream(40)));
        assert!(e.to_string().contains("40 bytes"), "{e}");
        assert_eq!(
            LimitExceeded::Stream(4 << 20).to_string(),
            "the reply is larger than 4 MiB"
        );
    }
}
