//! The `gong` binary against the embedded Gong, end to end: every action
//! subcommand with `--sandbox` (a fresh sandbox per command, so ids come
//! from the seed), `gong --sandbox tour`, `gong sandbox info`, and
//! `gong sandbox serve` answering other processes, its automation rule
//! delivering to `gong webhook listen`.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use gong_sandbox::Sandbox;
use serde_json::Value;

use crate::TempDir as Dir;
use crate::{Run, bare};

fn run(cmd: &mut Command, args: &[&str]) -> Run {
    crate::run_with(cmd, args, None)
}

/// `gong --sandbox ARGS` with no credentials.
fn sandboxed(home: &Dir, args: &[&str]) -> Run {
    run(&mut bare(&home.0), &[&["--sandbox"][..], args].concat())
}

/// What `gong --sandbox` runs against, from `gong sandbox info`.
fn info(home: &Dir) -> Value {
    let r = run(&mut bare(&home.0), &["sandbox", "info"]).ok();
    let info = r.json();
    assert!(info.get("url").is_none(), "info serves nothing: {info}");
    info["examples"].clone()
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))
}

// ------------------------------------------------------------- actions

#[tokio::test]
async fn info_names_the_ids_every_sandboxed_command_sees() {
    let home = Dir::new("info");
    let ex = info(&home);
    // The library's sandbox of the same seed has the same data.
    let sb = Sandbox::builder().seed(1).rate_limit(None).start().await.unwrap();
    let ids: Vec<String> = sb.call_ids().iter().map(|i| i.as_str().to_owned()).collect();
    assert_eq!(
        ex["callIds"].as_array().unwrap().iter().map(s).collect::<Vec<_>>(),
        ids[..3]
    );
    assert_eq!(s(&ex["userId"]), sb.users()[0].id.as_str());
    assert_eq!(s(&ex["folderId"]), sb.folder_ids()[0].as_str());
    assert_eq!(s(&ex["contactEmail"]), sb.contacts()[0].email);
    sb.shutdown().await;

    // Every listed call, in start-time order, over three pages.
    let r = sandboxed(&home, &["calls", "list"]).ok();
    let listed: Vec<String> = r.lines().iter().map(|c| s(&c["id"]).to_owned()).collect();
    assert_eq!(listed, ids);
    // Another seed, other data.
    let r = sandboxed(
        &home,
        &["--sandbox-seed", "2", "--sandbox-calls", "120", "calls", "list"],
    )
    .ok();
    let other = r.lines();
    assert_eq!(other.len(), 120);
    assert_ne!(s(&other[0]["id"]), ids[0]);
}

#[test]
fn calls_media_and_transcripts() {
    let home = Dir::new("calls");
    let ex = info(&home);
    let call = s(&ex["callIds"][0]).to_owned();
    let second = s(&ex["callIds"][1]).to_owned();
    let user = s(&ex["userId"]).to_owned();

    let r = sandboxed(&home, &["calls", "get", "--call-id", &call]).ok();
    assert_eq!(r.json()["call"]["id"], call.as_str());
    assert!(r.json()["call"]["title"].is_string());

    let r = sandboxed(
        &home,
        &[
            "calls",
            "create",
            "--client-unique-id",
            "cli-sandbox-0001",
            "--primary-user",
            &user,
            "--party",
            &format!("userId={user}"),
            "--party",
            "emailAddress=buyer@customer.example,name=Buyer",
            "--direction",
            "outbound",
            "--actual-start",
            "2026-02-03T10:00:00Z",
            "--title",
            "From the CLI",
        ],
    )
    .ok();
    let created = r.json();
    assert!(created["callId"].as_str().is_some_and(|id| id.len() >= 16), "{created}");

    let media = home.path("call.mp3");
    std::fs::write(&media, vec![7u8; 300_000]).unwrap();
    let r = sandboxed(
        &home,
        &["media", "add", "--call-id", &call, "--file", media.to_str().unwrap()],
    )
    .ok();
    assert_eq!(r.json()["callId"], call.as_str());
    // A call that does not exist: Gong's 404, exit 4.
    let r = sandboxed(
        &home,
        &["media", "add", "--call-id", "1234", "--file", media.to_str().unwrap()],
    );
    assert_eq!(r.code, 4, "{}", r.stderr);

    let r = sandboxed(&home, &["transcripts", "get", "--call-id", &format!("{call},{second}")]).ok();
    let transcripts = r.lines();
    assert_eq!(transcripts.len(), 2);
    assert_eq!(transcripts[0]["callId"], call.as_str());
    assert!(!transcripts[0]["transcript"].as_array().unwrap().is_empty());
}

