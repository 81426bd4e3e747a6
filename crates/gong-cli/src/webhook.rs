//! `gong webhook listen|sign|keygen`: receive and verify Gong's
//! automation-rule webhooks, sign test deliveries, make test keys.
//!
//! Rules on the command line:
//!
//! - `NAME=signed:KEY@URL`: a signed-JWT rule. KEY is the rule's public key,
//!   a file (PEM or the bare base64 Gong shows) or that base64 itself, or
//!   several separated by commas (key rotation); the first `@` ends it. URL is the webhook URL configured on the rule in
//!   Gong (the tokens name it); its path is the route served here.
//! - `NAME=key:SECRET` or `NAME=key-env:VAR`: a URL-key rule, served on
//!   `/NAME/SECRET`.
//!
//! `--rules FILE` takes a JSON list of rules with more settings (see
//! [`RuleSpec`]).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use clap::{Args, Subcommand};
use gong_client::webhook::server::{self, ReceivedEvent, ServeLimits, WebhookServer};
use gong_client::webhook::{
    AuthMode, AutomationRule, AutomationRules, PublicKey, QueryMatch, UrlKeyLocation, test_util,
};
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::oneshot;

use crate::context::Ctx;
use crate::failure::Failure;
use crate::output::{Output, init_debug_log, write_out};

/// `gong webhook ...`
#[derive(Debug, Subcommand)]
pub enum WebhookCmd {
    /// Receive automation-rule webhooks: verify each delivery and hand it off (print it as a
    /// JSON line, run a command, or spool it to a directory); 200 only once handed off.
    Listen(ListenArgs),
    /// Hand off the events a `listen --spool DIR` stored, oldest first (print each, or run
    /// --exec per event); with --remove, each file is deleted once its event is handed off.
    Replay(ReplayArgs),
    /// Hand on the events `listen --queue` stored in PostgreSQL, sharing them with every other
    /// consumer of the queue: run --exec per event or print JSON lines; retries with backoff,
    /// dead letters (--dead, --retry-dead).
    Consume(crate::webhook_queue::ConsumeArgs),
    /// Count the queue's events: pending, leased, done and dead, and the oldest pending age.
    QueueStatus(crate::webhook_queue::QueueStatusArgs),
    /// Kills `consume --exec` handlers when their consumer dies (started by consume).
    #[command(hide = true)]
    HandlerReaper,
    /// Sign a delivery as Gong does: prints the `Authorization` header value (an RS256 JWT).
    Sign(SignArgs),
    /// Write a test key pair: private.pem (owner-only), public.b64 (as Gong shows a rule's
    /// key) and public.pem.
    Keygen(KeygenArgs),
}

/// `gong webhook listen`
#[derive(Debug, Args)]
pub struct ListenArgs {
    /// A rule: `NAME=signed:KEY@URL` (KEY: the rule's public key, a file or the bare base64
    /// Gong shows, several separated by commas while a key is rotated; URL: the webhook URL
    /// configured on the rule, whose path is the route here), `NAME=key:SECRET` or
    /// `NAME=key-env:VAR` (a URL-key rule served on /NAME/SECRET). Repeat for each rule.
    #[arg(long, value_name = "NAME=MODE:...")]
    pub rule: Vec<String>,
    /// Rules as a JSON list: `[{"name": .., "publicKey"|"publicKeyFile": .., "url": ..}, {"name":
    /// .., "urlKey"|"urlKeyEnv": .., "keyIn": "path"|"query:PARAM"}]`, optional "route",
    /// "leewaySecs", "maxBodyBytes", "requireExp", "queryMatch" ("exact", "any-order",
    /// "ignore"), "publicKeys"/"publicKeyFiles" (lists, for key rotation).
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Port on the host (0 picks a free one; the address is printed on stderr).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1", value_name = "IP")]
    pub host: std::net::IpAddr,
    /// Run this shell command per verified event, with the event's JSON line on its stdin
    /// (and GONG_WEBHOOK_RULE, GONG_CALL_ID in its environment), instead of printing it. The
    /// delivery is answered 200 only if the command exits 0, else 503 (Gong may retry).
    #[arg(long, value_name = "CMD", conflicts_with_all = ["spool", "queue"])]
    pub exec: Option<String>,
    /// Store each verified event as a file in DIR (written and synced before the 200) instead
    /// of printing it; `gong webhook replay DIR` hands them on later.
    #[arg(long, value_name = "DIR", conflicts_with = "queue")]
    pub spool: Option<PathBuf>,
    /// Store each verified event in a PostgreSQL queue (`postgres://USER@HOST/DB`, or
    /// GONG_WEBHOOK_QUEUE) before the 200, for `gong webhook consume` on any machine; several
    /// receivers may share it, and a redelivery to any of them is absorbed.
    #[arg(long, value_name = "URL", env = "GONG_WEBHOOK_QUEUE", hide_env_values = true)]
    pub queue: Option<String>,
    /// Stop after this many events were handed off (deliveries past it get 503).
    #[arg(long, value_name = "N")]
    pub max_events: Option<u64>,
    /// Most connections open at once (at the cap, the oldest half-sent request is dropped).
    #[arg(long, default_value_t = 256, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub max_connections: u32,
    /// Seconds a client has to send a request's headers, and longest pause in its body.
    #[arg(long, default_value_t = 10, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub read_timeout: u64,
    /// Seconds the events already received may take to be handed off when stopping.
    #[arg(long, default_value_t = 30, value_name = "SECS", value_parser = clap::value_parser!(u64).range(0..=3600))]
    pub drain_timeout: u64,
    /// Log why deliveries are refused (on stderr).
    #[arg(long)]
    pub debug: bool,
}

