//! Calls through the generated bindings (`client.api().op().send()`), as a
//! user makes them without the facade, return the crate's own errors on the
//! wire: rate limited, budget spent, Gong's error with its `requestId`, a
//! decode error with the JSON path. No synthetic status ever reaches the
//! caller.

use gong_client::retry::RetryPolicy;
use gong_client::{Client, Error};
use httpmock::prelude::*;
use serde_json::json;

fn client(server: &MockServer) -> gong_client::ClientBuilder {
    Client::builder()
        .base_url(server.base_url())
        .api_key("key", "secret")
        .rate_limit(None)
        .retry_policy(RetryPolicy::none())
}

#[tokio::test]
async fn a_429_is_rate_limited_with_retry_after_and_request_id() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/calls/7").header_exists("authorization");
            then.status(429)
                .header("retry-after", "3")
                .json_body(json!({ "requestId": "rid-429", "errors": ["Too many requests"] }));
        })
        .await;
    let client = client(&server).build().unwrap();
    let e = client
        .api()
        .get_call()
        .id(gong_client::GongId::new("7").unwrap())
        .send()
        .await
        .unwrap_err();
    mock.assert_calls_async(1).await;
    match &e {
        Error::RateLimited {
            retry_after,
            request_id,
            ..
        } => {
            assert_eq!(*retry_after, Some(std::time::Duration::from_secs(3)));
            assert_eq!(request_id.as_deref(), Some("rid-429"));
        }
        other => panic!("expected RateLimited, got {other:?}"),
    }
}

#[tokio::test]
async fn a_spent_budget_is_budget_spent_and_sends_nothing_more() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/workspaces");
            then.status(200)
                .json_body(json!({ "requestId": "r", "workspaces": [] }));
        })
        .await;
    let client = client(&server).daily_budget(Some(1)).build().unwrap();
    client.api().list_workspaces().send().await.unwrap();
    let e = client.api().list_workspaces().send().await.unwrap_err();
    assert!(matches!(e, Error::BudgetSpent { limit: 1, .. }), "{e:?}");
    assert_eq!(e.status(), None, "no synthetic status: {e:?}");
    mock.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_4xx_is_gongs_error_with_its_request_id_and_every_message() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/calls/extensive")
                .json_body_includes(r#"{ "filter": { "callIds": ["12"] } }"#);
            then.status(400).json_body(json!({
                "requestId": "rid-400",
                "errors": ["callIds: bad id"],
                "userFacingError": "Check the call ids",
            }));
        })
        .await;
    let client = client(&server).build().unwrap();
    let body: gong_client::actions::ExtensiveCallsRequest =
        serde_json::from_value(json!({ "filter": { "callIds": ["12"] } })).unwrap();
    let e = client.api().list_calls_extensive().body(body).send().await.unwrap_err();
    mock.assert_calls_async(1).await;
    match &e {
        Error::Api {
            status,
            operation,
            request_id,
            messages,
            details,
            ..
        } => {
            assert_eq!(*status, 400);
            assert_eq!(operation, "listCallsExtensive");
            assert_eq!(request_id.as_deref(), Some("rid-400"));
            assert_eq!(messages, &vec!["callIds: bad id".to_owned()]);
            assert_eq!(details.user_facing_error(), Some("Check the call ids"));
        }
        other => panic!("expected Api, got {other:?}"),
    }
}

#[tokio::test]
async fn a_server_error_keeps_its_own_status() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/workspaces");
            then.status(503).json_body(json!({ "requestId": "rid-503" }));
        })
        .await;
    let client = client(&server).build().unwrap();
    let e = client.api().list_workspaces().send().await.unwrap_err();
    assert_eq!(e.status(), Some(503), "{e:?}");
    assert_eq!(e.request_id(), Some("rid-503"));
}

#[tokio::test]
async fn a_body_that_does_not_fit_is_a_decode_error_naming_the_path() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/workspaces");
            then.status(200)
                .json_body(json!({ "requestId": "r", "workspaces": [{ "id": "1", "name": 5 }] }));
        })
        .await;
    let client = client(&server).build().unwrap();
    let e = client.api().list_workspaces().send().await.unwrap_err();
    match &e {
        Error::Decode { path, .. } => assert_eq!(path, "workspaces[0].name"),
        other => panic!("expected Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn a_body_with_required_fields_that_was_never_set_fails_before_sending() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(json!({ "requestId": "r" }));
        })
        .await;
    let client = client(&server).build().unwrap();
    // `POST /v2/calls` has required fields (actualStart, parties, ...): no
    // default body exists, so a send without `body(..)` is refused locally.
    let e = client.api().add_call().send().await.unwrap_err();
    any.assert_calls_async(0).await;
    let text = e.to_string();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e:?}");
    assert!(
        text.contains("NewCallAddingRequest") && text.contains("required"),
        "{text}"
    );
}
