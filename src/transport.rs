//! The one path every request takes: auth, pacing, budget, retries, tracing.
//!
//! Generated operations reach it through progenitor's `ClientHooks::exec`;
//! handwritten ones (media upload, raw requests, OAuth-aware paging) call
//! [`Transport::execute`] directly. Either way the same code runs.

use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use reqwest::header::{AUTHORIZATION, RETRY_AFTER};
use reqwest::{Request, Response, StatusCode, Url};
use secrecy::SecretString;
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::api::operations::Operation;
use crate::auth::{ApiKey, OAuthSession};
use crate::error::{AuthError, Error, ErrorDetails, Result};
use crate::quota::{Counters, Quota, Stats};
use crate::retry::{Decision, Idempotency, Outcome, RetryBudget, RetryPolicy, decide};

/// How requests are authenticated.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Auth {
    /// HTTP Basic with an access key and secret.
    ApiKey(ApiKey),
    /// OAuth 2.0 Bearer tokens, refreshed as needed.
    OAuth(Arc<OAuthSession>),
    /// No credentials (local tools, tests of unauthenticated paths).
    None,
}

/// What the transport needs to know about one request.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RequestMeta {
    /// Operation name for errors, logs and scopes.
    pub operation: String,
    /// Whether repeating it is safe.
    pub idempotency: Idempotency,
    /// Retry settings for this request.
    pub policy: RetryPolicy,
    /// Log the request (with secrets redacted) at debug level.
    pub debug: bool,
    /// When an attempt is given up for taking too long.
    pub deadline: Deadline,
}

impl RequestMeta {
    /// Metadata for a request named `operation`: no debug log, the client's
    /// whole-request timeout.
    pub fn new(operation: impl Into<String>, idempotency: Idempotency, policy: RetryPolicy) -> Self {
        RequestMeta {
            operation: operation.into(),
            idempotency,
            policy,
            debug: false,
            deadline: Deadline::ClientTimeout,
        }
    }

    /// Logs the request (secrets redacted) at debug level.
    pub fn with_debug(mut self, debug: bool) -> Self {
        self.debug = debug;
        self
    }

    /// Sets when an attempt is given up for taking too long.
    pub fn with_deadline(mut self, deadline: Deadline) -> Self {
        self.deadline = deadline;
        self
    }
}

/// When an attempt is given up for taking too long.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub enum Deadline {
    /// The client's whole-request timeout ([`crate::ClientBuilder::timeout`]).
    #[default]
    ClientTimeout,
    /// No whole-request deadline: the attempt fails with [`Error::Timeout`]
    /// once it makes no progress (see [`Activity`]) for this long. For
    /// uploads, whose length depends on the file and the network.
    Idle {
        /// How long without progress is too long.
        idle: Duration,
        /// Where the request's body reports progress.
        activity: Activity,
    },
}

/// When a request last made progress (a chunk of its body went out), on
/// tokio's clock. Clones share one record.
#[derive(Debug, Clone)]
pub struct Activity {
    epoch: tokio::time::Instant,
    last_micros: Arc<std::sync::atomic::AtomicU64>,
}

impl Default for Activity {
    fn default() -> Self {
        Activity {
            epoch: tokio::time::Instant::now(),
            last_micros: Arc::default(),
        }
    }
}

impl Activity {
    /// Records progress now.
    pub fn touch(&self) {
        let now = self.epoch.elapsed().as_micros() as u64;
        self.last_micros.fetch_max(now, std::sync::atomic::Ordering::Relaxed);
    }

