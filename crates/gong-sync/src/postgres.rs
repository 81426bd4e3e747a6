//! The PostgreSQL store (tokio-postgres), for teams: the same tables as the
//! SQLite store, JSON as `jsonb`, times as `timestamptz`.

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use tokio::sync::Mutex;
use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, NoTls, Transaction};

use super::SyncStream;
use super::store::{
    Checkpoint, MEDIA_URL_LIFETIME, MirrorRecord, PageWrite, Row, Store, TableCounts, TranscriptHit, TranscriptQuery,
    WriteCounts, conflict, counts_sql, digest, id_column, parse_time, schema_too_new, split_call, store_error,
    table_counts,
};
use super::tables::{self, Cell, Dialect, Migration};
use gong_client::GongId;
use gong_client::Result;

const MIGRATIONS: &[Migration] = &[
    Migration::Sql(
        r#"
CREATE TABLE sync_checkpoints (
    stream TEXT PRIMARY KEY,
    generation BIGINT NOT NULL,
    cursor TEXT,
    cursor_at TIMESTAMPTZ,
    pass_from TIMESTAMPTZ,
    pass_to TIMESTAMPTZ,
    pass_total BIGINT,
    pass_pages BIGINT NOT NULL DEFAULT 0,
    pass_last_started TIMESTAMPTZ,
    pass_ordered BOOLEAN NOT NULL DEFAULT TRUE,
    high_water TIMESTAMPTZ,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE calls (
    id TEXT PRIMARY KEY,
    started TIMESTAMPTZ,
    title TEXT,
    primary_user_id TEXT,
    workspace_id TEXT,
    direction TEXT,
    duration BIGINT,
    url TEXT,
    json JSONB NOT NULL,
    json_sha256 TEXT NOT NULL,
    transcript_needed BOOLEAN NOT NULL DEFAULT TRUE,
    transcript_attempts INTEGER NOT NULL DEFAULT 0,
    synced_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX calls_started ON calls (started);
CREATE INDEX calls_primary_user ON calls (primary_user_id);
CREATE INDEX calls_transcript_due ON calls (id) WHERE transcript_needed;
CREATE TABLE transcripts (
    call_id TEXT PRIMARY KEY,
    monologues BIGINT NOT NULL,
    json JSONB NOT NULL,
    json_sha256 TEXT NOT NULL,
    synced_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email_address TEXT,
    first_name TEXT,
    last_name TEXT,
    title TEXT,
    active BOOLEAN,
    manager_id TEXT,
    json JSONB NOT NULL,
    json_sha256 TEXT NOT NULL,
    synced_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX users_email ON users (email_address);
CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT,
    json JSONB NOT NULL,
    json_sha256 TEXT NOT NULL,
    synced_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE library_folders (
    id TEXT PRIMARY KEY,
    name TEXT,
    parent_folder_id TEXT,
    json JSONB NOT NULL,
    json_sha256 TEXT NOT NULL,
    synced_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE library_folder_calls (
    folder_id TEXT NOT NULL,
    call_id TEXT NOT NULL,
    title TEXT,
    json JSONB NOT NULL,
    json_sha256 TEXT NOT NULL,
    synced_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (folder_id, call_id)
);
CREATE INDEX library_folder_calls_call ON library_folder_calls (call_id);
"#,
    ),
    Migration::Sql(
        r#"
CREATE TABLE transcript_sentences (
    id BIGSERIAL PRIMARY KEY,
    call_id TEXT NOT NULL,
    speaker_id TEXT,
    start_ms BIGINT,
    text TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX transcript_sentences_call ON transcript_sentences (call_id);
CREATE INDEX transcript_sentences_tsv ON transcript_sentences USING GIN (tsv);
INSERT INTO transcript_sentences (call_id, speaker_id, start_ms, text)
SELECT t.call_id,
       m->>'speakerId',
       CASE WHEN jsonb_typeof(s->'start') = 'number' AND (s->>'start') ~ '^-?[0-9]{1,15}$' THEN (s->>'start')::bigint END,
       s->>'text'
FROM transcripts t,
     jsonb_array_elements(CASE WHEN jsonb_typeof(t.json->'transcript') = 'array' THEN t.json->'transcript' ELSE '[]'::jsonb END) m,
     jsonb_array_elements(CASE WHEN jsonb_typeof(m) = 'object' AND jsonb_typeof(m->'sentences') = 'array' THEN m->'sentences' ELSE '[]'::jsonb END) s
WHERE jsonb_typeof(s) = 'object' AND jsonb_typeof(s->'text') = 'string';
"#,
    ),
    Migration::Sql(
        r#"
ALTER TABLE calls ADD COLUMN scheduled TIMESTAMPTZ;
CREATE INDEX calls_window ON calls (LEAST(scheduled, started));
CREATE TABLE call_media (
    call_id TEXT PRIMARY KEY,
    audio_url TEXT,
    video_url TEXT,
    fetched_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
"#,
    ),
    Migration::Tables(&tables::STREAM_TABLES_V4),
];

/// The migration that added `calls.scheduled` and `call_media` (see the
/// SQLite store's twin).
const MEDIA_MIGRATION: i64 = 3;

/// The sentences of a transcript's JSON (`$2`, text) as rows of
/// `transcript_sentences` for call `$1`. Monologues or sentences of another
/// shape than Gong's are skipped, never an error.
const SENTENCES_OF: &str = "
SELECT $1::text,
       m->>'speakerId',
       CASE WHEN jsonb_typeof(s->'start') = 'number' AND (s->>'start') ~ '^-?[0-9]{1,15}$' THEN (s->>'start')::bigint END,
       s->>'text'
FROM jsonb_array_elements(CASE WHEN jsonb_typeof($2::text::jsonb->'transcript') = 'array' THEN $2::text::jsonb->'transcript' ELSE '[]'::jsonb END) m,
     jsonb_array_elements(CASE WHEN jsonb_typeof(m) = 'object' AND jsonb_typeof(m->'sentences') = 'array' THEN m->'sentences' ELSE '[]'::jsonb END) s
WHERE jsonb_typeof(s) = 'object' AND jsonb_typeof(s->'text') = 'string'";

/// A PostgreSQL database, with the schema of [`crate`] applied on
/// connect (in the connection's default schema). Connects without TLS: use
/// it on a trusted network or a local socket.
pub struct PostgresStore {
    client: Mutex<Client>,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The connection string may hold a password: never shown.
        f.debug_struct("PostgresStore").finish_non_exhaustive()
    }
}

fn pg(context: &'static str) -> impl Fn(tokio_postgres::Error) -> gong_client::Error {
    move |e| store_error(context, e)
}

impl PostgresStore {
    /// Connects with a `postgres://` URL (or key-value connection string)
    /// and migrates the schema.
    pub async fn connect(url: &str) -> Result<Self> {
        let (mut client, connection) = tokio_postgres::connect(url, NoTls).await.map_err(pg("connect"))?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::warn!(error = %e, "PostgreSQL connection of the sync store ended");
            }
        });
        migrate(&mut client).await?;
        Ok(PostgresStore {
            client: Mutex::new(client),
        })
    }
}

async fn migrate(client: &mut Client) -> Result<()> {
    let e = pg("migrate");
    let tx = client.transaction().await.map_err(&e)?;
    // One migrating connection at a time.
    tx.execute("SELECT pg_advisory_xact_lock(7402915530)", &[])
        .await
        .map_err(&e)?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
        .await
        .map_err(&e)?;
    let current: i64 = tx
        .query_opt("SELECT version FROM schema_version", &[])
        .await
        .map_err(&e)?
        .map_or(0, |r| r.get(0));
    let target = MIGRATIONS.len() as i64;
    if current > target {
        return Err(schema_too_new(current, target));
    }
    for m in &MIGRATIONS[current as usize..] {
        tx.batch_execute(&m.sql(Dialect::Postgres)).await.map_err(&e)?;
    }
    if current < MEDIA_MIGRATION {
        rewrite_calls(&tx).await?;
    }
    tx.execute("DELETE FROM schema_version", &[]).await.map_err(&e)?;
    tx.execute("INSERT INTO schema_version (version) VALUES ($1)", &[&target])
        .await
        .map_err(&e)?;
    tx.commit().await.map_err(&e)
}

/// The calls of a mirror older than [`MEDIA_MIGRATION`], brought to its
/// form, 500 at a time: scheduled time, media section moved to
/// `call_media`, the dropped content section removed, hash computed again.
async fn rewrite_calls(tx: &Transaction<'_>) -> Result<()> {
    let e = pg("migrate");
    let mut after = String::new();
    loop {
        let rows = tx
            .query(
                "SELECT id, json::text, synced_at FROM calls WHERE id COLLATE \"C\" > $1 ORDER BY id COLLATE \"C\" LIMIT 500",
                &[&after],
            )
            .await
            .map_err(&e)?;
        let Some(last) = rows.last() else {
            return Ok(());
        };
        after = last.get(0);
        for r in &rows {
            let id: String = r.get(0);
            let json: String = r.get(1);
            let synced_at: DateTime<Utc> = r.get(2);
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
                "UPDATE calls SET json = $2::text::jsonb, json_sha256 = $3, scheduled = $4 WHERE id = $1",
                &[&id, &kept, &digest(&kept), &scheduled],
            )
            .await
            .map_err(&e)?;
            if let Some((audio, video)) = media {
                write_media(tx, &id, audio.as_deref(), video.as_deref(), &synced_at).await?;
            }
        }
    }
}

async fn write_media(
    tx: &Transaction<'_>,
    call_id: &str,
    audio: Option<&str>,
    video: Option<&str>,
    fetched: &DateTime<Utc>,
) -> Result<()> {
    let expires = *fetched + chrono::Duration::from_std(MEDIA_URL_LIFETIME).unwrap_or_default();
    tx.execute(
        "INSERT INTO call_media (call_id, audio_url, video_url, fetched_at, expires_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (call_id) DO UPDATE SET audio_url = excluded.audio_url, video_url = excluded.video_url,
             fetched_at = excluded.fetched_at, expires_at = excluded.expires_at",
        &[&call_id, &audio, &video, fetched, &expires],
    )
    .await
    .map_err(pg("write"))?;
    Ok(())
}

/// Removes a call and everything kept about it; true when it was kept.
async fn remove_call(tx: &Transaction<'_>, call_id: &str) -> Result<bool> {
    let e = pg("write");
    for sql in [
        "DELETE FROM transcript_sentences WHERE call_id = $1",
        "DELETE FROM transcripts WHERE call_id = $1",
        "DELETE FROM call_media WHERE call_id = $1",
    ] {
        tx.execute(sql, &[&call_id]).await.map_err(&e)?;
    }
    Ok(tx
        .execute("DELETE FROM calls WHERE id = $1", &[&call_id])
        .await
        .map_err(&e)?
        > 0)
}

async fn read_checkpoint(tx: &Transaction<'_>, stream: SyncStream) -> Result<Checkpoint> {
    let row = tx
        .query_opt(
            "SELECT generation, cursor, cursor_at, pass_from, pass_to, pass_total, pass_pages,
                    pass_last_started, pass_ordered, high_water
             FROM sync_checkpoints WHERE stream = $1",
            &[&stream.name()],
        )
        .await
        .map_err(pg("read checkpoint"))?;
    Ok(row.map_or_else(Checkpoint::default, |r| Checkpoint {
        generation: r.get(0),
        cursor: r.get(1),
        cursor_at: r.get(2),
        pass_from: r.get(3),
        pass_to: r.get(4),
        pass_total: r.get(5),
        pass_pages: r.get(6),
        pass_last_started: r.get(7),
        pass_ordered: r.get(8),
        high_water: r.get(9),
    }))
}

/// A cell as a PostgreSQL parameter of its column's type.
fn param(c: &Cell) -> &(dyn ToSql + std::marker::Sync) {
    match c {
        Cell::Text(v) => v,
        Cell::BigInt(v) => v,
        Cell::Int(v) => v,
        Cell::Bool(v) => v,
        Cell::Time(v) => v,
    }
}

/// Upserts a row by its key, as its table describes it; 0 inserted, 1
/// updated, 2 unchanged.
async fn upsert(tx: &Transaction<'_>, row: &Row, now: &DateTime<Utc>) -> Result<u8> {
    let e = pg("write");
    let r = row.record();
    let hash = digest(r.json);
    let key: Vec<&(dyn ToSql + std::marker::Sync)> =
        r.key.iter().map(|k| k as &(dyn ToSql + std::marker::Sync)).collect();
    let old: Option<String> = tx
        .query_opt(&tables::hash_sql(r.table, Dialect::Postgres), &key)
        .await
        .map_err(&e)?
        .map(|row| row.get(0));
    if old.as_deref() == Some(hash.as_str()) {
        return Ok(2);
    }
    let mut values = key;
    values.extend(r.cells.iter().map(param));
    values.push(&r.json);
    values.push(&hash);
    values.push(now);
    tx.execute(&tables::upsert_sql(r.table, Dialect::Postgres), &values)
        .await
        .map_err(&e)?;
    Ok(if old.is_some() { 1 } else { 0 })
}

async fn apply(client: &mut Client, page: PageWrite) -> Result<WriteCounts> {
    let e = pg("write");
    let tx = client.transaction().await.map_err(&e)?;
    // Serialises writers of one stream: the row lock is held to commit.
    tx.execute(
        "INSERT INTO sync_checkpoints (stream, generation, updated_at) VALUES ($1, 0, now())
         ON CONFLICT (stream) DO NOTHING",
        &[&page.stream.name()],
    )
    .await
    .map_err(&e)?;
    tx.execute(
        "SELECT 1 FROM sync_checkpoints WHERE stream = $1 FOR UPDATE",
        &[&page.stream.name()],
    )
    .await
    .map_err(&e)?;
    let current = read_checkpoint(&tx, page.stream).await?;
    if current.generation != page.expected_generation {
        return Err(conflict(page.stream));
    }
    let now = Utc::now();
    let mut counts = WriteCounts::default();
    if let Some(folder) = &page.replace_folder {
        let keep: Vec<String> = page
            .rows
            .iter()
            .filter_map(|r| match r {
                Row::FolderCall(c) if &c.folder_id == folder => Some(c.call_id.as_str().to_owned()),
                _ => None,
            })
            .collect();
        tx.execute(
            "DELETE FROM library_folder_calls WHERE folder_id = $1 AND NOT (call_id = ANY($2))",
            &[&folder.as_str(), &keep],
        )
        .await
        .map_err(&e)?;
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
            .await?;
        }
        let outcome = upsert(&tx, row, &now).await?;
        if let Row::Transcript(t) = row {
            tx.execute(
                "UPDATE calls SET transcript_needed = FALSE WHERE id = $1",
                &[&t.call_id.as_str()],
            )
            .await
            .map_err(&e)?;
            tx.execute(
                "DELETE FROM transcript_sentences WHERE call_id = $1",
                &[&t.call_id.as_str()],
            )
            .await
            .map_err(&e)?;
            tx.execute(
                &format!("INSERT INTO transcript_sentences (call_id, speaker_id, start_ms, text) {SENTENCES_OF}"),
                &[&t.call_id.as_str(), &t.json.as_str()],
            )
            .await
            .map_err(&e)?;
        }
        match outcome {
            0 => counts.inserted += 1,
            1 => counts.updated += 1,
            _ => counts.unchanged += 1,
        }
    }
    for id in &page.remove_calls {
        if remove_call(&tx, id.as_str()).await? {
            counts.removed += 1;
        }
    }
    for id in &page.transcript_misses {
        tx.execute(
            "UPDATE calls SET transcript_attempts = transcript_attempts + 1 WHERE id = $1",
            &[&id.as_str()],
        )
        .await
        .map_err(&e)?;
    }
    let c = &page.checkpoint;
    tx.execute(
        "UPDATE sync_checkpoints SET generation = $2, cursor = $3, cursor_at = $4, pass_from = $5, pass_to = $6,
             pass_total = $7, pass_pages = $8, pass_last_started = $9, pass_ordered = $10, high_water = $11,
             updated_at = $12
         WHERE stream = $1",
        &[
            &page.stream.name(),
            &current.next_generation(page.stream)?,
            &c.cursor,
            &c.cursor_at,
            &c.pass_from,
            &c.pass_to,
            &c.pass_total,
            &c.pass_pages,
            &c.pass_last_started,
            &c.pass_ordered,
            &c.high_water,
            &now,
        ],
    )
    .await
    .map_err(&e)?;
    tx.commit().await.map_err(&e)?;
    Ok(counts)
}

