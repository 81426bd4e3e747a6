//! The run: planning, the streams' passes, budget stops.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use gong_client::reqwest::Method;
use serde_json::{Value, json};

use super::store::{
    AnsweredScorecardRow, CallMedia, CallOutcomeRow, CallRow, Checkpoint, FlowRow, FolderCallRow, FolderRow,
    MEDIA_URL_LIFETIME, PageWrite, Row, ScorecardRow, Store, TaskRow, TrackerRow, TranscriptRow, UserRow, WorkspaceRow,
    WriteCounts,
};
use super::{CURSOR_MAX_AGE, SyncOptions, SyncStream, TRANSCRIPT_BATCH};
use gong_client::error::PagingError;
use gong_client::operation::OperationCall;
use gong_client::paging::{self, Page};
use gong_client::raw::RawRequest;
use gong_client::{AuthError, Client, GongId};
use gong_client::{Error, Result};

/// Records per page of Gong's listings.
const PAGE_SIZE: u64 = 100;

/// What a stream will cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamPlan {
    /// The stream.
    pub stream: SyncStream,
    /// False when the stream is fresh (read within `refresh_every`) and is skipped.
    pub due: bool,
    /// True when the stream goes on with a pass an earlier run left.
    pub resumes: bool,
    /// Records to read, when known.
    pub records: Option<u64>,
    /// Requests still to send (the planning requests already sent are not counted).
    pub requests: u64,
}

/// A run's estimate against the daily budget.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Per stream.
    pub streams: Vec<StreamPlan>,
    /// Requests the run still needs.
    pub requests: u64,
    /// Requests planning spent (first pages, kept for the run).
    pub planning_requests: u64,
    /// Requests spent today (by everyone sharing the quota), after planning.
    pub spent_today: u32,
    /// The daily budget, if any.
    pub daily_limit: Option<u32>,
    /// Share of the budget left to others.
    pub reserve: f64,
    /// Requests this run may still spend today (budget less reserve less
    /// spent); `None` without a daily budget.
    pub budget_left: Option<u64>,
    /// The lookback's share of the calls pass, when the run starts a new
    /// pass and [`SyncOptions::lookback`] is on.
    pub lookback: Option<LookbackPlan>,
}

/// What reading calls again for late updates costs
/// ([`SyncOptions::lookback`]); counted in the `calls` stream's estimate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookbackPlan {
    /// How far back the pass reads again.
    pub window: Duration,
    /// Calls kept from earlier runs that the pass reads again because of
    /// the lookback (beyond the hold-back window).
    pub records: u64,
    /// Requests those calls take (pages of 100).
    pub requests: u64,
    /// False when the budget left cannot pay for it: this run reads only
    /// the hold-back window.
    pub included: bool,
}

impl Plan {
    /// True when the estimate fits what is left of today's budget.
    pub fn fits(&self) -> bool {
        self.budget_left.is_none_or(|left| self.requests <= left)
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncOutcome {
    /// Every chosen stream finished its pass.
    Done,
    /// The run stopped after a committed page, its checkpoints intact, and
    /// the next run goes on from there: the daily budget (less the reserve)
    /// was reached, or Gong refused requests for longer than the client
    /// waits (a long `Retry-After`: the company's quota spent by other
    /// integrations).
    BudgetReached {
        /// When the next run can go on, when known: the time Gong's
        /// `Retry-After` names, or the renewal of the daily budget.
        resume_after: Option<DateTime<Utc>>,
    },
}

impl SyncOutcome {
    /// True when every chosen stream finished.
    pub fn is_done(&self) -> bool {
        matches!(self, SyncOutcome::Done)
    }
    /// When the next run can go on, for a stopped run.
    pub fn resume_after(&self) -> Option<DateTime<Utc>> {
        match self {
            SyncOutcome::Done => None,
            SyncOutcome::BudgetReached { resume_after } => *resume_after,
        }
    }
}

/// What one stream did in a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamReport {
    /// The stream.
    pub stream: SyncStream,
    /// Records received.
    pub records: u64,
    /// Inserted, updated, unchanged.
    pub counts: WriteCounts,
    /// Requests sent for it (planning included).
    pub requests: u64,
    /// True when its pass finished (or it was fresh and skipped).
    pub finished: bool,
    /// True when it was skipped: fresh (read within `refresh_every`), or
    /// not allowed to the credentials (then [`StreamReport::message`] says
    /// why).
    pub skipped: bool,
    /// Why a stream was skipped when it was due: the token lacks the
    /// operation's scope, or Gong keeps the operation for a limited release.
    /// The other streams run on.
    pub message: Option<String>,
}

/// What a run did.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncReport {
    /// The plan it started from.
    pub plan: Plan,
    /// Per stream, in the order run.
    pub streams: Vec<StreamReport>,
    /// Requests sent in all (planning included).
    pub requests: u64,
    /// How it ended.
    pub outcome: SyncOutcome,
    /// Time taken.
    pub elapsed: Duration,
}

impl SyncReport {
    /// Records received over all streams.
    pub fn records(&self) -> u64 {
        self.streams.iter().map(|s| s.records).sum()
    }
}

/// A progress report, after every committed page.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncProgress {
    /// The stream being synced.
    pub stream: SyncStream,
    /// Records received by this stream so far in the run.
    pub records: u64,
    /// Records the stream expects, when known.
    pub records_expected: Option<u64>,
    /// Requests sent by the run so far.
    pub requests: u64,
    /// Requests the run expects in all.
    pub requests_expected: u64,
    /// Requests left of today's budget less the reserve.
    pub budget_left: Option<u64>,
}

type ProgressFn<'a> = Box<dyn Fn(&SyncProgress) + Send + std::marker::Sync + 'a>;

/// One sync run of a client into a store. See [`crate`].
pub struct Syncer<'a> {
    client: Client,
    store: &'a dyn Store,
    options: SyncOptions,
    progress: Option<ProgressFn<'a>>,
}

impl std::fmt::Debug for Syncer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Syncer")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// Why a stream stopped early.
enum Stop {
    /// Budget reached or Gong's quota refused: resume after this time.
    Budget(Option<DateTime<Utc>>),
    Fail(Error),
}

/// When a run refused by the quota can go on, or `None` for any other error.
fn resumable(e: &Error) -> Option<Option<DateTime<Utc>>> {
    match e {
        Error::BudgetSpent { renews_in, .. } => Some(renews_in.and_then(|d| {
            chrono::Duration::from_std(d)
                .ok()
                .and_then(|d| Utc::now().checked_add_signed(d))
        })),
        Error::RateLimited {
            retry_after, retry_at, ..
        } => Some(retry_at.map(DateTime::<Utc>::from).or_else(|| {
            retry_after.and_then(|d| {
                chrono::Duration::from_std(d)
                    .ok()
                    .and_then(|d| Utc::now().checked_add_signed(d))
            })
        })),
        _ => None,
    }
}

impl From<Error> for Stop {
    fn from(e: Error) -> Self {
        match resumable(&e) {
            Some(at) => Stop::Budget(at),
            None => Stop::Fail(e),
        }
    }
}