    fn last(&self) -> tokio::time::Instant {
        self.epoch + Duration::from_micros(self.last_micros.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// Resolves once there has been no progress for `idle`.
    async fn stalled(&self, idle: Duration) {
        loop {
            let deadline = self.last() + idle;
            if tokio::time::Instant::now() >= deadline {
                return;
            }
            tokio::time::sleep_until(deadline).await;
        }
    }
}

/// New slots a request takes at most after waking late for its own.
const MAX_RESLOTS: usize = 3;

/// Shared state of a client and all its clones. Cloning is cheap.
#[derive(Clone)]
pub struct Transport {
    inner: Arc<Shared>,
}

struct Shared {
    http: reqwest::Client,
    base_url: RwLock<Url>,
    auth: Auth,
    quota: Arc<dyn Quota>,
    timeout: Option<Duration>,
    upload_idle_timeout: Duration,
    retry: RetryPolicy,
    retry_budget: RetryBudget,
    /// Longest answer body read (`ClientBuilder::max_body_bytes`).
    max_body_bytes: u64,
    /// Most records in a top-level list of an answer (`ClientBuilder::max_page_records`).
    max_page_records: usize,
    /// Shared with OAuth refreshes that finish after their request is gone.
    counters: Arc<Counters>,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("base_url", &self.base_url().as_str())
            .field("auth", &self.inner.auth)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

/// An error the transport hands back through progenitor's hook, which can
/// only return HTTP responses: it rides in the extensions of an internal
/// response that only `send_unmapped` (crate-private) ever sees; the
/// generated public `send` takes it out again in [`finish`].
#[derive(Clone)]
struct Stashed(Arc<std::sync::Mutex<Option<Error>>>);

/// Status of the internal response that carries a [`Stashed`] error: not a
/// status the document lists, so progenitor hands the response back
/// untouched as `UnexpectedResponse`.
const STASHED_STATUS: u16 = 599;

pub(crate) struct Parts {
    pub http: reqwest::Client,
    pub base_url: Url,
    pub auth: Auth,
    pub quota: Arc<dyn Quota>,
    pub timeout: Option<Duration>,
    pub upload_idle_timeout: Duration,
    pub retry: RetryPolicy,
    pub max_body_bytes: u64,
    pub max_page_records: usize,
}

impl Transport {
    pub(crate) fn new(p: Parts) -> Self {
        Transport {
            inner: Arc::new(Shared {
                http: p.http,
                base_url: RwLock::new(p.base_url),
                auth: p.auth,
                quota: p.quota,
                timeout: p.timeout,
                upload_idle_timeout: p.upload_idle_timeout,
                retry: p.retry,
                retry_budget: RetryBudget::default(),
                max_body_bytes: p.max_body_bytes,
                max_page_records: p.max_page_records,
                counters: Arc::new(Counters::default()),
            }),
        }
    }

    /// The API base URL requests go to now (the tenant's URL after an OAuth exchange).
    pub fn base_url(&self) -> Url {
        self.inner.base_url.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The absolute URL of an API path (`/v2/...`) under the current base URL.
    pub fn url(&self, path: &str) -> Result<Url> {
        let base = self.base_url();
        let joined = format!(
            "{}/{}",
            base.as_str().trim_end_matches('/'),
            path.trim_start_matches('/')
        );
        Url::parse(&joined).map_err(|e| Error::invalid("url", format!("{path:?} does not make a valid URL ({e})")))
    }

    pub(crate) fn set_base_url(&self, url: Url) {
        *self.inner.base_url.write().unwrap_or_else(|p| p.into_inner()) = url;
    }

    /// The underlying HTTP client.
    pub fn http(&self) -> &reqwest::Client {
        &self.inner.http
    }

    /// The connection.
    pub fn auth(&self) -> &Auth {
        &self.inner.auth
    }

    /// The default retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// Counters of requests, retries, 429s and refreshes.
    pub fn stats(&self) -> Stats {
        self.inner.counters.snapshot()
    }

    pub(crate) fn counters(&self) -> &Arc<Counters> {
        &self.inner.counters
    }

    /// The quota (pacing and daily budget) every request goes through.
    pub fn quota(&self) -> &Arc<dyn Quota> {
        &self.inner.quota
    }

    /// Metadata for one operation of the document: its operationId names it
    /// in errors and logs, its idempotency decides retries.
    pub(crate) fn meta_for(&self, operation: &Operation) -> RequestMeta {
        RequestMeta {
            operation: operation.id.to_owned(),
            // From the table's `x-gong-idempotency` (xtask/src/table.rs).
            idempotency: operation.idempotency,
            policy: self.inner.retry.clone(),
            debug: false,
            deadline: Deadline::ClientTimeout,
        }
    }

    /// The longest answer body the client reads, in bytes.
    pub fn max_body_bytes(&self) -> u64 {
        self.inner.max_body_bytes
    }

    /// How long an upload may make no progress before it fails.
    pub fn upload_idle_timeout(&self) -> Duration {
        self.inner.upload_idle_timeout
    }

    /// True when `url` is on the API host, the only host credentials go to.
    fn is_api_url(&self, url: &Url, base: &Url) -> bool {
        url.scheme() == base.scheme()
            && url.host_str() == base.host_str()
            && url.port_or_known_default() == base.port_or_known_default()
    }

    /// Re-targets a request built for an old base URL (the OAuth tenant URL
    /// arrives with the tokens), keeping path and query.
    fn retarget(request: &mut Request, from: &Url, to: &Url) {
        if from == to {
            return;
        }
        let url = request.url().as_str();
        if let Some(rest) = url.strip_prefix(from.as_str().trim_end_matches('/'))
            && let Ok(new) = Url::parse(&format!("{}{rest}", to.as_str().trim_end_matches('/')))
        {
            *request.url_mut() = new;
        }
    }

    /// Adds credentials, for the API host only. Returns the Bearer token used.
    async fn authorize(&self, request: &mut Request) -> Result<Option<Bearer>> {
        let base = self.base_url();
        match &self.inner.auth {
            Auth::None => Ok(None),
            Auth::ApiKey(key) => {
                if self.is_api_url(request.url(), &base) {
                    request.headers_mut().insert(AUTHORIZATION, key.header());
                }
                Ok(None)
            }
            Auth::OAuth(session) => {
                if !self.is_api_url(request.url(), &base) {
                    return Ok(None);
                }
                let access = session.access(&self.inner.http, &self.inner.counters).await?;
                self.adopt_base(request, &base, access.base_url.as_deref());
                request.headers_mut().insert(AUTHORIZATION, access.header);
                Ok(Some(Bearer {
                    token: access.token,
                    scope: access.scope,
                }))
            }
        }
    }

    fn adopt_base(&self, request: &mut Request, base: &Url, tenant: Option<&str>) {
        if let Some(tenant) = tenant.and_then(|t| Url::parse(t).ok()) {
            if &tenant != base {
                self.set_base_url(tenant.clone());
            }
            Self::retarget(request, base, &tenant);
        }
    }

    /// Spends one request of the quota and waits for its slot. A wait that
    /// ends late (a busy process or machine) gives the slot up and takes a
    /// new one: sent late, the request could share a window with one reserved
    /// after it. Late means more than half the pacing margin; with no margin
    /// (exact spacing, chosen by the user) a slot is always kept.
    async fn wait_for_slot(&self) -> Result<()> {
        let quota = &self.inner.quota;
        let tolerance = quota.settings().margin / 2;
        let mut wait = quota.reserve().await?;
        crate::clock::announce_wait("the request pacing of the quota (Gong's rate limit)", wait);
        let reslots = if tolerance.is_zero() { 0 } else { MAX_RESLOTS };
        for _ in 0..reslots {
            if wait.is_zero() {
                return Ok(());
            }
            // A quota of the user's own may answer any wait.
            let Some(slot) = tokio::time::Instant::now().checked_add(wait) else {
                break;
            };
            tokio::time::sleep_until(slot).await;
            if slot.elapsed() <= tolerance {
                return Ok(());
            }
            tracing::debug!(
                late_ms = slot.elapsed().as_millis() as u64,
                "woke late for the pacing slot; taking a new one"
            );
            wait = quota.reslot().await?;
        }
        tokio::time::sleep(wait).await;
        Ok(())
    }

    /// Sends a request built by `build` (called again for every attempt;
    /// `None` means the request cannot be rebuilt, so no retry), with auth,
    /// pacing, budget, retries and tracing. The answer may have any status:
    /// callers map error statuses with [`error_from_response`]. The one
    /// exception is an OAuth request refused with 401 (after a refresh) or
    /// 403: only here are the token's granted scopes known, so it comes back
    /// as the error itself ([`AuthError::MissingScope`],
    /// [`AuthError::BadCredentials`] or [`AuthError::Forbidden`]).
    pub async fn execute(
        &self,
        build: &mut (dyn FnMut() -> Option<Request> + Send),
        meta: &RequestMeta,
    ) -> Result<Response> {
        let shared = &self.inner;
        let mut attempt: u32 = 0;
        let mut refreshed_after_401 = false;
        loop {
            let Some(mut request) = build() else {
                return Err(Error::invalid("request", "the request body cannot be sent again"));
            };
            let bearer = self.authorize(&mut request).await?;
            // The scopes this request needs, read before its body is sent: a
            // refusal names them (the body can ask for more than the
            // operation's own scope).
            let needs = crate::api::operations::find(&meta.operation).map(|op| op.scopes_for_request(&request));
            self.wait_for_slot().await?;
            Counters::bump(&shared.counters.sent);
            if attempt > 0 {
                Counters::bump(&shared.counters.retries);
            }
            if meta.debug {
                tracing::debug!(target: "gong_client::raw", request = %describe(&request), "sending");
            }
            let span = tracing::info_span!(
                "gong.request",
                operation = %meta.operation,
                method = %request.method(),
                path = %request.url().path(),
                attempt,
                status = tracing::field::Empty,
                request_id = tracing::field::Empty,
            );
            match &meta.deadline {
                Deadline::ClientTimeout => {
                    if request.timeout().is_none() {
                        *request.timeout_mut() = shared.timeout;
                    }
                }
                Deadline::Idle { activity, .. } => {
                    *request.timeout_mut() = None;
                    activity.touch();
                }
            }
            // The whole answer is read here, inside the retry loop: a connection
            // cut in the middle of a body is then an interrupted attempt that an
            // idempotent request repeats, not an error after the fact.
            let exchange = async {
                let response = shared.http.execute(request).await?;
                buffered(response, shared.max_body_bytes, shared.max_page_records).await
            }
            .instrument(span.clone());
            let result = match &meta.deadline {
                Deadline::ClientTimeout => exchange.await,
                Deadline::Idle { idle, activity } => {
                    let stalled = activity.stalled(*idle);
                    match futures::future::select(std::pin::pin!(exchange), std::pin::pin!(stalled)).await {
                        futures::future::Either::Left((result, _)) => result,
                        // A server that stopped reading is not retried: it
                        // would only cost another idle period.
                        futures::future::Either::Right(((), _)) => {
                            return Err(Error::Timeout {
                                operation: meta.operation.clone(),
                                idle: *idle,
                            });
                        }
                    }
                }
            };
            // Past the body limit: a typed error, never retried (the same
            // answer would come again).
            let result = match result {
                Ok(Buffered::TooLarge) => {
                    return Err(Error::BodyTooLarge {
                        operation: meta.operation.clone(),
                        limit: shared.max_body_bytes,
                    });
                }
                Ok(Buffered::TooManyRecords { field }) => {
                    return Err(Error::TooManyRecords {
                        operation: meta.operation.clone(),
                        field,
                        limit: shared.max_page_records,
                    });
                }
                Ok(Buffered::Read(response)) => Ok(response),
                Err(e) => Err(e),
            };
            let outcome = match &result {
                Ok(response) => {
                    span.record("status", response.status().as_u16());
                    Outcome::Status {
                        status: response.status().as_u16(),
                        retry_after: response
                            .headers()
                            .get(RETRY_AFTER)
                            .and_then(|v| v.to_str().ok())
                            .and_then(|v| crate::retry::parse_retry_after(v, SystemTime::now())),
                    }
                }
                Err(e) if e.is_connect() => Outcome::NotSent,
                Err(_) => Outcome::Interrupted,
            };
            if let Outcome::Status { status, retry_after } = outcome {
                if status == 401
                    && !refreshed_after_401
                    && let (Auth::OAuth(session), Some(stale)) = (&shared.auth, &bearer)
                {
                    refreshed_after_401 = true;
                    session
                        .refresh_after_unauthorized(&shared.http, &stale.token, &shared.counters)
                        .await?;
                    continue;
                }
                // Refused with a token that has been refreshed (401), or at
                // once (403): the token's granted scopes tell a missing scope
                // from bad credentials.
                if matches!(status, 401 | 403)
                    && let Ok(response) = result
                {
                    let body = response.bytes().await.unwrap_or_default();
                    let refused = match &bearer {
                        Some(bearer) => Refused::OAuth {
                            granted: bearer.scope.as_deref(),
                        },
                        None => Refused::Unknown,
                    };
                    return Err(error_for_status(
                        status,
                        &meta.operation,
                        GongErrorBody::parse(&body),
                        None,
                        refused,
                        needs.as_deref(),
                    ));
                }
                if status == 429 {
                    Counters::bump(&shared.counters.throttled);
                    // Every worker of the quota holds off and slows down; if
                    // the quota cannot be told, this attempt's answer stands.
                    if let Err(e) = shared.quota.throttled(retry_after).await {
                        tracing::warn!(error = %e, "could not record a 429 in the quota");
                    }
                }
                if (200..300).contains(&status) {
                    shared.retry_budget.refund();
                }
            }
            match decide(outcome, attempt, meta.idempotency, &meta.policy, fastrand::f64()) {
                Decision::Stop => return result.map_err(|e| Error::Transport(crate::redact::error(e))),
                Decision::Retry(wait) => {
                    let throttled = matches!(outcome, Outcome::Status { status: 429, .. });
                    if !throttled && !shared.retry_budget.try_spend() {
                        tracing::warn!(operation = %meta.operation, "retry budget spent; not retrying");
                        return result.map_err(|e| Error::Transport(crate::redact::error(e)));
                    }
                    drop(result);
                    tracing::debug!(operation = %meta.operation, attempt, wait_ms = wait.as_millis() as u64, "retrying");
                    crate::clock::announce_wait(&format!("Gong before retrying {}", meta.operation), wait);
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
            }
        }
    }
}

/// Reads a response's body to its end and returns an equivalent response
/// that serves it from memory; `None` when the body is longer than `limit`
/// (reading stops there).
async fn buffered(mut response: Response, limit: u64, max_records: usize) -> reqwest::Result<Buffered> {
    let status = response.status();
    let version = response.version();
    let headers = response.headers().clone();
    let Some(bytes) = crate::body::read_capped(&mut response, limit).await? else {
        return Ok(Buffered::TooLarge);
    };
    if status.is_success()
        && let Some((field, _)) = crate::body::oversized_list(&bytes, max_records)
    {
        return Ok(Buffered::TooManyRecords { field });
    }
    let mut rebuilt = http::Response::new(reqwest::Body::from(bytes));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    Ok(Buffered::Read(Response::from(rebuilt)))
}

/// What [`buffered`] read.
enum Buffered {
    /// The whole answer, served from memory.
    Read(Response),
    /// A body longer than the limit (reading stopped there).
    TooLarge,
    /// A successful answer whose top-level list `field` holds more records
    /// than the limit.
    TooManyRecords { field: String },
}

/// One line describing a request with every credential redacted: sensitive
/// headers (see [`crate::redact`]) and sensitive query values.
pub(crate) fn describe(request: &Request) -> String {
    let mut out = format!("{} {}", request.method(), crate::redact::url(request.url()));
    for (name, value) in request.headers() {
        let shown = if value.is_sensitive() || name == AUTHORIZATION || crate::redact::is_sensitive_name(name.as_str())
        {
            "[redacted]".to_owned()
        } else {
            value.to_str().unwrap_or("<binary>").to_owned()
        };
        out.push_str(&format!(" | {name}: {shown}"));
    }
    out
}

/// The OAuth access token a request carried.
struct Bearer {
    token: SecretString,
    /// The scopes Gong granted it, when it said.
    scope: Option<String>,
}

/// Gong's error body: `requestId`, `errors`, and every other field.
#[derive(Debug, Default)]
pub(crate) struct GongErrorBody {
    pub request_id: Option<String>,
    pub messages: Vec<String>,
    pub details: ErrorDetails,
}

impl GongErrorBody {
    /// Reads an error body; anything that is not Gong's JSON gives an empty one.
    pub(crate) fn parse(bytes: &[u8]) -> Self {
        serde_json::from_slice::<serde_json::Value>(bytes)
            .map(|v| Self::from_value(&v))
            .unwrap_or_default()
    }

    /// Reads an error body already decoded as JSON.
    pub(crate) fn from_value(v: &serde_json::Value) -> Self {
        GongErrorBody {
            request_id: v.get("requestId").and_then(|v| v.as_str()).map(str::to_owned),
            messages: match v.get("errors") {
                Some(serde_json::Value::Array(items)) => items
                    .iter()
                    .map(|m| m.as_str().map_or_else(|| m.to_string(), str::to_owned))
                    .collect(),
                Some(serde_json::Value::String(one)) => vec![one.clone()],
                _ => Vec::new(),
            },
            details: ErrorDetails::from_body(v),
        }
    }
}

/// What the connection knows about refused credentials.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Refused<'a> {
    /// An API key, no credentials, or an answer that did not pass the
    /// transport's OAuth check: no scope information.
    Unknown,
    /// An OAuth token, refreshed after a 401, with the scopes Gong granted it.
    OAuth {
        /// Space-separated granted scopes, when the token answer said.
        granted: Option<&'a str>,
    },
}

/// True when Gong's messages contain `needle` (lowercase), in any case.
fn mentions(messages: &[String], needle: &str) -> bool {
    messages.iter().any(|m| m.to_lowercase().contains(needle))
}

/// Maps an error status and Gong's error body to the crate's error.
///
/// - 403 mentioning "limited release" is [`Error::LimitedRelease`]; 409 to a
///   meetings operation mentioning "disconnect" is
///   [`Error::ProviderDisconnected`].
/// - OAuth: a 401 (after a refresh) or a 403 on an operation whose scope the
///   token was not granted is [`AuthError::MissingScope`]; a 401 otherwise
///   is [`AuthError::BadCredentials`], a 403 with the scope granted is
///   [`AuthError::Forbidden`]. When the scopes are not known, as for API keys,
///   401 is bad credentials and 403 a missing scope or permission.
///
/// `needs` are the scopes the refused request needed, when the caller read
/// them from the request (see [`Operation::scopes_for_request`]); otherwise
/// the operation's own scope.
pub(crate) fn error_for_status(
    status: u16,
    operation: &str,
    body: GongErrorBody,
    retry_after: Option<Duration>,
    refused: Refused<'_>,
    needs: Option<&[&'static str]>,
) -> Error {
    let GongErrorBody {
        request_id,
        messages,
        details,
    } = body;
    let op = crate::api::operations::find(operation);
    let needs: Vec<&'static str> = match needs {
        Some(n) => n.to_vec(),
        None => op.and_then(|o| o.scope).into_iter().collect(),
    };
    let granted = match refused {
        Refused::OAuth { granted } => granted,
        Refused::Unknown => None,
    };
    // With the granted scopes known: the first scope the request needed
    // that the token lacks (Some(None) when it holds them all).
    let lacking = granted
        .filter(|_| !needs.is_empty())
        .map(|g| needs.iter().copied().find(|n| !g.split_whitespace().any(|s| s == *n)));
    let scope_missing = lacking.map(|l| l.is_some());
    let missing_scope = |status: u16, request_id, messages, details| -> Error {
        AuthError::MissingScope {
            operation: operation.to_owned(),
            scope: lacking.flatten().or_else(|| needs.first().copied()),
            needs: needs.clone(),
            granted: granted.map(Box::from),
            status,
            request_id,
            messages,
            details,
        }
        .into()
    };
    match status {
        403 if mentions(&messages, "limited release") => Error::LimitedRelease {
            operation: operation.to_owned(),
            request_id,
            messages,
            details,
        },
        409 if op.is_some_and(|o| o.path.starts_with("/v2/meetings")) && mentions(&messages, "disconnect") => {
            Error::ProviderDisconnected {
                operation: operation.to_owned(),
                request_id,
                messages,
                details,
            }
        }
        401 if scope_missing == Some(true) => missing_scope(401, request_id, messages, details),
        401 => AuthError::BadCredentials {
            request_id,
            messages,
            details,
        }
        .into(),
        403 if scope_missing == Some(false) => AuthError::Forbidden {
            operation: operation.to_owned(),
            request_id,
            messages,
            details,
        }
        .into(),
        403 => missing_scope(403, request_id, messages, details),
        429 => Error::rate_limited(retry_after, request_id),
        _ => Error::Api {
            status,
            operation: operation.to_owned(),
            request_id,
            messages,
            details,
        },
    }
}

/// Reads an error answer into the crate's error.
pub async fn error_from_response(response: Response, operation: &str) -> Error {
    if let Some(stashed) = response.extensions().get::<Stashed>()
        && let Some(e) = stashed.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    {
        return e;
    }
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| crate::retry::parse_retry_after(v, SystemTime::now()));
    let body = response.bytes().await.unwrap_or_default();
    error_for_status(
        status,
        operation,
        GongErrorBody::parse(&body),
        retry_after,
        Refused::Unknown,
        None,
    )
}

impl Operation {
    /// The scopes a request of this operation needs: the operation's own,
    /// then each further scope its JSON body asks for
    /// ([`Operation::scope_if`]; `POST /v2/calls/extensive` with
    /// `exposedFields.media` also needs `api:calls:read:media-url`).
    pub fn scopes_for(&self, body: Option<&serde_json::Value>) -> Vec<&'static str> {
        let mut needs: Vec<&'static str> = self.scope.into_iter().collect();
        if let Some(body) = body {
            needs.extend(
                self.scope_if
                    .iter()
                    .filter(|c| body.pointer(c.body_pointer) == Some(&serde_json::Value::Bool(true)))
                    .map(|c| c.scope),
            );
        }
        needs
    }

    /// [`Operation::scopes_for`] of a request about to be sent (its body is
    /// read only when the operation has conditional scopes).
    pub(crate) fn scopes_for_request(&self, request: &Request) -> Vec<&'static str> {
        let body = (!self.scope_if.is_empty())
            .then(|| request.body().and_then(reqwest::Body::as_bytes))
            .flatten()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(b).ok());
        self.scopes_for(body.as_ref())
    }
}

