//! The embedded Gong (feature `sandbox`): the global `--sandbox` flag, and
//! `gong sandbox serve` / `gong sandbox info`.
//!
//! Every embedded Gong this module starts is the library's sandbox plus one
//! sample meeting (Gong has no way to list meetings, so without it
//! `meetings update`/`delete` would have nothing to act on). Its data follows
//! from the seed, so `gong sandbox info` shows the ids a `--sandbox` command
//! of the same seed sees.
//!
//! A binary built without the feature still knows the flags and commands and
//! says how to get them.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use gong_client::Client;

use crate::config::Tuning;
use crate::failure::Failure;
use crate::global::{Global, RateLimit, sandbox_calls};
use crate::output::Output;

/// `gong sandbox ...`
#[derive(Debug, Subcommand)]
pub enum SandboxCmd {
    /// Run the embedded Gong on 127.0.0.1 until Ctrl-C: prints its URL, API key, OAuth app
    /// and example ids as one JSON line on stdout.
    Serve(ServeArgs),
    /// What `gong --sandbox` runs against: the same JSON as `serve`, without serving.
    Info(InfoArgs),
}

/// Data of an embedded Gong.
#[derive(Debug, Args, Clone, Copy)]
pub struct SandboxData {
    /// Seed of the data: the same seed gives the same ids.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub seed: u64,
    /// Calls to start with (100 a page; at most 100000).
    #[arg(long, default_value_t = 250, value_name = "N", value_parser = sandbox_calls)]
    pub calls: usize,
}

/// `gong sandbox serve`
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub data: SandboxData,
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Requests per second the tenant allows, 429 with Retry-After past it (default 3, Gong's).
    #[arg(long, value_name = "R|off")]
    pub rate_limit: Option<RateLimit>,
    /// How the limit is enforced: token-bucket (bursts up to the rate), sliding-window (at
    /// most R in any second of arrivals) or fixed-window (at most R per clock second). Gong
    /// does not document which it uses.
    #[arg(long, value_name = "MODEL", default_value = "sliding-window")]
    pub rate_enforcement: Enforcement,
    /// Delay each request by up to this many milliseconds before it reaches the rate limit
    /// (network jitter on the way in).
    #[arg(long, value_name = "MS", default_value_t = 0, value_parser = clap::value_parser!(u64).range(..=10_000))]
    pub arrival_jitter_ms: u64,
    /// Delay every answer by this many milliseconds ...
    #[arg(long, value_name = "MS", default_value_t = 0, value_parser = clap::value_parser!(u64).range(..=60_000))]
    pub latency_ms: u64,
    /// ... plus up to this many more, drawn per request.
    #[arg(long, value_name = "MS", default_value_t = 0, value_parser = clap::value_parser!(u64).range(..=60_000))]
    pub latency_jitter_ms: u64,
    /// An automation rule: when a call gets its media, a signed webhook goes to URL
    /// (repeat for more rules).
    #[arg(long, value_name = "NAME=URL")]
    pub webhook: Vec<String>,
    /// Private key (PEM) the rules sign with; default: a fresh key pair, whose public key is
    /// printed.
    #[arg(long, value_name = "FILE")]
    pub webhook_key: Option<PathBuf>,
    /// Stop after this many seconds (default: run until Ctrl-C).
    #[arg(long, value_name = "N")]
    pub for_secs: Option<u64>,
    /// Refuse OAuth tokens that lack an operation's scope (as the API document states it).
    #[arg(long)]
    pub enforce_scopes: bool,
    /// The status that refuses a missing scope: 401 (Gong's documented answer, the default)
    /// or 403. Implies --enforce-scopes.
    #[arg(long, value_name = "401|403", value_parser = clap::builder::PossibleValuesParser::new(["401", "403"]))]
    pub missing_scope_status: Option<String>,
}

/// `gong sandbox info`
#[derive(Debug, Args)]
pub struct InfoArgs {
    #[command(flatten)]
    pub data: SandboxData,
}

/// Runs `gong sandbox ...`.
pub async fn run(cmd: &SandboxCmd, variations: Option<u64>, out: &Output) -> Result<(), Failure> {
    match cmd {
        SandboxCmd::Serve(a) => serve(a, variations, out).await,
        SandboxCmd::Info(a) => info(a, out).await,
    }
}

/// Why `--sandbox` and `gong sandbox` fail in a binary built without them.
#[cfg_attr(feature = "sandbox", allow(dead_code))]
pub const NOT_BUILT: &str = "this gong was built without the embedded Gong (the `sandbox` feature); \
     rebuild with it: cargo install --path crates/gong-cli --features sandbox";

