//! Every operation of the API document (`gong_client::api::operations::ALL`)
//! answered by the sandbox with a success status and a body that decodes
//! into the operation's generated response type; an operation the sandbox
//! does not serve, or one this table lacks, fails the test. Then Gong
//! 2026's behaviours: the AI operations' 402 without credits, the bulk flow
//! assignment's 202-then-poll, Engage tasks paged and updated, call
//! outcomes and briefs.

use gong_client::api::types;
use gong_client::raw::{FilePart, RawBody, RawRequest, RawResponseBody};
use gong_client::reqwest::Method;
use gong_client::{Client, Error};
use gong_sandbox::{Sandbox, SandboxHandle};
use serde_json::{Value, json};

/// Decodes `body` into the response type of `operation_id`: `None` when
/// this table does not know the operation.
fn decode(operation_id: &str, body: &Value) -> Option<Result<(), String>> {
    macro_rules! table {
        ($($id:literal => $t:ident,)*) => {
            match operation_id {
                $($id => Some(
                    serde_path_to_error::deserialize::<_, types::$t>(body.clone())
                        .map(|_| ())
                        .map_err(|e| format!("{} at `{}`: {}", stringify!($t), e.path(), e.inner())),
                ),)*
                _ => None,
            }
        };
    }
    table! {
        "listCalls" => CallsResponse,
        "addCall" => NewCallAddingResponse,
        "addCallRecording" => NewCallRecordingResponse,
        "getCall" => SpecificCall,
        "listCallsExtensive" => Calls,
        "getPermissionProfile" => PermissionProfileResponse,
        "updatePermissionProfile" => PermissionProfileResponse,
        "createPermissionProfile" => PermissionProfileResponse,
        "updateMeeting" => UpdateMeetingResponse,
        "deleteMeeting" => DeleteMeetingRequest,
        "contentViewed" => RegisterGenericCrmResponse,
        "contentShared" => RegisterGenericCrmResponse,
        "customAction" => RegisterGenericCrmResponse,
        "listGenericCrmIntegration" => ListGenericCrmIntegrationsResponse,
        "registerGenericCrmIntegration" => RegisterGenericCrmResponse,
        "deleteGenericCrmIntegration" => AsyncProcessingResponse,
        "addUsersAccessToCalls" => BaseResponse,
        "getUsersAccessToCalls" => CallsAccessDetailsResponse,
        "deleteUsersAccessToCalls" => BaseResponse,
        "listMultipleUsers" => UsersMetadata,
        "listTasks" => UserRemindersResponse,
        "listInteractionStats" => CompanyUsersIntercationStatsResponse,
        "listAnsweredScorecards" => AnsweredScorecards,
        "listMultipleUsersDayByDayActivity" => UsersDayByDayActivity,
        "listMultipleUsersAggregateActivity" => CompanyUsersAggregateActivityResponse,
        "listMultipleUsersAggregateByPeriod" => UsersAggregateByPeriodActivity,
        "addMeeting" => NewMeetingResponse,
        "integrationStatus" => IntegrationStatusResponse,
        "integrationSettings" => RegisterGenericCrmResponse,
        "getFlowSteps" => FlowStepsResponse,
        "getProspectsAssignedFlows" => ProspectsFlowsResponse,
        "unassignFlows" => UnassignFlowsResponse,
        "unassignProspectFlows" => UnassignFlowsResponse,
        "submitFlowProspectsBulkAssignment" => FlowProspectsBulkAssignmentResponse,
        "assignProspects" => AssignFlowResponse,
        "assignProspectsCoolOffOverrides" => AssignFlowResponse,
        "addDigitalInteraction" => EventAcceptedResponse,
        "purgePhoneNumber" => BaseResponse,
        "purgeEmailAddress" => BaseResponse,
        "listCrmSchemaFields" => ListSelectedFieldsResponse,
        "uploadCrmSchemaField" => BaseResponse,
        "getCrmObjects" => GetGenericCrmObjectsResponse,
        "uploadCrmData" => AsyncProcessingResponse,
        "getCallTranscripts" => CallTranscripts,
        "updateReminder" => UserRemindersResponse,
        "listWorkspaces" => WorkspacesMetadata,
        "listUsers" => UsersMetadata,
        "getUser" => User,
        "getUserHistory" => SettingsHistory,
        "listTrackers" => Trackers,
        "listScorecards" => Scorecards,
        "listBriefs" => Briefs,
        "listPermissionProfileUsers" => PermissionProfileUsersResponse,
        "listLogs" => LogsResponse,
        "getLibraryStructure" => LibraryResponse,
        "getCallsInSpecificFolder" => LibraryFolderListOfCallsResponse,
        "listFlows" => FlowsResponse,
        "getFlowProspectsBulkAssignment" => FlowProspectsBulkAssignmentResponse,
        "listFlowsFolders" => FlowsResponse,
        "generateBrief" => GenerateBriefResponse,
        "askEntity" => AskEntityResponse,
        "findAllReferencesToPhoneNumber" => PhoneNumberReferences,
        "findAllReferencesToEmailAddress" => EmailAddressReferences,
        "getRequestStatus" => RequestStatusResponse,
        "getCoachingMetrics" => CoachingMetrics,
        "listCallOutcomes" => CallOutcomesResponse,
        "listPermissionProfile" => PermissionProfilesResponse,
        "listCRMCallsManualAssociation" => ManualAssociationResponse,
    }
}

