//! A durable queue of verified automation-rule events in PostgreSQL
//! (feature `webhook-queue`), shared by any number of receivers and
//! consumers on any number of machines.
//!
//! **Receivers** put each verified event in the table `webhook_events` with
//! [`PgQueue::enqueue`] before answering Gong: the row is keyed by the rule,
//! the call id and `isTest` (as [`super::dedup_key`]), so a redelivery of the
//! same event, to this receiver or to any other replica, inserts nothing and
//! is answered `2xx` like the first. The row keeps the body byte for byte,
//! the time it arrived and the rule that verified it. `enqueue` returns once
//! the insert has committed: only then may the receiver answer `2xx`.
//!
//! **Consumers** ([`PgQueue::consumer`]) claim events one at a time with
//! `FOR UPDATE SKIP LOCKED` under a lease, and hand each out as a
//! [`QueuedEvent`] with an explicit [`ack`](QueuedEvent::ack) (handled: the
//! row becomes `done`) or [`nack`](QueuedEvent::nack) (failed: retried after
//! an exponential backoff, `dead` with the error after
//! [`ConsumerOptions::max_attempts`] attempts). While an event is out its
//! lease is renewed in the background; a consumer that dies stops renewing
//! it, and once the lease runs out the event goes to another consumer (a
//! lease that ran out counts as an attempt). So an event is handled at least
//! once and never lost; it is handled twice only when a consumer stopped in
//! the middle of it.
//!
//! **Order**: events of one call are handed out in the order they were
//! queued, one at a time: an event is not claimed while an earlier event of
//! its call is pending (waiting, or waiting for a retry) or while another
//! event of its call is leased (a unique index allows one leased event per
//! call, whatever two consumers race for). Events without a call id have no
//! order. A dead event no longer holds its call back; requeued with
//! [`PgQueue::retry_dead`] it goes behind the events of its call queued since.
//!
//! **Retention**: done rows are what absorbs Gong's redeliveries, so keep
//! them longer than Gong may redeliver: [`ConsumerOptions::keep_done`]
//! (default 30 days) has consumers delete older ones now and then, and
//! [`PgQueue::purge_done`] does it on demand. Dead rows stay until requeued.
//!
//! The schema is applied on connect, in the connection's default schema
//! (choose another with `options=-c search_path=...` in the URL), with
//! versioned migrations recorded in `webhook_queue_schema`; a database
//! migrated by a newer build is refused. Connections are without TLS: use a
//! trusted network or a local socket.
//!
//! ```no_run
//! use futures::StreamExt;
//! use gong_client::webhook::queue::{ConsumerOptions, PgQueue};
//!
//! # async fn run() -> gong_client::Result<()> {
//! let queue = PgQueue::connect("postgres://gong@db.internal/gong").await?;
//! let mut events = Box::pin(queue.consumer(ConsumerOptions::default()).await?.into_stream());
//! while let Some(event) = events.next().await {
//!     let event = event?;
//!     match handle(event.body()).await {
//!         Ok(()) => event.ack().await?,
//!         Err(why) => {
//!             event.nack(&why).await?;
//!         }
//!     }
//! }
//! # Ok(())
//! # }
//! # async fn handle(_: &[u8]) -> Result<(), String> { Ok(()) }
//! ```

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::{Stream, StreamExt};
use tokio::sync::{Mutex, Notify};
use tokio::task::JoinHandle;
use tokio_postgres::{AsyncMessage, Client, Config, NoTls, Statement};

use super::{AutomationEvent, WebhookError};
use crate::error::{Error, Result};

/// The schema version this build creates and reads.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The channel receivers notify after queueing events, so idle consumers
/// wake at once instead of at their next poll. The notification is sent
/// after the insert committed, in a statement of its own: a `NOTIFY` inside
/// the inserting transaction would hold PostgreSQL's notification lock
/// through the commit's flush and serialize every receiver's commits.
pub const NOTIFY_CHANNEL: &str = "gong_webhook_queue";

const MIGRATIONS: &[&str] = &[r#"
CREATE SEQUENCE webhook_events_seq;
CREATE TABLE webhook_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seq BIGINT NOT NULL DEFAULT nextval('webhook_events_seq'),
    rule TEXT NOT NULL,
    event_key TEXT NOT NULL,
    call_id TEXT,
    is_test BOOLEAN NOT NULL,
    body BYTEA NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'leased', 'done', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    available_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    lease_token BIGINT,
    lease_until TIMESTAMPTZ,
    last_error TEXT,
    finished_at TIMESTAMPTZ,
    CONSTRAINT webhook_events_delivery UNIQUE (rule, event_key, is_test)
);
CREATE INDEX webhook_events_open ON webhook_events (seq) WHERE state IN ('pending', 'leased');
CREATE INDEX webhook_events_call_open ON webhook_events (call_id, seq) WHERE state IN ('pending', 'leased');
CREATE UNIQUE INDEX webhook_events_one_leased_per_call ON webhook_events (call_id) WHERE state = 'leased';
CREATE INDEX webhook_events_done ON webhook_events (finished_at) WHERE state = 'done';
CREATE INDEX webhook_events_dead ON webhook_events (id) WHERE state = 'dead';
"#];

