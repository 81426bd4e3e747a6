//! Incremental, resumable sync of a Gong tenant into SQLite or PostgreSQL,
//! on `gong_client`'s public API (`gong sync` of the `gong-cli` crate uses
//! it).
//!
//! A [`Syncer`] copies these streams into a [`Store`] (all but `flows` and
//! `tasks` by default, [`SyncStream::DEFAULT`]):
//!
//! | stream | requests | key |
//! |---|---|---|
//! | `workspaces` | `GET /v2/workspaces` | workspace id |
//! | `users` | `GET /v2/users`, cursor in the query | user id |
//! | `calls` | `POST /v2/calls/extensive` with every content section of Gong's 2026 document, cursor in the body | call id |
//! | `transcripts` | `POST /v2/calls/transcript`, 100 call ids a request | call id |
//! | `library` | `GET /v2/library/folders`, then `GET /v2/library/folder-content` per folder | folder id; (folder id, call id) |
//! | `scorecards` | `GET /v2/settings/scorecards` | scorecard id |
//! | `answered_scorecards` | `POST /v2/stats/activity/scorecards` by review date, cursor in the body | answered-scorecard id |
//! | `trackers` | `GET /v2/settings/trackers` | tracker id |
//! | `call_outcomes` | `GET /v2/call-outcomes` | outcome name |
//! | `flows` | `GET /v2/flows?flowOwnerEmail=` for each user kept, cursor in the query | flow id |
//! | `tasks` | `POST /v2/tasks` for each user kept (every type and status), cursor in the body | task id |
//!
//! Gong lists flows and tasks one user at a time (`flowOwnerEmail` and
//! `filter.userId` are required), so these two cost a request or more per
//! user and run only when chosen ([`SyncOptions::streams`]); they go through
//! the users the `users` stream kept.
//!
//! **Scopes.** A stream whose operation the credentials may not use (Gong
//! refuses it for a missing scope or permission, or keeps it for a limited
//! release) is skipped, not failed: its [`StreamReport`] says
//! `skipped` with a [`StreamReport::message`] naming the scope, its
//! checkpoint is left alone (the next run asks again), and the other
//! streams run on.
//!
//! Each record is kept as typed columns plus the whole JSON Gong sent
//! (unknown fields included), upserted by its Gong id. Each stream has a
//! [`Checkpoint`]: the position in the current pass and the high-water mark
//! of the last finished pass. The checkpoint is written in the same
//! transaction as the rows of the page it follows ([`Store::write`]), so a
//! sync killed at any point and run again yields every record once and loses
//! none.
//!
//! **What is asked for.** Calls come with every content section Gong's 2026
//! document has (not `pointsOfInterest`, which it dropped) and without
//! media: media URLs need a scope of their own and expire after 8 hours.
//! [`SyncOptions::media`] asks for them; they are kept in `call_media`,
//! outside the call's JSON and change hash ([`VOLATILE_CALL_SECTIONS`] says
//! which sections are volatile and why). Private calls (`metaData.isPrivate`)
//! are left out, as Gong asks of integrations, and a kept call that turns
//! private is removed with its transcript, sentences and media URLs
//! ([`SyncOptions::include_private`] keeps them).
//!
//! **Late data.** Gong lists a call only once it is processed, hours after
//! it ended. A new pass of `calls` therefore starts a hold-back window
//! ([`SyncOptions::hold_back`], 24 h by default) before the last pass's
//! high-water mark and ends at the time it starts; records seen again are
//! compared by a SHA-256 of their JSON, and a call that is new or changed
//! needs its transcript again. The lookback ([`SyncOptions::lookback`], 7
//! days by default) widens that start for calls that change later (renamed,
//! CRM associations added); [`Plan::lookback`] shows its cost.
//!
//! **Window time.** Gong's `fromDateTime`/`toDateTime` match a call's start,
//! except for the web-conference calls Gong records, where they match its
//! scheduled time. The store keeps both and reasons in the earlier of the
//! two (the pass's resume point, [`Store::calls_since`]), which is never
//! after the time Gong filters by, whichever answer is right for a call. `transcripts`
//! asks for the calls that need one; a call Gong answers without a
//! transcript is asked again in later runs, up to
//! [`SyncOptions::transcript_attempts`] times. `users`, `workspaces` and
//! `library` have no change filter at Gong: they are read whole when their
//! last pass is older than [`SyncOptions::refresh_every`], as are
//! `scorecards`, `trackers`, `call_outcomes`, `flows` and `tasks`.
//! `answered_scorecards` are read by review time like calls by start time:
//! each pass runs from the last high-water mark less the hold-back window
//! to the time it starts, as whole days (`reviewFromDate` is the day the
//! window starts, `reviewToDate` the day after it ends: Gong filters by
//! date).
//!
//! **Quota.** [`Syncer::plan`] estimates the requests a run needs (from the
//! `totalRecords` of first pages, which the run then reuses) and compares
//! them with what is left of the daily budget less a reserve for the
//! tenant's other integrations ([`SyncOptions::reserve`], 20%). A run checks
//! the budget before every request and stops cleanly at a page boundary
//! when the budget is reached ([`SyncOutcome::BudgetReached`]); the next run
//! goes on from the checkpoints. A long `Retry-After` (Gong's quota spent by
//! the tenant's other integrations: [`gong_client::Error::RateLimited`], or
//! the quota's own [`gong_client::Error::BudgetSpent`]) ends the run the
//! same way, with the time to resume after. Requests go through the client's own pacing
//! and quota, shared backends included.
//!
//! Gong's cursors expire after about an hour: a checkpoint's cursor older
//! than [`CURSOR_MAX_AGE`] (or one Gong refuses) is not followed; the pass
//! restarts at the latest start time it committed when every page so far
//! came in start-time order, else at its own start (upserts make the
//! repetition harmless).
//!
//! # Schema
//!
//! Both stores keep the same tables (JSON as `TEXT` in SQLite, `jsonb` in
//! PostgreSQL; times as RFC 3339 UTC text in SQLite, `timestamptz` in
//! PostgreSQL; ids as text, since Gong's ids exceed 2^53):
//!
//! - `schema_version (version)`: migrations applied; each store migrates itself on open.
//! - `sync_checkpoints (stream PRIMARY KEY, generation, cursor, cursor_at, pass_from, pass_to,
//!   pass_total, pass_pages, pass_last_started, pass_ordered, high_water, updated_at)`.
//! - `calls (id PRIMARY KEY, started, scheduled, title, primary_user_id, workspace_id, direction,
//!   duration, url, json, json_sha256, transcript_needed, transcript_attempts, synced_at)`,
//!   indexed on `started`, the window time (the earlier of `scheduled` and `started`),
//!   `primary_user_id`, and the calls whose transcript is needed. `json` is the record less
//!   its volatile sections.
//! - `call_media (call_id PRIMARY KEY, audio_url, video_url, fetched_at, expires_at)`: media
//!   URLs, with [`SyncOptions::media`]; `expires_at` is `fetched_at` plus
//!   [`MEDIA_URL_LIFETIME`].
//! - `transcripts (call_id PRIMARY KEY, monologues, json, json_sha256, synced_at)`.
//! - `transcript_sentences (id, call_id, speaker_id, start_ms, text)`: one row per sentence,
//!   rewritten with its transcript in the same transaction, searched by
//!   [`Store::search_transcripts`] (SQLite: the FTS5 table `transcript_fts` over it, BM25;
//!   PostgreSQL: a generated `tsv tsvector` column with a GIN index, `ts_rank`).
//! - `users (id PRIMARY KEY, email_address, first_name, last_name, title, active, manager_id,
//!   json, json_sha256, synced_at)`, indexed on `email_address`.
//! - `workspaces (id PRIMARY KEY, name, json, json_sha256, synced_at)`.
//! - `library_folders (id PRIMARY KEY, name, parent_folder_id, json, json_sha256, synced_at)`.
//! - `library_folder_calls (folder_id, call_id, title, json, json_sha256, synced_at,
//!   PRIMARY KEY (folder_id, call_id))`, indexed on `call_id`.
//! - `scorecards (id PRIMARY KEY, name, workspace_id, enabled, review_method, updated, json,
//!   json_sha256, synced_at)`.
//! - `answered_scorecards (id PRIMARY KEY, scorecard_id, scorecard_name, call_id, call_started,
//!   reviewed_user_id, reviewer_user_id, review_method, review_time, json, json_sha256,
//!   synced_at)`, indexed on `review_time` and `call_id`.
//! - `trackers (id PRIMARY KEY, name, workspace_id, affiliation, updated, json, json_sha256,
//!   synced_at)`.
//! - `call_outcomes (name PRIMARY KEY, category, connect_status, sentiment, display_order, json,
//!   json_sha256, synced_at)`.
//! - `flows (id PRIMARY KEY, name, folder_id, folder_name, visibility, json, json_sha256,
//!   synced_at)`.
//! - `tasks (id PRIMARY KEY, user_id, status, task_type, title, due_date, updated, json,
//!   json_sha256, synced_at)`, indexed on `user_id`.
//!
//! Each record table is described once, with a logical type per column
//! (text, integer, boolean, time); both stores build their upserts from that
//! description, and the DDL of the tables of the scorecard, tracker, call
//! outcome, flow and task streams.
//!
//! Migrations run from every version deployed (0, 1, 2) to [`SCHEMA_VERSION`]
//! (3); the move to 3 rewrites kept calls (scheduled time, media moved out,
//! `pointsOfInterest` dropped, hash computed again) so that the next read of
//! an unchanged call is not taken for a change.
//!
//! Gong has no feed of deletions: records deleted at Gong stay in the store
//! (a folder's call list is replaced whole, though), except calls that turn
//! private.
//!
//! Text columns (titles, names, email addresses, URLs, ids) hold at most
//! [`MAX_COLUMN_BYTES`] bytes: a longer string (Gong never sends one; a
//! hostile answer might) is cut on a character boundary and ends with
//! [`TRUNCATION_MARK`] and its full length in bytes. The `json` column keeps
//! the record whole, within the client's body limit
//! ([`gong_client::ClientBuilder::max_body_bytes`]).
//!
//! # TLS
//!
//! This crate turns on no TLS feature of `gong_client`: choose one in your
//! own `gong-client` dependency (`native-tls`, its default, or `rustls`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod engine;
mod postgres;
mod sqlite;
mod store;
mod tables;

