//! The embedded Gong sandbox driven through the facade, end to end: paging,
//! transcripts, call creation with media upload and the automation-rule
//! webhook, OAuth with rotating refresh tokens, pacing, empty lists,
//! erasure, injected faults, and reliability runs under faults.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use gong_client::actions::{
    CallDirection, CallTranscripts, EmailAddress, GetCall, ListCalls, LogType, Logs, NewCall, Party, PhoneNumber,
};
use gong_client::auth::{MemoryTokenStore, TokenParams};
use gong_client::media::MediaFile;
use gong_client::raw::{RawRequest, RawResponseBody};
use gong_client::retry::RetryPolicy;
use gong_client::webhook::{AutomationRule, Delivery, test_util};
use gong_client::{AuthError, Client, ClientBuilder, Error, GongId, PagingError};
use gong_sandbox::{DropPoint, Faults, MediaStorage, Sandbox, SandboxHandle, WebhookRule};
use serde_json::json;

/// A client of the sandbox without client-side pacing or budget.
fn client_of(sb: &SandboxHandle) -> ClientBuilder {
    sb.client_builder().rate_limit(None).daily_budget(None)
}

/// For tests on paused time: no timers but the client's own.
fn paused_client_of(sb: &SandboxHandle) -> ClientBuilder {
    client_of(sb)
        .timeout(None)
        .connect_timeout(None)
        .pool_idle_timeout(None)
}

/// An OAuth client for tests on paused time; `base` is where it starts
/// before the token answer names the tenant's URL.
fn paused_oauth_client(base: &str, config: gong_client::auth::OAuthConfig, store: Arc<MemoryTokenStore>) -> Client {
    Client::builder()
        .base_url(base)
        .oauth(config, store)
        .rate_limit(None)
        .daily_budget(None)
        .timeout(None)
        .connect_timeout(None)
        .pool_idle_timeout(None)
        .build()
        .unwrap()
}

fn patient() -> RetryPolicy {
    RetryPolicy::default()
        .with_max_retries(8)
        .with_base_delay(Duration::from_millis(1))
        .with_max_delay(Duration::from_millis(20))
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gong-sandbox-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn media_bytes(len: usize, salt: u32) -> Vec<u8> {
    (0..len as u32)
        .map(|i| ((i.wrapping_mul(2_654_435_761) ^ salt) >> 13) as u8)
        .collect()
}

fn ids_of(pages: &[gong_client::paging::Page<gong_client::api::types::CallBasicData>]) -> Vec<GongId> {
    pages
        .iter()
        .flat_map(|p| p.items.iter().map(|c| c.id.clone().unwrap()))
        .collect()
}

// ------------------------------------------------------------- listings

#[tokio::test]
async fn calls_are_listed_across_pages_with_query_cursors() {
    let sb = Sandbox::builder()
        .seed(11)
        .calls(250)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let client = client_of(&sb).build().unwrap();
    let pages: Vec<_> = client.list_calls_pages(ListCalls::all()).try_collect().await.unwrap();
    assert_eq!(
        pages.iter().map(|p| p.items.len()).collect::<Vec<_>>(),
        vec![100, 100, 50]
    );
    assert_eq!(
        pages.iter().map(|p| p.page_number).collect::<Vec<_>>(),
        vec![Some(0), Some(1), Some(2)]
    );
    assert!(pages.iter().all(|p| p.total_records == Some(250)));
    assert!(pages[2].next_cursor.is_none(), "no cursor on the last page");
    let ids = ids_of(&pages);
    assert_eq!(ids, sb.call_ids(), "every call once, in start-time order");
    assert!(
        ids.iter()
            .all(|id| id.as_str().len() == 19 && id.as_str().parse::<u64>().unwrap() > 1 << 53),
        "ids above 2^53 keep every digit"
    );

    // fromDateTime filters on the start time.
    let from = pages[1].items[50].started.clone().unwrap().utc().to_rfc3339();
    let later: Vec<_> = client
        .list_calls(ListCalls::builder().from_date_time(from).build().unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(later.len(), 100);
    assert_eq!(later[0].id, pages[1].items[50].id);

    // workspaceId filters on the workspace.
    let ws = sb.workspace_ids()[0].clone();
    let in_ws: Vec<_> = client
        .list_calls(ListCalls::builder().workspace_id(ws.clone()).build().unwrap())
        .try_collect()
        .await
        .unwrap();
    assert!(!in_ws.is_empty() && in_ws.len() < 250);
    assert!(in_ws.iter().all(|c| c.workspace_id.as_ref() == Some(&ws)));
    sb.shutdown().await;
}

#[tokio::test]
async fn extensive_calls_honour_the_content_selector_and_body_cursors() {
    let sb = Sandbox::builder()
        .seed(12)
        .calls(130)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let client = client_of(&sb).build().unwrap();
    let request: gong_client::actions::ExtensiveCallsRequest = serde_json::from_value(json!({
        "filter": { "fromDateTime": "2020-01-01T00:00:00Z" },
        "contentSelector": { "context": "Extended", "exposedFields": { "parties": true, "content": { "brief": true, "topics": true } } }
    }))
    .unwrap();
    let pages: Vec<_> = client.list_calls_extensive_pages(request).try_collect().await.unwrap();
    let calls: Vec<_> = pages.into_iter().flat_map(|p| p.items).collect();
    assert_eq!(calls.len(), 130);
    assert!(calls.iter().all(|c| !c.parties.is_empty()));
    assert!(
        calls
            .iter()
            .all(|c| c.content.as_ref().is_some_and(|k| k.brief.is_some()))
    );
    let values: Vec<serde_json::Value> = calls
        .iter()
        .flat_map(|c| c.context.iter())
        .flat_map(|ctx| ctx.objects.iter())
        .flat_map(|o| o.fields.iter())
        .map(|f| f.value.clone().unwrap_or(serde_json::Value::Null))
        .collect();
    assert!(values.iter().any(|v| v.is_string()) && values.iter().any(|v| v.is_number()));
    assert!(values.iter().any(|v| v.is_boolean()) && values.iter().any(|v| v.is_null()));

    // Without a selector: metadata only.
    let bare: gong_client::actions::ExtensiveCallsRequest = serde_json::from_value(json!({ "filter": {} })).unwrap();
    let first = client.api().list_calls_extensive().body(bare).send().await.unwrap();
    assert!(first.calls.iter().all(|c| c.parties.is_empty() && c.context.is_empty()));
    let cursor = first.records.unwrap().cursor.unwrap();

    // A cursor in the query string of a POST is ignored: page 1 again.
    let again = client
        .raw(
            RawRequest::new(reqwest::Method::POST, "/v2/calls/extensive")
                .query("cursor", cursor)
                .json(json!({ "filter": {} })),
        )
        .await
        .unwrap();
    let RawResponseBody::Json(body) = again.body else {
        panic!("json")
    };
    assert_eq!(body["records"]["currentPageNumber"], 0);
    sb.shutdown().await;
}

#[tokio::test]
async fn transcripts_are_paged_and_refuse_call_ids_with_a_workspace() {
    let sb = Sandbox::builder()
        .seed(13)
        .calls(120)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let client = client_of(&sb).build().unwrap();
    let all: Vec<_> = client
        .get_call_transcripts(CallTranscripts::builder().build().unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 120);
    assert!(all.iter().all(|t| !t.transcript.is_empty()));
    let some_ids: Vec<GongId> = sb.call_ids().into_iter().take(3).collect();
    let three: Vec<_> = client
        .get_call_transcripts(CallTranscripts::of_calls(some_ids.clone()).build().unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        three.iter().map(|t| t.call_id.clone().unwrap()).collect::<Vec<_>>(),
        some_ids
    );
    // Gong refuses callIds together with workspaceId (sent past the facade's own check).
    let body: gong_client::api::types::PublicApiBaseRequestV2CallsFilter = serde_json::from_value(json!({
        "filter": { "callIds": [some_ids[0].as_str()], "workspaceId": sb.workspace_ids()[0].as_str() }
    }))
    .unwrap();
    let e = client.api().get_call_transcripts().body(body).send().await.unwrap_err();
    assert!(matches!(e, Error::Api { status: 400, .. }), "{e:?}");
    sb.shutdown().await;
}

#[tokio::test]
async fn users_workspaces_logs_and_library_read_like_gong() {
    let sb = Sandbox::builder()
        .seed(14)
        .users(20)
        .calls(60)
        .logs_per_type(150)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let client = client_of(&sb).build().unwrap();

    let users = client.api().list_users().send().await.unwrap();
    assert_eq!(users.users.len(), 20, "avatars only when asked for");
    let with_avatars = client.api().list_users().include_avatars(true).send().await.unwrap();
    assert_eq!(with_avatars.users.len(), 22);
    let one = &sb.users()[3];
    let got = client.api().get_user().id(one.id.clone()).send().await.unwrap();
    assert_eq!(got.user.unwrap().email_address.as_deref(), Some(one.email.as_str()));
    let e = client
        .api()
        .get_user()
        .id(GongId::new("42").unwrap())
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Api { status: 404, .. }) && !e.is_empty_result(),
        "{e:?}"
    );

    let ws = client.api().list_workspaces().send().await.unwrap();
    assert_eq!(ws.workspaces.len(), 2);

    for log_type in [
        LogType::AccessLog,
        LogType::UserActivityLog,
        LogType::UserCallPlay,
        LogType::ExternallySharedCallAccess,
        LogType::ExternallySharedCallPlay,
    ] {
        let entries: Vec<_> = client
            .get_logs(Logs::builder(log_type, "2024-01-01T00:00:00Z").build().unwrap())
            .try_collect()
            .await
            .unwrap();
        assert_eq!(entries.len(), 150, "{log_type:?} across two pages");
    }
    // logType and fromDateTime are required.
    let e = client
        .raw(RawRequest::new(reqwest::Method::GET, "/v2/logs").query("logType", "AccessLog"))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Api { status: 400, .. }), "{e:?}");

    let folders = client
        .api()
        .get_library_structure()
        .workspace_id(sb.workspace_ids()[0].clone())
        .send()
        .await
        .unwrap();
    assert_eq!(folders.folders.len(), 3);
    assert!(folders.folders.iter().any(|f| f.parent_folder_id.is_some()));
    let content = client
        .api()
        .get_calls_in_specific_folder()
        .folder_id(folders.folders[0].id.clone().unwrap())
        .send()
        .await
        .unwrap();
    assert!(!content.calls.is_empty());
    sb.shutdown().await;
}

