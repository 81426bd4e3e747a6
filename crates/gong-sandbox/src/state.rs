//! The sandbox's shared state: settings, credentials, the tenant's data,
//! tokens, cursors, the rate window and the counters.

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use gong_client::api::types;
use secrecy::SecretString;
use tokio::time::Instant;

use super::data::{Data, Sizes};
use super::rng::{Rng, mix};
use super::settings::{Faults, RateEnforcement, SandboxStats, StoredMedia, WebhookDelivery, WebhookRule};

/// How many admission times the sandbox keeps.
pub(crate) const ADMITTED_KEPT: usize = 100_000;

/// Gong's fixed page size.
pub(crate) const PAGE_SIZE: usize = 100;

/// Settings fixed at start.
#[derive(Debug)]
pub(crate) struct Config {
    pub seed: u64,
    pub sizes: Sizes,
    pub rate_limit: Option<f64>,
    pub rate_enforcement: RateEnforcement,
    pub faults: Faults,
    pub cursor_ttl: Duration,
    pub access_token_ttl: Duration,
    pub customer_base_url: String,
    pub rules: Vec<WebhookRule>,
    pub media_dir: Option<PathBuf>,
    pub remove_media_dir: bool,
    pub redirect_uris: Option<Vec<String>>,
    pub enforce_scopes: bool,
    pub missing_scope_status: super::settings::MissingScopeStatus,
    /// Scopes no credential holds (see `SandboxBuilder::withhold_scopes`).
    pub withheld_scopes: Vec<String>,
    /// Whether the company has AI credits left (ask-entity, get-brief).
    pub ai_credits: bool,
    /// The seed of real tenants' variations in answers, when they are on.
    pub variations: Option<u64>,
}

/// An Engage task (`POST /v2/tasks`, `PATCH /v2/tasks/{taskId}`).
#[derive(Debug, Clone)]
pub(crate) struct Task {
    pub id: String,
    pub user_id: String,
    pub created: String,
    pub updated: String,
    pub due: String,
    pub status: &'static str,
    pub kind: &'static str,
    pub title: String,
    pub priority: Option<String>,
    /// The seed of the task's nested records (account, flow, contact).
    pub n: u64,
}

/// A bulk assignment of prospects to a flow, answered 202 and then polled.
#[derive(Debug, Clone)]
pub(crate) struct BulkJob {
    pub prospects: Vec<serde_json::Value>,
    pub polls: u32,
}

/// The tenant's API key and the OAuth app's credentials.
pub(crate) struct Creds {
    pub access_key: String,
    pub access_key_secret: SecretString,
    pub client_id: String,
    pub client_secret: SecretString,
}

/// An authorization code waiting to be exchanged.
#[derive(Debug)]
pub(crate) struct Code {
    pub redirect_uri: String,
    pub scope: String,
    pub expires: Instant,
}

/// An issued access token.
#[derive(Debug)]
pub(crate) struct Access {
    pub expires: Instant,
    /// Granted scopes, space-separated.
    pub scope: String,
}

/// An issued refresh token.
#[derive(Debug)]
pub(crate) struct Refresh {
    pub scope: String,
    pub used: bool,
}

/// A cursor: which listing, where it resumes, until when.
#[derive(Debug)]
pub(crate) struct Cursor {
    pub listing: String,
    pub offset: usize,
    pub expires: Instant,
}

/// The tenant's rate limit, enforced one of the ways Gong might.
#[derive(Debug)]
pub(crate) enum RateWindow {
    /// Tokens refilled at the rate, bursts up to the rate.
    Bucket { rate: f64, tokens: f64, last: Instant },
    /// At most `count` arrivals in any `window`.
    Sliding {
        count: usize,
        window: Duration,
        arrivals: VecDeque<Instant>,
    },
    /// At most `count` arrivals in each fixed `window`, counted from `epoch`.
    Fixed {
        count: usize,
        window: Duration,
        epoch: Instant,
        current: u64,
        used: usize,
    },
}