/// `gong webhook replay`
#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// The spool directory of `gong webhook listen --spool`.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Run this shell command per event (its JSON line on stdin) instead of printing it;
    /// replay stops at the first command that fails.
    #[arg(long, value_name = "CMD")]
    pub exec: Option<String>,
    /// Delete each event's file once it was handed off.
    #[arg(long)]
    pub remove: bool,
}

/// `gong webhook sign`
#[derive(Debug, Args)]
pub struct SignArgs {
    /// The RSA private key (PKCS#8 or PKCS#1 PEM), e.g. private.pem from `gong webhook keygen`.
    #[arg(long, value_name = "FILE")]
    pub private_key: PathBuf,
    /// The webhook URL the delivery is for (the rule's URL, query included).
    #[arg(long, value_name = "URL")]
    pub url: String,
    /// The token expires this many seconds from now.
    #[arg(long, default_value_t = 300, value_name = "N")]
    pub exp_secs: u64,
    /// The body to sign, byte for byte; `-` reads stdin (the default when stdin is not a terminal).
    #[arg(long, value_name = "FILE|-")]
    pub body: Option<String>,
    /// Print `Bearer TOKEN` instead of the bare token.
    #[arg(long)]
    pub bearer: bool,
}

/// `gong webhook keygen`
#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Directory for the key files (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,
    /// Replace key files that are already there.
    #[arg(long)]
    pub force: bool,
}

/// Runs `gong webhook ...`.
pub async fn run(ctx: &Ctx<'_>, cmd: &WebhookCmd) -> Result<(), Failure> {
    match cmd {
        WebhookCmd::Listen(a) => listen(a).await,
        WebhookCmd::Replay(a) => replay(a).await,
        WebhookCmd::Consume(a) => crate::webhook_queue::consume(ctx, a).await,
        WebhookCmd::QueueStatus(a) => crate::webhook_queue::queue_status(ctx, a).await,
        WebhookCmd::HandlerReaper => crate::reaper::run_watchdog(),
        WebhookCmd::Sign(a) => sign(a),
        WebhookCmd::Keygen(a) => keygen(a, &ctx.out).await,
    }
}

// ---------------------------------------------------------------- rules

/// One rule of a `--rules` file.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RuleSpec {
    /// The rule's name (letters, digits, `-`, `_`, `.`).
    name: String,
    /// Signed JWT: the public key, bare base64 or PEM.
    #[serde(default)]
    public_key: Option<String>,
    /// Signed JWT: a file holding the public key (relative to the rules file).
    #[serde(default)]
    public_key_file: Option<PathBuf>,
    /// Signed JWT: more public keys accepted too (key rotation).
    #[serde(default)]
    public_keys: Vec<String>,
    /// Signed JWT: more files holding public keys accepted too.
    #[serde(default)]
    public_key_files: Vec<PathBuf>,
    /// Signed JWT: refuse tokens without `exp` (default: accepted).
    #[serde(default)]
    require_exp: Option<bool>,
    /// Signed JWT: how the query of `webhook_url` is compared: `exact`
    /// (default), `any-order` or `ignore`.
    #[serde(default)]
    query_match: Option<String>,
    /// Signed JWT: the webhook URL configured on the rule in Gong.
    #[serde(default)]
    url: Option<String>,
    /// URL key: the secret.
    #[serde(default)]
    url_key: Option<String>,
    /// URL key: an environment variable holding the secret.
    #[serde(default)]
    url_key_env: Option<String>,
    /// URL key: `path` (last path segment, the default) or `query:PARAM`.
    #[serde(default)]
    key_in: Option<String>,
    /// The path served (default: the URL's path for signed rules, `/NAME` otherwise).
    #[serde(default)]
    route: Option<String>,
    /// Tolerance on the token's expiry, in seconds.
    #[serde(default)]
    leeway_secs: Option<u64>,
    /// Largest body accepted.
    #[serde(default)]
    max_body_bytes: Option<usize>,
}

/// Largest public or private key file read.
const MAX_KEY_FILE: u64 = 1024 * 1024;

fn bad_rule(name: &str, why: impl std::fmt::Display) -> Failure {
    Failure::Usage(format!("rule {name:?}: {why}"))
}

/// The message of a failure, to nest it in another.
fn failure_text(f: Failure) -> String {
    match f {
        Failure::Usage(m)
        | Failure::Auth(m)
        | Failure::Api(m)
        | Failure::Network(m)
        | Failure::Cancelled(m)
        | Failure::Other(m) => m,
        Failure::BrokenPipe => "broken pipe".into(),
    }
}

