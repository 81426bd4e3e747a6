//! The server in this process, against the embedded Gong, driven by rmcp's
//! client over an in-memory pipe (the same line-delimited JSON-RPC as stdio).

use gong_mcp::{GongMcp, Options};
use gong_sandbox::Sandbox;
use rmcp::ServiceExt;
use rmcp::model::{CallToolRequestParams, CallToolResult};
use rmcp::service::{RoleClient, RunningService};
use serde_json::{Value, json};

async fn session(client: gong_client::Client, options: Options) -> RunningService<RoleClient, ()> {
    let (server_end, client_end) = tokio::io::duplex(1 << 20);
    let server = GongMcp::new(client, options).unwrap();
    tokio::spawn(async move {
        if let Ok(running) = server.serve(server_end).await {
            let _ = running.waiting().await;
        }
    });
    ().serve(client_end).await.unwrap()
}

async fn call(s: &RunningService<RoleClient, ()>, tool: &str, args: Value) -> CallToolResult {
    let Value::Object(args) = args else { panic!() };
    s.call_tool(CallToolRequestParams::new(tool.to_owned()).with_arguments(args))
        .await
        .unwrap()
}

fn text(r: &CallToolResult) -> String {
    r.content
        .iter()
        .filter_map(|c| c.as_text().map(|t| t.text.clone()))
        .collect()
}

#[tokio::test]
async fn a_spent_budget_is_a_tool_error_saying_when_it_renews() {
    let sandbox = Sandbox::builder().calls(20).rate_limit(None).start().await.unwrap();
    let client = sandbox
        .client_builder()
        .rate_limit(None)
        .daily_budget(Some(2))
        .build()
        .unwrap();
    let s = session(client, Options::default()).await;
    for _ in 0..2 {
        let r = call(&s, "list-workspaces", json!({})).await;
        assert_eq!(r.is_error, Some(false), "{}", text(&r));
    }
    let before = sandbox.stats().requests;
    let r = call(&s, "list-calls", json!({})).await;
    assert_eq!(r.is_error, Some(true));
    let t = text(&r);
    assert!(t.contains("budget of 2") && t.contains("renews"), "{t}");
    let e = &r.structured_content.unwrap()["error"];
    assert_eq!(e["kind"], "budget_spent");
    assert!(e["renewsInSeconds"].as_u64().is_some_and(|s| s <= 86_400), "{e}");
    assert!(e["renewsAt"].as_str().is_some());
    assert_eq!(sandbox.stats().requests, before, "nothing reached Gong");
    // The session is still there.
    assert!(!s.list_all_tools().await.unwrap().is_empty());
    s.cancel().await.unwrap();
}

