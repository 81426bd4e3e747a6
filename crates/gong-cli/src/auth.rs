//! `gong auth login` (OAuth code flow with a local redirect listener),
//! `gong auth status`, `gong auth token` (a fresh access token for scripts)
//! and `gong auth logout` (forgets the profile's credentials on this machine).

use std::collections::HashMap;
use std::time::Duration;

use base64::Engine;
use clap::{Args, Subcommand};
use gong_client::Client;
use gong_client::auth::DEFAULT_SCOPES;
use rand::RngCore;
use secrecy::ExposeSecret;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::clock::unix_now;
use crate::config::{self, Connection, OAuthProfile};
use crate::context::Ctx;
use crate::failure::Failure;
use crate::global::Global;
use crate::output::Output;

/// `gong auth ...`
#[derive(Debug, Subcommand)]
pub enum AuthCmd {
    /// Authorize gong with OAuth: open the printed page, approve, and the tokens are stored in the profile.
    Login(LoginArgs),
    /// Which connection, base URL, scopes and token expiry are in use (never a secret).
    Status(StatusArgs),
    /// Print a valid OAuth access token for scripts (`curl -H "Authorization: Bearer $(gong auth token)"`),
    /// refreshing it first when it has expired or is about to. API-key profiles have none.
    Token(TokenArgs),
    /// Forget the profile's credentials on this machine: its OAuth tokens (file or keyring), its
    /// OAuth app and its API key. Other profiles are left as they are. Nothing is sent to Gong.
    Logout(LogoutArgs),
}

/// `gong auth token`
#[derive(Debug, Args)]
pub struct TokenArgs {}

/// `gong auth logout`
#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Keep the OAuth app (client id and secret) in the profile; remove only the tokens.
    #[arg(long)]
    pub keep_app: bool,
}

/// `gong auth login`
#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The OAuth app's client id.
    #[arg(long, env = "GONG_CLIENT_ID", hide_env_values = true, value_name = "ID")]
    pub client_id: String,
    /// The OAuth app's client secret (prefer the environment variable).
    #[arg(long, env = "GONG_CLIENT_SECRET", hide_env_values = true, value_name = "SECRET")]
    pub client_secret: String,
    /// Scopes to ask for (space-separated, or repeat).
    #[arg(long, num_args = 1.., value_name = "SCOPE")]
    pub scopes: Vec<String>,
    /// Port of the local redirect listener on 127.0.0.1; register
    /// http://127.0.0.1:PORT/callback as the app's redirect URI (0 picks a free port).
    #[arg(long, default_value_t = 8765)]
    pub port: u16,
    /// Authorization page (default Gong's).
    #[arg(long, value_name = "URL")]
    pub authorize_url: Option<String>,
    /// Token endpoint (default Gong's).
    #[arg(long, value_name = "URL")]
    pub token_url: Option<String>,
    /// How long to wait for the redirect, in seconds.
    #[arg(long, default_value_t = 300, value_name = "SECONDS")]
    pub wait_secs: u64,
    /// Where to keep the tokens: `file` (a private file beside the profile file) or
    /// `keyring` (the OS keyring; needs gong built with the `keyring` feature).
    #[arg(long, value_name = "file|keyring", default_value = "file")]
    pub token_store: String,
}

/// `gong auth status`
#[derive(Debug, Args)]
pub struct StatusArgs {}

/// Runs `gong auth ...`.
pub async fn run(ctx: &Ctx<'_>, cmd: &AuthCmd) -> Result<(), Failure> {
    match cmd {
        AuthCmd::Login(a) => login(a, ctx.global, &ctx.out).await,
        AuthCmd::Status(_) => status(ctx.global, &ctx.out).await,
        AuthCmd::Token(_) => token(ctx.global).await,
        AuthCmd::Logout(a) => logout(a, ctx.global, &ctx.out).await,
    }
}

