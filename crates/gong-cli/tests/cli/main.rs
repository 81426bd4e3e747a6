//! The `gong` binary end to end, in one test binary (one link instead of
//! four): each module runs the built `gong` (`CARGO_BIN_EXE_gong`) as a user
//! would, against a local mock of Gong, the embedded Gong, or itself.

mod commands;
mod hostile;
#[cfg(feature = "sandbox")]
mod sandbox;
#[cfg(feature = "sandbox")]
mod sync;
mod webhook;

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
