//! The sync suite against a real PostgreSQL server of the test's own: a
//! private cluster (initdb, pg_ctl) in a temporary directory on a free
//! port, stopped on drop. Missing binaries fail the tests in CI (`.ci/run`
//! installs Debian's `postgresql`) and skip them elsewhere, saying so.

use std::path::PathBuf;
use std::process::Command;

use gong_client::sync::PostgresStore;

use crate::common::TempDir;
use crate::sync;

struct PgServer {
    bin: PathBuf,
    data: PathBuf,
    as_postgres: bool,
    url: String,
    _dir: TempDir,
}

/// The directory holding `initdb` and `pg_ctl`: on PATH, or Debian's
/// `/usr/lib/postgresql/<version>/bin` (newest first).
fn find_bin() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .find(|d| d.join("initdb").is_file() && d.join("pg_ctl").is_file());
    on_path.or_else(|| {
        let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
            .ok()?
            .filter_map(|e| {
                let e = e.ok()?;
                let v: u32 = e.file_name().to_str()?.parse().ok()?;
                let bin = e.path().join("bin");
                bin.join("initdb").is_file().then_some((v, bin))
            })
            .collect();
        versions.sort();
        versions.pop().map(|(_, b)| b)
    })
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

impl PgServer {
    fn start(test: &str) -> Option<PgServer> {
        let Some(bin) = find_bin() else {
            assert!(
                std::env::var_os("CI").is_none(),
                "{test} needs PostgreSQL's initdb and pg_ctl (.ci/run installs Debian's postgresql)"
            );
            eprintln!("skipping {test}: no initdb/pg_ctl (install postgresql to run it)");
            return None;
        };
        let dir = TempDir::new("pg");
        let data = dir.path("data");
        // initdb refuses to run as root: the cluster belongs to `postgres` then.
        let as_postgres = is_root();
        if as_postgres {
            let ok = Command::new("chown")
                .args(["-R", "postgres:"])
                .arg(&dir.0)
                .status()
                .unwrap()
                .success();
            assert!(ok, "chown of the cluster directory");
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let run = |tool: &str, args: &[&str]| {
            let mut cmd = if as_postgres {
                let mut c = Command::new("runuser");
                c.args(["-u", "postgres", "--"]).arg(bin.join(tool));
                c
            } else {
                Command::new(bin.join(tool))
            };
            let out = cmd.args(args).output().unwrap();
            assert!(
                out.status.success(),
                "{tool} failed: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        };
        let data_s = data.to_str().unwrap().to_owned();
        run(
            "initdb",
            &[
                "-D",
                &data_s,
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
        );
        let server = PgServer {
            bin: bin.clone(),
            data: data.clone(),
            as_postgres,
            url: format!("postgres://postgres@127.0.0.1:{port}/postgres"),
            _dir: dir,
        };
        let options = format!(
            "-p {port} -c listen_addresses=127.0.0.1 -k {} -c fsync=off -c full_page_writes=off",
            server._dir.0.display()
        );
        let log = server._dir.path("log");
        run(
            "pg_ctl",
            &[
                "-D",
                &data_s,
                "-o",
                &options,
                "-l",
                log.to_str().unwrap(),
                "-w",
                "start",
            ],
        );
        Some(server)
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(self.bin.join("pg_ctl"));
            c
        } else {
            Command::new(self.bin.join("pg_ctl"))
        };
        let _ = cmd
            .args(["-D", &self.data.display().to_string(), "-m", "immediate", "-w", "stop"])
            .output();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_full_sync_then_an_idle_run_spends_one_request() {
    let Some(pg) = PgServer::start("postgres_full_sync") else {
        return;
    };
    let store = PostgresStore::connect(&pg.url).await.unwrap();
    sync::full_then_idle(&store).await;
    // Reconnecting finds the schema in place and the data kept.
    let again = PostgresStore::connect(&pg.url).await.unwrap();
    assert_eq!(gong_client::sync::Store::counts(&again).await.unwrap().calls, 1000);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_late_calls_and_transcripts_come_in_the_next_run() {
    let Some(pg) = PgServer::start("postgres_late_calls") else {
        return;
    };
    let store = PostgresStore::connect(&pg.url).await.unwrap();
    sync::late_calls_and_transcripts(&store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_budget_stop_and_resume() {
    let Some(pg) = PgServer::start("postgres_budget") else {
        return;
    };
    let store = PostgresStore::connect(&pg.url).await.unwrap();
    sync::budget_stop_and_resume(&store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_sync_killed_at_random_points_ends_with_every_record_once() {
    let Some(pg) = PgServer::start("postgres_killed") else {
        return;
    };
    sync::killed_and_rerun(&pg.url).await;
}
