//! HTTPS on the wire: a local TLS server whose certificate is signed by a
//! private root (tests/fixtures/tls, a test CA that protects nothing). With
//! the root added through `ClientBuilder::add_root_certificate` the client
//! completes the handshake and its request (with its credentials) arrives;
//! without it the handshake fails and nothing is sent. Runs with whichever
//! TLS backend the build has (rustls, or native-tls alone).

use std::sync::{Arc, Mutex};

use gong_client::retry::RetryPolicy;
use gong_client::{Client, Error, reqwest};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_rustls::rustls;

const CA: &[u8] = include_bytes!("../fixtures/tls/ca.pem");
const CERT: &[u8] = include_bytes!("../fixtures/tls/localhost.pem");
const KEY: &[u8] = include_bytes!("../fixtures/tls/localhost.key");

/// What the server saw: handshakes completed and request heads read.
#[derive(Default)]
struct Seen {
    handshakes: usize,
    requests: Vec<String>,
}

/// An HTTPS server on 127.0.0.1 answering every request with Gong's
/// workspaces list; returns its port and what it saw.
async fn https_server() -> (u16, Arc<Mutex<Seen>>) {
    let cert = CertificateDer::from_pem_slice(CERT).unwrap();
    let key = PrivateKeyDer::from_pem_slice(KEY).unwrap();
    // The provider named here, not the process default: the test runs in
    // builds whose client uses native-tls and installs no rustls provider.
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Seen::default()));
    let record = seen.clone();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else { return };
            let acceptor = acceptor.clone();
            let record = record.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                record.lock().unwrap().handshakes += 1;
                let mut head = Vec::new();
                let mut buf = [0u8; 4096];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
                    match tls.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                record
                    .lock()
                    .unwrap()
                    .requests
                    .push(String::from_utf8_lossy(&head).into_owned());
                let body = r#"{"requestId":"r1","workspaces":[{"id":"123","name":"Sales"}]}"#;
                let answer = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = tls.write_all(answer.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (port, seen)
}

fn client(port: u16, root: Option<reqwest::Certificate>) -> Client {
    let mut builder = Client::builder()
        .base_url(format!("https://127.0.0.1:{port}"))
        .rate_limit(None)
        .retry_policy(RetryPolicy::none())
        .api_key("key", "secret");
    if let Some(root) = root {
        builder = builder.add_root_certificate(root);
    }
    builder.build().unwrap()
}

#[tokio::test]
async fn a_private_root_certificate_lets_the_client_reach_an_https_gong() {
    let (port, seen) = https_server().await;
    let root = reqwest::Certificate::from_pem(CA).unwrap();
    let answer = client(port, Some(root)).api().list_workspaces().send().await.unwrap();
    assert_eq!(answer.workspaces[0].name.as_deref(), Some("Sales"));
    let seen = seen.lock().unwrap();
    assert_eq!(seen.handshakes, 1);
    let head = seen.requests[0].to_ascii_lowercase();
    assert!(head.starts_with("get /v2/workspaces http/1.1\r\n"), "{head}");
    // key:secret, HTTP Basic, over the encrypted connection.
    assert!(head.contains("\r\nauthorization: basic a2v5onnly3jlda==\r\n"), "{head}");
}

#[tokio::test]
async fn without_the_root_certificate_the_handshake_fails_and_nothing_is_sent() {
    let (port, seen) = https_server().await;
    let e = client(port, None).api().list_workspaces().send().await.unwrap_err();
    assert!(matches!(e, Error::Transport(_)), "{e:?}");
    // The certificate was refused (not, say, the connection): rustls says
    // "invalid peer certificate", OpenSSL "certificate verify failed".
    let mut chain = Vec::new();
    let mut source: Option<&dyn std::error::Error> = Some(&e);
    while let Some(s) = source {
        chain.push(s.to_string());
        source = s.source();
    }
    let chain = chain.join(": ");
    assert!(chain.to_ascii_lowercase().contains("certificate"), "{chain}");
    let seen = seen.lock().unwrap();
    assert_eq!(seen.handshakes, 0);
    assert!(seen.requests.is_empty());
}