const INSERT: &str = "INSERT INTO webhook_events (rule, event_key, call_id, is_test, body)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT ON CONSTRAINT webhook_events_delivery DO NOTHING
     RETURNING id";

/// Claims the first claimable event: an expired lease (taken over as is), or
/// a pending event that is due and that no other event of its call holds
/// back. One that has used up its attempts (its leases ran out) goes dead.
/// $1 lease seconds, $2 lease token, $3 max attempts.
const CLAIM: &str = "WITH next AS (
        SELECT e.id FROM webhook_events e
        WHERE e.state IN ('pending', 'leased')
          AND CASE WHEN e.state = 'leased' THEN e.lease_until <= now()
                   ELSE e.available_at <= now() AND NOT EXISTS (
                       SELECT 1 FROM webhook_events b
                       WHERE b.call_id = e.call_id AND b.id <> e.id
                         AND (b.state = 'leased' OR (b.state = 'pending' AND b.seq < e.seq)))
              END
        ORDER BY e.seq
        LIMIT 1
        FOR UPDATE OF e SKIP LOCKED
     )
     UPDATE webhook_events w SET
        state = CASE WHEN w.attempts >= $3::int4 THEN 'dead' ELSE 'leased' END,
        attempts = CASE WHEN w.attempts >= $3::int4 THEN w.attempts ELSE w.attempts + 1 END,
        lease_token = CASE WHEN w.attempts >= $3::int4 THEN NULL ELSE $2::bigint END,
        lease_until = CASE WHEN w.attempts >= $3::int4 THEN NULL ELSE now() + $1::float8 * interval '1 second' END,
        last_error = CASE WHEN w.attempts >= $3::int4
            THEN 'the lease ran out on attempt ' || w.attempts || ': the consumer stopped in the middle of the event'
            ELSE w.last_error END,
        finished_at = CASE WHEN w.attempts >= $3::int4 THEN now() ELSE NULL END
     FROM next WHERE w.id = next.id
     RETURNING w.id, w.state, w.rule, w.call_id, w.is_test, w.body, w.received_at, w.attempts";

const ACK: &str = "UPDATE webhook_events
     SET state = 'done', finished_at = now(), lease_token = NULL, lease_until = NULL
     WHERE id = $1 AND lease_token = $2 AND state = 'leased'";

/// $3 max attempts, $4 backoff seconds, $5 error.
const NACK: &str = "UPDATE webhook_events SET
        state = CASE WHEN attempts >= $3::int4 THEN 'dead' ELSE 'pending' END,
        available_at = now() + $4::float8 * interval '1 second',
        finished_at = CASE WHEN attempts >= $3::int4 THEN now() ELSE NULL END,
        last_error = $5::text, lease_token = NULL, lease_until = NULL
     WHERE id = $1 AND lease_token = $2 AND state = 'leased'
     RETURNING state";

const RELEASE: &str = "UPDATE webhook_events SET
        state = 'pending', attempts = greatest(attempts - 1, 0), available_at = now(),
        lease_token = NULL, lease_until = NULL
     WHERE id = $1 AND lease_token = $2 AND state = 'leased'";

const EXTEND: &str = "UPDATE webhook_events SET lease_until = now() + $3::float8 * interval '1 second'
     WHERE id = $1 AND lease_token = $2 AND state = 'leased'";

/// Seconds until the next pending event is due or the next lease runs out.
const NEXT_DUE: &str =
    "SELECT EXTRACT(EPOCH FROM min(CASE state WHEN 'pending' THEN available_at ELSE lease_until END) - now())::float8
     FROM webhook_events WHERE state IN ('pending', 'leased')";

/// Most rows one statement of [`PgQueue::purge_done`] deletes.
const PURGE_BATCH: i64 = 10_000;

/// Longest error text kept on a row.
const MAX_ERROR_CHARS: usize = 2_000;

fn pg(context: &'static str) -> impl Fn(tokio_postgres::Error) -> Error {
    move |e| {
        // tokio-postgres says only "db error" for what the server refused;
        // the server's own message (and SQLSTATE) is what tells why.
        let text = match e.as_db_error() {
            Some(db) => format!("{} ({})", db.message(), db.code().code()),
            None => e.to_string(),
        };
        Error::io(format!("webhook queue: {context}"), std::io::Error::other(text))
    }
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// How [`PgQueue::connect_with`] connects.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct QueueOptions {
    /// Connections kept open for enqueuing and claiming (default 4, at
    /// least 1). Each statement commits on its own, so several connections
    /// let PostgreSQL write several commits with one flush.
    pub connections: usize,
}

impl Default for QueueOptions {
    fn default() -> Self {
        QueueOptions { connections: 4 }
    }
}

impl QueueOptions {
    /// Keeps `n` connections open (at least 1).
    pub fn with_connections(mut self, n: usize) -> Self {
        self.connections = n.max(1);
        self
    }
}