impl PostgresStore {
    async fn count(&self, sql: &str, params: &[&(dyn ToSql + std::marker::Sync)]) -> Result<u64> {
        let client = self.client.lock().await;
        let row = client.query_one(sql, params).await.map_err(pg("read"))?;
        Ok(row.get::<_, i64>(0).max(0) as u64)
    }
}

impl Store for PostgresStore {
    fn search_transcripts(&self, query: TranscriptQuery) -> BoxFuture<'_, Result<Vec<TranscriptHit>>> {
        Box::pin(async move {
            let words = query.words()?;
            let client = self.client.lock().await;
            let limit = i64::from(query.limit);
            let rows = client
                .query(
                    "SELECT s.call_id, c.title, c.started, s.speaker_id, s.start_ms,
                            ts_headline('english', s.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8'),
                            ts_rank(s.tsv, q)::float8 AS rank
                     FROM transcript_sentences s
                     CROSS JOIN plainto_tsquery('english', $1) q
                     LEFT JOIN calls c ON c.id = s.call_id
                     WHERE s.tsv @@ q
                       AND ($2::text IS NULL OR s.speaker_id = $2)
                       AND ($3::timestamptz IS NULL OR c.started >= $3)
                       AND ($4::timestamptz IS NULL OR c.started < $4)
                     ORDER BY rank DESC, s.call_id, s.start_ms
                     LIMIT $5",
                    &[&words.join(" "), &query.speaker_id, &query.from, &query.to, &limit],
                )
                .await
                .map_err(pg("search"))?;
            Ok(rows
                .iter()
                .map(|r| TranscriptHit {
                    call_id: r.get(0),
                    call_title: r.get(1),
                    call_started: r.get(2),
                    speaker_id: r.get(3),
                    start_ms: r.get(4),
                    snippet: r.get(5),
                    score: r.get(6),
                })
                .collect())
        })
    }

