//! The one error type of the crate.

use std::time::Duration;

/// What went wrong with a Gong request.
///
/// Every variant says what the caller can do about it: fix the input, wait,
/// reconnect, grant a scope, or retry later. Nothing here ever contains a
/// secret (keys, tokens, client secrets).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[non_exhaustive]
    /// Gong answered with an error status.
    #[error("Gong answered {status} to {operation}{}: {}{}", request_id_suffix(.request_id), join(.messages), user_facing_suffix(.details))]
    Api {
        /// HTTP status.
        status: u16,
        /// Operation name (Gong's operationId, or `raw` for raw requests).
        operation: String,
        /// Gong's `requestId`, for Gong support.
        request_id: Option<String>,
        /// Gong's `errors` messages.
        messages: Vec<String>,
        /// Every other field of Gong's error body (`userFacingError`, ...).
        details: ErrorDetails,
    },
    #[non_exhaustive]
    /// The endpoint is in Gong's "limited release" (403): the company must ask
    /// Gong (its CSM) to open it. Recognized by a 403 whose message mentions
    /// "limited release" (any case), as Gong's meetings and engagement
    /// endpoints answer.
    #[error("{operation} is in Gong's limited release; ask Gong to enable it for the company{}: {}{}", request_id_suffix(.request_id), join(.messages), user_facing_suffix(.details))]
    LimitedRelease {
        /// Operation name.
        operation: String,
        /// Gong's `requestId`.
        request_id: Option<String>,
        /// Gong's `errors` messages.
        messages: Vec<String>,
        /// Every other field of Gong's error body.
        details: ErrorDetails,
    },
    #[non_exhaustive]
    /// The meetings API answered 409 because the user's calendar provider
    /// is disconnected from Gong: the user must connect it again. Recognized
    /// by a 409 to a meetings operation (`/v2/meetings...`) whose message
    /// mentions "disconnect" (any case); Gong's `userFacingError` says what
    /// to tell the user.
    #[error("the calendar provider is disconnected for {operation} (409){}: {}{}", request_id_suffix(.request_id), join(.messages), user_facing_suffix(.details))]
    ProviderDisconnected {
        /// Operation name.
        operation: String,
        /// Gong's `requestId`.
        request_id: Option<String>,
        /// Gong's `errors` messages.
        messages: Vec<String>,
        /// Every other field of Gong's error body (`userFacingError`, ...).
        details: ErrorDetails,
    },
    #[non_exhaustive]
    /// Gong answered 429: after every allowed retry, or with a
    /// `Retry-After` longer than the retry cap
    /// ([`crate::retry::RetryPolicy::max_retry_after`]), which fails at
    /// once. A shared quota keeps such a long refusal (see
    /// [`crate::quota::QuotaSettings::max_hold`]) and every worker of it
    /// gets this error, without a request, until Gong's time has passed.
    #[error("rate limited by Gong{}", next_try(.retry_after, .retry_at))]
    RateLimited {
        /// How long Gong asked to wait, when it said.
        retry_after: Option<Duration>,
        /// When Gong allows the next try (this machine's clock), when it
        /// said and the time can be told.
        retry_at: Option<std::time::SystemTime>,
        /// Gong's `requestId`.
        request_id: Option<String>,
    },
    #[non_exhaustive]
    /// An answer's body was longer than the client's limit
    /// ([`crate::ClientBuilder::max_body_bytes`]); reading stopped at the
    /// limit, before more memory was taken.
    #[error("the answer to {operation} is larger than the limit of {} ({limit} bytes); reading stopped there (raise the body limit if this answer is genuine)", crate::body::human_size(*.limit))]
    BodyTooLarge {
        /// What was read: the operation, or the OAuth token endpoint.
        operation: String,
        /// The limit, in bytes.
        limit: u64,
    },
    #[non_exhaustive]
    /// A successful answer holds more records in one of its top-level lists
    /// than the limit ([`crate::ClientBuilder::max_page_records`]); it was
    /// refused before decoding. Gong's pages hold 100 records: this is a
    /// broken or hostile answer, not a page to decode.
    #[error("the answer to {operation} lists more than {limit} records in `{}`; it was refused before decoding (Gong's pages hold 100; raise the record limit if this answer is genuine)", printable(.field))]
    TooManyRecords {
        /// The operation.
        operation: String,
        /// The top-level field holding the list.
        field: String,
        /// The limit.
        limit: usize,
    },
    /// The credentials were refused, lack a scope, or must be renewed by a person.
    #[error(transparent)]
    Auth(#[from] AuthError),
    #[non_exhaustive]
    /// Input was refused before anything was sent.
    #[error("invalid {field}: {rule}")]
    InvalidInput {
        /// The input field, as the connector names it (for example `callId`).
        field: String,
        /// The rule it broke.
        rule: String,
    },
    /// The request could not be sent or its answer not read.
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    #[non_exhaustive]
    /// Gong's answer did not decode into the expected type.
    ///
    /// Generated answer types accept what Gong is known to send (numbers
    /// as strings, nulls, unknown fields and enum values, offsets and epoch
    /// seconds), so this is rare; when it happens, `body` keeps the answer
    /// as received so that a caller can carry on with the raw JSON.
    #[error("could not decode Gong's answer at `{path}`: {message}")]
    Decode {
        /// JSON path of the value that failed (`.` is the root), for example
        /// `calls[3].metaData.duration`.
        path: String,
        /// What was wrong there.
        message: String,
        /// The answer's body as received, when the failure was in a body
        /// the client read (at most the client's body limit,
        /// [`crate::ClientBuilder::max_body_bytes`], since every answer is
        /// read through it). Its `Debug` shows only its length.
        body: Option<RawBody>,
    },
    #[non_exhaustive]
    /// The client's daily request budget is spent.
    #[error("daily request budget of {limit} requests is spent; it renews {}", .renews_in.map(|d| format!("in {} s", d.as_secs())).unwrap_or_else(|| "tomorrow".into()))]
    BudgetSpent {
        /// The budget.
        limit: u32,
        /// Time until the budget renews, when known.
        renews_in: Option<Duration>,
    },
    #[non_exhaustive]
    /// A request made no progress for its idle time (an upload the server
    /// stopped reading, or an answer that never came) and was given up.
    #[error("{operation} made no progress for {} s and was given up", .idle.as_secs_f64())]
    Timeout {
        /// Operation name.
        operation: String,
        /// The idle time that passed without progress.
        idle: Duration,
    },
    /// Paging went wrong: a cursor repeated, or Gong no longer accepts it.
    #[error(transparent)]
    Paging(#[from] PagingError),
    #[non_exhaustive]
    /// A local file or token store failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
}

/// Authentication and authorization failures.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    #[non_exhaustive]
    /// Gong refused the credentials (401): wrong key, revoked or expired token,
    /// or a Bearer token sent to the wrong tenant host. For OAuth, a 401
    /// that persists after a refresh, on an operation whose scope the token
    /// was granted.
    #[error("Gong refused the credentials (401){}", request_id_suffix(.request_id))]
    BadCredentials {
        /// Gong's `requestId`.
        request_id: Option<String>,
        /// Gong's messages.
        messages: Vec<String>,
        /// Every other field of Gong's error body.
        details: ErrorDetails,
    },
    #[non_exhaustive]
    /// The credentials lack the operation's OAuth scope or permission.
    ///
    /// For OAuth: a 401 that persists after a successful refresh, or a 403,
    /// on an operation whose scope (from the API document) the token was not
    /// granted (the token answer's `scope`). Gong documents 401 for a
    /// missing scope; a 403 is handled the same way. For an API key (which
    /// carries no scope information): any 403 but a limited release.
    #[error("missing permission or scope for {operation} ({status}){}{}{}", needs_text(.scope, .needs, .granted.is_some()), .granted.as_ref().map(|g| format!("; the token was granted `{g}`")).unwrap_or_default(), request_id_suffix(.request_id))]
    MissingScope {
        /// Operation name.
        operation: String,
        /// The scope missing: with the token's granted scopes known, the
        /// first scope the request needed that the token lacks; otherwise
        /// the operation's own scope (from the API document), when known.
        scope: Option<&'static str>,
        /// Every scope the request needed: the operation's own and those its
        /// body asked for (`POST /v2/calls/extensive` with media also needs
        /// `api:calls:read:media-url`).
        needs: Vec<&'static str>,
        /// The scopes the OAuth token was granted (space-separated), when known.
        granted: Option<Box<str>>,
        /// The status Gong answered (401 or 403).
        status: u16,
        /// Gong's `requestId`.
        request_id: Option<String>,
        /// Gong's messages.
        messages: Vec<String>,
        /// Every other field of Gong's error body.
        details: ErrorDetails,
    },
    #[non_exhaustive]
    /// An OAuth token that holds the operation's scope was refused (403):
    /// the authorizing user or the company lacks a permission Gong checks
    /// besides scopes.
    #[error("Gong refused {operation} (403) though the token has its scope{}: {}", request_id_suffix(.request_id), join(.messages))]
    Forbidden {
        /// Operation name.
        operation: String,
        /// Gong's `requestId`.
        request_id: Option<String>,
        /// Gong's messages.
        messages: Vec<String>,
        /// Every other field of Gong's error body.
        details: ErrorDetails,
    },
    #[non_exhaustive]
    /// The OAuth grant is gone (`invalid_grant`): a person must authorize the app again.
    #[error("the OAuth connection must be authorized again ({reason})")]
    ReconnectRequired {
        /// What the token endpoint said.
        reason: String,
    },
    #[non_exhaustive]
    /// The token endpoint named an `api_base_url_for_customer` that is not
    /// https on a Gong host (or a stored token set holds one): the tokens
    /// would go there, so nothing was used or saved. See
    /// [`crate::auth::OAuthConfig::with_tenant_hosts`].
    #[error(
        "refused the tenant URL {url} named with the OAuth tokens: {rule}; no token goes there and nothing was saved"
    )]
    TenantUrlRefused {
        /// The URL, without user info, query or fragment.
        url: String,
        /// The rule it broke.
        rule: String,
    },
    #[non_exhaustive]
    /// The OAuth token endpoint failed in another way.
    #[error("OAuth token endpoint answered {status}: {message}")]
    TokenEndpoint {
        /// HTTP status.
        status: u16,
        /// The endpoint's error text (never a token).
        message: String,
    },
}

