//! The benchmark suite: each case beside a bare baseline, in the same run.
//!
//! ```text
//! cargo bench --bench suite --features test-util                   # every case (about 10 minutes)
//! cargo bench --bench suite --features test-util -- paging upload  # cases whose name contains a word
//! cargo bench --bench suite --features test-util -- --rounds=5     # more rounds of the timed cases
//! ```
//!
//! Cases (names for the filter): `paging`, `upload`, `rate-limit`,
//! `webhook`, `build`. Sync's benchmark is gong-sync's own
//! (`cargo bench -p gong-sync --bench sync`).
//!
//! Every measured client runs in a fresh child process (this same binary
//! with `--case NAME ARGS...`), so each peak RSS (`VmHWM`) belongs to that
//! case alone. The servers (the sandbox with all its data, the upload sink)
//! run in the parent, so a child's peak RSS is the client's. Timed cases run
//! in rounds, ours and the baselines interleaved (the order rotating), and
//! each reports its best round; every round is in the JSON.
//!
//! - **paging**: 100,000 calls (1,000 pages) from `GET /v2/calls` and from
//!   `POST /v2/calls/extensive` through the facade, beside bare `reqwest`
//!   loops that carry the cursor where the facade does (query / body) and
//!   decode each page into `serde_json::Value`, into the generated types,
//!   into a minimal struct, or into hand-written structs of every field the
//!   generated types have (`benches/suite/complete.rs`; the target is the
//!   facade within 1.1x of that loop); then the facade's peak RSS at 10,000
//!   calls beside 100,000 (it must not grow). Rate limits off in client and
//!   sandbox. `--check` (also `cargo test --bench suite --features test-util
//!   -- --check`) proves on every page of a 1,000-call sandbox that the
//!   hand-written structs decode the same calls, ids and data as the
//!   generated types; each hand-written child checks its first page too.
//! - **upload**: a 1 GiB file through `Client::add_call_media`, beside
//!   `curl -F` uploading the same file to the same endpoint: first to a sink
//!   that only counts the body (the measured case), then to the sandbox's
//!   `PUT /v2/calls/{id}/media` (media discarded), which checks every byte
//!   arrived but hashes and parses the body, so it, not the uploader, sets
//!   the pace there.
//! - **rate-limit**: 120 requests through a client with its default pacing
//!   against the sandbox enforcing 3 requests/s as a token bucket, a sliding
//!   window and a fixed window, with network jitter (arrivals moved by up to
//!   10 ms, answers taking 20-100 ms), beside the previous pacing (1/3 s
//!   apart, no margin); then four worker processes sharing a file quota and
//!   (with the `redis` feature and a `redis-server` on the machine) a Redis
//!   quota, beside four workers pacing alone. Efficiency and 429s are
//!   measured at the sandbox.
//! - **webhook**: builds and runs `benches/webhook.rs` (pinned to one core
//!   with `taskset` when there is one) and reads its figures.
//! - **build**: `cargo build --release --lib` (default features) of a copy
//!   of this working tree in a fresh `CARGO_TARGET_DIR` under the system's
//!   temporary directory, then again after touching `src/actions/calls.rs`;
//!   then the same in the dev profile (where rebuilds are incremental).
//!
//! Results are printed as a Markdown table and written, with the machine,
//! date and command, to `target/bench-results.json`.
//!
//! To profile one client: `--serve=CALLS` starts a sandbox and prints the
//! command line of a paging case against it (run that under `perf record`).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::pin::pin;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use futures::StreamExt;
use gong_sandbox::{RateEnforcement, Sandbox, SandboxHandle};
use serde_json::{Value, json};

#[path = "suite/complete.rs"]
mod complete;

const GIB: u64 = 1 << 30;
/// Calls listed by the paging cases (1,000 pages of 100).
const PAGING_CALLS: usize = 100_000;
/// The smaller listing of the RSS-growth check.
const PAGING_CALLS_SMALL: usize = 10_000;
/// Requests of each run of the rate-limit cases.
const RATE_REQUESTS: usize = 120;
/// The rate the sandbox enforces and the client paces itself to.
const RATE_PER_SECOND: f64 = 3.0;
/// Clean build of an openapi-generator Gong crate (a reference figure from elsewhere).
const BUILD_REFERENCE_SECONDS: f64 = 55.0;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = args.iter().position(|a| a == "--case") {
        let name = args[i + 1].clone();
        let rest = args[i + 2..].to_vec();
        let result = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(run_case(&name, &rest));
        println!(
            "{}",
            json!({ "case": name, "pid": std::process::id(), "peak_rss_kib": peak_rss_kib(), "result": result })
        );
        return;
    }
    if args.iter().any(|a| a == "--check") {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(check_complete());
        return;
    }
    if let Some(calls) = args.iter().find_map(|a| a.strip_prefix("--serve=")) {
        serve(calls.parse().expect("--serve=CALLS takes a number"));
        return;
    }
    let options = Options::parse(&args);
    let started = chrono::Utc::now();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let rows = rt.block_on(parent(&options));
    print_table(&rows);
    let report = json!({
        "date": started.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "machine": machine(),
        "command": options.command(),
        "rounds": options.rounds,
        "rows": rows,
    });
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-results.json");
    let _ = std::fs::create_dir_all(path.parent().unwrap());
    std::fs::write(&path, serde_json::to_vec_pretty(&report).unwrap()).expect("results written");
    eprintln!("results written to {}", path.display());
}

/// `--check`: every page of both listings of a sandbox decodes into the
/// hand-written structs of `benches/suite/complete.rs` with the same calls,
/// ids and data as into the generated types (run it with `cargo test --bench
/// suite --features test-util -- --check`).
async fn check_complete() {
    const CALLS: usize = 1_000;
    let (sandbox, args) = sandbox(CALLS, None).await;
    let (url, key, secret) = (&args[0], &args[1], &args[2]);
    let http = bare_http();
    for extensive in [false, true] {
        let endpoint = format!("{url}/v2/calls{}", if extensive { "/extensive" } else { "" });
        let mut body = serde_json::to_value(extensive_request()).expect("serializes");
        let (mut calls, mut leaves, mut pages) = (0, 0, 0);
        let mut cursor: Option<String> = None;
        loop {
            let answer = fetch_page(&http, (&endpoint, extensive), &mut body, cursor.take(), (key, secret)).await;
            let (n, l) = complete::check_page(&answer, extensive);
            (calls, leaves, pages) = (calls + n, leaves + l, pages + 1);
            if extensive {
                // The sections asked for are there to compare.
                let page: Value = serde_json::from_slice(&answer).expect("JSON");
                for call in page["calls"].as_array().expect("calls") {
                    for section in ["metaData", "parties", "content", "interaction", "context"] {
                        assert!(!call[section].is_null(), "a call without {section}");
                    }
                }
            }
            cursor = complete::Page::cursor_of(&answer);
            if cursor.is_none() {
                break;
            }
        }
        assert_eq!(calls, CALLS, "calls listed");
        println!(
            "{}: {calls} calls in {pages} pages, {leaves} values: hand-written structs = generated types",
            if extensive {
                "POST /v2/calls/extensive"
            } else {
                "GET /v2/calls"
            }
        );
    }
    sandbox.shutdown().await;
}