#[tokio::test]
async fn empty_lists_are_gong_404s_that_the_facade_reads_as_empty() {
    let sb = Sandbox::builder()
        .seed(15)
        .calls(30)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let client = client_of(&sb).build().unwrap();
    let future = "2100-01-01T00:00:00Z";
    let none: Vec<_> = client
        .list_calls(ListCalls::builder().from_date_time(future).build().unwrap())
        .try_collect()
        .await
        .unwrap();
    assert!(none.is_empty());
    let none: Vec<_> = client
        .get_call_transcripts(CallTranscripts::builder().from_date_time(future).build().unwrap())
        .try_collect()
        .await
        .unwrap();
    assert!(none.is_empty());
    let none: Vec<_> = client
        .get_logs(Logs::builder(LogType::AccessLog, future).build().unwrap())
        .try_collect()
        .await
        .unwrap();
    assert!(none.is_empty());
    let e = client
        .raw(RawRequest::new(reqwest::Method::GET, "/v2/calls").query("fromDateTime", future))
        .await
        .unwrap_err();
    match e {
        Error::Api {
            status: 404,
            ref messages,
            ref request_id,
            ..
        } => {
            assert_eq!(messages, &["No calls found corresponding to the provided filters"]);
            assert!(request_id.is_some());
        }
        other => panic!("{other:?}"),
    }
    let body: gong_client::api::types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates =
        serde_json::from_value(json!({ "filter": { "userIds": ["1"] } })).unwrap();
    let e = client.api().list_multiple_users().body(body).send().await.unwrap_err();
    assert!(e.is_empty_result(), "{e:?}");
    sb.shutdown().await;
}

// ---------------------------------------------------- create, upload, webhook

struct Receiver {
    url: String,
    deliveries: tokio::sync::mpsc::Receiver<(Option<String>, Vec<u8>)>,
}

