//! Where Mentora may send anything: the one gate every outgoing request passes. Every HTTP client
//! in the core is built here (Gemini's, the local server's and the model downloader's), after its
//! URL passed the check. URLs are parsed with the `url` crate, never compared as text: Gemini's own
//! host over https; for downloads, any host over https; a loopback IP (a local mock on this machine)
//! only while the developer switch is on (`MENTORA_DEV_LOOPBACK_HTTP=1`, read by the front ends at
//! start; never a vault setting, so no import can turn it on). The one exception is the person's
//! local OpenAI-compatible server (Ollama, llama.cpp's server…): a loopback IP, or `localhost`
//! resolved here to loopback IPs only and pinned to them, over plain http without the switch; its
//! client has no proxy and never receives the Gemini key. No user name or password in a URL, no
//! query or fragment in a base URL. Gemini's and the local server's clients never follow a redirect;
//! the downloader follows one only to a URL that passes the same check.

use crate::error::{Code, Error, Result};
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use url::{Host, Url};

/// Gemini's API host.
pub const GEMINI_HOST: &str = "generativelanguage.googleapis.com";
/// The environment variable that turns the developer switch on (`1`).
pub const DEV_LOOPBACK_ENV: &str = "MENTORA_DEV_LOOPBACK_HTTP";

static LOOPBACK_ALLOWED: AtomicBool = AtomicBool::new(false);

/// The developer switch: allow a loopback address (a local mock or server) as a destination.
/// Off unless a front end turns it on from [`DEV_LOOPBACK_ENV`], or a test does.
pub fn allow_loopback(on: bool) {
    LOOPBACK_ALLOWED.store(on, Ordering::SeqCst);
}

/// Whether the developer switch is on.
pub fn loopback_allowed() -> bool {
    LOOPBACK_ALLOWED.load(Ordering::SeqCst)
}

/// Reads the developer switch from the environment (front ends call this once at start).
pub fn switch_from_env() {
    if std::env::var(DEV_LOOPBACK_ENV).is_ok_and(|v| v.trim() == "1") {
        allow_loopback(true);
    }
}

fn refuse(why: impl std::fmt::Display) -> Error {
    Error::invalid(
        "base_url",
        format!("https://{GEMINI_HOST} only (a loopback address such as http://127.0.0.1:8787 needs the developer switch {DEV_LOOPBACK_ENV}=1) — {why}"),
    )
}

fn is_loopback(u: &Url) -> bool {
    match u.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        _ => false,
    }
}

/// The parsed Gemini base URL, or why it may not be used (with the developer switch as it is now).
pub fn check_base_url(url: &str) -> Result<Url> {
    check_base_url_with(url, loopback_allowed())
}

/// [`check_base_url`] with the developer switch given.
pub fn check_base_url_with(url: &str, loopback: bool) -> Result<Url> {
    let u = Url::parse(url.trim()).map_err(|e| refuse(format!("not a URL ({e})")))?;
    if !u.username().is_empty() || u.password().is_some() {
        return Err(refuse(
            "a user name or password in the address is not allowed",
        ));
    }
    if u.query().is_some() || u.fragment().is_some() {
        return Err(refuse("no query or fragment"));
    }
    let host = u.host_str().unwrap_or("no host").to_string();
    match (u.scheme(), u.host()) {
        ("https", Some(Host::Domain(h))) if h == GEMINI_HOST => Ok(u),
        ("http" | "https", _) if is_loopback(&u) && loopback => Ok(u),
        ("http" | "https", _) if is_loopback(&u) => Err(refuse(format!(
            "{host} is this machine, and the developer switch is off"
        ))),
        ("http", _) => Err(refuse(format!("{host} over plain http"))),
        ("https", _) => Err(refuse(format!("{host} is not Gemini"))),
        (s, _) => Err(refuse(format!("the scheme {s} is not allowed"))),
    }
}

/// A download URL (a model the person chose): https to any host; a loopback address only with the
/// developer switch; no user name or password.
pub fn check_download_url(url: &str) -> Result<Url> {
    check_download_url_with(url, loopback_allowed())
}