/// For profiling one client: serves a sandbox with `calls` calls (no rate
/// limit) until killed, and prints the arguments a paging case takes.
fn serve(calls: usize) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let (_sandbox, mut args) = sandbox(calls, None).await;
        args.push(calls.to_string());
        let exe = std::env::current_exe().unwrap();
        println!("{} --case paging-facade-get {}", exe.display(), args.join(" "));
        std::future::pending::<()>().await;
    });
}

struct Options {
    filters: Vec<String>,
    rounds: usize,
}

impl Options {
    fn parse(args: &[String]) -> Self {
        let mut options = Options {
            filters: Vec::new(),
            rounds: 3,
        };
        for a in args {
            if let Some(n) = a.strip_prefix("--rounds=") {
                options.rounds = n.parse::<usize>().expect("--rounds=N takes a number").max(1);
            } else if !a.starts_with('-') {
                options.filters.push(a.clone());
            }
        }
        options
    }

    fn wanted(&self, case: &str) -> bool {
        self.filters.is_empty() || self.filters.iter().any(|f| case.contains(f.as_str()))
    }

    fn command(&self) -> String {
        let mut features = features();
        features.retain(|f| f != "test-util" || !features_has("sandbox"));
        let mut command = format!("cargo bench --bench suite --features {}", features.join(","));
        let mut rest: Vec<String> = self.filters.clone();
        if self.rounds != 3 {
            rest.push(format!("--rounds={}", self.rounds));
        }
        if !rest.is_empty() {
            command.push_str(" -- ");
            command.push_str(&rest.join(" "));
        }
        command
    }
}

/// The crate features this bench was built with.
fn features() -> Vec<String> {
    let mut on = Vec::new();
    if cfg!(feature = "test-util") {
        on.push("test-util".to_owned());
    }
    if cfg!(feature = "webhook-server") {
        on.push("webhook-server".to_owned());
    }
    if cfg!(feature = "redis") {
        on.push("redis".to_owned());
    }
    on
}

fn features_has(name: &str) -> bool {
    features().iter().any(|f| f == name)
}

/// Where and on what the suite ran.
fn machine() -> Value {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mem_kib = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .next()
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .unwrap_or(0);
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    json!({
        "cpu": model,
        "nproc": cores,
        "memory_gib": (mem_kib as f64 / (1 << 20) as f64).round(),
        "os": std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default().trim(),
        "rustc": rustc,
    })
}

/// Peak resident set size of this process, in KiB.
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// CPU time (user + system, all threads) this process has used, in seconds.
fn cpu_seconds() -> f64 {
    // Fields 14 and 15 of /proc/self/stat, in clock ticks (USER_HZ, 100 on Linux).
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let after_name = &s[s.rfind(')')? + 2..];
            let f: Vec<&str> = after_name.split_whitespace().collect();
            Some((f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?) / 100.0)
        })
        .unwrap_or(f64::NAN)
}

/// The 1-minute load average.
fn load_average() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(f64::NAN)
}

/// Runs this binary as `--case name args...` and returns its JSON report.
fn child(name: &str, args: &[String]) -> Value {
    let exe = std::env::current_exe().unwrap();
    let out = Command::new(exe)
        .arg("--case")
        .arg(name)
        .args(args)
        .stderr(Stdio::inherit())
        .output()
        .expect("child runs");
    assert!(out.status.success(), "case {name} failed");
    let line = String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .unwrap_or_default()
        .to_owned();
    serde_json::from_str(&line).unwrap_or_else(|e| panic!("case {name} printed {line:?}: {e}"))
}

/// [`child`] off the runtime's worker threads, so the servers keep serving.
async fn child_async(name: &str, args: &[String]) -> Value {
    let (name, args) = (name.to_owned(), args.to_vec());
    tokio::task::spawn_blocking(move || child(&name, &args))
        .await
        .expect("child task")
}

