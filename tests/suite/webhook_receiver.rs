//! The webhook receiver on the wire, as an attacker and as Gong would use
//! it: a 2xx only after the application took the event, failed hand-offs
//! answered 503 and not remembered, and a hostile corpus (forged, tampered,
//! oversized, slow, replayed, concurrent, stopped mid-stream) that never
//! reaches the handler nor starves a valid delivery.
//!
//! Timing: limits are set small where a test waits for them; assertions only
//! bound from above with generous margins (a slow machine passes).
#![cfg(all(feature = "webhook-server", feature = "test-util"))]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use gong_client::webhook::server::{self, ReceivedEvent, ServeLimits, WebhookServer};
use gong_client::webhook::test_util::{self, TestKeyPair};
use gong_client::webhook::{AutomationRule, AutomationRules};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::{Notify, mpsc, oneshot};

static KEYS: LazyLock<(TestKeyPair, TestKeyPair)> =
    LazyLock::new(|| (test_util::generate_key_pair(), test_util::generate_key_pair()));

const URL: &str = "https://hooks.example.com/gong/signed?tenant=acme";
const URL_KEY: &str = "k3y-for-tests";

fn rules() -> AutomationRules {
    AutomationRules::new()
        .with(
            AutomationRule::signed_jwt("signed", &KEYS.0.public_base64, URL)
                .unwrap()
                .with_route("/gong/signed")
                .unwrap()
                .with_max_body_bytes(16 * 1024),
        )
        .unwrap()
        .with(
            AutomationRule::url_key("keyed", URL_KEY)
                .unwrap()
                .with_max_body_bytes(16 * 1024),
        )
        .unwrap()
}

fn body(call_id: &str, is_test: bool) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "callData": {"metaData": {"id": call_id, "title": "T"}},
        "isTest": is_test
    }))
    .unwrap()
}

fn signed_token(body: &[u8]) -> String {
    test_util::sign_without_exp(body, URL, KEYS.0.private_pem()).unwrap()
}

struct Running {
    addr: std::net::SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
    http: reqwest::Client,
}

async fn start(router: axum::Router, limits: ServeLimits) -> Running {
    #[cfg(feature = "rustls")]
    let _ = rustls::crypto::ring::default_provider().install_default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(server::serve(listener, router, limits, async {
        let _ = stopped.await;
    }));
    Running {
        addr,
        stop: Some(stop),
        task,
        http: reqwest::Client::builder().no_proxy().build().unwrap(),
    }
}

impl Running {
    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    async fn keyed(&self, body: Vec<u8>) -> u16 {
        self.post(&format!("/keyed/{URL_KEY}"), None, body).await
    }

    async fn post(&self, path: &str, authorization: Option<&str>, body: Vec<u8>) -> u16 {
        let mut request = self.http.post(self.url(path)).body(body);
        if let Some(auth) = authorization {
            request = request.header("authorization", auth);
        }
        request.send().await.unwrap().status().as_u16()
    }

    /// Sends raw bytes on a fresh connection and returns the status of the
    /// answer (`None` if the connection closed without one).
    async fn raw(&self, bytes: &[u8]) -> Option<u16> {
        let mut stream = TcpStream::connect(self.addr).await.unwrap();
        let _ = stream.write_all(bytes).await;
        let _ = stream.shutdown().await;
        let mut answer = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut answer)).await;
        let text = String::from_utf8_lossy(&answer);
        text.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()
    }
}

/// A handler that records call ids and can be told to fail.
#[derive(Clone, Default)]
struct Recorder {
    seen: Arc<Mutex<Vec<String>>>,
    fail_next: Arc<AtomicUsize>,
}

impl Recorder {
    fn router(&self) -> axum::Router {
        let me = self.clone();
        WebhookServer::new(rules()).router_with_handler(move |received: ReceivedEvent| {
            let me = me.clone();
            async move {
                if me
                    .fail_next
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                    .is_ok()
                {
                    return Err("the disk is full");
                }
                let id = received.event.call_id().unwrap().to_string();
                let tag = if received.event.is_test { "test" } else { "live" };
                me.seen.lock().unwrap().push(format!("{}:{id}:{tag}", received.rule));
                Ok(())
            }
        })
    }