/// A queue of verified events in a PostgreSQL database. Cheap to clone:
/// clones share the connections.
#[derive(Clone)]
pub struct PgQueue {
    inner: Arc<Inner>,
}

struct Inner {
    config: Config,
    /// Connections whose commits are flushed before they return: enqueue,
    /// ack and the operator's changes.
    slots: Vec<Mutex<Option<Arc<Conn>>>>,
    /// Connections with `synchronous_commit = off`, for what a crash of the
    /// server may undo without harm: claims, lease renewals, nacks and
    /// releases (undone, the event is simply claimable again; a flushed
    /// commit after them, an ack, flushes them too).
    relaxed: Vec<Mutex<Option<Arc<Conn>>>>,
    next: AtomicUsize,
    /// Wakes the task that notifies consumers of new events.
    inserted: Arc<Notify>,
    notifier: std::sync::OnceLock<JoinHandle<()>>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let Some(task) = self.notifier.get() {
            task.abort();
        }
    }
}

/// Which connections a statement runs on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Commit {
    Flushed,
    Relaxed,
}

/// One open connection and its prepared statements.
struct Conn {
    client: Client,
    insert: Statement,
    claim: Statement,
    ack: Statement,
    nack: Statement,
    release: Statement,
    extend: Statement,
}

impl fmt::Debug for PgQueue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The connection string may hold a password: never shown.
        f.debug_struct("PgQueue")
            .field("connections", &self.inner.slots.len())
            .finish_non_exhaustive()
    }
}

/// What [`PgQueue::enqueue`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Enqueued {
    /// The event is new; it was queued under this id.
    New {
        /// The row's id.
        id: i64,
    },
    /// The same rule already queued this call with the same `isTest`: a
    /// redelivery, nothing was written.
    Duplicate,
}

async fn connect_config(url: &str) -> Result<Config> {
    url.parse::<Config>()
        .map_err(|e| Error::invalid("queue", format!("not a PostgreSQL connection string ({e})")))
}

impl PgQueue {
    /// Connects with a `postgres://` URL (or key-value connection string),
    /// migrates the schema and keeps [`QueueOptions::default`] connections.
    pub async fn connect(url: &str) -> Result<PgQueue> {
        PgQueue::connect_with(url, QueueOptions::default()).await
    }

    /// [`PgQueue::connect`] with options.
    pub async fn connect_with(url: &str, options: QueueOptions) -> Result<PgQueue> {
        let config = connect_config(url).await?;
        let (mut client, connection) = config.connect(NoTls).await.map_err(pg("connect"))?;
        let driver = tokio::spawn(connection);
        migrate(&mut client).await?;
        drop(client);
        let _ = driver.await;
        let queue = PgQueue {
            inner: Arc::new(Inner {
                config,
                slots: (0..options.connections.max(1)).map(|_| Mutex::new(None)).collect(),
                relaxed: (0..options.connections.max(1)).map(|_| Mutex::new(None)).collect(),
                next: AtomicUsize::new(0),
                inserted: Arc::new(Notify::new()),
                notifier: std::sync::OnceLock::new(),
            }),
        };
        // Fail now, not at the first event, if the statements do not prepare.
        queue.conn(Commit::Flushed).await?;
        Ok(queue)
    }

    /// An open connection, round robin; a closed one is opened again.
    async fn conn(&self, commit: Commit) -> Result<Arc<Conn>> {
        let slots = match commit {
            Commit::Flushed => &self.inner.slots,
            Commit::Relaxed => &self.inner.relaxed,
        };
        let slot = &slots[self.inner.next.fetch_add(1, Ordering::Relaxed) % slots.len()];
        let mut held = slot.lock().await;
        if let Some(conn) = held.as_ref()
            && !conn.client.is_closed()
        {
            return Ok(Arc::clone(conn));
        }
        let conn = Arc::new(open(&self.inner.config, commit).await?);
        *held = Some(Arc::clone(&conn));
        Ok(conn)
    }

    /// Queues a verified event of `rule`, unless the same rule queued the
    /// same call with the same `isTest` before (then [`Enqueued::Duplicate`]).
    /// Returns once the row has committed: answer Gong `2xx` only after it.
    /// An event without a call id is keyed by its body's SHA-256.
    pub async fn enqueue(&self, rule: &str, event: &AutomationEvent) -> Result<Enqueued> {
        super::validate_name(rule).map_err(|e| Error::invalid("rule", e.to_string()))?;
        let call_id = event.call_id().map(|id| id.as_str());
        let key = match call_id {
            Some(id) => id.to_owned(),
            None => format!("sha256:{}", super::sha256_hex(event.raw_body())),
        };
        let conn = self.conn(Commit::Flushed).await?;
        let row = conn
            .client
            .query_opt(
                &conn.insert,
                &[&rule, &key, &call_id, &event.is_test, &event.raw_body()],
            )
            .await
            .map_err(pg("enqueue"))?;
        Ok(match row {
            Some(row) => {
                self.notify_consumers();
                Enqueued::New { id: row.get(0) }
            }
            None => Enqueued::Duplicate,
        })
    }

