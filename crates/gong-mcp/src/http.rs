//! Streamable HTTP: the server at `/mcp`, behind a bearer token, on loopback
//! unless told otherwise.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rmcp::transport::StreamableHttpServerConfig;
use rmcp::transport::streamable_http_server::StreamableHttpService;
use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
use subtle::ConstantTimeEq;

use crate::{GongMcp, ServeError};

/// The shortest bearer token accepted.
pub const MIN_TOKEN_CHARS: usize = 16;

/// Where and how the HTTP server listens.
pub struct HttpOptions {
    /// Address to bind (a loopback address unless `allow_remote`).
    pub addr: SocketAddr,
    /// The bearer token every request must carry (`Authorization: Bearer ...`).
    pub token: String,
    /// Allow a non-loopback address (the token then crosses the network:
    /// put TLS in front of it).
    pub allow_remote: bool,
}

impl std::fmt::Debug for HttpOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpOptions")
            .field("addr", &self.addr)
            .field("token", &"<redacted>")
            .field("allow_remote", &self.allow_remote)
            .finish()
    }
}

/// Serves `server` over streamable HTTP at `http://ADDR/mcp` until the
/// process ends. `ready` gets the bound address (port 0 picks one).
pub async fn serve_http(
    server: GongMcp,
    options: HttpOptions,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    if !options.addr.ip().is_loopback() && !options.allow_remote {
        return Err(ServeError::Config(format!(
            "--http {}: not a loopback address; pass --allow-remote to serve other machines (and put TLS in front)",
            options.addr
        )));
    }
    if options.token.chars().count() < MIN_TOKEN_CHARS {
        return Err(ServeError::Config(format!(
            "GONG_MCP_TOKEN: the bearer token must be at least {MIN_TOKEN_CHARS} characters"
        )));
    }
    let mut config = StreamableHttpServerConfig::default();
    if options.allow_remote {
        let ip = options.addr.ip().to_string();
        config = config.with_allowed_hosts([ip, "localhost".into(), "127.0.0.1".into(), "::1".into()]);
    }
    let service = StreamableHttpService::new(
        move || Ok(server.clone()),
        Arc::new(LocalSessionManager::default()),
        config,
    );
    let token = Arc::new(options.token.into_bytes());
    let app = axum::Router::new()
        .route_service("/mcp", service)
        .layer(axum::middleware::from_fn(move |request: Request, next: Next| {
            let token = token.clone();
            async move {
                if authorized(&request, &token) {
                    next.run(request).await
                } else {
                    unauthorized()
                }
            }
        }));
    let listener = tokio::net::TcpListener::bind(options.addr)
        .await
        .map_err(|e| ServeError::Transport(format!("binding {}: {e}", options.addr)))?;
    let bound = listener
        .local_addr()
        .map_err(|e| ServeError::Transport(format!("binding {}: {e}", options.addr)))?;
    ready(bound);
    axum::serve(listener, app)
        .await
        .map_err(|e| ServeError::Transport(e.to_string()))
}

/// Whether the request carries the bearer token (compared in constant time).
fn authorized(request: &Request, token: &[u8]) -> bool {
    let Some(value) = request.headers().get(header::AUTHORIZATION) else {
        return false;
    };
    let Some(given) = value.as_bytes().strip_prefix(b"Bearer ") else {
        return false;
    };
    given.len() == token.len() && bool::from(given.ct_eq(token))
}

fn unauthorized() -> Response {
    let mut response = (
        StatusCode::UNAUTHORIZED,
        "a bearer token is required (Authorization: Bearer ...)\n",
    )
        .into_response();
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    response
}
