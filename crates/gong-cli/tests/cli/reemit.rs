//! `gong`'s JSON, JSON Lines and `calls export` output keep what Gong sent:
//! fields the document lacks, the offset of a date-time, every digit. On the
//! wire, against a local mock of Gong.

use httpmock::prelude::*;
use serde_json::{Value, json};

use crate::TempDir;

fn gong(base: &str, dir: &TempDir) -> std::process::Command {
    let mut c = crate::bare(&dir.0);
    c.env("GONG_BASE_URL", base)
        .env("GONG_ACCESS_KEY", "cli-reemit-key")
        .env("GONG_ACCESS_KEY_SECRET", "cli-reemit-secret");
    c
}

/// A call of `GET /v2/calls` as a 2026 tenant sends it.
fn listed_call(id: &str) -> Value {
    json!({ "id": id, "title": format!("Call {id}"), "started": "2026-03-02T09:15:30.123456+02:00",
            "duration": "1843", "workspaceId": 623457276584334u64, "isPrivate": null,
            "conferencingProviders": ["Zoom"], "aiScore": 1301.67 })
}

/// What a lossless re-emit of [`listed_call`] is.
fn listed_call_reemitted(id: &str) -> Value {
    json!({ "id": id, "title": format!("Call {id}"), "started": "2026-03-02T09:15:30.123456+02:00",
            "duration": 1843, "workspaceId": "623457276584334",
            "conferencingProviders": ["Zoom"], "aiScore": 1301.67 })
}

#[test]
fn calls_list_json_and_json_lines_keep_what_gong_sent() {
    let dir = TempDir::new("reemit-list");
    let server = MockServer::start();
    let m = server.mock(|when, then| {
        when.method(GET).path("/v2/calls");
        then.status(200).json_body(json!({
            "requestId": "r1",
            "records": { "totalRecords": 2, "currentPageSize": 2, "currentPageNumber": 0 },
            "calls": [listed_call("7782342274025937895"), listed_call("7782342274025937896")]
        }));
    });
    let args = ["calls", "list", "--from-date-time", "2026-03-01T00:00:00Z"];
    let r = crate::run_with(
        &mut gong(&server.base_url(), &dir),
        &[&args[..], &["--output", "jsonl"]].concat(),
        None,
    )
    .ok();
    assert_eq!(
        r.lines(),
        vec![
            listed_call_reemitted("7782342274025937895"),
            listed_call_reemitted("7782342274025937896")
        ]
    );
    // The text itself keeps the offset and the fraction.
    assert!(
        r.stdout.contains("\"2026-03-02T09:15:30.123456+02:00\""),
        "{}",
        r.stdout
    );
    let r = crate::run_with(
        &mut gong(&server.base_url(), &dir),
        &[&args[..], &["--output", "json"]].concat(),
        None,
    )
    .ok();
    assert_eq!(
        r.json(),
        json!([
            listed_call_reemitted("7782342274025937895"),
            listed_call_reemitted("7782342274025937896")
        ])
    );
    m.assert_calls(2);
}

#[test]
fn calls_export_keeps_what_gong_sent() {
    let dir = TempDir::new("reemit-export");
    let server = MockServer::start();
    let call = json!({
        "metaData": { "id": "7782342274025937895", "started": "2026-03-02T09:15:30-04:00", "duration": "60",
                      "conferencingProviders": ["Teams"] },
        "parties": [{ "id": "5731493270143284122", "name": "Robin", "affiliation": "SomethingNew", "seatColor": "blue" }],
        "aiVerdict": { "score": 0.8125 }
    });
    let m = server.mock(|when, then| {
        when.method(POST).path("/v2/calls/extensive");
        then.status(200).json_body(json!({
            "requestId": "r1",
            "records": { "totalRecords": 1, "currentPageSize": 1, "currentPageNumber": 0 },
            "calls": [call]
        }));
    });
    let out = dir.path("calls.jsonl");
    let args = [
        "calls",
        "export",
        "--out",
        out.to_str().unwrap(),
        "--since",
        "2026-03-01T00:00:00Z",
    ];
    crate::run_with(&mut gong(&server.base_url(), &dir), &args, None).ok();
    m.assert();
    let text = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let mut want = call.clone();
    want["metaData"]["duration"] = json!(60);
    assert_eq!(lines, vec![want]);
    assert!(text.contains("\"2026-03-02T09:15:30-04:00\""), "{text}");
}
