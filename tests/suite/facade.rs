//! Wire-level tests of the facade core: auth, OAuth, retries, pacing,
//! paging, media upload and raw requests.

use crate::common;

use std::sync::Arc;
use std::time::Duration;

use common::{Reply, ScriptServer, multipart_parts, oauth_config, paused_client, workspaces};
use futures::future::BoxFuture;
use futures::{StreamExt, TryStreamExt};
use gong_client::actions::{ExtensiveCallsRequest, ListCalls};
use gong_client::auth::{MemoryTokenStore, TokenSet, TokenStore};
use gong_client::media::MediaFile;
use gong_client::raw::{RawRequest, ResponseType};
use gong_client::retry::RetryPolicy;
use gong_client::{AuthError, Client, Error, GongId, PagingError};
use httpmock::prelude::*;
use secrecy::ExposeSecret;
use serde_json::json;
use tokio::time::Instant;

fn no_pacing(base: &str) -> gong_client::ClientBuilder {
    Client::builder().base_url(base).rate_limit(None)
}

// ------------------------------------------------------------------ auth

#[tokio::test]
async fn api_key_sends_exact_basic_header_bytes() {
    let server = MockServer::start_async().await;
    // base64("key:secret") = a2V5OnNlY3JldA==
    let m = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/workspaces")
                .header("authorization", "Basic a2V5OnNlY3JldA==");
            then.status(200).json_body(workspaces());
        })
        .await;
    let client = no_pacing(&server.base_url()).api_key("key", "secret").build().unwrap();
    let answer = client.api().list_workspaces().send().await.unwrap();
    assert_eq!(answer.workspaces[0].name.as_deref(), Some("Sales"));
    m.assert_calls_async(1).await;
    assert!(
        !format!("{client:?}").contains("secret\""),
        "Debug must not show the secret"
    );
}

#[tokio::test]
async fn api_key_client_from_env_and_bad_base_url() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/workspaces")
                .header("authorization", "Basic ZW52a2V5OmVudnNlY3JldA==");
            then.status(200).json_body(workspaces());
        })
        .await;
    let url = server.base_url();
    let vars = move |name: &str| match name {
        "GONG_ACCESS_KEY" => Some("envkey".to_owned()),
        "GONG_ACCESS_KEY_SECRET" => Some("envsecret".to_owned()),
        "GONG_BASE_URL" => Some(url.clone()),
        _ => None,
    };
    let client = Client::from_vars(vars).unwrap();
    client.list_workspaces().await.unwrap();
    m.assert_calls_async(1).await;
    let missing = Client::from_vars(|name| (name == "GONG_ACCESS_KEY").then(|| "k".to_owned())).unwrap_err();
    assert!(
        matches!(missing, Error::InvalidInput { ref field, .. } if field == "GONG_ACCESS_KEY_SECRET"),
        "{missing}"
    );
    let err = Client::builder().base_url("not a url").build().unwrap_err();
    assert!(
        matches!(err, Error::InvalidInput { ref field, .. } if field == "baseUrl"),
        "{err}"
    );
}

#[tokio::test]
async fn bad_credentials_and_missing_scope_are_typed() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/workspaces");
            then.status(401)
                .json_body(json!({ "requestId": "q1", "errors": ["Unauthorized"] }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/users");
            then.status(403)
                .json_body(json!({ "requestId": "q2", "errors": ["missing scope"] }));
        })
        .await;
    let client = no_pacing(&server.base_url()).api_key("k", "s").build().unwrap();
    let e = client.api().list_workspaces().send().await.unwrap_err();
    assert!(
        matches!(e, Error::Auth(AuthError::BadCredentials { ref request_id, .. }) if request_id.as_deref() == Some("q1")),
        "{e:?}"
    );
    let e = client.api().list_users().send().await.unwrap_err();
    match e {
        Error::Auth(AuthError::MissingScope { scope, .. }) => assert_eq!(scope, Some("api:users:read")),
        other => panic!("{other:?}"),
    }
}

// ----------------------------------------------------------------- OAuth

fn past() -> u64 {
    1
}

#[tokio::test]
async fn oauth_code_exchange_moves_to_the_customer_base_url() {
    let auth_server = MockServer::start_async().await;
    let tenant = MockServer::start_async().await;
    let exchange = auth_server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/oauth2/generate-customer-token")
                .header("authorization", "Basic Y2lkOmNzZWNyZXQ=")
                .query_param("grant_type", "authorization_code")
                .query_param("code", "the-code")
                .query_param("redirect_uri", "http://localhost:7777/callback");
            then.status(200).json_body(json!({
                "access_token": "acc-1", "refresh_token": "ref-1", "expires_in": 86400,
                "token_type": "bearer", "scope": "api:calls:read:basic",
                "api_base_url_for_customer": tenant.base_url()
            }));
        })
        .await;
    let wrong_host = auth_server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/workspaces");
            then.status(401);
        })
        .await;
    let on_tenant = tenant
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/workspaces")
                .header("authorization", "Bearer acc-1");
            then.status(200).json_body(workspaces());
        })
        .await;
    let store = Arc::new(MemoryTokenStore::default());
    let client = no_pacing(&auth_server.base_url())
        .oauth(oauth_config(&auth_server), store.clone())
        .build()
        .unwrap();
    let url = client.authorization_url("st4te").unwrap();
    assert!(url.starts_with(&auth_server.url(
        "/oauth2/authorize?client_id=cid&response_type=code&scope=api%3Acalls%3Acreate+api%3Acalls%3Aread%3Abasic"
    )));
    assert!(url.ends_with("&state=st4te"));
    client.exchange_code("the-code").await.unwrap();
    exchange.assert_calls_async(1).await;
    assert_eq!(
        store.load().await.unwrap().unwrap().refresh_token().expose_secret(),
        "ref-1"
    );
    assert_eq!(client.base_url().as_str().trim_end_matches('/'), tenant.base_url());
    client.api().list_workspaces().send().await.unwrap();
    on_tenant.assert_calls_async(1).await;
    wrong_host.assert_calls_async(0).await;
}

