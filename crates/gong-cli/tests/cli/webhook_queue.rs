//! The trigger on several machines, as processes: three `gong webhook listen
//! --queue` receivers and two `gong webhook consume --queue --exec`
//! consumers around one PostgreSQL queue (a private cluster of the test's
//! own, [`gong_testkit::PgServer`]). Every event is delivered twice, to two
//! different receivers at once; a receiver is killed with SIGKILL after its
//! commit and before its answer; a consumer is killed with SIGKILL in the
//! middle of a handler; a handler fails until its event is dead. At the end
//! the handlers' own log is counted: every event handled once, none lost,
//! and only the event cut by the kill started twice.
//!
//! Timing: leases and backoffs are short; every wait is bounded from above
//! with a generous margin and none is measured.
#![cfg(unix)]

use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use gong_testkit::PgServer;
use serde_json::{Value, json};

use crate::TempDir as Dir;
use crate::run_with;
use crate::webhook::{Listener, gong, http, try_post};

const KEY_A: &str = "key-a";
const KEY_B: &str = "key-b";

fn body(call_id: &str, rule: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "callData": { "metaData": { "id": call_id, "title": format!("{rule} {call_id}") }, "unknownField": [1] },
        "isTest": false
    }))
    .unwrap()
}

async fn raw_client(url: &str) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(connection);
    client
}

/// A receiver on the queue with rules `a` and `b` (URL keys).
fn receiver(home: &Path, url: &str) -> Listener {
    Listener::start(
        home,
        &[("GONG_WEBHOOK_QUEUE", url)],
        &["--rule", &format!("a=key:{KEY_A}"), "--rule", &format!("b=key:{KEY_B}")],
    )
}

fn route(listener: &Listener, rule: &str) -> String {
    let key = if rule == "a" { KEY_A } else { KEY_B };
    format!("{}/{rule}/{key}", listener.base)
}

/// A running `gong webhook consume`; its stderr is collected by a thread.
struct Consumer {
    child: Child,
    stderr: std::sync::mpsc::Receiver<String>,
}

impl Consumer {
    fn start(home: &Path, url: &str, handler: &Path, extra: &[&str]) -> Consumer {
        let mut child = gong(home)
            .env("GONG_WEBHOOK_QUEUE", url)
            .args(["webhook", "consume", "--exec"])
            .arg(handler)
            .args([
                "--lease",
                "2",
                "--max-attempts",
                "3",
                "--backoff",
                "0.05",
                "--max-backoff",
                "0.1",
            ])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let rx = crate::stderr_lines(&mut child);
        Consumer { child, stderr: rx }
    }

    /// SIGTERM, then waits (up to 30 s) for a clean exit; returns stderr.
    fn stop(mut self) -> String {
        let pid = self.child.id().to_string();
        assert!(
            std::process::Command::new("kill")
                .args(["-TERM", &pid])
                .status()
                .unwrap()
                .success()
        );
        let deadline = Instant::now() + Duration::from_secs(30);
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "gong webhook consume did not stop");
            std::thread::sleep(Duration::from_millis(20));
        };
        // The stream ends once every holder of its write end (the watchdog
        // too) has exited.
        let mut err = Vec::new();
        while let Ok(line) = self.stderr.recv_timeout(Duration::from_secs(10)) {
            err.push(line);
        }
        assert!(status.success(), "{status}: {err:?}");
        err.join("\n")
    }
}

