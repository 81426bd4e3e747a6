//! The two Gong connections: an API key (HTTP Basic) and OAuth 2.0.
//!
//! OAuth facts the code is built around (see the crate docs):
//! - every Bearer call goes to the tenant's `api_base_url_for_customer`;
//! - refresh tokens are single use, so at most one refresh runs per
//!   connection, and the rotated token is saved to the [`TokenStore`] before
//!   the new access token is used;
//! - clients and processes sharing a store refresh one at a time, inside
//!   [`TokenStore::lock`], and adopt tokens another one already rotated
//!   instead of spending a refresh token twice;
//! - `invalid_grant` means a person must authorize the app again, once the
//!   store has been read again and holds nothing newer.
//! - a refresh (or code exchange) runs on a task of its own: a request
//!   dropped meanwhile does not drop the rotated tokens with it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use futures::future::BoxFuture;
use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use tracing::Instrument;

use crate::error::{AuthError, Error, Result};
use crate::quota::Counters;

/// The OAuth scopes the connector asks for when none are given.
pub const DEFAULT_SCOPES: &str = "api:calls:create api:calls:read:basic";
/// Gong's OAuth authorization page.
pub const GONG_AUTHORIZE_URL: &str = "https://app.gong.io/oauth2/authorize";
/// Gong's OAuth token endpoint (code exchange and refresh).
pub const GONG_TOKEN_URL: &str = "https://app.gong.io/oauth2/generate-customer-token";
/// The domain of Gong's tenant URLs (`https://<tenant>.api.gong.io`): by
/// default the only one an OAuth token goes to.
pub const GONG_TENANT_DOMAIN: &str = "gong.io";
/// Longest token endpoint answer read: a token answer is well under a
/// kilobyte.
const MAX_TOKEN_ANSWER_BYTES: u64 = 64 * 1024;

/// A URL for messages: scheme, host, port and path only.
fn shown_url(url: &reqwest::Url) -> String {
    let mut shown = url.clone();
    let _ = shown.set_username("");
    let _ = shown.set_password(None);
    shown.set_query(None);
    shown.set_fragment(None);
    clipped(shown.as_str())
}

/// At most 100 characters of `text`, control characters escaped.
fn clipped(text: &str) -> String {
    let mut out: String = text.chars().take(100).flat_map(char::escape_debug).collect();
    if text.chars().count() > 100 {
        out.push('…');
    }
    out
}

/// An API key connection: Gong's access key and its secret.
#[derive(Clone)]
pub struct ApiKey {
    access_key: String,
    secret: SecretString,
}

impl ApiKey {
    /// An access key and its secret, as created in Gong's API settings.
    pub fn new(access_key: impl Into<String>, access_key_secret: impl Into<String>) -> Self {
        ApiKey {
            access_key: access_key.into(),
            secret: SecretString::from(access_key_secret.into()),
        }
    }

    /// The access key (not secret on its own).
    pub fn access_key(&self) -> &str {
        &self.access_key
    }

    /// The `Authorization` header value, marked sensitive.
    pub(crate) fn header(&self) -> HeaderValue {
        let raw = format!("{}:{}", self.access_key, self.secret.expose_secret());
        let mut v = HeaderValue::from_str(&format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(raw)
        ))
        .unwrap_or_else(|_| HeaderValue::from_static("Basic"));
        v.set_sensitive(true);
        v
    }
}

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiKey")
            .field("access_key", &self.access_key)
            .field("secret", &"[redacted]")
            .finish()
    }
}

/// Where the token endpoint's parameters (`grant_type`, `code`,
/// `redirect_uri`, `refresh_token`) travel. The client authenticates with
/// HTTP Basic (`client_id:client_secret`) either way.
///
/// The URL of a query-string request carries the code or refresh token: the
/// client never prints it, and errors from the token endpoint carry no URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum TokenParams {
    /// The query string (`?grant_type=refresh_token&refresh_token=...`),
    /// with an empty body: what Gong's OAuth guide documents. The default.
    #[default]
    Query,
    /// An `application/x-www-form-urlencoded` body (the OAuth 2.0
    /// standard's way), for a proxy or a Gong deployment that wants it.
    Form,
}

/// An OAuth app's settings.
#[derive(Clone)]
#[non_exhaustive]
pub struct OAuthConfig {
    /// The app's client id.
    pub client_id: String,
    client_secret: SecretString,
    /// The redirect URI registered for the app.
    pub redirect_uri: String,
    /// Space-separated scopes; [`DEFAULT_SCOPES`] unless set.
    pub scopes: String,
    /// Authorization page (configurable for tests).
    pub authorize_url: String,
    /// Token endpoint (configurable for tests).
    pub token_url: String,
    /// Where token parameters travel.
    pub token_params: TokenParams,
    /// Refresh this long before the access token expires.
    pub refresh_margin: Duration,
    /// Domains a tenant URL may be on (each with its subdomains); see
    /// [`OAuthConfig::with_tenant_hosts`].
    pub tenant_hosts: Vec<String>,
}