    /// Has consumers woken, without waiting: a task of the queue sends the
    /// notification, one for any number of events queued meanwhile.
    fn notify_consumers(&self) {
        self.inner.notifier.get_or_init(|| {
            let inner = Arc::downgrade(&self.inner);
            let inserted = Arc::clone(&self.inner.inserted);
            tokio::spawn(async move {
                loop {
                    inserted.notified().await;
                    let Some(inner) = inner.upgrade() else { return };
                    let queue = PgQueue { inner };
                    let sent = match queue.conn(Commit::Relaxed).await {
                        Ok(conn) => conn
                            .client
                            .execute("SELECT pg_notify($1, '')", &[&NOTIFY_CHANNEL])
                            .await
                            .map(|_| ())
                            .map_err(pg("notify consumers")),
                        Err(e) => Err(e),
                    };
                    if let Err(e) = sent {
                        // Consumers still find the event at their next poll.
                        tracing::debug!(error = %e, "notifying webhook queue consumers failed");
                    }
                }
            })
        });
        self.inner.inserted.notify_one();
    }

    /// A consumer of this queue with `options`; it listens on
    /// [`NOTIFY_CHANNEL`] on a connection of its own.
    pub async fn consumer(&self, options: ConsumerOptions) -> Result<Consumer> {
        let wake = Arc::new(Notify::new());
        let listener = tokio::spawn(listen(self.inner.config.clone(), Arc::clone(&wake)));
        Ok(Consumer {
            queue: self.clone(),
            options,
            wake,
            listener,
            purged_at: Mutex::new(None),
        })
    }

    /// Counts of events by state and the age of the oldest pending one.
    pub async fn status(&self) -> Result<QueueStatus> {
        let conn = self.conn(Commit::Flushed).await?;
        let row = conn
            .client
            .query_one(
                "SELECT count(*) FILTER (WHERE state = 'pending'),
                        count(*) FILTER (WHERE state = 'pending' AND attempts > 0),
                        count(*) FILTER (WHERE state = 'leased'),
                        count(*) FILTER (WHERE state = 'leased' AND lease_until <= now()),
                        count(*) FILTER (WHERE state = 'done'),
                        count(*) FILTER (WHERE state = 'dead'),
                        EXTRACT(EPOCH FROM now() - min(received_at) FILTER (WHERE state = 'pending'))::float8
                 FROM webhook_events",
                &[],
            )
            .await
            .map_err(pg("status"))?;
        let count = |i: usize| row.get::<_, i64>(i).max(0) as u64;
        Ok(QueueStatus {
            pending: count(0),
            retrying: count(1),
            leased: count(2),
            expired_leases: count(3),
            done: count(4),
            dead: count(5),
            oldest_pending_age: row
                .get::<_, Option<f64>>(6)
                .map(|s| Duration::from_secs_f64(s.max(0.0))),
        })
    }

    /// Whether no event is pending or leased (every event queued so far is
    /// done or dead).
    pub async fn is_empty(&self) -> Result<bool> {
        let conn = self.conn(Commit::Flushed).await?;
        let row = conn
            .client
            .query_one(
                "SELECT NOT EXISTS (SELECT 1 FROM webhook_events WHERE state IN ('pending', 'leased'))",
                &[],
            )
            .await
            .map_err(pg("status"))?;
        Ok(row.get(0))
    }

    /// Dead events, oldest first, at most `limit`.
    pub async fn dead(&self, limit: usize) -> Result<Vec<DeadEvent>> {
        let conn = self.conn(Commit::Flushed).await?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = conn
            .client
            .query(
                "SELECT id, rule, call_id, is_test, received_at, attempts, last_error, finished_at
                 FROM webhook_events WHERE state = 'dead' ORDER BY id LIMIT $1",
                &[&limit],
            )
            .await
            .map_err(pg("list dead events"))?;
        Ok(rows
            .iter()
            .map(|r| DeadEvent {
                id: r.get(0),
                rule: r.get(1),
                call_id: r.get(2),
                is_test: r.get(3),
                received_at: r.get(4),
                attempts: r.get::<_, i32>(5).max(0) as u32,
                last_error: r.get::<_, Option<String>>(6).unwrap_or_default(),
                died_at: r.get(7),
            })
            .collect())
    }

    /// Queues dead events again, with their attempts reset, behind the
    /// events of their call queued since: those with these ids, or every
    /// dead event when `ids` is `None`. Returns how many were requeued (ids
    /// that are not dead are left alone).
    pub async fn retry_dead(&self, ids: Option<&[i64]>) -> Result<u64> {
        let conn = self.conn(Commit::Flushed).await?;
        let set = "SET state = 'pending', attempts = 0, available_at = now(), finished_at = NULL,
                   seq = nextval('webhook_events_seq')";
        let n = match ids {
            Some(ids) => {
                conn.client
                    .execute(
                        &format!("UPDATE webhook_events {set} WHERE state = 'dead' AND id = ANY($1)"),
                        &[&ids],
                    )
                    .await
            }
            None => {
                conn.client
                    .execute(&format!("UPDATE webhook_events {set} WHERE state = 'dead'"), &[])
                    .await
            }
        }
        .map_err(pg("requeue dead events"))?;
        if n > 0 {
            conn.client
                .execute("SELECT pg_notify($1, '')", &[&NOTIFY_CHANNEL])
                .await
                .map_err(pg("notify consumers"))?;
        }
        Ok(n)
    }

