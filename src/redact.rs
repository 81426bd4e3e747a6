//! Keeping secrets out of logs and error messages.
//!
//! A header or query parameter is *sensitive* when its name is one of the
//! usual credential carriers (`Authorization`, `Cookie`, `X-Api-Key`, ...) or
//! contains `token`, `secret`, `key`, `auth`, `session`, `password`,
//! `signature` or `code` (ASCII case ignored). Debug logs show such values as
//! `[redacted]`; error messages go further and hide every query value, since
//! they end up in terminals, tickets and log files.
//!
//! ```
//! use gong_client::redact;
//!
//! assert!(redact::is_sensitive_name("X-Api-Key"));
//! assert!(redact::is_sensitive_name("refresh_token"));
//! assert!(!redact::is_sensitive_name("cursor"));
//! assert_eq!(
//!     redact::text("error sending request for url (https://api.gong.io/v2/calls?cursor=abc&token=s3cret)"),
//!     "error sending request for url (https://api.gong.io/v2/calls?cursor=REDACTED&token=REDACTED)"
//! );
//! ```

use reqwest::Url;

/// What a hidden value is replaced with.
pub const REDACTED: &str = "REDACTED";

/// Whether a header or query parameter name looks like it carries a secret.
pub fn is_sensitive_name(name: &str) -> bool {
    const EXACT: &[&str] = &[
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api-key",
        "apikey",
    ];
    const PARTS: &[&str] = &[
        "token",
        "secret",
        "key",
        "auth",
        "session",
        "password",
        "passwd",
        "signature",
        "code",
        "credential",
    ];
    let lower = name.trim().to_ascii_lowercase();
    EXACT.contains(&lower.as_str()) || PARTS.iter().any(|p| lower.contains(p))
}

/// A URL for a debug log: the password of its user info and the values of
/// sensitive-looking query parameters replaced with [`REDACTED`].
pub fn url(url: &Url) -> String {
    redacted_url(url, false).to_string()
}

/// `url` with its password removed and query values hidden: every value when
/// `all_values`, else those of sensitive-looking names.
pub(crate) fn redacted_url(url: &Url, all_values: bool) -> Url {
    let mut out = url.clone();
    if out.password().is_some() {
        let _ = out.set_password(Some(REDACTED));
    }
    if out.query().is_some() {
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| {
                let hide = all_values || is_sensitive_name(&k);
                (k.into_owned(), if hide { REDACTED.to_owned() } else { v.into_owned() })
            })
            .collect();
        if pairs.is_empty() {
            out.set_query(None);
        } else {
            out.query_pairs_mut().clear().extend_pairs(pairs);
        }
    }
    out
}

/// A transport error whose URL has no password and no query values, for
/// [`crate::Error::Transport`]: its message names the URL.
pub(crate) fn error(mut e: reqwest::Error) -> reqwest::Error {
    if let Some(url) = e.url_mut() {
        *url = redacted_url(url, true);
    }
    e
}

/// Hides the query values and passwords of every `http://` or `https://`
/// URL inside a text (an error message and its sources).
pub fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = find_url(rest) {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '"' | '\'' | '>' | '<' | ',' | ']'))
            .unwrap_or(tail.len());
        out.push_str(&redact_url_text(&tail[..end]));
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Byte offset of the first `http://` or `https://` (any case).
fn find_url(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    [lower.find("http://"), lower.find("https://")]
        .into_iter()
        .flatten()
        .min()
}

/// One URL as text: query values and the user-info password hidden, the
/// rest kept as written.
fn redact_url_text(url: &str) -> String {
    let (before_fragment, fragment) = match url.find('#') {
        Some(i) => url.split_at(i),
        None => (url, ""),
    };
    let (base, query) = match before_fragment.find('?') {
        Some(i) => (&before_fragment[..i], Some(&before_fragment[i + 1..])),
        None => (before_fragment, None),
    };
    let mut out = String::new();
    // scheme://user:password@host -> scheme://user:REDACTED@host
    match base.find("://") {
        Some(i) => {
            let (scheme, after) = base.split_at(i + 3);
            let authority_end = after.find('/').unwrap_or(after.len());
            let (authority, path) = after.split_at(authority_end);
            out.push_str(scheme);
            match authority.rfind('@') {
                Some(at) => {
                    let userinfo = &authority[..at];
                    match userinfo.find(':') {
                        Some(colon) => {
                            out.push_str(&userinfo[..colon]);
                            out.push(':');
                            out.push_str(REDACTED);
                        }
                        None => out.push_str(userinfo),
                    }
                    out.push_str(&authority[at..]);
                }
                None => out.push_str(authority),
            }
            out.push_str(path);
        }
        None => out.push_str(base),
    }
    if let Some(query) = query {
        out.push('?');
        let pairs: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((k, _)) => format!("{k}={REDACTED}"),
                None => pair.to_owned(),
            })
            .collect();
        out.push_str(&pairs.join("&"));
    }
    out.push_str(fragment);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for name in [
            "Authorization",
            "cookie",
            "X-Api-Key",
            "x-auth-token",
            "X-Session-Id",
            "client_secret",
            "code",
        ] {
            assert!(is_sensitive_name(name), "{name}");
        }
        for name in ["content-type", "cursor", "fromDateTime", "accept"] {
            assert!(!is_sensitive_name(name), "{name}");
        }
    }

    #[test]
    fn urls() {
        let u = Url::parse("https://user:pw@api.gong.io/v2/calls?cursor=c1&access_token=t0k&x=1").unwrap();
        let shown = url(&u);
        assert!(!shown.contains("pw") && !shown.contains("t0k"), "{shown}");
        assert!(shown.contains("cursor=c1"), "{shown}");
        let all = redacted_url(&u, true).to_string();
        assert!(!all.contains("c1") && !all.contains("x=1"), "{all}");
    }

    #[test]
    fn texts() {
        let t = text("failed (HTTPS://u:secret@h.example/a?b=c#f) and http://x/y?z and https://q/?k=v&m");
        assert_eq!(
            t,
            "failed (HTTPS://u:REDACTED@h.example/a?b=REDACTED#f) and http://x/y?z and https://q/?k=REDACTED&m"
        );
        assert_eq!(text("no url here"), "no url here");
    }
}
