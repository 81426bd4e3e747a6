//! A local Gong (the `gong-sandbox` crate): an in-process HTTP server that behaves
//! like Gong's API v2, for trying the client without a tenant, for
//! integration tests, and for benchmarks. Take it as a dev-dependency
//! (`gong-sandbox = { path = ".../crates/gong-sandbox" }`) and point a
//! client built by [`SandboxHandle::client_builder`] at it.
//!
//! ```no_run
//! # async fn run() -> gong_client::Result<()> {
//! use gong_sandbox::Sandbox;
//! let sandbox = Sandbox::builder().seed(7).calls(250).start().await?;
//! let client = sandbox.client_builder().build()?;
//! let workspaces = client.api().list_workspaces().send().await?;
//! sandbox.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! What it does as Gong does (see the project's notes on Gong's behaviour):
//!
//! - **Data** follows from the seed: users (and Gong's avatar users, only
//!   with `includeAvatars=true`), workspaces, calls with parties and CRM
//!   context (field values are strings, numbers, booleans and null),
//!   transcripts, library folders, logs of each type, email messages and CRM
//!   contacts for the data-privacy endpoints. Ids are numeric strings of up to
//!   19 digits, many above 2^53.
//! - **Auth**: HTTP Basic with [`SandboxHandle::access_key`] and its secret,
//!   or Bearer tokens from the sandbox's OAuth pair
//!   (`GET /oauth2/authorize`, `POST /oauth2/generate-customer-token`, with
//!   its parameters in the query string or a form body):
//!   single-use refresh tokens (a reuse is `400 {"error":"invalid_grant"}`),
//!   access tokens that expire, and `api_base_url_for_customer`.
//!   Anything else is 401. With [`SandboxBuilder::enforce_scopes`], a
//!   token without the operation's scope (the operation table of the API
//!   document against the scopes granted at authorization) is refused with
//!   401, as Gong's reference documents, or 403
//!   ([`SandboxBuilder::missing_scope_status`]).
//! - **Errors** have Gong's shape `{"requestId": ..., "errors": [...]}`:
//!   404 "No calls found corresponding to the provided filters" for an empty
//!   list, 409 for a reused `clientUniqueId` or engagement `eventId`, 400
//!   for a JSON body that does not decode into the operation's request type.
//! - **Paging**: 100 records a page, `records.cursor` only when more pages
//!   exist, the cursor in the query (GET) or the body (POST) exactly where
//!   Gong reads it (a query cursor on a POST is ignored: page 1 again), and
//!   cursors that expire.
//! - **Rate limit**: 3 requests per second per tenant by default, 429 with
//!   `Retry-After` past it.
//! - **Media upload** (`PUT /v2/calls/{id}/media`): the multipart body is read
//!   as a stream and written to disk or discarded, never held in memory, up
//!   to 1.5 GB. A call added with `POST /v2/calls` is listed once its media
//!   has arrived, and then every configured automation rule receives a
//!   signed-JWT webhook with the call.
//! - **Every operation** of the API document (`openapi/gong.json`, Gong's of
//!   2026-07): those without a handler of their own check their required
//!   parameters and body fields and answer seeded data shaped by the
//!   document's response schema. Engage tasks are paged with a body cursor
//!   and a `PATCH` shows in the next listing; a bulk flow assignment answers
//!   202 and is then polled to completion; `ask-entity` and `get-brief`
//!   answer 402 without AI credits ([`SandboxBuilder::ai_credits`]).
//!   [`SandboxHandle::example_request`] gives a request for any operation.
//! - **Real tenants' variations** ([`SandboxBuilder::variations`]): numbers
//!   as strings, `null` lists, explicit `null`s, local offsets, epoch-second
//!   date-times and unknown fields in any answer, from a seed.
//! - **Faults** ([`Faults`]), decided from the seed: error statuses, latency,
//!   dropped connections, malformed JSON, a repeating cursor, uploads cut off.
//!
//! The server runs on the caller's Tokio runtime. Its clocks (token and
//! cursor expiry, the rate window) are Tokio's, so tests on paused time
//! control them.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use secrecy::ExposeSecret;
use tokio::sync::watch;

