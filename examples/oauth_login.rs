//! An OAuth 2.0 web login with axum: a person connects their Gong account,
//! and the tokens are kept in a file for later runs and other workers.
//!
//! - `GET /login` sends the browser to Gong's authorization page with a
//!   fresh `state`, also kept in a cookie and on the server;
//! - `GET /callback` checks that the `state` Gong sends back is the
//!   browser's and unused, exchanges the code for tokens and stores them
//!   (`FileTokenStore`: written atomically, owner-only, under a lock);
//!   then it lists the tenant's workspaces with the new connection.
//!
//! ```sh
//! export GONG_CLIENT_ID=... GONG_CLIENT_SECRET=...       # your Gong OAuth app
//! # Register http://127.0.0.1:8765/callback as the app's redirect URI.
//! cargo run --example oauth_login -- --port 8765 --tokens gong-tokens.json
//! # then open http://127.0.0.1:8765/login
//! ```
//!
//! Against the embedded Gong, take the app and URLs `gong sandbox serve`
//! prints (`clientId`, `clientSecret`, `authorizeUrl`, `tokenUrl`) and set
//! `GONG_OAUTH_AUTHORIZE_URL` and `GONG_OAUTH_TOKEN_URL` too. `--once`
//! stops after the first successful login (for scripts and CI). Later runs
//! build their client with the same `FileTokenStore`: refreshes happen by
//! themselves, and each single-use refresh token is saved before use.
//!
//! In production serve this over HTTPS and add `Secure` to the cookie.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use base64::Engine as _;
use gong_client::Client;
use gong_client::auth::{FileTokenStore, OAuthConfig};
use rand::RngCore as _;
use serde::Deserialize;
use subtle::ConstantTimeEq as _;
use tokio::sync::Notify;

/// How long a login may take between `/login` and `/callback`.
const STATE_TTL: Duration = Duration::from_secs(600);
/// Logins in progress at most (older ones are forgotten first).
const MAX_PENDING: usize = 1000;
const COOKIE: &str = "gong_oauth_state";

struct App {
    client: Client,
    /// `state` values handed out and not used yet, with when.
    pending: Mutex<HashMap<String, Instant>>,
    /// Stop after the first login (`--once`).
    once: bool,
    done: Notify,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut port: u16 = 8765;
    let mut tokens = PathBuf::from("gong-tokens.json");
    let mut once = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => port = args.next().ok_or("--port needs a value")?.parse()?,
            "--tokens" => tokens = args.next().ok_or("--tokens needs a file")?.into(),
            "--once" => once = true,
            other => return Err(format!("unknown argument {:?}", other.escape_debug().to_string()).into()),
        }
    }
    let var = |name: &str| std::env::var(name).map_err(|_| format!("set {name}"));
    // Bound first, so that `--port 0` (any free port) gives the redirect URI
    // the port it got.
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let port = listener.local_addr()?.port();
    let redirect_uri = format!("http://127.0.0.1:{port}/callback");
    let mut config = OAuthConfig::new(var("GONG_CLIENT_ID")?, var("GONG_CLIENT_SECRET")?, redirect_uri);
    if let (Ok(authorize), Ok(token)) = (var("GONG_OAUTH_AUTHORIZE_URL"), var("GONG_OAUTH_TOKEN_URL")) {
        config = config.with_urls(authorize, token);
    }
    if let Ok(scopes) = var("GONG_OAUTH_SCOPES") {
        config = config.with_scopes(scopes);
    }
    // The client takes its API base URL from the token answer
    // (`api_base_url_for_customer`), so none is set here.
    let client = Client::builder()
        .oauth(config, Arc::new(FileTokenStore::new(&tokens)))
        .build()?;

    let app = Arc::new(App {
        client,
        pending: Mutex::new(HashMap::new()),
        once,
        done: Notify::new(),
    });
    let router = Router::new()
        .route("/login", get(login))
        .route("/callback", get(callback))
        .with_state(app.clone());
    eprintln!(
        "open http://{}/login (tokens go to {})",
        listener.local_addr()?,
        tokens.display()
    );
    axum::serve(listener, router)
        .with_graceful_shutdown(async move {
            tokio::select! {
                _ = app.done.notified() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
        })
        .await?;
    Ok(())
}

/// `GET /login`: a fresh `state`, then off to Gong's authorization page.
async fn login(State(app): State<Arc<App>>) -> Response {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let state = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    {
        let mut pending = app.pending.lock().unwrap_or_else(|p| p.into_inner());
        pending.retain(|_, at| at.elapsed() < STATE_TTL);
        if pending.len() >= MAX_PENDING
            && let Some(oldest) = pending.iter().min_by_key(|(_, at)| **at).map(|(s, _)| s.clone())
        {
            pending.remove(&oldest);
        }
        pending.insert(state.clone(), Instant::now());
    }
    let Ok(page) = app.client.authorization_url(&state) else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "not an OAuth client").into_response();
    };
    let cookie = format!(
        "{COOKIE}={state}; Path=/callback; HttpOnly; SameSite=Lax; Max-Age={}",
        STATE_TTL.as_secs()
    );
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, page), (header::SET_COOKIE, cookie)],
    )
        .into_response()
}

#[derive(Deserialize)]
struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `GET /callback?code=...&state=...`: checks, exchanges, stores.
async fn callback(State(app): State<Arc<App>>, headers: HeaderMap, Query(q): Query<Callback>) -> Response {
    if q.error.is_some() {
        // Gong's error text is not echoed: it comes from outside.
        return (StatusCode::FORBIDDEN, "Gong did not grant access.").into_response();
    }
    let (Some(code), Some(state)) = (q.code, q.state) else {
        return (StatusCode::BAD_REQUEST, "code and state are required").into_response();
    };
    // The state must be the one this browser was given (the cookie) ...
    let from_cookie = cookie(&headers, COOKIE).unwrap_or_default();
    if !bool::from(from_cookie.as_bytes().ct_eq(state.as_bytes())) {
        return (StatusCode::BAD_REQUEST, "this login was not started in this browser").into_response();
    }
    // ... and one the server handed out, used once.
    let issued = app.pending.lock().unwrap_or_else(|p| p.into_inner()).remove(&state);
    if issued.is_none_or(|at| at.elapsed() >= STATE_TTL) {
        return (StatusCode::BAD_REQUEST, "this login expired or was already used").into_response();
    }
    // The tokens are in the store when this returns.
    if let Err(e) = app.client.exchange_code(&code).await {
        eprintln!("code exchange failed: {e}");
        return (StatusCode::BAD_GATEWAY, "Gong refused the login; try again.").into_response();
    }
    let workspaces = match app.client.api().list_workspaces().send().await {
        Ok(w) => w.workspaces.len(),
        Err(e) => {
            eprintln!("listing workspaces failed: {e}");
            return (StatusCode::BAD_GATEWAY, "Connected, but Gong's API did not answer.").into_response();
        }
    };
    eprintln!("connected: {workspaces} workspaces");
    if app.once {
        app.done.notify_one();
    }
    Html(format!(
        "<p>Connected to Gong: {workspaces} workspaces. You can close this page.</p>"
    ))
    .into_response()
}

/// The value of cookie `name` in the request.
fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}