#[test]
fn users_workspaces_and_library() {
    let home = Dir::new("people");
    let ex = info(&home);
    let r = sandboxed(&home, &["users", "list"]).ok();
    let users = r.lines();
    assert_eq!(users.len(), 20);
    assert_eq!(users[0]["id"], ex["userId"]);
    let r = sandboxed(&home, &["users", "list", "--include-avatars"]).ok();
    assert!(r.lines().len() > 20);
    let r = sandboxed(&home, &["users", "get", "--user-id", s(&ex["userId"])]).ok();
    assert_eq!(r.json()["user"]["emailAddress"], ex["userEmail"]);

    let r = sandboxed(&home, &["workspaces", "list"]).ok();
    let workspaces = r.json()["workspaces"].as_array().unwrap().clone();
    assert_eq!(workspaces.len(), 2);
    assert_eq!(workspaces[0]["id"], ex["workspaceId"]);

    let r = sandboxed(&home, &["library", "folders"]).ok();
    let folders = r.json()["folders"].as_array().unwrap().clone();
    assert!(folders.iter().any(|f| f["id"] == ex["folderId"]));
    let r = sandboxed(&home, &["library", "folder-calls", "--folder-id", s(&ex["folderId"])]).ok();
    assert!(
        r.json()["calls"].as_array().is_some_and(|c| !c.is_empty()),
        "{}",
        r.stdout
    );
    // As a table too.
    let r = sandboxed(&home, &["-o", "table", "workspaces", "list"]).ok();
    assert!(
        r.stdout.starts_with("id ") && r.stdout.contains("(2 rows)"),
        "{}",
        r.stdout
    );
}

#[test]
fn meetings_create_update_delete() {
    let home = Dir::new("meetings");
    let ex = info(&home);
    let organizer = s(&ex["meetingOrganizer"]).to_owned();
    let meeting = s(&ex["meetingId"]).to_owned();
    let r = sandboxed(
        &home,
        &[
            "meetings",
            "create",
            "--start-time",
            "2026-04-01T10:00:00Z",
            "--end-time",
            "2026-04-01T10:30:00Z",
            "--organizer-email",
            &organizer,
            "--invitee",
            "buyer@customer.example",
            "--title",
            "Kickoff",
        ],
    )
    .ok();
    let created = s(&r.json()["meetingId"]).to_owned();
    assert_ne!(created, meeting, "the sample meeting is there already");

    // The sample meeting every sandbox starts with.
    let r = sandboxed(
        &home,
        &[
            "meetings",
            "update",
            "--meeting-id",
            &meeting,
            "--start-time",
            "2026-04-02T10:00:00Z",
            "--end-time",
            "2026-04-02T11:00:00Z",
            "--organizer-email",
            &organizer,
            "--title",
            "Moved",
        ],
    )
    .ok();
    assert_eq!(r.json()["meetingId"], meeting.as_str());
    sandboxed(
        &home,
        &[
            "meetings",
            "delete",
            "--meeting-id",
            &meeting,
            "--organizer-email",
            &organizer,
        ],
    )
    .ok();
    // A meeting made by an earlier command is gone with its sandbox: Gong's 404.
    let r = sandboxed(
        &home,
        &[
            "meetings",
            "delete",
            "--meeting-id",
            &created,
            "--organizer-email",
            &organizer,
        ],
    );
    assert_eq!(r.code, 4, "{}", r.stderr);
}

#[test]
fn engagement_events() {
    let home = Dir::new("events");
    let common = [
        "--reporting-system",
        "docs",
        "--event-timestamp",
        "2026-01-05T10:00:00Z",
        "--content-id",
        "c1",
        "--content-url",
        "https://docs.example.com/c1",
        "--content-title",
        "Proposal",
    ];
    let r = sandboxed(
        &home,
        &[
            &["events", "action"][..],
            &common,
            &[
                "--action-name",
                "Document Signed",
                "--event-id",
                "ev-1",
                "--actor",
                r#"{"email":"buyer@customer.example","name":"Buyer"}"#,
            ],
        ]
        .concat(),
    )
    .ok();
    assert!(r.json()["requestId"].is_string(), "{}", r.stdout);
    sandboxed(
        &home,
        &[
            &["events", "shared"][..],
            &common,
            &[
                "--event-id",
                "ev-2",
                "--recipients",
                r#"[{"email":"buyer@customer.example"}]"#,
            ],
        ]
        .concat(),
    )
    .ok();
    sandboxed(
        &home,
        &[
            &["events", "viewed"][..],
            &common,
            &[
                "--event-id",
                "ev-3",
                "--view-action-title",
                "Proposal Opened",
                "--viewer",
                r#"{"email":"buyer@customer.example"}"#,
            ],
        ]
        .concat(),
    )
    .ok();
}

