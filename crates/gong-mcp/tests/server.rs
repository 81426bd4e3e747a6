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
                assert!(line.starts_with('[') && line.contains("] Speaker "), "{line}");
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
