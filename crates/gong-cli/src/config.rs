//! Connection settings: flags, then the environment, then the profile file.
//!
//! The profile file is JSON, or TOML when its name ends in `.toml`:
//!
//! ```toml
//! default_profile = "work"
//! [profiles.work]
//! base_url = "https://us-12345.api.gong.io"
//! access_key = "..."
//! access_key_secret = "..."
//! ```
//!
//! `gong auth login` adds an `oauth` table to a profile (client id and
//! secret, scopes, redirect URI) and keeps the tokens in a file of their own
//! beside the profile file (`<profile>.tokens.json`). Both files are written
//! atomically and readable by their owner only.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use gong_client::Client;
use gong_client::auth::{GONG_AUTHORIZE_URL, GONG_TOKEN_URL, OAuthConfig};
use gong_client::quota::{FileQuota, Quota, QuotaSettings};
use gong_client::retry::RetryPolicy;
use serde::{Deserialize, Serialize};

use crate::failure::Failure;
use crate::global::Global;
use crate::tokens::TokenPlace;

/// The profile file's contents.
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfilesFile {
    /// The profile used when none is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    /// Profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One profile. Not `Debug`: it holds secrets.
#[derive(Default, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// API base URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// API access key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key: Option<String>,
    /// API access key secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key_secret: Option<String>,
    /// OAuth app settings, written by `gong auth login`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth: Option<OAuthProfile>,
}

/// A profile's OAuth app. Not `Debug`: it holds the client secret.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OAuthProfile {
    /// The app's client id.
    pub client_id: String,
    /// The app's client secret (token refreshes need it).
    pub client_secret: String,
    /// Scopes asked for (space-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<String>,
    /// The redirect URI used at login.
    pub redirect_uri: String,
    /// Authorization page, when not Gong's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorize_url: Option<String>,
    /// Token endpoint, when not Gong's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_url: Option<String>,
    /// Token file, when not `<profile>.tokens.json` beside the profile file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_file: Option<PathBuf>,
    /// Where the tokens are kept: `file` (default) or `keyring` (the OS
    /// keyring; a gong built with the `keyring` feature).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_store: Option<String>,
}

impl OAuthProfile {
    /// The library's OAuth settings for this app.
    pub fn config(&self) -> OAuthConfig {
        let mut config = OAuthConfig::new(&self.client_id, &self.client_secret, &self.redirect_uri);
        if let Some(scopes) = &self.scopes {
            config = config.with_scopes(scopes);
        }
        if self.authorize_url.is_some() || self.token_url.is_some() {
            config = config.with_urls(
                self.authorize_url.as_deref().unwrap_or(GONG_AUTHORIZE_URL),
                self.token_url.as_deref().unwrap_or(GONG_TOKEN_URL),
            );
        }
        config
    }
}

/// The profile file, loaded.
pub struct ConfigFile {
    /// Where it is (it may not exist yet).
    pub path: PathBuf,
    /// What it holds.
    pub data: ProfilesFile,
}

impl ConfigFile {
    /// `$XDG_CONFIG_HOME/gong/profiles.json`, `~/.config/gong/profiles.json`,
    /// or `%APPDATA%\gong\profiles.json`.
    pub fn default_path() -> Option<PathBuf> {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
        let dir = var("XDG_CONFIG_HOME")
            .or_else(|| var("HOME").map(|h| h.join(".config")))
            .or_else(|| var("APPDATA"))?;
        Some(dir.join("gong").join("profiles.json"))
    }

    /// Loads the file named by `--config`/`GONG_CONFIG`, or the default one.
    /// A missing file is an empty one.
    pub fn load(global: &Global) -> Result<ConfigFile, Failure> {
        let path = match &global.config {
            Some(p) => p.clone(),
            None => Self::default_path().ok_or_else(|| {
                Failure::Usage("no home directory to keep the profile file in; set GONG_CONFIG or --config".into())
            })?,
        };
        let data = match std::fs::read_to_string(&path) {
            Ok(text) => parse(&path, &text)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => ProfilesFile::default(),
            Err(e) => return Err(Failure::Network(format!("reading {}: {e}", path.display()))),
        };
        warn_if_readable_by_others(&path, &data);
        Ok(ConfigFile { path, data })
    }

    /// The profile's name: `--profile`/`GONG_PROFILE`, the file's default, or "default".
    pub fn profile_name(&self, global: &Global) -> String {
        global
            .profile
            .clone()
            .filter(|p| !p.trim().is_empty())
            .or_else(|| self.data.default_profile.clone())
            .unwrap_or_else(|| "default".into())
    }

