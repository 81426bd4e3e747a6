//! An axum receiver for automation-rule webhooks (feature `webhook-server`).
//!
//! [`WebhookServer`] turns an [`AutomationRules`] set into an
//! [`axum::Router`] with one `POST` route per rule:
//!
//! - a signed-JWT rule, and a URL-key rule whose key is a query parameter, on
//!   the rule's route;
//! - a URL-key rule whose key is the last path segment on `{route}/{key}`.
//!
//! Each request's body is read up to the rule's limit (`413` past it) and
//! within the body timeout (`408` past it), verified with the rule
//! ([`AutomationRule::verify`]) and, once verified, handed to the
//! application. **A `2xx` is a promise**: Gong is assumed not to redeliver
//! what was acknowledged, so the reply waits for the application to take the
//! event over:
//!
//! - [`WebhookServer::router_with_handler`]: the reply waits for the async
//!   handler; `Ok` answers `200`, `Err` answers `503` so Gong delivers again;
//! - [`WebhookServer::router`]: the event goes on a channel and the reply
//!   waits until the receiving side calls [`ReceivedEvent::acknowledge`]
//!   (`200`) or [`ReceivedEvent::reject`], or drops every copy of the event
//!   without acknowledging it (`503`).
//!
//! Any authentication failure is `401` with an empty body, an authentic but
//! undecodable payload `400`. A call delivered again for the same rule and
//! the same `isTest` within the dedup window, after an earlier delivery was
//! handed off, is answered `200` and not handed on twice; a failed hand-off is
//! not remembered, so the redelivery is handed on. Two deliveries of one call
//! that arrive at the same moment may both be handed on (at least once, never
//! zero times).
//!
//! [`serve`] runs a router with the limits a public endpoint needs (a
//! connection cap, header and body timeouts, a graceful stop that finishes
//! the requests already received); `axum::serve` works too, without them.
//!
//! ```no_run
//! use gong_client::webhook::{AutomationRule, AutomationRules, server::{self, ServeLimits, WebhookServer}};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let rules = AutomationRules::new().with(AutomationRule::signed_jwt(
//!     "won-deals",
//!     "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...",
//!     "https://hooks.example.com/won-deals",
//! )?)?;
//! let app = WebhookServer::new(rules).router_with_handler(|received| async move {
//!     // Store the event durably before answering; an error makes Gong retry.
//!     std::fs::write("event.json", received.event.raw_body())?;
//!     Ok::<(), std::io::Error>(())
//! });
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! server::serve(listener, app, ServeLimits::default(), async {
//!     let _ = tokio::signal::ctrl_c().await;
//! })
//! .await;
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::routing::post;
use tokio::sync::{mpsc, oneshot};

use super::{AutomationEvent, AutomationRule, AutomationRules, Dedup, Delivery, UrlKeyLocation, WebhookError};

/// Default time a client has to send a request body.
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// A verified event and the rule that fired it.
///
/// Events from [`WebhookServer::router`] carry the delivery's pending reply:
/// call [`ReceivedEvent::acknowledge`] once the event is safely handed off.
/// Copies share that reply; when the last copy is dropped unacknowledged,
/// the delivery is answered `503`.
#[derive(Clone)]
#[non_exhaustive]
pub struct ReceivedEvent {
    /// Name of the rule whose route received the delivery.
    pub rule: Arc<str>,
    /// The verified event.
    pub event: AutomationEvent,
    reply: Option<Arc<Reply>>,
}

impl fmt::Debug for ReceivedEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReceivedEvent")
            .field("rule", &self.rule)
            .field("event", &self.event)
            .field("awaiting_ack", &self.reply.is_some())
            .finish()
    }
}

/// The pending answer to one delivery.
struct Reply(Mutex<Option<oneshot::Sender<bool>>>);

impl Reply {
    fn send(&self, handed_off: bool) {
        if let Some(tx) = self.0.lock().unwrap_or_else(|p| p.into_inner()).take() {
            let _ = tx.send(handed_off);
        }
    }
}

impl ReceivedEvent {
    /// An event with no pending reply (for tests of handlers).
    pub fn new(rule: impl Into<Arc<str>>, event: AutomationEvent) -> Self {
        ReceivedEvent {
            rule: rule.into(),
            event,
            reply: None,
        }
    }

    /// The event is safely handed off: the delivery is answered `200`.
    /// Only the first of `acknowledge` and `reject` counts.
    pub fn acknowledge(&self) {
        if let Some(reply) = &self.reply {
            reply.send(true);
        }
    }

    /// The event could not be handed off: the delivery is answered `503` and
    /// Gong may deliver it again.
    pub fn reject(&self) {
        if let Some(reply) = &self.reply {
            reply.send(false);
        }
    }
}

type BoxFuture = Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'static>>;
type HandlerFn = dyn Fn(ReceivedEvent) -> BoxFuture + Send + Sync;

/// Limits of [`serve`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ServeLimits {
    /// Most connections open at once (default 256). At the cap, a new
    /// connection evicts the oldest one that has not delivered a whole
    /// request yet; if all are busy answering, the new one is closed.
    pub max_connections: usize,
    /// Time a client has to send the request line and headers (default 10 s).
    pub header_timeout: Duration,
    /// Longest pause while a request body arrives (default 10 s).
    pub body_idle_timeout: Duration,
    /// At shutdown, how long requests already received may take to be
    /// handed off and answered (default 30 s); the rest are dropped
    /// unanswered (so never acknowledged).
    pub drain_timeout: Duration,
}

