//! The `gong` CLI against hostile input: arguments, files and
//! Gong's own strings. Each case checks the exit code, that the message is
//! one line naming the field, and on the wire (a local mock) that nothing
//! was sent, or that what was logged holds no secret.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use httpmock::prelude::*;
use serde_json::json;

use crate::TempDir;

const KEY: &str = "hostile-test-key-0001";
const SECRET: &str = "hostile-SECRET-5e4d3c";

fn gong(base: &str, dir: &TempDir) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gong"));
    c.env_clear()
        .env("HOME", &dir.0)
        .env("GONG_CONFIG", dir.path("profiles.json"))
        .env("GONG_RETRIES", "0")
        .env("GONG_BASE_URL", base)
        .env("GONG_ACCESS_KEY", KEY)
        .env("GONG_ACCESS_KEY_SECRET", SECRET);
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
    took: Duration,
}

fn run(cmd: &mut Command, args: &[&str]) -> Run {
    let started = Instant::now();
    let out = cmd
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("gong runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        took: started.elapsed(),
    }
}

/// Exit 2 with one stderr line that contains every `wanted` text.
fn assert_usage(r: &Run, args: &[&str], wanted: &[&str]) {
    assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
    assert_eq!(
        r.stderr.trim_end().lines().count(),
        1,
        "{args:?}: not one line: {}",
        r.stderr
    );
    for w in wanted {
        assert!(r.stderr.contains(w), "{args:?}: {w:?} not in {}", r.stderr);
    }
    assert!(!r.stderr.contains('\u{1b}'), "{args:?}: raw escape in {:?}", r.stderr);
}

#[test]
fn malformed_arguments_exit_2_on_one_line_naming_the_flag_and_send_nothing() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    let dir = TempDir::new("hostile-args");
    let cases: Vec<(Vec<&str>, Vec<&str>)> = vec![
        (vec!["calls", "get", "--call-id", "-1"], vec!["--call-id"]),
        (vec!["calls", "get", "--call-id=-1"], vec!["callId"]),
        (vec!["calls", "get", "--call-id", "\u{1b}[2J12"], vec!["callId"]),
        (vec!["calls", "list", "--bogus"], vec!["--bogus"]),
        (
            vec!["--sandbox-calls", "1000000000", "calls", "list"],
            vec!["--sandbox-calls", "100000"],
        ),
        (
            vec!["--sandbox-rate-limit", "1e-300", "calls", "list"],
            vec!["--sandbox-rate-limit"],
        ),
        (
            vec!["--sandbox-rate-limit", "1e300", "calls", "list"],
            vec!["--sandbox-rate-limit"],
        ),
        (
            vec!["--sandbox-rate-limit", "NaN", "calls", "list"],
            vec!["--sandbox-rate-limit"],
        ),
        (vec!["sandbox", "serve", "--rate-limit", "1e-300"], vec!["--rate-limit"]),
        (vec!["sandbox", "serve", "--calls", "1000000000"], vec!["--calls"]),
        (vec!["webhook", "sign"], vec!["--private-key", "--url"]),
        (
            vec!["webhook", "listen", "--max-connections", "0", "--rule", "a=key:k"],
            vec!["--max-connections"],
        ),
    ];
    for (args, wanted) in &cases {
        let r = run(&mut gong(&server.base_url(), &dir), args);
        assert_usage(&r, args, wanted);
    }
    assert_eq!(any.calls(), 0, "nothing may be sent");
}

#[cfg(unix)]
#[test]
fn input_files_are_capped() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    let dir = TempDir::new("hostile-input");
    for args in [
        vec!["calls", "list", "--input", "/dev/zero"],
        vec!["raw", "POST", "/v2/calls/extensive", "--data", "@/dev/zero"],
        vec!["webhook", "listen", "--rules", "/dev/zero"],
    ] {
        let r = run(&mut gong(&server.base_url(), &dir), &args);
        let flag = args.iter().find(|a| a.starts_with("--")).unwrap();
        assert_usage(&r, &args, &[flag, "16 MiB"]);
        assert!(r.took < Duration::from_secs(60), "{args:?} took {:?}", r.took);
        eprintln!("{args:?}: refused in {:?}", r.took);
    }
    // Just under the cap is read (and then refused as not JSON).
    let big = dir.path("big.json");
    std::fs::write(&big, vec![b' '; 1024]).unwrap();
    let r = run(
        &mut gong(&server.base_url(), &dir),
        &["calls", "list", "--input", big.to_str().unwrap()],
    );
    assert_usage(&r, &["--input"], &["not JSON"]);
    assert_eq!(any.calls(), 0);
}