/// A public key given as a file or as text.
fn public_key(name: &str, given: &str, base: Option<&Path>) -> Result<PublicKey, Failure> {
    let path = match base {
        Some(dir) if Path::new(given).is_relative() => dir.join(given),
        _ => PathBuf::from(given),
    };
    if path.is_file() {
        let text = crate::input::read_capped_text(&path, MAX_KEY_FILE, "the key file")
            .map_err(|e| bad_rule(name, failure_text(e)))?;
        return PublicKey::parse(&text).map_err(|e| bad_rule(name, format!("{}: {e}", path.display())));
    }
    PublicKey::parse(given).map_err(|e| {
        bad_rule(
            name,
            format!("the key is neither a readable file nor a public key ({e})"),
        )
    })
}

/// The route of a signed rule: its URL's path, or `/NAME` for a bare host.
fn signed_rule(name: &str, keys: Vec<PublicKey>, url: &str, route: Option<&str>) -> Result<AutomationRule, Failure> {
    let parsed =
        reqwest::Url::parse(url.trim()).map_err(|e| bad_rule(name, format!("{url:?} is not an absolute URL ({e})")))?;
    let rule = AutomationRule::signed_jwt_with_keys(name, keys, url).map_err(|e| bad_rule(name, e))?;
    let route = match route {
        Some(r) => r.to_owned(),
        None => parsed.path().trim_end_matches('/').to_owned(),
    };
    if route.is_empty() {
        Ok(rule)
    } else {
        rule.with_route(&route).map_err(|e| bad_rule(name, e))
    }
}

fn env_secret(name: &str, var: &str) -> Result<String, Failure> {
    std::env::var(var)
        .ok()
        .filter(|v| !v.is_empty())
        .ok_or_else(|| bad_rule(name, format!("the environment variable {var} is not set")))
}

/// Parses `NAME=signed:KEY@URL`, `NAME=key:SECRET` or `NAME=key-env:VAR`.
pub fn parse_rule(spec: &str) -> Result<AutomationRule, Failure> {
    const SHAPE: &str = "expected NAME=signed:KEY@URL, NAME=key:SECRET or NAME=key-env:VAR";
    let (name, rest) = spec
        .split_once('=')
        .ok_or_else(|| Failure::Usage(format!("--rule: {SHAPE}")))?;
    let name = name.trim();
    if let Some(signed) = rest.strip_prefix("signed:") {
        let (key, url) = signed
            .split_once('@')
            .ok_or_else(|| bad_rule(name, "give the URL after the key: signed:KEY@URL"))?;
        let keys = key
            .split(',')
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .map(|k| public_key(name, k, None))
            .collect::<Result<Vec<_>, _>>()?;
        signed_rule(name, keys, url, None)
    } else if let Some(secret) = rest.strip_prefix("key:") {
        AutomationRule::url_key(name, secret.to_owned()).map_err(|e| bad_rule(name, e))
    } else if let Some(var) = rest.strip_prefix("key-env:") {
        AutomationRule::url_key(name, env_secret(name, var.trim())?).map_err(|e| bad_rule(name, e))
    } else {
        // Never echo the value: it may be a secret.
        Err(Failure::Usage(format!("--rule {name}: {SHAPE}")))
    }
}

/// Reads a `--rules` file.
pub fn read_rules(path: &Path) -> Result<Vec<AutomationRule>, Failure> {
    let text = crate::input::read_capped_text(path, crate::input::MAX_INPUT_BYTES, "--rules")?;
    let mut de = serde_json::Deserializer::from_str(&text);
    let specs: Vec<RuleSpec> = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        Failure::Usage(format!(
            "--rules {}: expected a JSON list of rules; at `{}`: {}",
            path.display(),
            e.path(),
            e.inner()
        ))
    })?;
    let base = path.parent().filter(|d| !d.as_os_str().is_empty());
    specs.iter().map(|s| rule_of_spec(s, base)).collect()
}