/// Requests per window and the window's length for `rate` per second
/// (3/s: 3 per second; 2.5/s: 2 per 0.8 s; 0.5/s: 1 per 2 s).
fn window_of(rate: f64) -> (usize, Duration) {
    let count = rate.floor().clamp(1.0, 1_000.0);
    (count as usize, Duration::from_secs_f64(count / rate))
}

impl RateWindow {
    pub(crate) fn new(rate: f64, model: RateEnforcement, phase: f64) -> Self {
        let (count, window) = window_of(rate);
        let now = Instant::now();
        match model {
            RateEnforcement::TokenBucket => RateWindow::Bucket {
                rate,
                tokens: rate.max(1.0),
                last: now,
            },
            RateEnforcement::SlidingWindow => RateWindow::Sliding {
                count,
                window,
                arrivals: VecDeque::with_capacity(count + 1),
            },
            RateEnforcement::FixedWindow => RateWindow::Fixed {
                count,
                window,
                // Windows start at a seeded phase, not when the client starts.
                epoch: now.checked_sub(window.mul_f64(phase.clamp(0.0, 1.0))).unwrap_or(now),
                current: 0,
                used: 0,
            },
        }
    }

    /// Admits a request arriving at `now`, or says how long until one would be.
    pub(crate) fn take(&mut self, now: Instant) -> Result<(), Duration> {
        match self {
            RateWindow::Bucket { rate, tokens, last } => {
                let elapsed = now.saturating_duration_since(*last).as_secs_f64();
                *last = now;
                *tokens = (*tokens + elapsed * *rate).min(rate.max(1.0));
                // A client spacing requests at exactly 1/rate must pass despite
                // rounding in its own clock arithmetic.
                if *tokens >= 1.0 - 1e-6 {
                    *tokens = (*tokens - 1.0).max(0.0);
                    Ok(())
                } else {
                    Err(Duration::from_secs_f64((1.0 - *tokens) / *rate))
                }
            }
            RateWindow::Sliding {
                count,
                window,
                arrivals,
            } => {
                while arrivals
                    .front()
                    .is_some_and(|&a| now.saturating_duration_since(a) >= *window)
                {
                    arrivals.pop_front();
                }
                if arrivals.len() >= *count {
                    let oldest = arrivals[0];
                    return Err((oldest + *window).saturating_duration_since(now));
                }
                arrivals.push_back(now);
                Ok(())
            }
            RateWindow::Fixed {
                count,
                window,
                epoch,
                current,
                used,
            } => {
                let since = now.saturating_duration_since(*epoch);
                let index = (since.as_nanos() / window.as_nanos().max(1)) as u64;
                if index != *current {
                    *current = index;
                    *used = 0;
                }
                if *used >= *count {
                    let next = *epoch + window.mul_f64((index + 1) as f64);
                    return Err(next.saturating_duration_since(now));
                }
                *used += 1;
                Ok(())
            }
        }
    }
}

/// Everything that changes.
#[derive(Debug)]
pub(crate) struct State {
    pub data: Data,
    pub cursors: HashMap<String, Cursor>,
    pub codes: HashMap<String, Code>,
    pub access: HashMap<String, Access>,
    pub refresh: HashMap<String, Refresh>,
    pub rate_window: Option<RateWindow>,
    /// When admitted `/v2` requests arrived (the latest [`ADMITTED_KEPT`]).
    pub admitted: VecDeque<Instant>,
    pub stats: SandboxStats,
    pub media: HashMap<String, StoredMedia>,
    pub deliveries: Vec<WebhookDelivery>,
    /// Tokens, codes and cursors.
    pub rng: Rng,
    /// Media uploads started (for the cut-upload fault).
    pub uploads_started: u64,
    cursor_inserts: u64,
    /// Engage tasks, made on first use.
    pub tasks: Option<Vec<Task>>,
    /// Bulk flow assignments by id.
    pub bulk: HashMap<String, BulkJob>,
    /// A quota spent by others: after `.0` more admitted `/v2` requests,
    /// every request is refused with 429 and a `Retry-After` of `.1`.
    pub refusal: Option<(u64, Duration)>,
}