    fn record(&self, stream: SyncStream, id: String) -> BoxFuture<'_, Result<Option<MirrorRecord>>> {
        Box::pin(async move {
            let (table, key) = id_column(stream);
            let client = self.client.lock().await;
            let row = client
                .query_opt(
                    &format!("SELECT json::text, synced_at FROM {table} WHERE {key} = $1"),
                    &[&id],
                )
                .await
                .map_err(pg("read"))?;
            Ok(row.map(|r| MirrorRecord {
                json: r.get(0),
                synced_at: r.get(1),
            }))
        })
    }

    fn checkpoint(&self, stream: SyncStream) -> BoxFuture<'_, Result<Checkpoint>> {
        Box::pin(async move {
            let mut client = self.client.lock().await;
            let tx = client.transaction().await.map_err(pg("read checkpoint"))?;
            let cp = read_checkpoint(&tx, stream).await?;
            tx.commit().await.map_err(pg("read checkpoint"))?;
            Ok(cp)
        })
    }

    fn write(&self, page: PageWrite) -> BoxFuture<'_, Result<WriteCounts>> {
        Box::pin(async move {
            let mut client = self.client.lock().await;
            apply(&mut client, page).await
        })
    }

    fn transcripts_due(
        &self,
        after: Option<String>,
        max_attempts: u32,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<GongId>>> {
        Box::pin(async move {
            let client = self.client.lock().await;
            let rows = client
                .query(
                    "SELECT id FROM calls WHERE transcript_needed AND transcript_attempts < $1
                     AND id COLLATE \"C\" > $2 ORDER BY id COLLATE \"C\" LIMIT $3",
                    &[
                        &(max_attempts.min(i32::MAX as u32) as i32),
                        &after.unwrap_or_default(),
                        &(limit as i64),
                    ],
                )
                .await
                .map_err(pg("read"))?;
            rows.iter()
                .map(|r| GongId::new(r.get::<_, String>(0)).map_err(|e| store_error("read", e)))
                .collect()
        })
    }

    fn transcripts_due_count(&self, max_attempts: u32) -> BoxFuture<'_, Result<u64>> {
        Box::pin(async move {
            self.count(
                "SELECT COUNT(*) FROM calls WHERE transcript_needed AND transcript_attempts < $1",
                &[&(max_attempts.min(i32::MAX as u32) as i32)],
            )
            .await
        })
    }

    fn calls_since(&self, from: Option<DateTime<Utc>>) -> BoxFuture<'_, Result<u64>> {
        Box::pin(async move {
            match from {
                None => self.count("SELECT COUNT(*) FROM calls", &[]).await,
                Some(f) => {
                    self.count(
                        "SELECT COUNT(*) FROM calls WHERE LEAST(scheduled, started) >= $1",
                        &[&f],
                    )
                    .await
                }
            }
        })
    }

    fn calls_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> BoxFuture<'_, Result<u64>> {
        Box::pin(async move {
            self.count(
                "SELECT COUNT(*) FROM calls WHERE LEAST(scheduled, started) >= $1 AND LEAST(scheduled, started) < $2",
                &[&from, &to],
            )
            .await
        })
    }

    fn ids(&self, stream: SyncStream) -> BoxFuture<'_, Result<Vec<GongId>>> {
        Box::pin(async move {
            super::store::keyed_by_id(stream)?;
            let (table, column) = id_column(stream);
            let client = self.client.lock().await;
            let rows = client
                .query(
                    &format!("SELECT {column} FROM {table} ORDER BY {column} COLLATE \"C\""),
                    &[],
                )
                .await
                .map_err(pg("read"))?;
            rows.iter()
                .map(|r| GongId::new(r.get::<_, String>(0)).map_err(|e| store_error("read", e)))
                .collect()
        })
    }

    fn counts(&self) -> BoxFuture<'_, Result<TableCounts>> {
        Box::pin(async move {
            let client = self.client.lock().await;
            let row = client.query_one(&counts_sql(), &[]).await.map_err(pg("read"))?;
            let values: Vec<i64> = (0..tables::ALL.len()).map(|i| row.get(i)).collect();
            Ok(table_counts(&values))
        })
    }
}
