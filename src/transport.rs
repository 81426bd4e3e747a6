//! The one path every request takes: auth, pacing, budget, retries, tracing.
//!
//! Generated operations reach it through progenitor's `ClientHooks::exec`;
//! handwritten ones (media upload, raw requests, OAuth-aware paging) call
//! [`Transport::execute`] directly. Either way the same code runs.

use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use reqwest::header::{AUTHORIZATION, RETRY_AFTER};
use reqwest::{Method, Request, Response, StatusCode, Url};
use secrecy::SecretString;
use tracing::Instrument;

use crate::auth::{ApiKey, OAuthSession};
use crate::error::{AuthError, Error, Result};
use crate::limit::{Counters, DailyBudget, RateLimiter, Stats};
use crate::retry::{Decision, Idempotency, Outcome, RetryBudget, RetryPolicy, decide};

/// How requests are authenticated.
#[derive(Debug, Clone)]
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
pub struct RequestMeta {
    /// Operation name for errors, logs and scopes.
    pub operation: String,
    /// Whether repeating it is safe.
    pub idempotency: Idempotency,
    /// Retry settings for this request.
    pub policy: RetryPolicy,
    /// Log the request (with secrets redacted) at debug level.
    pub debug: bool,
}

/// Shared state of a client and all its clones. Cloning is cheap.
#[derive(Clone)]
pub struct Transport {
    inner: Arc<Shared>,
}

