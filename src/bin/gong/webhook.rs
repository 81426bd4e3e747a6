//! `gong webhook listen|sign|keygen`: receive and verify Gong's
//! automation-rule webhooks, sign test deliveries, make test keys.
//!
//! Rules on the command line:
//!
//! - `NAME=signed:KEY@URL`: a signed-JWT rule. KEY is the rule's public key,
//!   a file (PEM or the bare base64 Gong shows) or that base64 itself; the
//!   first `@` ends it. URL is the webhook URL configured on the rule in
//!   Gong (the tokens name it); its path is the route served here.
//! - `NAME=key:SECRET` or `NAME=key-env:VAR`: a URL-key rule, served on
//!   `/NAME/SECRET`.
//!
//! `--rules FILE` takes a JSON list of rules with more settings (see
//! [`RuleSpec`]).

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use gong_client::webhook::server::{ReceivedEvent, WebhookServer};
use gong_client::webhook::{AuthMode, AutomationRule, AutomationRules, PublicKey, UrlKeyLocation, test_util};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tokio::sync::{mpsc, oneshot};

use crate::cli::{KeygenArgs, ListenArgs, SignArgs};
use crate::failure::Failure;
use crate::output::{Output, write_out};

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

fn bad_rule(name: &str, why: impl std::fmt::Display) -> Failure {
    Failure::Usage(format!("rule {name:?}: {why}"))
}

/// A public key given as a file or as text.
fn public_key(name: &str, given: &str, base: Option<&Path>) -> Result<PublicKey, Failure> {
    let path = match base {
        Some(dir) if Path::new(given).is_relative() => dir.join(given),
        _ => PathBuf::from(given),
    };
    if path.is_file() {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| bad_rule(name, format!("reading the key file {}: {e}", path.display())))?;
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
fn signed_rule(name: &str, key: PublicKey, url: &str, route: Option<&str>) -> Result<AutomationRule, Failure> {
    let parsed =
        reqwest::Url::parse(url.trim()).map_err(|e| bad_rule(name, format!("{url:?} is not an absolute URL ({e})")))?;
    let rule = AutomationRule::signed_jwt_with_key(name, key, url).map_err(|e| bad_rule(name, e))?;
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
        let key = public_key(name, key.trim(), None)?;
        signed_rule(name, key, url, None)
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
    let text = std::fs::read_to_string(path).map_err(|e| Failure::Usage(format!("--rules {}: {e}", path.display())))?;
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
    let signed = s.public_key.is_some() || s.public_key_file.is_some() || s.url.is_some();
    let keyed = s.url_key.is_some() || s.url_key_env.is_some();
    let mut rule = match (signed, keyed) {
        (true, false) => {
            let key = match (&s.public_key, &s.public_key_file) {
                (Some(text), None) => PublicKey::parse(text).map_err(|e| bad_rule(name, e))?,
                (None, Some(file)) => public_key(name, &file.to_string_lossy(), base)?,
                _ => return Err(bad_rule(name, "give one of publicKey and publicKeyFile")),
            };
            let url = s
                .url
                .as_deref()
                .ok_or_else(|| bad_rule(name, "a signed rule needs its webhook url"))?;
            signed_rule(name, key, url, s.route.as_deref())?
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
    }
}

// --------------------------------------------------------------- listen

/// The JSON line printed for a verified event, fields in this order.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct EventLine<'a> {
    rule: &'a str,
    is_test: bool,
    is_private: bool,
    call_id: Option<&'a str>,
    call: Value,
}

/// The JSON line of a verified event.
pub fn event_line(received: &ReceivedEvent) -> String {
    let event = &received.event;
    let line = EventLine {
        rule: received.rule.as_ref(),
        is_test: event.is_test,
        is_private: event.is_private,
        call_id: event.call_id().map(|id| id.as_str()),
        call: event.raw_call(),
    };
    serde_json::to_string(&line).unwrap_or_default()
}

/// `gong webhook listen`
pub async fn listen(a: &ListenArgs) -> Result<(), Failure> {
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
    if a.debug {
        init_debug_log();
    }
    let listener = tokio::net::TcpListener::bind((a.host, a.port))
        .await
        .map_err(|e| Failure::Network(format!("listening on {}:{}: {e}", a.host, a.port)))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Failure::Network(format!("reading the listening address: {e}")))?;
    let lines: Vec<String> = rules.iter().map(served).collect();
    let (tx, mut rx) = mpsc::channel::<ReceivedEvent>(64);
    let app = WebhookServer::new(rules).router(tx);
    let (stop, stopped) = oneshot::channel::<()>();
    let mut server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    eprintln!("gong webhook: listening on http://{addr} (Ctrl-C stops)");
    for line in &lines {
        eprintln!("  {line}");
    }

    let mut handled = 0u64;
    let mut outcome = Ok(());
    let mut server_done = false;
    let mut ctrl_c = std::pin::pin!(tokio::signal::ctrl_c());
    if a.max_events != Some(0) {
        loop {
            tokio::select! {
                received = rx.recv() => {
                    let Some(received) = received else { break };
                    if let Err(e) = handle(a, &received).await {
                        outcome = Err(e);
                        break;
                    }
                    handled += 1;
                    if a.max_events.is_some_and(|max| handled >= max) {
                        break;
                    }
                }
                done = &mut server => {
                    server_done = true;
                    if let Ok(Err(e)) | Err(e) = done.map_err(std::io::Error::other) {
                        outcome = Err(Failure::Network(format!("the receiver stopped: {e}")));
                    }
                    break;
                }
                _ = &mut ctrl_c => break,
            }
        }
    }
    let _ = stop.send(());
    if !server_done {
        // Open keep-alive connections may hold the shutdown; do not wait long.
        let _ = tokio::time::timeout(Duration::from_secs(2), &mut server).await;
        server.abort();
    }
    eprintln!(
        "gong webhook: stopped after {handled} event{}",
        if handled == 1 { "" } else { "s" }
    );
    outcome
}

