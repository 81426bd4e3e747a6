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
