//! How Gong's refusals map to typed errors, on the wire: a missing OAuth
//! scope answered with 401 (as Gong documents) or 403, bad credentials,
//! the meetings API's "limited release" and "provider disconnected", and
//! every field of Gong's error body kept on the error.

use std::sync::Arc;

use crate::common::oauth_config;

use gong_client::actions::Meeting;
use gong_client::auth::{MemoryTokenStore, TokenSet};
use gong_client::{AuthError, Client, Error};
use httpmock::prelude::*;
use serde_json::json;

/// An OAuth client whose stored token (`acc-1`, not expired) was granted `scope`.
fn oauth_client(server: &MockServer, scope: &str) -> Client {
    let mut tokens = TokenSet::new("acc-1", "ref-1", u64::MAX / 2);
    tokens.scope = Some(scope.to_owned());
    Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .oauth(oauth_config(server), Arc::new(MemoryTokenStore::with(tokens)))
        .build()
        .unwrap()
}

/// The token endpoint: `ref-1` rotates to `acc-2`/`ref-2`, granted `scope`.
async fn refresh_mock<'a>(server: &'a MockServer, scope: &str) -> httpmock::Mock<'a> {
    server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/oauth2/generate-customer-token")
                .query_param("grant_type", "refresh_token")
                .query_param("refresh_token", "ref-1");
            then.status(200).json_body(json!({
                "access_token": "acc-2", "refresh_token": "ref-2", "expires_in": 86400,
                "token_type": "bearer", "scope": scope,
            }));
        })
        .await
}

async fn refused<'a>(server: &'a MockServer, path: &str, token: &str, status: u16) -> httpmock::Mock<'a> {
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path(path)
                .header("authorization", format!("Bearer {token}"));
            then.status(status).json_body(json!({
                "requestId": format!("rid-{token}"),
                "errors": ["Access denied"],
            }));
        })
        .await
}