#[tokio::test]
async fn transcripts_come_in_chunks_that_cover_them_once() {
    let sandbox = Sandbox::builder().calls(5).rate_limit(None).start().await.unwrap();
    let client = sandbox.client_builder().rate_limit(None).build().unwrap();
    let options = Options {
        max_result_bytes: 2048,
        ..Options::default()
    };
    let s = session(client, options).await;
    let before = sandbox.stats().requests;
    // callId -> (lines given so far, total)
    let mut seen: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut cursor: Option<String> = None;
    let mut chunks = 0;
    loop {
        let mut args = json!({ "fromDateTime": "2000-01-01T00:00:00Z" });
        if let Some(c) = &cursor {
            args["cursor"] = json!(c);
        }
        let r = call(&s, "get-call-transcripts", args).await;
        assert_eq!(r.is_error, Some(false), "{}", text(&r));
        assert!(text(&r).len() <= 2048);
        chunks += 1;
        let st = r.structured_content.unwrap();
        for p in st["transcripts"].as_array().unwrap() {
            let entry = seen.entry(p["callId"].as_str().unwrap().to_owned()).or_default();
            let first = p["firstLine"].as_u64().unwrap() as usize;
            let last = p["lastLine"].as_u64().unwrap() as usize;
            assert_eq!(first, entry.0 + 1, "each chunk starts where the last one stopped");
            assert_eq!(p["text"].as_str().unwrap().lines().count(), last + 1 - first);
            for line in p["text"].as_str().unwrap().lines() {
                // Every party of the sandbox has a name: no line falls back to the id.
                assert!(line.starts_with("[0") && line.contains(": "), "{line}");
                assert!(!line.contains("] Speaker "), "{line}");
            }
            *entry = (last, p["totalLines"].as_u64().unwrap() as usize);
        }
        match st["nextCursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
        assert!(chunks < 1000);
    }
    assert_eq!(seen.len(), 5, "every call's transcript");
    assert!(
        seen.values().all(|(given, total)| given == total && *total > 0),
        "{seen:?}"
    );
    assert!(chunks > 2, "the cap cut the transcripts: {chunks} chunks");
    // One page of transcripts and one request for its parties, whatever the chunks.
    assert_eq!(sandbox.stats().requests - before, 2);
    s.cancel().await.unwrap();
}

fn mock_client(server: &httpmock::MockServer) -> gong_client::Client {
    gong_client::Client::builder()
        .base_url(server.base_url())
        .api_key("key", "secret")
        .rate_limit(None)
        .build()
        .unwrap()
}

/// A transcript of `n` sentences, alternating between `speakers`.
fn transcript(call: &str, speakers: &[&str], n: usize) -> Value {
    let monologues: Vec<Value> = (0..n)
        .map(|i| {
            json!({ "speakerId": speakers[i % speakers.len()], "topic": null,
                    "sentences": [{ "start": i * 4000, "end": i * 4000 + 3500,
                                    "text": format!("sentence number {i} of call {call}") }] })
        })
        .collect();
    json!({ "callId": call, "transcript": monologues })
}

#[tokio::test]
async fn transcript_speakers_are_named_with_one_request_per_page_and_cut_pages_are_not_fetched_again() {
    use httpmock::prelude::*;
    let server = MockServer::start_async().await;
    let filter = json!({ "fromDateTime": "2026-01-01T00:00:00Z" });
    let page2 = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/calls/transcript")
                .json_body(json!({ "filter": filter, "cursor": "GONG-PAGE-2" }));
            then.status(200).json_body(json!({
                "requestId": "r2",
                "records": { "totalRecords": 3, "currentPageSize": 1, "currentPageNumber": 1 },
                "callTranscripts": [transcript("3", &["31"], 5)],
            }));
        })
        .await;
    let page1 = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/calls/transcript")
                .json_body(json!({ "filter": filter }));
            then.status(200).json_body(json!({
                "requestId": "r1",
                "records": { "totalRecords": 3, "currentPageSize": 2, "currentPageNumber": 0, "cursor": "GONG-PAGE-2" },
                "callTranscripts": [transcript("1", &["11", "12"], 300), transcript("2", &["21"], 3)],
            }));
        })
        .await;
    // Only the parties, for the page's calls: exactly this body.
    let parties1 = server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/calls/extensive").json_body(json!({
                "filter": { "callIds": ["1", "2"] },
                "contentSelector": { "exposedFields": { "parties": true } },
            }));
            then.status(200).json_body(json!({
                "requestId": "p1",
                "records": { "totalRecords": 2, "currentPageSize": 2, "currentPageNumber": 0 },
                "calls": [
                    { "metaData": { "id": "1" }, "parties": [
                        { "id": "p11", "speakerId": "11", "name": "Ada Lovelace", "unknownField": 1 },
                        { "id": "p12", "speakerId": "12", "name": "Grace Hopper" } ] },
                    { "metaData": { "id": "2" }, "parties": null },
                ],
            }));
        })
        .await;
    let parties2 = server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/calls/extensive").json_body(json!({
                "filter": { "callIds": ["3"] },
                "contentSelector": { "exposedFields": { "parties": true } },
            }));
            then.status(200).json_body(json!({
                "requestId": "p2",
                "calls": [{ "metaData": { "id": "3" }, "parties": [{ "speakerId": "31", "name": "Alan Turing" }] }],
            }));
        })
        .await;

    let options = Options {
        max_result_bytes: 2048,
        ..Options::default()
    };
    let s = session(mock_client(&server), options).await;
    let mut all = String::new();
    let mut cursor: Option<String> = None;
    let mut results = 0;
    loop {
        let mut args = json!({ "fromDateTime": "2026-01-01T00:00:00Z" });
        if let Some(c) = &cursor {
            args["cursor"] = json!(c);
        }
        let r = call(&s, "get-call-transcripts", args).await;
        assert_eq!(r.is_error, Some(false), "{}", text(&r));
        results += 1;
        let st = r.structured_content.unwrap();
        for p in st["transcripts"].as_array().unwrap() {
            all.push_str(p["text"].as_str().unwrap());
        }
        match st["nextCursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
        assert!(results < 200);
    }
    assert!(results > 5, "the cap cut the first page: {results} results");
    assert_eq!(all.lines().count(), 308);
    assert!(all.contains("] Ada Lovelace: sentence number 0 of call 1\n"), "{all}");
    assert!(all.contains("] Grace Hopper: sentence number 1 of call 1\n"));
    // A speaker Gong gave no name for keeps the id.
    assert!(all.contains("[00:00:04] Speaker 21: sentence number 1 of call 2\n"));
    assert!(all.contains("] Alan Turing: sentence number 4 of call 3\n"));
    // Each page of transcripts was asked for once, and its parties once,
    // however many results the cap cut the page into.
    page1.assert_calls_async(1).await;
    parties1.assert_calls_async(1).await;
    page2.assert_calls_async(1).await;
    parties2.assert_calls_async(1).await;

    // Starting over asks Gong again (the cache only serves continuations).
    let r = call(
        &s,
        "get-call-transcripts",
        json!({ "fromDateTime": "2026-01-01T00:00:00Z" }),
    )
    .await;
    assert_eq!(r.is_error, Some(false));
    page1.assert_calls_async(2).await;
    parties1.assert_calls_async(2).await;
    s.cancel().await.unwrap();
}