impl OAuthConfig {
    /// Settings for an app with the connector's default scopes and Gong's URLs.
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        redirect_uri: impl Into<String>,
    ) -> Self {
        OAuthConfig {
            client_id: client_id.into(),
            client_secret: SecretString::from(client_secret.into()),
            redirect_uri: redirect_uri.into(),
            scopes: DEFAULT_SCOPES.into(),
            authorize_url: GONG_AUTHORIZE_URL.into(),
            token_url: GONG_TOKEN_URL.into(),
            token_params: TokenParams::default(),
            refresh_margin: Duration::from_secs(60),
            tenant_hosts: vec![GONG_TENANT_DOMAIN.into()],
        }
    }

    /// Replaces the scopes (space-separated).
    pub fn with_scopes(mut self, scopes: impl Into<String>) -> Self {
        self.scopes = scopes.into();
        self
    }

    /// Replaces the authorization and token URLs (tests, proxies).
    pub fn with_urls(mut self, authorize_url: impl Into<String>, token_url: impl Into<String>) -> Self {
        self.authorize_url = authorize_url.into();
        self.token_url = token_url.into();
        self
    }

    /// Where token parameters travel: the query string by default, as Gong
    /// documents; [`TokenParams::Form`] sends them as a form body instead.
    pub fn with_token_params(mut self, params: TokenParams) -> Self {
        self.token_params = params;
        self
    }

    /// How long before expiry an access token is refreshed.
    pub fn with_refresh_margin(mut self, margin: Duration) -> Self {
        self.refresh_margin = margin;
        self
    }

    /// The domains a tenant URL (`api_base_url_for_customer`, where every
    /// Bearer token goes) may be on, each with its subdomains; by default
    /// `gong.io` alone. The URL must be https there. A loopback URL
    /// (`localhost`, 127.0.0.0/8, `::1`, http or https) is taken only when
    /// the token endpoint is on loopback too (the sandbox, tests). Anything
    /// else is refused with [`AuthError::TenantUrlRefused`], with nothing
    /// saved.
    pub fn with_tenant_hosts<I, S>(mut self, domains: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.tenant_hosts = domains.into_iter().map(Into::into).collect();
        self
    }

    /// Checks a tenant URL against the rules of
    /// [`OAuthConfig::with_tenant_hosts`]; returns it parsed.
    pub fn check_tenant_url(&self, url: &str) -> Result<reqwest::Url> {
        let refuse = |shown: String, rule: String| -> Error { AuthError::TenantUrlRefused { url: shown, rule }.into() };
        let parsed = match reqwest::Url::parse(url.trim()) {
            Ok(u) => u,
            Err(e) => return Err(refuse(clipped(url), format!("not an absolute URL ({e})"))),
        };
        let shown = shown_url(&parsed);
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(refuse(shown, "it carries user info".into()));
        }
        let token_on_loopback = reqwest::Url::parse(&self.token_url).is_ok_and(|t| crate::validate::is_loopback(&t));
        if crate::validate::is_loopback(&parsed) && matches!(parsed.scheme(), "http" | "https") {
            if token_on_loopback {
                return Ok(parsed);
            }
            return Err(refuse(
                shown,
                "a loopback tenant URL is taken only from a token endpoint on loopback (the sandbox)".into(),
            ));
        }
        let allowed = parsed.scheme() == "https"
            && parsed
                .domain()
                .is_some_and(|host| self.tenant_hosts.iter().any(|d| crate::validate::host_within(host, d)));
        if allowed {
            Ok(parsed)
        } else {
            Err(refuse(
                shown,
                format!(
                    "a tenant URL must be https on {} (or a subdomain); the Bearer token would go there",
                    self.tenant_hosts.join(", ")
                ),
            ))
        }
    }

    /// The page to send a person to, carrying `state` (check it on the way back).
    pub fn authorization_url(&self, state: &str) -> String {
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("client_id", &self.client_id)
            .append_pair("response_type", "code")
            .append_pair("scope", &self.scopes)
            .append_pair("redirect_uri", &self.redirect_uri)
            .append_pair("state", state)
            .finish();
        let sep = if self.authorize_url.contains('?') { '&' } else { '?' };
        format!("{}{sep}{query}", self.authorize_url)
    }
}

impl std::fmt::Debug for OAuthConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthConfig")
            .field("client_id", &self.client_id)
            .field("client_secret", &"[redacted]")
            .field("redirect_uri", &self.redirect_uri)
            .field("scopes", &self.scopes)
            .field("authorize_url", &self.authorize_url)
            .field("token_url", &self.token_url)
            .field("tenant_hosts", &self.tenant_hosts)
            .finish()
    }
}

/// An OAuth token set, as the token endpoint gave it.
#[derive(Clone, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TokenSet {
    #[serde(with = "secret_string")]
    access_token: SecretString,
    #[serde(with = "secret_string")]
    refresh_token: SecretString,
    /// Expiry of the access token, seconds since the Unix epoch.
    pub expires_at: u64,
    /// Granted scopes (space-separated), when Gong said.
    #[serde(default)]
    pub scope: Option<String>,
    /// The tenant's API base URL (`api_base_url_for_customer`).
    #[serde(default)]
    pub api_base_url: Option<String>,
    /// How long the access token lived when issued (`expires_in`), in seconds.
    #[serde(default)]
    pub lifetime_secs: Option<u64>,
}

