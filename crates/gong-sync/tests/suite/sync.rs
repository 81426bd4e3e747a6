//! `gong_sync` against the sandbox: a whole tenant into SQLite and
//! PostgreSQL, killed and rerun, late calls and transcripts, the budget stop.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Utc};
use gong_client::raw::{RawRequest, RawResponseBody};
use gong_client::reqwest::Method;
use serde_json::{Value, json};

use gong_client::actions::{CallDirection, NewCall, Party};
use gong_client::{Client, GongId};
use gong_sandbox::{Faults, Sandbox, SandboxHandle};
use gong_sync::{
    Checkpoint, PageWrite, Row, SqliteStore, Store, StreamReport, SyncOptions, SyncOutcome, SyncReport, SyncStream,
    Syncer, WorkspaceRow,
};

use crate::common::TempDir;

pub(crate) async fn sandbox(seed: u64, calls: usize) -> SandboxHandle {
    Sandbox::builder()
        .seed(seed)
        .calls(calls)
        .rate_limit(None)
        .start()
        .await
        .unwrap()
}

pub(crate) fn client(sb: &SandboxHandle) -> Client {
    sb.client_builder().rate_limit(None).daily_budget(None).build().unwrap()
}

/// The streams of calls, transcripts, users, workspaces and the library
/// alone: the tests of the calls' passes, windows and budget count their
/// requests exactly (tests/suite/streams.rs covers the other streams).
pub(crate) fn core() -> SyncOptions {
    SyncOptions::new().streams([
        SyncStream::Workspaces,
        SyncStream::Users,
        SyncStream::Calls,
        SyncStream::Transcripts,
        SyncStream::Library,
    ])
}

fn set(ids: Vec<GongId>) -> BTreeSet<String> {
    ids.into_iter().map(|i| i.as_str().to_owned()).collect()
}

/// A database under test: the URL a store opens, and a way to read back
/// what the store wrote there (its typed columns and its JSON) without the
/// store's help.
pub(crate) enum Db {
    /// A SQLite file in a directory of the test's own.
    Sqlite { path: PathBuf, _dir: TempDir },
    /// A PostgreSQL database.
    Postgres { url: String },
}

impl Db {
    pub(crate) fn sqlite(name: &str) -> Db {
        let dir = TempDir::new(name);
        Db::Sqlite {
            path: dir.path("gong.db"),
            _dir: dir,
        }
    }

    pub(crate) fn url(&self) -> String {
        match self {
            Db::Sqlite { path, .. } => format!("sqlite:{}", path.display()),
            Db::Postgres { url } => url.clone(),
        }
    }

    pub(crate) async fn open(&self) -> Box<dyn Store> {
        gong_sync::open_store(&self.url()).await.unwrap()
    }

    /// Every row of every table, as stored.
    async fn tables(&self) -> Tables {
        match self {
            Db::Sqlite { path, .. } => sqlite_tables(path),
            Db::Postgres { url } => pg_tables(url).await,
        }
    }
}

/// A call's typed columns and its JSON.
#[derive(Debug, Clone, PartialEq)]
struct CallCols {
    started: Option<DateTime<Utc>>,
    title: Option<String>,
    primary_user_id: Option<String>,
    workspace_id: Option<String>,
    direction: Option<String>,
    duration: Option<i64>,
    url: Option<String>,
    json: Value,
}

/// A user's typed columns and its JSON.
#[derive(Debug, Clone, PartialEq)]
struct UserCols {
    email_address: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    title: Option<String>,
    active: Option<bool>,
    manager_id: Option<String>,
    json: Value,
}

/// The sync tables by key: read from a database, or built from what the
/// sandbox serves.
#[derive(Debug, Default)]
struct Tables {
    calls: BTreeMap<String, CallCols>,
    /// Monologues and JSON.
    transcripts: BTreeMap<String, (i64, Value)>,
    users: BTreeMap<String, UserCols>,
    /// Name and JSON.
    workspaces: BTreeMap<String, (Option<String>, Value)>,
    /// Name, parent folder id and JSON.
    folders: BTreeMap<String, (Option<String>, Option<String>, Value)>,
    /// Title and JSON, by (folder id, call id).
    folder_calls: BTreeMap<(String, String), (Option<String>, Value)>,
}

fn parse_json(text: &str) -> Value {
    serde_json::from_str(text).expect("stored JSON parses")
}

fn sqlite_tables(path: &std::path::Path) -> Tables {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut t = Tables::default();
    let mut q = c
        .prepare("SELECT id, started, title, primary_user_id, workspace_id, direction, duration, url, json FROM calls")
        .unwrap();
    let mut rows = q.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        let started: Option<String> = r.get(1).unwrap();
        let cols = CallCols {
            started: started.map(|s| DateTime::parse_from_rfc3339(&s).unwrap().with_timezone(&Utc)),
            title: r.get(2).unwrap(),
            primary_user_id: r.get(3).unwrap(),
            workspace_id: r.get(4).unwrap(),
            direction: r.get(5).unwrap(),
            duration: r.get(6).unwrap(),
            url: r.get(7).unwrap(),
            json: parse_json(&r.get::<_, String>(8).unwrap()),
        };
        t.calls.insert(r.get(0).unwrap(), cols);
    }
    let mut q = c.prepare("SELECT call_id, monologues, json FROM transcripts").unwrap();
    let mut rows = q.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        let json = parse_json(&r.get::<_, String>(2).unwrap());
        t.transcripts.insert(r.get(0).unwrap(), (r.get(1).unwrap(), json));
    }
    let mut q = c
        .prepare("SELECT id, email_address, first_name, last_name, title, active, manager_id, json FROM users")
        .unwrap();
    let mut rows = q.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        let cols = UserCols {
            email_address: r.get(1).unwrap(),
            first_name: r.get(2).unwrap(),
            last_name: r.get(3).unwrap(),
            title: r.get(4).unwrap(),
            active: r.get(5).unwrap(),
            manager_id: r.get(6).unwrap(),
            json: parse_json(&r.get::<_, String>(7).unwrap()),
        };
        t.users.insert(r.get(0).unwrap(), cols);
    }
    let mut q = c.prepare("SELECT id, name, json FROM workspaces").unwrap();
    let mut rows = q.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        let json = parse_json(&r.get::<_, String>(2).unwrap());
        t.workspaces.insert(r.get(0).unwrap(), (r.get(1).unwrap(), json));
    }
    let mut q = c
        .prepare("SELECT id, name, parent_folder_id, json FROM library_folders")
        .unwrap();
    let mut rows = q.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        let json = parse_json(&r.get::<_, String>(3).unwrap());
        t.folders
            .insert(r.get(0).unwrap(), (r.get(1).unwrap(), r.get(2).unwrap(), json));
    }
    let mut q = c
        .prepare("SELECT folder_id, call_id, title, json FROM library_folder_calls")
        .unwrap();
    let mut rows = q.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        let json = parse_json(&r.get::<_, String>(3).unwrap());
        t.folder_calls
            .insert((r.get(0).unwrap(), r.get(1).unwrap()), (r.get(2).unwrap(), json));
    }
    t
}

