//! The trigger on several machines: `gong webhook listen --queue URL` puts
//! each verified event in a PostgreSQL queue before answering Gong, and
//! `gong webhook consume --queue URL` hands the queued events on (a command
//! per event, or JSON lines on stdout), sharing the work with every other
//! consumer of the queue; `gong webhook queue-status` counts them. The queue
//! itself is `gong_client::webhook::queue`.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use clap::Args;
use gong_client::webhook::queue::{ConsumerOptions, Enqueued, Nacked, PgQueue, QueueOptions, QueuedEvent};
use gong_client::webhook::server::ReceivedEvent;
use serde_json::json;
use tokio::sync::watch;

use crate::context::Ctx;
use crate::failure::Failure;
use crate::reaper::Reaper;
use crate::terminal::sanitize;

/// `gong webhook consume`
#[derive(Debug, Args)]
pub struct ConsumeArgs {
    /// The queue: a PostgreSQL URL (`postgres://USER@HOST/DB`), the database `listen --queue`
    /// writes to. Also read from GONG_WEBHOOK_QUEUE, which keeps a password out of `ps`.
    #[arg(long, value_name = "URL", env = "GONG_WEBHOOK_QUEUE", hide_env_values = true)]
    pub queue: String,
    /// Run this shell command per event, with the event's JSON line on its stdin (and
    /// GONG_WEBHOOK_RULE, GONG_CALL_ID, GONG_WEBHOOK_EVENT_ID, GONG_WEBHOOK_ATTEMPT in its
    /// environment), instead of printing the line. The event is done only if it exits 0;
    /// otherwise it is retried after a backoff, and dead after --max-attempts. The command
    /// runs in a process group of its own, killed if this consumer dies.
    #[arg(long, value_name = "CMD", conflicts_with_all = ["dead", "retry_dead"])]
    pub exec: Option<String>,
    /// Handlers running at once; events of one call still run one at a time, in order.
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=64))]
    pub concurrency: u32,
    /// Seconds an event stays claimed without news from this consumer; renewed while its
    /// handler runs. A consumer that dies loses its events to the others after this long.
    #[arg(long, default_value = "30", value_name = "SECS", value_parser = seconds)]
    pub lease: Duration,
    /// Attempts before an event goes dead (a lease that ran out counts as one).
    #[arg(long, default_value_t = 5, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub max_attempts: u32,
    /// Seconds before the first retry of a failed event, doubled at each further attempt.
    #[arg(long, default_value = "1", value_name = "SECS", value_parser = seconds)]
    pub backoff: Duration,
    /// Longest wait before a retry, in seconds.
    #[arg(long, default_value = "600", value_name = "SECS", value_parser = seconds)]
    pub max_backoff: Duration,
    /// Kill a handler that runs longer than this many seconds (the attempt fails).
    #[arg(long, value_name = "SECS", value_parser = seconds)]
    pub timeout: Option<Duration>,
    /// Days done events are kept before consumers delete them. A redelivery of a kept event
    /// is absorbed; one of a deleted event is queued again, so keep them longer than Gong
    /// may redeliver.
    #[arg(long, default_value = "30", value_name = "DAYS", value_parser = days)]
    pub keep_done_days: Duration,
    /// Stop after handing on this many events (whether their handlers succeed or not).
    #[arg(long, value_name = "N")]
    pub max_events: Option<u64>,
    /// Stop once no event is pending or leased.
    #[arg(long)]
    pub until_empty: bool,
    /// Seconds running handlers may take to finish when stopping (Ctrl-C, SIGTERM); then
    /// they are killed and their events given back.
    #[arg(long, default_value = "30", value_name = "SECS", value_parser = seconds)]
    pub drain_timeout: Duration,
    /// List the dead events as JSON lines (id, rule, call, attempts, last error) and exit.
    #[arg(long, conflicts_with = "retry_dead")]
    pub dead: bool,
    /// Queue the dead events again (all, or those given with --id), with their attempts
    /// reset, and exit.
    #[arg(long)]
    pub retry_dead: bool,
    /// With --retry-dead: only the dead event of this id (repeat for more).
    #[arg(long = "id", value_name = "ID", requires = "retry_dead")]
    pub ids: Vec<i64>,
}

/// `gong webhook queue-status`
#[derive(Debug, Args)]
pub struct QueueStatusArgs {
    /// The queue: a PostgreSQL URL. Also read from GONG_WEBHOOK_QUEUE.
    #[arg(long, value_name = "URL", env = "GONG_WEBHOOK_QUEUE", hide_env_values = true)]
    pub queue: String,
}

/// Seconds as a decimal number, 0 to one year.
fn seconds(text: &str) -> Result<Duration, String> {
    let secs: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a number of seconds"))?;
    if !(0.0..=366.0 * 86_400.0).contains(&secs) {
        return Err("give 0 to 31622400 seconds".into());
    }
    Ok(Duration::from_secs_f64(secs))
}