impl TokenSet {
    /// A token set (for stores and tests).
    pub fn new(access_token: impl Into<String>, refresh_token: impl Into<String>, expires_at: u64) -> Self {
        TokenSet {
            access_token: SecretString::from(access_token.into()),
            refresh_token: SecretString::from(refresh_token.into()),
            expires_at,
            scope: None,
            api_base_url: None,
            lifetime_secs: None,
        }
    }

    /// Sets the tenant base URL.
    pub fn with_api_base_url(mut self, url: impl Into<String>) -> Self {
        self.api_base_url = Some(url.into());
        self
    }

    /// Sets the granted scopes (space-separated).
    pub fn with_scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// Sets how long the access token lived when issued, in seconds.
    pub fn with_lifetime_secs(mut self, secs: u64) -> Self {
        self.lifetime_secs = Some(secs);
        self
    }

    /// The access token. Handle with care: never log it.
    pub fn access_token(&self) -> &SecretString {
        &self.access_token
    }

    /// The refresh token. Handle with care: never log it.
    pub fn refresh_token(&self) -> &SecretString {
        &self.refresh_token
    }

    fn usable_at(&self, now: u64, margin: Duration) -> bool {
        // A short-lived token is refreshed at half its life, not before every request.
        let margin = self
            .lifetime_secs
            .map_or(margin.as_secs(), |life| margin.as_secs().min(life / 2));
        now.saturating_add(margin) < self.expires_at
    }
}

impl std::fmt::Debug for TokenSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenSet")
            .field("access_token", &"[redacted]")
            .field("refresh_token", &"[redacted]")
            .field("expires_at", &self.expires_at)
            .field("scope", &self.scope)
            .field("api_base_url", &self.api_base_url)
            .finish()
    }
}

mod secret_string {
    use secrecy::{ExposeSecret, SecretString};
    pub fn serialize<S: serde::Serializer>(v: &SecretString, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(v.expose_secret())
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<SecretString, D::Error> {
        let s: String = serde::Deserialize::deserialize(d)?;
        Ok(SecretString::from(s))
    }
}

/// Where an OAuth connection keeps its tokens between runs.
///
/// Asynchronous, so a database or a secrets manager can back it without
/// blocking the runtime, and object safe (`Arc<dyn TokenStore>`): each
/// method returns a boxed future.
///
/// Refresh tokens are single use: `save` must be durable before its future
/// completes, because the client uses the new access token only after it.
///
/// Several clients, in one process or in many, may share one store. Each
/// refresh runs inside [`TokenStore::lock`]: the client takes the lock,
/// loads the store again, adopts tokens another client already rotated, and
/// otherwise refreshes and saves before it lets go. A store that can be
/// shared between processes should make `lock` exclude them all (as
/// [`FileTokenStore`] does with an OS file lock); the default holds nothing.
///
/// ```
/// use futures::future::BoxFuture;
/// use gong_client::auth::{TokenSet, TokenStore};
///
/// /// Tokens kept in a row of the application's own database (here a map).
/// #[derive(Debug, Default)]
/// struct DbStore(std::sync::Mutex<Option<TokenSet>>);
///
/// impl TokenStore for DbStore {
///     fn load(&self) -> BoxFuture<'_, std::io::Result<Option<TokenSet>>> {
///         Box::pin(async move { Ok(self.0.lock().unwrap().clone()) })
///     }
///     fn save<'a>(&'a self, tokens: &'a TokenSet) -> BoxFuture<'a, std::io::Result<()>> {
///         Box::pin(async move {
///             *self.0.lock().unwrap() = Some(tokens.clone());
///             Ok(())
///         })
///     }
/// }
/// ```
pub trait TokenStore: Send + Sync + std::fmt::Debug {
    /// The stored tokens, if any.
    fn load(&self) -> BoxFuture<'_, std::io::Result<Option<TokenSet>>>;

    /// Replaces the stored tokens; durable once the future completes.
    fn save<'a>(&'a self, tokens: &'a TokenSet) -> BoxFuture<'a, std::io::Result<()>>;

    /// Excludes every other holder of the store's lock until the returned
    /// guard drops: the client holds it around load, refresh and save, so a
    /// single-use refresh token is spent once however many clients share
    /// the store. The default excludes no one (a store only one client uses).
    fn lock(&self) -> BoxFuture<'_, std::io::Result<StoreLock>> {
        Box::pin(std::future::ready(Ok(StoreLock::none())))
    }
}

/// A held [`TokenStore::lock`]; dropping it lets the next holder in.
pub struct StoreLock {
    _held: Option<Box<dyn std::any::Any + Send + Sync>>,
}

impl StoreLock {
    /// A lock that holds nothing (for stores only one client uses).
    pub fn none() -> Self {
        StoreLock { _held: None }
    }

    /// A lock released when `guard` drops (a mutex guard, a locked file, a
    /// lease that ends on drop).
    pub fn holding<G: Send + Sync + 'static>(guard: G) -> Self {
        StoreLock {
            _held: Some(Box::new(guard)),
        }
    }
}