use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};

/// The longest string a typed text column holds, in bytes (64 KiB); see the
/// module docs.
pub const MAX_COLUMN_BYTES: usize = 64 * 1024;

/// What ends a text column cut at [`MAX_COLUMN_BYTES`], before the original
/// length: `…[truncated: 314572800 bytes]`.
pub const TRUNCATION_MARK: &str = "…[truncated: ";

pub use engine::{LookbackPlan, Plan, StreamPlan, StreamReport, SyncOutcome, SyncProgress, SyncReport, Syncer};
pub use postgres::PostgresStore;
pub use sqlite::{SCHEMA_VERSION, SqliteStore};
pub use store::{
    AnsweredScorecardRow, CallMedia, CallOutcomeRow, CallRow, Checkpoint, FlowRow, FolderCallRow, FolderRow,
    MEDIA_URL_LIFETIME, MirrorRecord, PageWrite, Row, ScorecardRow, Store, TableCounts, TaskRow, TrackerRow,
    TranscriptHit, TranscriptQuery, TranscriptRow, UserRow, VOLATILE_CALL_SECTIONS, WorkspaceRow, WriteCounts,
};

use gong_client::{Error, Result};

/// A checkpoint's cursor older than this is not followed (Gong's cursors
/// expire after about an hour).
pub const CURSOR_MAX_AGE: Duration = Duration::from_secs(45 * 60);

