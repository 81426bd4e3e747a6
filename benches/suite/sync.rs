//! The `sync` cases: a whole tenant into SQLite through `gong_client::sync`,
//! pacing off in client and sandbox, at 10,000 and 100,000 calls: requests
//! per 1,000 calls synced with transcripts, records per second, and the
//! child's peak RSS (it must not grow with the calls).

use std::time::Instant;

use gong_client::sync::{SqliteStore, SyncOptions, SyncOutcome, Syncer};
use serde_json::{Value, json};

use super::{child_async, cpu_seconds, facade_client, mib, rss_kib, sandbox, seconds};

/// Calls of the two runs.
const SIZES: [usize; 2] = [10_000, 100_000];

/// The child: `[url, key, secret, calls, db path]`.
pub async fn sync_child(args: &[String]) -> Value {
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
    let counts = gong_client::sync::Store::counts(&store).await.expect("counts");
    assert_eq!(counts.calls, expected, "calls kept");
    assert_eq!(counts.transcripts, expected, "transcripts kept");
    let calls_and_transcripts: u64 = report
        .streams
        .iter()
        .filter(|s| {
            matches!(
                s.stream,
                gong_client::sync::SyncStream::Calls | gong_client::sync::SyncStream::Transcripts
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

pub async fn sync_cases() -> Vec<Value> {
    let mut runs = Vec::new();
    for calls in SIZES {
        eprintln!("sync: generating {calls} calls in the sandbox");
        let (sb, mut args) = sandbox(calls, None).await;
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