/// `--rate-enforcement`: the sandbox's model, or in a binary built without
/// the sandbox the word as given (the command then says how to get it).
#[cfg(feature = "sandbox")]
type Enforcement = gong_sandbox::RateEnforcement;
#[cfg(not(feature = "sandbox"))]
type Enforcement = String;

#[cfg(feature = "sandbox")]
type Inner = Started;
#[cfg(not(feature = "sandbox"))]
type Inner = std::convert::Infallible;

/// An embedded Gong started for one command.
pub struct Local {
    inner: Inner,
    /// Requests per second the client paces itself to (the sandbox's limit).
    pace: Option<f64>,
}

impl Local {
    /// Starts the embedded Gong `--sandbox` asks for.
    pub async fn start(global: &Global) -> Result<Local, Failure> {
        let pace = global.sandbox_rate_limit.and_then(|r| r.0);
        #[cfg(feature = "sandbox")]
        {
            let inner = imp::start(
                imp::Setup {
                    seed: global.sandbox_seed,
                    calls: global.sandbox_calls,
                    port: 0,
                    rate_limit: pace,
                    variations: global.sandbox_variations,
                    ..Default::default()
                },
                Vec::new(),
            )
            .await?;
            Ok(Local { inner, pace })
        }
        #[cfg(not(feature = "sandbox"))]
        {
            let _ = pace;
            Err(Failure::Usage(NOT_BUILT.into()))
        }
    }

    /// A client of the embedded Gong, with its API key.
    pub fn client(&self, tuning: Tuning) -> Result<Client, Failure> {
        #[cfg(feature = "sandbox")]
        {
            imp::client(&self.inner.handle, self.pace, tuning)
        }
        #[cfg(not(feature = "sandbox"))]
        {
            let _ = (tuning, self.pace);
            match self.inner {}
        }
    }
}

/// `gong sandbox serve` (`variations`: the seed of real tenants'
/// variations, from `--sandbox-variations` or `GONG_SANDBOX_VARIATIONS`).
pub async fn serve(a: &ServeArgs, variations: Option<u64>, out: &Output) -> Result<(), Failure> {
    #[cfg(feature = "sandbox")]
    {
        imp::serve(a, variations, out).await
    }
    #[cfg(not(feature = "sandbox"))]
    {
        let _ = (a, variations, out);
        Err(Failure::Usage(NOT_BUILT.into()))
    }
}

/// `gong sandbox info`
pub async fn info(a: &InfoArgs, out: &Output) -> Result<(), Failure> {
    #[cfg(feature = "sandbox")]
    {
        let started = imp::start(
            imp::Setup {
                seed: a.data.seed,
                calls: a.data.calls,
                port: 0,
                rate_limit: None,
                ..Default::default()
            },
            Vec::new(),
        )
        .await?;
        let mut value = imp::describe(&started, None, &[]);
        // Nothing serves it after this command: the address means nothing.
        if let Some(map) = value.as_object_mut() {
            for key in ["url", "authorizeUrl", "tokenUrl", "env"] {
                map.remove(key);
            }
        }
        started.handle.shutdown().await;
        out.print_json(&value)
    }
    #[cfg(not(feature = "sandbox"))]
    {
        let _ = (a, out);
        Err(Failure::Usage(NOT_BUILT.into()))
    }
}

#[cfg(feature = "sandbox")]
pub use imp::{Setup, Started, client, start};

#[cfg(feature = "sandbox")]
mod imp {
    use std::io::IsTerminal;
    use std::time::Duration;

    use gong_client::Client;
    use gong_client::actions::Meeting;
    use gong_client::webhook::test_util;
    use gong_sandbox::{Faults, MissingScopeStatus, RateEnforcement, Sandbox, SandboxHandle, WebhookRule};
    use serde_json::{Value, json};

    use super::ServeArgs;
    use crate::config::Tuning;
    use crate::failure::Failure;
    use crate::global::Format;
    use crate::output::{Output, write_out};

