//! Every connector action on the wire (method, path, query, body, headers)
//! with its decoded result, and every input rule refusing bad input before
//! anything is sent.

use crate::typed_mock::MockServerExt;
use futures::TryStreamExt;
use gong_client::actions::*;
use gong_client::api::types;
use gong_client::api::types::{Actor, CallUploadContext, Sharer};
use gong_client::media::MediaFile;
use gong_client::raw::{RawRequest, RawResponseBody};
use gong_client::{Client, Error, GongId};
use httpmock::prelude::*;
use serde_json::json;

const AUTH: &str = "Basic azpz"; // base64("k:s")

fn client(server: &MockServer) -> Client {
    crate::common::api_key_client(&server.base_url())
}

fn id(s: &str) -> GongId {
    GongId::new(s).unwrap()
}

#[tokio::test]
async fn list_calls_streams_every_page() {
    let server = MockServer::start_async().await;
    // Typed helpers: GET /v2/calls with the document's query parameters.
    let p1 = server.list_calls(|when, then| {
        when.from_date_time("2026-01-01T00:00:00Z")
            .to_date_time("2026-02-01T00:00:00+02:00")
            .workspace_id(&id("555"))
            .cursor(None)
            .into_inner()
            .header("authorization", AUTH);
        then.into_inner()
            .status(200)
            .json_body(json!({ "records": { "cursor": "n1" }, "calls": [{ "id": "1" }, { "id": "2" }] }));
    });
    let p2 = server.list_calls(|when, then| {
        when.cursor("n1").workspace_id(&id("555"));
        then.into_inner()
            .status(200)
            .json_body(json!({ "records": {}, "calls": [{ "id": "3" }] }));
    });
    let input = ListCalls::builder()
        .from_date_time("2026-01-01T00:00:00Z")
        .to_date_time("2026-02-01T00:00:00+02:00")
        .workspace_id(id("555"))
        .build()
        .unwrap();
    let calls: Vec<_> = client(&server).list_calls(input).try_collect().await.unwrap();
    let ids: Vec<_> = calls.iter().map(|c| c.id.as_ref().unwrap().to_string()).collect();
    assert_eq!(ids, ["1", "2", "3"]);
    p1.assert_calls_async(1).await;
    p2.assert_calls_async(1).await;
}

#[tokio::test]
async fn list_calls_resumes_from_a_cursor() {
    let server = MockServer::start_async().await;
    let m = server.list_calls(|when, then| {
        when.cursor("resume-here");
        then.into_inner()
            .status(200)
            .json_body(json!({ "calls": [{ "id": "9" }] }));
    });
    let calls: Vec<_> = client(&server)
        .list_calls(ListCalls::builder().cursor("resume-here").build().unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(calls.len(), 1);
    m.assert_calls_async(1).await;
}

#[tokio::test]
async fn get_call() {
    let server = MockServer::start_async().await;
    let m = server.get_call(|when, then| {
        when.id(&id("7782342274025937895"))
            .into_inner()
            .header("authorization", AUTH);
        then.into_inner().status(200).json_body(
            json!({ "requestId": "r", "call": { "id": "7782342274025937895", "title": "Intro", "duration": 600 } }),
        );
    });
    let call = client(&server)
        .get_call(GetCall::new(id("7782342274025937895")).unwrap())
        .await
        .unwrap();
    assert_eq!(call.call.unwrap().title.as_deref(), Some("Intro"));
    m.assert_calls_async(1).await;
}

fn new_call() -> Draft<NewCall> {
    NewCall::builder(
        "pbx-42",
        id("111"),
        vec![
            Party::user(id("111")),
            Party {
                phone_number: Some("+1 425 555 2671".into()),
                ..Party::email("lead@example.com")
            },
        ],
        CallDirection::Outbound,
        "2026-03-01T10:00:00-07:00",
    )
    .title("Discovery")
    .purpose("Qualify")
    .duration(1800.0)
    .language_code("en-US")
    .workspace_id(id("555"))
}

#[tokio::test]
async fn create_call() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/calls").header("authorization", AUTH).header("content-type", "application/json").json_body(json!({
                "clientUniqueId": "pbx-42",
                "primaryUser": "111",
                "parties": [{ "userId": "111" }, { "emailAddress": "lead@example.com", "phoneNumber": "+1 425 555 2671" }],
                "direction": "Outbound",
                "actualStart": "2026-03-01T10:00:00-07:00",
                "title": "Discovery",
                "purpose": "Qualify",
                "duration": 1800.0,
                "languageCode": "en-US",
                "workspaceId": "555"
            }));
            then.status(200).json_body(json!({ "requestId": "r", "callId": "9000000000000000001" }));
        })
        .await;
    let answer = client(&server).create_call(new_call().build().unwrap()).await.unwrap();
    assert_eq!(answer.call_id.unwrap().as_str(), "9000000000000000001");
    m.assert_calls_async(1).await;
}

