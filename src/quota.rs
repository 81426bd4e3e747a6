//! Pacing and the daily request budget, shared by every worker of a tenant.
//!
//! Gong allows a company 3 requests per second and 10,000 per day, shared by
//! every key, app and process of the tenant. The client paces itself so that
//! it does not earn 429s, and counts what it spends, through a [`Quota`]:
//!
//! - [`LocalQuota`] (the default): this process only, on tokio's clock;
//! - [`FileQuota`]: every process on one machine, through a state file under
//!   an OS lock (the `gong` CLI uses it by default, so commands in a shell
//!   loop and several workers together stay under the limit);
//! - `RedisQuota` (feature `redis`): every worker on every machine, through
//!   one Redis key changed atomically, on Redis's clock.
//!
//! All three run the same algorithm, [`QuotaState`], which is plain data:
//! a backend only decides where that state lives and how it is locked.
//!
//! # What the pacing assumes about Gong
//!
//! Gong does not document how it enforces "3 requests per second". The
//! schedule is built to pass every plausible enforcement at once:
//!
//! - a token bucket (bursts up to the rate): requests are never closer than
//!   `1 / rate`, so any bucket with a capacity of one or more is satisfied;
//! - a sliding window over arrival times (at most 3 in any second), and
//! - a fixed window (at most 3 per clock second): the start of a request is
//!   at least one window plus a margin after the start of the request
//!   `rate` places before it.
//!
//! The margin ([`QuotaSettings::margin`], 25 ms by default) absorbs the
//! variation of network and scheduling delays between the client and Gong:
//! the schedule is safe as long as the one-way delay of two requests three
//! apart differs by less than the margin. A 429 that still comes (a slower
//! network, another integration of the tenant that does not share this
//! quota) makes every worker of the quota wait for `Retry-After` and widens
//! the margin (doubling, at least 50 ms, at most 1 s); the extra margin halves
//! every 30 s without a 429, so the rate recovers.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use futures::future::BoxFuture;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

mod file;
#[cfg(feature = "redis")]
mod redis;

pub use file::FileQuota;
#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
pub use redis::RedisQuota;

/// Microseconds in a day: the length of the budget's window.
const DAY_US: u64 = 86_400_000_000;
/// Half-life of the margin learned from 429s.
const LEARNED_HALF_LIFE_US: f64 = 30_000_000.0;
/// Smallest step the learned margin takes after a 429.
const LEARNED_MIN_US: u64 = 50_000;
/// Largest learned margin.
const LEARNED_MAX_US: u64 = 1_000_000;
/// Longest refusal a quota keeps (a `Retry-After` of a day or more, as
/// when the daily quota is spent): longer ones, or a stored one further
/// ahead, are kept for a day.
const MAX_REFUSAL_US: u64 = DAY_US;

/// How fast and how much a client may spend.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct QuotaSettings {
    /// Requests per second; `None` turns pacing off.
    pub per_second: Option<f64>,
    /// Requests per rolling day; `None` turns the budget off.
    pub daily: Option<u32>,
    /// Extra time added to every pacing window, for network and scheduling
    /// jitter (see the module docs).
    pub margin: Duration,
    /// Longest hold after a 429 that workers wait out (default 120 s, the
    /// default retry cap [`crate::retry::RetryPolicy::max_retry_after`]).
    /// A `Retry-After` longer than this is no wait: it is kept as a
    /// refusal, and every worker's next request fails at once with
    /// [`Error::RateLimited`] saying when Gong allows the next try. It also
    /// bounds any wait a stored state can ask for (see [`QuotaState`]).
    pub max_hold: Duration,
}

impl QuotaSettings {
    /// Gong's company limit: requests per second.
    pub const GONG_PER_SECOND: f64 = 3.0;
    /// Gong's company limit: requests per day.
    pub const GONG_DAILY: u32 = 10_000;
    /// The default pacing margin.
    pub const DEFAULT_MARGIN: Duration = Duration::from_millis(25);
    /// The default [`QuotaSettings::max_hold`].
    pub const DEFAULT_MAX_HOLD: Duration = Duration::from_secs(120);
    /// Gong's limits: 3 per second, 10,000 per day, the default margin.
    pub fn gong() -> Self {
        QuotaSettings {
            per_second: Some(Self::GONG_PER_SECOND),
            daily: Some(Self::GONG_DAILY),
            margin: Self::DEFAULT_MARGIN,
            max_hold: Self::DEFAULT_MAX_HOLD,
        }
    }