async fn pg_tables(url: &str) -> Tables {
    let (c, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(connection);
    let mut t = Tables::default();
    let q = |sql: &'static str| c.query(sql, &[]);
    for r in
        q("SELECT id, started, title, primary_user_id, workspace_id, direction, duration, url, json::text FROM calls")
            .await
            .unwrap()
    {
        let cols = CallCols {
            started: r.get(1),
            title: r.get(2),
            primary_user_id: r.get(3),
            workspace_id: r.get(4),
            direction: r.get(5),
            duration: r.get(6),
            url: r.get(7),
            json: parse_json(r.get(8)),
        };
        t.calls.insert(r.get(0), cols);
    }
    for r in q("SELECT call_id, monologues, json::text FROM transcripts")
        .await
        .unwrap()
    {
        t.transcripts.insert(r.get(0), (r.get(1), parse_json(r.get(2))));
    }
    for r in q("SELECT id, email_address, first_name, last_name, title, active, manager_id, json::text FROM users")
        .await
        .unwrap()
    {
        let cols = UserCols {
            email_address: r.get(1),
            first_name: r.get(2),
            last_name: r.get(3),
            title: r.get(4),
            active: r.get(5),
            manager_id: r.get(6),
            json: parse_json(r.get(7)),
        };
        t.users.insert(r.get(0), cols);
    }
    for r in q("SELECT id, name, json::text FROM workspaces").await.unwrap() {
        t.workspaces.insert(r.get(0), (r.get(1), parse_json(r.get(2))));
    }
    for r in q("SELECT id, name, parent_folder_id, json::text FROM library_folders")
        .await
        .unwrap()
    {
        t.folders.insert(r.get(0), (r.get(1), r.get(2), parse_json(r.get(3))));
    }
    for r in q("SELECT folder_id, call_id, title, json::text FROM library_folder_calls")
        .await
        .unwrap()
    {
        t.folder_calls
            .insert((r.get(0), r.get(1)), (r.get(2), parse_json(r.get(3))));
    }
    t
}

/// Every content section Gong's 2026 document has, without media, as the
/// sync asks for them (written out here, so a section the sync forgot shows
/// as a difference in the stored JSON).
fn every_section() -> Value {
    json!({
        "context": "Extended",
        "contextTiming": ["Now", "TimeOfCall"],
        "exposedFields": {
            "collaboration": { "publicComments": true },
            "content": {
                "brief": true, "callOutcome": true, "highlights": true, "keyPoints": true,
                "outline": true, "structure": true, "topics": true,
                "trackerOccurrences": true, "trackers": true
            },
            "interaction": { "personInteractionStats": true, "questions": true, "speakers": true, "video": true },
            "media": false,
            "parties": true
        }
    })
}

/// One answer of the sandbox, retried through its injected faults; Gong's
/// "no ... found" is an empty object.
async fn served_json(client: &Client, request: RawRequest) -> Value {
    let request = request
        .idempotent(true)
        .max_retries(12)
        .retry_delay(Duration::from_millis(5))
        .exponential_backoff(false);
    for _ in 0..5 {
        match client.raw(request.clone()).await {
            Ok(r) => match r.body {
                RawResponseBody::Json(v) => return v,
                other => panic!("not JSON: {other:?}"),
            },
            Err(e) if e.is_empty_result() => return json!({}),
            Err(e) => eprintln!("reading the sandbox: {e}"),
        }
    }
    panic!("the sandbox did not answer");
}

/// Every item of a listing, following Gong's cursors.
async fn served_items(client: &Client, key: &str, request: impl Fn(Option<&str>) -> RawRequest) -> Vec<Value> {
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..1000 {
        let page = served_json(client, request(cursor.as_deref())).await;
        items.extend(page[key].as_array().cloned().unwrap_or_default());
        match page["records"]["cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => return items,
        }
    }
    panic!("{key}: no last page");
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

fn id_text(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// What the sandbox serves now, as the tables should hold it.
async fn served(sb: &SandboxHandle) -> Tables {
    let client = client(sb);
    let mut t = Tables::default();
    let calls = served_items(&client, "calls", |cursor| {
        let mut body = json!({ "filter": {}, "contentSelector": every_section() });
        if let Some(c) = cursor {
            body["cursor"] = json!(c);
        }
        RawRequest::new(Method::POST, "/v2/calls/extensive").json(body)
    })
    .await;
    for call in calls {
        let m = &call["metaData"];
        // Private calls are left out of the mirror.
        if m["isPrivate"] == true {
            continue;
        }
        let cols = CallCols {
            started: m["started"]
                .as_str()
                .map(|s| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)),
            title: text(m, "title"),
            primary_user_id: id_text(m, "primaryUserId"),
            workspace_id: id_text(m, "workspaceId"),
            direction: text(m, "direction"),
            duration: m["duration"].as_f64().map(|d| d as i64),
            url: text(m, "url"),
            json: call.clone(),
        };
        t.calls.insert(id_text(m, "id").unwrap(), cols);
    }
    let ids: Vec<String> = t.calls.keys().cloned().collect();
    for batch in ids.chunks(100) {
        let transcripts = served_items(&client, "callTranscripts", |cursor| {
            let mut body = json!({ "filter": { "callIds": batch } });
            if let Some(c) = cursor {
                body["cursor"] = json!(c);
            }
            RawRequest::new(Method::POST, "/v2/calls/transcript").json(body)
        })
        .await;
        for item in transcripts {
            let monologues = item["transcript"].as_array().map_or(0, Vec::len) as i64;
            if monologues > 0 {
                t.transcripts
                    .insert(id_text(&item, "callId").unwrap(), (monologues, item));
            }
        }
    }
    let users = served_items(&client, "users", |cursor| {
        let r = RawRequest::new(Method::GET, "/v2/users");
        match cursor {
            Some(c) => r.query("cursor", c),
            None => r,
        }
    })
    .await;
    for u in users {
        let cols = UserCols {
            email_address: text(&u, "emailAddress"),
            first_name: text(&u, "firstName"),
            last_name: text(&u, "lastName"),
            title: text(&u, "title"),
            active: u["active"].as_bool(),
            manager_id: id_text(&u, "managerId"),
            json: u.clone(),
        };
        t.users.insert(id_text(&u, "id").unwrap(), cols);
    }
    let workspaces = served_json(&client, RawRequest::new(Method::GET, "/v2/workspaces")).await;
    for w in workspaces["workspaces"].as_array().unwrap() {
        t.workspaces
            .insert(id_text(w, "id").unwrap(), (text(w, "name"), w.clone()));
    }
    let folders = served_json(&client, RawRequest::new(Method::GET, "/v2/library/folders")).await;
    for f in folders["folders"].as_array().unwrap() {
        let id = id_text(f, "id").unwrap();
        let content = served_json(
            &client,
            RawRequest::new(Method::GET, "/v2/library/folder-content").query("folderId", id.clone()),
        )
        .await;
        for c in content["calls"].as_array().cloned().unwrap_or_default() {
            t.folder_calls
                .insert((id.clone(), id_text(&c, "id").unwrap()), (text(&c, "title"), c));
        }
        t.folders
            .insert(id, (text(f, "name"), id_text(f, "parentFolderId"), f.clone()));
    }
    t
}

/// Two tables hold the same keys and, key by key, the same row (the first
/// difference is shown, not thousands of rows).
fn assert_same<K: Ord + std::fmt::Debug, V: PartialEq + std::fmt::Debug>(
    table: &str,
    stored: &BTreeMap<K, V>,
    served: &BTreeMap<K, V>,
) {
    let stored_keys: Vec<&K> = stored.keys().collect();
    let served_keys: Vec<&K> = served.keys().collect();
    assert_eq!(stored_keys, served_keys, "{table}: the keys stored and served");
    for (k, v) in stored {
        assert_eq!(
            Some(v),
            served.get(k),
            "{table} {k:?}: stored (left) and served (right)"
        );
    }
}

/// The sandbox's calls that are not private: what a mirror keeps by default.
pub(crate) fn public_call_ids(sb: &SandboxHandle) -> Vec<GongId> {
    let private = set(sb.private_call_ids());
    sb.call_ids()
        .into_iter()
        .filter(|c| !private.contains(c.as_str()))
        .collect()
}

/// The store holds exactly the sandbox's records (private calls left out), each once, every typed
/// column as the record says and the record's JSON as the sandbox serves
/// it, and a transcript for every call but `without_transcript`.
pub(crate) async fn assert_mirrors(sb: &SandboxHandle, db: &Db, without_transcript: &[GongId]) {
    let store = db.open().await;
    let calls = public_call_ids(sb);
    let kept = store.ids(SyncStream::Calls).await.unwrap();
    assert_eq!(kept.len(), calls.len(), "each call once");
    assert_eq!(set(kept), set(calls.clone()));
    let mut want_transcripts = set(calls);
    for id in without_transcript {
        want_transcripts.remove(id.as_str());
    }
    assert_eq!(set(store.ids(SyncStream::Transcripts).await.unwrap()), want_transcripts);
    let users: Vec<GongId> = sb.users().into_iter().map(|u| u.id).collect();
    assert_eq!(set(store.ids(SyncStream::Users).await.unwrap()), set(users));
    assert_eq!(
        set(store.ids(SyncStream::Workspaces).await.unwrap()),
        set(sb.workspace_ids())
    );
    assert_eq!(set(store.ids(SyncStream::Library).await.unwrap()), set(sb.folder_ids()));

    let stored = db.tables().await;
    let served = served(sb).await;
    assert_same("calls", &stored.calls, &served.calls);
    assert_same("transcripts", &stored.transcripts, &served.transcripts);
    assert_same("users", &stored.users, &served.users);
    assert_same("workspaces", &stored.workspaces, &served.workspaces);
    assert_same("library_folders", &stored.folders, &served.folders);
    assert_same("library_folder_calls", &stored.folder_calls, &served.folder_calls);
    assert!(!stored.folder_calls.is_empty());
    // The typed columns agree with the sandbox's own records too.
    for u in sb.users() {
        assert_eq!(
            stored.users[u.id.as_str()].email_address.as_deref(),
            Some(u.email.as_str())
        );
    }
    assert!(stored.calls.values().all(|c| c.started.is_some() && c.title.is_some()));
    let counts = store.counts().await.unwrap();
    assert_eq!(counts.folder_calls, stored.folder_calls.len() as u64);
}

/// A full sync, then a second run with nothing new: one request (the
/// hold-back window of calls), nothing else.
pub(crate) async fn full_then_idle(db: &Db) {
    let store = db.open().await;
    let store = store.as_ref();
    let sb = sandbox(71, 1000).await;
    let client = client(&sb);
    let report = Syncer::new(&client, store, SyncOptions::new()).run().await.unwrap();
    assert_eq!(report.outcome, SyncOutcome::Done);
    assert_eq!(sb.stats().requests, report.requests);
    assert_mirrors(&sb, db, &[]).await;
    // Requests for 1,000 calls with transcripts: 10 pages of calls, 10 of
    // transcripts, and a handful for users, workspaces and the library.
    let folders = sb.folder_ids().len() as u64;
    let calls_and_transcripts = report.requests - 1 - 1 - 1 - folders - new_streams(&report);
    assert!(calls_and_transcripts <= 20, "{report:?}");
    // The default streams store scorecards, answered scorecards, trackers
    // and call outcomes too.
    let counts = store.counts().await.unwrap();
    assert!(
        counts.scorecards > 0 && counts.answered_scorecards > 0 && counts.trackers > 0 && counts.call_outcomes > 0,
        "{counts:?}"
    );
    assert_eq!(
        (counts.flows, counts.tasks),
        (0, 0),
        "flows and tasks are not default streams"
    );

    // Nothing new: the hold-back windows of calls and of answered
    // scorecards, one request each, and nothing written.
    let before = sb.stats().requests;
    let again = Syncer::new(&client, store, SyncOptions::new()).run().await.unwrap();
    assert_eq!(again.outcome, SyncOutcome::Done);
    assert_eq!(again.requests, 2, "{again:?}");
    assert_eq!(sb.stats().requests - before, 2);
    let skipped: Vec<_> = again.streams.iter().filter(|s| s.skipped).map(|s| s.stream).collect();
    assert_eq!(
        skipped,
        vec![
            SyncStream::Workspaces,
            SyncStream::Users,
            SyncStream::Library,
            SyncStream::Scorecards,
            SyncStream::Trackers,
            SyncStream::CallOutcomes
        ]
    );
    for s in &again.streams {
        assert_eq!((s.counts.inserted, s.counts.updated), (0, 0), "{s:?}");
    }
    assert_mirrors(&sb, db, &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_full_sync_then_an_idle_run_spends_one_request() {
    full_then_idle(&Db::sqlite("sync-full")).await;
}

/// A call of `user`'s that started at `start`, processed at once (Gong
/// fetches its media from a URL), so the next listing shows it.
async fn add_call(client: &Client, user: &GongId, name: &str, start: DateTime<Utc>) -> GongId {
    client
        .create_call(
            NewCall::builder(
                name.to_owned(),
                user.clone(),
                vec![Party::user(user.clone())],
                CallDirection::Outbound,
                start.to_rfc3339(),
            )
            .download_media_url(format!("https://media.example/{name}.mp3"))
            .build()
            .unwrap(),
        )
        .await
        .unwrap()
        .call_id
        .unwrap()
}

/// Requests a run sent for scorecards, answered scorecards, trackers and
/// call outcomes.
fn new_streams(report: &SyncReport) -> u64 {
    report
        .streams
        .iter()
        .filter(|s| {
            matches!(
                s.stream,
                SyncStream::Scorecards
                    | SyncStream::AnsweredScorecards
                    | SyncStream::Trackers
                    | SyncStream::CallOutcomes
            )
        })
        .map(|s| s.requests)
        .sum()
}

fn stream_report(report: &SyncReport, stream: SyncStream) -> &StreamReport {
    report.streams.iter().find(|s| s.stream == stream).unwrap()
}

/// A late call (started before the high-water mark, listed after it) and
/// transcripts Gong finishes later are picked up by the next run.
pub(crate) async fn late_calls_and_transcripts(db: &Db) {
    let store = db.open().await;
    let store = store.as_ref();
    let sb = sandbox(72, 150).await;
    let client = client(&sb);
    let user = sb.users()[0].id.clone();
    let now = Utc::now();
    let add = |n: u32, hours_ago: i64| {
        let (client, user) = (client.clone(), user.clone());
        async move {
            add_call(
                &client,
                &user,
                &format!("late-{n}"),
                now - chrono::Duration::hours(hours_ago),
            )
            .await
        }
    };
    // A recent call whose transcript is not finished yet, and five old ones too.
    let recent = add(1, 1).await;
    let mut withheld: Vec<GongId> = sb.call_ids().into_iter().take(5).collect();
    withheld.push(recent.clone());
    sb.withhold_transcripts(&withheld);

    let first = Syncer::new(&client, store, core()).run().await.unwrap();
    assert_eq!(first.outcome, SyncOutcome::Done);
    assert_mirrors(&sb, db, &withheld).await;

    // Gong processes a call that started two hours ago (inside the
    // hold-back window) and finishes the withheld transcripts.
    let late = add(2, 2).await;
    sb.release_transcripts(&withheld);
    let before = sb.stats().requests;
    let second = Syncer::new(&client, store, core()).run().await.unwrap();
    assert_eq!(second.outcome, SyncOutcome::Done);
    // One page of the window, one batch of transcripts.
    assert_eq!(second.requests, 2, "{second:?}");
    assert_eq!(sb.stats().requests - before, 2);
    assert_mirrors(&sb, db, &[]).await;
    assert!(store.ids(SyncStream::Calls).await.unwrap().contains(&late));
    let calls = second.streams.iter().find(|s| s.stream == SyncStream::Calls).unwrap();
    assert_eq!((calls.counts.inserted, calls.counts.unchanged), (1, 1), "{calls:?}");
    let transcripts = second
        .streams
        .iter()
        .find(|s| s.stream == SyncStream::Transcripts)
        .unwrap();
    assert_eq!(transcripts.records, withheld.len() as u64 + 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_late_calls_and_transcripts_come_in_the_next_run() {
    late_calls_and_transcripts(&Db::sqlite("sync-late")).await;
}

/// The hold-back window decides how far behind the high-water mark a new
/// pass of calls looks: a call Gong lists late, started two hours before
/// the mark, is missed with a one-hour window and picked up with a
/// three-hour one.
pub(crate) async fn hold_back_window_decides(db: &Db) {
    let sb = sandbox(77, 40).await;
    let client = client(&sb);
    let store = db.open().await;
    let store = store.as_ref();
    let user = sb.users()[0].id.clone();
    let first = Syncer::new(&client, store, core()).run().await.unwrap();
    assert_eq!(first.outcome, SyncOutcome::Done);
    let mark = store.checkpoint(SyncStream::Calls).await.unwrap().high_water.unwrap();
    let late = add_call(&client, &user, "late", mark - chrono::Duration::hours(2)).await;

    // The lookback off: the hold-back window alone decides.
    let hour = Duration::from_secs(3600);
    let short = Syncer::new(&client, store, core().hold_back(hour).lookback(Duration::ZERO))
        .run()
        .await
        .unwrap();
    assert_eq!(short.outcome, SyncOutcome::Done);
    let calls = stream_report(&short, SyncStream::Calls);
    assert_eq!((calls.records, calls.counts.inserted), (0, 0), "{calls:?}");
    assert!(!store.ids(SyncStream::Calls).await.unwrap().contains(&late));
    // The mark moved on to the short pass's start, still minutes after `mark`.
    let mark2 = store.checkpoint(SyncStream::Calls).await.unwrap().high_water.unwrap();
    assert!(mark2 > mark && mark2 - mark < chrono::Duration::minutes(30));

    let long = Syncer::new(&client, store, core().hold_back(3 * hour).lookback(Duration::ZERO))
        .run()
        .await
        .unwrap();
    assert_eq!(long.outcome, SyncOutcome::Done);
    let calls = stream_report(&long, SyncStream::Calls);
    assert_eq!((calls.records, calls.counts.inserted), (1, 1), "{calls:?}");
    assert!(store.ids(SyncStream::Calls).await.unwrap().contains(&late));
    assert_eq!(stream_report(&long, SyncStream::Transcripts).records, 1);
    assert_mirrors(&sb, db, &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_the_hold_back_window_decides_which_late_calls_come_in() {
    hold_back_window_decides(&Db::sqlite("sync-hold-back")).await;
}

/// A call that changes at Gong between runs, inside the hold-back window,
/// is updated (its new JSON and columns stored) and its transcript is
/// fetched again; the unchanged call beside it costs nothing more.
pub(crate) async fn changed_records_are_updated(db: &Db) {
    let sb = sandbox(78, 40).await;
    let client = client(&sb);
    let store = db.open().await;
    let store = store.as_ref();
    let user = sb.users()[0].id.clone();
    let now = Utc::now();
    let renamed = add_call(&client, &user, "to-rename", now - chrono::Duration::hours(1)).await;
    let kept = add_call(&client, &user, "kept", now - chrono::Duration::hours(3)).await;
    let first = Syncer::new(&client, store, core()).run().await.unwrap();
    assert_eq!(first.outcome, SyncOutcome::Done);
    let titles = |t: &Tables| {
        (
            t.calls[renamed.as_str()].title.clone().unwrap(),
            t.calls[kept.as_str()].title.clone().unwrap(),
        )
    };
    let (old_title, kept_title) = titles(&db.tables().await);
    assert_ne!(old_title, "renamed after the call");

    assert!(sb.rename_call(&renamed, "renamed after the call"));
    let before = sb.stats().requests;
    let second = Syncer::new(&client, store, core()).run().await.unwrap();
    assert_eq!(second.outcome, SyncOutcome::Done);
    let calls = stream_report(&second, SyncStream::Calls);
    assert_eq!(calls.records, 2, "{calls:?}");
    assert_eq!(
        (calls.counts.inserted, calls.counts.updated, calls.counts.unchanged),
        (0, 1, 1),
        "{calls:?}"
    );
    // Only the changed call's transcript is asked for again (one batch).
    let transcripts = stream_report(&second, SyncStream::Transcripts);
    assert_eq!((transcripts.records, transcripts.requests), (1, 1), "{transcripts:?}");
    assert_eq!(second.requests, 2, "{second:?}");
    assert_eq!(sb.stats().requests - before, 2);
    let tables = db.tables().await;
    assert_eq!(titles(&tables), ("renamed after the call".to_owned(), kept_title));
    assert_eq!(
        tables.calls[renamed.as_str()].json["metaData"]["title"],
        "renamed after the call"
    );
    assert_mirrors(&sb, db, &[]).await;

    // Seen again unchanged, nothing is fetched again.
    let third = Syncer::new(&client, store, core()).run().await.unwrap();
    let calls = stream_report(&third, SyncStream::Calls);
    assert_eq!((calls.counts.updated, calls.counts.unchanged), (0, 2), "{calls:?}");
    assert_eq!(third.requests, 1, "{third:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_a_changed_call_is_updated_and_its_transcript_fetched_again() {
    changed_records_are_updated(&Db::sqlite("sync-changed")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn by_default_a_run_keeps_a_fifth_of_the_budget_and_looks_back_a_day() {
    let sb = sandbox(79, 450).await;
    let db = Db::sqlite("sync-defaults");
    let store = db.open().await;
    let store = store.as_ref();
    // A day of 100 requests: the plan (two first pages spent) leaves 80 - 2.
    let day = |n| {
        sb.client_builder()
            .rate_limit(None)
            .daily_budget(Some(n))
            .build()
            .unwrap()
    };
    let plan = Syncer::new(&day(100), store, core()).plan().await.unwrap();
    assert_eq!(plan.planning_requests, 2);
    assert_eq!((plan.daily_limit, plan.spent_today), (Some(100), 2));
    assert_eq!(plan.budget_left, Some(78), "{plan:?}");
    // A day of 10 requests: the run sends 8 and stops, although it needs more.
    let before = sb.stats().requests;
    let report = Syncer::new(&day(10), store, core()).run().await.unwrap();
    assert!(
        matches!(report.outcome, SyncOutcome::BudgetReached { .. }),
        "{:?}",
        report.outcome
    );
    assert!(
        report.plan.requests + report.plan.planning_requests > 8,
        "{:?}",
        report.plan
    );
    assert_eq!(report.requests, 8, "{report:?}");
    assert_eq!(sb.stats().requests - before, 8);

    // Finished, then two calls Gong lists late: 23 h and 25 h before the
    // high-water mark. The default hold-back window alone (the lookback
    // off) takes the first only.
    let client = client(&sb);
    let done = Syncer::new(&client, store, core()).run().await.unwrap();
    assert_eq!(done.outcome, SyncOutcome::Done);
    let mark = store.checkpoint(SyncStream::Calls).await.unwrap().high_water.unwrap();
    let user = sb.users()[0].id.clone();
    let inside = add_call(&client, &user, "inside", mark - chrono::Duration::hours(23)).await;
    let outside = add_call(&client, &user, "outside", mark - chrono::Duration::hours(25)).await;
    let next = Syncer::new(&client, store, core().lookback(Duration::ZERO))
        .run()
        .await
        .unwrap();
    let calls = stream_report(&next, SyncStream::Calls);
    assert_eq!((calls.records, calls.counts.inserted), (1, 1), "{calls:?}");
    let kept = store.ids(SyncStream::Calls).await.unwrap();
    assert!(kept.contains(&inside));
    assert!(!kept.contains(&outside));
}

/// A daily budget: each run stops at a page boundary within budget less
/// reserve; the runs together copy everything, wasting nothing.
pub(crate) async fn budget_stop_and_resume(db: &Db) {
    let store = db.open().await;
    let store = store.as_ref();
    let sb = sandbox(73, 700).await;
    let full_requests = {
        let reference = SqliteStore::in_memory().unwrap();
        Syncer::new(&client(&sb), &reference, core())
            .run()
            .await
            .unwrap()
            .requests
    };
    let before = sb.stats().requests;
    let mut runs = 0;
    let mut spent = 0;
    loop {
        runs += 1;
        assert!(runs <= 20, "no end in sight");
        // A fresh day for each run: 10 requests, half kept in reserve.
        let client = sb
            .client_builder()
            .rate_limit(None)
            .daily_budget(Some(10))
            .build()
            .unwrap();
        let options = core().reserve(0.5);
        let report = Syncer::new(&client, store, options).run().await.unwrap();
        assert!(report.plan.budget_left.unwrap() <= 5, "{:?}", report.plan);
        let used = client.stats().requests_sent;
        eprintln!(
            "run {runs}: {:?} {used} {:?}",
            report.outcome,
            report
                .streams
                .iter()
                .map(|s| (s.stream, s.records, s.requests, s.finished))
                .collect::<Vec<_>>()
        );
        assert!(used <= 5, "run {runs} spent {used}: {report:?}");
        spent += used;
        if report.outcome == SyncOutcome::Done {
            break;
        }
        assert!(
            matches!(report.outcome, SyncOutcome::BudgetReached { .. }),
            "{:?}",
            report.outcome
        );
    }
    assert!(runs > 3);
    assert_eq!(sb.stats().requests - before, spent);
    assert_mirrors(&sb, db, &[]).await;
    // Resuming costs only the first pages planning reads again when a pass
    // had not started: never more than one extra request per run.
    assert!(
        spent <= full_requests + runs,
        "{spent} vs {full_requests} in {runs} runs"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_budget_stop_and_resume() {
    budget_stop_and_resume(&Db::sqlite("sync-budget")).await;
}

/// The plan reads only the first pages of users and calls, estimates
/// each stream's requests, and the run then needs exactly that.
pub(crate) async fn plan_estimates_the_run(db: &Db) {
    let sb = sandbox(74, 450).await;
    let client = client(&sb);
    let store = db.open().await;
    let store = store.as_ref();
    let plan = Syncer::new(&client, store, core()).plan().await.unwrap();
    // First pages of users and calls.
    assert_eq!(plan.planning_requests, 2, "{plan:?}");
    assert_eq!(sb.stats().requests, 2);
    let calls = plan.streams.iter().find(|s| s.stream == SyncStream::Calls).unwrap();
    assert_eq!(calls.records, Some(450));
    assert_eq!(calls.requests, 4);
    let transcripts = plan
        .streams
        .iter()
        .find(|s| s.stream == SyncStream::Transcripts)
        .unwrap();
    assert_eq!(transcripts.requests, 5);
    assert!(plan.fits());
    assert_eq!(store.counts().await.unwrap().calls, 0, "planning writes nothing");
    let library = plan.streams.iter().find(|s| s.stream == SyncStream::Library).unwrap();
    assert_eq!(library.records, None, "folders unknown before the first run");
    let report = Syncer::new(&client, store, core()).run().await.unwrap();
    assert_eq!(report.requests, sb.stats().requests - 2);
    // The run plans again (2 first pages, kept) and needs what the plan said.
    for s in &report.streams {
        let planned = plan.streams.iter().find(|p| p.stream == s.stream).unwrap();
        let first_page = u64::from(matches!(s.stream, SyncStream::Users | SyncStream::Calls));
        if s.stream != SyncStream::Library {
            assert_eq!(s.requests, planned.requests + first_page, "{s:?} {planned:?}");
        }
    }
    // Known from then on: the folder list and one request per folder.
    let folders = sb.folder_ids().len() as u64;
    let again = Syncer::new(&client, store, core().refresh_every(Duration::ZERO))
        .plan()
        .await
        .unwrap();
    let library = again.streams.iter().find(|s| s.stream == SyncStream::Library).unwrap();
    assert_eq!((library.records, library.requests), (Some(folders), folders + 1));
    let lib_run = report.streams.iter().find(|s| s.stream == SyncStream::Library).unwrap();
    assert_eq!(lib_run.requests, folders + 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_plan_estimates_the_run_and_reads_only_first_pages() {
    plan_estimates_the_run(&Db::sqlite("sync-plan")).await;
}

/// Injected 500s, 429s and dropped connections: runs that fail are rerun
/// until one finishes, and the store ends with every record once.
pub(crate) async fn transient_faults(db: &Db) {
    let sb = Sandbox::builder()
        .seed(75)
        .calls(600)
        .rate_limit(None)
        .faults(Faults {
            statuses: vec![(500, 0.1), (429, 0.05)],
            retry_after: Duration::from_millis(10),
            drop_connection: 0.05,
            ..Faults::none()
        })
        .start()
        .await
        .unwrap();
    let client = client(&sb);
    let store = db.open().await;
    let store = store.as_ref();
    let mut runs = 0;
    loop {
        runs += 1;
        assert!(runs <= 30);
        match Syncer::new(&client, store, SyncOptions::new()).run().await {
            Ok(r) if r.outcome == SyncOutcome::Done => break,
            Ok(r) => panic!("{r:?}"),
            // A fault that outlasts the retries ends the run; the next goes on.
            Err(e) => eprintln!("run {runs} failed: {e}"),
        }
    }
    assert_mirrors(&sb, db, &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transient_faults_do_not_lose_or_repeat_records() {
    transient_faults(&Db::sqlite("sync-faults")).await;
}

/// A page that writes one workspace and follows checkpoint `generation`.
fn workspace_page(generation: i64, id: &str) -> PageWrite {
    PageWrite {
        stream: SyncStream::Workspaces,
        expected_generation: generation,
        checkpoint: Checkpoint {
            high_water: Some(Utc::now()),
            ..Checkpoint::default()
        },
        rows: vec![Row::Workspace(WorkspaceRow {
            id: GongId::new(id).unwrap(),
            name: Some(format!("workspace {id}")),
            json: json!({ "id": id }).to_string(),
        })],
        transcript_misses: Vec::new(),
        replace_folder: None,
        remove_calls: Vec::new(),
    }
}

fn assert_conflict(e: gong_client::Error) {
    match &e {
        gong_client::Error::Io { context, .. } => assert_eq!(context, "sync store: write", "{e}"),
        other => panic!("not the store's conflict: {other:?}"),
    }
    assert!(e.to_string().contains("another sync"), "{e}");
}

/// Two syncs of one database: a write that follows a checkpoint another
/// write moved on fails and changes nothing, and of two connections racing
/// from the same generation exactly one wins.
pub(crate) async fn a_stream_advances_once_per_generation(db: &Db) {
    let store = db.open().await;
    store.write(workspace_page(0, "1")).await.unwrap();
    assert_conflict(store.write(workspace_page(0, "2")).await.unwrap_err());
    // The refused page's rows were not written.
    assert_eq!(
        set(store.ids(SyncStream::Workspaces).await.unwrap()),
        set(vec![GongId::new("1").unwrap()])
    );
    assert_eq!(store.checkpoint(SyncStream::Workspaces).await.unwrap().generation, 1);
    store.write(workspace_page(1, "3")).await.unwrap();
    assert_eq!(store.checkpoint(SyncStream::Workspaces).await.unwrap().generation, 2);

    // Two connections (two processes' worth), both at generation 2, for rounds.
    let other = db.open().await;
    for round in 0..10 {
        let generation = 2 + round;
        let (a, b) = tokio::join!(
            store.write(workspace_page(generation, &format!("{}", 100 + round))),
            other.write(workspace_page(generation, &format!("{}", 200 + round))),
        );
        let won: Vec<_> = [a, b]
            .into_iter()
            .filter_map(|r| match r {
                Ok(_) => Some(()),
                Err(e) => {
                    assert_conflict(e);
                    None
                }
            })
            .collect();
        assert_eq!(won.len(), 1, "round {round}");
    }
    let cp = other.checkpoint(SyncStream::Workspaces).await.unwrap();
    assert_eq!(cp.generation, 12);
    // One workspace written per generation: 1, 3 and a winner of each round.
    assert_eq!(store.ids(SyncStream::Workspaces).await.unwrap().len(), 12);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_sync_of_the_same_database_cannot_advance_a_stream_twice() {
    a_stream_advances_once_per_generation(&Db::sqlite("sync-conflict")).await;
}

/// The tables and indexes the module documentation promises, as SQLite's
/// catalogue names them.
const SCHEMA_OBJECTS: &[&str] = &[
    "answered_scorecards",
    "answered_scorecards_call",
    "answered_scorecards_review_time",
    "call_media",
    "call_outcomes",
    "calls",
    "calls_primary_user",
    "calls_started",
    "calls_transcript_due",
    "calls_window",
    "flows",
    "library_folder_calls",
    "library_folder_calls_call",
    "library_folders",
    "schema_version",
    "scorecards",
    "sync_checkpoints",
    "tasks",
    "tasks_user",
    "trackers",
    "transcript_fts",
    "transcript_fts_config",
    "transcript_fts_data",
    "transcript_fts_docsize",
    "transcript_fts_idx",
    "transcript_sentences",
    "transcript_sentences_ad",
    "transcript_sentences_ai",
    "transcript_sentences_call",
    "transcripts",
    "users",
    "users_email",
    "workspaces",
];

/// The schema version a SQLite file holds, read from the file itself, and
/// the sync tables and indexes in it.
fn sqlite_schema(path: &std::path::Path) -> (Vec<i64>, Vec<String>) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let versions = conn
        .prepare("SELECT version FROM schema_version")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<Vec<i64>>>()
        .unwrap();
    let objects = conn
        .prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> 'notes' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<Vec<String>>>()
        .unwrap();
    (versions, objects)
}

/// A page of nothing that moves the users checkpoint on: proof the store
/// can write its schema.
pub(crate) fn empty_users_page(generation: i64) -> gong_sync::PageWrite {
    gong_sync::PageWrite {
        stream: SyncStream::Users,
        expected_generation: generation,
        checkpoint: gong_sync::Checkpoint::default(),
        rows: Vec::new(),
        transcript_misses: Vec::new(),
        replace_folder: None,
        remove_calls: Vec::new(),
    }
}

#[tokio::test]
async fn a_database_file_keeps_its_schema_version_and_reopens() {
    let dir = TempDir::new("sync-schema");
    let path = dir.path("gong.db");
    let store = SqliteStore::open(&path).unwrap();
    store.write(empty_users_page(0)).await.unwrap();
    drop(store);
    // The file says which version it is at, once, and holds the schema.
    let (versions, objects) = sqlite_schema(&path);
    assert_eq!(versions, vec![gong_sync::SCHEMA_VERSION]);
    assert_eq!(objects, SCHEMA_OBJECTS);
    // Reopened: nothing migrates again, the checkpoint is still there.
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.checkpoint(SyncStream::Users).await.unwrap().generation, 1);
    drop(store);
    assert_eq!(sqlite_schema(&path).0, vec![gong_sync::SCHEMA_VERSION]);
}

#[tokio::test]
async fn a_database_at_an_older_schema_version_is_upgraded_when_opened() {
    let dir = TempDir::new("sync-schema-old");
    let path = dir.path("gong.db");
    {
        // Version 0, as the store records it (one row in schema_version),
        // beside a table of the user's own.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE schema_version (version INTEGER NOT NULL);
             INSERT INTO schema_version (version) VALUES (0);
             CREATE TABLE notes (body TEXT);
             INSERT INTO notes (body) VALUES ('kept');",
        )
        .unwrap();
    }
    let store = gong_sync::open_store(&format!("sqlite:{}", path.display()))
        .await
        .unwrap();
    store.write(empty_users_page(0)).await.unwrap();
    drop(store);
    let (versions, objects) = sqlite_schema(&path);
    assert_eq!(versions, vec![gong_sync::SCHEMA_VERSION]);
    assert_eq!(objects, SCHEMA_OBJECTS);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let note: String = conn.query_row("SELECT body FROM notes", [], |r| r.get(0)).unwrap();
    assert_eq!(note, "kept");
}

/// The store's refusal of a database from a newer build: bad input naming
/// the database and both versions, not a failure of the store.
pub(crate) fn assert_schema_too_new(e: gong_client::Error, found: i64) {
    let text = e.to_string();
    match &e {
        gong_client::Error::InvalidInput { field, rule, .. } => {
            assert_eq!(field, "database", "{text}");
            assert!(
                rule.contains(&format!(
                    "schema version {found}, newer than this build's {}",
                    gong_sync::SCHEMA_VERSION
                )),
                "{text}"
            );
        }
        other => panic!("not a refusal of the database: {other:?}"),
    }
}

#[tokio::test]
async fn a_database_from_a_newer_build_is_refused_and_left_alone() {
    let dir = TempDir::new("sync-schema-new");
    let path = dir.path("gong.db");
    let newer = gong_sync::SCHEMA_VERSION + 1;
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(&format!(
            "CREATE TABLE schema_version (version INTEGER NOT NULL);
             INSERT INTO schema_version (version) VALUES ({newer});"
        ))
        .unwrap();
    }
    let e = SqliteStore::open(&path).unwrap_err();
    assert_schema_too_new(e, newer);
    let Err(e) = gong_sync::open_store(&format!("sqlite:{}", path.display())).await else {
        panic!("a newer database was opened");
    };
    assert_schema_too_new(e, newer);
    // Nothing was written: the version and the (absent) tables are as found.
    let (versions, objects) = sqlite_schema(&path);
    assert_eq!(versions, vec![newer]);
    assert_eq!(objects, vec!["schema_version".to_owned()]);
}

// ------------------------------------------------ killed and rerun

const WORKER_ENV: &str = "GONG_TEST_SYNC_WORKER";

/// Not a test on its own: the body of the worker process that
/// `a_sync_killed_at_random_points_ends_with_every_record_once` starts and
/// kills. Without the environment it sets, it does nothing.
#[test]
#[ignore = "a worker process of a_sync_killed_at_random_points_ends_with_every_record_once"]
fn sync_worker_process() {
    let Ok(spec) = std::env::var(WORKER_ENV) else {
        return;
    };
    let spec: serde_json::Value = serde_json::from_str(&spec).unwrap();
    let field = |k: &str| spec[k].as_str().unwrap().to_owned();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let client = Client::builder()
            .base_url(field("url"))
            .api_key(field("key"), field("secret"))
            .allow_insecure_http(true)
            .rate_limit(None)
            .daily_budget(None)
            .build()
            .unwrap();
        let store = gong_sync::open_store(&field("db")).await.unwrap();
        let report = Syncer::new(&client, store.as_ref(), SyncOptions::new())
            .run()
            .await
            .unwrap();
        println!("WORKER-RESULT {:?} {}", report.outcome, report.requests);
    });
}

pub(crate) async fn killed_and_rerun(db: &Db) {
    let sb = Sandbox::builder()
        .seed(76)
        .calls(2000)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let spec = serde_json::json!({
        "url": sb.url(),
        "key": sb.access_key(),
        "secret": sb.access_key_secret(),
        "db": db.url(),
    })
    .to_string();
    let exe = std::env::current_exe().unwrap();
    // Progress is calls plus transcripts kept: each kill comes once the
    // store holds a random amount of it (not after a time, so a slow
    // machine kills at the same points as a fast one).
    let total = 2 * public_call_ids(&sb).len() as u64;
    let store = db.open().await;
    let progress = || async {
        let c = store.counts().await.unwrap();
        c.calls + c.transcripts
    };
    let (mut kills, mut runs, mut partial) = (0u64, 0, 0);
    loop {
        runs += 1;
        assert!(runs <= 40, "no finished run after {runs} starts");
        let mut child = tokio::process::Command::new(&exe)
            .args([
                "--exact",
                "sync::sync_worker_process",
                "--include-ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WORKER_ENV, &spec)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        if kills < 15 {
            // Somewhere in what is left; once everything is kept, the kill
            // lands in the run's last steps (checkpoints, the library).
            let kept = progress().await;
            let target = if kept + 1 < total {
                (kept + fastrand::u64(1..=600)).min(total - 1)
            } else {
                total
            };
            let exited = loop {
                if let Ok(Some(_)) = child.try_wait() {
                    break true;
                }
                if progress().await >= target {
                    if target == total {
                        tokio::time::sleep(Duration::from_millis(fastrand::u64(0..30))).await;
                    }
                    break false;
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            };
            if !exited {
                // SIGKILL: no destructor, no flush, no goodbye.
                child.start_kill().unwrap();
                child.wait().await.unwrap();
                kills += 1;
                let kept = progress().await;
                eprintln!("killed at {kept} of {total} records kept (target {target})");
                if kept < total {
                    partial += 1;
                }
                continue;
            }
        }
        let out = child.wait_with_output().await.unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "worker failed: {stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(stdout.contains("WORKER-RESULT Done"), "{stdout}");
        break;
    }
    assert!(kills >= 3 && partial >= 3, "{kills} kills, {partial} mid-sync");
    eprintln!("sync finished after {runs} starts, {kills} kills, {partial} mid-sync");
    assert!(kills >= 3, "only {kills} kills");
    assert_mirrors(&sb, db, &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sync_killed_at_random_points_ends_with_every_record_once() {
    killed_and_rerun(&Db::sqlite("sync-killed")).await;
}

/// A call whose title is longer than any column should hold (a hostile or
/// broken answer): its `title` column is cut at `MAX_COLUMN_BYTES` with the
/// truncation mark and the full length, and its `json` keeps the title whole.
pub(crate) async fn long_strings_are_capped_in_columns_and_whole_in_json(db: &Db) {
    use gong_sync::{MAX_COLUMN_BYTES, TRUNCATION_MARK};
    let store = db.open().await;
    let sb = sandbox(91, 3).await;
    let client = client(&sb);
    let user = sb.users()[0].id.clone();
    // 200 KB of a multi-byte title: past the cap, well within the body limit.
    let title = format!("Q3 pipeline review ✓ {}", "ü".repeat(100_000));
    let id = client
        .create_call(
            NewCall::builder(
                "long-title".to_owned(),
                user.clone(),
                vec![Party::user(user.clone())],
                CallDirection::Outbound,
                (Utc::now() - chrono::Duration::days(3)).to_rfc3339(),
            )
            .title(title.clone())
            .download_media_url("https://media.example/long-title.mp3")
            .build()
            .unwrap(),
        )
        .await
        .unwrap()
        .call_id
        .unwrap();
    let report = Syncer::new(&client, store.as_ref(), SyncOptions::new())
        .run()
        .await
        .unwrap();
    assert_eq!(report.outcome, SyncOutcome::Done);
    let tables = db.tables().await;
    let row = &tables.calls[id.as_str()];
    let column = row.title.as_deref().expect("a title column");
    assert!(column.len() <= MAX_COLUMN_BYTES, "{} bytes", column.len());
    assert!(
        column.ends_with(&format!("{TRUNCATION_MARK}{} bytes]", title.len())),
        "{}",
        &column[column.len() - 60..]
    );
    assert!(title.starts_with(column.split(TRUNCATION_MARK).next().unwrap()));
    assert_eq!(
        row.json["metaData"]["title"],
        title.as_str(),
        "the JSON keeps the whole title"
    );
    // The other calls' titles are short and stored as sent.
    for (other, cols) in &tables.calls {
        if other != id.as_str() {
            let t = cols.title.as_deref().unwrap();
            assert!(!t.contains(TRUNCATION_MARK), "{t}");
            assert_eq!(cols.json["metaData"]["title"], t);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_long_strings_are_capped_in_columns_and_whole_in_json() {
    long_strings_are_capped_in_columns_and_whole_in_json(&Db::sqlite("sync-long-strings")).await;
}

/// A whole tenant that answers as real tenants do (numbers as strings,
/// null lists, explicit nulls, local offsets, epoch date-times, unknown
/// fields): every record stored once, as the sandbox serves it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_full_sync_of_a_tenant_with_real_variations() {
    for vseed in [4, 5] {
        let db = Db::sqlite(&format!("sync-variations-{vseed}"));
        let store = db.open().await;
        let sb = Sandbox::builder()
            .seed(75)
            .calls(300)
            .rate_limit(None)
            .variations(Some(vseed))
            .start()
            .await
            .unwrap();
        let client = client(&sb);
        let report = Syncer::new(&client, store.as_ref(), SyncOptions::new())
            .run()
            .await
            .unwrap();
        assert_eq!(report.outcome, SyncOutcome::Done, "variations {vseed}: {report:?}");
        assert_mirrors(&sb, &db, &[]).await;
    }
}

/// A word of a sentence the mirror keeps, and who said it in which call:
/// something a search must find.
async fn a_said_word(store: &dyn Store) -> (String, String, String) {
    for id in store.ids(SyncStream::Transcripts).await.unwrap() {
        let record = store
            .record(SyncStream::Transcripts, id.as_str().to_owned())
            .await
            .unwrap()
            .unwrap();
        let t: Value = serde_json::from_str(&record.json).unwrap();
        for m in t["transcript"].as_array().into_iter().flatten() {
            for s in m["sentences"].as_array().into_iter().flatten() {
                let text = s["text"].as_str().unwrap_or("");
                if let Some(word) = text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.len() >= 6)
                    .max_by_key(|w| w.len())
                {
                    return (
                        word.to_lowercase(),
                        id.as_str().to_owned(),
                        m["speakerId"].as_str().unwrap().to_owned(),
                    );
                }
            }
        }
    }
    panic!("no transcript with a word of six letters")
}

fn query(text: &str) -> gong_sync::TranscriptQuery {
    gong_sync::TranscriptQuery {
        text: text.into(),
        speaker_id: None,
        from: None,
        to: None,
        limit: 50,
    }
}

/// The transcripts a sync keeps are searchable at once: ranked sentences
/// with their call, speaker, time and a snippet; filters narrow them;
/// search syntax in the text is taken as words, never an error.
pub(crate) async fn search_finds_what_was_said(db: &Db) {
    let store = db.open().await;
    let store = store.as_ref();
    let sb = sandbox(5, 30).await;
    let client = client(&sb);
    Syncer::new(&client, store, SyncOptions::new()).run().await.unwrap();
    let (word, call_id, speaker) = a_said_word(store).await;
    let hits = store.search_transcripts(query(&word)).await.unwrap();
    assert!(hits.iter().any(|h| h.call_id == call_id), "{word}: {hits:?}");
    for h in &hits {
        assert!(
            h.snippet.to_lowercase().contains(&format!("[{word}")),
            "{word}: {}",
            h.snippet
        );
        assert!(h.call_title.is_some() && h.call_started.is_some() && h.start_ms.is_some());
    }
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score), "best first");
    let mut by_speaker = query(&word);
    by_speaker.speaker_id = Some(speaker.clone());
    let narrowed = store.search_transcripts(by_speaker).await.unwrap();
    assert!(
        !narrowed.is_empty()
            && narrowed
                .iter()
                .all(|h| h.speaker_id.as_deref() == Some(speaker.as_str()))
    );
    let mut later = query(&word);
    later.from = Some("2100-01-01T00:00:00Z".parse().unwrap());
    assert!(store.search_transcripts(later).await.unwrap().is_empty());
    let mut earlier = query(&word);
    earlier.to = Some("2000-01-01T00:00:00Z".parse().unwrap());
    assert!(store.search_transcripts(earlier).await.unwrap().is_empty());
    assert!(store.search_transcripts(query("zzyzxqv")).await.unwrap().is_empty());
    // Operators of FTS5 or tsquery are words here.
    for hostile in ["\"NEAR(", "a:* & !b", "' OR 1=1 --", "*"] {
        store
            .search_transcripts(query(&format!("{word} {hostile}")))
            .await
            .unwrap();
    }
    let e = store.search_transcripts(query("  !!  ")).await.unwrap_err();
    assert!(e.to_string().contains("query"), "{e}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_search_finds_what_was_said() {
    search_finds_what_was_said(&Db::sqlite("sync-search")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mirror_from_before_search_is_indexed_when_opened() {
    let db = Db::sqlite("sync-search-upgrade");
    let Db::Sqlite { path, .. } = &db else { unreachable!() };
    {
        let store = db.open().await;
        let sb = sandbox(6, 10).await;
        Syncer::new(&client(&sb), store.as_ref(), SyncOptions::new())
            .run()
            .await
            .unwrap();
    }
    // Back to the deployed schema (version 1): no search objects, no
    // tables of the later streams.
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "DROP INDEX calls_window; ALTER TABLE calls DROP COLUMN scheduled; DROP TABLE call_media;
         DROP TRIGGER transcript_sentences_ai; DROP TRIGGER transcript_sentences_ad;
         DROP TABLE transcript_fts; DROP TABLE transcript_sentences;
         DROP TABLE scorecards; DROP TABLE answered_scorecards; DROP TABLE trackers;
         DROP TABLE call_outcomes; DROP TABLE flows; DROP TABLE tasks;
         UPDATE schema_version SET version = 1;",
    )
    .unwrap();
    drop(conn);
    let store = db.open().await;
    assert_eq!(sqlite_schema(path).0, vec![gong_sync::SCHEMA_VERSION]);
    let (word, call_id, _) = a_said_word(store.as_ref()).await;
    let hits = store.search_transcripts(query(&word)).await.unwrap();
    assert!(hits.iter().any(|h| h.call_id == call_id), "{hits:?}");
}

// ---- Requests as Gong wants them, private calls, the lookback, Gong's
// window time, a long Retry-After, migrations from deployed versions.

impl Db {
    /// One number read by a query of the test's own: `sqlite` on SQLite,
    /// `pg` on PostgreSQL.
    pub(crate) async fn scalar2(&self, sqlite: &str, pg: &str) -> i64 {
        match self {
            Db::Sqlite { path, .. } => rusqlite::Connection::open(path)
                .unwrap()
                .query_row(sqlite, [], |r| r.get(0))
                .unwrap_or_else(|e| panic!("{sqlite}: {e}")),
            Db::Postgres { url } => {
                let (c, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
                tokio::spawn(connection);
                c.query_one(pg, &[])
                    .await
                    .unwrap_or_else(|e| panic!("{pg}: {e}"))
                    .get(0)
            }
        }
    }

    /// [`Db::scalar2`] with one query for both.
    pub(crate) async fn scalar(&self, sql: &str) -> i64 {
        self.scalar2(sql, sql).await
    }

    /// Runs statements of the test's own.
    pub(crate) async fn execute2(&self, sqlite: &str, pg: &str) {
        match self {
            Db::Sqlite { path, .. } => rusqlite::Connection::open(path)
                .unwrap()
                .execute_batch(sqlite)
                .unwrap_or_else(|e| panic!("{sqlite}: {e}")),
            Db::Postgres { url } => {
                let (c, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
                tokio::spawn(connection);
                c.batch_execute(pg).await.unwrap_or_else(|e| panic!("{pg}: {e}"));
            }
        }
    }
}

/// Before every seeded call of the sandbox.
fn before_the_sandbox() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-01-01T00:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// No media and no removed section are asked for or stored by default; a
/// rerun that reads every call again writes nothing and asks for no
/// transcript; with media on, `call_media` holds the URLs with their expiry
/// and new URLs change no call.
pub(crate) async fn requests_as_gong_wants_them(db: &Db) {
    let sb = sandbox(81, 120).await;
    let client = client(&sb);
    let store = db.open().await;
    let store = store.as_ref();
    let first = Syncer::new(&client, store, SyncOptions::new()).run().await.unwrap();
    assert!(first.outcome.is_done(), "{first:?}");
    assert_mirrors(&sb, db, &[]).await;
    let kept = public_call_ids(&sb).len() as u64;
    let tables = db.tables().await;
    assert_eq!(tables.calls.len() as u64, kept);
    for c in tables.calls.values() {
        assert!(c.json.get("media").is_none(), "{}", c.json);
        assert!(c.json["content"].is_object() && c.json["content"].get("pointsOfInterest").is_none());
    }
    assert_eq!(db.scalar("SELECT COUNT(*) FROM call_media").await, 0);
    assert_eq!(db.scalar("SELECT COUNT(*) FROM calls WHERE scheduled IS NULL").await, 0);

    // Every call read again: nothing written, no transcript asked for.
    let synced = db
        .scalar2(
            "SELECT COUNT(DISTINCT synced_at) FROM calls",
            "SELECT COUNT(DISTINCT synced_at) FROM calls",
        )
        .await;
    let before = sb.stats().requests;
    let again = Syncer::new(&client, store, SyncOptions::new().since(Some(before_the_sandbox())))
        .run()
        .await
        .unwrap();
    let calls = stream_report(&again, SyncStream::Calls);
    assert_eq!(calls.records, sb.call_ids().len() as u64, "{calls:?}");
    assert_eq!(
        (calls.counts.inserted, calls.counts.updated, calls.counts.unchanged),
        (0, 0, kept),
        "{calls:?}"
    );
    let transcripts = stream_report(&again, SyncStream::Transcripts);
    assert_eq!((transcripts.records, transcripts.requests), (0, 0), "{transcripts:?}");
    // Two pages of calls and the answered scorecards' incremental request;
    // nothing else (the other streams are fresh). Nothing written anywhere.
    assert_eq!(sb.stats().requests - before, 3);
    for s in &again.streams {
        assert_eq!((s.counts.inserted, s.counts.updated), (0, 0), "{s:?}");
    }
    assert_eq!(db.scalar("SELECT COUNT(DISTINCT synced_at) FROM calls").await, synced);

    // Media on: URLs with their 8-hour expiry, outside the change hash.
    let with_media = SyncOptions::new().media(true).since(Some(before_the_sandbox()));
    let media = Syncer::new(&client, store, with_media.clone()).run().await.unwrap();
    let calls = stream_report(&media, SyncStream::Calls);
    assert_eq!((calls.counts.updated, calls.counts.unchanged), (0, kept), "{calls:?}");
    assert_eq!(db.scalar("SELECT COUNT(*) FROM call_media").await as u64, kept);
    let eight_hours = db
        .scalar2(
            "SELECT COUNT(*) FROM call_media WHERE audio_url LIKE 'https://media.sandbox.example/%'
             AND strftime('%s', expires_at) - strftime('%s', fetched_at) = 28800",
            "SELECT COUNT(*) FROM call_media WHERE audio_url LIKE 'https://media.sandbox.example/%'
             AND expires_at - fetched_at = interval '8 hours'",
        )
        .await;
    assert_eq!(eight_hours as u64, kept);
    let url_count = "SELECT COUNT(DISTINCT audio_url) FROM call_media";
    assert_eq!(db.scalar(url_count).await as u64, kept);
    // Gong signs the URLs anew: new URLs, the calls unchanged.
    let media = Syncer::new(&client, store, with_media).run().await.unwrap();
    let calls = stream_report(&media, SyncStream::Calls);
    assert_eq!((calls.counts.updated, calls.counts.unchanged), (0, kept), "{calls:?}");
    assert_eq!(stream_report(&media, SyncStream::Transcripts).requests, 0);
    let old_and_new = db
        .scalar("SELECT COUNT(*) FROM call_media WHERE audio_url LIKE '%signature=%'")
        .await;
    assert_eq!(old_and_new as u64, kept);
    assert_mirrors(&sb, db, &[]).await;

    // On the wire: a Gong that answers only a request asking for no media
    // and no removed section (and every section it has).
    let server = httpmock::MockServer::start_async().await;
    let listing = server
        .mock_async(|when, then| {
            when.method(httpmock::Method::POST)
                .path("/v2/calls/extensive")
                .body_includes("\"media\":false")
                .body_excludes("pointsOfInterest")
                .body_includes("\"trackers\":true")
                .body_includes("\"brief\":true");
            then.status(200).json_body(json!({
                "requestId": "r1",
                "records": { "totalRecords": 1, "currentPageSize": 1, "currentPageNumber": 0 },
                "calls": [{ "metaData": { "id": "7001", "started": "2026-01-05T10:00:00Z", "title": "on the wire" } }]
            }));
        })
        .await;
    let wire = Syncer::new(
        &crate::common::api_key_client(&server.base_url()),
        store,
        SyncOptions::new()
            .streams([SyncStream::Calls])
            .since(Some(before_the_sandbox())),
    )
    .run()
    .await
    .unwrap();
    assert!(wire.outcome.is_done(), "{wire:?}");
    listing.assert_calls_async(1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_requests_as_gong_wants_them_and_a_rerun_writes_nothing() {
    requests_as_gong_wants_them(&Db::sqlite("sync-requests")).await;
}

/// Private calls are left out by default, removed (with transcript and
/// sentences) when they turn private, and kept with `include_private`.
pub(crate) async fn private_calls(db: &Db) {
    let sb = sandbox(82, 100).await;
    let private = sb.private_call_ids();
    assert!((3..=7).contains(&private.len()), "{private:?}");
    let client = client(&sb);
    let store = db.open().await;
    let store = store.as_ref();
    let user = sb.users()[0].id.clone();
    let recent = add_call(&client, &user, "turns-private", Utc::now() - chrono::Duration::hours(2)).await;
    let first = Syncer::new(&client, store, SyncOptions::new()).run().await.unwrap();
    assert!(first.outcome.is_done());
    assert_mirrors(&sb, db, &[]).await;
    let kept = set(store.ids(SyncStream::Calls).await.unwrap());
    assert!(private.iter().all(|p| !kept.contains(p.as_str())));
    assert!(kept.contains(recent.as_str()));
    let sentences = format!("SELECT COUNT(*) FROM transcript_sentences WHERE call_id = '{recent}'");
    assert!(db.scalar(&sentences).await > 0);

    // The host makes it private: the next pass (its hold-back window)
    // removes it and everything kept about it.
    assert!(sb.set_call_private(&recent, true));
    let second = Syncer::new(&client, store, SyncOptions::new()).run().await.unwrap();
    assert_eq!(
        stream_report(&second, SyncStream::Calls).counts.removed,
        1,
        "{second:?}"
    );
    assert!(!store.ids(SyncStream::Calls).await.unwrap().contains(&recent));
    assert!(!store.ids(SyncStream::Transcripts).await.unwrap().contains(&recent));
    assert_eq!(db.scalar(&sentences).await, 0);
    assert_mirrors(&sb, db, &[]).await;

    // Kept on request.
    let all = Syncer::new(
        &client,
        store,
        SyncOptions::new()
            .include_private(true)
            .since(Some(before_the_sandbox())),
    )
    .run()
    .await
    .unwrap();
    assert_eq!(
        stream_report(&all, SyncStream::Calls).counts.inserted,
        private.len() as u64 + 1
    );
    assert_eq!(set(store.ids(SyncStream::Calls).await.unwrap()), set(sb.call_ids()));
    assert_eq!(
        set(store.ids(SyncStream::Transcripts).await.unwrap()),
        set(sb.call_ids())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_private_calls_are_left_out_removed_and_kept_on_request() {
    private_calls(&Db::sqlite("sync-private")).await;
}

/// A call renamed five days after its start: the 24 h hold-back alone
/// (lookback 0) misses it; the default 7-day lookback picks it up, and the
/// plan shows what the lookback costs.
pub(crate) async fn lookback_picks_up_late_updates(db: &Db) {
    let sb = sandbox(83, 30).await;
    let client = client(&sb);
    let store = db.open().await;
    let store = store.as_ref();
    let user = sb.users()[0].id.clone();
    let call = add_call(&client, &user, "renamed-later", Utc::now() - chrono::Duration::days(6)).await;
    let first = Syncer::new(&client, store, SyncOptions::new()).run().await.unwrap();
    assert!(first.outcome.is_done());
    let title = |t: &Tables| t.calls[call.as_str()].title.clone().unwrap();
    let old_title = title(&db.tables().await);
    assert_ne!(old_title, "renamed five days after the call");
    assert!(sb.rename_call(&call, "renamed five days after the call"));

    let plain = Syncer::new(&client, store, SyncOptions::new().lookback(Duration::ZERO))
        .run()
        .await
        .unwrap();
    assert!(plain.plan.lookback.is_none(), "{:?}", plain.plan);
    let calls = stream_report(&plain, SyncStream::Calls);
    assert_eq!((calls.records, calls.counts.updated), (0, 0), "{calls:?}");
    assert_eq!(title(&db.tables().await), old_title);

    let plan = Syncer::new(&client, store, SyncOptions::new()).plan().await.unwrap();
    let lookback = plan.lookback.clone().unwrap();
    assert_eq!(lookback.window, SyncOptions::DEFAULT_LOOKBACK);
    assert_eq!((lookback.records, lookback.requests, lookback.included), (1, 1, true));
    let with = Syncer::new(&client, store, SyncOptions::new()).run().await.unwrap();
    let calls = stream_report(&with, SyncStream::Calls);
    assert_eq!((calls.records, calls.counts.updated), (1, 1), "{calls:?}");
    assert_eq!(stream_report(&with, SyncStream::Transcripts).records, 1);
    assert_eq!(title(&db.tables().await), "renamed five days after the call");
    assert_mirrors(&sb, db, &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_the_lookback_picks_up_a_call_renamed_days_later() {
    lookback_picks_up_late_updates(&Db::sqlite("sync-lookback")).await;
}

/// A Gong that filters as Gong does: by the scheduled time for the
/// web-conference calls it records, by the start for others
/// (`fromDateTime` inclusive, `toDateTime` exclusive). A web-conference
/// call scheduled before a window and started inside it comes in the
/// window of its scheduled time, and the store reasons in that time.
pub(crate) async fn web_conference_call_is_placed_by_gongs_rule(db: &Db) {
    let t = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
    let calls = [
        json!({ "metaData": { "id": "8001", "system": "Zoom", "direction": "Conference", "title": "web conference",
            "scheduled": "2026-01-10T09:55:00Z", "started": "2026-01-10T10:05:00Z" } }),
        json!({ "metaData": { "id": "8002", "system": "RingCentral", "direction": "Outbound", "title": "phone",
            "scheduled": null, "started": "2026-01-10T10:02:00Z" } }),
    ];
    let filter_time = |c: &Value| {
        let m = &c["metaData"];
        let field = if m["system"] == "Zoom" { "scheduled" } else { "started" };
        t(m[field].as_str().unwrap())
    };
    let server = httpmock::MockServer::start_async().await;
    let mut mocks = Vec::new();
    for (from, to) in [
        ("2026-01-10T08:00:00", "2026-01-10T10:00:00"),
        ("2026-01-10T10:00:00", "2026-01-10T11:00:00"),
    ] {
        let (f, u) = (t(&format!("{from}Z")), t(&format!("{to}Z")));
        let answer: Vec<Value> = calls
            .iter()
            .filter(|c| (f..u).contains(&filter_time(c)))
            .cloned()
            .collect();
        assert_eq!(answer.len(), 1);
        mocks.push(
            server
                .mock_async(|when, then| {
                    when.method(httpmock::Method::POST)
                        .path("/v2/calls/extensive")
                        .body_includes(format!("\"fromDateTime\":\"{from}.000000Z\""))
                        .body_includes(format!("\"toDateTime\":\"{to}.000000Z\""));
                    then.status(200).json_body(json!({
                        "requestId": "r",
                        "records": { "totalRecords": 1, "currentPageSize": 1, "currentPageNumber": 0 },
                        "calls": answer,
                    }));
                })
                .await,
        );
    }
    let client = crate::common::api_key_client(&server.base_url());
    let store = db.open().await;
    let store = store.as_ref();
    let options = SyncOptions::new()
        .streams([SyncStream::Calls])
        .lookback(Duration::ZERO)
        .hold_back(Duration::ZERO);
    let first = Syncer::new(
        &client,
        store,
        options
            .clone()
            .since(Some(t("2026-01-10T08:00:00Z")))
            .until(Some(t("2026-01-10T10:00:00Z"))),
    )
    .run()
    .await
    .unwrap();
    assert!(first.outcome.is_done(), "{first:?}");
    // The web-conference call started after the window, and is in it.
    assert_eq!(
        set(store.ids(SyncStream::Calls).await.unwrap()),
        set(vec![GongId::new("8001").unwrap()])
    );
    let second = Syncer::new(&client, store, options.until(Some(t("2026-01-10T11:00:00Z"))))
        .run()
        .await
        .unwrap();
    assert!(second.outcome.is_done(), "{second:?}");
    for m in &mocks {
        m.assert_calls_async(1).await;
    }
    assert_eq!(store.ids(SyncStream::Calls).await.unwrap().len(), 2);
    let row = db.tables().await.calls["8001"].clone();
    assert_eq!(row.started, Some(t("2026-01-10T10:05:00Z")));
    assert_eq!(
        db.scalar2(
            "SELECT COUNT(*) FROM calls WHERE id = '8001' AND scheduled = '2026-01-10T09:55:00.000000Z'",
            "SELECT COUNT(*) FROM calls WHERE id = '8001' AND scheduled = '2026-01-10T09:55:00Z'",
        )
        .await,
        1
    );
    // The store places it by the earlier of its times, as a window would:
    // before 10:00, although it started after.
    assert_eq!(store.calls_since(Some(t("2026-01-10T10:00:00Z"))).await.unwrap(), 1);
    assert_eq!(
        store
            .calls_between(t("2026-01-10T08:00:00Z"), t("2026-01-10T10:00:00Z"))
            .await
            .unwrap(),
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_a_web_conference_call_is_placed_by_gongs_rule() {
    web_conference_call_is_placed_by_gongs_rule(&Db::sqlite("sync-conference")).await;
}

/// Gong refuses with a `Retry-After` longer than the client waits (the
/// company's quota spent by others): the run stops cleanly with the time
/// to resume, its checkpoint intact, and the next run finishes the job
/// exactly, reading only what is left.
pub(crate) async fn long_retry_after_stops_cleanly(db: &Db) {
    let sb = sandbox(84, 450).await;
    let store = db.open().await;
    let store = store.as_ref();
    // Planning (users and calls first pages) and workspaces pass; the
    // second page of calls is refused for an hour.
    sb.refuse_after(3, Duration::from_secs(3600));
    let started = Utc::now();
    let stopped = Syncer::new(&client(&sb), store, SyncOptions::new())
        .run()
        .await
        .unwrap();
    let SyncOutcome::BudgetReached { resume_after: Some(at) } = stopped.outcome else {
        panic!("{stopped:?}");
    };
    assert!(
        at >= started + chrono::Duration::minutes(59) && at <= Utc::now() + chrono::Duration::minutes(61),
        "{at}"
    );
    let cp = store.checkpoint(SyncStream::Calls).await.unwrap();
    assert!(cp.in_pass() && cp.pass_pages == 1 && cp.cursor.is_some(), "{cp:?}");
    let first_page: Vec<GongId> = sb.call_ids().into_iter().take(100).collect();
    let private = set(sb.private_call_ids());
    let kept = first_page.iter().filter(|c| !private.contains(c.as_str())).count() as u64;
    assert_eq!(store.counts().await.unwrap().calls, kept);

    // Gong's time has passed: a new run (a new process) finishes the job.
    sb.stop_refusing();
    let done = Syncer::new(&client(&sb), store, SyncOptions::new())
        .run()
        .await
        .unwrap();
    assert!(done.outcome.is_done(), "{done:?}");
    let calls = stream_report(&done, SyncStream::Calls);
    assert_eq!(calls.records, 350, "{calls:?}");
    assert_eq!(calls.counts.unchanged, 0, "{calls:?}");
    assert_mirrors(&sb, db, &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_a_long_retry_after_stops_cleanly_and_the_next_run_finishes() {
    long_retry_after_stops_cleanly(&Db::sqlite("sync-retry-after")).await;
}

/// A mirror written by an older version (1 or 2) is migrated when opened:
/// the calls get their scheduled time, their media section moves to
/// `call_media`, the removed section goes, their hash is computed again,
/// and a rerun over every call writes nothing.
pub(crate) async fn migrates_from(db: &Db, version: i64) {
    let sb = sandbox(85, 60).await;
    let client = client(&sb);
    {
        let store = db.open().await;
        let first = Syncer::new(&client, store.as_ref(), SyncOptions::new())
            .run()
            .await
            .unwrap();
        assert!(first.outcome.is_done());
    }
    let calls = db.scalar("SELECT COUNT(*) FROM calls").await;
    // Back to `version`, calls as the older sync kept them.
    let (mut sqlite, mut pg) = (
        "DROP INDEX calls_window; ALTER TABLE calls DROP COLUMN scheduled; DROP TABLE call_media;
         UPDATE calls SET json = json_set(json, '$.media', json('{\"audioUrl\":\"https://media.example/a.mp3\"}'),
             '$.content.pointsOfInterest', json('{\"actionItems\":[]}')), json_sha256 = 'written-by-an-older-sync';"
            .to_owned(),
        "ALTER TABLE calls DROP COLUMN scheduled; DROP TABLE call_media;
         UPDATE calls SET json = jsonb_set(jsonb_set(json, '{media}', '{\"audioUrl\":\"https://media.example/a.mp3\"}'),
             '{content,pointsOfInterest}', '{\"actionItems\":[]}'), json_sha256 = 'written-by-an-older-sync';"
            .to_owned(),
    );
    if version == 1 {
        sqlite.push_str(
            "DROP TRIGGER transcript_sentences_ai; DROP TRIGGER transcript_sentences_ad;
             DROP TABLE transcript_fts; DROP TABLE transcript_sentences;",
        );
        pg.push_str("DROP TABLE transcript_sentences;");
    }
    // And without the tables of the new streams (version 4).
    let newer = "DROP TABLE scorecards; DROP TABLE answered_scorecards; DROP TABLE trackers;
                 DROP TABLE call_outcomes; DROP TABLE flows; DROP TABLE tasks;";
    sqlite.push_str(newer);
    pg.push_str(newer);
    let set_version = format!("UPDATE schema_version SET version = {version};");
    sqlite.push_str(&set_version);
    pg.push_str(&set_version);
    db.execute2(&sqlite, &pg).await;
    assert_eq!(
        db.scalar2(
            "SELECT COUNT(*) FROM calls WHERE json LIKE '%pointsOfInterest%'",
            "SELECT COUNT(*) FROM calls WHERE json->'content' ? 'pointsOfInterest'"
        )
        .await,
        calls
    );

    let store = db.open().await;
    let store = store.as_ref();
    assert_eq!(
        db.scalar("SELECT version FROM schema_version").await,
        gong_sync::SCHEMA_VERSION
    );
    assert_eq!(
        db.scalar("SELECT COUNT(*) FROM calls WHERE scheduled IS NOT NULL")
            .await,
        calls
    );
    assert_eq!(
        db.scalar("SELECT COUNT(*) FROM call_media WHERE audio_url = 'https://media.example/a.mp3'")
            .await,
        calls
    );
    assert_eq!(
        db.scalar2(
            "SELECT COUNT(*) FROM calls WHERE json LIKE '%pointsOfInterest%' OR json_extract(json, '$.media') IS NOT NULL",
            "SELECT COUNT(*) FROM calls WHERE json->'content' ? 'pointsOfInterest' OR json ? 'media'"
        )
        .await,
        0
    );
    assert!(db.scalar("SELECT COUNT(*) FROM transcript_sentences").await > 0);
    let again = Syncer::new(&client, store, SyncOptions::new().since(Some(before_the_sandbox())))
        .run()
        .await
        .unwrap();
    let c = stream_report(&again, SyncStream::Calls);
    assert_eq!((c.counts.updated, c.counts.unchanged), (0, calls as u64), "{c:?}");
    assert_eq!(stream_report(&again, SyncStream::Transcripts).requests, 0);
    assert_mirrors(&sb, db, &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_a_mirror_of_version_1_is_migrated() {
    migrates_from(&Db::sqlite("sync-migrate-1"), 1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_a_mirror_of_version_2_is_migrated() {
    migrates_from(&Db::sqlite("sync-migrate-2"), 2).await;
}

pub(crate) async fn migrates_from_1(db: &Db) {
    migrates_from(db, 1).await;
}

pub(crate) async fn migrates_from_2(db: &Db) {
    migrates_from(db, 2).await;
}

/// Requests per 1,000 calls: a full sync, then 30 daily runs with the
/// lookback at 7 days and off. A measurement, not a check of speed:
/// `cargo test -p gong-sync --test suite requests_per_1000_calls -- --ignored --nocapture`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement; run it explicitly (see its doc)"]
async fn requests_per_1000_calls() {
    // 1,000 seeded calls over about 67 days from 2025-01-06.
    let sb = sandbox(90, 1000).await;
    let client = client(&sb);
    let store = SqliteStore::in_memory().unwrap();
    let full = Syncer::new(&client, &store, SyncOptions::new()).run().await.unwrap();
    assert!(full.outcome.is_done());
    let per_stream = |r: &SyncReport| {
        r.streams
            .iter()
            .map(|s| format!("{} {}", s.stream, s.requests))
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!(
        "full sync of 1000 calls ({} kept, {} private left out): {} requests ({})",
        store.counts().await.unwrap().calls,
        sb.private_call_ids().len(),
        full.requests,
        per_stream(&full)
    );
    // Day by day: each run ends a day later (`until`), as a daily cron would.
    let day0 = DateTime::parse_from_rfc3339("2025-02-05T00:00:00Z")
        .unwrap()
        .with_timezone(&Utc);
    for lookback_days in [7u64, 0] {
        let store = SqliteStore::in_memory().unwrap();
        let first = Syncer::new(&client, &store, SyncOptions::new().until(Some(day0)))
            .run()
            .await
            .unwrap();
        assert!(first.outcome.is_done());
        let (mut requests, mut calls_requests, mut reread) = (0, 0, 0);
        for day in 1..=30 {
            let options = SyncOptions::new()
                .lookback(Duration::from_secs(lookback_days * 86_400))
                .until(Some(day0 + chrono::Duration::days(day)));
            let r = Syncer::new(&client, &store, options).run().await.unwrap();
            assert!(r.outcome.is_done());
            requests += r.requests;
            calls_requests += stream_report(&r, SyncStream::Calls).requests;
            reread += stream_report(&r, SyncStream::Calls).counts.unchanged;
        }
        let new_calls = store.counts().await.unwrap().calls - store.calls_since(None).await.unwrap()
            + store
                .calls_between(day0, day0 + chrono::Duration::days(30))
                .await
                .unwrap();
        println!(
            "30 daily runs, lookback {lookback_days} d: {requests} requests ({calls_requests} for calls, \
             the rest transcripts), {reread} calls read again unchanged, {new_calls} new calls"
        );
    }
}
