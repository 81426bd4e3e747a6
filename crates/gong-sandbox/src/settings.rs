//! The sandbox's public settings and reports: what a [`SandboxBuilder`](super::SandboxBuilder)
//! takes (faults, rate enforcement, media storage, automation rules, limits)
//! and what a handle reports (statistics, stored media, webhook deliveries).
//! A leaf: it imports nothing else of the crate.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use gong_client::GongId;
use gong_client::error::{Error, Result};
use secrecy::SecretString;

/// How the sandbox enforces its rate limit. Gong does not document how it
/// enforces "3 requests per second", so the sandbox can play each plausible
/// answer; a client should pass all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RateEnforcement {
    /// A token bucket holding up to `rate` tokens, refilled at `rate` per
    /// second: bursts up to the rate pass.
    TokenBucket,
    /// At most `rate` requests in any one-second window of arrival times
    /// (the strictest; the default).
    #[default]
    SlidingWindow,
    /// At most `rate` requests in each fixed one-second window; the windows
    /// start at a phase drawn from the seed.
    FixedWindow,
}

impl RateEnforcement {
    /// Every model.
    pub const ALL: [RateEnforcement; 3] = [
        RateEnforcement::TokenBucket,
        RateEnforcement::SlidingWindow,
        RateEnforcement::FixedWindow,
    ];

    /// The model's name (`token-bucket`, `sliding-window`, `fixed-window`).
    pub fn name(self) -> &'static str {
        match self {
            RateEnforcement::TokenBucket => "token-bucket",
            RateEnforcement::SlidingWindow => "sliding-window",
            RateEnforcement::FixedWindow => "fixed-window",
        }
    }
}

impl std::str::FromStr for RateEnforcement {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        RateEnforcement::ALL
            .into_iter()
            .find(|m| m.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                Error::invalid(
                    "rateEnforcement",
                    "must be token-bucket, sliding-window or fixed-window",
                )
            })
    }
}

impl std::fmt::Display for RateEnforcement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Where a dropped connection is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DropPoint {
    /// The request is read, nothing is answered, the connection closes.
    /// Nothing happens at the tenant.
    #[default]
    BeforeResponse,
    /// The request is carried out, the status line, headers and part of
    /// the body are sent, then the connection closes.
    MidBody,
}

/// Faults injected into `/v2` requests. Each request gets a number; whether
/// it fails, and how, follows from the seed and that number, so a run with
/// the same seed and the same requests fails the same way.
///
/// Status faults and `BeforeResponse` drops happen before the request is
/// carried out, as a real gateway failure would.
#[derive(Debug, Clone, PartialEq)]
pub struct Faults {
    /// Probability of each injected status, for example
    /// `vec![(500, 0.10), (429, 0.05)]`. Probabilities add up (at most 1).
    pub statuses: Vec<(u16, f64)>,
    /// `Retry-After` of injected 429 and 503 answers.
    pub retry_after: Duration,
    /// Probability that a request's connection is dropped.
    pub drop_connection: f64,
    /// Where a dropped connection is cut.
    pub drop_point: DropPoint,
    /// Probability that a successful JSON answer is cut short (invalid JSON).
    pub malformed_json: f64,
    /// Probability that a page fetched with a cursor returns that same cursor.
    pub repeat_cursor: f64,
    /// Latency added to every `/v2` answer.
    pub latency: Duration,
    /// Up to this much more latency, drawn per request.
    pub latency_jitter: Duration,
    /// Up to this much delay, drawn per request, before a request reaches
    /// the rate limit: network jitter on the way in, which moves arrival
    /// times (the latencies above delay only the answer).
    pub arrival_jitter: Duration,
    /// The first `cut_uploads` media uploads lose their connection ...
    pub cut_uploads: u32,
    /// ... once this many bytes of their body have arrived.
    pub cut_upload_after: u64,
}

impl Default for Faults {
    fn default() -> Self {
        Faults::none()
    }
}

