//! Fuzzes the webhook receiver's request handling: raw bytes on a
//! connection, parsed by hyper and answered by the router of
//! `gong_client::webhook::server` (routing, URL-key extraction from path and
//! query, header reading, body limit, verification, JSON parsing, dedup).
//!
//! Input: byte 0 picks a mode, the rest is split at the first NUL byte.
//! - even: the rest is sent as is, as one or more HTTP/1.1 requests.
//! - odd: the harness builds `POST /signed` with the first part as extra
//!   header lines and the second as the body, signed correctly for the rule
//!   (the path to JSON parsing and the handler).
//!
//! Invariants: no panic; every answer is one of the receiver's statuses (or
//! hyper's own 4xx for unparsable requests); a `200` is only ever given after
//! the handler took the event (dedup is off: its window is zero), and the
//! handler only ever sees events whose rule accepted them.
#![no_main]

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use gong_client::webhook::server::{ReceivedEvent, WebhookServer};
use gong_client::webhook::test_util::{self, TestKeyPair};
use gong_client::webhook::{AutomationRule, AutomationRules, UrlKeyLocation};
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use libfuzzer_sys::fuzz_target;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const URL: &str = "https://hooks.example.com/signed?tenant=acme";

static HANDLED: AtomicU64 = AtomicU64::new(0);

struct Setup {
    keys: TestKeyPair,
    runtime: tokio::runtime::Runtime,
    router: axum::Router,
}

static SETUP: LazyLock<Setup> = LazyLock::new(|| {
    let keys = test_util::generate_key_pair();
    let rules = AutomationRules::new()
        .with(
            AutomationRule::signed_jwt("signed", &keys.public_base64, URL)
                .expect("rule")
                .with_max_body_bytes(4096),
        )
        .expect("rules")
        .with(AutomationRule::url_key("path", "fuzz-key").expect("rule"))
        .expect("rules")
        .with(
            AutomationRule::url_key("query", "fuzz-key")
                .expect("rule")
                .with_url_key_location(UrlKeyLocation::Query("k".into())),
        )
        .expect("rules");
    let router = WebhookServer::new(rules)
        .dedup_window(Duration::ZERO)
        .body_timeout(Duration::from_millis(200))
        .router_with_handler(|received: ReceivedEvent| async move {
            assert!(matches!(&*received.rule, "signed" | "path" | "query"));
            // Refused at decoding: nothing with a control character gets here.
            if let Some(id) = received.event.call_id() {
                assert!(!id.as_str().chars().any(char::is_control));
            }
            HANDLED.fetch_add(1, Ordering::SeqCst);
            Ok::<(), std::convert::Infallible>(())
        });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    Setup { keys, runtime, router }
});

/// Sends `request` on an in-memory connection and returns the statuses of
/// the answers.
fn exchange(setup: &Setup, request: Vec<u8>) -> Vec<u16> {
    setup.runtime.block_on(async {
        let (mut client, server) = tokio::io::duplex(1 << 16);
        let service = TowerToHyperService::new(setup.router.clone());
        let conn = tokio::spawn(async move {
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(server), service)
                .await;
        });
        let _ = client.write_all(&request).await;
        let _ = client.shutdown().await;
        let mut answer = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(2), client.read_to_end(&mut answer)).await;
        conn.abort();
        let text = String::from_utf8_lossy(&answer);
        text.match_indices("HTTP/1.1 ")
            .filter_map(|(i, _)| text.get(i + 9..i + 12)?.parse().ok())
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let setup = &*SETUP;
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let request = if mode % 2 == 0 {
        rest.to_vec()
    } else {
        let (extra, body) = match rest.iter().position(|&b| b == 0) {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, &[][..]),
        };
        let token = test_util::sign_without_exp(body, URL, setup.keys.private_pem()).expect("signs");
        let mut request = format!(
            "POST /signed HTTP/1.1\r\nhost: x\r\nauthorization: Bearer {token}\r\ncontent-length: {}\r\n",
            body.len()
        )
        .into_bytes();
        request.extend_from_slice(extra);
        request.extend_from_slice(b"\r\n\r\n");
        request.extend_from_slice(body);
        request
    };
    let before = HANDLED.load(Ordering::SeqCst);
    let statuses = exchange(setup, request);
    let handled = HANDLED.load(Ordering::SeqCst) - before;
    let ok = statuses.iter().filter(|&&s| s == 200).count() as u64;
    assert_eq!(ok, handled, "every 200 follows a hand-off: {statuses:?}");
    for status in statuses {
        assert!(
            matches!(status, 200 | 400 | 401 | 404 | 405 | 408 | 413 | 415 | 431 | 500 | 503 | 505),
            "unexpected status {status}"
        );
    }
});