/// [`check_download_url`] with the developer switch given.
pub fn check_download_url_with(url: &str, loopback: bool) -> Result<Url> {
    let bad = |why: String| Error::invalid("url", format!("{url}: {why}"));
    let u = Url::parse(url.trim()).map_err(|e| bad(format!("not a URL ({e})")))?;
    if !u.username().is_empty() || u.password().is_some() {
        return Err(bad(
            "a user name or password in the address is not allowed".into()
        ));
    }
    if u.host().is_none() {
        return Err(bad("no host".into()));
    }
    match u.scheme() {
        "http" | "https" if is_loopback(&u) && !loopback => Err(bad(format!(
            "this machine's address needs the developer switch {DEV_LOOPBACK_ENV}=1"
        ))),
        "https" => Ok(u),
        "http" if is_loopback(&u) => Ok(u),
        "http" => Err(bad("plain http is not allowed: use https".into())),
        s => Err(bad(format!("the scheme {s} is not allowed"))),
    }
}

/// A local server's base URL (the person's Ollama, llama.cpp server, LM Studio, Jan): http or https
/// to a loopback IP, or to `localhost` when every address it resolves to is loopback; no user name
/// or password, query or fragment. Returns the URL and the addresses to pin `localhost` to (empty
/// for an IP). No developer switch is needed: nothing leaves the machine.
pub fn check_local_server_url(url: &str) -> Result<(Url, Vec<std::net::SocketAddr>)> {
    let bad = |why: String| {
        Error::invalid(
            "local_url",
            format!("a server on this machine only, such as http://127.0.0.1:11434/v1 — {why}"),
        )
    };
    let u = Url::parse(url.trim()).map_err(|e| bad(format!("not a URL ({e})")))?;
    if !u.username().is_empty() || u.password().is_some() {
        return Err(bad(
            "a user name or password in the address is not allowed".into()
        ));
    }
    if u.query().is_some() || u.fragment().is_some() {
        return Err(bad("no query or fragment".into()));
    }
    if !matches!(u.scheme(), "http" | "https") {
        return Err(bad(format!("the scheme {} is not allowed", u.scheme())));
    }
    match u.host() {
        Some(Host::Ipv4(_) | Host::Ipv6(_)) if is_loopback(&u) => Ok((u, Vec::new())),
        Some(Host::Domain(d)) if d.eq_ignore_ascii_case("localhost") => {
            use std::net::ToSocketAddrs;
            let port = u.port_or_known_default().unwrap_or(80);
            let addrs: Vec<_> = (d, port)
                .to_socket_addrs()
                .map_err(|e| bad(format!("localhost does not resolve ({e})")))?
                .collect();
            if addrs.is_empty() || addrs.iter().any(|a| !a.ip().is_loopback()) {
                return Err(bad(format!(
                    "localhost resolves to {addrs:?} here, not only to this machine"
                )));
            }
            Ok((u, addrs))
        }
        Some(h) => Err(bad(format!("{h} is not a loopback address"))),
        None => Err(bad("no host".into())),
    }
}

/// The HTTP client for the local server at `base_url` (checked here): no proxy, no redirect,
/// `localhost` pinned to the loopback addresses it resolved to.
pub fn local_server_client(
    base_url: &str,
    connect: Duration,
    read: Duration,
) -> Result<reqwest::blocking::Client> {
    let (u, pins) = check_local_server_url(base_url)?;
    let mut b = reqwest::blocking::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(connect)
        .timeout(read);
    if let (Some(host), false) = (u.host_str(), pins.is_empty()) {
        b = b.resolve_to_addrs(host, &pins);
    }
    build(b)
}

