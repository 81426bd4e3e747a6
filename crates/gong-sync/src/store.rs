//! What a sync writes, and the [`Store`] trait that writes it.

use chrono::{DateTime, SecondsFormat, Utc};
use futures::future::BoxFuture;

use gong_client::GongId;
use gong_client::{Error, Result};

use super::SyncStream;
use super::tables::{self, Cell, Record, Table};

/// Where a stream stands: the pass in progress (if any) and the high-water
/// mark of the last finished pass. Written in the same transaction as the
/// rows of the page it follows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checkpoint {
    /// Bumped by every write; a write names the generation it read, so two
    /// syncs of one database cannot both advance a stream.
    pub generation: i64,
    /// The next page's position in the current pass: Gong's cursor for
    /// `calls` and `users`, the last call id done for `transcripts`, the last
    /// folder id done for `library`. `None` with a pass in progress means
    /// "from the start of the pass".
    pub cursor: Option<String>,
    /// When Gong handed out `cursor` (cursors expire after about an hour).
    pub cursor_at: Option<DateTime<Utc>>,
    /// Lower bound (call start time) of the pass in progress, if any.
    pub pass_from: Option<DateTime<Utc>>,
    /// Upper bound of the pass in progress (its start time); `Some` exactly
    /// while a pass is in progress.
    pub pass_to: Option<DateTime<Utc>>,
    /// Gong's `totalRecords` for the pass, from its first page.
    pub pass_total: Option<i64>,
    /// Pages (requests) of the pass committed so far.
    pub pass_pages: i64,
    /// Latest call start time committed in this pass.
    pub pass_last_started: Option<DateTime<Utc>>,
    /// True while every page of the pass came in start-time order (then an
    /// expired cursor resumes at `pass_last_started` instead of the start).
    pub pass_ordered: bool,
    /// Upper bound of the last finished pass.
    pub high_water: Option<DateTime<Utc>>,
}

impl Checkpoint {
    /// True while a pass is in progress.
    pub fn in_pass(&self) -> bool {
        self.pass_to.is_some()
    }

    /// The generation after this one. A database can hold any number (a
    /// damaged or tampered one, 2^63 - 1): past `i64::MAX` it is an error
    /// naming the stream, never an overflow.
    pub(crate) fn next_generation(&self, stream: SyncStream) -> Result<i64> {
        self.generation.checked_add(1).ok_or_else(|| {
            store_error(
                "write",
                format!(
                    "the {} checkpoint's generation {} cannot grow further: the database is damaged",
                    stream.name(),
                    self.generation
                ),
            )
        })
    }
}

/// A call, as the `calls` table keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct CallRow {
    /// Gong's call id.
    pub id: GongId,
    /// When the call started.
    pub started: Option<DateTime<Utc>>,
    /// When the call was scheduled to start (`metaData.scheduled`): Gong's
    /// `fromDateTime`/`toDateTime` match this time, not the start, for the
    /// web-conference calls it records.
    pub scheduled: Option<DateTime<Utc>>,
    /// Title.
    pub title: Option<String>,
    /// The host's user id.
    pub primary_user_id: Option<String>,
    /// Workspace id.
    pub workspace_id: Option<String>,
    /// Inbound, Outbound, Conference or Unknown.
    pub direction: Option<String>,
    /// Duration in seconds.
    pub duration: Option<i64>,
    /// The call's page in Gong.
    pub url: Option<String>,
    /// The record as Gong sent it, less its volatile `media` section (kept
    /// in [`CallRow::media`]).
    pub json: String,
    /// The media URLs Gong sent, when they were asked for.
    pub media: Option<CallMedia>,
}

/// A call's media URLs, as `call_media` keeps them: outside the call's JSON
/// and its change hash, since Gong signs them anew on every read and they
/// are valid for [`MEDIA_URL_LIFETIME`] only.
#[derive(Clone, PartialEq)]
pub struct CallMedia {
    /// `media.audioUrl`.
    pub audio_url: Option<String>,
    /// `media.videoUrl`.
    pub video_url: Option<String>,
    /// When the sync received them.
    pub fetched_at: DateTime<Utc>,
    /// When they stop working: [`CallMedia::fetched_at`] plus [`MEDIA_URL_LIFETIME`].
    pub expires_at: DateTime<Utc>,
}