    /// The token file of a profile.
    pub fn token_path(&self, name: &str) -> PathBuf {
        if let Some(path) = self
            .data
            .profiles
            .get(name)
            .and_then(|p| p.oauth.as_ref())
            .and_then(|o| o.token_file.clone())
        {
            return path;
        }
        let safe: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        self.dir().join(format!("{safe}.tokens.json"))
    }

    /// Where the profile `name` with the OAuth app `app` keeps its tokens.
    pub fn token_place(&self, name: &str, app: &OAuthProfile) -> Result<TokenPlace, Failure> {
        TokenPlace::of(app.token_store.as_deref(), self.token_path(name), name, &self.path)
    }

    /// Runs `change` on the file as it is now, under an exclusive lock of
    /// the file's `.lock` sidecar, and saves the result atomically: two gong
    /// processes editing different profiles never lose each other's change.
    pub fn update<T>(
        global: &Global,
        change: impl FnOnce(&mut ConfigFile) -> Result<T, Failure>,
    ) -> Result<T, Failure> {
        let path = Self::load(global)?.path;
        let mut lock_name = path.as_os_str().to_owned();
        lock_name.push(".lock");
        // 0600 in a 0700 directory, never through a symlink; another
        // holder is waited for a bounded time, with a notice. On a file
        // system without locks, the atomic write is what is left.
        let _lock = gong_client::files::lock_exclusive(
            Path::new(&lock_name),
            "the profile file",
            gong_client::files::LOCK_WAIT,
        )
        .map_err(|e| Failure::Network(format!("locking the profile file: {e}")))?;
        let mut file = Self::load(global)?;
        let result = change(&mut file)?;
        file.save()?;
        Ok(result)
    }

    fn dir(&self) -> PathBuf {
        self.path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."))
    }

    /// Writes the file atomically with mode 0600.
    pub fn save(&self) -> Result<(), Failure> {
        let text = if is_toml(&self.path) {
            toml::to_string_pretty(&self.data).map_err(|e| Failure::Other(format!("encoding the profile file: {e}")))?
        } else {
            let mut t = serde_json::to_string_pretty(&self.data)
                .map_err(|e| Failure::Other(format!("encoding the profile file: {e}")))?;
            t.push('\n');
            t
        };
        write_private(&self.path, text.as_bytes())
            .map_err(|e| Failure::Network(format!("writing {}: {e}", self.path.display())))
    }
}

fn is_toml(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
}

/// Parses the file. Errors name the place, never the value there (it may be a secret).
fn parse(path: &Path, text: &str) -> Result<ProfilesFile, Failure> {
    let shown = path.display();
    if is_toml(path) {
        let de = toml::de::Deserializer::parse(text)
            .map_err(|e| Failure::Usage(format!("{shown} is not valid TOML{}", toml_place(text, e.span()))))?;
        serde_path_to_error::deserialize(de).map_err(|e| {
            Failure::Usage(format!(
                "{shown}: unexpected or malformed setting at `{}`{}",
                e.path(),
                toml_place(text, e.inner().span())
            ))
        })
    } else {
        let mut de = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let inner = e.inner();
            if inner.is_syntax() || inner.is_eof() {
                Failure::Usage(format!(
                    "{shown} is not valid JSON (line {}, column {})",
                    inner.line(),
                    inner.column()
                ))
            } else {
                Failure::Usage(format!(
                    "{shown}: unexpected or malformed setting at `{}` (line {})",
                    e.path(),
                    inner.line()
                ))
            }
        })
    }
}

fn toml_place(text: &str, span: Option<std::ops::Range<usize>>) -> String {
    match span {
        Some(s) => {
            let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
            format!(" (line {line})")
        }
        None => String::new(),
    }
}

/// Warns on stderr when a profile file holding secrets can be read by others.
fn warn_if_readable_by_others(path: &Path, data: &ProfilesFile) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let has_secrets = data
            .profiles
            .values()
            .any(|p| p.access_key_secret.is_some() || p.oauth.is_some());
        if let Ok(meta) = std::fs::metadata(path)
            && has_secrets
            && meta.permissions().mode() & 0o077 != 0
        {
            eprintln!(
                "warning: {} holds secrets but others can read it; run: chmod 600 {}",
                path.display(),
                path.display()
            );
        }
    }
    #[cfg(not(unix))]
    let _ = (path, data);
}

/// Writes `bytes` to `path` atomically, readable by its owner only.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    gong_client::auth::write_private_atomically(path, bytes)
}

/// Where a setting came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag.
    Flag,
    /// An environment variable.
    Env,
    /// The profile file.
    Profile,
}

