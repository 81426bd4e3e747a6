//! `gong mcp`: Gong for AI agents over the Model Context Protocol (feature
//! `mcp`; the server is the `gong-mcp` crate). Over stdio by default, over
//! streamable HTTP with `--http ADDR` (a bearer token from GONG_MCP_TOKEN).
//! Credentials come from the environment or the profile, as for every command.

use clap::Args;

use crate::context::Ctx;
use crate::failure::Failure;

/// `gong mcp`
#[derive(Debug, Args)]
pub struct McpArgs {
    /// Serve streamable HTTP at http://ADDR/mcp instead of stdio (e.g. 127.0.0.1:8765). Every
    /// request needs `Authorization: Bearer $GONG_MCP_TOKEN` (at least 16 characters).
    #[arg(long, value_name = "ADDR")]
    pub http: Option<std::net::SocketAddr>,
    /// With --http: allow an address other than loopback (put TLS in front of it).
    #[arg(long, requires = "http")]
    pub allow_remote: bool,
    /// Offer the write tools: create-call, add-call-media, the meeting tools and the three
    /// engagement events.
    #[arg(long)]
    pub allow_writes: bool,
    /// Offer the erase tools (erase-email-address, erase-phone-number).
    #[arg(long)]
    pub allow_erase: bool,
    /// Longest text of one tool result, in KiB (at least 2); listings continue by cursor.
    #[arg(long, value_name = "KIB", default_value_t = 32, value_parser = clap::value_parser!(u32).range(2..=4096))]
    pub max_result_kib: u32,
    /// Which tools: `default` (the connector's actions), or `all` (also every read operation
    /// of Gong's document, under its `gong api` name).
    #[arg(long, value_name = "SET", default_value = "default", value_parser = ["default", "all"])]
    pub tools: String,
    /// Answer from this `gong sync` database first (sqlite:PATH or postgres://...): adds
    /// search-transcripts; get-call and get-call-transcripts spend no Gong request when it
    /// holds the record.
    #[arg(long, value_name = "URL")]
    pub db: Option<String>,
}

/// Runs `gong mcp`.
#[cfg(feature = "mcp")]
pub async fn run(ctx: &Ctx<'_>, a: &McpArgs) -> Result<(), Failure> {
    let options = gong_mcp::Options {
        allow_writes: a.allow_writes,
        allow_erase: a.allow_erase,
        max_result_bytes: a.max_result_kib as usize * 1024,
        all_tools: a.tools == "all",
    };
    let mut server = gong_mcp::GongMcp::new(ctx.client()?, options).map_err(|e| Failure::Usage(e.to_string()))?;
    if let Some(url) = &a.db {
        server = server.with_mirror(gong_sync::open_store(url).await?);
    }
    let served = match a.http {
        None => gong_mcp::serve_stdio(server).await,
        Some(addr) => {
            let token = std::env::var("GONG_MCP_TOKEN").map_err(|_| {
                Failure::Usage("gong mcp --http: set GONG_MCP_TOKEN to the bearer token clients must send".into())
            })?;
            let options = gong_mcp::HttpOptions {
                addr,
                token,
                allow_remote: a.allow_remote,
            };
            gong_mcp::serve_http(server, options, |bound| {
                // The address only (never the token), for scripts waiting on it.
                eprintln!("gong: MCP server at http://{bound}/mcp");
            })
            .await
        }
    };
    served.map_err(|e| match e {
        gong_mcp::ServeError::Config(m) => Failure::Usage(m),
        other => Failure::Other(other.to_string()),
    })
}

/// Runs `gong mcp` in a binary built without the feature: says how to get it.
#[cfg(not(feature = "mcp"))]
pub async fn run(_ctx: &Ctx<'_>, _a: &McpArgs) -> Result<(), Failure> {
    Err(Failure::Usage(
        "`gong mcp` needs a gong built with the `mcp` feature (cargo install gong-cli --features mcp)".into(),
    ))
}
