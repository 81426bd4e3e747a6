//! OAuth tokens shared by several clients and processes through one token
//! store: refreshes are single-flight across them (the store's lock), a
//! client adopts tokens another one rotated instead of spending a refresh
//! token twice, and `invalid_grant` sends it back to the store once before
//! it gives up.

use crate::common;
use common::{oauth_config, workspaces};

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use futures::future::BoxFuture;
use gong_client::auth::{MemoryTokenStore, StoreLock, TokenSet, TokenStore};
use gong_client::{AuthError, Client, Error};
use httpmock::prelude::*;
use secrecy::ExposeSecret;
use serde_json::json;

fn far_future() -> u64 {
    u64::MAX / 2
}

/// A store without a lock whose content another process replaces after
/// the `swap_after`-th load: the race a lock prevents, played out.
#[derive(Debug)]
struct RacedStore {
    inner: MemoryTokenStore,
    loads: AtomicUsize,
    swap_after: usize,
    other: std::sync::Mutex<Option<TokenSet>>,
    saves: AtomicUsize,
}

impl RacedStore {
    fn new(first: TokenSet, swap_after: usize, other: TokenSet) -> Self {
        RacedStore {
            inner: MemoryTokenStore::with(first),
            loads: AtomicUsize::new(0),
            swap_after,
            other: std::sync::Mutex::new(Some(other)),
            saves: AtomicUsize::new(0),
        }
    }
}

impl TokenStore for RacedStore {
    fn load(&self) -> BoxFuture<'_, std::io::Result<Option<TokenSet>>> {
        Box::pin(async move {
            let n = self.loads.fetch_add(1, Ordering::SeqCst) + 1;
            let other = if n > self.swap_after {
                self.other.lock().unwrap().take()
            } else {
                None
            };
            if let Some(other) = other {
                self.inner.save(&other).await?;
            }
            self.inner.load().await
        })
    }
    fn save<'a>(&'a self, tokens: &'a TokenSet) -> BoxFuture<'a, std::io::Result<()>> {
        self.saves.fetch_add(1, Ordering::SeqCst);
        self.inner.save(tokens)
    }
    // No lock: the default, which excludes no one.
}

async fn api_ok<'a>(server: &'a MockServer, token: &str) -> httpmock::Mock<'a> {
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/workspaces")
                .header("authorization", format!("Bearer {token}"));
            then.status(200).json_body(workspaces());
        })
        .await
}

async fn refresh_answer<'a>(
    server: &'a MockServer,
    refresh_token: &str,
    answer: serde_json::Value,
    status: u16,
) -> httpmock::Mock<'a> {
    server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/oauth2/generate-customer-token")
                .query_param("grant_type", "refresh_token")
                .query_param("refresh_token", refresh_token);
            then.status(status).json_body(answer);
        })
        .await
}

#[tokio::test]
async fn invalid_grant_reloads_the_store_once_and_adopts_what_another_process_saved() {
    let server = MockServer::start_async().await;
    // Our refresh token was spent by another process a moment ago ...
    let spent = refresh_answer(
        &server,
        "ref-1",
        json!({ "error": "invalid_grant", "error_description": "refresh token already used" }),
        400,
    )
    .await;
    let theirs = refresh_answer(&server, "ref-2", json!({ "access_token": "never" }), 200).await;
    let api = api_ok(&server, "acc-2").await;
    // ... which saved its fresh tokens after our reload inside the lock
    // (load 1: first use, load 2: inside the lock, load 3: after invalid_grant).
    let store = Arc::new(RacedStore::new(
        TokenSet::new("acc-1", "ref-1", 1),
        2,
        TokenSet::new("acc-2", "ref-2", far_future()),
    ));
    let client = Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .oauth(oauth_config(&server), store.clone())
        .build()
        .unwrap();
    client.api().list_workspaces().send().await.unwrap();
    spent.assert_calls_async(1).await;
    // The fresh tokens found on reload are used as they are: no second refresh.
    theirs.assert_calls_async(0).await;
    api.assert_calls_async(1).await;
    // Nothing of ours was written over theirs.
    assert_eq!(store.saves.load(Ordering::SeqCst), 0);
    let stored = store.inner.load().await.unwrap().unwrap();
    assert_eq!(stored.refresh_token().expose_secret(), "ref-2");
    assert_eq!(client.stats().token_refreshes, 0);
}

