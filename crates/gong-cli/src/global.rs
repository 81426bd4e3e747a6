//! The options every command accepts (connection, output, quota, sandbox).

use std::path::PathBuf;

use clap::{Args, ValueEnum};

/// Options every command accepts.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// API base URL (your tenant's, shown next to the API keys in Gong).
    #[arg(
        long,
        global = true,
        env = "GONG_BASE_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub base_url: Option<String>,
    /// API access key.
    #[arg(
        long,
        global = true,
        env = "GONG_ACCESS_KEY",
        hide_env_values = true,
        value_name = "KEY"
    )]
    pub access_key: Option<String>,
    /// API access key secret (prefer the environment variable: flags show up in process lists).
    #[arg(
        long,
        global = true,
        env = "GONG_ACCESS_KEY_SECRET",
        hide_env_values = true,
        value_name = "SECRET"
    )]
    pub access_key_secret: Option<String>,
    /// Profile to use from the profile file (default: its `default_profile`, else "default").
    #[arg(
        long,
        global = true,
        env = "GONG_PROFILE",
        hide_env_values = true,
        value_name = "NAME"
    )]
    pub profile: Option<String>,
    /// Profile file (JSON, or TOML when the name ends in .toml).
    #[arg(
        long,
        global = true,
        env = "GONG_CONFIG",
        hide_env_values = true,
        value_name = "FILE"
    )]
    pub config: Option<PathBuf>,
    /// Output format (default: table on a terminal; otherwise JSON, and JSON Lines for streamed lists).
    #[arg(
        long,
        short = 'o',
        global = true,
        value_enum,
        env = "GONG_OUTPUT",
        hide_env_values = true
    )]
    pub output: Option<Format>,
    /// Retries of failed requests (default 3; `raw` has its own --max-retries).
    #[arg(long, global = true, env = "GONG_RETRIES", hide_env_values = true, value_name = "N")]
    pub retries: Option<u32>,
    /// Where pacing (3 requests/s) and the daily budget (10,000) are kept: `file` (default:
    /// shared by every gong command and worker on this machine, in a file beside the profile
    /// file), `file:PATH`, `local` (this process only), or `redis://HOST[:PORT][/DB]` (shared
    /// by every machine; needs gong built with the `redis` feature).
    #[arg(
        long,
        global = true,
        env = "GONG_QUOTA",
        hide_env_values = true,
        value_name = "WHERE"
    )]
    pub quota: Option<String>,
    /// Longest answer body read from Gong, e.g. 64MiB (default 32MiB, any real Gong page with a
    /// wide margin; at least 1KiB). A longer answer stops being read at the limit and the
    /// command fails, naming the operation and the limit. Units: bytes, KiB, MiB, GiB.
    #[arg(
        long,
        global = true,
        env = "GONG_MAX_BODY",
        hide_env_values = true,
        value_name = "SIZE"
    )]
    pub max_body: Option<ByteSize>,
    /// More diagnostics on stderr: -v requests and retries, -vv debug, -vvv trace. Without
    /// it, RUST_LOG (LEVEL or TARGET=LEVEL,...; targets gong, gong_client, gong_sandbox) is
    /// used. Results stay on stdout; credentials never appear.
    #[arg(short = 'v', long = "verbose", global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Never draw progress bars (they are drawn on stderr only when it is a terminal).
    #[arg(long, global = true)]
    pub no_progress: bool,
    /// Allow a plain http:// base URL on another machine: credentials then cross the network
    /// in clear. Without it such a URL is refused (loopback hosts are always allowed).
    #[arg(long, global = true)]
    pub insecure_http: bool,
    /// Run the command against an embedded Gong started for it (no credentials needed;
    /// configured ones are ignored). Needs a gong built with the `sandbox` feature.
    #[arg(long, global = true, help_heading = "Sandbox options")]
    pub sandbox: bool,
    /// Seed of the embedded Gong's data: the same seed gives the same ids every run.
    #[arg(
        long,
        global = true,
        default_value_t = 1,
        value_name = "N",
        help_heading = "Sandbox options"
    )]
    pub sandbox_seed: u64,
    /// Calls the embedded Gong starts with (100 a page; at most 100000).
    #[arg(
        long,
        global = true,
        default_value_t = 250,
        value_name = "N",
        value_parser = sandbox_calls,
        help_heading = "Sandbox options"
    )]
    pub sandbox_calls: usize,
    /// Requests per second the embedded Gong allows (429 past it; the client paces to it);
    /// default off.
    #[arg(long, global = true, value_name = "R|off", help_heading = "Sandbox options")]
    pub sandbox_rate_limit: Option<RateLimit>,
    /// Make the embedded Gong answer as real tenants do, drawn from this seed: numbers as
    /// strings, null lists, explicit nulls, date-times in local offsets or epoch seconds,
    /// unknown fields (the same seed gives the same answers).
    #[arg(
        long,
        global = true,
        env = "GONG_SANDBOX_VARIATIONS",
        value_name = "SEED",
        help_heading = "Sandbox options"
    )]
    pub sandbox_variations: Option<u64>,
}

