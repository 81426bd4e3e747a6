//! A hostile Gong, a hostile token endpoint and a hostile local
//! user, on the wire: every case ends in a typed error or a correct
//! result, in bounded memory and time, with nothing written through a link
//! or sent in clear.

use std::sync::Arc;
use std::time::Duration;

use gong_client::auth::{FileTokenStore, MemoryTokenStore, TokenSet, TokenStore};
use gong_client::quota::{FileQuota, Quota, QuotaSettings};
use gong_client::raw::RawRequest;
use gong_client::{AuthError, Client, Error};
use httpmock::prelude::*;
use reqwest::Method;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::{Reply, ScriptServer, TempDir, oauth_config};

/// Bounds every case: a hostile answer must never make a test hang.
async fn bounded<T>(what: &str, f: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(60), f)
        .await
        .unwrap_or_else(|_| panic!("{what}: no answer within 60 s"))
}

// ------------------------------------------------------------ Retry-After

#[tokio::test]
async fn retry_after_of_any_size_fails_at_once_with_when_gong_allows_the_next_try() {
    for value in ["1e20", "18446744073709551616", "Fri, 01 Jan 2100 00:00:00 GMT", "86000"] {
        let server = ScriptServer::start(vec![
            Reply::json(429, json!({"errors": ["slow down"]})).with_header("retry-after", value),
        ])
        .await;
        let client = crate::common::api_key_client(&server.url);
        let err = bounded(value, client.api().list_workspaces().send()).await.unwrap_err();
        let Error::RateLimited { retry_after, .. } = &err else {
            panic!("{value}: {err:?}")
        };
        assert!(retry_after.unwrap() > Duration::from_secs(80_000), "{value}: {err}");
        assert!(err.to_string().contains("allows the next try in"), "{err}");
        assert_eq!(server.seen().len(), 1, "{value}: one request, no retry");
    }
}

// ------------------------------------------------------------ the quota

fn file_quota(path: &std::path::Path) -> Arc<dyn Quota> {
    Arc::new(FileQuota::new(path, QuotaSettings::gong()).unwrap())
}

fn quota_client(base: &str, quota: Arc<dyn Quota>) -> Client {
    Client::builder()
        .base_url(base)
        .api_key("k", "s")
        .quota(quota)
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_day_long_429_is_no_silent_wait_for_any_worker_of_the_quota() {
    let dir = TempDir::new("quota-refusal");
    let path = dir.path("tenant.quota.json");
    let server = ScriptServer::start(vec![
        Reply::json(429, json!({"errors": ["quota"]})).with_header("retry-after", "86000"),
    ])
    .await;
    server.set_fallback(Reply::json(200, crate::common::workspaces()));
    let first = quota_client(&server.url, file_quota(&path));
    let err = bounded("first", first.api().list_workspaces().send())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::RateLimited { .. }), "{err:?}");
    // Another worker (another process's quota on the same file) fails at
    // once too, without a request, saying when Gong allows the next try.
    let second = quota_client(&server.url, file_quota(&path));
    let err = bounded("second", second.api().list_workspaces().send())
        .await
        .unwrap_err();
    match &err {
        Error::RateLimited {
            retry_after: Some(d),
            retry_at: Some(_),
            ..
        } => assert!(
            *d > Duration::from_secs(85_000) && *d <= Duration::from_secs(86_000),
            "{d:?}"
        ),
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("allows the next try in 8"), "{err}");
    assert_eq!(server.seen().len(), 1, "the second worker sent nothing");
}