/// Call ids per `POST /v2/calls/transcript` request: one full page.
pub const TRANSCRIPT_BATCH: usize = 100;

/// What a sync copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SyncStream {
    /// Workspaces.
    Workspaces,
    /// Users (avatars excluded).
    Users,
    /// Calls with every content section.
    Calls,
    /// Transcripts of the calls kept.
    Transcripts,
    /// Library folders and their calls.
    Library,
    /// Scorecard definitions.
    Scorecards,
    /// Answered scorecards, incremental by review time.
    AnsweredScorecards,
    /// Keyword trackers.
    Trackers,
    /// The company's call outcomes.
    CallOutcomes,
    /// Engage flows, listed per flow owner (the users kept): not synced by
    /// default.
    Flows,
    /// Engage tasks, listed per user (the users kept): not synced by default.
    Tasks,
}

impl SyncStream {
    /// Every stream, in the order a run syncs them.
    pub const ALL: [SyncStream; 11] = [
        SyncStream::Workspaces,
        SyncStream::Users,
        SyncStream::Calls,
        SyncStream::Transcripts,
        SyncStream::Library,
        SyncStream::Scorecards,
        SyncStream::AnsweredScorecards,
        SyncStream::Trackers,
        SyncStream::CallOutcomes,
        SyncStream::Flows,
        SyncStream::Tasks,
    ];

