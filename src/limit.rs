//! Client-side request pacing, the daily request budget, and counters.
//!
//! Gong allows a company 3 requests per second and 10,000 per day, shared by
//! every key and app of the tenant. The client paces itself so that it never
//! earns a 429, and counts what it spends.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::time::Instant;

use crate::error::{Error, Result};

/// Spaces requests evenly: at most `per_second` start in any second, with no
/// burst. All clones of a client share one limiter.
///
/// It runs on tokio's clock, so tests under paused time see exact waits.
/// (A generic limiter such as `governor` keeps its own clock and sleeps with
/// its own timer, which paused-time tests cannot drive.)
#[derive(Debug)]
pub struct RateLimiter {
    interval: Duration,
    next: Mutex<Option<Instant>>,
}

impl RateLimiter {
    /// Gong's default company limit.
    pub const GONG_DEFAULT_PER_SECOND: f64 = 3.0;

    /// A limiter admitting `per_second` requests per second (must be > 0).
    pub fn per_second(per_second: f64) -> Self {
        let per_second = if per_second.is_finite() && per_second > 0.0 {
            per_second
        } else {
            1.0
        };
        RateLimiter {
            interval: Duration::from_secs_f64(1.0 / per_second),
            next: Mutex::new(None),
        }
    }

    /// The spacing between two requests.
    pub fn interval(&self) -> Duration {
        self.interval
    }

    /// Waits for this request's slot. Slots are handed out in call order.
    pub async fn acquire(&self) {
        let slot = {
            let mut next = self.next.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            let slot = match *next {
                Some(n) if n > now => n,
                _ => now,
            };
            *next = Some(slot + self.interval);
            slot
        };
        tokio::time::sleep_until(slot).await;
    }

    /// Pushes every future slot back so that none starts before `until`
    /// (after Gong answered 429 with `Retry-After`).
    pub fn hold_until(&self, until: Instant) {
        let mut next = self.next.lock().unwrap_or_else(|p| p.into_inner());
        if next.is_none_or(|n| n < until) {
            *next = Some(until);
        }
    }
}

/// A count of requests allowed per rolling day; spending past it is a typed
/// [`Error::BudgetSpent`] instead of a day of 429s.
#[derive(Debug)]
pub struct DailyBudget {
    limit: u32,
    window: Mutex<(Instant, u32)>,
}

impl DailyBudget {
    /// Gong's default daily company quota.
    pub const GONG_DEFAULT: u32 = 10_000;
    const DAY: Duration = Duration::from_secs(86_400);

    /// A budget of `limit` requests per day, starting now.
    pub fn new(limit: u32) -> Self {
        DailyBudget {
            limit,
            window: Mutex::new((Instant::now(), 0)),
        }
    }

    /// The daily limit.
    pub fn limit(&self) -> u32 {
        self.limit
    }

    /// Spends one request, or says when the budget renews.
    pub fn spend(&self) -> Result<()> {
        let mut w = self.window.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if now.duration_since(w.0) >= Self::DAY {
            *w = (now, 0);
        }
        if w.1 >= self.limit {
            return Err(Error::BudgetSpent {
                limit: self.limit,
                renews_in: Some(Self::DAY - now.duration_since(w.0)),
            });
        }
        w.1 += 1;
        Ok(())
    }

    /// Requests spent in the current day.
    pub fn spent(&self) -> u32 {
        self.window.lock().unwrap_or_else(|p| p.into_inner()).1
    }
}

/// What a client (and all its clones) has done so far.
#[derive(Debug, Default)]
pub struct Counters {
    pub(crate) sent: AtomicU64,
    pub(crate) retries: AtomicU64,
    pub(crate) throttled: AtomicU64,
    pub(crate) refreshes: AtomicU64,
}

/// A snapshot of [`Counters`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stats {
    /// Requests sent to Gong (every attempt counts).
    pub requests_sent: u64,
    /// Attempts that were retries.
    pub retries: u64,
    /// 429 answers seen.
    pub rate_limited: u64,
    /// OAuth token refreshes performed.
    pub token_refreshes: u64,
}

impl Counters {
    /// A consistent-enough snapshot.
    pub fn snapshot(&self) -> Stats {
        Stats {
            requests_sent: self.sent.load(Ordering::Relaxed),
            retries: self.retries.load(Ordering::Relaxed),
            rate_limited: self.throttled.load(Ordering::Relaxed),
            token_refreshes: self.refreshes.load(Ordering::Relaxed),
        }
    }

    pub(crate) fn bump(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn thirty_requests_at_three_per_second_take_at_least_9_6_seconds() {
        let limiter = std::sync::Arc::new(RateLimiter::per_second(3.0));
        let start = Instant::now();
        let tasks: Vec<_> = (0..30)
            .map(|_| {
                let l = limiter.clone();
                tokio::spawn(async move { l.acquire().await })
            })
            .collect();
        for t in tasks {
            t.await.unwrap();
        }
        let elapsed = start.elapsed();
        assert!(elapsed >= Duration::from_millis(9_600), "{elapsed:?}");
        assert!(elapsed < Duration::from_millis(9_800), "{elapsed:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn hold_until_delays_the_next_slot() {
        let limiter = RateLimiter::per_second(3.0);
        limiter.acquire().await;
        let start = Instant::now();
        limiter.hold_until(start + Duration::from_secs(2));
        limiter.acquire().await;
        assert_eq!(start.elapsed(), Duration::from_secs(2));
    }

    #[tokio::test(start_paused = true)]
    async fn daily_budget_stops_and_renews() {
        let b = DailyBudget::new(2);
        b.spend().unwrap();
        b.spend().unwrap();
        assert!(matches!(b.spend(), Err(Error::BudgetSpent { limit: 2, .. })));
        tokio::time::advance(Duration::from_secs(86_400)).await;
        b.spend().unwrap();
        assert_eq!(b.spent(), 1);
    }
}