#[tokio::test]
async fn fifty_concurrent_requests_on_an_expired_token_refresh_once() {
    let server = MockServer::start_async().await;
    let refresh = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/oauth2/generate-customer-token")
                .query_param("grant_type", "refresh_token")
                .query_param("refresh_token", "ref-old");
            then.status(200)
                .delay(Duration::from_millis(50))
                .json_body(json!({ "access_token": "acc-new", "refresh_token": "ref-new", "expires_in": 86400 }));
        })
        .await;
    let api = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/workspaces")
                .header("authorization", "Bearer acc-new");
            then.status(200).json_body(workspaces());
        })
        .await;
    let store = Arc::new(MemoryTokenStore::with(TokenSet::new("acc-old", "ref-old", past())));
    let client = no_pacing(&server.base_url())
        .oauth(oauth_config(&server), store.clone())
        .build()
        .unwrap();
    let calls = (0..50).map(|_| {
        let c = client.clone();
        async move { c.api().list_workspaces().send().await }
    });
    for r in futures::future::join_all(calls).await {
        r.unwrap();
    }
    refresh.assert_calls_async(1).await;
    api.assert_calls_async(50).await;
    assert_eq!(client.stats().token_refreshes, 1);
    let stored = store.load().await.unwrap().unwrap();
    assert_eq!(stored.refresh_token().expose_secret(), "ref-new");
    assert_eq!(stored.access_token().expose_secret(), "acc-new");
}

#[tokio::test]
async fn a_401_refreshes_once_then_retries() {
    let server = MockServer::start_async().await;
    let refresh = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/oauth2/generate-customer-token")
                .query_param("refresh_token", "ref-1");
            then.status(200)
                .json_body(json!({ "access_token": "acc-2", "expires_in": 86400 }));
        })
        .await;
    let revoked = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/workspaces")
                .header("authorization", "Bearer acc-1");
            then.status(401)
                .json_body(json!({ "errors": ["access token has been revoked"] }));
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/workspaces")
                .header("authorization", "Bearer acc-2");
            then.status(200).json_body(workspaces());
        })
        .await;
    let store = Arc::new(MemoryTokenStore::with(TokenSet::new("acc-1", "ref-1", u64::MAX / 2)));
    let client = no_pacing(&server.base_url())
        .oauth(oauth_config(&server), store.clone())
        .build()
        .unwrap();
    client.api().list_workspaces().send().await.unwrap();
    refresh.assert_calls_async(1).await;
    revoked.assert_calls_async(1).await;
    ok.assert_calls_async(1).await;
    // A refresh answer without a refresh token keeps the old one.
    assert_eq!(
        store.load().await.unwrap().unwrap().refresh_token().expose_secret(),
        "ref-1"
    );
}

#[tokio::test]
async fn invalid_grant_is_reconnect_required_and_keeps_the_stored_token() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/oauth2/generate-customer-token");
            then.status(400)
                .json_body(json!({ "error": "invalid_grant", "error_description": "refresh token reused" }));
        })
        .await;
    let api = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/workspaces");
            then.status(200).json_body(workspaces());
        })
        .await;
    let store = Arc::new(MemoryTokenStore::with(TokenSet::new("acc-old", "ref-old", past())));
    let client = no_pacing(&server.base_url())
        .oauth(oauth_config(&server), store.clone())
        .build()
        .unwrap();
    let e = client.api().list_workspaces().send().await.unwrap_err();
    assert!(matches!(e, Error::Auth(AuthError::ReconnectRequired { .. })), "{e:?}");
    api.assert_calls_async(0).await;
    let kept = store.load().await.unwrap().unwrap();
    assert_eq!(kept.refresh_token().expose_secret(), "ref-old");
    assert_eq!(kept.access_token().expose_secret(), "acc-old");
}

/// A store whose saves fail until told otherwise.
#[derive(Debug, Default)]
struct FlakyStore {
    inner: MemoryTokenStore,
    fail: std::sync::atomic::AtomicBool,
}