impl std::fmt::Debug for StoreLock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreLock")
            .field("holds", &self._held.is_some())
            .finish()
    }
}

/// Keeps tokens in memory only. Clients that share one (through an `Arc`)
/// also share its lock, so they refresh one at a time.
#[derive(Debug, Default)]
pub struct MemoryTokenStore {
    tokens: Mutex<Option<TokenSet>>,
    lock: std::sync::Arc<tokio::sync::Mutex<()>>,
}

impl MemoryTokenStore {
    /// A store holding `tokens`.
    pub fn with(tokens: TokenSet) -> Self {
        MemoryTokenStore {
            tokens: Mutex::new(Some(tokens)),
            lock: Default::default(),
        }
    }
}

impl TokenStore for MemoryTokenStore {
    fn load(&self) -> BoxFuture<'_, std::io::Result<Option<TokenSet>>> {
        let tokens = self.tokens.lock().unwrap_or_else(|p| p.into_inner()).clone();
        Box::pin(std::future::ready(Ok(tokens)))
    }

    fn save<'a>(&'a self, tokens: &'a TokenSet) -> BoxFuture<'a, std::io::Result<()>> {
        *self.tokens.lock().unwrap_or_else(|p| p.into_inner()) = Some(tokens.clone());
        Box::pin(std::future::ready(Ok(())))
    }

    fn lock(&self) -> BoxFuture<'_, std::io::Result<StoreLock>> {
        let lock = self.lock.clone();
        Box::pin(async move { Ok(StoreLock::holding(lock.lock_owned().await)) })
    }
}

/// Keeps tokens in a JSON file, replaced atomically (write, sync, rename) and
/// readable by its owner only.
///
/// Its [`TokenStore::lock`] is an exclusive OS file lock on a sidecar file
/// (the token file's name plus `.lock`, never removed), so every process
/// and every client sharing the path refreshes one at a time (where the
/// file system has no locks, a warning is logged and the reload on
/// `invalid_grant` is the only guard). File work runs on Tokio's blocking
/// pool.
#[derive(Debug, Clone)]
pub struct FileTokenStore {
    path: PathBuf,
    lock_wait: Duration,
}

impl FileTokenStore {
    /// A store at `path` (the file need not exist yet).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        FileTokenStore {
            path: path.into(),
            lock_wait: crate::files::LOCK_WAIT,
        }
    }

    /// How long [`TokenStore::lock`] waits for a lock another process
    /// keeps before it fails with [`std::io::ErrorKind::TimedOut`] (default
    /// [`crate::files::LOCK_WAIT`], 30 s; a notice after five seconds).
    pub fn with_lock_wait(mut self, wait: Duration) -> Self {
        self.lock_wait = wait;
        self
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The sidecar file [`TokenStore::lock`] locks: the token file's path
    /// with `.lock` appended.
    pub fn lock_path(&self) -> PathBuf {
        let mut name = self.path.as_os_str().to_owned();
        name.push(".lock");
        PathBuf::from(name)
    }

    fn load_now(path: &Path) -> std::io::Result<Option<TokenSet>> {
        match crate::files::read_regular(path, MAX_TOKEN_FILE_BYTES)? {
            Some(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(std::io::Error::other),
            None => Ok(None),
        }
    }
}

/// Largest token file read (a token set is a few kilobytes).
const MAX_TOKEN_FILE_BYTES: u64 = 1024 * 1024;

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> std::io::Result<T> + Send + 'static) -> std::io::Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|e| Err(std::io::Error::other(format!("token store task failed: {e}"))))
}

impl TokenStore for FileTokenStore {
    fn load(&self) -> BoxFuture<'_, std::io::Result<Option<TokenSet>>> {
        let path = self.path.clone();
        Box::pin(blocking(move || Self::load_now(&path)))
    }

    fn save<'a>(&'a self, tokens: &'a TokenSet) -> BoxFuture<'a, std::io::Result<()>> {
        let path = self.path.clone();
        let bytes = serde_json::to_vec_pretty(tokens).map_err(std::io::Error::other);
        Box::pin(async move {
            let bytes = bytes?;
            blocking(move || write_private_atomically(&path, &bytes)).await
        })
    }

    fn lock(&self) -> BoxFuture<'_, std::io::Result<StoreLock>> {
        let path = self.lock_path();
        let wait = self.lock_wait;
        Box::pin(async move {
            // Another holder is waited for on the blocking pool, for a
            // bounded time (files::LOCK_WAIT), then refused.
            let locked = blocking(move || crate::files::lock_exclusive(&path, "the OAuth token store", wait)).await?;
            match locked {
                crate::files::Locked::Held(lock) => Ok(StoreLock::holding(lock)),
                // A file system without locks: the reload on invalid_grant
                // is what is left.
                crate::files::Locked::Unsupported => {
                    tracing::warn!("the token file's file system has no locks; refreshes are not single-flight");
                    Ok(StoreLock::none())
                }
            }
        })
    }
}

