//! An HTTP/1.1 accept loop that holds up against hostile clients: a cap on
//! open connections, a time limit on request headers, an idle limit on
//! request bodies, and a shutdown that stops accepting and lets the requests
//! already being handled finish.
//!
//! At the cap, a new connection evicts the oldest connection that has not
//! yet delivered a whole request (still sending headers or its body), else
//! the oldest one idle after an answer; when every connection is busy with a
//! complete request, the new one is closed at once. So a flood of half-sent requests cannot
//! starve a client that sends its request whole, and the process never runs
//! out of file descriptors.
//!
//! Used by the webhook receiver and by the `gong-sandbox` crate (feature
//! `webhook-server`).

use std::collections::BTreeMap;
use std::pin::Pin;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use bytes::Bytes;
use hyper::body::{Body, Frame, Incoming, SizeHint};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::sync::{Notify, watch};
use tokio::task::JoinSet;

/// The connection waits for (the rest of) a request's headers.
const WAITING: u8 = 0;
/// Headers are in; the body is still arriving.
const READING: u8 = 1;
/// A whole request is in and being answered.
const WORKING: u8 = 2;
/// The last request was answered (its response may still be on its way out).
const ANSWERED: u8 = 3;

/// Bounds of the accept loop.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Limits {
    /// Most connections open at once.
    pub max_connections: usize,
    /// Time a client has to send a request's headers.
    pub header_timeout: Duration,
    /// Longest pause while a request body arrives.
    pub body_idle_timeout: Duration,
    /// Keep connections open between requests.
    pub keep_alive: bool,
    /// At shutdown: `Some(t)` lets requests in progress finish for up to
    /// `t`; `None` drops every connection at once.
    pub drain: Option<Duration>,
}

impl Limits {
    /// Bounds with keep-alive on and no drain at shutdown.
    pub fn new(max_connections: usize, header_timeout: Duration, body_idle_timeout: Duration) -> Self {
        Limits {
            max_connections,
            header_timeout,
            body_idle_timeout,
            keep_alive: true,
            drain: None,
        }
    }

    /// Keeps connections open between requests, or not.
    pub fn with_keep_alive(mut self, keep_alive: bool) -> Self {
        self.keep_alive = keep_alive;
        self
    }

    /// At shutdown, lets requests in progress finish for up to `drain`.
    pub fn with_drain(mut self, drain: Option<Duration>) -> Self {
        self.drain = drain;
        self
    }
}

/// One open connection, as the accept loop sees it.
struct Conn {
    state: Arc<AtomicU8>,
    kill: Arc<Notify>,
}

#[derive(Default)]
struct Registry {
    conns: Mutex<BTreeMap<u64, Conn>>,
}

impl Registry {
    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<u64, Conn>> {
        self.conns.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Makes room for one more connection; `false` if every connection is
    /// busy with a whole request.
    fn make_room(&self, max: usize) -> bool {
        let mut conns = self.lock();
        if conns.len() < max {
            return true;
        }
        // Oldest half-sent request first; then the oldest connection idle
        // after an answer.
        let state_of = |c: &Conn| c.state.load(Ordering::Acquire);
        let victim = conns
            .iter()
            .find(|(_, c)| matches!(state_of(c), WAITING | READING))
            .or_else(|| conns.iter().find(|(_, c)| state_of(c) == ANSWERED))
            .map(|(id, _)| *id);
        match victim {
            Some(id) => {
                if let Some(conn) = conns.remove(&id) {
                    conn.kill.notify_one();
                }
                true
            }
            None => false,
        }
    }
}

/// Marks a connection's request as answered when the response future ends
/// (or is dropped).
struct Answered(Arc<AtomicU8>);

impl Drop for Answered {
    fn drop(&mut self) {
        self.0.store(ANSWERED, Ordering::Release);
    }
}

/// A request body that fails when no data arrives for the idle limit, and
/// marks its connection's request complete once the body has ended.
pub(crate) struct GuardedBody {
    inner: Incoming,
    idle: Duration,
    deadline: Pin<Box<tokio::time::Sleep>>,
    state: Arc<AtomicU8>,
}

impl GuardedBody {
    fn new(inner: Incoming, idle: Duration, state: Arc<AtomicU8>) -> Self {
        if inner.is_end_stream() {
            state.store(WORKING, Ordering::Release);
        } else {
            state.store(READING, Ordering::Release);
        }
        GuardedBody {
            inner,
            idle,
            deadline: Box::pin(tokio::time::sleep(idle)),
            state,
        }
    }
}

impl Body for GuardedBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => {
                let deadline = tokio::time::Instant::now() + this.idle;
                this.deadline.as_mut().reset(deadline);
                if this.inner.is_end_stream() {
                    this.state.store(WORKING, Ordering::Release);
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(std::io::Error::other(e)))),
            Poll::Ready(None) => {
                this.state.store(WORKING, Ordering::Release);
                Poll::Ready(None)
            }
            Poll::Pending => match this.deadline.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(Some(Err(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    "the request body stalled",
                )))),
                Poll::Pending => Poll::Pending,
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