#[test]
fn raw_refuses_absolute_urls_that_are_not_http_to_the_api_host() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    let dir = TempDir::new("hostile-raw");
    let port = server.port();
    let with_userinfo = format!("http://user:pw@127.0.0.1:{port}/v2/users");
    let other_port = format!("http://127.0.0.1:{}/v2/users", port.wrapping_add(1));
    for url in [
        "ftp://host/x",
        "FTP://127.0.0.1/v2/users",
        "HTTP://evil.example/x",
        "Https://evil.example/x",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "//evil.example/x",
        "localhost:1/v2/users",
        with_userinfo.as_str(),
        other_port.as_str(),
    ] {
        let r = run(&mut gong(&server.base_url(), &dir), &["raw", "GET", url]);
        assert_usage(&r, &["raw", url], &["url"]);
    }
    assert_eq!(any.calls(), 0, "nothing may be sent, least of all the credentials");
    // The API host itself, in any case, is fine.
    let upper = format!("HTTP://127.0.0.1:{port}/v2/users");
    let r = run(&mut gong(&server.base_url(), &dir), &["raw", "GET", &upper]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(any.calls(), 1);
}

#[test]
fn raw_debug_and_network_errors_redact_secrets() {
    let server = MockServer::start();
    let users = server.mock(|when, then| {
        when.method(GET).path("/v2/users");
        then.status(200).json_body(json!({"users": []}));
    });
    let dir = TempDir::new("hostile-debug");
    let r = run(
        &mut gong(&server.base_url(), &dir),
        &[
            "raw",
            "GET",
            "/v2/users",
            "--debug",
            "--header",
            "Cookie=sid=cookie-s3cret",
            "--header",
            "X-Api-Key=apikey-s3cret",
            "--header",
            "X-Session-Id=session-s3cret",
            "--header",
            "X-Trace=visible-value",
            "--query",
            "access_token=query-s3cret",
            "--query",
            "cursor=visible-cursor",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    users.assert();
    assert!(
        r.stderr.contains("visible-value") && r.stderr.contains("visible-cursor"),
        "{}",
        r.stderr
    );
    for secret in [
        "cookie-s3cret",
        "apikey-s3cret",
        "session-s3cret",
        "query-s3cret",
        SECRET,
    ] {
        assert!(!r.stderr.contains(secret), "{secret} leaked: {}", r.stderr);
    }
    let basic = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, format!("{KEY}:{SECRET}"));
    assert!(!r.stderr.contains(&basic));

    // A network error names the URL without its query values.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let r = run(
        &mut gong(&base, &dir),
        &["raw", "GET", "/v2/users", "--query", "access_token=query-s3cret"],
    );
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);
    assert!(!r.stderr.contains("query-s3cret"), "{}", r.stderr);
    assert!(r.stderr.contains("access_token=REDACTED"), "{}", r.stderr);
}

#[test]
fn plain_http_to_another_machine_is_refused_unless_opted_in() {
    let dir = TempDir::new("hostile-http");
    // Refused before any connection is tried (the host does not exist).
    let r = run(&mut gong("http://gong.invalid", &dir), &["workspaces", "list"]);
    assert_usage(&r, &["workspaces", "list"], &["baseUrl", "--insecure-http"]);
    // Loopback is fine (the sandbox, a local mock).
    let server = MockServer::start();
    let ws = server.mock(|when, then| {
        when.method(GET).path("/v2/workspaces");
        then.status(200).json_body(json!({"workspaces": []}));
    });
    let local = format!("http://localhost:{}", server.port());
    assert_eq!(run(&mut gong(&local, &dir), &["workspaces", "list"]).code, 0);
    ws.assert();
    // Opted in: the request is tried (and fails to resolve): a network error, not a refusal.
    let r = run(
        &mut gong("http://gong.invalid", &dir),
        &["--insecure-http", "workspaces", "list"],
    );
    assert_eq!(r.code, 5, "{}", r.stderr);
}

#[test]
fn gong_strings_reach_the_terminal_without_control_characters() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(GET).path("/v2/workspaces");
        then.status(200).json_body(json!({
            "requestId": "r\u{1b}]0;pwned\u{7}",
            "workspaces": [
                {"id": "1", "name": "Sales\u{1b}[31m RED\u{1b}[0m", "description": "line1\nline2\u{9b}2J"},
                {"id": "2", "name": "bidi \u{202e}txt.exe", "description": "ok"}
            ]
        }));
    });
    server.mock(|when, then| {
        when.method(GET).path("/v2/users");
        then.status(400)
            .json_body(json!({"requestId": "rid\u{1b}[2J", "errors": ["bad\u{1b}[2J request\r\nInjected: line"]}));
    });
    let dir = TempDir::new("hostile-strings");
    let r = run(
        &mut gong(&server.base_url(), &dir),
        &["-o", "table", "workspaces", "list"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    for c in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(!r.stdout.contains(c), "{c:?} reached the table: {:?}", r.stdout);
    }
    assert!(r.stdout.contains("Sales\\u{1b}[31m RED"), "{}", r.stdout);
    let r = run(&mut gong(&server.base_url(), &dir), &["users", "list"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert_eq!(r.stderr.trim_end().lines().count(), 1, "{:?}", r.stderr);
    assert!(
        !r.stderr.contains('\u{1b}') && !r.stderr.contains('\r'),
        "{:?}",
        r.stderr
    );
    assert!(r.stderr.contains("Injected: line"), "{}", r.stderr);
}
