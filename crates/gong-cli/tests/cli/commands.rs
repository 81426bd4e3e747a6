//! The `gong` binary against a local mock of Gong: every subcommand's
//! request on the wire and its output, the confirmation before erasing,
//! exit codes, configuration precedence, `schema`, and `auth login`/`status`.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use base64::Engine;
use httpmock::prelude::*;
use serde_json::{Value, json};

use crate::Run;
use crate::TempDir as Sandbox;

const KEY: &str = "cli-test-access-key-0001";
const SECRET: &str = "cli-test-SECRET-9f8e7d6c";

fn basic(key: &str, secret: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{key}:{secret}"))
    )
}

/// `gong` with a clean environment: API-key credentials, the mock's base URL,
/// a private profile file, no retries.
fn gong(base: &str, sb: &Sandbox) -> Command {
    let mut c = bare(sb);
    c.env("GONG_BASE_URL", base)
        .env("GONG_ACCESS_KEY", KEY)
        .env("GONG_ACCESS_KEY_SECRET", SECRET);
    c
}

/// `gong` with no credentials at all.
fn bare(sb: &Sandbox) -> Command {
    crate::bare(&sb.0)
}

/// [`crate::run_with`], and no secret of this module's in the output.
fn run_with(cmd: &mut Command, args: &[&str], stdin: Option<&str>) -> Run {
    let run = crate::run_with(cmd, args, stdin.map(str::as_bytes));
    for secret in [SECRET, "acc-TOKEN-1f2e", "ref-TOKEN-3d4c", "client-SECRET-5b6a"] {
        assert!(
            !run.stdout.contains(secret) && !run.stderr.contains(secret),
            "a secret was printed:\n{}\n{}",
            run.stdout,
            run.stderr
        );
    }
    run
}

fn run(cmd: &mut Command, args: &[&str]) -> Run {
    run_with(cmd, args, None)
}

fn call(id: &str) -> Value {
    json!({ "id": id, "title": format!("Call {id}"), "started": "2026-01-05T10:00:00Z", "duration": 60 })
}

// ------------------------------------------------------------------ calls

fn extensive(id: &str) -> Value {
    json!({ "metaData": { "id": id, "title": format!("Call {id}") }, "parties": [{ "id": "p1" }] })
}

#[test]
fn calls_export_from_an_expired_cursor_says_to_start_again_and_keeps_the_file() {
    let sb = Sandbox::new("calls-export-expired");
    let server = MockServer::start();
    let refused = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/calls/extensive")
            .json_body_includes(r#"{"cursor":"OLD-CURSOR-7"}"#)
            .json_body_includes(r#"{"filter":{"fromDateTime":"2026-01-01T00:00:00Z"}}"#);
        then.status(400)
            .json_body(json!({ "requestId": "r9", "errors": ["cursor has expired"] }));
    });
    let out = sb.path("calls.jsonl");
    std::fs::write(&out, "{\"metaData\":{\"id\":\"1\"}}\n").unwrap();
    let args = [
        "calls",
        "export",
        "--out",
        out.to_str().unwrap(),
        "--since",
        "2026-01-01T00:00:00Z",
        "--cursor",
        "OLD-CURSOR-7",
    ];
    let r = run(&mut gong(&server.base_url(), &sb), &args).code(4);
    refused.assert_calls(1);
    assert!(r.stderr.contains("no longer accepts the cursor"), "{}", r.stderr);
    assert!(r.stderr.contains("without --cursor"), "{}", r.stderr);
    assert!(r.stderr.contains("rewrites"), "{}", r.stderr);
    // Not offered again: resuming from it would fail the same way.
    assert!(!r.stderr.contains("resume cursor:"), "{}", r.stderr);
    assert!(!r.stderr.contains("--cursor OLD-CURSOR-7"), "{}", r.stderr);
    // What the earlier run wrote is still there.
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "{\"metaData\":{\"id\":\"1\"}}\n"
    );
}

#[test]
fn calls_export_stops_on_an_error_with_the_cursor_and_resumes_from_it_appending_to_the_file() {
    let sb = Sandbox::new("calls-export");
    let server = MockServer::start();
    let first = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/calls/extensive")
            .body_excludes("\"cursor\"")
            .json_body_includes(r#"{"filter":{"fromDateTime":"2026-01-01T00:00:00Z","toDateTime":"2026-02-01T00:00:00Z"}}"#)
            .json_body_includes(r#"{"contentSelector":{"context":"Extended","exposedFields":{"parties":true,"media":true,"content":{"keyPoints":true,"callOutcome":true},"interaction":{"personInteractionStats":true},"collaboration":{"publicComments":true}}}}"#);
        then.status(200).json_body(json!({
            "requestId": "r1",
            "records": { "totalRecords": 3, "currentPageSize": 2, "currentPageNumber": 0, "cursor": "CUR-2" },
            "calls": [extensive("1"), extensive("2")]
        }));
    });
    let mut broken = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/calls/extensive")
            .json_body_includes(r#"{"cursor":"CUR-2"}"#);
        then.status(500)
            .json_body(json!({ "requestId": "r2", "errors": ["busy"] }));
    });
    let out = sb.path("calls.jsonl");
    let out_arg = out.to_str().unwrap();
    let range = ["--since", "2026-01-01T00:00:00Z", "--until", "2026-02-01T00:00:00Z"];
    let args: Vec<&str> = [&["calls", "export", "--out", out_arg][..], &range[..]].concat();
    let r = run(&mut gong(&server.base_url(), &sb), &args).code(4);
    assert!(r.stderr.contains("stopped by an error after 2 calls"), "{}", r.stderr);
    assert!(r.stderr.contains("resume cursor: CUR-2"), "{}", r.stderr);
    first.assert_calls(1);
    broken.assert_calls(1);
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");

    // A crash had left half a record: the resumed export cuts it, then appends.
    std::fs::OpenOptions::new()
        .append(true)
        .open(&out)
        .unwrap()
        .write_all(b"{\"metaData\":{\"id\":\"3\"")
        .unwrap();
    broken.delete();
    let rest = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/calls/extensive")
            .json_body_includes(r#"{"cursor":"CUR-2"}"#)
            .json_body_includes(
                r#"{"filter":{"fromDateTime":"2026-01-01T00:00:00Z","toDateTime":"2026-02-01T00:00:00Z"}}"#,
            );
        then.status(200).json_body(json!({
            "requestId": "r3",
            "records": { "totalRecords": 3, "currentPageSize": 1, "currentPageNumber": 1 },
            "calls": [extensive("3")]
        }));
    });
    let args: Vec<&str> = [&args[..], &["--cursor", "CUR-2"][..]].concat();
    let r = run(&mut gong(&server.base_url(), &sb), &args).ok();
    assert!(r.stderr.contains("half-written"), "{}", r.stderr);
    rest.assert_calls(1);
    first.assert_calls(1);
    let ids: Vec<String> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["metaData"]["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(ids, ["1", "2", "3"]);

    // Sections narrow the selector; a bad one is a usage error naming the flag, before any request.
    let only = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/calls/extensive")
            .json_body_includes(r#"{"contentSelector":{"context":"None","exposedFields":{"parties":false,"content":{"brief":true,"outline":false}}}}"#);
        then.status(200).json_body(json!({ "requestId": "r4", "records": { "totalRecords": 1 }, "calls": [extensive("9")] }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["calls", "export", "--section", "brief", "--context", "none"],
    )
    .ok();
    assert_eq!(r.lines().len(), 1);
    only.assert_calls(1);
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["calls", "export", "--section", "transcript"],
    )
    .code(2);
    assert!(r.stderr.contains("--section"), "{}", r.stderr);
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["calls", "export", "--since", "monday"],
    )
    .code(2);
    assert!(r.stderr.contains("--since"), "{}", r.stderr);
    only.assert_calls(1);
}

