//! The client: one connection to one Gong tenant.

use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;

use crate::auth::{ApiKey, OAuthConfig, OAuthSession, TokenSet, TokenStore};
use crate::error::{Error, Result};
use crate::quota::{LocalQuota, Quota, QuotaSettings, Stats};
use crate::retry::RetryPolicy;
use crate::transport::{Auth, Parts, Transport};

/// Gong's API host for Basic keys (tenants also have their own host).
pub const DEFAULT_BASE_URL: &str = "https://api.gong.io";

/// A Gong client. Clones share one connection, one rate limiter, one daily
/// budget and one set of counters.
///
/// ```no_run
/// # async fn run() -> Result<(), gong_client::Error> {
/// let client = gong_client::Client::builder()
///     .api_key("ACCESS_KEY", "ACCESS_KEY_SECRET")
///     .build()?;
/// let workspaces = client.api().list_workspaces().send().await?;
/// for workspace in &workspaces.workspaces {
///     println!("{:?}", workspace.name);
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct Client {
    transport: Transport,
}

/// Builds a [`Client`].
pub struct ClientBuilder {
    base_url: String,
    auth: Option<Auth>,
    oauth: Option<(OAuthConfig, Arc<dyn TokenStore>)>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    pool_idle_timeout: Option<Duration>,
    upload_idle_timeout: Duration,
    user_agent: String,
    quota_settings: QuotaSettings,
    quota: Option<Arc<dyn Quota>>,
    retry: RetryPolicy,
    max_body_bytes: u64,
    max_page_records: usize,
    allow_insecure_http: bool,
    /// A user's own HTTP client, used as it is.
    http_client: Option<reqwest::Client>,
    proxies: Vec<reqwest::Proxy>,
    #[cfg(any(feature = "native-tls", feature = "rustls"))]
    root_certificates: Vec<reqwest::Certificate>,
    default_headers: Vec<(String, String)>,
    /// Settings of the crate-built HTTP client that were set explicitly (an
    /// error with [`ClientBuilder::http_client`], which would ignore them).
    http_settings: Vec<&'static str>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            base_url: DEFAULT_BASE_URL.into(),
            auth: None,
            oauth: None,
            timeout: Some(Duration::from_secs(60)),
            connect_timeout: Some(Duration::from_secs(10)),
            pool_idle_timeout: Some(Duration::from_secs(90)),
            upload_idle_timeout: Duration::from_secs(60),
            user_agent: format!("gong-client-rust/{}", env!("CARGO_PKG_VERSION")),
            quota_settings: QuotaSettings::gong(),
            quota: None,
            retry: RetryPolicy::default(),
            max_body_bytes: crate::body::DEFAULT_MAX_BODY_BYTES,
            max_page_records: crate::body::DEFAULT_MAX_PAGE_RECORDS,
            allow_insecure_http: false,
            http_client: None,
            proxies: Vec::new(),
            #[cfg(any(feature = "native-tls", feature = "rustls"))]
            root_certificates: Vec::new(),
            default_headers: Vec::new(),
            http_settings: Vec::new(),
        }
    }
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        #[cfg(any(feature = "native-tls", feature = "rustls"))]
        let roots = self.root_certificates.len();
        #[cfg(not(any(feature = "native-tls", feature = "rustls")))]
        let roots = 0usize;
        // Default header values may be secrets of the user's own (a gateway
        // key): only their names are shown.
        let header_names: Vec<&str> = self.default_headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("auth", &self.auth)
            .field("oauth", &self.oauth.as_ref().map(|(config, _)| config))
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("pool_idle_timeout", &self.pool_idle_timeout)
            .field("upload_idle_timeout", &self.upload_idle_timeout)
            .field("user_agent", &self.user_agent)
            .field("quota_settings", &self.quota_settings)
            .field("retry", &self.retry)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("max_page_records", &self.max_page_records)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("own_http_client", &self.http_client.is_some())
            .field("proxies", &self.proxies.len())
            .field("root_certificates", &roots)
            .field("default_headers", &header_names)
            .finish_non_exhaustive()
    }
}

