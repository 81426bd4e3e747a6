//! `gong sync` end to end against the embedded Gong (`--sandbox`, the same
//! seed every time, so a second command sees the same tenant).

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::TempDir;

fn gong(home: &Path, args: &[&str]) -> (i32, Value, String) {
    gong_with(home, &[], args)
}

fn gong_with(home: &Path, env: &[(&str, &str)], args: &[&str]) -> (i32, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gong"))
        .env_clear()
        .envs(env.iter().copied())
        .env("HOME", home)
        .env("GONG_CONFIG", home.join("profiles.json"))
        .env("GONG_RETRIES", "0")
        .current_dir(home)
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let json = if stdout.trim().is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}\n{stderr}"))
    };
    (out.status.code().unwrap_or(-1), json, stderr)
}

/// One stream's entry of a plan or a report.
fn stream(v: &Value, name: &str) -> Value {
    v["streams"]
        .as_array()
        .and_then(|all| all.iter().find(|s| s["stream"] == name))
        .unwrap_or_else(|| panic!("no {name} in {v}"))
        .clone()
}

#[test]
fn sync_copies_the_sandbox_then_rereads_only_the_hold_back_window() {
    let dir = TempDir::new("sync");
    let db = format!("sqlite:{}", dir.path("gong.db").display());
    let home = dir.0.as_path();

    // The plan sends only first pages and writes nothing.
    let (code, plan, stderr) = gong(home, &["--sandbox", "sync", "--db", &db, "--plan", "-o", "json"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(plan["fits"], true);
    // The default reserve for the tenant's other integrations: 20%. (The
    // embedded Gong's client has no daily budget, so there is nothing to
    // take it from here; tests/suite/sync.rs covers the arithmetic.)
    assert_eq!(plan["reservePercent"], 20, "{plan}");
    let (code, reserved, stderr) = gong(
        home,
        &[
            "--sandbox",
            "sync",
            "--db",
            &db,
            "--plan",
            "--reserve",
            "50",
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(reserved["reservePercent"], 50, "{reserved}");
    assert_eq!(stream(&plan, "calls")["records"], 250);

    let (code, first, stderr) = gong(home, &["--sandbox", "sync", "--db", &db, "-o", "json"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(first["outcome"], "done");
    assert!(stderr.contains("synced ") && stderr.contains(": done"), "{stderr}");
    // The 250 calls less the 12 the embedded Gong marks private.
    assert_eq!(stream(&first, "calls")["inserted"], 238);
    assert_eq!(stream(&first, "transcripts")["inserted"], 238);
    // 3 pages of calls and 3 batches of transcripts for 250 calls.
    assert_eq!(stream(&first, "calls")["requests"], 3);
    assert_eq!(stream(&first, "transcripts")["requests"], 3);

    let (code, second, stderr) = gong(home, &["--sandbox", "sync", "--db", &db, "-o", "json"]);
    assert_eq!(code, 0, "{stderr}");
    // The hold-back windows of calls and of answered scorecards.
    assert_eq!(second["requests"], 2, "{second}");
    assert_eq!(stream(&second, "calls")["requests"], 1, "{second}");
    assert_eq!(stream(&second, "answered_scorecards")["requests"], 1, "{second}");
    assert_eq!(stream(&second, "users")["skipped"], true);

    // Only the streams asked for.
    let (code, third, stderr) = gong(
        home,
        &[
            "--sandbox",
            "sync",
            "--db",
            &db,
            "--streams",
            "users",
            "--refresh-every",
            "0s",
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(third["streams"].as_array().unwrap().len(), 1);
    assert_eq!(stream(&third, "users")["unchanged"], 20);
}

/// `--streams` picks streams by name (in any order, `-` or `_`), and a
/// stream whose scope the tenant did not grant is skipped with a warning on
/// stderr while the others complete: exit 0.
#[test]
fn chosen_streams_run_and_a_stream_without_its_scope_is_skipped_with_a_warning() {
    let dir = TempDir::new("sync-streams");
    let db = format!("sqlite:{}", dir.path("gong.db").display());
    let home = dir.0.as_path();
    let (code, report, stderr) = gong(
        home,
        &[
            "--sandbox",
            "--sandbox-withhold-scope",
            "api:settings:trackers:read",
            "sync",
            "--db",
            &db,
            "--streams",
            "trackers,call-outcomes,scorecards",
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(report["outcome"], "done", "{report}");
    let names: Vec<&str> = report["streams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["stream"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["scorecards", "trackers", "call_outcomes"]);
    let trackers = stream(&report, "trackers");
    assert_eq!(
        (trackers["skipped"].clone(), trackers["finished"].clone()),
        (true.into(), false.into())
    );
    let message = trackers["message"].as_str().unwrap();
    assert!(message.contains("api:settings:trackers:read"), "{message}");
    let warning = stderr
        .lines()
        .find(|l| l.starts_with("warning: trackers skipped: "))
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(warning.contains("api:settings:trackers:read"), "{warning}");
    assert_eq!(stream(&report, "scorecards")["inserted"], 3, "{report}");
    assert_eq!(stream(&report, "scorecards")["message"], Value::Null);
    assert!(
        stream(&report, "call_outcomes")["inserted"].as_u64().unwrap() > 0,
        "{report}"
    );
}

#[test]
fn bad_sync_flags_are_usage_errors_naming_the_flag() {
    let dir = TempDir::new("sync-flags");
    let home = dir.0.as_path();
    for (args, needle) in [
        (vec!["--streams", "calls,meetings"], "streams"),
        (vec!["--hold-back", "a day"], "hold-back"),
        (vec!["--since", "yesterday"], "--since"),
        (vec!["--reserve", "100"], "--reserve"),
    ] {
        let mut all = vec!["--sandbox", "sync", "--db", "sqlite:never.db"];
        all.extend(args);
        let (code, _, stderr) = gong(home, &all);
        assert_eq!(code, 2, "{all:?}: {stderr}");
        assert!(stderr.contains(needle), "{all:?}: {stderr}");
    }
    assert!(
        !dir.path("never.db").exists(),
        "nothing opened before the flags are checked"
    );
}

#[test]
fn since_starts_the_pass_of_calls_at_that_date() {
    let dir = TempDir::new("sync-since");
    let db = format!("sqlite:{}", dir.path("gong.db").display());
    let home = dir.0.as_path();
    // The calls that `calls list` gives from the same date, on the same
    // seeded tenant.
    let listed = Command::new(env!("CARGO_BIN_EXE_gong"))
        .env_clear()
        .env("HOME", home)
        .env("GONG_CONFIG", home.join("profiles.json"))
        .current_dir(home)
        .args([
            "--sandbox",
            "calls",
            "list",
            "--from-date-time",
            "2025-01-15T00:00:00Z",
            "-o",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert!(listed.status.success(), "{}", String::from_utf8_lossy(&listed.stderr));
    let expected = String::from_utf8_lossy(&listed.stdout).lines().count();
    assert!(expected > 0 && expected < 250, "{expected} calls since 2025-01-15");
    // `gong --sandbox sync` of the calls stream alone, from a date.
    let calls_since = |db: &str, date: &str| {
        gong(
            home,
            &[
                "--sandbox",
                "sync",
                "--db",
                db,
                "--streams",
                "calls",
                "--since",
                date,
                "--include-private",
                "-o",
                "json",
            ],
        )
    };
    let (code, since, stderr) = calls_since(&db, "2025-01-15");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stream(&since, "calls")["inserted"], expected, "{since}");
    // From long before the first call: all 250, in a new database.
    let db = format!("sqlite:{}", dir.path("all.db").display());
    let (code, early, stderr) = calls_since(&db, "2000-01-01T00:00:00Z");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stream(&early, "calls")["inserted"], 250, "{early}");
}

/// `gong sync` of a tenant that answers as real tenants do
/// (`GONG_SANDBOX_VARIATIONS`): every record arrives, as without them.
#[test]
fn sync_copies_a_tenant_that_answers_with_real_variations() {
    let dir = TempDir::new("sync-variations");
    let home = &dir.0;
    for seed in ["3", "11"] {
        let db = format!("sqlite:{}", home.join(format!("gong-{seed}.db")).display());
        let (code, first, stderr) = gong(
            home,
            &[
                "--sandbox",
                "--sandbox-variations",
                seed,
                "sync",
                "--db",
                &db,
                "-o",
                "json",
            ],
        );
        assert_eq!(code, 0, "variations {seed}: {stderr}");
        assert_eq!(first["outcome"], "done", "{first}");
        // The 250 calls less the 12 the embedded Gong marks private.
        assert_eq!(stream(&first, "calls")["inserted"], 238, "{first}");
        assert_eq!(stream(&first, "transcripts")["inserted"], 238, "{first}");
        assert_eq!(stream(&first, "users")["inserted"], 20, "{first}");
        // The same tenant without variations: nothing new, nothing twice.
        let (code, plain, stderr) = gong(home, &["--sandbox", "sync", "--db", &db, "-o", "json"]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(plain["outcome"], "done", "{plain}");
        assert_eq!(stream(&plain, "calls")["inserted"], 0, "{plain}");
    }
}

/// Gong refuses with a `Retry-After` longer than the client waits: `gong
/// sync` prints its report, says when to resume, and exits 6 (partial,
/// resumable); the next run finishes the job, each call once.
#[tokio::test(flavor = "multi_thread")]
async fn a_long_retry_after_ends_the_sync_with_the_resumable_exit_code() {
    let dir = TempDir::new("sync-retry-after");
    let home = dir.0.clone();
    let db = format!("sqlite:{}", dir.path("gong.db").display());
    let sb = gong_sandbox::Sandbox::builder()
        .seed(21)
        .calls(300)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let env = [
        ("GONG_BASE_URL", sb.url().to_owned()),
        ("GONG_ACCESS_KEY", sb.access_key().to_owned()),
        ("GONG_ACCESS_KEY_SECRET", sb.access_key_secret().to_owned()),
    ];
    let sync = move |home: std::path::PathBuf, db: String, env: [(&'static str, String); 3]| {
        tokio::task::spawn_blocking(move || {
            let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
            gong_with(&home, &env, &["sync", "--db", &db, "-o", "json"])
        })
    };
    // Planning and workspaces pass; the second page of calls is refused for an hour.
    sb.refuse_after(3, std::time::Duration::from_secs(3600));
    let (code, report, stderr) = sync(home.clone(), db.clone(), env.clone()).await.unwrap();
    assert_eq!(code, 6, "{stderr}");
    assert_eq!(report["outcome"], "budgetReached", "{report}");
    let resume = report["resumeAfter"].as_str().unwrap();
    let resume = chrono::DateTime::parse_from_rfc3339(resume).unwrap();
    let wait = resume.signed_duration_since(chrono::Utc::now());
    assert!(
        wait > chrono::Duration::minutes(55) && wait <= chrono::Duration::minutes(61),
        "{wait}"
    );
    assert!(stderr.contains("budget reached, resume after"), "{stderr}");
    assert_eq!(stream(&report, "calls")["finished"], false);
    let first_inserted = stream(&report, "calls")["inserted"].as_u64().unwrap();
    assert!(first_inserted > 80, "{report}");
    // The client remembers Gong's refusal (its quota state under HOME) and
    // sends nothing until the time has passed: a second run at once is
    // refused without a request, and still resumable.
    let (code, report, stderr) = sync(home.clone(), db.clone(), env.clone()).await.unwrap();
    assert_eq!((code, report["requests"].as_u64()), (6, Some(0)), "{stderr}");
    // The hour has passed (a home without that memory stands for it).
    sb.stop_refusing();
    let later = dir.path("later");
    std::fs::create_dir_all(&later).unwrap();
    let (code, report, stderr) = sync(later, db.clone(), env.clone()).await.unwrap();
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(report["outcome"], "done");
    assert_eq!(report["resumeAfter"], Value::Null);
    // The rest of the calls: the 200 the first run did not read.
    assert_eq!(stream(&report, "calls")["records"], 200, "{report}");
    // Each public call inserted once over the two runs.
    let inserted = first_inserted + stream(&report, "calls")["inserted"].as_u64().unwrap();
    assert_eq!(inserted as usize, sb.call_ids().len() - sb.private_call_ids().len());
    sb.shutdown().await;
}

/// `--plan` shows the lookback's cost on a line of its own, and
/// `--lookback 0` turns it off.
#[test]
fn the_plan_shows_the_lookback_on_its_own_line() {
    let dir = TempDir::new("sync-plan-lookback");
    let db = format!("sqlite:{}", dir.path("gong.db").display());
    let home = dir.0.as_path();
    let (code, _, stderr) = gong(home, &["--sandbox", "sync", "--db", &db, "-o", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, plan, stderr) = gong(home, &["--sandbox", "sync", "--db", &db, "--plan", "-o", "json"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(plan["lookback"]["days"], 7, "{plan}");
    assert_eq!(plan["lookback"]["included"], true, "{plan}");
    let line = stderr
        .lines()
        .find(|l| l.starts_with("lookback: 7 days"))
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(line.contains("requests"), "{line}");
    let (code, plan, stderr) = gong(
        home,
        &[
            "--sandbox",
            "sync",
            "--db",
            &db,
            "--plan",
            "--lookback",
            "0",
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(plan["lookback"], Value::Null, "{plan}");
    assert!(!stderr.contains("lookback:"), "{stderr}");
}
