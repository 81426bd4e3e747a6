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
//! - [`webhook`]: verification of Process Automation (automation rule) webhooks.
//! - `sync` (feature `sync`): incremental, resumable sync of a tenant into
//!   SQLite or PostgreSQL, planned against the daily budget.
//!
//! A local Gong for trials and tests is the separate `gong-sandbox` crate
//! (`crates/gong-sandbox`), built on this crate's public API.
//!
//! Gong's quirks the client handles are listed in the README.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod actions;
pub mod auth;
mod client;
mod clock;
pub mod error;
#[cfg(feature = "webhook-server")]
pub mod http_guard;
mod ids;
pub mod media;
pub mod paging;
pub mod quota;
pub mod raw;
pub mod redact;
pub mod retry;
#[cfg(feature = "sync")]
pub mod sync;
pub mod transport;
pub mod validate;
pub mod webhook;

pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL, MAX_RATE_PER_SECOND, MIN_RATE_PER_SECOND, check_rate};
pub use error::{AuthError, Error, ErrorDetails, PagingError, Result};
pub use ids::{GongId, InvalidGongId};

/// Generated bindings for Gong's API v2 (do not edit: see `openapi/` and `build.rs`).
///
/// Reach them through [`Client::api`], which shares the client's auth,
/// pacing, budget and retries.
#[allow(missing_docs, clippy::all, unused_imports, unused_comparisons, dead_code)]
pub mod api {
    include!(concat!(env!("OUT_DIR"), "/gong_api.rs"));
}
