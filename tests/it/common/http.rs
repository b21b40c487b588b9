//! A tiny HTTP/1.1 file server on loopback with Range support, for install tests.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

/// (path, Range header) of each request.
pub type Log = Arc<Mutex<Vec<(String, Option<String>)>>>;

/// A tiny HTTP/1.1 file server with Range support; the first GET of `cut` stops after half its bytes.
pub struct Server {
    pub base: String,
    pub log: Log,
}

pub fn serve(files: HashMap<String, Vec<u8>>, cut: Option<&str>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let log: Log = Arc::new(Mutex::new(Vec::new()));
    let log2 = log.clone();
    let mut cut = cut.map(str::to_string);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let mut s = stream.unwrap();
            let mut r = BufReader::new(s.try_clone().unwrap());
            let mut line = String::new();
            r.read_line(&mut line).unwrap();
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
            let mut range = None;
            loop {
                let mut h = String::new();
                r.read_line(&mut h).unwrap();
                if h.trim().is_empty() {
                    break;
                }
                if let Some(v) = h.to_ascii_lowercase().strip_prefix("range:") {
                    range = Some(v.trim().to_string());
                }
            }
            log2.lock().unwrap().push((path.clone(), range.clone()));
            let Some(body) = files.get(&path) else {
                let _ = s.write_all(
                    b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                );
                continue;
            };
            let start = range
                .as_deref()
                .and_then(|r| r.strip_prefix("bytes="))
                .and_then(|r| r.trim_end_matches('-').parse::<usize>().ok())
                .unwrap_or(0);
            let head = if start > 0 {
                format!(
                    "HTTP/1.1 206 Partial Content\r\nContent-Length: {}\r\nContent-Range: bytes {start}-{}/{}\r\nConnection: close\r\n\r\n",
                    body.len() - start,
                    body.len() - 1,
                    body.len()
                )
            } else {
                format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nAccept-Ranges: bytes\r\nConnection: close\r\n\r\n", body.len())
            };
            s.write_all(head.as_bytes()).unwrap();
            if cut.as_deref() == Some(path.as_str()) {
                cut = None;
                let _ = s.write_all(&body[..body.len() / 2]);
                let _ = s.flush();
                drop(s); // the connection drops mid-body
                continue;
            }
            let _ = s.write_all(&body[start..]);
        }
    });
    Server { base, log }
}
