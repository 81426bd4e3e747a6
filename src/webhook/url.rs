//! Comparing the `webhook_url` claim with a rule's configured URL.
//!
//! Two URLs match when their schemes and hosts are equal ignoring ASCII case,
//! their ports are equal once a scheme's default port is filled in, their
//! paths are equal once one trailing slash is dropped (so `""` and `"/"` are
//! the same), and their query strings are byte-for-byte equal (an empty query
//! is no query). Fragments are ignored. Percent-encoding is not normalized.

/// A URL split into the parts that are compared. Borrowed; no allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UrlParts<'a> {
    scheme: &'a str,
    userinfo: Option<&'a str>,
    host: &'a str,
    port: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
}

impl<'a> UrlParts<'a> {
    /// Splits an absolute `http` or `https` URL; `None` for anything else.
    pub(crate) fn parse(url: &'a str) -> Option<Self> {
        let (scheme, rest) = url.split_once("://")?;
        if !scheme.eq_ignore_ascii_case("https") && !scheme.eq_ignore_ascii_case("http") {
            return None;
        }
        // Drop the fragment, then split off the query.
        let rest = rest.split_once('#').map_or(rest, |(before, _)| before);
        let (rest, query) = match rest.split_once('?') {
            Some((before, query)) => (before, (!query.is_empty()).then_some(query)),
            None => (rest, None),
        };
        let (authority, path) = match rest.find('/') {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        let (userinfo, host_port) = match authority.rsplit_once('@') {
            Some((userinfo, host_port)) => (Some(userinfo), host_port),
            None => (None, authority),
        };
        // A port follows the last ':' unless that ':' is inside an IPv6 literal.
        let (host, port) = match host_port.rfind(':') {
            Some(i) if !host_port[i..].contains(']') => {
                let port = &host_port[i + 1..];
                if !port.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                (&host_port[..i], (!port.is_empty()).then_some(port))
            }
            _ => (host_port, None),
        };
        if host.is_empty() || host.bytes().any(|b| b.is_ascii_whitespace() || b.is_ascii_control()) {
            return None;
        }
        let path = path.strip_suffix('/').unwrap_or(path);
        Some(UrlParts {
            scheme,
            userinfo,
            host,
            port,
            path,
            query,
        })
    }

    fn effective_port(&self) -> Option<u32> {
        match self.port {
            Some(port) => port.parse().ok(),
            None if self.scheme.eq_ignore_ascii_case("https") => Some(443),
            None => Some(80),
        }
    }

    /// Whether two URLs name the same webhook endpoint.
    pub(crate) fn matches(&self, other: &UrlParts<'_>) -> bool {
        self.scheme.eq_ignore_ascii_case(other.scheme)
            && self.host.eq_ignore_ascii_case(other.host)
            && self.effective_port().is_some()
            && self.effective_port() == other.effective_port()
            && self.userinfo == other.userinfo
            && self.path == other.path
            && self.query == other.query
    }
}

#[cfg(test)]
mod tests {
    use super::UrlParts;

    fn same(a: &str, b: &str) -> bool {
        UrlParts::parse(a).unwrap().matches(&UrlParts::parse(b).unwrap())
    }

    #[test]
    fn normalizes_case_slash_and_default_port() {
        assert!(same(
            "https://Hooks.Example.com/gong/",
            "HTTPS://hooks.example.com/gong"
        ));
        assert!(same("https://example.com", "https://example.com/"));
        assert!(same("https://example.com:443/a?x=1", "https://example.com/a/?x=1"));
        assert!(same("http://[::1]:8080/a", "http://[::1]:8080/a/"));
        assert!(same("https://example.com/a?", "https://example.com/a#frag"));
    }

    #[test]
    fn distinguishes_what_matters() {
        assert!(!same("https://example.com/a?x=1", "https://example.com/a?x=2"));
        assert!(!same("https://example.com/a?x=1", "https://example.com/a"));
        assert!(!same("https://example.com/A", "https://example.com/a"));
        assert!(!same("https://example.com/a", "http://example.com/a"));
        assert!(!same("https://example.com:8443/a", "https://example.com/a"));
        assert!(!same("https://example.com/a", "https://example.org/a"));
        assert!(!same("https://example.com/a//", "https://example.com/a"));
    }

    #[test]
    fn rejects_non_http_and_hostless() {
        for url in [
            "ftp://example.com/",
            "https:///path",
            "example.com/a",
            "https://ex ample.com/",
            "https://h:x/",
        ] {
            assert!(UrlParts::parse(url).is_none(), "{url}");
        }
    }
}
