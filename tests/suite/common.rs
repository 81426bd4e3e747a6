//! A scripted HTTP/1.1 server for wire-level tests: it answers requests with
//! a list of prepared responses, in order, and records every request (with
//! its arrival time on tokio's clock, so paused-time tests can measure waits).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::time::Instant;

/// One recorded request.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    /// Lower-cased names.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub at: Instant,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

/// One prepared answer.
#[derive(Debug, Clone)]
pub enum Reply {
    Respond {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
}

impl Reply {
    pub fn json(status: u16, body: serde_json::Value) -> Reply {
        Reply::Respond {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
        }
    }
    pub fn with_header(self, name: &str, value: &str) -> Reply {
        let Reply::Respond {
            status,
            mut headers,
            body,
        } = self;
        headers.push((name.into(), value.into()));
        Reply::Respond { status, headers, body }
    }
}

#[derive(Clone)]
pub struct ScriptServer {
    pub url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    script: Arc<Mutex<VecDeque<Reply>>>,
    fallback: Arc<Mutex<Option<Reply>>>,
}

impl ScriptServer {
    /// Starts on 127.0.0.1 with `script`; after it runs out, answers `fallback` (500 if none).
    pub async fn start(script: Vec<Reply>) -> ScriptServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let server = ScriptServer {
            url,
            seen: Arc::default(),
            script: Arc::new(Mutex::new(script.into())),
            fallback: Arc::default(),
        };
        let s = server.clone();
        tokio::spawn(async move {
            loop {
                let Ok((conn, _)) = listener.accept().await else { return };
                let s = s.clone();
                tokio::spawn(async move { s.serve(conn).await });
            }
        });
        server
    }