#[test]
fn calls_list_streams_two_pages_as_json_lines() {
    let sb = Sandbox::new("calls-list");
    let server = MockServer::start();
    let auth = basic(KEY, SECRET);
    let first = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/calls")
            .header("authorization", auth.as_str())
            .query_param("fromDateTime", "2026-01-01T00:00:00Z")
            .query_param("workspaceId", "77")
            .query_param_missing("cursor");
        then.status(200).json_body(json!({
            "requestId": "r1",
            "records": { "totalRecords": 3, "currentPageSize": 2, "currentPageNumber": 0, "cursor": "c1" },
            "calls": [call("1"), call("2")]
        }));
    });
    let second = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/calls")
            .query_param("cursor", "c1")
            .query_param("fromDateTime", "2026-01-01T00:00:00Z");
        then.status(200).json_body(json!({
            "requestId": "r2",
            "records": { "totalRecords": 3, "currentPageSize": 1, "currentPageNumber": 1 },
            "calls": [call("3")]
        }));
    });
    let args = [
        "calls",
        "list",
        "--from-date-time",
        "2026-01-01T00:00:00Z",
        "--workspace-id",
        "77",
    ];
    // Piped without --output: JSON Lines, one call per line.
    let r = run(&mut gong(&server.base_url(), &sb), &args).ok();
    let ids: Vec<_> = r.lines().iter().map(|c| c["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(ids, ["1", "2", "3"]);
    assert_eq!(r.lines()[2]["title"], "Call 3");
    assert!(
        r.stderr.is_empty(),
        "no progress bar when stderr is not a terminal: {}",
        r.stderr
    );
    first.assert_calls(1);
    second.assert_calls(1);

    // --output jsonl says the same; --output json makes one array.
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[&["--output", "jsonl"], &args[..]].concat(),
    )
    .ok();
    assert_eq!(r.stdout.lines().count(), 3);
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[&args[..], &["--output", "json"]].concat(),
    )
    .ok();
    assert_eq!(r.json().as_array().unwrap().len(), 3);
    assert_eq!(r.json()[0]["id"], "1");
}