    /// What to start.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct Setup {
        /// Seed of the data.
        pub seed: u64,
        /// Calls at start.
        pub calls: usize,
        /// Port on 127.0.0.1 (0: any).
        pub port: u16,
        /// The tenant's request limit (None: off).
        pub rate_limit: Option<f64>,
        /// How the limit is enforced.
        pub enforcement: RateEnforcement,
        /// Delay before a request reaches the rate limit, up to this much.
        pub arrival_jitter: Duration,
        /// Delay of every answer, plus up to `latency_jitter` more.
        pub latency: Duration,
        /// See `latency`.
        pub latency_jitter: Duration,
        /// How a token without the operation's scope is refused (None: scopes not enforced).
        pub missing_scope: Option<MissingScopeStatus>,
        /// Seed of real tenants' variations in answers (None: off).
        pub variations: Option<u64>,
    }

    /// The sample meeting's title.
    const SAMPLE_MEETING_TITLE: &str = "Sandbox sample meeting";

    /// A running sandbox and its sample meeting.
    pub struct Started {
        /// The sandbox.
        pub handle: SandboxHandle,
        /// Id of the sample meeting.
        pub meeting_id: Option<String>,
    }

    /// Starts the sandbox with its sample meeting.
    pub async fn start(setup: Setup, rules: Vec<WebhookRule>) -> Result<Started, Failure> {
        let mut builder = Sandbox::builder()
            .seed(setup.seed)
            .calls(setup.calls)
            .port(setup.port)
            .rate_limit(setup.rate_limit)
            .rate_enforcement(setup.enforcement)
            .faults(Faults {
                arrival_jitter: setup.arrival_jitter,
                latency: setup.latency,
                latency_jitter: setup.latency_jitter,
                ..Faults::none()
            })
            .enforce_scopes(setup.missing_scope.is_some())
            .missing_scope_status(setup.missing_scope.unwrap_or_default())
            .variations(setup.variations);
        for rule in rules {
            builder = builder.webhook(rule);
        }
        let handle = builder.start().await?;
        let organizer = handle.users().first().map(|u| u.email.clone());
        let invitee = handle.contacts().first().map(|c| c.email.clone());
        let mut meeting_id = None;
        if let Some(organizer) = organizer {
            let mut meeting =
                Meeting::builder("2026-03-02T15:00:00Z", "2026-03-02T15:30:00Z", organizer).title(SAMPLE_MEETING_TITLE);
            if let Some(invitee) = invitee {
                meeting = meeting.invitee(invitee);
            }
            let meeting = meeting.build()?;
            // Paced: the sandbox may enforce a limit from its first request.
            let client = self::client(&handle, setup.rate_limit, Tuning::default())?;
            let created = client.create_meeting(meeting).await?;
            meeting_id = created.meeting_id.map(|id| id.as_str().to_owned());
        }
        Ok(Started { handle, meeting_id })
    }

    /// A client of the sandbox with its API key, pacing itself to `pace`.
    pub fn client(handle: &SandboxHandle, pace: Option<f64>, tuning: Tuning) -> Result<Client, Failure> {
        let builder = handle
            .client_builder()
            .user_agent(format!(
                "gong-cli/{v} gong-client-rust/{v}",
                v = env!("CARGO_PKG_VERSION")
            ))
            .rate_limit(pace)
            .daily_budget(None);
        Ok(tuning.apply(builder).build()?)
    }

    /// The sandbox's connection settings and example ids, as JSON. The
    /// credentials are the sandbox's own: they open nothing else.
    pub fn describe(started: &Started, rate_limit: Option<f64>, webhooks: &[Value]) -> Value {
        let handle = &started.handle;
        let users = handle.users();
        let contacts = handle.contacts();
        let calls = handle.call_ids();
        let contact_with_phone = contacts.iter().find(|c| c.phone.is_some());
        json!({
            "url": handle.url(),
            "accessKey": handle.access_key(),
            "accessKeySecret": handle.access_key_secret(),
            "clientId": handle.client_id(),
            "clientSecret": handle.client_secret(),
            "authorizeUrl": handle.authorize_url(),
            "tokenUrl": handle.token_url(),
            "seed": handle.seed(),
            "calls": calls.len(),
            "rateLimit": rate_limit,
            "rateEnforcement": handle.rate_limit().map(|(_, model)| model.name()),
            "webhooks": webhooks,
            "examples": {
                "callIds": calls.iter().take(3).map(|c| c.as_str()).collect::<Vec<_>>(),
                "userId": users.first().map(|u| u.id.as_str()),
                "userEmail": users.first().map(|u| u.email.as_str()),
                "workspaceId": handle.workspace_ids().first().map(|w| w.as_str().to_owned()),
                "folderId": handle.folder_ids().first().map(|f| f.as_str().to_owned()),
                "contactEmail": contacts.first().map(|c| c.email.as_str()),
                "contactPhone": contact_with_phone.and_then(|c| c.phone.as_deref()),
                "meetingId": started.meeting_id,
                "meetingOrganizer": users.first().map(|u| u.email.as_str()),
            },
            "env": {
                "GONG_BASE_URL": handle.url(),
                "GONG_ACCESS_KEY": handle.access_key(),
                "GONG_ACCESS_KEY_SECRET": handle.access_key_secret(),
            },
        })
    }

    /// `gong sandbox serve`
    pub async fn serve(a: &ServeArgs, variations: Option<u64>, out: &Output) -> Result<(), Failure> {
        let rate_limit = match a.rate_limit {
            Some(r) => r.0,
            None => Some(3.0),
        };
        let mut hooks = Vec::new();
        for spec in &a.webhook {
            let (name, url) = spec
                .split_once('=')
                .filter(|(n, u)| !n.trim().is_empty() && !u.trim().is_empty())
                .ok_or_else(|| Failure::Usage(format!("--webhook {spec:?}: expected NAME=URL")))?;
            let parsed = reqwest::Url::parse(url.trim())
                .map_err(|e| Failure::Usage(format!("--webhook {name}: {url:?} is not a URL ({e})")))?;
            if !matches!(parsed.scheme(), "http" | "https") {
                return Err(Failure::Usage(format!(
                    "--webhook {name}: the URL must be http or https"
                )));
            }
            hooks.push((name.trim().to_owned(), url.trim().to_owned()));
        }
        let (private_pem, public_base64) = if hooks.is_empty() {
            (String::new(), None)
        } else {
            match &a.webhook_key {
                Some(path) => {
                    let pem = std::fs::read_to_string(path)
                        .map_err(|e| Failure::Usage(format!("--webhook-key {}: {e}", path.display())))?;
                    // Checked now rather than at the first delivery.
                    test_util::sign(b"{}", "https://check.invalid/", &pem, 0).map_err(|_| {
                        Failure::Usage(format!("--webhook-key {}: not an RSA private key PEM", path.display()))
                    })?;
                    (pem, None)
                }
                None => {
                    let keys = tokio::task::spawn_blocking(test_util::generate_key_pair)
                        .await
                        .map_err(|e| Failure::Other(format!("generating a key pair: {e}")))?;
                    (keys.private_pem().to_owned(), Some(keys.public_base64.clone()))
                }
            }
        };
        let rules: Vec<WebhookRule> = hooks
            .iter()
            .map(|(name, url)| WebhookRule::signed_jwt(name.clone(), url.clone(), private_pem.clone()))
            .collect();
        let webhooks: Vec<Value> = hooks
            .iter()
            .map(|(name, url)| json!({ "name": name, "url": url, "publicKey": public_base64 }))
            .collect();
        let missing_scope = match a.missing_scope_status.as_deref() {
            Some(status) => Some(
                status
                    .parse::<MissingScopeStatus>()
                    .map_err(|e| Failure::Usage(format!("--missing-scope-status: {e}")))?,
            ),
            None if a.enforce_scopes => Some(MissingScopeStatus::default()),
            None => None,
        };
        let started = start(
            Setup {
                seed: a.data.seed,
                calls: a.data.calls,
                port: a.port,
                rate_limit,
                enforcement: a.rate_enforcement,
                arrival_jitter: Duration::from_millis(a.arrival_jitter_ms),
                latency: Duration::from_millis(a.latency_ms),
                latency_jitter: Duration::from_millis(a.latency_jitter_ms),
                missing_scope,
                variations,
            },
            rules,
        )
        .await?;
        let mut value = describe(&started, rate_limit, &webhooks);
        value["scopes"] = json!({
            "enforced": missing_scope.is_some(),
            "missingScopeStatus": missing_scope.map(MissingScopeStatus::status),
        });
        let handle = started.handle;
        // One line unless a person is reading: scripts read it with `head -1`.
        let pretty = matches!(out.explicit(), Some(Format::Json) | Some(Format::Table))
            || (out.explicit().is_none() && std::io::stdout().is_terminal());
        if pretty {
            out.print_json(&value)?;
        } else {
            write_out(&value.to_string())?;
        }
        eprintln!(
            "gong sandbox: serving {} (seed {}, {} calls); {}",
            handle.url(),
            handle.seed(),
            handle.call_ids().len(),
            match a.for_secs {
                Some(n) => format!("stopping in {n} s"),
                None => "Ctrl-C stops".to_owned(),
            }
        );
        eprintln!(
            "  try: GONG_BASE_URL={} GONG_ACCESS_KEY={} GONG_ACCESS_KEY_SECRET={} gong calls list",
            handle.url(),
            handle.access_key(),
            handle.access_key_secret()
        );
        match a.for_secs {
            Some(n) => {
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(n)) => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            None => {
                tokio::signal::ctrl_c()
                    .await
                    .map_err(|e| Failure::Other(format!("waiting for Ctrl-C: {e}")))?;
            }
        }
        let stats = handle.stats();
        handle.shutdown().await;
        eprintln!(
            "gong sandbox: stopped; API requests: {}, media uploads: {}, webhook deliveries: {} ({} failed)",
            stats.requests, stats.media_uploads, stats.webhook_deliveries, stats.webhook_failures
        );
        Ok(())
    }
}
