//! gong-sync's benchmark: a whole sandbox tenant into SQLite, pacing off in
//! client and sandbox, at 10,000 and 100,000 calls: requests per 1,000
//! calls synced with transcripts, records per second, and the child's peak
//! RSS (it must not grow with the calls).
//!
//! `cargo bench -p gong-sync --bench sync` prints a Markdown table and
//! writes `target/bench-sync.json`. Each run is a child process of this
//! binary (`--case sync-sqlite ARGS`), so its peak RSS is its own.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use gong_sandbox::{Sandbox, SandboxHandle};
use gong_sync::{SqliteStore, SyncOptions, SyncOutcome, Syncer};
use serde_json::{Value, json};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    if let Some(i) = args.iter().position(|a| a == "--case") {
        let name = args[i + 1].clone();
        let rest = args[i + 2..].to_vec();
        let result = match name.as_str() {
            "sync-sqlite" => rt.block_on(sync_child(&rest)),
            other => panic!("unknown case {other}"),
        };
        println!(
            "{}",
            json!({ "case": name, "pid": std::process::id(), "peak_rss_kib": peak_rss_kib(), "result": result })
        );
        return;
    }
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing
    // of ours: run the cases only when benchmarking.
    if !args.iter().any(|a| a == "--bench") {
        return;
    }
    let rows = rt.block_on(sync_cases());
    println!("| case | gong-sync | baseline | ratio | target | met |");
    println!("|---|---|---|---|---|---|");
    for r in &rows {
        let met = if r["met"].as_bool() == Some(true) { "yes" } else { "no" };
        println!(
            "| {} | {} | {} | {} | {} | {met} |",
            r["case"].as_str().unwrap_or_default(),
            r["ours"].as_str().unwrap_or_default(),
            r["baseline"].as_str().unwrap_or_default(),
            r["ratio"].as_str().unwrap_or_default(),
            r["target"].as_str().unwrap_or_default(),
        );
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-sync.json");
    let _ = std::fs::create_dir_all(path.parent().unwrap());
    std::fs::write(&path, serde_json::to_vec_pretty(&json!({ "rows": rows })).unwrap()).expect("results written");
    eprintln!("results written to {}", path.display());
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

/// Runs this binary as `--case name args...` (off the runtime's worker
/// threads, so the sandbox keeps serving) and returns its JSON report.
async fn child_async(name: &str, args: &[String]) -> Value {
    let (name, args) = (name.to_owned(), args.to_vec());
    tokio::task::spawn_blocking(move || {
        let out = Command::new(std::env::current_exe().unwrap())
            .arg("--case")
            .arg(&name)
            .args(&args)
            .stderr(Stdio::inherit())
            .output()
            .expect("child runs");
        assert!(out.status.success(), "case {name} failed");
        let line = String::from_utf8_lossy(&out.stdout)
            .lines()
            .last()
            .unwrap_or_default()
            .to_owned();
        serde_json::from_str::<Value>(&line).unwrap_or_else(|e| panic!("case {name} printed {line:?}: {e}"))
    })
    .await
    .expect("child task")
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

/// A sandbox without a rate limit, its URL and credentials as child arguments.
async fn sandbox(calls: usize) -> (SandboxHandle, Vec<String>) {
    let sandbox = Sandbox::builder()
        .calls(calls)
        .rate_limit(None)
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

fn facade_client(url: &str, key: &str, secret: &str) -> gong_client::Client {
    gong_client::Client::builder()
        .base_url(url)
        .api_key(key, secret)
        .rate_limit(None)
        .build()
        .expect("client builds")
}

/// Calls of the two runs.
const SIZES: [usize; 2] = [10_000, 100_000];

/// The child: `[url, key, secret, calls, db path]`.
async fn sync_child(args: &[String]) -> Value {
    let (url, key, secret) = (&args[0], &args[1], &args[2]);
    let expected: u64 = args[3].parse().expect("a call count");
    let db = &args[4];
    let _ = std::fs::remove_file(db);
    let client = facade_client(url, key, secret);
    let store = SqliteStore::open(db).expect("the database opens");
    let (start, cpu_start) = (Instant::now(), cpu_seconds());
    // The sandbox's calls run years into the future at 100,000: sync them all.
    let until = chrono::DateTime::parse_from_rfc3339("2100-01-01T00:00:00Z")
        .expect("a date")
        .with_timezone(&chrono::Utc);
    let report = Syncer::new(&client, &store, SyncOptions::new().until(Some(until)))
        .run()
        .await
        .expect("the sync runs");
    assert_eq!(report.outcome, SyncOutcome::Done);
    let counts = gong_sync::Store::counts(&store).await.expect("counts");
    assert_eq!(counts.calls, expected, "calls kept");
    assert_eq!(counts.transcripts, expected, "transcripts kept");
    let calls_and_transcripts: u64 = report
        .streams
        .iter()
        .filter(|s| {
            matches!(
                s.stream,
                gong_sync::SyncStream::Calls | gong_sync::SyncStream::Transcripts
            )
        })
        .map(|s| s.requests)
        .sum();
    drop(store);
    let _ = std::fs::remove_file(db);
    json!({
        "seconds": start.elapsed().as_secs_f64(),
        "cpu_seconds": cpu_seconds() - cpu_start,
        "calls": expected,
        "records": report.records(),
        "requests": report.requests,
        "requests_calls_and_transcripts": calls_and_transcripts,
    })
}

async fn sync_cases() -> Vec<Value> {
    let mut runs = Vec::new();
    for calls in SIZES {
        eprintln!("sync: generating {calls} calls in the sandbox");
        let (sb, mut args) = sandbox(calls).await;
        args.push(calls.to_string());
        let db = std::env::temp_dir().join(format!("gong-bench-sync-{}-{calls}.db", std::process::id()));
        args.push(db.display().to_string());
        eprintln!("sync: {calls} calls into SQLite");
        runs.push(child_async("sync-sqlite", &args).await);
        sb.shutdown().await;
    }
    let mut rows = Vec::new();
    let big = &runs[1];
    let r = &big["result"];
    let calls = r["calls"].as_f64().unwrap_or(f64::NAN);
    let per_thousand = r["requests"].as_f64().unwrap_or(f64::NAN) / calls * 1000.0;
    rows.push(json!({
        "case": format!("sync: requests per 1,000 calls synced with transcripts ({calls} calls, every stream)"),
        "ours": format!(
            "{per_thousand:.1} requests per 1,000 calls ({} requests in all, {} for calls and transcripts)",
            r["requests"], r["requests_calls_and_transcripts"]
        ),
        "baseline": "one request per 100 calls and one per 100 transcripts: 20",
        "ratio": format!("{:.2}x", per_thousand / 20.0),
        "target": "<= 25",
        "met": per_thousand <= 25.0,
        "raw": { "runs": runs },
    }));
    rows.push(json!({
        "case": format!("sync: records/s into SQLite, pacing off ({calls} calls)"),
        "ours": format!(
            "{:.0} records/s ({} records in {:.1} s; client CPU {:.1} s)",
            r["records"].as_f64().unwrap_or(0.0) / seconds(big),
            r["records"], seconds(big), r["cpu_seconds"].as_f64().unwrap_or(f64::NAN)
        ),
        "baseline": "Gong's pacing, 3 requests/s: 600 records/s at most",
        "ratio": "",
        "target": "well above 600 records/s (decoding and writing are not the bottleneck)",
        "met": r["records"].as_f64().unwrap_or(0.0) / seconds(big) > 600.0,
    }));
    let (small_kib, big_kib) = (rss_kib(&runs[0]), rss_kib(&runs[1]));
    let growth = big_kib as f64 / small_kib as f64;
    rows.push(json!({
        "case": "sync: peak RSS vs calls synced (SQLite)",
        "ours": format!("{} calls: {:.1} MiB; {} calls: {:.1} MiB", SIZES[0], mib(small_kib), SIZES[1], mib(big_kib)),
        "baseline": "",
        "ratio": format!("{growth:.2}x for 10x the calls"),
        "target": "flat (< 1.25x)",
        "met": growth < 1.25,
    }));
    rows
}