impl std::fmt::Debug for CallMedia {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Signed URLs grant access to the recording: never shown.
        f.debug_struct("CallMedia")
            .field("audio_url", &self.audio_url.as_ref().map(|_| "<redacted>"))
            .field("video_url", &self.video_url.as_ref().map(|_| "<redacted>"))
            .field("fetched_at", &self.fetched_at)
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// How long Gong's media URLs stay valid: 8 hours.
pub const MEDIA_URL_LIFETIME: std::time::Duration = std::time::Duration::from_secs(8 * 3600);

/// A call's transcript.
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptRow {
    /// The call id.
    pub call_id: GongId,
    /// Number of monologues.
    pub monologues: i64,
    /// The whole record as Gong sent it.
    pub json: String,
}

/// A user.
#[derive(Debug, Clone, PartialEq)]
pub struct UserRow {
    /// Gong's user id.
    pub id: GongId,
    /// Email address.
    pub email_address: Option<String>,
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// Job title.
    pub title: Option<String>,
    /// Whether the user is active.
    pub active: Option<bool>,
    /// The manager's user id.
    pub manager_id: Option<String>,
    /// The whole record as Gong sent it.
    pub json: String,
}

/// A workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceRow {
    /// Gong's workspace id.
    pub id: GongId,
    /// Name.
    pub name: Option<String>,
    /// The whole record as Gong sent it.
    pub json: String,
}

/// A library folder.
#[derive(Debug, Clone, PartialEq)]
pub struct FolderRow {
    /// Gong's folder id.
    pub id: GongId,
    /// Name.
    pub name: Option<String>,
    /// The parent folder's id.
    pub parent_folder_id: Option<String>,
    /// The whole record as Gong sent it.
    pub json: String,
}

/// A call in a library folder.
#[derive(Debug, Clone, PartialEq)]
pub struct FolderCallRow {
    /// The folder's id.
    pub folder_id: GongId,
    /// The call's id.
    pub call_id: GongId,
    /// Title of the entry.
    pub title: Option<String>,
    /// The whole entry as Gong sent it.
    pub json: String,
}

/// A scorecard definition (`GET /v2/settings/scorecards`).
#[derive(Debug, Clone, PartialEq)]
pub struct ScorecardRow {
    /// Gong's scorecard id.
    pub id: GongId,
    /// Name.
    pub name: Option<String>,
    /// Workspace id.
    pub workspace_id: Option<String>,
    /// Whether it is in use.
    pub enabled: Option<bool>,
    /// `AUTOMATIC`, `MANUAL`, ...
    pub review_method: Option<String>,
    /// When it last changed.
    pub updated: Option<DateTime<Utc>>,
    /// The whole record as Gong sent it.
    pub json: String,
}

/// An answered scorecard (`POST /v2/stats/activity/scorecards`).
#[derive(Debug, Clone, PartialEq)]
pub struct AnsweredScorecardRow {
    /// Gong's answered-scorecard id.
    pub id: GongId,
    /// The scorecard answered.
    pub scorecard_id: Option<String>,
    /// The scorecard's name.
    pub scorecard_name: Option<String>,
    /// The call reviewed.
    pub call_id: Option<String>,
    /// When the call started.
    pub call_started: Option<DateTime<Utc>>,
    /// The user reviewed.
    pub reviewed_user_id: Option<String>,
    /// The reviewer.
    pub reviewer_user_id: Option<String>,
    /// `AUTOMATIC` or `MANUAL`.
    pub review_method: Option<String>,
    /// When the review was made (the stream's incremental key).
    pub review_time: Option<DateTime<Utc>>,
    /// The whole record as Gong sent it.
    pub json: String,
}