/// Most calls the embedded Gong can be asked to generate.
pub const MAX_SANDBOX_CALLS: usize = 100_000;

/// `--sandbox-calls`: 0 to [`MAX_SANDBOX_CALLS`].
pub fn sandbox_calls(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if n <= MAX_SANDBOX_CALLS => Ok(n),
        Ok(n) => Err(format!("at most {MAX_SANDBOX_CALLS} calls, got {n}")),
        Err(_) => Err(format!(
            "expected a whole number of calls from 0 to {MAX_SANDBOX_CALLS}"
        )),
    }
}

/// A size in bytes: `1048576`, `512KiB`, `32MiB`, `1GiB` (K, M, G and KB, MB,
/// GB mean the same powers of 1024), at least 1 KiB and at most 1 TiB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByteSize(pub u64);

impl std::str::FromStr for ByteSize {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let trimmed = text.trim();
        let split = trimmed.find(|c: char| !c.is_ascii_digit()).unwrap_or(trimmed.len());
        let (digits, unit) = trimmed.split_at(split);
        let shift = match unit.trim().to_ascii_lowercase().as_str() {
            "" | "b" => 0,
            "k" | "kb" | "kib" => 10,
            "m" | "mb" | "mib" => 20,
            "g" | "gb" | "gib" => 30,
            _ => {
                return Err(format!(
                    "expected a size such as 32MiB, got {:?}",
                    crate::terminal::sanitize(trimmed)
                ));
            }
        };
        let bytes = digits
            .parse::<u64>()
            .ok()
            .and_then(|n| n.checked_mul(1u64 << shift))
            .filter(|n| (1024..=1u64 << 40).contains(n))
            .ok_or_else(|| {
                format!(
                    "expected a size from 1KiB to 1024GiB such as 32MiB, got {:?}",
                    crate::terminal::sanitize(trimmed)
                )
            })?;
        Ok(ByteSize(bytes))
    }
}

/// A request rate, or `off`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit(pub Option<f64>);

impl std::str::FromStr for RateLimit {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("off") || text.eq_ignore_ascii_case("none") {
            return Ok(RateLimit(None));
        }
        match text.parse::<f64>() {
            Ok(r)
                if r.is_finite()
                    && (gong_client::MIN_RATE_PER_SECOND..=gong_client::MAX_RATE_PER_SECOND).contains(&r) =>
            {
                Ok(RateLimit(Some(r)))
            }
            Ok(r) if r.is_finite() && r > 0.0 => Err(format!(
                "expected requests per second from one a day ({:.6}) to {}, or `off`; got {}",
                gong_client::MIN_RATE_PER_SECOND,
                gong_client::MAX_RATE_PER_SECOND,
                crate::terminal::sanitize(text)
            )),
            _ => Err(format!(
                "expected a positive number of requests per second or `off`, got {:?}",
                crate::terminal::sanitize(text)
            )),
        }
    }
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON document (a list becomes a JSON array).
    Json,
    /// JSON Lines: one compact JSON value per line, as items arrive.
    Jsonl,
    /// A readable table.
    Table,
}