impl TokenStore for FlakyStore {
    fn load(&self) -> BoxFuture<'_, std::io::Result<Option<TokenSet>>> {
        self.inner.load()
    }
    fn save<'a>(&'a self, t: &'a TokenSet) -> BoxFuture<'a, std::io::Result<()>> {
        if self.fail.load(std::sync::atomic::Ordering::SeqCst) {
            return Box::pin(async { Err(std::io::Error::other("disk full")) });
        }
        self.inner.save(t)
    }
}

#[tokio::test]
async fn rotated_tokens_are_saved_before_use_and_never_lost() {
    let server = MockServer::start_async().await;
    let refresh = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/oauth2/generate-customer-token")
                .query_param("refresh_token", "ref-old");
            then.status(200)
                .json_body(json!({ "access_token": "acc-new", "refresh_token": "ref-new", "expires_in": 86400 }));
        })
        .await;
    let api = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/workspaces")
                .header("authorization", "Bearer acc-new");
            then.status(200).json_body(workspaces());
        })
        .await;
    let store = Arc::new(FlakyStore {
        inner: MemoryTokenStore::with(TokenSet::new("acc-old", "ref-old", past())),
        fail: true.into(),
    });
    let client = no_pacing(&server.base_url())
        .oauth(oauth_config(&server), store.clone())
        .build()
        .unwrap();
    let e = client.api().list_workspaces().send().await.unwrap_err();
    assert!(matches!(e, Error::Io { .. }), "{e:?}");
    // The new token was not used while it was unsaved ...
    api.assert_calls_async(0).await;
    // ... and not lost: once the store works, it is saved, then used, with no second refresh.
    store.fail.store(false, std::sync::atomic::Ordering::SeqCst);
    client.api().list_workspaces().send().await.unwrap();
    refresh.assert_calls_async(1).await;
    api.assert_calls_async(1).await;
    assert_eq!(
        store.load().await.unwrap().unwrap().refresh_token().expose_secret(),
        "ref-new"
    );
}

#[tokio::test]
async fn a_refresh_sends_its_parameters_in_the_query_with_basic_client_auth_by_default() {
    let server = MockServer::start_async().await;
    // Gong's guide: POST .../generate-customer-token?grant_type=refresh_token&refresh_token=...
    // with `Authorization: Basic base64(client_id:client_secret)` and no body.
    let refresh = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/oauth2/generate-customer-token")
                .header("authorization", "Basic Y2lkOmNzZWNyZXQ=")
                .query_param("grant_type", "refresh_token")
                .query_param("refresh_token", "ref-old")
                .body("");
            then.status(200)
                .json_body(json!({ "access_token": "acc-new", "refresh_token": "ref-new", "expires_in": 86400 }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/workspaces")
                .header("authorization", "Bearer acc-new");
            then.status(200).json_body(workspaces());
        })
        .await;
    let config = oauth_config(&server);
    assert_eq!(config.token_params, gong_client::auth::TokenParams::Query);
    let store = Arc::new(MemoryTokenStore::with(TokenSet::new("acc-old", "ref-old", past())));
    let client = no_pacing(&server.base_url()).oauth(config, store).build().unwrap();
    client.api().list_workspaces().send().await.unwrap();
    refresh.assert_calls_async(1).await;
}

#[tokio::test]
async fn token_parameters_travel_in_a_form_body_when_asked() {
    let server = MockServer::start_async().await;
    let refresh = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/oauth2/generate-customer-token")
                .header("authorization", "Basic Y2lkOmNzZWNyZXQ=")
                .header("content-type", "application/x-www-form-urlencoded")
                .query_param_missing("grant_type")
                .query_param_missing("refresh_token")
                .form_urlencoded_tuple("grant_type", "refresh_token")
                .form_urlencoded_tuple("refresh_token", "ref-old");
            then.status(200)
                .json_body(json!({ "access_token": "acc-new", "refresh_token": "ref-new", "expires_in": 86400 }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/workspaces")
                .header("authorization", "Bearer acc-new");
            then.status(200).json_body(workspaces());
        })
        .await;
    let config = oauth_config(&server).with_token_params(gong_client::auth::TokenParams::Form);
    let store = Arc::new(MemoryTokenStore::with(TokenSet::new("acc-old", "ref-old", past())));
    let client = no_pacing(&server.base_url()).oauth(config, store).build().unwrap();
    client.api().list_workspaces().send().await.unwrap();
    refresh.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_failed_refresh_never_shows_the_refresh_token() {
    // A token endpoint that cannot be reached: the request's URL (whose
    // query holds the refresh token) must not reach the error or its chain.
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = dead.local_addr().unwrap().port();
    drop(dead);
    let token_url = format!("http://127.0.0.1:{port}/oauth2/generate-customer-token");
    let config = gong_client::auth::OAuthConfig::new("cid", "csecret", "http://localhost:7777/callback")
        .with_urls(format!("http://127.0.0.1:{port}/oauth2/authorize"), token_url);
    let store = Arc::new(MemoryTokenStore::with(TokenSet::new(
        "acc-old",
        "ref-SECRET-42",
        past(),
    )));
    let captured = Captured::default();
    let sink = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || sink.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let client = no_pacing(&format!("http://127.0.0.1:{port}"))
        .oauth(config, store)
        .build()
        .unwrap();
    let err = client.api().list_workspaces().send().await.unwrap_err();
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        !log.contains("ref-SECRET-42") && !log.contains("refresh_token="),
        "{log}"
    );
    let mut shown = format!("{err} {err:?}");
    let mut source = std::error::Error::source(&err);
    while let Some(s) = source {
        shown.push_str(&format!(" {s} {s:?}"));
        source = s.source();
    }
    assert!(!shown.contains("ref-SECRET-42"), "the refresh token leaked: {shown}");
    assert!(
        !shown.contains("refresh_token="),
        "the token URL's query leaked: {shown}"
    );
}

