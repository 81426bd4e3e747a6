//! When to retry a request, and how long to wait first.
//!
//! [`decide`] is a pure function of what happened, the attempt number, the
//! request's idempotency and the [`RetryPolicy`]; the transport calls it after
//! every attempt. A [`RetryBudget`] shared by a client's clones stops retry
//! storms when a service is down.

use std::sync::Mutex;
use std::time::{Duration, SystemTime};

/// How a request may be repeated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Idempotency {
    /// Repeating it has no extra effect (GET, PUT, DELETE, read-only POSTs).
    Idempotent,
    /// Gong deduplicates it by a key (adding a call with `clientUniqueId`).
    Deduplicated,
    /// Repeating it may act twice (most POSTs).
    NonIdempotent,
}

/// What one attempt came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// Gong answered with this status; `retry_after` is its `Retry-After`, parsed.
    Status {
        /// HTTP status code.
        status: u16,
        /// Parsed `Retry-After`, if any.
        retry_after: Option<Duration>,
    },
    /// The connection failed before the request was sent: it never reached Gong.
    NotSent,
    /// The connection failed after the request may have reached Gong
    /// (timeout, reset while waiting for the answer).
    Interrupted,
}

/// Growth of the wait between retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Backoff {
    /// Exponential with full jitter: a random wait in `[0, min(cap, base * 2^attempt)]`.
    Exponential,
    /// The same wait every time (`base`).
    Fixed,
}

/// Retry settings. The raw request's knobs (max retry count, retry delay,
/// exponential backoff on/off, retry on all errors) are fields of this policy.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 disables retrying.
    pub max_retries: u32,
    /// First backoff step (exponential) or the fixed delay.
    pub base_delay: Duration,
    /// Longest computed wait.
    pub max_delay: Duration,
    /// Backoff shape.
    pub backoff: Backoff,
    /// Retry every error status (4xx too), not only 408, 429 and 5xx.
    pub retry_on_all_errors: bool,
    /// Longest `Retry-After` the client honours; longer ones end the retries.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// Three retries, exponential full-jitter backoff from 500 ms capped at 20 s.
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(20),
            backoff: Backoff::Exponential,
            retry_on_all_errors: false,
            max_retry_after: Duration::from_secs(120),
        }
    }
}

impl RetryPolicy {
    /// Sets [`RetryPolicy::max_retries`].
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// Sets [`RetryPolicy::base_delay`].
    pub fn with_base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// Sets [`RetryPolicy::max_delay`].
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Sets [`RetryPolicy::backoff`].
    pub fn with_backoff(mut self, backoff: Backoff) -> Self {
        self.backoff = backoff;
        self
    }

    /// Sets [`RetryPolicy::retry_on_all_errors`].
    pub fn with_retry_on_all_errors(mut self, on: bool) -> Self {
        self.retry_on_all_errors = on;
        self
    }

    /// Sets [`RetryPolicy::max_retry_after`].
    pub fn with_max_retry_after(mut self, longest: Duration) -> Self {
        self.max_retry_after = longest;
        self
    }

    /// No retries at all (the raw request's default).
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }
}

/// What to do after an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Decision {
    /// Keep the answer (success, or an error to report).
    Stop,
    /// Wait this long, then send again.
    Retry(Duration),
}

/// Decides whether to retry after attempt number `attempt` (0 for the first
/// send). `jitter` is a number in `[0, 1)` used for full-jitter backoff, so
/// the function stays pure and testable.
pub fn decide(outcome: Outcome, attempt: u32, idempotency: Idempotency, policy: &RetryPolicy, jitter: f64) -> Decision {
    if attempt >= policy.max_retries {
        return Decision::Stop;
    }
    let repeatable = idempotency != Idempotency::NonIdempotent;
    let (retry, server_hint) = match outcome {
        Outcome::NotSent => (true, None),
        Outcome::Interrupted => (repeatable, None),
        Outcome::Status { status, retry_after } => match status {
            100..=399 => (false, None),
            // Gong refused the request before acting on it.
            429 => (true, retry_after),
            503 => (repeatable, retry_after),
            408 | 500..=599 => (repeatable, None),
            _ => (policy.retry_on_all_errors && repeatable, retry_after),
        },
    };
    if !retry {
        return Decision::Stop;
    }
    if let Some(wait) = server_hint {
        return if wait <= policy.max_retry_after {
            Decision::Retry(wait)
        } else {
            Decision::Stop
        };
    }
    Decision::Retry(backoff_delay(attempt, policy, jitter))
}