/// Runs the code flow and stores the app and its tokens in the profile.
pub async fn login(args: &LoginArgs, global: &Global, out: &Output) -> Result<(), Failure> {
    let file = config::ConfigFile::load(global)?;
    let profile_name = file.profile_name(global);
    let scopes = if args.scopes.is_empty() {
        DEFAULT_SCOPES.to_owned()
    } else {
        args.scopes.join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
    };
    if args.client_id.trim().is_empty() || args.client_secret.trim().is_empty() {
        return Err(Failure::Usage(
            "--client-id and --client-secret must not be empty".into(),
        ));
    }

    let listener = TcpListener::bind(("127.0.0.1", args.port))
        .await
        .map_err(|e| Failure::Network(format!("cannot listen on 127.0.0.1:{}: {e}", args.port)))?;
    let port = listener
        .local_addr()
        .map_err(|e| Failure::Network(format!("local address of the listener: {e}")))?
        .port();
    let redirect_uri = format!("http://127.0.0.1:{port}/callback");
    let app = OAuthProfile {
        client_id: args.client_id.clone(),
        client_secret: args.client_secret.clone(),
        scopes: Some(scopes.clone()),
        redirect_uri: redirect_uri.clone(),
        authorize_url: args.authorize_url.clone(),
        token_url: args.token_url.clone(),
        token_file: None,
        token_store: (args.token_store.trim() != "file").then(|| args.token_store.trim().to_owned()),
    };
    let place = file.token_place(&profile_name, &app)?;
    let mut builder = Client::builder().oauth(app.config(), place.store()?);
    if let Some(base) = global.base_url.as_deref().filter(|b| !b.trim().is_empty()) {
        builder = builder.base_url(base);
    }
    let client = builder.build()?;

    let state = random_state();
    let url = client.authorization_url(&state)?;
    eprintln!("Open this page in a browser and approve gong's access to Gong:");
    eprintln!("{url}");
    eprintln!("Waiting for Gong to redirect to {redirect_uri} ...");

    let code = tokio::time::timeout(Duration::from_secs(args.wait_secs), wait_for_code(&listener, &state))
        .await
        .map_err(|_| Failure::Auth(format!("no redirect arrived within {} s", args.wait_secs)))??;
    drop(listener);

    let tokens = client.exchange_code(&code).await?;
    let path = config::ConfigFile::update(global, |file| {
        file.data.profiles.entry(profile_name.clone()).or_default().oauth = Some(app);
        Ok(file.path.clone())
    })?;
    eprintln!("Authorized. Profile {profile_name:?} saved in {}.", path.display());
    let mut answer = json!({
        "profile": profile_name,
        "connection": "oauth",
        "configFile": path,
        "baseUrl": tokens.api_base_url.clone().unwrap_or_else(|| client.base_url().to_string()),
        "scopes": tokens.scope.clone().unwrap_or(scopes),
        "tokenExpiresAt": rfc3339(tokens.expires_at),
    });
    merge(&mut answer, place.describe());
    out.print(&answer)
}

fn merge(into: &mut Value, fields: Value) {
    if let (Some(into), Value::Object(fields)) = (into.as_object_mut(), fields) {
        into.extend(fields);
    }
}

/// Prints a valid access token of the profile's OAuth connection on stdout,
/// alone on its line, refreshing (and storing the rotated tokens) first
/// when needed. An API-key connection has no token to print: refused.
pub async fn token(global: &Global) -> Result<(), Failure> {
    let resolved = config::resolve(global)?;
    match &resolved.connection {
        Connection::OAuth { .. } => {}
        Connection::ApiKey { source, .. } => {
            return Err(Failure::Usage(format!(
                "the connection is an API key (from the {}): it has no access token, and gong does not print                  the key's secret; scripts can send GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET as HTTP Basic                  credentials themselves",
                source.name()
            )));
        }
        Connection::None => {
            return Err(Failure::Auth(
                "no connection configured: run `gong auth login` first".into(),
            ));
        }
    }
    let client = resolved.client(config::Tuning::of(global, false))?;
    let token = client.access_token().await?;
    crate::output::write_out(token.expose_secret())
}