    /// Deletes done events that finished more than `older_than` ago, in
    /// batches; returns how many. A redelivery of a deleted event is queued
    /// again, so keep them longer than Gong may redeliver.
    pub async fn purge_done(&self, older_than: Duration) -> Result<u64> {
        let conn = self.conn(Commit::Flushed).await?;
        let mut total = 0;
        loop {
            let n = conn
                .client
                .execute(
                    "DELETE FROM webhook_events WHERE id IN (
                        SELECT id FROM webhook_events
                        WHERE state = 'done' AND finished_at < now() - $1::float8 * interval '1 second'
                        LIMIT $2)",
                    &[&secs(older_than), &PURGE_BATCH],
                )
                .await
                .map_err(pg("purge done events"))?;
            total += n;
            if n < PURGE_BATCH as u64 {
                return Ok(total);
            }
        }
    }
}

async fn open(config: &Config, commit: Commit) -> Result<Conn> {
    let (client, connection) = config.connect(NoTls).await.map_err(pg("connect"))?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            tracing::warn!(error = %e, "a PostgreSQL connection of the webhook queue ended");
        }
    });
    if commit == Commit::Relaxed {
        client
            .batch_execute("SET synchronous_commit = off")
            .await
            .map_err(pg("connect"))?;
    }
    let e = pg("prepare");
    Ok(Conn {
        insert: client.prepare(INSERT).await.map_err(&e)?,
        claim: client.prepare(CLAIM).await.map_err(&e)?,
        ack: client.prepare(ACK).await.map_err(&e)?,
        nack: client.prepare(NACK).await.map_err(&e)?,
        release: client.prepare(RELEASE).await.map_err(&e)?,
        extend: client.prepare(EXTEND).await.map_err(&e)?,
        client,
    })
}

async fn migrate(client: &mut Client) -> Result<()> {
    let e = pg("migrate");
    let tx = client.transaction().await.map_err(&e)?;
    // One migrating connection at a time (a key of its own: sync uses another).
    tx.execute("SELECT pg_advisory_xact_lock(7402915531)", &[])
        .await
        .map_err(&e)?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS webhook_queue_schema (version BIGINT NOT NULL)")
        .await
        .map_err(&e)?;
    let current: i64 = tx
        .query_opt("SELECT max(version) FROM webhook_queue_schema", &[])
        .await
        .map_err(&e)?
        .and_then(|r| r.get::<_, Option<i64>>(0))
        .unwrap_or(0);
    if current > SCHEMA_VERSION {
        return Err(Error::invalid(
            "queue",
            format!(
                "the database has webhook queue schema version {current}, newer than this build's {SCHEMA_VERSION}: use the newer gong-client, or another database"
            ),
        ));
    }
    if current == SCHEMA_VERSION {
        return tx.commit().await.map_err(&e);
    }
    for sql in &MIGRATIONS[current.max(0) as usize..] {
        tx.batch_execute(sql).await.map_err(&e)?;
    }
    tx.execute("DELETE FROM webhook_queue_schema", &[]).await.map_err(&e)?;
    tx.execute(
        "INSERT INTO webhook_queue_schema (version) VALUES ($1)",
        &[&SCHEMA_VERSION],
    )
    .await
    .map_err(&e)?;
    tx.commit().await.map_err(&e)
}