/// State shared by the server's tasks and the handle.
pub(crate) struct Shared {
    pub config: Config,
    pub creds: Creds,
    state: Mutex<State>,
    seq: AtomicU64,
    pub http: reqwest::Client,
    /// When the sandbox started (the origin of admission times).
    pub started: Instant,
}

/// Why a cursor was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CursorError {
    Unknown,
    Expired,
    OtherListing,
}

impl CursorError {
    pub(crate) fn message(&self) -> &'static str {
        match self {
            CursorError::Unknown => "Invalid cursor: the cursor is not known",
            CursorError::Expired => "The cursor has expired; start the request again without a cursor",
            CursorError::OtherListing => "Invalid cursor: the cursor belongs to a different request",
        }
    }
}

/// One page of a listing.
#[derive(Debug)]
pub(crate) struct PageSlice {
    pub start: usize,
    pub end: usize,
    /// Gong's `records` block, in the generated type.
    pub records: types::Records,
}

impl Shared {
    pub(crate) fn new(config: Config) -> Self {
        let mut rng = Rng::new(config.seed, 2);
        let creds = Creds {
            access_key: format!("SBX{}", rng.token(29).to_uppercase()),
            access_key_secret: SecretString::from(format!("eyJ{}", rng.token(61))),
            client_id: format!("sandbox-app-{}", rng.lower_token(12)),
            client_secret: SecretString::from(rng.token(40)),
        };
        let data = Data::generate(config.seed, config.sizes);
        let state = State {
            data,
            cursors: HashMap::new(),
            codes: HashMap::new(),
            access: HashMap::new(),
            refresh: HashMap::new(),
            rate_window: config
                .rate_limit
                .map(|r| RateWindow::new(r, config.rate_enforcement, super::rng::unit_at(config.seed, 11, 0))),
            admitted: VecDeque::new(),
            stats: SandboxStats::default(),
            media: HashMap::new(),
            deliveries: Vec::new(),
            rng: Rng::new(config.seed, 3),
            uploads_started: 0,
            cursor_inserts: 0,
            tasks: None,
            bulk: HashMap::new(),
            refusal: None,
        };
        // gong-client's builder: its TLS backend (and crypto provider) for
        // https receivers.
        let http = gong_client::http_client_builder()
            .user_agent("Gong-Sandbox-Webhooks/1")
            .build()
            .unwrap_or_default();
        Shared {
            config,
            creds,
            state: Mutex::new(state),
            seq: AtomicU64::new(0),
            http,
            started: Instant::now(),
        }
    }

    /// The state, locked (never held across an await).
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The next request number (0-based).
    pub(crate) fn next_seq(&self) -> u64 {
        self.seq.fetch_add(1, Ordering::Relaxed)
    }

    /// Gong-like request id of request number `seq`.
    pub(crate) fn request_id(&self, seq: u64) -> String {
        let mut r = Rng::new(self.config.seed ^ mix(seq), 4);
        r.lower_token(19)
    }

    /// Removes a temporary media directory.
    pub(crate) async fn remove_temp_media(&self) {
        if self.config.remove_media_dir
            && let Some(dir) = &self.config.media_dir
        {
            let _ = tokio::fs::remove_dir_all(dir).await;
        }
    }
}