use gong_client::GongId;
use gong_client::error::{Error, Result};

// Layers, each importing only those below it (checked by tests/layers.rs):
// this file (the public API) -> http -> handlers -> hooks -> state -> render
// -> data -> schema -> rng; settings and multipart are leaves.
mod data;
mod examples;
mod handlers;
mod hooks;
mod http;
mod multipart;
mod render;
mod rng;
mod schema;
mod settings;
mod state;

pub use examples::ExampleRequest;
pub use settings::{
    ConnectionLimits, DropPoint, Faults, MediaStorage, MissingScopeStatus, RateEnforcement, SandboxContact,
    SandboxStats, SandboxUser, StoredMedia, WebhookDelivery, WebhookRule,
};
use state::{Config, Shared};

/// Entry point: `Sandbox::builder()`.
#[derive(Debug)]
pub struct Sandbox;

impl Sandbox {
    /// A builder with the defaults: seed 1, 250 calls, 20 users, 2
    /// workspaces, Gong's 3 requests/s, no faults, media discarded.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }
}

/// Configures and starts a sandbox.
#[derive(Debug, Clone)]
pub struct SandboxBuilder {
    seed: u64,
    calls: usize,
    hour_long_call: bool,
    users: usize,
    workspaces: usize,
    logs_per_type: usize,
    port: u16,
    rate_limit: Option<f64>,
    rate_enforcement: RateEnforcement,
    faults: Faults,
    cursor_ttl: Duration,
    access_token_ttl: Duration,
    api_base_url: Option<String>,
    media: MediaStorage,
    rules: Vec<WebhookRule>,
    redirect_uris: Option<Vec<String>>,
    enforce_scopes: bool,
    missing_scope_status: MissingScopeStatus,
    withheld_scopes: Vec<String>,
    connections: ConnectionLimits,
    ai_credits: bool,
    variations: Option<u64>,
}

/// Most calls a sandbox generates ([`SandboxBuilder::calls`]).
pub const MAX_CALLS: usize = 100_000;

impl Default for SandboxBuilder {
    fn default() -> Self {
        SandboxBuilder {
            seed: 1,
            calls: 250,
            hour_long_call: false,
            users: 20,
            workspaces: 2,
            logs_per_type: 150,
            port: 0,
            rate_limit: Some(3.0),
            rate_enforcement: RateEnforcement::default(),
            faults: Faults::none(),
            cursor_ttl: Duration::from_secs(3600),
            access_token_ttl: Duration::from_secs(86_400),
            api_base_url: None,
            media: MediaStorage::Discard,
            rules: Vec::new(),
            redirect_uris: None,
            enforce_scopes: false,
            missing_scope_status: MissingScopeStatus::default(),
            withheld_scopes: Vec::new(),
            connections: ConnectionLimits::default(),
            ai_credits: true,
            variations: None,
        }
    }
}

impl SandboxBuilder {
    /// The seed every generated value follows from.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Number of processed calls at start.
    pub fn calls(mut self, n: usize) -> Self {
        self.calls = n;
        self
    }

    /// Adds one more call, after the others (which stay as they are): an
    /// hour-long external call (3,600 s) with four speakers and a full
    /// transcript of several hundred sentences, to measure what a long
    /// transcript costs. It is the latest call; its id follows from the seed.
    pub fn hour_long_call(mut self, on: bool) -> Self {
        self.hour_long_call = on;
        self
    }

    /// Number of company users (at least 1; two avatar users come on top).
    pub fn users(mut self, n: usize) -> Self {
        self.users = n.max(1);
        self
    }

    /// Number of workspaces (at least 1).
    pub fn workspaces(mut self, n: usize) -> Self {
        self.workspaces = n.max(1);
        self
    }