/// Paging failures.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PagingError {
    #[non_exhaustive]
    /// Gong returned a cursor already used in this listing; following it would loop.
    #[error("Gong repeated cursor number {page} of {operation}: stopping instead of looping")]
    RepeatedCursor {
        /// Operation name.
        operation: String,
        /// 1-based index of the page whose cursor repeated.
        page: usize,
    },
    #[non_exhaustive]
    /// Gong no longer accepts the cursor (cursors expire; never keep them across runs).
    #[error("the cursor of {operation} expired or is invalid: start the listing again ({message})")]
    CursorExpired {
        /// Operation name.
        operation: String,
        /// Gong's message.
        message: String,
    },
}

/// The fields of Gong's error body other than `requestId` and `errors`,
/// kept as Gong sent them: `userFacingError` (the meetings API's text for
/// the end user) and any field Gong adds later.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ErrorDetails(Option<Box<serde_json::Map<String, serde_json::Value>>>);

impl ErrorDetails {
    /// At most this many fields are kept (a hostile body cannot grow it).
    pub const MAX_FIELDS: usize = 64;

    /// The fields of a JSON error body other than `requestId` and `errors`.
    pub fn from_body(body: &serde_json::Value) -> Self {
        let Some(map) = body.as_object() else {
            return ErrorDetails::default();
        };
        let kept: serde_json::Map<_, _> = map
            .iter()
            .filter(|(k, _)| k.as_str() != "requestId" && k.as_str() != "errors")
            .take(Self::MAX_FIELDS)
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if kept.is_empty() {
            ErrorDetails::default()
        } else {
            ErrorDetails(Some(Box::new(kept)))
        }
    }