#[test]
fn calls_get_prints_the_call() {
    let sb = Sandbox::new("calls-get");
    let server = MockServer::start();
    let m = server.mock(|when, then| {
        when.method(GET).path("/v2/calls/7782342274025937895");
        then.status(200)
            .json_body(json!({ "requestId": "r", "call": call("7782342274025937895") }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["calls", "get", "--call-id", "7782342274025937895", "--output", "json"],
    )
    .ok();
    assert_eq!(r.json()["call"]["id"], "7782342274025937895");
    m.assert();
}

fn new_call_input() -> Value {
    json!({
        "clientUniqueId": "pbx-42",
        "primaryUser": "123",
        "parties": [{ "userId": "123" }],
        "direction": "Inbound",
        "actualStart": "2026-01-05T10:00:00Z"
    })
}

#[test]
fn calls_create_from_flags_and_from_input() {
    let sb = Sandbox::new("calls-create");
    let server = MockServer::start();
    let from_flags = server.mock(|when, then| {
        when.method(POST).path("/v2/calls").json_body_includes(
            json!({
                "clientUniqueId": "pbx-1",
                "primaryUser": "123",
                "direction": "Outbound",
                "actualStart": "2026-01-05T10:00:00-07:00",
                "title": "Intro",
                "duration": 95.5,
                "languageCode": "en-US",
                "parties": [
                    { "userId": "123", "name": "Rep" },
                    { "emailAddress": "buyer@example.com", "mediaChannelId": 1 }
                ]
            })
            .to_string(),
        );
        then.status(200).json_body(json!({ "requestId": "r", "callId": "555" }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[
            "calls",
            "create",
            "--client-unique-id",
            "pbx-1",
            "--primary-user",
            "123",
            "--party",
            "userId=123,name=Rep",
            "--party",
            "emailAddress=buyer@example.com,mediaChannelId=1",
            "--direction",
            "outbound",
            "--actual-start",
            "2026-01-05T10:00:00-07:00",
            "--title",
            "Intro",
            "--duration",
            "95.5",
            "--language-code",
            "en-US",
        ],
    )
    .ok();
    assert_eq!(r.json()["callId"], "555");
    from_flags.assert();

    // An agent's JSON input on stdin, one field overridden by a flag.
    let from_input = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/calls")
            .json_body_includes(json!({ "clientUniqueId": "pbx-42", "title": "From flag" }).to_string());
        then.status(200).json_body(json!({ "requestId": "r", "callId": "556" }));
    });
    let r = run_with(
        &mut gong(&server.base_url(), &sb),
        &["calls", "create", "--input", "-", "--title", "From flag"],
        Some(&new_call_input().to_string()),
    )
    .ok();
    assert_eq!(r.json()["callId"], "556");
    from_input.assert();
}

#[test]
fn calls_create_refuses_bad_input_before_sending() {
    let sb = Sandbox::new("calls-create-bad");
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    // A required field missing: named, with its flag.
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[
            "calls",
            "create",
            "--client-unique-id",
            "x",
            "--primary-user",
            "1",
            "--direction",
            "inbound",
            "--actual-start",
            "2026-03-01T10:00:00Z",
        ],
    )
    .code(2);
    assert!(
        r.stderr.contains("missing field `parties`") && r.stderr.contains("--parties"),
        "{}",
        r.stderr
    );
    // A rule of the library: parties must include the primary user.
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[
            "calls",
            "create",
            "--client-unique-id",
            "x",
            "--primary-user",
            "1",
            "--party",
            "userId=2",
            "--direction",
            "Inbound",
            "--actual-start",
            "2026-01-05T10:00:00Z",
        ],
    )
    .code(2);
    assert!(r.stderr.contains("parties"), "{}", r.stderr);
    // Unknown fields in --input are refused too.
    let mut input = new_call_input();
    input["colour"] = json!("blue");
    let r = run_with(
        &mut gong(&server.base_url(), &sb),
        &["calls", "create", "--input", "-"],
        Some(&input.to_string()),
    )
    .code(2);
    assert!(r.stderr.contains("colour"), "{}", r.stderr);
    // A bad input is a usage error (2) even with no credentials at all:
    // input is checked before the connection is needed.
    let r = run(&mut bare(&sb), &["calls", "get", "--call-id", "12x"]).code(2);
    assert!(r.stderr.contains("callId"), "{}", r.stderr);
    let r = run(
        &mut bare(&sb),
        &["privacy", "references-phone", "--phone-number", "555-0100"],
    )
    .code(2);
    assert!(r.stderr.contains("phoneNumber"), "{}", r.stderr);
    any.assert_calls(0);
}

// ------------------------------------------------------------ transcripts

#[test]
fn transcripts_get_sends_many_call_ids_and_streams() {
    let sb = Sandbox::new("transcripts");
    let server = MockServer::start();
    let m = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/calls/transcript")
            .json_body(json!({ "filter": { "callIds": ["11", "12", "13"] } }));
        then.status(200).json_body(json!({
            "requestId": "r",
            "records": { "totalRecords": 2, "currentPageSize": 2, "currentPageNumber": 0 },
            "callTranscripts": [
                { "callId": "11", "transcript": [{ "speakerId": "s1", "sentences": [{ "start": 0, "end": 10, "text": "Hello" }] }] },
                { "callId": "12", "transcript": [] }
            ]
        }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["transcripts", "get", "--call-id", "11,12", "--call-id", "13"],
    )
    .ok();
    let lines = r.lines();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["callId"], "11");
    assert_eq!(lines[0]["transcript"][0]["sentences"][0]["text"], "Hello");
    m.assert();

    // Call ids with a workspace id: refused, nothing sent.
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["transcripts", "get", "--call-id", "11", "--workspace-id", "5"],
    )
    .code(2);
    assert!(r.stderr.contains("workspaceId"), "{}", r.stderr);
    m.assert_calls(1);
}

// ------------------------------------------------------------------ media

#[test]
fn media_add_uploads_the_file_as_multipart() {
    let sb = Sandbox::new("media");
    let file = sb.path("call.wav");
    std::fs::write(&file, b"RIFF-fake-recording-bytes").unwrap();
    let server = MockServer::start();
    let m = server.mock(|when, then| {
        when.method(PUT)
            .path("/v2/calls/555/media")
            .header_includes("content-type", "multipart/form-data")
            .body_includes("name=\"mediaFile\"; filename=\"renamed.mp3\"")
            .body_matches(r"(?i)content-type: audio/mpeg")
            .body_includes("RIFF-fake-recording-bytes");
        then.status(200)
            .json_body(json!({ "requestId": "r", "callId": "555", "url": "https://app.gong.io/call?id=555" }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[
            "media",
            "add",
            "--call-id",
            "555",
            "--file",
            file.to_str().unwrap(),
            "--file-name",
            "renamed.mp3",
        ],
    )
    .ok();
    assert_eq!(r.json()["callId"], "555");
    assert!(
        r.stderr.is_empty(),
        "no progress bar when stderr is not a terminal: {}",
        r.stderr
    );
    m.assert();

    // A missing file is a usage error; nothing is sent.
    run(
        &mut gong(&server.base_url(), &sb),
        &[
            "media",
            "add",
            "--call-id",
            "555",
            "--file",
            sb.path("nope.wav").to_str().unwrap(),
        ],
    )
    .code(2);
    m.assert_calls(1);
}

// ------------------------------------------------------------------ users

#[test]
fn users_list_pages_into_one_json_array_and_get_one() {
    let sb = Sandbox::new("users");
    let server = MockServer::start();
    let p1 = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/users")
            .query_param("includeAvatars", "false")
            .query_param_missing("cursor");
        then.status(200).json_body(json!({
            "records": { "totalRecords": 2, "cursor": "u2" },
            "users": [{ "id": "1", "emailAddress": "a@example.com" }]
        }));
    });
    let p2 = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/users")
            .query_param("includeAvatars", "false")
            .query_param("cursor", "u2");
        then.status(200).json_body(json!({
            "records": { "totalRecords": 2 },
            "users": [{ "id": "2", "emailAddress": "b@example.com" }]
        }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["users", "list", "--output", "json"],
    )
    .ok();
    assert_eq!(
        r.json(),
        json!([{ "id": "1", "emailAddress": "a@example.com" }, { "id": "2", "emailAddress": "b@example.com" }])
    );
    p1.assert();
    p2.assert();

    let avatars = server.mock(|when, then| {
        when.method(GET).path("/v2/users").query_param("includeAvatars", "true");
        then.status(200).json_body(json!({ "users": [{ "id": "9" }] }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["users", "list", "--include-avatars"],
    )
    .ok();
    assert_eq!(r.lines(), vec![json!({ "id": "9" })]);
    avatars.assert();

    let one = server.mock(|when, then| {
        when.method(GET).path("/v2/users/42");
        then.status(200)
            .json_body(json!({ "requestId": "r", "user": { "id": "42", "firstName": "Ada" } }));
    });
    let r = run(&mut gong(&server.base_url(), &sb), &["users", "get", "--user-id", "42"]).ok();
    assert_eq!(r.json()["user"]["firstName"], "Ada");
    one.assert();
}

// ------------------------------------------------------------- workspaces

#[test]
fn workspaces_list_as_json_and_as_table() {
    let sb = Sandbox::new("workspaces");
    let server = MockServer::start();
    let m = server.mock(|when, then| {
        when.method(GET).path("/v2/workspaces");
        then.status(200).json_body(json!({
            "requestId": "r",
            "workspaces": [{ "id": "1", "name": "Sales" }, { "id": "22", "name": "Support" }]
        }));
    });
    let r = run(&mut gong(&server.base_url(), &sb), &["workspaces", "list"]).ok();
    assert_eq!(r.json()["workspaces"][1]["name"], "Support");
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["workspaces", "list", "-o", "table"],
    )
    .ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines[0].split_whitespace().collect::<Vec<_>>(), ["id", "name"]);
    assert!(
        lines[2].starts_with("1 ") && lines[2].ends_with("Sales"),
        "{}",
        r.stdout
    );
    assert!(
        lines[3].starts_with("22") && lines[3].ends_with("Support"),
        "{}",
        r.stdout
    );
    m.assert_calls(2);
}

// ---------------------------------------------------------------- library

#[test]
fn library_folders_and_folder_calls() {
    let sb = Sandbox::new("library");
    let server = MockServer::start();
    let folders = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/library/folders")
            .query_param("workspaceId", "5");
        then.status(200)
            .json_body(json!({ "requestId": "r", "folders": [{ "id": "900", "name": "Best calls" }] }));
    });
    let calls = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/library/folder-content")
            .query_param("folderId", "900");
        then.status(200).json_body(json!({
            "requestId": "r", "id": "900", "name": "Best calls",
            "calls": [{ "id": "1", "title": "Great demo" }]
        }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["library", "folders", "--workspace-id", "5"],
    )
    .ok();
    assert_eq!(r.json()["folders"][0]["name"], "Best calls");
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["library", "folder-calls", "--folder-id", "900"],
    )
    .ok();
    assert_eq!(r.json()["calls"][0]["title"], "Great demo");
    folders.assert();
    calls.assert();
}

// --------------------------------------------------------------- meetings

#[test]
fn meetings_create_update_delete() {
    let sb = Sandbox::new("meetings");
    let server = MockServer::start();
    let create = server.mock(|when, then| {
        when.method(POST).path("/v2/meetings").json_body_includes(
            json!({
                "startTime": "2026-02-01T10:00:00Z",
                "endTime": "2026-02-01T11:00:00Z",
                "organizerEmail": "rep@example.com",
                "invitees": [{ "email": "a@example.com" }, { "email": "b@example.com" }],
                "title": "Kickoff"
            })
            .to_string(),
        );
        then.status(200)
            .json_body(json!({ "requestId": "r", "meetingId": "31", "meetingUrl": "https://x" }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[
            "meetings",
            "create",
            "--start-time",
            "2026-02-01T10:00:00Z",
            "--end-time",
            "2026-02-01T11:00:00Z",
            "--organizer-email",
            "rep@example.com",
            "--invitee",
            "a@example.com,b@example.com",
            "--title",
            "Kickoff",
        ],
    )
    .ok();
    assert_eq!(r.json()["meetingId"], "31");
    create.assert();

    let update = server.mock(|when, then| {
        when.method(PUT).path("/v2/meetings/31").json_body_includes(
            json!({
                "startTime": "2026-02-01T12:00:00Z",
                "endTime": "2026-02-01T13:00:00Z",
                "organizerEmail": "rep@example.com",
                "externalId": "ext-1"
            })
            .to_string(),
        );
        then.status(200)
            .json_body(json!({ "requestId": "r", "meetingId": "31" }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[
            "meetings",
            "update",
            "--meeting-id",
            "31",
            "--start-time",
            "2026-02-01T12:00:00Z",
            "--end-time",
            "2026-02-01T13:00:00Z",
            "--organizer-email",
            "rep@example.com",
            "--external-id",
            "ext-1",
        ],
    )
    .ok();
    assert_eq!(r.json()["meetingId"], "31");
    update.assert();

    let delete = server.mock(|when, then| {
        when.method(DELETE)
            .path("/v2/meetings/31")
            .json_body(json!({ "organizerEmail": "rep@example.com" }));
        then.status(200).json_body(json!({}));
    });
    run(
        &mut gong(&server.base_url(), &sb),
        &[
            "meetings",
            "delete",
            "--meeting-id",
            "31",
            "--organizer-email",
            "rep@example.com",
        ],
    )
    .ok();
    delete.assert();

    // The end before the start: refused, nothing sent.
    run(
        &mut gong(&server.base_url(), &sb),
        &[
            "meetings",
            "create",
            "--start-time",
            "2026-02-01T10:00:00Z",
            "--end-time",
            "2026-02-01T09:00:00Z",
            "--organizer-email",
            "rep@example.com",
        ],
    )
    .code(2);
    create.assert_calls(1);
}

// ----------------------------------------------------------------- events

#[test]
fn events_action_shared_viewed() {
    let sb = Sandbox::new("events");
    let server = MockServer::start();
    let answer = json!({ "requestId": "r", "integrationId": "8" });
    let action = server.mock(|when, then| {
        when.method(PUT)
            .path("/v2/customer-engagement/action")
            .json_body_includes(
                json!({
                    "reportingSystem": "docs",
                    "eventTimestamp": "2026-01-05T10:00:00+05:00",
                    "actionName": "Document Signed",
                    "actor": { "email": "buyer@example.com", "name": "Buyer" },
                    "eventProperties": [{ "name": "pages", "value": "3", "dataType": "String" }]
                })
                .to_string(),
            );
        then.status(200).json_body(answer.clone());
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[
            "events",
            "action",
            "--reporting-system",
            "docs",
            "--event-timestamp",
            "2026-01-05T10:00:00+05:00",
            "--action-name",
            "Document Signed",
            "--actor",
            r#"{"email":"buyer@example.com","name":"Buyer"}"#,
            "--event-properties",
            r#"[{"name":"pages","value":"3","dataType":"String"}]"#,
        ],
    )
    .ok();
    assert_eq!(r.json()["integrationId"], "8");
    action.assert();

    let shared = server.mock(|when, then| {
        when.method(PUT)
            .path("/v2/customer-engagement/content/shared")
            .json_body_includes(
                json!({
                    "reportingSystem": "docs",
                    "contentId": "c1",
                    "contentUrl": "https://docs.example.com/c1",
                    "contentTitle": "Proposal",
                    "recipients": [{ "email": "buyer@example.com" }]
                })
                .to_string(),
            );
        then.status(200).json_body(answer.clone());
    });
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
    run(
        &mut gong(&server.base_url(), &sb),
        &[
            &["events", "shared"][..],
            &common,
            &["--recipients", r#"[{"email":"buyer@example.com"}]"#],
        ]
        .concat(),
    )
    .ok();
    shared.assert();

    let viewed = server.mock(|when, then| {
        when.method(PUT)
            .path("/v2/customer-engagement/content/viewed")
            .json_body_includes(
                json!({
                    "contentId": "c1",
                    "viewActionTitle": "Proposal Opened",
                    "viewer": { "email": "buyer@example.com" }
                })
                .to_string(),
            );
        then.status(200).json_body(answer.clone());
    });
    let viewer = sb.path("viewer.json");
    std::fs::write(&viewer, r#"{"email":"buyer@example.com"}"#).unwrap();
    run(
        &mut gong(&server.base_url(), &sb),
        &[
            &["events", "viewed"][..],
            &common,
            &[
                "--view-action-title",
                "Proposal Opened",
                "--viewer",
                &format!("@{}", viewer.display()),
            ],
        ]
        .concat(),
    )
    .ok();
    viewed.assert();

    // A content URL that is not a URL: refused, nothing sent.
    run(
        &mut gong(&server.base_url(), &sb),
        &[
            "events",
            "viewed",
            "--reporting-system",
            "docs",
            "--event-timestamp",
            "2026-01-05T10:00:00Z",
            "--content-id",
            "c1",
            "--content-url",
            "not a url",
            "--content-title",
            "T",
        ],
    )
    .code(2);
    viewed.assert_calls(1);
}

// ---------------------------------------------------------------- privacy

#[test]
fn privacy_references_by_email_and_phone() {
    let sb = Sandbox::new("privacy-refs");
    let server = MockServer::start();
    let email = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/data-privacy/data-for-email-address")
            .query_param("emailAddress", "jo@example.com");
        then.status(200)
            .json_body(json!({ "requestId": "r", "calls": [{ "id": "1", "status": "COMPLETED" }] }));
    });
    let phone = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/data-privacy/data-for-phone-number")
            .query_param("phoneNumber", "+1 425 555 2671");
        then.status(200).json_body(json!({ "requestId": "r" }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["privacy", "references-email", "--email-address", "jo@example.com"],
    )
    .ok();
    assert_eq!(r.json()["calls"][0]["id"], "1");
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["privacy", "references-phone", "--phone-number", "+1 425 555 2671"],
    )
    .ok();
    assert_eq!(r.json()["requestId"], "r");
    email.assert();
    phone.assert();
}

#[test]
fn erasing_asks_for_confirmation() {
    let sb = Sandbox::new("erase");
    let server = MockServer::start();
    let erase = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/data-privacy/erase-data-for-email-address")
            .query_param("emailAddress", "jo@example.com");
        then.status(200).json_body(json!({ "requestId": "erased-1" }));
    });
    let args = ["privacy", "erase-email", "--email-address", "jo@example.com"];

    // Stdin is not a terminal and nobody said yes: refused, nothing sent.
    let r = run(&mut gong(&server.base_url(), &sb), &args).code(2);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    erase.assert_calls(0);

    // A script pipes its answer with --confirm-from-stdin: "no" cancels...
    let r = run_with(
        &mut gong(&server.base_url(), &sb),
        &[&args[..], &["--confirm-from-stdin"]].concat(),
        Some("no\n"),
    )
    .code(1);
    assert!(
        r.stderr.contains("jo@example.com") && r.stderr.contains("nothing was erased"),
        "{}",
        r.stderr
    );
    erase.assert_calls(0);

    // ... and "y" goes ahead.
    let r = run_with(
        &mut gong(&server.base_url(), &sb),
        &[&args[..], &["--confirm-from-stdin"]].concat(),
        Some("y\n"),
    )
    .ok();
    assert_eq!(r.json()["requestId"], "erased-1");
    erase.assert_calls(1);

    // --yes skips the question.
    let r = run(&mut gong(&server.base_url(), &sb), &[&args[..], &["--yes"]].concat()).ok();
    assert_eq!(r.json()["requestId"], "erased-1");
    erase.assert_calls(2);

    // A malformed address is refused before any question.
    run(
        &mut gong(&server.base_url(), &sb),
        &["privacy", "erase-email", "--email-address", "not-an-email", "--yes"],
    )
    .code(2);
    erase.assert_calls(2);

    let phone = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/data-privacy/erase-data-for-phone-number")
            .query_param("phoneNumber", "+14255552671");
        then.status(200).json_body(json!({ "requestId": "erased-2" }));
    });
    run(
        &mut gong(&server.base_url(), &sb),
        &["privacy", "erase-phone", "--phone-number", "+14255552671"],
    )
    .code(2);
    phone.assert_calls(0);
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["privacy", "erase-phone", "--phone-number", "+14255552671", "-y"],
    )
    .ok();
    assert_eq!(r.json()["requestId"], "erased-2");
    phone.assert();
}

// ------------------------------------------------------------------- logs

#[test]
fn logs_get_streams_entries() {
    let sb = Sandbox::new("logs");
    let server = MockServer::start();
    let m = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/logs")
            .query_param("logType", "AccessLog")
            .query_param("fromDateTime", "2026-01-01T00:00:00Z")
            .query_param("toDateTime", "2026-01-02T00:00:00Z");
        then.status(200).json_body(json!({
            "records": { "totalRecords": 2 },
            "logEntries": [
                { "userId": "1", "eventTime": "2026-01-01T08:00:00Z", "logRecord": { "action": "login" } },
                { "userId": "2", "eventTime": "2026-01-01T09:00:00Z", "logRecord": { "action": "logout" } }
            ]
        }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[
            "logs",
            "get",
            "--log-type",
            "AccessLog",
            "--from-date-time",
            "2026-01-01T00:00:00Z",
            "--to-date-time",
            "2026-01-02T00:00:00Z",
        ],
    )
    .ok();
    let lines = r.lines();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["logRecord"]["action"], "logout");
    m.assert();

    // An unknown log type is refused, naming the field.
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[
            "logs",
            "get",
            "--log-type",
            "Everything",
            "--from-date-time",
            "2026-01-01T00:00:00Z",
        ],
    )
    .code(2);
    assert!(r.stderr.contains("logType"), "{}", r.stderr);
    m.assert_calls(1);
}

// -------------------------------------------------------------------- raw

#[test]
fn raw_get_with_query_and_headers() {
    let sb = Sandbox::new("raw-get");
    let server = MockServer::start();
    let m = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/settings/scorecards")
            .query_param("workspaceId", "5")
            .header("x-trace", "abc")
            .header("authorization", basic(KEY, SECRET));
        then.status(200)
            .json_body(json!({ "scorecards": [{ "scorecardId": "1" }] }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[
            "raw",
            "GET",
            "/v2/settings/scorecards",
            "--query",
            "workspaceId=5",
            "--header",
            "X-Trace=abc",
            "--debug",
        ],
    )
    .ok();
    assert_eq!(r.json()["scorecards"][0]["scorecardId"], "1");
    // --debug logs the request on stderr with the credentials redacted.
    assert!(r.stderr.contains("/v2/settings/scorecards"), "{}", r.stderr);
    assert!(r.stderr.contains("[redacted]"), "{}", r.stderr);
    assert!(!r.stderr.contains(&basic(KEY, SECRET)), "{}", r.stderr);
    m.assert();

    // A binary answer written to a file with --out.
    let bytes: Vec<u8> = (0u8..=255).collect();
    let download = server.mock(|when, then| {
        when.method(GET).path("/v2/calls/1/recording");
        then.status(200).body(bytes.clone());
    });
    let target = sb.path("recording.bin");
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[
            "raw",
            "GET",
            "/v2/calls/1/recording",
            "--response-type",
            "binary",
            "--out",
            target.to_str().unwrap(),
        ],
    )
    .ok();
    assert_eq!(r.json()["status"], 200);
    assert_eq!(std::fs::read(&target).unwrap(), bytes);
    download.assert();
}

#[test]
fn raw_post_json_form_files_text_and_retries() {
    let sb = Sandbox::new("raw-post");
    let server = MockServer::start();
    let json_post = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/calls/extensive")
            .header("content-type", "application/json")
            .json_body(json!({ "filter": { "callIds": ["1"] } }));
        then.status(200).json_body(json!({ "calls": [] }));
    });
    run(
        &mut gong(&server.base_url(), &sb),
        &[
            "raw",
            "POST",
            "/v2/calls/extensive",
            "--data",
            r#"{"filter":{"callIds":["1"]}}"#,
        ],
    )
    .ok();
    json_post.assert();

    let upload = sb.path("notes.txt");
    std::fs::write(&upload, "file-part-contents").unwrap();
    let multipart = server.mock(|when, then| {
        when.method(PUT)
            .path("/v2/custom/upload")
            .header_includes("content-type", "multipart/form-data")
            .body_includes("name=\"kind\"")
            .body_includes("summary")
            .body_includes("name=\"doc\"; filename=\"renamed.txt\"")
            .body_includes("file-part-contents");
        then.status(200).body("plain text answer");
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &[
            "raw",
            "put",
            "/v2/custom/upload",
            "--form",
            "kind=summary",
            "--file",
            &format!("doc={}", upload.display()),
            "--file-name",
            "doc=renamed.txt",
            "--response-type",
            "text",
        ],
    )
    .ok();
    assert_eq!(r.stdout, "plain text answer\n");
    multipart.assert();

    // The raw request's own retry knobs: one retry after a 500, then exit 4.
    let failing = server.mock(|when, then| {
        when.method(GET).path("/v2/flaky");
        then.status(500)
            .json_body(json!({ "requestId": "f1", "errors": ["boom"] }));
    });
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["raw", "/v2/flaky", "--max-retries", "1", "--retry-delay-ms", "10"],
    )
    .code(4);
    assert!(r.stderr.contains("500") && r.stderr.contains("boom"), "{}", r.stderr);
    failing.assert_calls(2);

    // From --input, as an agent would send it.
    let input = json!({ "url": "/v2/calls/extensive", "method": "POST", "data": { "filter": { "callIds": ["1"] } } });
    run_with(
        &mut gong(&server.base_url(), &sb),
        &["raw", "--input", "-"],
        Some(&input.to_string()),
    )
    .ok();
    json_post.assert_calls(2);
}

// ------------------------------------------------------------- exit codes

#[test]
fn exit_codes_tell_usage_auth_api_and_network_apart() {
    let sb = Sandbox::new("exit-codes");
    let server = MockServer::start();
    let unauthorized = server.mock(|when, then| {
        when.method(GET).path("/v2/workspaces");
        then.status(401)
            .json_body(json!({ "requestId": "q1", "errors": ["Unauthorized"] }));
    });
    let failing = server.mock(|when, then| {
        when.method(GET).path("/v2/calls/1");
        then.status(500)
            .json_body(json!({ "requestId": "q2", "errors": ["internal"] }));
    });

    // Usage: clap's own errors, and invalid input (nothing sent).
    let r = run(&mut gong(&server.base_url(), &sb), &["calls", "get", "--no-such-flag"]).code(2);
    assert!(!r.stderr.is_empty());
    run(&mut gong(&server.base_url(), &sb), &["calls"]).code(2);
    let r = run(
        &mut gong(&server.base_url(), &sb),
        &["calls", "get", "--call-id", "12x"],
    )
    .code(2);
    assert!(r.stderr.contains("callId"), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "one line: {}", r.stderr);

    // Auth: Gong's 401, and no credentials at all.
    let r = run(&mut gong(&server.base_url(), &sb), &["workspaces", "list"]).code(3);
    assert!(r.stderr.contains("401"), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "one line: {}", r.stderr);
    unauthorized.assert();
    run(
        bare(&sb).env("GONG_BASE_URL", server.base_url()),
        &["workspaces", "list"],
    )
    .code(3);
    unauthorized.assert_calls(1);

    // API: a 500.
    let r = run(&mut gong(&server.base_url(), &sb), &["calls", "get", "--call-id", "1"]).code(4);
    assert!(r.stderr.contains("500") && r.stderr.contains("q2"), "{}", r.stderr);
    failing.assert();

    // Network: nothing listens on the port.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let r = run(
        &mut gong(&format!("http://127.0.0.1:{port}"), &sb),
        &["workspaces", "list"],
    )
    .code(5);
    assert_eq!(r.stderr.lines().count(), 1, "one line: {}", r.stderr);
}

