//! A user's own HTTP client (or its settings) on the wire: its default
//! headers and proxy are used, the crate's auth and timeouts still apply, and
//! credentials never leave Gong's host (redirects, absolute raw URLs, media
//! URLs on other hosts).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use gong_client::raw::{RawRequest, ResponseType};
use gong_client::reqwest;
use gong_client::retry::RetryPolicy;
use gong_client::{Client, Error};
use httpmock::prelude::*;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn workspaces() -> serde_json::Value {
    json!({ "requestId": "r1", "workspaces": [{ "id": "123", "name": "Sales" }] })
}

fn users_client(build: impl FnOnce(reqwest::ClientBuilder) -> reqwest::ClientBuilder) -> reqwest::Client {
    build(gong_client::http_client_builder()).build().unwrap()
}

#[tokio::test]
async fn a_default_header_of_the_users_client_reaches_the_wire_with_the_crates_credentials() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/workspaces")
                .header("x-cost-centre", "sales-ops")
                .header("authorization", "Basic a2V5OnNlY3JldA==");
            then.status(200).json_body(workspaces());
        })
        .await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-cost-centre", reqwest::header::HeaderValue::from_static("sales-ops"));
    let http = users_client(|b| b.default_headers(headers));
    let client = Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .api_key("key", "secret")
        .http_client(http)
        .build()
        .unwrap();
    let answer = client.api().list_workspaces().send().await.unwrap();
    assert_eq!(answer.workspaces[0].name.as_deref(), Some("Sales"));
    // The crate's accounting still sees the request.
    assert_eq!(client.stats().requests_sent, 1);
    m.assert_calls_async(1).await;
}

#[tokio::test]
async fn the_builders_default_header_reaches_the_wire_and_credential_headers_are_refused() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/workspaces").header("x-trace", "t-1");
            then.status(200).json_body(workspaces());
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .rate_limit(None)
        .api_key("key", "secret")
        .default_header("x-trace", "t-1")
        .build()
        .unwrap();
    list_through(&client).await;
    m.assert_calls_async(1).await;
    assert!(
        !format!("{:?}", Client::builder().default_header("x-api-key", "hush")).contains("hush"),
        "a default header's value is not shown by Debug"
    );

    for name in ["Authorization", "proxy-authorization", "Cookie"] {
        let e = Client::builder()
            .api_key("k", "s")
            .default_header(name, "x")
            .build()
            .unwrap_err();
        assert!(
            matches!(&e, Error::InvalidInput { field, rule, .. } if field == "defaultHeader" && rule.contains("credentials")),
            "{name}: {e:?}"
        );
    }
    let e = Client::builder().default_header("bad name", "x").build().unwrap_err();
    assert!(
        matches!(&e, Error::InvalidInput { field, .. } if field == "defaultHeader"),
        "{e:?}"
    );
}

#[test]
fn a_users_client_with_the_builders_http_settings_is_refused_naming_them() {
    let e = Client::builder()
        .http_client(users_client(|b| b))
        .user_agent("mine")
        .proxy(reqwest::Proxy::all("http://127.0.0.1:3128").unwrap())
        .build()
        .unwrap_err();
    let Error::InvalidInput { field, rule, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(field, "httpClient");
    assert!(rule.contains("userAgent") && rule.contains("proxy"), "{rule}");
    // Settings that are the crate's own (auth, pacing, retries, timeouts per
    // request) combine with a user's client.
    Client::builder()
        .http_client(users_client(|b| b))
        .api_key("k", "s")
        .timeout(Some(Duration::from_secs(5)))
        .retry_policy(RetryPolicy::none())
        .rate_limit(Some(2.0))
        .build()
        .unwrap();
}

/// A forward proxy that records each request's head and answers every one
/// itself with `workspaces()`: the target host need not exist.
struct RecordingProxy {
    url: String,
    heads: Arc<Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl RecordingProxy {
    async fn start() -> RecordingProxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let heads = Arc::new(Mutex::new(Vec::new()));
        let seen = heads.clone();
        let task = tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let seen = seen.clone();
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") && head.len() < 16 * 1024 {
                        if stream.read_exact(&mut byte).await.is_err() {
                            return;
                        }
                        head.push(byte[0]);
                    }
                    seen.lock().unwrap().push(String::from_utf8_lossy(&head).into_owned());
                    let body = workspaces().to_string();
                    let answer = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = stream.write_all(answer.as_bytes()).await;
                });
            }
        });
        RecordingProxy { url, heads, task }
    }

    fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }
}

async fn list_through(client: &Client) {
    let answer = client.api().list_workspaces().send().await.unwrap();
    assert_eq!(answer.workspaces[0].id.as_ref().map(|i| i.as_str()), Some("123"));
}