#[tokio::test]
async fn invalid_grant_with_newer_but_expired_tokens_in_the_store_refreshes_those() {
    let server = MockServer::start_async().await;
    let spent = refresh_answer(&server, "ref-1", json!({ "error": "invalid_grant" }), 400).await;
    let newer = refresh_answer(
        &server,
        "ref-2",
        json!({ "access_token": "acc-3", "refresh_token": "ref-3", "expires_in": 86400 }),
        200,
    )
    .await;
    let api = api_ok(&server, "acc-3").await;
    let store = Arc::new(RacedStore::new(
        TokenSet::new("acc-1", "ref-1", 1),
        2,
        TokenSet::new("acc-2", "ref-2", 1),
    ));
    let client = Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .oauth(oauth_config(&server), store.clone())
        .build()
        .unwrap();
    client.api().list_workspaces().send().await.unwrap();
    spent.assert_calls_async(1).await;
    newer.assert_calls_async(1).await;
    api.assert_calls_async(1).await;
    let stored = store.inner.load().await.unwrap().unwrap();
    assert_eq!(stored.refresh_token().expose_secret(), "ref-3");
}

#[tokio::test]
async fn invalid_grant_with_nothing_newer_in_the_store_is_reconnect_required() {
    let server = MockServer::start_async().await;
    let spent = refresh_answer(&server, "ref-1", json!({ "error": "invalid_grant" }), 400).await;
    let api = api_ok(&server, "acc-1").await;
    let store = Arc::new(MemoryTokenStore::with(TokenSet::new("acc-1", "ref-1", 1)));
    let client = Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .oauth(oauth_config(&server), store.clone())
        .build()
        .unwrap();
    let e = client.api().list_workspaces().send().await.unwrap_err();
    assert!(matches!(e, Error::Auth(AuthError::ReconnectRequired { .. })), "{e:?}");
    // Tried once: the reload found the same token, so no second attempt.
    spent.assert_calls_async(1).await;
    api.assert_calls_async(0).await;
    let kept = store.load().await.unwrap().unwrap();
    assert_eq!(kept.refresh_token().expose_secret(), "ref-1");
}

#[tokio::test]
async fn a_store_that_moved_on_during_a_refresh_is_not_overwritten() {
    let server = MockServer::start_async().await;
    // Our refresh works, but meanwhile (load 3, just before our save) a
    // person authorized again and the store holds that new grant.
    let ours = refresh_answer(
        &server,
        "ref-1",
        json!({ "access_token": "acc-ours", "refresh_token": "ref-ours", "expires_in": 86400 }),
        200,
    )
    .await;
    let api = api_ok(&server, "acc-ours").await;
    let store = Arc::new(RacedStore::new(
        TokenSet::new("acc-1", "ref-1", 1),
        2,
        TokenSet::new("acc-new-grant", "ref-new-grant", far_future()),
    ));
    let client = Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .oauth(oauth_config(&server), store.clone())
        .build()
        .unwrap();
    client.api().list_workspaces().send().await.unwrap();
    ours.assert_calls_async(1).await;
    api.assert_calls_async(1).await;
    assert_eq!(store.saves.load(Ordering::SeqCst), 0);
    let stored = store.inner.load().await.unwrap().unwrap();
    assert_eq!(stored.refresh_token().expose_secret(), "ref-new-grant");
}

/// A store whose lock is counted, to show the client refreshes inside it.
#[derive(Debug, Default)]
struct CountingLock {
    inner: MemoryTokenStore,
    locks: AtomicUsize,
}

impl TokenStore for CountingLock {
    fn load(&self) -> BoxFuture<'_, std::io::Result<Option<TokenSet>>> {
        self.inner.load()
    }
    fn save<'a>(&'a self, tokens: &'a TokenSet) -> BoxFuture<'a, std::io::Result<()>> {
        self.inner.save(tokens)
    }
    fn lock(&self) -> BoxFuture<'_, std::io::Result<StoreLock>> {
        self.locks.fetch_add(1, Ordering::SeqCst);
        self.inner.lock()
    }
}