/// Removes the profile's tokens (under the store's lock), then its OAuth
/// app and API key from the profile file (under the file's lock, written
/// atomically); other profiles stay as they were. Nothing is sent to Gong.
pub async fn logout(args: &LogoutArgs, global: &Global, out: &Output) -> Result<(), Failure> {
    let file = config::ConfigFile::load(global)?;
    let name = file.profile_name(global);
    let named = global.profile.as_deref().is_some_and(|p| !p.trim().is_empty());
    let Some(profile) = file.data.profiles.get(&name) else {
        if named {
            return Err(Failure::Usage(format!(
                "no profile {name:?} in {}",
                file.path.display()
            )));
        }
        return out.print(&json!({ "profile": name, "configFile": file.path, "removed": [] }));
    };
    let mut removed: Vec<&str> = Vec::new();
    let mut place = None;
    if let Some(app) = &profile.oauth {
        let p = file.token_place(&name, app)?;
        if p.remove().await? {
            removed.push("tokens");
        }
        place = Some(p);
    }
    let keep_app = args.keep_app;
    let edited = config::ConfigFile::update(global, |file| {
        let mut edited = Vec::new();
        if let Some(profile) = file.data.profiles.get_mut(&name) {
            if profile.access_key.take().is_some() {
                edited.push("accessKey");
            }
            if profile.access_key_secret.take().is_some() {
                edited.push("accessKeySecret");
            }
            if !keep_app && profile.oauth.take().is_some() {
                edited.push("oauthApp");
            }
        }
        Ok(edited)
    })?;
    removed.extend(edited);
    let mut answer = json!({ "profile": name, "configFile": file.path, "removed": removed });
    if let Some(place) = place {
        merge(&mut answer, place.describe());
    }
    if global.access_key.is_some() || global.access_key_secret.is_some() {
        answer["note"] =
            json!("an access key still comes from the environment or a flag (GONG_ACCESS_KEY, GONG_ACCESS_KEY_SECRET)");
    }
    out.print(&answer)
}

/// 32 random bytes from the OS-seeded generator, URL-safe.
fn random_state() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Answers requests on the listener until the redirect with the code comes.
async fn wait_for_code(listener: &TcpListener, state: &str) -> Result<String, Failure> {
    loop {
        let (mut socket, _) = listener
            .accept()
            .await
            .map_err(|e| Failure::Network(format!("accepting the redirect: {e}")))?;
        let Ok(Ok(head)) = tokio::time::timeout(Duration::from_secs(10), read_head(&mut socket)).await else {
            continue;
        };
        let mut first = head.lines().next().unwrap_or_default().split_whitespace();
        let (method, target) = (first.next().unwrap_or_default(), first.next().unwrap_or_default());
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        if method != "GET" || path != "/callback" {
            respond(
                &mut socket,
                404,
                "Not found",
                "This address only takes Gong's redirect.",
            )
            .await;
            continue;
        }
        let params: HashMap<String, String> = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
        if let Some(error) = params.get("error") {
            respond(
                &mut socket,
                400,
                "Not authorized",
                "Gong did not authorize gong. You can close this tab.",
            )
            .await;
            return Err(Failure::Auth(format!(
                "authorization refused: {}",
                crate::failure::one_line(error)
            )));
        }
        if params.get("state").map(String::as_str) != Some(state) {
            respond(
                &mut socket,
                400,
                "State mismatch",
                "This redirect does not belong to the running login. Start it again.",
            )
            .await;
            return Err(Failure::Auth(
                "the redirect's state does not match this login (possible forgery); run `gong auth login` again".into(),
            ));
        }
        let Some(code) = params.get("code").filter(|c| !c.is_empty()) else {
            respond(
                &mut socket,
                400,
                "No code",
                "The redirect carried no authorization code.",
            )
            .await;
            return Err(Failure::Auth("the redirect carried no authorization code".into()));
        };
        respond(
            &mut socket,
            200,
            "gong is authorized",
            "gong is authorized. You can close this tab and go back to the terminal.",
        )
        .await;
        return Ok(code.clone());
    }
}