// ---------------------------------------------------------- configuration

#[test]
fn flags_beat_environment_beat_profile() {
    let sb = Sandbox::new("precedence");
    let from_profile = MockServer::start();
    let from_env = MockServer::start();
    let from_flag = MockServer::start();
    let ok = json!({ "workspaces": [{ "id": "1" }] });
    std::fs::write(
        sb.path("profiles.json"),
        json!({
            "default_profile": "work",
            "profiles": {
                "work": { "base_url": from_profile.base_url(), "access_key": "pkey", "access_key_secret": "psecret" },
                "other": { "base_url": from_flag.base_url(), "access_key": "okey", "access_key_secret": "osecret" }
            }
        })
        .to_string(),
    )
    .unwrap();
    let m_profile = from_profile.mock(|when, then| {
        when.path("/v2/workspaces")
            .header("authorization", basic("pkey", "psecret"));
        then.status(200).json_body(ok.clone());
    });
    let m_env = from_env.mock(|when, then| {
        when.path("/v2/workspaces")
            .header("authorization", basic("ekey", "esecret"));
        then.status(200).json_body(ok.clone());
    });
    let m_flag = from_flag.mock(|when, then| {
        when.path("/v2/workspaces")
            .header("authorization", basic("fkey", "fsecret"));
        then.status(200).json_body(ok.clone());
    });
    let m_other = from_flag.mock(|when, then| {
        when.path("/v2/workspaces")
            .header("authorization", basic("okey", "osecret"));
        then.status(200).json_body(ok.clone());
    });

    // Profile only (its default profile).
    run(&mut bare(&sb), &["workspaces", "list"]).ok();
    m_profile.assert();

    // The environment beats the profile.
    let env = |c: &mut Command| {
        c.env("GONG_BASE_URL", from_env.base_url())
            .env("GONG_ACCESS_KEY", "ekey")
            .env("GONG_ACCESS_KEY_SECRET", "esecret");
    };
    let mut c = bare(&sb);
    env(&mut c);
    run(&mut c, &["workspaces", "list"]).ok();
    m_env.assert();

    // Flags beat the environment.
    let mut c = bare(&sb);
    env(&mut c);
    run(
        &mut c,
        &[
            "workspaces",
            "list",
            "--base-url",
            &from_flag.base_url(),
            "--access-key",
            "fkey",
            "--access-key-secret",
            "fsecret",
        ],
    )
    .ok();
    m_flag.assert();

    // --profile picks another profile; an unknown one is a usage error.
    run(&mut bare(&sb), &["--profile", "other", "workspaces", "list"]).ok();
    m_other.assert();
    let r = run(&mut bare(&sb), &["--profile", "nope", "workspaces", "list"]).code(2);
    assert!(r.stderr.contains("nope"), "{}", r.stderr);

    // `auth status` says where the key came from, never the secret.
    let r = run(&mut bare(&sb), &["auth", "status"]).ok();
    assert_eq!(r.json()["connection"], "api-key");
    assert_eq!(r.json()["credentialsFrom"], "profile");
    assert_eq!(r.json()["baseUrl"], from_profile.base_url());
    assert!(!r.stdout.contains("psecret"));
    let mut c = bare(&sb);
    env(&mut c);
    let r = run(&mut c, &["auth", "status"]).ok();
    assert_eq!(r.json()["credentialsFrom"], "environment");
    assert!(!r.stdout.contains("esecret"));
}

