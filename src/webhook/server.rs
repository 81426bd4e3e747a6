//! An axum receiver for automation-rule webhooks (feature `webhook-server`).
//!
//! [`WebhookServer`] turns an [`AutomationRules`] set into an
//! [`axum::Router`] with one `POST` route per rule:
//!
//! - a signed-JWT rule, and a URL-key rule whose key is a query parameter, on
//!   the rule's route;
//! - a URL-key rule whose key is the last path segment on `{route}/{key}`.
//!
//! Each request's body is read up to the rule's limit (`413` past it),
//! verified with the rule ([`AutomationRule::verify`]) and, once verified,
//! handed to the application: sent on a Tokio channel, or passed to an async
//! function spawned on its own task. The reply is `200` as soon as the event
//! is handed on, `401` with an empty body for any authentication failure,
//! `400` with an empty body for an authentic but undecodable payload, and
//! `503` if the channel is closed. A call delivered again for the same rule
//! within the dedup window is answered `200` and not handed on twice.
//!
//! ```no_run
//! use gong_client::webhook::{AutomationRule, AutomationRules, server::WebhookServer};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let rules = AutomationRules::new().with(AutomationRule::signed_jwt(
//!     "won-deals",
//!     "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...",
//!     "https://hooks.example.com/won-deals",
//! )?)?;
//! let (tx, mut rx) = tokio::sync::mpsc::channel(256);
//! let app = WebhookServer::new(rules).router(tx);
//! tokio::spawn(async move {
//!     while let Some(received) = rx.recv().await {
//!         println!("{} fired for {:?}", received.rule, received.event.call_id());
//!     }
//! });
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, app).await?;
//! # Ok(())
//! # }
//! ```

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::routing::post;
use tokio::sync::mpsc;

use super::{AutomationEvent, AutomationRule, AutomationRules, Dedup, Delivery, UrlKeyLocation, WebhookError};

/// A verified event and the rule that fired it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ReceivedEvent {
    /// Name of the rule whose route received the delivery.
    pub rule: Arc<str>,
    /// The verified event.
    pub event: AutomationEvent,
}

type BoxFuture = Pin<Box<dyn Future<Output = ()> + Send + 'static>>;
type HandlerFn = dyn Fn(ReceivedEvent) -> BoxFuture + Send + Sync;

enum Sink {
    Channel(mpsc::Sender<ReceivedEvent>),
    Spawn(Arc<HandlerFn>),
}

/// Builds the receiver's router from a rule set.
#[derive(Debug)]
pub struct WebhookServer {
    rules: AutomationRules,
    dedup: Arc<Dedup>,
}

impl WebhookServer {
    /// A receiver for these rules, deduplicating with [`Dedup::default`].
    pub fn new(rules: AutomationRules) -> Self {
        WebhookServer {
            rules,
            dedup: Arc::new(Dedup::default()),
        }
    }

    /// Deduplicates within `window` instead of [`Dedup::DEFAULT_WINDOW`].
    pub fn dedup_window(mut self, window: Duration) -> Self {
        self.dedup = Arc::new(Dedup::new(window, Dedup::DEFAULT_MAX_ENTRIES));
        self
    }

    /// Uses this dedup set (for example one shared with other receivers).
    pub fn dedup(mut self, dedup: Arc<Dedup>) -> Self {
        self.dedup = dedup;
        self
    }

    /// A router that sends each verified event on `sender`. The reply waits
    /// for room in the channel, so size it for bursts; a closed channel is
    /// answered `503`.
    pub fn router(self, sender: mpsc::Sender<ReceivedEvent>) -> Router {
        self.build(Sink::Channel(sender))
    }