impl Drop for Consumer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The handler: logs its start and end (event id, rule, call, attempt, its
/// consumer's pid), keeps its stdin; `fail` fails until FIXED exists; the
/// first attempt of `slow` hangs (recording its pid).
fn write_handler(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("handler.sh");
    let d = dir.display();
    std::fs::write(
        &path,
        format!(
            r#"#!/bin/sh
tag="$GONG_WEBHOOK_EVENT_ID $GONG_WEBHOOK_RULE $GONG_CALL_ID $GONG_WEBHOOK_ATTEMPT $PPID"
echo "start $tag" >> '{d}/log'
cat > '{d}/line-'"$GONG_WEBHOOK_EVENT_ID-$GONG_WEBHOOK_ATTEMPT"
case "$GONG_CALL_ID" in
  fail) if [ ! -e '{d}/FIXED' ]; then echo "refused on attempt $GONG_WEBHOOK_ATTEMPT" >&2; exit 3; fi ;;
  slow) if [ "$GONG_WEBHOOK_ATTEMPT" = 1 ]; then echo $$ > '{d}/slow.pid'; sleep 600; fi ;;
esac
echo "end $tag" >> '{d}/log'
"#
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// One line of the handlers' log.
#[derive(Debug, Clone)]
struct Entry {
    start: bool,
    rule: String,
    call: String,
    attempt: u32,
    consumer: u32,
}

fn log(dir: &Path) -> Vec<Entry> {
    std::fs::read_to_string(dir.join("log"))
        .unwrap_or_default()
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split(' ').collect();
            Entry {
                start: f[0] == "start",
                rule: f[2].to_owned(),
                call: f[3].to_owned(),
                attempt: f[4].parse().unwrap(),
                consumer: f[5].parse().unwrap(),
            }
        })
        .collect()
}