#[tokio::test]
async fn add_call_media_from_an_input() {
    let server = MockServer::start_async().await;
    let dir = std::env::temp_dir().join(format!("gong-actions-media-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("rec.wav");
    std::fs::write(&path, b"RIFF....WAVEfmt ").unwrap();
    let m = server
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/v2/calls/42/media")
                .header("authorization", AUTH)
                .header_prefix("content-type", "multipart/form-data; boundary=")
                .body_includes("name=\"mediaFile\"; filename=\"renamed.mp3\"")
                .body_includes("RIFF....WAVEfmt ");
            then.status(201)
                .json_body(json!({ "requestId": "r", "callId": "42", "url": "https://app.gong.io/call?id=42" }));
        })
        .await;
    let input = AddCallMedia::builder(id("42"), path.clone())
        .file_name("renamed.mp3")
        .build()
        .unwrap();
    let answer = client(&server).add_call_media_from(input).await.unwrap();
    assert_eq!(answer.url.as_deref(), Some("https://app.gong.io/call?id=42"));
    m.assert_calls_async(1).await;
    std::fs::remove_dir_all(dir).unwrap();
}

#[tokio::test]
async fn call_transcripts_batch_ids_and_page_in_the_body() {
    let server = MockServer::start_async().await;
    // The body as the generated request type, and as the literal wire JSON.
    let first = types::PublicApiBaseRequestV2CallsFilter {
        cursor: None,
        filter: types::CallsFilter {
            call_ids: Some(vec![id("1"), id("2"), id("3")]),
            ..Default::default()
        },
    };
    let p1 = server.get_call_transcripts(|when, then| {
        when.body(&first)
            .into_inner()
            .json_body(json!({ "filter": { "callIds": ["1", "2", "3"] } }));
        then.into_inner().status(200).json_body(json!({ "records": { "cursor": "t1" }, "callTranscripts": [{ "callId": "1", "transcript": [{ "speakerId": "s", "topic": "Intro", "sentences": [{ "start": 0, "end": 900, "text": "Hello" }] }] }, { "callId": "2", "transcript": [] }] }));
    });
    let second = types::PublicApiBaseRequestV2CallsFilter {
        cursor: Some("t1".into()),
        ..first.clone()
    };
    let p2 = server.get_call_transcripts(|when, then| {
        when.body(&second)
            .into_inner()
            .json_body(json!({ "cursor": "t1", "filter": { "callIds": ["1", "2", "3"] } }));
        then.into_inner()
            .status(200)
            .json_body(json!({ "records": {}, "callTranscripts": [{ "callId": "3", "transcript": [] }] }));
    });
    let input = CallTranscripts::of_calls([id("1"), id("2"), id("3")]).build().unwrap();
    let all: Vec<_> = client(&server).get_call_transcripts(input).try_collect().await.unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].transcript[0].sentences[0].text.as_deref(), Some("Hello"));
    p1.assert_calls_async(1).await;
    p2.assert_calls_async(1).await;
}

#[tokio::test]
async fn logs_of_a_type_in_a_range() {
    let server = MockServer::start_async().await;
    let m = server.list_logs(|when, then| {
        when.log_type(types::ListLogsLogType::AccessLog)
            .from_date_time("2026-01-01T00:00:00Z")
            .to_date_time("2026-01-02T00:00:00Z")
            .cursor(None);
        then.into_inner().status(200).json_body(json!({ "logEntries": [{ "userId": "7", "eventTime": "2026-01-01T10:00:00.000001Z", "logRecord": { "ip": "1.2.3.4", "ok": true, "n": 1 } }] }));
    });
    let input = Logs::builder(LogType::AccessLog, "2026-01-01T00:00:00Z")
        .to_date_time("2026-01-02T00:00:00Z")
        .build()
        .unwrap();
    let entries: Vec<_> = client(&server).get_logs(input).try_collect().await.unwrap();
    assert_eq!(entries.len(), 1);
    m.assert_calls_async(1).await;
}

#[tokio::test]
async fn users_get_and_list_without_avatars_by_default() {
    let server = MockServer::start_async().await;
    let get = server.get_user(|when, then| {
        when.id(&id("314"));
        then.into_inner()
            .status(200)
            .json_body(json!({ "user": { "id": "314", "emailAddress": "pi@example.com" } }));
    });
    let list = server.list_users(|when, then| {
        when.include_avatars(false).cursor(None);
        then.into_inner()
            .status(200)
            .json_body(json!({ "users": [{ "id": "1" }, { "id": "2" }] }));
    });
    let c = client(&server);
    let user = c.get_user(GetUser::new(id("314")).unwrap()).await.unwrap();
    assert_eq!(user.user.unwrap().email_address.as_deref(), Some("pi@example.com"));
    let users: Vec<_> = c.list_users(ListUsers::all()).try_collect().await.unwrap();
    assert_eq!(users.len(), 2);
    get.assert_calls_async(1).await;
    list.assert_calls_async(1).await;
}

