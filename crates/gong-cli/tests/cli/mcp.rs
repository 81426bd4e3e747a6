//! `gong --sandbox mcp` driven by the MCP SDK's own client (rmcp): over stdio
//! (the client spawns the built `gong`) and over streamable HTTP.

use std::collections::HashSet;
use std::process::Stdio;

use rmcp::ServiceExt;
use rmcp::model::{CallToolRequestParams, CallToolResult, ReadResourceRequestParams, ResourceContents};
use rmcp::service::{RoleClient, RunningService};
use rmcp::transport::TokioChildProcess;
use serde_json::{Value, json};

use crate::TempDir;

type Session = RunningService<RoleClient, ()>;

/// A session with `gong --sandbox mcp ARGS` over stdio.
async fn stdio(home: &TempDir, args: &[&str]) -> Session {
    let mut cmd = tokio::process::Command::new(env!("CARGO_BIN_EXE_gong"));
    cmd.env_clear()
        .env("HOME", &home.0)
        .env("GONG_CONFIG", home.path("profiles.json"))
        .args(["--sandbox", "mcp"])
        .args(args);
    let transport = TokioChildProcess::builder(cmd).stderr(Stdio::null()).spawn().unwrap().0;
    ().serve(transport).await.expect("MCP handshake with gong mcp")
}

async fn names(session: &Session) -> Vec<String> {
    session
        .list_all_tools()
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.name.to_string())
        .collect()
}

async fn call(session: &Session, tool: &str, args: Value) -> CallToolResult {
    let Value::Object(args) = args else {
        panic!("arguments must be an object")
    };
    session
        .call_tool(CallToolRequestParams::new(tool.to_owned()).with_arguments(args))
        .await
        .expect("a tool result, not a protocol error")
}

fn text(r: &CallToolResult) -> String {
    r.content
        .iter()
        .filter_map(|c| c.as_text().map(|t| t.text.clone()))
        .collect()
}

/// The tools a server started with `opts` offers, as gong-mcp lists them.
fn offered(allow_writes: bool, allow_erase: bool) -> Vec<&'static str> {
    gong_mcp::tool_names(&gong_mcp::Options {
        allow_writes,
        allow_erase,
        ..gong_mcp::Options::default()
    })
}

#[tokio::test]
async fn tool_list_follows_the_flags() {
    let home = TempDir::new("mcp-flags");
    let set = |v: Vec<String>| v.into_iter().collect::<HashSet<_>>();
    let expect = |writes: bool, erase: bool| {
        offered(writes, erase)
            .into_iter()
            .map(str::to_owned)
            .collect::<HashSet<_>>()
    };
    // The default list is the connector's read actions; each flag adds its own.
    let reads = expect(false, false);
    assert_eq!(reads.len(), 11, "{reads:?}");
    for name in [
        "list-calls",
        "get-call-transcripts",
        "get-logs",
        "list-phone-number-references",
    ] {
        assert!(reads.contains(name), "{name}");
    }
    assert!(expect(true, false).contains("create-call") && !expect(true, false).contains("erase-email-address"));
    assert!(expect(false, true).contains("erase-phone-number") && !expect(false, true).contains("create-call"));

    let s = stdio(&home, &[]).await;
    assert_eq!(set(names(&s).await), reads);
    let tools = s.list_all_tools().await.unwrap();
    for t in &tools {
        let a = t.annotations.as_ref().expect("every tool is annotated");
        assert_eq!(a.read_only_hint, Some(true), "{}", t.name);
        assert_eq!(a.destructive_hint, Some(false), "{}", t.name);
    }
    // A write tool asked for anyway is a tool error, and the session goes on.
    let r = call(&s, "create-call", json!({})).await;
    assert_eq!(r.is_error, Some(true));
    assert!(text(&r).contains("--allow-writes"), "{}", text(&r));
    s.cancel().await.unwrap();

    let s = stdio(&home, &["--allow-writes"]).await;
    assert_eq!(set(names(&s).await), expect(true, false));
    let tools = s.list_all_tools().await.unwrap();
    let create = tools.iter().find(|t| t.name == "create-call").unwrap();
    assert_eq!(create.annotations.as_ref().unwrap().read_only_hint, Some(false));
    s.cancel().await.unwrap();

    let s = stdio(&home, &["--allow-erase"]).await;
    assert_eq!(set(names(&s).await), expect(false, true));
    let tools = s.list_all_tools().await.unwrap();
    let erase = tools.iter().find(|t| t.name == "erase-email-address").unwrap();
    assert_eq!(erase.annotations.as_ref().unwrap().destructive_hint, Some(true));
    s.cancel().await.unwrap();

    let s = stdio(&home, &["--allow-writes", "--allow-erase"]).await;
    assert_eq!(set(names(&s).await), expect(true, true));
    assert!(
        !names(&s).await.iter().any(|n| n == "raw"),
        "raw requests are never a tool"
    );
    s.cancel().await.unwrap();
}