/// Prints the event, or hands it to `--exec`.
async fn handle(a: &ListenArgs, received: &ReceivedEvent) -> Result<(), Failure> {
    let line = event_line(received);
    let Some(command) = &a.exec else {
        return write_out(&line);
    };
    let mut cmd = if cfg!(windows) {
        let mut c = tokio::process::Command::new("cmd");
        c.arg("/C").arg(command);
        c
    } else {
        let mut c = tokio::process::Command::new("sh");
        c.arg("-c").arg(command);
        c
    };
    cmd.stdin(std::process::Stdio::piped())
        .env("GONG_WEBHOOK_RULE", received.rule.as_ref())
        .env(
            "GONG_CALL_ID",
            received.event.call_id().map(|id| id.as_str()).unwrap_or_default(),
        );
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => {
            eprintln!("gong webhook: --exec could not start: {e}");
            return Ok(());
        }
    };
    if let Some(mut stdin) = child.stdin.take() {
        use tokio::io::AsyncWriteExt;
        // A command that does not read its stdin is fine.
        let _ = stdin.write_all(line.as_bytes()).await;
        let _ = stdin.write_all(b"\n").await;
    }
    match child.wait().await {
        Ok(status) if status.success() => {}
        Ok(status) => eprintln!(
            "gong webhook: --exec {status} for call {}",
            received.event.call_id().map(|id| id.as_str()).unwrap_or("?")
        ),
        Err(e) => eprintln!("gong webhook: --exec failed: {e}"),
    }
    Ok(())
}

/// Shows why deliveries are refused (the receiver logs it at debug level).
fn init_debug_log() {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let _ = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .without_time(),
        )
        .with(tracing_subscriber::filter::Targets::new().with_target("gong_client::webhook", tracing::Level::DEBUG))
        .try_init();
}

// ----------------------------------------------------------------- sign

/// `gong webhook sign`
pub fn sign(a: &SignArgs) -> Result<(), Failure> {
    let pem = std::fs::read_to_string(&a.private_key)
        .map_err(|e| Failure::Usage(format!("--private-key {}: {e}", a.private_key.display())))?;
    let url =
        reqwest::Url::parse(a.url.trim()).map_err(|e| Failure::Usage(format!("--url: not an absolute URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Failure::Usage("--url: the URL must be http or https".into()));
    }
    let body = match a.body.as_deref() {
        Some("-") => read_stdin()?,
        Some(path) => std::fs::read(path).map_err(|e| Failure::Usage(format!("--body {path}: {e}")))?,
        None if std::io::stdin().is_terminal() => {
            return Err(Failure::Usage(
                "give the body to sign: --body FILE, or --body - and pipe it".into(),
            ));
        }
        None => read_stdin()?,
    };
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let token = test_util::sign(&body, a.url.trim(), &pem, now.saturating_add(a.exp_secs))
        .map_err(|e| Failure::Usage(format!("--private-key {}: {e}", a.private_key.display())))?;
    if a.bearer {
        write_out(&format!("Bearer {token}"))
    } else {
        write_out(&token)
    }
}

fn read_stdin() -> Result<Vec<u8>, Failure> {
    let mut body = Vec::new();
    std::io::stdin()
        .lock()
        .read_to_end(&mut body)
        .map_err(|e| Failure::Usage(format!("reading the body from stdin: {e}")))?;
    Ok(body)
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