/// Reads a request head (up to 16 KiB).
async fn read_head(socket: &mut TcpStream) -> std::io::Result<String> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 2048];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 16 * 1024 {
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

async fn respond(socket: &mut TcpStream, status: u16, title: &str, text: &str) {
    let body = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body style=\"font-family:sans-serif;margin:3em\"><h1>{title}</h1><p>{text}</p></body></html>"
    );
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        _ => "Bad Request",
    };
    let answer = format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\n\
         cache-control: no-store\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = socket.write_all(answer.as_bytes()).await;
    let _ = socket.shutdown().await;
}

fn rfc3339(secs: u64) -> String {
    chrono::DateTime::from_timestamp(secs as i64, 0)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// Shows the connection in use, without a secret. Fails (exit 3) when there
/// is none, or when an OAuth profile has no tokens yet.
pub async fn status(global: &Global, out: &Output) -> Result<(), Failure> {
    let resolved = config::resolve(global)?;
    let mut v = json!({
        "profile": resolved.profile,
        "configFile": resolved.file.path,
    });
    let base = resolved.base_url.as_ref().map(|(u, s)| (u.clone(), s.name()));
    let default_base = || (gong_client::DEFAULT_BASE_URL.to_owned(), "default");
    let usable = match &resolved.connection {
        Connection::ApiKey { key, source, .. } => {
            let (url, from) = base.unwrap_or_else(default_base);
            v["connection"] = json!("api-key");
            v["credentialsFrom"] = json!(source.name());
            v["accessKey"] = json!(mask(key));
            v["baseUrl"] = json!(url);
            v["baseUrlFrom"] = json!(from);
            v["scopes"] = json!("set on the API key in Gong");
            true
        }
        Connection::OAuth { app, tokens } => {
            v["connection"] = json!("oauth");
            v["clientId"] = json!(app.client_id);
            merge(&mut v, tokens.describe());
            let tokens = tokens.load().await?;
            match tokens {
                Some(t) => {
                    let (url, from) = match &t.api_base_url {
                        Some(u) => (u.clone(), "token"),
                        None => base.unwrap_or_else(default_base),
                    };
                    let now = unix_now();
                    v["baseUrl"] = json!(url);
                    v["baseUrlFrom"] = json!(from);
                    v["scopes"] = json!(t.scope.clone().or_else(|| app.scopes.clone()));
                    v["tokenExpiresAt"] = json!(rfc3339(t.expires_at));
                    v["tokenExpired"] = json!(t.expires_at <= now);
                    v["tokenExpiresInSeconds"] = json!(t.expires_at.saturating_sub(now));
                    v["loggedIn"] = json!(true);
                    true
                }
                None => {
                    v["scopes"] = json!(app.scopes);
                    v["loggedIn"] = json!(false);
                    false
                }
            }
        }
        Connection::None => {
            v["connection"] = Value::Null;
            false
        }
    };
    out.print(&v)?;
    if usable {
        Ok(())
    } else if matches!(resolved.connection, Connection::None) {
        Err(Failure::Auth("no connection configured".into()))
    } else {
        Err(Failure::Auth("no OAuth tokens stored; run `gong auth login`".into()))
    }
}

/// The first characters of an access key, enough to tell keys apart.
fn mask(key: &str) -> String {
    let n = key.chars().count();
    if n >= 12 {
        format!("{}…", key.chars().take(4).collect::<String>())
    } else {
        "…".into()
    }
}