async fn webhook_receiver() -> Receiver {
    use axum::body::Bytes;
    use axum::http::HeaderMap;
    let (tx, rx) = tokio::sync::mpsc::channel(16);
    let app = axum::Router::new().route(
        "/hooks/gong",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| {
            let tx = tx.clone();
            async move {
                let auth = headers
                    .get("authorization")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                let _ = tx.send((auth, body.to_vec())).await;
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks/gong?tenant=sandbox", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Receiver { url, deliveries: rx }
}

#[tokio::test]
async fn a_created_call_gets_media_and_fires_a_verifiable_webhook() {
    let keys = test_util::generate_key_pair();
    let mut receiver = webhook_receiver().await;
    let sb = Sandbox::builder()
        .seed(16)
        .calls(20)
        .rate_limit(None)
        .media_storage(MediaStorage::TempDir)
        .webhook(WebhookRule::signed_jwt("new-calls", &receiver.url, keys.private_pem()))
        .start()
        .await
        .unwrap();
    let client = client_of(&sb).retry_policy(patient()).build().unwrap();
    let rep = sb.users()[0].clone();
    let new_call = || {
        NewCall::builder(
            "recorder-call-0001",
            rep.id.clone(),
            vec![Party::user(rep.id.clone()), Party::email("buyer@customer.example")],
            CallDirection::Outbound,
            "2026-02-03T10:00:00.000000-08:00",
        )
        .title("Sandbox demo")
        .build()
        .unwrap()
    };
    let created = client.create_call(new_call()).await.unwrap();
    let call_id = created.call_id.unwrap();

    // Not listed until its media is processed.
    let e = client
        .get_call(GetCall::new(call_id.clone()).unwrap())
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Api { status: 404, .. }), "{e:?}");

    // A reused clientUniqueId is a 409.
    let e = client.create_call(new_call()).await.unwrap_err();
    assert!(matches!(e, Error::Api { status: 409, .. }), "{e:?}");

    // Parties without the primary user: 400 from Gong (sent past the facade's check).
    let body: gong_client::api::types::NewCallAddingRequest = serde_json::from_value(json!({
        "clientUniqueId": "recorder-call-0002", "actualStart": "2026-02-03T10:00:00Z",
        "direction": "Inbound", "primaryUser": rep.id.as_str(), "parties": [{ "emailAddress": "x@customer.example" }]
    }))
    .unwrap();
    let e = client.api().add_call().body(body).send().await.unwrap_err();
    assert!(matches!(e, Error::Api { status: 400, .. }), "{e:?}");

    let bytes = media_bytes(700_000, 1);
    let path = temp_file("demo.mp3", &bytes);
    let answer = client
        .add_call_media(&call_id, MediaFile::from_path(&path).await.unwrap())
        .await
        .unwrap();
    assert_eq!(answer.call_id.as_ref(), Some(&call_id));
    let stored = sb.media(&call_id).unwrap();
    assert_eq!(stored.bytes, bytes.len() as u64);
    assert_eq!(stored.sha256_hex, test_util::body_sha256_hex(&bytes));
    assert_eq!(stored.file_name.as_deref(), Some("demo.mp3"));
    assert_eq!(
        test_util::body_sha256_hex(&std::fs::read(stored.path.unwrap()).unwrap()),
        test_util::body_sha256_hex(&bytes)
    );

    let (auth, body) = tokio::time::timeout(Duration::from_secs(10), receiver.deliveries.recv())
        .await
        .expect("the webhook arrives")
        .unwrap();
    let rule = AutomationRule::signed_jwt("new-calls", &keys.public_base64, &receiver.url).unwrap();
    let event = rule.verify_now(&Delivery::signed(auth.as_deref(), &body)).unwrap();
    assert!(!event.is_test);
    assert_eq!(event.call_id(), Some(&call_id));
    assert!(!event.call.parties.is_empty());
    // The signature binds the body.
    let mut tampered = body.clone();
    tampered.push(b' ');
    assert!(rule.verify_now(&Delivery::signed(auth.as_deref(), &tampered)).is_err());

    let listed = client.get_call(GetCall::new(call_id.clone()).unwrap()).await.unwrap();
    assert_eq!(listed.call.unwrap().title.as_deref(), Some("Sandbox demo"));
    assert!(sb.call_ids().contains(&call_id));
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
    sb.shutdown().await;
}

// ------------------------------------------------------------------ OAuth

/// Runs the authorization step like a browser: returns the code.
#[tokio::test(start_paused = true)]
async fn oauth_code_exchange_bearer_calls_and_single_use_refresh_tokens() {
    let sb = Sandbox::builder()
        .seed(17)
        .calls(10)
        .rate_limit(None)
        .access_token_lifetime(Duration::from_secs(600))
        .start()
        .await
        .unwrap();
    let store = Arc::new(MemoryTokenStore::default());
    let config = sb
        .oauth_config("http://localhost:7777/callback")
        .with_token_params(TokenParams::Query);
    let client = paused_oauth_client("http://127.0.0.1:9", config, store.clone());
    let code = crate::common::authorization_code(&client, "http://localhost:7777/callback", "st4te").await;
    let tokens = client.exchange_code(&code).await.unwrap();
    assert_eq!(tokens.api_base_url.as_deref(), Some(sb.url()));
    assert_eq!(client.base_url().as_str().trim_end_matches('/'), sb.url());
    // A code works once.
    assert!(client.exchange_code(&code).await.is_err());

    client.api().list_workspaces().send().await.unwrap();
    // The access token expires on the sandbox's clock: 401, one refresh, retried.
    tokio::time::advance(Duration::from_secs(601)).await;
    client.api().list_workspaces().send().await.unwrap();
    let stats = sb.stats();
    assert_eq!(stats.expired_tokens, 1);
    assert_eq!(stats.token_refreshes, 1);
    assert_eq!(client.stats().token_refreshes, 1);

    // The first refresh token is spent: using it again is invalid_grant.
    use secrecy::ExposeSecret;
    let spent = tokens.refresh_token().expose_secret().to_owned();
    let again = reqwest::Client::new()
        .post(sb.token_url())
        .basic_auth(sb.client_id(), Some(sb.client_secret()))
        .form(&[("grant_type", "refresh_token"), ("refresh_token", spent.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 400);
    assert_eq!(
        again.json::<serde_json::Value>().await.unwrap()["error"],
        "invalid_grant"
    );
    assert_eq!(sb.stats().refresh_token_reuses, 1);
    // The client's own stored token is the new one and still works.
    assert_ne!(store_refresh(&store).await, spent);

    // Wrong client credentials, a wrong API key, and no credentials are refused.
    let bad = reqwest::Client::new()
        .post(sb.token_url())
        .basic_auth(sb.client_id(), Some("nope"))
        .form(&[("grant_type", "refresh_token"), ("refresh_token", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 401);
    let wrong_key = Client::builder()
        .base_url(sb.url())
        .api_key(sb.access_key(), "wrong")
        .rate_limit(None)
        .build()
        .unwrap();
    let e = wrong_key.api().list_workspaces().send().await.unwrap_err();
    assert!(matches!(e, Error::Auth(AuthError::BadCredentials { .. })), "{e:?}");
    sb.shutdown().await;
}

#[tokio::test]
async fn with_scopes_enforced_a_token_reaches_only_its_operations() {
    let sb = Sandbox::builder()
        .seed(29)
        .calls(10)
        .rate_limit(None)
        .enforce_scopes(true)
        // 403 here; tests/gong_errors.rs covers Gong's documented 401 too.
        .missing_scope_status(gong_sandbox::MissingScopeStatus::Forbidden)
        .start()
        .await
        .unwrap();
    // The connector's default scopes: api:calls:create api:calls:read:basic.
    let client = paused_oauth_client(
        sb.url(),
        sb.oauth_config("http://localhost:7777/callback"),
        Arc::new(MemoryTokenStore::default()),
    );
    let code = crate::common::authorization_code(&client, "http://localhost:7777/callback", "scoped").await;
    client.exchange_code(&code).await.unwrap();
    let calls: Vec<_> = client.list_calls(ListCalls::all()).try_collect().await.unwrap();
    assert_eq!(calls.len(), 10);
    let e = client.api().list_workspaces().send().await.unwrap_err();
    match e {
        Error::Auth(AuthError::MissingScope { scope, .. }) => assert_eq!(scope, Some("api:workspaces:read")),
        other => panic!("{other:?}"),
    }
    assert_eq!(sb.stats().missing_scope, 1);
    sb.shutdown().await;
}

async fn store_refresh(store: &MemoryTokenStore) -> String {
    use gong_client::auth::TokenStore;
    use secrecy::ExposeSecret;
    store
        .load()
        .await
        .unwrap()
        .unwrap()
        .refresh_token()
        .expose_secret()
        .to_owned()
}

#[tokio::test(start_paused = true)]
async fn a_hundred_concurrent_oauth_requests_across_three_expiries_never_reuse_a_refresh_token() {
    let sb = Sandbox::builder()
        .seed(18)
        .calls(10)
        .rate_limit(None)
        .access_token_lifetime(Duration::from_secs(10))
        .start()
        .await
        .unwrap();
    let store = Arc::new(MemoryTokenStore::default());
    let mut config = sb.oauth_config("http://localhost:7777/callback");
    config.refresh_margin = Duration::ZERO;
    let client = paused_oauth_client(sb.url(), config, store);
    let code = crate::common::authorization_code(&client, "http://localhost:7777/callback", "s").await;
    client.exchange_code(&code).await.unwrap();

    // Four waves of 25 concurrent requests, 11 s apart: each of the last
    // three finds the access token expired.
    // (Joined in one task: an OAuth request future is not `Send`.)
    let requests = (0..100u64).map(|i| {
        let c = client.clone();
        async move {
            tokio::time::sleep(Duration::from_secs(11 * (i % 4)) + Duration::from_millis(i % 7)).await;
            c.api().list_workspaces().send().await
        }
    });
    for r in futures::future::join_all(requests).await {
        r.unwrap();
    }
    let stats = sb.stats();
    assert_eq!(stats.refresh_token_reuses, 0);
    assert_eq!(stats.invalid_grants, 0);
    assert!(stats.token_refreshes >= 3, "{stats:?}");
    assert!(stats.expired_tokens >= 3, "{stats:?}");
    assert_eq!(client.stats().token_refreshes, stats.token_refreshes);
    assert_eq!(stats.statuses.get(&200), Some(&(100 + 1 + stats.token_refreshes)));
    sb.shutdown().await;
}

// ------------------------------------------------------------ rate limit

#[tokio::test(start_paused = true)]
async fn the_tenant_limit_answers_429_with_retry_after_and_a_paced_client_never_sees_one() {
    let sb = Sandbox::builder().seed(19).calls(10).start().await.unwrap();
    let greedy = paused_client_of(&sb)
        .retry_policy(RetryPolicy::default().with_max_retries(12))
        .build()
        .unwrap();
    let start = tokio::time::Instant::now();
    let calls = (0..12).map(|_| {
        let c = greedy.clone();
        async move { c.api().list_workspaces().send().await }
    });
    for r in futures::future::join_all(calls).await {
        r.unwrap();
    }
    assert!(start.elapsed() >= Duration::from_secs(3), "{:?}", start.elapsed());
    let limited = sb.stats().rate_limited;
    assert!(limited > 0);
    assert_eq!(greedy.stats().rate_limited, limited);

    // One more at once, without retries: a typed 429 with Retry-After.
    let burst: Vec<_> =
        futures::future::join_all((0..4).map(|_| greedy.raw(RawRequest::new(reqwest::Method::GET, "/v2/workspaces"))))
            .await;
    assert!(burst.iter().any(|r| matches!(
        r,
        Err(Error::RateLimited { retry_after: Some(d), .. }) if *d >= Duration::from_secs(1)
    )));

    // A client pacing itself at Gong's 3/s is never refused.
    tokio::time::advance(Duration::from_secs(2)).await;
    let before = sb.stats().rate_limited;
    let paced = sb
        .client_builder()
        .timeout(None)
        .connect_timeout(None)
        .pool_idle_timeout(None)
        .build()
        .unwrap();
    let calls = (0..15).map(|_| {
        let c = paced.clone();
        async move { c.api().list_workspaces().send().await }
    });
    for r in futures::future::join_all(calls).await {
        r.unwrap();
    }
    assert_eq!(sb.stats().rate_limited, before);
    sb.shutdown().await;
}

// --------------------------------------------------- meetings, engagement, privacy

#[tokio::test]
async fn meetings_engagement_events_and_erasure() {
    let sb = Sandbox::builder()
        .seed(20)
        .calls(200)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let client = client_of(&sb).build().unwrap();
    let organizer = sb.users()[1].email.clone();
    let contacts = sb.contacts();
    let target = contacts.iter().find(|c| c.phone.is_some()).cloned().unwrap();

    let meeting: gong_client::api::types::NewMeetingRequest = serde_json::from_value(json!({
        "startTime": "2026-03-01T10:00:00Z", "endTime": "2026-03-01T10:30:00Z",
        "organizerEmail": organizer, "invitees": [{ "email": target.email }], "title": "Review"
    }))
    .unwrap();
    let created = client.api().add_meeting().body(meeting).send().await.unwrap();
    let meeting_id = created.meeting_id.unwrap();
    let update: gong_client::api::types::UpdateMeetingRequest = serde_json::from_value(json!({
        "startTime": "2026-03-01T11:00:00Z", "endTime": "2026-03-01T11:30:00Z",
        "organizerEmail": organizer, "invitees": [{ "email": target.email }]
    }))
    .unwrap();
    client
        .api()
        .update_meeting()
        .meeting_id(meeting_id.clone())
        .body(update)
        .send()
        .await
        .unwrap();

    let viewed = || {
        serde_json::from_value::<gong_client::api::types::ContentViewedEvent>(json!({
            "reportingSystem": "sandbox-tests", "eventTimestamp": "2026-03-02T09:00:00Z", "eventId": "ev-1",
            "contentId": "doc-7", "contentUrl": "https://docs.example/7", "contentTitle": "Proposal",
            "viewer": { "email": target.email }
        }))
        .unwrap()
    };
    client.api().content_viewed().body(viewed()).send().await.unwrap();
    let e = client.api().content_viewed().body(viewed()).send().await.unwrap_err();
    assert!(matches!(e, Error::Api { status: 409, .. }), "{e:?}");

    let refs = client
        .list_email_address_references(EmailAddress::new(target.email.clone()).unwrap())
        .await
        .unwrap();
    assert!(!refs.calls.is_empty() && !refs.emails.is_empty());
    assert_eq!(refs.meetings.len(), 1);
    assert_eq!(refs.customer_engagement.len(), 1);
    assert!(!refs.customer_data.is_empty());
    let phone = target.phone.clone().unwrap();
    let by_phone = client
        .list_phone_number_references(PhoneNumber::new(phone.clone()).unwrap())
        .await
        .unwrap();
    assert!(by_phone.email_addresses.unwrap_or_default().contains(&target.email));

    let before = sb.call_ids().len();
    client
        .erase_email_address(EmailAddress::new(target.email.clone()).unwrap())
        .await
        .unwrap();
    let refs = client
        .list_email_address_references(EmailAddress::new(target.email.clone()).unwrap())
        .await
        .unwrap();
    assert!(refs.calls.is_empty() && refs.emails.is_empty() && refs.customer_data.is_empty());
    assert!(refs.customer_engagement.is_empty() && refs.meetings.is_empty());
    let after = sb.call_ids().len();
    assert!(after < before, "the calls with the address are gone");
    let listed: Vec<_> = client.list_calls(ListCalls::all()).try_collect().await.unwrap();
    assert_eq!(listed.len(), after);

    // Phone erasure: another contact's number.
    let other = sb.contacts().into_iter().find(|c| c.phone.is_some()).unwrap();
    let number = other.phone.unwrap();
    client
        .erase_phone_number(PhoneNumber::new(number.clone()).unwrap())
        .await
        .unwrap();
    let by_phone = client
        .list_phone_number_references(PhoneNumber::new(number).unwrap())
        .await
        .unwrap();
    assert!(by_phone.calls.is_empty() && by_phone.customer_data.is_empty());
    // A raw `+` in the query arrives as a space: Gong refuses it.
    let e = client
        .raw(RawRequest::new(
            reqwest::Method::GET,
            "/v2/data-privacy/data-for-phone-number?phoneNumber=+14255550001",
        ))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Api { status: 400, .. }), "{e:?}");

    let delete: gong_client::api::types::DeleteMeetingRequest =
        serde_json::from_value(json!({ "organizerEmail": organizer })).unwrap();
    client
        .api()
        .delete_meeting()
        .meeting_id(meeting_id.clone())
        .body(delete)
        .send()
        .await
        .unwrap();
    let delete: gong_client::api::types::DeleteMeetingRequest =
        serde_json::from_value(json!({ "organizerEmail": organizer })).unwrap();
    let e = client
        .api()
        .delete_meeting()
        .meeting_id(meeting_id)
        .body(delete)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Api { status: 404, .. }), "{e:?}");
    sb.shutdown().await;
}

// ---------------------------------------------------------------- faults

#[tokio::test]
async fn bodies_that_do_not_match_the_request_type_are_400s_naming_the_field() {
    let sb = Sandbox::builder()
        .seed(21)
        .calls(5)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let client = client_of(&sb).build().unwrap();
    let e = client
        .raw(RawRequest::new(reqwest::Method::POST, "/v2/calls").json(json!({ "title": 5 })))
        .await
        .unwrap_err();
    match e {
        Error::Api {
            status: 400,
            ref messages,
            ..
        } => assert!(
            messages[0].contains("title") || messages[0].contains("clientUniqueId"),
            "{messages:?}"
        ),
        other => panic!("{other:?}"),
    }
    let e = client
        .raw(RawRequest::new(reqwest::Method::GET, "/v2/no-such-thing"))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Api { status: 404, .. }), "{e:?}");
    sb.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn cursors_expire() {
    let sb = Sandbox::builder()
        .seed(22)
        .calls(150)
        .rate_limit(None)
        .cursor_ttl(Duration::from_secs(5))
        .start()
        .await
        .unwrap();
    let client = paused_client_of(&sb).build().unwrap();
    let mut pages = Box::pin(client.list_calls_pages(ListCalls::all()));
    pages.next().await.unwrap().unwrap();
    tokio::time::advance(Duration::from_secs(6)).await;
    let e = pages.next().await.unwrap().unwrap_err();
    assert!(matches!(e, Error::Paging(PagingError::CursorExpired { .. })), "{e:?}");
    sb.shutdown().await;
}