/// Days as a decimal number, 0 to 100 years.
fn days(text: &str) -> Result<Duration, String> {
    let days: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a number of days"))?;
    if !(0.0..=36_600.0).contains(&days) {
        return Err("give 0 to 36600 days".into());
    }
    Ok(Duration::from_secs_f64(days * 86_400.0))
}

async fn connect(url: &str, connections: usize) -> Result<PgQueue, Failure> {
    let waiting = slow_notice("connecting to the queue's PostgreSQL database");
    let queue = PgQueue::connect_with(url, QueueOptions::default().with_connections(connections)).await;
    waiting.abort();
    Ok(queue?)
}

/// Says on stderr what is awaited if it takes more than 5 seconds.
fn slow_notice(what: &'static str) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_secs(5)).await;
        eprintln!("gong webhook: still {what}...");
    })
}

// ------------------------------------------------------------ listen --queue

/// The hand-off of `listen --queue`: the event is committed to the queue
/// before the receiver answers 200; a redelivery is a no-op.
pub struct QueueSink {
    queue: PgQueue,
}

impl QueueSink {
    /// Connects to the queue (and migrates it).
    pub async fn connect(url: &str) -> Result<QueueSink, Failure> {
        Ok(QueueSink {
            queue: connect(url, QueueOptions::default().connections).await?,
        })
    }

    /// Queues one verified event; `Ok` once committed (new or a redelivery).
    pub async fn hand_off(&self, received: &ReceivedEvent) -> Result<(), String> {
        match self.queue.enqueue(&received.rule, &received.event).await {
            Ok(Enqueued::New { .. }) => Ok(()),
            Ok(Enqueued::Duplicate) => {
                tracing::debug!(rule = %received.rule, "redelivery absorbed by the queue");
                Ok(())
            }
            Ok(_) => Ok(()),
            Err(e) => Err(gong_client::redact::text(&format!("queueing: {e}"))),
        }
    }
}

// ------------------------------------------------------------- queue-status

/// `gong webhook queue-status`
pub async fn queue_status(ctx: &Ctx<'_>, a: &QueueStatusArgs) -> Result<(), Failure> {
    let queue = connect(&a.queue, 1).await?;
    let s = queue.status().await?;
    ctx.out.print(&json!({
        "pending": s.pending,
        "retrying": s.retrying,
        "leased": s.leased,
        "expiredLeases": s.expired_leases,
        "done": s.done,
        "dead": s.dead,
        "oldestPendingAgeSecs": s.oldest_pending_age.map(|d| (d.as_secs_f64() * 1000.0).round() / 1000.0),
    }))
}

// ------------------------------------------------------------------ consume

/// `gong webhook consume`
pub async fn consume(ctx: &Ctx<'_>, a: &ConsumeArgs) -> Result<(), Failure> {
    if a.dead {
        let queue = connect(&a.queue, 1).await?;
        let mut list = ctx.out.list();
        for d in queue.dead(usize::MAX).await? {
            list.push(&json!({
                "id": d.id,
                "rule": d.rule,
                "callId": d.call_id,
                "isTest": d.is_test,
                "receivedAt": d.received_at,
                "attempts": d.attempts,
                "lastError": d.last_error,
                "diedAt": d.died_at,
            }))?;
        }
        return list.finish();
    }
    if a.retry_dead {
        let queue = connect(&a.queue, 1).await?;
        let ids = (!a.ids.is_empty()).then_some(a.ids.as_slice());
        let requeued = queue.retry_dead(ids).await?;
        return ctx.out.print(&json!({ "requeued": requeued }));
    }
    let queue = connect(&a.queue, (a.concurrency as usize).clamp(2, 8)).await?;
    let options = ConsumerOptions::default()
        .with_lease(a.lease)
        .with_max_attempts(a.max_attempts)
        .with_backoff(a.backoff, a.max_backoff)
        .with_keep_done(Some(a.keep_done_days));
    let consumer = queue.consumer(options).await?;
    let reaper = if a.exec.is_some() {
        Reaper::start()?
    } else {
        Reaper::none()
    };
    let (stop_tx, stop_rx) = watch::channel(false);
    let run = Run {
        args: a,
        queue,
        consumer,
        reaper,
        stop: stop_tx,
        handled: AtomicU64::new(0),
        claimed: AtomicU64::new(0),
        broken_pipe: AtomicBool::new(false),
    };
    eprintln!(
        "gong webhook consume: waiting for events ({} at a time; Ctrl-C stops)",
        a.concurrency
    );
    let signals = tokio::spawn(stop_on_signal(run.stop.clone()));
    let workers = (0..a.concurrency).map(|_| run.worker(stop_rx.clone()));
    let outcome = futures::future::join_all(workers).await;
    signals.abort();
    let handled = run.handled.load(Ordering::Acquire);
    eprintln!(
        "gong webhook consume: stopped after {handled} event{}",
        if handled == 1 { "" } else { "s" }
    );
    if run.broken_pipe.load(Ordering::Acquire) {
        return Err(Failure::BrokenPipe);
    }
    outcome.into_iter().collect()
}