    /// The streams a run syncs unless told otherwise: all but
    /// [`SyncStream::Flows`] and [`SyncStream::Tasks`], which Gong lists
    /// one user at a time (a request or more per user each run).
    pub const DEFAULT: [SyncStream; 9] = [
        SyncStream::Workspaces,
        SyncStream::Users,
        SyncStream::Calls,
        SyncStream::Transcripts,
        SyncStream::Library,
        SyncStream::Scorecards,
        SyncStream::AnsweredScorecards,
        SyncStream::Trackers,
        SyncStream::CallOutcomes,
    ];

    /// The stream's name (`calls`, `answered_scorecards`, ...), as
    /// checkpoints and the CLI spell it.
    pub fn name(self) -> &'static str {
        match self {
            SyncStream::Workspaces => "workspaces",
            SyncStream::Users => "users",
            SyncStream::Calls => "calls",
            SyncStream::Transcripts => "transcripts",
            SyncStream::Library => "library",
            SyncStream::Scorecards => "scorecards",
            SyncStream::AnsweredScorecards => "answered_scorecards",
            SyncStream::Trackers => "trackers",
            SyncStream::CallOutcomes => "call_outcomes",
            SyncStream::Flows => "flows",
            SyncStream::Tasks => "tasks",
        }
    }
}

impl std::fmt::Display for SyncStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for SyncStream {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        SyncStream::ALL
            .into_iter()
            .find(|k| k.name().eq_ignore_ascii_case(&s.trim().replace('-', "_")))
            .ok_or_else(|| {
                Error::invalid(
                    "streams",
                    "each stream must be one of workspaces, users, calls, transcripts, library, scorecards, \
                     answered_scorecards, trackers, call_outcomes, flows, tasks",
                )
            })
    }
}

/// How a run behaves.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncOptions {
    streams: Vec<SyncStream>,
    since: Option<DateTime<Utc>>,
    until: Option<DateTime<Utc>>,
    hold_back: Duration,
    reserve: f64,
    refresh_every: Duration,
    transcript_attempts: u32,
    lookback: Duration,
    media: bool,
    include_private: bool,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            streams: SyncStream::DEFAULT.to_vec(),
            since: None,
            until: None,
            hold_back: Self::DEFAULT_HOLD_BACK,
            reserve: Self::DEFAULT_RESERVE,
            refresh_every: Self::DEFAULT_REFRESH_EVERY,
            transcript_attempts: Self::DEFAULT_TRANSCRIPT_ATTEMPTS,
            lookback: Self::DEFAULT_LOOKBACK,
            media: false,
            include_private: false,
        }
    }
}