    /// Gong's `userFacingError`, when the body has one as text.
    pub fn user_facing_error(&self) -> Option<&str> {
        self.get("userFacingError").and_then(|v| v.as_str())
    }

    /// A field by its name in Gong's body.
    pub fn get(&self, field: &str) -> Option<&serde_json::Value> {
        self.0.as_ref().and_then(|m| m.get(field))
    }

    /// Every kept field, by name.
    pub fn fields(&self) -> impl Iterator<Item = (&str, &serde_json::Value)> {
        self.0.iter().flat_map(|m| m.iter().map(|(k, v)| (k.as_str(), v)))
    }

    /// True when the body had no other field.
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }
}

/// "; Gong allows the next try in 120 s (at 2026-05-01T10:00:00Z)".
fn next_try(after: &Option<Duration>, at: &Option<std::time::SystemTime>) -> String {
    let Some(after) = after else {
        return String::new();
    };
    let at = at
        .and_then(crate::clock::rfc3339)
        .map(|t| format!(" (at {t})"))
        .unwrap_or_default();
    format!("; Gong allows the next try in {} s{at}", after.as_secs())
}

fn request_id_suffix(id: &Option<String>) -> String {
    id.as_ref()
        .map(|id| format!(" (requestId {})", printable(id)))
        .unwrap_or_default()
}

fn join(messages: &[String]) -> String {
    if messages.is_empty() {
        "no message".into()
    } else {
        printable(&messages.join("; "))
    }
}

fn user_facing_suffix(details: &ErrorDetails) -> String {
    details
        .user_facing_error()
        .map(|u| format!(" (for the user: {})", printable(u)))
        .unwrap_or_default()
}

