//! The files the library keeps on this machine (OAuth tokens, shared quota
//! state, their lock files), written as a careful daemon writes them:
//!
//! - directories it creates are readable by their owner only (0700), files
//!   too (0600);
//! - a file is replaced through a temporary file created exclusively
//!   (`O_CREAT | O_EXCL`, never through a symlink) in the target's own
//!   directory, synced, then renamed over the target: a reader sees the old
//!   file or the new one, never half of either, and a link planted where the
//!   temporary file goes makes the write fail instead of overwriting what it
//!   points to;
//! - lock files are opened without following a symlink, and a lock held by
//!   someone else is waited for a bounded time, with a notice after five
//!   seconds (see [`crate::WAIT_TARGET`]), then refused with
//!   [`std::io::ErrorKind::TimedOut`];
//! - files are read only when they are regular files, up to a size, and
//!   opening never blocks (a FIFO planted under the name is refused, not
//!   waited on).

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long [`lock_exclusive`] waits for a lock held by someone else.
pub const LOCK_WAIT: Duration = Duration::from_secs(30);

/// Adds "do not follow a symlink in the last component" and "do not block
/// on open" to `options` (Unix; elsewhere nothing).
fn no_follow(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options
}

/// Sets mode 0600 on files `options` creates (Unix).
fn private_mode(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// The directory `path` is in (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Creates `dir` and its missing parents, each readable by its owner only
/// (0700). Directories that exist are left as they are.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Creates `path` exclusively with mode 0600 (failing if anything, a
/// symlink included, is already there) and opens it for writing.
pub fn create_new_private(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    no_follow(private_mode(&mut options)).open(path)
}

/// Writes `bytes` to `path`, readable by its owner only: a temporary file
/// created exclusively beside it ([`create_new_private`]), synced, renamed
/// over `path`, and the directory synced. A reader sees the old file or the
/// new one, never half of either; a symlink at `path` is replaced, never
/// followed. The directory is created (0700) when missing.
pub fn write_private_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    replace_private(path, bytes, true)
}

/// [`write_private_atomically`] without syncing to disk: for state that
/// may be lost in a power cut but never half-written (a shared quota).
pub fn write_private_unsynced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    replace_private(path, bytes, false)
}

fn replace_private(path: &Path, bytes: &[u8], durable: bool) -> std::io::Result<()> {
    let dir = parent_dir(path);
    create_private_dir(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.{}.{}.tmp", std::process::id(), fastrand::u32(..)));
    let result = (|| {
        let mut f = create_new_private(&tmp)?;
        f.write_all(bytes)?;
        if durable {
            f.sync_all()?;
        }
        drop(f);
        std::fs::rename(&tmp, path)?;
        if durable {
            sync_dir(dir);
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Syncs a directory's entries to disk, where the platform can.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Reads `path` when it is a regular file of at most `max` bytes: `None`
/// when it does not exist; an error ([`std::io::ErrorKind::InvalidData`])
/// when it is something else (a FIFO, a device, a directory) or longer.
/// Opening never blocks.
pub fn read_regular(path: &Path, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    read_regular_with(path, max, true)
}

/// [`read_regular`], refusing a symlink too (its error is
/// [`std::io::ErrorKind::InvalidData`]): for files that must be the
/// directory's own (a webhook spool).
pub fn read_regular_no_follow(path: &Path, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    read_regular_with(path, max, false)
}

fn read_regular_with(path: &Path, max: u64, follow: bool) -> std::io::Result<Option<Vec<u8>>> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A FIFO never blocks the open.
        options.custom_flags(if follow {
            libc::O_NONBLOCK
        } else {
            libc::O_NONBLOCK | libc::O_NOFOLLOW
        });
    }
    let file = match options.open(path) {
        Err(e) if is_symlink_refusal(&e) => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("{} is a symlink", path.display()),
            ));
        }
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("{} is not a regular file", path.display()),
        ));
    }
    let mut data = Vec::new();
    file.take(max.saturating_add(1)).read_to_end(&mut data)?;
    if data.len() as u64 > max {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("{} is larger than {max} bytes", path.display()),
        ));
    }
    Ok(Some(data))
}

/// An exclusively locked file; the lock goes with the handle.
#[derive(Debug)]
pub struct FileLock {
    file: File,
    path: PathBuf,
}

impl FileLock {
    /// The lock file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// Opens the lock file `path` (created 0600 in a 0700 directory when
/// missing; never through a symlink) without locking it.
pub fn open_lock_file(path: &Path) -> std::io::Result<File> {
    create_private_dir(parent_dir(path))?;
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    let file = no_follow(private_mode(&mut options)).open(path).map_err(|e| {
        if is_symlink_refusal(&e) {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!(
                    "{} is a symlink; a lock file is never followed through one",
                    path.display()
                ),
            )
        } else {
            e
        }
    })?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{} is not a regular file", path.display()),
        ));
    }
    Ok(file)
}