    /// Audit-log entries of each log type.
    pub fn logs_per_type(mut self, n: usize) -> Self {
        self.logs_per_type = n;
        self
    }

    /// Port on 127.0.0.1 (default 0: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Requests per second the tenant allows (default 3, Gong's); `None`
    /// turns the limit off.
    pub fn rate_limit(mut self, per_second: Option<f64>) -> Self {
        self.rate_limit = per_second;
        self
    }

    /// How the rate limit is enforced (default: a sliding window).
    pub fn rate_enforcement(mut self, model: RateEnforcement) -> Self {
        self.rate_enforcement = model;
        self
    }

    /// Faults to inject.
    pub fn faults(mut self, faults: Faults) -> Self {
        self.faults = faults;
        self
    }

    /// How long a cursor stays valid (default one hour).
    pub fn cursor_ttl(mut self, ttl: Duration) -> Self {
        self.cursor_ttl = ttl;
        self
    }

    /// Lifetime of OAuth access tokens (default one day, as Gong's `expires_in`).
    pub fn access_token_lifetime(mut self, ttl: Duration) -> Self {
        self.access_token_ttl = ttl;
        self
    }

    /// The `api_base_url_for_customer` of token answers (default: the
    /// sandbox's own URL).
    pub fn api_base_url_for_customer(mut self, url: impl Into<String>) -> Self {
        self.api_base_url = Some(url.into());
        self
    }

    /// What happens to uploaded media (default: discarded after hashing).
    pub fn media_storage(mut self, storage: MediaStorage) -> Self {
        self.media = storage;
        self
    }

    /// Adds an automation rule.
    pub fn webhook(mut self, rule: WebhookRule) -> Self {
        self.rules.push(rule);
        self
    }

    /// Redirect URIs the OAuth app accepts (default: any).
    pub fn redirect_uris(mut self, uris: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.redirect_uris = Some(uris.into_iter().map(Into::into).collect());
        self
    }

    /// Refuses Bearer requests whose token lacks the operation's OAuth scope,
    /// as the operation table of `openapi/gong.json` states them, with the
    /// status [`SandboxBuilder::missing_scope_status`] chooses (401 unless
    /// set). Off by default.
    pub fn enforce_scopes(mut self, on: bool) -> Self {
        self.enforce_scopes = on;
        self
    }

    /// The status that refuses a missing scope when scopes are enforced
    /// (default 401, as Gong documents).
    pub fn missing_scope_status(mut self, status: MissingScopeStatus) -> Self {
        self.missing_scope_status = status;
        self
    }

