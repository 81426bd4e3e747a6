//! Paging from the document: the generated listings (`api::listings`, one
//! per `x-gong-cursor` operation) and any operation by name with JSON
//! (`operation::OperationCall`), on the wire.

use futures::{StreamExt, TryStreamExt};
use gong_client::api::{listings, operations, requests, types};
use gong_client::operation::OperationCall;
use gong_client::{Error, PagingError};
use httpmock::prelude::*;
use serde_json::json;

use crate::common::api_key_client;

/// Every listing of the document has its records property, and only listings do.
#[test]
fn every_cursor_operation_has_a_records_property() {
    assert_eq!(requests::ALL.len(), operations::ALL.len());
    let mut paged = 0;
    for r in requests::ALL {
        assert_eq!(r.operation.cursor.is_some(), r.items.is_some(), "{}", r.operation.id);
        paged += usize::from(r.items.is_some());
        // The kebab name is the operationId's.
        assert_eq!(
            r.name.replace('-', ""),
            r.operation.id.to_ascii_lowercase(),
            "{}",
            r.name
        );
    }
    assert_eq!(paged, 14);
    assert_eq!(requests::find("list-flows-folders").unwrap().items, Some("flows"));
    assert_eq!(requests::find("listCallsExtensive").unwrap().items, Some("calls"));
}

#[tokio::test]
async fn a_generated_query_listing_sends_its_parameters_and_follows_the_cursor() {
    let server = MockServer::start_async().await;
    let second = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/flows")
                .query_param("flowOwnerEmail", "ann@example.com")
                .query_param("workspaceId", "42")
                .query_param("cursor", "F-2");
            then.status(200)
                .json_body(json!({ "records": { "totalRecords": 3 }, "flows": [{ "id": "3" }] }));
        })
        .await;
    let first = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/flows")
                .query_param("flowOwnerEmail", "ann@example.com")
                .query_param("workspaceId", "42")
                .query_param_missing("cursor");
            then.status(200).json_body(json!({
                "records": { "totalRecords": 3, "cursor": "F-2" },
                "flows": [{ "id": "1", "name": "One" }, { "id": "2" }]
            }));
        })
        .await;
    let client = api_key_client(&server.base_url());
    let listing = listings::ListFlows {
        cursor: None,
        flow_owner_email: "ann@example.com".into(),
        folder_id: None,
        most_recently_assigned: None,
        workspace_id: Some("42".parse().unwrap()),
    };
    let flows: Vec<types::PublicApiFlow> = client.listing_items(listing.clone()).try_collect().await.unwrap();
    let ids: Vec<String> = flows.iter().map(|f| f.id.as_ref().unwrap().to_string()).collect();
    assert_eq!(ids, ["1", "2", "3"]);
    assert_eq!(flows[0].name.as_deref(), Some("One"));
    first.assert_calls_async(1).await;
    second.assert_calls_async(1).await;

    // A cursor in the listing resumes there.
    let resumed: Vec<_> = client
        .listing_items(listings::ListFlows {
            cursor: Some("F-2".into()),
            ..listing
        })
        .try_collect()
        .await
        .unwrap();
    assert_eq!(resumed.len(), 1);
    first.assert_calls_async(1).await;
    second.assert_calls_async(2).await;
}

#[tokio::test]
async fn a_generated_body_listing_puts_the_cursor_in_the_body_and_refuses_a_loop() {
    let server = MockServer::start_async().await;
    let first = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/stats/activity/scorecards")
                .json_body(json!({ "filter": { "reviewMethod": "MANUAL" } }));
            then.status(200).json_body(json!({
                "records": { "cursor": "S-2" },
                "answeredScorecards": [{ "answeredScorecardId": "1" }]
            }));
        })
        .await;
    let again = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/stats/activity/scorecards")
                .json_body(json!({ "filter": { "reviewMethod": "MANUAL" }, "cursor": "S-2" }));
            // The same cursor back: a loop, not more data.
            then.status(200).json_body(json!({
                "records": { "cursor": "S-2" },
                "answeredScorecards": [{ "answeredScorecardId": "2" }]
            }));
        })
        .await;
    let client = api_key_client(&server.base_url());
    let body: types::PublicApiBaseRequestV2AnsweredScorecardsFilter =
        serde_json::from_value(json!({ "filter": { "reviewMethod": "MANUAL" } })).unwrap();
    let got: Vec<_> = client
        .listing_pages(listings::ListAnsweredScorecards { body })
        .collect()
        .await;
    assert_eq!(got.len(), 3, "two pages, then the error");
    assert_eq!(got[1].as_ref().unwrap().items.len(), 1);
    assert!(matches!(
        got[2],
        Err(Error::Paging(PagingError::RepeatedCursor { page: 2, .. }))
    ));
    first.assert_calls_async(1).await;
    again.assert_calls_async(1).await;
}

#[tokio::test]
async fn an_operation_call_is_checked_before_sending_and_keeps_what_gong_sent() {
    let server = MockServer::start_async().await;
    let anything = server
        .mock_async(|when, then| {
            when.path_includes("/v2/");
            then.status(500);
        })
        .await;
    let client = api_key_client(&server.base_url());
    let bad = [
        OperationCall::new("list-flows-folders")
            .and_then(|c| c.param("parentId", "x"))
            .err(),
        OperationCall::new("list-logs")
            .and_then(|c| c.param("logType", "Nope"))
            .err(),
        OperationCall::new("list-logs")
            .and_then(|c| c.param("fromDateTime", "2026-13-01"))
            .err(),
        OperationCall::new("list-flows-folders").and_then(|c| c.check()).err(),
        OperationCall::new("get-users-access-to-calls")
            .and_then(|c| c.body(json!({ "filter": { "callIds": [true] } })))
            .err(),
        OperationCall::new("list-call-outcomes")
            .and_then(|c| c.body(json!({})))
            .err(),
        OperationCall::new("nope").err(),
    ];
    let fields: Vec<String> = bad
        .into_iter()
        .map(|e| match e {
            Some(Error::InvalidInput { field, .. }) => field,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        fields,
        [
            "parentId",
            "logType",
            "fromDateTime",
            "flowFolderOwnerEmail",
            "body.filter.callIds[0]",
            "body",
            "operation"
        ]
    );
    // A listing stream of a call that is not a listing fails before sending.
    let call = OperationCall::new("list-call-outcomes").unwrap();
    let r: Vec<_> = client.operation_pages(call).collect().await;
    assert!(matches!(r.as_slice(), [Err(Error::InvalidInput { .. })]));
    anything.assert_calls_async(0).await;
    anything.delete_async().await;

    let outcomes = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/call-outcomes");
            then.status(200).json_body(json!({
                "requestId": "r1",
                "callOutcomes": [{ "id": "1", "name": "Booked", "sentIn2027": [1] }]
            }));
        })
        .await;
    let answer = client
        .call_operation(&OperationCall::new("list-call-outcomes").unwrap())
        .await
        .unwrap();
    assert_eq!(answer["callOutcomes"][0]["sentIn2027"], json!([1]));
    outcomes.assert_calls_async(1).await;
}