    fn seen(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

#[tokio::test]
async fn the_handler_result_decides_the_status_and_a_failed_hand_off_is_not_remembered() {
    let recorder = Recorder::default();
    let server = start(recorder.router(), ServeLimits::default()).await;

    recorder.fail_next.store(1, Ordering::SeqCst);
    assert_eq!(server.keyed(body("100", false)).await, 503, "failed hand-off: no 2xx");
    assert!(recorder.seen().is_empty());
    // Gong's redelivery is handed off: the failure was not remembered as seen.
    assert_eq!(server.keyed(body("100", false)).await, 200);
    assert_eq!(recorder.seen(), ["keyed:100:live"]);
    // A third delivery is a duplicate: 200, not handed on again.
    assert_eq!(server.keyed(body("100", false)).await, 200);
    assert_eq!(recorder.seen().len(), 1);
    // A test delivery of the same call is another event (and the other way round).
    assert_eq!(server.keyed(body("100", true)).await, 200);
    assert_eq!(server.keyed(body("100", true)).await, 200);
    // The same call through another rule is another event too.
    let b = body("100", false);
    assert_eq!(server.post("/gong/signed", Some(&signed_token(&b)), b).await, 200);
    assert_eq!(recorder.seen(), ["keyed:100:live", "keyed:100:test", "signed:100:live"]);
}

#[tokio::test]
async fn a_channel_consumer_must_acknowledge_before_the_200() {
    let (tx, mut rx) = mpsc::channel::<ReceivedEvent>(4);
    let server = Arc::new(start(WebhookServer::new(rules()).router(tx), ServeLimits::default()).await);

    // Pending until acknowledged.
    let s = Arc::clone(&server);
    let pending = tokio::spawn(async move { s.keyed(body("1", false)).await });
    let received = rx.recv().await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(!pending.is_finished(), "answered before the acknowledgement");
    received.acknowledge();
    assert_eq!(pending.await.unwrap(), 200);

    // Rejected: 503.
    let s = Arc::clone(&server);
    let pending = tokio::spawn(async move { s.keyed(body("2", false)).await });
    rx.recv().await.unwrap().reject();
    assert_eq!(pending.await.unwrap(), 503);

    // Dropped without a word (every copy): 503.
    let s = Arc::clone(&server);
    let pending = tokio::spawn(async move { s.keyed(body("3", false)).await });
    let received = rx.recv().await.unwrap();
    let copy = received.clone();
    drop(received);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(!pending.is_finished(), "a copy still holds the reply");
    drop(copy);
    assert_eq!(pending.await.unwrap(), 503);

    // The rejected and dropped calls were not remembered: redelivered, handed on.
    let s = Arc::clone(&server);
    let pending = tokio::spawn(async move { s.keyed(body("2", false)).await });
    let again = rx.recv().await.unwrap();
    assert_eq!(again.event.call_id().unwrap().as_str(), "2");
    again.acknowledge();
    assert_eq!(pending.await.unwrap(), 200);

    // A closed channel: 503.
    drop(rx);
    assert_eq!(server.keyed(body("4", false)).await, 503);
}

/// Requests that must never reach the handler, with the answer each gets.
fn hostile_corpus() -> Vec<(&'static str, Vec<u8>, Option<u16>)> {
    let good = body("777", false);
    let token = signed_token(&good);
    let request = |path: &str, headers: &str, body: &[u8]| {
        let mut r = format!(
            "POST {path} HTTP/1.1\r\nhost: x\r\ncontent-length: {}\r\n{headers}\r\n",
            body.len()
        )
        .into_bytes();
        r.extend_from_slice(body);
        r
    };
    let auth = |t: &str| format!("authorization: Bearer {t}\r\n");
    let forged = test_util::sign_without_exp(&good, URL, KEYS.1.private_pem()).unwrap();
    let mut tampered = good.clone();
    tampered[10] ^= 1;
    let wrong_url = test_util::sign_without_exp(
        &good,
        "https://evil.example/gong/signed?tenant=acme",
        KEYS.0.private_pem(),
    )
    .unwrap();
    let expired = test_util::sign(&good, URL, KEYS.0.private_pem(), 1_000_000).unwrap();
    let future = test_util::sign_claims(
        &json!({"body_sha256": test_util::body_sha256_hex(&good), "webhook_url": URL, "nbf": 99_999_999_999u64}),
        KEYS.0.private_pem(),
    )
    .unwrap();
    let crit = test_util::sign_with_header(
        &json!({"alg": "RS256", "crit": ["x-unknown"], "x-unknown": 1}),
        &json!({"body_sha256": test_util::body_sha256_hex(&good), "webhook_url": URL}),
        KEYS.0.private_pem(),
    )
    .unwrap();
    let parts: Vec<&str> = token.split('.').collect();
    let none_header = base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, br#"{"alg":"none"}"#);
    let alg_none = format!("{none_header}.{}.", parts[1]);
    let not_json = b"not json at all".to_vec();
    let nul_id = br#"{"callData":{"metaData":{"id":"12\u00003"}},"isTest":false}"#.to_vec();
    let big = vec![b' '; 16 * 1024 + 1];
    let mut chunked_big =
        b"POST /keyed/k3y-for-tests HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..20 {
        chunked_big.extend_from_slice(b"400\r\n");
        chunked_big.extend_from_slice(&[b' '; 0x400]);
        chunked_big.extend_from_slice(b"\r\n");
    }
    chunked_big.extend_from_slice(b"0\r\n\r\n");
    let mut huge_header = b"POST /keyed/k3y-for-tests HTTP/1.1\r\nhost: x\r\nx-pad: ".to_vec();
    huge_header.extend(std::iter::repeat_n(b'a', 200 * 1024));
    huge_header.extend_from_slice(b"\r\ncontent-length: 2\r\n\r\n{}");
    vec![
        ("no token", request("/gong/signed", "", &good), Some(401)),
        ("forged", request("/gong/signed", &auth(&forged), &good), Some(401)),
        (
            "tampered body",
            request("/gong/signed", &auth(&token), &tampered),
            Some(401),
        ),
        (
            "other URL",
            request("/gong/signed", &auth(&wrong_url), &good),
            Some(401),
        ),
        ("expired", request("/gong/signed", &auth(&expired), &good), Some(401)),
        (
            "not yet valid",
            request("/gong/signed", &auth(&future), &good),
            Some(401),
        ),
        ("crit", request("/gong/signed", &auth(&crit), &good), Some(401)),
        ("alg none", request("/gong/signed", &auth(&alg_none), &good), Some(401)),
        (
            "escape sequence in the Authorization header (the HTTP parser refuses it)",
            request("/gong/signed", "authorization: Bearer \u{1b}[31m.x.y\r\n", &good),
            Some(400),
        ),
        ("wrong URL key", request("/keyed/guess", "", &good), Some(401)),
        (
            "authentic, not JSON",
            request("/keyed/k3y-for-tests", "", &not_json),
            Some(400),
        ),
        (
            "authentic, NUL in the call id",
            request("/keyed/k3y-for-tests", "", &nul_id),
            Some(400),
        ),
        (
            "oversized (declared)",
            request("/keyed/k3y-for-tests", "", &big),
            Some(413),
        ),
        ("oversized (chunked)", chunked_big, Some(413)),
        (
            "declared length over the limit, body never sent",
            b"POST /keyed/k3y-for-tests HTTP/1.1\r\nhost: x\r\ncontent-length: 999999999\r\n\r\n".to_vec(),
            Some(413),
        ),
        ("unknown route", request("/nope", "", &good), Some(404)),
        (
            "GET on a rule's route",
            b"GET /gong/signed HTTP/1.1\r\nhost: x\r\n\r\n".to_vec(),
            Some(405),
        ),
        (
            "garbage",
            b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03".to_vec(),
            Some(400),
        ),
        ("headers too large", huge_header, Some(431)),
    ]
}

#[tokio::test]
async fn a_hostile_corpus_never_reaches_the_handler() {
    let recorder = Recorder::default();
    let server = start(recorder.router(), ServeLimits::default()).await;
    let mut failures = Vec::new();
    for (name, bytes, expected) in hostile_corpus() {
        let got = server.raw(&bytes).await;
        // Answers above 399, or a closed connection where hyper gives up.
        let acceptable =
            got == expected || (got.is_none() && expected.is_some_and(|s| s >= 400 && name.contains("large")));
        if !acceptable {
            failures.push(format!("{name}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(recorder.seen().is_empty(), "{:?}", recorder.seen());
    // Replayed: a valid delivery sent again is answered 200 but handed on once.
    let good = body("777", false);
    let token = signed_token(&good);
    for _ in 0..3 {
        assert_eq!(server.post("/gong/signed", Some(&token), good.clone()).await, 200);
    }
    assert_eq!(recorder.seen(), ["signed:777:live"]);
}

#[tokio::test]
async fn slow_and_stalled_clients_are_cut_off() {
    let recorder = Recorder::default();
    let mut limits = ServeLimits::default();
    limits.header_timeout = Duration::from_millis(500);
    limits.body_idle_timeout = Duration::from_millis(500);
    let server = start(recorder.router(), limits).await;
    let started = Instant::now();

    // 50 slow-header connections and 10 stalled bodies.
    let mut slow = Vec::new();
    for i in 0..60 {
        let mut s = TcpStream::connect(server.addr).await.unwrap();
        if i < 50 {
            s.write_all(b"POST /keyed/k3y-for-tests HTTP/1.1\r\nhost: x\r\n")
                .await
                .unwrap();
        } else {
            s.write_all(b"POST /keyed/k3y-for-tests HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\n{\"callData\"")
                .await
                .unwrap();
        }
        slow.push(s);
    }
    let mut answers = Vec::new();
    for mut s in slow {
        let mut buf = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(30), s.read_to_end(&mut buf)).await;
        assert!(read.is_ok(), "a slow connection stayed open");
        answers.push(String::from_utf8_lossy(&buf).into_owned());
    }
    let elapsed = started.elapsed();
    // Stalled bodies get 408 or 413 (cut short) or a close; never a 2xx.
    assert!(answers.iter().all(|a| !a.starts_with("HTTP/1.1 2")), "{answers:?}");
    assert!(recorder.seen().is_empty());
    assert!(elapsed < Duration::from_secs(30), "{elapsed:?}");
    eprintln!("60 slow connections closed after {elapsed:?}");
    // The receiver still works.
    assert_eq!(server.keyed(body("5", false)).await, 200);
}

#[tokio::test]
async fn half_sent_requests_do_not_starve_a_valid_delivery() {
    let recorder = Recorder::default();
    // Default limits: 256 connections, 10 s header timeout.
    let server = start(recorder.router(), ServeLimits::default()).await;
    let started = Instant::now();
    let mut idle = Vec::new();
    for _ in 0..1_100 {
        let mut s = TcpStream::connect(server.addr).await.unwrap();
        s.write_all(b"POST /keyed/k3y-for-tests HTTP/1.1\r\nhost: x\r\ncontent-le")
            .await
            .unwrap();
        idle.push(s);
    }
    let opened = started.elapsed();
    let delivered = Instant::now();
    let status = tokio::time::timeout(Duration::from_secs(5), server.keyed(body("9001", false)))
        .await
        .expect("the valid delivery was starved");
    assert_eq!(status, 200);
    eprintln!(
        "1100 half-sent connections opened in {opened:?}; valid delivery answered in {:?}",
        delivered.elapsed()
    );
    assert_eq!(recorder.seen(), ["keyed:9001:live"]);
    // Most of the half-sent connections were closed to make room (at most 256 stay open).
    let mut closed = 0;
    for s in &mut idle {
        let mut buf = [0u8; 64];
        if let Ok(Ok(0) | Err(_)) = tokio::time::timeout(Duration::from_millis(1), s.read(&mut buf)).await {
            closed += 1;
        }
    }
    assert!(
        closed >= 1_100 - 256,
        "only {closed} of 1100 half-sent connections were closed"
    );
}

#[tokio::test]
async fn at_the_cap_busy_connections_are_kept_and_new_ones_refused() {
    let gate = Arc::new(Notify::new());
    let handled = Arc::new(AtomicUsize::new(0));
    let (g, h) = (Arc::clone(&gate), Arc::clone(&handled));
    let router = WebhookServer::new(rules()).router_with_handler(move |_received: ReceivedEvent| {
        let (g, h) = (Arc::clone(&g), Arc::clone(&h));
        async move {
            g.notified().await;
            h.fetch_add(1, Ordering::SeqCst);
            Ok::<(), String>(())
        }
    });
    let mut limits = ServeLimits::default();
    limits.max_connections = 2;
    let server = Arc::new(start(router, limits).await);
    let mut busy = Vec::new();
    for id in ["1", "2"] {
        let s = Arc::clone(&server);
        busy.push(tokio::spawn(async move { s.keyed(body(id, false)).await }));
    }
    // Wait until both are inside the handler (both connections busy).
    tokio::time::sleep(Duration::from_millis(300)).await;
    // A third connection finds no room: closed without an answer.
    assert_eq!(
        server
            .raw(b"POST /keyed/k3y-for-tests HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\n\r\n{}")
            .await,
        None
    );
    gate.notify_waiters();
    for b in busy {
        assert_eq!(b.await.unwrap(), 200);
    }
    assert_eq!(handled.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn concurrent_deliveries_are_each_handed_off_once() {
    let recorder = Recorder::default();
    let server = Arc::new(start(recorder.router(), ServeLimits::default()).await);
    let mut tasks = Vec::new();
    for i in 0..40 {
        let s = Arc::clone(&server);
        tasks.push(tokio::spawn(async move {
            s.keyed(body(&format!("{}", 5000 + i), false)).await
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 200);
    }
    let mut seen = recorder.seen();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 40);
    assert_eq!(recorder.seen().len(), 40);

    // The same call 20 times at once: all acknowledged, handed on at least
    // once, and remembered afterwards.
    let mut tasks = Vec::new();
    for _ in 0..20 {
        let s = Arc::clone(&server);
        tasks.push(tokio::spawn(async move { s.keyed(body("6000", false)).await }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 200);
    }
    let copies = recorder.seen().iter().filter(|s| s.contains(":6000:")).count();
    assert!((1..=20).contains(&copies), "{copies}");
    assert_eq!(server.keyed(body("6000", false)).await, 200);
    assert_eq!(recorder.seen().iter().filter(|s| s.contains(":6000:")).count(), copies);
}

#[tokio::test]
async fn a_delivery_stopped_mid_stream_is_not_handed_off() {
    let recorder = Recorder::default();
    let server = start(recorder.router(), ServeLimits::default()).await;
    let full = body("8080", false);
    for cut in [1, full.len() / 2, full.len() - 1] {
        let mut s = TcpStream::connect(server.addr).await.unwrap();
        let head = format!(
            "POST /keyed/{URL_KEY} HTTP/1.1\r\nhost: x\r\ncontent-length: {}\r\n\r\n",
            full.len()
        );
        s.write_all(head.as_bytes()).await.unwrap();
        s.write_all(&full[..cut]).await.unwrap();
        drop(s);
    }
    // Chunked, cut before the last chunk.
    let mut s = TcpStream::connect(server.addr).await.unwrap();
    s.write_all(b"POST /keyed/k3y-for-tests HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n5\r\n{\"cal\r\n")
        .await
        .unwrap();
    drop(s);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(recorder.seen().is_empty(), "{:?}", recorder.seen());
    assert_eq!(server.keyed(full).await, 200);
    assert_eq!(recorder.seen(), ["keyed:8080:live"]);
}

#[tokio::test]
async fn shutdown_stops_accepting_and_finishes_what_was_received() {
    let gate = Arc::new(Notify::new());
    let entered = Arc::new(Notify::new());
    let (g, e) = (Arc::clone(&gate), Arc::clone(&entered));
    let router = WebhookServer::new(rules()).router_with_handler(move |_received: ReceivedEvent| {
        let (g, e) = (Arc::clone(&g), Arc::clone(&e));
        async move {
            e.notify_one();
            g.notified().await;
            Ok::<(), String>(())
        }
    });
    let mut server = start(router, ServeLimits::default()).await;
    let url = server.url(&format!("/keyed/{URL_KEY}"));
    let http = server.http.clone();
    let in_flight = tokio::spawn(async move {
        http.post(url)
            .body(body("1", false))
            .send()
            .await
            .map(|r| r.status().as_u16())
    });
    entered.notified().await;
    server.stop.take().unwrap().send(()).unwrap();
    // New connections are refused once the loop stopped accepting.
    let mut refused = false;
    for _ in 0..100 {
        if TcpStream::connect(server.addr).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(refused, "still accepting after shutdown");
    assert!(
        !server.task.is_finished(),
        "returned before the event in flight was answered"
    );
    gate.notify_one();
    assert_eq!(in_flight.await.unwrap().unwrap(), 200);
    tokio::time::timeout(Duration::from_secs(10), &mut server.task)
        .await
        .unwrap()
        .unwrap();
}

#[tokio::test]
async fn past_the_drain_timeout_an_unfinished_event_is_never_acknowledged() {
    let router = WebhookServer::new(rules()).router_with_handler(move |_received: ReceivedEvent| async move {
        futures::future::pending::<()>().await;
        Ok::<(), String>(())
    });
    let mut limits = ServeLimits::default();
    limits.drain_timeout = Duration::from_millis(300);
    let mut server = start(router, limits).await;
    let url = server.url(&format!("/keyed/{URL_KEY}"));
    let http = server.http.clone();
    let in_flight = tokio::spawn(async move {
        http.post(url)
            .body(body("1", false))
            .send()
            .await
            .map(|r| r.status().as_u16())
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    server.stop.take().unwrap().send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(10), &mut server.task)
        .await
        .unwrap()
        .unwrap();
    let outcome = in_flight.await.unwrap();
    assert!(outcome.is_err(), "the sender saw {outcome:?}, not a dropped connection");
}

#[tokio::test]
async fn a_garbage_token_is_refused() {
    let recorder = Recorder::default();
    let server = start(recorder.router(), ServeLimits::default()).await;
    for token in [
        "x.y.z",
        "Bearer",
        "Bearer ....",
        "Basic dXNlcjpwdw==",
        &"A".repeat(8000),
    ] {
        assert_eq!(
            server.post("/gong/signed", Some(token), body("1", false)).await,
            401,
            "{token:.20}"
        );
    }
    assert!(recorder.seen().is_empty());
}
