//! A client for Gong, the revenue-intelligence platform.
//!
//! - [`api`]: typed bindings for every operation of Gong's API v2,
//!   generated at build time from the project's OpenAPI document
//!   (`openapi/gong.json`).
//! - [`Client`]: the facade. It adds both Gong connections (API key and
//!   OAuth 2.0 with single-use refresh tokens and per-tenant base URLs),
//!   client-side pacing at Gong's 3 requests/s, a daily request budget,
//!   retries with backoff that honour `Retry-After`, cursor paging as
//!   streams, streaming media upload, and a raw request escape hatch. Every
//!   request, generated or handwritten, takes the same path through
//!   [`transport::Transport`].
//! - [`export`]: every call with its content (`POST /v2/calls/extensive`)
//!   as a stream, with a content selector and a resumable cursor.
//! - [`actions`]: one method per connector action, with inputs checked
//!   before anything is sent.
//! - `webhook` (feature `webhook`): verification of Process Automation
//!   (automation rule) webhooks.
//!
//! Syncing a tenant into SQLite or PostgreSQL is the `gong-sync` crate,
//! built on this crate's public API.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use gong_client::{Client, actions::ListCalls};
//!
//! # async fn run() -> gong_client::Result<()> {
//! // GONG_ACCESS_KEY, GONG_ACCESS_KEY_SECRET and GONG_BASE_URL.
//! let client = Client::from_env()?;
//! let calls: Vec<_> = client
//!     .list_calls(ListCalls::builder().from_date_time("2026-01-01T00:00:00Z").build()?)
//!     .try_collect()
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! # Features
//!
//! `codegen` and `native-tls` are on by default: the default build is the
//! client alone.
//!
//! | feature | adds |
//! |---|---|
//! | `codegen` | on by default: `build.rs` generates the bindings from `openapi/gong.json` with progenitor; without it the committed `generated/` copy is used after a check of the document's hash, and the generator is not built |
//! | `native-tls` | on by default: TLS through the platform's own stack (OpenSSL on Linux, Security.framework on macOS, SChannel on Windows), none of it compiled by this build; on Linux it needs OpenSSL's headers and `pkg-config` |
//! | `rustls` | TLS in pure Rust (rustls with ring), no system library: for static and musl builds; when both are on, rustls is used |
//! | `webhook` | `webhook`: verification and parsing of Process Automation (automation rule) webhooks, RS256 signatures or URL keys (brings in `jsonwebtoken` and `ring`) |
//! | `webhook-server` | (implies `webhook`)  [`webhook::server`]: an axum receiver for automation-rule webhooks (a router per rule set, answers only once the event is handed off, deduplication) and `http_guard`, its bounded accept loop (connection cap, header and body timeouts, graceful stop) |
//! | `webhook-queue` | (implies `webhook`) [`webhook::queue`]: a durable queue of verified events in PostgreSQL for receivers and consumers on several machines: redeliveries absorbed by a unique key, claims under a lease with `FOR UPDATE SKIP LOCKED`, retries with backoff, dead letters, one event of a call at a time (brings in `tokio-postgres`) |
//! | `test-util` | (implies `webhook`) [`webhook::test_util`]: helpers for your own tests, making RSA test keys and signing webhook deliveries as Gong does (brings in the `rsa` crate; not for production keys); [`OPENAPI_DOCUMENT`], the API document's text |
//! | `redis` | [`quota::RedisQuota`]: Gong's pacing and daily budget shared by every machine of a tenant through Redis |
//!
//! Items that need a feature say so in these docs.
//!
//! # Examples and the sandbox
//!
//! The repository's `examples/` list calls since a date, export calls with
//! their transcripts to JSON Lines, log in with OAuth from an axum app,
//! receive webhooks inside your own axum app, and test your code against
//! an embedded Gong. That embedded Gong is the separate `gong-sandbox` crate,
//! built on this crate's public API: take it as a dev-dependency for your
//! own tests. The `gong` command line is the `gong-cli` crate.
//!
//! Gong's quirks the client handles are listed in the README.
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

pub mod actions;
pub mod auth;
mod body;
mod client;
mod clock;
mod datetime;
pub mod decode;
pub mod error;
pub mod export;
pub mod files;
#[cfg(feature = "webhook-server")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhook-server")))]
pub mod http_guard;
mod ids;
pub mod media;
pub mod operation;
pub mod paging;
pub mod quota;
pub mod raw;
pub mod redact;
pub mod retry;
pub mod transport;
pub mod validate;
#[cfg(feature = "webhook")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhook")))]
pub mod webhook;