#[tokio::test]
async fn injected_malformed_json_repeating_cursors_and_mid_body_drops() {
    let malformed = Sandbox::builder()
        .seed(23)
        .calls(5)
        .rate_limit(None)
        .faults(Faults {
            malformed_json: 1.0,
            ..Faults::none()
        })
        .start()
        .await
        .unwrap();
    let client = client_of(&malformed).build().unwrap();
    let e = client.api().list_workspaces().send().await.unwrap_err();
    assert!(matches!(e, Error::Decode { .. }), "{e:?}");
    assert_eq!(malformed.stats().malformed_bodies, 1);
    malformed.shutdown().await;

    let repeating = Sandbox::builder()
        .seed(24)
        .calls(350)
        .rate_limit(None)
        .faults(Faults {
            repeat_cursor: 1.0,
            ..Faults::none()
        })
        .start()
        .await
        .unwrap();
    let client = client_of(&repeating).build().unwrap();
    let results: Vec<_> = client.list_calls_pages(ListCalls::all()).collect().await;
    assert!(matches!(
        results.last(),
        Some(Err(Error::Paging(PagingError::RepeatedCursor { .. })))
    ));
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        2,
        "page 1, then the page that repeated"
    );
    repeating.shutdown().await;

    // Status and headers arrive, then the body stops.
    let dropping = Sandbox::builder()
        .seed(25)
        .calls(50)
        .rate_limit(None)
        .faults(Faults::none().drops(1.0, DropPoint::MidBody))
        .start()
        .await
        .unwrap();
    let http = reqwest::Client::new();
    let answer = http
        .get(format!("{}/v2/calls", dropping.url()))
        .basic_auth(dropping.access_key(), Some(dropping.access_key_secret()))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let declared: usize = answer.headers()["content-length"].to_str().unwrap().parse().unwrap();
    assert!(declared > 1000);
    assert!(answer.bytes().await.is_err(), "the body is cut off");
    assert_eq!(dropping.stats().truncated_bodies, 1);
    dropping.shutdown().await;
}

#[tokio::test]
async fn faults_follow_the_seed() {
    async fn statuses(seed: u64) -> Vec<u16> {
        let sb = Sandbox::builder()
            .seed(seed)
            .calls(5)
            .rate_limit(None)
            .faults(Faults::none().status(500, 0.3).status(503, 0.2))
            .start()
            .await
            .unwrap();
        let client = client_of(&sb).build().unwrap();
        let mut out = Vec::new();
        for _ in 0..30 {
            let r = client
                .raw(RawRequest::new(reqwest::Method::GET, "/v2/workspaces"))
                .await;
            out.push(match r {
                Ok(a) => a.status,
                Err(e) => e.status().unwrap(),
            });
        }
        sb.shutdown().await;
        out
    }
    let a = statuses(5).await;
    assert_eq!(a, statuses(5).await);
    assert_ne!(a, statuses(6).await);
    assert!(a.contains(&500) && a.contains(&503) && a.contains(&200), "{a:?}");
}

// ----------------------------------------------------------- reliability