    /// Scopes the company's credentials do not hold: a request to an
    /// operation needing one is refused whatever the credentials, the API
    /// key included (403 naming the scope; a Bearer token gets the status
    /// of [`SandboxBuilder::missing_scope_status`]). For testing how a
    /// client copes with a tenant that did not grant a scope. None by
    /// default.
    pub fn withhold_scopes(mut self, scopes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.withheld_scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// Bounds on the server's connections: a cap, and header and body
    /// timeouts, against slow or abandoned clients.
    pub fn connection_limits(mut self, limits: ConnectionLimits) -> Self {
        self.connections = limits;
        self
    }

    /// Whether the company has AI credits left (default true). Without
    /// them, `GET /v2/entities/ask-entity` and `GET /v2/entities/get-brief`
    /// answer 402 Payment Required, as Gong does.
    pub fn ai_credits(mut self, on: bool) -> Self {
        self.ai_credits = on;
        self
    }

    /// Answers as real tenants send them, drawn from `seed` (`None`, the
    /// default: as Gong's document describes them). Every JSON success
    /// answer of every operation is rewritten after its handler made it:
    /// integers and some floats as strings (`"1"`), empty lists as `null`,
    /// absent optional fields as explicit `null`s, date-times in the
    /// tenant's offset (`2026-03-02T17:00:00+02:00`, the same instant),
    /// epoch seconds for the date-times Gong's own documented examples give
    /// that way, and fields no document has. The paging cursor
    /// (`records.cursor`) is left as it is. The same seed and request give
    /// the same answer. The `gong` CLI turns it on with
    /// `GONG_SANDBOX_VARIATIONS=SEED` or `--sandbox-variations SEED`.
    pub fn variations(mut self, seed: Option<u64>) -> Self {
        self.variations = seed;
        self
    }

    /// Generates the data, binds 127.0.0.1 and starts serving on the
    /// current Tokio runtime. More than [`MAX_CALLS`] calls is
    /// [`gong_client::Error::InvalidInput`] for `calls`.
    pub async fn start(self) -> Result<SandboxHandle> {
        if self.calls > MAX_CALLS {
            return Err(gong_client::Error::invalid(
                "calls",
                format!("the sandbox holds at most {MAX_CALLS} calls, got {}", self.calls),
            ));
        }
        if let Some(rate) = self.rate_limit {
            gong_client::check_rate("rateLimit", rate)?;
        }
        self.faults.check()?;
        if let Some(r) = self.rate_limit
            && !(r.is_finite() && r > 0.0)
        {
            return Err(Error::invalid(
                "rateLimit",
                "must be a positive number of requests per second",
            ));
        }
        let media_dir = match &self.media {
            MediaStorage::Discard => None,
            MediaStorage::TempDir => Some(std::env::temp_dir().join(format!(
                "gong-sandbox-{}-{:016x}",
                std::process::id(),
                rng::mix(self.seed ^ fastrand::u64(..))
            ))),
            MediaStorage::Dir(d) => Some(d.clone()),
        };
        if let Some(dir) = &media_dir {
            tokio::fs::create_dir_all(dir).await.map_err(|source| {
                Error::io(
                    format!("creating the sandbox media directory {}", dir.display()),
                    source,
                )
            })?;
        }
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], self.port)))
            .await
            .map_err(|source| Error::io(format!("binding 127.0.0.1:{}", self.port), source))?;
        let addr = listener
            .local_addr()
            .map_err(|source| Error::io("reading the sandbox's address", source))?;
        let url = format!("http://{addr}");
        let config = Config {
            seed: self.seed,
            sizes: data::Sizes {
                users: self.users,
                calls: self.calls,
                workspaces: self.workspaces,
                logs_per_type: self.logs_per_type,
                hour_long_call: self.hour_long_call,
            },
            rate_limit: self.rate_limit,
            rate_enforcement: self.rate_enforcement,
            faults: self.faults,
            cursor_ttl: self.cursor_ttl,
            access_token_ttl: self.access_token_ttl,
            customer_base_url: self.api_base_url.unwrap_or_else(|| url.clone()),
            rules: self.rules,
            media_dir,
            remove_media_dir: matches!(self.media, MediaStorage::TempDir),
            redirect_uris: self.redirect_uris,
            enforce_scopes: self.enforce_scopes,
            missing_scope_status: self.missing_scope_status,
            withheld_scopes: self.withheld_scopes,
            ai_credits: self.ai_credits,
            variations: self.variations,
        };
        let shared = Arc::new(Shared::new(config));
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(http::serve(listener, shared.clone(), stopped, self.connections));
        Ok(SandboxHandle {
            shared,
            url,
            addr,
            stop,
            task: Some(task),
        })
    }
}

/// A running sandbox. Dropping it stops the server (without waiting);
/// [`SandboxHandle::shutdown`] stops it and waits.
pub struct SandboxHandle {
    shared: Arc<Shared>,
    url: String,
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl std::fmt::Debug for SandboxHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SandboxHandle")
            .field("url", &self.url)
            .field("access_key", &self.shared.creds.access_key)
            .field("client_id", &self.shared.creds.client_id)
            .finish_non_exhaustive()
    }
}