#[tokio::test]
async fn workspaces_and_library() {
    let server = MockServer::start_async().await;
    // Answers as generated response types: the typed `ok` serializes them.
    let ws = server.list_workspaces(|_when, then| {
        then.ok(&types::WorkspacesMetadata {
            workspaces: vec![types::WorkspaceMetadata {
                id: Some(id("555")),
                name: Some("EMEA".into()),
                ..Default::default()
            }],
            ..Default::default()
        });
    });
    let folders = server.get_library_structure(|when, then| {
        when.workspace_id(&id("555"));
        then.into_inner()
            .status(200)
            .json_body(json!({ "folders": [{ "id": "77", "name": "Best calls" }] }));
    });
    let content = server.get_calls_in_specific_folder(|when, then| {
        when.folder_id(&id("77"));
        then.into_inner()
            .status(200)
            .json_body(json!({ "id": "77", "name": "Best calls", "calls": [{ "id": "1", "title": "Win" }] }));
    });
    let c = client(&server);
    assert_eq!(
        c.list_workspaces().await.unwrap().workspaces[0].name.as_deref(),
        Some("EMEA")
    );
    assert_eq!(
        c.list_library_folders(LibraryFolders::builder().workspace_id(id("555")).build().unwrap())
            .await
            .unwrap()
            .folders
            .len(),
        1
    );
    assert_eq!(
        c.list_folder_calls(FolderCalls::new(id("77")).unwrap())
            .await
            .unwrap()
            .calls
            .len(),
        1
    );
    ws.assert_calls_async(1).await;
    folders.assert_calls_async(1).await;
    content.assert_calls_async(1).await;
}

fn meeting() -> Meeting {
    Meeting::builder("2026-04-01T09:00:00Z", "2026-04-01T09:30:00Z", "rep@example.com")
        .invitee("buyer@example.com")
        .title("Demo")
        .external_id("ext-1")
        .build()
        .unwrap()
}

#[tokio::test]
async fn meetings_create_update_delete() {
    let server = MockServer::start_async().await;
    let body = json!({ "startTime": "2026-04-01T09:00:00Z", "endTime": "2026-04-01T09:30:00Z", "organizerEmail": "rep@example.com",
                       "invitees": [{ "email": "buyer@example.com" }], "externalId": "ext-1", "title": "Demo" });
    let create = server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/meetings").json_body(body.clone());
            then.status(200)
                .json_body(json!({ "meetingId": "808", "meetingUrl": "https://app.gong.io/m/808" }));
        })
        .await;
    let update = server
        .mock_async(|when, then| {
            when.method(PUT).path("/v2/meetings/808").json_body(body.clone());
            then.status(200).json_body(json!({ "meetingId": "808" }));
        })
        .await;
    let delete = server
        .mock_async(|when, then| {
            when.method(DELETE)
                .path("/v2/meetings/808")
                .json_body(json!({ "organizerEmail": "rep@example.com" }));
            then.status(200)
                .json_body(json!({ "organizerEmail": "rep@example.com" }));
        })
        .await;
    let c = client(&server);
    assert_eq!(
        c.create_meeting(meeting()).await.unwrap().meeting_id.unwrap().as_str(),
        "808"
    );
    c.update_meeting(UpdateMeeting::new(id("808"), meeting()).unwrap())
        .await
        .unwrap();
    c.delete_meeting(DeleteMeeting::new(id("808"), "rep@example.com").unwrap())
        .await
        .unwrap();
    create.assert_calls_async(1).await;
    update.assert_calls_async(1).await;
    delete.assert_calls_async(1).await;
}

#[tokio::test]
async fn engagement_events() {
    let server = MockServer::start_async().await;
    let action = server
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/v2/customer-engagement/action")
                .json_body(json!({
                    "reportingSystem": "docsign", "eventTimestamp": "2026-05-01T08:00:00Z", "eventId": "e1",
                    "actionName": "Contract Signed", "actor": { "email": "buyer@example.com", "name": "B" }
                }));
            then.status(200).json_body(json!({ "requestId": "a" }));
        })
        .await;
    let shared = server
        .mock_async(|when, then| {
            when.method(PUT).path("/v2/customer-engagement/content/shared").json_body(json!({
                "reportingSystem": "docsign", "eventTimestamp": "2026-05-01T08:00:00Z", "contentId": "c1",
                "contentUrl": "https://docs.example.com/c1", "contentTitle": "Proposal", "recipients": [{ "email": "buyer@example.com" }]
            }));
            then.status(200).json_body(json!({ "requestId": "s" }));
        })
        .await;
    let viewed = server
        .mock_async(|when, then| {
            when.method(PUT).path("/v2/customer-engagement/content/viewed").json_body(json!({
                "reportingSystem": "docsign", "eventTimestamp": "2026-05-01T08:00:00Z", "contentId": "c1",
                "contentUrl": "https://docs.example.com/c1", "contentTitle": "Proposal", "viewActionTitle": "Proposal Opened"
            }));
            then.status(200).json_body(json!({ "requestId": "v" }));
        })
        .await;
    let c = client(&server);
    let a = c
        .custom_action_event(
            CustomActionEvent::builder("docsign", "2026-05-01T08:00:00Z")
                .event_id("e1")
                .action_name("Contract Signed")
                .actor(Actor {
                    email: Some("buyer@example.com".into()),
                    name: Some("B".into()),
                    ..Actor::default()
                })
                .build()
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(a.request_id.as_deref(), Some("a"));
    c.custom_shared_event(
        CustomSharedEvent::builder(
            "docsign",
            "2026-05-01T08:00:00Z",
            "c1",
            "https://docs.example.com/c1",
            "Proposal",
        )
        .recipients(vec![Actor {
            email: Some("buyer@example.com".into()),
            ..Actor::default()
        }])
        .build()
        .unwrap(),
    )
    .await
    .unwrap();
    c.custom_viewed_event(
        CustomViewedEvent::builder(
            "docsign",
            "2026-05-01T08:00:00Z",
            "c1",
            "https://docs.example.com/c1",
            "Proposal",
        )
        .view_action_title("Proposal Opened")
        .build()
        .unwrap(),
    )
    .await
    .unwrap();
    action.assert_calls_async(1).await;
    shared.assert_calls_async(1).await;
    viewed.assert_calls_async(1).await;
}