fn rule_of_spec(s: &RuleSpec, base: Option<&Path>) -> Result<AutomationRule, Failure> {
    let name = s.name.as_str();
    let signed = s.public_key.is_some()
        || s.public_key_file.is_some()
        || !s.public_keys.is_empty()
        || !s.public_key_files.is_empty()
        || s.url.is_some();
    let keyed = s.url_key.is_some() || s.url_key_env.is_some();
    let mut rule = match (signed, keyed) {
        (true, false) => {
            let mut keys = match (&s.public_key, &s.public_key_file) {
                (Some(text), None) => vec![PublicKey::parse(text).map_err(|e| bad_rule(name, e))?],
                (None, Some(file)) => vec![public_key(name, &file.to_string_lossy(), base)?],
                (None, None) => Vec::new(),
                _ => return Err(bad_rule(name, "give one of publicKey and publicKeyFile")),
            };
            for text in &s.public_keys {
                keys.push(PublicKey::parse(text).map_err(|e| bad_rule(name, e))?);
            }
            for file in &s.public_key_files {
                keys.push(public_key(name, &file.to_string_lossy(), base)?);
            }
            if keys.is_empty() {
                return Err(bad_rule(
                    name,
                    "a signed rule needs publicKey, publicKeyFile or publicKeys",
                ));
            }
            let url = s
                .url
                .as_deref()
                .ok_or_else(|| bad_rule(name, "a signed rule needs its webhook url"))?;
            let mut rule = signed_rule(name, keys, url, s.route.as_deref())?;
            if let Some(required) = s.require_exp {
                rule = rule.with_require_exp(required);
            }
            if let Some(mode) = &s.query_match {
                let mode = match mode.trim() {
                    "exact" => QueryMatch::Exact,
                    "any-order" => QueryMatch::AnyOrder,
                    "ignore" => QueryMatch::Ignore,
                    _ => {
                        return Err(bad_rule(name, "queryMatch is \"exact\", \"any-order\" or \"ignore\""));
                    }
                };
                rule = rule.with_query_match(mode);
            }
            rule
        }
        (false, true) if s.require_exp.is_some() || s.query_match.is_some() => {
            return Err(bad_rule(name, "requireExp and queryMatch apply to signed rules only"));
        }
        (false, true) => {
            let secret = match (&s.url_key, &s.url_key_env) {
                (Some(k), None) => k.clone(),
                (None, Some(var)) => env_secret(name, var)?,
                _ => return Err(bad_rule(name, "give one of urlKey and urlKeyEnv")),
            };
            let mut rule = AutomationRule::url_key(name, secret).map_err(|e| bad_rule(name, e))?;
            match s.key_in.as_deref().map(str::trim) {
                None | Some("path") => {}
                Some(other) => match other.strip_prefix("query:").filter(|p| !p.is_empty()) {
                    Some(param) => rule = rule.with_url_key_location(UrlKeyLocation::Query(param.to_owned())),
                    None => return Err(bad_rule(name, "keyIn is \"path\" or \"query:PARAM\"")),
                },
            }
            if let Some(route) = &s.route {
                rule = rule.with_route(route).map_err(|e| bad_rule(name, e))?;
            }
            rule
        }
        _ => {
            return Err(bad_rule(
                name,
                "give either publicKey/publicKeyFile and url (signed JWT) or urlKey/urlKeyEnv (URL key)",
            ));
        }
    };
    if let Some(secs) = s.leeway_secs {
        rule = rule.with_leeway(Duration::from_secs(secs));
    }
    if let Some(limit) = s.max_body_bytes {
        rule = rule.with_max_body_bytes(limit);
    }
    Ok(rule)
}

/// How a rule is served, for the startup lines (no secret).
fn served(rule: &AutomationRule) -> String {
    match rule.auth_mode() {
        AuthMode::SignedJwt { webhook_url } => {
            format!(
                "POST {}  rule {:?}, signed JWT for {webhook_url}",
                rule.route(),
                rule.name()
            )
        }
        AuthMode::UrlKey {
            location: UrlKeyLocation::PathSegment,
        } => format!(
            "POST {}/<key>  rule {:?}, URL key",
            rule.route().trim_end_matches('/'),
            rule.name()
        ),
        AuthMode::UrlKey {
            location: UrlKeyLocation::Query(param),
        } => format!("POST {}?{param}=<key>  rule {:?}, URL key", rule.route(), rule.name()),
        _ => format!("POST {}  rule {:?}", rule.route(), rule.name()),
    }
}

// --------------------------------------------------------------- listen

/// Why an event was not handed off (answered 503).
#[derive(Debug)]
struct HandOffError(String);

impl std::fmt::Display for HandOffError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where verified events go. Each hand-off completes only once the event is
/// safe: the line written and flushed, the command exited 0, or the file
/// synced to disk.
enum Sink {
    Stdout(StdoutWriter),
    Exec(String),
    Spool(PathBuf),
}

impl Sink {
    async fn hand_off(&self, rule: &str, call_id: Option<&str>, line: String) -> Result<(), HandOffError> {
        match self {
            Sink::Stdout(out) => out
                .write_line(line)
                .await
                .map_err(|e| HandOffError(format!("writing to stdout: {e}"))),
            Sink::Exec(command) => run_exec(command, rule, call_id, &line).await,
            Sink::Spool(dir) => {
                let dir = dir.clone();
                let name = spool_name(rule, call_id);
                tokio::task::spawn_blocking(move || write_spool_file(&dir, &name, &line))
                    .await
                    .map_err(|e| HandOffError(format!("spooling: {e}")))?
                    .map_err(|e| HandOffError(format!("spooling: {e}")))
            }
        }
    }
}

/// Writes lines to stdout on a thread of its own, so a reader that stops
/// reading blocks that thread, never the async runtime (other deliveries,
/// Ctrl-C and the 503s keep working).
struct StdoutWriter {
    queue: std::sync::mpsc::Sender<(String, oneshot::Sender<std::io::Result<()>>)>,
}