/// A quota file written by someone else, one tampered field at a time.
#[tokio::test]
async fn tampered_quota_files_never_stall_or_lock_anyone() {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_micros() as u64;
    let years = 10 * 365 * 86_400 * 1_000_000u64;
    let max = u64::MAX;
    let cases = [
        // 23 hours and 500 s ahead: within what a quota once believed.
        ("hold", format!(r#"{{"hold_until":{}}}"#, now + 23 * 3_600_000_000)),
        ("recent", format!(r#"{{"recent":[{0},{0},{0}]}}"#, now + 500_000_000)),
        (
            "learned margin",
            format!(r#"{{"learned_us":{max},"learned_at":{now},"recent":[{now},{now},{now}]}}"#),
        ),
        (
            "counters",
            format!(r#"{{"throttled":{max},"day_spent":4294967295,"day_start":0}}"#),
        ),
        (
            "day in the future",
            format!(r#"{{"day_start":{},"day_spent":3}}"#, now + years),
        ),
    ];
    for (what, state) in cases {
        let dir = TempDir::new("quota-tampered");
        let path = dir.path("q.json");
        std::fs::write(&path, state).unwrap();
        let server = ScriptServer::start(vec![]).await;
        server.set_fallback(Reply::json(200, crate::common::workspaces()));
        let client = quota_client(&server.url, file_quota(&path));
        let started = std::time::Instant::now();
        bounded(what, client.api().list_workspaces().send())
            .await
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{what}: waited {:?}",
            started.elapsed()
        );
        assert_eq!(server.seen().len(), 1, "{what}");
    }
    // A spent budget whose day starts in ten years renews within a day.
    let dir = TempDir::new("quota-locked");
    let path = dir.path("q.json");
    std::fs::write(&path, format!(r#"{{"day_start":{},"day_spent":10000}}"#, now + years)).unwrap();
    let server = ScriptServer::start(vec![]).await;
    let client = quota_client(&server.url, file_quota(&path));
    match bounded("locked", client.api().list_workspaces().send()).await {
        Err(Error::BudgetSpent { renews_in: Some(d), .. }) => assert!(d <= Duration::from_secs(86_400), "{d:?}"),
        other => panic!("{other:?}"),
    }
    assert!(server.seen().is_empty());
}

// ------------------------------------------------------------ body limit

/// A server that answers every request with 200 and a chunked body of
/// `total` bytes (`[` then spaces: valid JSON never comes), then closes.
async fn chunked_server(total: usize) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut conn, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut head = [0u8; 8192];
                let _ = conn.read(&mut head).await;
                let _ = conn
                    .write_all(
                        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n",
                    )
                    .await;
                let chunk = vec![b' '; 64 * 1024];
                let mut sent = 0;
                while sent < total {
                    let frame = [format!("{:x}\r\n", chunk.len()).as_bytes(), &chunk, b"\r\n"].concat();
                    if conn.write_all(&frame).await.is_err() {
                        return;
                    }
                    sent += chunk.len();
                }
                let _ = conn.write_all(b"0\r\n\r\n").await;
            });
        }
    });
    url
}

#[tokio::test]
async fn an_answer_past_the_body_limit_is_a_typed_error_naming_the_operation() {
    // 16 MiB sent in chunks, no length announced; the limit is 1 MiB.
    let url = chunked_server(16 << 20).await;
    let client = Client::builder()
        .base_url(&url)
        .api_key("k", "s")
        .rate_limit(None)
        .max_body_bytes(1 << 20)
        .build()
        .unwrap();
    let err = bounded("typed", client.api().list_workspaces().send())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::BodyTooLarge { operation, limit, .. } if operation == "listWorkspaces" && *limit == 1 << 20),
        "{err:?}"
    );
    assert!(err.to_string().contains("1 MiB"), "{err}");
    let err = bounded("raw", client.raw(RawRequest::new(Method::GET, "/v2/calls")))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::BodyTooLarge { operation, .. } if operation == "raw"),
        "{err:?}"
    );
    // An announced length past the limit is refused before reading.
    let server = ScriptServer::start(vec![Reply::Respond {
        status: 200,
        headers: vec![],
        body: vec![b' '; (1 << 20) + 1],
    }])
    .await;
    let small = Client::builder()
        .base_url(&server.url)
        .api_key("k", "s")
        .rate_limit(None)
        .max_body_bytes(1 << 20)
        .build()
        .unwrap();
    let err = bounded("length", small.api().list_workspaces().send())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::BodyTooLarge { .. }), "{err:?}");
    // Below the limit, answers are read as before.
    let err = Client::builder().max_body_bytes(10).build().unwrap_err();
    assert!(
        matches!(err, Error::InvalidInput { ref field, .. } if field == "maxBodyBytes"),
        "{err:?}"
    );
}