impl Default for ServeLimits {
    fn default() -> Self {
        ServeLimits {
            max_connections: 256,
            header_timeout: Duration::from_secs(10),
            body_idle_timeout: Duration::from_secs(10),
            drain_timeout: Duration::from_secs(30),
        }
    }
}

/// Serves `router` (from [`WebhookServer`]) on `listener` with `limits`
/// until `shutdown` completes; then stops accepting, lets the requests
/// already received finish (up to [`ServeLimits::drain_timeout`]) and
/// returns. One connection per request: webhooks need no keep-alive.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    limits: ServeLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let guard = crate::http_guard::Limits {
        max_connections: limits.max_connections,
        header_timeout: limits.header_timeout,
        body_idle_timeout: limits.body_idle_timeout,
        keep_alive: false,
        drain: Some(limits.drain_timeout),
    };
    let signal = tokio::spawn(async move {
        shutdown.await;
        let _ = stop_tx.send(true);
        // Keep the sender alive so the loop sees `true`, not a closed channel.
        futures::future::pending::<()>().await;
    });
    crate::http_guard::serve(listener, router, guard, stop_rx, |_, _| {}).await;
    signal.abort();
}

/// Builds the receiver's router from a rule set.
#[derive(Debug)]
pub struct WebhookServer {
    rules: AutomationRules,
    dedup: Arc<Dedup>,
    body_timeout: Duration,
}

impl WebhookServer {
    /// A receiver for these rules, deduplicating with [`Dedup::default`].
    pub fn new(rules: AutomationRules) -> Self {
        WebhookServer {
            rules,
            dedup: Arc::new(Dedup::default()),
            body_timeout: DEFAULT_BODY_TIMEOUT,
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

    /// Time a request body may take to arrive in full (default
    /// [`DEFAULT_BODY_TIMEOUT`]); past it the answer is `408`.
    pub fn body_timeout(mut self, timeout: Duration) -> Self {
        self.body_timeout = timeout;
        self
    }

    /// A router that sends each verified event on `sender` and answers once
    /// the receiving side acknowledges it ([`ReceivedEvent::acknowledge`]):
    /// `200`; rejected, dropped unacknowledged or a closed channel: `503`.
    /// The reply also waits for room in the channel.
    pub fn router(self, sender: mpsc::Sender<ReceivedEvent>) -> Router {
        let handler = move |mut received: ReceivedEvent| {
            let sender = sender.clone();
            async move {
                let (tx, rx) = oneshot::channel();
                received.reply = Some(Arc::new(Reply(Mutex::new(Some(tx)))));
                sender
                    .send(received)
                    .await
                    .map_err(|_| "the event channel is closed".to_owned())?;
                match rx.await {
                    Ok(true) => Ok(()),
                    Ok(false) => Err("the event was rejected".to_owned()),
                    Err(_) => Err("the event was dropped without an acknowledgement".to_owned()),
                }
            }
        };
        self.build(Arc::new(move |event| Box::pin(handler(event)) as BoxFuture))
    }

    /// A router that runs `handler(event)` for each verified event and
    /// answers when it is done: `Ok` is `200`, `Err` is `503` (the error is
    /// logged at warn level; Gong may deliver the event again). Answer fast:
    /// Gong's timeout is not documented.
    pub fn router_with_handler<F, Fut, E>(self, handler: F) -> Router
    where
        F: Fn(ReceivedEvent) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), E>> + Send + 'static,
        E: fmt::Display,
    {
        self.build(Arc::new(move |event| {
            let fut = handler(event);
            Box::pin(async move { fut.await.map_err(|e| e.to_string()) }) as BoxFuture
        }))
    }

    fn build(self, handler: Arc<HandlerFn>) -> Router {
        let rules: Vec<AutomationRule> = self.rules.iter().cloned().collect();
        let shared = Arc::new(Shared {
            rules,
            dedup: self.dedup,
            handler,
            body_timeout: self.body_timeout,
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
    handler: Arc<HandlerFn>,
    body_timeout: Duration,
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
        let bytes = match tokio::time::timeout(self.body_timeout, axum::body::to_bytes(body, limit)).await {
            Ok(Ok(bytes)) => bytes,
            Ok(Err(_)) => {
                tracing::debug!(
                    rule = rule.name(),
                    "webhook rejected: body over the limit, cut short or stalled"
                );
                return StatusCode::PAYLOAD_TOO_LARGE;
            }
            Err(_) => {
                tracing::debug!(rule = rule.name(), "webhook rejected: body not received in time");
                return StatusCode::REQUEST_TIMEOUT;
            }
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
        let dedup_key = super::dedup_key(rule.name(), &event);
        if let Some(key) = &dedup_key
            && self.dedup.contains(key, Instant::now())
        {
            tracing::debug!(rule = rule.name(), key = %key, "duplicate webhook delivery: already handed off");
            return StatusCode::OK;
        }
        let received = ReceivedEvent::new(rule.name(), event);
        match (self.handler)(received).await {
            Ok(()) => {
                if let Some(key) = &dedup_key {
                    self.dedup.record(key, Instant::now());
                }
                StatusCode::OK
            }
            Err(reason) => {
                tracing::warn!(rule = rule.name(), reason = %reason, "webhook event not handed off; answered 503");
                StatusCode::SERVICE_UNAVAILABLE
            }
        }
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
