//! The HTTP side: an HTTP/1.1 accept loop that can drop a connection on
//! purpose, and the path every `/v2` request takes (auth, rate limit,
//! faults, the operation, faults on the answer).

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use base64::Engine as _;
use bytes::Bytes;
use futures::StreamExt;
use secrecy::ExposeSecret;
use subtle::ConstantTimeEq;
use tokio::sync::watch;
use tokio::time::Instant;

// The layers below, as the http modules name them (`super::handlers`, ...).
use super::{handlers, rng, schema, settings, state};
use handlers::{ConnCtl, Ctx, Reply};
use rng::unit_at;
use settings::DropPoint;
use state::{ADMITTED_KEPT, Shared};

mod oauth;
mod routes;

/// Salts of the per-request fault rolls.
const FAULT_SALT: u64 = 0xFA17;
const LATENCY_SALT: u64 = 0x1A7E;
const MALFORMED_SALT: u64 = 0xBAD5;
const REPEAT_SALT: u64 = 0xC0C0;
const ARRIVAL_SALT: u64 = 0xA221;

// The HTTP side of a `Reply`.
impl Reply {
    fn into_response_with(self, body: Body, content_length: Option<usize>) -> Response {
        let mut response = Response::new(body);
        *response.status_mut() = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let headers = response.headers_mut();
        if self.json {
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            );
        }
        if let Some(len) = content_length {
            headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
        }
        for (name, value) in self.headers {
            if let Ok(v) = HeaderValue::from_str(&value) {
                headers.append(name, v);
            }
        }
        response
    }

    pub(crate) fn into_http(mut self) -> Response {
        let body = std::mem::take(&mut self.body);
        self.into_response_with(Body::from(body), None)
    }

    /// Sends the status, headers and the first half of the body, then
    /// closes the connection.
    fn into_truncated(mut self, ctl: ConnCtl) -> Response {
        let body = std::mem::take(&mut self.body);
        let full = body.len();
        let first = body.slice(..full / 2);
        let rest = futures::stream::once(async move {
            // Let the first half reach the socket before the connection goes.
            tokio::time::sleep(Duration::from_millis(5)).await;
            ctl.kill_and_hang().await
        });
        let stream = futures::stream::once(async move { Ok::<Bytes, std::io::Error>(first) }).chain(rest);
        self.into_response_with(Body::from_stream(stream), Some(full))
    }
}

/// Serves until `stop` says so (or its sender is gone), with a connection
/// cap and header and body timeouts.
pub(crate) async fn serve(
    listener: tokio::net::TcpListener,
    shared: Arc<Shared>,
    stop: watch::Receiver<bool>,
    limits: settings::ConnectionLimits,
) {
    let router = Router::new().fallback(entry).with_state(shared);
    let limits =
        gong_client::http_guard::Limits::new(limits.max_connections, limits.header_timeout, limits.body_idle_timeout);
    // A handler closes its own connection through the connection's kill switch.
    gong_client::http_guard::serve(listener, router, limits, stop, |kill, extensions| {
        extensions.insert(ConnCtl(Arc::clone(kill)));
    })
    .await;
}

