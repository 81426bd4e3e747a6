//! gong-client's integration tests, one test binary: compiled and linked
//! once instead of once per file. Each module is one area, on the wire.

mod common;

mod actions;
mod decode;
mod facade;
mod gong_errors;
mod hostile_input;
mod oauth_store;
mod sandbox;
mod spec_pipeline;
#[cfg(feature = "sync")]
mod sync;
#[cfg(feature = "sync")]
mod sync_pg;
mod webhook;
mod webhook_receiver;
