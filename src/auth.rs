//! The two Gong connections: an API key (HTTP Basic) and OAuth 2.0.
//!
//! OAuth facts the code is built around (see the crate docs):
//! - every Bearer call goes to the tenant's `api_base_url_for_customer`;
//! - refresh tokens are single use, so at most one refresh runs per
//!   connection, and the rotated token is saved to the [`TokenStore`] before
//!   the new access token is used;
//! - `invalid_grant` means a person must authorize the app again.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
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

/// Where the token endpoint's parameters travel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TokenParams {
    /// `application/x-www-form-urlencoded` body (the OAuth 2.0 standard).
    #[default]
    Form,
    /// The query string, as some Gong integrations send them.
    Query,
}

/// An OAuth app's settings.
#[derive(Clone)]
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
            token_params: TokenParams::Form,
            refresh_margin: Duration::from_secs(60),
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

    /// Sends token parameters in the query string instead of a form body.
    pub fn with_token_params(mut self, params: TokenParams) -> Self {
        self.token_params = params;
        self
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
            .finish()
    }
}

/// An OAuth token set, as the token endpoint gave it.
#[derive(Clone, Serialize, Deserialize)]
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
        now + margin < self.expires_at
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
/// Refresh tokens are single use: `save` must be durable before it returns,
/// because the client uses the new access token only after it.
pub trait TokenStore: Send + Sync + std::fmt::Debug {
    /// The stored tokens, if any.
    fn load(&self) -> std::io::Result<Option<TokenSet>>;
    /// Replaces the stored tokens.
    fn save(&self, tokens: &TokenSet) -> std::io::Result<()>;
}

/// Keeps tokens in memory only.
#[derive(Debug, Default)]
pub struct MemoryTokenStore(Mutex<Option<TokenSet>>);

impl MemoryTokenStore {
    /// A store holding `tokens`.
    pub fn with(tokens: TokenSet) -> Self {
        MemoryTokenStore(Mutex::new(Some(tokens)))
    }
}

impl TokenStore for MemoryTokenStore {
    fn load(&self) -> std::io::Result<Option<TokenSet>> {
        Ok(self.0.lock().unwrap_or_else(|p| p.into_inner()).clone())
    }
    fn save(&self, tokens: &TokenSet) -> std::io::Result<()> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(tokens.clone());
        Ok(())
    }
}

/// Keeps tokens in a JSON file, replaced atomically (write, sync, rename) and
/// readable by its owner only.
#[derive(Debug, Clone)]
pub struct FileTokenStore {
    path: PathBuf,
}

