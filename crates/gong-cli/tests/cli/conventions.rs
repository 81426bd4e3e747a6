//! The command-line conventions of gh, stripe and aws:
//! completions and man pages, `--limit` on listings (no page past the
//! limit is fetched), `raw --paginate`, `auth logout` and `auth token`,
//! `-v`/`RUST_LOG`, and tables measured in display columns.

use std::path::Path;
use std::process::{Command, Stdio};

use base64::Engine;
use httpmock::prelude::*;
use serde_json::{Value, json};

use crate::TempDir as Dir;

const KEY: &str = "conv-test-access-key-0001";
const SECRET: &str = "conv-test-SECRET-4a5b6c7d";
/// Secrets of the OAuth tests: none may ever be printed but the access
/// token `auth token` is asked for.
const REFRESH: &str = "conv-REFRESH-9z8y";
const CLIENT_SECRET: &str = "conv-CLIENT-SECRET-7x6w";

fn basic() -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{KEY}:{SECRET}"))
    )
}

/// `gong` with no configuration and no credentials.
fn bare(home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gong"));
    c.env_clear()
        .env("HOME", home)
        .env("GONG_CONFIG", home.join("profiles.json"))
        .env("GONG_QUOTA", "local")
        .env("GONG_RETRIES", "0");
    c
}

/// `gong` with API-key credentials for `base`.
fn gong(base: &str, home: &Path) -> Command {
    let mut c = bare(home);
    c.env("GONG_BASE_URL", base)
        .env("GONG_ACCESS_KEY", KEY)
        .env("GONG_ACCESS_KEY_SECRET", SECRET);
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn ok(self) -> Run {
        self.code(0)
    }
    fn code(self, code: i32) -> Run {
        assert_eq!(self.code, code, "stdout: {}\nstderr: {}", self.stdout, self.stderr);
        self
    }
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }
    fn lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}")))
            .collect()
    }
}

/// Runs `cmd ARGS`; no secret may reach stdout or stderr.
fn run(cmd: &mut Command, args: &[&str]) -> Run {
    let out = cmd
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("the gong binary runs");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    for secret in [SECRET, REFRESH, CLIENT_SECRET] {
        assert!(
            !run.stdout.contains(secret) && !run.stderr.contains(secret),
            "a secret was printed:\n{}\n{}",
            run.stdout,
            run.stderr
        );
    }
    run
}

fn user(id: &str) -> Value {
    json!({ "id": id, "emailAddress": format!("u{id}@example.com"), "firstName": "U", "lastName": id })
}

// ------------------------------------------------ completions and man pages

#[test]
fn completions_for_each_shell_name_the_subcommands() {
    let home = Dir::new("completions");
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let r = run(&mut bare(&home.0), &["completions", shell]).ok();
        assert!(r.stdout.len() > 1000, "{shell}: a short script:\n{}", r.stdout);
        for noun in ["calls", "transcripts", "raw", "auth", "completions", "webhook"] {
            assert!(r.stdout.contains(noun), "{shell}: {noun} missing");
        }
        // Subcommands of a noun and global flags too.
        assert!(
            r.stdout.contains("logout") && r.stdout.contains("folder-calls"),
            "{shell}"
        );
        assert!(r.stdout.contains("verbose") && r.stdout.contains("limit"), "{shell}");
        assert!(r.stderr.is_empty(), "{shell}: {}", r.stderr);
    }
    let r = run(&mut bare(&home.0), &["completions", "tcsh"]).code(2);
    assert!(r.stderr.contains("tcsh"), "{}", r.stderr);
}