async fn entry(State(sb): State<Arc<Shared>>, req: Request) -> Response {
    if req.uri().path().starts_with("/oauth2/") {
        let reply = oauth::handle(&sb, req).await;
        sb.lock().count_status(reply.status);
        return reply.into_http();
    }
    let ctl = req.extensions().get::<ConnCtl>().cloned();
    let seq = sb.next_seq();
    let rid = sb.request_id(seq);
    let now = Instant::now();
    sb.lock().stats.requests += 1;

    let granted = match authenticate(&sb, req.headers(), now) {
        Ok(granted) => granted,
        Err(message) => {
            let mut st = sb.lock();
            st.stats.unauthorized += 1;
            st.count_status(401);
            return Reply::error(401, &rid, message).into_http();
        }
    };
    let needed = required_scope(req.method().as_str(), req.uri().path());
    let withheld = needed.filter(|n| sb.config.withheld_scopes.iter().any(|w| w == n));
    let lacking = match (&granted, needed) {
        _ if withheld.is_some() => withheld,
        (Some(granted), Some(needed))
            if sb.config.enforce_scopes && !granted.split_whitespace().any(|s| s == needed) =>
        {
            Some(needed)
        }
        _ => None,
    };
    if let Some(needed) = lacking {
        // An API key carries no scopes: Gong refuses it with a 403.
        let status = if granted.is_none() {
            403
        } else {
            sb.config.missing_scope_status.status()
        };
        let mut st = sb.lock();
        st.stats.missing_scope += 1;
        st.count_status(status);
        // Gong's 401 says no more than this; the 403 names the scope.
        let message = if status == 401 {
            "Access denied".to_owned()
        } else {
            format!("The access token lacks the scope {needed}")
        };
        return Reply::error(status, &rid, message).into_http();
    }
    let faults = &sb.config.faults;
    let seed = sb.config.seed;
    let mut now = now;
    if !faults.arrival_jitter.is_zero() {
        tokio::time::sleep(faults.arrival_jitter.mul_f64(unit_at(seed, ARRIVAL_SALT, seq))).await;
        now = Instant::now();
    }
    if let Some(wait) = rate_limit(&sb, now) {
        let mut st = sb.lock();
        st.stats.rate_limited += 1;
        st.count_status(429);
        let secs = wait.as_secs_f64().ceil().max(1.0) as u64;
        return Reply::error(
            429,
            &rid,
            "API request rate limit exceeded; retry after the time in the Retry-After header",
        )
        .header(header::RETRY_AFTER, secs.to_string())
        .into_http();
    }

    if !faults.latency.is_zero() || !faults.latency_jitter.is_zero() {
        let extra = faults.latency_jitter.mul_f64(unit_at(seed, LATENCY_SALT, seq));
        tokio::time::sleep(faults.latency + extra).await;
    }
    let roll = unit_at(seed, FAULT_SALT, seq);
    let mut bar = 0.0;
    for &(status, p) in &faults.statuses {
        bar += p;
        if roll < bar {
            let mut reply = Reply::error(status, &rid, injected_message(status));
            if matches!(status, 429 | 503) {
                reply = reply.header(header::RETRY_AFTER, faults.retry_after.as_secs().max(1).to_string());
            }
            let mut st = sb.lock();
            st.stats.injected_statuses += 1;
            st.count_status(status);
            return reply.into_http();
        }
    }
    bar += faults.drop_connection;
    let drop = roll < bar;
    if drop
        && faults.drop_point == DropPoint::BeforeResponse
        && let Some(ctl) = &ctl
    {
        sb.lock().stats.dropped_connections += 1;
        ctl.kill_and_hang().await;
    }

    let ctx = Ctx {
        seq,
        rid: rid.clone(),
        repeat_cursor: faults.repeat_cursor > 0.0 && unit_at(seed, REPEAT_SALT, seq) < faults.repeat_cursor,
        now,
    };
    let (method, path, query) = (
        req.method().clone(),
        req.uri().path().to_owned(),
        req.uri().query().unwrap_or_default().to_owned(),
    );
    let mut reply = routes::route(&sb, req, &ctx, ctl.clone()).await;
    if let Some(vseed) = sb.config.variations {
        reply = vary(reply, vseed, method.as_str(), &path, &query);
    }

    let mut st = sb.lock();
    st.count_status(reply.status);
    if drop && let Some(ctl) = ctl {
        st.stats.truncated_bodies += 1;
        return reply.into_truncated(ctl);
    }
    if reply.json
        && reply.is_success()
        && faults.malformed_json > 0.0
        && unit_at(seed, MALFORMED_SALT, seq) < faults.malformed_json
    {
        st.stats.malformed_bodies += 1;
        let mut reply = reply;
        let cut = reply.body.len() * 2 / 3;
        reply.body = reply.body.slice(..cut);
        return reply.into_http();
    }
    reply.into_http()
}