impl Source {
    /// Lower-case name for status output.
    pub fn name(self) -> &'static str {
        match self {
            Source::Flag => "flag",
            Source::Env => "environment",
            Source::Profile => "profile",
        }
    }
}

/// The connection in use.
pub enum Connection {
    /// An API key.
    ApiKey {
        /// The access key.
        key: String,
        /// Its secret.
        secret: String,
        /// Where the key came from.
        source: Source,
    },
    /// An OAuth app from the profile, with where its tokens are.
    OAuth {
        /// The app.
        app: OAuthProfile,
        /// Where its tokens are kept.
        tokens: TokenPlace,
    },
    /// Nothing configured.
    None,
}

/// Settings after precedence is applied.
pub struct Resolved {
    /// The profile file.
    pub file: ConfigFile,
    /// The profile's name.
    pub profile: String,
    /// The base URL and its source, when set anywhere.
    pub base_url: Option<(String, Source)>,
    /// The connection.
    pub connection: Connection,
    /// Where pacing and the budget are kept (`--quota`).
    pub quota: Option<String>,
}

/// A value given by flag or environment (clap merged them; the flag wins),
/// told apart by comparing with the environment variable.
fn from_cli(value: &Option<String>, env: &str) -> Option<(String, Source)> {
    let v = value.clone().filter(|v| !v.trim().is_empty())?;
    let source = if std::env::var(env).ok().as_deref() == Some(v.as_str()) {
        Source::Env
    } else {
        Source::Flag
    };
    Some((v, source))
}

/// Applies the precedence: flags > environment > profile, field by field.
/// An API key given by flag or environment wins over the profile's OAuth app,
/// which wins over the profile's API key.
pub fn resolve(global: &Global) -> Result<Resolved, Failure> {
    let file = ConfigFile::load(global)?;
    let profile_name = file.profile_name(global);
    let named = global.profile.as_deref().is_some_and(|p| !p.trim().is_empty());
    let profile = match file.data.profiles.get(&profile_name) {
        Some(p) => p.clone(),
        None if named => {
            return Err(Failure::Usage(format!(
                "no profile {profile_name:?} in {}",
                file.path.display()
            )));
        }
        None => Profile::default(),
    };
    let from_profile = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty()).map(|v| (v, Source::Profile));
    let base_url = from_cli(&global.base_url, "GONG_BASE_URL").or_else(|| from_profile(&profile.base_url));
    let key = from_cli(&global.access_key, "GONG_ACCESS_KEY");
    let secret = from_cli(&global.access_key_secret, "GONG_ACCESS_KEY_SECRET");
    let connection = match (key, secret) {
        (Some((key, source)), Some((secret, _))) => Connection::ApiKey { key, secret, source },
        (Some(_), None) | (None, Some(_)) if profile.oauth.is_some() => {
            return Err(Failure::Usage(
                "give both the access key and its secret (flags or GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET)".into(),
            ));
        }
        (key, secret) => {
            if let Some(app) = profile.oauth.clone() {
                let tokens = file.token_place(&profile_name, &app)?;
                Connection::OAuth { app, tokens }
            } else {
                let key = key.or_else(|| from_profile(&profile.access_key));
                let secret = secret
                    .map(|s| s.0)
                    .or_else(|| from_profile(&profile.access_key_secret).map(|s| s.0));
                match (key, secret) {
                    (Some((key, source)), Some(secret)) => Connection::ApiKey { key, secret, source },
                    (None, None) => Connection::None,
                    _ => {
                        return Err(Failure::Usage(
                            "give both the access key and its secret (flags, environment or profile)".into(),
                        ));
                    }
                }
            }
        }
    };
    Ok(Resolved {
        file,
        profile: profile_name,
        base_url,
        connection,
        quota: global.quota.clone(),
    })
}

/// How the client for a command is tuned.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tuning {
    /// Retries of failed requests (library default when `None`).
    pub retries: Option<u32>,
    /// No overall time limit per attempt (uploads of large recordings).
    pub no_timeout: bool,
    /// Allow a plain http:// base URL on another machine (`--insecure-http`).
    pub insecure_http: bool,
    /// Longest answer body read (`--max-body`; library default when `None`).
    pub max_body: Option<u64>,
}

impl Tuning {
    /// The tuning the global options ask for.
    pub fn of(global: &Global, no_timeout: bool) -> Tuning {
        Tuning {
            retries: global.retries,
            no_timeout,
            insecure_http: global.insecure_http,
            max_body: global.max_body.map(|b| b.0),
        }
    }

