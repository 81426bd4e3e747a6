//! gong-client's integration tests, one test binary: compiled and linked
//! once instead of once per file. Each module is one area, on the wire.

mod common;
mod typed_mock;

/// The generated httpmock helpers name `crate::GongId` (the bindings' id type).
use gong_client::GongId;

mod actions;
mod decode;
mod decode_corpus;
mod export;
mod facade;
mod gong_errors;
mod hostile_gong;
mod hostile_input;
mod http_client;
mod layers;
mod listings;
mod oauth_store;
mod package;
mod properties;
mod reemit;
mod sandbox;
mod spec_pipeline;
#[cfg(any(feature = "rustls", feature = "native-tls"))]
mod tls;
mod typed_calls;
mod webhook;
mod webhook_queue;
mod webhook_receiver;