/// Writes `bytes` to `path` readable by its owner only, atomically and never
/// through a symlink: see [`crate::files::write_private_atomically`].
pub fn write_private_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    crate::files::write_private_atomically(path, bytes)
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    refresh_token: Option<String>,
    #[serde(default, deserialize_with = "lenient_seconds")]
    expires_in: Option<u64>,
    #[serde(default)]
    scope: Option<String>,
    #[serde(default)]
    api_base_url_for_customer: Option<String>,
}

/// `expires_in` as a whole number, a decimal or a numeric string; past
/// `u64` it saturates, below zero it is zero, and any other value means
/// Gong did not say (the default lifetime applies).
fn lenient_seconds<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<u64>, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    let number = match &value {
        serde_json::Value::Number(n) => n.as_u64().map(|n| n as f64).or_else(|| n.as_f64()),
        serde_json::Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    };
    Ok(match (value.as_u64(), number) {
        (Some(exact), _) => Some(exact),
        (None, Some(n)) if n.is_finite() => Some(if n <= 0.0 { 0 } else { n as u64 }),
        _ => None,
    })
}

#[derive(Deserialize, Default)]
struct TokenError {
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    error_description: Option<String>,
}

/// A live OAuth connection: its settings, its store, and the current tokens.
#[derive(Debug)]
pub struct OAuthSession {
    config: OAuthConfig,
    store: std::sync::Arc<dyn TokenStore>,
    /// The current tokens. Held across a refresh, so at most one refresh runs
    /// per session and every waiting request then sees the new token; the
    /// store's lock does the same between sessions and processes.
    state: tokio::sync::Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    tokens: Option<TokenSet>,
    /// Rotated tokens the store has not accepted yet: kept in memory so the
    /// single-use refresh token is not lost, and saved before any use.
    unsaved: Unsaved,
}

/// Whether the held tokens still have to reach the store.
#[derive(Debug, Default)]
enum Unsaved {
    /// They are stored (or came from the store).
    #[default]
    No,
    /// A refresh of the stored refresh token (this one) gave them: they may
    /// replace it, but not tokens someone else stored since.
    Successor(SecretString),
    /// A code exchange (a person's new grant) gave them: they replace anything.
    Grant,
}

/// What a request needs from the connection.
pub(crate) struct Access {
    pub header: HeaderValue,
    pub token: SecretString,
    pub base_url: Option<String>,
    /// The scopes Gong granted the token, when it said.
    pub scope: Option<String>,
}

fn same(a: &SecretString, b: &SecretString) -> bool {
    bool::from(subtle::ConstantTimeEq::ct_eq(
        a.expose_secret().as_bytes(),
        b.expose_secret().as_bytes(),
    ))
}

/// Runs `work` on a task of its own, so it runs to its end (the token
/// answer saved and counted) even when the request that started it is
/// dropped, by a timeout or a cancelled future: a refresh token the token
/// endpoint has spent is never lost with the answer that replaced it.
async fn detached<T: Send + 'static>(work: BoxFuture<'static, Result<T>>) -> Result<T> {
    match tokio::spawn(work).await {
        Ok(result) => result,
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(e) => Err(Error::Io {
            context: "the OAuth token task stopped".into(),
            source: std::io::Error::other(e.to_string()),
        }),
    }
}

fn store_error(context: &str) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        context: context.into(),
        source,
    }
}

impl OAuthSession {
    /// A connection with `config` whose tokens live in `store`.
    pub fn new(config: OAuthConfig, store: std::sync::Arc<dyn TokenStore>) -> Self {
        OAuthSession {
            config,
            store,
            state: tokio::sync::Mutex::new(State::default()),
        }
    }

    /// The app settings.
    pub fn config(&self) -> &OAuthConfig {
        &self.config
    }

    /// The stored tokens (for status displays; secrets stay wrapped).
    pub async fn tokens(&self) -> Result<Option<TokenSet>> {
        let mut state = self.state.lock().await;
        self.load_into(&mut state).await?;
        Ok(state.tokens.clone())
    }

    /// The stored tokens. A stored tenant URL is checked again (a file
    /// someone else wrote, a store of an older version): one that breaks
    /// the rules of [`OAuthConfig::check_tenant_url`] is refused.
    async fn load_stored(&self) -> Result<Option<TokenSet>> {
        let tokens = self.store.load().await.map_err(store_error("loading OAuth tokens"))?;
        if let Some(url) = tokens.as_ref().and_then(|t| t.api_base_url.as_deref()) {
            self.config.check_tenant_url(url)?;
        }
        Ok(tokens)
    }

    async fn lock_store(&self) -> Result<StoreLock> {
        self.store
            .lock()
            .await
            .map_err(store_error("locking the OAuth token store"))
    }

    /// Loads the stored tokens on first use, and retries a failed save.
    async fn load_into(&self, state: &mut State) -> Result<()> {
        if state.tokens.is_none() {
            state.tokens = self.load_stored().await?;
        }
        if !matches!(state.unsaved, Unsaved::No) {
            let _lock = self.lock_store().await?;
            let Some(tokens) = state.tokens.clone() else {
                return Ok(());
            };
            let origin = std::mem::take(&mut state.unsaved);
            self.commit(state, tokens, origin).await?;
        }
        Ok(())
    }

