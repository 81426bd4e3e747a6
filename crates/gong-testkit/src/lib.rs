//! What the workspace's tests and benches share that is not Gong: a private
//! PostgreSQL cluster per test ([`PgServer`]), and the check that a crate's
//! modules import one way ([`layers`]).
//!
//! A cluster is made with `initdb` in a fresh temporary directory and
//! started with `pg_ctl`, listening on a Unix socket in that directory and
//! on no TCP port (no port to race another process for); it is stopped and
//! its directory removed on drop. Missing binaries fail the caller in CI
//! (`CI` set: `.ci/run` installs Debian's `postgresql`) and skip it
//! elsewhere, saying so.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod layers;

use std::path::{Path, PathBuf};
use std::process::Command;

/// How [`PgServer::start_with`] sets the cluster up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// `fsync=off`, `full_page_writes=off`: fast, for tests (a crash of the
    /// machine loses the cluster, which a test does not care about).
    Fast,
    /// PostgreSQL's defaults (every commit flushed): for benchmarks whose
    /// numbers must hold for a real server.
    Flushed,
}

/// A running private PostgreSQL cluster.
pub struct PgServer {
    bin: PathBuf,
    data: PathBuf,
    /// The cluster's directory, also the socket's: the tools run in it, so
    /// that they work when the checkout is somewhere `postgres` cannot read.
    dir: PathBuf,
    as_postgres: bool,
    url: String,
}

impl std::fmt::Debug for PgServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgServer")
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
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

/// A fresh directory for one cluster, unique within the machine.
fn cluster_dir(test: &str) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let label: String = test
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(24)
        .collect();
    let dir = std::env::temp_dir().join(format!("gong-pg-{}-{n}-{label}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the cluster's directory");
    dir
}

impl PgServer {
    /// Starts a [`Durability::Fast`] cluster for `test`; `None` (after
    /// saying so on stderr) when PostgreSQL is not installed, outside CI.
    pub fn start(test: &str) -> Option<PgServer> {
        PgServer::start_with(test, Durability::Fast)
    }

    /// Starts a cluster for `test` with the given durability.
    pub fn start_with(test: &str, durability: Durability) -> Option<PgServer> {
        let Some(bin) = find_bin() else {
            assert!(
                std::env::var_os("CI").is_none(),
                "{test} needs PostgreSQL's initdb and pg_ctl (.ci/run installs Debian's postgresql)"
            );
            eprintln!("skipping {test}: no initdb/pg_ctl (install postgresql to run it)");
            return None;
        };
        let dir = cluster_dir(test);
        let data = dir.join("data");
        // initdb refuses to run as root: the cluster belongs to `postgres` then.
        let as_postgres = is_root();
        let mut server = PgServer {
            bin,
            data,
            url: String::new(),
            dir,
            as_postgres,
        };
        if as_postgres {
            let ok = Command::new("chown")
                .args(["-R", "postgres:"])
                .arg(&server.dir)
                .status()
                .expect("chown runs")
                .success();
            assert!(ok, "chown of the cluster directory");
        }
        let data_s = server.data.to_str().expect("a UTF-8 temporary directory").to_owned();
        server.run(
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
        let socket_dir = server.dir.to_str().expect("a UTF-8 temporary directory").to_owned();
        assert!(
            !socket_dir.contains(|c: char| c.is_whitespace() || c == '\'' || c == '%'),
            "{socket_dir}: a socket directory pg_ctl's -o and the URL take as is"
        );
        // Unix socket paths are limited to about 107 bytes.
        assert!(
            socket_dir.len() + "/.s.PGSQL.5432".len() < 100,
            "{socket_dir}: too long for a Unix socket path; set TMPDIR to a shorter directory"
        );
        // No TCP listener at all: only the socket in the cluster's directory.
        let mut options = format!("-c listen_addresses='' -k {socket_dir} -c max_connections=200");
        if durability == Durability::Fast {
            options.push_str(" -c fsync=off -c full_page_writes=off");
        }
        let log = server.dir.join("log");
        server.run(
            "pg_ctl",
            &[
                "-D",
                &data_s,
                "-o",
                &options,
                "-l",
                log.to_str().expect("a UTF-8 temporary directory"),
                "-w",
                "start",
            ],
        );
        server.url = format!("postgres://postgres@/postgres?host={socket_dir}");
        Some(server)
    }

    /// The connection URL (user `postgres`, database `postgres`, the socket).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The cluster's directory, where its socket is.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn run(&self, tool: &str, args: &[&str]) {
        let out = self.tool(tool).args(args).output().expect("PostgreSQL's tools run");
        assert!(
            out.status.success(),
            "{tool} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// One of PostgreSQL's tools, as `postgres` when running as root,
    /// started in the cluster's directory.
    fn tool(&self, tool: &str) -> Command {
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(self.bin.join(tool));
            c
        } else {
            Command::new(self.bin.join(tool))
        };
        cmd.current_dir(&self.dir);
        cmd
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        if !self.url.is_empty() {
            let _ = self
                .tool("pg_ctl")
                .args(["-D", &self.data.display().to_string(), "-m", "immediate", "-w", "stop"])
                .output();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