impl Drop for Shared {
    fn drop(&mut self) {
        if self.config.remove_media_dir
            && let Some(dir) = &self.config.media_dir
        {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

impl State {
    /// Resolves the cursor of a listing and mints the next one.
    /// `repeat` returns the incoming cursor again (the repeating-cursor fault).
    pub(crate) fn page(
        &mut self,
        listing: &str,
        cursor: Option<&str>,
        total: usize,
        now: Instant,
        ttl: Duration,
        repeat: bool,
    ) -> Result<PageSlice, CursorError> {
        let start = match cursor {
            None => 0,
            Some(c) => {
                let entry = self.cursors.get(c).ok_or(CursorError::Unknown)?;
                if entry.expires <= now {
                    return Err(CursorError::Expired);
                }
                if entry.listing != listing {
                    return Err(CursorError::OtherListing);
                }
                entry.offset.min(total)
            }
        };
        let end = (start + PAGE_SIZE).min(total);
        let next = if end < total {
            match (repeat, cursor) {
                (true, Some(c)) => {
                    self.stats.repeated_cursors += 1;
                    Some(c.to_owned())
                }
                _ => Some(self.mint_cursor(listing, end, now + ttl)),
            }
        } else {
            None
        };
        let count = |n: usize| Some(i64::try_from(n).unwrap_or(i64::MAX));
        let records = types::Records {
            extra: Default::default(),
            total_records: count(total),
            current_page_size: count(end - start),
            current_page_number: count(start / PAGE_SIZE),
            cursor: next,
        };
        Ok(PageSlice { start, end, records })
    }

    fn mint_cursor(&mut self, listing: &str, offset: usize, expires: Instant) -> String {
        self.cursor_inserts += 1;
        if self.cursor_inserts.is_multiple_of(256) {
            let now = Instant::now();
            self.cursors.retain(|_, c| c.expires > now);
        }
        let cursor = format!("eyJ{}", self.rng.token(45));
        self.cursors.insert(
            cursor.clone(),
            Cursor {
                listing: listing.to_owned(),
                offset,
                expires,
            },
        );
        cursor
    }

    /// Counts an answer's status.
    pub(crate) fn count_status(&mut self, status: u16) {
        *self.stats.statuses.entry(status).or_default() += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_bucket_allows_a_burst_then_the_rate() {
        let mut b = RateWindow::new(3.0, RateEnforcement::TokenBucket, 0.0);
        let t0 = Instant::now();
        for _ in 0..3 {
            b.take(t0).unwrap();
        }
        let wait = b.take(t0).unwrap_err();
        assert!(
            wait > Duration::from_millis(300) && wait <= Duration::from_millis(334),
            "{wait:?}"
        );
        // Evenly spaced at exactly the rate: never refused.
        let step = Duration::from_secs_f64(1.0 / 3.0);
        let mut t = t0 + Duration::from_secs(2);
        for _ in 0..100 {
            b.take(t).unwrap();
            t += step;
        }
    }

    #[tokio::test(start_paused = true)]
    async fn the_sliding_window_refuses_a_fourth_arrival_within_a_second() {
        let mut w = RateWindow::new(3.0, RateEnforcement::SlidingWindow, 0.0);
        let t0 = Instant::now();
        let ms = Duration::from_millis;
        // Evenly spaced at exactly 1/3 s, jitter of 1 ms puts the fourth inside.
        w.take(t0 + ms(1)).unwrap();
        w.take(t0 + ms(334)).unwrap();
        w.take(t0 + ms(667)).unwrap();
        assert_eq!(w.take(t0 + ms(1000)).unwrap_err(), ms(1));
        // One second after the first, there is room again.
        w.take(t0 + ms(1001)).unwrap();
    }

    #[tokio::test(start_paused = true)]
    async fn the_fixed_window_counts_per_window_from_its_phase() {
        let t0 = Instant::now();
        let mut w = RateWindow::new(3.0, RateEnforcement::FixedWindow, 0.0);
        let ms = Duration::from_millis;
        // Three at the end of one window and three at the start of the next
        // pass (a burst of 6 in 0.2 s, which the sliding window refuses) ...
        for t in [900, 950, 990, 1000, 1050, 1100] {
            w.take(t0 + ms(t)).unwrap();
        }
        // ... a fourth in the same window does not.
        assert_eq!(w.take(t0 + ms(1500)).unwrap_err(), ms(500));
        w.take(t0 + ms(2000)).unwrap();
    }
}