async fn parent(options: &Options) -> Vec<Value> {
    let mut rows = Vec::new();
    if options.wanted("paging") {
        rows.extend(paging_cases(options.rounds).await);
    }
    if options.wanted("upload") {
        rows.extend(upload_cases(options.rounds).await);
    }
    if options.wanted("rate-limit") {
        rows.extend(rate_limit_case().await);
    }
    if options.wanted("webhook") {
        rows.extend(tokio::task::spawn_blocking(webhook_case).await.unwrap());
    }
    if options.wanted("build") {
        rows.extend(tokio::task::spawn_blocking(build_cases).await.unwrap());
    }
    rows
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn rss_kib(report: &Value) -> u64 {
    report["peak_rss_kib"].as_u64().unwrap_or(0)
}

fn seconds(report: &Value) -> f64 {
    report["result"]["seconds"].as_f64().unwrap_or(f64::NAN)
}

/// The run with the shortest time.
fn best(runs: &[Value]) -> &Value {
    runs.iter()
        .min_by(|a, b| seconds(a).total_cmp(&seconds(b)))
        .expect("at least one round")
}

/// The highest peak RSS of the runs.
fn max_rss(runs: &[Value]) -> u64 {
    runs.iter().map(rss_kib).max().unwrap_or(0)
}

/// A sandbox without a rate limit (unless given), its URL and credentials
/// as child arguments.
async fn sandbox(calls: usize, rate_limit: Option<f64>) -> (SandboxHandle, Vec<String>) {
    let sandbox = Sandbox::builder()
        .calls(calls)
        .rate_limit(rate_limit)
        .start()
        .await
        .expect("sandbox starts");
    let args = vec![
        sandbox.url().to_owned(),
        sandbox.access_key().to_owned(),
        sandbox.access_key_secret().to_owned(),
    ];
    (sandbox, args)
}

// ---------------------------------------------------------------- paging

/// The listings, and the clients of each: the facade, then bare `reqwest`
/// loops decoding each page into `serde_json::Value`, into the same
/// generated types the facade decodes into, and into a minimal struct (the
/// cursor and each call's id).
const LISTINGS: [(&str, [&str; 5]); 2] = [
    (
        "GET /v2/calls",
        [
            "paging-facade-get",
            "paging-value-get",
            "paging-typed-get",
            "paging-lean-get",
            "paging-complete-get",
        ],
    ),
    (
        "POST /v2/calls/extensive",
        [
            "paging-facade-extensive",
            "paging-value-extensive",
            "paging-typed-extensive",
            "paging-lean-extensive",
            "paging-complete-extensive",
        ],
    ),
];

/// The body of the extensive listing: every call, with parties, CRM context
/// and the usual content sections, as an integration would ask.
fn extensive_request() -> gong_client::actions::ExtensiveCallsRequest {
    serde_json::from_value(json!({
        "filter": {},
        "contentSelector": {
            "context": "Extended",
            "exposedFields": {
                "parties": true,
                "content": { "brief": true, "topics": true, "trackers": true, "keyPoints": true },
                "interaction": { "speakers": true }
            }
        }
    }))
    .expect("a valid extensive request")
}

fn cpu(report: &Value) -> f64 {
    report["result"]["cpu_seconds"].as_f64().unwrap_or(f64::NAN)
}

async fn paging_cases(rounds: usize) -> Vec<Value> {
    eprintln!("paging: {PAGING_CALLS_SMALL} calls, facade GET (RSS check)");
    let (small, mut args) = sandbox(PAGING_CALLS_SMALL, None).await;
    args.push(PAGING_CALLS_SMALL.to_string());
    let small_run = child_async("paging-facade-get", &args).await;
    small.shutdown().await;

    eprintln!("paging: generating {PAGING_CALLS} calls in the sandbox");
    let (big, mut args) = sandbox(PAGING_CALLS, None).await;
    args.push(PAGING_CALLS.to_string());
    let mut runs: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
    for round in 0..rounds {
        for (_, cases) in LISTINGS {
            // Rotate which client goes first.
            for k in 0..cases.len() {
                let case = cases[(k + round) % cases.len()];
                eprintln!("paging: round {}/{rounds}: {case}", round + 1);
                let report = child_async(case, &args).await;
                runs.entry(case).or_default().push(report);
            }
        }
    }
    big.shutdown().await;

    let mut rows = Vec::new();
    for (what, [facade, value, typed, lean, _]) in LISTINGS {
        let (ours, value, typed, lean) = (&runs[facade], &runs[value], &runs[typed], &runs[lean]);
        let (o, v, t, l) = (best(ours), best(value), best(typed), best(lean));
        let ratio = |b: &Value| seconds(o) / seconds(b);
        let mb = v["result"]["bytes"].as_f64().unwrap_or(0.0) / 1e6;
        let pages = v["result"]["pages"].as_u64().unwrap_or(0);
        let line = |name: &str, b: &Value, runs: &[Value]| {
            format!(
                "{name}: {:.2} s (CPU {:.2} s), {:.1} MiB",
                seconds(b),
                cpu(b),
                mib(max_rss(runs))
            )
        };
        rows.push(json!({
            "case": format!("paging {what}: {PAGING_CALLS} calls, {pages} pages ({mb:.0} MB of JSON)"),
            "ours": format!(
                "{:.2} s ({:.0} calls/s; client CPU {:.2} s), peak RSS {:.1} MiB",
                seconds(o), PAGING_CALLS as f64 / seconds(o), cpu(o), mib(max_rss(ours))
            ),
            "baseline": format!(
                "bare reqwest + serde_json {}; {}; {}",
                line("Value", v, value),
                line("generated types", t, typed),
                line("minimal struct", l, lean),
            ),
            "ratio": format!(
                "time {:.2}x Value loop ({:.2}x typed, {:.2}x minimal); RSS {:.2}x Value loop",
                ratio(v), ratio(t), ratio(l),
                max_rss(ours) as f64 / max_rss(value) as f64
            ),
            "target": "time <= 1.3x bare (Value loop)",
            "met": ratio(v) <= 1.3,
            "raw": { "ours": ours, "value": value, "typed": typed, "minimal": lean },
        }));
    }
    // The facade against a bare loop decoding into
    // hand-written structs of the same fields (benches/suite/complete.rs).
    for (what, [facade, .., complete]) in LISTINGS {
        let (ours, complete) = (&runs[facade], &runs[complete]);
        let (o, c) = (best(ours), best(complete));
        let (time_ratio, cpu_ratio) = (seconds(o) / seconds(c), cpu(o) / cpu(c));
        rows.push(json!({
            "case": format!("paging {what}: facade vs hand-written structs of the same fields, {PAGING_CALLS} calls"),
            "ours": format!("{:.2} s (client CPU {:.2} s)", seconds(o), cpu(o)),
            "baseline": format!(
                "bare reqwest + hand-written complete structs: {:.2} s (client CPU {:.2} s)",
                seconds(c),
                cpu(c)
            ),
            "ratio": format!("time {time_ratio:.2}x, client CPU {cpu_ratio:.2}x"),
            "target": "<= 1.1x",
            "met": time_ratio <= 1.1,
            "raw": { "complete": complete },
        }));
    }
    let (small_kib, big_kib) = (rss_kib(&small_run), max_rss(&runs["paging-facade-get"]));
    let growth = big_kib as f64 / small_kib as f64;
    rows.push(json!({
        "case": "paging peak RSS vs calls listed (facade, GET /v2/calls)",
        "ours": format!(
            "{PAGING_CALLS_SMALL} calls: {:.1} MiB; {PAGING_CALLS} calls: {:.1} MiB",
            mib(small_kib), mib(big_kib)
        ),
        "baseline": format!("bare Value loop, {PAGING_CALLS} calls: {:.1} MiB", mib(max_rss(&runs["paging-value-get"]))),
        "ratio": format!("{growth:.2}x for 10x the calls"),
        "target": "does not grow with the calls",
        "met": growth < 1.10,
        "raw": { "small": small_run },
    }));
    rows
}

/// `[url, key, secret, expected calls]` of a paging child.
fn paging_args(args: &[String]) -> (&str, &str, &str, u64) {
    (&args[0], &args[1], &args[2], args[3].parse().expect("a call count"))
}

fn facade_client(url: &str, key: &str, secret: &str) -> gong_client::Client {
    gong_client::Client::builder()
        .base_url(url)
        .api_key(key, secret)
        .rate_limit(None)
        .build()
        .expect("client builds")
}

/// What a paging child reports.
fn paging_report(start: Instant, cpu_start: f64, calls: u64, pages: u64, bytes: usize, check: usize) -> Value {
    json!({
        "seconds": start.elapsed().as_secs_f64(),
        "cpu_seconds": cpu_seconds() - cpu_start,
        "calls": calls,
        "pages": pages,
        "bytes": bytes,
        "check": check,
    })
}

async fn paging_facade_get(args: &[String]) -> Value {
    let (url, key, secret, expected) = paging_args(args);
    let client = facade_client(url, key, secret);
    let (start, cpu_start) = (Instant::now(), cpu_seconds());
    let mut calls = pin!(client.list_calls(gong_client::actions::ListCalls::all()));
    let (mut n, mut check) = (0u64, 0usize);
    while let Some(call) = calls.next().await {
        let call = call.expect("a call");
        n += 1;
        check += call.id.as_ref().map_or(0, |id| id.as_str().len());
    }
    assert_eq!(n, expected, "calls listed");
    paging_report(start, cpu_start, n, n.div_ceil(100), 0, check)
}

async fn paging_facade_extensive(args: &[String]) -> Value {
    let (url, key, secret, expected) = paging_args(args);
    let client = facade_client(url, key, secret);
    let (start, cpu_start) = (Instant::now(), cpu_seconds());
    let mut pages = pin!(client.list_calls_extensive_pages(extensive_request()));
    let (mut n, mut check, mut count) = (0u64, 0usize, 0u64);
    while let Some(page) = pages.next().await {
        let page = page.expect("a page");
        count += 1;
        for call in page.items {
            n += 1;
            check += call
                .meta_data
                .as_ref()
                .and_then(|m| m.id.as_ref())
                .map_or(0, |id| id.as_str().len());
        }
    }
    assert_eq!(n, expected, "calls listed");
    paging_report(start, cpu_start, n, count, 0, check)
}

/// The minimal page: the cursor and each call's id.
#[derive(serde::Deserialize)]
struct LeanPage<C> {
    records: LeanRecords,
    calls: Vec<C>,
}

#[derive(serde::Deserialize)]
struct LeanRecords {
    cursor: Option<String>,
}

#[derive(serde::Deserialize)]
struct LeanCall {
    id: Option<String>,
}

#[derive(serde::Deserialize)]
struct LeanExtensiveCall {
    #[serde(rename = "metaData")]
    meta_data: Option<LeanCall>,
}

/// How a bare loop decodes a page.
#[derive(Clone, Copy)]
enum Decode {
    Value,
    Typed,
    Minimal,
    /// Hand-written structs of the same fields as the generated types
    /// (`benches/suite/complete.rs`).
    Complete,
}

/// One decoded page: calls, sum of id lengths, next cursor.
fn decode_page(body: &[u8], extensive: bool, decode: Decode) -> (u64, usize, Option<String>) {
    use gong_client::api::types;
    let cursor = |r: Option<types::Records>| r.and_then(|r| r.cursor);
    if let Decode::Typed = decode {
        return if extensive {
            let page: types::Calls = serde_json::from_slice(body).expect("JSON");
            let ids = page.calls.iter().filter_map(|c| c.meta_data.as_ref()?.id.as_ref());
            (
                page.calls.len() as u64,
                ids.map(|i| i.as_str().len()).sum(),
                cursor(page.records),
            )
        } else {
            let page: types::CallsResponse = serde_json::from_slice(body).expect("JSON");
            let ids = page.calls.iter().filter_map(|c| c.id.as_ref());
            (
                page.calls.len() as u64,
                ids.map(|i| i.as_str().len()).sum(),
                cursor(page.records),
            )
        };
    }
    if let Decode::Complete = decode {
        return if extensive {
            let page: complete::ExtensivePage = serde_json::from_slice(body).expect("JSON");
            let ids = page.calls.iter().filter_map(|c| c.meta_data.as_ref()?.id.as_ref());
            (
                page.calls.len() as u64,
                ids.map(String::len).sum(),
                page.records.and_then(|r| r.cursor),
            )
        } else {
            let page: complete::Page = serde_json::from_slice(body).expect("JSON");
            let ids = page.calls.iter().filter_map(|c| c.id.as_ref());
            (
                page.calls.len() as u64,
                ids.map(String::len).sum(),
                page.records.and_then(|r| r.cursor),
            )
        };
    }
    if let Decode::Minimal = decode {
        if extensive {
            let page: LeanPage<LeanExtensiveCall> = serde_json::from_slice(body).expect("JSON");
            let ids = page.calls.iter().filter_map(|c| c.meta_data.as_ref()?.id.as_ref());
            (page.calls.len() as u64, ids.map(String::len).sum(), page.records.cursor)
        } else {
            let page: LeanPage<LeanCall> = serde_json::from_slice(body).expect("JSON");
            let ids = page.calls.iter().filter_map(|c| c.id.as_ref());
            (page.calls.len() as u64, ids.map(String::len).sum(), page.records.cursor)
        }
    } else {
        let page: Value = serde_json::from_slice(body).expect("JSON");
        let calls = page["calls"].as_array().expect("calls");
        let id = |c: &Value| {
            if extensive {
                c["metaData"]["id"].as_str().map_or(0, str::len)
            } else {
                c["id"].as_str().map_or(0, str::len)
            }
        };
        let cursor = page["records"]["cursor"].as_str().map(str::to_owned);
        (calls.len() as u64, calls.iter().map(id).sum(), cursor)
    }
}

/// A plain reqwest client on the crate's TLS backend (with `rustls`, its
/// crypto provider installed), none of the crate's transport.
fn bare_http() -> reqwest::Client {
    gong_client::http_client_builder().build().expect("a reqwest client")
}

/// The request for one page: the cursor in the body (extensive, whose
/// `body` keeps it) or in the query (GET), as the facade sends it.
fn page_request(
    http: &reqwest::Client,
    endpoint: &str,
    extensive: bool,
    body: &mut Value,
    cursor: Option<String>,
) -> reqwest::RequestBuilder {
    if extensive {
        if let Some(c) = cursor {
            body["cursor"] = Value::from(c);
        }
        http.post(endpoint).json(&*body)
    } else {
        let r = http.get(endpoint);
        match cursor {
            Some(c) => r.query(&[("cursor", c)]),
            None => r,
        }
    }
}

/// One page sent with the tenant's key and read whole (the request of
/// [`page_request`]); a failed answer panics: a benchmark has no retries.
async fn fetch_page(
    http: &reqwest::Client,
    (endpoint, extensive): (&str, bool),
    body: &mut Value,
    cursor: Option<String>,
    (key, secret): (&str, &str),
) -> bytes::Bytes {
    let request = page_request(http, endpoint, extensive, body, cursor);
    let response = request.basic_auth(key, Some(secret)).send().await.expect("sent");
    assert!(response.status().is_success(), "{}", response.status());
    response.bytes().await.expect("body")
}

/// A bare reqwest loop over a listing, the cursor in the query (GET) or
/// the body (extensive) as the facade sends it.
async fn paging_bare(args: &[String], extensive: bool, decode: Decode) -> Value {
    let (url, key, secret, expected) = paging_args(args);
    let http = bare_http();
    let endpoint = format!("{url}/v2/calls{}", if extensive { "/extensive" } else { "" });
    let mut body = serde_json::to_value(extensive_request()).expect("serializes");
    if let Decode::Complete = decode {
        // Before the clock starts: the hand-written structs decode the first
        // page into the same calls, ids and data as the generated types.
        let first = fetch_page(&http, (&endpoint, extensive), &mut body, None, (key, secret)).await;
        complete::check_page(&first, extensive);
    }
    let (start, cpu_start) = (Instant::now(), cpu_seconds());
    let (mut n, mut check, mut bytes, mut pages) = (0u64, 0usize, 0usize, 0u64);
    let mut cursor: Option<String> = None;
    loop {
        let answer = fetch_page(&http, (&endpoint, extensive), &mut body, cursor.take(), (key, secret)).await;
        bytes += answer.len();
        pages += 1;
        let (calls, ids, next) = decode_page(&answer, extensive, decode);
        n += calls;
        check += ids;
        cursor = next;
        if cursor.is_none() {
            break;
        }
    }
    assert_eq!(n, expected, "calls listed");
    paging_report(start, cpu_start, n, pages, bytes, check)
}

// ---------------------------------------------------------------- upload

fn write_upload_file(file: &Path) {
    // Real bytes (not a sparse file), so both uploaders read from the page cache alike.
    let mut f = std::io::BufWriter::new(std::fs::File::create(file).unwrap());
    let chunk: Vec<u8> = (0..(1 << 20))
        .map(|i: u32| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    for _ in 0..(GIB >> 20) {
        f.write_all(&chunk).unwrap();
    }
    f.flush().unwrap();
}

/// A sink that reads a request body to its end, counts it, and answers 201.
async fn start_sink() -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        loop {
            let Ok((mut conn, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut buf = vec![0u8; 256 * 1024];
                let mut head = Vec::new();
                let body_start;
                loop {
                    let n = conn.read(&mut buf).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    head.extend_from_slice(&buf[..n]);
                    if let Some(i) = head.windows(4).position(|w| w == b"\r\n\r\n") {
                        body_start = i + 4;
                        break;
                    }
                }
                let text = String::from_utf8_lossy(&head[..body_start]).to_ascii_lowercase();
                let len: u64 = text
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0)))
                    .unwrap_or(0);
                let expect_continue = text.contains("expect: 100-continue");
                if expect_continue {
                    let _ = conn.write_all(b"HTTP/1.1 100 Continue\r\n\r\n").await;
                }
                let mut got = (head.len() - body_start) as u64;
                while got < len {
                    let n = conn.read(&mut buf).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    got += n as u64;
                }
                let body = r#"{"requestId":"bench","callId":"1","url":"https://app.gong.io/call?id=1"}"#;
                let reply = format!(
                    "HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = conn.write_all(reply.as_bytes()).await;
            });
        }
    });
    url
}

