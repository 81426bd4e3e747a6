//! The SQLite store: one file, no server (rusqlite with its bundled SQLite).

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::SyncStream;
use super::store::{
    Checkpoint, MEDIA_URL_LIFETIME, MirrorRecord, PageWrite, Row, Store, TableCounts, TranscriptHit, TranscriptQuery,
    WriteCounts, conflict, counts_sql, digest, id_column, parse_time, schema_too_new, split_call, store_error,
    table_counts, time_text,
};
use super::tables::{self, Cell, Dialect, Migration};
use gong_client::GongId;
use gong_client::Result;

/// The schema's migrations, in order; `schema_version` holds how many ran.
const MIGRATIONS: &[Migration] = &[
    Migration::Sql(
        r#"
CREATE TABLE sync_checkpoints (
    stream TEXT PRIMARY KEY,
    generation INTEGER NOT NULL,
    cursor TEXT,
    cursor_at TEXT,
    pass_from TEXT,
    pass_to TEXT,
    pass_total INTEGER,
    pass_pages INTEGER NOT NULL DEFAULT 0,
    pass_last_started TEXT,
    pass_ordered INTEGER NOT NULL DEFAULT 1,
    high_water TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE calls (
    id TEXT PRIMARY KEY,
    started TEXT,
    title TEXT,
    primary_user_id TEXT,
    workspace_id TEXT,
    direction TEXT,
    duration INTEGER,
    url TEXT,
    json TEXT NOT NULL,
    json_sha256 TEXT NOT NULL,
    transcript_needed INTEGER NOT NULL DEFAULT 1,
    transcript_attempts INTEGER NOT NULL DEFAULT 0,
    synced_at TEXT NOT NULL
);
CREATE INDEX calls_started ON calls (started);
CREATE INDEX calls_primary_user ON calls (primary_user_id);
CREATE INDEX calls_transcript_due ON calls (id) WHERE transcript_needed = 1;
CREATE TABLE transcripts (
    call_id TEXT PRIMARY KEY,
    monologues INTEGER NOT NULL,
    json TEXT NOT NULL,
    json_sha256 TEXT NOT NULL,
    synced_at TEXT NOT NULL
);
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email_address TEXT,
    first_name TEXT,
    last_name TEXT,
    title TEXT,
    active INTEGER,
    manager_id TEXT,
    json TEXT NOT NULL,
    json_sha256 TEXT NOT NULL,
    synced_at TEXT NOT NULL
);
CREATE INDEX users_email ON users (email_address);
CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT,
    json TEXT NOT NULL,
    json_sha256 TEXT NOT NULL,
    synced_at TEXT NOT NULL
);
CREATE TABLE library_folders (
    id TEXT PRIMARY KEY,
    name TEXT,
    parent_folder_id TEXT,
    json TEXT NOT NULL,
    json_sha256 TEXT NOT NULL,
    synced_at TEXT NOT NULL
);
CREATE TABLE library_folder_calls (
    folder_id TEXT NOT NULL,
    call_id TEXT NOT NULL,
    title TEXT,
    json TEXT NOT NULL,
    json_sha256 TEXT NOT NULL,
    synced_at TEXT NOT NULL,
    PRIMARY KEY (folder_id, call_id)
);
CREATE INDEX library_folder_calls_call ON library_folder_calls (call_id);
"#,
    ),
    Migration::Sql(
        r#"
CREATE TABLE transcript_sentences (
    id INTEGER PRIMARY KEY,
    call_id TEXT NOT NULL,
    speaker_id TEXT,
    start_ms INTEGER,
    text TEXT NOT NULL
);
CREATE INDEX transcript_sentences_call ON transcript_sentences (call_id);
CREATE VIRTUAL TABLE transcript_fts USING fts5(
    text, content = 'transcript_sentences', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER transcript_sentences_ai AFTER INSERT ON transcript_sentences BEGIN
    INSERT INTO transcript_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER transcript_sentences_ad AFTER DELETE ON transcript_sentences BEGIN
    INSERT INTO transcript_fts (transcript_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"#,
    ),
    Migration::Sql(
        r#"
ALTER TABLE calls ADD COLUMN scheduled TEXT;
CREATE INDEX calls_window ON calls (min(coalesce(scheduled, started), coalesce(started, scheduled)));
CREATE TABLE call_media (
    call_id TEXT PRIMARY KEY,
    audio_url TEXT,
    video_url TEXT,
    fetched_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
"#,
    ),
    Migration::Tables(&tables::STREAM_TABLES_V4),
];

/// The migration that added the transcript search; the transcripts kept
/// before it are indexed when it runs.
const SEARCH_MIGRATION: i64 = 2;

/// The migration that added `calls.scheduled` and `call_media`; the calls
/// kept before it get their scheduled time, lose their media section (into
/// `call_media`) and the content section Gong dropped, and have their hash
/// computed again, so the next read of an unchanged call changes nothing.
const MEDIA_MIGRATION: i64 = 3;

/// SQL of a call's window time (see [`crate::store::window_time`]).
const WINDOW: &str = "min(coalesce(scheduled, started), coalesce(started, scheduled))";

/// The sentences of a transcript's JSON, as rows of `transcript_sentences`
/// (`?1` the call id; the JSON in `?2`). Monologues or sentences of another
/// shape than Gong's are skipped, never an error.
const SENTENCES_OF: &str = "
SELECT ?1,
       CAST(json_extract(m.value, '$.speakerId') AS TEXT),
       CASE WHEN json_type(s.value, '$.start') IN ('integer', 'real') THEN CAST(json_extract(s.value, '$.start') AS INTEGER) END,
       json_extract(s.value, '$.text')
FROM json_each(CASE WHEN json_valid(?2) AND json_type(?2, '$.transcript') = 'array' THEN ?2 ELSE '{\"transcript\":[]}' END, '$.transcript') m,
     json_each(CASE WHEN m.type = 'object' AND json_type(m.value, '$.sentences') = 'array' THEN m.value ELSE '{\"sentences\":[]}' END, '$.sentences') s
WHERE s.type = 'object' AND json_type(s.value, '$.text') = 'text'";

/// Prepared statements kept per connection: more than a page write and a
/// search use, so none is parsed again for the next page.
const STATEMENT_CACHE: usize = 64;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// A SQLite database file (or an in-memory database for tests), with the
/// schema of [`crate`] applied on open. Writes are durable when they
/// return (WAL, `synchronous=FULL`).
#[derive(Clone)]
pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").finish_non_exhaustive()
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let conn = Connection::open(path.as_ref()).map_err(|e| store_error("open", e))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(|e| store_error("open", e))?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| store_error("open", e))?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(|e| store_error("open", e))?;
        Self::with(conn)
    }

    /// A private in-memory database.
    pub fn in_memory() -> Result<Self> {
        Self::with(Connection::open_in_memory().map_err(|e| store_error("open", e))?)
    }

    fn with(mut conn: Connection) -> Result<Self> {
        // Every statement of a page write stays prepared across pages.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        migrate(&mut conn)?;
        Ok(SqliteStore {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` on the connection on a blocking thread.
    fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T> + Send + 'static,
    ) -> BoxFuture<'static, Result<T>> {
        let conn = self.conn.clone();
        Box::pin(async move {
            tokio::task::spawn_blocking(move || {
                let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
                f(&mut guard)
            })
            .await
            .map_err(|e| store_error("worker", e))?
        })
    }
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let e = |e: rusqlite::Error| store_error("migrate", e);
    conn.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        .map_err(e)?;
    // Immediate: a second process opening the same new file waits here,
    // then finds the schema in place.
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(e)?;
    let current: i64 = tx
        .query_row("SELECT version FROM schema_version", [], |r| r.get(0))
        .optional()
        .map_err(e)?
        .unwrap_or(0);
    if current > SCHEMA_VERSION {
        return Err(schema_too_new(current, SCHEMA_VERSION));
    }
    for m in &MIGRATIONS[current as usize..] {
        tx.execute_batch(&m.sql(Dialect::Sqlite)).map_err(e)?;
    }
    if current < SEARCH_MIGRATION {
        let kept: Vec<(String, String)> = {
            let mut q = tx.prepare("SELECT call_id, json FROM transcripts").map_err(e)?;
            q.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(e)?
                .collect::<rusqlite::Result<_>>()
                .map_err(e)?
        };
        for (call_id, json) in kept {
            index_transcript(&tx, &call_id, &json).map_err(e)?;
        }
    }
    if current < MEDIA_MIGRATION {
        rewrite_calls(&tx).map_err(e)?;
    }
    tx.execute("DELETE FROM schema_version", []).map_err(e)?;
    tx.execute("INSERT INTO schema_version (version) VALUES (?1)", [SCHEMA_VERSION])
        .map_err(e)?;
    tx.commit().map_err(e)
}

/// The calls of a mirror older than [`MEDIA_MIGRATION`], brought to its
/// form, 500 at a time.
fn rewrite_calls(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    let mut after = String::new();
    loop {
        let batch: Vec<(String, String, String)> = {
            let mut q = tx.prepare("SELECT id, json, synced_at FROM calls WHERE id > ?1 ORDER BY id LIMIT 500")?;
            q.query_map([&after], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        let Some(last) = batch.last() else {
            return Ok(());
        };
        after = last.0.clone();
        for (id, json, synced_at) in batch {
            // A record that is not JSON (a damaged row) is left as it is.
            let Ok(value) = serde_json::from_str::<serde_json::Value>(&json) else {
                continue;
            };
            let scheduled = value
                .pointer("/metaData/scheduled")
                .and_then(serde_json::Value::as_str)
                .and_then(parse_time);
            let (kept, media) = split_call(value, true);
            let kept = kept.to_string();
            tx.execute(
                "UPDATE calls SET json = ?2, json_sha256 = ?3, scheduled = ?4 WHERE id = ?1",
                params![id, kept, digest(&kept), scheduled.as_ref().map(time_text)],
            )?;
            if let Some((audio, video)) = media {
                let fetched = parse_time(&synced_at).unwrap_or_else(Utc::now);
                write_media(tx, &id, audio.as_deref(), video.as_deref(), &fetched)?;
            }
        }
    }
}

fn write_media(
    tx: &Transaction<'_>,
    call_id: &str,
    audio: Option<&str>,
    video: Option<&str>,
    fetched: &DateTime<Utc>,
) -> rusqlite::Result<()> {
    let expires = *fetched + chrono::Duration::from_std(MEDIA_URL_LIFETIME).unwrap_or_default();
    tx.execute(
        "INSERT INTO call_media (call_id, audio_url, video_url, fetched_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (call_id) DO UPDATE SET audio_url = excluded.audio_url, video_url = excluded.video_url,
             fetched_at = excluded.fetched_at, expires_at = excluded.expires_at",
        params![call_id, audio, video, time_text(fetched), time_text(&expires)],
    )?;
    Ok(())
}

/// Removes a call and everything kept about it; true when it was kept.
fn remove_call(tx: &Transaction<'_>, call_id: &str) -> rusqlite::Result<bool> {
    tx.execute("DELETE FROM transcript_sentences WHERE call_id = ?1", [call_id])?;
    tx.execute("DELETE FROM transcripts WHERE call_id = ?1", [call_id])?;
    tx.execute("DELETE FROM call_media WHERE call_id = ?1", [call_id])?;
    Ok(tx.execute("DELETE FROM calls WHERE id = ?1", [call_id])? > 0)
}

/// Replaces the searchable sentences of a call's transcript (in the
/// transaction that writes the transcript).
fn index_transcript(tx: &Transaction<'_>, call_id: &str, json: &str) -> rusqlite::Result<()> {
    tx.prepare_cached("DELETE FROM transcript_sentences WHERE call_id = ?1")?
        .execute([call_id])?;
    tx.prepare_cached(&format!(
        "INSERT INTO transcript_sentences (call_id, speaker_id, start_ms, text) {SENTENCES_OF}"
    ))?
    .execute(params![call_id, json])?;
    Ok(())
}

/// The FTS5 query of some words: each one quoted (no operator of the
/// user's text is interpreted), all of them required.
fn fts_query(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect::<Vec<_>>()
        .join(" ")
}

fn search(conn: &Connection, query: &TranscriptQuery) -> Result<Vec<TranscriptHit>> {
    let e = |e: rusqlite::Error| store_error("search", e);
    let words = query.words()?;
    let mut q = conn
        .prepare_cached(
            "SELECT s.call_id, c.title, c.started, s.speaker_id, s.start_ms,
                    snippet(transcript_fts, 0, '[', ']', '…', 24), bm25(transcript_fts) AS rank
             FROM transcript_fts
             JOIN transcript_sentences s ON s.id = transcript_fts.rowid
             LEFT JOIN calls c ON c.id = s.call_id
             WHERE transcript_fts MATCH ?1
               AND (?2 IS NULL OR s.speaker_id = ?2)
               AND (?3 IS NULL OR c.started >= ?3)
               AND (?4 IS NULL OR c.started < ?4)
             ORDER BY rank
             LIMIT ?5",
        )
        .map_err(e)?;
    let rows = q
        .query_map(
            params![
                fts_query(&words),
                query.speaker_id,
                query.from.as_ref().map(time_text),
                query.to.as_ref().map(time_text),
                query.limit
            ],
            |r| {
                Ok(TranscriptHit {
                    call_id: r.get(0)?,
                    call_title: r.get(1)?,
                    call_started: r.get::<_, Option<String>>(2)?.as_deref().and_then(parse_time),
                    speaker_id: r.get(3)?,
                    start_ms: r.get(4)?,
                    snippet: r.get(5)?,
                    score: -r.get::<_, f64>(6)?,
                })
            },
        )
        .map_err(e)?;
    rows.collect::<rusqlite::Result<_>>().map_err(e)
}

fn opt_time(s: Option<String>) -> Option<DateTime<Utc>> {
    s.as_deref().and_then(parse_time)
}

fn read_checkpoint(conn: &Connection, stream: SyncStream) -> rusqlite::Result<Checkpoint> {
    conn.query_row(
        "SELECT generation, cursor, cursor_at, pass_from, pass_to, pass_total, pass_pages,
                pass_last_started, pass_ordered, high_water
         FROM sync_checkpoints WHERE stream = ?1",
        [stream.name()],
        |r| {
            Ok(Checkpoint {
                generation: r.get(0)?,
                cursor: r.get(1)?,
                cursor_at: opt_time(r.get(2)?),
                pass_from: opt_time(r.get(3)?),
                pass_to: opt_time(r.get(4)?),
                pass_total: r.get(5)?,
                pass_pages: r.get(6)?,
                pass_last_started: opt_time(r.get(7)?),
                pass_ordered: r.get::<_, i64>(8)? != 0,
                high_water: opt_time(r.get(9)?),
            })
        },
    )
    .optional()
    .map(Option::unwrap_or_default)
}

impl rusqlite::ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, Value};
        Ok(match self {
            Cell::Text(v) => return v.to_sql(),
            Cell::BigInt(v) => return v.to_sql(),
            Cell::Int(v) => return v.to_sql(),
            Cell::Bool(v) => return v.to_sql(),
            Cell::Time(Some(t)) => ToSqlOutput::Owned(Value::Text(time_text(t))),
            Cell::Time(None) => ToSqlOutput::Owned(Value::Null),
        })
    }
}

/// Upserts a row by its key, as its table describes it: insert, update
/// when its JSON changed, or nothing. Returns 0 inserted, 1 updated, 2
/// unchanged.
fn upsert(tx: &Transaction<'_>, row: &Row, now: &str) -> rusqlite::Result<u8> {
    let r = row.record();
    let hash = digest(r.json);
    let key: Vec<&dyn rusqlite::ToSql> = r.key.iter().map(|k| k as &dyn rusqlite::ToSql).collect();
    let old: Option<String> = tx
        .prepare_cached(&tables::hash_sql(r.table, Dialect::Sqlite))?
        .query_row(key.as_slice(), |row| row.get(0))
        .optional()?;
    if old.as_deref() == Some(hash.as_str()) {
        return Ok(2);
    }
    let mut values = key;
    values.extend(r.cells.iter().map(|c| c as &dyn rusqlite::ToSql));
    values.push(&r.json);
    values.push(&hash);
    values.push(&now);
    tx.prepare_cached(&tables::upsert_sql(r.table, Dialect::Sqlite))?
        .execute(values.as_slice())?;
    Ok(if old.is_some() { 1 } else { 0 })
}

fn apply(conn: &mut Connection, page: PageWrite) -> Result<WriteCounts> {
    let e = |e: rusqlite::Error| store_error("write", e);
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(e)?;
    let current = read_checkpoint(&tx, page.stream).map_err(e)?;
    if current.generation != page.expected_generation {
        return Err(conflict(page.stream));
    }
    let now = time_text(&Utc::now());
    let mut counts = WriteCounts::default();
    if let Some(folder) = &page.replace_folder {
        let keep: Vec<&str> = page
            .rows
            .iter()
            .filter_map(|r| match r {
                Row::FolderCall(c) if &c.folder_id == folder => Some(c.call_id.as_str()),
                _ => None,
            })
            .collect();
        let mut stmt = tx
            .prepare("SELECT call_id FROM library_folder_calls WHERE folder_id = ?1")
            .map_err(e)?;
        let existing: Vec<String> = stmt
            .query_map([folder.as_str()], |r| r.get(0))
            .map_err(e)?
            .collect::<rusqlite::Result<_>>()
            .map_err(e)?;
        drop(stmt);
        for call in existing.iter().filter(|c| !keep.contains(&c.as_str())) {
            tx.execute(
                "DELETE FROM library_folder_calls WHERE folder_id = ?1 AND call_id = ?2",
                params![folder.as_str(), call],
            )
            .map_err(e)?;
        }
    }
    for row in &page.rows {
        if let Row::Call(c) = row
            && let Some(m) = &c.media
        {
            write_media(
                &tx,
                c.id.as_str(),
                m.audio_url.as_deref(),
                m.video_url.as_deref(),
                &m.fetched_at,
            )
            .map_err(e)?;
        }
        let outcome = upsert(&tx, row, &now).map_err(e)?;
        if let Row::Transcript(t) = row {
            tx.execute(
                "UPDATE calls SET transcript_needed = 0 WHERE id = ?1",
                [t.call_id.as_str()],
            )
            .map_err(e)?;
            index_transcript(&tx, t.call_id.as_str(), &t.json).map_err(e)?;
        }
        match outcome {
            0 => counts.inserted += 1,
            1 => counts.updated += 1,
            _ => counts.unchanged += 1,
        }
    }
    for id in &page.remove_calls {
        if remove_call(&tx, id.as_str()).map_err(e)? {
            counts.removed += 1;
        }
    }
    for id in &page.transcript_misses {
        tx.prepare_cached("UPDATE calls SET transcript_attempts = transcript_attempts + 1 WHERE id = ?1")
            .and_then(|mut s| s.execute([id.as_str()]))
            .map_err(e)?;
    }
    let c = &page.checkpoint;
    tx.execute(
        "INSERT INTO sync_checkpoints (stream, generation, cursor, cursor_at, pass_from, pass_to, pass_total,
             pass_pages, pass_last_started, pass_ordered, high_water, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (stream) DO UPDATE SET generation = excluded.generation, cursor = excluded.cursor,
             cursor_at = excluded.cursor_at, pass_from = excluded.pass_from, pass_to = excluded.pass_to,
             pass_total = excluded.pass_total, pass_pages = excluded.pass_pages,
             pass_last_started = excluded.pass_last_started, pass_ordered = excluded.pass_ordered,
             high_water = excluded.high_water, updated_at = excluded.updated_at",
        params![
            page.stream.name(),
            current.next_generation(page.stream)?,
            c.cursor,
            c.cursor_at.as_ref().map(time_text),
            c.pass_from.as_ref().map(time_text),
            c.pass_to.as_ref().map(time_text),
            c.pass_total,
            c.pass_pages,
            c.pass_last_started.as_ref().map(time_text),
            c.pass_ordered as i64,
            c.high_water.as_ref().map(time_text),
            now,
        ],
    )
    .map_err(e)?;
    tx.commit().map_err(e)?;
    Ok(counts)
}

fn count(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> Result<u64> {
    conn.query_row(sql, p, |r| r.get::<_, i64>(0))
        .map(|n| n.max(0) as u64)
        .map_err(|e| store_error("read", e))
}

impl Store for SqliteStore {
    fn search_transcripts(&self, query: TranscriptQuery) -> BoxFuture<'_, Result<Vec<TranscriptHit>>> {
        self.blocking(move |conn| search(conn, &query))
    }

    fn record(&self, stream: SyncStream, id: String) -> BoxFuture<'_, Result<Option<MirrorRecord>>> {
        self.blocking(move |conn| {
            let (table, key) = id_column(stream);
            conn.query_row(
                &format!("SELECT json, synced_at FROM {table} WHERE {key} = ?1"),
                [id],
                |r| {
                    Ok(MirrorRecord {
                        json: r.get(0)?,
                        synced_at: r.get::<_, Option<String>>(1)?.as_deref().and_then(parse_time),
                    })
                },
            )
            .optional()
            .map_err(|e| store_error("read", e))
        })
    }

    fn checkpoint(&self, stream: SyncStream) -> BoxFuture<'_, Result<Checkpoint>> {
        self.blocking(move |c| read_checkpoint(c, stream).map_err(|e| store_error("read checkpoint", e)))
    }

    fn write(&self, page: PageWrite) -> BoxFuture<'_, Result<WriteCounts>> {
        self.blocking(move |c| apply(c, page))
    }

    fn transcripts_due(
        &self,
        after: Option<String>,
        max_attempts: u32,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<GongId>>> {
        self.blocking(move |c| {
            let e = |e: rusqlite::Error| store_error("read", e);
            let mut stmt = c
                .prepare(
                    "SELECT id FROM calls WHERE transcript_needed = 1 AND transcript_attempts < ?1
                     AND id > ?2 ORDER BY id LIMIT ?3",
                )
                .map_err(e)?;
            let ids: Vec<String> = stmt
                .query_map(params![max_attempts, after.unwrap_or_default(), limit as i64], |r| {
                    r.get(0)
                })
                .map_err(e)?
                .collect::<rusqlite::Result<_>>()
                .map_err(e)?;
            ids.into_iter()
                .map(|id| GongId::new(id).map_err(|e| store_error("read", e)))
                .collect()
        })
    }

    fn transcripts_due_count(&self, max_attempts: u32) -> BoxFuture<'_, Result<u64>> {
        self.blocking(move |c| {
            count(
                c,
                "SELECT COUNT(*) FROM calls WHERE transcript_needed = 1 AND transcript_attempts < ?1",
                [max_attempts],
            )
        })
    }

    fn calls_since(&self, from: Option<DateTime<Utc>>) -> BoxFuture<'_, Result<u64>> {
        self.blocking(move |c| match from {
            None => count(c, "SELECT COUNT(*) FROM calls", []),
            Some(f) => count(
                c,
                &format!("SELECT COUNT(*) FROM calls WHERE {WINDOW} >= ?1"),
                [time_text(&f)],
            ),
        })
    }

    fn calls_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> BoxFuture<'_, Result<u64>> {
        self.blocking(move |c| {
            count(
                c,
                &format!("SELECT COUNT(*) FROM calls WHERE {WINDOW} >= ?1 AND {WINDOW} < ?2"),
                [time_text(&from), time_text(&to)],
            )
        })
    }

    fn ids(&self, stream: SyncStream) -> BoxFuture<'_, Result<Vec<GongId>>> {
        self.blocking(move |c| {
            super::store::keyed_by_id(stream)?;
            let e = |e: rusqlite::Error| store_error("read", e);
            let (table, column) = id_column(stream);
            let mut stmt = c
                .prepare(&format!("SELECT {column} FROM {table} ORDER BY {column}"))
                .map_err(e)?;
            let ids: Vec<String> = stmt
                .query_map([], |r| r.get(0))
                .map_err(e)?
                .collect::<rusqlite::Result<_>>()
                .map_err(e)?;
            ids.into_iter()
                .map(|id| GongId::new(id).map_err(|e| store_error("read", e)))
                .collect()
        })
    }

    fn counts(&self) -> BoxFuture<'_, Result<TableCounts>> {
        self.blocking(|c| {
            let n = tables::ALL.len();
            let values: Vec<i64> = c
                .query_row(&counts_sql(), [], |r| (0..n).map(|i| r.get(i)).collect())
                .map_err(|e| store_error("read", e))?;
            Ok(table_counts(&values))
        })
    }
}

#[cfg(test)]
mod described_tables {
    use super::*;

    /// Every record table of a new database has exactly the columns its
    /// description gives, with the SQLite type of each logical
    /// type: the migrations written as SQL and the generated ones agree
    /// with the descriptions the upserts are built from.
    #[test]
    fn every_table_has_its_described_columns() {
        let store = SqliteStore::in_memory().unwrap();
        let conn = store.conn.lock().unwrap();
        for table in tables::ALL {
            let mut want: Vec<(String, String)> =
                table.key.iter().map(|k| ((*k).to_owned(), "TEXT".to_owned())).collect();
            want.extend(
                table
                    .columns
                    .iter()
                    .map(|c| (c.name.to_owned(), c.kind.sqlite().to_owned())),
            );
            want.extend(
                ["json", "json_sha256", "synced_at"]
                    .into_iter()
                    .map(|n| (n.to_owned(), "TEXT".to_owned())),
            );
            let mut q = conn.prepare(&format!("PRAGMA table_info({})", table.name)).unwrap();
            let got: Vec<(String, String)> = q
                .query_map([], |r| Ok((r.get(1)?, r.get(2)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            // The first schema put some columns in another order.
            let (mut got, mut want) = (got, want);
            got.sort();
            want.sort();
            assert_eq!(got, want, "{}", table.name);
        }
    }
}
