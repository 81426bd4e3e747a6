//! `cargo bench -p gong-mcp --bench mcp`: what the MCP server costs, against
//! the embedded Gong (the sandbox), measured through rmcp's own client.
//!
//! 1. Bytes of a tool answer against Gong's raw JSON: a page of calls, and
//!    the transcript of a one-hour call.
//! 2. Gong requests spent to answer "which calls mention X": with a mirror
//!    (`search-transcripts`) and without one (list the calls, fetch the
//!    transcripts, scan them), for the sandbox tenant and per 1,000 calls.
//! 3. Latency of `search-transcripts` over many transcripts (100,000 by
//!    default) in a SQLite mirror and in a PostgreSQL mirror (gong-testkit's
//!    private cluster; skipped when PostgreSQL is not installed): median and
//!    slowest of 20 runs for a common phrase, a rare word and no match.
//!
//! Settings from the environment: `MCP_BENCH_TRANSCRIPTS` (default 100000),
//! `MCP_BENCH_SENTENCES` (sentences per transcript, default 12),
//! `MCP_BENCH_SKIP_PG=1` to leave PostgreSQL out.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use gong_client::GongId;
use gong_mcp::{GongMcp, Options};
use gong_sandbox::{Sandbox, SandboxHandle};
use gong_sync::{PageWrite, Row, Store, SyncOptions, SyncStream, Syncer, TranscriptRow};
use rmcp::ServiceExt;
use rmcp::model::{CallToolRequestParams, CallToolResult};
use rmcp::service::{RoleClient, RunningService};
use serde_json::{Value, json};

type Session = RunningService<RoleClient, ()>;

async fn session(server: GongMcp) -> Session {
    let (server_end, client_end) = tokio::io::duplex(1 << 22);
    tokio::spawn(async move {
        if let Ok(running) = server.serve(server_end).await {
            let _ = running.waiting().await;
        }
    });
    ().serve(client_end).await.expect("MCP handshake")
}

async fn call(s: &Session, tool: &str, args: Value) -> CallToolResult {
    let Value::Object(args) = args else {
        panic!("arguments are an object")
    };
    let r = s
        .call_tool(CallToolRequestParams::new(tool.to_owned()).with_arguments(args))
        .await
        .expect("a tool result");
    assert_ne!(r.is_error, Some(true), "{tool}: {}", text(&r));
    r
}

fn text(r: &CallToolResult) -> String {
    r.content
        .iter()
        .filter_map(|c| c.as_text().map(|t| t.text.clone()))
        .collect()
}