async fn upload_cases(rounds: usize) -> Vec<Value> {
    let dir = std::env::temp_dir().join(format!("gong-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("recording.wav");
    eprintln!("upload: writing a 1 GiB file");
    write_upload_file(&file);
    let file = file.display().to_string();
    let mut rows = Vec::new();

    let sink = start_sink().await;
    let args: Vec<String> = vec![sink, "k".into(), "s".into(), "1".into(), file.clone()];
    let (ours, curl) = upload_rounds("sink", rounds, &args, None).await;
    rows.push(upload_row(
        "upload 1 GiB (add call media) to a local sink that counts the body",
        ours,
        curl,
    ));

    let (sandbox, mut args) = sandbox(10, None).await;
    let call = sandbox.call_ids()[0].clone();
    args.push(call.as_str().to_owned());
    args.push(file);
    let (ours, curl) = upload_rounds("sandbox", rounds, &args, Some((&sandbox, &call))).await;
    sandbox.shutdown().await;
    rows.push(upload_row(
        "upload 1 GiB to the sandbox's PUT /v2/calls/{id}/media (server-bound: it hashes and parses the body)",
        ours,
        curl,
    ));
    let _ = std::fs::remove_dir_all(&dir);
    rows
}

/// Uploads the file `rounds` times with each of ours and curl, alternating
/// who goes first; with a sandbox, checks after each upload that it stored
/// the whole file.
async fn upload_rounds(
    server: &str,
    rounds: usize,
    args: &[String],
    check: Option<(&SandboxHandle, &gong_client::GongId)>,
) -> (Vec<Value>, Vec<Value>) {
    let (mut ours, mut curl) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        for which in if round % 2 == 0 { [0, 1] } else { [1, 0] } {
            let who = ["gong-client", "curl"][which];
            eprintln!("upload ({server}): round {}/{rounds}: {who}", round + 1);
            let stored_before = check.map(|(sandbox, _)| sandbox.stats().media_uploads);
            if which == 0 {
                ours.push(child_async("upload-client", args).await);
            } else {
                let args = args.to_vec();
                curl.push(tokio::task::spawn_blocking(move || curl_upload(&args)).await.unwrap());
            }
            if let (Some((sandbox, call)), Some(before)) = (check, stored_before) {
                let media = sandbox.media(call).expect("the sandbox stored the upload");
                assert_eq!(media.bytes, GIB, "bytes the sandbox received from {who}");
                assert_eq!(sandbox.stats().media_uploads, before + 1, "uploads stored");
            }
        }
    }
    (ours, curl)
}

fn upload_row(case: &str, ours: Vec<Value>, curl: Vec<Value>) -> Value {
    let mb = GIB as f64 / 1e6;
    let (o, c) = (best(&ours), best(&curl));
    let (ours_rss, curl_rss) = (max_rss(&ours), max_rss(&curl));
    let share = seconds(c) / seconds(o);
    json!({
        "case": case,
        "ours": format!("{:.0} MB/s, peak RSS {:.1} MiB", mb / seconds(o), mib(ours_rss)),
        "baseline": format!("curl -F: {:.0} MB/s, peak RSS {:.1} MiB", mb / seconds(c), mib(curl_rss)),
        "ratio": format!("{share:.2} of curl's throughput"),
        "target": ">= 0.80 of curl, RSS < 64 MiB",
        "met": share >= 0.80 && ours_rss < 64 * 1024,
        "raw": { "ours": ours, "curl": curl },
    })
}

/// Uploads with curl (`[url, key, secret, call id, file]`), polling its
/// peak RSS until it exits; the time is curl's own `time_total`.
fn curl_upload(args: &[String]) -> Value {
    let (url, key, secret, call, file) = (&args[0], &args[1], &args[2], &args[3], &args[4]);
    let mut child = Command::new("curl")
        .args([
            "-sS",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code} %{time_total}",
            "-X",
            "PUT",
        ])
        .arg("-u")
        .arg(format!("{key}:{secret}"))
        .arg("-F")
        .arg(format!("mediaFile=@{file}"))
        .arg(format!("{url}/v2/calls/{call}/media"))
        .stdout(Stdio::piped())
        .spawn()
        .expect("curl is installed");
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak = 0u64;
    loop {
        if let Some(v) = std::fs::read_to_string(&status_path).ok().and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        }) {
            peak = peak.max(v);
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("curl's output");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut words = text.split_whitespace();
    let status = words.next().unwrap_or_default();
    assert_eq!(status, "201", "curl's upload answered {text:?}");
    let seconds: f64 = words.next().and_then(|s| s.parse().ok()).expect("curl's time_total");
    json!({ "peak_rss_kib": peak, "result": { "seconds": seconds } })
}

