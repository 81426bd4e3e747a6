//! gong-sync's benchmark: a whole sandbox tenant synced, pacing off in
//! client and sandbox, at two sizes in one run (10,000 and 100,000 calls;
//! 500 and 5,000 with `--quick`), into SQLite and, when PostgreSQL is
//! installed, into a private PostgreSQL cluster; then the transcript
//! search over the larger mirror.
//!
//! `cargo bench -p gong-sync --bench sync [-- --quick]` prints two
//! Markdown tables and writes `target/bench-sync.json` (`--calls A,B` sets
//! the two sizes, `--sqlite-only` leaves PostgreSQL out):
//!
//! - per size and store: records per second, the client's CPU seconds per
//!   1,000 records, its peak RSS, and requests per 1,000 calls;
//! - per store: the latency of `Store::search_transcripts` (median and
//!   slowest of 20) for a common phrase, a frequent word and words that
//!   match nothing.
//!
//! Each sync and each search is a child process of this binary
//! (`--case NAME ARGS`), so its CPU time and peak RSS are its own; the
//! sandbox runs in the parent, whose CPU time during a sync is the
//! sandbox's.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use gong_sandbox::{Sandbox, SandboxHandle};
use gong_sync::{Store, SyncOptions, SyncOutcome, SyncStream, Syncer, TranscriptQuery};
use serde_json::{Value, json};

/// Calls of the two sizes, and with `--quick`.
const SIZES: [usize; 2] = [10_000, 100_000];
const QUICK_SIZES: [usize; 2] = [500, 5_000];

/// Searches timed per query.
const SEARCHES: usize = 20;