/// Completes a generated operation: the answer of progenitor's `send`
/// becomes the crate's `Result`. The generated public `send` of every
/// builder calls this with its operation's constant, so a user of
/// [`crate::Client::api`] and the facade get the same typed errors: budget,
/// auth, rate limit, Gong's error with its `requestId`, decode errors with
/// the JSON path of the first bad value.
pub async fn finish<T, E>(
    operation: &'static Operation,
    call: impl Future<Output = std::result::Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>>,
) -> Result<T>
where
    T: serde::de::DeserializeOwned,
    E: serde::Serialize,
{
    match call.await {
        Ok(v) => Ok(v.into_inner()),
        // A success status the document does not list (Gong answers 201
        // to some creates documented as 200) is still a success.
        Err(progenitor_client::Error::UnexpectedResponse(response)) if response.status().is_success() => {
            let bytes = response
                .bytes()
                .await
                .map_err(|e| Error::Transport(crate::redact::error(e)))?;
            if bytes.is_empty() {
                crate::decode::body(b"{}")
            } else {
                crate::decode::body(&bytes)
            }
        }
        Err(e) => {
            let e = map_progenitor_error::<T, E>(e, operation.id).await;
            let request_id = e.request_id();
            tracing::debug!(operation = operation.id, status = e.status(), request_id, error = %e, "Gong request failed");
            Err(e)
        }
    }
}