#[test]
fn privacy_references_and_erasure() {
    let home = Dir::new("privacy");
    let ex = info(&home);
    let email = s(&ex["contactEmail"]).to_owned();
    let phone = s(&ex["contactPhone"]).to_owned();

    let r = sandboxed(&home, &["privacy", "references-email", "--email-address", &email]).ok();
    let refs = r.json();
    assert!(!refs["calls"].as_array().unwrap().is_empty(), "{refs}");
    assert_eq!(
        refs["meetings"].as_array().unwrap().len(),
        1,
        "the sample meeting invites them"
    );
    let r = sandboxed(&home, &["privacy", "references-phone", "--phone-number", &phone]).ok();
    assert!(!r.json()["calls"].as_array().unwrap().is_empty(), "{}", r.stdout);

    // Erasing without --yes and without a terminal: refused, nothing sent.
    let r = sandboxed(&home, &["privacy", "erase-email", "--email-address", &email]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = sandboxed(&home, &["privacy", "erase-email", "--email-address", &email, "--yes"]).ok();
    assert!(r.json()["requestId"].is_string(), "{}", r.stdout);
    sandboxed(&home, &["privacy", "erase-phone", "--phone-number", &phone, "--yes"]).ok();
}

#[test]
fn logs_and_raw_requests() {
    let home = Dir::new("logs");
    for log_type in ["AccessLog", "UserActivityLog", "UserCallPlay"] {
        let r = sandboxed(
            &home,
            &[
                "logs",
                "get",
                "--log-type",
                log_type,
                "--from-date-time",
                "2020-01-01T00:00:00Z",
            ],
        )
        .ok();
        assert_eq!(r.lines().len(), 150, "{log_type}: every entry over two pages");
    }

    let r = sandboxed(&home, &["raw", "/v2/workspaces"]).ok();
    assert_eq!(r.json()["workspaces"].as_array().unwrap().len(), 2);
    let r = sandboxed(
        &home,
        &[
            "raw",
            "POST",
            "/v2/calls/extensive",
            "--data",
            r#"{"filter":{},"contentSelector":{"exposedFields":{"parties":true}}}"#,
        ],
    )
    .ok();
    let body = r.json();
    assert_eq!(body["calls"].as_array().unwrap().len(), 100);
    assert!(body["records"]["cursor"].is_string());
    let r = sandboxed(&home, &["raw", "/v2/users", "--query", "cursor=nonsense"]);
    assert_eq!(r.code, 4, "an unknown cursor is Gong's error: {}", r.stderr);
}

#[test]
fn credentials_are_neither_needed_nor_used() {
    let home = Dir::new("creds");
    // Configured credentials pointing nowhere: --sandbox ignores them.
    let r = run(
        bare(&home.0)
            .env("GONG_BASE_URL", "http://127.0.0.1:9")
            .env("GONG_ACCESS_KEY", "k")
            .env("GONG_ACCESS_KEY_SECRET", "s"),
        &["--sandbox", "workspaces", "list"],
    )
    .ok();
    assert_eq!(r.json()["workspaces"].as_array().unwrap().len(), 2);
    // Without --sandbox and without credentials: exit 3.
    let r = run(&mut bare(&home.0), &["workspaces", "list"]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    // `auth` is about the real tenant.
    let r = sandboxed(&home, &["auth", "status"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    // A rate limit on the sandbox: the client paces itself to it, no 429.
    let r = sandboxed(&home, &["--sandbox-rate-limit", "20", "calls", "list"]).ok();
    assert_eq!(r.lines().len(), 250);
}

// ------------------------------------------------------------------ tour

#[test]
fn the_tour_runs_and_verifies_the_webhook() {
    let home = Dir::new("tour");
    let started = Instant::now();
    let r = sandboxed(&home, &["tour"]).ok();
    let out = &r.stdout;
    assert!(out.contains("page 3: 50 calls"), "{out}");
    assert!(out.contains("3 transcripts in 1 request"), "{out}");
    assert!(out.contains("created call "), "{out}");
    let verified = out
        .lines()
        .find(|l| l.contains("verified webhook"))
        .unwrap_or_else(|| panic!("no verification line: {out}"));
    assert!(
        verified.contains("tour-new-calls") && verified.contains("Gong tour"),
        "{verified}"
    );
    assert!(out.contains("was refused: HTTP 401"), "{out}");
    let last = out.lines().last().unwrap();
    assert!(
        last.starts_with("Tour done in ") && last.contains("webhook of rule \"tour-new-calls\" verified"),
        "{last}"
    );
    eprintln!("gong --sandbox tour took {:?}", started.elapsed());
}

// ------------------------------------------- real tenants' variations

/// `gong --sandbox --sandbox-variations SEED ARGS`.
fn varied(home: &Dir, seed: &str, args: &[&str]) -> Run {
    sandboxed(home, &[&["--sandbox-variations", seed][..], args].concat())
}

#[test]
fn the_variations_switch_changes_how_answers_are_spelled_not_what_they_say() {
    let home = Dir::new("variations-raw");
    let plain = sandboxed(&home, &["raw", "/v2/users"]).ok().json();
    let a = varied(&home, "5", &["raw", "/v2/users"]).ok().json();
    // From the environment too, and the same seed gives the same answer.
    let mut cmd = bare(&home.0);
    cmd.env("GONG_SANDBOX_VARIATIONS", "5");
    let b = run(&mut cmd, &["--sandbox", "raw", "/v2/users"]).ok().json();
    assert_eq!(a, b);
    assert_ne!(a, plain, "the switch changed nothing");
    let other = varied(&home, "6", &["raw", "/v2/users"]).ok().json();
    assert_ne!(a, other, "another seed, other variations");
    // The same users, whatever the spelling.
    let ids = |v: &Value| -> Vec<String> {
        v["users"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| s(&u["id"]).to_owned())
            .collect()
    };
    assert_eq!(ids(&a), ids(&plain));
    let text = a.to_string();
    let offset = ["+02:00", "-07:00", "-04:00", "+05:30", "+09:00", "-03:00"];
    assert!(offset.iter().any(|o| text.contains(o)), "no local offset: {text}");
    assert!(text.contains(":null"), "no explicit null: {text}");
}

/// The listings through the switch: the same records as without it. Needs
/// the tolerant decoding of generated types (branch `decode`).
#[test]
fn listings_with_real_tenants_variations_list_the_same_records() {
    let home = Dir::new("variations-lists");
    let ex = info(&home);
    let ids = |r: &Run| -> Vec<String> { r.lines().iter().map(|c| s(&c["id"]).to_owned()).collect() };
    for seed in ["1", "2", "3"] {
        let plain = sandboxed(&home, &["calls", "list"]).ok();
        let r = varied(&home, seed, &["calls", "list"]).ok();
        assert_eq!(ids(&r), ids(&plain), "seed {seed}: calls");
        let r = varied(&home, seed, &["users", "list"]).ok();
        assert_eq!(r.lines().len(), 20, "seed {seed}: users");
        let r = varied(&home, seed, &["workspaces", "list"]).ok();
        assert_eq!(r.json()["workspaces"].as_array().map(Vec::len), Some(2));
        let r = varied(
            &home,
            seed,
            &["library", "folder-calls", "--folder-id", s(&ex["folderId"])],
        )
        .ok();
        assert!(
            r.json()["calls"].as_array().is_some_and(|c| !c.is_empty()),
            "{}",
            r.stdout
        );
        let r = varied(
            &home,
            seed,
            &[
                "logs",
                "get",
                "--log-type",
                "AccessLog",
                "--from-date-time",
                "2020-01-01T00:00:00Z",
            ],
        )
        .ok();
        assert_eq!(r.lines().len(), 150, "seed {seed}: logs");
        let r = varied(&home, seed, &["calls", "get", "--call-id", s(&ex["callIds"][0])]).ok();
        assert!(!r.stdout.is_empty());
    }
}

/// The tour through the switch. Needs the tolerant decoding of generated
/// types (branch `decode`).
#[test]
fn the_tour_runs_with_real_tenants_variations() {
    let home = Dir::new("tour-variations");
    for seed in ["1", "2"] {
        let r = varied(&home, seed, &["tour"]).ok();
        let out = &r.stdout;
        assert!(out.contains("page 3: 50 calls"), "seed {seed}: {out}");
        assert!(out.contains("3 transcripts in 1 request"), "{out}");
        let last = out.lines().last().unwrap();
        assert!(
            last.starts_with("Tour done in ") && last.contains("webhook of rule \"tour-new-calls\" verified"),
            "{last}"
        );
    }
}

// ----------------------------------------------------------- serve

/// A running `gong` with its stderr collected on a thread.
struct Running {
    child: Child,
    stderr: std::sync::mpsc::Receiver<String>,
}

impl Running {
    fn spawn(mut cmd: Command) -> Running {
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let rx = crate::stderr_lines(&mut child);
        Running { child, stderr: rx }
    }

    /// The first stdout line.
    fn first_line(&mut self) -> String {
        let mut line = String::new();
        BufReader::new(self.child.stdout.as_mut().unwrap())
            .read_line(&mut line)
            .unwrap();
        line
    }

    /// Waits for a stderr line containing `needle`.
    fn stderr_line(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let line = self
                .stderr
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .unwrap_or_else(|_| panic!("no stderr line with {needle:?}"));
            if line.contains(needle) {
                return line;
            }
        }
    }

    fn wait(mut self, limit: Duration) -> (i32, String) {
        let deadline = Instant::now() + limit;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "gong did not stop in {limit:?}");
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut out = String::new();
        self.child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
        (status.code().unwrap_or(-1), out)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn env_of(serve: &Value) -> Vec<(String, String)> {
    serve["env"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), s(v).to_owned()))
        .collect()
}

#[tokio::test]
async fn serve_prints_its_credentials_and_answers_until_its_time_is_up() {
    let home = Dir::new("serve");
    let mut cmd = bare(&home.0);
    cmd.args(["sandbox", "serve", "--port", "0", "--seed", "3", "--for-secs", "4"]);
    let mut serve = Running::spawn(cmd);
    let line = serve.first_line();
    let info: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    let url = s(&info["url"]).to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{info}");
    for key in ["accessKey", "accessKeySecret", "clientId", "clientSecret"] {
        assert!(info[key].as_str().is_some_and(|v| v.len() >= 8), "{key}: {info}");
    }
    assert_eq!(info["tokenUrl"], format!("{url}/oauth2/generate-customer-token"));
    assert_eq!(info["authorizeUrl"], format!("{url}/oauth2/authorize"));
    assert_eq!(info["seed"], 3);
    assert_eq!(info["rateLimit"], 3.0);

    // A plain HTTP client with its API key.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let answer = reqwest::Client::new()
        .get(format!("{url}/v2/workspaces"))
        .basic_auth(s(&info["accessKey"]), Some(s(&info["accessKeySecret"])))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["workspaces"].as_array().unwrap().len(), 2);
    // Without it: 401.
    let answer = reqwest::get(format!("{url}/v2/workspaces")).await.unwrap();
    assert_eq!(answer.status(), 401);
    // The gong CLI with the printed environment (no --sandbox).
    let mut get = bare(&home.0);
    get.envs(env_of(&info));
    let r = run(
        &mut get,
        &["calls", "get", "--call-id", s(&info["examples"]["callIds"][0])],
    )
    .ok();
    assert_eq!(r.json()["call"]["id"], info["examples"]["callIds"][0]);

    let (code, rest) = serve.wait(Duration::from_secs(30));
    assert_eq!(code, 0);
    assert!(rest.is_empty(), "{rest}");
}

#[tokio::test]
async fn serve_enforces_the_rate_limit_the_way_it_is_told() {
    let home = Dir::new("serve-model");
    let r = run(&mut bare(&home.0), &["sandbox", "serve", "--rate-enforcement", "leaky"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--rate-enforcement"), "{}", r.stderr);

    let mut cmd = bare(&home.0);
    cmd.args([
        "sandbox",
        "serve",
        "--for-secs",
        "3",
        "--rate-enforcement",
        "fixed-window",
        "--arrival-jitter-ms",
        "5",
        "--latency-ms",
        "1",
    ]);
    let mut serve = Running::spawn(cmd);
    let line = serve.first_line();
    let info: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    assert_eq!(info["rateEnforcement"], "fixed-window", "{info}");
    // Five requests at once: at most three pass in one window.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let sends = (0..5).map(|_| {
        http.get(format!("{}/v2/workspaces", s(&info["url"])))
            .basic_auth(s(&info["accessKey"]), Some(s(&info["accessKeySecret"])))
            .send()
    });
    let statuses: Vec<u16> = futures::future::join_all(sends)
        .await
        .into_iter()
        .map(|r| r.unwrap().status().as_u16())
        .collect();
    assert!(statuses.iter().filter(|&&s| s == 200).count() <= 3, "{statuses:?}");
    assert!(statuses.contains(&429), "{statuses:?}");
    let (code, _) = serve.wait(Duration::from_secs(30));
    assert_eq!(code, 0);
}

#[test]
fn served_sandbox_fires_its_rule_at_a_listening_gong() {
    let home = Dir::new("serve-hooks");
    let keys = home.path("keys");
    run(
        &mut bare(&home.0),
        &["webhook", "keygen", "--out-dir", keys.to_str().unwrap()],
    )
    .ok();

    // The receiver first: its address goes into the sandbox's rule (and the
    // rule's URL into the receiver's), so pick a free port for it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let hook_url = format!("http://127.0.0.1:{port}/hooks/new-calls");
    let mut cmd = bare(&home.0);
    cmd.args([
        "webhook",
        "listen",
        "--port",
        &port.to_string(),
        "--max-events",
        "1",
        "--rule",
        &format!("new-calls=signed:{}@{hook_url}", keys.join("public.b64").display()),
    ]);
    let listen = Running::spawn(cmd);
    listen.stderr_line("listening on ");

    let mut cmd = bare(&home.0);
    cmd.args([
        "sandbox",
        "serve",
        "--rate-limit",
        "off",
        "--webhook",
        &format!("new-calls={hook_url}"),
        "--webhook-key",
        keys.join("private.pem").to_str().unwrap(),
        "--for-secs",
        "60",
    ]);
    let mut serve = Running::spawn(cmd);
    let info: Value = serde_json::from_str(&serve.first_line()).unwrap();
    assert_eq!(info["webhooks"][0]["url"], hook_url.as_str());
    let env = env_of(&info);
    let gong = || {
        let mut c = bare(&home.0);
        c.envs(env.clone());
        c
    };
    let user = s(&info["examples"]["userId"]).to_owned();
    let r = run(
        &mut gong(),
        &[
            "calls",
            "create",
            "--client-unique-id",
            "served-0001",
            "--primary-user",
            &user,
            "--party",
            &format!("userId={user}"),
            "--direction",
            "inbound",
            "--actual-start",
            "2026-02-03T10:00:00Z",
            "--title",
            "Served",
        ],
    )
    .ok();
    let call = s(&r.json()["callId"]).to_owned();
    let media = home.path("call.wav");
    std::fs::write(&media, vec![1u8; 50_000]).unwrap();
    run(
        &mut gong(),
        &["media", "add", "--call-id", &call, "--file", media.to_str().unwrap()],
    )
    .ok();

    let (code, stdout) = listen.wait(Duration::from_secs(30));
    assert_eq!(code, 0);
    let event: Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    assert_eq!(event["rule"], "new-calls");
    assert_eq!(event["callId"], call.as_str());
    assert_eq!(event["call"]["metaData"]["title"], "Served");
    drop(serve);
}

// ------------------------------------------------------------- shared quota

/// Eight `gong` processes started at once against one tenant share the
/// default quota file beside the profile file: the tenant's sliding window
/// of 3 requests/s never answers 429 (without retries, one would fail a
/// command), and the file counts all eight against one daily budget.
#[tokio::test]
async fn gong_commands_started_together_share_one_quota_file() {
    let home = Dir::new("quota");
    let sb = Sandbox::builder()
        .seed(3)
        .calls(5)
        .rate_enforcement(gong_sandbox::RateEnforcement::SlidingWindow)
        .start()
        .await
        .unwrap();
    let spawn = |home: &Dir| {
        let mut cmd = bare(&home.0);
        cmd.env("GONG_BASE_URL", sb.url())
            .env("GONG_ACCESS_KEY", sb.access_key())
            .env("GONG_ACCESS_KEY_SECRET", sb.access_key_secret())
            .args(["workspaces", "list", "-o", "json"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("gong starts")
    };
    let children: Vec<Child> = (0..8).map(|_| spawn(&home)).collect();
    let outputs = tokio::task::spawn_blocking(move || {
        children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    for out in &outputs {
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(sb.stats().rate_limited, 0);
    let times = sb.admission_times();
    assert_eq!(times.len(), 8);
    for (i, t) in times.iter().enumerate().skip(3) {
        assert!(*t - times[i - 3] >= Duration::from_secs(1), "{times:?}");
    }
    let port = sb.addr().port();
    let file = home.path(&format!("quota/127.0.0.1_{port}.quota.json"));
    let state: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(state["day_spent"], 8, "{state}");

    // `--quota local` keeps to the process; a bad value is a usage error naming the flag.
    let r = run(
        bare(&home.0)
            .env("GONG_BASE_URL", sb.url())
            .env("GONG_ACCESS_KEY", sb.access_key())
            .env("GONG_ACCESS_KEY_SECRET", sb.access_key_secret()),
        &["--quota", "memcached://x", "workspaces", "list"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--quota"), "{}", r.stderr);
    sb.shutdown().await;
}

/// The OAuth dance against a served sandbox by hand: a Bearer token granted `scope`.
async fn bearer_token(info: &Value, scope: &str) -> String {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let redirect = "http://localhost:7777/cb";
    let answer = http
        .get(s(&info["authorizeUrl"]))
        .query(&[
            ("client_id", s(&info["clientId"])),
            ("response_type", "code"),
            ("scope", scope),
            ("redirect_uri", redirect),
            ("state", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 302);
    let location = reqwest::Url::parse(answer.headers()["location"].to_str().unwrap()).unwrap();
    let code = location
        .query_pairs()
        .find(|(k, _)| k == "code")
        .map(|(_, v)| v.into_owned())
        .unwrap();
    let tokens: Value = http
        .post(s(&info["tokenUrl"]))
        .basic_auth(s(&info["clientId"]), Some(s(&info["clientSecret"])))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", redirect),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(tokens["scope"], scope);
    s(&tokens["access_token"]).to_owned()
}

#[tokio::test]
async fn serve_refuses_a_missing_scope_with_the_chosen_status() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let home = Dir::new("serve-scopes");
    for (flags, status) in [
        (&["--enforce-scopes"][..], 401u16),
        (&["--missing-scope-status", "401"][..], 401),
        (&["--missing-scope-status", "403"][..], 403),
    ] {
        let mut cmd = bare(&home.0);
        cmd.args(["sandbox", "serve", "--rate-limit", "off", "--for-secs", "60"]);
        cmd.args(flags);
        let mut serve = Running::spawn(cmd);
        let info: Value = serde_json::from_str(&serve.first_line()).unwrap();
        assert_eq!(info["scopes"]["enforced"], true, "{flags:?}");
        assert_eq!(info["scopes"]["missingScopeStatus"], status, "{flags:?}");
        let token = bearer_token(&info, "api:calls:read:basic").await;
        let get = |path: &str| {
            reqwest::Client::new()
                .get(format!("{}{path}", s(&info["url"])))
                .bearer_auth(&token)
                .send()
        };
        assert_eq!(get("/v2/calls").await.unwrap().status(), 200, "{flags:?}");
        assert_eq!(get("/v2/workspaces").await.unwrap().status(), status, "{flags:?}");
        drop(serve);
    }
    // Off unless asked for, and only 401 or 403.
    let mut cmd = bare(&home.0);
    cmd.args(["sandbox", "serve", "--rate-limit", "off", "--for-secs", "60"]);
    let mut serve = Running::spawn(cmd);
    let info: Value = serde_json::from_str(&serve.first_line()).unwrap();
    assert_eq!(info["scopes"]["enforced"], false);
    let token = bearer_token(&info, "api:calls:read:basic").await;
    let answer = reqwest::Client::new()
        .get(format!("{}/v2/workspaces", s(&info["url"])))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    drop(serve);
    let r = run(
        &mut bare(&home.0),
        &["sandbox", "serve", "--missing-scope-status", "402", "--for-secs", "1"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("missing-scope-status"), "{}", r.stderr);
}

/// `gong sandbox serve` under a descriptor limit of 1,024, with 1,100 half-sent requests open still answers a valid client.
#[cfg(unix)]
#[tokio::test]
async fn serve_answers_a_valid_client_through_1100_half_sent_requests() {
    use tokio::io::AsyncWriteExt;
    let home = Dir::new("serve-slowloris");
    let mut cmd = Command::new("sh");
    cmd.env_clear()
        .env("HOME", &home.0)
        .env("GONG_CONFIG", home.0.join("profiles.json"))
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .args([
            "-c",
            "ulimit -n 1024 && exec \"$0\" sandbox serve --port 0 --calls 5 --rate-limit off --for-secs 120",
            env!("CARGO_BIN_EXE_gong"),
        ]);
    let mut serve = Running::spawn(cmd);
    let line = serve.first_line();
    let info: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    let url = s(&info["url"]).to_owned();
    let addr = url.trim_start_matches("http://").to_owned();
    let started = Instant::now();
    let mut idle = Vec::new();
    for _ in 0..1_100 {
        let mut c = tokio::net::TcpStream::connect(&addr).await.unwrap();
        c.write_all(b"GET /v2/workspaces HTTP/1.1\r\nhost: x\r\nx-slow: ")
            .await
            .unwrap();
        idle.push(c);
    }
    let _ = rustls::crypto::ring::default_provider().install_default();
    let answer = tokio::time::timeout(
        Duration::from_secs(10),
        reqwest::Client::new()
            .get(format!("{url}/v2/workspaces"))
            .basic_auth(s(&info["accessKey"]), Some(s(&info["accessKeySecret"])))
            .send(),
    )
    .await
    .expect("the valid request was starved")
    .unwrap();
    assert_eq!(answer.status(), 200);
    eprintln!(
        "sandbox serve (ulimit -n 1024): 1100 half-sent connections, valid request answered {:?} after the first",
        started.elapsed()
    );
    drop(idle);
}

// ------------------------------------------------------------------ export

#[tokio::test]
async fn calls_export_interrupted_by_ctrl_c_prints_the_cursor_and_resuming_gives_exactly_the_rest() {
    let home = Dir::new("export");
    let sb = Sandbox::builder()
        .seed(8)
        .calls(250)
        // Every answer takes 4 s: the interrupt lands while a page is on its way.
        .faults(gong_sandbox::Faults {
            latency: Duration::from_secs(4),
            ..gong_sandbox::Faults::none()
        })
        .start()
        .await
        .unwrap();
    let out = home.path("calls.jsonl");
    let out_arg = out.to_str().unwrap().to_owned();
    let with_env = |cmd: &mut Command| {
        cmd.env("GONG_BASE_URL", sb.url())
            .env("GONG_ACCESS_KEY", sb.access_key())
            .env("GONG_ACCESS_KEY_SECRET", sb.access_key_secret());
    };
    let mut cmd = bare(&home.0);
    with_env(&mut cmd);
    let child = cmd
        .args(["calls", "export", "--since", "2000-01-01T00:00:00Z", "--out", &out_arg])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gong starts");
    // Once the first page is in the file, interrupt.
    let lines = |p: &Path| std::fs::read_to_string(p).map(|t| t.lines().count()).unwrap_or(0);
    let deadline = Instant::now() + Duration::from_secs(120);
    while lines(&out) < 100 {
        assert!(Instant::now() < deadline, "the first page never arrived");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let output = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap())
        .await
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let done: usize = stderr
        .split("interrupted after ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count: {stderr}"));
    assert!(done.is_multiple_of(100) && done > 0 && done < 250, "{stderr}");
    assert_eq!(lines(&out), done, "only whole pages were written");
    let cursor = stderr
        .lines()
        .find_map(|l| l.strip_prefix("resume cursor: "))
        .unwrap_or_else(|| panic!("no cursor: {stderr}"))
        .to_owned();

    let mut cmd = bare(&home.0);
    with_env(&mut cmd);
    // The sandbox runs on this test's runtime: wait for gong off it.
    let r = tokio::task::spawn_blocking(move || {
        run(
            &mut cmd,
            &[
                "calls",
                "export",
                "--since",
                "2000-01-01T00:00:00Z",
                "--out",
                &out_arg,
                "--cursor",
                &cursor,
            ],
        )
    })
    .await
    .unwrap()
    .ok();
    assert!(r.stdout.is_empty(), "the calls went to the file: {}", r.stdout);
    let ids: Vec<String> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            assert!(v.get("parties").is_some(), "every section by default: {l}");
            v["metaData"]["id"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(ids.len(), 250);
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    let expected: Vec<String> = sb.call_ids().iter().map(|i| i.as_str().to_owned()).collect();
    assert_eq!(unique.len(), 250, "no call twice");
    assert!(expected.iter().all(|id| unique.contains(id)));
    sb.shutdown().await;
}