/// A page of a million tiny records (3 MB of JSON, gigabytes once typed)
/// is refused before decoding, for typed operations, raw requests and the
/// facade's paging; a page at the limit decodes.
#[tokio::test]
async fn a_page_of_far_more_records_than_gong_sends_is_refused_before_decoding() {
    let million = format!(
        r#"{{"requestId":"r","records":{{"totalRecords":1000000,"currentPageSize":1000000,"currentPageNumber":0}},"users":[{}]}}"#,
        vec!["{}"; 1_000_000].join(",")
    );
    let server = ScriptServer::start(vec![]).await;
    server.set_fallback(Reply::Respond {
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        body: million.into_bytes(),
    });
    let client = crate::common::api_key_client(&server.url);
    let err = match bounded("typed", client.api().list_users().send()).await {
        Ok(page) => panic!("decoded a page of {} users", page.users.len()),
        Err(e) => e,
    };
    assert!(
        matches!(&err, Error::TooManyRecords { operation, field, limit, .. }
            if operation == "listUsers" && field == "users" && *limit == gong_client::DEFAULT_MAX_PAGE_RECORDS),
        "{err:?}"
    );
    assert!(err.to_string().contains("`users`"), "{err}");
    let err = bounded("raw", client.raw(RawRequest::new(Method::GET, "/v2/users")))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::TooManyRecords { operation, .. } if operation == "raw"),
        "{err:?}"
    );
    let first = bounded("paging", async {
        use futures::StreamExt;
        let mut users = std::pin::pin!(client.list_users(gong_client::actions::ListUsers::all()));
        users.next().await
    })
    .await
    .expect("the stream yields the error");
    assert!(matches!(&first, Err(Error::TooManyRecords { .. })), "{first:?}");
    // One request each: a refused answer is not retried.
    assert_eq!(server.seen().len(), 3);

    // A limit of 200: 200 records decode, 201 are refused.
    let limited = |base: &str| {
        Client::builder()
            .base_url(base)
            .api_key("k", "s")
            .rate_limit(None)
            .max_page_records(200)
            .build()
            .unwrap()
    };
    let page = |n: usize| {
        let user = r#"{"id":"1","emailAddress":"a@example.com"}"#;
        Reply::json(
            200,
            serde_json::from_str(&format!(r#"{{"requestId":"r","users":[{}]}}"#, vec![user; n].join(","))).unwrap(),
        )
    };
    let server = ScriptServer::start(vec![page(200), page(201)]).await;
    let client = limited(&server.url);
    let ok = bounded("200", client.api().list_users().send()).await.unwrap();
    assert_eq!(ok.users.len(), 200);
    let err = bounded("201", client.api().list_users().send()).await.unwrap_err();
    assert!(matches!(&err, Error::TooManyRecords { limit: 200, .. }), "{err:?}");
    let err = Client::builder().max_page_records(99).build().unwrap_err();
    assert!(
        matches!(err, Error::InvalidInput { ref field, .. } if field == "maxPageRecords"),
        "{err:?}"
    );
}

// ------------------------------------------------------------ OAuth answers

async fn token_server(answer: serde_json::Value) -> MockServer {
    let server = MockServer::start_async().await;
    server
        .mock_async(move |when, then| {
            when.method(POST).path("/oauth2/generate-customer-token");
            then.status(200).json_body(answer.clone());
        })
        .await;
    server
}

fn oauth_client(tokens: &MockServer, store: Arc<dyn TokenStore>) -> Client {
    Client::builder().oauth(oauth_config(tokens), store).build().unwrap()
}

#[tokio::test]
async fn a_tenant_url_off_gong_or_in_clear_is_refused_and_nothing_is_saved() {
    let elsewhere = MockServer::start_async().await;
    let trap = crate::common::answer_anything(&elsewhere).await;
    for url in [
        format!("http://0.0.0.0:{}", elsewhere.port()),
        "http://company-17.api.gong.io".to_owned(),
        "https://evil.example".to_owned(),
        "https://gong.io.evil.example".to_owned(),
        "https://user:pw@company-17.api.gong.io".to_owned(),
        "not a url".to_owned(),
    ] {
        let tokens = token_server(json!({
            "access_token": "acc", "refresh_token": "ref", "expires_in": 86400,
            "api_base_url_for_customer": url,
        }))
        .await;
        let store = Arc::new(MemoryTokenStore::default());
        let client = oauth_client(&tokens, store.clone());
        let err = bounded(&url, client.exchange_code("code")).await.unwrap_err();
        assert!(
            matches!(err, Error::Auth(AuthError::TenantUrlRefused { .. })),
            "{url}: {err:?}"
        );
        assert!(store.load().await.unwrap().is_none(), "{url}: nothing saved");
        assert!(!err.to_string().contains("pw@"), "{err}");
    }
    assert_eq!(trap.calls_async().await, 0, "no token went elsewhere");
    // A Gong host over https is taken; so is a domain of the allow-list.
    let tokens = token_server(json!({
        "access_token": "acc", "refresh_token": "ref", "expires_in": 86400,
        "api_base_url_for_customer": "https://company-17.api.gong.io",
    }))
    .await;
    let store = Arc::new(MemoryTokenStore::default());
    let got = oauth_client(&tokens, store.clone()).exchange_code("c").await.unwrap();
    assert_eq!(got.api_base_url.as_deref(), Some("https://company-17.api.gong.io"));
    let config = oauth_config(&tokens).with_tenant_hosts(["gong.example.com"]);
    config.check_tenant_url("https://eu.gong.example.com").unwrap();
    assert!(config.check_tenant_url("https://company-17.api.gong.io").is_err());
}

#[tokio::test]
async fn a_stored_tenant_url_is_checked_again_when_loaded() {
    let elsewhere = MockServer::start_async().await;
    let trap = crate::common::answer_anything(&elsewhere).await;
    let tokens = MockServer::start_async().await;
    let stored =
        TokenSet::new("acc", "ref", u64::MAX / 2).with_api_base_url(format!("http://0.0.0.0:{}", elsewhere.port()));
    let client = oauth_client(&tokens, Arc::new(MemoryTokenStore::with(stored)));
    let err = bounded("stored", client.api().list_workspaces().send())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Auth(AuthError::TenantUrlRefused { .. })),
        "{err:?}"
    );
    assert_eq!(trap.calls_async().await, 0);
}

