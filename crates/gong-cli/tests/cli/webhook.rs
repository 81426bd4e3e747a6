//! `gong webhook listen|sign|keygen` as a user runs them: keys made by
//! `keygen`, deliveries signed by the library (and by `sign`) and posted to a
//! running `listen`, which prints verified events as JSON lines, runs
//! `--exec` per event, and refuses forgeries with 401 and no output.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use base64::Engine;
use gong_client::webhook::{AutomationRule, Delivery, WebhookError, test_util};
use serde_json::{Value, json};

use crate::TempDir as Dir;
use crate::run_with;

/// `gong` with a clean environment and PATH (for `--exec`).
pub(crate) fn gong(home: &Path) -> Command {
    let mut c = crate::bare(home);
    c.env("PATH", std::env::var_os("PATH").unwrap_or_default());
    c
}

/// One key pair for the whole test binary, made by `gong webhook keygen`
/// (slow in a debug build).
struct Keys {
    dir: PathBuf,
    private_pem: String,
    public_base64: String,
    keygen_output: Value,
}

fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("gong-cli-webhook-{}-keys", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let out = dir.join("out");
        let run = run_with(
            &mut gong(&std::env::temp_dir()),
            &["webhook", "keygen", "--out-dir", out.to_str().unwrap()],
            None,
        );
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        let keygen_output: Value = serde_json::from_str(&run.stdout).unwrap();
        Keys {
            private_pem: std::fs::read_to_string(out.join("private.pem")).unwrap(),
            public_base64: std::fs::read_to_string(out.join("public.b64"))
                .unwrap()
                .trim()
                .to_owned(),
            dir: out,
            keygen_output,
        }
    })
}

fn body_of(call_id: &str, title: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "callData": {
            "metaData": { "id": call_id, "title": title, "started": "2026-02-03T10:00:00Z" },
            "parties": [{ "id": "1", "emailAddress": "buyer@customer.example" }],
            "customField": 42
        },
        "isTest": false
    }))
    .unwrap()
}

fn exp() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 300
}