fn build(b: reqwest::blocking::ClientBuilder) -> Result<reqwest::blocking::Client> {
    b.user_agent(concat!("mentora/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| Error::new(Code::Internal, format!("HTTP client: {e}")))
}

/// The HTTP client for Gemini at `base_url` (checked here): redirects are never followed.
pub fn gemini_client(base_url: &str, timeout: Duration) -> Result<reqwest::blocking::Client> {
    check_base_url(base_url)?;
    build(
        reqwest::blocking::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(timeout)
            .timeout(timeout),
    )
}

/// The HTTP client for downloading from `url` (checked here): at most 5 redirects, each to a URL
/// that passes [`check_download_url`]; `connect` and `read` (between two reads) time limits.
pub fn download_client(
    url: &str,
    connect: Duration,
    read: Duration,
) -> Result<reqwest::blocking::Client> {
    check_download_url(url)?;
    let policy = reqwest::redirect::Policy::custom(|attempt| {
        if attempt.previous().len() >= 5 {
            attempt.error("more than 5 redirects")
        } else if check_download_url(attempt.url().as_str()).is_err() {
            let to = attempt.url().to_string();
            attempt.error(format!("a redirect to {to} is not allowed"))
        } else {
            attempt.follow()
        }
    });
    build(
        reqwest::blocking::Client::builder()
            .redirect(policy)
            .connect_timeout(connect)
            // The blocking client applies this to the wait for the headers and to each read of
            // the body, not to the whole download.
            .timeout(read),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every base URL an attacker tried (the list), and look-alikes.
    #[test]
    fn hostile_base_urls_are_refused() {
        for u in [
            "http://localhost@192.0.2.2:18888",
            "http://127.0.0.1@192.0.2.2:18888",
            "http://user:pw@127.0.0.1:8787",
            "http://localhost.evil.example",
            "http://127.0.0.1.evil.example",
            "http://localhost",
            "http://127.0.0.1:8787",
            "https://evil.example",
            "https://generativelanguage.googleapis.com.evil.example",
            "https://evil.example/generativelanguage.googleapis.com",
            "http://generativelanguage.googleapis.com",
            "http://192.0.2.2:8787",
            "http://10.0.0.1",
            "ftp://127.0.0.1",
            "http://127.0.0.1:8787/?x=1",
            "127.0.0.1:8787",
            "",
        ] {
            let e = check_base_url_with(u, false).unwrap_err();
            assert!(e.message().starts_with("base_url:"), "{u}: {e}");
        }
    }

    #[test]
    fn gemini_and_with_the_switch_loopback_are_allowed() {
        for u in [
            "https://generativelanguage.googleapis.com",
            "https://generativelanguage.googleapis.com/",
        ] {
            assert!(check_base_url_with(u, false).is_ok(), "{u}");
        }
        for u in [
            "http://127.0.0.1:8787",
            "http://127.0.0.2:8787",
            "http://[::1]:8787",
        ] {
            assert!(check_base_url_with(u, true).is_ok(), "{u}");
            assert!(check_base_url_with(u, false).is_err(), "{u}");
        }
        // Hostile URLs stay refused with the switch on.
        for u in [
            "http://localhost@192.0.2.2:18888",
            "http://localhost.evil.example",
            "http://192.0.2.2:8787",
        ] {
            assert!(check_base_url_with(u, true).is_err(), "{u}");
        }
    }

    /// The local server: loopback only, whatever the text looks like; the switch plays no part.
    #[test]
    fn local_server_urls_are_loopback_only() {
        for u in [
            "http://127.0.0.1:11434/v1",
            "http://127.8.9.10:8080",
            "https://127.0.0.1:8443/v1",
            "http://[::1]:1234/v1",
            "http://localhost:11434/v1",
            "http://LOCALHOST:8080",
        ] {
            assert!(check_local_server_url(u).is_ok(), "{u}");
        }
        for u in [
            "http://localhost@192.0.2.2:11434/v1",
            "http://127.0.0.1@192.0.2.2:11434",
            "http://user:pw@127.0.0.1:11434",
            "http://localhost.evil.example:11434",
            "http://127.0.0.1.evil.example",
            "http://192.0.2.2:11434/v1",
            "http://10.0.0.1:11434",
            "http://0.0.0.0:11434",
            "http://[::ffff:192.0.2.2]:11434",
            "http://generativelanguage.googleapis.com",
            "https://generativelanguage.googleapis.com",
            "ftp://127.0.0.1",
            "file:///tmp/x",
            "http://127.0.0.1:11434/v1?x=1",
            "http://127.0.0.1:11434/v1#x",
            "127.0.0.1:11434",
            "",
        ] {
            let e = check_local_server_url(u).unwrap_err();
            assert!(e.message().starts_with("local_url:"), "{u}: {e}");
        }
    }

    #[test]
    fn download_urls_are_https_or_switched_loopback() {
        for (u, lb, ok) in [
            ("https://example.org/model.onnx", false, true),
            ("http://example.org/model.onnx", false, false),
            ("http://example.org/model.onnx", true, false),
            ("http://127.0.0.1:9/model.onnx", false, false),
            ("http://127.0.0.1:9/model.onnx", true, true),
            ("https://u:p@example.org/model.onnx", false, false),
            ("file:///etc/hostname", true, false),
            ("ftp://example.org/x", true, false),
        ] {
            assert_eq!(check_download_url_with(u, lb).is_ok(), ok, "{u} {lb}");
        }
    }
}
