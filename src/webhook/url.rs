//! Comparing the `webhook_url` claim with a rule's configured URL.
//!
//! Two URLs match when their schemes and hosts are equal ignoring ASCII case,
//! their ports are equal once a scheme's default port is filled in, their
//! paths are equal once one trailing slash is dropped (so `""` and `"/"` are
//! the same), and their query strings compare as the rule's [`QueryMatch`]
//! says (by default byte for byte; an empty query is no query). Fragments
//! are ignored. Percent-encoding is not normalized.

use super::QueryMatch;

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
    pub(crate) fn matches(&self, other: &UrlParts<'_>, query: QueryMatch) -> bool {
        self.scheme.eq_ignore_ascii_case(other.scheme)
            && self.host.eq_ignore_ascii_case(other.host)
            && self.effective_port().is_some()
            && self.effective_port() == other.effective_port()
            && self.userinfo == other.userinfo
            && self.path == other.path
            && match query {
                QueryMatch::Exact => self.query == other.query,
                QueryMatch::AnyOrder => sorted_pairs(self.query) == sorted_pairs(other.query),
                QueryMatch::Ignore => true,
            }
    }
}

/// The non-empty `&`-separated pairs of a query, sorted.
fn sorted_pairs(query: Option<&str>) -> Vec<&str> {
    let mut pairs: Vec<&str> = query.unwrap_or("").split('&').filter(|p| !p.is_empty()).collect();
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    use super::{QueryMatch, UrlParts};

    fn same(a: &str, b: &str) -> bool {
        same_with(a, b, QueryMatch::Exact)
    }

    fn same_with(a: &str, b: &str, mode: QueryMatch) -> bool {
        UrlParts::parse(a).unwrap().matches(&UrlParts::parse(b).unwrap(), mode)
    }

    #[test]
    fn query_modes() {
        let (a, b) = ("https://h.example/a?x=1&y=2", "https://H.example:443/a/?y=2&x=1");
        assert!(!same_with(a, b, QueryMatch::Exact));
        assert!(same_with(a, b, QueryMatch::AnyOrder));
        assert!(same_with(a, b, QueryMatch::Ignore));
        assert!(!same_with(a, "https://h.example/a?x=1", QueryMatch::AnyOrder));
        assert!(!same_with(a, "https://h.example/a?x=1&y=2&y=2", QueryMatch::AnyOrder));
        assert!(same_with(a, "https://h.example/a", QueryMatch::Ignore));
        assert!(!same_with(a, "https://h.example/b?x=1&y=2", QueryMatch::Ignore));
        assert!(!same_with(a, "http://h.example/a?x=1&y=2", QueryMatch::Ignore));
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