impl Faults {
    /// No faults.
    pub fn none() -> Self {
        Faults {
            statuses: Vec::new(),
            retry_after: Duration::from_secs(1),
            drop_connection: 0.0,
            drop_point: DropPoint::BeforeResponse,
            malformed_json: 0.0,
            repeat_cursor: 0.0,
            latency: Duration::ZERO,
            latency_jitter: Duration::ZERO,
            arrival_jitter: Duration::ZERO,
            cut_uploads: 0,
            cut_upload_after: 0,
        }
    }

    /// Adds an injected status with its probability.
    pub fn status(mut self, status: u16, probability: f64) -> Self {
        self.statuses.push((status, probability));
        self
    }

    /// Sets the probability and place of dropped connections.
    pub fn drops(mut self, probability: f64, point: DropPoint) -> Self {
        self.drop_connection = probability;
        self.drop_point = point;
        self
    }

    pub(crate) fn check(&self) -> Result<()> {
        let p = |v: f64| v.is_finite() && (0.0..=1.0).contains(&v);
        let total: f64 = self.statuses.iter().map(|(_, v)| v).sum::<f64>() + self.drop_connection;
        if !self.statuses.iter().all(|(s, v)| (400..=599).contains(s) && p(*v))
            || !p(self.drop_connection)
            || !p(self.malformed_json)
            || !p(self.repeat_cursor)
            || total > 1.0 + 1e-9
        {
            return Err(Error::invalid(
                "faults",
                "statuses must be 400-599 and every probability in [0, 1], statuses and drops adding up to at most 1",
            ));
        }
        Ok(())
    }
}

/// What happens to uploaded media.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum MediaStorage {
    /// Count and hash the bytes, keep nothing.
    #[default]
    Discard,
    /// Write each upload to a fresh directory under the system's temporary
    /// directory, removed when the sandbox stops.
    TempDir,
    /// Write each upload to this directory (kept).
    Dir(PathBuf),
}

/// An automation rule: when a call gets its media, the sandbox POSTs
/// `{"callData": <the call as in /v2/calls/extensive>, "isTest": false}` to
/// the rule's URL with an RS256 JWT in `Authorization` (claims
/// `body_sha256`, `webhook_url`, `exp`), as Gong's signed-JWT rules do.
#[derive(Clone)]
pub struct WebhookRule {
    pub(crate) name: String,
    pub(crate) url: String,
    pub(crate) private_key_pem: SecretString,
}

impl WebhookRule {
    /// A signed-JWT rule posting to `url`, signing with an RSA private key
    /// (PKCS#8 or PKCS#1 PEM; see `webhook::test_util::generate_key_pair`).
    pub fn signed_jwt(name: impl Into<String>, url: impl Into<String>, private_key_pem: impl Into<String>) -> Self {
        WebhookRule {
            name: name.into(),
            url: url.into(),
            private_key_pem: SecretString::from(private_key_pem.into()),
        }
    }

    /// The rule's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The URL deliveries go to.
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl std::fmt::Debug for WebhookRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookRule")
            .field("name", &self.name)
            .field("url", &self.url)
            .field("private_key_pem", &"[redacted]")
            .finish()
    }
}

/// Counters of what the sandbox saw and did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SandboxStats {
    /// `/v2` requests received (every attempt counts).
    pub requests: u64,
    /// Answers by HTTP status, injected ones included (OAuth endpoints too).
    pub statuses: BTreeMap<u16, u64>,
    /// Injected error statuses.
    pub injected_statuses: u64,
    /// Connections dropped before any answer.
    pub dropped_connections: u64,
    /// Answers cut off in the middle of the body.
    pub truncated_bodies: u64,
    /// Answers sent with invalid JSON.
    pub malformed_bodies: u64,
    /// Pages that returned the cursor they were sent.
    pub repeated_cursors: u64,
    /// Media uploads cut off mid-stream.
    pub cut_uploads: u64,
    /// 429 answers of the rate limit (not injected ones).
    pub rate_limited: u64,
    /// 401 answers to `/v2` requests for missing, wrong or expired
    /// credentials (a missing scope counts in `missing_scope`).
    pub unauthorized: u64,
    /// Refusals (401 or 403, see [`MissingScopeStatus`]) of Bearer requests
    /// whose token lacks the operation's scope.
    pub missing_scope: u64,
    /// Bearer tokens refused because they had expired.
    pub expired_tokens: u64,
    /// Authorization codes issued by `/oauth2/authorize`.
    pub codes_issued: u64,
    /// Successful code exchanges.
    pub code_exchanges: u64,
    /// Successful refreshes.
    pub token_refreshes: u64,
    /// `invalid_grant` answers of the token endpoint (any cause).
    pub invalid_grants: u64,
    /// Refresh tokens presented again after they were used.
    pub refresh_token_reuses: u64,
    /// Completed media uploads.
    pub media_uploads: u64,
    /// Webhook deliveries answered with a 2xx.
    pub webhook_deliveries: u64,
    /// Webhook deliveries that failed (error status or no connection).
    pub webhook_failures: u64,
}

