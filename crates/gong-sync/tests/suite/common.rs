//! Helpers the test modules share.

/// A client of `base` with an API key and no pacing.
pub fn api_key_client(base: &str) -> gong_client::Client {
    gong_client::Client::builder()
        .base_url(base)
        .api_key("k", "s")
        .rate_limit(None)
        .build()
        .unwrap()
}

/// A directory of the test's own, removed on drop.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        // One test binary runs every module's tests at once: a counter keeps
        // two tests that pick the same name apart.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("gong-sync-test-{}-{n}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    pub fn path(&self, name: &str) -> std::path::PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