#[tokio::test]
async fn hostile_token_answers_never_overflow_and_a_huge_one_is_cut_off() {
    for (expires_in, want) in [
        (json!(u64::MAX), u64::MAX),
        (json!(1e300), u64::MAX),
        (json!("86400"), 86_400),
        (json!(-5), 0),
    ] {
        let tokens = token_server(json!({"access_token": "a", "refresh_token": "r", "expires_in": expires_in})).await;
        let got = oauth_client(&tokens, Arc::new(MemoryTokenStore::default()))
            .exchange_code("c")
            .await
            .unwrap();
        assert_eq!(got.lifetime_secs, Some(want), "{expires_in}");
        assert!(got.expires_at >= want.min(1_000_000_000), "{expires_in}");
    }
    let tokens = token_server(json!({"access_token": "a".repeat(100_000), "refresh_token": "r"})).await;
    let err = oauth_client(&tokens, Arc::new(MemoryTokenStore::default()))
        .exchange_code("c")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::BodyTooLarge { .. }), "{err:?}");
}

// ------------------------------------------------------------ local files

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[tokio::test]
async fn quota_files_are_owner_only_and_never_written_through_a_link() {
    let dir = TempDir::new("quota-files");
    let victim = dir.path("victim");
    std::fs::write(&victim, "precious").unwrap();
    let qdir = dir.path("quota");
    let path = qdir.join("t.quota.json");
    let server = ScriptServer::start(vec![]).await;
    server.set_fallback(Reply::json(200, crate::common::workspaces()));
    let client = quota_client(&server.url, file_quota(&path));
    client.api().list_workspaces().send().await.unwrap();
    assert_eq!(
        (mode(&qdir), mode(&path), mode(&qdir.join("t.quota.json.lock"))),
        (0o700, 0o600, 0o600)
    );
    // A link planted at the state file is replaced, not followed.
    std::fs::remove_file(&path).unwrap();
    std::os::unix::fs::symlink(&victim, &path).unwrap();
    client.api().list_workspaces().send().await.unwrap();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert!(std::fs::symlink_metadata(&path).unwrap().file_type().is_file());
    // A link planted at the lock file is refused.
    let lock = qdir.join("t.quota.json.lock");
    std::fs::remove_file(&lock).unwrap();
    std::os::unix::fs::symlink(&victim, &lock).unwrap();
    let err = client.api().list_workspaces().send().await.unwrap_err();
    assert!(
        matches!(err, Error::Io { .. }) && err.to_string().contains("symlink"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert_eq!(server.seen().len(), 2, "nothing sent without the quota");
}

#[cfg(unix)]
#[tokio::test]
async fn a_lock_someone_else_keeps_is_waited_for_a_bounded_time_then_refused() {
    let dir = TempDir::new("quota-held");
    let path = dir.path("t.quota.json");
    let held = gong_client::files::lock_exclusive(&dir.path("t.quota.json.lock"), "test", Duration::ZERO).unwrap();
    let server = ScriptServer::start(vec![]).await;
    let quota = FileQuota::new(&path, QuotaSettings::gong())
        .unwrap()
        .with_lock_wait(Duration::from_millis(300));
    let client = quota_client(&server.url, Arc::new(quota));
    let err = bounded("held", client.api().list_workspaces().send())
        .await
        .unwrap_err();
    match &err {
        Error::Io { source, .. } => assert_eq!(source.kind(), std::io::ErrorKind::TimedOut, "{err}"),
        other => panic!("{other:?}"),
    }
    assert!(server.seen().is_empty());
    // The token store's lock too.
    let tokens = FileTokenStore::new(dir.path("tokens.json")).with_lock_wait(Duration::from_millis(300));
    let _token_lock = tokens.lock().await.unwrap();
    let other = FileTokenStore::new(dir.path("tokens.json")).with_lock_wait(Duration::from_millis(300));
    let err = bounded("token lock", other.lock()).await.unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::TimedOut);
    assert_eq!(mode(&dir.path("tokens.json.lock")), 0o600);
    drop(held);
}