// ------------------------------------------------------ retries and pacing

#[tokio::test(start_paused = true)]
async fn a_429_with_retry_after_waits_that_long() {
    let server = ScriptServer::start(vec![
        Reply::json(429, json!({ "errors": ["Too many requests"] })).with_header("retry-after", "2"),
        Reply::json(200, workspaces()),
    ])
    .await;
    let client = paused_client(&server.url).rate_limit(None).build().unwrap();
    client.api().list_workspaces().send().await.unwrap();
    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].at - seen[0].at, Duration::from_secs(2));
    assert_eq!(client.stats().rate_limited, 1);
    assert_eq!(client.stats().retries, 1);
}

#[tokio::test(start_paused = true)]
async fn a_429_after_every_retry_is_rate_limited() {
    let server = ScriptServer::start(vec![]).await;
    server.set_fallback(Reply::json(429, json!({ "requestId": "z" })).with_header("retry-after", "1"));
    let client = paused_client(&server.url).rate_limit(None).build().unwrap();
    let e = client.api().list_workspaces().send().await.unwrap_err();
    assert!(
        matches!(e, Error::RateLimited { retry_after: Some(d), .. } if d == Duration::from_secs(1)),
        "{e:?}"
    );
    assert_eq!(server.seen().len(), 4);
}

#[tokio::test(start_paused = true)]
async fn server_errors_are_retried_with_capped_backoff_then_surfaced() {
    let server = ScriptServer::start(vec![]).await;
    server.set_fallback(Reply::json(503, json!({ "requestId": "e1", "errors": ["busy"] })));
    let policy = RetryPolicy::default().with_max_retries(3);
    let client = paused_client(&server.url)
        .rate_limit(None)
        .retry_policy(policy.clone())
        .build()
        .unwrap();
    let e = client.api().list_workspaces().send().await.unwrap_err();
    assert!(
        matches!(e, Error::Api { status: 503, ref request_id, .. } if request_id.as_deref() == Some("e1")),
        "{e:?}"
    );
    let seen = server.seen();
    assert_eq!(seen.len(), 4, "first attempt and three retries");
    for (n, pair) in seen.windows(2).enumerate() {
        let gap = pair[1].at - pair[0].at;
        let ceiling = policy.base_delay * 2u32.pow(n as u32);
        assert!(gap <= ceiling, "gap {n} was {gap:?}, above {ceiling:?}");
    }
}

#[tokio::test(start_paused = true)]
async fn a_post_is_not_retried_after_a_500_unless_gong_deduplicates_it() {
    let server = ScriptServer::start(vec![]).await;
    server.set_fallback(Reply::json(500, json!({ "errors": ["boom"] })));
    let client = paused_client(&server.url).rate_limit(None).build().unwrap();
    let meeting: gong_client::api::types::NewMeetingRequest = serde_json::from_value(json!({
        "startTime": "2026-01-01T10:00:00Z", "endTime": "2026-01-01T11:00:00Z",
        "organizerEmail": "a@example.com", "invitees": [], "title": "t"
    }))
    .unwrap();
    let e = client.api().add_meeting().body(meeting).send().await.unwrap_err();
    assert!(matches!(e, Error::Api { status: 500, .. }));
    assert_eq!(server.seen().len(), 1, "a non-idempotent POST is sent once");

    // Adding a call is deduplicated by clientUniqueId, so the policy retries it.
    let call: gong_client::api::types::NewCallAddingRequest = serde_json::from_value(json!({
        "clientUniqueId": "u-1", "actualStart": "2026-01-01T10:00:00Z", "direction": "Outbound",
        "primaryUser": "123", "parties": [{ "userId": "123" }]
    }))
    .unwrap();
    let e = client.api().add_call().body(call).send().await.unwrap_err();
    eprintln!(
        "{e:?} {:?}",
        server.seen().iter().map(|s| s.path.clone()).collect::<Vec<_>>()
    );
    assert_eq!(server.seen().len(), 1 + 4);
}

#[tokio::test(start_paused = true)]
async fn thirty_requests_at_the_default_limit_take_at_least_9_6_seconds() {
    let server = ScriptServer::start(vec![]).await;
    server.set_fallback(Reply::json(200, workspaces()));
    let client = paused_client(&server.url).build().unwrap();
    let start = Instant::now();
    let calls = (0..30).map(|_| {
        let c = client.clone();
        async move { c.api().list_workspaces().send().await }
    });
    for r in futures::future::join_all(calls).await {
        r.unwrap();
    }
    assert!(start.elapsed() >= Duration::from_millis(9_600), "{:?}", start.elapsed());
    let seen = server.seen();
    assert_eq!(seen.len(), 30);
    assert!(seen[29].at - seen[0].at >= Duration::from_millis(9_600));
}