/// 10,000 calls, 10% 500s, 5% 429s with Retry-After, 2% dropped
/// connections (cut after the headers and part of the body, the harder
/// case): every call exactly once.
#[tokio::test(start_paused = true)]
async fn ten_thousand_calls_are_listed_exactly_once_through_injected_faults() {
    let sb = Sandbox::builder()
        .seed(26)
        .calls(10_000)
        .users(30)
        .rate_limit(None)
        .faults(Faults {
            retry_after: Duration::from_secs(1),
            ..Faults::none()
                .status(500, 0.10)
                .status(429, 0.05)
                .drops(0.02, DropPoint::MidBody)
        })
        .start()
        .await
        .unwrap();
    let client = paused_client_of(&sb).retry_policy(patient()).build().unwrap();
    let pages: Vec<_> = client.list_calls_pages(ListCalls::all()).try_collect().await.unwrap();
    assert_eq!(pages.len(), 100);
    let ids = ids_of(&pages);
    assert_eq!(ids.len(), 10_000);
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 10_000, "no duplicates");
    assert_eq!(ids, sb.call_ids());
    let stats = sb.stats();
    assert!(stats.statuses.get(&500).copied().unwrap_or(0) > 0, "{stats:?}");
    assert!(stats.statuses.get(&429).copied().unwrap_or(0) > 0, "{stats:?}");
    assert!(stats.truncated_bodies > 0, "{stats:?}");
    // Every truncated body was a 200 that the client did not keep.
    assert_eq!(stats.statuses.get(&200), Some(&(100 + stats.truncated_bodies)));
    assert!(client.stats().retries >= stats.injected_statuses + stats.truncated_bodies);
    sb.shutdown().await;
}

/// An upload cut off mid-stream is retried and stored whole.
#[tokio::test]
async fn a_media_upload_cut_off_mid_stream_is_retried_and_stored_whole() {
    let sb = Sandbox::builder()
        .seed(27)
        .calls(5)
        .rate_limit(None)
        .media_storage(MediaStorage::TempDir)
        .faults(Faults {
            cut_uploads: 1,
            cut_upload_after: 256 * 1024,
            ..Faults::none()
        })
        .start()
        .await
        .unwrap();
    let client = client_of(&sb).retry_policy(patient()).build().unwrap();
    let rep = sb.users()[0].id.clone();
    let created = client
        .create_call(
            NewCall::builder(
                "cut-upload-1",
                rep.clone(),
                vec![Party::user(rep)],
                CallDirection::Inbound,
                "2026-01-05T09:00:00Z",
            )
            .build()
            .unwrap(),
        )
        .await
        .unwrap();
    let call_id = created.call_id.unwrap();
    let bytes = media_bytes(3 * 1024 * 1024 + 17, 7);
    let path = temp_file("long-call.wav", &bytes);
    client
        .add_call_media(&call_id, MediaFile::from_path(&path).await.unwrap())
        .await
        .unwrap();
    assert_eq!(sb.stats().cut_uploads, 1);
    assert_eq!(sb.stats().media_uploads, 1);
    assert!(client.stats().retries >= 1);
    let stored = sb.media(&call_id).unwrap();
    assert_eq!(stored.sha256_hex, test_util::body_sha256_hex(&bytes));
    let on_disk = std::fs::read(stored.path.clone().unwrap()).unwrap();
    assert_eq!(test_util::body_sha256_hex(&on_disk), test_util::body_sha256_hex(&bytes));
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
    let dir = stored.path.unwrap().parent().unwrap().to_owned();
    sb.shutdown().await;
    assert!(!dir.exists(), "the temporary media directory is removed");
}

/// The same listing with connections cut after the status line and part of
/// the body: the transport reads every body inside its retry loop, so an
/// idempotent read whose body was cut is sent again.
#[tokio::test(start_paused = true)]
async fn calls_are_listed_exactly_once_through_mid_body_drops() {
    let sb = Sandbox::builder()
        .seed(28)
        .calls(2_000)
        .rate_limit(None)
        .faults(Faults::none().drops(0.05, DropPoint::MidBody))
        .start()
        .await
        .unwrap();
    let client = paused_client_of(&sb).retry_policy(patient()).build().unwrap();
    let pages: Vec<_> = client.list_calls_pages(ListCalls::all()).try_collect().await.unwrap();
    assert_eq!(ids_of(&pages), sb.call_ids());
    assert!(sb.stats().truncated_bodies > 0);
    sb.shutdown().await;
}

/// Checks a listing read with `paging::pages`: at least two pages numbered
/// from 0, the cursor only before the last, every record exactly once.
fn assert_listed_once<T>(what: &str, pages: &[gong_client::paging::Page<T>], key: impl Fn(&T) -> String) -> usize {
    assert!(pages.len() >= 2, "{what}: {} page(s)", pages.len());
    let total = pages[0].total_records.unwrap();
    let keys: Vec<String> = pages.iter().flat_map(|p| p.items.iter().map(&key)).collect();
    assert_eq!(keys.len() as i64, total, "{what}: totalRecords");
    assert_eq!(
        keys.iter().collect::<HashSet<_>>().len(),
        keys.len(),
        "{what}: a record twice"
    );
    for (i, p) in pages.iter().enumerate() {
        assert_eq!(p.page_number, Some(i as i64), "{what}: page number");
        assert_eq!(p.total_records, Some(total), "{what}: totalRecords on page {i}");
        assert_eq!(
            p.next_cursor.is_some(),
            i + 1 < pages.len(),
            "{what}: cursor on page {i}"
        );
        assert!(p.items.len() <= 100 && (i + 1 == pages.len() || p.items.len() == 100));
    }
    keys.len()
}

/// A POST listing's cursor sent in the query string instead of the body is
/// ignored, as at Gong: page 1 again.
async fn query_cursor_gives_page_one(client: &Client, path: &str, body: serde_json::Value, cursor: &str) {
    let again = client
        .raw(
            RawRequest::new(reqwest::Method::POST, path)
                .query("cursor", cursor)
                .json(body),
        )
        .await
        .unwrap();
    let RawResponseBody::Json(body) = again.body else {
        panic!("json")
    };
    assert_eq!(body["records"]["currentPageNumber"], 0, "{path}");
    assert!(body["records"]["cursor"].is_string(), "{path}");
}