async fn upload_client(args: &[String]) -> Value {
    let (url, key, secret, call, file) = (&args[0], &args[1], &args[2], &args[3], &args[4]);
    let client = gong_client::Client::builder()
        .base_url(url)
        .api_key(key, secret)
        .rate_limit(None)
        .timeout(None)
        .build()
        .unwrap();
    let media = gong_client::media::MediaFile::from_path(file).await.unwrap();
    let start = Instant::now();
    client
        .add_call_media(&gong_client::GongId::new(call.as_str()).unwrap(), media)
        .await
        .unwrap();
    json!({ "seconds": start.elapsed().as_secs_f64() })
}

// ------------------------------------------------------------ rate limit

/// Network conditions of the rate-limit cases: arrivals move by up to
/// 10 ms, answers take 20-100 ms.
fn jittery() -> gong_sandbox::Faults {
    gong_sandbox::Faults {
        arrival_jitter: Duration::from_millis(10),
        latency: Duration::from_millis(20),
        latency_jitter: Duration::from_millis(80),
        ..gong_sandbox::Faults::none()
    }
}

/// A sandbox enforcing 3/s the way `model` says, with [`jittery`] faults.
async fn limited_sandbox(model: RateEnforcement) -> (SandboxHandle, Vec<String>) {
    let sandbox = Sandbox::builder()
        .calls(10)
        .rate_limit(Some(RATE_PER_SECOND))
        .rate_enforcement(model)
        .faults(jittery())
        .start()
        .await
        .expect("sandbox starts");
    let args = vec![
        sandbox.url().to_owned(),
        sandbox.access_key().to_owned(),
        sandbox.access_key_secret().to_owned(),
        sandbox.call_ids()[0].as_str().to_owned(),
    ];
    (sandbox, args)
}