/// A keyword tracker (`GET /v2/settings/trackers`).
#[derive(Debug, Clone, PartialEq)]
pub struct TrackerRow {
    /// Gong's tracker id.
    pub id: GongId,
    /// Name.
    pub name: Option<String>,
    /// Workspace id.
    pub workspace_id: Option<String>,
    /// Whose words it tracks (`Anyone`, `Company`, `NonCompany`).
    pub affiliation: Option<String>,
    /// When it last changed.
    pub updated: Option<DateTime<Utc>>,
    /// The whole record as Gong sent it.
    pub json: String,
}

/// A call outcome the company defined (`GET /v2/call-outcomes`), keyed by
/// its name (Gong gives outcomes no id).
#[derive(Debug, Clone, PartialEq)]
pub struct CallOutcomeRow {
    /// The outcome's name.
    pub name: String,
    /// Its category.
    pub category: Option<String>,
    /// Whether the call connected.
    pub connect_status: Option<String>,
    /// Its sentiment.
    pub sentiment: Option<String>,
    /// Its place in Gong's list.
    pub display_order: Option<i64>,
    /// The whole record as Gong sent it.
    pub json: String,
}

/// An Engage flow (`GET /v2/flows`).
#[derive(Debug, Clone, PartialEq)]
pub struct FlowRow {
    /// Gong's flow id.
    pub id: GongId,
    /// Name.
    pub name: Option<String>,
    /// Folder id.
    pub folder_id: Option<String>,
    /// Folder name.
    pub folder_name: Option<String>,
    /// `COMPANY`, `SHARED` or `PERSONAL`.
    pub visibility: Option<String>,
    /// The whole record as Gong sent it.
    pub json: String,
}

/// An Engage task (`POST /v2/tasks`).
#[derive(Debug, Clone, PartialEq)]
pub struct TaskRow {
    /// Gong's task id.
    pub id: GongId,
    /// The user whose task it is.
    pub user_id: Option<String>,
    /// `OPEN`, `DONE` or `DISMISSED`.
    pub status: Option<String>,
    /// `FLOW` or `MANUAL` (Gong's `type`).
    pub task_type: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// When it is due.
    pub due_date: Option<DateTime<Utc>>,
    /// When it last changed.
    pub updated: Option<DateTime<Utc>>,
    /// The whole record as Gong sent it.
    pub json: String,
}

/// One record to upsert by its Gong id.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    /// Into `calls`.
    Call(CallRow),
    /// Into `transcripts`; clears the call's `transcript_needed`.
    Transcript(TranscriptRow),
    /// Into `users`.
    User(UserRow),
    /// Into `workspaces`.
    Workspace(WorkspaceRow),
    /// Into `library_folders`.
    Folder(FolderRow),
    /// Into `library_folder_calls`.
    FolderCall(FolderCallRow),
    /// Into `scorecards`.
    Scorecard(ScorecardRow),
    /// Into `answered_scorecards`.
    AnsweredScorecard(AnsweredScorecardRow),
    /// Into `trackers`.
    Tracker(TrackerRow),
    /// Into `call_outcomes`.
    CallOutcome(CallOutcomeRow),
    /// Into `flows`.
    Flow(FlowRow),
    /// Into `tasks`.
    Task(TaskRow),
}

fn t(v: &Option<String>) -> Cell {
    Cell::Text(v.clone())
}