#[tokio::test]
async fn read_tools_give_structured_results_and_bad_arguments_are_tool_errors() {
    let home = TempDir::new("mcp-read");
    let s = stdio(&home, &[]).await;

    let r = call(&s, "list-calls", json!({})).await;
    assert_eq!(r.is_error, Some(false));
    let st = r.structured_content.clone().expect("structured content");
    let calls = st["calls"].as_array().unwrap();
    assert!(!calls.is_empty());
    assert!(
        calls[0]["id"]
            .as_str()
            .is_some_and(|id| id.chars().all(|c| c.is_ascii_digit()))
    );
    assert_eq!(st["source"], "gong");
    assert!(text(&r).len() <= 32 * 1024, "{}", text(&r).len());
    let first_id = calls[0]["id"].as_str().unwrap().to_owned();

    // A bad argument: a tool error naming the field and the rule; the session stays.
    let r = call(&s, "get-call", json!({ "callId": "not-a-number" })).await;
    assert_eq!(r.is_error, Some(true));
    let t = text(&r);
    assert!(t.contains("callId") && t.contains("digits"), "{t}");
    let r = call(&s, "list-calls", json!({ "fromDateTime": "yesterday" })).await;
    assert_eq!(r.is_error, Some(true));
    assert!(text(&r).contains("fromDateTime"), "{}", text(&r));
    let r = call(&s, "list-calls", json!({ "bogus": 1 })).await;
    assert_eq!(r.is_error, Some(true));
    assert!(text(&r).contains("bogus"), "{}", text(&r));
    let r = call(&s, "list-calls", json!({ "cursor": "garbage!" })).await;
    assert_eq!(r.is_error, Some(true));
    assert!(text(&r).contains("cursor"), "{}", text(&r));

    let r = call(&s, "get-call", json!({ "callId": first_id })).await;
    assert_eq!(r.is_error, Some(false), "{}", text(&r));
    let st = r.structured_content.clone().unwrap();
    assert_eq!(st["call"]["id"], first_id.as_str());

    // Transcripts: speaker-labelled, timed lines.
    let r = call(&s, "get-call-transcripts", json!({ "callIds": [first_id] })).await;
    assert_eq!(r.is_error, Some(false), "{}", text(&r));
    let st = r.structured_content.clone().unwrap();
    let part = &st["transcripts"][0];
    assert_eq!(part["callId"], first_id.as_str());
    let first_line = part["text"].as_str().unwrap().lines().next().unwrap().to_owned();
    // Labelled with the speaker's name (the sandbox names every party).
    assert!(
        first_line.starts_with("[00:00:") && !first_line.contains("] Speaker "),
        "{first_line}"
    );

    // Resource templates and a read.
    let templates = s.list_resource_templates(None).await.unwrap().resource_templates;
    let uris: Vec<&str> = templates.iter().map(|t| t.uri_template.as_str()).collect();
    assert_eq!(
        uris,
        ["gong://calls/{id}", "gong://calls/{id}/transcript", "gong://users/{id}"]
    );
    let read = s
        .read_resource(ReadResourceRequestParams::new(format!(
            "gong://calls/{first_id}/transcript"
        )))
        .await
        .unwrap();
    let ResourceContents::TextResourceContents { text, .. } = &read.contents[0] else {
        panic!("text")
    };
    assert!(text.contains(&first_line), "{text}");
    s.cancel().await.unwrap();
}

