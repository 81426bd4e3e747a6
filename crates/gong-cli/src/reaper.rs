//! `--exec` handlers: how they run ([`shell`]), and, for `gong webhook
//! consume`, how they die with their consumer.
//!
//! Each handler runs in a process group of its own (std's safe
//! `process_group(0)`), so one signal to the group reaches the shell and
//! everything it started. Two paths kill a group:
//!
//! - The consumer itself, when it gives up on a handler while it is alive
//!   (the drain timeout at a stop, `--timeout`, a lost lease):
//!   [`HandlerGroup`] kills its group when dropped before the handler was
//!   reaped.
//! - A watchdog process, `gong webhook handler-reaper` (hidden), which every
//!   consumer starts beside itself. It reads `+PGID` / `-PGID` lines on its
//!   stdin, a pipe whose write end only the consumer holds. However the
//!   consumer ends, `kill -9` and the OOM killer included, the kernel closes
//!   that pipe, and the watchdog then kills every group still registered and
//!   exits. The watchdog sits in a process group of its own too, so a
//!   Ctrl-C at the terminal (which the consumer handles by draining) does
//!   not reach it.
//!
//! Why not `PR_SET_PDEATHSIG`: it must be set in the child between fork and
//! exec (`CommandExt::pre_exec`, an unsafe API, and this crate forbids
//! unsafe code); it reaches the direct child only, not what the shell
//! started; and it fires when the spawning *thread* ends, which in a tokio
//! runtime is not the consumer's end. Left: a handler that moves itself into
//! another process group or session escapes both paths, and a consumer
//! killed in the microseconds between spawning a handler and registering it
//! leaves that one handler running.

#[cfg(unix)]
use std::io::Write;
use std::sync::Mutex;

use crate::failure::Failure;

/// `sh -c COMMAND` (`cmd /C` on Windows): how `--exec` handlers run.
pub fn shell(command: &str) -> tokio::process::Command {
    let mut c = if cfg!(windows) {
        let mut c = tokio::process::Command::new("cmd");
        c.arg("/C");
        c
    } else {
        let mut c = tokio::process::Command::new("sh");
        c.arg("-c");
        c
    };
    c.arg(command);
    c
}

/// The consumer's side of the watchdog.
pub struct Reaper {
    /// The watchdog and the write end of its stdin; `None` when there is
    /// none (no `--exec`, or not on Unix) or it is gone.
    pipe: Mutex<Option<(std::process::Child, std::process::ChildStdin)>>,
    /// Whether a watchdog is wanted at all.
    watching: bool,
}

impl Reaper {
    /// Starts the watchdog (on Unix; elsewhere handlers are only killed by
    /// a consumer that is alive to do it).
    pub fn start() -> Result<Reaper, Failure> {
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            let exe = std::env::current_exe()
                .map_err(|e| Failure::Other(format!("finding the gong executable for the handler watchdog: {e}")))?;
            let mut child = std::process::Command::new(exe)
                .args(["webhook", "handler-reaper"])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .process_group(0)
                .spawn()
                .map_err(|e| Failure::Other(format!("starting the handler watchdog: {e}")))?;
            let stdin = child
                .stdin
                .take()
                .ok_or_else(|| Failure::Other("the handler watchdog has no stdin".into()))?;
            Ok(Reaper {
                pipe: Mutex::new(Some((child, stdin))),
                watching: true,
            })
        }
        #[cfg(not(unix))]
        {
            Ok(Reaper::none())
        }
    }

    /// No watchdog: for a consumer that runs no handler processes.
    pub fn none() -> Reaper {
        Reaper {
            pipe: Mutex::new(None),
            watching: false,
        }
    }

    /// Tells the watchdog about a handler group (`+`) or that it ended (`-`).
    #[cfg(unix)]
    fn tell(&self, sign: char, pgid: u32) {
        let mut pipe = self.pipe.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, stdin)) = pipe.as_mut()
            && writeln!(stdin, "{sign}{pgid}").and_then(|()| stdin.flush()).is_err()
        {
            eprintln!("gong webhook consume: the handler watchdog is gone; handlers will not die with this consumer");
            *pipe = None;
        }
    }

    /// Whether the watchdog, if one was started, still runs.
    pub fn alive(&self) -> bool {
        if !self.watching {
            return true;
        }
        let mut pipe = self.pipe.lock().unwrap_or_else(|p| p.into_inner());
        match pipe.as_mut() {
            Some((child, _)) => matches!(child.try_wait(), Ok(None)),
            None => false,
        }
    }

    /// Registers a handler that was just spawned; the returned guard kills
    /// its group if it is dropped before [`HandlerGroup::reaped`].
    pub fn register(&self, pid: Option<u32>) -> HandlerGroup<'_> {
        #[cfg(unix)]
        if let Some(pid) = pid {
            self.tell('+', pid);
        }
        HandlerGroup {
            reaper: self,
            pgid: pid,
        }
    }
}

impl Drop for Reaper {
    fn drop(&mut self) {
        if let Some((mut child, stdin)) = self.pipe.lock().unwrap_or_else(|p| p.into_inner()).take() {
            // Closing the pipe is the watchdog's signal: it kills what is
            // still registered (nothing, after a clean stop) and exits.
            drop(stdin);
            let _ = child.wait();
        }
    }
}

/// A running handler's process group.
pub struct HandlerGroup<'a> {
    reaper: &'a Reaper,
    pgid: Option<u32>,
}

impl HandlerGroup<'_> {
    /// The handler exited and was waited for: nothing to kill any more.
    pub fn reaped(mut self) {
        self.forget();
    }

    fn forget(&mut self) {
        #[cfg(unix)]
        if let Some(pgid) = self.pgid.take() {
            self.reaper.tell('-', pgid);
        }
        #[cfg(not(unix))]
        {
            let _ = (&self.reaper, self.pgid.take());
        }
    }
}

impl Drop for HandlerGroup<'_> {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(pgid) = self.pgid {
            kill_group(pgid);
        }
        self.forget();
    }
}

/// SIGKILL to every process of group `pgid`.
#[cfg(unix)]
fn kill_group(pgid: u32) {
    let Some(pid) = i32::try_from(pgid).ok().and_then(rustix::process::Pid::from_raw) else {
        return;
    };
    let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
}

/// `gong webhook handler-reaper`: the watchdog. Reads `+PGID` and `-PGID`
/// lines until its stdin closes, then kills the groups still registered.
pub fn run_watchdog() -> Result<(), Failure> {
    use std::io::BufRead;
    let mut groups = std::collections::BTreeSet::new();
    let stdin = std::io::stdin();
    let mut line = String::new();
    let mut input = stdin.lock();
    loop {
        line.clear();
        match input.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        let text = line.trim();
        let (sign, number) = text.split_at(text.len().min(1));
        let Ok(pgid) = number.parse::<u32>() else { continue };
        match sign {
            "+" => {
                groups.insert(pgid);
            }
            "-" => {
                groups.remove(&pgid);
            }
            _ => {}
        }
    }
    #[cfg(unix)]
    for pgid in groups {
        kill_group(pgid);
    }
    #[cfg(not(unix))]
    drop(groups);
    Ok(())
}
