//! The benchmark suite: each case beside a bare baseline, in the same run.
//!
//! ```text
//! cargo bench --bench suite --features sandbox               # every case
//! cargo bench --bench suite --features sandbox -- upload     # cases whose name contains "upload"
//! ```
//!
//! Every measured case runs in a fresh child process (this same binary with
//! `--case NAME`), so each peak RSS (`VmHWM`) belongs to that case alone. The
//! servers (the sandbox, the upload sink) run in the parent. Results are
//! printed as a Markdown table and written to `target/bench-results.json`.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const GIB: u64 = 1 << 30;

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
            json!({ "case": name, "peak_rss_kib": peak_rss_kib(), "result": result })
        );
        return;
    }
    let filter: Option<String> = args.iter().find(|a| !a.starts_with('-')).cloned();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let rows = rt.block_on(parent(filter));
    print_table(&rows);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-results.json");
    let _ = std::fs::write(&path, serde_json::to_vec_pretty(&rows).unwrap());
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

async fn parent(filter: Option<String>) -> Vec<Value> {
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    let mut rows = Vec::new();
    if wanted("upload") {
        rows.extend(upload_cases().await);
    }
    rows
}

// ---------------------------------------------------------------- upload

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

async fn upload_cases() -> Vec<Value> {
    let dir = std::env::temp_dir().join(format!("gong-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("recording.wav");
    {
        // Real bytes (not a sparse file), so both uploaders read from the page cache alike.
        let mut f = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
        let chunk: Vec<u8> = (0..(1 << 20))
            .map(|i: u32| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
            .collect();
        for _ in 0..(GIB >> 20) {
            f.write_all(&chunk).unwrap();
        }
    }
    let url = start_sink().await;
    let file_arg = file.display().to_string();
    let ours = tokio::task::spawn_blocking({
        let (u, f) = (url.clone(), file_arg.clone());
        move || child("upload-client", &[u, f])
    })
    .await
    .unwrap();
    let curl = tokio::task::spawn_blocking({
        let (u, f) = (url.clone(), file_arg.clone());
        move || curl_upload(&u, &f)
    })
    .await
    .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let ours_s = ours["result"]["seconds"].as_f64().unwrap();
    let curl_s = curl["seconds"].as_f64().unwrap();
    let mb = GIB as f64 / 1e6;
    vec![json!({
        "case": "upload 1 GiB (add call media)",
        "ours": format!("{:.0} MB/s, peak RSS {} MiB", mb / ours_s, ours["peak_rss_kib"].as_u64().unwrap() / 1024),
        "baseline": format!("curl: {:.0} MB/s, peak RSS {} MiB", mb / curl_s, curl["peak_rss_kib"].as_u64().unwrap_or(0) / 1024),
        "ratio": format!("{:.2} of curl's throughput", curl_s / ours_s),
        "raw": { "ours": ours, "curl": curl },
    })]
}

/// Uploads with curl, polling its peak RSS until it exits.
fn curl_upload(url: &str, file: &str) -> Value {
    let start = Instant::now();
    let mut child = Command::new("curl")
        .args(["-sS", "-o", "/dev/null", "-u", "k:s", "-X", "PUT", "-F"])
        .arg(format!("mediaFile=@{file}"))
        .arg(format!("{url}/v2/calls/1/media"))
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
    json!({ "seconds": start.elapsed().as_secs_f64(), "peak_rss_kib": peak })
}

// ----------------------------------------------------------------- cases

async fn run_case(name: &str, args: &[String]) -> Value {
    match name {
        "upload-client" => {
            let (url, file) = (&args[0], &args[1]);
            let client = gong_client::Client::builder()
                .base_url(url)
                .api_key("k", "s")
                .rate_limit(None)
                .timeout(None)
                .build()
                .unwrap();
            let media = gong_client::media::MediaFile::from_path(file).await.unwrap();
            let start = Instant::now();
            client
                .add_call_media(&gong_client::GongId::new("1").unwrap(), media)
                .await
                .unwrap();
            json!({ "seconds": start.elapsed().as_secs_f64() })
        }
        other => panic!("unknown case {other}"),
    }
}

fn print_table(rows: &[Value]) {
    println!("| case | gong-client | baseline | ratio |");
    println!("|---|---|---|---|");
    for r in rows {
        println!(
            "| {} | {} | {} | {} |",
            r["case"].as_str().unwrap_or(""),
            r["ours"].as_str().unwrap_or(""),
            r["baseline"].as_str().unwrap_or(""),
            r["ratio"].as_str().unwrap_or("")
        );
    }
}