#[test]
fn man_pages_print_and_write_one_per_subcommand() {
    let home = Dir::new("man");
    let r = run(&mut bare(&home.0), &["man"]).ok();
    assert!(
        r.stdout.contains(".TH gong 1"),
        "{}",
        &r.stdout[..200.min(r.stdout.len())]
    );
    assert!(r.stdout.contains("completions"));
    let dir = home.path("man1");
    run(&mut bare(&home.0), &["man", "--dir", dir.to_str().unwrap()]).ok();
    for page in ["gong.1", "gong-calls-list-calls.1", "gong-auth-logout.1", "gong-raw.1"] {
        let text = std::fs::read_to_string(dir.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
        assert!(text.starts_with(".ie") || text.contains(".TH"), "{page}");
    }
}

// ------------------------------------------------------------ -v, RUST_LOG

#[test]
fn verbose_and_rust_log_go_to_stderr_without_secrets() {
    let home = Dir::new("verbose");
    let server = MockServer::start();
    let users = server.mock(|when, then| {
        when.method(GET).path("/v2/users").header("authorization", basic());
        then.status(200).json_body(json!({
            "requestId": "r", "records": { "totalRecords": 1, "currentPageSize": 1, "currentPageNumber": 0 },
            "users": [user("1")]
        }));
    });
    let quiet = run(&mut gong(&server.base_url(), &home.0), &["users", "list"]).ok();
    assert!(quiet.stderr.is_empty(), "{}", quiet.stderr);
    for args in [&["-v", "users", "list"][..], &["users", "list", "-vv"][..]] {
        let r = run(&mut gong(&server.base_url(), &home.0), args).ok();
        assert_eq!(r.stdout, quiet.stdout, "results unchanged by -v");
        assert!(
            r.stderr.contains("operation=listUsers") && r.stderr.contains("status=200"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(
            !r.stderr.contains("Basic") && !r.stderr.contains("authorization"),
            "{}",
            r.stderr
        );
    }
    let r = run(
        gong(&server.base_url(), &home.0).env("RUST_LOG", "gong_client=info"),
        &["users", "list"],
    )
    .ok();
    assert!(r.stderr.contains("path=/v2/users"), "{}", r.stderr);
    // RUST_LOG for another crate shows nothing of ours.
    let r = run(
        gong(&server.base_url(), &home.0).env("RUST_LOG", "hyper=trace"),
        &["users", "list"],
    )
    .ok();
    assert!(!r.stderr.contains("gong_client"), "{}", r.stderr);
    // Everything at trace level still shows no credential (checked by run).
    let r = run(
        gong(&server.base_url(), &home.0).env("RUST_LOG", "trace"),
        &["users", "list"],
    )
    .ok();
    assert_eq!(r.stdout, quiet.stdout);
    assert!(!r.stderr.contains(&basic()[6..]), "{}", r.stderr);
    users.assert_calls(6);
    // A RUST_LOG that does not parse is named, and nothing is sent.
    let r = run(
        gong(&server.base_url(), &home.0).env("RUST_LOG", "gong_client=loudly"),
        &["users", "list"],
    )
    .code(2);
    assert!(r.stderr.contains("RUST_LOG"), "{}", r.stderr);
    users.assert_calls(6);
}

// ------------------------------------------------------------------ --limit

/// Two pages of users behind a cursor; the second must only be asked for
/// when the limit reaches into it.
fn two_user_pages(server: &MockServer) -> (httpmock::Mock<'_>, httpmock::Mock<'_>) {
    let first = server.mock(|when, then| {
        when.method(GET).path("/v2/users").query_param_missing("cursor");
        then.status(200).json_body(json!({
            "requestId": "r1",
            "records": { "totalRecords": 4, "currentPageSize": 2, "currentPageNumber": 0, "cursor": "c1" },
            "users": [user("1"), user("2")]
        }));
    });
    let second = server.mock(|when, then| {
        when.method(GET).path("/v2/users").query_param("cursor", "c1");
        then.status(200).json_body(json!({
            "requestId": "r2",
            "records": { "totalRecords": 4, "currentPageSize": 2, "currentPageNumber": 1 },
            "users": [user("3"), user("4")]
        }));
    });
    (first, second)
}

#[test]
fn limit_stops_before_the_next_page_is_requested() {
    let home = Dir::new("limit");
    let server = MockServer::start();
    let (first, second) = two_user_pages(&server);
    let ids = |r: &Run| {
        r.lines()
            .iter()
            .map(|u| u["id"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };

    // The whole first page: the second is never asked for.
    let r = run(
        &mut gong(&server.base_url(), &home.0),
        &["users", "list", "--limit", "2"],
    )
    .ok();
    assert_eq!(ids(&r), ["1", "2"]);
    let r = run(
        &mut gong(&server.base_url(), &home.0),
        &["users", "list", "--limit", "1"],
    )
    .ok();
    assert_eq!(ids(&r), ["1"]);
    first.assert_calls(2);
    second.assert_calls(0);
    // Into the second page: asked once, cut after the third item.
    let r = run(
        &mut gong(&server.base_url(), &home.0),
        &["users", "list", "--limit", "3"],
    )
    .ok();
    assert_eq!(ids(&r), ["1", "2", "3"]);
    second.assert_calls(1);
    // More than there is: everything, as without --limit.
    let r = run(
        &mut gong(&server.base_url(), &home.0),
        &["users", "list", "--limit", "99", "-o", "json"],
    )
    .ok();
    assert_eq!(r.json().as_array().unwrap().len(), 4);
    // Zero or garbage: a usage error before anything is sent.
    for bad in ["0", "-1", "ten"] {
        let r = run(
            &mut gong(&server.base_url(), &home.0),
            &["users", "list", &format!("--limit={bad}")],
        )
        .code(2);
        assert!(r.stderr.contains("--limit"), "{}", r.stderr);
    }
    first.assert_calls(4);
    second.assert_calls(2);
}

#[test]
fn limit_cuts_single_answer_listings() {
    let home = Dir::new("limit-one");
    let server = MockServer::start();
    let workspaces = server.mock(|when, then| {
        when.method(GET).path("/v2/workspaces");
        then.status(200).json_body(json!({
            "requestId": "r",
            "workspaces": [{ "id": "1", "name": "A" }, { "id": "2", "name": "B" }, { "id": "3", "name": "C" }]
        }));
    });
    let r = run(
        &mut gong(&server.base_url(), &home.0),
        &["workspaces", "list", "--limit", "2"],
    )
    .ok();
    let answer = r.json();
    let names: Vec<&str> = answer["workspaces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["A", "B"]);
    workspaces.assert_calls(1);
}

/// Every listing command takes --limit.
#[test]
fn every_listing_takes_limit() {
    let home = Dir::new("limit-help");
    for cmd in [
        &["calls", "list"][..],
        &["users", "list"],
        &["transcripts", "get"],
        &["logs", "get"],
        &["workspaces", "list"],
        &["library", "folders"],
        &["library", "folder-calls"],
        &["raw"],
    ] {
        let r = run(&mut bare(&home.0), &[cmd, &["--help"]].concat()).ok();
        assert!(r.stdout.contains("--limit <N>"), "{cmd:?}");
    }
}

/// On the embedded Gong (100 calls a page): its own request count shows
/// that no page past the limit was fetched.
#[cfg(feature = "sandbox")]
#[tokio::test(flavor = "multi_thread")]
async fn limit_on_the_sandbox_fetches_only_the_pages_it_prints() {
    let home = Dir::new("limit-sandbox");
    let sb = gong_sandbox::Sandbox::builder()
        .seed(3)
        .calls(250)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let ids: Vec<String> = sb.call_ids().iter().map(|i| i.as_str().to_owned()).collect();
    let mut expected_requests = 0;
    for (limit, pages) in [(100, 1), (101, 2), (7, 1), (250, 3)] {
        let mut cmd = bare(&home.0);
        cmd.env("GONG_BASE_URL", sb.url())
            .env("GONG_ACCESS_KEY", sb.access_key())
            .env("GONG_ACCESS_KEY_SECRET", sb.access_key_secret());
        let limit_text = limit.to_string();
        let r = tokio::task::spawn_blocking(move || run(&mut cmd, &["calls", "list", "--limit", &limit_text]))
            .await
            .unwrap()
            .ok();
        let listed: Vec<String> = r.lines().iter().map(|c| c["id"].as_str().unwrap().to_owned()).collect();
        assert_eq!(listed, ids[..limit], "--limit {limit}");
        expected_requests += pages;
        assert_eq!(sb.stats().requests, expected_requests, "--limit {limit}: pages fetched");
    }
    sb.shutdown().await;
}

// ------------------------------------------------------------ raw --paginate

#[test]
fn raw_paginate_sends_the_cursor_back_in_the_query_of_a_get() {
    let home = Dir::new("raw-get");
    let server = MockServer::start();
    let (first, second) = two_user_pages(&server);
    let r = run(
        &mut gong(&server.base_url(), &home.0),
        &["raw", "/v2/users", "--paginate"],
    )
    .ok();
    let ids: Vec<String> = r.lines().iter().map(|u| u["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(ids, ["1", "2", "3", "4"]);
    first.assert_calls(1);
    second.assert_calls(1);
    // --limit: the items of the first page only, and no second request.
    let r = run(
        &mut gong(&server.base_url(), &home.0),
        &["raw", "GET", "/v2/users", "--paginate", "--limit", "2"],
    )
    .ok();
    assert_eq!(r.lines().len(), 2);
    first.assert_calls(2);
    second.assert_calls(1);
    // --limit without --paginate is refused before sending.
    let r = run(
        &mut gong(&server.base_url(), &home.0),
        &["raw", "/v2/users", "--limit", "2"],
    )
    .code(2);
    assert!(r.stderr.contains("--paginate"), "{}", r.stderr);
    first.assert_calls(2);
}

#[test]
fn raw_paginate_sends_the_cursor_back_in_the_body_of_a_post() {
    let home = Dir::new("raw-post");
    let server = MockServer::start();
    let filter = json!({ "fromDateTime": "2026-01-01T00:00:00Z" });
    let first = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/calls/extensive")
            .json_body(json!({ "filter": filter }));
        then.status(200).json_body(json!({
            "requestId": "r1",
            "records": { "totalRecords": 3, "currentPageSize": 2, "currentPageNumber": 0, "cursor": "next-1" },
            "calls": [{ "metaData": { "id": "1" } }, { "metaData": { "id": "2" } }]
        }));
    });
    let second = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/calls/extensive")
            .json_body(json!({ "filter": filter, "cursor": "next-1" }));
        then.status(200).json_body(json!({
            "requestId": "r2",
            "records": { "totalRecords": 3, "currentPageSize": 1, "currentPageNumber": 1 },
            "calls": [{ "metaData": { "id": "3" } }]
        }));
    });
    let data = json!({ "filter": filter }).to_string();
    let r = run(
        &mut gong(&server.base_url(), &home.0),
        &["raw", "POST", "/v2/calls/extensive", "--data", &data, "--paginate"],
    )
    .ok();
    let ids: Vec<String> = r
        .lines()
        .iter()
        .map(|c| c["metaData"]["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["1", "2", "3"]);
    first.assert_calls(1);
    second.assert_calls(1);
    // -o json: the same items as one array.
    let r = run(
        &mut gong(&server.base_url(), &home.0),
        &[
            "raw",
            "POST",
            "/v2/calls/extensive",
            "--data",
            &data,
            "--paginate",
            "-o",
            "json",
        ],
    )
    .ok();
    assert_eq!(r.json().as_array().unwrap().len(), 3);
}

#[test]
fn raw_paginate_stops_on_a_cursor_that_comes_back() {
    let home = Dir::new("raw-loop");
    let server = MockServer::start();
    let looping = server.mock(|when, then| {
        when.method(GET).path("/v2/calls");
        then.status(200).json_body(json!({
            "requestId": "r",
            "records": { "cursor": "same" },
            "calls": [{ "id": "1" }]
        }));
    });
    let r = run(
        &mut gong(&server.base_url(), &home.0),
        &["raw", "/v2/calls", "--paginate"],
    )
    .code(4);
    assert!(r.stderr.contains("already followed"), "{}", r.stderr);
    assert_eq!(r.lines().len(), 2, "the items that came are printed");
    looping.assert_calls(2);
}

/// On the embedded Gong: `raw --paginate` walks every page of its calls,
/// by GET (cursor in the query) and by POST (cursor in the body).
#[cfg(feature = "sandbox")]
#[test]
fn raw_paginate_on_the_sandbox_lists_every_call() {
    let home = Dir::new("raw-sandbox");
    let r = run(
        &mut bare(&home.0),
        &["--sandbox", "--sandbox-calls", "230", "raw", "/v2/calls", "--paginate"],
    )
    .ok();
    let ids: Vec<Value> = r.lines().iter().map(|c| c["id"].clone()).collect();
    assert_eq!(ids.len(), 230);
    let unique: std::collections::BTreeSet<String> = ids.iter().map(|i| i.to_string()).collect();
    assert_eq!(unique.len(), 230, "no call twice");
    let r = run(
        &mut bare(&home.0),
        &[
            "--sandbox",
            "--sandbox-calls",
            "230",
            "raw",
            "POST",
            "/v2/calls/extensive",
            "--data",
            r#"{"filter": {}}"#,
            "--paginate",
        ],
    )
    .ok();
    let extensive: std::collections::BTreeSet<String> =
        r.lines().iter().map(|c| c["metaData"]["id"].to_string()).collect();
    assert_eq!(extensive, unique, "the same calls by POST");
    let r = run(
        &mut bare(&home.0),
        &[
            "--sandbox",
            "--sandbox-calls",
            "230",
            "raw",
            "/v2/calls",
            "--paginate",
            "--limit",
            "120",
        ],
    )
    .ok();
    assert_eq!(r.lines().len(), 120);
}

// ------------------------------------------------------ auth token, logout

/// A profile file with two OAuth profiles (`a`: expired tokens, `b`: valid
/// ones) and an API-key profile `k`, all against `server`.
fn three_profiles(home: &Dir, server: &MockServer) {
    let app = json!({
        "client_id": "cid",
        "client_secret": CLIENT_SECRET,
        "redirect_uri": "http://127.0.0.1:1/callback",
        "authorize_url": server.url("/oauth2/authorize"),
        "token_url": server.url("/oauth2/generate-customer-token"),
    });
    let file = json!({
        "profiles": {
            "a": { "base_url": server.base_url(), "oauth": app },
            "b": { "base_url": server.base_url(), "oauth": app },
            "k": { "base_url": server.base_url(), "access_key": KEY, "access_key_secret": SECRET },
        }
    });
    std::fs::write(home.path("profiles.json"), serde_json::to_vec_pretty(&file).unwrap()).unwrap();
    let tokens = |access: &str, expires_at: u64| {
        serde_json::to_vec(&json!({ "access_token": access, "refresh_token": REFRESH, "expires_at": expires_at }))
            .unwrap()
    };
    std::fs::write(home.path("a.tokens.json"), tokens("acc-a-expired", 1)).unwrap();
    std::fs::write(home.path("b.tokens.json"), tokens("acc-b-valid", 4_000_000_000)).unwrap();
}

#[test]
fn auth_token_prints_a_fresh_access_token_and_refuses_an_api_key() {
    let home = Dir::new("auth-token");
    let server = MockServer::start();
    three_profiles(&home, &server);
    let refresh = server.mock(|when, then| {
        when.method(POST)
            .path("/oauth2/generate-customer-token")
            .query_param("grant_type", "refresh_token")
            .query_param("refresh_token", REFRESH);
        then.status(200).json_body(json!({
            "access_token": "acc-a-fresh",
            "refresh_token": "conv-REFRESH-rotated",
            "expires_in": 86400,
            "token_type": "bearer",
        }));
    });
    // Expired: refreshed, printed alone on its line, the rotation stored;
    // the trace log shows the refresh but neither refresh token nor secret.
    let r = run(&mut bare(&home.0), &["--profile", "a", "auth", "token", "-vvv"]).ok();
    assert_eq!(r.stdout, "acc-a-fresh\n");
    assert!(r.stderr.contains("gong.oauth.refresh"), "{}", r.stderr);
    assert!(
        !r.stderr.contains("conv-REFRESH-rotated") && !r.stderr.contains("acc-a-fresh"),
        "{}",
        r.stderr
    );
    refresh.assert_calls(1);
    let stored = std::fs::read_to_string(home.path("a.tokens.json")).unwrap();
    assert!(
        stored.contains("conv-REFRESH-rotated") && !stored.contains(REFRESH),
        "{stored}"
    );
    // Now valid: printed again without a token request.
    let r = run(&mut bare(&home.0), &["--profile", "a", "auth", "token"]).ok();
    assert_eq!(r.stdout, "acc-a-fresh\n");
    let r = run(&mut bare(&home.0), &["--profile", "b", "auth", "token"]).ok();
    assert_eq!(r.stdout, "acc-b-valid\n");
    refresh.assert_calls(1);
    // An API key has no access token, and its secret is never printed.
    let r = run(&mut bare(&home.0), &["--profile", "k", "auth", "token"]).code(2);
    assert!(r.stderr.contains("API key") && r.stdout.is_empty(), "{}", r.stderr);
    // No connection at all.
    let empty = Dir::new("auth-token-none");
    run(&mut bare(&empty.0), &["auth", "token"]).code(3);
}

#[test]
fn auth_logout_forgets_one_profile_and_leaves_the_others() {
    let home = Dir::new("auth-logout");
    let server = MockServer::start();
    three_profiles(&home, &server);
    let anything = server.mock(|_, then| {
        then.status(500);
    });
    let profiles = || -> Value { serde_json::from_slice(&std::fs::read(home.path("profiles.json")).unwrap()).unwrap() };
    let before = profiles();
    let b_tokens = std::fs::read(home.path("b.tokens.json")).unwrap();

    let r = run(&mut bare(&home.0), &["--profile", "a", "auth", "logout"]).ok();
    assert_eq!(r.json()["removed"], json!(["tokens", "oauthApp"]));
    assert!(!home.path("a.tokens.json").exists());
    let after = profiles();
    assert_eq!(after["profiles"]["a"], json!({ "base_url": server.base_url() }));
    assert_eq!(after["profiles"]["b"], before["profiles"]["b"]);
    assert_eq!(after["profiles"]["k"], before["profiles"]["k"]);
    assert_eq!(std::fs::read(home.path("b.tokens.json")).unwrap(), b_tokens);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(home.path("profiles.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Logged out: nothing left to use; a second logout removes nothing.
    run(&mut bare(&home.0), &["--profile", "a", "auth", "token"]).code(3);
    let r = run(&mut bare(&home.0), &["--profile", "a", "auth", "logout"]).ok();
    assert_eq!(r.json()["removed"], json!([]));

    // An API-key profile: key and secret leave the file.
    let r = run(&mut bare(&home.0), &["--profile", "k", "auth", "logout"]).ok();
    assert_eq!(r.json()["removed"], json!(["accessKey", "accessKeySecret"]));
    let text = std::fs::read_to_string(home.path("profiles.json")).unwrap();
    assert!(!text.contains(SECRET) && !text.contains(KEY), "{text}");

    // --keep-app: only the tokens go.
    let r = run(&mut bare(&home.0), &["--profile", "b", "auth", "logout", "--keep-app"]).ok();
    assert_eq!(r.json()["removed"], json!(["tokens"]));
    assert!(!home.path("b.tokens.json").exists());
    assert_eq!(profiles()["profiles"]["b"], before["profiles"]["b"]);

    // A profile that does not exist is named.
    let r = run(&mut bare(&home.0), &["--profile", "nope", "auth", "logout"]).code(2);
    assert!(r.stderr.contains("nope"), "{}", r.stderr);
    // Nothing was ever sent to Gong.
    anything.assert_calls(0);
}

// ------------------------------------------------------------------- tables

/// `-o table` into a pipe: columns aligned by display width (CJK and emoji
/// take two columns), hostile text without a control character.
#[test]
fn tables_align_wide_text_and_keep_control_characters_out() {
    let home = Dir::new("tables");
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(GET).path("/v2/users");
        then.status(200).json_body(json!({
            "requestId": "r",
            "records": { "totalRecords": 3, "currentPageSize": 3, "currentPageNumber": 0 },
            "users": [
                { "id": "1", "emailAddress": "tanaka@example.jp", "firstName": "太郎" },
                { "id": "2", "emailAddress": "party@example.com", "firstName": "🎉🎉" },
                { "id": "3", "emailAddress": "x@example.com", "firstName": "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}evil" },
            ]
        }));
    });
    let r = run(
        &mut gong(&server.base_url(), &home.0),
        &["users", "list", "-o", "table"],
    )
    .ok();
    assert!(
        !r.stdout.chars().any(|c| c.is_control() && c != '\n') && !r.stdout.contains('\u{202e}'),
        "{:?}",
        r.stdout
    );
    // The column after emailAddress starts in the same display column on
    // every row: `firstName` values are 4 columns wide for both 太郎 and 🎉🎉.
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{}", r.stdout);
    let header = lines[0];
    assert!(header.starts_with("id") && header.contains("firstName"), "{header}");
    let col = header.find("firstName").unwrap();
    assert!(lines[2].contains("太郎") && lines[3].contains("🎉🎉"));
    for line in &lines[2..4] {
        let before: String = line.chars().take_while(|c| !matches!(c, '太' | '🎉')).collect();
        assert_eq!(before.len(), col, "{line:?}");
    }
}