impl StdoutWriter {
    fn start() -> Self {
        let (queue, lines) = std::sync::mpsc::channel::<(String, oneshot::Sender<std::io::Result<()>>)>();
        std::thread::spawn(move || {
            use std::io::Write;
            for (line, done) in lines {
                let mut out = std::io::stdout().lock();
                let written = out
                    .write_all(line.as_bytes())
                    .and_then(|()| out.write_all(b"\n"))
                    .and_then(|()| out.flush());
                let _ = done.send(written);
            }
        });
        StdoutWriter { queue }
    }

    async fn write_line(&self, line: String) -> std::io::Result<()> {
        let (done, written) = oneshot::channel();
        self.queue
            .send((line, done))
            .map_err(|_| std::io::Error::other("the stdout writer stopped"))?;
        written
            .await
            .map_err(|_| std::io::Error::other("the stdout writer stopped"))?
    }
}

/// Runs `--exec` with the event's line on stdin; only exit status 0 is a
/// hand-off. The child is killed if the hand-off is abandoned.
async fn run_exec(command: &str, rule: &str, call_id: Option<&str>, line: &str) -> Result<(), HandOffError> {
    let shown_id = crate::terminal::sanitize(call_id.unwrap_or("?"));
    // Environment values cannot hold NUL; refuse any control character.
    if call_id.is_some_and(|id| id.chars().any(char::is_control)) {
        return Err(HandOffError(format!(
            "--exec: call id {shown_id} holds control characters"
        )));
    }
    let mut cmd = crate::reaper::shell(command);
    cmd.stdin(std::process::Stdio::piped())
        .kill_on_drop(true)
        .env("GONG_WEBHOOK_RULE", rule)
        .env("GONG_CALL_ID", call_id.unwrap_or_default());
    let mut child = cmd
        .spawn()
        .map_err(|e| HandOffError(format!("--exec could not start: {e}")))?;
    if let Some(mut stdin) = child.stdin.take() {
        use tokio::io::AsyncWriteExt;
        // A command that does not read its stdin is fine.
        let _ = stdin.write_all(line.as_bytes()).await;
        let _ = stdin.write_all(b"\n").await;
    }
    match child.wait().await {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(HandOffError(format!("--exec {status} for call {shown_id}"))),
        Err(e) => Err(HandOffError(format!("--exec failed: {e}"))),
    }
}

/// A spool file name that sorts by arrival: milliseconds, process, sequence,
/// then the rule and call id (both reduced to safe characters).
fn spool_name(rule: &str, call_id: Option<&str>) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static SEQ: AtomicU64 = AtomicU64::new(0);
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    format!(
        "{millis:015}-{}-{:08}{}",
        std::process::id(),
        SEQ.fetch_add(1, Ordering::Relaxed),
        spool_suffix(rule, call_id)
    )
}

/// The end of a spool file's name: `-RULE-CALLID.json` (`none` without a
/// call id), both reduced to safe characters.
fn spool_suffix(rule: &str, call_id: Option<&str>) -> String {
    let safe = |text: &str| -> String {
        text.chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .take(64)
            .collect()
    };
    format!(
        "-{}-{}.json",
        safe(rule),
        call_id
            .map(safe)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "none".into())
    )
}

/// Writes one event file atomically: a hidden temporary file created
/// exclusively with mode 0600 (never through a symlink), synced, renamed
/// into place, and the directory synced, so the file is either absent or
/// whole, even if the process is killed or the machine loses power.
fn write_spool_file(dir: &Path, name: &str, line: &str) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = dir.join(format!(".{name}.tmp"));
    let result = (|| {
        let mut file = gong_client::files::create_new_private(&tmp)?;
        file.write_all(line.as_bytes())?;
        file.write_all(b"\n")?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, dir.join(name))?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Writes a line to stderr from a thread of its own: a stderr nobody reads
/// must not block the runtime. Past 1,024 waiting lines, new ones are dropped.
fn note(line: String) {
    static LOG: std::sync::OnceLock<std::sync::mpsc::SyncSender<String>> = std::sync::OnceLock::new();
    let log = LOG.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<String>(1024);
        std::thread::spawn(move || {
            use std::io::Write;
            for line in rx {
                let _ = writeln!(std::io::stderr().lock(), "{line}");
            }
        });
        tx
    });
    let _ = log.try_send(line);
}

/// Counts hand-offs against `--max-events` and says when to stop.
struct Gate {
    max: Option<u64>,
    reserved: std::sync::atomic::AtomicU64,
    done: std::sync::atomic::AtomicU64,
    stop: tokio::sync::watch::Sender<bool>,
}

impl Gate {
    /// Takes a slot for one hand-off; `false` once `--max-events` are taken.
    fn reserve(&self) -> bool {
        use std::sync::atomic::Ordering;
        let Some(max) = self.max else { return true };
        self.reserved
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| (n < max).then_some(n + 1))
            .is_ok()
    }

    fn finish(&self, ok: bool) {
        use std::sync::atomic::Ordering;
        if !ok {
            if self.max.is_some() {
                self.reserved.fetch_sub(1, Ordering::AcqRel);
            }
            return;
        }
        let done = self.done.fetch_add(1, Ordering::AcqRel) + 1;
        if self.max.is_some_and(|max| done >= max) {
            let _ = self.stop.send(true);
        }
    }
}

