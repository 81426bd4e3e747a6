//! The streams beyond calls: scorecards, answered scorecards (incremental
//! by review time), trackers, call outcomes, flows and tasks; a stream the
//! credentials lack the scope of is skipped. Each scenario runs on SQLite
//! here and on PostgreSQL in `sync_pg.rs`.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use gong_client::raw::{RawRequest, RawResponseBody};
use gong_client::reqwest::Method;
use gong_sandbox::Sandbox;
use gong_sync::{SyncOptions, SyncOutcome, SyncReport, SyncStream, Syncer};
use httpmock::prelude::*;
use serde_json::{Value, json};

use crate::common::api_key_client;
use crate::sync::{Db, client, sandbox};

fn report_of(report: &SyncReport, stream: SyncStream) -> &gong_sync::StreamReport {
    report
        .streams
        .iter()
        .find(|s| s.stream == stream)
        .unwrap_or_else(|| panic!("no {stream} in {report:?}"))
}

/// Every record of a sandbox listing, by key, as served.
async fn served(
    c: &gong_client::Client,
    request: impl Fn(Option<&str>) -> RawRequest,
    list: &str,
    key: &str,
) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    let mut cursor: Option<String> = None;
    loop {
        let body = match c.raw(request(cursor.as_deref())).await.unwrap().body {
            RawResponseBody::Json(v) => v,
            other => panic!("{other:?}"),
        };
        for item in body[list].as_array().unwrap() {
            let k = match &item[key] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            assert!(out.insert(k, item.clone()).is_none(), "{list}: {key} repeated");
        }
        match body["records"]["cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => return out,
        }
    }
}

/// One typed column per key, read back from the database without the
/// store's help, as text (times in RFC 3339 either way).
async fn column(db: &Db, table: &str, key: &str, col: &str) -> BTreeMap<String, Option<String>> {
    match db {
        Db::Sqlite { path, .. } => {
            let c = rusqlite::Connection::open(path).unwrap();
            let mut q = c
                .prepare(&format!("SELECT {key}, CAST({col} AS TEXT) FROM {table}"))
                .unwrap();
            q.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        }
        Db::Postgres { url } => {
            let (c, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
            tokio::spawn(conn);
            c.query(
                // to_json gives a timestamptz in ISO 8601, other types as themselves.
                &format!("SELECT {key}, to_json({col}) #>> '{{}}' FROM {table}"),
                &[],
            )
            .await
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect()
        }
    }
}

/// The stored JSON of every row of a table, by key.
async fn stored_json(db: &Db, stream: SyncStream, keys: impl Iterator<Item = String>) -> BTreeMap<String, Value> {
    let store = db.open().await;
    let mut out = BTreeMap::new();
    for k in keys {
        let r = store
            .record(stream, k.clone())
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("{stream} {k} not kept"));
        out.insert(k, serde_json::from_str(&r.json).unwrap());
    }
    out
}