async fn start(builder: gong_sandbox::SandboxBuilder) -> (SandboxHandle, Client) {
    let sb = builder.rate_limit(None).calls(30).start().await.unwrap();
    let client = sb.client_builder().rate_limit(None).daily_budget(None).build().unwrap();
    (sb, client)
}

fn split(path_and_query: &str) -> (String, Vec<(String, String)>) {
    match path_and_query.split_once('?') {
        Some((p, q)) => (
            p.to_owned(),
            form_urlencoded::parse(q.as_bytes()).into_owned().collect(),
        ),
        None => (path_and_query.to_owned(), Vec::new()),
    }
}

async fn send(
    client: &Client,
    method: &str,
    path_and_query: &str,
    body: Option<Value>,
) -> gong_client::Result<(u16, Value)> {
    let (path, query) = split(path_and_query);
    let mut req = RawRequest::new(Method::from_bytes(method.as_bytes()).unwrap(), path);
    for (k, v) in query {
        req = req.query(k, v);
    }
    if let Some(b) = body {
        req = req.json(b);
    }
    let answer = client.raw(req).await?;
    let value = match answer.body {
        RawResponseBody::Json(v) => v,
        other => panic!("not JSON: {other:?}"),
    };
    Ok((answer.status, value))
}

/// Sends every operation's example (made-before things made first) and
/// checks each answer. Returns what failed, one line each.
async fn walk(sb: &SandboxHandle, client: &Client) -> Vec<String> {
    let mut failures = Vec::new();
    // Things later operations act on.
    let mut meeting_id = None;
    let mut new_call_id = None;
    let mut bulk_id = None;
    let mut task = None;
    // Creation first: the order of ALL is the document's.
    let mut ops: Vec<&gong_client::api::operations::Operation> = gong_client::api::operations::ALL.iter().collect();
    ops.sort_by_key(|o| match o.id {
        "addMeeting" | "addCall" | "submitFlowProspectsBulkAssignment" | "listTasks" => 0,
        "deleteMeeting" => 2,
        _ => 1,
    });
    for op in ops {
        let Some(example) = sb.example_request(op.id) else {
            failures.push(format!("{}: the sandbox has no example request", op.id));
            continue;
        };
        let mut path_and_query = example.path_and_query.clone();
        let mut body = example.body.clone();
        let swap = |p: &str, from: &str, to: &Option<String>| match to {
            Some(id) => format!("{from}/{id}"),
            None => p.to_owned(),
        };
        match op.id {
            "updateMeeting" | "deleteMeeting" => path_and_query = swap(&path_and_query, "/v2/meetings", &meeting_id),
            "getFlowProspectsBulkAssignment" => {
                path_and_query = swap(&path_and_query, "/v2/flows/prospects/bulk-assignments", &bulk_id)
            }
            "updateReminder" => {
                let (id, user): &(String, String) = task.as_ref().expect("listTasks ran first");
                path_and_query = format!("/v2/tasks/{id}");
                body = Some(json!({ "userId": user, "status": "DONE" }));
            }
            "listTasks" => {
                body = Some(json!({ "filter": {
                    "userId": sb.users()[0].id.as_str(), "types": ["FLOW", "MANUAL"],
                    "taskAction": ["CALL"], "status": ["OPEN", "DONE", "DISMISSED"] } }));
            }
            _ => {}
        }
        let outcome = if op.id == "addCallRecording" {
            let id = new_call_id.clone().unwrap_or_default();
            let req = RawRequest::new(Method::PUT, format!("/v2/calls/{id}/media")).body(RawBody::Multipart {
                fields: Vec::new(),
                files: vec![FilePart::new("mediaFile", "call.mp3", vec![7u8; 4096]).with_mime_type("audio/mpeg")],
            });
            client.raw(req).await.map(|a| match a.body {
                RawResponseBody::Json(v) => (a.status, v),
                other => (a.status, json!({ "notJson": format!("{other:?}") })),
            })
        } else if op.id == "uploadCrmData" {
            let req = RawRequest::new(Method::POST, "/v2/crm/entities?integrationId=1&objectType=ACCOUNT").body(
                RawBody::Multipart {
                    fields: Vec::new(),
                    files: vec![FilePart::new(
                        "dataFile",
                        "accounts.ldjson",
                        b"{\"objectId\":\"1\"}\n".to_vec(),
                    )],
                },
            );
            client.raw(req).await.map(|a| match a.body {
                RawResponseBody::Json(v) => (a.status, v),
                other => (a.status, json!({ "notJson": format!("{other:?}") })),
            })
        } else {
            send(client, &example.method, &path_and_query, body.clone()).await
        };
        let (status, value) = match outcome {
            Ok(x) => x,
            Err(e) => {
                failures.push(format!("{} {} {}: {e}", op.id, op.method, path_and_query));
                continue;
            }
        };
        if !(200..300).contains(&status) {
            failures.push(format!("{}: status {status}", op.id));
            continue;
        }
        match decode(op.id, &value) {
            None => failures.push(format!("{}: not in this test's table of response types", op.id)),
            Some(Err(e)) => failures.push(format!("{}: {e}\n  body: {}", op.id, clipped(&value))),
            Some(Ok(())) => {}
        }
        let text = |v: &Value| match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        match op.id {
            "addMeeting" => meeting_id = value.get("meetingId").and_then(text),
            "addCall" => new_call_id = value.get("callId").and_then(text),
            "submitFlowProspectsBulkAssignment" => bulk_id = value.get("id").and_then(text),
            "listTasks" => {
                task = value["tasks"]
                    .get(0)
                    .and_then(|t| Some((text(&t["id"])?, text(&t["userId"])?)));
            }
            _ => {}
        }
    }
    failures
}