#[tokio::test(start_paused = true)]
async fn the_daily_budget_stops_requests_with_a_typed_error() {
    let server = ScriptServer::start(vec![]).await;
    server.set_fallback(Reply::json(200, workspaces()));
    let client = paused_client(&server.url)
        .rate_limit(None)
        .daily_budget(Some(2))
        .build()
        .unwrap();
    for _ in 0..2 {
        client.api().list_workspaces().send().await.unwrap();
    }
    let e = client.api().list_workspaces().send().await.unwrap_err();
    assert!(matches!(e, Error::BudgetSpent { limit: 2, .. }), "{e:?}");
    assert_eq!(server.seen().len(), 2);
}

// ---------------------------------------------------------------- paging

fn call_basic(id: &str) -> serde_json::Value {
    json!({ "id": id, "title": format!("call {id}"), "started": "2026-01-01T10:00:00.123456-07:00" })
}

#[tokio::test]
async fn get_paging_follows_query_cursors() {
    let server = MockServer::start_async().await;
    let p1 = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/calls").query_param("fromDateTime", "2026-01-01T00:00:00Z").query_param_missing("cursor");
            then.status(200).json_body(json!({ "records": { "totalRecords": 3, "currentPageSize": 1, "currentPageNumber": 0, "cursor": "c1" }, "calls": [call_basic("1")] }));
        })
        .await;
    let p2 = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/calls").query_param("fromDateTime", "2026-01-01T00:00:00Z").query_param("cursor", "c1");
            then.status(200).json_body(json!({ "records": { "totalRecords": 3, "currentPageSize": 1, "currentPageNumber": 1, "cursor": "c2" }, "calls": [call_basic("2")] }));
        })
        .await;
    let p3 = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/calls").query_param("cursor", "c2");
            then.status(200).json_body(json!({ "records": { "totalRecords": 3, "currentPageSize": 1, "currentPageNumber": 2 }, "calls": [call_basic("3")] }));
        })
        .await;
    let client = no_pacing(&server.base_url()).api_key("k", "s").build().unwrap();
    let filter = ListCalls::builder()
        .from_date_time("2026-01-01T00:00:00Z")
        .build()
        .unwrap();
    let pages: Vec<_> = client.list_calls_pages(filter).try_collect().await.unwrap();
    let cursors: Vec<_> = pages.iter().map(|p| p.next_cursor.clone()).collect();
    assert_eq!(cursors, vec![Some("c1".into()), Some("c2".into()), None]);
    let ids: Vec<String> = pages
        .iter()
        .flat_map(|p| p.items.iter().map(|c| c.id.as_ref().unwrap().to_string()))
        .collect();
    assert_eq!(ids, vec!["1", "2", "3"]);
    for m in [&p1, &p2, &p3] {
        m.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn post_paging_puts_the_cursor_in_the_body_only() {
    let server = ScriptServer::start(vec![
        Reply::json(
            200,
            json!({ "records": { "cursor": "b1" }, "calls": [{ "metaData": { "id": "10" } }] }),
        ),
        Reply::json(
            200,
            json!({ "records": { "cursor": "b2" }, "calls": [{ "metaData": { "id": "11" } }] }),
        ),
        Reply::json(200, json!({ "records": {}, "calls": [{ "metaData": { "id": "12" } }] })),
    ])
    .await;
    let client = no_pacing(&server.url).api_key("k", "s").build().unwrap();
    let request: ExtensiveCallsRequest = serde_json::from_value(json!({
        "filter": { "fromDateTime": "2026-01-01T00:00:00Z" },
        "contentSelector": { "exposedFields": { "parties": true } }
    }))
    .unwrap();
    let calls: Vec<_> = client
        .list_calls_extensive_pages(request)
        .try_collect::<Vec<_>>()
        .await
        .unwrap();
    assert_eq!(calls.len(), 3);
    let seen = server.seen();
    assert_eq!(seen.len(), 3);
    let sent_cursors: Vec<Option<String>> = seen
        .iter()
        .map(|s| s.json().get("cursor").and_then(|c| c.as_str()).map(str::to_owned))
        .collect();
    assert_eq!(sent_cursors, vec![None, Some("b1".into()), Some("b2".into())]);
    for s in &seen {
        assert_eq!(s.method, "POST");
        assert_eq!(s.path, "/v2/calls/extensive");
        assert_eq!(s.query, None, "the cursor never travels in the query of a POST");
        assert_eq!(s.json()["filter"]["fromDateTime"], "2026-01-01T00:00:00Z");
    }
}

#[tokio::test]
async fn an_empty_404_is_an_empty_stream() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/calls");
            then.status(404).json_body(
                json!({ "requestId": "n", "errors": ["No calls found corresponding to the provided filters"] }),
            );
        })
        .await;
    let client = no_pacing(&server.base_url()).api_key("k", "s").build().unwrap();
    let pages: Vec<_> = client.list_calls_pages(ListCalls::all()).try_collect().await.unwrap();
    assert!(pages.is_empty());
    m.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_repeating_cursor_errors_instead_of_looping() {
    let server = ScriptServer::start(vec![]).await;
    server.set_fallback(Reply::json(
        200,
        json!({ "records": { "cursor": "same" }, "calls": [call_basic("1")] }),
    ));
    let client = no_pacing(&server.url).api_key("k", "s").build().unwrap();
    let results: Vec<_> = client.list_calls_pages(ListCalls::all()).collect().await;
    assert_eq!(results.len(), 3);
    assert!(matches!(
        results[2],
        Err(Error::Paging(PagingError::RepeatedCursor { page: 2, .. }))
    ));
    assert_eq!(server.seen().len(), 2, "no request after the repeat");
}

