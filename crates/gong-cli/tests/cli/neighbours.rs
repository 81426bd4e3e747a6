//! Hostile neighbours and a hostile Gong against the `gong` binary:
//! a spool directory holding more than spooled events, two replays at
//! once, a day-long 429 in the shared quota, an answer past the body limit,
//! and a wait that says what it waits for.

use std::path::Path;

use httpmock::prelude::*;
use serde_json::json;

use crate::{TempDir, bare, run_with};

/// One spooled event, in the spool's own format and under its own name.
fn spool_event(dir: &Path, seq: u32, call_id: &str) -> std::path::PathBuf {
    let name = format!("{:015}-4242-{seq:08}-keyed-{call_id}.json", 1_780_000_000_000u64);
    let line = json!({"rule": "keyed", "isTest": false, "isPrivate": false, "callId": call_id,
                      "call": {"metaData": {"id": call_id}}});
    let path = dir.join(name);
    std::fs::write(&path, format!("{line}\n")).unwrap();
    path
}

#[cfg(unix)]
#[test]
fn replay_hands_on_only_the_spools_own_regular_files() {
    let home = TempDir::new("replay-hostile");
    let spool = home.path("spool");
    std::fs::create_dir_all(&spool).unwrap();
    spool_event(&spool, 0, "11");
    // A secret elsewhere, reached through a link with a spool file's name.
    let secret = home.path("tokens.json");
    std::fs::write(&secret, r#"{"access_token":"SECRET-TOKEN","refresh_token":"r"}"#).unwrap();
    std::os::unix::fs::symlink(&secret, spool.join(format!("{:015}-1-00000001-keyed-12.json", 1u64))).unwrap();
    // A FIFO, any JSON under a spool-like name, and a renamed event.
    let fifo = spool.join(format!("{:015}-1-00000002-keyed-13.json", 2u64));
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    std::fs::copy(&secret, spool.join(format!("{:015}-1-00000003-keyed-14.json", 3u64))).unwrap();
    std::fs::copy(&secret, spool.join("x.tokens.json")).unwrap();
    let moved = spool_event(&spool, 4, "15");
    std::fs::rename(
        &moved,
        spool.join(format!("{:015}-4242-00000004-keyed-99.json", 1_780_000_000_000u64)),
    )
    .unwrap();
    let r = run_with(
        &mut bare(&home.0),
        &["webhook", "replay", spool.to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}", r.stdout);
    assert!(lines[0].contains("\"callId\":\"11\""), "{}", r.stdout);
    assert!(!r.stdout.contains("SECRET-TOKEN") && !r.stderr.contains("SECRET-TOKEN"));
    for why in ["a symlink", "a FIFO", "not a spooled event", "its name does not match"] {
        assert!(r.stderr.contains(why), "{why:?} not in {}", r.stderr);
    }
    assert!(r.stderr.contains("1 event handed off"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn two_replays_with_remove_hand_each_event_on_once() {
    let home = TempDir::new("replay-twice");
    let spool = home.path("spool");
    std::fs::create_dir_all(&spool).unwrap();
    let events = 40;
    for i in 0..events {
        spool_event(&spool, i, &format!("{}", 1000 + i));
    }
    let out = home.path("handed.txt");
    let exec = format!("cat >> '{}'", out.display());
    let start = || {
        bare(&home.0)
            .args([
                "webhook",
                "replay",
                spool.to_str().unwrap(),
                "--remove",
                "--exec",
                &exec,
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (start(), start());
    for child in [a, b] {
        let done = child.wait_with_output().unwrap();
        assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    }
    let text = std::fs::read_to_string(&out).unwrap();
    let mut ids: Vec<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["callId"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let all = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(
        (all, ids.len()),
        (events as usize, events as usize),
        "each event exactly once"
    );
    let left: Vec<_> = std::fs::read_dir(&spool)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from(".claimed")], "{left:?}");
    assert_eq!(std::fs::read_dir(spool.join(".claimed")).unwrap().count(), 0);
}

fn api_key<'a>(cmd: &'a mut std::process::Command, base: &str) -> &'a mut std::process::Command {
    cmd.env("GONG_BASE_URL", base)
        .env("GONG_ACCESS_KEY", "k")
        .env("GONG_ACCESS_KEY_SECRET", "s")
}

#[test]
fn a_day_long_429_fails_every_command_at_once_saying_when_gong_allows_the_next_try() {
    let server = MockServer::start();
    let limited = server.mock(|when, then| {
        when.any_request();
        then.status(429)
            .header("retry-after", "86000")
            .json_body(json!({"errors": ["quota"]}));
    });
    let home = TempDir::new("quota-day");
    let quota = format!("file:{}", home.path("q.json").display());
    for run in 0..2 {
        let started = std::time::Instant::now();
        let r = run_with(
            api_key(&mut bare(&home.0), &server.base_url()),
            &["--quota", &quota, "workspaces", "list"],
            None,
        );
        assert_eq!(r.code, 4, "{}", r.stderr);
        assert!(
            r.stderr.contains("Gong allows the next try in 8"),
            "run {run}: {}",
            r.stderr
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "run {run} waited"
        );
    }
    assert_eq!(limited.calls(), 1, "the second command sent nothing");
}

#[test]
fn an_answer_past_max_body_fails_naming_the_operation_and_the_limit() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.any_request();
        then.status(200).body(" ".repeat(2 << 20));
    });
    let home = TempDir::new("max-body");
    let r = run_with(
        api_key(&mut bare(&home.0), &server.base_url()),
        &["--quota", "local", "--max-body", "1MiB", "workspaces", "list"],
        None,
    );
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(
        r.stderr.contains("listWorkspaces") && r.stderr.contains("1 MiB"),
        "{}",
        r.stderr
    );
    let r = run_with(
        api_key(&mut bare(&home.0), &server.base_url()),
        &["--max-body", "12 parsecs", "workspaces", "list"],
        None,
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--max-body"), "{}", r.stderr);
}

#[test]
fn a_wait_longer_than_five_seconds_says_what_it_waits_for_and_until_when() {
    let server = MockServer::start();
    let mut limited = server.mock(|when, then| {
        when.any_request();
        then.status(429)
            .header("retry-after", "6")
            .json_body(json!({"errors": ["slow"]}));
    });
    let home = TempDir::new("wait-notice");
    let mut cmd = bare(&home.0);
    api_key(&mut cmd, &server.base_url()).env("GONG_RETRIES", "1");
    let child = cmd
        .args(["--quota", "local", "workspaces", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Once the first 429 is in, the retry will find a success.
    while limited.calls() == 0 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    limited.delete();
    server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({"requestId": "r", "workspaces": []}));
    });
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("gong: waiting 6 s for Gong before retrying listWorkspaces, until 20"),
        "{stderr}"
    );
}