#[tokio::test]
async fn a_result_past_the_cap_continues_by_cursor() {
    let home = TempDir::new("mcp-cap");
    // 250 calls, 100 a page at Gong; 4 KiB results hold a few calls each.
    let s = stdio(&home, &["--max-result-kib", "4"]).await;
    let mut seen = HashSet::new();
    let mut cursor: Option<String> = None;
    let mut results = 0;
    loop {
        let args = match &cursor {
            Some(c) => json!({ "cursor": c }),
            None => json!({}),
        };
        let r = call(&s, "list-calls", args).await;
        assert_eq!(r.is_error, Some(false), "{}", text(&r));
        assert!(text(&r).len() <= 4096, "{} bytes", text(&r).len());
        results += 1;
        let st = r.structured_content.clone().unwrap();
        for c in st["calls"].as_array().unwrap() {
            assert!(seen.insert(c["id"].as_str().unwrap().to_owned()), "a call twice");
        }
        match st["nextCursor"].as_str() {
            Some(c) => {
                assert!(text(&r).contains(c), "the text says how to continue");
                cursor = Some(c.to_owned());
            }
            None => break,
        }
        assert!(results < 500);
    }
    assert_eq!(seen.len(), 250);
    assert!(results > 3, "the cap cut pages: {results} results");
    s.cancel().await.unwrap();
}