    /// Makes `tokens` current and saves them, unless the store moved on
    /// since they were made (see [`Unsaved`]): the store never goes back to
    /// older tokens. When the save fails they stay in memory, marked
    /// unsaved, and the error is returned. The caller holds the store lock.
    async fn commit(&self, state: &mut State, tokens: TokenSet, origin: Unsaved) -> Result<()> {
        if let Unsaved::Successor(parent) = &origin
            && let Ok(Some(stored)) = self.store.load().await
            && !same(&stored.refresh_token, parent)
        {
            // A store without a lock let someone else write meanwhile: keep
            // theirs; ours still work for this session.
            tracing::debug!("the OAuth token store moved on during a refresh; not overwriting it");
            state.tokens = Some(tokens);
            state.unsaved = Unsaved::No;
            return Ok(());
        }
        let saved = self.store.save(&tokens).await;
        state.tokens = Some(tokens);
        state.unsaved = if saved.is_ok() { Unsaved::No } else { origin };
        saved.map_err(store_error("saving the rotated OAuth tokens"))
    }

    /// Exchanges an authorization code for tokens and stores them.
    pub(crate) async fn exchange_code(
        self: &Arc<Self>,
        http: &reqwest::Client,
        code: &str,
        counters: &Arc<Counters>,
    ) -> Result<TokenSet> {
        let (me, http, code, counters) = (self.clone(), http.clone(), code.to_owned(), counters.clone());
        detached(Box::pin(
            async move { me.exchange_code_now(&http, &code, &counters).await },
        ))
        .await
    }

    async fn exchange_code_now(&self, http: &reqwest::Client, code: &str, counters: &Counters) -> Result<TokenSet> {
        let mut state = self.state.lock().await;
        let _lock = self.lock_store().await?;
        let answer = self
            .token_request(
                http,
                &[
                    ("grant_type", "authorization_code"),
                    ("code", code),
                    ("redirect_uri", &self.config.redirect_uri),
                ],
                counters,
            )
            .await?;
        let tokens = self.accept(answer, None)?;
        self.commit(&mut state, tokens.clone(), Unsaved::Grant).await?;
        Ok(tokens)
    }

    /// True when `t` cannot serve a request: it expires within the margin,
    /// or it is the access token Gong just refused.
    fn needs_refresh(&self, t: &TokenSet, refused: Option<&SecretString>) -> bool {
        !t.usable_at(crate::clock::unix_seconds(), self.config.refresh_margin)
            || refused.is_some_and(|r| same(r, &t.access_token))
    }

    /// A valid access token, refreshing first when it is about to expire.
    pub(crate) async fn access(self: &Arc<Self>, http: &reqwest::Client, counters: &Arc<Counters>) -> Result<Access> {
        {
            let state = self.state.lock().await;
            if let Some(current) = state.tokens.as_ref()
                && matches!(state.unsaved, Unsaved::No)
                && !self.needs_refresh(current, None)
            {
                return Ok(Self::access_of(current));
            }
        }
        let (me, http, counters) = (self.clone(), http.clone(), counters.clone());
        detached(Box::pin(async move { me.access_now(&http, &counters).await })).await
    }

    async fn access_now(&self, http: &reqwest::Client, counters: &Counters) -> Result<Access> {
        let mut state = self.state.lock().await;
        self.load_into(&mut state).await?;
        let Some(current) = state.tokens.as_ref() else {
            return Err(AuthError::ReconnectRequired {
                reason: "no OAuth tokens stored; authorize the app first".into(),
            }
            .into());
        };
        if self.needs_refresh(current, None) {
            self.renew(&mut state, http, counters, None).await?;
        }
        Ok(Self::access_of(state.tokens.as_ref().expect("tokens are present")))
    }

    /// After a 401 with `stale`: refresh once, unless another request (or
    /// another client of the store) already did.
    pub(crate) async fn refresh_after_unauthorized(
        self: &Arc<Self>,
        http: &reqwest::Client,
        stale: &SecretString,
        counters: &Arc<Counters>,
    ) -> Result<Access> {
        let (me, http, stale, counters) = (self.clone(), http.clone(), stale.clone(), counters.clone());
        detached(Box::pin(async move {
            me.refresh_after_unauthorized_now(&http, &stale, &counters).await
        }))
        .await
    }

    async fn refresh_after_unauthorized_now(
        &self,
        http: &reqwest::Client,
        stale: &SecretString,
        counters: &Counters,
    ) -> Result<Access> {
        let mut state = self.state.lock().await;
        self.load_into(&mut state).await?;
        let Some(current) = state.tokens.as_ref() else {
            return Err(AuthError::ReconnectRequired {
                reason: "no OAuth tokens stored".into(),
            }
            .into());
        };
        if same(&current.access_token, stale) {
            self.renew(&mut state, http, counters, Some(stale)).await?;
        }
        Ok(Self::access_of(state.tokens.as_ref().expect("tokens are present")))
    }

