//! The wall clock, as the library needs it: token expiry and webhook claims
//! in whole seconds, shared quotas in microseconds (Unix time, so every
//! process on a machine agrees).

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch (0 if the clock is set before it).
pub(crate) fn unix_seconds() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// Microseconds since the Unix epoch (0 if the clock is set before it).
pub(crate) fn unix_micros() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as u64)
}

/// `t` as RFC 3339 in UTC to the second, or `None` past the calendar's range
/// (a hostile wait of 10^17 seconds).
pub(crate) fn rfc3339(t: SystemTime) -> Option<String> {
    let secs = i64::try_from(t.duration_since(UNIX_EPOCH).ok()?.as_secs()).ok()?;
    let at = chrono::DateTime::<chrono::Utc>::from_timestamp(secs, 0)?;
    Some(at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

/// Waits longer than this are announced (see [`announce_wait`]).
pub(crate) const ANNOUNCED_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// The `tracing` target of the notices of long waits: an application that
/// shows nothing else of the library's log can show these (the `gong` CLI
/// prints them on stderr).
pub const WAIT_TARGET: &str = "gong_client::wait";

/// Says, at info level on [`WAIT_TARGET`], that the library is about to wait
/// `wait` for `what`, and until when, when the wait is longer than five
/// seconds.
pub(crate) fn announce_wait(what: &str, wait: std::time::Duration) {
    if wait <= ANNOUNCED_WAIT {
        return;
    }
    let until = SystemTime::now()
        .checked_add(wait)
        .and_then(rfc3339)
        .unwrap_or_else(|| "a time past the calendar".into());
    tracing::info!(target: "gong_client::wait", wait_secs = wait.as_secs(), "waiting {} s for {what}, until {until}", wait.as_secs());
}