impl Row {
    /// The row as its table writes it: the one place that maps each row
    /// type's fields onto its table's columns.
    pub(crate) fn record(&self) -> Record<'_> {
        let (table, key, cells, json): (&'static Table, Vec<&str>, Vec<Cell>, &str) = match self {
            Row::Call(c) => (
                &tables::CALLS,
                vec![c.id.as_str()],
                vec![
                    Cell::Time(c.started),
                    Cell::Time(c.scheduled),
                    t(&c.title),
                    t(&c.primary_user_id),
                    t(&c.workspace_id),
                    t(&c.direction),
                    Cell::BigInt(c.duration),
                    t(&c.url),
                    // A new or changed call needs its transcript again.
                    Cell::Bool(Some(true)),
                    Cell::Int(Some(0)),
                ],
                &c.json,
            ),
            Row::Transcript(r) => (
                &tables::TRANSCRIPTS,
                vec![r.call_id.as_str()],
                vec![Cell::BigInt(Some(r.monologues))],
                &r.json,
            ),
            Row::User(u) => (
                &tables::USERS,
                vec![u.id.as_str()],
                vec![
                    t(&u.email_address),
                    t(&u.first_name),
                    t(&u.last_name),
                    t(&u.title),
                    Cell::Bool(u.active),
                    t(&u.manager_id),
                ],
                &u.json,
            ),
            Row::Workspace(w) => (&tables::WORKSPACES, vec![w.id.as_str()], vec![t(&w.name)], &w.json),
            Row::Folder(f) => (
                &tables::LIBRARY_FOLDERS,
                vec![f.id.as_str()],
                vec![t(&f.name), t(&f.parent_folder_id)],
                &f.json,
            ),
            Row::FolderCall(c) => (
                &tables::LIBRARY_FOLDER_CALLS,
                vec![c.folder_id.as_str(), c.call_id.as_str()],
                vec![t(&c.title)],
                &c.json,
            ),
            Row::Scorecard(s) => (
                &tables::SCORECARDS,
                vec![s.id.as_str()],
                vec![
                    t(&s.name),
                    t(&s.workspace_id),
                    Cell::Bool(s.enabled),
                    t(&s.review_method),
                    Cell::Time(s.updated),
                ],
                &s.json,
            ),
            Row::AnsweredScorecard(a) => (
                &tables::ANSWERED_SCORECARDS,
                vec![a.id.as_str()],
                vec![
                    t(&a.scorecard_id),
                    t(&a.scorecard_name),
                    t(&a.call_id),
                    Cell::Time(a.call_started),
                    t(&a.reviewed_user_id),
                    t(&a.reviewer_user_id),
                    t(&a.review_method),
                    Cell::Time(a.review_time),
                ],
                &a.json,
            ),
            Row::Tracker(r) => (
                &tables::TRACKERS,
                vec![r.id.as_str()],
                vec![t(&r.name), t(&r.workspace_id), t(&r.affiliation), Cell::Time(r.updated)],
                &r.json,
            ),
            Row::CallOutcome(o) => (
                &tables::CALL_OUTCOMES,
                vec![o.name.as_str()],
                vec![
                    t(&o.category),
                    t(&o.connect_status),
                    t(&o.sentiment),
                    Cell::BigInt(o.display_order),
                ],
                &o.json,
            ),
            Row::Flow(f) => (
                &tables::FLOWS,
                vec![f.id.as_str()],
                vec![t(&f.name), t(&f.folder_id), t(&f.folder_name), t(&f.visibility)],
                &f.json,
            ),
            Row::Task(k) => (
                &tables::TASKS,
                vec![k.id.as_str()],
                vec![
                    t(&k.user_id),
                    t(&k.status),
                    t(&k.task_type),
                    t(&k.title),
                    Cell::Time(k.due_date),
                    Cell::Time(k.updated),
                ],
                &k.json,
            ),
        };
        debug_assert_eq!(cells.len(), table.columns.len(), "{}", table.name);
        Record {
            table,
            key,
            cells,
            json,
        }
    }
}

/// One page's worth of work, applied in one transaction: check that the
/// stream's checkpoint is still at `expected_generation`, upsert `rows`,
/// count a failed transcript attempt for each of `transcript_misses`,
/// replace the calls of `replace_folder` (before its rows are written), and
/// store `checkpoint` with the next generation.
#[derive(Debug, Clone, PartialEq)]
pub struct PageWrite {
    /// The stream the checkpoint belongs to.
    pub stream: SyncStream,
    /// The generation of the checkpoint this page followed.
    pub expected_generation: i64,
    /// The stream's checkpoint after this page (its `generation` is ignored).
    pub checkpoint: Checkpoint,
    /// Records to upsert.
    pub rows: Vec<Row>,
    /// Calls that were asked for a transcript and had none.
    pub transcript_misses: Vec<GongId>,
    /// A folder whose call list this page replaces.
    pub replace_folder: Option<GongId>,
    /// Calls to remove from the mirror, with their transcript, searchable
    /// sentences and media URLs (calls that turned private).
    pub remove_calls: Vec<GongId>,
}

