//! Gong's automation-rule webhooks inside your own axum application
//! (feature `webhook-server`).
//!
//! The application has its own routes and state (`/health`, and
//! `/calls/recent` listing the calls its webhooks announced); the router
//! of [`WebhookServer`] is merged into it. Each delivery is verified (RS256
//! JWT, body hash, webhook URL) before the handler sees it, and Gong gets
//! its `200` only after the handler has stored the event: a handler error
//! answers `503`, so Gong delivers again.
//!
//! ```sh
//! # The rule's public key as Gong shows it (base64) or a PEM file's text,
//! # and the webhook URL configured on the rule: its path is the route.
//! export GONG_WEBHOOK_PUBLIC_KEY="$(cat public.b64)"
//! export GONG_WEBHOOK_URL=https://hooks.example.com/hooks/gong/new-calls
//! cargo run --example webhook_receiver --features webhook-server -- 127.0.0.1:8080
//! ```
//!
//! Behind a proxy that terminates TLS, the public URL (what Gong signs) and
//! the listening address differ: the rule is matched on the public URL.
//! `cargo test --example webhook_receiver --features webhook-server` runs
//! it against the embedded Gong (`gong-sandbox`), which fires a signed
//! webhook when a new call's recording arrives.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::State;
use axum::routing::get;
use gong_client::webhook::server::{self, ReceivedEvent, ServeLimits, WebhookServer};
use gong_client::webhook::{AutomationRule, AutomationRules};

/// Calls the application remembers (its "database" in this example).
const RECENT: usize = 100;

/// The application's own state.
#[derive(Clone, Default)]
struct AppState {
    recent_calls: Arc<Mutex<VecDeque<String>>>,
}

impl AppState {
    /// Stores an event. A real application writes it somewhere durable (a
    /// queue, a table) and returns the error if that fails.
    fn store(&self, received: &ReceivedEvent) -> Result<(), String> {
        let id = received.event.call_id().ok_or("the event names no call")?.to_string();
        let mut recent = self.recent_calls.lock().map_err(|_| "state poisoned")?;
        if recent.len() == RECENT {
            recent.pop_front();
        }
        recent.push_back(id);
        Ok(())
    }
}

/// The application: its own routes, plus one webhook route per rule.
fn app(rules: AutomationRules, state: AppState) -> Router {
    let store = state.clone();
    let webhooks = WebhookServer::new(rules).router_with_handler(move |received: ReceivedEvent| {
        let store = store.clone();
        async move { store.store(&received) }
    });
    Router::new()
        .route("/health", get(|| async { "ok" }))
        .route("/calls/recent", get(recent_calls))
        .with_state(state)
        .merge(webhooks)
}

async fn recent_calls(State(state): State<AppState>) -> axum::Json<Vec<String>> {
    let recent = state
        .recent_calls
        .lock()
        .map(|r| r.iter().cloned().collect())
        .unwrap_or_default();
    axum::Json(recent)
}

/// The rule from the environment: its public key and its webhook URL.
fn rule_from_env() -> Result<AutomationRule, Box<dyn std::error::Error>> {
    let key = std::env::var("GONG_WEBHOOK_PUBLIC_KEY").map_err(|_| "set GONG_WEBHOOK_PUBLIC_KEY")?;
    let url = std::env::var("GONG_WEBHOOK_URL").map_err(|_| "set GONG_WEBHOOK_URL")?;
    rule(&key, &url)
}

/// A signed-JWT rule served on the path of `url`.
fn rule(public_key: &str, url: &str) -> Result<AutomationRule, Box<dyn std::error::Error>> {
    let path = url_path(url).ok_or("GONG_WEBHOOK_URL must be an http(s) URL with a path")?;
    Ok(AutomationRule::signed_jwt("new-calls", public_key, url)?.with_route(path)?)
}

/// `https://host/a/b?q` -> `/a/b`.
fn url_path(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let path = &rest[rest.find('/')?..];
    Some(path.split(['?', '#']).next().unwrap_or(path))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:8080".to_owned());
    let rules = AutomationRules::new().with(rule_from_env()?)?;
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    eprintln!("listening on {}", listener.local_addr()?);
    // `server::serve` adds what a public endpoint needs (a connection cap,
    // header and body timeouts, a graceful stop); `axum::serve` works too.
    server::serve(
        listener,
        app(rules, AppState::default()),
        ServeLimits::default(),
        async {
            let _ = tokio::signal::ctrl_c().await;
        },
    )
    .await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use gong_client::actions::{CallDirection, NewCall, Party};
    use gong_client::media::MediaFile;
    use gong_client::webhook::test_util;
    use gong_sandbox::{Sandbox, WebhookRule};

    use super::*;

    #[test]
    fn url_paths() {
        assert_eq!(url_path("https://h.example/hooks/gong?x=1"), Some("/hooks/gong"));
        assert_eq!(url_path("http://127.0.0.1:80/a"), Some("/a"));
        assert_eq!(url_path("https://h.example"), None);
        assert_eq!(url_path("ftp://h.example/a"), None);
    }

    /// The embedded Gong fires its automation rule at the application when
    /// a new call's recording arrives; the application stores the call.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn receives_the_sandbox_webhook() -> Result<(), Box<dyn std::error::Error>> {
        let keys = tokio::task::spawn_blocking(test_util::generate_key_pair).await?;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let base = format!("http://{}", listener.local_addr()?);
        let url = format!("{base}/hooks/gong/new-calls");
        let state = AppState::default();
        let rules = AutomationRules::new().with(rule(&keys.public_base64, &url)?)?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let served = tokio::spawn(server::serve(
            listener,
            app(rules, state.clone()),
            ServeLimits::default(),
            async {
                let _ = stopped.await;
            },
        ));

        let sandbox = Sandbox::builder()
            .calls(5)
            .rate_limit(None)
            .webhook(WebhookRule::signed_jwt("new-calls", &url, keys.private_pem()))
            .start()
            .await?;
        let client = sandbox.client_builder().build()?;
        let user = sandbox.users()[0].id.clone();
        let call = NewCall::builder(
            "example-webhook-1",
            user.clone(),
            vec![Party::user(user), Party::email("buyer@customer.example")],
            CallDirection::Outbound,
            "2026-01-05T10:00:00Z",
        )
        .build()?;
        let call_id = client.create_call(call).await?.call_id.ok_or("no call id")?;
        let audio = vec![0u8; 4096];
        let media = MediaFile::from_reader(
            move || {
                let audio = audio.clone();
                async move { Ok(std::io::Cursor::new(audio)) }
            },
            4096,
            "call.wav",
        );
        client.add_call_media(&call_id, media).await?;

        // The delivery is asynchronous: wait for it, with a bound that holds
        // on a slow machine.
        let http = reqwest::Client::new();
        let mut recent: Vec<String> = Vec::new();
        for _ in 0..300 {
            recent = http.get(format!("{base}/calls/recent")).send().await?.json().await?;
            if !recent.is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(
            recent,
            vec![call_id.to_string()],
            "the application stored the announced call"
        );
        let deliveries = sandbox.webhook_deliveries();
        assert_eq!(deliveries.len(), 1, "{deliveries:?}");
        assert_eq!(deliveries[0].status, Some(200), "{deliveries:?}");
        let health = http.get(format!("{base}/health")).send().await?.text().await?;
        assert_eq!(health, "ok", "the application's own routes still answer");

        sandbox.shutdown().await;
        let _ = stop.send(());
        served.await?;
        Ok(())
    }
}