/// Media the sandbox received for a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMedia {
    /// The call.
    pub call_id: GongId,
    /// Size in bytes.
    pub bytes: u64,
    /// Lowercase hex SHA-256 of the bytes.
    pub sha256_hex: String,
    /// The part's file name.
    pub file_name: Option<String>,
    /// The part's content type.
    pub content_type: Option<String>,
    /// Where the bytes are, unless they were discarded.
    pub path: Option<PathBuf>,
}

/// One webhook delivery attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookDelivery {
    /// The rule's name.
    pub rule: String,
    /// The call it was about.
    pub call_id: GongId,
    /// The status the receiver answered, if it answered.
    pub status: Option<u16>,
    /// Why it failed, when it did not get an answer.
    pub error: Option<String>,
}

/// A company user of the sandbox tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxUser {
    /// Gong user id.
    pub id: GongId,
    /// Email address.
    pub email: String,
    /// Full name.
    pub name: String,
}

/// A customer contact (CRM) of the sandbox tenant: people who appear as
/// outside parties on calls, in emails and in the data-privacy endpoints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxContact {
    /// Email address.
    pub email: String,
    /// Phone number, as stored (`+1 425 555 0123`).
    pub phone: Option<String>,
    /// Full name.
    pub name: String,
}

/// How the sandbox refuses a Bearer request whose token lacks the
/// operation's scope. Gong's reference lists 401 ("Access denied") for
/// most operations and other integrations see 401 for a missing scope; 403
/// is the other answer a client must handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MissingScopeStatus {
    /// 401 "Access denied" (the default, as Gong documents).
    #[default]
    Unauthorized,
    /// 403 naming the missing scope.
    Forbidden,
}

impl MissingScopeStatus {
    /// The HTTP status.
    pub fn status(self) -> u16 {
        match self {
            MissingScopeStatus::Unauthorized => 401,
            MissingScopeStatus::Forbidden => 403,
        }
    }
}

impl std::str::FromStr for MissingScopeStatus {
    type Err = Error;

    /// `401` or `403`.
    fn from_str(s: &str) -> Result<Self> {
        match s.trim() {
            "401" => Ok(MissingScopeStatus::Unauthorized),
            "403" => Ok(MissingScopeStatus::Forbidden),
            _ => Err(Error::invalid("missingScopeStatus", "must be 401 or 403")),
        }
    }
}

/// How the sandbox's HTTP server bounds its clients (see
/// [`SandboxBuilder::connection_limits`](super::SandboxBuilder::connection_limits)).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ConnectionLimits {
    /// Most connections open at once (default 512). At the cap, a new
    /// connection evicts the oldest one that has not sent a whole request.
    pub max_connections: usize,
    /// Time a client has to send a request's headers, also the longest idle
    /// time between requests on a kept-alive connection (default 60 s).
    pub header_timeout: Duration,
    /// Longest pause while a request body arrives (default 60 s).
    pub body_idle_timeout: Duration,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            max_connections: 512,
            header_timeout: Duration::from_secs(60),
            body_idle_timeout: Duration::from_secs(60),
        }
    }
}