/// What a [`PageWrite`] changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteCounts {
    /// Records new to the store.
    pub inserted: u64,
    /// Records whose JSON changed.
    pub updated: u64,
    /// Records seen again unchanged.
    pub unchanged: u64,
    /// Calls removed (see [`PageWrite::remove_calls`]), counting only those
    /// the store held.
    pub removed: u64,
}

impl std::ops::AddAssign for WriteCounts {
    fn add_assign(&mut self, o: Self) {
        self.inserted += o.inserted;
        self.updated += o.updated;
        self.unchanged += o.unchanged;
        self.removed += o.removed;
    }
}

/// Rows per table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TableCounts {
    /// `calls`.
    pub calls: u64,
    /// `transcripts`.
    pub transcripts: u64,
    /// `users`.
    pub users: u64,
    /// `workspaces`.
    pub workspaces: u64,
    /// `library_folders`.
    pub folders: u64,
    /// `library_folder_calls`.
    pub folder_calls: u64,
    /// `scorecards`.
    pub scorecards: u64,
    /// `answered_scorecards`.
    pub answered_scorecards: u64,
    /// `trackers`.
    pub trackers: u64,
    /// `call_outcomes`.
    pub call_outcomes: u64,
    /// `flows`.
    pub flows: u64,
    /// `tasks`.
    pub tasks: u64,
}

/// A database a sync writes into. Implementations keep the schema of
/// [`crate`]'s documentation and apply their own migrations when
/// opened.
pub trait Store: Send + Sync {
    /// The stream's checkpoint (the default one if the stream never ran).
    fn checkpoint(&self, stream: SyncStream) -> BoxFuture<'_, Result<Checkpoint>>;
    /// Applies one page in one transaction (see [`PageWrite`]). Fails
    /// without changing anything when the checkpoint moved on since it was
    /// read (another sync of the same database).
    fn write(&self, page: PageWrite) -> BoxFuture<'_, Result<WriteCounts>>;
    /// Up to `limit` calls, in id order after `after`, that need a
    /// transcript (none yet, or the call changed) and have had fewer than
    /// `max_attempts` answers without one.
    fn transcripts_due(
        &self,
        after: Option<String>,
        max_attempts: u32,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<GongId>>>;
    /// Number of calls [`Store::transcripts_due`] would list from the start.
    fn transcripts_due_count(&self, max_attempts: u32) -> BoxFuture<'_, Result<u64>>;
    /// Calls kept whose window time (as [`Store::calls_since`]) is at or
    /// after `from` and before `to`.
    fn calls_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> BoxFuture<'_, Result<u64>>;
    /// Calls kept whose window time (the earlier of their scheduled and
    /// start times: the time Gong's `fromDateTime` may match) is at or
    /// after `from`.
    fn calls_since(&self, from: Option<DateTime<Utc>>) -> BoxFuture<'_, Result<u64>>;
    /// Rows per table.
    fn counts(&self) -> BoxFuture<'_, Result<TableCounts>>;
    /// The ids kept by a stream's main table, in id order: call ids of
    /// `calls` and of `transcripts`, user, workspace, folder, scorecard,
    /// tracker, flow and task ids. Call outcomes have no Gong id (they are
    /// keyed by name): asking for theirs is an [`Error::InvalidInput`].
    fn ids(&self, stream: SyncStream) -> BoxFuture<'_, Result<Vec<GongId>>>;
    /// Full-text search of the kept transcripts, one hit per sentence, best
    /// first (SQLite FTS5 with BM25, PostgreSQL `tsvector` with `ts_rank`).
    fn search_transcripts(&self, query: TranscriptQuery) -> BoxFuture<'_, Result<Vec<TranscriptHit>>>;
    /// The record a stream's main table keeps under `id` (a call, a call's
    /// transcript, a user, ...), with the time it was synced.
    fn record(&self, stream: SyncStream, id: String) -> BoxFuture<'_, Result<Option<MirrorRecord>>>;
}

/// A search of the kept transcripts (`gong search`, the MCP server's
/// `search-transcripts`).
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptQuery {
    /// Words to find; every word must be in the sentence (stemmed). Search
    /// operators are not interpreted: the text is split into words.
    pub text: String,
    /// Only sentences of this speaker (Gong's `speakerId`).
    pub speaker_id: Option<String>,
    /// Only calls that started at or after this time.
    pub from: Option<DateTime<Utc>>,
    /// Only calls that started before this time.
    pub to: Option<DateTime<Utc>>,
    /// Most hits returned (1 to 1,000).
    pub limit: u32,
}

impl TranscriptQuery {
    /// The words of `text` (letters, digits, apostrophes inside words), at
    /// most 32, or the error naming the rule.
    pub fn words(&self) -> Result<Vec<String>> {
        if self.limit == 0 || self.limit > 1000 {
            return Err(Error::invalid("limit", "must be from 1 to 1000"));
        }
        if self.text.chars().count() > 1000 {
            return Err(Error::invalid("query", "must be at most 1000 characters"));
        }
        let words: Vec<String> = self
            .text
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .map(|w| w.trim_matches('\''))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .take(32)
            .collect();
        if words.is_empty() {
            return Err(Error::invalid("query", "must contain at least one word"));
        }
        Ok(words)
    }
}

/// One sentence that matched a [`TranscriptQuery`].
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TranscriptHit {
    /// The call.
    pub call_id: String,
    /// The call's title, when the call is kept too.
    pub call_title: Option<String>,
    /// When the call started, when the call is kept too.
    pub call_started: Option<DateTime<Utc>>,
    /// Who said it (Gong's `speakerId`).
    pub speaker_id: Option<String>,
    /// When in the call, in milliseconds from its start.
    pub start_ms: Option<i64>,
    /// The sentence around the match, matched words in `[brackets]`.
    pub snippet: String,
    /// Relevance: higher is better.
    pub score: f64,
}

/// A record as a mirror keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct MirrorRecord {
    /// The whole record as Gong sent it.
    pub json: String,
    /// When the sync wrote it.
    pub synced_at: Option<DateTime<Utc>>,
}