/// Gong's text with control characters replaced, fit for a terminal.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// What [`AuthError::MissingScope`] says of the scopes: the missing one when
/// the token's scopes are known, else every scope the request needed.
fn needs_text(scope: &Option<&'static str>, needs: &[&'static str], granted_known: bool) -> String {
    match (scope, needs) {
        (Some(s), _) if granted_known || needs.len() <= 1 => format!("; it needs `{s}`"),
        (_, []) => String::new(),
        (_, all) => format!(
            "; it needs {}",
            all.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(" and ")
        ),
    }
}

impl Error {
    /// Builds an [`Error::InvalidInput`].
    pub fn invalid(field: impl Into<String>, rule: impl Into<String>) -> Self {
        Error::InvalidInput {
            field: field.into(),
            rule: rule.into(),
        }
    }

    /// Builds an [`Error::Io`]: a local file, socket or store failed while
    /// `context` (what was being done, naming the path) (for quota backends
    /// and tools built on the crate).
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// Builds an [`Error::Decode`] without a body: a value at `path` (a JSON
    /// path such as `calls[3].metaData.id`) is not what `message` says it
    /// must be (for tools built on the crate that read Gong's JSON
    /// themselves, such as `gong-sync`).
    pub fn decode(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Decode {
            path: path.into(),
            message: message.into(),
            body: None,
        }
    }

    /// An [`Error::RateLimited`] for a wait of `retry_after` from now.
    pub(crate) fn rate_limited(retry_after: Option<Duration>, request_id: Option<String>) -> Self {
        Error::RateLimited {
            retry_after,
            retry_at: retry_after.and_then(|d| std::time::SystemTime::now().checked_add(d)),
            request_id,
        }
    }

    /// HTTP status of a Gong answer, when the error is one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. } => Some(*status),
            Error::RateLimited { .. } => Some(429),
            Error::LimitedRelease { .. } => Some(403),
            Error::ProviderDisconnected { .. } => Some(409),
            Error::Auth(AuthError::BadCredentials { .. }) => Some(401),
            Error::Auth(AuthError::MissingScope { status, .. }) => Some(*status),
            Error::Auth(AuthError::Forbidden { .. }) => Some(403),
            _ => None,
        }
    }

    /// Gong's `requestId` of the answer, when the error is one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api { request_id, .. }
            | Error::RateLimited { request_id, .. }
            | Error::LimitedRelease { request_id, .. }
            | Error::ProviderDisconnected { request_id, .. }
            | Error::Auth(
                AuthError::BadCredentials { request_id, .. }
                | AuthError::MissingScope { request_id, .. }
                | AuthError::Forbidden { request_id, .. },
            ) => request_id.as_deref(),
            _ => None,
        }
    }

    /// The fields of Gong's error body besides `requestId` and `errors`
    /// (`userFacingError`, ...), when the error is an answer of Gong's.
    pub fn details(&self) -> Option<&ErrorDetails> {
        match self {
            Error::Api { details, .. }
            | Error::LimitedRelease { details, .. }
            | Error::ProviderDisconnected { details, .. }
            | Error::Auth(
                AuthError::BadCredentials { details, .. }
                | AuthError::MissingScope { details, .. }
                | AuthError::Forbidden { details, .. },
            ) => Some(details),
            _ => None,
        }
    }

    /// Gong's `userFacingError`, when its error body had one.
    pub fn user_facing_error(&self) -> Option<&str> {
        self.details().and_then(ErrorDetails::user_facing_error)
    }

    /// True for Gong's "no ... found" answer to a list request, which means
    /// an empty result rather than a failure.
    pub fn is_empty_result(&self) -> bool {
        match self {
            Error::Api {
                status: 404, messages, ..
            } => messages.iter().any(|m| {
                let m = m.to_ascii_lowercase();
                m.starts_with("no ") && m.contains("found")
            }),
            _ => false,
        }
    }
}

impl From<crate::InvalidGongId> for Error {
    /// A text that is not a Gong id, refused as invalid input.
    fn from(e: crate::InvalidGongId) -> Self {
        Error::invalid("id", e.to_string())
    }
}

/// Result with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An answer body as received, kept by [`Error::Decode`].
///
/// Cheap to clone (reference counted). Its `Debug` shows the length only:
/// the body is Gong's data and is never written to a log by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct RawBody(std::sync::Arc<[u8]>);

impl RawBody {
    /// Keeps `bytes`.
    pub fn new(bytes: impl Into<std::sync::Arc<[u8]>>) -> Self {
        RawBody(bytes.into())
    }

    /// The bytes as received.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The body parsed as untyped JSON, when it is JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.0).ok()
    }
}

impl std::fmt::Debug for RawBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RawBody({} bytes)", self.0.len())
    }
}