/// Keeps a connection listening on [`NOTIFY_CHANNEL`] and wakes the
/// consumer's waiters on each notification; reconnects after a failure
/// (waking them too, since notifications may have been missed).
async fn listen(config: Config, wake: Arc<Notify>) {
    loop {
        if let Ok((client, mut connection)) = config.connect(NoTls).await {
            let wake_on = Arc::clone(&wake);
            let driver = tokio::spawn(async move {
                let mut messages = futures::stream::poll_fn(move |cx| connection.poll_message(cx));
                while let Some(message) = messages.next().await {
                    match message {
                        Ok(AsyncMessage::Notification(_)) => wake_on.notify_waiters(),
                        Ok(_) => {}
                        Err(_) => break,
                    }
                }
            });
            if client.batch_execute(&format!("LISTEN {NOTIFY_CHANNEL}")).await.is_ok() {
                wake.notify_waiters();
                // The client must live as long as the connection is driven.
                let _ = driver.await;
            } else {
                driver.abort();
            }
            drop(client);
        }
        tracing::debug!("the webhook queue's notification connection is down; consumers poll meanwhile");
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Settings of a [`Consumer`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ConsumerOptions {
    /// How long an event stays claimed without news from its consumer
    /// (default 30 s). The lease is renewed every third of it while the
    /// event is out, so a live consumer keeps a slow event; a dead one loses
    /// it after at most this long.
    pub lease: Duration,
    /// Attempts before an event goes dead (default 5, at least 1).
    pub max_attempts: u32,
    /// Wait before the first retry (default 1 s); doubled at each further
    /// attempt up to [`ConsumerOptions::max_backoff`].
    pub backoff: Duration,
    /// Longest wait before a retry (default 10 min).
    pub max_backoff: Duration,
    /// Longest wait between two looks at the queue when no notification
    /// came (default 1 s).
    pub poll_interval: Duration,
    /// Delete done events older than this, now and then (default 30 days);
    /// `None` keeps them.
    pub keep_done: Option<Duration>,
}

impl Default for ConsumerOptions {
    fn default() -> Self {
        ConsumerOptions {
            lease: Duration::from_secs(30),
            max_attempts: 5,
            backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(600),
            poll_interval: Duration::from_secs(1),
            keep_done: Some(Duration::from_secs(30 * 86_400)),
        }
    }
}

impl ConsumerOptions {
    /// Sets [`ConsumerOptions::lease`] (at least 100 ms).
    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease = lease.max(Duration::from_millis(100));
        self
    }

    /// Sets [`ConsumerOptions::max_attempts`] (at least 1).
    pub fn with_max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// Sets [`ConsumerOptions::backoff`] and [`ConsumerOptions::max_backoff`].
    pub fn with_backoff(mut self, first: Duration, max: Duration) -> Self {
        self.backoff = first;
        self.max_backoff = max.max(first);
        self
    }

    /// Sets [`ConsumerOptions::poll_interval`] (at least 10 ms).
    pub fn with_poll_interval(mut self, interval: Duration) -> Self {
        self.poll_interval = interval.max(Duration::from_millis(10));
        self
    }

    /// Sets [`ConsumerOptions::keep_done`].
    pub fn with_keep_done(mut self, keep: Option<Duration>) -> Self {
        self.keep_done = keep;
        self
    }

    /// The wait before retrying an event whose `attempt` (1-based) failed.
    pub fn backoff_after(&self, attempt: u32) -> Duration {
        let doublings = attempt.saturating_sub(1).min(30);
        self.backoff
            .checked_mul(1u32 << doublings)
            .unwrap_or(self.max_backoff)
            .min(self.max_backoff)
    }
}

/// Claims events of a [`PgQueue`]. Share it (behind an `Arc`) to claim from
/// several tasks at once: each [`Consumer::next`] claims one event.
pub struct Consumer {
    queue: PgQueue,
    options: ConsumerOptions,
    wake: Arc<Notify>,
    listener: JoinHandle<()>,
    purged_at: Mutex<Option<tokio::time::Instant>>,
}

impl fmt::Debug for Consumer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Consumer")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Drop for Consumer {
    fn drop(&mut self) {
        self.listener.abort();
    }
}

/// How often a consumer deletes done events past [`ConsumerOptions::keep_done`].
const PURGE_EVERY: Duration = Duration::from_secs(600);

impl Consumer {
    /// The consumer's options.
    pub fn options(&self) -> &ConsumerOptions {
        &self.options
    }

    /// Claims the next claimable event, if there is one now.
    pub async fn try_next(&self) -> Result<Option<QueuedEvent>> {
        let token = fastrand::i64(..);
        let max_attempts = i32::try_from(self.options.max_attempts.max(1)).unwrap_or(i32::MAX);
        // A claim that lost a race for a call's one lease (below) looks again,
        // a few times.
        for _ in 0..8 {
            let conn = self.queue.conn(Commit::Relaxed).await?;
            let rows = match conn
                .client
                .query(&conn.claim, &[&secs(self.options.lease), &token, &max_attempts])
                .await
            {
                Ok(rows) => rows,
                // Another consumer leased an event of the same call at the
                // same moment: the unique index kept one; look again.
                Err(e) if e.code() == Some(&tokio_postgres::error::SqlState::UNIQUE_VIOLATION) => continue,
                Err(e) => return Err(pg("claim")(e)),
            };
            let Some(row) = rows.into_iter().next() else {
                return Ok(None);
            };
            let state: String = row.get(1);
            let id: i64 = row.get(0);
            if state == "dead" {
                tracing::warn!(id, "webhook event dead: its lease ran out on its last attempt");
                continue;
            }
            let lost = Arc::new(AtomicBool::new(false));
            let heartbeat = tokio::spawn(heartbeat(
                self.queue.clone(),
                id,
                token,
                self.options.lease,
                Arc::clone(&lost),
            ));
            return Ok(Some(QueuedEvent {
                id,
                rule: row.get(2),
                call_id: row.get(3),
                is_test: row.get(4),
                body: row.get(5),
                received_at: row.get(6),
                attempt: row.get::<_, i32>(7).max(0) as u32,
                lease: Lease {
                    queue: self.queue.clone(),
                    token,
                    options: self.options.clone(),
                    heartbeat,
                    lost,
                },
            }));
        }
        Ok(None)
    }

    /// Waits for the next claimable event and claims it. Between looks it
    /// waits for a notification of a new event, the next due retry or lease
    /// end, or [`ConsumerOptions::poll_interval`], whichever comes first.
    /// Dropping the future while a claim is under way may leave that event
    /// leased to nobody until its lease runs out: to stop a consumer, use
    /// [`Consumer::next_or`].
    pub async fn next(&self) -> Result<QueuedEvent> {
        loop {
            if let Some(event) = self.next_or(std::future::pending::<()>()).await? {
                return Ok(event);
            }
        }
    }

    /// [`Consumer::next`] that gives up, returning `None`, when `stop`
    /// completes while it waits. `stop` is only watched between looks at the
    /// queue, so an event claimed is always returned, never dropped.
    pub async fn next_or(&self, stop: impl Future<Output = ()>) -> Result<Option<QueuedEvent>> {
        tokio::pin!(stop);
        loop {
            let notified = self.wake.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            self.purge_now_and_then().await;
            if let Some(event) = self.try_next().await? {
                return Ok(Some(event));
            }
            let wait = self.next_due().await.unwrap_or(self.options.poll_interval);
            let woken = tokio::time::timeout(wait, notified);
            tokio::pin!(woken);
            if let futures::future::Either::Left(_) = futures::future::select(stop.as_mut(), woken).await {
                return Ok(None);
            }
        }
    }

    /// The claimed events as a stream (it ends only with the consumer).
    pub fn into_stream(self) -> impl Stream<Item = Result<QueuedEvent>> + Send {
        futures::stream::unfold(self, |consumer| async move {
            let next = consumer.next().await;
            Some((next, consumer))
        })
    }

    /// How long until a pending event is due or a lease runs out, within
    /// 10 ms and the poll interval.
    async fn next_due(&self) -> Option<Duration> {
        let conn = self.queue.conn(Commit::Relaxed).await.ok()?;
        let row = conn.client.query_one(NEXT_DUE, &[]).await.ok()?;
        let secs = row.get::<_, Option<f64>>(0)?;
        Some(Duration::from_secs_f64(secs.max(0.01)).min(self.options.poll_interval))
    }

    /// Starts deleting done events past [`ConsumerOptions::keep_done`] in
    /// the background, at most once per [`PURGE_EVERY`].
    async fn purge_now_and_then(&self) {
        let Some(keep) = self.options.keep_done else { return };
        let mut at = self.purged_at.lock().await;
        let now = tokio::time::Instant::now();
        if at.is_some_and(|t| now.duration_since(t) < PURGE_EVERY) {
            return;
        }
        *at = Some(now);
        let queue = self.queue.clone();
        tokio::spawn(async move {
            match queue.purge_done(keep).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "done webhook events past their retention deleted"),
                Err(e) => tracing::warn!(error = %e, "deleting done webhook events failed"),
            }
        });
    }
}