/// Sends `true` on Ctrl-C or SIGTERM.
async fn stop_on_signal(stop: watch::Sender<bool>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
    eprintln!("gong webhook consume: stopping; running handlers may finish");
    let _ = stop.send(true);
}

/// One consumer process: its workers share this.
struct Run<'a> {
    args: &'a ConsumeArgs,
    queue: PgQueue,
    consumer: gong_client::webhook::queue::Consumer,
    reaper: Reaper,
    stop: watch::Sender<bool>,
    handled: AtomicU64,
    /// Events claimed, against --max-events.
    claimed: AtomicU64,
    broken_pipe: AtomicBool,
}

/// How one handling ended.
enum Handled {
    Done,
    Failed(String),
    /// Cut short by the consumer stopping: give the event back.
    Interrupted,
}

impl Run<'_> {
    /// Takes a slot against --max-events; `false` once they are all taken.
    fn reserve(&self) -> bool {
        let Some(max) = self.args.max_events else { return true };
        self.claimed
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| (n < max).then_some(n + 1))
            .is_ok()
    }

    fn unreserve(&self) {
        if self.args.max_events.is_some() {
            self.claimed.fetch_sub(1, Ordering::AcqRel);
        }
    }

    async fn worker(&self, mut stop: watch::Receiver<bool>) -> Result<(), Failure> {
        let mut retry_in = Duration::ZERO;
        loop {
            if *stop.borrow() {
                return Ok(());
            }
            if !self.reserve() {
                let _ = self.stop.send(true);
                return Ok(());
            }
            if !self.reaper.alive() {
                let _ = self.stop.send(true);
                return Err(Failure::Other(
                    "the handler watchdog stopped; stopping rather than run handlers that would outlive this consumer"
                        .into(),
                ));
            }
            let mut stopped = stop.clone();
            let until_empty = self.args.until_empty;
            let queue = &self.queue;
            let wait_stop = async move {
                let empty = async {
                    loop {
                        tokio::time::sleep(Duration::from_millis(200)).await;
                        if matches!(queue.is_empty().await, Ok(true)) {
                            return;
                        }
                    }
                };
                tokio::select! {
                    _ = stopped.wait_for(|s| *s) => {}
                    () = empty, if until_empty => {}
                }
            };
            let claimed = self.consumer.next_or(wait_stop).await;
            let event = match claimed {
                Ok(Some(event)) => event,
                Ok(None) => {
                    self.unreserve();
                    // Stopped, or (--until-empty) nothing left for anyone.
                    let _ = self.stop.send(true);
                    return Ok(());
                }
                Err(e) => {
                    // The database is unreachable or restarting: wait and
                    // look again (the events stay queued meanwhile).
                    self.unreserve();
                    retry_in = (retry_in * 2).clamp(Duration::from_secs(1), Duration::from_secs(30));
                    eprintln!(
                        "gong webhook consume: the queue is unreachable ({}); trying again in {} s",
                        sanitize(&e.to_string()),
                        retry_in.as_secs()
                    );
                    tokio::select! {
                        _ = stop.wait_for(|s| *s) => return Ok(()),
                        () = tokio::time::sleep(retry_in) => {}
                    }
                    continue;
                }
            };
            retry_in = Duration::ZERO;
            self.settle(event, &mut stop).await?;
        }
    }

    /// Hands one event on and records the outcome in the queue.
    async fn settle(&self, event: QueuedEvent, stop: &mut watch::Receiver<bool>) -> Result<(), Failure> {
        let shown = format!(
            "event {} (rule {}, call {})",
            event.id,
            sanitize(&event.rule),
            sanitize(event.call_id.as_deref().unwrap_or("?"))
        );
        let outcome = match event.event() {
            Err(e) => Handled::Failed(format!("the queued body does not parse as an event: {e}")),
            Ok(parsed) => {
                let line = crate::event_line::event_line(&ReceivedEvent::new(event.rule.as_str(), parsed));
                self.hand_on(&event, line, stop).await
            }
        };
        match outcome {
            Handled::Done => {
                self.handled.fetch_add(1, Ordering::AcqRel);
                if let Err(e) = event.ack().await {
                    eprintln!(
                        "gong webhook consume: {shown} was handled but could not be marked done ({}); it may run again",
                        sanitize(&e.to_string())
                    );
                }
                Ok(())
            }
            Handled::Failed(why) => {
                let attempt = event.attempt;
                let max = self.args.max_attempts;
                match event.nack(&why).await {
                    Ok(Nacked::Dead) => eprintln!(
                        "gong webhook consume: {shown} failed on its last attempt ({attempt} of {max}), now dead: {}",
                        sanitize(&why)
                    ),
                    Ok(Nacked::Retry { after }) => eprintln!(
                        "gong webhook consume: {shown} failed on attempt {attempt} of {max}, retried in {:.1} s: {}",
                        after.as_secs_f64(),
                        sanitize(&why)
                    ),
                    Ok(_) => {}
                    Err(e) => eprintln!(
                        "gong webhook consume: {shown} failed ({}) and could not be marked so: {}",
                        sanitize(&why),
                        sanitize(&e.to_string())
                    ),
                }
                Ok(())
            }
            Handled::Interrupted => {
                self.unreserve();
                if let Err(e) = event.release().await {
                    eprintln!(
                        "gong webhook consume: {shown} was given up but not given back ({}); it returns when its lease runs out",
                        sanitize(&e.to_string())
                    );
                }
                if self.broken_pipe.load(Ordering::Acquire) {
                    return Err(Failure::BrokenPipe);
                }
                Ok(())
            }
        }
    }

    /// Runs the handler (or prints the line), within --timeout and the
    /// drain timeout after a stop.
    async fn hand_on(&self, event: &QueuedEvent, line: String, stop: &mut watch::Receiver<bool>) -> Handled {
        let drain = self.args.drain_timeout;
        let stopped_long_enough = async {
            let _ = stop.wait_for(|s| *s).await;
            tokio::time::sleep(drain).await;
        };
        let timeout = async {
            match self.args.timeout {
                Some(limit) => tokio::time::sleep(limit).await,
                None => std::future::pending::<()>().await,
            }
        };
        let lease_lost = async {
            while !event.lease_lost() {
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
        };
        let work = async {
            match &self.args.exec {
                Some(command) => run_handler(&self.reaper, command, event, &line).await,
                None => print_line(line).await.map_err(|e| {
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        self.broken_pipe.store(true, Ordering::Release);
                        let _ = self.stop.send(true);
                    }
                    format!("writing to stdout: {e}")
                }),
            }
        };
        // Dropping `work` kills the handler's process group.
        tokio::select! {
            result = work => match result {
                Ok(()) => Handled::Done,
                Err(_) if self.broken_pipe.load(Ordering::Acquire) => Handled::Interrupted,
                Err(why) => Handled::Failed(why),
            },
            () = timeout => Handled::Failed(format!(
                "the handler ran longer than --timeout {} s and was killed",
                self.args.timeout.map_or(0.0, |t| t.as_secs_f64())
            )),
            () = lease_lost => Handled::Failed("the lease was lost while the handler ran; it was killed".into()),
            () = stopped_long_enough => {
                eprintln!("gong webhook consume: a handler outlived --drain-timeout and was killed; its event is given back");
                Handled::Interrupted
            }
        }
    }
}