pub use body::{DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_PAGE_RECORDS};
pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL, http_client_builder};
pub use clock::WAIT_TARGET;
pub use quota::{MAX_RATE_PER_SECOND, MIN_RATE_PER_SECOND, check_rate};

// Crates whose types appear in this crate's public API, re-exported so that a
// user names the very versions the crate was built with (`gong_client::reqwest::Proxy`,
// `gong_client::secrecy::ExposeSecret`, ...) without adding them to their own
// manifest in step. A major version change of any of them is a major version
// change of this crate.

/// The web framework of the webhook receiver ([`webhook`]'s router).
#[cfg(feature = "webhook-server")]
pub use axum;
/// Byte buffers of raw request and response bodies.
pub use bytes;
/// Date-times of the generated types.
pub use chrono;
/// Streams of pages and items, the futures of [`quota::Quota`] and [`auth::TokenStore`].
pub use futures;
/// The runtime of the generated layer ([`api`]): the `ClientInfo` and
/// `ClientHooks` traits its client implements.
pub use progenitor_client;
/// HTTP client: [`ClientBuilder::http_client`], [`ClientBuilder::proxy`],
/// `ClientBuilder::add_root_certificate`, [`Error::Transport`], raw request
/// headers and methods.
pub use reqwest;
/// JSON Schema of every action's input ([`actions::schema`]; feature `schema`).
#[cfg(feature = "schema")]
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub use schemars;
/// Secret strings: OAuth tokens ([`auth::TokenSet`]) and client secrets.
pub use secrecy;
/// JSON values: Gong's fields the document leaves open, raw request bodies, error details.
pub use serde_json;
/// The runtime: media readers (`tokio::io::AsyncRead`), the webhook receiver's channel.
pub use tokio;
/// URLs: [`Client::base_url`] and the transport's request URLs.
pub use url;

// The key types are shared across tasks and threads; a change that loses
// that fails to compile here, not in a user's code.
const _: () = {
    const fn send_sync_clone<T: Send + Sync + Clone>() {}
    const fn send_sync<T: Send + Sync>() {}
    const fn error<T: std::error::Error + Send + Sync + 'static>() {}
    send_sync_clone::<Client>();
    send_sync_clone::<transport::Transport>();
    send_sync_clone::<api::Client>();
    send_sync_clone::<retry::RetryPolicy>();
    send_sync_clone::<quota::QuotaSettings>();
    send_sync_clone::<auth::OAuthConfig>();
    send_sync_clone::<auth::TokenSet>();
    send_sync_clone::<raw::RawRequest>();
    send_sync_clone::<GongId>();
    send_sync::<ClientBuilder>();
    send_sync::<auth::MemoryTokenStore>();
    send_sync::<auth::FileTokenStore>();
    send_sync::<quota::LocalQuota>();
    send_sync::<quota::FileQuota>();
    #[cfg(feature = "webhook")]
    send_sync::<webhook::AutomationRule>();
    send_sync::<media::MediaFile>();
    error::<Error>();
    error::<AuthError>();
    error::<PagingError>();
    #[cfg(feature = "webhook")]
    error::<webhook::WebhookError>();
};
pub use datetime::{GongDateTime, InvalidGongDateTime};
pub use error::{AuthError, Error, ErrorDetails, PagingError, RawBody, Result};
pub use ids::{GongId, InvalidGongId};

/// The project's API document (`openapi/gong.json`, the one [`api`] is
/// generated from), as text: for tools that answer or check requests by
/// its schemas, such as the `gong-sandbox` crate. Only with `test-util`,
/// so that no other build carries its 300 KB.
#[cfg(feature = "test-util")]
pub const OPENAPI_DOCUMENT: &str = include_str!("../openapi/gong.json");

/// Generated bindings for Gong's API v2 (do not edit: see `openapi/` and `build.rs`).
///
/// Reach them through [`Client::api`], which shares the client's auth,
/// pacing, budget and retries.
#[allow(missing_docs, clippy::all, unused_imports, unused_comparisons, dead_code)]
pub mod api {
    include!(concat!(env!("OUT_DIR"), "/gong_api.rs"));
}