#[test]
fn toml_profile_files_work_too() {
    let sb = Sandbox::new("toml");
    let server = MockServer::start();
    let config = sb.path("gong.toml");
    std::fs::write(
        &config,
        format!(
            "default_profile = \"t\"\n[profiles.t]\nbase_url = \"{}\"\naccess_key = \"tkey\"\naccess_key_secret = \"{SECRET}\"\n",
            server.base_url()
        ),
    )
    .unwrap();
    let m = server.mock(|when, then| {
        when.path("/v2/workspaces")
            .header("authorization", basic("tkey", SECRET));
        then.status(200).json_body(json!({ "workspaces": [] }));
    });
    run(bare(&sb).env("GONG_CONFIG", &config), &["workspaces", "list"]).ok();
    m.assert();

    // A malformed file is a usage error that does not quote the file.
    std::fs::write(&config, format!("[profiles.t]\naccess_key_secret = {SECRET}\n")).unwrap();
    let r = run(bare(&sb).env("GONG_CONFIG", &config), &["workspaces", "list"]).code(2);
    assert!(r.stderr.contains("gong.toml"), "{}", r.stderr);
}

// ----------------------------------------------------------------- schema

#[test]
fn schema_lists_actions_and_validates_inputs() {
    let sb = Sandbox::new("schema");
    let r = run(&mut bare(&sb), &["schema"]).ok();
    let list = r.json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), gong_client::actions::ACTIONS.len());
    assert!(
        list.iter()
            .all(|a| a["command"].as_str().is_some_and(|c| c.starts_with("gong ")))
    );
    assert!(
        list.iter()
            .any(|a| a["action"] == "create-call" && a["command"] == "gong calls create-call")
    );

    let r = run(&mut bare(&sb), &["schema", "create-call"]).ok();
    let schema = r.json();
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    assert!(validator.is_valid(&new_call_input()));
    for broken in [
        json!({ "clientUniqueId": "x" }),
        {
            let mut v = new_call_input();
            v["direction"] = json!("Sideways");
            v
        },
        {
            let mut v = new_call_input();
            v["primaryUser"] = json!("12x");
            v
        },
        {
            let mut v = new_call_input();
            v["colour"] = json!("blue");
            v
        },
    ] {
        assert!(!validator.is_valid(&broken), "accepted {broken}");
    }

    // What the schema accepts, `calls create --input` sends.
    let server = MockServer::start();
    let m = server.mock(|when, then| {
        when.method(POST).path("/v2/calls");
        then.status(200).json_body(json!({ "callId": "1" }));
    });
    run_with(
        &mut gong(&server.base_url(), &sb),
        &["calls", "create", "--input", "-"],
        Some(&new_call_input().to_string()),
    )
    .ok();
    m.assert();

    // The command's words work too; an unknown action is a usage error.
    let r = run(&mut bare(&sb), &["schema", "calls-create"]).ok();
    assert_eq!(r.json(), schema);
    run(&mut bare(&sb), &["schema", "no-such-action"]).code(2);
}

