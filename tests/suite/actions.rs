//! Every connector action on the wire (method, path, query, body, headers)
//! with its decoded result, and every input rule refusing bad input before
//! anything is sent.

use futures::TryStreamExt;
use gong_client::actions::*;
use gong_client::media::MediaFile;
use gong_client::raw::{RawRequest, RawResponseBody};
use gong_client::{Client, Error, GongId};
use httpmock::prelude::*;
use serde_json::json;

const AUTH: &str = "Basic azpz"; // base64("k:s")

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .api_key("k", "s")
        .rate_limit(None)
        .build()
        .unwrap()
}

fn id(s: &str) -> GongId {
    GongId::new(s).unwrap()
}

#[tokio::test]
async fn list_calls_streams_every_page() {
    let server = MockServer::start_async().await;
    let p1 = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/calls")
                .header("authorization", AUTH)
                .query_param("fromDateTime", "2026-01-01T00:00:00Z")
                .query_param("toDateTime", "2026-02-01T00:00:00+02:00")
                .query_param("workspaceId", "555")
                .query_param_missing("cursor");
            then.status(200)
                .json_body(json!({ "records": { "cursor": "n1" }, "calls": [{ "id": "1" }, { "id": "2" }] }));
        })
        .await;
    let p2 = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/calls")
                .query_param("cursor", "n1")
                .query_param("workspaceId", "555");
            then.status(200)
                .json_body(json!({ "records": {}, "calls": [{ "id": "3" }] }));
        })
        .await;
    let input = ListCalls::new()
        .from_date_time("2026-01-01T00:00:00Z")
        .to_date_time("2026-02-01T00:00:00+02:00")
        .workspace_id(id("555"));
    let calls: Vec<_> = client(&server).list_calls(input).try_collect().await.unwrap();
    let ids: Vec<_> = calls.iter().map(|c| c.id.as_ref().unwrap().to_string()).collect();
    assert_eq!(ids, ["1", "2", "3"]);
    p1.assert_calls_async(1).await;
    p2.assert_calls_async(1).await;
}

#[tokio::test]
async fn list_calls_resumes_from_a_cursor() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/calls").query_param("cursor", "resume-here");
            then.status(200).json_body(json!({ "calls": [{ "id": "9" }] }));
        })
        .await;
    let calls: Vec<_> = client(&server)
        .list_calls(ListCalls::new().cursor("resume-here"))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(calls.len(), 1);
    m.assert_calls_async(1).await;
}

#[tokio::test]
async fn get_call() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/calls/7782342274025937895")
                .header("authorization", AUTH);
            then.status(200).json_body(
                json!({ "requestId": "r", "call": { "id": "7782342274025937895", "title": "Intro", "duration": 600 } }),
            );
        })
        .await;
    let call = client(&server).get_call(id("7782342274025937895")).await.unwrap();
    assert_eq!(call.call.unwrap().title.as_deref(), Some("Intro"));
    m.assert_calls_async(1).await;
}

fn new_call() -> NewCall {
    NewCall::new(
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
    let answer = client(&server).create_call(new_call()).await.unwrap();
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
    let input = AddCallMedia {
        call_id: id("42"),
        file: path.clone(),
        file_name: Some("renamed.mp3".into()),
    };
    let answer = client(&server).add_call_media_from(input).await.unwrap();
    assert_eq!(answer.url.as_deref(), Some("https://app.gong.io/call?id=42"));
    m.assert_calls_async(1).await;
    std::fs::remove_dir_all(dir).unwrap();
}

#[tokio::test]
async fn call_transcripts_batch_ids_and_page_in_the_body() {
    let server = MockServer::start_async().await;
    let p1 = server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/calls/transcript").json_body(json!({ "filter": { "callIds": ["1", "2", "3"] } }));
            then.status(200).json_body(json!({ "records": { "cursor": "t1" }, "callTranscripts": [{ "callId": "1", "transcript": [{ "speakerId": "s", "topic": "Intro", "sentences": [{ "start": 0, "end": 900, "text": "Hello" }] }] }, { "callId": "2", "transcript": [] }] }));
        })
        .await;
    let p2 = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/calls/transcript")
                .json_body(json!({ "cursor": "t1", "filter": { "callIds": ["1", "2", "3"] } }));
            then.status(200)
                .json_body(json!({ "records": {}, "callTranscripts": [{ "callId": "3", "transcript": [] }] }));
        })
        .await;
    let input = CallTranscripts::of_calls([id("1"), id("2"), id("3")]);
    let all: Vec<_> = client(&server).call_transcripts(input).try_collect().await.unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].transcript[0].sentences[0].text.as_deref(), Some("Hello"));
    p1.assert_calls_async(1).await;
    p2.assert_calls_async(1).await;
}