// ------------------------------------------------------------------ keygen

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn keygen_writes_a_private_pem_for_the_owner_and_the_public_key_as_gong_shows_it() {
    let k = keys();
    let out = &k.keygen_output;
    assert_eq!(out["publicKeyBase64"], k.public_base64.as_str());
    assert_eq!(
        Path::new(out["privateKey"].as_str().unwrap()),
        k.dir.join("private.pem").as_path()
    );
    assert!(k.private_pem.starts_with("-----BEGIN PRIVATE KEY-----"));
    assert!(!k.public_base64.contains('-') && !k.public_base64.contains('\n'));
    let pem = std::fs::read_to_string(k.dir.join("public.pem")).unwrap();
    assert!(pem.starts_with("-----BEGIN PUBLIC KEY-----"));
    #[cfg(unix)]
    assert_eq!(mode(&k.dir.join("private.pem")), 0o600);
    // The private key never reaches the output.
    assert!(!out.to_string().contains("PRIVATE"));

    // Both public forms make a working rule.
    let url = "https://hooks.example.com/gong";
    let body = body_of("11", "t");
    let token = test_util::sign(&body, url, &k.private_pem, exp()).unwrap();
    for key in [k.public_base64.as_str(), pem.as_str()] {
        let rule = AutomationRule::signed_jwt("r", key, url).unwrap();
        rule.verify_now(&Delivery::signed(Some(&token), &body)).unwrap();
    }

    // An existing pair is kept unless --force.
    let home = Dir::new("keygen-again");
    let r = run_with(
        &mut gong(&home.0),
        &["webhook", "keygen", "--out-dir", k.dir.to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--force"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(k.dir.join("private.pem")).unwrap(),
        k.private_pem
    );
}

// -------------------------------------------------------------------- sign

fn claims(token: &str) -> Value {
    let part = token.trim_start_matches("Bearer ").split('.').nth(1).unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(part).unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

#[test]
fn sign_prints_a_token_the_library_verifies() {
    let k = keys();
    let home = Dir::new("sign");
    let url = "https://hooks.example.com/gong/won?tenant=7";
    let body = body_of("7782342274025937895", "Won deal");
    let body_file = home.path("event.json");
    std::fs::write(&body_file, &body).unwrap();
    let key_file = k.dir.join("private.pem");
    let rule = AutomationRule::signed_jwt("won", &k.public_base64, url).unwrap();

    // From a file.
    let r = run_with(
        &mut gong(&home.0),
        &[
            "webhook",
            "sign",
            "--private-key",
            key_file.to_str().unwrap(),
            "--url",
            url,
            "--body",
            body_file.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let token = r.stdout.trim();
    assert_eq!(token.split('.').count(), 3, "{token}");
    let event = rule.verify_now(&Delivery::signed(Some(token), &body)).unwrap();
    assert_eq!(event.call_id().unwrap().as_str(), "7782342274025937895");
    let c = claims(token);
    assert_eq!(c["webhook_url"], url);
    assert_eq!(c["body_sha256"], test_util::body_sha256_hex(&body));
    let left = c["exp"].as_u64().unwrap() as i64 - (exp() as i64 - 300);
    assert!((295..=305).contains(&left), "exp {left} s away");

    // From stdin, as a Bearer header, expiring sooner.
    let r = run_with(
        &mut gong(&home.0),
        &[
            "webhook",
            "sign",
            "--private-key",
            key_file.to_str().unwrap(),
            "--url",
            url,
            "--body",
            "-",
            "--bearer",
            "--exp-secs",
            "60",
        ],
        Some(&body),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let header = r.stdout.trim();
    assert!(header.starts_with("Bearer "), "{header}");
    rule.verify_now(&Delivery::signed(Some(header), &body)).unwrap();
    let left = claims(header)["exp"].as_u64().unwrap() as i64 - (exp() as i64 - 300);
    assert!((55..=65).contains(&left), "exp {left} s away");

    // Bound to the body and the URL.
    let mut other = body.clone();
    other.push(b'\n');
    assert_eq!(
        rule.verify_now(&Delivery::signed(Some(header), &other)).unwrap_err(),
        WebhookError::BodyMismatch
    );
    let elsewhere = AutomationRule::signed_jwt("won", &k.public_base64, "https://hooks.example.com/other").unwrap();
    assert_eq!(
        elsewhere
            .verify_now(&Delivery::signed(Some(header), &body))
            .unwrap_err(),
        WebhookError::UrlMismatch
    );

    // A file that is not a private key: a usage error naming the file, no key material.
    let r = run_with(
        &mut gong(&home.0),
        &[
            "webhook",
            "sign",
            "--private-key",
            body_file.to_str().unwrap(),
            "--url",
            url,
            "--body",
            body_file.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("event.json") && r.stdout.is_empty(), "{}", r.stderr);
}

// ------------------------------------------------------------------ listen

/// A running `gong webhook listen`.
pub(crate) struct Listener {
    pub(crate) child: Child,
    pub(crate) base: String,
    stdout: Option<ChildStdout>,
    stderr: std::sync::mpsc::Receiver<String>,
}

impl Listener {
    pub(crate) fn start(home: &Path, env: &[(&str, &str)], args: &[&str]) -> Listener {
        let mut child = gong(home)
            .envs(env.iter().copied())
            .args(["webhook", "listen", "--port", "0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let rx = crate::stderr_lines(&mut child);
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut seen = Vec::new();
        let base = loop {
            let line = rx
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .unwrap_or_else(|_| panic!("no listening line; stderr so far: {seen:?}"));
            if let Some(rest) = line.split("listening on ").nth(1) {
                break rest.split_whitespace().next().unwrap().to_owned();
            }
            seen.push(line);
        };
        Listener {
            stdout: child.stdout.take(),
            child,
            base,
            stderr: rx,
        }
    }

    /// Waits for the process to end (it stops after --max-events) and returns its stdout.
    fn finish(mut self) -> (i32, String, Vec<String>) {
        let deadline = Instant::now() + Duration::from_secs(30);
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("gong webhook listen did not stop");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut out = String::new();
        self.stdout.take().unwrap().read_to_string(&mut out).unwrap();
        let mut err = Vec::new();
        while let Ok(line) = self.stderr.recv_timeout(Duration::from_millis(500)) {
            err.push(line);
        }
        (status.code().unwrap_or(-1), out, err)
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

async fn post(client: &reqwest::Client, url: &str, auth: Option<&str>, body: Vec<u8>) -> u16 {
    let mut req = client.post(url).header("content-type", "application/json").body(body);
    if let Some(a) = auth {
        req = req.header("authorization", a);
    }
    req.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn listen_prints_each_verified_event_and_refuses_forgeries_with_401() {
    let k = keys();
    let home = Dir::new("listen");
    // The URL configured on the rule in Gong; the receiver sits behind it.
    let public_url = "https://hooks.example.com/gong/new-calls";
    let key_file = k.dir.join("public.b64");
    let listener = Listener::start(
        &home.0,
        &[],
        &[
            "--rule",
            &format!("new-calls=signed:{}@{public_url}", key_file.display()),
            "--rule",
            &format!("deals=signed:{}@https://hooks.example.com/deals", k.public_base64),
            "--rule",
            "keyed=key:s3cret-key",
            "--max-events",
            "2",
        ],
    );
    let client = http();
    let signed_url = format!("{}/gong/new-calls", listener.base);
    let body = body_of("7782342274025937895", "Discovery");
    let token = test_util::sign(&body, public_url, &k.private_pem, exp()).unwrap();

    // Forgeries first: none may be printed.
    let mut tampered = body.clone();
    tampered.extend_from_slice(b" ");
    assert_eq!(post(&client, &signed_url, Some(&token), tampered).await, 401);
    assert_eq!(post(&client, &signed_url, None, body.clone()).await, 401);
    let other_url = test_util::sign(&body, "https://evil.example/gong/new-calls", &k.private_pem, exp()).unwrap();
    assert_eq!(post(&client, &signed_url, Some(&other_url), body.clone()).await, 401);
    let expired = test_util::sign(&body, public_url, &k.private_pem, 1_000_000).unwrap();
    assert_eq!(post(&client, &signed_url, Some(&expired), body.clone()).await, 401);
    // The other signed rule's route needs a token for its own URL.
    assert_eq!(
        post(&client, &format!("{}/deals", listener.base), Some(&token), body.clone()).await,
        401
    );
    assert_eq!(
        post(&client, &format!("{}/keyed/wrong", listener.base), None, body.clone()).await,
        401
    );

    // Two good deliveries: printed, then the listener stops (--max-events 2).
    assert_eq!(
        post(&client, &signed_url, Some(&format!("Bearer {token}")), body.clone()).await,
        200
    );
    let keyed_body = body_of("1234567890123456789", "Renewal");
    assert_eq!(
        post(
            &client,
            &format!("{}/keyed/s3cret-key", listener.base),
            None,
            keyed_body
        )
        .await,
        200
    );
    let (code, stdout, stderr) = listener.finish();
    assert_eq!(code, 0, "{stderr:?}");
    let lines: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(lines[0]["rule"], "new-calls");
    assert_eq!(lines[0]["callId"], "7782342274025937895");
    assert_eq!(lines[0]["isTest"], false);
    assert_eq!(lines[0]["isPrivate"], false);
    assert_eq!(lines[0]["call"]["metaData"]["title"], "Discovery");
    assert_eq!(lines[0]["call"]["customField"], 42, "unknown fields are kept");
    assert_eq!(lines[1]["rule"], "keyed");
    assert_eq!(lines[1]["callId"], "1234567890123456789");
    let all = stderr.join("\n");
    assert!(!all.contains("s3cret-key"), "the URL key is never printed: {all}");
    assert!(all.contains("stopped after 2 events"), "{all}");
}

#[tokio::test]
async fn listen_takes_rules_from_a_file_and_signed_by_the_sign_command() {
    let k = keys();
    let home = Dir::new("listen-file");
    std::fs::copy(k.dir.join("public.pem"), home.path("rule.pem")).unwrap();
    let rules = home.path("rules.json");
    std::fs::write(
        &rules,
        json!([
            { "name": "won", "publicKeyFile": "rule.pem", "url": "https://hooks.example.com/won?tenant=7", "route": "/hooks/won" },
            { "name": "q", "urlKeyEnv": "HOOK_KEY", "keyIn": "query:token", "route": "/hooks/q" }
        ])
        .to_string(),
    )
    .unwrap();
    let listener = Listener::start(
        &home.0,
        &[("HOOK_KEY", "from-env-key")],
        &["--rules", rules.to_str().unwrap(), "--max-events", "2"],
    );
    let client = http();
    let body = body_of("42", "Closed won");
    let body_file = home.path("event.json");
    std::fs::write(&body_file, &body).unwrap();
    let signed = run_with(
        &mut gong(&home.0),
        &[
            "webhook",
            "sign",
            "--private-key",
            k.dir.join("private.pem").to_str().unwrap(),
            "--url",
            "https://hooks.example.com/won?tenant=7",
            "--body",
            body_file.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(signed.code, 0, "{}", signed.stderr);
    let token = signed.stdout.trim().to_owned();
    assert_eq!(
        post(
            &client,
            &format!("{}/hooks/q?token=nope", listener.base),
            None,
            body.clone()
        )
        .await,
        401
    );
    assert_eq!(
        post(
            &client,
            &format!("{}/hooks/won", listener.base),
            Some(&token),
            body.clone()
        )
        .await,
        200
    );
    assert_eq!(
        post(
            &client,
            &format!("{}/hooks/q?token=from-env-key", listener.base),
            None,
            body_of("43", "Q")
        )
        .await,
        200
    );
    let (code, stdout, _) = listener.finish();
    assert_eq!(code, 0);
    let rules: Vec<String> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["rule"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(rules, ["won", "q"]);
}

#[cfg(unix)]
#[tokio::test]
async fn listen_runs_a_command_per_event_with_the_json_on_stdin() {
    let k = keys();
    let home = Dir::new("listen-exec");
    let out = home.path("events.txt");
    let exec = format!(
        "printf '%s %s ' \"$GONG_WEBHOOK_RULE\" \"$GONG_CALL_ID\" >> '{0}'; cat >> '{0}'",
        out.display()
    );
    let listener = Listener::start(
        &home.0,
        &[],
        &[
            "--rule",
            &format!("calls=signed:{}@http://localhost/calls", k.public_base64),
            "--exec",
            &exec,
            "--max-events",
            "1",
        ],
    );
    let body = body_of("99", "Exec");
    let token = test_util::sign(&body, "http://localhost/calls", &k.private_pem, exp()).unwrap();
    assert_eq!(
        post(&http(), &format!("{}/calls", listener.base), Some(&token), body).await,
        200
    );
    let (code, stdout, _) = listener.finish();
    assert_eq!(code, 0);
    assert!(stdout.is_empty(), "with --exec nothing is printed: {stdout}");
    let text = std::fs::read_to_string(&out).unwrap();
    let (head, json_line) = text.split_at(text.find('{').unwrap());
    assert_eq!(head, "calls 99 ");
    let event: Value = serde_json::from_str(json_line.trim()).unwrap();
    assert_eq!(event["callId"], "99");
}

#[test]
fn listen_refuses_bad_rules_without_echoing_secrets() {
    let home = Dir::new("listen-bad");
    for (args, wanted) in [
        (vec!["webhook", "listen"], "at least one rule"),
        (vec!["webhook", "listen", "--rule", "x=plain:hunter2"], "expected NAME="),
        (
            vec!["webhook", "listen", "--rule", "x=signed:nokey@https://h.example/x"],
            "neither a readable file",
        ),
        (vec!["webhook", "listen", "--rule", "x=signed:AAAA"], "signed:KEY@URL"),
        (vec!["webhook", "listen", "--rule", "bad/name=key:hunter2"], "rule name"),
        (
            vec!["webhook", "listen", "--rule", "a=key:k1", "--rule", "a=key:k2"],
            "taken",
        ),
        (
            vec!["webhook", "listen", "--rule", "x=key-env:NOT_SET_ANYWHERE"],
            "NOT_SET_ANYWHERE",
        ),
    ] {
        let r = run_with(&mut gong(&home.0), &args, None);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(wanted), "{args:?}: {}", r.stderr);
        assert!(!r.stderr.contains("hunter2"), "{}", r.stderr);
    }
}

/// Without the `sandbox` feature, `--sandbox` and `gong sandbox` say how to get them.
#[cfg(not(feature = "sandbox"))]
#[test]
fn the_sandbox_needs_its_feature() {
    let home = Dir::new("no-sandbox");
    for args in [
        vec!["--sandbox", "workspaces", "list"],
        vec!["sandbox", "serve"],
        vec!["--sandbox", "tour"],
    ] {
        let r = run_with(&mut gong(&home.0), &args, None);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("--features sandbox"), "{}", r.stderr);
    }
}

// ------------------------------------------------------ hand-off before 200

/// A client whose requests give up after `secs` (a hand-off that never
/// completes is never answered).
fn http_with_timeout(secs: u64) -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .timeout(Duration::from_secs(secs))
        .build()
        .unwrap()
}

/// The status, or `None` when the connection failed or timed out.
pub(crate) async fn try_post(client: &reqwest::Client, url: &str, body: Vec<u8>) -> Option<u16> {
    client
        .post(url)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .ok()
        .map(|r| r.status().as_u16())
}

/// The event files of a spool directory (hidden temporary files left out).
fn spooled(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.retain(|p| {
        let name = p.file_name().unwrap().to_str().unwrap();
        !name.starts_with('.') && name.ends_with(".json")
    });
    files.sort();
    files
}

#[tokio::test]
async fn listen_spools_each_event_to_a_file_and_replay_hands_them_on() {
    let home = Dir::new("spool");
    let spool = home.path("spool");
    let listener = Listener::start(
        &home.0,
        &[],
        &[
            "--rule",
            "keyed=key:s3cret",
            "--spool",
            spool.to_str().unwrap(),
            "--max-events",
            "2",
        ],
    );
    let client = http();
    let url = format!("{}/keyed/s3cret", listener.base);
    assert_eq!(post(&client, &url, None, body_of("11", "First")).await, 200);
    // Acknowledged only once it is on disk.
    assert_eq!(spooled(&spool).len(), 1);
    assert_eq!(
        post(&client, &url, None, body_of("11", "First")).await,
        200,
        "duplicate"
    );
    assert_eq!(spooled(&spool).len(), 1, "a duplicate is not spooled again");
    assert_eq!(post(&client, &url, None, body_of("12", "Second")).await, 200);
    let (code, stdout, stderr) = listener.finish();
    assert_eq!(code, 0, "{stderr:?}");
    assert!(stdout.is_empty(), "with --spool nothing is printed: {stdout}");
    let files = spooled(&spool);
    assert_eq!(files.len(), 2);
    #[cfg(unix)]
    {
        // Spooled events hold call data: owner-only, in an owner-only directory.
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!((mode(&spool), mode(&files[0]), mode(&files[1])), (0o700, 0o600, 0o600));
    }
    let first: Value = serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    assert_eq!(
        (first["rule"].as_str(), first["callId"].as_str()),
        (Some("keyed"), Some("11"))
    );

    // A crash leftover (hidden temporary file) is not an event.
    std::fs::write(spool.join(".123-half.json.tmp"), b"{\"rule\":").unwrap();
    let replay = run_with(
        &mut gong(&home.0),
        &["webhook", "replay", spool.to_str().unwrap()],
        None,
    );
    assert_eq!(replay.code, 0, "{}", replay.stderr);
    let ids: Vec<String> = replay
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["callId"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(ids, ["11", "12"], "oldest first");
    assert_eq!(spooled(&spool).len(), 2, "kept without --remove");

    // Replay through a command that fails: stops, the files stay.
    let r = run_with(
        &mut gong(&home.0),
        &[
            "webhook",
            "replay",
            spool.to_str().unwrap(),
            "--exec",
            "exit 7",
            "--remove",
        ],
        None,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("after 0 events"), "{}", r.stderr);
    assert_eq!(spooled(&spool).len(), 2);

    // With --remove, each file goes once its event is handed off.
    let out = home.path("replayed.txt");
    let exec = format!("cat >> '{}'", out.display());
    let r = run_with(
        &mut gong(&home.0),
        &[
            "webhook",
            "replay",
            spool.to_str().unwrap(),
            "--exec",
            &exec,
            "--remove",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 2);
    assert!(spooled(&spool).is_empty());
}

#[cfg(unix)]
#[tokio::test]
async fn exec_failure_answers_503_and_the_redelivery_runs_again() {
    let home = Dir::new("exec-fail");
    let out = home.path("out.txt");
    let flag = home.path("failed-once");
    // Fails the first time, then appends the event.
    let exec = format!(
        "if [ ! -f '{f}' ]; then touch '{f}'; exit 3; fi; cat >> '{o}'",
        f = flag.display(),
        o = out.display()
    );
    let listener = Listener::start(
        &home.0,
        &[],
        &["--rule", "keyed=key:s3cret", "--exec", &exec, "--max-events", "2"],
    );
    let client = http();
    let url = format!("{}/keyed/s3cret", listener.base);
    assert_eq!(post(&client, &url, None, body_of("21", "A")).await, 503);
    assert!(!out.exists());
    assert_eq!(
        post(&client, &url, None, body_of("21", "A")).await,
        200,
        "redelivery handed off"
    );
    assert_eq!(post(&client, &url, None, body_of("21", "A")).await, 200, "duplicate");
    // A call id with a NUL is refused when decoding (never acknowledged).
    let nul = br#"{"callData":{"metaData":{"id":"2\u00002"}},"isTest":false}"#.to_vec();
    assert_eq!(post(&client, &url, None, nul).await, 400);
    assert_eq!(post(&client, &url, None, body_of("22", "B")).await, 200);
    let (code, _, stderr) = listener.finish();
    assert_eq!(code, 0);
    let lines: Vec<Value> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["callId"], "21");
    assert_eq!(lines[1]["callId"], "22");
    let all = stderr.join("\n");
    assert!(all.contains("answered 503"), "{all}");
    assert!(all.contains("stopped after 2 events"), "{all}");
}

#[cfg(unix)]
#[tokio::test]
async fn max_events_refuses_deliveries_past_the_limit() {
    let home = Dir::new("max-events");
    let out = home.path("out.txt");
    let exec = format!("sleep 1; cat >> '{}'", out.display());
    let listener = Listener::start(
        &home.0,
        &[],
        &["--rule", "keyed=key:s3cret", "--exec", &exec, "--max-events", "1"],
    );
    let client = http_with_timeout(30);
    let url = format!("{}/keyed/s3cret", listener.base);
    let (a, b) = tokio::join!(
        try_post(&client, &url, body_of("31", "A")),
        try_post(&client, &url, body_of("32", "B"))
    );
    let (code, _, stderr) = listener.finish();
    assert_eq!(code, 0, "{stderr:?}");
    let oks = [a, b].iter().filter(|s| **s == Some(200)).count();
    assert_eq!(oks, 1, "{a:?} {b:?}");
    assert!(
        [a, b].iter().all(|s| matches!(s, Some(200) | Some(503) | None)),
        "{a:?} {b:?}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 1);
    assert!(stderr.join("\n").contains("stopped after 1 event"));
}

#[cfg(unix)]
fn signal(child: &Child, sig: &str) {
    let status = Command::new("kill")
        .args([sig, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

#[cfg(unix)]
#[tokio::test]
async fn listen_keeps_answering_while_nobody_reads_its_stdout() {
    let home = Dir::new("stdout-stalled");
    let mut listener = Listener::start(&home.0, &[], &["--rule", "keyed=key:s3cret", "--drain-timeout", "1"]);
    // stdout is a pipe the test never reads: a 300 KB line fills it.
    let big_title = "x".repeat(300 * 1024);
    let client = http_with_timeout(3);
    let url = format!("{}/keyed/s3cret", listener.base);
    let started = Instant::now();
    let first = try_post(&client, &url, body_of("41", &big_title)).await;
    assert_eq!(first, None, "not acknowledged while the line cannot be written");
    // The runtime is not stalled: other requests are answered at once.
    let quick = http_with_timeout(5);
    assert_eq!(
        try_post(&quick, &format!("{}/keyed/wrong", listener.base), body_of("42", "t")).await,
        Some(401)
    );
    assert_eq!(
        try_post(&quick, &format!("{}/nope", listener.base), body_of("42", "t")).await,
        Some(404)
    );
    let second = try_post(&client, &url, body_of("43", "small")).await;
    assert_eq!(second, None, "queued behind the stalled write: not acknowledged");
    // Ctrl-C still stops it, after the drain timeout.
    signal(&listener.child, "-INT");
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = listener.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "the listener did not stop");
        std::thread::sleep(Duration::from_millis(20));
    };
    eprintln!(
        "stalled-stdout listener stopped {:?} after the first delivery",
        started.elapsed()
    );
    assert!(status.code().is_some(), "exited, not killed: {status:?}");
    let _ = listener.stdout.take();
}

#[cfg(unix)]
#[tokio::test]
async fn a_listener_killed_during_a_hand_off_never_acknowledged_the_event() {
    let home = Dir::new("kill-exec");
    let marker = home.path("started");
    let out = home.path("out.txt");
    let exec = format!("touch '{}'; sleep 3; cat >> '{}'", marker.display(), out.display());
    let mut listener = Listener::start(&home.0, &[], &["--rule", "keyed=key:s3cret", "--exec", &exec]);
    let url = format!("{}/keyed/s3cret", listener.base);
    let delivery = tokio::spawn(async move { try_post(&http_with_timeout(30), &url, body_of("51", "K")).await });
    let deadline = Instant::now() + Duration::from_secs(20);
    while !marker.exists() {
        assert!(Instant::now() < deadline, "the hand-off never started");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // Accepted, hand-off in progress: kill -9.
    listener.child.kill().unwrap();
    listener.child.wait().unwrap();
    assert_eq!(delivery.await.unwrap(), None, "the sender saw no 2xx");
}

#[cfg(unix)]
#[tokio::test]
async fn kill_9_at_any_moment_leaves_every_acknowledged_event_in_the_spool() {
    // How long one spooled delivery takes here, so the kills below land
    // before, during and after the hand-off whatever the machine's speed.
    let home = Dir::new("kill-spool-warmup");
    let spool = home.path("spool");
    let listener = Listener::start(
        &home.0,
        &[],
        &["--rule", "keyed=key:s3cret", "--spool", spool.to_str().unwrap()],
    );
    let started = Instant::now();
    let warm = try_post(
        &http_with_timeout(30),
        &format!("{}/keyed/s3cret", listener.base),
        body_of("5999", "W"),
    )
    .await;
    let took = started.elapsed();
    assert_eq!(warm, Some(200));
    drop(listener);
    let mut acknowledged = 0;
    let mut unacknowledged = 0;
    let delays = (0..14u32).map(|k| took * k / 8);
    for (round, delay) in delays.enumerate() {
        let home = Dir::new(&format!("kill-spool-{round}"));
        let spool = home.path("spool");
        let mut listener = Listener::start(
            &home.0,
            &[],
            &["--rule", "keyed=key:s3cret", "--spool", spool.to_str().unwrap()],
        );
        let url = format!("{}/keyed/s3cret", listener.base);
        let call = format!("{}", 6000 + round);
        let b = body_of(&call, "Kill");
        let delivery = tokio::spawn(async move { try_post(&http_with_timeout(30), &url, b).await });
        tokio::time::sleep(delay).await;
        listener.child.kill().unwrap();
        listener.child.wait().unwrap();
        let outcome = delivery.await.unwrap();
        let files = spooled(&spool);
        // Whatever is in the spool is whole.
        for f in &files {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
            assert_eq!(v["callId"], call.as_str());
        }
        if outcome == Some(200) {
            acknowledged += 1;
            assert_eq!(files.len(), 1, "round {round}: acknowledged but not in the spool");
        } else {
            unacknowledged += 1;
            assert!(outcome.is_none(), "round {round}: {outcome:?}");
        }
    }
    eprintln!(
        "kill -9 rounds (a delivery takes {took:?}): {acknowledged} acknowledged and spooled, {unacknowledged} never acknowledged"
    );
}

#[cfg(unix)]
#[tokio::test]
async fn ctrl_c_stops_accepting_and_finishes_the_event_in_hand() {
    let home = Dir::new("ctrl-c");
    let marker = home.path("started");
    let out = home.path("out.txt");
    let exec = format!("touch '{}'; sleep 1; cat >> '{}'", marker.display(), out.display());
    let listener = Listener::start(&home.0, &[], &["--rule", "keyed=key:s3cret", "--exec", &exec]);
    let base = listener.base.clone();
    let url = format!("{base}/keyed/s3cret");
    let delivery = tokio::spawn(async move { try_post(&http_with_timeout(30), &url, body_of("71", "C")).await });
    let deadline = Instant::now() + Duration::from_secs(20);
    while !marker.exists() {
        assert!(Instant::now() < deadline, "the hand-off never started");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    signal(&listener.child, "-INT");
    // No longer accepting: a new delivery is refused (connection refused).
    // (One sent before the signal arrived may still be taken, and is then handed off.)
    let mut refused = false;
    let mut taken_before = 0;
    for i in 0..100 {
        let id = format!("{}", 100 + i);
        let url = format!("{base}/keyed/s3cret");
        match try_post(&http_with_timeout(2), &url, body_of(&id, "D")).await {
            None => {
                refused = true;
                break;
            }
            Some(200) => taken_before += 1,
            Some(other) => assert_eq!(other, 503, "a late delivery is refused, never lost"),
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(refused, "still accepting after Ctrl-C");
    // The event in hand was handed off, then acknowledged.
    assert_eq!(delivery.await.unwrap(), Some(200));
    let (code, _, stderr) = listener.finish();
    assert_eq!(code, 0, "{stderr:?}");
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.lines().count(), 1 + taken_before, "every 200 was handed off");
    assert!(text.contains("\"71\""));
    assert!(stderr.join("\n").contains("stopped after"));
}

/// Under a descriptor limit of 1,024, 1,100
/// half-sent requests do not starve a valid delivery.
#[cfg(unix)]
#[tokio::test]
async fn listen_answers_a_valid_delivery_through_1100_half_sent_requests() {
    use tokio::io::AsyncWriteExt;
    let home = Dir::new("listen-slowloris");
    let mut child = Command::new("sh")
        .env_clear()
        .env("HOME", &home.0)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .args([
            "-c",
            "ulimit -n 1024 && exec \"$0\" webhook listen --port 0 --rule keyed=key:s3cret --max-events 1",
            env!("CARGO_BIN_EXE_gong"),
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let base = loop {
        let mut line = String::new();
        assert!(stderr.read_line(&mut line).unwrap() > 0, "no listening line");
        if let Some(rest) = line.split("listening on ").nth(1) {
            break rest.split_whitespace().next().unwrap().to_owned();
        }
    };
    let addr = base.trim_start_matches("http://").to_owned();
    let mut idle = Vec::new();
    for _ in 0..1_100 {
        let mut c = tokio::net::TcpStream::connect(&addr).await.unwrap();
        c.write_all(b"POST /keyed/s3cret HTTP/1.1\r\nhost: x\r\ncontent-le")
            .await
            .unwrap();
        idle.push(c);
    }
    let started = Instant::now();
    let status = try_post(
        &http_with_timeout(10),
        &format!("{base}/keyed/s3cret"),
        body_of("81", "L"),
    )
    .await;
    assert_eq!(status, Some(200), "the valid delivery was starved");
    eprintln!(
        "listen (ulimit -n 1024): valid delivery answered in {:?} with 1100 half-sent open",
        started.elapsed()
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "did not stop after --max-events 1");
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut out = String::new();
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    assert!(out.contains("\"81\""), "{out}");
    drop(idle);
}
