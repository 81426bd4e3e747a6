//! What Gong sent comes back whole where the library re-emits records: the
//! typed calls export keeps unknown fields, the offset of a date-time and
//! every digit, on the wire (httpmock); gong-sync's tests check its stored
//! JSON the same way. A value that still cannot be typed fails with its
//! path and the raw body.

use futures::TryStreamExt as _;
use gong_client::Error;
use gong_client::export::CallsExport;
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

/// `tenant_call` as a lossless re-emit gives it back: numbers sent as
/// strings are numbers, ids are strings, null lists are left out.
fn tenant_call_reemitted() -> Value {
    let mut v = tenant_call();
    v["metaData"]["duration"] = json!(1843);
    v["metaData"]["workspaceId"] = json!("623457276584334");
    v["content"]["trackers"][0]["count"] = json!(3);
    v.as_object_mut().unwrap().remove("parties");
    v
}

fn page(calls: Vec<Value>) -> Value {
    json!({ "requestId": "r1", "records": { "totalRecords": 1, "currentPageSize": 1, "currentPageNumber": 0 },
            "calls": calls, "pageHint": "kept" })
}

#[tokio::test]
async fn the_typed_export_re_emits_unknown_fields_offsets_and_digits() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/calls/extensive");
            then.status(200).json_body(page(vec![tenant_call()]));
        })
        .await;
    let client = api_key_client(&server.base_url());
    let calls: Vec<_> = client
        .export_calls(CallsExport::new().since("2026-03-01T00:00:00Z"))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(calls.len(), 1);
    let started = calls[0].meta_data.as_ref().and_then(|m| m.started.as_ref()).unwrap();
    assert_eq!(started.fixed().offset().local_minus_utc(), 2 * 3600);
    assert_eq!(serde_json::to_value(&calls[0]).unwrap(), tenant_call_reemitted());
    // Typed values are there too.
    let meta = calls[0].meta_data.as_ref().unwrap();
    assert_eq!(meta.duration, Some(1843));
    assert_eq!(meta.extra["conferencingProviders"], json!(["Zoom", { "since": 2026 }]));
}

#[tokio::test]
async fn a_value_that_cannot_be_typed_names_its_path_and_keeps_the_body() {
    let server = MockServer::start_async().await;
    let mut bad = tenant_call();
    bad["metaData"]["duration"] = json!("about half an hour");
    let calls: Vec<Value> = (0..7).map(|_| tenant_call()).chain([bad]).collect();
    let body = serde_json::to_vec(&page(calls)).unwrap();
    let sent = body.clone();
    server
        .mock_async(move |when, then| {
            when.method(POST).path("/v2/calls/extensive");
            then.status(200)
                .header("content-type", "application/json")
                .body(sent.clone());
        })
        .await;
    let client = api_key_client(&server.base_url());
    let e = client
        .export_calls(CallsExport::new().since("2026-03-01T00:00:00Z"))
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    let Error::Decode { path, body: raw, .. } = &e else {
        panic!("expected a decode error, got {e:?}")
    };
    assert_eq!(path, "calls[7].metaData.duration");
    let raw = raw.as_ref().expect("the body is kept");
    assert_eq!(raw.as_bytes(), &body[..]);
    assert_eq!(
        raw.json().unwrap()["calls"][7]["metaData"]["duration"],
        "about half an hour"
    );
    // Its Debug shows the length, not Gong's data.
    assert!(!format!("{e:?}").contains("Renewal"), "{e:?}");
}