// ----------------------------------------------------------------- media

#[tokio::test]
async fn upload_sends_one_media_file_part_with_content_length_and_retries_from_the_start() {
    let dir = std::env::temp_dir().join(format!("gong-upload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("call.mp3");
    let bytes: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&path, &bytes).unwrap();
    let server = ScriptServer::start(vec![
        Reply::json(500, json!({ "errors": ["try again"] })),
        Reply::json(201, json!({ "requestId": "u", "callId": "7782342274025937895", "url": "https://app.gong.io/call?id=7782342274025937895" })),
    ])
    .await;
    let client = no_pacing(&server.url)
        .api_key("k", "s")
        .retry_policy(RetryPolicy::default().with_base_delay(Duration::from_millis(1)))
        .build()
        .unwrap();
    let progress = Arc::new(std::sync::Mutex::new(Vec::new()));
    let p = progress.clone();
    let media = MediaFile::from_path(&path)
        .await
        .unwrap()
        .on_progress(move |sent, total| p.lock().unwrap().push((sent, total)));
    let answer = client
        .add_call_media(&GongId::new("7782342274025937895").unwrap(), media)
        .await
        .unwrap();
    assert_eq!(answer.call_id.unwrap().as_str(), "7782342274025937895");
    let seen = server.seen();
    assert_eq!(seen.len(), 2, "one failed attempt, one retry");
    for s in &seen {
        assert_eq!(s.method, "PUT");
        assert_eq!(s.path, "/v2/calls/7782342274025937895/media");
        assert_eq!(
            s.header("content-length").unwrap().parse::<usize>().unwrap(),
            s.body.len()
        );
        assert_eq!(s.header("authorization"), Some("Basic azpz"));
        let parts = multipart_parts(s.header("content-type").unwrap(), &s.body);
        assert_eq!(parts.len(), 1, "exactly one part");
        let (head, content) = &parts[0];
        assert!(head.contains("name=\"mediaFile\""), "{head}");
        assert!(head.contains("filename=\"call.mp3\""), "{head}");
        assert!(head.to_ascii_lowercase().contains("content-type: audio/mpeg"), "{head}");
        assert_eq!(content, &bytes, "the retry re-opened the file from its start");
    }
    let progress = progress.lock().unwrap();
    assert_eq!(*progress.last().unwrap(), (bytes.len() as u64, bytes.len() as u64));
    std::fs::remove_dir_all(dir).unwrap();
}

#[tokio::test]
async fn a_sparse_file_over_the_limit_is_refused_before_any_request() {
    let dir = std::env::temp_dir().join(format!("gong-sparse-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("huge.wav");
    std::fs::File::create(&path).unwrap().set_len(1_600_000_000).unwrap();
    let server = ScriptServer::start(vec![]).await;
    let client = no_pacing(&server.url).api_key("k", "s").build().unwrap();
    let e = client
        .add_call_media(&GongId::new("1").unwrap(), MediaFile::from_path(&path).await.unwrap())
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::InvalidInput { ref field, ref rule, .. } if field == "mediaFile" && rule.contains("1.5 GB")),
        "{e}"
    );
    assert!(server.seen().is_empty());
    std::fs::remove_dir_all(dir).unwrap();
}

// ------------------------------------------------------------------- raw

#[derive(Clone, Default)]
struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn raw_request_debug_log_redacts_authorization() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/calls/extensive")
                .query_param("trace", "1")
                .header("x-extra", "yes")
                .header("authorization", "Basic a2V5OnRvcHNlY3JldA==")
                .json_body(json!({ "filter": {} }));
            then.status(200).json_body(json!({ "ok": true }));
        })
        .await;
    let captured = Captured::default();
    let sink = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || sink.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let client = no_pacing(&server.base_url())
        .api_key("key", "topsecret")
        .build()
        .unwrap();
    let answer = client
        .raw(
            RawRequest::new(reqwest::Method::POST, "/v2/calls/extensive")
                .query("trace", "1")
                .header("x-extra", "yes")
                .json(json!({ "filter": {} }))
                .debug(true),
        )
        .await
        .unwrap();
    assert_eq!(answer.status, 200);
    assert_eq!(
        answer.body,
        gong_client::raw::RawResponseBody::Json(json!({ "ok": true }))
    );
    m.assert_calls_async(1).await;
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        log.contains(&format!("POST {}/v2/calls/extensive?trace=1", server.base_url())),
        "{log}"
    );
    assert!(log.contains("authorization: [redacted]"), "{log}");
    assert!(log.contains("x-extra: yes"), "{log}");
    assert!(
        !log.contains("a2V5OnRvcHNlY3JldA") && !log.contains("topsecret"),
        "{log}"
    );
}