    /// No pacing and no budget.
    pub fn unlimited() -> Self {
        QuotaSettings {
            per_second: None,
            daily: None,
            margin: Self::DEFAULT_MARGIN,
            max_hold: Self::DEFAULT_MAX_HOLD,
        }
    }

    /// These settings with another rate (`None`: no pacing).
    pub fn with_per_second(mut self, per_second: Option<f64>) -> Self {
        self.per_second = per_second;
        self
    }

    /// These settings with another daily budget (`None`: no budget).
    pub fn with_daily(mut self, daily: Option<u32>) -> Self {
        self.daily = daily;
        self
    }

    /// These settings with another margin.
    pub fn with_margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }

    /// These settings with another [`QuotaSettings::max_hold`].
    pub fn with_max_hold(mut self, max_hold: Duration) -> Self {
        self.max_hold = max_hold;
        self
    }

    /// Checks the settings: a rate from one a day to 10,000 per second
    /// ([`crate::MIN_RATE_PER_SECOND`], [`crate::MAX_RATE_PER_SECOND`]); the
    /// margin at most one second; the longest hold at most a day.
    pub fn validate(&self) -> Result<()> {
        if let Some(rate) = self.per_second {
            check_rate("rateLimit", rate)?;
        }
        if self.margin > Duration::from_secs(1) {
            return Err(Error::invalid("pacingMargin", "must be at most one second"));
        }
        if self.max_hold > Duration::from_micros(DAY_US) {
            return Err(Error::invalid("maxHold", "must be at most a day"));
        }
        Ok(())
    }

    fn max_hold_us(&self) -> u64 {
        micros(self.max_hold).min(DAY_US)
    }
}

impl Default for QuotaSettings {
    fn default() -> Self {
        Self::gong()
    }
}

/// The budget is spent: when it renews, in microseconds from now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct BudgetExhausted {
    /// The daily limit.
    pub limit: u32,
    /// Microseconds until the budget's day ends.
    pub renews_in_us: u64,
}

impl From<BudgetExhausted> for Error {
    fn from(b: BudgetExhausted) -> Self {
        Error::BudgetSpent {
            limit: b.limit,
            renews_in: Some(Duration::from_micros(b.renews_in_us)),
        }
    }
}

/// Why [`QuotaState::reserve`] gave no start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Refusal {
    /// The daily budget is spent.
    Budget(BudgetExhausted),
    /// Gong answered 429 with a `Retry-After` longer than
    /// [`QuotaSettings::max_hold`]: no request goes out before then.
    RateLimited {
        /// Microseconds until Gong allows the next try.
        retry_in_us: u64,
    },
}

impl From<Refusal> for Error {
    fn from(r: Refusal) -> Self {
        match r {
            Refusal::Budget(b) => b.into(),
            Refusal::RateLimited { retry_in_us } => Error::rate_limited(Some(Duration::from_micros(retry_in_us)), None),
        }
    }
}

/// A duration in microseconds, saturating.
fn micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX)
}