/// Headers that carry credentials: never a default header, which reqwest
/// would add to requests for every host.
const CREDENTIAL_HEADERS: &[&str] = &["authorization", "proxy-authorization", "cookie", "cookie2"];

/// A `reqwest::ClientBuilder` to start a client of your own from, for
/// [`ClientBuilder::http_client`]: it uses the crate's TLS backend (the
/// `native-tls` or `rustls` feature; for rustls, the ring crypto provider is
/// installed for the process) and carries the crate's defaults (its
/// `User-Agent`, a 10 s connect timeout, 90 s pooled idle connections, no
/// total timeout). Add your proxy, root certificates, default headers or
/// connector and build it.
///
/// With the `rustls` feature, this crate's reqwest has no built-in crypto
/// provider: `reqwest::Client::builder()` alone panics when it builds unless
/// some provider was installed first (as this function and
/// [`ClientBuilder::build`] do).
pub fn http_client_builder() -> reqwest::ClientBuilder {
    bare_http_builder()
        .user_agent(format!("gong-client-rust/{}", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(10))
        .pool_idle_timeout(Some(Duration::from_secs(90)))
}

/// A reqwest builder on the crate's TLS backend, nothing else set. No total
/// timeout, ever: each attempt gets its own (or an idle deadline for
/// uploads) from the transport.
fn bare_http_builder() -> reqwest::ClientBuilder {
    #[cfg(feature = "rustls")]
    {
        // rustls needs a process-wide crypto provider; ring is the light one.
        // An error means one is installed already, which is as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
        reqwest::Client::builder().tls_backend_rustls()
    }
    #[cfg(all(feature = "native-tls", not(feature = "rustls")))]
    {
        reqwest::Client::builder().tls_backend_native()
    }
    #[cfg(not(any(feature = "native-tls", feature = "rustls")))]
    {
        reqwest::Client::builder()
    }
}

/// Whether this build can speak TLS (the `native-tls` or `rustls` feature).
const HAS_TLS: bool = cfg!(any(feature = "native-tls", feature = "rustls"));

impl ClientBuilder {
    /// The API base URL (default `https://api.gong.io`; tenants have their own,
    /// shown next to their API keys). OAuth connections switch to the URL the
    /// token endpoint names.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Connects with an API key (HTTP Basic).
    pub fn api_key(mut self, access_key: impl Into<String>, access_key_secret: impl Into<String>) -> Self {
        self.auth = Some(Auth::ApiKey(ApiKey::new(access_key, access_key_secret)));
        self
    }

    /// Connects with OAuth 2.0; tokens come from and go to `store`.
    pub fn oauth(mut self, config: OAuthConfig, store: Arc<dyn TokenStore>) -> Self {
        self.oauth = Some((config, store));
        self
    }

    /// Total time limit of one attempt of every request but media uploads
    /// (default 60 s; `None` for none). Uploads have no total limit: see
    /// [`ClientBuilder::upload_idle_timeout`].
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// How long a media upload may make no progress (no bytes taken by the
    /// server, or no answer after the last byte) before it fails with
    /// [`Error::Timeout`] (default 60 s). An upload that keeps moving may
    /// take as long as it needs.
    pub fn upload_idle_timeout(mut self, idle: Duration) -> Self {
        self.upload_idle_timeout = idle;
        self
    }

    /// Time limit for opening a connection (default 10 s; `None` for none).
    pub fn connect_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.touched("connectTimeout");
        self.connect_timeout = timeout;
        self
    }

    /// How long an idle pooled connection is kept (default 90 s; `None`
    /// keeps it until the server closes it).
    pub fn pool_idle_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.touched("poolIdleTimeout");
        self.pool_idle_timeout = timeout;
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.touched("userAgent");
        self.user_agent = user_agent.into();
        self
    }

    /// Requests per second the client allows itself (default 3, Gong's
    /// company limit); `None` turns pacing off. Applies to the in-process
    /// quota; a quota given with [`ClientBuilder::quota`] has its own settings.
    pub fn rate_limit(mut self, per_second: Option<f64>) -> Self {
        self.quota_settings.per_second = per_second;
        self
    }

    /// Requests per day before [`Error::BudgetSpent`] (default 10,000, Gong's
    /// company quota); `None` turns the budget off. Applies to the in-process
    /// quota, like [`ClientBuilder::rate_limit`].
    pub fn daily_budget(mut self, requests: Option<u32>) -> Self {
        self.quota_settings.daily = requests;
        self
    }

    /// Extra time in every pacing window for network jitter (default 25 ms;
    /// see [`crate::quota`]). Applies to the in-process quota.
    pub fn pacing_margin(mut self, margin: Duration) -> Self {
        self.quota_settings.margin = margin;
        self
    }

    /// Paces and budgets through `quota` instead of this process alone: a
    /// [`crate::quota::FileQuota`] shared by the processes of one machine,
    /// a `RedisQuota` (feature `redis`) shared by every machine, or your own.
    /// Clients of one tenant should share one quota: Gong's limits are per
    /// company.
    pub fn quota(mut self, quota: Arc<dyn Quota>) -> Self {
        self.quota = Some(quota);
        self
    }

    /// Allows a plain `http://` base URL on a host other than this machine.
    /// Off by default: credentials (the Basic key or the OAuth token) would
    /// cross the network in clear. Loopback hosts (the sandbox) need no opt-in.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// The longest answer body the client reads, in bytes (default
    /// [`crate::DEFAULT_MAX_BODY_BYTES`], 32 MiB: any real Gong page with a
    /// wide margin). A longer answer stops being read at the limit and
    /// fails with [`Error::BodyTooLarge`], naming the operation and the
    /// limit: a hostile or broken server cannot make the client take more
    /// memory than that for one answer. At least 1 KiB.
    pub fn max_body_bytes(mut self, limit: u64) -> Self {
        self.max_body_bytes = limit;
        self
    }

    /// The most records a successful answer may hold in any of its
    /// top-level lists (default [`crate::DEFAULT_MAX_PAGE_RECORDS`],
    /// 10,000; Gong's pages hold 100). An answer with more fails with
    /// [`Error::TooManyRecords`] before it is decoded: a small body of
    /// millions of tiny records cannot take gigabytes once typed. At least 100.
    pub fn max_page_records(mut self, limit: usize) -> Self {
        self.max_page_records = limit;
        self
    }

    /// The retry policy of typed operations (raw requests bring their own).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Sends every request through `http`, a `reqwest::Client` of your own
    /// (its proxy, root certificates, default headers, connection pool, TLS
    /// and DNS settings), built with the same reqwest as this crate
    /// ([`crate::reqwest`]). The crate still adds the credentials, paces,
    /// budgets, retries and times out each request as without it.
    ///
    /// What the client must and must not do:
    /// - **No total timeout** (`reqwest::ClientBuilder::timeout`): the crate
    ///   gives each attempt [`ClientBuilder::timeout`] itself, and a media
    ///   upload none but its [`ClientBuilder::upload_idle_timeout`]; a total
    ///   timeout on the client would cut long uploads short. A connect or
    ///   read timeout is fine.
    /// - **No credential default headers** (`Authorization`, `Cookie`,
    ///   `Proxy-Authorization` other than through `reqwest::Proxy`): reqwest
    ///   adds default headers to requests for every host, while the crate sends
    ///   Gong's credentials only to the API host.
    /// - Any redirect policy: reqwest removes `Authorization` (and cookies)
    ///   whenever a redirect leaves the host, port or scheme, whatever the
    ///   policy, so credentials never follow a redirect off Gong's host.
    /// - Its `User-Agent` is used; [`ClientBuilder::user_agent`] is not.
    ///
    /// The settings that configure the crate's own HTTP client
    /// ([`ClientBuilder::proxy`], `ClientBuilder::add_root_certificate`,
    /// [`ClientBuilder::default_header`], [`ClientBuilder::user_agent`],
    /// [`ClientBuilder::connect_timeout`], [`ClientBuilder::pool_idle_timeout`])
    /// would be ignored with it: [`ClientBuilder::build`] refuses the mix,
    /// naming them.
    ///
    /// Start from [`http_client_builder`]: it installs the TLS crypto
    /// provider this crate's reqwest needs and sets the crate's defaults.
    ///
    /// ```no_run
    /// # fn run() -> Result<(), gong_client::Error> {
    /// use gong_client::reqwest;
    /// let http = gong_client::http_client_builder()
    ///     .proxy(reqwest::Proxy::all("http://proxy.internal:3128").map_err(gong_client::Error::Transport)?)
    ///     .build()
    ///     .map_err(gong_client::Error::Transport)?;
    /// let client = gong_client::Client::builder()
    ///     .api_key("ACCESS_KEY", "ACCESS_KEY_SECRET")
    ///     .http_client(http)
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http_client = Some(http);
        self
    }

    /// Sends requests through a proxy (repeat for several; reqwest uses the
    /// first that matches a URL). Without one, reqwest's system proxy
    /// settings (`HTTPS_PROXY`, `NO_PROXY`, ...) apply.
    pub fn proxy(mut self, proxy: reqwest::Proxy) -> Self {
        self.touched("proxy");
        self.proxies.push(proxy);
        self
    }

    /// Trusts `certificate` as a root for TLS, besides the built-in roots (a
    /// company's TLS-inspecting proxy, a private gateway in front of Gong).
    #[cfg(any(feature = "native-tls", feature = "rustls"))]
    #[cfg_attr(docsrs, doc(cfg(any(feature = "native-tls", feature = "rustls"))))]
    pub fn add_root_certificate(mut self, certificate: reqwest::Certificate) -> Self {
        self.touched("rootCertificate");
        self.root_certificates.push(certificate);
        self
    }

    /// A header sent with every request (a tracing or cost-centre header of
    /// your own). Checked by [`ClientBuilder::build`]: a valid name and
    /// value, and not a credential header (`Authorization`, `Cookie`,
    /// `Proxy-Authorization`): default headers go to every host, while
    /// credentials must go only to Gong's.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.touched("defaultHeader");
        self.default_headers.push((name.into(), value.into()));
        self
    }

    fn touched(&mut self, setting: &'static str) {
        if !self.http_settings.contains(&setting) {
            self.http_settings.push(setting);
        }
    }

    /// The checked default headers.
    fn header_map(&self) -> Result<reqwest::header::HeaderMap> {
        use reqwest::header::{HeaderName, HeaderValue};
        let mut map = reqwest::header::HeaderMap::new();
        for (name, value) in &self.default_headers {
            let n = HeaderName::from_bytes(name.trim().as_bytes())
                .map_err(|_| Error::invalid("defaultHeader", format!("{name:?} is not a valid header name")))?;
            if CREDENTIAL_HEADERS.contains(&n.as_str()) {
                return Err(Error::invalid(
                    "defaultHeader",
                    format!(
                        "{} carries credentials and would go to every host; the client adds Gong's credentials itself",
                        n.as_str()
                    ),
                ));
            }
            let v = HeaderValue::from_str(value).map_err(|_| {
                Error::invalid(
                    "defaultHeader",
                    format!("the value of {} is not a valid header value", n.as_str()),
                )
            })?;
            map.append(n, v);
        }
        Ok(map)
    }

    /// The HTTP client requests go through: the user's, or one built from
    /// the builder's settings.
    fn http(&mut self) -> Result<reqwest::Client> {
        if let Some(http) = self.http_client.take() {
            if !self.http_settings.is_empty() {
                return Err(Error::invalid(
                    "httpClient",
                    format!(
                        "a client of your own ignores the builder's HTTP settings ({}); set them on your reqwest::Client instead",
                        self.http_settings.join(", ")
                    ),
                ));
            }
            return Ok(http);
        }
        let headers = self.header_map()?;
        let mut http = bare_http_builder()
            .user_agent(self.user_agent.clone())
            .pool_idle_timeout(self.pool_idle_timeout)
            .default_headers(headers);
        if let Some(t) = self.connect_timeout {
            http = http.connect_timeout(t);
        }
        for proxy in self.proxies.drain(..) {
            http = http.proxy(proxy);
        }
        #[cfg(any(feature = "native-tls", feature = "rustls"))]
        for certificate in self.root_certificates.drain(..) {
            http = http.add_root_certificate(certificate);
        }
        http.build().map_err(Error::Transport)
    }

    /// Builds the client; checks the base URL and settings first.
    pub fn build(mut self) -> Result<Client> {
        let base_url = Url::parse(self.base_url.trim_end_matches('/'))
            .map_err(|e| Error::invalid("baseUrl", format!("must be an absolute http(s) URL ({e})")))?;
        if !matches!(base_url.scheme(), "http" | "https") || base_url.host_str().is_none() {
            return Err(Error::invalid("baseUrl", "must be an absolute http(s) URL"));
        }
        if base_url.scheme() == "https" && !HAS_TLS {
            return Err(Error::invalid(
                "baseUrl",
                "https needs a TLS backend: build gong-client with the `native-tls` (default) or `rustls` feature",
            ));
        }
        if base_url.scheme() == "http"
            && !self.allow_insecure_http
            && (self.auth.is_some() || self.oauth.is_some())
            && !crate::validate::is_loopback(&base_url)
        {
            return Err(Error::invalid(
                "baseUrl",
                "a plain http:// URL would send the credentials in clear; use https, a loopback host, or allow_insecure_http(true)",
            ));
        }
        let http = self.http()?;
        let quota: Arc<dyn Quota> = match self.quota {
            Some(quota) => quota,
            None => Arc::new(LocalQuota::new(self.quota_settings)?),
        };
        if self.upload_idle_timeout.is_zero() {
            return Err(Error::invalid("uploadIdleTimeout", "must be longer than zero"));
        }
        if self.max_body_bytes < 1024 {
            return Err(Error::invalid(
                "maxBodyBytes",
                format!("must be at least 1024 bytes, got {}", self.max_body_bytes),
            ));
        }
        if self.max_page_records < 100 {
            return Err(Error::invalid(
                "maxPageRecords",
                format!("must be at least 100 (a page of Gong's), got {}", self.max_page_records),
            ));
        }
        let auth = match (self.auth, self.oauth) {
            (Some(_), Some(_)) => return Err(Error::invalid("connection", "choose an API key or OAuth, not both")),
            (Some(a), None) => a,
            (None, Some((config, store))) => Auth::OAuth(Arc::new(OAuthSession::new(config, store))),
            (None, None) => Auth::None,
        };
        Ok(Client {
            transport: Transport::new(Parts {
                http,
                base_url,
                auth,
                quota,
                timeout: self.timeout,
                upload_idle_timeout: self.upload_idle_timeout,
                retry: self.retry,
                max_body_bytes: self.max_body_bytes,
                max_page_records: self.max_page_records,
            }),
        })
    }
}