#[tokio::test]
async fn a_proxy_set_on_the_users_client_or_the_builder_carries_the_requests() {
    // `gong-api.invalid` does not resolve: only the proxy can answer.
    let base = "http://gong-api.invalid";
    for own in [true, false] {
        let proxy = RecordingProxy::start().await;
        let builder = Client::builder()
            .base_url(base)
            .allow_insecure_http(true)
            .rate_limit(None)
            .api_key("key", "secret");
        let builder = if own {
            builder.http_client(users_client(|b| b.proxy(reqwest::Proxy::http(&proxy.url).unwrap())))
        } else {
            builder.proxy(reqwest::Proxy::http(&proxy.url).unwrap())
        };
        let client = builder.build().unwrap();
        list_through(&client).await;
        let heads = proxy.heads();
        assert_eq!(heads.len(), 1, "{heads:?}");
        let head = heads[0].to_ascii_lowercase();
        assert!(
            head.starts_with("get http://gong-api.invalid/v2/workspaces http/1.1\r\n"),
            "own={own}: {head}"
        );
        assert!(head.contains("authorization: basic a2v5onnly3jlda=="), "{head}");
        proxy.task.abort();
    }
}

#[tokio::test]
async fn credentials_never_follow_a_redirect_off_gongs_host() {
    let api = MockServer::start_async().await;
    let other = MockServer::start_async().await;
    api.mock_async(|when, then| {
        when.method(GET).path("/v2/workspaces");
        then.status(302).header("location", other.url("/landing"));
    })
    .await;
    let clean = other
        .mock_async(|when, then| {
            when.method(GET).path("/landing").header_missing("authorization");
            then.status(200).json_body(workspaces());
        })
        .await;
    let leaked = other
        .mock_async(|when, then| {
            when.method(GET).path("/landing").header_exists("authorization");
            then.status(500);
        })
        .await;
    let users = users_client(|b| b.redirect(reqwest::redirect::Policy::limited(5)));
    for (label, builder) in [
        ("crate's client", Client::builder()),
        ("user's client", Client::builder().http_client(users)),
    ] {
        let client = builder
            .base_url(api.base_url())
            .rate_limit(None)
            .api_key("key", "secret")
            .build()
            .unwrap();
        list_through(&client).await;
        assert_eq!(leaked.calls_async().await, 0, "{label}");
    }
    // The same with OAuth: the Bearer token stays on the API host.
    let oauth = Client::builder()
        .base_url(api.base_url())
        .rate_limit(None)
        .oauth(
            gong_client::auth::OAuthConfig::new("cid", "csecret", "http://localhost/cb"),
            Arc::new(gong_client::auth::MemoryTokenStore::with(
                gong_client::auth::TokenSet::new("access-token", "refresh-token", u64::MAX / 2),
            )),
        )
        .build()
        .unwrap();
    list_through(&oauth).await;
    assert_eq!(leaked.calls_async().await, 0);
    clean.assert_calls_async(3).await;
}

#[tokio::test]
async fn absolute_raw_urls_and_media_urls_on_other_hosts_get_no_credentials_through_a_users_client() {
    let api = MockServer::start_async().await;
    let media_host = MockServer::start_async().await;
    let on_api = api
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/workspaces")
                .header("authorization", "Basic a2V5OnNlY3JldA==")
                .header("x-team", "ops");
            then.status(200).json_body(workspaces());
        })
        .await;
    let media = media_host
        .mock_async(|when, then| {
            when.method(GET)
                .path("/recordings/7782342274025937895.mp3")
                .header_missing("authorization")
                .header("x-team", "ops");
            then.status(200).body("ID3");
        })
        .await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-team", reqwest::header::HeaderValue::from_static("ops"));
    let client = Client::builder()
        .base_url(api.base_url())
        .rate_limit(None)
        .api_key("key", "secret")
        .http_client(users_client(|b| b.default_headers(headers)))
        .build()
        .unwrap();
    // An absolute URL on the API host gets the credentials...
    client
        .raw(RawRequest::new(reqwest::Method::GET, api.url("/v2/workspaces")))
        .await
        .unwrap();
    on_api.assert_calls_async(1).await;
    // ... a media URL as Gong hands them out (another host) does not.
    let got = client
        .raw(
            RawRequest::new(
                reqwest::Method::GET,
                media_host.url("/recordings/7782342274025937895.mp3"),
            )
            .allow_other_hosts(true)
            .response_type(ResponseType::Binary),
        )
        .await
        .unwrap();
    assert_eq!(got.body, gong_client::raw::RawResponseBody::Binary("ID3".into()));
    media.assert_calls_async(1).await;
}

#[tokio::test]
async fn the_crates_timeout_applies_to_a_users_client_without_one() {
    // Accepts and never answers.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let hold = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((s, _)) = listener.accept().await {
            held.push(s);
        }
    });
    let client = Client::builder()
        .base_url(&url)
        .rate_limit(None)
        .api_key("k", "s")
        .http_client(users_client(|b| b))
        .timeout(Some(Duration::from_millis(200)))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let err = client.api().list_workspaces().send().await.unwrap_err();
    assert!(
        matches!(&err, gong_client::Error::Transport(e) if e.is_timeout()),
        "{err:?}"
    );
    assert!(started.elapsed() >= Duration::from_millis(200));
    hold.abort();
}