fn next_cursor(r: &CallToolResult) -> Option<String> {
    r.structured_content
        .as_ref()
        .and_then(|s| s["nextCursor"].as_str())
        .map(str::to_owned)
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn requests(sandbox: &SandboxHandle) -> u64 {
    sandbox.stats().requests
}

/// Gong's raw answer (its bytes as sent) to a request made here, outside the server.
async fn raw(sandbox: &SandboxHandle, post: Option<Value>, path: &str) -> String {
    let http = reqwest::Client::new();
    let url = format!("{}{path}", sandbox.url());
    let request = match post {
        Some(body) => http.post(url).json(&body),
        None => http.get(url),
    };
    let response = request
        .basic_auth(sandbox.access_key(), Some(sandbox.access_key_secret()))
        .send()
        .await
        .expect("the sandbox answers");
    assert!(response.status().is_success(), "{path}: {}", response.status());
    response.text().await.expect("a body")
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let build = if cfg!(debug_assertions) {
        "debug build (unoptimized: latencies are several times those of a release build)"
    } else {
        "release build"
    };
    println!("gong-mcp benchmark: {build}");
    let sandbox = Sandbox::builder()
        .hour_long_call(true)
        .rate_limit(None)
        .start()
        .await
        .expect("the sandbox starts");
    let client = || sandbox.client_builder().rate_limit(None).build().expect("a client");

    sizes(&sandbox, client()).await;
    let dir = std::env::temp_dir().join(format!("gong-mcp-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    which_calls_mention(&sandbox, client(), &dir).await;
    search_latency(&dir).await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// 1. Bytes per answer.
async fn sizes(sandbox: &SandboxHandle, client: gong_client::Client) {
    println!("\n== 1. Bytes of the tool answer against Gong's raw JSON (default cap: 32 KiB of text per result)");
    let s = session(GongMcp::new(client, Options::default()).expect("a server")).await;

    // A page of calls: Gong's first page of GET /v2/calls.
    let page: Value = serde_json::from_str(&raw(sandbox, None, "/v2/calls").await).expect("JSON");
    let raw_page = raw(sandbox, None, "/v2/calls").await.len();
    let on_page = page["calls"].as_array().map_or(0, Vec::len);
    let (mut results, mut bytes, mut given, mut first) = (0, 0, 0, 0);
    let mut cursor: Option<String> = None;
    while given < on_page {
        let args = cursor.as_ref().map_or_else(|| json!({}), |c| json!({ "cursor": c }));
        let r = call(&s, "list-calls", args).await;
        let t = text(&r).len();
        if results == 0 {
            first = t;
        }
        results += 1;
        bytes += t;
        given += r.structured_content.as_ref().unwrap()["calls"]
            .as_array()
            .unwrap()
            .len();
        cursor = next_cursor(&r);
        if cursor.is_none() {
            break;
        }
    }
    println!(
        "page of {on_page} calls: Gong's JSON {raw_page} bytes ({} per call); list-calls gives it in {results} results, \
         {bytes} bytes of text in all ({} per call), the first result {first} bytes",
        raw_page / on_page.max(1),
        bytes / given.max(1)
    );

    // The one-hour call's transcript.
    let mut long = None;
    let mut path = "/v2/calls".to_owned();
    while long.is_none() {
        let page: Value = serde_json::from_str(&raw(sandbox, None, &path).await).expect("JSON");
        long = page["calls"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| {
                c["duration"].as_i64() == Some(3600) && c["title"].as_str().is_some_and(|t| t.starts_with("Quarterly"))
            })
            .map(|c| c["id"].as_str().unwrap_or_default().to_owned());
        match page["records"]["cursor"].as_str() {
            Some(c) => path = format!("/v2/calls?cursor={c}"),
            None => break,
        }
    }
    let id = long.expect("the sandbox's hour-long call");
    let body = json!({ "filter": { "callIds": [id] } });
    let raw_transcript = raw(sandbox, Some(body), "/v2/calls/transcript").await;
    let answer: Value = serde_json::from_str(&raw_transcript).expect("JSON");
    let sentences: usize = answer["callTranscripts"][0]["transcript"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| m["sentences"].as_array().map_or(0, Vec::len))
        .sum();
    let before = requests(sandbox);
    let (mut results, mut bytes, mut lines) = (0, 0, 0);
    let mut cursor: Option<String> = None;
    let mut sample = String::new();
    loop {
        let mut args = json!({ "callIds": [id] });
        if let Some(c) = &cursor {
            args["cursor"] = json!(c);
        }
        let r = call(&s, "get-call-transcripts", args).await;
        results += 1;
        bytes += text(&r).len();
        for p in r.structured_content.as_ref().unwrap()["transcripts"]
            .as_array()
            .unwrap()
        {
            let t = p["text"].as_str().unwrap_or_default();
            lines += t.lines().count();
            if sample.is_empty() {
                sample = t.lines().next().unwrap_or_default().to_owned();
            }
        }
        cursor = next_cursor(&r);
        if cursor.is_none() {
            break;
        }
    }
    println!(
        "one-hour transcript ({sentences} sentences): Gong's JSON {} bytes; get-call-transcripts gives {lines} lines \
         in {results} results, {bytes} bytes of text in all ({:.0}% of the JSON), {} Gong requests \
         (the transcript page and its speakers' names)",
        raw_transcript.len(),
        100.0 * bytes as f64 / raw_transcript.len() as f64,
        requests(sandbox) - before
    );
    println!("  a line: {sample}");
    s.cancel().await.expect("the session ends");
}

/// 2. Requests spent on "which calls mention X".
async fn which_calls_mention(sandbox: &SandboxHandle, client: gong_client::Client, dir: &std::path::Path) {
    const X: &str = "security review";
    println!("\n== 2. Gong requests to answer \"which calls mention '{X}'\"");
    let s = session(GongMcp::new(client.clone(), Options::default()).expect("a server")).await;
    let before = requests(sandbox);
    let mut tool_calls = 0;
    let mut calls = 0;
    let mut cursor: Option<String> = None;
    loop {
        let args = cursor.as_ref().map_or_else(|| json!({}), |c| json!({ "cursor": c }));
        let r = call(&s, "list-calls", args).await;
        tool_calls += 1;
        calls += r.structured_content.as_ref().unwrap()["calls"]
            .as_array()
            .unwrap()
            .len();
        cursor = next_cursor(&r);
        if cursor.is_none() {
            break;
        }
    }
    let listing = requests(sandbox) - before;
    let mut mentioned = BTreeSet::new();
    loop {
        let mut args = json!({ "fromDateTime": "2000-01-01T00:00:00Z" });
        if let Some(c) = &cursor {
            args["cursor"] = json!(c);
        }
        let r = call(&s, "get-call-transcripts", args).await;
        tool_calls += 1;
        for p in r.structured_content.as_ref().unwrap()["transcripts"]
            .as_array()
            .unwrap()
        {
            if p["text"].as_str().unwrap_or_default().to_lowercase().contains(X) {
                mentioned.insert(p["callId"].as_str().unwrap_or_default().to_owned());
            }
        }
        cursor = next_cursor(&r);
        if cursor.is_none() {
            break;
        }
    }
    let without = requests(sandbox) - before;
    s.cancel().await.expect("the session ends");
    println!(
        "without a mirror: {without} requests ({listing} listing {calls} calls, {} for transcripts and speakers' names) \
         in {tool_calls} tool calls; {} calls mention it; {:.1} requests per 1,000 calls",
        without - listing,
        mentioned.len(),
        without as f64 * 1000.0 / calls.max(1) as f64
    );

    // The mirror: one sync, then every question is free.
    let db = format!("sqlite:{}", dir.join("sandbox.db").display());
    let store = gong_sync::open_store(&db).await.expect("a SQLite mirror");
    let before = requests(sandbox);
    let report = Syncer::new(&client, store.as_ref(), SyncOptions::default())
        .run()
        .await
        .expect("the sync runs");
    let synced = requests(sandbox) - before;
    let s = session(
        GongMcp::new(client, Options::default())
            .expect("a server")
            .with_mirror(store),
    )
    .await;
    let before = requests(sandbox);
    let mut hits = BTreeSet::new();
    let mut cursor: Option<String> = None;
    let mut tool_calls = 0;
    loop {
        let mut args = json!({ "query": X, "limit": 200 });
        if let Some(c) = &cursor {
            args["cursor"] = json!(c);
        }
        let r = call(&s, "search-transcripts", args).await;
        tool_calls += 1;
        for h in r.structured_content.as_ref().unwrap()["hits"].as_array().unwrap() {
            hits.insert(h["callId"].as_str().unwrap_or_default().to_owned());
        }
        cursor = next_cursor(&r);
        if cursor.is_none() {
            break;
        }
    }
    println!(
        "with the mirror: {} requests in {tool_calls} search-transcripts calls; {} calls among the best 200 hits \
         (the mirror itself cost one sync of {synced} requests for {} records, spent once for every later question)",
        requests(sandbox) - before,
        hits.len(),
        report.records()
    );
    s.cancel().await.expect("the session ends");
}

const WORDS: &[&str] = &[
    "we",
    "need",
    "the",
    "budget",
    "for",
    "this",
    "quarter",
    "pricing",
    "looks",
    "fine",
    "team",
    "agreed",
    "timeline",
    "integration",
    "rollout",
    "contract",
    "legal",
    "review",
    "support",
    "renewal",
    "discount",
    "users",
    "seats",
    "onboarding",
    "training",
    "dashboard",
    "report",
    "export",
    "security",
    "questions",
    "answer",
    "call",
    "tomorrow",
];

/// A deterministic sentence: `n` picks the words; every 7th has the common
/// phrase, one transcript in 10,000 the rare word.
fn sentence(t: usize, k: usize) -> String {
    let mut x = (t as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (k as u64).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let mut words = Vec::with_capacity(12);
    for _ in 0..8 + (x % 5) as usize {
        x ^= x >> 29;
        x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
        words.push(WORDS[(x % WORDS.len() as u64) as usize]);
    }
    let mut s = words.join(" ");
    if (t * 31 + k).is_multiple_of(7) {
        s.push_str(" and the next steps are clear");
    }
    if k == 0 && t % 10_000 == 1234 {
        s.push_str(" like a zeppelin");
    }
    s
}

/// Writes `n` transcripts of `per` sentences through the store's API.
async fn fill(store: &dyn Store, n: usize, per: usize) -> Duration {
    let started = Instant::now();
    let mut t = 0;
    while t < n {
        let end = (t + 1000).min(n);
        let rows = (t..end)
            .map(|i| {
                let monologues: Vec<Value> = (0..per)
                    .map(|k| {
                        json!({ "speakerId": format!("{}", 1000 + k % 3), "topic": null,
                                "sentences": [{ "start": k * 5000, "end": k * 5000 + 4000, "text": sentence(i, k) }] })
                    })
                    .collect();
                let id = format!("{}", 5_000_000_000_000_000_000u64 + i as u64);
                let json = json!({ "callId": id, "transcript": monologues }).to_string();
                Row::Transcript(TranscriptRow {
                    call_id: GongId::new(id.clone()).expect("an id"),
                    monologues: per as i64,
                    json,
                })
            })
            .collect();
        let checkpoint = store.checkpoint(SyncStream::Transcripts).await.expect("a checkpoint");
        store
            .write(PageWrite {
                stream: SyncStream::Transcripts,
                expected_generation: checkpoint.generation,
                checkpoint,
                rows,
                transcript_misses: Vec::new(),
                replace_folder: None,
                remove_calls: Vec::new(),
            })
            .await
            .expect("the write");
        t = end;
    }
    started.elapsed()
}

/// 3. Search latency over many transcripts.
async fn search_latency(dir: &std::path::Path) {
    let n = env_usize("MCP_BENCH_TRANSCRIPTS", 100_000);
    let per = env_usize("MCP_BENCH_SENTENCES", 12);
    println!(
        "\n== 3. search-transcripts over {n} transcripts ({per} sentences each, {} sentences), through the MCP tool",
        n * per
    );
    let sqlite = format!("sqlite:{}", dir.join("latency.db").display());
    let store = gong_sync::open_store(&sqlite).await.expect("a SQLite mirror");
    measure("SQLite", store, n, per).await;
    if std::env::var_os("MCP_BENCH_SKIP_PG").is_some() {
        println!("PostgreSQL: skipped (MCP_BENCH_SKIP_PG)");
        return;
    }
    match gong_testkit::PgServer::start("mcp_bench") {
        Some(pg) => {
            let store = gong_sync::open_store(pg.url()).await.expect("a PostgreSQL mirror");
            measure("PostgreSQL", store, n, per).await;
        }
        None => println!("PostgreSQL: skipped (not installed)"),
    }
}

async fn measure(name: &str, store: Box<dyn Store>, n: usize, per: usize) {
    let wrote = fill(store.as_ref(), n, per).await;
    println!("{name}: wrote the transcripts in {:.1} s", wrote.as_secs_f64());
    // Gong is never asked: the client points at a closed port.
    let client = gong_client::Client::builder()
        .base_url("http://127.0.0.1:9")
        .api_key("bench", "bench")
        .build()
        .expect("a client");
    let s = session(
        GongMcp::new(client, Options::default())
            .expect("a server")
            .with_mirror(store),
    )
    .await;
    for (what, query) in [
        ("common phrase", "next steps"),
        ("rare word", "zeppelin"),
        ("no match", "quixotic"),
    ] {
        let mut times = Vec::with_capacity(20);
        let mut found = 0;
        for _ in 0..20 {
            let started = Instant::now();
            let r = call(&s, "search-transcripts", json!({ "query": query })).await;
            times.push(started.elapsed());
            found = r.structured_content.as_ref().unwrap()["hits"]
                .as_array()
                .map_or(0, Vec::len);
        }
        times.sort();
        println!(
            "{name}, {what} ({query:?}, {found} hits of at most 20): median {:.1} ms, slowest {:.1} ms",
            times[times.len() / 2].as_secs_f64() * 1000.0,
            times[times.len() - 1].as_secs_f64() * 1000.0
        );
    }
    s.cancel().await.expect("the session ends");
}