/// The main table of a stream.
pub(crate) fn main_table(stream: SyncStream) -> &'static Table {
    match stream {
        SyncStream::Calls => &tables::CALLS,
        SyncStream::Transcripts => &tables::TRANSCRIPTS,
        SyncStream::Users => &tables::USERS,
        SyncStream::Workspaces => &tables::WORKSPACES,
        SyncStream::Library => &tables::LIBRARY_FOLDERS,
        SyncStream::Scorecards => &tables::SCORECARDS,
        SyncStream::AnsweredScorecards => &tables::ANSWERED_SCORECARDS,
        SyncStream::Trackers => &tables::TRACKERS,
        SyncStream::CallOutcomes => &tables::CALL_OUTCOMES,
        SyncStream::Flows => &tables::FLOWS,
        SyncStream::Tasks => &tables::TASKS,
    }
}

/// Fails for a stream whose records have no Gong id.
pub(crate) fn keyed_by_id(stream: SyncStream) -> Result<()> {
    if stream == SyncStream::CallOutcomes {
        return Err(Error::invalid(
            "stream",
            "call_outcomes are keyed by name, not by a Gong id",
        ));
    }
    Ok(())
}

/// The main table of a stream and its key column.
pub(crate) fn id_column(stream: SyncStream) -> (&'static str, &'static str) {
    let t = main_table(stream);
    (t.name, t.key[0])
}

/// One query counting the rows of every record table, in the order of
/// [`tables::ALL`] (both dialects).
pub(crate) fn counts_sql() -> String {
    let parts: Vec<String> = tables::ALL
        .iter()
        .map(|t| format!("(SELECT COUNT(*) FROM {})", t.name))
        .collect();
    format!("SELECT {}", parts.join(", "))
}