#[tokio::test]
async fn a_401_after_a_refresh_on_a_scope_not_granted_is_missing_scope_naming_it() {
    let server = MockServer::start_async().await;
    let refresh = refresh_mock(&server, "api:calls:read:basic api:calls:create").await;
    let first = refused(&server, "/v2/workspaces", "acc-1", 401).await;
    let second = refused(&server, "/v2/workspaces", "acc-2", 401).await;
    let client = oauth_client(&server, "api:calls:read:basic api:calls:create");
    let e = client.api().list_workspaces().send().await.unwrap_err();
    // Refreshed once, retried with the new token, refused again.
    refresh.assert_calls_async(1).await;
    first.assert_calls_async(1).await;
    second.assert_calls_async(1).await;
    match &e {
        Error::Auth(AuthError::MissingScope {
            operation,
            scope,
            granted,
            status,
            request_id,
            messages,
            ..
        }) => {
            assert_eq!(operation, "listWorkspaces");
            assert_eq!(*scope, Some("api:workspaces:read"));
            assert_eq!(granted.as_deref(), Some("api:calls:read:basic api:calls:create"));
            assert_eq!(*status, 401);
            assert_eq!(request_id.as_deref(), Some("rid-acc-2"));
            assert_eq!(messages, &["Access denied"]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(e.status(), Some(401));
    assert!(e.to_string().contains("api:workspaces:read"), "{e}");
}

#[tokio::test]
async fn a_401_after_a_refresh_on_a_granted_scope_is_bad_credentials() {
    let server = MockServer::start_async().await;
    let scopes = "api:calls:read:basic api:workspaces:read";
    let refresh = refresh_mock(&server, scopes).await;
    refused(&server, "/v2/workspaces", "acc-1", 401).await;
    let second = refused(&server, "/v2/workspaces", "acc-2", 401).await;
    let client = oauth_client(&server, scopes);
    let e = client.api().list_workspaces().send().await.unwrap_err();
    refresh.assert_calls_async(1).await;
    second.assert_calls_async(1).await;
    assert!(
        matches!(&e, Error::Auth(AuthError::BadCredentials { request_id, .. }) if request_id.as_deref() == Some("rid-acc-2")),
        "{e:?}"
    );
}

#[tokio::test]
async fn a_403_on_a_scope_not_granted_is_missing_scope_without_a_refresh() {
    let server = MockServer::start_async().await;
    let refresh = refresh_mock(&server, "api:calls:read:basic").await;
    let forbidden = refused(&server, "/v2/users", "acc-1", 403).await;
    let client = oauth_client(&server, "api:calls:read:basic");
    let e = client.api().list_users().send().await.unwrap_err();
    refresh.assert_calls_async(0).await;
    forbidden.assert_calls_async(1).await;
    match e {
        Error::Auth(AuthError::MissingScope {
            scope, granted, status, ..
        }) => {
            assert_eq!(scope, Some("api:users:read"));
            assert_eq!(granted.as_deref(), Some("api:calls:read:basic"));
            assert_eq!(status, 403);
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_403_on_a_granted_scope_is_forbidden_not_missing_scope() {
    let server = MockServer::start_async().await;
    refused(&server, "/v2/users", "acc-1", 403).await;
    let client = oauth_client(&server, "api:users:read");
    let e = client.api().list_users().send().await.unwrap_err();
    assert!(
        matches!(&e, Error::Auth(AuthError::Forbidden { operation, .. }) if operation == "listUsers"),
        "{e:?}"
    );
    assert_eq!(e.status(), Some(403));
}

fn meeting() -> Meeting {
    Meeting::builder("2026-03-02T15:00:00Z", "2026-03-02T15:30:00Z", "rep@example.com")
        .title("Demo")
        .build()
        .unwrap()
}

#[tokio::test]
async fn meetings_provider_disconnected_is_its_own_error_and_keeps_user_facing_error() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/meetings");
            then.status(409).json_body(json!({
                "requestId": "rq-409",
                "errors": ["Calendar PROVIDER Disconnected for user rep@example.com"],
                "userFacingError": "Reconnect your calendar in Gong",
                "fixUrl": "https://app.gong.io/settings/calendar",
                "retryable": false,
            }));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .api_key("k", "s")
        .build()
        .unwrap();
    let e = client.create_meeting(meeting()).await.unwrap_err();
    m.assert_calls_async(1).await;
    match &e {
        Error::ProviderDisconnected {
            operation,
            request_id,
            messages,
            details,
            ..
        } => {
            assert_eq!(operation, "addMeeting");
            assert_eq!(request_id.as_deref(), Some("rq-409"));
            assert_eq!(messages.len(), 1);
            assert_eq!(details.user_facing_error(), Some("Reconnect your calendar in Gong"));
            assert_eq!(
                details.get("fixUrl"),
                Some(&json!("https://app.gong.io/settings/calendar"))
            );
            assert_eq!(details.get("retryable"), Some(&json!(false)));
            let mut names: Vec<_> = details.fields().map(|(k, _)| k).collect();
            names.sort_unstable();
            assert_eq!(names, ["fixUrl", "retryable", "userFacingError"]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(e.status(), Some(409));
    assert_eq!(e.user_facing_error(), Some("Reconnect your calendar in Gong"));
    assert!(e.to_string().contains("Reconnect your calendar in Gong"), "{e}");
}

#[tokio::test]
async fn a_409_that_is_not_a_disconnection_stays_a_plain_api_error_with_its_fields() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/meetings");
            then.status(409).json_body(json!({
                "requestId": "rq-dup",
                "errors": ["A meeting with this id already exists"],
                "userFacingError": "Already scheduled",
            }));
        })
        .await;
    // A 409 mentioning a disconnection, but not from the meetings API.
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/workspaces");
            then.status(409)
                .json_body(json!({ "errors": ["integration disconnected"], "extra": [1, 2] }));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .api_key("k", "s")
        .build()
        .unwrap();
    let e = client.create_meeting(meeting()).await.unwrap_err();
    assert!(matches!(e, Error::Api { status: 409, .. }), "{e:?}");
    assert_eq!(e.user_facing_error(), Some("Already scheduled"));
    let e = client.api().list_workspaces().send().await.unwrap_err();
    assert!(matches!(e, Error::Api { status: 409, .. }), "{e:?}");
    assert_eq!(e.details().and_then(|d| d.get("extra")), Some(&json!([1, 2])));
}

#[tokio::test]
async fn meetings_limited_release_is_its_own_error_for_api_keys_and_oauth() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/meetings");
            then.status(403).json_body(json!({
                "requestId": "rq-403",
                "errors": ["This API endpoint is in LIMITED RELEASE - contact your CSM for more information."],
            }));
        })
        .await;
    let key_client = Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .api_key("k", "s")
        .build()
        .unwrap();
    let e = key_client.create_meeting(meeting()).await.unwrap_err();
    assert!(
        matches!(&e, Error::LimitedRelease { operation, request_id, .. }
            if operation == "addMeeting" && request_id.as_deref() == Some("rq-403")),
        "{e:?}"
    );
    assert_eq!(e.status(), Some(403));
    // An OAuth token without the meetings scope still gets the limited-release error:
    // the message is the more specific answer.
    let oauth = oauth_client(&server, "api:calls:read:basic");
    let e = oauth.create_meeting(meeting()).await.unwrap_err();
    assert!(matches!(e, Error::LimitedRelease { .. }), "{e:?}");
    m.assert_calls_async(2).await;
}

#[tokio::test]
async fn error_text_from_gong_is_printable() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/workspaces");
            then.status(400).json_body(json!({
                "errors": ["bad\u{1b}[31m input"],
                "userFacingError": "line\nbreak",
            }));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .api_key("k", "s")
        .build()
        .unwrap();
    let e = client.api().list_workspaces().send().await.unwrap_err();
    let shown = e.to_string();
    assert!(!shown.chars().any(char::is_control), "{shown:?}");
    // The error itself keeps Gong's text as sent.
    assert_eq!(e.user_facing_error(), Some("line\nbreak"));
}

// ------------------------------------------------------------- sandbox

mod sandbox {
    use std::sync::Arc;
    use std::time::Duration;

    use crate::common::log_in;
    use futures::TryStreamExt;
    use gong_client::actions::ListCalls;
    use gong_client::auth::MemoryTokenStore;
    use gong_client::{AuthError, Client, Error};
    use gong_sandbox::{MissingScopeStatus, Sandbox};

    fn client(base: &str, config: gong_client::auth::OAuthConfig) -> Client {
        Client::builder()
            .base_url(base)
            .oauth(config, Arc::new(MemoryTokenStore::default()))
            .rate_limit(None)
            .daily_budget(None)
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn a_missing_scope_is_missing_scope_whether_the_sandbox_answers_401_or_403() {
        for (setting, status) in [
            (None, 401),
            (Some(MissingScopeStatus::Unauthorized), 401),
            (Some(MissingScopeStatus::Forbidden), 403),
        ] {
            let mut builder = Sandbox::builder()
                .seed(41)
                .calls(5)
                .rate_limit(None)
                .enforce_scopes(true);
            if let Some(s) = setting {
                builder = builder.missing_scope_status(s);
            }
            let sb = builder.start().await.unwrap();
            // The connector's default scopes: api:calls:create api:calls:read:basic.
            let c = client(sb.url(), sb.oauth_config("http://localhost:7777/cb"));
            log_in(&c, "http://localhost:7777/cb").await;
            let calls: Vec<_> = c.list_calls(ListCalls::all()).try_collect().await.unwrap();
            assert_eq!(calls.len(), 5);
            let e = c.api().list_workspaces().send().await.unwrap_err();
            match &e {
                Error::Auth(AuthError::MissingScope { scope, status: got, .. }) => {
                    assert_eq!(*scope, Some("api:workspaces:read"));
                    assert_eq!(*got, status);
                }
                other => panic!("{status}: {other:?}"),
            }
            let stats = sb.stats();
            assert!(stats.statuses.get(&status).is_some_and(|n| *n >= 1), "{stats:?}");
            if status == 401 {
                // Refused, refreshed once, refused again.
                assert_eq!(stats.missing_scope, 2, "{stats:?}");
                assert_eq!(stats.token_refreshes, 1, "{stats:?}");
                assert_eq!(stats.statuses.get(&403), None);
            } else {
                assert_eq!(stats.missing_scope, 1, "{stats:?}");
                assert_eq!(stats.token_refreshes, 0, "{stats:?}");
                assert_eq!(stats.statuses.get(&401), None);
            }
            assert_eq!(stats.refresh_token_reuses, 0);

            // With the scope granted, the same operation works.
            let granted = client(
                sb.url(),
                sb.oauth_config("http://localhost:7777/cb")
                    .with_scopes("api:calls:read:basic api:workspaces:read"),
            );
            log_in(&granted, "http://localhost:7777/cb").await;
            granted.api().list_workspaces().send().await.unwrap();
            sb.shutdown().await;
        }
    }

    #[tokio::test]
    async fn a_401_that_survives_a_refresh_on_a_granted_scope_is_bad_credentials() {
        // Gong's classic: Bearer calls sent to a host that is not the tenant's.
        let elsewhere = Sandbox::builder()
            .seed(43)
            .calls(1)
            .rate_limit(None)
            .start()
            .await
            .unwrap();
        let sb = Sandbox::builder()
            .seed(42)
            .calls(1)
            .rate_limit(None)
            .enforce_scopes(true)
            .api_base_url_for_customer(elsewhere.url())
            .access_token_lifetime(Duration::from_secs(3600))
            .start()
            .await
            .unwrap();
        let c = client(
            sb.url(),
            sb.oauth_config("http://localhost:7777/cb")
                .with_scopes("api:workspaces:read"),
        );
        log_in(&c, "http://localhost:7777/cb").await;
        let e = c.api().list_workspaces().send().await.unwrap_err();
        assert!(matches!(e, Error::Auth(AuthError::BadCredentials { .. })), "{e:?}");
        assert_eq!(sb.stats().token_refreshes, 1);
        assert_eq!(elsewhere.stats().unauthorized, 2);
        elsewhere.shutdown().await;
        sb.shutdown().await;
    }
}

/// `POST /v2/calls/extensive` asking for media needs a second scope, and a
/// refusal names it; the same call without media names only the first.
#[tokio::test]
async fn a_403_on_extensive_with_media_names_the_media_url_scope() {
    let server = MockServer::start_async().await;
    let forbidden = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/calls/extensive")
                .header("authorization", "Bearer acc-1")
                .json_body_includes(r#"{ "contentSelector": { "exposedFields": { "media": true } } }"#);
            then.status(403)
                .json_body(json!({ "requestId": "rid-m", "errors": ["Access denied"] }));
        })
        .await;
    let client = oauth_client(&server, "api:calls:read:extensive");
    let body: gong_client::actions::ExtensiveCallsRequest = serde_json::from_value(json!({
        "filter": {}, "contentSelector": { "exposedFields": { "media": true } }
    }))
    .unwrap();
    let e = client.api().list_calls_extensive().body(body).send().await.unwrap_err();
    forbidden.assert_calls_async(1).await;
    match &e {
        Error::Auth(AuthError::MissingScope {
            scope, needs, status, ..
        }) => {
            assert_eq!(*scope, Some("api:calls:read:media-url"));
            assert_eq!(needs, &["api:calls:read:extensive", "api:calls:read:media-url"]);
            assert_eq!(*status, 403);
        }
        other => panic!("{other:?}"),
    }
    assert!(e.to_string().contains("`api:calls:read:media-url`"), "{e}");
}

/// With an API key (no scope list known), a 403 on extensive with media says
/// both scopes the request needed.
#[tokio::test]
async fn an_api_key_403_on_extensive_with_media_names_both_scopes() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/calls/extensive");
            then.status(403)
                .json_body(json!({ "requestId": "rid-k", "errors": ["Access denied"] }));
        })
        .await;
    let client = crate::common::api_key_client(&server.base_url());
    for (media, want) in [
        (true, vec!["api:calls:read:extensive", "api:calls:read:media-url"]),
        (false, vec!["api:calls:read:extensive"]),
    ] {
        let body: gong_client::actions::ExtensiveCallsRequest = serde_json::from_value(json!({
            "filter": {}, "contentSelector": { "exposedFields": { "media": media } }
        }))
        .unwrap();
        let e = client.api().list_calls_extensive().body(body).send().await.unwrap_err();
        match &e {
            Error::Auth(AuthError::MissingScope { needs, .. }) => assert_eq!(needs, &want, "media={media}"),
            other => panic!("{other:?}"),
        }
        let text = e.to_string();
        assert_eq!(text.contains("api:calls:read:media-url"), media, "{text}");
    }
}

/// The operation table says which scopes a body needs, without a request.
#[test]
fn the_operation_table_knows_conditional_scopes_and_deprecations() {
    let op = gong_client::api::operations::find("listCallsExtensive").expect("in the table");
    assert_eq!(op.scopes_for(None), vec!["api:calls:read:extensive"]);
    let media = json!({ "contentSelector": { "exposedFields": { "media": true } } });
    assert_eq!(
        op.scopes_for(Some(&media)),
        vec!["api:calls:read:extensive", "api:calls:read:media-url"]
    );
    let kept = gong_client::api::operations::ALL
        .iter()
        .filter(|o| o.deprecated.is_some())
        .map(|o| o.path)
        .collect::<Vec<_>>();
    assert_eq!(kept, ["/v2/calls/manual-crm-associations"]);
}