/// First pages fetched while planning, kept for the run.
#[derive(Default)]
struct Prefetched {
    users: Option<Page<Value>>,
    calls: Option<(Checkpoint, Page<Value>)>,
    /// Whether the new pass of calls includes the lookback.
    lookback: bool,
    /// Streams whose first page Gong refused for want of a scope, and why.
    refused: Vec<(SyncStream, String)>,
}

/// True when Gong refused an operation the credentials are not allowed (a
/// missing scope or permission, or a limited-release operation): the
/// stream is skipped, not failed.
fn not_allowed(e: &Error) -> bool {
    matches!(
        e,
        Error::Auth(AuthError::MissingScope { .. }) | Error::LimitedRelease { .. }
    )
}

/// The report's message of a stream skipped because of `e`.
fn skip_message(stream: SyncStream, e: &Error) -> String {
    format!("{stream} skipped: {e}")
}

/// Running totals of the run.
struct Run {
    lookback: bool,
    started_requests: u64,
    requests_expected: u64,
    report: Vec<StreamReport>,
}

impl<'a> Syncer<'a> {
    /// A run of `client` into `store` with `options`.
    pub fn new(client: &Client, store: &'a dyn Store, options: SyncOptions) -> Self {
        Syncer {
            client: client.clone(),
            store,
            options,
            progress: None,
        }
    }

    /// Calls `f` after every committed page.
    pub fn on_progress(mut self, f: impl Fn(&SyncProgress) + Send + std::marker::Sync + 'a) -> Self {
        self.progress = Some(Box::new(f));
        self
    }

    fn sent(&self) -> u64 {
        self.client.stats().requests_sent
    }

    /// Requests left today for this run: the budget less the reserve less
    /// what everyone sharing the quota spent. `None`: no daily budget.
    async fn budget_left(&self) -> Result<Option<u64>> {
        let usage = self.client.transport().quota().usage().await?;
        Ok(usage.daily_limit.map(|limit| {
            let cap = (f64::from(limit) * (1.0 - self.options.reserve)).floor() as u64;
            cap.saturating_sub(u64::from(usage.spent_today))
        }))
    }

    /// Fails with `Stop::Budget` when no request is left.
    async fn may_send(&self) -> std::result::Result<(), Stop> {
        match self.budget_left().await? {
            Some(0) => Err(Stop::Budget(None)),
            _ => Ok(()),
        }
    }

    fn due(&self, cp: &Checkpoint) -> bool {
        cp.in_pass()
            || cp.high_water.is_none_or(|h| {
                Utc::now().signed_duration_since(h).to_std().unwrap_or_default() >= self.options.refresh_every
            })
    }

    /// Estimates the run's requests; sends only the first pages it needs
    /// for `totalRecords` (and [`Syncer::run`] reuses them).
    pub async fn plan(&self) -> Result<Plan> {
        self.options.validate()?;
        Ok(self.plan_inner().await?.0)
    }

    /// True when a request may be sent without reaching the budget.
    async fn can_send(&self) -> Result<bool> {
        Ok(self.budget_left().await? != Some(0))
    }