/// Rewrites a JSON success answer as real tenants send it
/// ([`crate::SandboxBuilder::variations`]), drawn from the variations' seed
/// and the request line, so the same request gets the same answer.
fn vary(mut reply: Reply, vseed: u64, method: &str, path: &str, query: &str) -> Reply {
    if !reply.json || !reply.is_success() {
        return reply;
    }
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let Some(op) = schema::find_op(method, &segs) else {
        return reply;
    };
    let Ok(mut value) = serde_json::from_slice::<serde_json::Value>(&reply.body) else {
        return reply;
    };
    let (_, response) = op.success();
    let stream = schema::hash(&[method.as_bytes(), path.as_bytes(), query.as_bytes()]);
    schema::vary(&mut value, response, &mut rng::Rng::new(vseed, stream));
    if let Ok(body) = serde_json::to_vec(&value) {
        reply.body = Bytes::from(body);
    }
    reply
}

fn injected_message(status: u16) -> &'static str {
    match status {
        429 => "API request rate limit exceeded",
        500 => "Internal server error",
        502 => "Bad gateway",
        503 => "Service temporarily unavailable",
        504 => "Gateway timeout",
        _ => "Injected failure",
    }
}

/// Checks Basic or Bearer credentials: `Ok(Some(scopes))` for a Bearer
/// token, `Ok(None)` for the API key; the error is the 401 message.
fn authenticate(sb: &Shared, headers: &HeaderMap, now: Instant) -> Result<Option<String>, &'static str> {
    let Some(value) = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) else {
        return Err("Missing Authorization header: use Basic access key credentials or a Bearer token");
    };
    let (scheme, rest) = value.split_once(' ').unwrap_or((value, ""));
    if scheme.eq_ignore_ascii_case("basic") {
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(rest.trim())
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .unwrap_or_default();
        let (key, secret) = decoded.split_once(':').unwrap_or(("", ""));
        let key_ok = key.as_bytes().ct_eq(sb.creds.access_key.as_bytes());
        let secret_ok = secret
            .as_bytes()
            .ct_eq(sb.creds.access_key_secret.expose_secret().as_bytes());
        return if bool::from(key_ok & secret_ok) {
            Ok(None)
        } else {
            Err("Invalid access key or access key secret")
        };
    }
    if scheme.eq_ignore_ascii_case("bearer") {
        let mut st = sb.lock();
        return match st.access.get(rest.trim()) {
            Some(a) if a.expires > now => Ok(Some(a.scope.clone())),
            Some(_) => {
                st.stats.expired_tokens += 1;
                Err("The access token has expired")
            }
            None => Err("The access token is invalid or has been revoked"),
        };
    }
    Err("Unsupported authorization scheme")
}

/// The OAuth scope of the operation at `method` `path`, from the operation table.
fn required_scope(method: &str, path: &str) -> Option<&'static str> {
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let matches = |template: &str| {
        let t: Vec<&str> = template.split('/').filter(|s| !s.is_empty()).collect();
        t.len() == segs.len() && t.iter().zip(&segs).all(|(a, b)| a.starts_with('{') || a == b)
    };
    // Literal paths first: `/v2/calls/extensive` is not `/v2/calls/{id}`.
    let ops = gong_client::api::operations::ALL
        .iter()
        .filter(|o| o.method == method && matches(o.path));
    ops.min_by_key(|o| o.path.matches('{').count()).and_then(|o| o.scope)
}

/// `Some(wait)` when the tenant's rate is exceeded; otherwise the request
/// is admitted and its arrival recorded.
fn rate_limit(sb: &Shared, now: Instant) -> Option<Duration> {
    let mut st = sb.lock();
    if let Some(wait) = st.rate_window.as_mut().and_then(|w| w.take(now).err()) {
        return Some(wait);
    }
    if let Some((left, wait)) = st.refusal.as_mut() {
        if *left == 0 {
            return Some(*wait);
        }
        *left -= 1;
    }
    if st.admitted.len() >= ADMITTED_KEPT {
        st.admitted.pop_front();
    }
    st.admitted.push_back(now);
    None
}