    /// Applies the settings every client shares (retries, timeout, body limit).
    pub fn apply(&self, mut builder: gong_client::ClientBuilder) -> gong_client::ClientBuilder {
        if let Some(n) = self.retries {
            builder = builder.retry_policy(RetryPolicy::default().with_max_retries(n));
        }
        if self.no_timeout {
            builder = builder.timeout(None);
        }
        if let Some(limit) = self.max_body {
            builder = builder.max_body_bytes(limit);
        }
        builder
    }
}

impl Resolved {
    /// A client for this connection.
    pub fn client(&self, tuning: Tuning) -> Result<Client, Failure> {
        let mut builder = Client::builder().user_agent(format!(
            "gong-cli/{v} gong-client-rust/{v}",
            v = env!("CARGO_PKG_VERSION")
        ));
        if let Some((url, _)) = &self.base_url {
            builder = builder.base_url(url);
        }
        builder = match &self.connection {
            Connection::ApiKey { key, secret, .. } => builder.api_key(key, secret),
            Connection::OAuth { app, tokens } => builder.oauth(app.config(), tokens.store()?),
            Connection::None => {
                return Err(Failure::Auth(
                    "no credentials: set --access-key and --access-key-secret (or GONG_ACCESS_KEY and \
                     GONG_ACCESS_KEY_SECRET), add them to a profile, or run `gong auth login`"
                        .into(),
                ));
            }
        };
        builder = tuning.apply(builder);
        if tuning.insecure_http {
            builder = builder.allow_insecure_http(true);
        }
        if let Some(quota) = self.shared_quota()? {
            builder = builder.quota(quota);
        }
        builder.build().map_err(|e| match &e {
            gong_client::Error::InvalidInput { field, rule, .. }
                if field == "baseUrl" && rule.contains("allow_insecure_http") =>
            {
                Failure::Usage(
                    "invalid baseUrl: a plain http:// URL on another machine would send the credentials in clear; \
                     use https, or pass --insecure-http to allow it"
                        .into(),
                )
            }
            _ => e.into(),
        })
    }

    /// The quota `--quota` names (`None`: this process only). Every `gong`
    /// on the machine shares the default file of the tenant, so commands in
    /// a shell loop stay under Gong's limit together.
    fn shared_quota(&self) -> Result<Option<Arc<dyn Quota>>, Failure> {
        let spec = self.quota.as_deref().map(str::trim).unwrap_or("file");
        let base = self
            .base_url
            .as_ref()
            .map_or(gong_client::DEFAULT_BASE_URL, |(u, _)| u.as_str());
        let tenant = tenant_name(base);
        let settings = QuotaSettings::gong();
        let quota: Arc<dyn Quota> = match spec {
            "local" => return Ok(None),
            "file" => {
                let dir = self.file.path.parent().unwrap_or(Path::new(".")).join("quota");
                Arc::new(FileQuota::new(FileQuota::path_for(&dir, &tenant), settings)?)
            }
            _ if spec.starts_with("file:") && spec.len() > 5 => Arc::new(FileQuota::new(&spec[5..], settings)?),
            _ if spec.starts_with("redis://") || spec.starts_with("rediss://") => redis_quota(spec, &tenant, settings)?,
            _ => {
                return Err(Failure::Usage(format!(
                    "--quota: expected file, file:PATH, local or redis://HOST[:PORT][/DB], got {:?}",
                    crate::output::clip(spec, 60)
                )));
            }
        };
        Ok(Some(quota))
    }
}

#[cfg(feature = "redis")]
fn redis_quota(url: &str, tenant: &str, settings: QuotaSettings) -> Result<Arc<dyn Quota>, Failure> {
    Ok(Arc::new(gong_client::quota::RedisQuota::new(
        url,
        format!("gong:quota:{tenant}"),
        settings,
    )?))
}

#[cfg(not(feature = "redis"))]
fn redis_quota(_url: &str, _tenant: &str, _settings: QuotaSettings) -> Result<Arc<dyn Quota>, Failure> {
    Err(Failure::Usage(
        "--quota redis://...: this gong was built without the `redis` feature".into(),
    ))
}

/// A file-name-safe name of the tenant behind `base_url`: its host, and its
/// port when not the default.
fn tenant_name(base_url: &str) -> String {
    match reqwest::Url::parse(base_url) {
        Ok(u) => match (u.host_str(), u.port()) {
            (Some(h), Some(p)) => format!("{h}_{p}"),
            (Some(h), None) => h.to_owned(),
            _ => "default".into(),
        },
        Err(_) => "default".into(),
    }
}
