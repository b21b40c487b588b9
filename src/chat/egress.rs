//! Where the companion may send anything: the one check every Gemini request passes (the client is
//! built only through it). The base URL is parsed with the `url` crate, never compared as text:
//! Gemini's own host over https, or a loopback IP over http (a local mock or proxy on this
//! machine); no user name or password in the URL, no query or fragment. Redirects are never
//! followed (see `gemini::client`).

use crate::error::{Error, Result};
use std::net::IpAddr;
use url::{Host, Url};

/// Gemini's API host.
pub const GEMINI_HOST: &str = "generativelanguage.googleapis.com";

fn refuse(why: impl std::fmt::Display) -> Error {
    Error::invalid(
        "base_url",
        format!("https://{GEMINI_HOST}, or http:// to a loopback address on this machine (such as http://127.0.0.1:8787) — {why}"),
    )
}

/// The parsed base URL, or why it may not be used.
pub fn check_base_url(url: &str) -> Result<Url> {
    let u = Url::parse(url.trim()).map_err(|e| refuse(format!("not a URL ({e})")))?;
    if !u.username().is_empty() || u.password().is_some() {
        return Err(refuse(
            "a user name or password in the address is not allowed",
        ));
    }
    if u.query().is_some() || u.fragment().is_some() {
        return Err(refuse("no query or fragment"));
    }
    let loopback = match u.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        _ => false,
    };
    match (u.scheme(), u.host()) {
        ("https", Some(Host::Domain(h))) if h == GEMINI_HOST => Ok(u),
        ("https", _) if loopback => Ok(u),
        ("http", _) if loopback => Ok(u),
        ("http", _) => Err(refuse(format!(
            "{} is not this machine",
            u.host_str().unwrap_or("no host")
        ))),
        ("https", _) => Err(refuse(format!(
            "{} is not Gemini",
            u.host_str().unwrap_or("no host")
        ))),
        (s, _) => Err(refuse(format!("the scheme {s} is not allowed"))),
    }
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
            let e = check_base_url(u).unwrap_err();
            assert!(e.message().starts_with("base_url:"), "{u}: {e}");
        }
    }

    #[test]
    fn gemini_and_loopback_are_allowed() {
        for u in [
            "https://generativelanguage.googleapis.com",
            "https://generativelanguage.googleapis.com/",
            "http://127.0.0.1:8787",
            "http://127.0.0.2:8787",
            "http://[::1]:8787",
        ] {
            assert!(check_base_url(u).is_ok(), "{u}");
        }
    }
}
