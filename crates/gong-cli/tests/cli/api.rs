//! `gong api`: every operation of the document from the command line. The
//! requests on the wire (method, path, query, body), checks that refuse a bad
//! flag or body before anything is sent, and cursor paging with `--all` and
//! `--limit`.

use std::process::Command;

use httpmock::prelude::*;
use serde_json::json;

use crate::{Run, TempDir};

const KEY: &str = "api-test-access-key-0001";
const SECRET: &str = "api-test-SECRET-2b4d6f";

/// `gong` (JSON output: stdout is a pipe) against `base` with API-key credentials and no retries.
fn gong(base: &str, dir: &TempDir) -> Command {
    let mut c = crate::bare(&dir.0);
    c.env("GONG_BASE_URL", base)
        .env("GONG_ACCESS_KEY", KEY)
        .env("GONG_ACCESS_KEY_SECRET", SECRET);
    c
}

fn run(cmd: &mut Command, args: &[&str]) -> Run {
    let r = crate::run_with(cmd, args, None);
    assert!(
        !r.stdout.contains(SECRET) && !r.stderr.contains(SECRET),
        "a secret was printed"
    );
    r
}

#[test]
fn list_prints_every_operation_with_method_path_and_scope() {
    let dir = TempDir::new("api-list");
    let r = run(&mut crate::bare(&dir.0), &["api", "--list"]).ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines.len() >= 67, "{} lines", lines.len());
    let line = |name: &str| {
        lines
            .iter()
            .find(|l| l.split_whitespace().next() == Some(name))
            .unwrap_or_else(|| panic!("no line for {name}:\n{}", r.stdout))
            .split_whitespace()
            .collect::<Vec<_>>()
    };
    assert_eq!(
        line("list-call-outcomes"),
        [
            "list-call-outcomes",
            "GET",
            "/v2/call-outcomes",
            "api:call-outcomes:read"
        ]
    );
    assert_eq!(line("list-briefs")[1..3], ["GET", "/v2/settings/briefs"]);
    assert_eq!(line("list-flows-folders")[1..3], ["GET", "/v2/flows/folders"]);
    assert_eq!(
        line("list-calls-extensive")[1..],
        ["POST", "/v2/calls/extensive", "api:calls:read:extensive"]
    );
}

#[test]
fn a_get_sends_its_typed_flags_as_path_and_query_parameters() {
    let dir = TempDir::new("api-get");
    let server = MockServer::start();
    let folders = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/flows/folders")
            .query_param("flowFolderOwnerEmail", "ann@example.com")
            .query_param("parentId", "42")
            .query_param("workspaceId", "5550001")
            .query_param_missing("cursor")
            .header_exists("authorization");
        then.status(200).json_body(json!({
            "requestId": "r1",
            "records": { "totalRecords": 1, "currentPageSize": 1, "currentPageNumber": 0 },
            "flows": [{ "id": "77", "name": "Onboarding", "newField2026": { "kept": true } }]
        }));
    });
    let r = run(
        &mut gong(&server.base_url(), &dir),
        &[
            "api",
            "list-flows-folders",
            "--flow-folder-owner-email",
            "ann@example.com",
            "--parent-id",
            "42",
            "--workspace-id",
            "5550001",
        ],
    )
    .ok();
    folders.assert_calls(1);
    // The answer as Gong sent it, unknown fields included.
    assert_eq!(r.json()["flows"][0]["newField2026"], json!({ "kept": true }));

    let user = server.mock(|when, then| {
        when.method(GET).path("/v2/users/123456789");
        then.status(200)
            .json_body(json!({ "requestId": "r2", "user": { "id": "123456789" } }));
    });
    let r = run(
        &mut gong(&server.base_url(), &dir),
        &["api", "get-user", "--id", "123456789"],
    )
    .ok();
    user.assert_calls(1);
    assert_eq!(r.json()["user"]["id"], "123456789");
}

#[test]
fn a_post_sends_its_checked_body() {
    let dir = TempDir::new("api-post");
    let server = MockServer::start();
    let access = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/calls/users-access")
            .header("content-type", "application/json")
            .json_body(json!({ "filter": { "callIds": ["7782342274025937895"] } }));
        then.status(200)
            .json_body(json!({ "requestId": "r3", "callAccessList": [] }));
    });
    let body_file = dir.path("body.json");
    std::fs::write(&body_file, r#"{"filter":{"callIds":["7782342274025937895"]}}"#).unwrap();
    let at_file = format!("@{}", body_file.display());
    for body in [r#"{"filter":{"callIds":["7782342274025937895"]}}"#, at_file.as_str()] {
        let r = run(
            &mut gong(&server.base_url(), &dir),
            &["api", "get-users-access-to-calls", "--body", body],
        )
        .ok();
        assert_eq!(r.json()["requestId"], "r3");
    }
    access.assert_calls(2);
}

