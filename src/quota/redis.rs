//! A quota shared by every worker on every machine: one Redis key, changed
//! with an optimistic compare-and-set, on the Redis server's clock.

use std::time::Duration;

use futures::future::BoxFuture;
use redis::AsyncCommands as _;

use super::{Quota, QuotaSettings, QuotaState, Usage};
use crate::error::{Error, Result};

/// Sets `KEYS[1]` to `ARGV[2]` (expiring after `ARGV[3]` ms) only if it
/// still holds `ARGV[1]` (`""` for "absent"). Returns 1 when it did.
const COMPARE_AND_SET: &str = r"
local current = redis.call('GET', KEYS[1])
if (current == false and ARGV[1] == '') or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0
";

/// The key outlives the budget's day.
const KEY_TTL_MS: u64 = 2 * 86_400_000;
/// Largest state read; a longer value is not ours and starts afresh.
const MAX_STATE_BYTES: usize = 64 * 1024;
/// Compare-and-set rounds before giving up (only reached under absurd contention).
const MAX_ROUNDS: usize = 1_000;

/// A quota kept in Redis under one key per tenant, shared by every worker
/// that uses the same server and key.
///
/// Each change reads the state and the server's time in one round trip,
/// runs [`QuotaState`]'s algorithm here, and writes the result only if
/// nobody changed the key meanwhile (a small Lua compare-and-set), so the
/// algorithm is the same as in-process and workers on machines with skewed
/// clocks still agree (they all use Redis's clock).
#[derive(Clone)]
pub struct RedisQuota {
    settings: QuotaSettings,
    client: redis::Client,
    connection: std::sync::Arc<tokio::sync::OnceCell<redis::aio::MultiplexedConnection>>,
    key: String,
    script: redis::Script,
    /// Server address without credentials, for errors.
    shown: String,
}