/// The computed wait before retry number `attempt + 1`.
pub fn backoff_delay(attempt: u32, policy: &RetryPolicy, jitter: f64) -> Duration {
    match policy.backoff {
        Backoff::Fixed => policy.base_delay,
        Backoff::Exponential => {
            let factor = 2u32.saturating_pow(attempt.min(30));
            let ceiling = policy.base_delay.saturating_mul(factor).min(policy.max_delay);
            ceiling.mul_f64(jitter.clamp(0.0, 1.0))
        }
    }
}

/// Parses a `Retry-After` value: delay seconds, or an HTTP date (relative to `now`).
///
/// Any text is taken without a panic. Whole seconds of any length and
/// fractional seconds are read; a delay too long for a [`Duration`] (past
/// about 5.8e11 years) is [`Duration::MAX`], which every retry cap refuses.
/// Negative, not-a-number, infinite and unreadable values are `None`, as is
/// text longer than 64 bytes. A date in the past is zero; a date far ahead
/// (the year 2100) is the time until then.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if value.is_empty() || value.len() > 64 {
        return None;
    }
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = value.parse::<f64>() {
        if !secs.is_finite() || secs < 0.0 {
            return None;
        }
        // Finite and not negative: the only failure left is overflow.
        return Some(Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// A shared allowance of retries: each retry spends tokens, each success
/// returns one. When a service keeps failing, the budget runs dry and
/// requests fail fast instead of multiplying the load.
#[derive(Debug)]
pub struct RetryBudget {
    tokens: Mutex<u32>,
    capacity: u32,
}

impl RetryBudget {
    /// Tokens one retry costs.
    pub const RETRY_COST: u32 = 5;

    /// A full budget of `capacity` tokens.
    pub fn new(capacity: u32) -> Self {
        RetryBudget {
            tokens: Mutex::new(capacity),
            capacity,
        }
    }

    /// Takes the cost of one retry; false when the budget is spent.
    pub fn try_spend(&self) -> bool {
        let mut t = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        if *t >= Self::RETRY_COST {
            *t -= Self::RETRY_COST;
            true
        } else {
            false
        }
    }

    /// Returns one token after a success.
    pub fn refund(&self) {
        let mut t = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        *t = (*t + 1).min(self.capacity);
    }

    /// Tokens left.
    pub fn available(&self) -> u32 {
        *self.tokens.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Default for RetryBudget {
    /// 100 tokens: twenty retries in a row without a success.
    fn default() -> Self {
        RetryBudget::new(100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Idempotency::*;

    fn s(status: u16) -> Outcome {
        Outcome::Status {
            status,
            retry_after: None,
        }
    }
    fn s_after(status: u16, secs: u64) -> Outcome {
        Outcome::Status {
            status,
            retry_after: Some(Duration::from_secs(secs)),
        }
    }

    #[test]
    fn decision_table() {
        let p = RetryPolicy::default();
        let all = RetryPolicy {
            retry_on_all_errors: true,
            ..RetryPolicy::default()
        };
        let fixed = RetryPolicy {
            backoff: Backoff::Fixed,
            base_delay: Duration::from_millis(250),
            ..RetryPolicy::default()
        };
        let ms = Duration::from_millis;
        // (outcome, attempt, idempotency, policy, jitter) -> decision
        let table: Vec<(Outcome, u32, Idempotency, &RetryPolicy, f64, Decision)> = vec![
            (s(200), 0, Idempotent, &p, 0.5, Decision::Stop),
            (s(201), 0, NonIdempotent, &p, 0.5, Decision::Stop),
            (s(404), 0, Idempotent, &p, 0.5, Decision::Stop),
            (s(400), 0, Idempotent, &p, 0.5, Decision::Stop),
            (s(401), 0, Idempotent, &p, 0.5, Decision::Stop),
            // 429: server hint wins, for any method.
            (s_after(429, 2), 0, Idempotent, &p, 0.5, Decision::Retry(ms(2000))),
            (s_after(429, 2), 0, NonIdempotent, &p, 0.5, Decision::Retry(ms(2000))),
            (s(429), 1, NonIdempotent, &p, 1.0, Decision::Retry(ms(1000))),
            (s_after(429, 600), 0, Idempotent, &p, 0.5, Decision::Stop),
            // 503 with Retry-After: hint wins for repeatable requests.
            (s_after(503, 7), 0, Idempotent, &p, 0.5, Decision::Retry(ms(7000))),
            (s_after(503, 7), 0, NonIdempotent, &p, 0.5, Decision::Stop),
            // 5xx and 408: exponential full jitter, capped.
            (s(500), 0, Idempotent, &p, 1.0, Decision::Retry(ms(500))),
            (s(500), 2, Idempotent, &p, 0.5, Decision::Retry(ms(1000))),
            (s(502), 2, Idempotent, &p, 0.0, Decision::Retry(ms(0))),
            (s(408), 1, Deduplicated, &p, 1.0, Decision::Retry(ms(1000))),
            (s(500), 0, NonIdempotent, &p, 1.0, Decision::Stop),
            (s(500), 0, Deduplicated, &p, 1.0, Decision::Retry(ms(500))),
            // The limit.
            (s(500), 3, Idempotent, &p, 1.0, Decision::Stop),
            (s_after(429, 1), 3, Idempotent, &p, 1.0, Decision::Stop),
            // Connection failures.
            (Outcome::NotSent, 0, NonIdempotent, &p, 1.0, Decision::Retry(ms(500))),
            (Outcome::Interrupted, 0, NonIdempotent, &p, 1.0, Decision::Stop),
            (Outcome::Interrupted, 0, Idempotent, &p, 1.0, Decision::Retry(ms(500))),
            // Retry on all errors (raw request knob).
            (s(404), 0, Idempotent, &all, 1.0, Decision::Retry(ms(500))),
            (s(404), 0, NonIdempotent, &all, 1.0, Decision::Stop),
            // Fixed delay.
            (s(500), 2, Idempotent, &fixed, 0.1, Decision::Retry(ms(250))),
        ];
        for (i, (outcome, attempt, idem, policy, jitter, want)) in table.into_iter().enumerate() {
            assert_eq!(
                decide(outcome, attempt, idem, policy, jitter),
                want,
                "row {i}: {outcome:?} attempt {attempt} {idem:?}"
            );
        }
    }

    #[test]
    fn backoff_is_capped() {
        let p = RetryPolicy {
            max_retries: 50,
            ..RetryPolicy::default()
        };
        assert_eq!(backoff_delay(40, &p, 1.0), p.max_delay);
        assert_eq!(backoff_delay(6, &p, 1.0), Duration::from_secs(20));
        assert_eq!(backoff_delay(5, &p, 1.0), Duration::from_secs(16));
    }

    #[test]
    fn no_retry_policy_never_retries() {
        assert_eq!(
            decide(Outcome::NotSent, 0, Idempotent, &RetryPolicy::none(), 0.5),
            Decision::Stop
        );
    }

    #[test]
    fn retry_after_parses_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480); // Wed, 21 Oct 2015 07:28:00 GMT
        assert_eq!(parse_retry_after("2", now), Some(Duration::from_secs(2)));
        assert_eq!(parse_retry_after(" 120 ", now), Some(Duration::from_secs(120)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-1", now), None);
    }

    #[test]
    fn retry_after_of_any_form_parses_without_a_panic() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480);
        let cases: &[(&str, Option<Duration>)] = &[
            ("1e20", Some(Duration::MAX)),
            ("1.8e19", Some(Duration::from_secs(18_000_000_000_000_000_000))),
            ("18446744073709551615", Some(Duration::from_secs(u64::MAX))),
            ("18446744073709551616", Some(Duration::MAX)),
            ("1e308", Some(Duration::MAX)),
            ("0.5", Some(Duration::from_millis(500))),
            ("-0.5", None),
            ("-1e20", None),
            ("NaN", None),
            ("inf", None),
            ("-inf", None),
            ("", None),
            ("+7", Some(Duration::from_secs(7))),
            (
                "Fri, 01 Jan 2100 00:00:00 GMT",
                Some(Duration::from_secs(4_102_444_800 - 1_445_412_480)),
            ),
            ("Thu, 01 Jan 1970 00:00:00 GMT", Some(Duration::ZERO)),
        ];
        for (text, want) in cases {
            assert_eq!(parse_retry_after(text, now), *want, "{text:?}");
        }
        assert_eq!(parse_retry_after(&"9".repeat(65), now), None);
        // A refused wait stops the retries, whatever its size.
        let p = RetryPolicy::default();
        let huge = Outcome::Status {
            status: 429,
            retry_after: parse_retry_after("1e20", now),
        };
        assert_eq!(decide(huge, 0, Idempotent, &p, 0.5), Decision::Stop);
    }

    #[test]
    fn budget_runs_dry_and_refills() {
        let b = RetryBudget::new(10);
        assert!(b.try_spend());
        assert!(b.try_spend());
        assert!(!b.try_spend());
        for _ in 0..5 {
            b.refund();
        }
        assert!(b.try_spend());
        for _ in 0..100 {
            b.refund();
        }
        assert_eq!(b.available(), 10);
    }
}