fn clipped(v: &Value) -> String {
    v.to_string().chars().take(600).collect()
}

#[tokio::test]
async fn every_operation_of_the_document_is_served_and_decodes() {
    let (sb, client) = start(Sandbox::builder().seed(3)).await;
    let failures = walk(&sb, &client).await;
    assert!(
        failures.is_empty(),
        "{} operations failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    sb.shutdown().await;
}

/// The same walk with real tenants' variations. The generated types do not
/// yet decode all of them (Gong's numbers as strings, explicit nulls on
/// required fields, epoch date-times): this test is the target the tolerant
/// decoding must meet.
#[tokio::test]
async fn every_operation_decodes_with_real_tenants_variations() {
    for seed in [1, 2, 3] {
        let (sb, client) = start(Sandbox::builder().seed(3).variations(Some(seed))).await;
        let failures = walk(&sb, &client).await;
        assert!(
            failures.is_empty(),
            "variations seed {seed}: {} operations failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
        sb.shutdown().await;
    }
}

// ------------------------------------------------------- Gong 2026's behaviours

fn api_status(e: &Error) -> Option<u16> {
    match e {
        Error::Api { status, .. } => Some(*status),
        _ => None,
    }
}

#[tokio::test]
async fn the_ai_operations_answer_402_without_credits() {
    let (sb, client) = start(Sandbox::builder().seed(4)).await;
    for id in ["askEntity", "generateBrief"] {
        let ex = sb.example_request(id).unwrap();
        let (status, body) = send(&client, &ex.method, &ex.path_and_query, None).await.unwrap();
        assert_eq!(status, 200, "{id} with credits");
        assert!(decode(id, &body).unwrap().is_ok());
    }
    sb.shutdown().await;

    let (sb, client) = start(Sandbox::builder().seed(4).ai_credits(false)).await;
    for id in ["askEntity", "generateBrief"] {
        let ex = sb.example_request(id).unwrap();
        let err = send(&client, &ex.method, &ex.path_and_query, None).await.unwrap_err();
        assert_eq!(api_status(&err), Some(402), "{id}: {err}");
        assert!(err.to_string().contains("credits"), "{err}");
    }
    // Nothing else needs credits.
    let ex = sb.example_request("listCallOutcomes").unwrap();
    assert_eq!(
        send(&client, &ex.method, &ex.path_and_query, None).await.unwrap().0,
        200
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn a_bulk_flow_assignment_is_accepted_then_polled_to_completion() {
    let (sb, client) = start(Sandbox::builder().seed(5)).await;
    let prospects: Vec<Value> = (0..6)
        .map(|i| {
            if i == 5 {
                json!({ "firstName": "No", "lastName": "Address" })
            } else {
                json!({ "email": format!("p{i}@example.com"), "firstName": "P", "lastName": i.to_string() })
            }
        })
        .collect();
    let body = json!({ "flowId": "8123", "flowInstanceOwnerEmail": sb.users()[0].email, "prospects": prospects });
    let (status, accepted) = send(&client, "POST", "/v2/flows/prospects/bulk-assignments", Some(body))
        .await
        .unwrap();
    assert_eq!(status, 202);
    let accepted: types::FlowProspectsBulkAssignmentResponse = serde_json::from_value(accepted).unwrap();
    assert_eq!(accepted.status.as_deref(), Some("PENDING"));
    assert_eq!(accepted.total_count, Some(6));
    let id = accepted.id.unwrap();
    let path = format!("/v2/flows/prospects/bulk-assignments/{}", id.as_str());

    let (_, first) = send(&client, "GET", &path, None).await.unwrap();
    let first: types::FlowProspectsBulkAssignmentResponse = serde_json::from_value(first).unwrap();
    assert_eq!(first.status.as_deref(), Some("IN_PROGRESS"));
    assert_eq!(first.processed_count, Some(3));
    let (_, done) = send(&client, "GET", &path, None).await.unwrap();
    let done: types::FlowProspectsBulkAssignmentResponse = serde_json::from_value(done).unwrap();
    assert_eq!(done.status.as_deref(), Some("COMPLETED"));
    assert_eq!(
        (done.processed_count, done.success_count, done.failed_count),
        (Some(6), Some(5), Some(1))
    );
    assert_eq!(done.results.len(), 6);
    assert_eq!(done.results[5].status.as_deref(), Some("FLOW_ASSIGNMENT_FAILED"));

    // More than Gong's 50 prospects, and an unknown assignment.
    let many: Vec<Value> = (0..51)
        .map(|i| json!({ "email": format!("m{i}@example.com") }))
        .collect();
    let body = json!({ "flowId": "8123", "flowInstanceOwnerEmail": "a@example.com", "prospects": many });
    let err = send(&client, "POST", "/v2/flows/prospects/bulk-assignments", Some(body))
        .await
        .unwrap_err();
    assert_eq!(api_status(&err), Some(400), "{err}");
    let err = send(&client, "GET", "/v2/flows/prospects/bulk-assignments/42", None)
        .await
        .unwrap_err();
    assert_eq!(api_status(&err), Some(404), "{err}");
    sb.shutdown().await;
}

#[tokio::test]
async fn engage_tasks_page_with_a_cursor_and_an_update_shows_in_the_next_listing() {
    let (sb, client) = start(Sandbox::builder().seed(6)).await;
    let user = sb.users()[0].id.as_str().to_owned();
    let filter = |status: &[&str]| json!({ "filter": { "userId": user, "types": ["FLOW", "MANUAL"], "taskAction": ["CALL"], "status": status } });
    let all_statuses = ["OPEN", "DONE", "DISMISSED"];
    // Every page, following the cursor in the body.
    let mut seen: Vec<types::ReminderDataDto> = Vec::new();
    let mut body = filter(&all_statuses);
    let mut pages = 0;
    loop {
        let (_, page) = send(&client, "POST", "/v2/tasks", Some(body.clone())).await.unwrap();
        pages += 1;
        let cursor = page["records"]["cursor"].as_str().map(str::to_owned);
        let typed: types::UserRemindersResponse = serde_json::from_value(page).unwrap();
        assert!(typed.tasks.len() <= 100);
        seen.extend(typed.tasks);
        match cursor {
            Some(c) => body["cursor"] = json!(c),
            None => break,
        }
        assert!(pages < 10, "the cursor never ends");
    }
    assert_eq!(pages, 3);
    assert_eq!(seen.len(), 240);
    let mut ids: Vec<String> = seen
        .iter()
        .map(|t| t.id.as_ref().unwrap().as_str().to_owned())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 240, "each task once");
    assert!(
        seen.iter()
            .all(|t| t.user_id.as_ref().map(|u| u.as_str()) == Some(user.as_str()))
    );

    // Mark an open task done: it leaves the open list and joins the done one.
    let (_, open) = send(&client, "POST", "/v2/tasks", Some(filter(&["OPEN"])))
        .await
        .unwrap();
    let open_total = open["records"]["totalRecords"].as_u64().unwrap();
    let task = open["tasks"][0]["id"].as_str().unwrap().to_owned();
    let (status, updated) = send(
        &client,
        "PATCH",
        &format!("/v2/tasks/{task}"),
        Some(json!({ "userId": user, "status": "DONE", "dueDate": "2026-08-01T10:00:00Z" })),
    )
    .await
    .unwrap();
    assert_eq!(status, 200);
    let updated: types::UserRemindersResponse = serde_json::from_value(updated).unwrap();
    assert_eq!(updated.tasks.len(), 1);
    let (_, open_after) = send(&client, "POST", "/v2/tasks", Some(filter(&["OPEN"])))
        .await
        .unwrap();
    assert_eq!(open_after["records"]["totalRecords"].as_u64().unwrap(), open_total - 1);
    let mut body = filter(&["DONE"]);
    let mut found = None;
    loop {
        let (_, page) = send(&client, "POST", "/v2/tasks", Some(body.clone())).await.unwrap();
        if let Some(t) = page["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == task.as_str())
        {
            found = Some(t.clone());
        }
        match page["records"]["cursor"].as_str() {
            Some(c) => body["cursor"] = json!(c),
            None => break,
        }
    }
    let found = found.expect("the updated task is listed as done");
    assert_eq!(found["dueDate"], "2026-08-01T10:00:00Z");

    // Another user's task, and an unknown one.
    let other = sb.users()[1].id.as_str().to_owned();
    let err = send(
        &client,
        "PATCH",
        &format!("/v2/tasks/{task}"),
        Some(json!({ "userId": other })),
    )
    .await
    .unwrap_err();
    assert_eq!(api_status(&err), Some(404), "{err}");
    let err = send(&client, "PATCH", "/v2/tasks/1", Some(json!({ "userId": user })))
        .await
        .unwrap_err();
    assert_eq!(api_status(&err), Some(404), "{err}");
    sb.shutdown().await;
}

#[tokio::test]
async fn call_outcomes_and_briefs_are_the_companys() {
    let (sb, client) = start(Sandbox::builder().seed(7)).await;
    let (_, outcomes) = send(&client, "GET", "/v2/call-outcomes", None).await.unwrap();
    let outcomes: types::CallOutcomesResponse = serde_json::from_value(outcomes).unwrap();
    let outcomes = outcomes.outcomes.unwrap();
    assert_eq!(outcomes.len(), 8);
    assert!(
        outcomes
            .iter()
            .any(|o| o.connect_status.as_deref() == Some("NOT_CONNECTED"))
    );
    assert_eq!(outcomes[0].display_order, Some(1));

    let workspace = sb.workspace_ids()[1].as_str().to_owned();
    let (_, all) = send(&client, "GET", "/v2/settings/briefs", None).await.unwrap();
    let all: types::Briefs = serde_json::from_value(all).unwrap();
    assert_eq!(all.briefs.len(), 6, "three briefs in each of two workspaces");
    let (_, one) = send(
        &client,
        "GET",
        &format!("/v2/settings/briefs?workspaceId={workspace}"),
        None,
    )
    .await
    .unwrap();
    let one: types::Briefs = serde_json::from_value(one).unwrap();
    assert_eq!(one.briefs.len(), 3);
    assert!(
        one.briefs
            .iter()
            .all(|b| b.workspace_id.as_ref().map(|w| w.as_str()) == Some(workspace.as_str()))
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn variations_are_deterministic_per_seed_and_keep_the_records() {
    let plain = {
        let (sb, client) = start(Sandbox::builder().seed(8)).await;
        let v = send(&client, "GET", "/v2/users", None).await.unwrap().1;
        sb.shutdown().await;
        v
    };
    let mut answers = Vec::new();
    for vseed in [21, 21, 22] {
        let (sb, client) = start(Sandbox::builder().seed(8).variations(Some(vseed))).await;
        answers.push(send(&client, "GET", "/v2/users", None).await.unwrap().1);
        sb.shutdown().await;
    }
    assert_eq!(answers[0], answers[1], "the same seed, the same answer");
    assert_ne!(answers[0], answers[2]);
    assert_ne!(answers[0], plain);
    let ids = |v: &Value| -> Vec<Value> { v["users"].as_array().unwrap().iter().map(|u| u["id"].clone()).collect() };
    assert_eq!(ids(&answers[0]), ids(&plain));
    let text = answers[0].to_string();
    assert!(text.contains(":null"), "explicit nulls");
    // Local offsets: the same instants as the plain answer's.
    let created = |v: &Value| -> Vec<chrono::DateTime<chrono::Utc>> {
        v["users"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|u| u["created"].as_str())
            .map(|t| chrono::DateTime::parse_from_rfc3339(t).unwrap().to_utc())
            .collect()
    };
    let varied = created(&answers[0]);
    assert!(!varied.is_empty());
    assert!(varied.iter().all(|t| created(&plain).contains(t)));
}