#[tokio::test]
async fn http_needs_the_bearer_token() {
    use std::io::{BufRead, BufReader};
    let home = TempDir::new("mcp-http");
    let token = "test-token-0123456789abcdef";
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_gong"));
    child
        .env_clear()
        .env("HOME", &home.0)
        .env("GONG_CONFIG", home.path("profiles.json"))
        .env("GONG_MCP_TOKEN", token)
        .args(["--sandbox", "mcp", "--http", "127.0.0.1:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = child.spawn().unwrap();
    struct Kill(std::process::Child);
    impl Drop for Kill {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let stderr = child.stderr.take().unwrap();
    let _guard = Kill(child);
    let mut line = String::new();
    BufReader::new(stderr).read_line(&mut line).unwrap();
    let url = line
        .trim()
        .strip_prefix("gong: MCP server at ")
        .expect(&line)
        .to_owned();

    // No token, a wrong token: 401 before any MCP.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let body = json!({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}});
    let r = http.post(&url).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 401);
    let r = http
        .post(&url)
        .bearer_auth("wrong-token-0123456789ab")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);

    // With it: the SDK's streamable HTTP client.
    use rmcp::transport::StreamableHttpClientTransport;
    use rmcp::transport::streamable_http_client::StreamableHttpClientTransportConfig;
    let transport = StreamableHttpClientTransport::from_config(
        StreamableHttpClientTransportConfig::with_uri(url).auth_header(token),
    );
    let s = ().serve(transport).await.expect("MCP over HTTP");
    let tools = names(&s).await;
    assert!(tools.iter().any(|t| t == "list-calls") && !tools.iter().any(|t| t == "create-call"));
    let r = call(&s, "list-users", json!({})).await;
    assert_eq!(r.is_error, Some(false), "{}", text(&r));
    assert!(!r.structured_content.unwrap()["users"].as_array().unwrap().is_empty());
    let r = call(&s, "get-user", json!({ "userId": "x" })).await;
    assert_eq!(r.is_error, Some(true));
    assert!(text(&r).contains("userId"));
    s.cancel().await.unwrap();
}

#[tokio::test]
async fn the_mirror_answers_with_gong_unreachable() {
    let home = TempDir::new("mcp-mirror");
    let db = format!("sqlite:{}", home.path("gong.db").display());
    let synced = crate::bare(&home.0)
        .args(["--sandbox", "--sandbox-calls", "30", "sync", "--db", &db])
        .output()
        .unwrap();
    assert!(synced.status.success(), "{}", String::from_utf8_lossy(&synced.stderr));

    // `gong search`: the same search from the command line.
    let out = crate::bare(&home.0)
        .args(["search", "--db", &db, "the", "time", "--limit", "3", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let hits: Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = hits.as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 3, "{hits:?}");
    assert!(hits[0]["snippet"].as_str().unwrap().contains("[time]"), "{hits:?}");

    // Gong is a closed port: every answer below comes from the mirror.
    let mut cmd = tokio::process::Command::new(env!("CARGO_BIN_EXE_gong"));
    cmd.env_clear()
        .env("HOME", &home.0)
        .env("GONG_CONFIG", home.path("profiles.json"))
        .env("GONG_BASE_URL", "http://127.0.0.1:9")
        .env("GONG_ACCESS_KEY", "key")
        .env("GONG_ACCESS_KEY_SECRET", "secret")
        .env("GONG_RETRIES", "0")
        .env("GONG_QUOTA", "local")
        .args(["mcp", "--db", &db]);
    let transport = TokioChildProcess::builder(cmd).stderr(Stdio::null()).spawn().unwrap().0;
    let s = ().serve(transport).await.unwrap();
    assert!(names(&s).await.iter().any(|n| n == "search-transcripts"));

    let r = call(&s, "search-transcripts", json!({ "query": "time", "limit": 5 })).await;
    assert_eq!(r.is_error, Some(false), "{}", text(&r));
    let st = r.structured_content.clone().unwrap();
    assert_eq!(st["source"], "mirror");
    let hit = &st["hits"][0];
    let call_id = hit["callId"].as_str().unwrap().to_owned();
    assert!(hit["snippet"].as_str().unwrap().contains("[time]"));
    assert!(hit["speakerId"].is_string() && hit["startMs"].is_number() && hit["callTitle"].is_string());

    let r = call(&s, "get-call", json!({ "callId": call_id })).await;
    assert_eq!(r.is_error, Some(false), "{}", text(&r));
    let st = r.structured_content.clone().unwrap();
    assert_eq!(
        (st["source"].as_str(), st["call"]["id"].as_str()),
        (Some("mirror"), Some(call_id.as_str()))
    );
    assert!(text(&r).contains("local mirror"));

    let r = call(&s, "get-call-transcripts", json!({ "callIds": [call_id] })).await;
    assert_eq!(r.is_error, Some(false), "{}", text(&r));
    let st = r.structured_content.clone().unwrap();
    assert_eq!(st["source"], "mirror");
    // Speakers named from the mirror's copy of the call's parties (Gong is
    // unreachable: no request could have named them).
    let lines = st["transcripts"][0]["text"].as_str().unwrap().to_owned();
    assert!(!lines.is_empty() && !lines.contains("] Speaker "), "{lines}");

    // What the mirror cannot answer goes to Gong, which is not there: a tool error.
    let r = call(&s, "list-calls", json!({})).await;
    assert_eq!(r.is_error, Some(true));
    let r = call(&s, "search-transcripts", json!({ "query": "!!" })).await;
    assert_eq!(r.is_error, Some(true));
    assert!(text(&r).contains("query"), "{}", text(&r));
    s.cancel().await.unwrap();
}

#[tokio::test]
async fn tools_all_adds_the_read_operations_under_their_api_names() {
    let home = TempDir::new("mcp-all");
    let s = stdio(&home, &["--tools", "all"]).await;
    let all = names(&s).await;
    for name in offered(false, false)
        .iter()
        .chain(["list-calls-extensive", "get-library-structure", "list-scorecards"].iter())
    {
        assert!(all.iter().any(|n| n == name), "{name} missing from {all:?}");
    }
    // Writes stay behind --allow-writes, whatever --tools says.
    assert!(
        !all.iter()
            .any(|n| n == "add-call" || n == "create-call" || n == "purge-email-address"),
        "{all:?}"
    );
    let r = call(&s, "get-library-structure", json!({})).await;
    assert_eq!(r.is_error, Some(false), "{}", text(&r));
    let folders = r.structured_content.unwrap()["folders"].as_array().unwrap().clone();
    let folder = folders[0]["id"].as_str().unwrap().to_owned();
    let r = call(
        &s,
        "get-calls-in-specific-folder",
        json!({ "query": { "folderId": folder } }),
    )
    .await;
    assert_eq!(r.is_error, Some(false), "{}", text(&r));
    // Only the operation's own path: no URL, no stray argument.
    let r = call(
        &s,
        "get-library-structure",
        json!({ "url": "https://elsewhere.example/" }),
    )
    .await;
    assert_eq!(r.is_error, Some(true));
    assert!(text(&r).contains("url"), "{}", text(&r));
    s.cancel().await.unwrap();

    let s = stdio(&home, &[]).await;
    let r = call(&s, "get-library-structure", json!({})).await;
    assert_eq!(r.is_error, Some(true));
    assert!(text(&r).contains("--tools all"), "{}", text(&r));
    s.cancel().await.unwrap();
}
