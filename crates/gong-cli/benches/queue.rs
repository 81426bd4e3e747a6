//! The trigger on several machines, measured end to end with the real
//! `gong` binary: events per second through three `gong webhook listen
//! --queue` receivers and two `gong webhook consume` consumers around one
//! PostgreSQL (a private cluster with PostgreSQL's default durability:
//! every commit flushed), and the latency from each POST to the start of its
//! handler; beside it, in the same run, three `listen --spool DIR` receivers
//! (the one-machine hand-off: each event a synced file before the 200).
//!
//! ```text
//! cargo bench -p gong-cli --bench queue                    # 3,000 events, 8 connections
//! cargo bench -p gong-cli --bench queue -- --events=5000 --connections=16
//! ```
//!
//! The consumers print JSON lines (no `--exec`): the bench reads them, so
//! "handler start" is the moment a line reaches the bench. Two loads:
//! clients sending as fast as their connections go (the throughput: events
//! per second from the first POST to the last handler start; past the
//! consumers' pace a backlog builds, so the latency there is the backlog's)
//! and clients offering 500 events/s, the target rate (the latency). At
//! that rate each event is also delivered twice at once to two different
//! receivers, in a pass of its own. The bench checks as it goes that every
//! event reached a consumer exactly once; the targets (at least 500
//! events/s, and at 500 events/s a p99 from POST to handler start under
//! 50 ms) are printed beside the figures, never asserted.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use gong_testkit::{Durability, PgServer};

const KEY: &str = "bench-key";
/// The targets: this many events per second through the queue...
const TARGET_RATE: f64 = 500.0;
/// ... and, at that rate, a p99 from POST to handler start under this.
const TARGET_P99_MS: f64 = 50.0;

struct Options {
    events: usize,
    connections: usize,
}

impl Options {
    fn parse() -> Options {
        let mut o = Options {
            events: 3000,
            connections: 8,
        };
        for arg in std::env::args().skip(1) {
            if let Some(n) = arg.strip_prefix("--events=") {
                o.events = n.parse().expect("--events=N");
            } else if let Some(n) = arg.strip_prefix("--connections=") {
                o.connections = n.parse().expect("--connections=N");
            }
        }
        o
    }
}

/// A running `gong` process, killed on drop.
struct Proc(Child);

impl Drop for Proc {
    fn drop(&mut self) {
        // SIGTERM first, so a consumer stops its watchdog in order.
        let _ = Command::new("kill").args(["-TERM", &self.0.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn gong() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gong"))
}

/// Starts `gong webhook listen ARGS` and returns it with its base URL.
fn receiver(args: &[&str]) -> (Proc, String) {
    let mut child = gong()
        .args(["webhook", "listen", "--port", "0", "--rule", &format!("k=key:{KEY}")])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gong runs");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let base = loop {
        let line = lines
            .next()
            .expect("gong webhook listen says where it listens")
            .expect("stderr");
        if let Some(rest) = line.split("listening on ").nth(1) {
            break rest.split_whitespace().next().expect("an address").to_owned();
        }
    };
    // Keep draining stderr so the receiver never blocks on it.
    std::thread::spawn(move || for _ in lines {});
    (Proc(child), base)
}

/// When each call id's line reached the bench, and how often.
type Arrivals = Arc<Mutex<HashMap<String, (Instant, u32)>>>;

/// Starts `gong webhook consume` printing JSON lines, read by a thread.
fn consumer(url: &str, arrivals: &Arrivals) -> Proc {
    let mut child = gong()
        .args(["webhook", "consume", "--queue", url])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("gong runs");
    let out = BufReader::new(child.stdout.take().expect("stdout"));
    let arrivals = Arc::clone(arrivals);
    std::thread::spawn(move || {
        for line in out.lines().map_while(Result::ok) {
            let at = Instant::now();
            let value: serde_json::Value = serde_json::from_str(&line).expect("a JSON line");
            let id = value["callId"].as_str().expect("a call id").to_owned();
            arrivals
                .lock()
                .expect("lock")
                .entry(id)
                .and_modify(|e| e.1 += 1)
                .or_insert((at, 1));
        }
    });
    Proc(child)
}

fn body(call_id: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "callData": {
            "metaData": { "id": call_id, "title": "Bench call", "started": "2026-02-03T10:00:00Z",
                          "duration": 1834, "primaryUserId": "234599484848423" },
            "parties": [{ "id": "1", "emailAddress": "buyer@customer.example", "affiliation": "External" }],
            "content": { "brief": "A renewal at the same tier; legal review next week." }
        },
        "isTest": false
    }))
    .expect("serializes")
}

