//! The calls export (`POST /v2/calls/extensive`): the request on the wire,
//! items across pages, and resuming from a page's cursor, on the sandbox and
//! on a scripted server.

use crate::common::{Reply, ScriptServer};

use std::collections::HashSet;

use futures::{StreamExt, TryStreamExt};
use gong_client::export::{CallsExport, Content, ContextLevel, Section};
use gong_client::{Client, Error, GongId};
use gong_sandbox::{Sandbox, SandboxHandle};
use serde_json::json;

fn client_of(sb: &SandboxHandle) -> Client {
    sb.client_builder().rate_limit(None).daily_budget(None).build().unwrap()
}

fn id_of(call: &gong_client::api::types::CallData) -> String {
    let v = serde_json::to_value(call).unwrap();
    v["metaData"]["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_request_carries_filter_selector_and_the_cursor_in_the_body_only() {
    let call = |id: &str| json!({ "metaData": { "id": id }, "parties": [] });
    let server = ScriptServer::start(vec![
        Reply::json(
            200,
            json!({ "requestId": "r1", "records": { "totalRecords": 3, "currentPageSize": 2, "currentPageNumber": 0, "cursor": "c-2" },
                    "calls": [call("1"), call("2")] }),
        ),
        Reply::json(
            200,
            json!({ "requestId": "r2", "records": { "totalRecords": 3, "currentPageSize": 1, "currentPageNumber": 1 },
                    "calls": [call("3")] }),
        ),
    ])
    .await;
    let client = Client::builder()
        .base_url(&server.url)
        .rate_limit(None)
        .api_key("k", "s")
        .build()
        .unwrap();
    let export = CallsExport::new()
        .since("2026-01-01T00:00:00Z")
        .until("2026-02-01T00:00:00+01:00")
        .workspace(GongId::new("555").unwrap())
        .primary_users([GongId::new("77").unwrap()])
        .content(
            Content::none()
                .with(Section::Parties)
                .with(Section::CallOutcome)
                .with(Section::PublicComments)
                .context(ContextLevel::Basic),
        );
    let calls: Vec<_> = client.export_calls(export).try_collect().await.unwrap();
    assert_eq!(calls.iter().map(id_of).collect::<Vec<_>>(), ["1", "2", "3"]);

    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    for s in &seen {
        assert_eq!((s.method.as_str(), s.path.as_str()), ("POST", "/v2/calls/extensive"));
        assert_eq!(s.query, None, "no cursor in the query string");
    }
    let first = seen[0].json();
    assert_eq!(
        first["filter"],
        json!({ "fromDateTime": "2026-01-01T00:00:00Z", "toDateTime": "2026-02-01T00:00:00+01:00",
                "workspaceId": "555", "primaryUserIds": ["77"] })
    );
    assert!(first.get("cursor").is_none(), "{first}");
    let selector = &first["contentSelector"];
    assert_eq!(selector["context"], "Basic");
    let fields = &selector["exposedFields"];
    assert_eq!(fields["parties"], true);
    assert_eq!(fields["media"], false);
    assert_eq!(fields["content"]["callOutcome"], true);
    assert_eq!(fields["content"]["brief"], false);
    assert_eq!(fields["interaction"]["speakers"], false);
    assert_eq!(fields["collaboration"]["publicComments"], true);
    let second = seen[1].json();
    assert_eq!(second["cursor"], "c-2");
    assert_eq!(second["filter"], first["filter"]);
    assert_eq!(second["contentSelector"], first["contentSelector"]);
}

#[tokio::test]
async fn a_bad_export_is_refused_before_anything_is_sent() {
    let server = ScriptServer::start(vec![]).await;
    let client = Client::builder()
        .base_url(&server.url)
        .rate_limit(None)
        .api_key("k", "s")
        .build()
        .unwrap();
    let r: Result<Vec<_>, _> = client
        .export_calls(CallsExport::new().since("last week"))
        .try_collect()
        .await;
    assert!(
        matches!(&r, Err(Error::InvalidInput { field, .. }) if field == "since"),
        "{r:?}"
    );
    assert!(server.seen().is_empty());
}

#[tokio::test]
async fn every_call_arrives_once_across_pages_with_every_section() {
    let sb = Sandbox::builder().seed(41).calls(230).start().await.unwrap();
    let client = client_of(&sb);
    let calls: Vec<_> = client.export_calls(CallsExport::new()).try_collect().await.unwrap();
    let ids: HashSet<String> = calls.iter().map(id_of).collect();
    assert_eq!(calls.len(), ids.len(), "no call twice");
    let expected: HashSet<String> = sb.call_ids().iter().map(|i| i.as_str().to_owned()).collect();
    assert_eq!(ids, expected);
    let first = serde_json::to_value(&calls[0]).unwrap();
    for key in ["parties", "content", "interaction", "collaboration", "media"] {
        assert!(first.get(key).is_some_and(|v| !v.is_null()), "{key} missing: {first}");
    }
    // Metadata only: the sections are absent.
    let bare: Vec<_> = client
        .export_calls(CallsExport::new().content(Content::none()))
        .take(1)
        .try_collect()
        .await
        .unwrap();
    let bare = serde_json::to_value(&bare[0]).unwrap();
    assert!(bare.get("parties").is_none_or(|v| v.is_null()), "{bare}");
    sb.shutdown().await;
}

#[tokio::test]
async fn resuming_from_a_pages_cursor_gives_exactly_the_rest() {
    let sb = Sandbox::builder().seed(42).calls(250).start().await.unwrap();
    let client = client_of(&sb);
    let export = CallsExport::new().since("2000-01-01T00:00:00Z");
    let all: Vec<String> = client
        .export_calls(export.clone())
        .map_ok(|c| id_of(&c))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 250);

    // Interrupted after the first page: its cursor resumes the export.
    let mut pages = Box::pin(client.export_calls_pages(export.clone()));
    let first = pages.next().await.unwrap().unwrap();
    let cursor = first.next_cursor.clone().expect("more pages");
    drop(pages);
    gong_client::export::check_cursor(&cursor).unwrap();
    let rest: Vec<String> = client
        .export_calls(export.cursor(cursor))
        .map_ok(|c| id_of(&c))
        .try_collect()
        .await
        .unwrap();
    let mut joined: Vec<String> = first.items.iter().map(id_of).collect();
    joined.extend(rest.iter().cloned());
    assert_eq!(
        joined, all,
        "the first page and the rest are the whole export, in order"
    );
    sb.shutdown().await;
}