    /// A router that spawns `handler(event)` on a new task for each verified
    /// event and replies at once. Must run inside a Tokio runtime.
    pub fn router_with_handler<F, Fut>(self, handler: F) -> Router
    where
        F: Fn(ReceivedEvent) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        self.build(Sink::Spawn(Arc::new(move |event| {
            Box::pin(handler(event)) as BoxFuture
        })))
    }

    fn build(self, sink: Sink) -> Router {
        let rules: Vec<AutomationRule> = self.rules.iter().cloned().collect();
        let shared = Arc::new(Shared {
            rules,
            dedup: self.dedup,
            sink,
        });
        let mut router = Router::new();
        for (index, rule) in shared.rules.iter().enumerate() {
            let base = rule.route();
            let state = Arc::clone(&shared);
            match rule.auth_mode() {
                super::AuthMode::UrlKey {
                    location: UrlKeyLocation::PathSegment,
                } => {
                    let path = format!("{}/{{key}}", base.trim_end_matches('/'));
                    router = router.route(
                        &path,
                        post(
                            move |Path(key): Path<String>, headers: HeaderMap, body: Body| async move {
                                state.handle(index, &headers, Some(key), body).await
                            },
                        ),
                    );
                }
                super::AuthMode::UrlKey {
                    location: UrlKeyLocation::Query(name),
                } => {
                    let name = name.clone();
                    router = router.route(
                        base,
                        post(move |uri: Uri, headers: HeaderMap, body: Body| async move {
                            let key = uri.query().and_then(|q| query_param(q, &name));
                            state.handle(index, &headers, key, body).await
                        }),
                    );
                }
                super::AuthMode::SignedJwt { .. } => {
                    router = router.route(
                        base,
                        post(move |headers: HeaderMap, body: Body| async move {
                            state.handle(index, &headers, None, body).await
                        }),
                    );
                }
            }
        }
        router
    }
}

struct Shared {
    rules: Vec<AutomationRule>,
    dedup: Arc<Dedup>,
    sink: Sink,
}

impl Shared {
    async fn handle(&self, index: usize, headers: &HeaderMap, url_key: Option<String>, body: Body) -> StatusCode {
        let rule = &self.rules[index];
        let limit = rule.max_body_bytes();
        let declared = headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|len| len > limit as u64) {
            tracing::debug!(rule = rule.name(), "webhook rejected: declared body over the limit");
            return StatusCode::PAYLOAD_TOO_LARGE;
        }
        let Ok(bytes) = axum::body::to_bytes(body, limit).await else {
            tracing::debug!(
                rule = rule.name(),
                "webhook rejected: body over the limit or unreadable"
            );
            return StatusCode::PAYLOAD_TOO_LARGE;
        };
        let authorization = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
        let delivery = Delivery {
            authorization,
            url_key: url_key.as_deref(),
            body: &bytes,
        };
        let event = match rule.verify_now(&delivery) {
            Ok(event) => event,
            Err(err) => {
                tracing::debug!(rule = rule.name(), reason = %err, "webhook rejected");
                return match err {
                    WebhookError::Decode(_) => StatusCode::BAD_REQUEST,
                    WebhookError::BodyTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
                    _ => StatusCode::UNAUTHORIZED,
                };
            }
        };
        let dedup_key = event.call_id().map(|id| format!("{}/{}", rule.name(), id));
        if let Some(key) = &dedup_key
            && !self.dedup.first_seen(key, Instant::now())
        {
            tracing::debug!(rule = rule.name(), call = %key, "duplicate webhook delivery dropped");
            return StatusCode::OK;
        }
        let received = ReceivedEvent {
            rule: Arc::from(rule.name()),
            event,
        };
        match &self.sink {
            Sink::Channel(sender) => {
                if sender.send(received).await.is_err() {
                    tracing::warn!(rule = rule.name(), "webhook event not delivered: channel closed");
                    if let Some(key) = &dedup_key {
                        self.dedup.forget(key);
                    }
                    return StatusCode::SERVICE_UNAVAILABLE;
                }
            }
            Sink::Spawn(handler) => {
                tokio::spawn(handler(received));
            }
        }
        StatusCode::OK
    }
}

/// The percent-decoded value of the first query parameter called `name`
/// (`%XX` escapes only; `+` stays `+`).
fn query_param(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(key)? == name).then(|| percent_decode(value)).flatten()
    })
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_params() {
        assert_eq!(query_param("a=1&key=s%2F3+x", "key").as_deref(), Some("s/3+x"));
        assert_eq!(query_param("k%65y=v", "key").as_deref(), Some("v"));
        assert_eq!(query_param("a=1", "key"), None);
        assert_eq!(query_param("key=%zz", "key"), None);
        assert_eq!(query_param("key=%+1", "key"), None);
    }
}