/// [`TableCounts`] from the answer of [`counts_sql`].
pub(crate) fn table_counts(n: &[i64]) -> TableCounts {
    let at = |t: &Table| {
        tables::ALL
            .iter()
            .position(|x| std::ptr::eq(*x, t))
            .and_then(|i| n.get(i))
            .map_or(0, |v| (*v).max(0) as u64)
    };
    TableCounts {
        calls: at(&tables::CALLS),
        transcripts: at(&tables::TRANSCRIPTS),
        users: at(&tables::USERS),
        workspaces: at(&tables::WORKSPACES),
        folders: at(&tables::LIBRARY_FOLDERS),
        folder_calls: at(&tables::LIBRARY_FOLDER_CALLS),
        scorecards: at(&tables::SCORECARDS),
        answered_scorecards: at(&tables::ANSWERED_SCORECARDS),
        trackers: at(&tables::TRACKERS),
        call_outcomes: at(&tables::CALL_OUTCOMES),
        flows: at(&tables::FLOWS),
        tasks: at(&tables::TASKS),
    }
}

/// The store's error as the crate's [`Error::Io`].
pub(crate) fn store_error(context: &str, e: impl std::fmt::Display) -> Error {
    Error::io(format!("sync store: {context}"), std::io::Error::other(e.to_string()))
}

/// A database whose schema is newer than this build's: bad input naming the
/// database (this build cannot read it), not a failure of the store.
pub(crate) fn schema_too_new(found: i64, known: i64) -> Error {
    Error::invalid(
        "database",
        format!(
            "has schema version {found}, newer than this build's {known}: open it with the newer gong-client, or use another database"
        ),
    )
}

/// A conflicting write: another sync moved the checkpoint on.
pub(crate) fn conflict(stream: SyncStream) -> Error {
    store_error(
        "write",
        format!(
            "the {} checkpoint moved on since it was read: another sync of this database is running",
            stream.name()
        ),
    )
}

/// A time as stored: RFC 3339, UTC, microseconds.
pub(crate) fn time_text(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// A stored time back; an unreadable one is `None`.
pub(crate) fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc))
}

/// Lowercase hex SHA-256 of a record's JSON with its object keys in sorted
/// order: how a store tells a changed record from one seen again.
///
/// The hash must not depend on the order of a record's keys: PostgreSQL's
/// `jsonb` keeps none (a migration that rehashes stored calls reads them
/// back reordered), and `serde_json` keeps keys sorted or in arrival order
/// depending on a Cargo feature (`preserve_order`) that any crate of the
/// final build may turn on. Where maps are sorted (the default), a record's
/// text already is the sorted form and is hashed as it is; otherwise it is
/// read and hashed in sorted form.
pub(crate) fn digest(json: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    match maps_keep_insertion_order()
        .then(|| serde_json::from_str::<serde_json::Value>(json).ok())
        .flatten()
    {
        Some(value) => write_sorted(&value, &mut hasher),
        None => hasher.update(json.as_bytes()),
    }
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `serde_json`'s maps iterate in insertion order in this build
/// (its `preserve_order` feature), rather than sorted by key.
fn maps_keep_insertion_order() -> bool {
    static ORDER: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ORDER.get_or_init(|| {
        let mut map = serde_json::Map::new();
        map.insert("b".into(), serde_json::Value::Null);
        map.insert("a".into(), serde_json::Value::Null);
        map.keys().next().is_some_and(|k| k == "b")
    })
}

/// Feeds `value` to `hasher` as compact JSON with every object's keys in
/// sorted (byte) order: the text `serde_json` writes when its maps are sorted.
fn write_sorted(value: &serde_json::Value, hasher: &mut sha2::Sha256) {
    use serde_json::Value;
    use sha2::Digest;
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
            hasher.update(b"{");
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    hasher.update(b",");
                }
                hasher.update(Value::String(key.clone()).to_string().as_bytes());
                hasher.update(b":");
                write_sorted(item, hasher);
            }
            hasher.update(b"}");
        }
        Value::Array(items) => {
            hasher.update(b"[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    hasher.update(b",");
                }
                write_sorted(item, hasher);
            }
            hasher.update(b"]");
        }
        scalar => hasher.update(scalar.to_string().as_bytes()),
    }
}