/// What the sandbox saw: the steady admitted rate (requests after the
/// first over the time from the first admission to the last) and its 429s.
fn admitted(sandbox: &SandboxHandle) -> (f64, u64, usize) {
    let times = sandbox.admission_times();
    let span = (*times.last().unwrap() - times[0]).as_secs_f64();
    (
        (times.len() - 1) as f64 / span,
        sandbox.stats().rate_limited,
        times.len(),
    )
}

/// Runs `workers` child processes of the `rate-limit` case at once, each
/// sending `requests / workers` requests through the quota `quota`
/// (`local`, `file:PATH` or a Redis URL) with pacing margin `margin_ms`.
async fn rate_children(args: &[String], requests: usize, workers: usize, quota: &str, margin_ms: u64) -> Vec<Value> {
    let runs = (0..workers).map(|_| {
        let mut a = args.to_vec();
        a.extend([
            (requests / workers).to_string(),
            "1".to_owned(),
            quota.to_owned(),
            margin_ms.to_string(),
        ]);
        async move { child_async("rate-limit", &a).await }
    });
    futures::future::join_all(runs).await
}

fn rate_row(case: String, ours: (f64, u64, usize), baseline_text: String, raw: Value) -> Value {
    let (rate, limited, n) = ours;
    let efficiency = rate / RATE_PER_SECOND;
    json!({
        "case": case,
        "ours": format!("{rate:.3} requests/s over {n} requests; 429s: {limited}"),
        "baseline": baseline_text,
        "ratio": format!("{efficiency:.3} of the limit"),
        "target": ">= 0.97, zero 429s",
        "met": efficiency >= 0.97 && limited == 0,
        "raw": raw,
    })
}