    /// Replaces the held tokens, which cannot serve (expired, or `refused`),
    /// inside the store's lock: adopts what another client stored meanwhile
    /// if it can serve; otherwise refreshes the newest refresh token and
    /// saves the answer. On `invalid_grant` it looks at the store once more
    /// (a store without a lock lets two clients race) before giving up.
    async fn renew(
        &self,
        state: &mut State,
        http: &reqwest::Client,
        counters: &Counters,
        refused: Option<&SecretString>,
    ) -> Result<()> {
        let _lock = self.lock_store().await?;
        let held = state.tokens.clone().expect("tokens are present");
        let mut latest = held;
        if let Some(stored) = self.load_stored().await?
            && !same(&stored.refresh_token, &latest.refresh_token)
        {
            if !self.needs_refresh(&stored, refused) {
                tracing::debug!("adopting OAuth tokens another client refreshed");
                state.tokens = Some(stored);
                return Ok(());
            }
            state.tokens = Some(stored.clone());
            latest = stored;
        }
        let refreshed = match self.refresh(http, &latest, counters).await {
            Ok(t) => t,
            Err(Error::Auth(AuthError::ReconnectRequired { reason })) => match self.load_stored().await? {
                Some(stored) if !same(&stored.refresh_token, &latest.refresh_token) => {
                    tracing::debug!("invalid_grant, but the store holds newer OAuth tokens; using them");
                    state.tokens = Some(stored.clone());
                    if !self.needs_refresh(&stored, refused) {
                        return Ok(());
                    }
                    latest = stored;
                    self.refresh(http, &latest, counters).await?
                }
                _ => return Err(AuthError::ReconnectRequired { reason }.into()),
            },
            Err(e) => return Err(e),
        };
        self.commit(state, refreshed, Unsaved::Successor(latest.refresh_token.clone()))
            .await
    }

    fn access_of(t: &TokenSet) -> Access {
        let mut header = HeaderValue::from_str(&format!("Bearer {}", t.access_token.expose_secret()))
            .unwrap_or_else(|_| HeaderValue::from_static("Bearer"));
        header.set_sensitive(true);
        Access {
            header,
            token: t.access_token.clone(),
            base_url: t.api_base_url.clone(),
            scope: t.scope.clone(),
        }
    }

    async fn refresh(&self, http: &reqwest::Client, current: &TokenSet, counters: &Counters) -> Result<TokenSet> {
        let answer = self
            .token_request(
                http,
                &[
                    ("grant_type", "refresh_token"),
                    ("refresh_token", current.refresh_token.expose_secret()),
                ],
                counters,
            )
            .instrument(tracing::debug_span!("gong.oauth.refresh"))
            .await?;
        Counters::bump(&counters.refreshes);
        self.accept(answer, Some(current))
    }

    /// Turns a token answer into a token set; refuses one whose tenant URL
    /// breaks [`OAuthConfig::check_tenant_url`] (nothing of it is saved).
    fn accept(&self, answer: TokenAnswer, previous: Option<&TokenSet>) -> Result<TokenSet> {
        if let Some(url) = answer.api_base_url_for_customer.as_deref() {
            self.config.check_tenant_url(url)?;
        }
        let lifetime = answer.expires_in.unwrap_or(3600);
        let refresh_token = match (answer.refresh_token, previous) {
            (Some(r), _) => SecretString::from(r),
            // Gong may omit it: the old one stays valid then.
            (None, Some(p)) => p.refresh_token.clone(),
            (None, None) => SecretString::from(String::new()),
        };
        Ok(TokenSet {
            access_token: SecretString::from(answer.access_token),
            refresh_token,
            // A hostile `expires_in` (2^64 - 1) saturates: never an overflow.
            expires_at: crate::clock::unix_seconds().saturating_add(lifetime),
            lifetime_secs: Some(lifetime),
            scope: answer.scope.or_else(|| previous.and_then(|p| p.scope.clone())),
            api_base_url: answer
                .api_base_url_for_customer
                .map(|u| u.trim().trim_end_matches('/').to_owned())
                .or_else(|| previous.and_then(|p| p.api_base_url.clone())),
        })
    }