#[tokio::test]
#[allow(deprecated)] // manual CRM associations: kept after Gong dropped them from its document
async fn flows_associations_and_stats_are_paged_like_gong() {
    use gong_client::api::types;
    use gong_client::paging::{page_from, pages};

    let sb = Sandbox::builder()
        .seed(31)
        .users(250)
        .calls(500)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let client = client_of(&sb).build().unwrap();
    let client = &client;
    let owner = sb.users()[0].email.clone();

    // GET listings: the cursor travels in the query.
    let flows: Vec<_> = pages("listFlows", |cursor: Option<String>| {
        let owner = owner.clone();
        async move {
            let api = client.api();
            let mut b = api.list_flows().flow_owner_email(owner);
            if let Some(c) = cursor {
                b = b.cursor(c);
            }
            let r = b.send().await?;
            Ok(page_from(r.flows, r.records.as_ref()))
        }
    })
    .try_collect()
    .await
    .unwrap();
    assert_listed_once("flows", &flows, |f| f.id.clone().unwrap().to_string());
    assert!(
        flows
            .iter()
            .flat_map(|p| &p.items)
            .any(|f| f.visibility.as_deref() == Some("PERSONAL"))
    );

    let associations: Vec<_> = pages("listCRMCallsManualAssociation", |cursor: Option<String>| async move {
        let api = client.api();
        let mut b = api.list_crm_calls_manual_association();
        if let Some(c) = cursor {
            b = b.cursor(c);
        }
        let r = b.send().await?;
        Ok(page_from(r.associations, r.records.as_ref()))
    })
    .try_collect()
    .await
    .unwrap();
    let n = assert_listed_once("associations", &associations, |a| {
        a.call_id.clone().unwrap().to_string()
    });
    let created: Vec<_> = associations
        .iter()
        .flat_map(|p| &p.items)
        .map(|a| a.created.clone().unwrap())
        .collect();
    assert!(created.windows(2).all(|w| w[0] <= w[1]), "oldest first");
    assert!(
        associations
            .iter()
            .flat_map(|p| &p.items)
            .all(|a| !a.associated_crm_objects.is_empty())
    );
    // fromDateTime narrows the listing.
    let from = created[n / 2].utc().to_rfc3339();
    let later = client
        .api()
        .list_crm_calls_manual_association()
        .from_date_time(from)
        .send()
        .await
        .unwrap();
    let later_total = later.records.unwrap().total_records.unwrap() as usize;
    assert!(later_total < n && later_total >= n / 2);

    // POST listings: the cursor travels in the body.
    let users = json!({ "filter": { "fromDate": "2025-01-06", "toDate": "2025-01-13" } });
    macro_rules! post_pages {
        ($op:literal, $method:ident, $req:ty, $body:expr, $items:ident) => {{
            let body = $body.clone();
            let pages: Vec<_> = pages($op, |cursor: Option<String>| {
                let mut req: $req = serde_json::from_value(body.clone()).unwrap();
                req.cursor = cursor;
                async move {
                    let r = client.api().$method().body(req).send().await?;
                    Ok(page_from(r.$items, r.records.as_ref()))
                }
            })
            .try_collect()
            .await
            .unwrap();
            pages
        }};
    }

    let interaction = post_pages!(
        "listInteractionStats",
        list_interaction_stats,
        types::PublicApiBaseRequestV2MultipleUsersWithDates,
        users,
        people_interaction_stats
    );
    assert_listed_once("interaction", &interaction, |s| s.user_id.clone().unwrap().to_string());
    assert!(
        interaction
            .iter()
            .flat_map(|p| &p.items)
            .all(|s| s.person_interaction_stats.len() == 6)
    );
    let cursor = interaction[0].next_cursor.clone().unwrap();
    query_cursor_gives_page_one(client, "/v2/stats/interaction", users.clone(), &cursor).await;

    let scorecards_body = json!({ "filter": { "callFromDate": "2025-01-01" } });
    let scorecards = post_pages!(
        "listAnsweredScorecards",
        list_answered_scorecards,
        types::PublicApiBaseRequestV2AnsweredScorecardsFilter,
        scorecards_body,
        answered_scorecards
    );
    assert_listed_once("scorecards", &scorecards, |s| {
        s.answered_scorecard_id.clone().unwrap().to_string()
    });
    let cursor = scorecards[0].next_cursor.clone().unwrap();
    query_cursor_gives_page_one(client, "/v2/stats/activity/scorecards", scorecards_body, &cursor).await;

    let daily = post_pages!(
        "listMultipleUsersDayByDayActivity",
        list_multiple_users_day_by_day_activity,
        types::PublicApiBaseRequestV2MultipleUsersWithDates,
        users,
        users_detailed_activities
    );
    assert_listed_once("day-by-day", &daily, |u| u.user_id.clone().unwrap().to_string());
    assert!(
        daily
            .iter()
            .flat_map(|p| &p.items)
            .all(|u| u.user_daily_activity_stats.len() == 7)
    );
    let hosted: usize = daily
        .iter()
        .flat_map(|p| &p.items)
        .flat_map(|u| &u.user_daily_activity_stats)
        .map(|d| d.calls_as_host.len())
        .sum();
    assert!(hosted > 0);
    let cursor = daily[0].next_cursor.clone().unwrap();
    query_cursor_gives_page_one(client, "/v2/stats/activity/day-by-day", users.clone(), &cursor).await;

    let aggregate = post_pages!(
        "listMultipleUsersAggregateActivity",
        list_multiple_users_aggregate_activity,
        types::PublicApiBaseRequestV2MultipleUsersWithDates,
        users,
        users_aggregate_activity_stats
    );
    assert_listed_once("aggregate", &aggregate, |u| u.user_id.clone().unwrap().to_string());
    let hosted_total: i64 = aggregate
        .iter()
        .flat_map(|p| &p.items)
        .map(|u| u.user_aggregate_activity_stats.as_ref().unwrap().calls_as_host.unwrap())
        .sum();
    assert_eq!(hosted_total as usize, hosted, "aggregate agrees with day by day");
    let cursor = aggregate[0].next_cursor.clone().unwrap();
    query_cursor_gives_page_one(client, "/v2/stats/activity/aggregate", users.clone(), &cursor).await;

    let by_period_body = json!({
        // Wed 1 Jan to 1 Feb: five weeks, the first and last cut short.
        "aggregationPeriod": "WEEK",
        "filter": { "fromDate": "2025-01-01", "toDate": "2025-02-01" }
    });
    let by_period = post_pages!(
        "listMultipleUsersAggregateByPeriod",
        list_multiple_users_aggregate_by_period,
        types::RequestWithTimePeriod,
        by_period_body,
        users_aggregate_activity
    );
    assert_listed_once("aggregate-by-period", &by_period, |u| {
        u.user_id.clone().unwrap().to_string()
    });
    assert!(
        by_period
            .iter()
            .flat_map(|p| &p.items)
            .all(|u| u.user_aggregate_activity.len() == 5)
    );
    let cursor = by_period[0].next_cursor.clone().unwrap();
    query_cursor_gives_page_one(
        client,
        "/v2/stats/activity/aggregate-by-period",
        by_period_body,
        &cursor,
    )
    .await;

    // A body that is not the operation's request type is a 400.
    let e = client
        .raw(RawRequest::new(reqwest::Method::POST, "/v2/stats/activity/aggregate").json(json!({ "filter": {} })))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Api { status: 400, .. }), "{e:?}");
    sb.shutdown().await;
}

// ------------------------------------------------ pacing under every enforcement

use gong_client::quota::{FileQuota, LocalQuota, Quota, QuotaSettings};
use gong_sandbox::RateEnforcement;

/// Requests per second over the admitted arrivals, first to last.
fn admitted_rate(times: &[Duration]) -> f64 {
    let span = (*times.last().unwrap() - times[0]).as_secs_f64();
    (times.len() - 1) as f64 / span
}

/// The most arrivals in any window of `window` (a sliding window's count).
fn most_in_window(times: &[Duration], window: Duration) -> usize {
    times
        .iter()
        .map(|&a| times.iter().filter(|&&b| b >= a && b < a + window).count())
        .max()
        .unwrap_or(0)
}

/// `n` `get_call`s through `clients`, `workers` at a time each.
async fn hammer(clients: &[Client], call: &GongId, per_client: usize, workers: usize) {
    let jobs = clients.iter().flat_map(|c| {
        (0..workers).map(move |w| {
            let c = c.clone();
            let call = call.clone();
            let mine = per_client / workers + usize::from(w < per_client % workers);
            async move {
                for _ in 0..mine {
                    c.get_call(GetCall::new(call.clone()).unwrap())
                        .await
                        .expect("get_call through the pacing");
                }
            }
        })
    });
    futures::future::join_all(jobs).await;
}

#[tokio::test(start_paused = true)]
async fn default_pacing_earns_no_429_under_any_enforcement_model_with_network_jitter() {
    for model in RateEnforcement::ALL {
        let faults = Faults {
            // Arrivals move by up to 20 ms (below the 25 ms margin); answers
            // take 20-120 ms.
            arrival_jitter: Duration::from_millis(20),
            latency: Duration::from_millis(20),
            latency_jitter: Duration::from_millis(100),
            ..Faults::none()
        };
        let sb = Sandbox::builder()
            .seed(23)
            .calls(5)
            .rate_enforcement(model)
            .faults(faults)
            .start()
            .await
            .unwrap();
        // Gong's defaults: 3/s, the default margin; no retries, so a 429
        // would fail the request.
        let client = sb
            .client_builder()
            .timeout(None)
            .connect_timeout(None)
            .pool_idle_timeout(None)
            .retry_policy(RetryPolicy::default().with_max_retries(0))
            .build()
            .unwrap();
        let call = sb.call_ids()[0].clone();
        // Four workers sharing one client, and the client's clones.
        hammer(std::slice::from_ref(&client), &call, 90, 4).await;
        let times = sb.admission_times();
        assert_eq!(times.len(), 90, "{model}");
        assert_eq!(sb.stats().rate_limited, 0, "{model}");
        assert_eq!(client.stats().rate_limited, 0, "{model}");
        assert!(most_in_window(&times, Duration::from_secs(1)) <= 3, "{model}");
        let rate = admitted_rate(&times);
        assert!(rate >= 0.97 * 3.0, "{model}: {rate:.3}/s");
        assert!(rate <= 3.0, "{model}: {rate:.3}/s");
        sb.shutdown().await;
    }
}