#[test]
fn a_bad_body_or_flag_exits_2_naming_the_field_before_any_request() {
    let dir = TempDir::new("api-bad");
    let server = MockServer::start();
    let anything = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    let cases: &[(&[&str], &[&str])] = &[
        // The body against the generated request type: the JSON path and the rule.
        (
            &[
                "api",
                "get-users-access-to-calls",
                "--body",
                r#"{"filter":{"callIds":"7782"}}"#,
            ],
            &["filter.callIds", "expected a sequence"],
        ),
        (
            &["api", "get-users-access-to-calls", "--body", "{}"],
            &["missing field `filter`"],
        ),
        (
            &["api", "get-users-access-to-calls", "--body", "{not json"],
            &["--body", "not JSON"],
        ),
        // A required body.
        (&["api", "get-users-access-to-calls"], &["--body"]),
        // Typed flags.
        (
            &[
                "api",
                "list-flows-folders",
                "--flow-folder-owner-email",
                "a@b.c",
                "--parent-id",
                "forty",
            ],
            &["--parent-id", "whole number"],
        ),
        (&["api", "list-flows-folders"], &["--flow-folder-owner-email"]),
        (
            &["api", "list-users", "--include-avatars", "perhaps"],
            &["includeAvatars", "true or false"],
        ),
        (
            &[
                "api",
                "list-logs",
                "--log-type",
                "AccessLog",
                "--from-date-time",
                "yesterday",
            ],
            &["fromDateTime", "ISO-8601"],
        ),
        (
            &[
                "api",
                "list-logs",
                "--log-type",
                "EveryLog",
                "--from-date-time",
                "2026-01-01T00:00:00Z",
            ],
            &["logType", "AccessLog"],
        ),
        (&["api", "get-user", "--id", "12ab"], &["--id"]),
        // Paging flags on an operation that is not a listing.
        (&["api", "list-call-outcomes", "--all"], &["--all"]),
        (&["api", "no-such-operation"], &["no-such-operation"]),
    ];
    for (args, wanted) in cases {
        let r = run(&mut gong(&server.base_url(), &dir), args).code(2);
        for w in *wanted {
            assert!(r.stderr.contains(w), "{args:?}: {w:?} not in {}", r.stderr);
        }
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
    }
    anything.assert_calls(0);
}

#[test]
fn all_follows_a_query_cursor_to_the_last_page() {
    let dir = TempDir::new("api-all");
    let server = MockServer::start();
    let second = server.mock(|when, then| {
        when.method(GET).path("/v2/users").query_param("cursor", "U-2");
        then.status(200).json_body(json!({
            "requestId": "r2",
            "records": { "totalRecords": 3, "currentPageSize": 1, "currentPageNumber": 1 },
            "users": [{ "id": "3" }]
        }));
    });
    let first = server.mock(|when, then| {
        when.method(GET)
            .path("/v2/users")
            .query_param("includeAvatars", "true")
            .query_param_missing("cursor");
        then.status(200).json_body(json!({
            "requestId": "r1",
            "records": { "totalRecords": 3, "currentPageSize": 2, "currentPageNumber": 0, "cursor": "U-2" },
            "users": [{ "id": "1" }, { "id": "2", "futureField": 1 }]
        }));
    });
    let r = run(
        &mut gong(&server.base_url(), &dir),
        &["-o", "jsonl", "api", "list-users", "--include-avatars", "--all"],
    )
    .ok();
    first.assert_calls(1);
    second.assert_calls(1);
    let users = r.lines();
    assert_eq!(
        users.iter().map(|u| u["id"].as_str().unwrap()).collect::<Vec<_>>(),
        ["1", "2", "3"]
    );
    assert_eq!(users[1]["futureField"], 1);

    // Without --all: one request, the answer as is (its cursor included).
    let r = run(
        &mut gong(&server.base_url(), &dir),
        &["api", "list-users", "--include-avatars"],
    )
    .ok();
    assert_eq!(r.json()["records"]["cursor"], "U-2");
    first.assert_calls(2);
    second.assert_calls(1);
}