#[tokio::test]
async fn privacy_erase_and_references() {
    let server = MockServer::start_async().await;
    let erase_email = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/data-privacy/erase-data-for-email-address")
                .query_param("emailAddress", "gone@example.com")
                .body("");
            then.status(200).json_body(json!({ "requestId": "e" }));
        })
        .await;
    let erase_phone = server
        .mock_async(|when, then| {
            // `+` must travel percent-encoded, or it would arrive as a space.
            when.method(POST)
                .path("/v2/data-privacy/erase-data-for-phone-number")
                .query_param("phoneNumber", "+1 425 555 2671");
            then.status(200).json_body(json!({ "requestId": "p" }));
        })
        .await;
    let refs_email = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/data-privacy/data-for-email-address")
                .query_param("emailAddress", "who@example.com");
            then.status(200)
                .json_body(json!({ "calls": [{ "id": "1" }], "emails": [], "meetings": [] }));
        })
        .await;
    let refs_phone = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/data-privacy/data-for-phone-number")
                .query_param("phoneNumber", "+14255552671");
            then.status(200).json_body(json!({ "calls": [] }));
        })
        .await;
    let c = client(&server);
    c.erase_email_address(EmailAddress::new("gone@example.com").unwrap())
        .await
        .unwrap();
    c.erase_phone_number(PhoneNumber::new("+1 425 555 2671").unwrap())
        .await
        .unwrap();
    let r = c
        .list_email_address_references(EmailAddress::new("who@example.com").unwrap())
        .await
        .unwrap();
    assert_eq!(r.calls.len(), 1);
    c.list_phone_number_references(PhoneNumber::new("+14255552671").unwrap())
        .await
        .unwrap();
    for m in [&erase_email, &erase_phone, &refs_email, &refs_phone] {
        m.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn raw_request_from_its_connector_input() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/calls/extensive")
                .query_param("x", "1")
                .header("x-trace", "t")
                .header("authorization", AUTH)
                .json_body(json!({ "filter": { "callIds": ["1"] } }));
            then.status(200).json_body(json!({ "calls": [] }));
        })
        .await;
    let input: RawRequestInput = serde_json::from_value(json!({
        "url": "/v2/calls/extensive", "method": "post", "data": { "filter": { "callIds": ["1"] } },
        "queryParameter": { "x": "1" }, "header": { "x-trace": "t" }
    }))
    .unwrap();
    assert_eq!(input.max_retry_count, 0);
    assert!(!input.use_exponential_backoff && !input.retry_on_all_errors && !input.debug_request);
    let answer = client(&server).raw(input.into_request().await.unwrap()).await.unwrap();
    assert_eq!(answer.body, RawResponseBody::Json(json!({ "calls": [] })));
    m.assert_calls_async(1).await;
}

// JSON Schemas need the `schema` feature (on in `cargo test-all`).
#[cfg(feature = "schema")]
#[tokio::test]
async fn schemas_exist_for_every_action() {
    for a in ACTIONS {
        let s = serde_json::to_value(a.schema()).unwrap();
        assert_eq!(s["type"], "object", "{}", a.name);
    }
    let s = serde_json::to_value(schema("create-call").unwrap()).unwrap();
    let required: Vec<&str> = s["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for f in ["clientUniqueId", "primaryUser", "parties", "direction", "actualStart"] {
        assert!(required.contains(&f), "{f} required");
    }
    assert_eq!(ACTIONS.len(), 22);
}

// ------------------------------------------------------- invalid input