/// Waits up to 60 s for `f`.
async fn wait_for(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !f() {
        assert!(Instant::now() < deadline, "{what} did not happen within 60 s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn alive(pid: u32) -> bool {
    // A zombie has ended; only its parent has not waited for it yet.
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|stat| {
            stat.rsplit(')')
                .next()
                .is_some_and(|rest| !rest.trim_start().starts_with('Z'))
        })
        .unwrap_or(false)
}

/// The parent of a running process.
fn parent(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit(')').next()?.split_whitespace().nth(1)?.parse().ok()
}

fn status(home: &Path, url: &str) -> Value {
    let r = run_with(
        gong(home).env("GONG_WEBHOOK_QUEUE", url),
        &["--output", "json", "webhook", "queue-status"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.json()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_receivers_two_consumers_kills_and_a_dead_event_each_event_handled_once() {
    let Some(pg) = PgServer::start("cli_queue") else { return };
    let url = pg.url().to_owned();
    let home = Dir::new("queue");
    let handler = write_handler(&home.0);
    let raw = raw_client(&url).await;
    let client = http();
    let mut receivers = [
        receiver(&home.0, &url),
        receiver(&home.0, &url),
        receiver(&home.0, &url),
    ];

    // ---- kill -9 of a receiver after its commit and before its answer.
    // With a synchronous standby required and none there, PostgreSQL flushes
    // the commit to its log and then holds the answer to the receiver
    // (`wait_event` SyncRep): a window between the durable commit and the
    // 200, as long as the test needs. The receiver is killed in it; then the
    // requirement is dropped, which lets PostgreSQL finish that commit's
    // bookkeeping (without a standby setting there would have been no wait).
    raw.batch_execute("ALTER SYSTEM SET synchronous_standby_names = 'nobody'")
        .await
        .unwrap();
    raw.batch_execute("SELECT pg_reload_conf()").await.unwrap();
    let held_url = route(&receivers[0], "a");
    let held_client = client.clone();
    let held = tokio::spawn(async move { try_post(&held_client, &held_url, body("cut", "a")).await });
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let n: i64 = raw
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'SyncRep'",
                &[],
            )
            .await
            .unwrap()
            .get(0);
        if n == 1 {
            break;
        }
        assert!(Instant::now() < deadline, "the receiver's commit never reached the log");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(!held.is_finished(), "the receiver cannot have answered yet");
    receivers[0].child.kill().unwrap();
    receivers[0].child.wait().unwrap();
    assert_eq!(held.await.unwrap(), None, "killed before its answer");
    raw.batch_execute("ALTER SYSTEM RESET synchronous_standby_names")
        .await
        .unwrap();
    raw.batch_execute("SELECT pg_reload_conf()").await.unwrap();
    let count_cut = || async {
        let n: i64 = raw
            .query_one("SELECT count(*) FROM webhook_events WHERE call_id = 'cut'", &[])
            .await
            .unwrap()
            .get(0);
        n
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while count_cut().await == 0 {
        assert!(Instant::now() < deadline, "the killed receiver's commit was lost");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Gong delivers again, to another replica: absorbed, answered 200.
    assert_eq!(
        try_post(&client, &route(&receivers[1], "a"), body("cut", "a")).await,
        Some(200)
    );
    assert_eq!(count_cut().await, 1);
    receivers[0] = receiver(&home.0, &url);

    // ---- two consumers; kill -9 of the one running the slow handler.
    let mut consumers = vec![
        Consumer::start(&home.0, &url, &handler, &[]),
        Consumer::start(&home.0, &url, &handler, &[]),
    ];
    assert_eq!(
        try_post(&client, &route(&receivers[2], "a"), body("slow", "a")).await,
        Some(200)
    );
    wait_for("the slow handler's start", || home.path("slow.pid").exists()).await;
    let slow_pid: u32 = std::fs::read_to_string(home.path("slow.pid"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let holder = log(&home.0).iter().find(|e| e.call == "slow").expect("logged").consumer;
    // The handler's parent is the shell of `sh -c`, or the consumer itself.
    let cut = consumers
        .iter()
        .position(|c| c.child.id() == holder || parent(holder) == Some(c.child.id()))
        .expect("one of the two consumers runs it");
    assert!(alive(slow_pid));
    consumers[cut].child.kill().unwrap();
    consumers[cut].child.wait().unwrap();
    // The handler dies with its consumer (the watchdog kills its group).
    wait_for("the cut handler's death", || !alive(slow_pid)).await;
    consumers.remove(cut);

    // ---- 40 calls, two events each (rule a, then rule b once a was
    // answered), every delivery sent twice at once to two receivers; and
    // the event whose handler fails.
    let mut tasks = Vec::new();
    for i in 0..40 {
        let urls: Vec<(String, String)> = ["a", "b"]
            .iter()
            .map(|rule| (route(&receivers[i % 3], rule), route(&receivers[(i + 1) % 3], rule)))
            .collect();
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            let call = format!("call-{i}");
            for ((first, second), rule) in urls.iter().zip(["a", "b"]) {
                let (x, y) = tokio::join!(
                    try_post(&client, first, body(&call, rule)),
                    try_post(&client, second, body(&call, rule))
                );
                assert_eq!((x, y), (Some(200), Some(200)), "{call} {rule}");
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    assert_eq!(
        try_post(&client, &route(&receivers[1], "b"), body("fail", "b")).await,
        Some(200)
    );

    // ---- drained: everything done but the failing event, which is dead.
    let deadline = Instant::now() + Duration::from_secs(120);
    let s = loop {
        let s = status(&home.0, &url);
        if s["pending"] == 0 && s["leased"] == 0 {
            break s;
        }
        assert!(Instant::now() < deadline, "the queue did not drain: {s}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!((s["done"].as_u64(), s["dead"].as_u64()), (Some(82), Some(1)), "{s}");
    assert_eq!(s["oldestPendingAgeSecs"], Value::Null);
    let rows: i64 = raw
        .query_one("SELECT count(*) FROM webhook_events", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(rows, 83, "one row per event, whatever the redeliveries");

    // ---- the count, from the handlers' own log.
    let entries = log(&home.0);
    let mut starts: HashMap<(String, String), Vec<&Entry>> = HashMap::new();
    let mut ends: HashMap<(String, String), usize> = HashMap::new();
    for e in &entries {
        let key = (e.rule.clone(), e.call.clone());
        if e.start {
            starts.entry(key).or_default().push(e);
        } else {
            *ends.entry(key).or_default() += 1;
        }
    }
    assert_eq!(starts.len(), 83, "every event reached a handler");
    for (key, started) in &starts {
        let ended = ends.get(key).copied().unwrap_or(0);
        let attempts: Vec<u32> = started.iter().map(|e| e.attempt).collect();
        match key.1.as_str() {
            // Cut by the kill on attempt 1, handled by the other consumer on 2.
            "slow" => {
                assert_eq!((attempts, ended), (vec![1, 2], 1), "{key:?}");
            }
            "fail" => assert_eq!((attempts, ended), (vec![1, 2, 3], 0), "{key:?}"),
            _ => assert_eq!((attempts, ended), (vec![1], 1), "{key:?} handled once"),
        }
    }
    // One call's events in order: rule b starts after rule a ended.
    for i in 0..40 {
        let call = format!("call-{i}");
        let at = |start: bool, rule: &str| {
            entries
                .iter()
                .position(|e| e.start == start && e.rule == rule && e.call == call)
                .unwrap()
        };
        assert!(at(false, "a") < at(true, "b"), "{call}: b started before a ended");
    }
    // The handler got the event's line on stdin, unknown fields kept.
    let id: i64 = raw
        .query_one(
            "SELECT id FROM webhook_events WHERE call_id = 'call-7' AND rule = 'b'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    let line: Value =
        serde_json::from_str(&std::fs::read_to_string(home.path(&format!("line-{id}-1"))).unwrap()).unwrap();
    assert_eq!(
        (line["rule"].as_str(), line["callId"].as_str()),
        (Some("b"), Some("call-7"))
    );
    assert_eq!(line["call"]["unknownField"], json!([1]));

    // ---- the dead event: listed with its error, requeued, then handled.
    let r = run_with(
        gong(&home.0).env("GONG_WEBHOOK_QUEUE", &url),
        &["--output", "jsonl", "webhook", "consume", "--dead"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dead = r.lines();
    assert_eq!(dead.len(), 1, "{}", r.stdout);
    assert_eq!(
        (dead[0]["callId"].as_str(), dead[0]["attempts"].as_u64()),
        (Some("fail"), Some(3))
    );
    assert!(
        dead[0]["lastError"].as_str().unwrap().contains("exit status: 3"),
        "{}",
        dead[0]
    );
    let stderr = consumers.pop().unwrap().stop();
    assert!(stderr.contains("now dead"), "{stderr}");
    std::fs::write(home.path("FIXED"), "").unwrap();
    let r = run_with(
        gong(&home.0).env("GONG_WEBHOOK_QUEUE", &url),
        &["--output", "json", "webhook", "consume", "--retry-dead"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["requeued"], 1);
    let last = Consumer::start(&home.0, &url, &handler, &["--until-empty"]);
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut last = last;
    let code = loop {
        if let Some(status) = last.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "--until-empty did not stop");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(code.success());
    let s = status(&home.0, &url);
    assert_eq!((s["done"].as_u64(), s["dead"].as_u64()), (Some(83), Some(0)), "{s}");
    let fail_runs: Vec<u32> = log(&home.0)
        .iter()
        .filter(|e| e.call == "fail" && !e.start)
        .map(|e| e.attempt)
        .collect();
    assert_eq!(fail_runs, [1], "requeued with its attempts reset, handled once");
}

#[test]
fn queue_commands_refuse_a_bad_url_without_echoing_it() {
    let home = Dir::new("queue-bad");
    for args in [
        vec![
            "webhook",
            "queue-status",
            "--queue",
            "postgres://u:hunter2@/db?port=notaport",
        ],
        vec![
            "webhook",
            "consume",
            "--queue",
            "postgres://u:hunter2@/db?port=notaport",
        ],
        vec![
            "webhook",
            "listen",
            "--rule",
            "a=key:k",
            "--queue",
            "postgres://u:hunter2@/db?port=notaport",
        ],
    ] {
        let r = run_with(&mut gong(&home.0), &args, None);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("queue"), "{}", r.stderr);
        assert!(!r.stderr.contains("hunter2"), "{}", r.stderr);
    }
    // Modes that exclude each other.
    let r = run_with(
        &mut gong(&home.0),
        &[
            "webhook",
            "listen",
            "--rule",
            "a=key:k",
            "--queue",
            "postgres://x@/y",
            "--spool",
            "d",
        ],
        None,
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
}