    pub fn set_fallback(&self, reply: Reply) {
        *self.fallback.lock().unwrap() = Some(reply);
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    async fn serve(&self, mut conn: tokio::net::TcpStream) {
        let mut buf = Vec::new();
        loop {
            // Read the head.
            let head_end = loop {
                if let Some(i) = find(&buf, b"\r\n\r\n") {
                    break i;
                }
                let mut chunk = [0u8; 16 * 1024];
                match conn.read(&mut chunk).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            };
            let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
            buf.drain(..head_end + 4);
            let mut lines = head.split("\r\n");
            let mut first = lines.next().unwrap_or_default().split(' ');
            let method = first.next().unwrap_or_default().to_string();
            let target = first.next().unwrap_or_default().to_string();
            let headers: Vec<(String, String)> = lines
                .filter_map(|l| l.split_once(':'))
                .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
                .collect();
            let len: usize = headers
                .iter()
                .find(|(n, _)| n == "content-length")
                .and_then(|(_, v)| v.parse().ok())
                .unwrap_or(0);
            while buf.len() < len {
                let mut chunk = vec![0u8; 256 * 1024];
                match conn.read(&mut chunk).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            }
            let body: Vec<u8> = buf.drain(..len).collect();
            let (path, query) = match target.split_once('?') {
                Some((p, q)) => (p.to_string(), Some(q.to_string())),
                None => (target.clone(), None),
            };
            self.seen.lock().unwrap().push(Seen {
                method,
                path,
                query,
                headers,
                body,
                at: Instant::now(),
            });
            let reply = self
                .script
                .lock()
                .unwrap()
                .pop_front()
                .or_else(|| self.fallback.lock().unwrap().clone());
            match reply {
                None => {
                    let _ = conn
                        .write_all(b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\n\r\n")
                        .await;
                }
                Some(Reply::Respond { status, headers, body }) => {
                    let mut out = format!("HTTP/1.1 {status} X\r\ncontent-length: {}\r\n", body.len());
                    for (n, v) in headers {
                        out.push_str(&format!("{n}: {v}\r\n"));
                    }
                    out.push_str("\r\n");
                    let mut bytes = out.into_bytes();
                    bytes.extend_from_slice(&body);
                    if conn.write_all(&bytes).await.is_err() {
                        return;
                    }
                }
            }
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A client with API-key credentials (`k`/`s`, so `Authorization: Basic azpz`)
/// and no pacing: the setup of most wire tests.
pub fn api_key_client(base: &str) -> gong_client::Client {
    gong_client::Client::builder()
        .base_url(base)
        .api_key("k", "s")
        .rate_limit(None)
        .build()
        .unwrap()
}

/// OAuth settings whose authorize and token endpoints are on `server`.
pub fn oauth_config(server: &httpmock::MockServer) -> gong_client::auth::OAuthConfig {
    gong_client::auth::OAuthConfig::new("cid", "csecret", "http://localhost:7777/callback").with_urls(
        server.url("/oauth2/authorize"),
        server.url("/oauth2/generate-customer-token"),
    )
}

/// A mock that answers every request with 200 `{}`: for tests that check
/// nothing was sent (`assert_calls_async(0)`).
pub async fn answer_anything(server: &httpmock::MockServer) -> httpmock::Mock<'_> {
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(serde_json::json!({}));
        })
        .await
}

/// A `GET /v2/workspaces` answer: one workspace.
pub fn workspaces() -> serde_json::Value {
    serde_json::json!({ "requestId": "r1", "workspaces": [{ "id": "123", "name": "Sales" }] })
}

/// A client for tests on paused time: no timers but the client's own.
pub fn paused_client(base: &str) -> gong_client::ClientBuilder {
    gong_client::Client::builder()
        .base_url(base)
        .api_key("key", "secret")
        .timeout(None)
        .connect_timeout(None)
        .pool_idle_timeout(None)
}

/// Splits a multipart body into (headers, content) parts.
pub fn multipart_parts(content_type: &str, body: &[u8]) -> Vec<(String, Vec<u8>)> {
    let boundary = content_type
        .split("boundary=")
        .nth(1)
        .expect("a boundary")
        .trim_matches('"');
    let delim = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut rest = body;
    let start = find(rest, delim.as_bytes()).expect("first boundary");
    rest = &rest[start + delim.len()..];
    loop {
        if rest.starts_with(b"--") {
            break;
        }
        rest = rest.strip_prefix(b"\r\n").expect("CRLF after boundary");
        let head_end = find(rest, b"\r\n\r\n").expect("part head");
        let head = String::from_utf8_lossy(&rest[..head_end]).to_string();
        rest = &rest[head_end + 4..];
        let end_marker = format!("\r\n{delim}");
        let end = find(rest, end_marker.as_bytes()).expect("part end");
        parts.push((head, rest[..end].to_vec()));
        rest = &rest[end + end_marker.len()..];
    }
    parts
}

/// A private directory per test, removed when dropped.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        // One test binary runs every module's tests at once: a counter keeps
        // two tests that pick the same name apart.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("gong-test-{}-{n}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    pub fn path(&self, name: &str) -> std::path::PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Follows `client`'s authorization URL at the sandbox as a browser would
/// (redirects not followed), checks that it redirects to `redirect_uri` with
/// `state`, and returns the authorization code.
pub async fn authorization_code(client: &gong_client::Client, redirect_uri: &str, state: &str) -> String {
    let url = client.authorization_url(state).unwrap();
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = browser.get(url).send().await.unwrap();
    assert_eq!(answer.status(), 302);
    let location = reqwest::Url::parse(answer.headers()["location"].to_str().unwrap()).unwrap();
    assert!(location.as_str().starts_with(&format!("{redirect_uri}?")), "{location}");
    let get = |k: &str| {
        location
            .query_pairs()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.into_owned())
    };
    assert_eq!(get("state").as_deref(), Some(state));
    get("code").unwrap()
}

/// Logs `client` in at the sandbox: an authorization code, exchanged.
pub async fn log_in(client: &gong_client::Client, redirect_uri: &str) {
    let code = authorization_code(client, redirect_uri, "st").await;
    client.exchange_code(&code).await.unwrap();
}
