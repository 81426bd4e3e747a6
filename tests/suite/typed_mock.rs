//! The typed httpmock helpers generated beside the bindings
//! (`generated/httpmock.rs`, written by `cargo xtask generate` from the same
//! document and kept fresh by `cargo xtask check`), compiled into this test
//! binary. `server.list_calls(|when, then| ...)` matches the operation's method
//! and path; its setters name the document's query parameters and take its
//! request types, so a wire test that drifts from the document stops compiling.

/// `include!` rather than `#[path]`: rustfmt leaves included files alone, and
/// generated code is never edited, by hand or by a formatter.
#[allow(dead_code, unused_imports, clippy::all, clippy::pedantic)]
mod generated {
    include!("../../generated/httpmock.rs");
}

pub use generated::MockServerExt;