impl Client {
    /// A builder with Gong's defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// An API-key client from `GONG_ACCESS_KEY`, `GONG_ACCESS_KEY_SECRET` and
    /// (optionally) `GONG_BASE_URL`.
    pub fn from_env() -> Result<Client> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// Like [`Client::from_env`], reading the variables through `lookup`
    /// (a configuration map, a secrets manager, a test).
    pub fn from_vars(lookup: impl Fn(&str) -> Option<String>) -> Result<Client> {
        let var = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let key = var("GONG_ACCESS_KEY").ok_or_else(|| Error::invalid("GONG_ACCESS_KEY", "must be set"))?;
        let secret =
            var("GONG_ACCESS_KEY_SECRET").ok_or_else(|| Error::invalid("GONG_ACCESS_KEY_SECRET", "must be set"))?;
        let mut builder = Client::builder().api_key(key, secret);
        if let Some(url) = var("GONG_BASE_URL") {
            builder = builder.base_url(url);
        }
        builder.build()
    }

    /// The generated client for every Gong operation, sharing this client's
    /// auth, pacing, budget and retries. Each builder's `send` returns this
    /// crate's [`Result`]: the same typed errors as the facade (budget spent,
    /// auth, rate limited, Gong's error with its `requestId`, decode errors
    /// with the JSON path).
    pub fn api(&self) -> crate::api::Client {
        crate::api::Client::new_with_client(
            self.transport.base_url().as_str().trim_end_matches('/'),
            self.transport.http().clone(),
            self.transport.clone(),
        )
    }