/// Renews a lease every third of its length until aborted; marks it lost
/// when the row is no longer leased with this token.
async fn heartbeat(queue: PgQueue, id: i64, token: i64, lease: Duration, lost: Arc<AtomicBool>) {
    loop {
        tokio::time::sleep(lease / 3).await;
        let Ok(conn) = queue.conn(Commit::Relaxed).await else {
            continue;
        };
        match conn.client.execute(&conn.extend, &[&id, &token, &secs(lease)]).await {
            Ok(1) => {}
            Ok(_) => {
                lost.store(true, Ordering::Release);
                tracing::warn!(id, "webhook event lease lost: another consumer may have it");
                return;
            }
            Err(e) => tracing::warn!(id, error = %e, "renewing a webhook event lease failed"),
        }
    }
}

/// The claim on one event, renewed in the background until settled.
struct Lease {
    queue: PgQueue,
    token: i64,
    options: ConsumerOptions,
    heartbeat: JoinHandle<()>,
    lost: Arc<AtomicBool>,
}

impl Drop for Lease {
    fn drop(&mut self) {
        self.heartbeat.abort();
    }
}

/// One claimed event. Settle it with [`QueuedEvent::ack`],
/// [`QueuedEvent::nack`] or [`QueuedEvent::release`]; dropped unsettled, its
/// lease is no longer renewed and the event goes to a consumer again once
/// the lease runs out (counted as an attempt).
#[non_exhaustive]
pub struct QueuedEvent {
    /// The row's id.
    pub id: i64,
    /// The rule that verified the delivery.
    pub rule: String,
    /// The call id (`callData.metaData.id`), when the event had one.
    pub call_id: Option<String>,
    /// Whether Gong sent it as a test (`isTest`).
    pub is_test: bool,
    /// When the first delivery was queued.
    pub received_at: DateTime<Utc>,
    /// This attempt's number, from 1.
    pub attempt: u32,
    body: Vec<u8>,
    lease: Lease,
}

impl fmt::Debug for QueuedEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("QueuedEvent")
            .field("id", &self.id)
            .field("rule", &self.rule)
            .field("call_id", &self.call_id)
            .field("is_test", &self.is_test)
            .field("received_at", &self.received_at)
            .field("attempt", &self.attempt)
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