impl SyncOptions {
    /// Default hold-back window: 24 hours.
    pub const DEFAULT_HOLD_BACK: Duration = Duration::from_secs(24 * 3600);
    /// Default share of the daily budget left to other integrations: 20%.
    pub const DEFAULT_RESERVE: f64 = 0.2;
    /// Default age after which users, workspaces and the library are read again: 24 hours.
    pub const DEFAULT_REFRESH_EVERY: Duration = Duration::from_secs(24 * 3600);
    /// Default runs that ask for a missing transcript: 5.
    pub const DEFAULT_TRANSCRIPT_ATTEMPTS: u32 = 5;
    /// Default lookback for late updates: 7 days.
    pub const DEFAULT_LOOKBACK: Duration = Duration::from_secs(7 * 24 * 3600);
    /// The longest lookback: 90 days.
    pub const MAX_LOOKBACK: Duration = Duration::from_secs(90 * 24 * 3600);

    /// The default streams ([`SyncStream::DEFAULT`]), Gong's defaults.
    pub fn new() -> Self {
        Self::default()
    }
    /// Only these streams (synced in the order of [`SyncStream::ALL`]).
    pub fn streams(mut self, streams: impl IntoIterator<Item = SyncStream>) -> Self {
        let mut s: Vec<SyncStream> = streams.into_iter().collect();
        s.sort();
        s.dedup();
        self.streams = s;
        self
    }
    /// A new pass of calls starts here instead of at the high-water mark
    /// less the hold-back window (the first run reads everything otherwise).
    pub fn since(mut self, since: Option<DateTime<Utc>>) -> Self {
        self.since = since;
        self
    }
    /// A new pass of calls ends here instead of at the time it starts (for
    /// a tenant whose calls carry future start times, such as a large
    /// sandbox); the pass's end becomes the high-water mark.
    pub fn until(mut self, until: Option<DateTime<Utc>>) -> Self {
        self.until = until;
        self
    }
    /// How far behind the high-water mark a new pass of calls starts.
    pub fn hold_back(mut self, d: Duration) -> Self {
        self.hold_back = d;
        self
    }
    /// Share of the daily budget (0 to 1) to leave unspent.
    pub fn reserve(mut self, share: f64) -> Self {
        self.reserve = share;
        self
    }
    /// Age after which users, workspaces and the library are read again.
    pub fn refresh_every(mut self, d: Duration) -> Self {
        self.refresh_every = d;
        self
    }
    /// Runs that ask for a call's missing transcript before giving up (at least 1).
    pub fn transcript_attempts(mut self, n: u32) -> Self {
        self.transcript_attempts = n;
        self
    }
    /// How far back a new pass of calls reads again for late updates (a
    /// call renamed, a CRM association added days after the call): a new
    /// pass starts at the high-water mark less the longer of this and
    /// [`SyncOptions::hold_back`]. Calls read again and unchanged cost
    /// nothing but their share of the listing's pages; a changed one is
    /// updated and its transcript fetched again. The plan shows the cost
    /// ([`Plan::lookback`]); a run whose budget cannot pay for it skips it.
    /// Zero turns it off.
    pub fn lookback(mut self, d: Duration) -> Self {
        self.lookback = d;
        self
    }
    /// Ask Gong for the calls' media URLs (`exposedFields.media`, which
    /// needs the `api:calls:read:media-url` scope) and keep them in
    /// `call_media` with their expiry; off by default.
    pub fn media(mut self, on: bool) -> Self {
        self.media = on;
        self
    }
    /// Keep private calls (`metaData.isPrivate`); off by default, as Gong
    /// asks of integrations: a private call is neither stored nor kept once
    /// it turns private.
    pub fn include_private(mut self, on: bool) -> Self {
        self.include_private = on;
        self
    }
    /// The lookback chosen.
    pub fn lookback_window(&self) -> Duration {
        self.lookback
    }
    /// The streams chosen.
    pub fn stream_list(&self) -> &[SyncStream] {
        &self.streams
    }