/// The sections of a call record that change on every read without the
/// call changing, left out of the stored JSON and so of its change hash:
///
/// - `media`: Gong signs the audio and video URLs anew on every read and
///   they expire after [`MEDIA_URL_LIFETIME`]; a new URL is not a new call.
///   They are kept in `call_media` instead.
///
/// Nothing else is volatile: `context` read with `contextTiming` `Now`
/// shows the CRM objects as they are now, so a change there is a change of
/// what the mirror should hold; comments, titles and parties are edits.
pub const VOLATILE_CALL_SECTIONS: &[&str] = &["media"];

/// A content section Gong's 2026 document no longer has; a mirror written
/// before it was dropped from requests loses it when migrated, so the next
/// read of the call is not taken for a change.
pub(crate) const REMOVED_CONTENT_SECTIONS: &[&str] = &["pointsOfInterest"];

/// A call's `media.audioUrl` and `media.videoUrl`.
pub(crate) type MediaUrls = (Option<String>, Option<String>);

/// A call record split into the JSON the mirror keeps (and hashes) and
/// its media URLs (`audioUrl`, `videoUrl`), when the record has a `media`
/// object. `removed_sections` also drops content sections Gong no longer
/// documents (used when migrating an older mirror).
pub(crate) fn split_call(
    mut item: serde_json::Value,
    removed_sections: bool,
) -> (serde_json::Value, Option<MediaUrls>) {
    let mut media = None;
    if let Some(fields) = item.as_object_mut() {
        for key in VOLATILE_CALL_SECTIONS {
            // An explicit `null` (or anything but an object) is not
            // volatile: it stays, as Gong sent it.
            if fields.get(*key).is_some_and(serde_json::Value::is_object)
                && let Some(m) = fields.remove(*key)
            {
                let url = |k: &str| m.get(k).and_then(serde_json::Value::as_str).map(str::to_owned);
                media = Some((url("audioUrl"), url("videoUrl")));
            }
        }
        if removed_sections && let Some(content) = fields.get_mut("content").and_then(|c| c.as_object_mut()) {
            for key in REMOVED_CONTENT_SECTIONS {
                content.remove(*key);
            }
        }
    }
    (item, media)
}

/// The call's window time: the earlier of its scheduled and start times.
/// Gong's `fromDateTime` matches the start of most calls and the scheduled
/// time of the web-conference calls it records; the earlier of the two is
/// never after the time Gong filters by, whichever it is.
pub(crate) fn window_time(started: Option<DateTime<Utc>>, scheduled: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    match (started, scheduled) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::digest;
    use sha2::{Digest, Sha256};

    fn hex(text: &str) -> String {
        Sha256::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// The same record with its keys in another order hashes the same,
    /// whether or not this build's `serde_json` keeps insertion order.
    #[test]
    fn the_hash_ignores_key_order() {
        let gong: serde_json::Value = serde_json::from_str(
            r#"{"z":1,"metaData":{"title":"Q3 \"plan\"","id":"7"},"parties":[{"b":null,"a":1.50}]}"#,
        )
        .unwrap();
        let jsonb: serde_json::Value = serde_json::from_str(
            r#"{"z":1,"parties":[{"a":1.50,"b":null}],"metaData":{"id":"7","title":"Q3 \"plan\""}}"#,
        )
        .unwrap();
        assert_eq!(digest(&gong.to_string()), digest(&jsonb.to_string()));
        let changed: serde_json::Value = serde_json::from_str(
            r#"{"z":2,"parties":[{"a":1.50,"b":null}],"metaData":{"id":"7","title":"Q3 \"plan\""}}"#,
        )
        .unwrap();
        assert_ne!(digest(&gong.to_string()), digest(&changed.to_string()));
    }

    /// A record whose keys are already sorted hashes as its text: the
    /// hashes stored by earlier versions stay valid.
    #[test]
    fn sorted_text_hashes_as_it_is() {
        let text = r#"{"a":[1,{"x":"\u0001é","y":-0.0}],"b":{"c":true,"d":12345678901234567890}}"#;
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(digest(&value.to_string()), hex(&value.to_string()));
        assert_eq!(digest("not json"), hex("not json"));
    }
}