/// What [`QueuedEvent::nack`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Nacked {
    /// The event will be handed out again after this wait.
    Retry {
        /// The backoff.
        after: Duration,
    },
    /// It was the last attempt: the event is dead, with the error.
    Dead,
}

/// The lease was lost before the event was settled: it ran out and another
/// consumer may have the event now.
fn lease_lost(id: i64) -> Error {
    Error::io(
        "webhook queue: settle an event",
        std::io::Error::other(format!(
            "the lease on event {id} ran out and the event went to another consumer"
        )),
    )
}

impl QueuedEvent {
    /// The body exactly as Gong sent it.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The body parsed into the typed event (it was verified before it was
    /// queued).
    pub fn event(&self) -> std::result::Result<AutomationEvent, WebhookError> {
        super::parse_event(&self.body)
    }

    /// Whether renewing the lease found it taken: settling will fail and
    /// another consumer may be handling the event.
    pub fn lease_lost(&self) -> bool {
        self.lease.lost.load(Ordering::Acquire)
    }

    /// The event was handled: it becomes done.
    pub async fn ack(self) -> Result<()> {
        self.lease.heartbeat.abort();
        let conn = self.lease.queue.conn(Commit::Flushed).await?;
        let n = conn
            .client
            .execute(&conn.ack, &[&self.id, &self.lease.token])
            .await
            .map_err(pg("ack"))?;
        if n == 1 { Ok(()) } else { Err(lease_lost(self.id)) }
    }

    /// Handling failed with `error` (kept on the row, cut to 2,000
    /// characters): the event is retried after the backoff, or goes dead
    /// if this was its last attempt.
    pub async fn nack(self, error: &str) -> Result<Nacked> {
        self.lease.heartbeat.abort();
        let options = &self.lease.options;
        let after = options.backoff_after(self.attempt);
        let error: String = error.chars().take(MAX_ERROR_CHARS).collect();
        let max_attempts = i32::try_from(options.max_attempts.max(1)).unwrap_or(i32::MAX);
        let conn = self.lease.queue.conn(Commit::Relaxed).await?;
        let row = conn
            .client
            .query_opt(
                &conn.nack,
                &[&self.id, &self.lease.token, &max_attempts, &secs(after), &error],
            )
            .await
            .map_err(pg("nack"))?
            .ok_or_else(|| lease_lost(self.id))?;
        Ok(if row.get::<_, &str>(0) == "dead" {
            Nacked::Dead
        } else {
            Nacked::Retry { after }
        })
    }

    /// Gives the event back untouched (its attempt not counted), for a
    /// consumer that stops before handling it.
    pub async fn release(self) -> Result<()> {
        self.lease.heartbeat.abort();
        let conn = self.lease.queue.conn(Commit::Relaxed).await?;
        let n = conn
            .client
            .execute(&conn.release, &[&self.id, &self.lease.token])
            .await
            .map_err(pg("release"))?;
        if n == 1 {
            conn.client
                .execute("SELECT pg_notify($1, '')", &[&NOTIFY_CHANNEL])
                .await
                .map_err(pg("notify consumers"))?;
            Ok(())
        } else {
            Err(lease_lost(self.id))
        }
    }
}

/// Counts from [`PgQueue::status`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct QueueStatus {
    /// Events waiting for a consumer (retries included).
    pub pending: u64,
    /// Of the pending events, those waiting for a retry.
    pub retrying: u64,
    /// Events claimed by a consumer.
    pub leased: u64,
    /// Of the leased events, those whose lease ran out (their consumer
    /// stopped; another takes them over).
    pub expired_leases: u64,
    /// Events handled (kept for [`ConsumerOptions::keep_done`]).
    pub done: u64,
    /// Events that failed their last attempt.
    pub dead: u64,
    /// Time since the oldest pending event was queued.
    pub oldest_pending_age: Option<Duration>,
}

/// A dead event, from [`PgQueue::dead`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DeadEvent {
    /// The row's id ([`PgQueue::retry_dead`] takes it).
    pub id: i64,
    /// The rule that verified the delivery.
    pub rule: String,
    /// The call id, when the event had one.
    pub call_id: Option<String>,
    /// Whether Gong sent it as a test.
    pub is_test: bool,
    /// When it was queued.
    pub received_at: DateTime<Utc>,
    /// Attempts made.
    pub attempts: u32,
    /// The last attempt's error.
    pub last_error: String,
    /// When it went dead.
    pub died_at: Option<DateTime<Utc>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_its_cap() {
        let o = ConsumerOptions::default().with_backoff(Duration::from_millis(100), Duration::from_secs(1));
        let waits: Vec<u128> = (1..=6).map(|a| o.backoff_after(a).as_millis()).collect();
        assert_eq!(waits, [100, 200, 400, 800, 1000, 1000]);
        assert_eq!(o.backoff_after(u32::MAX), Duration::from_secs(1));
        assert_eq!(o.backoff_after(0), Duration::from_millis(100));
    }
}