/// The queries timed: what each stands for, and its text.
const QUERIES: [(&str, &str); 3] = [
    ("common phrase", "share my screen"),
    ("frequent word", "time"),
    ("no match", "quarterly kangaroo migration"),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    if let Some(i) = args.iter().position(|a| a == "--case") {
        let name = args.get(i + 1).cloned().expect("a case name");
        let rest = args[i + 2..].to_vec();
        let result = match name.as_str() {
            "sync" => rt.block_on(sync_child(&rest)),
            "search" => rt.block_on(search_child(&rest)),
            other => panic!("unknown case {other}"),
        };
        println!(
            "{}",
            json!({ "case": name, "peak_rss_kib": peak_rss_kib(), "result": result })
        );
        return;
    }
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing
    // of ours: run the cases only when benchmarking.
    if !args.iter().any(|a| a == "--bench" || a == "--quick") {
        return;
    }
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1));
    let sizes = match value("--calls") {
        Some(list) => {
            let n: Vec<usize> = list
                .split(',')
                .map(|n| n.trim().parse().expect("--calls A,B"))
                .collect();
            assert!(n.len() == 2 && n[0] < n[1], "--calls takes two sizes, smaller first");
            [n[0], n[1]]
        }
        None if args.iter().any(|a| a == "--quick") => QUICK_SIZES,
        None => SIZES,
    };
    let postgres = !args.iter().any(|a| a == "--sqlite-only");
    let report = rt.block_on(run(sizes, postgres));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-sync.json");
    let _ = std::fs::create_dir_all(path.parent().expect("a parent"));
    std::fs::write(&path, serde_json::to_vec_pretty(&report).expect("JSON")).expect("results written");
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
async fn child(name: &str, args: Vec<String>) -> Value {
    let name = name.to_owned();
    tokio::task::spawn_blocking(move || {
        let out = Command::new(std::env::current_exe().expect("this binary"))
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

/// Opens the store a child names: `sqlite PATH` or `postgres URL`.
async fn open_store(kind: &str, target: &str) -> Box<dyn Store> {
    match kind {
        "sqlite" => Box::new(gong_sync::SqliteStore::open(target).expect("the database opens")),
        "postgres" => Box::new(
            gong_sync::PostgresStore::connect(target)
                .await
                .expect("the database opens"),
        ),
        other => panic!("unknown store {other}"),
    }
}

/// The sync child: `[url, key, secret, calls, store kind, target]`.
async fn sync_child(args: &[String]) -> Value {
    let [url, key, secret, calls, kind, target] = args else {
        panic!("sync takes 6 arguments, got {args:?}")
    };
    let expected: u64 = calls.parse().expect("a call count");
    let client = gong_client::Client::builder()
        .base_url(url.as_str())
        .api_key(key.as_str(), secret.as_str())
        .rate_limit(None)
        .build()
        .expect("client builds");
    let store = open_store(kind, target).await;
    let (start, cpu_start) = (Instant::now(), cpu_seconds());
    // The sandbox's calls run years into the future at 100,000: sync them all.
    let until = chrono::DateTime::parse_from_rfc3339("2100-01-01T00:00:00Z")
        .expect("a date")
        .with_timezone(&chrono::Utc);
    let report = Syncer::new(&client, store.as_ref(), SyncOptions::new().until(Some(until)))
        .run()
        .await
        .expect("the sync runs");
    let (seconds, cpu) = (start.elapsed().as_secs_f64(), cpu_seconds() - cpu_start);
    assert_eq!(report.outcome, SyncOutcome::Done);
    let counts = store.counts().await.expect("counts");
    assert_eq!(counts.calls, expected, "calls kept");
    assert_eq!(counts.transcripts, expected, "transcripts kept");
    let calls_and_transcripts: u64 = report
        .streams
        .iter()
        .filter(|s| matches!(s.stream, SyncStream::Calls | SyncStream::Transcripts))
        .map(|s| s.requests)
        .sum();
    json!({
        "seconds": seconds,
        "cpu_seconds": cpu,
        "calls": expected,
        "records": report.records(),
        "requests": report.requests,
        "requests_calls_and_transcripts": calls_and_transcripts,
    })
}

/// The search child: `[store kind, target]`; each query of [`QUERIES`]
/// [`SEARCHES`] times, 20 hits at most (`gong search`'s default).
async fn search_child(args: &[String]) -> Value {
    let [kind, target] = args else {
        panic!("search takes 2 arguments, got {args:?}")
    };
    let store = open_store(kind, target).await;
    let transcripts = store.counts().await.expect("counts").transcripts;
    let mut rows = Vec::new();
    for (label, text) in QUERIES {
        let mut ms = Vec::with_capacity(SEARCHES);
        let mut hits = 0;
        for _ in 0..SEARCHES {
            let query = TranscriptQuery {
                text: text.to_owned(),
                speaker_id: None,
                from: None,
                to: None,
                limit: 20,
            };
            let t = Instant::now();
            hits = store.search_transcripts(query).await.expect("the search runs").len();
            ms.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        ms.sort_by(f64::total_cmp);
        rows.push(json!({
            "query": label,
            "text": text,
            "hits": hits,
            "median_ms": (ms[SEARCHES / 2 - 1] + ms[SEARCHES / 2]) / 2.0,
            "slowest_ms": ms[SEARCHES - 1],
        }));
    }
    json!({ "transcripts": transcripts, "queries": rows })
}

/// A sandbox of `calls` calls without a rate limit, and how long it took to make.
async fn sandbox(calls: usize) -> (SandboxHandle, f64) {
    let t = Instant::now();
    let sandbox = Sandbox::builder()
        .calls(calls)
        .rate_limit(None)
        .start()
        .await
        .expect("sandbox starts");
    (sandbox, t.elapsed().as_secs_f64())
}

/// Where one size's syncs go.
enum Target {
    Sqlite(PathBuf),
    Postgres(gong_testkit::PgServer),
}

impl Target {
    fn kind(&self) -> &'static str {
        match self {
            Target::Sqlite(_) => "sqlite",
            Target::Postgres(_) => "postgres",
        }
    }

    fn location(&self) -> String {
        match self {
            Target::Sqlite(p) => p.display().to_string(),
            Target::Postgres(pg) => pg.url().to_owned(),
        }
    }
}

impl Drop for Target {
    fn drop(&mut self) {
        if let Target::Sqlite(p) = self {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", p.display()));
            }
        }
    }
}

/// Fresh stores for one size: SQLite in a temporary file, and a private
/// PostgreSQL cluster (every commit flushed) when PostgreSQL is installed.
fn targets(calls: usize, postgres: bool) -> Vec<Target> {
    let db = std::env::temp_dir().join(format!("gong-bench-sync-{}-{calls}.db", std::process::id()));
    let mut t = vec![Target::Sqlite(db)];
    if !postgres {
        return t;
    }
    if let Some(pg) = gong_testkit::PgServer::start_with("bench_sync", gong_testkit::Durability::Flushed) {
        t.push(Target::Postgres(pg));
    }
    t
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn f(v: &Value, key: &str) -> f64 {
    v[key].as_f64().unwrap_or(f64::NAN)
}

async fn run(sizes: [usize; 2], postgres: bool) -> Value {
    let mut syncs = Vec::new();
    let mut searches = Vec::new();
    for (n, calls) in sizes.into_iter().enumerate() {
        eprintln!("sync: generating {calls} calls in the sandbox");
        let (sb, made_in) = sandbox(calls).await;
        eprintln!("sync: sandbox of {calls} calls made in {made_in:.1} s");
        let creds = vec![
            sb.url().to_owned(),
            sb.access_key().to_owned(),
            sb.access_key_secret().to_owned(),
        ];
        for target in targets(calls, postgres) {
            eprintln!("sync: {calls} calls into {}", target.kind());
            let mut args = creds.clone();
            args.extend([calls.to_string(), target.kind().to_owned(), target.location()]);
            let sandbox_cpu = cpu_seconds();
            let report = child("sync", args).await;
            let sandbox_cpu = cpu_seconds() - sandbox_cpu;
            eprintln!("sync: {calls} calls into {}: {}", target.kind(), report["result"]);
            syncs.push(json!({
                "sandbox_cpu_seconds": sandbox_cpu,
                "calls": calls,
                "store": target.kind(),
                "sandbox_seconds": made_in,
                "peak_rss_kib": report["peak_rss_kib"],
                "result": report["result"],
            }));
            // The larger mirror is searched before its store goes.
            if n == sizes.len() - 1 {
                eprintln!("search: {calls} transcripts in {}", target.kind());
                let report = child("search", vec![target.kind().to_owned(), target.location()]).await;
                eprintln!("search: {}: {}", target.kind(), report["result"]);
                searches.push(json!({ "store": target.kind(), "result": report["result"] }));
            }
        }
        sb.shutdown().await;
    }

    println!(
        "| calls | store | records | seconds | records/s | client CPU s per 1,000 records | sandbox CPU s per 1,000 records | client peak RSS | requests per 1,000 calls |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for s in &syncs {
        let r = &s["result"];
        let records = f(r, "records");
        println!(
            "| {} | {} | {} | {:.1} | {:.0} | {:.3} | {:.3} | {:.1} MiB | {:.1} |",
            s["calls"],
            s["store"].as_str().unwrap_or_default(),
            r["records"],
            f(r, "seconds"),
            records / f(r, "seconds"),
            f(r, "cpu_seconds") / records * 1000.0,
            f(s, "sandbox_cpu_seconds") / records * 1000.0,
            mib(s["peak_rss_kib"].as_u64().unwrap_or(0)),
            f(r, "requests") / f(r, "calls") * 1000.0,
        );
    }
    let mut verdicts = Vec::new();
    for store in ["sqlite", "postgres"] {
        let of = |calls: usize| syncs.iter().find(|s| s["store"] == store && s["calls"] == calls);
        let (Some(small), Some(big)) = (of(sizes[0]), of(sizes[1])) else {
            continue;
        };
        let rate = |s: &Value| f(&s["result"], "records") / f(&s["result"], "seconds");
        let cpu = |s: &Value| f(&s["result"], "cpu_seconds") / f(&s["result"], "records");
        let rss = |s: &Value| s["peak_rss_kib"].as_f64().unwrap_or(f64::NAN);
        let v = json!({
            "store": store,
            "records_per_second_ratio": rate(big) / rate(small),
            "cpu_per_record_ratio": cpu(big) / cpu(small),
            "peak_rss_ratio": rss(big) / rss(small),
        });
        println!(
            "\n{store}: at {} calls, records/s {:.2}x the rate at {} (target >= 0.90x); CPU per record {:.2}x; peak RSS {:.2}x (target flat, < 1.25x)",
            sizes[1],
            f(&v, "records_per_second_ratio"),
            sizes[0],
            f(&v, "cpu_per_record_ratio"),
            f(&v, "peak_rss_ratio")
        );
        verdicts.push(v);
    }

    println!("\n| store | transcripts | query | hits (limit 20) | median ms | slowest ms (of {SEARCHES}) |");
    println!("|---|---|---|---|---|---|");
    for s in &searches {
        let r = &s["result"];
        for q in r["queries"].as_array().into_iter().flatten() {
            println!(
                "| {} | {} | {} \"{}\" | {} | {:.2} | {:.2} |",
                s["store"].as_str().unwrap_or_default(),
                r["transcripts"],
                q["query"].as_str().unwrap_or_default(),
                q["text"].as_str().unwrap_or_default(),
                q["hits"],
                f(q, "median_ms"),
                f(q, "slowest_ms"),
            );
        }
    }
    json!({ "sizes": sizes, "syncs": syncs, "linearity": verdicts, "searches": searches })
}