struct ListenCtx {
    sink: Sink,
    /// `--queue`: takes the place of the sink.
    queue: Option<crate::webhook_queue::QueueSink>,
    gate: Gate,
    broken_pipe: std::sync::atomic::AtomicBool,
}

async fn hand_off(ctx: &ListenCtx, received: &ReceivedEvent) -> Result<(), HandOffError> {
    if !ctx.gate.reserve() {
        return Err(HandOffError("the listener is stopping (--max-events reached)".into()));
    }
    let call_id = received.event.call_id().map(|id| id.as_str());
    let result = match &ctx.queue {
        Some(queue) => queue.hand_off(received).await.map_err(HandOffError),
        None => {
            ctx.sink
                .hand_off(&received.rule, call_id, crate::event_line::event_line(received))
                .await
        }
    };
    ctx.gate.finish(result.is_ok());
    if let Err(e) = &result {
        note(format!(
            "gong webhook: event of rule {} for call {} not handed off (answered 503): {}",
            crate::terminal::sanitize(&received.rule),
            crate::terminal::sanitize(call_id.unwrap_or("?")),
            crate::terminal::sanitize(&e.0)
        ));
        if matches!(ctx.sink, Sink::Stdout(_)) && e.0.contains("Broken pipe") {
            ctx.broken_pipe.store(true, std::sync::atomic::Ordering::Release);
            let _ = ctx.gate.stop.send(true);
        }
    }
    result
}

fn collect_rules(a: &ListenArgs) -> Result<AutomationRules, Failure> {
    let mut rules = AutomationRules::new();
    let mut all = Vec::new();
    if let Some(path) = &a.rules {
        all.extend(read_rules(path)?);
    }
    for spec in &a.rule {
        all.push(parse_rule(spec)?);
    }
    if all.is_empty() {
        return Err(Failure::Usage(
            "give at least one rule: --rule NAME=signed:KEY@URL, --rule NAME=key:SECRET or --rules FILE".into(),
        ));
    }
    for rule in all {
        rules.add(rule).map_err(|e| Failure::Usage(e.to_string()))?;
    }
    Ok(rules)
}

/// `gong webhook listen`
pub async fn listen(a: &ListenArgs) -> Result<(), Failure> {
    let rules = collect_rules(a)?;
    let sink = match (&a.exec, &a.spool) {
        (Some(command), _) => Sink::Exec(command.clone()),
        (None, Some(dir)) => {
            // Spooled events hold call data: a new directory is the owner's only.
            gong_client::files::create_private_dir(dir)
                .map_err(|e| Failure::Usage(format!("--spool {}: {e}", dir.display())))?;
            Sink::Spool(dir.clone())
        }
        (None, None) => Sink::Stdout(StdoutWriter::start()),
    };
    if a.debug {
        init_debug_log("gong_client::webhook");
    }
    let queue = match &a.queue {
        Some(url) => Some(crate::webhook_queue::QueueSink::connect(url).await?),
        None => None,
    };
    let listener = tokio::net::TcpListener::bind((a.host, a.port))
        .await
        .map_err(|e| Failure::Network(format!("listening on {}:{}: {e}", a.host, a.port)))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Failure::Network(format!("reading the listening address: {e}")))?;
    let lines: Vec<String> = rules.iter().map(served).collect();
    let (stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);
    let ctx = std::sync::Arc::new(ListenCtx {
        sink,
        queue,
        gate: Gate {
            max: a.max_events,
            reserved: 0.into(),
            done: 0.into(),
            stop: stop_tx,
        },
        broken_pipe: false.into(),
    });
    let handler_ctx = std::sync::Arc::clone(&ctx);
    let app = WebhookServer::new(rules)
        .body_timeout(Duration::from_secs(a.read_timeout))
        .router_with_handler(move |received: ReceivedEvent| {
            let ctx = std::sync::Arc::clone(&handler_ctx);
            async move { hand_off(&ctx, &received).await }
        });
    let mut limits = ServeLimits::default();
    limits.max_connections = a.max_connections as usize;
    limits.header_timeout = Duration::from_secs(a.read_timeout);
    limits.body_idle_timeout = Duration::from_secs(a.read_timeout);
    limits.drain_timeout = Duration::from_secs(a.drain_timeout);
    eprintln!("gong webhook: listening on http://{addr} (Ctrl-C stops)");
    for line in &lines {
        eprintln!("  {line}");
    }
    if a.max_events != Some(0) {
        let shutdown = async move {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = stop_rx.wait_for(|stop| *stop) => {}
            }
        };
        server::serve(listener, app, limits, shutdown).await;
    }
    let handled = ctx.gate.done.load(std::sync::atomic::Ordering::Acquire);
    eprintln!(
        "gong webhook: stopped after {handled} event{}",
        if handled == 1 { "" } else { "s" }
    );
    if ctx.broken_pipe.load(std::sync::atomic::Ordering::Acquire) {
        return Err(Failure::BrokenPipe);
    }
    Ok(())
}

// --------------------------------------------------------------- replay

/// Largest spool file replay reads.
const MAX_SPOOL_FILE: u64 = 16 * 1024 * 1024;