impl std::fmt::Debug for RedisQuota {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisQuota")
            .field("server", &self.shown)
            .field("key", &self.key)
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl RedisQuota {
    /// A quota on the Redis server at `url` (`redis://[:password@]host:port[/db]`)
    /// under `key` (for example `gong:quota:<tenant>`). It connects at its
    /// first use; [`RedisQuota::connect`] connects at once.
    pub fn new(url: &str, key: impl Into<String>, settings: QuotaSettings) -> Result<Self> {
        settings.validate()?;
        let key = key.into();
        if key.is_empty() || key.len() > 512 {
            return Err(Error::invalid("quotaKey", "must be 1 to 512 bytes"));
        }
        let shown = redact_url(url);
        let client = redis::Client::open(url)
            .map_err(|e| Error::invalid("quotaRedisUrl", format!("is not a Redis URL ({})", redis_kind(&e))))?;
        Ok(RedisQuota {
            settings,
            client,
            connection: Default::default(),
            key,
            script: redis::Script::new(COMPARE_AND_SET),
            shown,
        })
    }

    /// Like [`RedisQuota::new`], and connects now, so that a wrong address
    /// is reported before the first request.
    pub async fn connect(url: &str, key: impl Into<String>, settings: QuotaSettings) -> Result<Self> {
        let quota = Self::new(url, key, settings)?;
        quota.connection().await?;
        Ok(quota)
    }

    async fn connection(&self) -> Result<redis::aio::MultiplexedConnection> {
        self.connection
            .get_or_try_init(|| async {
                self.client
                    .get_multiplexed_async_connection()
                    .await
                    .map_err(|e| redis_error(&self.shown, "connecting to", &e))
            })
            .await
            .cloned()
    }

    /// The key the state lives under.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Runs `change` on the state at Redis's time; also returns that time
    /// and when, on this machine's clock, it was read.
    async fn with_state<T>(
        &self,
        mut change: impl FnMut(&mut QuotaState, u64) -> T,
    ) -> Result<(T, u64, std::time::Instant)> {
        let mut conn = self.connection().await?;
        for _ in 0..MAX_ROUNDS {
            let ((secs, micros), current): ((u64, u64), Option<String>) = redis::pipe()
                .cmd("TIME")
                .cmd("GET")
                .arg(&self.key)
                .query_async(&mut conn)
                .await
                .map_err(|e| redis_error(&self.shown, "reading the quota from", &e))?;
            let read_at = std::time::Instant::now();
            let now = secs.saturating_mul(1_000_000).saturating_add(micros);
            let mut state: QuotaState = current
                .as_deref()
                // A state this large is not ours: start afresh.
                .filter(|s| s.len() <= MAX_STATE_BYTES)
                .and_then(|s| serde_json::from_str(s).ok())
                .unwrap_or_default();
            let out = change(&mut state, now);
            let next = serde_json::to_string(&state).map_err(|e| Error::Io {
                context: "encoding the quota state".into(),
                source: std::io::Error::other(e),
            })?;
            let set: i64 = self
                .script
                .key(&self.key)
                .arg(current.as_deref().unwrap_or(""))
                .arg(&next)
                .arg(KEY_TTL_MS)
                .invoke_async(&mut conn)
                .await
                .map_err(|e| redis_error(&self.shown, "writing the quota to", &e))?;
            if set == 1 {
                return Ok((out, now, read_at));
            }
        }
        Err(Error::Io {
            context: format!("changing the quota at {}", self.shown),
            source: std::io::Error::other("too much contention on the quota key"),
        })
    }

    /// Removes the quota's state (every worker starts afresh).
    pub async fn reset(&self) -> Result<()> {
        let mut conn = self.connection().await?;
        let _: i64 = conn
            .del(&self.key)
            .await
            .map_err(|e| redis_error(&self.shown, "resetting the quota at", &e))?;
        Ok(())
    }
}

fn redis_error(shown: &str, doing: &str, e: &redis::RedisError) -> Error {
    // The error's text may name the URL; say only its kind and category.
    Error::Io {
        context: format!("{doing} Redis at {shown}"),
        source: std::io::Error::other(redis_kind(e)),
    }
}

/// How long from now until `start` (Redis time), `now` (Redis time) having
/// been read at `read_at` (this machine's clock).
fn wait_until(start: u64, now: u64, read_at: std::time::Instant) -> Duration {
    Duration::from_micros(start.saturating_sub(now)).saturating_sub(read_at.elapsed())
}

/// The kind of a Redis error, without its text (which may name the URL).
fn redis_kind(e: &redis::RedisError) -> String {
    format!("{:?}", e.kind())
}

/// `url` without a user name or password.
fn redact_url(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut u) => {
            if !u.username().is_empty() || u.password().is_some() {
                let _ = u.set_username("");
                let _ = u.set_password(None);
            }
            u.to_string()
        }
        Err(_) => "[an unparsable URL]".into(),
    }
}

impl Quota for RedisQuota {
    fn reserve(&self) -> BoxFuture<'_, Result<Duration>> {
        let settings = self.settings.clone();
        Box::pin(async move {
            let (start, now, read_at) = self.with_state(|st, now| st.reserve(now, &settings)).await?;
            Ok(wait_until(start?, now, read_at))
        })
    }

    fn reslot(&self) -> BoxFuture<'_, Result<Duration>> {
        let settings = self.settings.clone();
        Box::pin(async move {
            let (start, now, read_at) = self.with_state(|st, now| st.reslot(now, &settings)).await?;
            Ok(wait_until(start, now, read_at))
        })
    }

    fn throttled(&self, retry_after: Option<Duration>) -> BoxFuture<'_, Result<()>> {
        Box::pin(async move {
            let settings = self.settings.clone();
            self.with_state(move |st, now| st.throttled(now, retry_after, &settings))
                .await?;
            Ok(())
        })
    }

    fn usage(&self) -> BoxFuture<'_, Result<Usage>> {
        let settings = self.settings.clone();
        Box::pin(async move { Ok(self.with_state(move |st, now| st.usage(now, &settings)).await?.0) })
    }

    fn settings(&self) -> &QuotaSettings {
        &self.settings
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn urls_lose_their_credentials_in_messages() {
        assert_eq!(
            super::redact_url("redis://:hunter2@127.0.0.1:6379/0"),
            "redis://127.0.0.1:6379/0"
        );
        assert_eq!(super::redact_url("redis://u:p@h:1"), "redis://h:1");
        assert!(!super::redact_url("not a url :hunter2").contains("hunter2"));
    }
}