/// The state every backend keeps: recent request starts, a hold after a
/// 429, a refusal after a 429 that asked for a longer wait, the margin
/// learned from 429s, and the day's spending. Times are microseconds on the
/// backend's clock.
///
/// It serializes to a small JSON object, so a backend can keep it anywhere
/// that can be changed atomically. A stored state comes from outside the
/// process (a file another user can write, a clock set back): every value
/// is brought within sane bounds when it is read, so no state makes a
/// worker wait longer than [`QuotaSettings::max_hold`] (or the pacing
/// of one window), refuse for longer than a day, or lock the budget past
/// the day that starts now.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QuotaState {
    /// Start times of the latest requests (at most the rate's window count),
    /// oldest first. Some may lie in the future: they are reserved.
    #[serde(default)]
    recent: VecDeque<u64>,
    /// No request starts before this (after a 429 with `Retry-After`).
    #[serde(default)]
    hold_until: u64,
    /// Requests fail at once before this (after a 429 whose `Retry-After`
    /// was longer than the settings' `max_hold`).
    #[serde(default)]
    refused_until: u64,
    /// Margin learned from 429s, and when.
    #[serde(default)]
    learned_us: u64,
    #[serde(default)]
    learned_at: u64,
    /// Start of the budget's current day, and what it spent.
    #[serde(default)]
    day_start: Option<u64>,
    #[serde(default)]
    day_spent: u32,
    /// 429s reported, ever.
    #[serde(default)]
    throttled: u64,
}

/// How many requests a window holds and how long it is, for `rate` per second:
/// 3/s is 3 per second, 2.5/s is 2 per 0.8 s, 0.5/s is 1 per 2 s.
fn window_of(rate: f64) -> (usize, u64) {
    let count = rate.floor().clamp(1.0, 1_000.0);
    let window_us = count / rate * 1e6;
    (count as usize, window_us.round() as u64)
}

/// The spacing of two starts at `rate` per second, in microseconds.
fn interval_of(rate: f64) -> u64 {
    (1e6 / rate).round() as u64
}

impl QuotaState {
    /// Spends one request of the day and reserves its start: the earliest
    /// time, at or after `now`, that the pacing allows. Returns the start.
    /// Refuses, spending nothing, while a long 429 refusal lasts or when
    /// the day's budget is spent.
    pub fn reserve(&mut self, now: u64, settings: &QuotaSettings) -> std::result::Result<u64, Refusal> {
        self.clamp(now, settings);
        if self.refused_until > now {
            return Err(Refusal::RateLimited {
                retry_in_us: self.refused_until - now,
            });
        }
        self.spend(now, settings).map_err(Refusal::Budget)?;
        Ok(self.slot(now, settings))
    }

    /// Reserves another start for a request that woke too late for the one
    /// it had (its budget is already spent).
    pub fn reslot(&mut self, now: u64, settings: &QuotaSettings) -> u64 {
        self.clamp(now, settings);
        self.slot(now, settings)
    }

    /// How far ahead a reserved start may lie and still be believed: the
    /// longest hold plus two pacing windows (a queue of workers at the
    /// rate), whichever rate.
    fn horizon_us(settings: &QuotaSettings) -> u64 {
        let pacing = settings.per_second.map_or(0, |rate| {
            let (_, window) = window_of(rate);
            window
                .saturating_mul(2)
                .saturating_add(interval_of(rate))
                .saturating_add(micros(settings.margin))
        });
        settings.max_hold_us().max(pacing)
    }

    /// Brings every stored value within sane bounds at `now` (see the type's
    /// docs): a stale or tampered state never stalls or locks anyone.
    fn clamp(&mut self, now: u64, settings: &QuotaSettings) {
        // Starts beyond the horizon are not believed (a clock set back, a
        // damaged or planted file); only the last window's worth matter.
        let horizon = now.saturating_add(Self::horizon_us(settings));
        if self.recent.iter().any(|&t| t > horizon) {
            self.recent.clear();
        }
        let keep = settings.per_second.map_or(0, |rate| window_of(rate).0);
        while self.recent.len() > keep {
            self.recent.pop_front();
        }
        // A hold or a refusal further ahead than this quota ever writes is
        // not believed either.
        if self.hold_until > now.saturating_add(settings.max_hold_us()) {
            self.hold_until = now;
        }
        if self.refused_until > now.saturating_add(MAX_REFUSAL_US) {
            self.refused_until = now;
        }
        self.learned_us = self.learned_us.min(LEARNED_MAX_US);
        self.learned_at = self.learned_at.min(now);
        // A day that starts in the future would lock the budget for years:
        // it starts now at the latest, and never spent more than its limit.
        if let Some(start) = self.day_start {
            self.day_start = Some(start.min(now));
        }
        if let Some(limit) = settings.daily {
            self.day_spent = self.day_spent.min(limit);
        }
    }

