//! The `gong` binary end to end, in one test binary (one link instead of
//! four): each module runs the built `gong` (`CARGO_BIN_EXE_gong`) as a user
//! would, against a local mock of Gong, the embedded Gong, or itself.

mod api;
mod commands;
mod conventions;
mod hostile;
mod layers;
#[cfg(all(feature = "mcp", feature = "sandbox"))]
mod mcp;
mod neighbours;
mod reemit;
#[cfg(feature = "sandbox")]
mod sandbox;
#[cfg(feature = "sandbox")]
mod sync;
mod webhook;
mod webhook_queue;

/// A scratch directory, removed when dropped. Its name holds the process id
/// and a counter, so the modules of this one binary, running in parallel,
/// never share one even when they pick the same label.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    /// A fresh, empty directory labelled `name`.
    pub fn new(name: &str) -> TempDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("gong-cli-test-{}-{n}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    /// `name` inside the directory.
    pub fn path(&self, name: &str) -> std::path::PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `gong` with a clean environment: `home` as HOME and its `profiles.json`
/// as the profile file, no configuration, no credentials, no retries.
pub fn bare(home: &std::path::Path) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_gong"));
    c.env_clear()
        .env("HOME", home)
        .env("GONG_CONFIG", home.join("profiles.json"))
        .env("GONG_RETRIES", "0");
    c
}

/// What one run of `gong` left: its exit code and output.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts exit code 0.
    pub fn ok(self) -> Run {
        self.code(0)
    }
    /// Asserts the exit code.
    pub fn code(self, code: i32) -> Run {
        assert_eq!(self.code, code, "stdout: {}\nstderr: {}", self.stdout, self.stderr);
        self
    }
    /// Standard output as one JSON document.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }
    /// Standard output as JSON lines.
    pub fn lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}")))
            .collect()
    }
}

/// The lines a running child writes on its (piped) stderr, read by a thread
/// of their own so the child never blocks on a full pipe.
pub fn stderr_lines(child: &mut std::process::Child) -> std::sync::mpsc::Receiver<String> {
    use std::io::BufRead;
    let (tx, rx) = std::sync::mpsc::channel();
    let stderr = child.stderr.take().expect("stderr is piped");
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    rx
}

/// Runs `cmd` with `args` to its end, `stdin` piped in when given.
pub fn run_with(cmd: &mut std::process::Command, args: &[&str], stdin: Option<&[u8]>) -> Run {
    use std::io::Write;
    use std::process::Stdio;
    cmd.args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the gong binary runs");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}
