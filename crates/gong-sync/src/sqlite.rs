//! The SQLite store: one file, no server (rusqlite with its bundled SQLite).

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::SyncStream;
use super::store::{
    Checkpoint, MirrorRecord, PageWrite, Row, Store, TableCounts, TranscriptHit, TranscriptQuery, WriteCounts,
    conflict, digest, id_column, parse_time, schema_too_new, store_error, time_text,
};
use gong_client::GongId;
use gong_client::Result;

/// The schema's migrations, in order; `schema_version` holds how many ran.
const MIGRATIONS: &[&str] = &[
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
];

/// The migration that added the transcript search; the transcripts kept
/// before it are indexed when it runs.
const SEARCH_MIGRATION: i64 = 2;

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
    for sql in &MIGRATIONS[current as usize..] {
        tx.execute_batch(sql).map_err(e)?;
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
    tx.execute("DELETE FROM schema_version", []).map_err(e)?;
    tx.execute("INSERT INTO schema_version (version) VALUES (?1)", [SCHEMA_VERSION])
        .map_err(e)?;
    tx.commit().map_err(e)
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

/// Upserts a record by key: insert, update when its JSON changed, or
/// nothing. Returns 0 inserted, 1 updated, 2 unchanged.
fn upsert(
    tx: &Transaction<'_>,
    table: &str,
    key: &[(&str, &str)],
    columns: &[(&str, &dyn rusqlite::ToSql)],
    json: &str,
    now: &str,
    on_change: &str,
) -> rusqlite::Result<u8> {
    let hash = digest(json);
    let where_ = key
        .iter()
        .enumerate()
        .map(|(i, (k, _))| format!("{k} = ?{}", i + 1))
        .collect::<Vec<_>>()
        .join(" AND ");
    let key_values: Vec<&dyn rusqlite::ToSql> = key.iter().map(|(_, v)| v as &dyn rusqlite::ToSql).collect();
    let old: Option<String> = tx
        .prepare_cached(&format!("SELECT json_sha256 FROM {table} WHERE {where_}"))?
        .query_row(key_values.as_slice(), |r| r.get(0))
        .optional()?;
    if old.as_deref() == Some(hash.as_str()) {
        return Ok(2);
    }
    let mut names: Vec<&str> = key.iter().map(|(k, _)| *k).collect();
    names.extend(columns.iter().map(|(c, _)| *c));
    names.extend(["json", "json_sha256", "synced_at"]);
    let mut values = key_values;
    values.extend(columns.iter().map(|(_, v)| *v));
    values.push(&json);
    values.push(&hash);
    values.push(&now);
    let placeholders = (1..=names.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let updates = names[key.len()..]
        .iter()
        .map(|n| format!("{n} = excluded.{n}"))
        .chain((!on_change.is_empty()).then(|| on_change.to_owned()))
        .collect::<Vec<_>>()
        .join(", ");
    let conflict_cols = key.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ");
    tx.prepare_cached(&format!(
        "INSERT INTO {table} ({}) VALUES ({placeholders}) ON CONFLICT ({conflict_cols}) DO UPDATE SET {updates}",
        names.join(", ")
    ))?
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
        let outcome = match row {
            Row::Call(c) => {
                let started = c.started.as_ref().map(time_text);
                upsert(
                    &tx,
                    "calls",
                    &[("id", c.id.as_str())],
                    &[
                        ("started", &started),
                        ("title", &c.title),
                        ("primary_user_id", &c.primary_user_id),
                        ("workspace_id", &c.workspace_id),
                        ("direction", &c.direction),
                        ("duration", &c.duration),
                        ("url", &c.url),
                        ("transcript_needed", &1i64),
                        ("transcript_attempts", &0i64),
                    ],
                    &c.json,
                    &now,
                    "",
                )
            }
            Row::Transcript(t) => {
                let r = upsert(
                    &tx,
                    "transcripts",
                    &[("call_id", t.call_id.as_str())],
                    &[("monologues", &t.monologues)],
                    &t.json,
                    &now,
                    "",
                );
                tx.prepare_cached("UPDATE calls SET transcript_needed = 0 WHERE id = ?1")
                    .and_then(|mut s| s.execute([t.call_id.as_str()]))
                    .map_err(e)?;
                index_transcript(&tx, t.call_id.as_str(), &t.json).map_err(e)?;
                r
            }
            Row::User(u) => upsert(
                &tx,
                "users",
                &[("id", u.id.as_str())],
                &[
                    ("email_address", &u.email_address),
                    ("first_name", &u.first_name),
                    ("last_name", &u.last_name),
                    ("title", &u.title),
                    ("active", &u.active),
                    ("manager_id", &u.manager_id),
                ],
                &u.json,
                &now,
                "",
            ),
            Row::Workspace(w) => upsert(
                &tx,
                "workspaces",
                &[("id", w.id.as_str())],
                &[("name", &w.name)],
                &w.json,
                &now,
                "",
            ),
            Row::Folder(f) => upsert(
                &tx,
                "library_folders",
                &[("id", f.id.as_str())],
                &[("name", &f.name), ("parent_folder_id", &f.parent_folder_id)],
                &f.json,
                &now,
                "",
            ),
            Row::FolderCall(c) => upsert(
                &tx,
                "library_folder_calls",
                &[("folder_id", c.folder_id.as_str()), ("call_id", c.call_id.as_str())],
                &[("title", &c.title)],
                &c.json,
                &now,
                "",
            ),
        }
        .map_err(e)?;
        match outcome {
            0 => counts.inserted += 1,
            1 => counts.updated += 1,
            _ => counts.unchanged += 1,
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
            Some(f) => count(c, "SELECT COUNT(*) FROM calls WHERE started >= ?1", [time_text(&f)]),
        })
    }

    fn ids(&self, stream: SyncStream) -> BoxFuture<'_, Result<Vec<GongId>>> {
        self.blocking(move |c| {
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
            Ok(TableCounts {
                calls: count(c, "SELECT COUNT(*) FROM calls", [])?,
                transcripts: count(c, "SELECT COUNT(*) FROM transcripts", [])?,
                users: count(c, "SELECT COUNT(*) FROM users", [])?,
                workspaces: count(c, "SELECT COUNT(*) FROM workspaces", [])?,
                folders: count(c, "SELECT COUNT(*) FROM library_folders", [])?,
                folder_calls: count(c, "SELECT COUNT(*) FROM library_folder_calls", [])?,
            })
        })
    }
}