    /// The shared transport (for handwritten operations).
    pub fn transport(&self) -> &Transport {
        &self.transport
    }

    /// The API base URL in use.
    pub fn base_url(&self) -> Url {
        self.transport.base_url()
    }

    /// Requests sent, retries, 429s seen, token refreshes.
    pub fn stats(&self) -> Stats {
        self.transport.stats()
    }

    /// For an OAuth client: the page to send a person to.
    pub fn authorization_url(&self, state: &str) -> Result<String> {
        Ok(self.oauth()?.config().authorization_url(state))
    }

    /// For an OAuth client: exchanges the code from the redirect for tokens,
    /// stores them, and switches to the tenant's API base URL.
    pub async fn exchange_code(&self, code: &str) -> Result<TokenSet> {
        let tokens = self
            .oauth()?
            .exchange_code(self.transport.http(), code, self.transport.counters())
            .await?;
        if let Some(url) = tokens.api_base_url.as_deref().and_then(|u| Url::parse(u).ok()) {
            self.transport.set_base_url(url);
        }
        Ok(tokens)
    }

    /// For an OAuth client: a valid access token for a script or another
    /// tool, refreshed first (and the rotated tokens stored) when it has
    /// expired or is about to, exactly as a request would. An API-key client
    /// has no access token: that is an [`Error::InvalidInput`] on
    /// `connection`. Handle the token with care: never log it.
    pub async fn access_token(&self) -> Result<secrecy::SecretString> {
        let access = self
            .oauth()?
            .access(self.transport.http(), self.transport.counters())
            .await?;
        Ok(access.token)
    }

    fn oauth(&self) -> Result<&Arc<OAuthSession>> {
        match self.transport.auth() {
            Auth::OAuth(s) => Ok(s),
            _ => Err(Error::invalid("connection", "this client is not an OAuth connection")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A build without a TLS feature refuses an https base URL before
    /// anything is sent, naming both features; one with a TLS feature takes
    /// it. (`.ci/run` runs these without features and `cargo test-all` with.)
    #[test]
    fn https_needs_a_tls_feature() {
        let built = Client::builder()
            .base_url("https://api.gong.io")
            .api_key("key", "secret")
            .build();
        if HAS_TLS {
            assert!(built.is_ok(), "{:?}", built.err());
        } else {
            let Err(e) = built else {
                panic!("an https base URL was taken without a TLS feature")
            };
            let text = e.to_string();
            assert!(matches!(e, Error::InvalidInput { .. }), "{e:?}");
            assert!(
                text.contains("baseUrl") && text.contains("native-tls") && text.contains("rustls"),
                "{text}"
            );
        }
        // Plain http to a loopback host needs no TLS either way.
        assert!(
            Client::builder()
                .base_url("http://127.0.0.1:9")
                .api_key("key", "secret")
                .build()
                .is_ok()
        );
    }
}