    fn spend(&mut self, now: u64, settings: &QuotaSettings) -> std::result::Result<(), BudgetExhausted> {
        if let Some(limit) = settings.daily {
            let day_start = match self.day_start {
                Some(start) if now < start.saturating_add(DAY_US) => start,
                _ => {
                    self.day_spent = 0;
                    now
                }
            };
            self.day_start = Some(day_start);
            if self.day_spent >= limit {
                return Err(BudgetExhausted {
                    limit,
                    renews_in_us: day_start.saturating_add(DAY_US).saturating_sub(now),
                });
            }
            self.day_spent = self.day_spent.saturating_add(1);
        }
        Ok(())
    }

    fn slot(&mut self, now: u64, settings: &QuotaSettings) -> u64 {
        match settings.per_second {
            None => now,
            Some(rate) => {
                let (count, window) = window_of(rate);
                let interval = interval_of(rate);
                let margin = micros(settings.margin).saturating_add(self.learned_margin_us(now));
                let mut start = now.max(self.hold_until);
                if let Some(&last) = self.recent.back() {
                    start = start.max(last.saturating_add(interval));
                }
                if self.recent.len() >= count {
                    let anchor = self.recent[self.recent.len() - count];
                    start = start.max(anchor.saturating_add(window).saturating_add(margin));
                }
                self.recent.push_back(start);
                while self.recent.len() > count {
                    self.recent.pop_front();
                }
                start
            }
        }
    }

    /// Records a 429, and the margin widens. A wait of `retry_after` (one
    /// second when Gong did not say) up to [`QuotaSettings::max_hold`] is
    /// a hold: nothing starts before it has passed. A longer one is never a
    /// silent wait: it is kept as a refusal (of a day at most), and every
    /// reservation fails at once until it has passed.
    pub fn throttled(&mut self, now: u64, retry_after: Option<Duration>, settings: &QuotaSettings) {
        self.clamp(now, settings);
        let wait = retry_after.map_or(1_000_000, micros);
        if wait > settings.max_hold_us() {
            let until = now.saturating_add(wait.min(MAX_REFUSAL_US));
            self.refused_until = self.refused_until.max(until);
        } else {
            self.hold_until = self.hold_until.max(now.saturating_add(wait));
        }
        let current = self.learned_margin_us(now);
        self.learned_us = current.saturating_mul(2).clamp(LEARNED_MIN_US, LEARNED_MAX_US);
        self.learned_at = now;
        self.throttled = self.throttled.saturating_add(1);
    }

    /// The margin learned from 429s, decayed to `now` (at most one second,
    /// whatever the state holds).
    pub fn learned_margin_us(&self, now: u64) -> u64 {
        let learned = self.learned_us.min(LEARNED_MAX_US);
        if learned == 0 {
            return 0;
        }
        let age = now.saturating_sub(self.learned_at) as f64;
        let left = learned as f64 * (0.5f64).powf(age / LEARNED_HALF_LIFE_US);
        // Below a millisecond it no longer matters.
        if left < 1_000.0 { 0 } else { left as u64 }
    }

    /// What the state says at `now`.
    pub fn usage(&self, now: u64, settings: &QuotaSettings) -> Usage {
        let mut st = self.clone();
        st.clamp(now, settings);
        let in_day = st.day_start.is_some_and(|s| now < s.saturating_add(DAY_US));
        Usage {
            spent_today: if in_day { st.day_spent } else { 0 },
            daily_limit: settings.daily,
            margin: settings
                .margin
                .saturating_add(Duration::from_micros(st.learned_margin_us(now))),
            rate_limited: st.throttled,
        }
    }
}

/// A snapshot of a quota.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Usage {
    /// Requests spent in the budget's current day (by every worker sharing it).
    pub spent_today: u32,
    /// The daily budget, if any.
    pub daily_limit: Option<u32>,
    /// The pacing margin now in force (configured plus learned).
    pub margin: Duration,
    /// 429s reported to this quota (by every worker sharing it).
    pub rate_limited: u64,
}