/// The folder of a spool directory where `replay --remove` moves each file
/// before handing it on: a rename is atomic, so two replays never claim one
/// file.
const CLAIMED: &str = ".claimed";

/// One line of the spool, exactly as `listen --spool` writes it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SpooledLine {
    rule: String,
    // Checked to be there, with its type; handed on as they are in the line.
    #[serde(rename = "isTest")]
    _is_test: bool,
    #[serde(rename = "isPrivate")]
    _is_private: bool,
    call_id: Option<String>,
    call: Value,
}

/// A spooled event's line, rule and call id.
struct Spooled {
    line: String,
    rule: String,
    call_id: Option<String>,
}

/// Why a spool entry is not handed on.
enum NotOurs {
    /// Skipped with a warning: not a spooled event.
    Skip(String),
    /// Another replay claimed it first.
    Taken,
}

/// The event line of the spool file `name` read from `path`, when it is a
/// regular file (never through a symlink) holding one event line that
/// `listen --spool` wrote under that name.
fn spooled_line(path: &Path, name: &str) -> Result<Spooled, NotOurs> {
    let bytes = match gong_client::files::read_regular_no_follow(path, MAX_SPOOL_FILE) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Err(NotOurs::Taken),
        Err(e) => return Err(NotOurs::Skip(e.to_string())),
    };
    let text = String::from_utf8(bytes).map_err(|_| NotOurs::Skip("not UTF-8".into()))?;
    let line = text
        .strip_suffix('\n')
        .filter(|l| !l.contains(['\n', '\r']))
        .ok_or_else(|| NotOurs::Skip("not one event line".into()))?;
    let event: SpooledLine =
        serde_json::from_str(line).map_err(|e| NotOurs::Skip(format!("not a spooled event ({e})")))?;
    if !matches!(event.call, Value::Object(_) | Value::Null) {
        return Err(NotOurs::Skip("not a spooled event (its call is not an object)".into()));
    }
    let stem = name
        .strip_suffix(&spool_suffix(&event.rule, event.call_id.as_deref()))
        .ok_or_else(|| NotOurs::Skip("its name does not match its event".into()))?;
    let parts: Vec<&str> = stem.split('-').collect();
    let digits = |p: &str, len: Option<usize>| {
        !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) && len.is_none_or(|n| p.len() == n)
    };
    if !(parts.len() == 3 && digits(parts[0], Some(15)) && digits(parts[1], None) && digits(parts[2], Some(8))) {
        return Err(NotOurs::Skip("its name is not a spool file's".into()));
    }
    Ok(Spooled {
        line: line.to_owned(),
        rule: event.rule,
        call_id: event.call_id,
    })
}

/// What kind of thing a directory entry is, for warnings.
fn kind_of(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_symlink() {
        "a symlink"
    } else if file_type.is_dir() {
        "a directory"
    } else {
        "not a regular file"
    }
}

/// `gong webhook replay`
///
/// Hands on only what `listen --spool` wrote: regular files (a symlink, a
/// FIFO or a device is skipped with a warning, never opened through), each
/// holding one event line under the name it was spooled with (anything
/// else is skipped with a warning). With `--remove`, each file is first
/// claimed by renaming it into `DIR/.claimed/` (atomic: of two replays at
/// once, one gets it), handed on, then deleted; if the hand-off fails it is
/// put back.
pub async fn replay(a: &ReplayArgs) -> Result<(), Failure> {
    let dir = &a.dir;
    let entries = std::fs::read_dir(dir).map_err(|e| Failure::Usage(format!("replay {}: {e}", dir.display())))?;
    let mut files: Vec<String> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Failure::Network(format!("reading {}: {e}", dir.display())))?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        // Hidden files are spool files still being written (or left by a crash).
        if name.starts_with('.') || !name.ends_with(".json") {
            continue;
        }
        let shown = crate::terminal::sanitize(name);
        match entry.file_type() {
            Ok(t) if t.is_file() => files.push(name.to_owned()),
            Ok(t) => eprintln!(
                "gong webhook replay: skipping {shown}: {}, not a spooled event",
                kind_of(&t)
            ),
            Err(e) => eprintln!("gong webhook replay: skipping {shown}: {e}"),
        }
    }
    files.sort();
    let claimed_dir = dir.join(CLAIMED);
    if a.remove {
        gong_client::files::create_private_dir(&claimed_dir)
            .map_err(|e| Failure::Network(format!("creating {}: {e}", claimed_dir.display())))?;
        let waiting = std::fs::read_dir(&claimed_dir).map_or(0, |d| d.count());
        if waiting > 0 {
            eprintln!(
                "gong webhook replay: {waiting} event file{} in {} belong to a replay still running or interrupted; \
                 move them back into {} to replay them",
                if waiting == 1 { "" } else { "s" },
                claimed_dir.display(),
                dir.display()
            );
        }
    }
    let sink = match &a.exec {
        Some(command) => Sink::Exec(command.clone()),
        None => Sink::Stdout(StdoutWriter::start()),
    };
    let mut handed = 0usize;
    for name in &files {
        let shown = crate::terminal::sanitize(name);
        let home = dir.join(name);
        let path = if a.remove {
            let claimed = claimed_dir.join(name);
            match std::fs::rename(&home, &claimed) {
                Ok(()) => claimed,
                // Another replay claimed it first.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(Failure::Network(format!("claiming {shown}: {e}"))),
            }
        } else {
            home.clone()
        };
        let put_back = || {
            if a.remove {
                let _ = std::fs::rename(&path, &home);
            }
        };
        let spooled = match spooled_line(&path, name) {
            Ok(spooled) => spooled,
            Err(NotOurs::Taken) => continue,
            Err(NotOurs::Skip(why)) => {
                put_back();
                eprintln!(
                    "gong webhook replay: skipping {shown}: {}",
                    crate::terminal::sanitize(&why)
                );
                continue;
            }
        };
        if let Err(e) = sink
            .hand_off(&spooled.rule, spooled.call_id.as_deref(), spooled.line)
            .await
        {
            put_back();
            if e.0.contains("Broken pipe") {
                return Err(Failure::BrokenPipe);
            }
            return Err(Failure::Other(format!(
                "replay stopped at {shown} after {handed} events: {}",
                e.0
            )));
        }
        handed += 1;
        if a.remove {
            std::fs::remove_file(&path).map_err(|e| Failure::Network(format!("removing {shown}: {e}")))?;
        }
    }
    eprintln!(
        "gong webhook replay: {handed} event{} handed off",
        if handed == 1 { "" } else { "s" }
    );
    Ok(())
}