impl SandboxHandle {
    /// The API base URL (`http://127.0.0.1:PORT`).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The socket address served.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The seed.
    pub fn seed(&self) -> u64 {
        self.shared.config.seed
    }

    /// The tenant's API access key (HTTP Basic user).
    pub fn access_key(&self) -> &str {
        &self.shared.creds.access_key
    }

    /// The access key's secret (HTTP Basic password). A sandbox credential:
    /// it opens nothing but this sandbox.
    pub fn access_key_secret(&self) -> &str {
        self.shared.creds.access_key_secret.expose_secret()
    }

    /// The OAuth app's client id.
    pub fn client_id(&self) -> &str {
        &self.shared.creds.client_id
    }

    /// The OAuth app's client secret (a sandbox credential).
    pub fn client_secret(&self) -> &str {
        self.shared.creds.client_secret.expose_secret()
    }

    /// The OAuth authorization page.
    pub fn authorize_url(&self) -> String {
        format!("{}/oauth2/authorize", self.url)
    }

    /// The OAuth token endpoint.
    pub fn token_url(&self) -> String {
        format!("{}/oauth2/generate-customer-token", self.url)
    }

    /// The `api_base_url_for_customer` token answers carry.
    pub fn api_base_url_for_customer(&self) -> &str {
        &self.shared.config.customer_base_url
    }

    /// A client builder pointed at the sandbox with its API key (Gong's
    /// other defaults unchanged).
    pub fn client_builder(&self) -> gong_client::ClientBuilder {
        gong_client::Client::builder()
            .base_url(self.url.clone())
            .api_key(self.access_key(), self.access_key_secret())
    }

    /// OAuth settings of the sandbox's app, redirecting to `redirect_uri`.
    pub fn oauth_config(&self, redirect_uri: impl Into<String>) -> gong_client::auth::OAuthConfig {
        gong_client::auth::OAuthConfig::new(self.client_id(), self.client_secret(), redirect_uri)
            .with_urls(self.authorize_url(), self.token_url())
    }

    /// A request this sandbox accepts for the operation `operation_id`
    /// (Gong's operationId, as in `gong_client::api::operations`): its
    /// required parameters and body fields filled from the tenant's records.
    /// `None` for an operation the API document lacks. Operations that act
    /// on something made before (a meeting, an uploaded call, a bulk
    /// assignment, a task) get a made-up id: make the thing first.
    pub fn example_request(&self, operation_id: &str) -> Option<ExampleRequest> {
        examples::example(&self.shared, operation_id)
    }

    /// Counters so far.
    pub fn stats(&self) -> SandboxStats {
        self.shared.lock().stats.clone()
    }

    /// The rate limit (requests per second) and how it is enforced; `None`
    /// when the sandbox has no limit.
    pub fn rate_limit(&self) -> Option<(f64, RateEnforcement)> {
        self.shared
            .config
            .rate_limit
            .map(|r| (r, self.shared.config.rate_enforcement))
    }

    /// When the `/v2` requests the rate limit admitted arrived, as offsets
    /// from the sandbox's start, oldest first (the latest 100,000).
    pub fn admission_times(&self) -> Vec<Duration> {
        let started = self.shared.started;
        let st = self.shared.lock();
        st.admitted
            .iter()
            .map(|t| t.saturating_duration_since(started))
            .collect()
    }

    /// Ids of the listed (processed) calls, in start-time order.
    pub fn call_ids(&self) -> Vec<GongId> {
        self.shared.lock().data.calls.iter().map(|c| gong_id(&c.id)).collect()
    }

    /// Leaves these calls out of transcript answers, as Gong does while it
    /// is still transcribing them, until [`SandboxHandle::release_transcripts`].
    pub fn withhold_transcripts(&self, call_ids: &[GongId]) {
        let mut st = self.shared.lock();
        for id in call_ids {
            st.data.transcripts_withheld.insert(id.as_str().to_owned());
        }
    }