/// Where pacing and the daily budget are kept. Every request of a client
/// calls [`Quota::reserve`] before it is sent, and [`Quota::throttled`] when
/// Gong answers 429.
///
/// Implement it to keep the quota somewhere else (a database); keep the
/// algorithm by storing a [`QuotaState`] and changing it atomically.
pub trait Quota: Send + Sync + std::fmt::Debug {
    /// Spends one request of the day and reserves a start time; resolves to
    /// how long to wait, from the moment it resolves, before sending. Fails
    /// with [`Error::BudgetSpent`] when the day's budget is spent, and with
    /// [`Error::RateLimited`] while a 429 longer than
    /// [`QuotaSettings::max_hold`] holds.
    fn reserve(&self) -> BoxFuture<'_, Result<Duration>>;
    /// Reserves a new start for a request whose wait ended too late to keep
    /// its slot (the process was busy): sent then, it could land within one
    /// window of a request reserved after it. Spends no budget.
    fn reslot(&self) -> BoxFuture<'_, Result<Duration>>;
    /// Gong answered 429: every worker holds off (or, past
    /// [`QuotaSettings::max_hold`], fails at once) and slows down.
    fn throttled(&self, retry_after: Option<Duration>) -> BoxFuture<'_, Result<()>>;
    /// Spending, margin and 429s so far.
    fn usage(&self) -> BoxFuture<'_, Result<Usage>>;
    /// The settings this quota applies.
    fn settings(&self) -> &QuotaSettings;
}

/// The quota of this process (and every clone of the client), on tokio's
/// clock, so tests under paused time see exact waits.
#[derive(Debug)]
pub struct LocalQuota {
    settings: QuotaSettings,
    epoch: tokio::time::Instant,
    state: Mutex<QuotaState>,
}

impl LocalQuota {
    /// A quota applying `settings` in this process.
    pub fn new(settings: QuotaSettings) -> Result<Self> {
        settings.validate()?;
        Ok(LocalQuota {
            settings,
            epoch: tokio::time::Instant::now(),
            state: Mutex::new(QuotaState::default()),
        })
    }

    fn now(&self) -> u64 {
        self.epoch.elapsed().as_micros() as u64
    }