// ------------------------------------------------------------------- auth

const ACCESS_TOKEN: &str = "acc-TOKEN-1f2e";
const REFRESH_TOKEN: &str = "ref-TOKEN-3d4c";
const CLIENT_SECRET: &str = "client-SECRET-5b6a";

/// Starts `gong auth login` and returns the child and the authorize URL it printed.
fn start_login(
    sb: &Sandbox,
    server: &MockServer,
) -> (std::process::Child, BufReader<std::process::ChildStderr>, String) {
    let mut child = bare(sb)
        .args([
            "auth",
            "login",
            "--client-id",
            "cid",
            "--port",
            "0",
            "--scopes",
            "api:calls:read:basic api:workspaces:read",
            "--authorize-url",
            &server.url("/oauth2/authorize"),
            "--token-url",
            &server.url("/oauth2/generate-customer-token"),
            "--wait-secs",
            "30",
        ])
        .env("GONG_CLIENT_SECRET", CLIENT_SECRET)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let prefix = server.url("/oauth2/authorize");
    let mut line = String::new();
    let url = loop {
        line.clear();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "login ended before printing the URL"
        );
        assert!(!line.contains(CLIENT_SECRET));
        if line.trim().starts_with(&prefix) {
            break line.trim().to_owned();
        }
    };
    (child, stderr, url)
}