#[tokio::test]
async fn a_refresh_takes_the_store_lock_and_a_fresh_token_does_not() {
    let server = MockServer::start_async().await;
    refresh_answer(
        &server,
        "ref-1",
        json!({ "access_token": "acc-2", "refresh_token": "ref-2", "expires_in": 86400 }),
        200,
    )
    .await;
    let api = api_ok(&server, "acc-2").await;
    let store = Arc::new(CountingLock {
        inner: MemoryTokenStore::with(TokenSet::new("acc-1", "ref-1", 1)),
        ..Default::default()
    });
    let client = Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .oauth(oauth_config(&server), store.clone())
        .build()
        .unwrap();
    for _ in 0..3 {
        client.api().list_workspaces().send().await.unwrap();
    }
    api.assert_calls_async(3).await;
    assert_eq!(store.locks.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_request_dropped_during_a_refresh_still_saves_the_rotated_tokens() {
    let server = MockServer::start_async().await;
    // The token endpoint answers slowly; the caller gives up before it does.
    let refresh = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/oauth2/generate-customer-token")
                .query_param("refresh_token", "ref-1");
            then.status(200)
                .delay(std::time::Duration::from_millis(300))
                .json_body(json!({ "access_token": "acc-2", "refresh_token": "ref-2", "expires_in": 86400 }));
        })
        .await;
    let api = api_ok(&server, "acc-2").await;
    let store = Arc::new(MemoryTokenStore::with(TokenSet::new("acc-1", "ref-1", 1)));
    let client = Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .oauth(oauth_config(&server), store.clone())
        .build()
        .unwrap();
    let gave_up = tokio::time::timeout(
        std::time::Duration::from_millis(50),
        client.api().list_workspaces().send(),
    )
    .await;
    assert!(gave_up.is_err(), "the request was expected to time out");
    // The refresh runs on: ref-1 is spent at the token endpoint, and ref-2
    // must reach the store. Waits as long as a slow machine needs.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let stored = store.load().await.unwrap().unwrap();
        if stored.refresh_token().expose_secret() == "ref-2" {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the rotated tokens never reached the store"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    client.api().list_workspaces().send().await.unwrap();
    refresh.assert_calls_async(1).await;
    api.assert_calls_async(1).await;
    assert_eq!(client.stats().token_refreshes, 1);
}

mod sandbox {
    use std::path::Path;
    use std::sync::Arc;
    use std::time::Duration;

    use gong_client::Client;
    use gong_client::auth::{FileTokenStore, OAuthConfig, TokenStore};
    use gong_sandbox::{Sandbox, SandboxHandle};
    use secrecy::ExposeSecret;

    use super::common::{TempDir, log_in};

    /// A client with its own session and its own store handle on `path`,
    /// as a separate process would have.
    fn client_on(base: &str, config: OAuthConfig, path: &Path) -> Client {
        Client::builder()
            .base_url(base)
            .oauth(config, Arc::new(FileTokenStore::new(path)))
            .rate_limit(None)
            .daily_budget(None)
            .timeout(None)
            .connect_timeout(None)
            .pool_idle_timeout(None)
            .build()
            .unwrap()
    }

    #[tokio::test(start_paused = true)]
    async fn four_clients_on_one_token_file_through_three_expiries_spend_each_refresh_token_once() {
        let sb = Sandbox::builder()
            .seed(51)
            .calls(5)
            .rate_limit(None)
            .access_token_lifetime(Duration::from_secs(10))
            .start()
            .await
            .unwrap();
        let dir = TempDir::new("oauth-four-clients");
        let path = dir.path("tokens.json");
        let mut config = sb.oauth_config("http://localhost:7777/callback");
        config.refresh_margin = Duration::ZERO;
        let clients: Vec<Client> = (0..4).map(|_| client_on(sb.url(), config.clone(), &path)).collect();
        log_in(&clients[0], "http://localhost:7777/callback").await;

        // Four waves, 11 s apart, of 10 concurrent requests per client: each
        // of the last three finds the access token expired.
        let requests = clients.iter().enumerate().flat_map(|(n, c)| {
            (0..40u64).map(move |i| {
                let c = c.clone();
                async move {
                    tokio::time::sleep(Duration::from_secs(11 * (i % 4)) + Duration::from_millis((i + n as u64) % 5))
                        .await;
                    c.api().list_workspaces().send().await
                }
            })
        });
        let results = futures::future::join_all(requests).await;
        let failed: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
        assert!(failed.is_empty(), "{failed:?}");
        assert_eq!(results.len(), 160);

        let stats = sb.stats();
        assert_eq!(stats.refresh_token_reuses, 0, "{stats:?}");
        assert_eq!(stats.invalid_grants, 0, "{stats:?}");
        assert!(stats.token_refreshes >= 3, "{stats:?}");
        // Every refresh was made by exactly one client; the others adopted it.
        let by_clients: u64 = clients.iter().map(|c| c.stats().token_refreshes).sum();
        assert_eq!(by_clients, stats.token_refreshes);
        assert!(
            stats.token_refreshes < 4 * 3,
            "each client refreshed on its own: {stats:?}"
        );
        assert_eq!(stats.statuses.get(&200), Some(&(160 + 1 + stats.token_refreshes)));
        // The file holds a live refresh token: nothing was lost.
        assert_eq!(refresh_with_stored(&sb, &path).await, 200);
        sb.shutdown().await;
    }

    #[tokio::test(start_paused = true)]
    async fn a_client_adopts_tokens_another_rotated_without_calling_the_token_endpoint() {
        let sb = Sandbox::builder()
            .seed(52)
            .calls(5)
            .rate_limit(None)
            .access_token_lifetime(Duration::from_secs(100))
            .start()
            .await
            .unwrap();
        let dir = TempDir::new("oauth-adopt");
        let path = dir.path("tokens.json");
        let config = sb.oauth_config("http://localhost:7777/callback");
        let a = client_on(sb.url(), config.clone(), &path);
        let b = client_on(sb.url(), config, &path);
        log_in(&a, "http://localhost:7777/callback").await;
        for c in [&a, &b] {
            c.api().list_workspaces().send().await.unwrap();
        }
        // Past the expiry on the sandbox's clock: A is refused, refreshes,
        // and saves; then B is refused too.
        tokio::time::sleep(Duration::from_secs(101)).await;
        a.api().list_workspaces().send().await.unwrap();
        assert_eq!(sb.stats().token_refreshes, 1);
        b.api().list_workspaces().send().await.unwrap();
        let stats = sb.stats();
        // B adopted A's tokens from the file: one refresh, no reuse.
        assert_eq!(stats.token_refreshes, 1, "{stats:?}");
        assert_eq!(stats.expired_tokens, 2, "{stats:?}");
        assert_eq!(stats.invalid_grants, 0);
        assert_eq!(a.stats().token_refreshes, 1);
        assert_eq!(b.stats().token_refreshes, 0);
        assert_eq!(refresh_with_stored(&sb, &path).await, 200);
        sb.shutdown().await;
    }

    /// Spends the stored refresh token directly: 200 when it was live.
    async fn refresh_with_stored(sb: &SandboxHandle, path: &Path) -> u16 {
        let stored = FileTokenStore::new(path).load().await.unwrap().unwrap();
        reqwest::Client::new()
            .post(sb.token_url())
            .basic_auth(sb.client_id(), Some(sb.client_secret()))
            .form(&[
                ("grant_type", "refresh_token"),
                ("refresh_token", stored.refresh_token().expose_secret()),
            ])
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }

    // ------------------------------------------------ separate processes

    const WORKER_ENV: &str = "GONG_TEST_OAUTH_WORKER";

    /// Not a test on its own: the body of each worker process that
    /// `several_processes_share_one_token_file_through_three_expiries` starts
    /// (this test binary, run again for this one test). Without the
    /// environment it sets, it does nothing.
    #[test]
    #[ignore = "a worker process of several_processes_share_one_token_file_through_three_expiries"]
    fn oauth_worker_process() {
        let Ok(spec) = std::env::var(WORKER_ENV) else {
            return;
        };
        let spec: serde_json::Value = serde_json::from_str(&spec).unwrap();
        let field = |k: &str| spec[k].as_str().unwrap().to_owned();
        let run_for = Duration::from_millis(spec["runMs"].as_u64().unwrap());
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let config = OAuthConfig::new(
                field("clientId"),
                field("clientSecret"),
                "http://localhost:7777/callback",
            )
            .with_urls(field("authorizeUrl"), field("tokenUrl"));
            let client = client_on(&field("url"), config, Path::new(&field("tokenFile")));
            let start = std::time::Instant::now();
            let (mut ok, mut failed) = (0u64, 0u64);
            while start.elapsed() < run_for {
                // Two at once, so a process also races itself.
                let (api_x, api_y) = (client.api(), client.api());
                let (x, y) = futures::join!(api_x.list_workspaces().send(), api_y.list_workspaces().send(),);
                for r in [x.map(|_| ()), y.map(|_| ())] {
                    match r {
                        Ok(()) => ok += 1,
                        Err(e) => {
                            failed += 1;
                            eprintln!("worker request failed: {e}");
                        }
                    }
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            println!(
                "WORKER-RESULT {}",
                serde_json::json!({ "ok": ok, "failed": failed, "refreshes": client.stats().token_refreshes })
            );
        });
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn several_processes_share_one_token_file_through_three_expiries() {
        // Real time: processes cannot share a paused clock. Access tokens
        // live 1 s and each worker runs 4.5 s, so every worker lives through
        // at least three expiries however slow the machine.
        let sb = Sandbox::builder()
            .seed(53)
            .calls(5)
            .rate_limit(None)
            .access_token_lifetime(Duration::from_secs(1))
            .start()
            .await
            .unwrap();
        let dir = TempDir::new("oauth-processes");
        let path = dir.path("tokens.json");
        let config = sb.oauth_config("http://localhost:7777/callback");
        let first = client_on(sb.url(), config, &path);
        log_in(&first, "http://localhost:7777/callback").await;
        drop(first);

        let spec = serde_json::json!({
            "url": sb.url(),
            "clientId": sb.client_id(),
            "clientSecret": sb.client_secret(),
            "authorizeUrl": sb.authorize_url(),
            "tokenUrl": sb.token_url(),
            "tokenFile": path,
            "runMs": 4500,
        })
        .to_string();
        let exe = std::env::current_exe().unwrap();
        let workers = (0..3).map(|_| {
            tokio::process::Command::new(&exe)
                .args([
                    "--exact",
                    "oauth_store::sandbox::oauth_worker_process",
                    "--include-ignored",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env(WORKER_ENV, &spec)
                .kill_on_drop(true)
                .output()
        });
        let outputs = futures::future::join_all(workers).await;
        let (mut ok, mut refreshes) = (0u64, 0u64);
        for out in outputs {
            let out = out.unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "worker failed: {stdout}\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let line = stdout
                .lines()
                .find_map(|l| l.split_once("WORKER-RESULT ").map(|(_, json)| json))
                .unwrap_or_else(|| panic!("no result from the worker: {stdout}"));
            let result: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(result["failed"], 0, "{stdout}");
            assert!(result["ok"].as_u64().unwrap() > 0, "{stdout}");
            ok += result["ok"].as_u64().unwrap();
            refreshes += result["refreshes"].as_u64().unwrap();
        }
        let stats = sb.stats();
        eprintln!(
            "3 processes: {ok} requests, {} refreshes, {} expired-token 401s, {} refresh-token reuses",
            stats.token_refreshes, stats.expired_tokens, stats.refresh_token_reuses
        );
        assert_eq!(stats.refresh_token_reuses, 0, "{stats:?}");
        assert_eq!(stats.invalid_grants, 0, "{stats:?}");
        assert!(stats.token_refreshes >= 3, "{stats:?}");
        // Each refresh was made by one process; the others adopted it.
        assert_eq!(refreshes, stats.token_refreshes, "{stats:?}");
        assert_eq!(stats.statuses.get(&200), Some(&(ok + 1 + stats.token_refreshes)));
        assert_eq!(refresh_with_stored(&sb, &path).await, 200);
        sb.shutdown().await;
    }
}