async fn rate_limit_case() -> Vec<Value> {
    let mut rows = Vec::new();
    let minutes = (RATE_REQUESTS as f64 / RATE_PER_SECOND * 2.0 * 5.0 / 60.0).ceil();
    eprintln!("rate-limit: {RATE_REQUESTS} requests per run, 10 runs (about {minutes} minutes)");
    for model in RateEnforcement::ALL {
        // Ours: the default pacing (25 ms margin), two workers in one process.
        let (sandbox, args) = limited_sandbox(model).await;
        let ours = rate_children(&args, RATE_REQUESTS, 1, "local", 25).await;
        let measured = admitted(&sandbox);
        sandbox.shutdown().await;
        // Baseline: the previous release's pacing, 1/3 s apart with no margin.
        let (sandbox, args) = limited_sandbox(model).await;
        let base = rate_children(&args, RATE_REQUESTS, 1, "local", 0).await;
        let (b_rate, b_limited, _) = admitted(&sandbox);
        sandbox.shutdown().await;
        rows.push(rate_row(
            format!("rate limit, {model} enforcement, network jitter: default pacing"),
            measured,
            format!("even 1/3 s spacing, no margin: {b_rate:.3} requests/s, 429s: {b_limited}"),
            json!({ "ours": ours, "baseline": base }),
        ));
    }
    // Four worker processes of one tenant through each shared backend.
    let dir = std::env::temp_dir().join(format!("gong-bench-quota-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut backends = vec![("file", format!("file:{}", dir.join("tenant.quota.json").display()))];
    let redis = start_redis();
    match &redis {
        Some((_, url)) => backends.push(("redis", url.clone())),
        None => eprintln!("rate-limit: no Redis row (build with --features redis and install redis-server)"),
    }
    for (name, spec) in &backends {
        let (sandbox, args) = limited_sandbox(RateEnforcement::SlidingWindow).await;
        let ours = rate_children(&args, RATE_REQUESTS, 4, spec, 25).await;
        let measured = admitted(&sandbox);
        sandbox.shutdown().await;
        let (sandbox, args) = limited_sandbox(RateEnforcement::SlidingWindow).await;
        let base = rate_children(&args, RATE_REQUESTS, 4, "local", 25).await;
        let (b_rate, b_limited, _) = admitted(&sandbox);
        sandbox.shutdown().await;
        rows.push(rate_row(
            format!("rate limit, four worker processes sharing a {name} quota, sliding-window enforcement, jitter"),
            measured,
            format!("four workers pacing alone: {b_rate:.3} requests/s admitted, 429s: {b_limited}"),
            json!({ "ours": ours, "baseline": base }),
        ));
    }
    if let Some((mut child, _)) = redis {
        let _ = child.kill();
        let _ = child.wait();
    }
    let _ = std::fs::remove_dir_all(dir);
    rows
}

/// A redis-server on a free port, when the bench has the `redis` feature
/// and the machine has the server.
fn start_redis() -> Option<(std::process::Child, String)> {
    if !features_has("redis") {
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let child = Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    for _ in 0..200 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some((child, format!("redis://127.0.0.1:{port}/0")));
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    None
}

/// `[url, key, secret, call id, requests, workers, quota, margin ms]`:
/// `get_call`s through a client with Gong's pacing, `workers` loops at once.
async fn rate_limit_client(args: &[String]) -> Value {
    use gong_client::quota::{FileQuota, LocalQuota, Quota, QuotaSettings};
    use std::sync::Arc;
    let (url, key, secret) = (&args[0], &args[1], &args[2]);
    let call = gong_client::GongId::new(args[3].as_str()).unwrap();
    let n: usize = args[4].parse().unwrap();
    let workers: usize = args[5].parse().unwrap();
    let settings = QuotaSettings::gong().with_margin(Duration::from_millis(args[7].parse().unwrap()));
    let quota: Arc<dyn Quota> = match args[6].as_str() {
        "local" => Arc::new(LocalQuota::new(settings).unwrap()),
        spec if spec.starts_with("file:") => Arc::new(FileQuota::new(&spec[5..], settings).unwrap()),
        spec => redis_quota(spec, settings),
    };
    let client = gong_client::Client::builder()
        .base_url(url)
        .api_key(key, secret)
        .quota(quota)
        .build()
        .unwrap();
    let start = Instant::now();
    let jobs = (0..workers).map(|w| {
        let (client, call) = (client.clone(), call.clone());
        let mine = n / workers + usize::from(w < n % workers);
        async move {
            for _ in 0..mine {
                client
                    .get_call(gong_client::actions::GetCall::new(call.clone()).unwrap())
                    .await
                    .expect("get_call");
            }
        }
    });
    futures::future::join_all(jobs).await;
    let stats = client.stats();
    json!({
        "seconds": start.elapsed().as_secs_f64(),
        "requests": n,
        "requests_sent": stats.requests_sent,
        "retries": stats.retries,
        "client_429s": stats.rate_limited,
    })
}

#[cfg(feature = "redis")]
fn redis_quota(
    url: &str,
    settings: gong_client::quota::QuotaSettings,
) -> std::sync::Arc<dyn gong_client::quota::Quota> {
    std::sync::Arc::new(gong_client::quota::RedisQuota::new(url, "gong:quota:bench", settings).unwrap())
}

#[cfg(not(feature = "redis"))]
fn redis_quota(
    _url: &str,
    _settings: gong_client::quota::QuotaSettings,
) -> std::sync::Arc<dyn gong_client::quota::Quota> {
    panic!("the redis quota needs the redis feature")
}

// --------------------------------------------------------------- webhook

/// A `cargo` command without the variables `cargo bench` set for this
/// process (they would change fingerprints and cause rebuilds).
fn cargo() -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    for (k, _) in std::env::vars_os() {
        let k = k.to_string_lossy().into_owned();
        if (k.starts_with("CARGO_") && k != "CARGO_HOME" && k != "CARGO_TARGET_DIR")
            || k == "CARGO"
            || k == "OUT_DIR"
            || k.starts_with("RUSTC_")
            || k.starts_with("__CARGO")
        {
            command.env_remove(&k);
        }
    }
    command
}

/// Builds `benches/webhook.rs` with this suite's features, runs it (on one
/// core when `taskset` exists) and reads its three figures.
fn webhook_case() -> Vec<Value> {
    eprintln!("webhook: building and running benches/webhook.rs");
    let out = cargo()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["bench", "--bench", "webhook", "--no-run", "--message-format=json"])
        .arg("--features")
        .arg(features().join(","))
        .stderr(Stdio::inherit())
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "building benches/webhook.rs failed");
    let exe = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "webhook")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .expect("cargo names the webhook bench's executable");
    let pinned = Command::new("taskset")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    let mut command = if pinned {
        let mut c = Command::new("taskset");
        c.args(["-c", "0"]).arg(&exe);
        c
    } else {
        Command::new(&exe)
    };
    let out = command
        .stderr(Stdio::inherit())
        .output()
        .expect("the webhook bench runs");
    assert!(out.status.success(), "the webhook bench failed");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let figure = |prefix: &str| -> f64 {
        text.lines()
            .find_map(|l| l.strip_prefix(prefix))
            .and_then(|rest| rest.split_whitespace().find_map(|w| w.parse().ok()))
            .unwrap_or_else(|| panic!("no {prefix:?} figure in the webhook bench's output:\n{text}"))
    };
    let bare = figure("bare jsonwebtoken::decode");
    let auth = figure("ours authenticate");
    let full = figure("ours verify");
    let share = auth / bare;
    vec![json!({
        "case": format!("webhook verification, RS256, one core{}", if pinned { " (taskset -c 0)" } else { "" }),
        "ours": format!("authenticate: {auth:.0}/s; verify + parse event: {full:.0}/s"),
        "baseline": format!("bare jsonwebtoken::decode: {bare:.0}/s"),
        "ratio": format!("{share:.2} of bare ({:.2} with parsing)", full / bare),
        "target": ">= 0.90 of bare",
        "met": share >= 0.90,
        "raw": { "output": text, "pinned": pinned },
    })]
}