struct Shared {
    http: reqwest::Client,
    base_url: RwLock<Url>,
    auth: Auth,
    limiter: Option<RateLimiter>,
    budget: Option<DailyBudget>,
    retry: RetryPolicy,
    retry_budget: RetryBudget,
    counters: Counters,
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
/// only return HTTP responses: it rides in the response's extensions and the
/// facade takes it out again.
#[derive(Clone)]
pub(crate) struct Stashed(pub Arc<std::sync::Mutex<Option<Error>>>);

/// Status of the synthetic response that carries a [`Stashed`] error.
pub(crate) const STASHED_STATUS: u16 = 599;

pub(crate) struct Parts {
    pub http: reqwest::Client,
    pub base_url: Url,
    pub auth: Auth,
    pub limiter: Option<RateLimiter>,
    pub budget: Option<DailyBudget>,
    pub retry: RetryPolicy,
}

impl Transport {
    pub(crate) fn new(p: Parts) -> Self {
        Transport {
            inner: Arc::new(Shared {
                http: p.http,
                base_url: RwLock::new(p.base_url),
                auth: p.auth,
                limiter: p.limiter,
                budget: p.budget,
                retry: p.retry,
                retry_budget: RetryBudget::default(),
                counters: Counters::default(),
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

    pub(crate) fn counters(&self) -> &Counters {
        &self.inner.counters
    }

    /// The daily budget, when one is set.
    pub fn daily_budget(&self) -> Option<&DailyBudget> {
        self.inner.budget.as_ref()
    }

    /// Metadata for a generated operation: Gong's list endpoints are POSTs
    /// that only read, and adding a call is deduplicated by `clientUniqueId`.
    pub(crate) fn meta_for(&self, operation: &str, method: &Method) -> RequestMeta {
        // Progenitor names operations by method name (`add_call`); errors,
        // logs and the tables below use Gong's operationId (`addCall`).
        let operation = crate::api::operations::find(operation).map_or(operation, |o| o.id);
        RequestMeta {
            operation: operation.to_owned(),
            idempotency: idempotency_of(operation, method),
            policy: self.inner.retry.clone(),
            debug: false,
        }
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
    async fn authorize(&self, request: &mut Request) -> Result<Option<SecretString>> {
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
                Ok(Some(access.token))
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

    /// Sends a request built by `build` (called again for every attempt;
    /// `None` means the request cannot be rebuilt, so no retry), with auth,
    /// pacing, budget, retries and tracing. The answer may have any status:
    /// callers map error statuses with [`error_from_response`].
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
            let token = self.authorize(&mut request).await?;
            if let Some(budget) = &shared.budget {
                budget.spend()?;
            }
            if let Some(limiter) = &shared.limiter {
                limiter.acquire().await;
            }
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
            // The whole answer is read here, inside the retry loop: a connection
            // cut in the middle of a body is then an interrupted attempt that an
            // idempotent request repeats, not an error after the fact.
            let result = async {
                let response = shared.http.execute(request).await?;
                buffered(response).await
            }
            .instrument(span.clone())
            .await;
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
                    && let (Auth::OAuth(session), Some(stale)) = (&shared.auth, &token)
                {
                    refreshed_after_401 = true;
                    session
                        .refresh_after_unauthorized(&shared.http, stale, &shared.counters)
                        .await?;
                    continue;
                }
                if status == 429 {
                    Counters::bump(&shared.counters.throttled);
                    if let (Some(limiter), Some(wait)) = (&shared.limiter, retry_after) {
                        limiter.hold_until(tokio::time::Instant::now() + wait);
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
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
            }
        }
    }
}

/// Reads a response's body to its end and returns an equivalent response
/// that serves it from memory.
async fn buffered(response: Response) -> reqwest::Result<Response> {
    let status = response.status();
    let version = response.version();
    let headers = response.headers().clone();
    let bytes = response.bytes().await?;
    let mut rebuilt = http::Response::new(reqwest::Body::from(bytes));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    Ok(Response::from(rebuilt))
}

/// Idempotency of a generated operation.
fn idempotency_of(operation: &str, method: &Method) -> Idempotency {
    // POST operations that only read (Gong lists with a JSON filter body).
    const READ_ONLY_POSTS: &[&str] = &[
        "listCallsExtensive",
        "getCallTranscripts",
        "listMultipleUsers",
        "listInteractionStats",
        "listAnsweredScorecards",
        "listMultipleUsersDayByDayActivity",
        "listMultipleUsersAggregateActivity",
        "listMultipleUsersAggregateByPeriod",
        "getUsersAccessToCalls",
        "integrationStatus",
        "getFlowsForProspects",
    ];
    match *method {
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS => Idempotency::Idempotent,
        Method::POST if READ_ONLY_POSTS.contains(&operation) => Idempotency::Idempotent,
        // Gong refuses a second call with the same clientUniqueId (409).
        Method::POST if operation == "addCall" => Idempotency::Deduplicated,
        _ => Idempotency::NonIdempotent,
    }
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

/// Gong's error body.
#[derive(serde::Deserialize, Default)]
struct GongErrorBody {
    #[serde(rename = "requestId", default)]
    request_id: Option<String>,
    #[serde(default)]
    errors: Vec<String>,
}

/// Maps an error status and Gong's error fields to the crate's error.
pub(crate) fn error_for_status(
    status: u16,
    operation: &str,
    request_id: Option<String>,
    messages: Vec<String>,
    retry_after: Option<Duration>,
) -> Error {
    match status {
        401 => AuthError::BadCredentials { request_id, messages }.into(),
        403 => AuthError::MissingScope {
            operation: operation.to_owned(),
            scope: crate::api::operations::find(operation)
                .and_then(|o| o.scope)
                .map(str::to_owned),
            request_id,
        }
        .into(),
        429 => Error::RateLimited {
            retry_after,
            request_id,
        },
        _ => Error::Api {
            status,
            operation: operation.to_owned(),
            request_id,
            messages,
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
    let parsed: GongErrorBody = serde_json::from_slice(&body).unwrap_or_default();
    error_for_status(status, operation, parsed.request_id, parsed.errors, retry_after)
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
        let meta = transport.meta_for(info.operation_id, request.method());
        let mut first = Some(request);
        let template = first.as_ref().and_then(Request::try_clone);
        let mut build = move || match first.take() {
            Some(r) => Some(r),
            None => template.as_ref().and_then(Request::try_clone),
        };
        match transport.execute(&mut build, &meta).await {
            Ok(response) => Ok(response),
            Err(Error::Transport(e)) => Err(e),
            Err(other) => Ok(stash(other)),
        }
    }
}