/// Posts `events` events over `connections` concurrent clients, each to
/// the receivers in turn (and, with `twice`, at the same moment to the
/// next one too). Returns each call id's send time and the POST-to-200
/// latencies.
async fn post_all(
    bases: &[String],
    prefix: &str,
    events: usize,
    connections: usize,
    twice: bool,
    rate: Option<f64>,
) -> (HashMap<String, Instant>, Vec<Duration>) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .expect("client");
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let t0 = tokio::time::Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let (http, next, bases, prefix) = (http.clone(), Arc::clone(&next), bases.to_vec(), prefix.to_owned());
        tasks.push(tokio::spawn(async move {
            let mut sent = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= events {
                    return sent;
                }
                if let Some(rate) = rate {
                    // Event i leaves at its slot of the offered rate.
                    tokio::time::sleep_until(t0 + Duration::from_secs_f64(i as f64 / rate)).await;
                }
                let id = format!("{prefix}{i}");
                let payload = body(&id);
                let url = |r: usize| format!("{}/k/{KEY}", bases[r % bases.len()]);
                let start = Instant::now();
                let status = if twice {
                    let (a, b) = tokio::join!(
                        http.post(url(i)).body(payload.clone()).send(),
                        http.post(url(i + 1)).body(payload).send()
                    );
                    let (a, b) = (a.expect("POST").status(), b.expect("POST").status());
                    assert_eq!(a, b);
                    a
                } else {
                    http.post(url(i)).body(payload).send().await.expect("POST").status()
                };
                assert_eq!(status.as_u16(), 200, "{id}");
                sent.push((id, start, start.elapsed()));
            }
        }));
    }
    let mut starts = HashMap::new();
    let mut answers = Vec::new();
    for t in tasks {
        for (id, start, took) in t.await.expect("client task") {
            starts.insert(id, start);
            answers.push(took);
        }
    }
    (starts, answers)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

struct Row {
    case: String,
    load: Load,
    rate: f64,
    answer: (f64, f64),
    handler: Option<(f64, f64)>,
}

/// What the clients offer: as fast as the connections go, or a fixed rate.
#[derive(Clone, Copy)]
enum Load {
    Full,
    Paced(f64),
}

impl Load {
    fn rate(self) -> Option<f64> {
        match self {
            Load::Full => None,
            Load::Paced(r) => Some(r),
        }
    }

    fn label(self) -> String {
        match self {
            Load::Full => "as fast as the clients go".into(),
            Load::Paced(r) => format!("{r:.0} events/s offered"),
        }
    }
}

async fn queue_case(url: &str, o: &Options, twice: bool, load: Load, prefix: &str) -> Row {
    let arrivals: Arrivals = Arc::default();
    let receivers: Vec<(Proc, String)> = (0..3).map(|_| receiver(&["--queue", url])).collect();
    let bases: Vec<String> = receivers.iter().map(|(_, b)| b.clone()).collect();
    let consumers = [consumer(url, &arrivals), consumer(url, &arrivals)];
    // Both consumers are listening once a first event goes through.
    let (warm, _) = post_all(&bases, &format!("{prefix}warm-"), 20, 2, false, None).await;
    wait_for_all(&arrivals, warm.len()).await;
    arrivals.lock().expect("lock").clear();

    let (starts, answers) = post_all(&bases, prefix, o.events, o.connections, twice, load.rate()).await;
    wait_for_all(&arrivals, o.events).await;
    let arrivals = arrivals.lock().expect("lock").clone();
    drop(consumers);
    drop(receivers);
    let mut latencies = Vec::new();
    let first = starts.values().min().copied().expect("events");
    let mut last = first;
    for (id, start) in &starts {
        let (at, count) = arrivals[id];
        assert_eq!(count, 1, "{id} reached a consumer {count} times");
        latencies.push(at.duration_since(*start));
        last = last.max(at);
    }
    latencies.sort();
    let mut answers = answers;
    answers.sort();
    Row {
        case: format!(
            "queue: 3 receivers, 2 consumers{}; {}",
            if twice { ", every delivery twice" } else { "" },
            load.label()
        ),
        load,
        rate: o.events as f64 / last.duration_since(first).as_secs_f64(),
        answer: (percentile(&answers, 0.5), percentile(&answers, 0.99)),
        handler: Some((percentile(&latencies, 0.5), percentile(&latencies, 0.99))),
    }
}