use std::future::Future as _;

/// Serves `router` on `listener` until `stop` turns true (or its sender is
/// dropped), then stops accepting and winds down as `limits.drain` says.
/// `extend` may put per-connection values in each request's extensions; it
/// gets the connection's kill switch (notify it to drop the connection).
pub async fn serve<E>(
    listener: tokio::net::TcpListener,
    router: Router,
    limits: Limits,
    mut stop: watch::Receiver<bool>,
    extend: E,
) where
    E: Fn(&Arc<Notify>, &mut axum::http::Extensions) + Clone + Send + Sync + 'static,
{
    let registry = Arc::new(Registry::default());
    let mut tasks = JoinSet::new();
    let mut next_id = 0u64;
    let max = limits.max_connections.max(1);
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(limits.keep_alive)
        .max_buf_size(64 * 1024);
    loop {
        if *stop.borrow() {
            break;
        }
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of descriptors or a reset before accept: wait a little, go on.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    continue;
                }
            },
            Some(_) = tasks.join_next(), if !tasks.is_empty() => continue,
            _ = stop.changed() => break,
        };
        if !registry.make_room(max) {
            tracing::debug!("connection refused: every connection is busy");
            drop(stream);
            continue;
        }
        let _ = stream.set_nodelay(true);
        let id = next_id;
        next_id += 1;
        let state = Arc::new(AtomicU8::new(WAITING));
        let kill = Arc::new(Notify::new());
        registry.lock().insert(
            id,
            Conn {
                state: Arc::clone(&state),
                kill: Arc::clone(&kill),
            },
        );
        let tower = TowerToHyperService::new(router.clone());
        let (per_state, per_kill, extend) = (Arc::clone(&state), Arc::clone(&kill), extend.clone());
        let body_idle = limits.body_idle_timeout;
        let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
            let mut req = req.map(|body| GuardedBody::new(body, body_idle, Arc::clone(&per_state)));
            extend(&per_kill, req.extensions_mut());
            let answered = Answered(Arc::clone(&per_state));
            let call = hyper::service::Service::call(&tower, req);
            async move {
                let response = call.await;
                drop(answered);
                response
            }
        });
        let conn = builder.serve_connection(TokioIo::new(stream), service);
        let mut stop = stop.clone();
        let graceful = limits.drain.is_some();
        let registry = Arc::clone(&registry);
        let conn_state = Arc::clone(&state);
        tasks.spawn(async move {
            let mut conn = std::pin::pin!(conn);
            let mut stopping = false;
            loop {
                tokio::select! {
                    _ = conn.as_mut() => break,
                    _ = kill.notified() => break,
                    _ = stop.changed(), if !stopping => {
                        stopping = true;
                        // A connection that never got a whole request head
                        // has nothing to finish.
                        if !graceful || conn_state.load(Ordering::Acquire) == WAITING {
                            break;
                        }
                        conn.as_mut().graceful_shutdown();
                    }
                }
            }
            registry.lock().remove(&id);
        });
    }
    drop(listener);
    match limits.drain {
        Some(drain) => {
            let _ = tokio::time::timeout(drain, async { while tasks.join_next().await.is_some() {} }).await;
            tasks.shutdown().await;
        }
        None => tasks.shutdown().await,
    }
}