#[tokio::test]
async fn logs_of_a_type_in_a_range() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/logs")
                .query_param("logType", "AccessLog")
                .query_param("fromDateTime", "2026-01-01T00:00:00Z")
                .query_param("toDateTime", "2026-01-02T00:00:00Z");
            then.status(200).json_body(json!({ "logEntries": [{ "userId": "7", "eventTime": "2026-01-01T10:00:00.000001Z", "logRecord": { "ip": "1.2.3.4", "ok": true, "n": 1 } }] }));
        })
        .await;
    let input = Logs::new(LogType::AccessLog, "2026-01-01T00:00:00Z").to_date_time("2026-01-02T00:00:00Z");
    let entries: Vec<_> = client(&server).logs(input).try_collect().await.unwrap();
    assert_eq!(entries.len(), 1);
    m.assert_calls_async(1).await;
}

#[tokio::test]
async fn users_get_and_list_without_avatars_by_default() {
    let server = MockServer::start_async().await;
    let get = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/users/314");
            then.status(200)
                .json_body(json!({ "user": { "id": "314", "emailAddress": "pi@example.com" } }));
        })
        .await;
    let list = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/users")
                .query_param("includeAvatars", "false");
            then.status(200)
                .json_body(json!({ "users": [{ "id": "1" }, { "id": "2" }] }));
        })
        .await;
    let c = client(&server);
    let user = c.get_user(id("314")).await.unwrap();
    assert_eq!(user.user.unwrap().email_address.as_deref(), Some("pi@example.com"));
    let users: Vec<_> = c.list_users(ListUsers::new()).try_collect().await.unwrap();
    assert_eq!(users.len(), 2);
    get.assert_calls_async(1).await;
    list.assert_calls_async(1).await;
}

#[tokio::test]
async fn workspaces_and_library() {
    let server = MockServer::start_async().await;
    let ws = server
        .mock_async(|when, then| {
            when.method(GET).path("/v2/workspaces");
            then.status(200)
                .json_body(json!({ "workspaces": [{ "id": "555", "name": "EMEA" }] }));
        })
        .await;
    let folders = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/library/folders")
                .query_param("workspaceId", "555");
            then.status(200)
                .json_body(json!({ "folders": [{ "id": "77", "name": "Best calls" }] }));
        })
        .await;
    let content = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/library/folder-content")
                .query_param("folderId", "77");
            then.status(200)
                .json_body(json!({ "id": "77", "name": "Best calls", "calls": [{ "id": "1", "title": "Win" }] }));
        })
        .await;
    let c = client(&server);
    assert_eq!(
        c.list_workspaces().await.unwrap().workspaces[0].name.as_deref(),
        Some("EMEA")
    );
    assert_eq!(
        c.list_library_folders(LibraryFolders {
            workspace_id: Some(id("555"))
        })
        .await
        .unwrap()
        .folders
        .len(),
        1
    );
    assert_eq!(
        c.list_folder_calls(FolderCalls { folder_id: id("77") })
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
    Meeting::new("2026-04-01T09:00:00Z", "2026-04-01T09:30:00Z", "rep@example.com")
        .invitee("buyer@example.com")
        .title("Demo")
        .external_id("ext-1")
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
    c.update_meeting(UpdateMeeting {
        meeting_id: id("808"),
        meeting: meeting(),
    })
    .await
    .unwrap();
    c.delete_meeting(DeleteMeeting::new(id("808")).organizer_email("rep@example.com"))
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
            CustomActionEvent::new("docsign", "2026-05-01T08:00:00Z")
                .event_id("e1")
                .action_name("Contract Signed")
                .actor(json!({ "email": "buyer@example.com", "name": "B" })),
        )
        .await
        .unwrap();
    assert_eq!(a.request_id.as_deref(), Some("a"));
    c.custom_shared_event(
        CustomSharedEvent::new(
            "docsign",
            "2026-05-01T08:00:00Z",
            "c1",
            "https://docs.example.com/c1",
            "Proposal",
        )
        .recipients(json!([{ "email": "buyer@example.com" }])),
    )
    .await
    .unwrap();
    c.custom_viewed_event(
        CustomViewedEvent::new(
            "docsign",
            "2026-05-01T08:00:00Z",
            "c1",
            "https://docs.example.com/c1",
            "Proposal",
        )
        .view_action_title("Proposal Opened"),
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
    c.erase_email_address(EmailAddress {
        email_address: "gone@example.com".into(),
    })
    .await
    .unwrap();
    c.erase_phone_number(PhoneNumber {
        phone_number: "+1 425 555 2671".into(),
    })
    .await
    .unwrap();
    let r = c
        .email_address_references(EmailAddress {
            email_address: "who@example.com".into(),
        })
        .await
        .unwrap();
    assert_eq!(r.calls.len(), 1);
    c.phone_number_references(PhoneNumber {
        phone_number: "+14255552671".into(),
    })
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
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(json!({}));
        })
        .await;
    match f(client(&server)).await {
        Err(Error::InvalidInput { field: got, rule, .. }) => assert_eq!(got, field, "rule: {rule}"),
        other => panic!("expected invalid {field}, got {other:?}"),
    }
    any.assert_calls_async(0).await;
}

