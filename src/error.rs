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
    /// Gong answered with an error status.
    #[error("Gong answered {status} to {operation}{}: {}", request_id_suffix(.request_id), join(.messages))]
    Api {
        /// HTTP status.
        status: u16,
        /// Operation name (Gong's operationId, or `raw` for raw requests).
        operation: String,
        /// Gong's `requestId`, for Gong support.
        request_id: Option<String>,
        /// Gong's `errors` messages.
        messages: Vec<String>,
    },
    /// Gong kept answering 429 after every allowed retry.
    #[error("rate limited by Gong{}", .retry_after.map(|d| format!("; retry after {} s", d.as_secs())).unwrap_or_default())]
    RateLimited {
        /// How long Gong asked to wait, when it said.
        retry_after: Option<Duration>,
        /// Gong's `requestId`.
        request_id: Option<String>,
    },
    /// The credentials were refused, lack a scope, or must be renewed by a person.
    #[error(transparent)]
    Auth(#[from] AuthError),
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
    /// Gong's answer did not decode into the expected type.
    #[error("could not decode Gong's answer at `{path}`: {message}")]
    Decode {
        /// JSON path of the first value that failed (`.` is the root).
        path: String,
        /// What was wrong there.
        message: String,
    },
    /// The client's daily request budget is spent.
    #[error("daily request budget of {limit} requests is spent; it renews {}", .renews_in.map(|d| format!("in {} s", d.as_secs())).unwrap_or_else(|| "tomorrow".into()))]
    BudgetSpent {
        /// The budget.
        limit: u32,
        /// Time until the budget renews, when known.
        renews_in: Option<Duration>,
    },
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
    /// Gong refused the credentials (401): wrong key, revoked or expired token,
    /// or a Bearer token sent to the wrong tenant host.
    #[error("Gong refused the credentials (401){}", request_id_suffix(.request_id))]
    BadCredentials {
        /// Gong's `requestId`.
        request_id: Option<String>,
        /// Gong's messages.
        messages: Vec<String>,
    },
    /// The credentials are valid but lack the permission or OAuth scope (403).
    #[error("missing permission or scope for {operation} (403){}{}", .scope.as_ref().map(|s| format!("; it needs `{s}`")).unwrap_or_default(), request_id_suffix(.request_id))]
    MissingScope {
        /// Operation name.
        operation: String,
        /// The scope the operation needs, when known.
        scope: Option<String>,
        /// Gong's `requestId`.
        request_id: Option<String>,
    },
    /// The OAuth grant is gone (`invalid_grant`): a person must authorize the app again.
    #[error("the OAuth connection must be authorized again ({reason})")]
    ReconnectRequired {
        /// What the token endpoint said.
        reason: String,
    },
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
    /// Gong returned a cursor already used in this listing; following it would loop.
    #[error("Gong repeated cursor number {page} of {operation}: stopping instead of looping")]
    RepeatedCursor {
        /// Operation name.
        operation: String,
        /// 1-based index of the page whose cursor repeated.
        page: usize,
    },
    /// Gong no longer accepts the cursor (cursors expire; never keep them across runs).
    #[error("the cursor of {operation} expired or is invalid: start the listing again ({message})")]
    CursorExpired {
        /// Operation name.
        operation: String,
        /// Gong's message.
        message: String,
    },
}

fn request_id_suffix(id: &Option<String>) -> String {
    id.as_ref().map(|id| format!(" (requestId {id})")).unwrap_or_default()
}

fn join(messages: &[String]) -> String {
    if messages.is_empty() {
        "no message".into()
    } else {
        messages.join("; ")
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

    /// HTTP status of a Gong answer, when the error is one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. } => Some(*status),
            Error::RateLimited { .. } => Some(429),
            Error::Auth(AuthError::BadCredentials { .. }) => Some(401),
            Error::Auth(AuthError::MissingScope { .. }) => Some(403),
            _ => None,
        }
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
