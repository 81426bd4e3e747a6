//! What Gong sent comes back whole: sync stores each record's JSON as Gong
//! sent it (unknown fields, a date-time's offset, every digit), on the wire
//! (httpmock).

use httpmock::prelude::*;
use serde_json::{Value, json};

use crate::common::api_key_client;

/// A call of `POST /v2/calls/extensive` as a 2026 tenant sends it: a field
/// the document lacks (at two levels), the tenant's offset, a duration as a
/// string, a null list, a decimal an `f32` would alter, a 19-digit id.
fn tenant_call() -> Value {
    json!({
        "metaData": {
            "id": "7782342274025937895",
            "title": "Renewal",
            "started": "2026-03-02T09:15:30.123456+02:00",
            "scheduled": 1772435700,
            "duration": "1843",
            "workspaceId": 623457276584334u64,
            "conferencingProviders": ["Zoom", { "since": 2026 }]
        },
        "parties": null,
        "content": { "trackers": [{ "id": "5", "name": "Pricing", "count": "3" }], "brief": "b" },
        "interaction": { "interactionStats": [{ "name": "Talk ratio", "value": 1301.67 }] },
        "aiVerdict": { "score": 0.8125, "labels": ["renewal"] }
    })
}

fn page(calls: Vec<Value>) -> Value {
    json!({ "requestId": "r1", "records": { "totalRecords": 1, "currentPageSize": 1, "currentPageNumber": 0 },
            "calls": calls, "pageHint": "kept" })
}

#[tokio::test]
async fn sync_stores_what_gong_sent() {
    use gong_sync::{SqliteStore, SyncOptions, SyncStream, Syncer};
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/calls/extensive");
            then.status(200).json_body(page(vec![tenant_call()]));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/workspaces");
            then.status(200)
                .json_body(json!({ "requestId": "w", "workspaces": [{ "id": "623457276584334", "name": "Main" }] }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/calls/transcript");
            then.status(200)
                .json_body(json!({ "requestId": "t", "callTranscripts": [] }));
        })
        .await;
    let dir = crate::common::TempDir::new("reemit-sync");
    let path = dir.path("gong.db");
    let store = SqliteStore::open(&path).unwrap();
    let client = api_key_client(&server.base_url());
    let options = SyncOptions::new()
        .streams([SyncStream::Calls])
        .since(Some("2026-03-01T00:00:00Z".parse().unwrap()));
    let report = Syncer::new(&client, &store, options).run().await.unwrap();
    assert_eq!(report.streams.iter().map(|s| s.records).sum::<u64>(), 1, "{report:?}");
    let conn = rusqlite::Connection::open(&path).unwrap();
    let stored: String = conn.query_row("SELECT json FROM calls", [], |r| r.get(0)).unwrap();
    // Sync keeps Gong's JSON as sent: nothing normalized, nothing dropped.
    let stored: Value = serde_json::from_str(&stored).unwrap();
    assert_eq!(stored, tenant_call());
    assert!(stored.to_string().contains("\"2026-03-02T09:15:30.123456+02:00\""));
}