/// Prints one JSON line on stdout from a blocking thread (a reader that
/// stops reading holds that thread, not the runtime).
async fn print_line(line: String) -> std::io::Result<()> {
    tokio::task::spawn_blocking(move || {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
        out.flush()
    })
    .await
    .map_err(std::io::Error::other)?
}

/// Runs `--exec` for one event in a process group of its own, registered
/// with the watchdog; only exit status 0 is success.
async fn run_handler(reaper: &Reaper, command: &str, event: &QueuedEvent, line: &str) -> Result<(), String> {
    let mut cmd = crate::reaper::shell(command);
    #[cfg(unix)]
    cmd.process_group(0);
    // The queue only holds call ids the receiver verified: printable, no
    // control characters.
    cmd.stdin(std::process::Stdio::piped())
        .kill_on_drop(true)
        .env("GONG_WEBHOOK_RULE", &event.rule)
        .env("GONG_CALL_ID", event.call_id.as_deref().unwrap_or_default())
        .env("GONG_WEBHOOK_EVENT_ID", event.id.to_string())
        .env("GONG_WEBHOOK_ATTEMPT", event.attempt.to_string());
    let mut child = cmd.spawn().map_err(|e| format!("--exec could not start: {e}"))?;
    let group = reaper.register(child.id());
    if let Some(mut stdin) = child.stdin.take() {
        use tokio::io::AsyncWriteExt;
        // A command that does not read its stdin is fine.
        let _ = stdin.write_all(line.as_bytes()).await;
        let _ = stdin.write_all(b"\n").await;
    }
    let status = child.wait().await;
    group.reaped();
    match status {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(format!("--exec ended with {status}")),
        Err(e) => Err(format!("--exec could not be waited for: {e}")),
    }
}