/// True for the error `O_NOFOLLOW` gives on a symlink (`ELOOP`).
fn is_symlink_refusal(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        e.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

/// What [`lock_exclusive`] got.
#[derive(Debug)]
pub enum Locked {
    /// The lock is held until the value drops.
    Held(FileLock),
    /// The file system has no locks: nothing is held.
    Unsupported,
}

/// Takes an exclusive lock on `path` ([`open_lock_file`]), blocking the
/// thread. Someone else holding it is waited for `max_wait` at most,
/// polling; past five seconds a notice says what is waited for and until
/// when; past `max_wait` the error is [`std::io::ErrorKind::TimedOut`],
/// naming `what` and the path.
pub fn lock_exclusive(path: &Path, what: &str, max_wait: Duration) -> std::io::Result<Locked> {
    let file = open_lock_file(path)?;
    let started = Instant::now();
    let mut pause = Duration::from_millis(10);
    let mut announced = false;
    loop {
        match file.try_lock() {
            Ok(()) => {
                return Ok(Locked::Held(FileLock {
                    file,
                    path: path.to_path_buf(),
                }));
            }
            Err(std::fs::TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
                return Ok(Locked::Unsupported);
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
            Err(std::fs::TryLockError::WouldBlock) => {}
        }
        let waited = started.elapsed();
        if waited >= max_wait {
            return Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                format!(
                    "{what}: {} is locked by another process; gave up after {} s",
                    path.display(),
                    waited.as_secs()
                ),
            ));
        }
        if !announced && waited >= crate::clock::ANNOUNCED_WAIT {
            announced = true;
            crate::clock::announce_wait(
                &format!("{what} ({} is locked by another process)", path.display()),
                max_wait.saturating_sub(waited) + Duration::from_millis(999),
            );
        }
        std::thread::sleep(pause.min(max_wait.saturating_sub(waited)));
        pause = (pause * 2).min(Duration::from_millis(250));
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("gong-files-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn mode(path: &Path) -> u32 {
        std::fs::symlink_metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn files_and_directories_are_owner_only_and_links_are_replaced_not_followed() {
        let dir = scratch("write");
        let path = dir.join("sub").join("state.json");
        write_private_atomically(&path, b"one").unwrap();
        assert_eq!((mode(&dir), mode(&dir.join("sub")), mode(&path)), (0o700, 0o700, 0o600));
        // A link planted at the target is replaced; its target is untouched.
        let victim = dir.join("victim");
        std::fs::write(&victim, b"precious").unwrap();
        std::fs::remove_file(&path).unwrap();
        std::os::unix::fs::symlink(&victim, &path).unwrap();
        write_private_atomically(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
        assert!(!std::fs::symlink_metadata(&path).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        // An exclusive create never goes through a link.
        let link = dir.join("link");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        assert!(create_new_private(&link).is_err());
        assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn lock_files_are_not_followed_and_a_held_lock_is_waited_for_a_bounded_time() {
        let dir = scratch("lock");
        let path = dir.join("x.lock");
        let Locked::Held(held) = lock_exclusive(&path, "test", LOCK_WAIT).unwrap() else {
            panic!("no locks on the temp file system")
        };
        assert_eq!((mode(&dir), mode(&path)), (0o700, 0o600));
        let err = lock_exclusive(&path, "the test lock", Duration::from_millis(200)).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::TimedOut);
        assert!(err.to_string().contains("the test lock"), "{err}");
        drop(held);
        assert!(matches!(
            lock_exclusive(&path, "test", Duration::ZERO).unwrap(),
            Locked::Held(_)
        ));
        let victim = dir.join("victim");
        std::fs::write(&victim, b"").unwrap();
        let link = dir.join("y.lock");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        let err = lock_exclusive(&link, "test", LOCK_WAIT).unwrap_err();
        assert!(err.to_string().contains("symlink"), "{err}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn only_regular_files_are_read_and_a_fifo_never_blocks() {
        let dir = scratch("read");
        create_private_dir(&dir).unwrap();
        assert!(read_regular(&dir.join("missing"), 10).unwrap().is_none());
        std::fs::write(dir.join("big"), vec![b'x'; 11]).unwrap();
        assert!(read_regular(&dir.join("big"), 10).is_err());
        assert_eq!(read_regular(&dir.join("big"), 11).unwrap().unwrap().len(), 11);
        let fifo = dir.join("fifo");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let err = read_regular(&fifo, 10).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
        assert!(read_regular(&dir, 10).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
