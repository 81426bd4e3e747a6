//! A Model Context Protocol server for Gong, on the official Rust SDK (`rmcp`).
//!
//! [`GongMcp`] serves the connector's actions (`gong_client::actions::ACTIONS`)
//! as MCP tools, under their action names and with their inputs' JSON Schemas:
//!
//! - by default the read actions only (`list-calls`, `get-call`, ...);
//!   [`Options::allow_writes`] adds the write actions and
//!   [`Options::allow_erase`] the two erase actions; the raw request is never
//!   a tool;
//! - every tool carries MCP annotations (read-only, destructive, idempotent);
//! - a bad argument is a tool error (`isError`) naming the field and the rule,
//!   and the session goes on;
//! - every result's text is at most [`Options::max_result_bytes`]; listings
//!   take a `cursor` and say how to continue, also when the cap cut a page;
//!   transcripts are lines with timestamps labelled with the speaker's name,
//!   in chunks; a cursor inside a page already fetched is answered from a
//!   small cache of the last pages, with no second request to Gong;
//! - every request goes through the client's quota and daily budget: a spent
//!   budget is a tool error saying when it renews, and a long wait sends
//!   progress notifications when the client asked for them;
//! - Gong's data is returned as data: the server's instructions say results
//!   are untrusted, and no tool fetches a URL found in them.
//!
//! Resources `gong://calls/{id}`, `gong://calls/{id}/transcript` and
//! `gong://users/{id}` are offered as templates.
//!
//! Serve it with [`serve_stdio`] or [`serve_http`] (`gong mcp` does).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Argument checks return the tool-error result the client gets (rmcp's
// `CallToolResult`, 200 bytes) as their `Err`: built once per call, not worth
// boxing at every early return.
#![allow(clippy::result_large_err)]

mod answer;
mod cache;
mod cursor;
mod http;
mod mirror;
mod ops;
mod server;
mod tools;
mod transcript;

pub use http::{HttpOptions, serve_http};
pub use server::{GongMcp, INSTRUCTIONS};
pub use tools::{Kind, tool_names};

/// What the server offers and how big its answers may be.
#[derive(Debug, Clone)]
pub struct Options {
    /// Offer the write tools (create-call, add-call-media, the meeting tools,
    /// the three engagement events).
    pub allow_writes: bool,
    /// Offer the two erase tools (separately from the writes).
    pub allow_erase: bool,
    /// Longest text of one tool result, in bytes (default 32 KiB).
    pub max_result_bytes: usize,
    /// Also offer every read operation of Gong's document under its
    /// `gong api` name (from `gong_client::api::requests`).
    pub all_tools: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            allow_writes: false,
            allow_erase: false,
            max_result_bytes: DEFAULT_MAX_RESULT_BYTES,
            all_tools: false,
        }
    }
}

/// The default cap of one result's text: 32 KiB.
pub const DEFAULT_MAX_RESULT_BYTES: usize = 32 * 1024;

/// The smallest cap accepted (a cursor, a summary and one small item fit).
pub const MIN_MAX_RESULT_BYTES: usize = 2 * 1024;

/// Why the server stopped.
#[derive(Debug)]
#[non_exhaustive]
pub enum ServeError {
    /// The options are not usable (named setting and rule).
    Config(String),
    /// The transport failed (I/O, the MCP handshake).
    Transport(String),
}

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ServeError::Config(m) => write!(f, "{m}"),
            ServeError::Transport(m) => write!(f, "MCP transport: {m}"),
        }
    }
}

impl std::error::Error for ServeError {}

/// Serves `server` over this process's stdin and stdout until the client
/// closes them. Nothing else may write to stdout meanwhile.
pub async fn serve_stdio(server: GongMcp) -> Result<(), ServeError> {
    use rmcp::ServiceExt;
    let running = server
        .serve(rmcp::transport::stdio())
        .await
        .map_err(|e| ServeError::Transport(e.to_string()))?;
    running
        .waiting()
        .await
        .map_err(|e| ServeError::Transport(e.to_string()))?;
    Ok(())
}
