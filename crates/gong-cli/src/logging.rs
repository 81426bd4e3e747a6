//! Diagnostics on stderr: `-v` (info), `-vv` (debug), `-vvv` (trace) or
//! `RUST_LOG` (`TARGET=LEVEL,...`), for every command.
//!
//! Only events of `tracing` reach the log, and the library never puts a
//! credential in one (headers are redacted, tokens are wrapped secrets).
//! Nothing goes to stdout, so results stay parseable with logging on.
//!
//! Whatever the filter, the library's notices of long waits (target
//! [`gong_client::WAIT_TARGET`]: a pacing hold, a retry after a 429, a lock
//! another process holds) are printed on stderr as `gong: waiting ...`, so
//! a wait longer than five seconds always says what it waits for and until
//! when.

use std::str::FromStr;
use std::sync::OnceLock;

use tracing::Level;
use tracing_subscriber::Layer as _;
use tracing_subscriber::Registry;
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::reload;
use tracing_subscriber::util::SubscriberInitExt;

use crate::failure::Failure;

/// The crates whose events `-v` shows (the CLI's own target is `gong`).
const OURS: &[&str] = &["gong", "gong_client", "gong_sandbox"];

static FILTER: OnceLock<reload::Handle<Targets, Registry>> = OnceLock::new();

/// The filter for `-v` counted `verbose` times, else `RUST_LOG` (`rust_log`),
/// else nothing.
pub fn filter(verbose: u8, rust_log: Option<&str>) -> Result<Targets, Failure> {
    let level = match verbose {
        0 => None,
        1 => Some(Level::INFO),
        2 => Some(Level::DEBUG),
        _ => Some(Level::TRACE),
    };
    if let Some(level) = level {
        return Ok(Targets::new().with_targets(OURS.iter().map(|t| (*t, level))));
    }
    match rust_log.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(Targets::new().with_default(LevelFilter::OFF)),
        Some(text) => Targets::from_str(text).map_err(|e| {
            Failure::Usage(format!(
                "RUST_LOG: expected LEVEL or TARGET=LEVEL separated by commas (e.g. gong_client=debug): {}",
                crate::terminal::sanitize(&e.to_string())
            ))
        }),
    }
}

/// Installs the stderr log with `filter`, and the notices of long waits;
/// later calls change nothing.
pub fn init(filter: Targets) {
    let (filter, handle) = reload::Layer::new(without_waits(filter));
    let installed = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_ansi(color_on_stderr())
                // One line per request when its span (operation, method,
                // path, status) closes.
                .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
                .without_time()
                .with_filter(filter),
        )
        .with(WaitNotices.with_filter(Targets::new().with_target(gong_client::WAIT_TARGET, Level::INFO)))
        .try_init();
    if installed.is_ok() {
        let _ = FILTER.set(handle);
    }
}

/// Adds `target` at debug level to the log (`raw --debug`, `webhook listen
/// --debug`), whatever `-v` or `RUST_LOG` chose.
pub fn show_debug(target: &str) {
    if FILTER.get().is_none() {
        init(Targets::new());
    }
    if let Some(handle) = FILTER.get() {
        let target = target.to_owned();
        let _ = handle.modify(move |f| *f = without_waits(f.clone().with_target(target, Level::DEBUG)));
    }
}

/// `filter` without the wait notices, which [`WaitNotices`] prints.
fn without_waits(filter: Targets) -> Targets {
    filter.with_target(gong_client::WAIT_TARGET, LevelFilter::OFF)
}

/// Prints the library's notices of long waits as `gong: <message>`.
struct WaitNotices;

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for WaitNotices {
    fn on_event(&self, event: &tracing::Event<'_>, _ctx: tracing_subscriber::layer::Context<'_, S>) {
        struct Message(String);
        impl tracing::field::Visit for Message {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                if field.name() == "message" {
                    self.0 = format!("{value:?}");
                }
            }
        }
        let mut message = Message(String::new());
        event.record(&mut message);
        if !message.0.is_empty() {
            eprintln!("gong: {}", crate::failure::one_line(&message.0));
        }
    }
}

/// Colour on stderr only for a terminal, and never when `NO_COLOR` is set
/// to anything (<https://no-color.org>).
fn color_on_stderr() -> bool {
    use std::io::IsTerminal;
    color(std::env::var_os("NO_COLOR").as_deref(), std::io::stderr().is_terminal())
}

fn color(no_color: Option<&std::ffi::OsStr>, terminal: bool) -> bool {
    terminal && no_color.is_none_or(|v| v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_turns_colour_off() {
        use std::ffi::OsStr;
        assert!(color(None, true));
        assert!(color(Some(OsStr::new("")), true));
        assert!(!color(Some(OsStr::new("1")), true));
        assert!(!color(None, false));
    }

    #[test]
    fn verbosity_beats_rust_log_and_bad_rust_log_is_named() {
        let f = filter(2, Some("off")).unwrap();
        assert!(f.would_enable("gong_client::transport", &Level::DEBUG));
        assert!(!f.would_enable("hyper", &Level::DEBUG));
        let f = filter(0, Some("gong_client=info")).unwrap();
        assert!(f.would_enable("gong_client", &Level::INFO));
        assert!(!f.would_enable("gong_client", &Level::DEBUG));
        let f = filter(0, None).unwrap();
        assert!(!f.would_enable("gong_client", &Level::ERROR));
        match filter(0, Some("gong_client=loud")) {
            Err(Failure::Usage(m)) => assert!(m.starts_with("RUST_LOG: "), "{m}"),
            _ => panic!("a bad RUST_LOG is a usage error"),
        }
    }
}