    /// Transcripts of these calls are finished: answers include them again.
    pub fn release_transcripts(&self, call_ids: &[GongId]) {
        let mut st = self.shared.lock();
        for id in call_ids {
            st.data.transcripts_withheld.remove(id.as_str());
        }
    }

    /// Renames a listed call, as when its host edits the title in Gong after
    /// the call was processed: later answers carry the new title. False when
    /// no listed call has that id.
    pub fn rename_call(&self, call_id: &GongId, title: impl Into<String>) -> bool {
        let mut st = self.shared.lock();
        match st.data.call_position(call_id.as_str()) {
            Some(i) => {
                st.data.calls[i].title = title.into();
                true
            }
            None => false,
        }
    }

    /// Ids of the listed calls Gong marks private (`metaData.isPrivate`):
    /// one seeded call in twenty, and those [`SandboxHandle::set_call_private`]
    /// made private; in start-time order.
    pub fn private_call_ids(&self) -> Vec<GongId> {
        self.shared
            .lock()
            .data
            .calls
            .iter()
            .filter(|c| c.private)
            .map(|c| gong_id(&c.id))
            .collect()
    }

    /// Marks a listed call private (or public again), as when its host
    /// changes its privacy in Gong: later answers carry the new
    /// `metaData.isPrivate`. False when no listed call has that id.
    pub fn set_call_private(&self, call_id: &GongId, private: bool) -> bool {
        let mut st = self.shared.lock();
        match st.data.calls.iter_mut().find(|c| c.id == call_id.as_str()) {
            Some(c) => {
                c.private = private;
                true
            }
            None => false,
        }
    }

    /// From now on, after `requests` more admitted `/v2` requests, every
    /// request is refused with 429 and a `Retry-After` of `retry_after`, as
    /// Gong does once the company's quota is spent by other integrations;
    /// until [`SandboxHandle::stop_refusing`].
    pub fn refuse_after(&self, requests: u64, retry_after: Duration) {
        self.shared.lock().refusal = Some((requests, retry_after));
    }

    /// Ends what [`SandboxHandle::refuse_after`] started.
    pub fn stop_refusing(&self) {
        self.shared.lock().refusal = None;
    }

    /// The company users (not Gong's avatars).
    pub fn users(&self) -> Vec<SandboxUser> {
        self.shared
            .lock()
            .data
            .people()
            .map(|u| SandboxUser {
                id: gong_id(&u.id),
                email: u.email.clone(),
                name: u.full_name(),
            })
            .collect()
    }

    /// The workspace ids.
    pub fn workspace_ids(&self) -> Vec<GongId> {
        self.shared
            .lock()
            .data
            .workspaces
            .iter()
            .map(|w| gong_id(&w.id))
            .collect()
    }

    /// The library folder ids.
    pub fn folder_ids(&self) -> Vec<GongId> {
        self.shared.lock().data.folders.iter().map(|f| gong_id(&f.id)).collect()
    }

    /// The CRM contacts still on record.
    pub fn contacts(&self) -> Vec<SandboxContact> {
        self.shared
            .lock()
            .data
            .contacts
            .iter()
            .map(|c| SandboxContact {
                email: c.email.clone(),
                phone: c.phone.clone(),
                name: c.name.clone(),
            })
            .collect()
    }

    /// The media received for a call, if any.
    pub fn media(&self, call_id: &GongId) -> Option<StoredMedia> {
        self.shared.lock().media.get(call_id.as_str()).cloned()
    }

    /// Every webhook delivery attempt so far.
    pub fn webhook_deliveries(&self) -> Vec<WebhookDelivery> {
        self.shared.lock().deliveries.clone()
    }

    /// Stops accepting, closes every connection, waits for the server task,
    /// and removes a temporary media directory.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
        self.shared.remove_temp_media().await;
    }
}

impl Drop for SandboxHandle {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

fn gong_id(digits: &str) -> GongId {
    render::gong_id(digits).expect("the sandbox mints numeric ids")
}