#[test]
fn limit_follows_a_body_cursor_and_fetches_no_page_past_the_nth_record() {
    let dir = TempDir::new("api-limit");
    let server = MockServer::start();
    let first = server.mock(|when, then| {
        when.method(POST)
            .path("/v2/users/extensive")
            .json_body(json!({ "filter": { "createdFromDateTime": "2026-01-01T00:00:00Z" } }));
        then.status(200).json_body(json!({
            "records": { "totalRecords": 6, "currentPageSize": 2, "currentPageNumber": 0, "cursor": "B-2" },
            "users": [{ "id": "1" }, { "id": "2" }]
        }));
    });
    let second = server.mock(|when, then| {
        when.method(POST).path("/v2/users/extensive").json_body(json!({
            "filter": { "createdFromDateTime": "2026-01-01T00:00:00Z" },
            "cursor": "B-2"
        }));
        then.status(200).json_body(json!({
            "records": { "totalRecords": 6, "currentPageSize": 2, "currentPageNumber": 1, "cursor": "B-3" },
            "users": [{ "id": "3" }, { "id": "4" }]
        }));
    });
    let third = server.mock(|when, then| {
        when.method(POST).path("/v2/users/extensive").body_includes("B-3");
        then.status(200).json_body(json!({ "users": [{ "id": "5" }] }));
    });
    let r = run(
        &mut gong(&server.base_url(), &dir),
        &[
            "-o",
            "jsonl",
            "api",
            "list-multiple-users",
            "--body",
            r#"{"filter":{"createdFromDateTime":"2026-01-01T00:00:00Z"}}"#,
            "--limit",
            "3",
        ],
    )
    .ok();
    let ids: Vec<String> = r.lines().iter().map(|u| u["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(ids, ["1", "2", "3"]);
    first.assert_calls(1);
    second.assert_calls(1);
    third.assert_calls(0);
}

#[test]
fn a_repeated_cursor_stops_the_listing_and_no_records_found_is_empty() {
    let dir = TempDir::new("api-loop");
    let server = MockServer::start();
    let looping = server.mock(|when, then| {
        when.method(GET).path("/v2/flows");
        then.status(200).json_body(json!({
            "records": { "cursor": "SAME" },
            "flows": [{ "id": "1" }]
        }));
    });
    let r = run(
        &mut gong(&server.base_url(), &dir),
        &[
            "-o",
            "jsonl",
            "api",
            "list-flows",
            "--flow-owner-email",
            "a@b.c",
            "--all",
        ],
    )
    .code(4);
    assert!(r.stderr.contains("cursor"), "{}", r.stderr);
    looping.assert_calls(2);

    let none = server.mock(|when, then| {
        when.method(GET).path("/v2/calls");
        then.status(404)
            .json_body(json!({ "requestId": "r", "errors": ["No calls found corresponding to the provided filters"] }));
    });
    let r = run(
        &mut gong(&server.base_url(), &dir),
        &["-o", "jsonl", "api", "list-calls", "--all"],
    )
    .ok();
    assert!(r.stdout.trim().is_empty(), "{}", r.stdout);
    none.assert_calls(1);
}

/// Against the embedded Gong: `gong api` pages a listing to the same records
/// as the connector's command, and a body listing stops at `--limit`.
#[cfg(feature = "sandbox")]
#[test]
fn against_the_sandbox_api_listings_match_the_connector_commands() {
    let dir = TempDir::new("api-sandbox");
    let sandboxed = |args: &[&str]| {
        let all = [&["--sandbox", "--sandbox-calls", "7"][..], args].concat();
        run(&mut crate::bare(&dir.0), &all).ok()
    };
    let ids = |r: &Run, pointer: &str| -> Vec<String> {
        r.lines()
            .iter()
            .map(|v| {
                v.pointer(pointer)
                    .and_then(|x| x.as_str())
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect()
    };
    let api = sandboxed(&["api", "list-calls", "--all"]);
    let connector = sandboxed(&["calls", "list-calls"]);
    assert_eq!(ids(&api, "/id"), ids(&connector, "/id"));
    assert_eq!(ids(&api, "/id").len(), 7);

    let limited = sandboxed(&[
        "api",
        "list-calls-extensive",
        "--body",
        r#"{"filter":{}}"#,
        "--limit",
        "3",
    ]);
    assert_eq!(ids(&limited, "/metaData/id"), ids(&connector, "/id")[..3]);
}
