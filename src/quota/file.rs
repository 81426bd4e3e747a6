//! A quota shared by every process on one machine: a state file changed
//! under an exclusive OS lock.

use std::path::{Path, PathBuf};
use std::time::Duration;

use futures::future::BoxFuture;

use super::{Quota, QuotaSettings, QuotaState, Usage};
use crate::clock::unix_micros;
use crate::error::{Error, Result};

/// Largest state file read; anything longer is not ours and starts afresh.
const MAX_STATE_BYTES: u64 = 64 * 1024;

/// A quota kept in a JSON file, shared by every process that opens the same
/// path (one per tenant). Each change takes an exclusive lock on a lock
/// file beside it (`PATH.lock`), reads the state, changes it and replaces
/// the file atomically, so a crash never leaves half a state behind.
///
/// The files are written as [`crate::files`] describes: 0600 in a 0700
/// directory, the state through an exclusively created temporary file, the
/// lock never through a symlink. A lock another process keeps is waited for
/// [`crate::files::LOCK_WAIT`] at most, then the request fails with
/// [`Error::Io`]. A state someone else wrote is only believed within sane
/// bounds (see [`QuotaState`]).
///
/// Times are this machine's clock (Unix time), so every process agrees.
#[derive(Debug, Clone)]
pub struct FileQuota {
    settings: QuotaSettings,
    path: PathBuf,
    lock_path: PathBuf,
    lock_wait: Duration,
}

impl FileQuota {
    /// A quota applying `settings`, kept at `path` (its directory is created
    /// when missing).
    pub fn new(path: impl Into<PathBuf>, settings: QuotaSettings) -> Result<Self> {
        settings.validate()?;
        let path = path.into();
        if path.file_name().is_none() {
            return Err(Error::invalid("quotaFile", "must name a file"));
        }
        let mut lock_path = path.clone().into_os_string();
        lock_path.push(".lock");
        Ok(FileQuota {
            settings,
            path,
            lock_path: lock_path.into(),
            lock_wait: crate::files::LOCK_WAIT,
        })
    }

    /// How long a lock another process keeps is waited for before the
    /// request fails (default [`crate::files::LOCK_WAIT`], 30 s).
    pub fn with_lock_wait(mut self, wait: Duration) -> Self {
        self.lock_wait = wait;
        self
    }

    /// Where the state is kept.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The conventional file for `tenant` under `dir`: the tenant's name
    /// reduced to letters, digits, `-`, `_` and `.`.
    pub fn path_for(dir: &Path, tenant: &str) -> PathBuf {
        let name: String = tenant
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '_'
                }
            })
            .take(120)
            .collect();
        dir.join(format!("{name}.quota.json"))
    }

    /// Runs `change` on the state under the lock, off the runtime's threads.
    async fn with_state<T: Send + 'static>(
        &self,
        change: impl FnOnce(&mut QuotaState, u64) -> T + Send + 'static,
    ) -> Result<T> {
        let this = self.clone();
        tokio::task::spawn_blocking(move || this.locked(change))
            .await
            .map_err(|e| Error::Io {
                context: "the quota file task".into(),
                source: std::io::Error::other(e.to_string()),
            })?
    }

    fn locked<T>(&self, change: impl FnOnce(&mut QuotaState, u64) -> T) -> Result<T> {
        let io = |context: &str, path: &Path| {
            let context = format!("{context} {}", path.display());
            move |source| Error::Io { context, source }
        };
        let dir = crate::files::parent_dir(&self.path);
        crate::files::create_private_dir(dir).map_err(io("creating the quota directory", dir))?;
        let lock = crate::files::lock_exclusive(&self.lock_path, "the quota file", self.lock_wait)
            .map_err(io("locking", &self.lock_path))?;
        if matches!(lock, crate::files::Locked::Unsupported) {
            return Err(io("locking", &self.lock_path)(std::io::Error::new(
                std::io::ErrorKind::Unsupported,
                "the file system has no locks; use --quota local or a Redis quota",
            )));
        }
        let mut state = read_state(&self.path).map_err(io("reading the quota file", &self.path))?;
        let out = change(&mut state, unix_micros());
        write_state(&self.path, &state).map_err(io("writing the quota file", &self.path))?;
        // Dropping the file releases the lock.
        drop(lock);
        Ok(out)
    }
}

/// The state in `path`; a missing, empty, unreadable or oversized one, or
/// one that is not a regular file (not written by us), starts afresh.
fn read_state(path: &Path) -> std::io::Result<QuotaState> {
    match crate::files::read_regular(path, MAX_STATE_BYTES) {
        Ok(Some(text)) => Ok(serde_json::from_slice(&text).unwrap_or_default()),
        Ok(None) => Ok(QuotaState::default()),
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => Ok(QuotaState::default()),
        Err(e) => Err(e),
    }
}

/// Replaces `path` with `state`, owner-only and never through a symlink
/// ([`crate::files::write_private_unsynced`]).
fn write_state(path: &Path, state: &QuotaState) -> std::io::Result<()> {
    crate::files::write_private_unsynced(path, &serde_json::to_vec(state).map_err(std::io::Error::other)?)
}

impl Quota for FileQuota {
    fn reserve(&self) -> BoxFuture<'_, Result<Duration>> {
        let settings = self.settings.clone();
        Box::pin(async move {
            let start = self.with_state(move |st, now| st.reserve(now, &settings)).await??;
            // Measured when the answer is back: the lock may have taken a while.
            Ok(Duration::from_micros(start.saturating_sub(unix_micros())))
        })
    }

    fn reslot(&self) -> BoxFuture<'_, Result<Duration>> {
        let settings = self.settings.clone();
        Box::pin(async move {
            let start = self.with_state(move |st, now| st.reslot(now, &settings)).await?;
            Ok(Duration::from_micros(start.saturating_sub(unix_micros())))
        })
    }

    fn throttled(&self, retry_after: Option<Duration>) -> BoxFuture<'_, Result<()>> {
        let settings = self.settings.clone();
        Box::pin(self.with_state(move |st, now| st.throttled(now, retry_after, &settings)))
    }

    fn usage(&self) -> BoxFuture<'_, Result<Usage>> {
        let settings = self.settings.clone();
        Box::pin(self.with_state(move |st, now| st.usage(now, &settings)))
    }

    fn settings(&self) -> &QuotaSettings {
        &self.settings
    }
}