#[tokio::test]
async fn raw_request_refuses_other_hosts_unless_allowed_and_never_sends_credentials_there() {
    let api = MockServer::start_async().await;
    let other = MockServer::start_async().await;
    let m = other
        .mock_async(|when, then| {
            when.method(GET).path("/file").header_missing("authorization");
            then.status(200).body("plain");
        })
        .await;
    let client = no_pacing(&api.base_url()).api_key("k", "s").build().unwrap();
    let e = client
        .raw(RawRequest::new(reqwest::Method::GET, other.url("/file")))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput { ref field, .. } if field == "url"));
    let ok = client
        .raw(
            RawRequest::new(reqwest::Method::GET, other.url("/file"))
                .allow_other_hosts(true)
                .response_type(ResponseType::Text),
        )
        .await
        .unwrap();
    assert_eq!(ok.body, gong_client::raw::RawResponseBody::Text("plain".into()));
    m.assert_calls_async(1).await;
}

#[tokio::test(start_paused = true)]
async fn raw_request_retry_knobs() {
    let server = ScriptServer::start(vec![]).await;
    server.set_fallback(Reply::json(404, json!({ "errors": ["nope"] })));
    let client = paused_client(&server.url).rate_limit(None).build().unwrap();
    // Defaults: no retries.
    let _ = client
        .raw(RawRequest::new(reqwest::Method::GET, "/v2/x"))
        .await
        .unwrap_err();
    assert_eq!(server.seen().len(), 1);
    // Retry on all errors, fixed delay of 250 ms, two retries.
    let _ = client
        .raw(
            RawRequest::new(reqwest::Method::GET, "/v2/x")
                .max_retries(2)
                .retry_on_all_errors(true)
                .retry_delay(Duration::from_millis(250)),
        )
        .await
        .unwrap_err();
    let seen = server.seen();
    assert_eq!(seen.len(), 4);
    assert_eq!(seen[2].at - seen[1].at, Duration::from_millis(250));
    assert_eq!(seen[3].at - seen[2].at, Duration::from_millis(250));
}

/// A server for one upload at a time that reads the body `chunk` bytes at a
/// time with `pause` between reads, then answers 201; with `stop_after`, it
/// stops reading after that many body bytes and never answers (it keeps the
/// connection open). Its receive buffer is small, so the client feels it.
struct SlowReader {
    url: String,
    connections: Arc<std::sync::atomic::AtomicUsize>,
    body_read: Arc<std::sync::atomic::AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl SlowReader {
    async fn start(chunk: usize, pause: Duration, stop_after: Option<usize>) -> SlowReader {
        use std::sync::atomic::Ordering::Relaxed;
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.set_recv_buffer_size(16 * 1024).unwrap();
        socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
        let listener = socket.listen(8).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let connections = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let body_read = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (conns, read) = (connections.clone(), body_read.clone());
        let task = tokio::spawn(async move {
            let mut held = Vec::new();
            loop {
                let Ok((mut stream, _)) = listener.accept().await else {
                    return;
                };
                conns.fetch_add(1, Relaxed);
                // Headers, byte by byte up to the blank line (small and bounded).
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && head.len() < 16 * 1024 {
                    if stream.read_exact(&mut byte).await.is_err() {
                        break;
                    }
                    head.push(byte[0]);
                }
                let head = String::from_utf8_lossy(&head).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse().unwrap()))
                    .unwrap_or(0);
                let mut buf = vec![0u8; chunk];
                let mut got = 0;
                while got < length {
                    if stop_after.is_some_and(|s| got >= s) {
                        break;
                    }
                    let want = chunk.min(length - got);
                    let Ok(n) = stream.read(&mut buf[..want]).await else {
                        break;
                    };
                    if n == 0 {
                        break;
                    }
                    got += n;
                    read.fetch_add(n, Relaxed);
                    tokio::time::sleep(pause).await;
                }
                if got >= length {
                    let body = r#"{"requestId":"slow","callId":"7782342274025937895","url":"https://app.gong.io/call?id=7782342274025937895"}"#;
                    let answer = format!(
                        "HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = stream.write_all(answer.as_bytes()).await;
                }
                held.push(stream);
            }
        });
        SlowReader {
            url,
            connections,
            body_read,
            task,
        }
    }
}

fn media_of(len: usize) -> MediaFile {
    let bytes: Arc<Vec<u8>> = Arc::new((0..len).map(|i| (i % 253) as u8).collect());
    MediaFile::from_reader(
        move || {
            let bytes = bytes.clone();
            async move { Ok(std::io::Cursor::new(bytes.as_ref().clone())) }
        },
        len as u64,
        "long-call.wav",
    )
}