/// A synthetic response carrying `error` through progenitor's hook.
fn stash(error: Error) -> Response {
    let mut response = http::Response::new(reqwest::Body::from(Vec::<u8>::new()));
    *response.status_mut() = StatusCode::from_u16(STASHED_STATUS).expect("a valid status");
    response
        .extensions_mut()
        .insert(Stashed(Arc::new(std::sync::Mutex::new(Some(error)))));
    Response::from(response)
}

impl progenitor_client::ClientHooks<Transport> for crate::api::Client {
    async fn exec(&self, request: Request, info: &progenitor_client::OperationInfo) -> reqwest::Result<Response> {
        use progenitor_client::ClientInfo;
        let transport = self.inner();
        // Every generated builder names an operation of the generated table;
        // the build script checks that, so `None` cannot happen.
        let meta = match crate::api::operations::by_rust_name(info.operation_id) {
            Some(op) => transport.meta_for(op),
            None => RequestMeta {
                operation: info.operation_id.to_owned(),
                idempotency: Idempotency::NonIdempotent,
                policy: transport.retry_policy().clone(),
                debug: false,
                deadline: Deadline::ClientTimeout,
            },
        };
        let mut first = Some(request);
        let template = first.as_ref().and_then(Request::try_clone);
        let mut build = move || match first.take() {
            Some(r) => Some(r),
            None => template.as_ref().and_then(Request::try_clone),
        };
        match transport.execute(&mut build, &meta).await {
            // Mapped here, from the raw body: progenitor would decode it into
            // the document's error type and drop every field that type lacks
            // (`userFacingError`, ...).
            Ok(response) if response.status().is_client_error() || response.status().is_server_error() => {
                Ok(stash(error_from_response(response, &meta.operation).await))
            }
            Ok(response) => Ok(response),
            Err(Error::Transport(e)) => Err(e),
            Err(other) => Ok(stash(other)),
        }
    }
}

/// Maps progenitor's error into the crate's error.
pub(crate) async fn map_progenitor_error<T: DeserializeOwned, E: serde::Serialize>(
    e: progenitor_client::Error<E>,
    operation: &str,
) -> Error {
    use progenitor_client::Error as P;
    match e {
        P::CommunicationError(e) | P::ResponseBodyError(e) | P::InvalidUpgrade(e) => {
            Error::Transport(crate::redact::error(e))
        }
        P::UnexpectedResponse(response) => error_from_response(response, operation).await,
        P::ErrorResponse(rv) => {
            let status = rv.status().as_u16();
            let retry_after = rv
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| crate::retry::parse_retry_after(v, std::time::SystemTime::now()));
            let body = serde_json::to_value(rv.into_inner()).unwrap_or_default();
            error_for_status(
                status,
                operation,
                GongErrorBody::from_value(&body),
                retry_after,
                Refused::Unknown,
                None,
            )
        }
        P::InvalidResponsePayload(bytes, err) => crate::decode::body_error::<T>(&bytes, err),
        P::InvalidRequest(rule) => Error::invalid("request", rule),
        P::Custom(message) => Error::invalid("request", message),
    }
}