async fn wait_for_all(arrivals: &Arrivals, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(300);
    while arrivals.lock().expect("lock").len() < n {
        assert!(Instant::now() < deadline, "events did not reach the consumers");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

async fn spool_case(dir: &Path, o: &Options, load: Load, prefix: &str) -> Row {
    let receivers: Vec<(Proc, String)> = (0..3)
        .map(|i| {
            let spool = dir.join(format!("{prefix}{i}"));
            receiver(&["--spool", spool.to_str().expect("UTF-8")])
        })
        .collect();
    let bases: Vec<String> = receivers.iter().map(|(_, b)| b.clone()).collect();
    let started = Instant::now();
    let (_, answers) = post_all(&bases, prefix, o.events, o.connections, false, load.rate()).await;
    let took = started.elapsed();
    drop(receivers);
    let files: usize = (0..3)
        .map(|i| std::fs::read_dir(dir.join(format!("{prefix}{i}"))).map_or(0, |d| d.count()))
        .sum();
    assert_eq!(files, o.events, "one spool file per event");
    let mut answers = answers;
    answers.sort();
    Row {
        case: format!("--spool: 3 receivers (no consumer); {}", load.label()),
        load,
        rate: o.events as f64 / took.as_secs_f64(),
        answer: (percentile(&answers, 0.5), percentile(&answers, 0.99)),
        handler: None,
    }
}

fn main() {
    let o = Options::parse();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let Some(pg) = PgServer::start_with("bench_queue", Durability::Flushed) else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("gong-bench-queue-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let rows = rt.block_on(async {
        let paced = Load::Paced(TARGET_RATE);
        vec![
            spool_case(&dir, &o, Load::Full, "spool-full-").await,
            queue_case(pg.url(), &o, false, Load::Full, "full-").await,
            spool_case(&dir, &o, paced, "spool-paced-").await,
            queue_case(pg.url(), &o, false, paced, "paced-").await,
            queue_case(pg.url(), &o, true, paced, "twice-").await,
        ]
    });
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "{} events, {} client connections, {} cores, load before: {}",
        o.events,
        o.connections,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        load.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
    );
    println!();
    println!("| case | events/s | POST to 200 p50 / p99 (ms) | POST to handler start p50 / p99 (ms) | target |");
    println!("|---|---|---|---|---|");
    for r in &rows {
        let handler = r
            .handler
            .map_or("-".to_owned(), |(p50, p99)| format!("{p50:.1} / {p99:.1}"));
        let met = |ok: bool| if ok { "met" } else { "NOT met" };
        let target = match (r.handler, r.load) {
            (None, _) => "baseline".to_owned(),
            (Some(_), Load::Full) => format!("{} (>= {TARGET_RATE:.0} events/s)", met(r.rate >= TARGET_RATE)),
            (Some((_, p99)), Load::Paced(_)) => format!("{} (p99 < {TARGET_P99_MS:.0} ms)", met(p99 < TARGET_P99_MS)),
        };
        println!(
            "| {} | {:.0} | {:.1} / {:.1} | {handler} | {target} |",
            r.case, r.rate, r.answer.0, r.answer.1
        );
    }
}