fn query_of(url: &str) -> std::collections::HashMap<String, String> {
    let query = url.split_once('?').unwrap().1;
    form_urlencoded::parse(query.as_bytes()).into_owned().collect()
}

/// A plain HTTP GET to the login's redirect listener, as the browser would make it.
fn browser_get(url: &str) -> String {
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_once('/').unwrap();
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

fn finish(child: std::process::Child, mut stderr: BufReader<std::process::ChildStderr>) -> Run {
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: rest,
    };
    for secret in [ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET] {
        assert!(
            !run.stdout.contains(secret) && !run.stderr.contains(secret),
            "printed a secret"
        );
    }
    run
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn auth_login_runs_the_code_flow_and_status_shows_no_secret() {
    let sb = Sandbox::new("login");
    let server = MockServer::start();
    let token = server.mock(|when, then| {
        when.method(POST)
            .path("/oauth2/generate-customer-token")
            .header("authorization", basic("cid", CLIENT_SECRET))
            .query_param("grant_type", "authorization_code")
            .query_param("code", "the-code")
            .query_param_prefix("redirect_uri", "http://127.0.0.1:");
        then.status(200).json_body(json!({
            "access_token": ACCESS_TOKEN,
            "refresh_token": REFRESH_TOKEN,
            "expires_in": 86400,
            "token_type": "bearer",
            "scope": "api:calls:read:basic api:workspaces:read",
            "api_base_url_for_customer": server.base_url()
        }));
    });
    let (child, stderr, url) = start_login(&sb, &server);
    let q = query_of(&url);
    assert_eq!(q["client_id"], "cid");
    assert_eq!(q["response_type"], "code");
    assert_eq!(q["scope"], "api:calls:read:basic api:workspaces:read");
    assert!(q["state"].len() >= 32, "an unguessable state");
    let redirect = &q["redirect_uri"];
    assert!(redirect.starts_with("http://127.0.0.1:") && redirect.ends_with("/callback"));

    // A stray request first (a browser's favicon), then the redirect.
    let stray = browser_get(&redirect.replace("/callback", "/favicon.ico"));
    assert!(stray.starts_with("HTTP/1.1 404"), "{stray}");
    let page = browser_get(&format!("{redirect}?code=the-code&state={}", q["state"]));
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("text/html") && page.contains("authorized"), "{page}");

    let r = finish(child, stderr).ok();
    token.assert();
    let shown = r.json();
    assert_eq!(shown["connection"], "oauth");
    assert_eq!(shown["profile"], "default");
    assert_eq!(shown["scopes"], "api:calls:read:basic api:workspaces:read");
    assert_eq!(shown["baseUrl"], server.base_url());

    // The profile and the tokens are stored, owner-only.
    let profile: Value = serde_json::from_str(&std::fs::read_to_string(sb.path("profiles.json")).unwrap()).unwrap();
    assert_eq!(profile["profiles"]["default"]["oauth"]["client_id"], "cid");
    let tokens = sb.path("default.tokens.json");
    assert!(std::fs::read_to_string(&tokens).unwrap().contains(REFRESH_TOKEN));
    #[cfg(unix)]
    {
        assert_eq!(mode(&sb.path("profiles.json")), 0o600);
        assert_eq!(mode(&tokens), 0o600);
    }

    // Status: connection, base URL, scopes, expiry; no secret (checked in finish/run).
    let r = run(&mut bare(&sb), &["auth", "status"]).ok();
    let status = r.json();
    assert_eq!(status["connection"], "oauth");
    assert_eq!(status["clientId"], "cid");
    assert_eq!(status["baseUrl"], server.base_url());
    assert_eq!(status["scopes"], "api:calls:read:basic api:workspaces:read");
    assert_eq!(status["tokenExpired"], false);
    assert!(status["tokenExpiresAt"].as_str().unwrap().starts_with("20"));
    assert!(status["tokenExpiresInSeconds"].as_u64().unwrap() > 86000);
    let table = run(&mut bare(&sb), &["auth", "status", "--output", "table"]).ok();
    assert!(table.stdout.contains("tokenExpiresAt"), "{}", table.stdout);

    // The stored tokens drive later commands, on the tenant's base URL.
    let api = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/workspaces")
            .header("authorization", format!("Bearer {ACCESS_TOKEN}"));
        then.status(200).json_body(json!({ "workspaces": [{ "id": "1" }] }));
    });
    run(&mut bare(&sb), &["workspaces", "list"]).ok();
    api.assert();
}

#[test]
fn auth_login_refuses_a_redirect_with_another_state() {
    let sb = Sandbox::new("login-state");
    let server = MockServer::start();
    let token = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    let (child, stderr, url) = start_login(&sb, &server);
    let redirect = query_of(&url)["redirect_uri"].clone();
    let page = browser_get(&format!("{redirect}?code=the-code&state=forged"));
    assert!(page.starts_with("HTTP/1.1 400"), "{page}");
    let r = finish(child, stderr).code(3);
    assert!(r.stderr.contains("state"), "{}", r.stderr);
    token.assert_calls(0);
    assert!(!sb.path("profiles.json").exists());

    // Without a login, status says so with the auth exit code.
    run(&mut bare(&sb), &["auth", "status"]).code(3);
}
