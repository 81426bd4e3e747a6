//! A time-windowed set of recently delivered events.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Remembers which keys (for example `rule/call id`) were seen within a time
/// window, so a redelivered event can be dropped.
///
/// Memory is bounded: entries older than the window are forgotten as new ones
/// arrive, and past `max_entries` the oldest is forgotten early. The caller
/// passes the current [`Instant`], which keeps tests independent of the clock.
///
/// ```
/// use std::time::{Duration, Instant};
/// use gong_client::webhook::Dedup;
///
/// let dedup = Dedup::new(Duration::from_secs(600), 10_000);
/// let t0 = Instant::now();
/// assert!(dedup.first_seen("rule/123", t0));
/// assert!(!dedup.first_seen("rule/123", t0 + Duration::from_secs(60)));
/// assert!(dedup.first_seen("rule/123", t0 + Duration::from_secs(601)));
/// ```
#[derive(Debug)]
pub struct Dedup {
    window: Duration,
    max_entries: usize,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// Key to the time it was last recorded.
    seen: HashMap<String, Instant>,
    /// Keys in the order they were recorded; may hold stale duplicates.
    order: VecDeque<(Instant, String)>,
}

impl Dedup {
    /// Default window: 15 minutes.
    pub const DEFAULT_WINDOW: Duration = Duration::from_secs(15 * 60);
    /// Default bound on remembered keys.
    pub const DEFAULT_MAX_ENTRIES: usize = 100_000;

    /// A set that forgets keys `window` after they were recorded, holding at
    /// most `max_entries` keys (at least one).
    pub fn new(window: Duration, max_entries: usize) -> Self {
        Dedup {
            window,
            max_entries: max_entries.max(1),
            state: Mutex::new(State::default()),
        }
    }

    /// The window.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// Records `key` at `now` and returns `true` if it was not seen within the
    /// window before `now`; returns `false` for a duplicate (whose time of
    /// record is left unchanged).
    pub fn first_seen(&self, key: &str, now: Instant) -> bool {
        let mut state = self.lock();
        state.expire(now, self.window);
        if let Some(&at) = state.seen.get(key)
            && now.saturating_duration_since(at) < self.window
        {
            return false;
        }
        while state.seen.len() >= self.max_entries || state.order.len() >= 2 * self.max_entries {
            if !state.pop_oldest() {
                break;
            }
        }
        state.seen.insert(key.to_owned(), now);
        state.order.push_back((now, key.to_owned()));
        true
    }

    /// Whether `key` was recorded within the window before `now`, without
    /// recording it. A receiver asks this before handing an event on and
    /// calls [`Dedup::record`] only once the hand-off succeeded, so a failed
    /// hand-off never makes the redelivery look like a duplicate.
    pub fn contains(&self, key: &str, now: Instant) -> bool {
        let mut state = self.lock();
        state.expire(now, self.window);
        state
            .seen
            .get(key)
            .is_some_and(|&at| now.saturating_duration_since(at) < self.window)
    }

    /// Records `key` at `now` (a successful hand-off), whether or not it was
    /// already known.
    pub fn record(&self, key: &str, now: Instant) {
        let mut state = self.lock();
        state.expire(now, self.window);
        if state.seen.contains_key(key) {
            while state.order.len() >= 2 * self.max_entries {
                if !state.pop_oldest() {
                    break;
                }
            }
            state.seen.insert(key.to_owned(), now);
            state.order.push_back((now, key.to_owned()));
            return;
        }
        drop(state);
        self.first_seen(key, now);
    }

    /// Forgets `key`, so its next delivery counts as new (used when handing an
    /// event on failed after it was recorded).
    pub fn forget(&self, key: &str) {
        self.lock().seen.remove(key);
    }

    /// Number of keys remembered.
    pub fn len(&self) -> usize {
        self.lock().seen.len()
    }

    /// Whether no key is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // The state stays consistent even if a holder panicked.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Default for Dedup {
    fn default() -> Self {
        Dedup::new(Self::DEFAULT_WINDOW, Self::DEFAULT_MAX_ENTRIES)
    }
}

impl State {
    fn expire(&mut self, now: Instant, window: Duration) {
        while let Some((at, _)) = self.order.front() {
            if now.saturating_duration_since(*at) < window {
                break;
            }
            self.pop_oldest();
        }
    }

    /// Drops the oldest record; `false` if there was none.
    fn pop_oldest(&mut self) -> bool {
        let Some((at, key)) = self.order.pop_front() else {
            return false;
        };
        // Only remove the key if this record is its current one.
        if self.seen.get(&key) == Some(&at) {
            self.seen.remove(&key);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_and_forgettable() {
        let dedup = Dedup::new(Duration::from_secs(100), 2);
        let t = Instant::now();
        assert!(dedup.first_seen("a", t));
        assert!(dedup.first_seen("b", t));
        assert!(dedup.first_seen("c", t));
        assert_eq!(dedup.len(), 2);
        // "a" was evicted to make room.
        assert!(dedup.first_seen("a", t));
        dedup.forget("a");
        assert!(dedup.first_seen("a", t));
        assert!(!dedup.first_seen("a", t + Duration::from_secs(99)));
    }

    #[test]
    fn contains_does_not_record() {
        let dedup = Dedup::new(Duration::from_secs(100), 10);
        let t = Instant::now();
        assert!(!dedup.contains("k", t));
        assert!(!dedup.contains("k", t), "asking twice still says unknown");
        dedup.record("k", t);
        assert!(dedup.contains("k", t + Duration::from_secs(50)));
        dedup.record("k", t + Duration::from_secs(50));
        assert!(
            dedup.contains("k", t + Duration::from_secs(120)),
            "recording again renews"
        );
        assert!(!dedup.contains("k", t + Duration::from_secs(151)));
    }
}