    fn state(&self) -> std::sync::MutexGuard<'_, QuotaState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Quota for LocalQuota {
    fn reserve(&self) -> BoxFuture<'_, Result<Duration>> {
        let now = self.now();
        let result = self.state().reserve(now, &self.settings);
        Box::pin(async move {
            let start = result?;
            Ok(Duration::from_micros(start.saturating_sub(now)))
        })
    }

    fn reslot(&self) -> BoxFuture<'_, Result<Duration>> {
        let now = self.now();
        let start = self.state().reslot(now, &self.settings);
        Box::pin(async move { Ok(Duration::from_micros(start.saturating_sub(now))) })
    }

    fn throttled(&self, retry_after: Option<Duration>) -> BoxFuture<'_, Result<()>> {
        let now = self.now();
        self.state().throttled(now, retry_after, &self.settings);
        Box::pin(async { Ok(()) })
    }

    fn usage(&self) -> BoxFuture<'_, Result<Usage>> {
        let now = self.now();
        let usage = self.state().usage(now, &self.settings);
        Box::pin(async move { Ok(usage) })
    }

    fn settings(&self) -> &QuotaSettings {
        &self.settings
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
#[non_exhaustive]
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

/// Slowest request rate a client or sandbox accepts: one request a day.
pub const MIN_RATE_PER_SECOND: f64 = 1.0 / 86_400.0;
/// Fastest request rate a client or sandbox accepts.
pub const MAX_RATE_PER_SECOND: f64 = 10_000.0;

/// Checks a requests-per-second rate: finite and within
/// [`MIN_RATE_PER_SECOND`]..=[`MAX_RATE_PER_SECOND`] (a tiny rate would make
/// the pause between requests overflow). `field` names the setting in the
/// [`crate::Error::InvalidInput`] a bad rate gives.
pub fn check_rate(field: &str, rate: f64) -> crate::Result<()> {
    if rate.is_finite() && (MIN_RATE_PER_SECOND..=MAX_RATE_PER_SECOND).contains(&rate) {
        Ok(())
    } else {
        Err(crate::Error::invalid(
            field,
            format!(
                "must be a number of requests per second from one a day ({MIN_RATE_PER_SECOND:.6}) to {MAX_RATE_PER_SECOND}, got {rate}"
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: u64 = 1_000_000;

    fn gong() -> QuotaSettings {
        QuotaSettings::gong()
    }

    /// Starts of `n` requests asked for all at once at time 0.
    fn burst(state: &mut QuotaState, n: usize, settings: &QuotaSettings) -> Vec<u64> {
        (0..n).map(|_| state.reserve(0, settings).unwrap()).collect()
    }

    /// At most `count` starts in any window of `window` µs.
    fn max_in_window(starts: &[u64], window: u64) -> usize {
        starts
            .iter()
            .map(|&a| starts.iter().filter(|&&b| b >= a && b < a + window).count())
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn three_per_second_spaces_requests_and_keeps_a_margin_every_window() {
        let mut st = QuotaState::default();
        let starts = burst(&mut st, 7, &gong());
        let m = 25_000;
        assert_eq!(
            starts,
            vec![
                0,
                333_333,
                666_666,
                S + m,
                S + m + 333_333,
                S + m + 666_666,
                2 * (S + m)
            ]
        );
        // Any window of one second plus the margin holds at most three.
        assert_eq!(max_in_window(&starts, S + m), 3);
    }

    #[test]
    fn every_enforcement_model_is_satisfied_with_jitter_below_the_margin() {
        let mut st = QuotaState::default();
        let starts = burst(&mut st, 300, &gong());
        // Arrivals: start plus a one-way delay of 0..20 ms (below the margin).
        let mut seed = 7u64;
        let arrivals: Vec<u64> = starts
            .iter()
            .map(|&s| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                s + (seed >> 33) % 20_000
            })
            .collect();
        // Sliding window: at most 3 in any second.
        assert!(max_in_window(&arrivals, S) <= 3);
        // Fixed window: at most 3 per clock second, whatever the phase.
        for phase in [0, 123_457, 500_000, 999_999] {
            let mut per_second = std::collections::HashMap::new();
            for &a in &arrivals {
                *per_second.entry((a + phase) / S).or_insert(0) += 1;
            }
            assert!(per_second.values().all(|&c| c <= 3), "phase {phase}");
        }
        // Token bucket of 3 refilled at 3/s.
        let (mut tokens, mut last) = (3.0f64, 0u64);
        let mut sorted = arrivals.clone();
        sorted.sort_unstable();
        for a in sorted {
            tokens = (tokens + (a - last) as f64 * 3.0 / S as f64).min(3.0);
            last = a;
            assert!(tokens >= 1.0 - 1e-9, "bucket empty at {a}");
            tokens -= 1.0;
        }
        // And it keeps 0.97 of the rate.
        let rate = 299.0 / ((starts[299] - starts[0]) as f64 / S as f64);
        assert!(rate >= 0.97 * 3.0, "{rate}");
    }

    #[test]
    fn fractional_and_slow_rates_have_their_own_windows() {
        assert_eq!(window_of(2.5), (2, 800_000));
        assert_eq!(window_of(0.5), (1, 2_000_000));
        let mut st = QuotaState::default();
        let s = QuotaSettings::gong()
            .with_per_second(Some(0.5))
            .with_margin(Duration::ZERO);
        assert_eq!(burst(&mut st, 3, &s), vec![0, 2 * S, 4 * S]);
    }

    #[test]
    fn a_429_holds_everyone_widens_the_margin_and_the_margin_decays() {
        let mut st = QuotaState::default();
        st.reserve(0, &gong()).unwrap();
        st.throttled(10_000, Some(Duration::from_secs(2)), &gong());
        assert_eq!(st.learned_margin_us(10_000), 50_000);
        assert_eq!(st.reserve(20_000, &gong()).unwrap(), 2_010_000);
        st.throttled(10_000, None, &gong());
        assert_eq!(st.learned_margin_us(10_000), 100_000);
        // Halves every 30 s, gone after a few minutes.
        assert_eq!(st.learned_margin_us(10_000 + 30 * S), 50_000);
        assert_eq!(st.learned_margin_us(10_000 + 300 * S), 0);
        assert_eq!(st.usage(0, &gong()).rate_limited, 2);
        // Capped at one second.
        for _ in 0..20 {
            st.throttled(40_000, None, &gong());
        }
        assert_eq!(st.learned_margin_us(40_000), LEARNED_MAX_US);
    }

    #[test]
    fn the_daily_budget_stops_and_renews_after_a_day() {
        let s = QuotaSettings::unlimited().with_daily(Some(2));
        let mut st = QuotaState::default();
        st.reserve(5, &s).unwrap();
        st.reserve(6, &s).unwrap();
        let spent = st.reserve(7, &s).unwrap_err();
        assert_eq!(
            spent,
            Refusal::Budget(BudgetExhausted {
                limit: 2,
                renews_in_us: DAY_US - 2
            })
        );
        assert_eq!(st.usage(7, &s).spent_today, 2);
        st.reserve(5 + DAY_US, &s).unwrap();
        assert_eq!(st.usage(5 + DAY_US, &s).spent_today, 1);
    }

    #[test]
    fn a_new_slot_paces_like_any_other_and_spends_no_budget() {
        let s = gong().with_daily(Some(3));
        let mut st = QuotaState::default();
        assert_eq!(burst(&mut st, 3, &s), vec![0, 333_333, 666_666]);
        assert_eq!(st.reslot(0, &s), S + 25_000);
        assert_eq!(st.usage(0, &s).spent_today, 3);
        assert!(st.reserve(0, &s).is_err(), "the budget is still spent");
    }

    #[test]
    fn starts_and_holds_far_in_the_future_are_not_believed() {
        let mut st: QuotaState = serde_json::from_str(&format!(
            r#"{{"recent":[{far},{far},{far}],"hold_until":{far}}}"#,
            far = u64::MAX / 2
        ))
        .unwrap();
        assert_eq!(st.reserve(5 * S, &gong()).unwrap(), 5 * S);
    }

    #[test]
    fn a_429_longer_than_the_longest_hold_is_a_refusal_for_everyone_not_a_wait() {
        let s = gong();
        let mut st = QuotaState::default();
        st.reserve(0, &s).unwrap();
        // 86,000 s: every later reservation fails at once, saying how long.
        st.throttled(S, Some(Duration::from_secs(86_000)), &s);
        let spent = st.usage(S, &s).spent_today;
        assert_eq!(
            st.reserve(2 * S, &s),
            Err(Refusal::RateLimited {
                retry_in_us: 86_000 * S - S
            })
        );
        assert_eq!(st.usage(2 * S, &s).spent_today, spent, "a refusal spends nothing");
        let e = Error::from(st.reserve(2 * S, &s).unwrap_err());
        assert!(
            matches!(e, Error::RateLimited { retry_after: Some(d), .. } if d == Duration::from_secs(85_999)),
            "{e:?}"
        );
        // Once Gong's time has passed, requests go again.
        assert_eq!(st.reserve(86_001 * S, &s).unwrap(), 86_001 * S);
        // Beyond a day (or a Retry-After of 1e20 s), it is kept for a day.
        st.throttled(0, Some(Duration::MAX), &s);
        assert!(matches!(
            st.reserve(DAY_US - 1, &s),
            Err(Refusal::RateLimited { retry_in_us: 1 })
        ));
        // Up to the longest hold, it is a hold: a wait, not an error.
        let mut st = QuotaState::default();
        st.throttled(0, Some(Duration::from_secs(120)), &s);
        assert_eq!(st.reserve(0, &s).unwrap(), 120 * S);
    }

    #[test]
    fn tampered_states_are_clamped_when_read() {
        let s = gong();
        let now = 1_000 * S;
        let max = u64::MAX;
        let st: QuotaState = serde_json::from_str(&format!(
            r#"{{"recent":[{max},{max},{max},{max},{max}],"hold_until":{max},"refused_until":{max},
                "learned_us":{max},"learned_at":{max},"day_start":{max},"day_spent":4294967295,"throttled":{max}}}"#
        ))
        .unwrap();
        // A hold is waited out for the longest hold at most (one further
        // ahead is not believed)...
        let mut held = st.clone();
        held.refused_until = 0;
        let start = held.reserve(now, &s.clone().with_daily(None)).unwrap();
        assert!(start - now <= 120 * S + S + 25_000 + LEARNED_MAX_US, "{}", start - now);
        // ...and a refusal a day at most; further ones are not believed.
        let mut refused = st.clone();
        refused.refused_until = now + DAY_US;
        match refused.reserve(now, &s) {
            Err(Refusal::RateLimited { retry_in_us }) => assert_eq!(retry_in_us, DAY_US),
            other => panic!("{other:?}"),
        }
        refused.refused_until = now + DAY_US + 1;
        assert!(!matches!(refused.reserve(now, &s), Err(Refusal::RateLimited { .. })));
        // ...the learned margin is a second at most, the counters never
        // overflow, and a day that starts in the future ends within a day.
        assert_eq!(st.learned_margin_us(now), LEARNED_MAX_US);
        let mut day = st.clone();
        day.refused_until = 0;
        day.hold_until = 0;
        match day.reserve(now, &s) {
            Err(Refusal::Budget(b)) => assert!(b.renews_in_us <= DAY_US, "{b:?}"),
            other => panic!("{other:?}"),
        }
        let mut again = st.clone();
        again.throttled(now, None, &s);
        assert_eq!(again.usage(now, &s).rate_limited, u64::MAX);
        assert!(again.usage(now, &s).margin <= Duration::from_millis(1_025));
        assert_eq!(again.usage(now, &s).spent_today, 10_000);
    }

    #[test]
    fn settings_refuse_rates_that_cannot_be_paced() {
        for bad in [0.0, -1.0, 1e-300, f64::NAN, f64::INFINITY, 1e9] {
            let err = QuotaSettings::gong().with_per_second(Some(bad)).validate().unwrap_err();
            assert!(
                matches!(&err, Error::InvalidInput { field, .. } if field == "rateLimit"),
                "{bad}: {err}"
            );
        }
        QuotaSettings::gong().with_per_second(Some(0.001)).validate().unwrap();
    }

    #[test]
    fn state_survives_a_json_round_trip_and_tolerates_missing_fields() {
        let mut st = QuotaState::default();
        burst(&mut st, 4, &gong());
        st.throttled(5, None, &gong());
        let json = serde_json::to_string(&st).unwrap();
        assert_eq!(serde_json::from_str::<QuotaState>(&json).unwrap(), st);
        assert_eq!(serde_json::from_str::<QuotaState>("{}").unwrap(), QuotaState::default());
    }

    #[tokio::test(start_paused = true)]
    async fn thirty_local_requests_at_three_per_second_take_ten_windows() {
        let quota = std::sync::Arc::new(LocalQuota::new(gong()).unwrap());
        let start = tokio::time::Instant::now();
        let tasks: Vec<_> = (0..30)
            .map(|_| {
                let q = quota.clone();
                tokio::spawn(async move { tokio::time::sleep(q.reserve().await.unwrap()).await })
            })
            .collect();
        for t in tasks {
            t.await.unwrap();
        }
        // 30 requests: 9 full windows of 1.025 s, then two more spaced 1/3 s.
        let elapsed = start.elapsed();
        assert!(elapsed >= Duration::from_millis(9_891), "{elapsed:?}");
        assert!(elapsed < Duration::from_millis(9_900), "{elapsed:?}");
        assert_eq!(quota.usage().await.unwrap().spent_today, 30);
    }
}