async fn first<T>(s: impl futures::Stream<Item = gong_client::Result<T>>) -> gong_client::Result<Vec<T>> {
    s.try_collect().await
}

#[tokio::test]
async fn invalid_inputs_send_nothing() {
    // Ids.
    refused("callId", |c| async move {
        c.get_call(serde_json::from_str::<GongId>("\"12a\"").unwrap()).await
    })
    .await;
    refused("userId", |c| async move {
        c.get_user(serde_json::from_str::<GongId>("\"123456789012345678901\"").unwrap())
            .await
    })
    .await;
    refused("folderId", |c| async move {
        c.list_folder_calls(FolderCalls {
            folder_id: serde_json::from_str("\"x\"").unwrap(),
        })
        .await
    })
    .await;
    refused("meetingId", |c| async move {
        c.delete_meeting(DeleteMeeting::new(serde_json::from_str("\"\"").unwrap()))
            .await
    })
    .await;
    // Phones and emails.
    refused("phoneNumber", |c| async move {
        c.erase_phone_number(PhoneNumber {
            phone_number: "425 555 2671".into(),
        })
        .await
    })
    .await;
    refused("phoneNumber", |c| async move {
        c.phone_number_references(PhoneNumber {
            phone_number: "+1 call me".into(),
        })
        .await
    })
    .await;
    refused("emailAddress", |c| async move {
        c.erase_email_address(EmailAddress {
            email_address: "not-an-email".into(),
        })
        .await
    })
    .await;
    refused("emailAddress", |c| async move {
        c.email_address_references(EmailAddress {
            email_address: "a@b".into(),
        })
        .await
    })
    .await;
    // Date-times need an offset; ranges are ordered.
    refused("fromDateTime", |c| async move {
        first(c.list_calls(ListCalls::new().from_date_time("2026-01-01T00:00:00"))).await
    })
    .await;
    refused("toDateTime", |c| async move {
        first(
            c.list_calls(
                ListCalls::new()
                    .from_date_time("2026-02-01T00:00:00Z")
                    .to_date_time("2026-01-01T00:00:00Z"),
            ),
        )
        .await
    })
    .await;
    refused("fromDateTime", |c| async move {
        first(c.logs(Logs::new(LogType::UserCallPlay, "yesterday"))).await
    })
    .await;
    refused("actualStart", |c| async move {
        c.create_call(NewCall::new(
            "u",
            id("1"),
            vec![Party::user(id("1"))],
            CallDirection::Inbound,
            "2026-03-01 10:00",
        ))
        .await
    })
    .await;
    // Lengths, language, parties.
    refused("purpose", |c| async move {
        c.create_call(new_call().purpose("p".repeat(256))).await
    })
    .await;
    refused("disposition", |c| async move {
        c.create_call(new_call().disposition("d".repeat(256))).await
    })
    .await;
    refused("clientUniqueId", |c| async move {
        c.create_call(NewCall::new(
            "u".repeat(2049),
            id("1"),
            vec![Party::user(id("1"))],
            CallDirection::Inbound,
            "2026-03-01T10:00:00Z",
        ))
        .await
    })
    .await;
    refused("languageCode", |c| async move {
        c.create_call(new_call().language_code("english")).await
    })
    .await;
    refused("parties", |c| async move {
        c.create_call(NewCall::new(
            "u",
            id("1"),
            vec![Party::user(id("2"))],
            CallDirection::Inbound,
            "2026-03-01T10:00:00Z",
        ))
        .await
    })
    .await;
    refused("parties[1].emailAddress", |c| async move {
        c.create_call(NewCall::new(
            "u",
            id("1"),
            vec![Party::user(id("1")), Party::email("nope")],
            CallDirection::Inbound,
            "2026-03-01T10:00:00Z",
        ))
        .await
    })
    .await;
    // Call direction is one of Gong's values (checked when decoding input JSON).
    let bad: Result<NewCall, _> = serde_json::from_value(json!({
        "clientUniqueId": "u", "primaryUser": "1", "parties": [{ "userId": "1" }], "direction": "Sideways", "actualStart": "2026-03-01T10:00:00Z"
    }));
    assert!(bad.unwrap_err().to_string().contains("unknown variant `Sideways`"));
    // Meetings.
    refused("endTime", |c| async move {
        c.create_meeting(Meeting::new(
            "2026-04-01T10:00:00Z",
            "2026-04-01T09:00:00Z",
            "rep@example.com",
        ))
        .await
    })
    .await;
    refused("organizerEmail", |c| async move {
        c.create_meeting(Meeting::new("2026-04-01T09:00:00Z", "2026-04-01T10:00:00Z", "rep"))
            .await
    })
    .await;
    refused("invitees[0]", |c| async move {
        c.update_meeting(UpdateMeeting {
            meeting_id: id("1"),
            meeting: Meeting::new("2026-04-01T09:00:00Z", "2026-04-01T10:00:00Z", "rep@example.com").invitee("x"),
        })
        .await
    })
    .await;
    // Transcripts refuse call ids together with a workspace.
    refused("workspaceId", |c| async move {
        first(c.call_transcripts(CallTranscripts::of_calls([id("1")]).workspace_id(id("2")))).await
    })
    .await;
    // Engagement events.
    refused("eventTimestamp", |c| async move {
        c.custom_action_event(CustomActionEvent::new("sys", "now")).await
    })
    .await;
    refused("contentUrl", |c| async move {
        c.custom_viewed_event(CustomViewedEvent::new(
            "sys",
            "2026-05-01T08:00:00Z",
            "c",
            "not a url",
            "t",
        ))
        .await
    })
    .await;
    refused("reportingSystem", |c| async move {
        c.custom_shared_event(CustomSharedEvent::new(
            " ",
            "2026-05-01T08:00:00Z",
            "c",
            "https://x.example.com",
            "t",
        ))
        .await
    })
    .await;
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

#[test]
fn every_input_type_validates_on_its_own() {
    let bad_id: GongId = serde_json::from_str("\"x1\"").unwrap();
    let field = |r: gong_client::Result<()>| match r {
        Err(Error::InvalidInput { field, .. }) => field,
        other => panic!("{other:?}"),
    };
    assert_eq!(field(GetCall::new(bad_id.clone()).validate()), "callId");
    assert_eq!(field(GetUser::new(bad_id.clone()).validate()), "userId");
    assert_eq!(
        field(
            FolderCalls {
                folder_id: bad_id.clone()
            }
            .validate()
        ),
        "folderId"
    );
    assert_eq!(
        field(
            LibraryFolders {
                workspace_id: Some(bad_id.clone())
            }
            .validate()
        ),
        "workspaceId"
    );
    assert_eq!(field(DeleteMeeting::new(bad_id.clone()).validate()), "meetingId");
    assert_eq!(
        field(
            UpdateMeeting {
                meeting_id: bad_id.clone(),
                meeting: meeting()
            }
            .validate()
        ),
        "meetingId"
    );
    assert_eq!(
        field(
            EmailAddress {
                email_address: "x".into()
            }
            .validate()
        ),
        "emailAddress"
    );
    assert_eq!(
        field(
            PhoneNumber {
                phone_number: "1".into()
            }
            .validate()
        ),
        "phoneNumber"
    );
    assert_eq!(field(CustomActionEvent::new("s", "bad").validate()), "eventTimestamp");
    assert_eq!(
        field(
            AddCallMedia {
                call_id: bad_id,
                file: "x.wav".into(),
                file_name: None
            }
            .validate()
        ),
        "callId"
    );
    // Ids may be given as JSON integers too, as the schema says.
    let s = serde_json::to_value(schema("get-call").unwrap()).unwrap();
    assert!(s.to_string().contains("\"integer\""), "{s}");
    let input: GetCall = serde_json::from_value(json!({ "callId": 7782342274025937895u64 })).unwrap();
    input.validate().unwrap();
}