#[tokio::test(start_paused = true)]
async fn a_429_slows_every_worker_of_the_quota_and_the_rate_recovers() {
    // Jitter on the way in far beyond the margin earns 429s at first.
    let rough = Sandbox::builder()
        .seed(29)
        .calls(5)
        .faults(Faults {
            arrival_jitter: Duration::from_millis(150),
            ..Faults::none()
        })
        .start()
        .await
        .unwrap();
    let calm = Sandbox::builder().seed(31).calls(5).start().await.unwrap();
    let quota: Arc<dyn Quota> = Arc::new(LocalQuota::new(QuotaSettings::gong()).unwrap());
    let client_for = |sb: &SandboxHandle| {
        sb.client_builder()
            .quota(quota.clone())
            .timeout(None)
            .connect_timeout(None)
            .pool_idle_timeout(None)
            .retry_policy(RetryPolicy::default().with_max_retries(10))
            .build()
            .unwrap()
    };
    let (rough_client, calm_client) = (client_for(&rough), client_for(&calm));
    hammer(std::slice::from_ref(&rough_client), &rough.call_ids()[0], 60, 3).await;
    let first_429s = rough.stats().rate_limited;
    assert!(first_429s >= 1, "the jitter should have cost a 429");
    assert_eq!(rough_client.stats().rate_limited, first_429s);
    // The client learned: the margin grew beyond the configured 25 ms, and
    // the 429s did not keep coming at the first rate (each one widened it).
    let learned = quota.usage().await.unwrap();
    assert!(learned.margin > QuotaSettings::DEFAULT_MARGIN, "{learned:?}");
    assert_eq!(learned.rate_limited, first_429s);
    assert!(
        first_429s < 10,
        "{first_429s} 429s in 60 requests: the client did not learn"
    );

    // Another worker of the same quota is slowed down too ...
    hammer(std::slice::from_ref(&calm_client), &calm.call_ids()[0], 31, 1).await;
    let slowed = admitted_rate(&calm.admission_times());
    assert!(slowed < 0.97 * 3.0, "{slowed:.3}/s right after the 429s");

    // ... and once 429s stop, the margin decays and the rate comes back.
    tokio::time::advance(Duration::from_secs(300)).await;
    assert_eq!(quota.usage().await.unwrap().margin, QuotaSettings::DEFAULT_MARGIN);
    let before = calm.admission_times().len();
    hammer(std::slice::from_ref(&calm_client), &calm.call_ids()[0], 61, 1).await;
    let later = &calm.admission_times()[before..];
    let recovered = admitted_rate(later);
    assert!(recovered >= 0.97 * 3.0, "{recovered:.3}/s after recovery");
    assert_eq!(calm.stats().rate_limited, 0);
    rough.shutdown().await;
    calm.shutdown().await;
}

/// Four workers on one tenant through a shared quota each of their own
/// (as separate processes have): zero 429s from a sliding window, the sum
/// within 3/s, and one daily budget. Runs on the real clock (the shared
/// backends keep Unix or Redis time), with a wide margin so that a loaded
/// test machine cannot push two requests three apart into one second.
async fn four_workers_share(sb: &SandboxHandle, quotas: Vec<Arc<dyn Quota>>) {
    let clients: Vec<Client> = quotas
        .iter()
        .map(|q| {
            sb.client_builder()
                .quota(q.clone())
                .retry_policy(RetryPolicy::default().with_max_retries(0))
                .build()
                .unwrap()
        })
        .collect();
    hammer(&clients, &sb.call_ids()[0], 4, 1).await;
    let times = sb.admission_times();
    assert_eq!(times.len(), 16);
    assert_eq!(sb.stats().rate_limited, 0);
    assert!(most_in_window(&times, Duration::from_secs(1)) <= 3);
    for q in &quotas {
        assert_eq!(
            q.usage().await.unwrap().spent_today,
            16,
            "every worker sees the shared spending"
        );
    }
}

fn shared_settings() -> QuotaSettings {
    QuotaSettings::gong().with_margin(Duration::from_millis(150))
}

#[tokio::test]
async fn four_workers_sharing_a_quota_file_stay_under_the_tenant_limit_and_one_budget() {
    let dir = tempdir("quota-file");
    let path = FileQuota::path_for(&dir, "sandbox.example");
    let sb = Sandbox::builder().seed(37).calls(5).start().await.unwrap();
    let quotas = (0..4)
        .map(|_| Arc::new(FileQuota::new(&path, shared_settings()).unwrap()) as Arc<dyn Quota>)
        .collect();
    four_workers_share(&sb, quotas).await;

    // One budget: two more workers with a budget of 18 get 2 requests together.
    let budgeted: Vec<Client> = (0..2)
        .map(|_| {
            let q = FileQuota::new(&path, shared_settings().with_daily(Some(18))).unwrap();
            sb.client_builder().quota(Arc::new(q)).build().unwrap()
        })
        .collect();
    let call = sb.call_ids()[0].clone();
    budgeted[0].get_call(GetCall::new(call.clone()).unwrap()).await.unwrap();
    budgeted[1].get_call(GetCall::new(call.clone()).unwrap()).await.unwrap();
    for c in &budgeted {
        assert!(matches!(
            c.get_call(GetCall::new(call.clone()).unwrap()).await,
            Err(Error::BudgetSpent { limit: 18, .. })
        ));
    }
    assert_eq!(sb.admission_times().len(), 18);
    // The state file is whole JSON, never half written.
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str::<serde_json::Value>(&text).unwrap();
    sb.shutdown().await;
    let _ = std::fs::remove_dir_all(dir);
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gong-test-{name}-{}-{}", std::process::id(), fastrand::u64(..)));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A `redis-server` of the test's own, on a Unix socket in a directory of
/// its own and no TCP port (no free port to pick and race for), stopped on
/// drop. Missing, it fails the test in CI (`.ci/run` installs it) and skips
/// it elsewhere, saying so.
#[cfg(feature = "redis")]
struct RedisServer {
    child: std::process::Child,
    url: String,
    _dir: crate::common::TempDir,
}

#[cfg(feature = "redis")]
impl RedisServer {
    fn start(test: &str) -> Option<RedisServer> {
        let found = std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).any(|d| d.join("redis-server").is_file()))
            .unwrap_or(false);
        if !found {
            assert!(
                std::env::var_os("CI").is_none(),
                "{test} needs redis-server on PATH (.ci/run installs Debian's redis-server)"
            );
            eprintln!("skipping {test}: no redis-server on PATH (install redis-server to run it)");
            return None;
        }
        let dir = crate::common::TempDir::new("redis");
        let socket = dir.path("redis.sock");
        // Unix socket paths are limited to about 107 bytes.
        assert!(
            socket.as_os_str().len() < 100,
            "{}: too long for a Unix socket path; set TMPDIR to a shorter directory",
            socket.display()
        );
        let child = std::process::Command::new("redis-server")
            .args(["--port", "0", "--unixsocket"])
            .arg(&socket)
            .args(["--unixsocketperm", "700", "--save", "", "--appendonly", "no"])
            .current_dir(&dir.0)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("redis-server starts");
        // Stopped on drop from here on, even if it never answers.
        let server = RedisServer {
            child,
            url: format!("redis+unix://{}", socket.display()),
            _dir: dir,
        };
        // Wait (bounded) until it accepts connections.
        for _ in 0..200 {
            if std::os::unix::net::UnixStream::connect(&socket).is_ok() {
                return Some(server);
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        panic!("redis-server did not start on {}", socket.display());
    }
}

#[cfg(feature = "redis")]
impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(feature = "redis")]
#[tokio::test]
async fn four_workers_sharing_a_redis_quota_stay_under_the_tenant_limit_and_one_budget() {
    use gong_client::quota::RedisQuota;
    let Some(redis) = RedisServer::start("four_workers_sharing_a_redis_quota") else {
        return;
    };
    let key = "gong:quota:sandbox-test";
    let sb = Sandbox::builder().seed(41).calls(5).start().await.unwrap();
    let mut quotas: Vec<Arc<dyn Quota>> = Vec::new();
    for _ in 0..4 {
        quotas.push(Arc::new(
            RedisQuota::connect(&redis.url, key, shared_settings()).await.unwrap(),
        ));
    }
    four_workers_share(&sb, quotas).await;

    // One budget across workers: 18 allowed, 16 spent, two more pass.
    let call = sb.call_ids()[0].clone();
    let mut budgeted = Vec::new();
    for _ in 0..2 {
        let q = RedisQuota::new(&redis.url, key, shared_settings().with_daily(Some(18))).unwrap();
        budgeted.push(sb.client_builder().quota(Arc::new(q)).build().unwrap());
    }
    budgeted[0].get_call(GetCall::new(call.clone()).unwrap()).await.unwrap();
    budgeted[1].get_call(GetCall::new(call.clone()).unwrap()).await.unwrap();
    for c in &budgeted {
        assert!(matches!(
            c.get_call(GetCall::new(call.clone()).unwrap()).await,
            Err(Error::BudgetSpent { limit: 18, .. })
        ));
    }
    // A 429 reported by one worker holds the others.
    let q = RedisQuota::new(&redis.url, key, shared_settings()).unwrap();
    // reserve() answers how long to wait without waiting, so a long hold
    // keeps the bound far from the time the test itself takes.
    q.throttled(Some(Duration::from_secs(110))).await.unwrap();
    let other = RedisQuota::new(&redis.url, key, shared_settings()).unwrap();
    let wait = other.reserve().await.unwrap();
    assert!(wait > Duration::from_secs(100), "{wait:?}");
    assert_eq!(other.usage().await.unwrap().rate_limited, 1);
    // One longer than the longest hold (120 s) is no wait: every worker's
    // next reservation fails at once, saying how long Gong asked for.
    q.throttled(Some(Duration::from_secs(600))).await.unwrap();
    match other.reserve().await {
        Err(Error::RateLimited {
            retry_after: Some(d), ..
        }) => assert!(d > Duration::from_secs(500), "{d:?}"),
        other => panic!("{other:?}"),
    }
    sb.shutdown().await;
}

