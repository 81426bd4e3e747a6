//! Hostile input to the library: multipart file names, raw URLs,
//! rates, plain-http credentials, transport errors carrying URLs, and the
//! sandbox's connection handling. Every refusal is checked on the wire:
//! the local mock saw nothing.

use gong_client::media::MediaFile;
use gong_client::raw::{FilePart, RawBody, RawRequest};
use gong_client::{Client, Error, GongId};
use httpmock::prelude::*;
use reqwest::Method;
use serde_json::json;

use crate::common::api_key_client as client;

fn invalid_field(e: &Error) -> &str {
    match e {
        Error::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

#[tokio::test]
async fn control_characters_in_a_file_name_never_reach_the_part_header() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(201)
                .json_body(json!({"requestId": "r", "callId": "1", "url": "u"}));
        })
        .await;
    let client = client(&server.base_url());
    let id = GongId::new("123").unwrap();
    for name in [
        "a\r\nContent-Type: text/html\r\n\r\nx.mp3",
        "a\nb.mp3",
        "a\rb.mp3",
        "nul\0.mp3",
        "quote\".mp3",
        "back\\slash.mp3",
        "\u{1b}[2J.mp3",
    ] {
        let media = MediaFile::from_reader(|| async { Ok(&b"RIFF...."[..]) }, 8, name);
        let err = client.add_call_media(&id, media).await.unwrap_err();
        assert_eq!(invalid_field(&err), "fileName", "{name:?}");

        let request = RawRequest::new(Method::PUT, "/v2/calls/123/media").body(RawBody::Multipart {
            fields: Vec::new(),
            files: vec![FilePart::new("mediaFile", name, bytes::Bytes::from_static(b"data"))],
        });
        let err = client.raw(request).await.unwrap_err();
        assert_eq!(invalid_field(&err), "fileDataFileNames", "{name:?}");
    }
    let request = RawRequest::new(Method::POST, "/v2/x").body(RawBody::Multipart {
        fields: vec![("na\r\nme".into(), "v".into())],
        files: Vec::new(),
    });
    assert_eq!(invalid_field(&client.raw(request).await.unwrap_err()), "formData");
    assert_eq!(any.calls_async().await, 0, "nothing may be sent");

    // A plain name goes through, quoted as it was given.
    let media = MediaFile::from_reader(|| async { Ok(&b"RIFF...."[..]) }, 8, "call recording 1.mp3");
    client.add_call_media(&id, media).await.unwrap();
    assert_eq!(any.calls_async().await, 1);
}

#[tokio::test]
async fn raw_sends_absolute_urls_only_over_http_to_the_api_host() {
    let server = MockServer::start_async().await;
    let any = crate::common::answer_anything(&server).await;
    let client = client(&server.base_url());
    for url in [
        "ftp://host/x".to_owned(),
        "FTP://127.0.0.1/x".to_owned(),
        "HTTP://other.example/x".to_owned(),
        "mailto:a@b".to_owned(),
        "//other.example/x".to_owned(),
        format!("http://u:p@127.0.0.1:{}/v2/x", server.port()),
    ] {
        let err = client.raw(RawRequest::new(Method::GET, url.clone())).await.unwrap_err();
        assert_eq!(invalid_field(&err), "url", "{url}");
    }
    assert_eq!(any.calls_async().await, 0);
    let upper = format!("HTTP://127.0.0.1:{}/v2/x", server.port());
    client.raw(RawRequest::new(Method::GET, upper)).await.unwrap();
    assert_eq!(any.calls_async().await, 1);
}

#[test]
fn rates_are_validated_when_the_client_is_built() {
    for rate in [1e-300, 0.0, -1.0, f64::NAN, f64::INFINITY, 1e300, 10_001.0] {
        let err = Client::builder().rate_limit(Some(rate)).build().unwrap_err();
        assert_eq!(invalid_field(&err), "rateLimit", "{rate}");
    }
    for rate in [
        gong_client::MIN_RATE_PER_SECOND,
        0.5,
        3.0,
        gong_client::MAX_RATE_PER_SECOND,
    ] {
        Client::builder().rate_limit(Some(rate)).build().unwrap();
    }
}