impl FileTokenStore {
    /// A store at `path` (the file need not exist yet).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        FileTokenStore { path: path.into() }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl TokenStore for FileTokenStore {
    fn load(&self) -> std::io::Result<Option<TokenSet>> {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(std::io::Error::other),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn save(&self, tokens: &TokenSet) -> std::io::Result<()> {
        write_private_atomically(
            &self.path,
            &serde_json::to_vec_pretty(tokens).map_err(std::io::Error::other)?,
        )
    }
}

/// Writes `bytes` to `path` through a sibling temporary file with mode 0600,
/// synced, then renamed over `path`: a reader sees the old file or the new
/// one, never half of either.
pub fn write_private_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("tokens");
    let tmp = dir.join(format!(".{name}.{}.{}.tmp", std::process::id(), fastrand::u32(..)));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let result = (|| {
        let mut f = options.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    refresh_token: Option<String>,
    #[serde(default)]
    expires_in: Option<u64>,
    #[serde(default)]
    scope: Option<String>,
    #[serde(default)]
    api_base_url_for_customer: Option<String>,
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
    /// and every waiting request then sees the new token.
    state: tokio::sync::Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    tokens: Option<TokenSet>,
    /// Rotated tokens the store has not accepted yet: kept in memory so the
    /// single-use refresh token is not lost, and saved before any use.
    unsaved: bool,
}

/// What a request needs from the connection.
pub(crate) struct Access {
    pub header: HeaderValue,
    pub token: SecretString,
    pub base_url: Option<String>,
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
        self.load_into(&mut state)?;
        Ok(state.tokens.clone())
    }

    /// Loads the stored tokens on first use, and retries a failed save.
    fn load_into(&self, state: &mut State) -> Result<()> {
        if state.tokens.is_none() {
            state.tokens = self.store.load().map_err(|source| Error::Io {
                context: "loading OAuth tokens".into(),
                source,
            })?;
        }
        if state.unsaved {
            if let Some(t) = &state.tokens {
                self.save(t)?;
            }
            state.unsaved = false;
        }
        Ok(())
    }

    fn save(&self, tokens: &TokenSet) -> Result<()> {
        self.store.save(tokens).map_err(|source| Error::Io {
            context: "saving the rotated OAuth tokens".into(),
            source,
        })
    }

    /// Installs new tokens: saved first; if the store fails they are kept in
    /// memory (marked unsaved) and the error is returned.
    fn install(&self, state: &mut State, tokens: TokenSet) -> Result<()> {
        let saved = self.save(&tokens);
        state.unsaved = saved.is_err();
        state.tokens = Some(tokens);
        saved
    }

    /// Exchanges an authorization code for tokens and stores them.
    pub(crate) async fn exchange_code(
        &self,
        http: &reqwest::Client,
        code: &str,
        counters: &Counters,
    ) -> Result<TokenSet> {
        let mut state = self.state.lock().await;
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
        let tokens = self.accept(answer, None);
        self.install(&mut state, tokens.clone())?;
        Ok(tokens)
    }

    /// A valid access token, refreshing first when it is about to expire.
    pub(crate) async fn access(&self, http: &reqwest::Client, counters: &Counters) -> Result<Access> {
        let mut state = self.state.lock().await;
        self.load_into(&mut state)?;
        let Some(current) = state.tokens.as_ref() else {
            return Err(AuthError::ReconnectRequired {
                reason: "no OAuth tokens stored; authorize the app first".into(),
            }
            .into());
        };
        if !current.usable_at(unix_now(), self.config.refresh_margin) {
            let refreshed = self.refresh(http, current, counters).await?;
            self.install(&mut state, refreshed)?;
        }
        Ok(Self::access_of(state.tokens.as_ref().expect("tokens are present")))
    }

    /// After a 401 with `stale`: refresh once, unless another request already did.
    pub(crate) async fn refresh_after_unauthorized(
        &self,
        http: &reqwest::Client,
        stale: &SecretString,
        counters: &Counters,
    ) -> Result<Access> {
        let mut state = self.state.lock().await;
        self.load_into(&mut state)?;
        let Some(current) = state.tokens.as_ref() else {
            return Err(AuthError::ReconnectRequired {
                reason: "no OAuth tokens stored".into(),
            }
            .into());
        };
        if current.access_token.expose_secret() == stale.expose_secret() {
            let refreshed = self.refresh(http, current, counters).await?;
            self.install(&mut state, refreshed)?;
        }
        Ok(Self::access_of(state.tokens.as_ref().expect("tokens are present")))
    }

    fn access_of(t: &TokenSet) -> Access {
        let mut header = HeaderValue::from_str(&format!("Bearer {}", t.access_token.expose_secret()))
            .unwrap_or_else(|_| HeaderValue::from_static("Bearer"));
        header.set_sensitive(true);
        Access {
            header,
            token: t.access_token.clone(),
            base_url: t.api_base_url.clone(),
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
        Ok(self.accept(answer, Some(current)))
    }

    /// Turns a token answer into a token set.
    fn accept(&self, answer: TokenAnswer, previous: Option<&TokenSet>) -> TokenSet {
        let refresh_token = match (answer.refresh_token, previous) {
            (Some(r), _) => SecretString::from(r),
            // Gong may omit it: the old one stays valid then.
            (None, Some(p)) => p.refresh_token.clone(),
            (None, None) => SecretString::from(String::new()),
        };
        TokenSet {
            access_token: SecretString::from(answer.access_token),
            refresh_token,
            expires_at: unix_now() + answer.expires_in.unwrap_or(3600),
            lifetime_secs: Some(answer.expires_in.unwrap_or(3600)),
            scope: answer.scope.or_else(|| previous.and_then(|p| p.scope.clone())),
            api_base_url: answer
                .api_base_url_for_customer
                .map(|u| u.trim_end_matches('/').to_owned())
                .or_else(|| previous.and_then(|p| p.api_base_url.clone())),
        }
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
        let response = request.send().await.map_err(Error::Transport)?;
        let status = response.status();
        let body = response.bytes().await.map_err(Error::Transport)?;
        if status.is_success() {
            return serde_json::from_slice(&body).map_err(|e| Error::Decode {
                path: ".".into(),
                message: format!("token answer: {e}"),
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

    #[test]
    fn file_store_round_trips_with_owner_only_mode() {
        let dir = std::env::temp_dir().join(format!("gong-client-store-{}", std::process::id()));
        let store = FileTokenStore::new(dir.join("tokens.json"));
        assert!(store.load().unwrap().is_none());
        store
            .save(&TokenSet::new("a", "r", 42).with_api_base_url("https://x.api.gong.io"))
            .unwrap();
        let back = store.load().unwrap().unwrap();
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
}