    async fn plan_inner(&self) -> Result<(Plan, Prefetched)> {
        let before = self.sent();
        let mut pre = Prefetched::default();
        let mut streams = Vec::new();
        let mut new_calls: u64 = 0;
        let mut lookback = None;
        for &stream in self.options.stream_list() {
            let cp = self.store.checkpoint(stream).await?;
            let mut sp = StreamPlan {
                stream,
                due: true,
                resumes: cp.in_pass(),
                records: None,
                requests: 0,
            };
            match stream {
                SyncStream::Workspaces => {
                    sp.due = self.due(&cp);
                    sp.requests = u64::from(sp.due);
                }
                SyncStream::Users => {
                    sp.due = self.due(&cp);
                    if sp.due {
                        if let Some(total) = cp.pass_total.filter(|_| cp.in_pass() && self.cursor_usable(&cp)) {
                            let total = total.max(0) as u64;
                            sp.records = Some(total);
                            sp.requests = pages_for(total).saturating_sub(cp.pass_pages.max(0) as u64);
                        } else if !self.can_send().await? {
                            sp.requests = 1;
                        } else {
                            match self.users_page(None).await {
                                Ok(page) => {
                                    let total = page.total_records.unwrap_or(page.items.len() as i64).max(0) as u64;
                                    sp.records = Some(total);
                                    sp.requests = pages_for(total).saturating_sub(1);
                                    pre.users = Some(page);
                                }
                                Err(e) if not_allowed(&e) => pre.refused.push((stream, skip_message(stream, &e))),
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
                SyncStream::Calls => {
                    let plan = self.lookback_plan(&cp).await?;
                    pre.lookback = plan.as_ref().is_some_and(|l| l.included);
                    lookback = plan;
                    let (pass, fresh_cursor) = self.calls_pass(&cp, pre.lookback);
                    if let (true, Some(total)) = (fresh_cursor, pass.pass_total) {
                        // Numbers from a stored checkpoint: never an overflow.
                        let (total, pages) = (total.max(0) as u64, pass.pass_pages.max(0) as u64);
                        sp.records = Some(total);
                        sp.requests = pages_for(total).saturating_sub(pages);
                        new_calls = total.saturating_sub(pages.saturating_mul(PAGE_SIZE));
                    } else if !self.can_send().await? {
                        sp.requests = 1;
                    } else {
                        match self.calls_page(&pass, None).await {
                            Ok(page) => {
                                let total = page.total_records.unwrap_or(page.items.len() as i64).max(0) as u64;
                                let kept = self.store.calls_since(pass.pass_from).await?;
                                new_calls = total.saturating_sub(kept);
                                sp.records = Some(total);
                                sp.requests = pages_for(total).saturating_sub(1);
                                pre.calls = Some((pass, page));
                            }
                            Err(e) if not_allowed(&e) => pre.refused.push((stream, skip_message(stream, &e))),
                            Err(e) => return Err(e),
                        }
                    }
                }
                SyncStream::Transcripts => {
                    let due = self
                        .store
                        .transcripts_due_count(self.options.transcript_attempts)
                        .await?;
                    let expected = due.saturating_add(if self.options.stream_list().contains(&SyncStream::Calls) {
                        new_calls
                    } else {
                        0
                    });
                    sp.records = Some(expected);
                    sp.requests = expected.div_ceil(TRANSCRIPT_BATCH as u64);
                }
                SyncStream::Library => {
                    // The folder list is read by the pass itself: a run the
                    // budget stops before the library would waste it here.
                    sp.due = self.due(&cp);
                    if sp.due {
                        let known = self.store.counts().await?.folders;
                        let done = if cp.in_pass() { cp.pass_pages.max(0) as u64 } else { 0 };
                        sp.records = (known > 0).then_some(known);
                        sp.requests = known.saturating_sub(done).saturating_add(1);
                    }
                }
                SyncStream::Scorecards | SyncStream::Trackers | SyncStream::CallOutcomes => {
                    sp.due = self.due(&cp);
                    sp.requests = u64::from(sp.due);
                }
                SyncStream::AnsweredScorecards => {
                    // At least one page; the first page's total is not
                    // read ahead (the pass reads it).
                    sp.requests = match cp.pass_total.filter(|_| cp.in_pass() && self.cursor_usable(&cp)) {
                        Some(total) => pages_for(total.max(0) as u64).saturating_sub(cp.pass_pages.max(0) as u64),
                        None => 1,
                    };
                }
                SyncStream::Flows | SyncStream::Tasks => {
                    // One request (at least) per user kept.
                    sp.due = self.due(&cp);
                    if sp.due {
                        let users = self.store.counts().await?.users;
                        let done = if cp.in_pass() { cp.pass_pages.max(0) as u64 } else { 0 };
                        sp.requests = users.saturating_sub(done);
                    }
                }
            }
            streams.push(sp);
        }
        let usage = self.client.transport().quota().usage().await?;
        let plan = Plan {
            requests: streams.iter().fold(0u64, |n, s| n.saturating_add(s.requests)),
            streams,
            planning_requests: self.sent().saturating_sub(before),
            spent_today: usage.spent_today,
            daily_limit: usage.daily_limit,
            reserve: self.options.reserve,
            budget_left: self.budget_left().await?,
            lookback,
        };
        Ok((plan, pre))
    }

    /// Plans, then syncs each chosen stream in turn, stopping cleanly when
    /// the budget (less the reserve) is reached.
    pub async fn run(&self) -> Result<SyncReport> {
        self.options.validate()?;
        let clock = Instant::now();
        let started_requests = self.sent();
        let (plan, mut pre) = match self.plan_inner().await {
            Ok(p) => p,
            // The quota's own hard limit, or Gong's long refusal, met while planning.
            Err(e) if resumable(&e).is_some() => {
                let resume_after = resumable(&e).flatten();
                let usage = self.client.transport().quota().usage().await?;
                let plan = Plan {
                    streams: Vec::new(),
                    requests: 0,
                    planning_requests: self.sent().saturating_sub(started_requests),
                    spent_today: usage.spent_today,
                    daily_limit: usage.daily_limit,
                    reserve: self.options.reserve,
                    budget_left: Some(0),
                    lookback: None,
                };
                return Ok(SyncReport {
                    plan,
                    streams: Vec::new(),
                    requests: self.sent().saturating_sub(started_requests),
                    outcome: SyncOutcome::BudgetReached { resume_after },
                    elapsed: clock.elapsed(),
                });
            }
            Err(e) => return Err(e),
        };
        let mut run = Run {
            lookback: pre.lookback,
            started_requests,
            requests_expected: plan.requests + plan.planning_requests,
            report: Vec::new(),
        };
        let mut outcome = SyncOutcome::Done;
        for sp in &plan.streams {
            let stream = sp.stream;
            let mut rep = StreamReport {
                stream,
                records: 0,
                counts: WriteCounts::default(),
                requests: 0,
                finished: false,
                skipped: !sp.due,
                message: None,
            };
            let before = self.sent();
            // A first page read while planning counts for its stream.
            rep.requests += u64::from(match stream {
                SyncStream::Users => pre.users.is_some(),
                SyncStream::Calls => pre.calls.is_some(),
                _ => false,
            });
            let refused = pre
                .refused
                .iter()
                .position(|(s, _)| *s == stream)
                .map(|i| pre.refused.swap_remove(i).1);
            let result = if let Some(message) = refused {
                rep.skipped = true;
                rep.message = Some(message);
                Ok(())
            } else if !sp.due {
                Ok(())
            } else {
                match stream {
                    SyncStream::Workspaces => self.sync_workspaces(&mut rep, &run).await,
                    SyncStream::Users => self.sync_users(&mut rep, &run, pre.users.take(), sp.records).await,
                    SyncStream::Calls => self.sync_calls(&mut rep, &run, pre.calls.take(), sp.records).await,
                    SyncStream::Transcripts => self.sync_transcripts(&mut rep, &run, sp.records).await,
                    SyncStream::Library => self.sync_library(&mut rep, &run).await,
                    SyncStream::Scorecards | SyncStream::Trackers | SyncStream::CallOutcomes => {
                        self.sync_settings(&mut rep, &run, stream).await
                    }
                    SyncStream::AnsweredScorecards => self.sync_answered_scorecards(&mut rep, &run).await,
                    SyncStream::Flows | SyncStream::Tasks => self.sync_per_user(&mut rep, &run, stream).await,
                }
            };
            rep.requests += self.sent().saturating_sub(before);
            match result {
                Ok(()) => rep.finished = rep.message.is_none(),
                Err(Stop::Budget(resume_after)) => outcome = SyncOutcome::BudgetReached { resume_after },
                Err(Stop::Fail(e)) if not_allowed(&e) => {
                    // The token lacks the stream's scope: the stream is
                    // skipped (its checkpoint untouched), the others run on.
                    tracing::warn!(stream = stream.name(), error = %e, "sync stream skipped");
                    rep.skipped = true;
                    rep.message = Some(skip_message(stream, &e));
                }
                Err(Stop::Fail(e)) => return Err(e),
            }
            run.report.push(rep);
            if !outcome.is_done() {
                break;
            }
        }
        let spent = self.sent().saturating_sub(run.started_requests);
        Ok(SyncReport {
            plan,
            streams: run.report,
            requests: spent,
            outcome,
            elapsed: clock.elapsed(),
        })
    }

    async fn progress(&self, run: &Run, rep: &StreamReport, expected: Option<u64>) -> Result<()> {
        if let Some(f) = &self.progress {
            let p = SyncProgress {
                stream: rep.stream,
                records: rep.records,
                records_expected: expected,
                requests: self.sent().saturating_sub(run.started_requests),
                requests_expected: run.requests_expected,
                budget_left: self.budget_left().await?,
            };
            f(&p);
        }
        Ok(())
    }

    fn cursor_usable(&self, cp: &Checkpoint) -> bool {
        cp.cursor.is_some()
            && cp
                .cursor_at
                .is_some_and(|at| Utc::now().signed_duration_since(at).to_std().unwrap_or_default() < CURSOR_MAX_AGE)
    }

    /// The lookback's cost for a new pass of calls (`None` when a pass is
    /// in progress, `--since` sets the start, the lookback is off, or it
    /// adds nothing to the hold-back window), from the calls kept.
    async fn lookback_plan(&self, cp: &Checkpoint) -> Result<Option<LookbackPlan>> {
        let window = self.options.lookback;
        let (Some(high_water), false, false) = (cp.high_water, cp.in_pass(), self.options.since.is_some()) else {
            return Ok(None);
        };
        if window <= self.options.hold_back {
            return Ok(None);
        }
        let back = |d: Duration| high_water - chrono::Duration::from_std(d).unwrap_or_default();
        let records = self
            .store
            .calls_between(back(window), back(self.options.hold_back))
            .await?;
        let requests = records.div_ceil(PAGE_SIZE);
        let included = self.budget_left().await?.is_none_or(|left| requests < left);
        Ok(Some(LookbackPlan {
            window,
            records,
            requests,
            included,
        }))
    }

    /// The pass of calls to run: the one in progress, or a new one (reading
    /// the lookback again when `lookback`). The bool says whether its saved
    /// cursor can be followed.
    fn calls_pass(&self, cp: &Checkpoint, lookback: bool) -> (Checkpoint, bool) {
        if cp.in_pass() {
            if cp.cursor.is_none() || self.cursor_usable(cp) {
                return (cp.clone(), cp.cursor.is_some());
            }
            // The cursor is stale: restart the pass, from its latest
            // committed start time when the pages came in order.
            let mut restart = cp.clone();
            if cp.pass_ordered && cp.pass_last_started.is_some() {
                restart.pass_from = cp.pass_last_started;
            }
            restart.cursor = None;
            restart.cursor_at = None;
            restart.pass_total = None;
            restart.pass_pages = 0;
            return (restart, false);
        }
        let now = self.options.until.unwrap_or_else(now_micros);
        let back = if lookback {
            self.options.hold_back.max(self.options.lookback)
        } else {
            self.options.hold_back
        };
        let from = self.options.since.or_else(|| {
            cp.high_water
                .map(|h| h - chrono::Duration::from_std(back).unwrap_or_default())
        });
        let pass = Checkpoint {
            generation: cp.generation,
            cursor: None,
            cursor_at: None,
            pass_from: from,
            pass_to: Some(now),
            pass_total: None,
            pass_pages: 0,
            pass_last_started: None,
            pass_ordered: true,
            high_water: cp.high_water,
        };
        (pass, false)
    }

    async fn sync_calls(
        &self,
        rep: &mut StreamReport,
        run: &Run,
        pre: Option<(Checkpoint, Page<Value>)>,
        expected: Option<u64>,
    ) -> std::result::Result<(), Stop> {
        let (mut cp, mut first) = match pre {
            Some((pass, page)) => (pass, Some(page)),
            None => (
                self.calls_pass(&self.store.checkpoint(SyncStream::Calls).await?, run.lookback)
                    .0,
                None,
            ),
        };
        let mut seen: HashSet<String> = cp.cursor.iter().cloned().collect();
        let mut restarted = false;
        loop {
            let page = match first.take() {
                Some(p) => p,
                None => {
                    self.may_send().await?;
                    let sent_cursor = cp.cursor.clone();
                    match self.calls_page(&cp, sent_cursor.clone()).await {
                        Ok(p) => p,
                        Err(e) if sent_cursor.is_some() && !restarted && refused_cursor(&e) => {
                            // Gong no longer knows the cursor: restart the pass.
                            restarted = true;
                            let stored = self.store.checkpoint(SyncStream::Calls).await?;
                            let mut c = stored.clone();
                            c.cursor_at = None;
                            cp = self.calls_pass(&c, run.lookback).0;
                            seen.clear();
                            continue;
                        }
                        Err(e) => return Err(e.into()),
                    }
                }
            };
            let mut rows = Vec::with_capacity(page.items.len());
            let mut remove_calls = Vec::new();
            let mut ordered = cp.pass_ordered;
            let mut last = cp.pass_last_started;
            let fetched_at = now_micros();
            for item in page.items {
                let row = call_row(item, fetched_at)?;
                // Ordered and resumed by the window time: never after the
                // time Gong filters by, whichever of the two it is.
                if let Some(s) = super::store::window_time(row.0.started, row.0.scheduled) {
                    if last.is_some_and(|l| s < l) {
                        ordered = false;
                    }
                    last = Some(last.map_or(s, |l| l.max(s)));
                }
                if row.1 && !self.options.include_private {
                    remove_calls.push(row.0.id);
                } else {
                    rows.push(Row::Call(row.0));
                }
            }
            rep.records += remove_calls.len() as u64;
            rep.records += rows.len() as u64;
            let next = paging::next_cursor(
                &mut seen,
                page.next_cursor.clone(),
                "listCallsExtensive",
                usize::try_from(cp.pass_pages).unwrap_or(0).saturating_add(1),
            )?;
            let expected_generation = cp.generation;
            let done = next.is_none();
            let mut after = Checkpoint {
                generation: cp.next_generation(SyncStream::Calls)?,
                cursor_at: next.as_ref().map(|_| now_micros()),
                cursor: next,
                pass_total: cp.pass_total.or(page.total_records),
                pass_pages: cp.pass_pages.saturating_add(1),
                pass_last_started: last,
                pass_ordered: ordered,
                ..cp.clone()
            };
            if done {
                after = Checkpoint {
                    generation: cp.next_generation(SyncStream::Calls)?,
                    high_water: cp.pass_to.or(cp.high_water),
                    ..Checkpoint::default()
                };
            }
            rep.counts += self
                .store
                .write(PageWrite {
                    stream: SyncStream::Calls,
                    expected_generation,
                    checkpoint: after.clone(),
                    rows,
                    transcript_misses: Vec::new(),
                    replace_folder: None,
                    remove_calls,
                })
                .await?;
            cp = after;
            self.progress(run, rep, expected).await?;
            if done {
                return Ok(());
            }
        }
    }

    async fn sync_users(
        &self,
        rep: &mut StreamReport,
        run: &Run,
        pre: Option<Page<Value>>,
        expected: Option<u64>,
    ) -> std::result::Result<(), Stop> {
        let stored = self.store.checkpoint(SyncStream::Users).await?;
        let mut cp = if stored.in_pass() && self.cursor_usable(&stored) && pre.is_none() {
            stored
        } else {
            Checkpoint {
                generation: stored.generation,
                pass_to: Some(now_micros()),
                pass_ordered: true,
                high_water: stored.high_water,
                ..Checkpoint::default()
            }
        };
        let mut first = pre;
        let mut seen: HashSet<String> = cp.cursor.iter().cloned().collect();
        loop {
            let page = match first.take() {
                Some(p) => p,
                None => {
                    self.may_send().await?;
                    self.users_page(cp.cursor.clone()).await?
                }
            };
            let rows = page.items.iter().map(user_row).collect::<Result<Vec<_>>>()?;
            rep.records += rows.len() as u64;
            let next = paging::next_cursor(
                &mut seen,
                page.next_cursor.clone(),
                "listUsers",
                usize::try_from(cp.pass_pages).unwrap_or(0).saturating_add(1),
            )?;
            let done = next.is_none();
            let after = if done {
                Checkpoint {
                    high_water: cp.pass_to,
                    ..Checkpoint::default()
                }
            } else {
                Checkpoint {
                    cursor_at: Some(now_micros()),
                    cursor: next,
                    pass_total: cp.pass_total.or(page.total_records),
                    pass_pages: cp.pass_pages.saturating_add(1),
                    ..cp.clone()
                }
            };
            rep.counts += self.write(SyncStream::Users, &cp, &after, rows, None).await?;
            cp = Checkpoint {
                generation: cp.next_generation(SyncStream::Users)?,
                ..after
            };
            self.progress(run, rep, expected).await?;
            if done {
                return Ok(());
            }
        }
    }

    async fn write(
        &self,
        stream: SyncStream,
        cp: &Checkpoint,
        after: &Checkpoint,
        rows: Vec<Row>,
        replace_folder: Option<GongId>,
    ) -> Result<WriteCounts> {
        self.store
            .write(PageWrite {
                stream,
                expected_generation: cp.generation,
                checkpoint: after.clone(),
                rows,
                transcript_misses: Vec::new(),
                replace_folder,
                remove_calls: Vec::new(),
            })
            .await
    }

    async fn sync_workspaces(&self, rep: &mut StreamReport, run: &Run) -> std::result::Result<(), Stop> {
        let cp = self.store.checkpoint(SyncStream::Workspaces).await?;
        self.may_send().await?;
        let started = now_micros();
        let body = self.get_json("/v2/workspaces", &[]).await?;
        let rows = array(&body, "workspaces")
            .iter()
            .map(|w| {
                Ok(Row::Workspace(WorkspaceRow {
                    id: gong_id(w, "id", "workspaces[].id")?,
                    name: text(w, "name"),
                    json: w.to_string(),
                }))
            })
            .collect::<Result<Vec<_>>>()?;
        rep.records = rows.len() as u64;
        let after = Checkpoint {
            high_water: Some(started),
            ..Checkpoint::default()
        };
        rep.counts += self.write(SyncStream::Workspaces, &cp, &after, rows, None).await?;
        self.progress(run, rep, Some(rep.records)).await?;
        Ok(())
    }

    async fn sync_transcripts(
        &self,
        rep: &mut StreamReport,
        run: &Run,
        expected: Option<u64>,
    ) -> std::result::Result<(), Stop> {
        let mut cp = self.store.checkpoint(SyncStream::Transcripts).await?;
        if !cp.in_pass() {
            cp.pass_to = Some(now_micros());
            cp.cursor = None;
        }
        loop {
            let ids = self
                .store
                .transcripts_due(cp.cursor.clone(), self.options.transcript_attempts, TRANSCRIPT_BATCH)
                .await?;
            if ids.is_empty() {
                let after = Checkpoint {
                    high_water: cp.pass_to,
                    ..Checkpoint::default()
                };
                self.write(SyncStream::Transcripts, &cp, &after, Vec::new(), None)
                    .await?;
                return Ok(());
            }
            let mut got: Vec<Row> = Vec::new();
            let mut have: HashSet<String> = HashSet::new();
            let mut cursor: Option<String> = None;
            let mut seen = HashSet::new();
            let mut pages = 0;
            loop {
                self.may_send().await?;
                let page = self.transcripts_page(&ids, cursor.take()).await?;
                pages += 1;
                for item in &page.items {
                    let call_id = gong_id(item, "callId", "callTranscripts[].callId")?;
                    let monologues = item.get("transcript").and_then(Value::as_array).map_or(0, Vec::len);
                    // Only ids asked for, and only real transcripts, count.
                    if monologues > 0 && ids.contains(&call_id) && have.insert(call_id.as_str().to_owned()) {
                        got.push(Row::Transcript(TranscriptRow {
                            call_id,
                            monologues: monologues as i64,
                            json: item.to_string(),
                        }));
                    }
                }
                match paging::next_cursor(&mut seen, page.next_cursor, "getCallTranscripts", pages)? {
                    Some(c) => cursor = Some(c),
                    None => break,
                }
            }
            let misses: Vec<GongId> = ids.iter().filter(|i| !have.contains(i.as_str())).cloned().collect();
            rep.records += got.len() as u64;
            let after = Checkpoint {
                cursor: ids.last().map(|i| i.as_str().to_owned()),
                pass_pages: cp.pass_pages.saturating_add(pages as i64),
                ..cp.clone()
            };
            rep.counts += self
                .store
                .write(PageWrite {
                    stream: SyncStream::Transcripts,
                    expected_generation: cp.generation,
                    checkpoint: after.clone(),
                    rows: got,
                    transcript_misses: misses,
                    replace_folder: None,
                    remove_calls: Vec::new(),
                })
                .await?;
            cp = Checkpoint {
                generation: cp.next_generation(SyncStream::Transcripts)?,
                ..after
            };
            self.progress(run, rep, expected).await?;
        }
    }

    async fn sync_library(&self, rep: &mut StreamReport, run: &Run) -> std::result::Result<(), Stop> {
        let mut cp = self.store.checkpoint(SyncStream::Library).await?;
        if !cp.in_pass() {
            cp.pass_to = Some(now_micros());
            cp.cursor = None;
        }
        self.may_send().await?;
        let folders = self.folders().await?;
        let expected = Some(folders.len() as u64);
        for folder in &folders {
            let id = gong_id(folder, "id", "folders[].id")?;
            if cp.cursor.as_deref().is_some_and(|done| id.as_str() <= done) {
                continue;
            }
            self.may_send().await?;
            let content = match self
                .get_json("/v2/library/folder-content", &[("folderId", id.as_str())])
                .await
            {
                Ok(v) => v,
                // A folder deleted since it was listed has no calls.
                Err(Error::Api { status: 404, .. }) => json!({ "calls": [] }),
                Err(e) => return Err(e.into()),
            };
            let mut rows = vec![Row::Folder(FolderRow {
                id: id.clone(),
                name: text(folder, "name"),
                parent_folder_id: id_text(folder, "parentFolderId"),
                json: folder.to_string(),
            })];
            for call in array(&content, "calls") {
                rows.push(Row::FolderCall(FolderCallRow {
                    folder_id: id.clone(),
                    call_id: gong_id(call, "id", "calls[].id")?,
                    title: text(call, "title"),
                    json: call.to_string(),
                }));
            }
            rep.records += rows.len() as u64;
            let after = Checkpoint {
                cursor: Some(id.as_str().to_owned()),
                pass_pages: cp.pass_pages.saturating_add(1),
                ..cp.clone()
            };
            rep.counts += self.write(SyncStream::Library, &cp, &after, rows, Some(id)).await?;
            cp = Checkpoint {
                generation: cp.next_generation(SyncStream::Library)?,
                ..after
            };
            self.progress(run, rep, expected).await?;
        }
        let after = Checkpoint {
            high_water: cp.pass_to,
            ..Checkpoint::default()
        };
        self.write(SyncStream::Library, &cp, &after, Vec::new(), None).await?;
        Ok(())
    }

    /// Scorecards, trackers or call outcomes: one listing read whole, as
    /// workspaces are.
    async fn sync_settings(
        &self,
        rep: &mut StreamReport,
        run: &Run,
        stream: SyncStream,
    ) -> std::result::Result<(), Stop> {
        let cp = self.store.checkpoint(stream).await?;
        self.may_send().await?;
        let started = now_micros();
        let (operation, key) = match stream {
            SyncStream::Scorecards => ("listScorecards", "scorecards"),
            SyncStream::Trackers => ("listTrackers", "keywordTrackers"),
            _ => ("listCallOutcomes", "outcomes"),
        };
        let body = match self.operation(OperationCall::new(operation)?).await {
            Ok(v) => v,
            Err(e) if e.is_empty_result() => json!({}),
            Err(e) => return Err(e.into()),
        };
        let rows = array(&body, key)
            .iter()
            .map(|v| match stream {
                SyncStream::Scorecards => scorecard_row(v),
                SyncStream::Trackers => tracker_row(v),
                _ => call_outcome_row(v),
            })
            .collect::<Result<Vec<_>>>()?;
        rep.records = rows.len() as u64;
        let after = Checkpoint {
            high_water: Some(started),
            ..Checkpoint::default()
        };
        rep.counts += self.write(stream, &cp, &after, rows, None).await?;
        self.progress(run, rep, Some(rep.records)).await?;
        Ok(())
    }

    /// Answered scorecards by review time: a pass from the last high-water
    /// mark less the hold-back window to the time it starts, paged with
    /// Gong's cursor.
    async fn sync_answered_scorecards(&self, rep: &mut StreamReport, run: &Run) -> std::result::Result<(), Stop> {
        const STREAM: SyncStream = SyncStream::AnsweredScorecards;
        let stored = self.store.checkpoint(STREAM).await?;
        let mut cp = if stored.in_pass() {
            let mut c = stored;
            if c.cursor.is_some() && !self.cursor_usable(&c) {
                // Gong forgot the cursor: the pass starts over (upserts
                // make the repetition harmless).
                c.cursor = None;
                c.cursor_at = None;
                c.pass_total = None;
                c.pass_pages = 0;
            }
            c
        } else {
            Checkpoint {
                generation: stored.generation,
                pass_from: stored
                    .high_water
                    .map(|h| h - chrono::Duration::from_std(self.options.hold_back).unwrap_or_default()),
                pass_to: Some(now_micros()),
                pass_ordered: true,
                high_water: stored.high_water,
                ..Checkpoint::default()
            }
        };
        let mut seen: HashSet<String> = cp.cursor.iter().cloned().collect();
        loop {
            self.may_send().await?;
            let page = self.answered_scorecards_page(&cp, cp.cursor.clone()).await?;
            let rows = page
                .items
                .iter()
                .map(answered_scorecard_row)
                .collect::<Result<Vec<_>>>()?;
            rep.records += rows.len() as u64;
            let next = paging::next_cursor(
                &mut seen,
                page.next_cursor.clone(),
                "listAnsweredScorecards",
                usize::try_from(cp.pass_pages).unwrap_or(0).saturating_add(1),
            )?;
            let done = next.is_none();
            let after = if done {
                Checkpoint {
                    high_water: cp.pass_to,
                    ..Checkpoint::default()
                }
            } else {
                Checkpoint {
                    cursor_at: Some(now_micros()),
                    cursor: next,
                    pass_total: cp.pass_total.or(page.total_records),
                    pass_pages: cp.pass_pages.saturating_add(1),
                    ..cp.clone()
                }
            };
            rep.counts += self.write(STREAM, &cp, &after, rows, None).await?;
            cp = Checkpoint {
                generation: cp.next_generation(STREAM)?,
                ..after
            };
            self.progress(run, rep, cp.pass_total.map(|t| t.max(0) as u64)).await?;
            if done {
                return Ok(());
            }
        }
    }

    /// Flows or tasks: Gong lists them one user at a time (flows by their
    /// owner's email, tasks by user id), so the pass goes through the
    /// users kept, in id order, one committed write per user.
    async fn sync_per_user(
        &self,
        rep: &mut StreamReport,
        run: &Run,
        stream: SyncStream,
    ) -> std::result::Result<(), Stop> {
        let mut cp = self.store.checkpoint(stream).await?;
        if !cp.in_pass() {
            cp.pass_to = Some(now_micros());
            cp.cursor = None;
            cp.pass_pages = 0;
        }
        let users = self.store.ids(SyncStream::Users).await?;
        let expected = Some(users.len() as u64);
        let mut written: HashSet<String> = HashSet::new();
        for user in &users {
            if cp.cursor.as_deref().is_some_and(|done| user.as_str() <= done) {
                continue;
            }
            let mut rows = Vec::new();
            let owner = match stream {
                SyncStream::Flows => {
                    let record = self.store.record(SyncStream::Users, user.as_str().to_owned()).await?;
                    let json: Value = record
                        .and_then(|r| serde_json::from_str(&r.json).ok())
                        .unwrap_or(Value::Null);
                    // A user without an address owns no flow Gong can list.
                    json.get("emailAddress").and_then(Value::as_str).map(str::to_owned)
                }
                _ => Some(user.as_str().to_owned()),
            };
            if let Some(owner) = owner {
                let mut cursor: Option<String> = None;
                let mut seen = HashSet::new();
                let mut pages = 0;
                loop {
                    self.may_send().await?;
                    let page = match stream {
                        SyncStream::Flows => self.flows_page(&owner, cursor.take()).await?,
                        _ => self.tasks_page(user, cursor.take()).await?,
                    };
                    pages += 1;
                    for item in &page.items {
                        let row = match stream {
                            SyncStream::Flows => flow_row(item)?,
                            _ => task_row(item)?,
                        };
                        rep.records += 1;
                        // A company or shared flow is listed for every owner:
                        // written once a pass.
                        let id = match &row {
                            Row::Flow(f) => f.id.as_str().to_owned(),
                            Row::Task(t) => t.id.as_str().to_owned(),
                            _ => String::new(),
                        };
                        if written.insert(id) {
                            rows.push(row);
                        }
                    }
                    let op = if stream == SyncStream::Flows {
                        "listFlows"
                    } else {
                        "listTasks"
                    };
                    match paging::next_cursor(&mut seen, page.next_cursor, op, pages)? {
                        Some(c) => cursor = Some(c),
                        None => break,
                    }
                }
            }
            let after = Checkpoint {
                cursor: Some(user.as_str().to_owned()),
                pass_pages: cp.pass_pages.saturating_add(1),
                ..cp.clone()
            };
            rep.counts += self.write(stream, &cp, &after, rows, None).await?;
            cp = Checkpoint {
                generation: cp.next_generation(stream)?,
                ..after
            };
            self.progress(run, rep, expected).await?;
        }
        let after = Checkpoint {
            high_water: cp.pass_to,
            ..Checkpoint::default()
        };
        self.write(stream, &cp, &after, Vec::new(), None).await?;
        Ok(())
    }

    // ---- The requests. Each listing is fetched in one function, as raw JSON
    // (so the stored record keeps every field Gong sent, known or not).

    async fn send_json(&self, request: RawRequest) -> Result<Value> {
        let response = self
            .client
            .raw(
                request
                    .idempotent(true)
                    .max_retries(gong_client::retry::RetryPolicy::default().max_retries)
                    .exponential_backoff(true),
            )
            .await?;
        match response.body {
            gong_client::raw::RawResponseBody::Json(v) if v.is_object() => Ok(v),
            _ => Err(Error::decode(".", "expected a JSON object")),
        }
    }

    async fn get_json(&self, path: &str, query: &[(&str, &str)]) -> Result<Value> {
        let mut r = RawRequest::new(Method::GET, path);
        for (k, v) in query {
            r = r.query(*k, *v);
        }
        self.send_json(r).await
    }

    /// A page of a listing; Gong's "no ... found" 404 is an empty last page.
    async fn page(&self, request: RawRequest, key: &str) -> Result<Page<Value>> {
        page_of(self.send_json(request).await, key)
    }

    /// One request of a named operation of Gong's document, through the
    /// client's operation table (its scope, retries and budget; a refusal
    /// names the operation and its scope), as raw JSON.
    async fn operation(&self, call: OperationCall) -> Result<Value> {
        match self.client.call_operation(&call).await? {
            v if v.is_object() => Ok(v),
            _ => Err(Error::decode(".", "expected a JSON object")),
        }
    }

    /// A page of a listing of a named operation (see [`Syncer::operation`]).
    async fn operation_page(&self, call: OperationCall, key: &str) -> Result<Page<Value>> {
        page_of(self.operation(call).await, key)
    }
    /// One page of `POST /v2/calls/extensive` for the pass, with every content section.
    async fn calls_page(&self, pass: &Checkpoint, cursor: Option<String>) -> Result<Page<Value>> {
        let all = Some(true);
        // Every section Gong's 2026 document has, media only when asked
        // (it needs a scope of its own, and its URLs expire).
        let selector = gong_client::api::types::ContentSelector {
            context: Some(gong_client::api::types::ContentSelectorContext::Extended),
            context_timing: vec![
                gong_client::api::types::ContentSelectorContextTimingItem::Now,
                gong_client::api::types::ContentSelectorContextTimingItem::TimeOfCall,
            ],
            exposed_fields: Some(gong_client::api::types::ExposedFields {
                collaboration: Some(gong_client::api::types::CallCollaboration { public_comments: all }),
                content: Some(gong_client::api::types::CallContent {
                    brief: all,
                    call_outcome: all,
                    highlights: all,
                    key_points: all,
                    outline: all,
                    points_of_interest: None,
                    structure: all,
                    topics: all,
                    tracker_occurrences: all,
                    trackers: all,
                }),
                interaction: Some(gong_client::api::types::CallInteraction {
                    person_interaction_stats: all,
                    questions: all,
                    speakers: all,
                    video: all,
                }),
                media: Some(self.options.media),
                parties: all,
            }),
        };
        let mut body = json!({
            "filter": {},
            "contentSelector": serde_json::to_value(&selector).map_err(|e| Error::invalid("contentSelector", e.to_string()))?,
        });
        if let Some(f) = pass.pass_from {
            body["filter"]["fromDateTime"] = json!(super::store::time_text(&f));
        }
        if let Some(t) = pass.pass_to {
            body["filter"]["toDateTime"] = json!(super::store::time_text(&t));
        }
        if let Some(c) = cursor {
            body["cursor"] = json!(c);
        }
        self.page(RawRequest::new(Method::POST, "/v2/calls/extensive").json(body), "calls")
            .await
    }

    async fn users_page(&self, cursor: Option<String>) -> Result<Page<Value>> {
        let mut r = RawRequest::new(Method::GET, "/v2/users");
        if let Some(c) = cursor {
            r = r.query("cursor", c);
        }
        self.page(r, "users").await
    }

    async fn transcripts_page(&self, ids: &[GongId], cursor: Option<String>) -> Result<Page<Value>> {
        let mut body = json!({ "filter": { "callIds": ids.iter().map(GongId::as_str).collect::<Vec<_>>() } });
        if let Some(c) = cursor {
            body["cursor"] = json!(c);
        }
        self.page(
            RawRequest::new(Method::POST, "/v2/calls/transcript").json(body),
            "callTranscripts",
        )
        .await
    }

    /// One page of `POST /v2/stats/activity/scorecards` for the pass:
    /// Gong filters review times by whole days, so the pass asks from the
    /// day its start falls on to the day after its end.
    async fn answered_scorecards_page(&self, pass: &Checkpoint, cursor: Option<String>) -> Result<Page<Value>> {
        let mut filter = serde_json::Map::new();
        if let Some(f) = pass.pass_from {
            filter.insert(
                "reviewFromDate".into(),
                json!(f.date_naive().format("%Y-%m-%d").to_string()),
            );
        }
        if let Some(t) = pass.pass_to {
            let day = t.date_naive().succ_opt().unwrap_or(t.date_naive());
            filter.insert("reviewToDate".into(), json!(day.format("%Y-%m-%d").to_string()));
        }
        let mut body = json!({ "filter": filter });
        if let Some(c) = cursor {
            body["cursor"] = json!(c);
        }
        self.operation_page(
            OperationCall::new("listAnsweredScorecards")?.body(body)?,
            "answeredScorecards",
        )
        .await
    }

    async fn flows_page(&self, owner_email: &str, cursor: Option<String>) -> Result<Page<Value>> {
        let mut call = OperationCall::new("listFlows")?.param("flowOwnerEmail", owner_email)?;
        if let Some(c) = cursor {
            call = call.param("cursor", c)?;
        }
        self.operation_page(call, "flows").await
    }

    /// A user's tasks of every type and status.
    async fn tasks_page(&self, user: &GongId, cursor: Option<String>) -> Result<Page<Value>> {
        let mut body = json!({
            "filter": {
                "userId": user.as_str(),
                "types": ["FLOW", "MANUAL"],
                "taskAction": ["CALL"],
                "status": ["OPEN", "DONE", "DISMISSED"],
            }
        });
        if let Some(c) = cursor {
            body["cursor"] = json!(c);
        }
        self.operation_page(OperationCall::new("listTasks")?.body(body)?, "tasks")
            .await
    }

    /// The library's folders, in id order.
    async fn folders(&self) -> Result<Vec<Value>> {
        let mut body = self.get_json("/v2/library/folders", &[]).await?;
        let mut folders = match body.get_mut("folders").map(Value::take) {
            Some(Value::Array(f)) => f,
            _ => Vec::new(),
        };
        for (i, f) in folders.iter().enumerate() {
            gong_id(f, "id", &format!("folders[{i}].id"))?;
        }
        folders.sort_by_key(|f| id_key(f, "id"));
        Ok(folders)
    }
}

/// A listing page from an answer; Gong's "no ... found" 404 is an empty last page.
fn page_of(answer: Result<Value>, key: &str) -> Result<Page<Value>> {
    match answer {
        Ok(mut body) => {
            let items = match body.get_mut(key).map(Value::take) {
                Some(Value::Array(items)) => items,
                Some(Value::Null) | None => Vec::new(),
                Some(_) => {
                    return Err(Error::decode(key, "expected an array"));
                }
            };
            let records = body.get("records");
            let int = |k: &str| records.and_then(|r| r.get(k)).and_then(Value::as_i64);
            let next_cursor = records
                .and_then(|r| r.get("cursor"))
                .and_then(Value::as_str)
                .map(str::to_owned);
            Ok(Page::new(items, next_cursor)
                .with_total_records(int("totalRecords"))
                .with_page_number(int("currentPageNumber")))
        }
        Err(e) if e.is_empty_result() => Ok(Page::empty()),
        Err(e) => Err(e),
    }
}

/// Gong refused a cursor we sent.
fn refused_cursor(e: &Error) -> bool {
    match e {
        Error::Paging(PagingError::CursorExpired { .. }) => true,
        Error::Api {
            status: 400 | 404 | 410,
            messages,
            ..
        } => messages.iter().any(|m| m.to_ascii_lowercase().contains("cursor")),
        _ => false,
    }
}

fn pages_for(records: u64) -> u64 {
    records.div_ceil(PAGE_SIZE).max(1)
}

/// Now, to the microsecond (as stores keep times).
fn now_micros() -> DateTime<Utc> {
    let now = Utc::now();
    DateTime::from_timestamp_micros(now.timestamp_micros()).unwrap_or(now)
}

fn array<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// A text column: the field's string, capped at [`super::MAX_COLUMN_BYTES`]
/// (see [`cap_column`]).
fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(cap_column)
}

/// A string for a typed column, at most [`super::MAX_COLUMN_BYTES`] bytes:
/// a longer one is cut on a character boundary and ends with
/// [`super::TRUNCATION_MARK`] and the full length, so a reader sees it was
/// cut. The record's `json` column keeps the whole string.
pub(super) fn cap_column(s: &str) -> String {
    if s.len() <= super::MAX_COLUMN_BYTES {
        return s.to_owned();
    }
    let suffix = format!("{}{} bytes]", super::TRUNCATION_MARK, s.len());
    let mut end = super::MAX_COLUMN_BYTES - suffix.len();
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = String::with_capacity(end + suffix.len());
    out.push_str(&s[..end]);
    out.push_str(&suffix);
    out
}

/// An id field as text (Gong sends ids as strings or numbers), capped like
/// [`text`].
fn id_text(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => Some(cap_column(s)),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn id_key(v: &Value, key: &str) -> String {
    id_text(v, key).unwrap_or_default()
}

/// A record's Gong id; a record without one cannot be keyed.
fn gong_id(v: &Value, key: &str, path: &str) -> Result<GongId> {
    id_text(v, key)
        .and_then(|s| GongId::new(s).ok())
        .ok_or_else(|| Error::decode(path, "a record without a valid Gong id"))
}

/// A call's row, and whether Gong marks it private (`metaData.isPrivate`
/// true, or `"true"` as some answers spell booleans).
fn call_row(item: Value, fetched_at: DateTime<Utc>) -> Result<(CallRow, bool)> {
    let meta = item.get("metaData").unwrap_or(&Value::Null);
    let time = |k: &str| meta.get(k).and_then(Value::as_str).and_then(super::store::parse_time);
    let private = match meta.get("isPrivate") {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s.eq_ignore_ascii_case("true"),
        _ => false,
    };
    let id = gong_id(meta, "id", "calls[].metaData.id")?;
    let started = time("started");
    let scheduled = time("scheduled");
    let title = text(meta, "title");
    let primary_user_id = id_text(meta, "primaryUserId");
    let workspace_id = id_text(meta, "workspaceId");
    let direction = text(meta, "direction");
    let duration = meta.get("duration").and_then(Value::as_f64).map(|d| d as i64);
    let url = text(meta, "url");
    let (kept, media) = super::store::split_call(item, false);
    let media = media.map(|(audio_url, video_url)| CallMedia {
        audio_url,
        video_url,
        fetched_at,
        expires_at: fetched_at + chrono::Duration::from_std(MEDIA_URL_LIFETIME).unwrap_or_default(),
    });
    Ok((
        CallRow {
            id,
            started,
            scheduled,
            title,
            primary_user_id,
            workspace_id,
            direction,
            duration,
            url,
            json: kept.to_string(),
            media,
        },
        private,
    ))
}

/// A time field (RFC 3339 text); anything else is `None`.
fn time(v: &Value, key: &str) -> Option<DateTime<Utc>> {
    v.get(key).and_then(Value::as_str).and_then(super::store::parse_time)
}

/// An integer field, sent as a number or as a string of digits.
fn int(v: &Value, key: &str) -> Option<i64> {
    match v.get(key)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn scorecard_row(v: &Value) -> Result<Row> {
    Ok(Row::Scorecard(ScorecardRow {
        id: gong_id(v, "scorecardId", "scorecards[].scorecardId")?,
        name: text(v, "scorecardName"),
        workspace_id: id_text(v, "workspaceId"),
        enabled: v.get("enabled").and_then(Value::as_bool),
        review_method: text(v, "reviewMethod"),
        updated: time(v, "updated"),
        json: v.to_string(),
    }))
}

fn answered_scorecard_row(v: &Value) -> Result<Row> {
    Ok(Row::AnsweredScorecard(AnsweredScorecardRow {
        id: gong_id(v, "answeredScorecardId", "answeredScorecards[].answeredScorecardId")?,
        scorecard_id: id_text(v, "scorecardId"),
        scorecard_name: text(v, "scorecardName"),
        call_id: id_text(v, "callId"),
        call_started: time(v, "callStartTime"),
        reviewed_user_id: id_text(v, "reviewedUserId"),
        reviewer_user_id: id_text(v, "reviewerUserId"),
        review_method: text(v, "reviewMethod"),
        review_time: time(v, "reviewTime"),
        json: v.to_string(),
    }))
}

fn tracker_row(v: &Value) -> Result<Row> {
    Ok(Row::Tracker(TrackerRow {
        id: gong_id(v, "trackerId", "keywordTrackers[].trackerId")?,
        name: text(v, "trackerName"),
        workspace_id: id_text(v, "workspaceId"),
        affiliation: text(v, "affiliation"),
        updated: time(v, "updated"),
        json: v.to_string(),
    }))
}

fn call_outcome_row(v: &Value) -> Result<Row> {
    let name = text(v, "callOutcome")
        .filter(|n| !n.is_empty())
        .ok_or_else(|| Error::decode("outcomes[].callOutcome", "an outcome without a name"))?;
    Ok(Row::CallOutcome(CallOutcomeRow {
        name,
        category: text(v, "category"),
        connect_status: text(v, "connectStatus"),
        sentiment: text(v, "sentiment"),
        display_order: int(v, "displayOrder"),
        json: v.to_string(),
    }))
}

fn flow_row(v: &Value) -> Result<Row> {
    Ok(Row::Flow(FlowRow {
        id: gong_id(v, "id", "flows[].id")?,
        name: text(v, "name"),
        folder_id: id_text(v, "folderId"),
        folder_name: text(v, "folderName"),
        visibility: text(v, "visibility"),
        json: v.to_string(),
    }))
}

fn task_row(v: &Value) -> Result<Row> {
    Ok(Row::Task(TaskRow {
        id: gong_id(v, "id", "tasks[].id")?,
        user_id: id_text(v, "userId"),
        status: text(v, "status"),
        task_type: text(v, "type"),
        title: text(v, "title"),
        due_date: time(v, "dueDate"),
        updated: time(v, "updated"),
        json: v.to_string(),
    }))
}

fn user_row(item: &Value) -> Result<Row> {
    Ok(Row::User(UserRow {
        id: gong_id(item, "id", "users[].id")?,
        email_address: text(item, "emailAddress"),
        first_name: text(item, "firstName"),
        last_name: text(item, "lastName"),
        title: text(item, "title"),
        active: item.get("active").and_then(Value::as_bool),
        manager_id: id_text(item, "managerId"),
        json: item.to_string(),
    }))
}

#[cfg(test)]
mod column_tests {
    use super::cap_column;
    use crate::{MAX_COLUMN_BYTES, TRUNCATION_MARK};

    #[test]
    fn short_strings_are_kept_and_long_ones_cut_on_a_char_boundary_with_a_mark() {
        assert_eq!(cap_column("Weekly sync"), "Weekly sync");
        let exact = "a".repeat(MAX_COLUMN_BYTES);
        assert_eq!(cap_column(&exact), exact);
        // Multi-byte characters across the cut: the result stays valid UTF-8
        // within the cap and says how long the original was.
        let long = "é".repeat(MAX_COLUMN_BYTES);
        let cut = cap_column(&long);
        assert!(cut.len() <= MAX_COLUMN_BYTES, "{}", cut.len());
        assert!(
            cut.ends_with(&format!("{TRUNCATION_MARK}{} bytes]", long.len())),
            "{}",
            &cut[cut.len() - 40..]
        );
        assert!(long.starts_with(cut.split(TRUNCATION_MARK).next().unwrap()));
    }
}
