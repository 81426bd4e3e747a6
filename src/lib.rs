//! Stub to measure the generated bindings' build.
#![forbid(unsafe_code)]

mod ids;
pub use ids::{GongId, InvalidGongId};

/// Generated bindings.
#[allow(missing_docs, clippy::all, unused_imports, unused_comparisons, dead_code)]
pub mod api {
    include!(concat!(env!("OUT_DIR"), "/gong_api.rs"));
}

/// Transport.
pub mod transport {
    /// Shared state.
    #[derive(Clone, Debug, Default)]
    pub struct Transport;
    impl progenitor_client::ClientHooks<Transport> for crate::api::Client {}
}