// ----------------------------------------------------------------- sign

/// `gong webhook sign`
pub fn sign(a: &SignArgs) -> Result<(), Failure> {
    let pem = crate::input::read_capped_text(&a.private_key, MAX_KEY_FILE, "--private-key")?;
    let url =
        reqwest::Url::parse(a.url.trim()).map_err(|e| Failure::Usage(format!("--url: not an absolute URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Failure::Usage("--url: the URL must be http or https".into()));
    }
    let body = match a.body.as_deref() {
        Some("-") => read_stdin()?,
        Some(path) => crate::input::read_capped(Path::new(path), crate::input::MAX_INPUT_BYTES, "--body")?,
        None if std::io::stdin().is_terminal() => {
            return Err(Failure::Usage(
                "give the body to sign: --body FILE, or --body - and pipe it".into(),
            ));
        }
        None => read_stdin()?,
    };
    let now = crate::clock::unix_now();
    let token = test_util::sign(&body, a.url.trim(), &pem, now.saturating_add(a.exp_secs))
        .map_err(|e| Failure::Usage(format!("--private-key {}: {e}", a.private_key.display())))?;
    if a.bearer {
        write_out(&format!("Bearer {token}"))
    } else {
        write_out(&token)
    }
}

fn read_stdin() -> Result<Vec<u8>, Failure> {
    crate::input::read_limited(
        std::io::stdin().lock(),
        crate::input::MAX_INPUT_BYTES,
        "--body from stdin",
    )
}

// --------------------------------------------------------------- keygen

/// `gong webhook keygen`
pub async fn keygen(a: &KeygenArgs, out: &Output) -> Result<(), Failure> {
    let dir = &a.out_dir;
    let private = dir.join("private.pem");
    let public = dir.join("public.b64");
    let public_pem = dir.join("public.pem");
    if !a.force
        && let Some(taken) = [&private, &public, &public_pem].into_iter().find(|p| p.exists())
    {
        return Err(Failure::Usage(format!(
            "{} is already there; pass --force to replace the key pair",
            taken.display()
        )));
    }
    std::fs::create_dir_all(dir).map_err(|e| Failure::Network(format!("creating {}: {e}", dir.display())))?;
    let keys = tokio::task::spawn_blocking(test_util::generate_key_pair)
        .await
        .map_err(|e| Failure::Other(format!("generating the key pair: {e}")))?;
    let write_error = |path: &Path, e: std::io::Error| Failure::Network(format!("writing {}: {e}", path.display()));
    gong_client::auth::write_private_atomically(&private, keys.private_pem().as_bytes())
        .map_err(|e| write_error(&private, e))?;
    std::fs::write(&public, format!("{}\n", keys.public_base64)).map_err(|e| write_error(&public, e))?;
    std::fs::write(&public_pem, &keys.public_pem).map_err(|e| write_error(&public_pem, e))?;
    out.print(&json!({
        "privateKey": private,
        "publicKey": public,
        "publicKeyPem": public_pem,
        "publicKeyBase64": keys.public_base64,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_specs_need_a_mode_and_never_echo_secrets() {
        let Err(Failure::Usage(m)) = parse_rule("a=nope:hunter2") else {
            panic!("refused")
        };
        assert!(!m.contains("hunter2"), "{m}");
        assert!(parse_rule("no-equals").is_err());
        assert!(parse_rule("a=signed:AAAA").is_err(), "no URL");
        let rule = parse_rule("deals=key:s3cret").unwrap();
        assert_eq!(rule.route(), "/deals");
        assert!(!served(&rule).contains("s3cret"));
    }
}