#[test]
fn plain_http_with_credentials_needs_loopback_or_an_opt_in() {
    let build = |url: &str| Client::builder().base_url(url).api_key("k", "s").build();
    for url in ["http://gong.example", "http://10.0.0.5:8080", "http://[2001:db8::1]/"] {
        let err = build(url).unwrap_err();
        assert_eq!(invalid_field(&err), "baseUrl", "{url}");
    }
    for url in [
        "http://127.0.0.1:1",
        "http://localhost:8080",
        "http://[::1]:9",
        "https://gong.example",
    ] {
        build(url).unwrap_or_else(|e| panic!("{url}: {e}"));
    }
    Client::builder()
        .base_url("http://gong.example")
        .api_key("k", "s")
        .allow_insecure_http(true)
        .build()
        .unwrap();
    // No credentials, nothing to leak.
    Client::builder().base_url("http://gong.example").build().unwrap();
}

#[tokio::test]
async fn transport_errors_do_not_carry_query_values() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let client = client(&base);
    let err = client
        .raw(RawRequest::new(Method::GET, "/v2/users").query("access_token", "s3cret-value"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    let mut text = err.to_string();
    let mut source = std::error::Error::source(&err);
    while let Some(s) = source {
        text.push_str(&format!(" | {s}"));
        source = s.source();
    }
    assert!(!text.contains("s3cret-value"), "{text}");
    assert!(!format!("{err:?}").contains("s3cret-value"));
}

mod sandbox {
    use super::*;
    use gong_sandbox::{ConnectionLimits, Sandbox};
    use std::time::{Duration, Instant};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    #[tokio::test]
    async fn the_sandbox_bounds_its_connections() {
        let mut limits = ConnectionLimits::default();
        limits.header_timeout = Duration::from_millis(500);
        limits.body_idle_timeout = Duration::from_millis(500);
        let sb = Sandbox::builder()
            .calls(5)
            .rate_limit(None)
            .connection_limits(limits)
            .start()
            .await
            .unwrap();
        let addr = sb.addr();
        let started = Instant::now();
        // 1,100 half-sent requests (cap 512) and a valid client.
        let mut idle = Vec::new();
        for _ in 0..1_100 {
            let mut s = TcpStream::connect(addr).await.unwrap();
            s.write_all(b"GET /v2/workspaces HTTP/1.1\r\nhost: x\r\n")
                .await
                .unwrap();
            idle.push(s);
        }
        let client = sb.client_builder().rate_limit(None).build().unwrap();
        let answered = tokio::time::timeout(Duration::from_secs(10), client.api().list_workspaces().send())
            .await
            .expect("starved by half-sent requests");
        assert!(answered.is_ok(), "{answered:?}");
        // Every half-sent connection is closed: evicted or timed out.
        for s in &mut idle {
            let mut buf = Vec::new();
            let read = tokio::time::timeout(Duration::from_secs(30), s.read_to_end(&mut buf)).await;
            assert!(read.is_ok(), "a half-sent connection stayed open");
        }
        eprintln!(
            "sandbox: 1100 half-sent connections all closed after {:?}",
            started.elapsed()
        );
        // A stalled upload body is cut off too.
        let mut s = TcpStream::connect(addr).await.unwrap();
        s.write_all(b"PUT /v2/calls/1/media HTTP/1.1\r\nhost: x\r\ncontent-length: 1000\r\n\r\nabc")
            .await
            .unwrap();
        let mut buf = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(30), s.read_to_end(&mut buf)).await;
        assert!(read.is_ok(), "a stalled body kept its connection");
    }

    #[tokio::test]
    async fn the_sandbox_refuses_absurd_sizes_and_rates() {
        let err = Sandbox::builder().calls(1_000_000_000).start().await.unwrap_err();
        assert_eq!(invalid_field(&err), "calls");
        let err = Sandbox::builder().rate_limit(Some(1e-300)).start().await.unwrap_err();
        assert_eq!(invalid_field(&err), "rateLimit");
    }
}