#[tokio::test]
async fn continuing_a_cut_page_of_calls_sends_nothing_to_gong() {
    use httpmock::prelude::*;
    let server = MockServer::start_async().await;
    let calls: Vec<Value> = (0..60)
        .map(|i| json!({ "id": format!("{}", 7_000_000 + i), "title": format!("Call {i} {}", "x".repeat(80)) }))
        .collect();
    let page = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/calls").query_param_missing("cursor");
            then.status(200).json_body(json!({
                "requestId": "r",
                "records": { "totalRecords": 60, "currentPageSize": 60, "currentPageNumber": 0 },
                "calls": calls,
            }));
        })
        .await;
    let options = Options {
        max_result_bytes: 2048,
        ..Options::default()
    };
    let s = session(mock_client(&server), options).await;
    let mut seen = 0;
    let mut cursor: Option<String> = None;
    let mut results = 0;
    loop {
        let args = match &cursor {
            Some(c) => json!({ "cursor": c }),
            None => json!({}),
        };
        let r = call(&s, "list-calls", args).await;
        assert_eq!(r.is_error, Some(false), "{}", text(&r));
        results += 1;
        let st = r.structured_content.unwrap();
        seen += st["calls"].as_array().unwrap().len();
        match st["nextCursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
        assert!(results < 100);
    }
    assert_eq!(seen, 60);
    assert!(results > 3, "{results}");
    page.assert_calls_async(1).await;
    s.cancel().await.unwrap();
}

/// A client that keeps the progress notifications it receives.
#[derive(Clone, Default)]
struct Progress(std::sync::Arc<std::sync::Mutex<Vec<rmcp::model::ProgressNotificationParam>>>);

impl rmcp::ClientHandler for Progress {
    async fn on_progress(
        &self,
        params: rmcp::model::ProgressNotificationParam,
        _context: rmcp::service::NotificationContext<RoleClient>,
    ) {
        self.0.lock().unwrap().push(params);
    }
}

#[tokio::test]
async fn a_paced_wait_sends_progress_notifications() {
    let sandbox = Sandbox::builder().calls(5).rate_limit(None).start().await.unwrap();
    // One request every 2.5 s: the second call waits at least that long.
    let client = sandbox.client_builder().rate_limit(Some(0.4)).build().unwrap();
    let (server_end, client_end) = tokio::io::duplex(1 << 20);
    let server = GongMcp::new(client, Options::default()).unwrap();
    tokio::spawn(async move {
        if let Ok(running) = server.serve(server_end).await {
            let _ = running.waiting().await;
        }
    });
    let progress = Progress::default();
    let s = progress.clone().serve(client_end).await.unwrap();
    let mut first = CallToolRequestParams::new("list-workspaces");
    first.arguments = Some(Default::default());
    assert_eq!(s.call_tool(first).await.unwrap().is_error, Some(false));
    assert!(progress.0.lock().unwrap().is_empty());
    let mut second = CallToolRequestParams::new("list-workspaces");
    second.arguments = Some(Default::default());
    let mut meta = rmcp::model::RequestMetaObject::default();
    let token = rmcp::model::ProgressToken(rmcp::model::NumberOrString::Number(7));
    meta.set_progress_token(token.clone());
    second.meta = Some(meta);
    let r = s.call_tool(second).await.unwrap();
    assert_eq!(r.is_error, Some(false), "{}", text(&r));
    // Notifications are sent before the result; give the client's handler a moment.
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let seen = progress.0.lock().unwrap().clone();
    assert!(!seen.is_empty(), "no progress notification during a 2.5 s paced wait");
    // (The SDK client may put its own token on the request: all the same one.)
    assert!(
        seen.iter().all(|p| p.progress_token == seen[0].progress_token),
        "{seen:?} {token:?}"
    );
    assert!(seen[0].message.as_deref().unwrap_or("").contains("paced"), "{seen:?}");
    s.cancel().await.unwrap();
}

/// The server's modules import one way: no module reaches back to itself
/// through others.
#[test]
fn the_server_has_no_import_cycle() {
    gong_testkit::layers::assert_no_import_cycle(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
}