/// Runs `f` against a server that would answer anything, and checks that it
/// fails as invalid input on `field` with no request sent.
async fn refused<F, Fut, T>(field: &str, f: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = gong_client::Result<T>>,
    T: std::fmt::Debug,
{
    let server = MockServer::start_async().await;
    let any = crate::common::answer_anything(&server).await;
    match f(client(&server)).await {
        Err(Error::InvalidInput { field: got, rule, .. }) => assert_eq!(got, field, "rule: {rule}"),
        other => panic!("expected invalid {field}, got {other:?}"),
    }
    any.assert_calls_async(0).await;
}

/// Checks that building an input fails as invalid input on `field` (so
/// nothing can be sent: there is no input to send).
#[track_caller]
fn refused_at_build<T: std::fmt::Debug>(field: &str, built: gong_client::Result<T>) {
    match built {
        Err(Error::InvalidInput { field: got, rule, .. }) => {
            assert_eq!(got, field, "rule: {rule}");
            assert!(!rule.is_empty(), "the rule is named");
        }
        other => panic!("expected invalid {field}, got {other:?}"),
    }
}

#[test]
fn invalid_inputs_fail_where_they_are_built() {
    let bad = |s: &str| serde_json::from_str::<GongId>(&format!("{s:?}")).unwrap();
    // Ids.
    refused_at_build("callId", GetCall::new(bad("12a")));
    refused_at_build("userId", GetUser::new(bad("123456789012345678901")));
    refused_at_build("folderId", FolderCalls::new(bad("x")));
    refused_at_build("meetingId", DeleteMeeting::new(bad(""), "rep@example.com"));
    refused_at_build("meetingId", UpdateMeeting::new(bad("x1"), meeting()));
    refused_at_build("workspaceId", LibraryFolders::builder().workspace_id(bad("x1")).build());
    refused_at_build("callId", AddCallMedia::builder(bad("x1"), "x.wav").build());
    refused_at_build(
        "fileName",
        AddCallMedia::builder(id("1"), "x.wav").file_name(" ").build(),
    );
    // Phones and emails.
    refused_at_build("phoneNumber", PhoneNumber::new("425 555 2671"));
    refused_at_build("phoneNumber", PhoneNumber::new("+1 call me"));
    refused_at_build("emailAddress", EmailAddress::new("not-an-email"));
    refused_at_build("emailAddress", EmailAddress::new("a@b"));
    // Date-times need an offset; ranges are ordered.
    refused_at_build(
        "fromDateTime",
        ListCalls::builder().from_date_time("2026-01-01T00:00:00").build(),
    );
    refused_at_build(
        "toDateTime",
        ListCalls::builder()
            .from_date_time("2026-02-01T00:00:00Z")
            .to_date_time("2026-01-01T00:00:00Z")
            .build(),
    );
    refused_at_build(
        "fromDateTime",
        Logs::builder(LogType::UserCallPlay, "yesterday").build(),
    );
    refused_at_build(
        "toDateTime",
        Logs::builder(LogType::UserCallPlay, "2026-02-01T00:00:00Z")
            .to_date_time("2026-01-01T00:00:00Z")
            .build(),
    );
    refused_at_build(
        "actualStart",
        NewCall::builder(
            "u",
            id("1"),
            vec![Party::user(id("1"))],
            CallDirection::Inbound,
            "2026-03-01 10:00",
        )
        .build(),
    );
    // Lengths, language, parties, numbers, URLs.
    refused_at_build("purpose", new_call().purpose("p".repeat(256)).build());
    refused_at_build("disposition", new_call().disposition("d".repeat(256)).build());
    refused_at_build(
        "clientUniqueId",
        NewCall::builder(
            "u".repeat(2049),
            id("1"),
            vec![Party::user(id("1"))],
            CallDirection::Inbound,
            "2026-03-01T10:00:00Z",
        )
        .build(),
    );
    refused_at_build(
        "clientUniqueId",
        NewCall::builder(
            " ",
            id("1"),
            vec![Party::user(id("1"))],
            CallDirection::Inbound,
            "2026-03-01T10:00:00Z",
        )
        .build(),
    );
    refused_at_build("languageCode", new_call().language_code("english").build());
    refused_at_build("duration", new_call().duration(-1.0).build());
    refused_at_build("meetingUrl", new_call().meeting_url("zoom.us/j/1").build());
    refused_at_build(
        "scheduledEnd",
        new_call()
            .scheduled_start("2026-03-01T10:00:00Z")
            .scheduled_end("2026-03-01T09:00:00Z")
            .build(),
    );
    refused_at_build(
        "parties",
        NewCall::builder(
            "u",
            id("1"),
            vec![Party::user(id("2"))],
            CallDirection::Inbound,
            "2026-03-01T10:00:00Z",
        )
        .build(),
    );
    refused_at_build(
        "parties[1].emailAddress",
        NewCall::builder(
            "u",
            id("1"),
            vec![Party::user(id("1")), Party::email("nope")],
            CallDirection::Inbound,
            "2026-03-01T10:00:00Z",
        )
        .build(),
    );
    refused_at_build(
        "parties[0].mediaChannelId",
        NewCall::builder(
            "u",
            id("1"),
            vec![Party {
                media_channel_id: Some(2),
                ..Party::user(id("1"))
            }],
            CallDirection::Inbound,
            "2026-03-01T10:00:00Z",
        )
        .build(),
    );
    // The first setter error wins over later setters.
    refused_at_build("purpose", new_call().purpose("p".repeat(256)).title("fine").build());
    // Meetings.
    refused_at_build(
        "endTime",
        Meeting::builder("2026-04-01T10:00:00Z", "2026-04-01T09:00:00Z", "rep@example.com").build(),
    );
    refused_at_build(
        "organizerEmail",
        Meeting::builder("2026-04-01T09:00:00Z", "2026-04-01T10:00:00Z", "rep").build(),
    );
    refused_at_build(
        "invitees[0].email",
        Meeting::builder("2026-04-01T09:00:00Z", "2026-04-01T10:00:00Z", "rep@example.com")
            .invitee("x")
            .build(),
    );
    refused_at_build("organizerEmail", DeleteMeeting::new(id("1"), "rep"));
    // Transcripts refuse call ids together with a workspace, and an empty list.
    refused_at_build(
        "workspaceId",
        CallTranscripts::of_calls([id("1")]).workspace_id(id("2")).build(),
    );
    refused_at_build("callIds", CallTranscripts::of_calls([]).build());
    // Engagement events.
    refused_at_build("eventTimestamp", CustomActionEvent::builder("sys", "now").build());
    refused_at_build(
        "eventInfoUrl",
        CustomActionEvent::builder("sys", "2026-05-01T08:00:00Z")
            .event_info_url("nope")
            .build(),
    );
    refused_at_build(
        "contentUrl",
        CustomViewedEvent::builder("sys", "2026-05-01T08:00:00Z", "c", "not a url", "t").build(),
    );
    refused_at_build(
        "reportingSystem",
        CustomSharedEvent::builder(" ", "2026-05-01T08:00:00Z", "c", "https://x.example.com", "t").build(),
    );
    refused_at_build(
        "workspaceId",
        CustomSharedEvent::builder("sys", "2026-05-01T08:00:00Z", "c", "https://x.example.com", "t")
            .workspace_id(bad("w"))
            .build(),
    );
}

#[test]
fn inputs_decoded_from_json_are_checked_the_same_way() {
    // Gong's enum values only.
    let e = NewCall::from_json(json!({
        "clientUniqueId": "u", "primaryUser": "1", "parties": [{ "userId": "1" }], "direction": "Sideways", "actualStart": "2026-03-01T10:00:00Z"
    }))
    .unwrap_err();
    assert!(
        matches!(&e, Error::InvalidInput { field, rule, .. } if field == "direction" && rule.contains("unknown variant `Sideways`")),
        "{e:?}"
    );
    // The rules of the builder.
    refused_at_build(
        "parties",
        NewCall::from_json(json!({
            "clientUniqueId": "u", "primaryUser": "1", "parties": [{ "userId": "2" }], "direction": "Inbound", "actualStart": "2026-03-01T10:00:00Z"
        })),
    );
    refused_at_build(
        "purpose",
        NewCall::from_json(json!({
            "clientUniqueId": "u", "primaryUser": "1", "parties": [{ "userId": "1" }], "direction": "Inbound",
            "actualStart": "2026-03-01T10:00:00Z", "purpose": "p".repeat(256)
        })),
    );
    // Unknown fields are refused, by name; a missing one is named in the rule.
    refused_at_build("colour", GetCall::from_json(json!({ "callId": "1", "colour": "blue" })));
    refused_at_build(
        "colour",
        CustomActionEvent::from_json(json!({
            "reportingSystem": "s", "eventTimestamp": "2026-05-01T08:00:00Z", "colour": "blue"
        })),
    );
    let e = NewCall::from_json(json!({ "clientUniqueId": "x" })).unwrap_err();
    assert!(e.to_string().contains("missing field"), "{e}");
    // Nested generated types are typed: an actor must be an object.
    refused_at_build(
        "actor",
        CustomActionEvent::from_json(json!({
            "reportingSystem": "s", "eventTimestamp": "2026-05-01T08:00:00Z", "actor": "buyer@example.com"
        })),
    );
    // Deleting a meeting needs its organizer.
    refused_at_build("organizerEmail", DeleteMeeting::from_json(json!({ "meetingId": "1" })));
    // serde's Deserialize runs the same checks.
    let bad: Result<EmailAddress, _> = serde_json::from_value(json!({ "emailAddress": "nope" }));
    assert!(bad.unwrap_err().to_string().contains("emailAddress"));
    // What an input serializes to decodes back to the same request.
    let call = new_call().build().unwrap();
    let again = NewCall::from_json(serde_json::to_value(&call).unwrap()).unwrap();
    assert_eq!(
        serde_json::to_value(again).unwrap(),
        serde_json::to_value(call).unwrap()
    );
}

#[tokio::test]
async fn checks_that_need_the_file_or_the_url_fail_before_sending() {
    // Media over 1.5 GB.
    refused("mediaFile", |c| async move {
        c.add_call_media(
            &id("1"),
            MediaFile::from_reader(|| async { Ok(tokio::io::empty()) }, 1_500_000_001, "a.wav"),
        )
        .await
    })
    .await;
    // Raw requests: other hosts, bad methods.
    refused("url", |c| async move {
        c.raw(RawRequest::new(reqwest::Method::GET, "https://elsewhere.example.com/x"))
            .await
    })
    .await;
    refused("method", |c| async move {
        let input: RawRequestInput =
            serde_json::from_value(json!({ "url": "/v2/x", "method": "NOT A METHOD" })).unwrap();
        c.raw(input.into_request().await?).await
    })
    .await;
}

#[tokio::test]
async fn an_undocumented_success_status_is_still_a_success() {
    // The document lists 200 for adding a meeting; Gong may answer 201.
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/meetings");
            then.status(201)
                .json_body(json!({ "requestId": "r", "meetingId": "909" }));
        })
        .await;
    let answer = client(&server).create_meeting(meeting()).await.unwrap();
    assert_eq!(answer.meeting_id.unwrap().as_str(), "909");
}