// ----------------------------------------------------------------- build

/// Copies the working tree (tracked and untracked files that git does not
/// ignore) to `to`.
fn copy_tree(from: &Path, to: &Path) {
    let out = Command::new("git")
        .current_dir(from)
        .args(["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git ls-files failed");
    for name in out.stdout.split(|&b| b == 0).filter(|n| !n.is_empty()) {
        let rel = Path::new(std::str::from_utf8(name).expect("UTF-8 paths"));
        let src = from.join(rel);
        if !src.is_file() {
            continue; // deleted in the working tree
        }
        let dst = to.join(rel);
        std::fs::create_dir_all(dst.parent().unwrap()).unwrap();
        std::fs::copy(&src, &dst).unwrap();
    }
}

/// Times `cargo build [--release] --lib` in `dir` with `target` as its
/// target directory.
fn timed_build(dir: &Path, target: &Path, release: bool) -> f64 {
    let mut command = cargo();
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .args(["build", "--lib", "--quiet"]);
    if release {
        command.arg("--release");
    }
    let start = Instant::now();
    let status = command.status().expect("cargo runs");
    let seconds = start.elapsed().as_secs_f64();
    assert!(status.success(), "the build in {} failed", dir.display());
    seconds
}

/// Sets a file's modification time to now, as `touch` does.
fn touch(file: &Path) {
    std::fs::File::options()
        .append(true)
        .open(file)
        .and_then(|f| f.set_modified(std::time::SystemTime::now()))
        .unwrap_or_else(|e| panic!("touching {}: {e}", file.display()));
}

/// A clean build of the library and a rebuild after touching
/// `src/actions/calls.rs`, in one profile.
fn clean_and_rebuild(tree: &Path, target: &Path, release: bool) -> (f64, f64, f64, f64) {
    let profile = if release { "--release" } else { "(dev profile)" };
    let load_clean = load_average();
    eprintln!("build: clean `cargo build --lib {profile}` (load {load_clean:.2})");
    let clean = timed_build(tree, target, release);
    touch(&tree.join("src/actions/calls.rs"));
    let load_rebuild = load_average();
    eprintln!("build: {profile} again after touching src/actions/calls.rs (load {load_rebuild:.2})");
    let rebuild = timed_build(tree, target, release);
    (clean, load_clean, rebuild, load_rebuild)
}

fn build_cases() -> Vec<Value> {
    let root = std::env::temp_dir().join(format!("gong-bench-build-{}", std::process::id()));
    let (tree, target) = (root.join("tree"), root.join("target"));
    let _ = std::fs::remove_dir_all(&root);
    copy_tree(Path::new(env!("CARGO_MANIFEST_DIR")), &tree);
    eprintln!("build: a copy of the working tree in {}", tree.display());
    let (clean, load_clean, rebuild, load_rebuild) = clean_and_rebuild(&tree, &target, true);
    let (dev_clean, dev_load_clean, dev_rebuild, dev_load_rebuild) = clean_and_rebuild(&tree, &target, false);
    let _ = std::fs::remove_dir_all(&root);
    let row = |case: &str, secs: f64, load: f64, reference: bool| {
        json!({
            "case": case,
            "ours": format!("{secs:.1} s"),
            "baseline": if reference {
                format!("openapi-generator Gong crate: {BUILD_REFERENCE_SECONDS:.0} s (a reference figure, not measured here)")
            } else {
                String::new()
            },
            "ratio": if reference { format!("{:.2}x the reference", secs / BUILD_REFERENCE_SECONDS) } else { String::new() },
            "target": "(reported)",
            "met": Value::Null,
            "raw": { "seconds": secs, "load_average_before": load },
        })
    };
    vec![
        row(
            "build: clean `cargo build --release --lib`, default features",
            clean,
            load_clean,
            true,
        ),
        row(
            "build: `cargo build --release --lib` after touching src/actions/calls.rs",
            rebuild,
            load_rebuild,
            false,
        ),
        row(
            "build: clean `cargo build --lib` (dev profile), default features",
            dev_clean,
            dev_load_clean,
            false,
        ),
        row(
            "build: `cargo build --lib` (dev, incremental) after touching src/actions/calls.rs",
            dev_rebuild,
            dev_load_rebuild,
            false,
        ),
    ]
}

// ----------------------------------------------------------------- cases

async fn run_case(name: &str, args: &[String]) -> Value {
    match name {
        "paging-facade-get" => paging_facade_get(args).await,
        "paging-facade-extensive" => paging_facade_extensive(args).await,
        "paging-value-get" => paging_bare(args, false, Decode::Value).await,
        "paging-typed-get" => paging_bare(args, false, Decode::Typed).await,
        "paging-lean-get" => paging_bare(args, false, Decode::Minimal).await,
        "paging-complete-get" => paging_bare(args, false, Decode::Complete).await,
        "paging-complete-extensive" => paging_bare(args, true, Decode::Complete).await,
        "paging-value-extensive" => paging_bare(args, true, Decode::Value).await,
        "paging-typed-extensive" => paging_bare(args, true, Decode::Typed).await,
        "paging-lean-extensive" => paging_bare(args, true, Decode::Minimal).await,
        "upload-client" => upload_client(args).await,
        "rate-limit" => rate_limit_client(args).await,
        other => panic!("unknown case {other}"),
    }
}

fn print_table(rows: &[Value]) {
    println!("| case | gong-client | baseline | ratio | target | met |");
    println!("|---|---|---|---|---|---|");
    for r in rows {
        let met = match r["met"].as_bool() {
            Some(true) => "yes",
            Some(false) => "**no**",
            None => "",
        };
        println!(
            "| {} | {} | {} | {} | {} | {met} |",
            r["case"].as_str().unwrap_or(""),
            r["ours"].as_str().unwrap_or(""),
            r["baseline"].as_str().unwrap_or(""),
            r["ratio"].as_str().unwrap_or(""),
            r["target"].as_str().unwrap_or(""),
        );
    }
}