#[tokio::test]
async fn an_upload_that_keeps_moving_may_take_far_longer_than_the_client_timeout() {
    use std::sync::atomic::Ordering::Relaxed;
    // 4 MiB read 64 KiB every 15 ms: about a second, five times the timeout.
    let server = SlowReader::start(64 * 1024, Duration::from_millis(15), None).await;
    let client = no_pacing(&server.url)
        .api_key("k", "s")
        .timeout(Some(Duration::from_millis(200)))
        .upload_idle_timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let answer = client
        .add_call_media(&GongId::new("7782342274025937895").unwrap(), media_of(4 << 20))
        .await
        .unwrap();
    assert_eq!(answer.request_id.as_deref(), Some("slow"));
    assert!(
        started.elapsed() >= Duration::from_millis(1_000),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.connections.load(Relaxed), 1);
    assert!(
        server.body_read.load(Relaxed) > 4 << 20,
        "the whole multipart body arrived"
    );
    server.task.abort();
}

#[tokio::test]
async fn an_upload_the_server_stops_reading_fails_with_a_timeout_after_the_idle_time() {
    use std::sync::atomic::Ordering::Relaxed;
    // Reads 256 KiB of a 32 MiB upload, then nothing, and never answers.
    let server = SlowReader::start(64 * 1024, Duration::ZERO, Some(256 * 1024)).await;
    let idle = Duration::from_millis(500);
    let client = no_pacing(&server.url)
        .api_key("k", "s")
        .upload_idle_timeout(idle)
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let err = client
        .add_call_media(&GongId::new("7782342274025937895").unwrap(), media_of(32 << 20))
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert!(
        matches!(&err, Error::Timeout { operation, idle: i, .. } if operation == "addCallRecording" && *i == idle),
        "{err:?}"
    );
    assert!(took >= idle, "{took:?}");
    // Bounded: the idle time plus the time it took to fill the buffers,
    // never a whole-request deadline or a hang (generous for slow machines).
    assert!(took < Duration::from_secs(30), "{took:?}");
    // Given up, not retried: the stalled server saw one connection.
    assert_eq!(server.connections.load(Relaxed), 1);
    server.task.abort();
}

#[tokio::test]
async fn other_requests_keep_the_whole_request_timeout() {
    // Accepts and never answers.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let hold = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((s, _)) = listener.accept().await {
            held.push(s);
        }
    });
    let client = no_pacing(&url)
        .api_key("k", "s")
        .timeout(Some(Duration::from_millis(200)))
        .retry_policy(RetryPolicy::default().with_max_retries(0))
        .build()
        .unwrap();
    let err = client.api().list_workspaces().send().await.unwrap_err();
    assert!(
        matches!(&err, gong_client::Error::Transport(e) if e.is_timeout()),
        "{err:?}"
    );
    hold.abort();
}

/// Counts the quota's calls around a [`gong_client::quota::LocalQuota`].
#[derive(Debug)]
struct Counting {
    inner: gong_client::quota::LocalQuota,
    reslots: std::sync::atomic::AtomicUsize,
}

impl gong_client::quota::Quota for Counting {
    fn reserve(&self) -> futures::future::BoxFuture<'_, gong_client::Result<Duration>> {
        self.inner.reserve()
    }
    fn reslot(&self) -> futures::future::BoxFuture<'_, gong_client::Result<Duration>> {
        self.reslots.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.inner.reslot()
    }
    fn throttled(&self, retry_after: Option<Duration>) -> futures::future::BoxFuture<'_, gong_client::Result<()>> {
        self.inner.throttled(retry_after)
    }
    fn usage(&self) -> futures::future::BoxFuture<'_, gong_client::Result<gong_client::quota::Usage>> {
        self.inner.usage()
    }
    fn settings(&self) -> &gong_client::quota::QuotaSettings {
        self.inner.settings()
    }
}

#[tokio::test(start_paused = true)]
async fn a_request_that_wakes_late_for_its_slot_takes_a_new_one_without_spending_budget_again() {
    use gong_client::quota::{LocalQuota, Quota, QuotaSettings};
    let server = ScriptServer::start(vec![Reply::json(200, workspaces())]).await;
    let quota = Arc::new(Counting {
        inner: LocalQuota::new(QuotaSettings::gong()).unwrap(),
        reslots: Default::default(),
    });
    // Three requests' worth of the window already spent: the next waits ~1 s.
    for _ in 0..3 {
        quota.reserve().await.unwrap();
    }
    let client = paused_client(&server.url).quota(quota.clone()).build().unwrap();
    let request = tokio::spawn(async move { client.api().list_workspaces().send().await });
    // Let it reach its wait, then jump far past its slot in one step, as a
    // busy process would wake: it gives the slot up and takes a new one.
    for _ in 0..10 {
        tokio::task::yield_now().await;
    }
    tokio::time::advance(Duration::from_secs(5)).await;
    request.await.unwrap().unwrap();
    assert_eq!(quota.reslots.load(std::sync::atomic::Ordering::Relaxed), 1);
    assert_eq!(
        quota.usage().await.unwrap().spent_today,
        4,
        "the new slot spent no budget"
    );
    assert_eq!(server.seen().len(), 1);
}