#[tokio::test]
async fn raw_request_input_may_repeat_a_query_name() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/calls")
                .query_param("callIds", "1")
                .query_param("callIds", "2")
                .query_param_count("callIds", ".*", 2);
            then.status(200).json_body(json!({}));
        })
        .await;
    let input: RawRequestInput = serde_json::from_value(json!({
        "url": "/v2/calls", "queryParameter": [{ "key": "callIds", "value": "1" }, { "key": "callIds", "value": "2" }]
    }))
    .unwrap();
    client(&server).raw(input.into_request().await.unwrap()).await.unwrap();
    m.assert_calls_async(1).await;
}

// JSON Schemas need the `schema` feature (on in `cargo test-all`).
#[cfg(feature = "schema")]
#[test]
fn schemas_come_from_the_generated_types() {
    // Ids may be given as JSON integers too, as the schema says.
    let s = serde_json::to_value(schema("get-call").unwrap()).unwrap();
    assert!(s.to_string().contains("\"integer\""), "{s}");
    let input: GetCall = serde_json::from_value(json!({ "callId": 7782342274025937895u64 })).unwrap();
    assert_eq!(
        serde_json::to_value(input).unwrap(),
        json!({ "callId": "7782342274025937895" })
    );
    // No other fields at the top of any input.
    for a in ACTIONS.iter().filter(|a| a.name != "raw-request") {
        let s = serde_json::to_value(a.schema()).unwrap();
        assert_eq!(s["additionalProperties"], json!(false), "{}", a.name);
    }
    // Nested values are the generated types, not "anything".
    let s = serde_json::to_value(schema("custom-action-event").unwrap()).unwrap();
    for (field, def) in [("actor", "Actor"), ("sharer", "Sharer")] {
        assert!(
            s["properties"][field]
                .to_string()
                .contains(&format!("#/definitions/{def}")),
            "{field}: {}",
            s["properties"][field]
        );
    }
    assert!(s["definitions"]["Actor"]["properties"]["email"].is_object(), "{s}");
    let s = serde_json::to_value(schema("create-call").unwrap()).unwrap();
    assert!(
        s["properties"]["context"]["items"]
            .to_string()
            .contains("CallUploadContext"),
        "{s}"
    );
    assert!(
        s["properties"]["parties"]["items"]
            .to_string()
            .contains("CallParticipant"),
        "{s}"
    );
}