    /// Checks the options.
    pub fn validate(&self) -> Result<()> {
        if self.streams.is_empty() {
            return Err(Error::invalid("streams", "must name at least one stream"));
        }
        if !(self.reserve.is_finite() && (0.0..1.0).contains(&self.reserve)) {
            return Err(Error::invalid(
                "reserve",
                "must be a share from 0 up to (not including) 1",
            ));
        }
        if self.hold_back > Duration::from_secs(365 * 24 * 3600) {
            return Err(Error::invalid("holdBack", "must be at most a year"));
        }
        if self.lookback > Self::MAX_LOOKBACK {
            return Err(Error::invalid("lookback", "must be at most 90 days"));
        }
        if self.transcript_attempts == 0 {
            return Err(Error::invalid("transcriptAttempts", "must be at least 1"));
        }
        if let Some(s) = self.since
            && s > Utc::now()
        {
            return Err(Error::invalid("since", "must not be in the future"));
        }
        if let (Some(s), Some(u)) = (self.since, self.until)
            && u <= s
        {
            return Err(Error::invalid("until", "must be later than since"));
        }
        Ok(())
    }
}

/// Parses a duration such as `24h`, `90m`, `2d`, `30s` (used by the CLI).
pub fn parse_duration(field: &str, text: &str) -> Result<Duration> {
    let t = text.trim();
    let rule = "must be a whole number followed by s, m, h or d (for example 24h)";
    let split = t
        .find(|c: char| !c.is_ascii_digit())
        .ok_or_else(|| Error::invalid(field, rule))?;
    let (n, unit) = t.split_at(split);
    let n: u64 = n.parse().map_err(|_| Error::invalid(field, rule))?;
    let secs = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return Err(Error::invalid(field, rule)),
    };
    n.checked_mul(secs)
        .filter(|s| *s <= 10 * 365 * 86_400)
        .map(Duration::from_secs)
        .ok_or_else(|| Error::invalid(field, "is too long"))
}

/// Opens the store a URL names: `sqlite:PATH` (or a bare path) or
/// `postgres://...` / `postgresql://...`.
pub async fn open_store(url: &str) -> Result<Box<dyn Store>> {
    let u = url.trim();
    if u.starts_with("postgres://") || u.starts_with("postgresql://") {
        Ok(Box::new(PostgresStore::connect(u).await?))
    } else {
        let path = u
            .strip_prefix("sqlite://")
            .or_else(|| u.strip_prefix("sqlite:"))
            .unwrap_or(u);
        if path.is_empty() {
            return Err(Error::invalid("db", "must be sqlite:PATH or a postgres:// URL"));
        }
        let path = path.to_owned();
        let store = tokio::task::spawn_blocking(move || SqliteStore::open(path))
            .await
            .map_err(|e| store::store_error("open", e))??;
        Ok(Box::new(store))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("f", "24h").unwrap(), Duration::from_secs(86_400));
        assert_eq!(parse_duration("f", "90m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_duration("f", "0s").unwrap(), Duration::ZERO);
        for bad in ["", "h", "24", "1w", "-1h", "99999999999d"] {
            assert!(parse_duration("f", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn streams_parse_and_options_validate() {
        assert_eq!("Calls".parse::<SyncStream>().unwrap(), SyncStream::Calls);
        assert!("meetings".parse::<SyncStream>().is_err());
        assert!(SyncOptions::new().validate().is_ok());
        assert!(SyncOptions::new().reserve(1.0).validate().is_err());
        assert!(SyncOptions::new().streams([]).validate().is_err());
        assert!(SyncOptions::new().transcript_attempts(0).validate().is_err());
        let o = SyncOptions::new().streams([SyncStream::Transcripts, SyncStream::Calls, SyncStream::Calls]);
        assert_eq!(o.stream_list(), &[SyncStream::Calls, SyncStream::Transcripts]);
    }
}