#[cfg(feature = "redis")]
#[tokio::test]
async fn an_unreachable_redis_is_a_typed_error_that_hides_the_password() {
    use gong_client::quota::RedisQuota;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("redis://:hunter2secret@127.0.0.1:{port}/0");
    let quota = RedisQuota::new(&url, "k", QuotaSettings::gong()).unwrap();
    assert!(!format!("{quota:?}").contains("hunter2secret"));
    let sb = Sandbox::builder().seed(43).calls(5).start().await.unwrap();
    let client = sb.client_builder().quota(Arc::new(quota)).build().unwrap();
    let err = client
        .get_call(GetCall::new(sb.call_ids()[0].clone()).unwrap())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    assert!(!err.to_string().contains("hunter2secret"), "{err}");
    assert!(!format!("{err:?}").contains("hunter2secret"), "{err:?}");
    // Nothing reached Gong.
    assert_eq!(sb.stats().requests, 0);
    assert!(matches!(
        RedisQuota::new("http://not-redis", "k", QuotaSettings::gong()),
        Err(Error::InvalidInput { ref field, .. }) if field == "quotaRedisUrl"
    ));
    sb.shutdown().await;
}

// ------------------------------------------------- Gong's rough edges, on the wire

#[tokio::test]
async fn meetings_refuse_unknown_organizers_and_deletes_without_one_and_bodies_must_be_json() {
    use gong_client::actions::{DeleteMeeting, Input, Meeting};
    use gong_client::raw::RawBody;
    let sb = Sandbox::builder()
        .seed(47)
        .calls(5)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let client = client_of(&sb).build().unwrap();
    let organizer = sb.users()[0].email.clone();

    // An organizer who is not a Gong user of the company: 404.
    let e = client
        .create_meeting(
            Meeting::builder("2026-03-02T15:00:00Z", "2026-03-02T15:30:00Z", "nobody@example.com")
                .build()
                .unwrap(),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(&e, Error::Api { status: 404, messages, .. } if messages[0].contains("organizerEmail")),
        "{e:?}"
    );
    let created = client
        .create_meeting(
            Meeting::builder("2026-03-02T15:00:00Z", "2026-03-02T15:30:00Z", organizer.clone())
                .build()
                .unwrap(),
        )
        .await
        .unwrap();
    let id = created.meeting_id.unwrap();

    // Delete without organizerEmail: Gong answers 400; the action refuses it first.
    let path = format!("/v2/meetings/{}", id.as_str());
    let e = client
        .raw(RawRequest::new(reqwest::Method::DELETE, &path).json(json!({})))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Api { status: 400, .. }), "{e:?}");
    let before = sb.stats().requests;
    let e = DeleteMeeting::from_json(json!({ "meetingId": id.as_str() })).unwrap_err();
    assert!(
        matches!(&e, Error::InvalidInput { field, .. } if field == "organizerEmail"),
        "{e:?}"
    );
    assert_eq!(sb.stats().requests, before, "refused before sending");
    // Another organizer's email: no such meeting for them, 404.
    let other = sb.users()[1].email.clone();
    let e = client
        .delete_meeting(DeleteMeeting::new(id.clone(), other).unwrap())
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Api { status: 404, .. }), "{e:?}");
    client
        .delete_meeting(DeleteMeeting::new(id.clone(), organizer.clone()).unwrap())
        .await
        .unwrap();

    // A JSON body not declared as JSON is refused (415); declared, it is read.
    let body = serde_json::to_vec(&json!({
        "startTime": "2026-03-02T15:00:00Z",
        "endTime": "2026-03-02T15:30:00Z",
        "organizerEmail": organizer,
        "invitees": []
    }))
    .unwrap();
    for (content_type, status) in [("text/plain", Some(415)), ("application/json; charset=utf-8", None)] {
        let r = client
            .raw(
                RawRequest::new(reqwest::Method::POST, "/v2/meetings")
                    .header("Content-Type", content_type)
                    .body(RawBody::Bytes(body.clone().into())),
            )
            .await;
        match status {
            Some(s) => assert!(
                matches!(r, Err(Error::Api { status, .. }) if status == s),
                "{content_type}: {r:?}"
            ),
            None => assert!(r.is_ok(), "{content_type}: {r:?}"),
        }
    }
    sb.shutdown().await;
}

// ------------------------------------------------ Gong's OAuth guide, both ways

/// The sandbox's token endpoint takes the parameters in the query string
/// (the client's default, as Gong's guide documents) and in a form body
/// (`TokenParams::Form`): code exchange and a refresh work either way.
#[tokio::test(start_paused = true)]
async fn oauth_refresh_against_the_sandbox_in_the_query_and_in_a_form_body() {
    for params in [TokenParams::default(), TokenParams::Form] {
        let sb = Sandbox::builder()
            .seed(18)
            .calls(5)
            .rate_limit(None)
            .access_token_lifetime(Duration::from_secs(600))
            .start()
            .await
            .unwrap();
        let store = Arc::new(MemoryTokenStore::default());
        let config = sb
            .oauth_config("http://localhost:7777/callback")
            .with_token_params(params);
        let client = paused_oauth_client("http://127.0.0.1:9", config, store.clone());
        let code = crate::common::authorization_code(&client, "http://localhost:7777/callback", "st4te").await;
        client.exchange_code(&code).await.unwrap();
        client.api().list_workspaces().send().await.unwrap();
        tokio::time::advance(Duration::from_secs(601)).await;
        client.api().list_workspaces().send().await.unwrap();
        assert_eq!(sb.stats().token_refreshes, 1, "{params:?}");
        assert_eq!(client.stats().token_refreshes, 1, "{params:?}");
        sb.shutdown().await;
    }
}

// ------------------------------------------------ real tenants' variations

/// The facade's listings against a sandbox answering as real tenants do
/// (`SandboxBuilder::variations`): the same records as without them. Needs
/// the tolerant decoding of generated types (branch `decode`).
#[tokio::test]
async fn the_listings_read_a_tenant_with_real_variations() {
    for vseed in [1, 2, 3] {
        let sb = Sandbox::builder()
            .seed(19)
            .calls(250)
            .rate_limit(None)
            .variations(Some(vseed))
            .start()
            .await
            .unwrap();
        let client = client_of(&sb).build().unwrap();
        let pages: Vec<_> = client.list_calls_pages(ListCalls::all()).try_collect().await.unwrap();
        assert_eq!(ids_of(&pages), sb.call_ids(), "variations {vseed}: every call once");
        let users: Vec<_> = client
            .list_users(gong_client::actions::ListUsers::all())
            .try_collect()
            .await
            .unwrap();
        assert_eq!(users.len(), 20);
        let ws = client.list_workspaces().await.unwrap();
        assert_eq!(ws.workspaces.len(), 2);
        let transcripts: Vec<_> = client
            .get_call_transcripts(CallTranscripts::builder().build().unwrap())
            .try_collect()
            .await
            .unwrap();
        assert_eq!(transcripts.len(), 250);
        let logs: Vec<_> = client
            .get_logs(
                Logs::builder(LogType::AccessLog, "2020-01-01T00:00:00Z")
                    .build()
                    .unwrap(),
            )
            .try_collect()
            .await
            .unwrap();
        assert_eq!(logs.len(), 150);
        let folders = client.api().get_library_structure().send().await.unwrap();
        assert!(!folders.folders.is_empty());
        let call = client
            .get_call(GetCall::new(sb.call_ids()[0].clone()).unwrap())
            .await
            .unwrap();
        assert!(call.call.is_some());
        sb.shutdown().await;
    }
}