fn as_utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// A sync of the sandbox stores every scorecard, answered scorecard,
/// tracker, call outcome, flow and task it serves, typed columns as the
/// record says and the JSON whole; a rerun that reads them all again writes
/// nothing.
pub(crate) async fn new_streams_mirror_the_sandbox(db: &Db) {
    let sb = sandbox(81, 60).await;
    let c = client(&sb);
    let store = db.open().await;
    let all = [
        SyncStream::Users,
        SyncStream::Scorecards,
        SyncStream::AnsweredScorecards,
        SyncStream::Trackers,
        SyncStream::CallOutcomes,
        SyncStream::Flows,
        SyncStream::Tasks,
    ];
    let report = Syncer::new(&c, store.as_ref(), SyncOptions::new().streams(all))
        .run()
        .await
        .unwrap();
    assert_eq!(report.outcome, SyncOutcome::Done, "{report:?}");
    assert!(
        report.streams.iter().all(|s| s.finished && s.message.is_none()),
        "{report:?}"
    );

    let get = |path: &'static str| move |_: Option<&str>| RawRequest::new(Method::GET, path);
    let scorecards = served(&c, get("/v2/settings/scorecards"), "scorecards", "scorecardId").await;
    let trackers = served(&c, get("/v2/settings/trackers"), "keywordTrackers", "trackerId").await;
    let outcomes = served(&c, get("/v2/call-outcomes"), "outcomes", "callOutcome").await;
    let answered = served(
        &c,
        |cursor| {
            let mut body = json!({ "filter": {} });
            if let Some(cur) = cursor {
                body["cursor"] = json!(cur);
            }
            RawRequest::new(Method::POST, "/v2/stats/activity/scorecards").json(body)
        },
        "answeredScorecards",
        "answeredScorecardId",
    )
    .await;
    let mut flows = BTreeMap::new();
    let mut tasks = BTreeMap::new();
    for u in sb.users() {
        let email = u.email.clone();
        flows.extend(
            served(
                &c,
                |cursor| {
                    let mut r = RawRequest::new(Method::GET, "/v2/flows").query("flowOwnerEmail", email.clone());
                    if let Some(cur) = cursor {
                        r = r.query("cursor", cur);
                    }
                    r
                },
                "flows",
                "id",
            )
            .await,
        );
        let id = u.id.as_str().to_owned();
        tasks.extend(
            served(
                &c,
                |cursor| {
                    let mut body = json!({ "filter": {
                        "userId": id, "types": ["FLOW", "MANUAL"], "taskAction": ["CALL"],
                        "status": ["OPEN", "DONE", "DISMISSED"],
                    }});
                    if let Some(cur) = cursor {
                        body["cursor"] = json!(cur);
                    }
                    RawRequest::new(Method::POST, "/v2/tasks").json(body)
                },
                "tasks",
                "id",
            )
            .await,
        );
    }
    for (name, served) in [
        ("scorecards", &scorecards),
        ("trackers", &trackers),
        ("call outcomes", &outcomes),
        ("answered scorecards", &answered),
        ("flows", &flows),
        ("tasks", &tasks),
    ] {
        assert!(!served.is_empty(), "the sandbox serves {name}");
    }
    let counts = store.counts().await.unwrap();
    assert_eq!(
        (
            counts.scorecards,
            counts.trackers,
            counts.call_outcomes,
            counts.answered_scorecards,
            counts.flows,
            counts.tasks
        ),
        (
            scorecards.len() as u64,
            trackers.len() as u64,
            outcomes.len() as u64,
            answered.len() as u64,
            flows.len() as u64,
            tasks.len() as u64
        )
    );
    // The JSON is kept as served, and the keys are the records' ids.
    for (stream, served) in [
        (SyncStream::Scorecards, &scorecards),
        (SyncStream::Trackers, &trackers),
        (SyncStream::CallOutcomes, &outcomes),
        (SyncStream::AnsweredScorecards, &answered),
        (SyncStream::Flows, &flows),
        (SyncStream::Tasks, &tasks),
    ] {
        assert_eq!(
            &stored_json(db, stream, served.keys().cloned()).await,
            served,
            "{stream}"
        );
        if stream != SyncStream::CallOutcomes {
            assert_eq!(store.ids(stream).await.unwrap().len(), served.len(), "{stream}");
        }
    }
    // Typed columns say what the record says.
    let review = column(db, "answered_scorecards", "id", "review_time").await;
    let call = column(db, "answered_scorecards", "id", "call_id").await;
    for (id, a) in &answered {
        let want = as_utc(a["reviewTime"].as_str().unwrap());
        assert_eq!(review[id].as_deref().map(as_utc), Some(want), "{id}");
        assert_eq!(call[id].as_deref(), a["callId"].as_str(), "{id}");
    }
    let names = column(db, "scorecards", "id", "name").await;
    for (id, s) in &scorecards {
        assert_eq!(names[id].as_deref(), s["scorecardName"].as_str());
    }
    let names = column(db, "trackers", "id", "name").await;
    for (id, t) in &trackers {
        assert_eq!(names[id].as_deref(), t["trackerName"].as_str());
    }
    let order = column(db, "call_outcomes", "name", "display_order").await;
    for (name, o) in &outcomes {
        assert_eq!(order[name].as_deref(), Some(o["displayOrder"].to_string().as_str()));
    }
    let owners = column(db, "tasks", "id", "user_id").await;
    for (id, t) in &tasks {
        assert_eq!(owners[id].as_deref(), t["userId"].as_str());
    }

    // Everything read again (refresh_every 0): nothing written.
    let again = Syncer::new(
        &c,
        store.as_ref(),
        SyncOptions::new().streams(all).refresh_every(Duration::ZERO),
    )
    .run()
    .await
    .unwrap();
    assert_eq!(again.outcome, SyncOutcome::Done);
    for s in &again.streams {
        // Answered scorecards are read from the hold-back window only: the
        // sandbox's reviews are all older.
        let reread = s.stream != SyncStream::AnsweredScorecards;
        assert!(!s.skipped && (s.records > 0) == reread, "{s:?}");
        assert_eq!((s.counts.inserted, s.counts.updated), (0, 0), "{s:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_new_streams_mirror_the_sandbox_and_a_rerun_writes_nothing() {
    new_streams_mirror_the_sandbox(&Db::sqlite("streams-new")).await;
}

/// A tenant that did not grant `api:settings:trackers:read`: the trackers
/// stream is skipped with a message naming the scope; the other streams
/// complete, and the next run tries it again.
pub(crate) async fn missing_scope_skips_the_stream(db: &Db) {
    let sb = Sandbox::builder()
        .seed(82)
        .calls(30)
        .rate_limit(None)
        .withhold_scopes(["api:settings:trackers:read"])
        .start()
        .await
        .unwrap();
    let c = client(&sb);
    let store = db.open().await;
    let report = Syncer::new(&c, store.as_ref(), SyncOptions::new()).run().await.unwrap();
    assert_eq!(report.outcome, SyncOutcome::Done, "{report:?}");
    let trackers = report_of(&report, SyncStream::Trackers);
    assert!(trackers.skipped && !trackers.finished, "{trackers:?}");
    let message = trackers.message.as_deref().unwrap();
    assert!(
        message.starts_with("trackers skipped: ") && message.contains("api:settings:trackers:read"),
        "{message}"
    );
    assert_eq!(trackers.requests, 1);
    for s in report.streams.iter().filter(|s| s.stream != SyncStream::Trackers) {
        assert!(s.finished && !s.skipped && s.message.is_none(), "{s:?}");
    }
    assert_eq!(sb.stats().missing_scope, 1);
    let counts = store.counts().await.unwrap();
    assert_eq!(counts.trackers, 0);
    // Every public call (private ones are left out by default).
    let public = crate::sync::public_call_ids(&sb).len() as u64;
    assert!(public > 0 && public < 30);
    assert_eq!(counts.calls, public);
    assert!(counts.scorecards > 0 && counts.call_outcomes > 0 && counts.answered_scorecards > 0);
    // No checkpoint was written: the next run asks again.
    assert_eq!(
        store.checkpoint(SyncStream::Trackers).await.unwrap(),
        Default::default()
    );
    let again = Syncer::new(&c, store.as_ref(), SyncOptions::new().streams([SyncStream::Trackers]))
        .run()
        .await
        .unwrap();
    assert!(report_of(&again, SyncStream::Trackers).message.is_some());
    assert_eq!(sb.stats().missing_scope, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_a_stream_without_its_scope_is_skipped_and_the_others_complete() {
    missing_scope_skips_the_stream(&Db::sqlite("streams-scope")).await;
}

fn scorecard(id: &str, review: &str) -> Value {
    json!({
        "answeredScorecardId": id, "scorecardId": "5001", "scorecardName": "Demo", "callId": "7001",
        "callStartTime": "2026-11-30T10:00:00Z", "reviewedUserId": "9001", "reviewerUserId": "9002",
        "reviewMethod": "MANUAL", "reviewTime": review, "visibilityType": "PUBLIC", "answers": [],
        "futureField": { "kept": true },
    })
}

fn day(t: DateTime<Utc>) -> String {
    t.date_naive().format("%Y-%m-%d").to_string()
}

/// Answered scorecards are read by review time: the first run asks from
/// the beginning up to the day after it started; the next run asks from
/// the day of its high-water mark less the hold-back window. Asserted on the
/// wire (the request body), not on what came back.
pub(crate) async fn answered_scorecards_are_incremental(db: &Db) {
    let server = MockServer::start_async().await;
    let c = api_key_client(&server.base_url());
    let store = db.open().await;
    let options = || SyncOptions::new().streams([SyncStream::AnsweredScorecards]);
    let tomorrow = day(Utc::now() + chrono::Duration::days(1));
    let first = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/stats/activity/scorecards")
                .json_body(json!({ "filter": { "reviewToDate": tomorrow } }));
            then.status(200).json_body(json!({
                "requestId": "r1",
                "records": { "totalRecords": 1, "currentPageSize": 1, "currentPageNumber": 0 },
                "answeredScorecards": [scorecard("1001", "2026-11-30T12:00:00Z")],
            }));
        })
        .await;
    let report = Syncer::new(&c, store.as_ref(), options()).run().await.unwrap();
    assert_eq!(report.outcome, SyncOutcome::Done);
    first.assert_calls_async(1).await;
    first.delete_async().await;
    let high_water = store
        .checkpoint(SyncStream::AnsweredScorecards)
        .await
        .unwrap()
        .high_water
        .expect("a finished pass keeps its end");

    let from = day(high_water - chrono::Duration::hours(24));
    let tomorrow = day(Utc::now() + chrono::Duration::days(1));
    let second = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/stats/activity/scorecards")
                .json_body(json!({ "filter": { "reviewFromDate": from, "reviewToDate": tomorrow } }));
            then.status(200).json_body(json!({
                "requestId": "r2",
                "records": { "totalRecords": 2, "currentPageSize": 2, "currentPageNumber": 0 },
                "answeredScorecards": [
                    scorecard("1001", "2026-11-30T12:00:00Z"),
                    scorecard("1002", "2026-12-01T08:30:00Z"),
                ],
            }));
        })
        .await;
    let report = Syncer::new(&c, store.as_ref(), options()).run().await.unwrap();
    assert_eq!(report.outcome, SyncOutcome::Done, "{report:?}");
    second.assert_calls_async(1).await;
    let s = report_of(&report, SyncStream::AnsweredScorecards);
    assert_eq!((s.counts.inserted, s.counts.unchanged), (1, 1), "{s:?}");
    let kept = store
        .record(SyncStream::AnsweredScorecards, "1002".into())
        .await
        .unwrap()
        .unwrap();
    let json: Value = serde_json::from_str(&kept.json).unwrap();
    assert_eq!(json["futureField"], json!({ "kept": true }));
    let review = column(db, "answered_scorecards", "id", "review_time").await;
    assert_eq!(
        review["1002"].as_deref().map(as_utc),
        Some(as_utc("2026-12-01T08:30:00Z"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_answered_scorecards_ask_from_the_high_water_mark() {
    answered_scorecards_are_incremental(&Db::sqlite("streams-incremental")).await;
}

/// Every table the column descriptions name exists in a new database, with
/// those columns (SQLite: the columns' declared types).
#[tokio::test]
async fn sqlite_tables_have_the_described_columns() {
    let db = Db::sqlite("streams-schema");
    let _ = db.open().await;
    let Db::Sqlite { path, .. } = &db else { unreachable!() };
    let c = rusqlite::Connection::open(path).unwrap();
    for (table, want) in [
        (
            "answered_scorecards",
            "id TEXT, scorecard_id TEXT, scorecard_name TEXT, call_id TEXT, call_started TEXT, reviewed_user_id TEXT, \
             reviewer_user_id TEXT, review_method TEXT, review_time TEXT, json TEXT, json_sha256 TEXT, synced_at TEXT",
        ),
        (
            "scorecards",
            "id TEXT, name TEXT, workspace_id TEXT, enabled INTEGER, review_method TEXT, updated TEXT, json TEXT, \
             json_sha256 TEXT, synced_at TEXT",
        ),
        (
            "call_outcomes",
            "name TEXT, category TEXT, connect_status TEXT, sentiment TEXT, display_order INTEGER, json TEXT, \
             json_sha256 TEXT, synced_at TEXT",
        ),
    ] {
        let mut q = c.prepare(&format!("PRAGMA table_info({table})")).unwrap();
        let got: Vec<String> = q
            .query_map([], |r| {
                Ok(format!("{} {}", r.get::<_, String>(1)?, r.get::<_, String>(2)?))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(got.join(", "), want, "{table}");
    }
}