    async fn token_request(
        &self,
        http: &reqwest::Client,
        params: &[(&str, &str)],
        counters: &Counters,
    ) -> Result<TokenAnswer> {
        let mut request = http
            .post(&self.config.token_url)
            .basic_auth(&self.config.client_id, Some(self.config.client_secret.expose_secret()));
        request = match self.config.token_params {
            TokenParams::Form => request.form(params),
            TokenParams::Query => request.query(params),
        };
        Counters::bump(&counters.sent);
        // The request's URL carries the code or refresh token in its query
        // (the default): errors must not carry it to a log or a terminal.
        let mut response = request.send().await.map_err(|e| Error::Transport(e.without_url()))?;
        let status = response.status();
        let body = crate::body::read_capped(&mut response, MAX_TOKEN_ANSWER_BYTES)
            .await
            .map_err(|e| Error::Transport(e.without_url()))?
            .ok_or_else(|| Error::BodyTooLarge {
                operation: "the OAuth token endpoint".into(),
                limit: MAX_TOKEN_ANSWER_BYTES,
            })?;
        if status.is_success() {
            return serde_json::from_slice(&body).map_err(|e| Error::Decode {
                path: ".".into(),
                message: format!("token answer: {e}"),
                // A token answer carries secrets: never kept.
                body: None,
            });
        }
        let err: TokenError = serde_json::from_slice(&body).unwrap_or_default();
        let code = err.error.unwrap_or_default();
        if code == "invalid_grant" {
            return Err(AuthError::ReconnectRequired {
                reason: format!(
                    "invalid_grant{}",
                    err.error_description.map(|d| format!(": {d}")).unwrap_or_default()
                ),
            }
            .into());
        }
        Err(AuthError::TokenEndpoint {
            status: status.as_u16(),
            message: if code.is_empty() {
                status.canonical_reason().unwrap_or("error").to_owned()
            } else {
                code
            },
        }
        .into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_key_header_is_basic_of_key_colon_secret() {
        let key = ApiKey::new("key", "s3cret");
        assert_eq!(key.header().to_str().unwrap(), "Basic a2V5OnMzY3JldA==");
        assert!(key.header().is_sensitive());
        assert!(!format!("{key:?}").contains("s3cret"));
    }

    #[test]
    fn authorization_url_carries_scopes_and_state() {
        let c = OAuthConfig::new("cid", "csecret", "http://localhost:8765/cb");
        let url = c.authorization_url("xyz");
        assert_eq!(
            url,
            "https://app.gong.io/oauth2/authorize?client_id=cid&response_type=code&scope=api%3Acalls%3Acreate+api%3Acalls%3Aread%3Abasic&redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcb&state=xyz"
        );
        assert!(!format!("{c:?}").contains("csecret"));
    }

    #[test]
    fn short_lived_tokens_are_refreshed_at_half_life() {
        let margin = Duration::from_secs(60);
        let long = TokenSet {
            lifetime_secs: Some(86_400),
            ..TokenSet::new("a", "r", 1_000)
        };
        assert!(long.usable_at(939, margin) && !long.usable_at(940, margin));
        let short = TokenSet {
            lifetime_secs: Some(10),
            ..TokenSet::new("a", "r", 1_000)
        };
        assert!(short.usable_at(994, margin) && !short.usable_at(995, margin));
        let unknown = TokenSet::new("a", "r", 1_000);
        assert!(!unknown.usable_at(940, margin));
    }

    #[test]
    fn token_set_debug_hides_tokens() {
        let t = TokenSet::new("acc-tok", "ref-tok", 5);
        let shown = format!("{t:?}");
        assert!(!shown.contains("acc-tok") && !shown.contains("ref-tok"));
    }

    #[tokio::test]
    async fn file_store_round_trips_with_owner_only_mode() {
        let dir = std::env::temp_dir().join(format!("gong-client-store-{}", std::process::id()));
        let store = FileTokenStore::new(dir.join("tokens.json"));
        assert!(store.load().await.unwrap().is_none());
        store
            .save(&TokenSet::new("a", "r", 42).with_api_base_url("https://x.api.gong.io"))
            .await
            .unwrap();
        let back = store.load().await.unwrap().unwrap();
        assert_eq!(back.refresh_token().expose_secret(), "r");
        assert_eq!(back.api_base_url.as_deref(), Some("https://x.api.gong.io"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(store.path()).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn file_store_lock_excludes_other_holders_until_dropped() {
        let dir = std::env::temp_dir().join(format!("gong-client-lock-{}", std::process::id()));
        // Two stores on one path, as two processes would have.
        let a = FileTokenStore::new(dir.join("tokens.json"));
        let b = FileTokenStore::new(dir.join("tokens.json"));
        assert_eq!(a.lock_path(), dir.join("tokens.json.lock"));
        let held = a.lock().await.unwrap();
        let (tx, mut rx) = tokio::sync::oneshot::channel();
        let waiter = tokio::spawn(async move {
            let guard = b.lock().await.unwrap();
            let _ = tx.send(());
            guard
        });
        // While `a` holds the lock, `b` cannot get it, however long it waits.
        for _ in 0..20 {
            tokio::task::yield_now().await;
            tokio::time::sleep(Duration::from_millis(5)).await;
            assert!(
                rx.try_recv().is_err(),
                "the second holder got the lock while the first held it"
            );
        }
        drop(held);
        let second = waiter.await.unwrap();
        rx.await.unwrap();
        // Held by `b` now: a third store cannot try-lock the file.
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(dir.join("tokens.json.lock"))
            .unwrap();
        assert!(matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock)));
        drop(second);
        assert!(file.try_lock().is_ok());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[tokio::test]
    async fn memory_store_lock_is_shared_by_its_users() {
        let store = std::sync::Arc::new(MemoryTokenStore::default());
        let held = store.lock().await.unwrap();
        let other = store.clone();
        let mut waiting = tokio_test_lock(other);
        assert!(futures::poll!(&mut waiting).is_pending());
        drop(held);
        assert!(waiting.await.is_ok());
    }

    fn tokio_test_lock(store: std::sync::Arc<MemoryTokenStore>) -> BoxFuture<'static, std::io::Result<StoreLock>> {
        Box::pin(async move { store.lock().await })
    }
}