#[tokio::test]
async fn write_actions_send_the_generated_request_as_built() {
    let server = MockServer::start_async().await;
    let crm: Vec<CallUploadContext> = serde_json::from_value(json!([
        { "system": "Salesforce", "objects": [{ "objectType": "Opportunity", "objectId": "006A" }] }
    ]))
    .unwrap();
    let buyer = Actor {
        email: Some("buyer@example.com".into()),
        name: Some("Bo".into()),
        ..Actor::default()
    };
    let rep = Sharer {
        email: Some("rep@example.com".into()),
        id: Some(id("111")),
        ..Sharer::default()
    };
    let call_body = json!({
        "clientUniqueId": "pbx-43", "primaryUser": "111", "direction": "Inbound", "actualStart": "2026-03-01T10:00:00Z",
        "parties": [{ "userId": "111", "partyId": "p1", "mediaChannelId": 0 }, { "emailAddress": "buyer@example.com", "partyId": "p2", "mediaChannelId": 1 }],
        "context": [{ "system": "Salesforce", "objects": [{ "objectType": "Opportunity", "objectId": "006A" }] }],
        "speakersTimeline": { "precise": true, "speechSegments": [{ "fromTime": 0, "toTime": 5, "partyIds": ["p1"] }] },
        "downloadMediaUrl": "https://media.example.com/pbx-43.wav", "scheduledStart": "2026-03-01T09:55:00Z",
        "scheduledEnd": "2026-03-01T10:30:00Z", "disposition": "Connected", "customData": "x"
    });
    let create = server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/calls").json_body(call_body.clone());
            then.status(200).json_body(json!({ "callId": "1" }));
        })
        .await;
    let action_body = json!({
        "reportingSystem": "docsign", "eventTimestamp": "2026-05-01T08:00:00Z", "actor": { "email": "buyer@example.com", "name": "Bo" },
        "sharer": { "email": "rep@example.com", "id": "111" },
        "crmContext": [{ "system": "Salesforce", "objects": [{ "objectType": "Opportunity", "objectId": "006A" }] }],
        "contentProperties": [{ "name": "pages", "value": "4", "dataType": "Number" }],
        "nonCompanyParticipants": [{ "email": "buyer@example.com", "name": "Bo" }], "workspaceId": "555"
    });
    let action = server
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/v2/customer-engagement/action")
                .json_body(action_body.clone());
            then.status(200).json_body(json!({ "requestId": "a" }));
        })
        .await;
    let shared = server
        .mock_async(|when, then| {
            when.method(PUT).path("/v2/customer-engagement/content/shared").json_body(json!({
                "reportingSystem": "docsign", "eventTimestamp": "2026-05-01T08:00:00Z", "contentId": "c1",
                "contentUrl": "https://docs.example.com/c1", "contentTitle": "Proposal",
                "sharer": { "email": "rep@example.com", "id": "111" }, "recipients": [{ "email": "buyer@example.com", "name": "Bo" }],
                "crmContext": [{ "system": "Salesforce", "objects": [{ "objectType": "Opportunity", "objectId": "006A" }] }],
                "sharingMessageSubject": "For you"
            }));
            then.status(200).json_body(json!({ "requestId": "s" }));
        })
        .await;
    let viewed = server
        .mock_async(|when, then| {
            when.method(PUT).path("/v2/customer-engagement/content/viewed").json_body(json!({
                "reportingSystem": "docsign", "eventTimestamp": "2026-05-01T08:00:00Z", "contentId": "c1",
                "contentUrl": "https://docs.example.com/c1", "contentTitle": "Proposal", "viewer": { "email": "buyer@example.com", "name": "Bo" },
                "eventProperties": [{ "name": "seconds", "value": "30", "dataType": "Number" }]
            }));
            then.status(200).json_body(json!({ "requestId": "v" }));
        })
        .await;
    let c = client(&server);
    let input = NewCall::builder(
        "pbx-43",
        id("111"),
        vec![
            Party {
                party_id: Some("p1".into()),
                media_channel_id: Some(0),
                ..Party::user(id("111"))
            },
            Party {
                party_id: Some("p2".into()),
                media_channel_id: Some(1),
                ..Party::email("buyer@example.com")
            },
        ],
        CallDirection::Inbound,
        "2026-03-01T10:00:00Z",
    )
    .context(crm.clone())
    .speakers_timeline(
        serde_json::from_value(
            json!({ "precise": true, "speechSegments": [{ "fromTime": 0, "toTime": 5, "partyIds": ["p1"] }] }),
        )
        .unwrap(),
    )
    .download_media_url("https://media.example.com/pbx-43.wav")
    .scheduled_start("2026-03-01T09:55:00Z")
    .scheduled_end("2026-03-01T10:30:00Z")
    .disposition("Connected")
    .custom_data("x")
    .build()
    .unwrap();
    // The input is the request: what it serializes to is what is sent.
    assert_eq!(serde_json::to_value(input.request()).unwrap(), call_body);
    c.create_call(input).await.unwrap();
    let property = |name: &str, value: &str| gong_client::api::types::GenericProperty {
        name: name.into(),
        value: value.into(),
        data_type: "Number".into(),
    };
    c.custom_action_event(
        CustomActionEvent::builder("docsign", "2026-05-01T08:00:00Z")
            .actor(buyer.clone())
            .sharer(rep.clone())
            .crm_context(crm.clone())
            .content_properties(vec![property("pages", "4")])
            .non_company_participants(vec![buyer.clone()])
            .workspace_id(id("555"))
            .build()
            .unwrap(),
    )
    .await
    .unwrap();
    c.custom_shared_event(
        CustomSharedEvent::builder(
            "docsign",
            "2026-05-01T08:00:00Z",
            "c1",
            "https://docs.example.com/c1",
            "Proposal",
        )
        .sharer(rep)
        .recipients(vec![buyer.clone()])
        .crm_context(crm)
        .sharing_message_subject("For you")
        .build()
        .unwrap(),
    )
    .await
    .unwrap();
    c.custom_viewed_event(
        CustomViewedEvent::builder(
            "docsign",
            "2026-05-01T08:00:00Z",
            "c1",
            "https://docs.example.com/c1",
            "Proposal",
        )
        .viewer(buyer)
        .event_properties(vec![property("seconds", "30")])
        .build()
        .unwrap(),
    )
    .await
    .unwrap();
    for m in [&create, &action, &shared, &viewed] {
        m.assert_calls_async(1).await;
    }
}
