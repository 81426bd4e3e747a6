//! Gong's 2026 operations with behaviour of their own: Engage tasks (listed
//! with a cursor, updated by `PATCH`), bulk flow assignments (202, then a
//! status to poll), the AI operations (402 without credits), call outcomes
//! and the briefs' settings.

use serde_json::{Value, json};

use super::rng::{Rng, mix};
use super::state::{BulkJob, Shared, State, Task};
use super::{Ctx, Query, Reply, paged, schema};
use gong_client::api::types;

/// Task statuses and kinds, as Gong's document lists them.
const STATUSES: &[&str] = &["OPEN", "DONE", "DISMISSED"];
const KINDS: &[&str] = &["FLOW", "MANUAL"];
const TASK_TITLES: &[&str] = &[
    "Call to follow up on the proposal",
    "Intro call after the webinar",
    "Check in on the pilot",
    "Call about the renewal quote",
    "Reconnect after no-show",
];
/// Most prospects one bulk assignment takes (Gong's documented limit).
const MAX_BULK_PROSPECTS: usize = 50;

/// Every user's tasks, made once: 20 to 240 per user, so some users' lists
/// take more than one page.
fn tasks(seed: u64, st: &mut State) -> &mut Vec<Task> {
    if st.tasks.is_none() {
        let mut all = Vec::new();
        for (i, u) in st.data.users.iter().filter(|u| !u.avatar).enumerate() {
            let mut rng = Rng::new(seed, 0x7A5C + i as u64);
            let count = if i == 0 { 240 } else { 20 + rng.below(120) as usize };
            for k in 0..count {
                let n = mix(seed ^ ((i as u64) << 32) ^ k as u64);
                let created = schema::date_time(&mut rng);
                let due = schema::date_time(&mut rng);
                all.push(Task {
                    id: (2_000_000_000_000_000_000u64 + (i as u64) * 1_000_000 + k as u64).to_string(),
                    user_id: u.id.clone(),
                    updated: created.clone(),
                    created,
                    due,
                    status: if k % 4 == 3 {
                        "DONE"
                    } else if k % 7 == 6 {
                        "DISMISSED"
                    } else {
                        "OPEN"
                    },
                    kind: KINDS[rng.index(KINDS.len())],
                    title: TASK_TITLES[rng.index(TASK_TITLES.len())].to_owned(),
                    priority: None,
                    n,
                });
            }
        }
        st.tasks = Some(all);
    }
    st.tasks.get_or_insert_with(Vec::new)
}

/// A task as `ReminderDataDto`: its own fields over nested records drawn
/// from the task's number.
fn render_task(t: &Task) -> Value {
    let dto = schema::document()
        .pointer("/components/schemas/ReminderDataDto")
        .unwrap_or(&Value::Null);
    let mut v = schema::synth(dto, "task", &mut Rng::new(t.n, 0x7A5D), 1);
    if let Value::Object(map) = &mut v {
        map.insert("id".into(), json!(t.id));
        map.insert("userId".into(), json!(t.user_id));
        map.insert("created".into(), json!(t.created));
        map.insert("updated".into(), json!(t.updated));
        map.insert("dueDate".into(), json!(t.due));
        map.insert("status".into(), json!(t.status));
        map.insert("type".into(), json!(t.kind));
        map.insert("actions".into(), json!(["CALL"]));
        map.insert("title".into(), json!(t.title));
        if t.kind == "MANUAL" {
            map.remove("flow");
        }
        if let Some(p) = &t.priority {
            map.insert("priority".into(), json!({ "name": p }));
        }
    }
    v
}

fn enum_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// `POST /v2/tasks`: a user's tasks of the filter's types and statuses, 100
/// a page; the cursor travels in the body, as on Gong's other POST
/// listings.
pub(crate) fn list_tasks(sb: &Shared, ctx: &Ctx, req: types::ListReminderRequest, cursor: Option<String>) -> Reply {
    let f = &req.filter;
    let user = f.user_id.as_str().to_owned();
    let statuses: Vec<String> = f.status.iter().map(enum_name).collect();
    let kinds: Vec<String> = f.types.iter().map(enum_name).collect();
    let mut st = sb.lock();
    if !st.data.users.iter().any(|u| u.id == user) {
        return Reply::error(404, &ctx.rid, format!("User {user} not found"));
    }
    let chosen: Vec<Value> = tasks(sb.config.seed, &mut st)
        .iter()
        .filter(|t| t.user_id == user)
        .filter(|t| statuses.is_empty() || statuses.iter().any(|s| s == t.status))
        .filter(|t| kinds.is_empty() || kinds.iter().any(|k| k == t.kind))
        .map(render_task)
        .collect();
    let listing = format!("tasks:{user}:{}:{}", statuses.join(","), kinds.join(","));
    let page = match paged(&mut st, sb, ctx, &listing, cursor.as_deref(), chosen.len()) {
        Ok(p) => p,
        Err(reply) => return reply,
    };
    Reply::ok(
        200,
        &ctx.rid,
        json!({
            "records": page.records,
            "tasks": chosen[page.start..page.end],
            "crmType": "SALESFORCE",
        }),
    )
}

/// `PATCH /v2/tasks/{taskId}`: changes the task's status, due date or
/// priority; the next listing shows it.
pub(crate) fn update_task(sb: &Shared, ctx: &Ctx, task_id: &str, req: types::UpdateReminderRequest) -> Reply {
    let seed = sb.config.seed;
    let mut st = sb.lock();
    let stamp = schema::date_time(&mut Rng::new(seed ^ ctx.seq, 0x7A5E));
    let Some(task) = tasks(seed, &mut st).iter_mut().find(|t| t.id == task_id) else {
        return Reply::error(404, &ctx.rid, format!("Task {task_id} not found"));
    };
    if task.user_id != req.user_id.as_str() {
        // Gong does not tell whether the task exists for someone else.
        return Reply::error(404, &ctx.rid, format!("Task {task_id} not found"));
    }
    if let Some(s) = &req.status {
        let s = enum_name(s);
        task.status = STATUSES.iter().find(|x| **x == s).copied().unwrap_or(task.status);
    }
    if let Some(due) = &req.due_date {
        task.due = due.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
    }
    if let Some(p) = &req.priority {
        task.priority = Some(p.clone());
    }
    task.updated = stamp;
    let rendered = render_task(task);
    Reply::ok(200, &ctx.rid, json!({ "tasks": [rendered], "crmType": "SALESFORCE" }))
}

/// `POST /v2/flows/prospects/bulk-assignments`: 202 with the assignment's
/// id; the work happens while the caller polls.
pub(crate) fn submit_bulk(sb: &Shared, ctx: &Ctx, req: types::FlowProspectsBulkAssignmentRequest) -> Reply {
    if req.prospects.is_empty() || req.prospects.len() > MAX_BULK_PROSPECTS {
        return Reply::error(
            400,
            &ctx.rid,
            format!(
                "prospects: between 1 and {MAX_BULK_PROSPECTS} prospects per request, got {}",
                req.prospects.len()
            ),
        );
    }
    let prospects: Vec<Value> = req
        .prospects
        .iter()
        .map(|p| serde_json::to_value(p).unwrap_or_default())
        .collect();
    let total = prospects.len();
    let mut st = sb.lock();
    let id = (3_000_000_000_000_000_000u64 + mix(sb.config.seed ^ ctx.seq) % 1_000_000_000_000_000).to_string();
    st.bulk.insert(id.clone(), BulkJob { prospects, polls: 0 });
    Reply::ok(
        202,
        &ctx.rid,
        json!({ "id": id, "status": "PENDING", "totalCount": total, "processedCount": 0, "successCount": 0, "failedCount": 0 }),
    )
}

/// `GET /v2/flows/prospects/bulk-assignments/{id}`: in progress at the
/// first poll (half done), complete from the second on. A prospect without
/// an email or CRM id fails.
pub(crate) fn bulk_status(sb: &Shared, ctx: &Ctx, id: &str) -> Reply {
    let mut st = sb.lock();
    let Some(job) = st.bulk.get_mut(id) else {
        return Reply::error(404, &ctx.rid, format!("Bulk assignment {id} not found"));
    };
    job.polls += 1;
    let total = job.prospects.len();
    let done = if job.polls >= 2 { total } else { total / 2 };
    let results: Vec<Value> = job.prospects[..done]
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let reachable = p.get("email").and_then(Value::as_str).is_some_and(|e| e.contains('@'))
                || p.get("crmId").and_then(Value::as_str).is_some_and(|c| !c.is_empty());
            if reachable {
                json!({
                    "prospect": p, "status": "ASSIGNED",
                    "crmId": p.get("crmId").cloned().unwrap_or_else(|| json!(format!("003SBX{i:06}"))),
                    "flowInstanceId": (4_000_000_000_000_000_000u64 + mix(i as u64 ^ done as u64) % 1_000_000_000).to_string(),
                })
            } else {
                json!({
                    "prospect": p, "status": "FLOW_ASSIGNMENT_FAILED",
                    "errorCode": "PROSPECT_NOT_IDENTIFIED",
                    "errorMessage": "A prospect needs an email address or a CRM id",
                })
            }
        })
        .collect();
    let failed = results.iter().filter(|r| r["status"] != "ASSIGNED").count();
    let status = match (job.polls, done == total) {
        (_, true) if failed == total && total > 0 => "FAILED",
        (_, true) => "COMPLETED",
        _ => "IN_PROGRESS",
    };
    Reply::ok(
        200,
        &ctx.rid,
        json!({
            "id": id, "status": status, "totalCount": total, "processedCount": done,
            "successCount": done - failed, "failedCount": failed, "results": results,
        }),
    )
}

/// The 402 Gong answers an AI operation when the company's credits are gone.
pub(crate) fn no_credits(sb: &Shared, ctx: &Ctx) -> Option<Reply> {
    (!sb.config.ai_credits).then(|| {
        Reply::error(
            402,
            &ctx.rid,
            "Payment required: your company has no Gong credits left for AI operations",
        )
    })
}

/// `GET /v2/call-outcomes`: the company's call outcomes, in display order.
pub(crate) fn call_outcomes(ctx: &Ctx) -> Reply {
    let outcomes = [
        (
            "Meeting booked",
            "CONNECTED",
            "POSITIVE",
            Some("COMPLETE"),
            None,
            "ANSWERED",
        ),
        (
            "Interested, call back later",
            "CONNECTED",
            "POSITIVE",
            None,
            None,
            "ANSWERED",
        ),
        (
            "Not interested",
            "CONNECTED",
            "NEGATIVE",
            Some("COMPLETE_AND_REMOVE"),
            None,
            "ANSWERED",
        ),
        (
            "Asked to be removed",
            "CONNECTED",
            "NEGATIVE",
            Some("COMPLETE_AND_REMOVE"),
            Some("MARK_AS_OPT_OUT"),
            "ANSWERED",
        ),
        ("Gatekeeper", "CONNECTED", "NEUTRAL", None, None, "ANSWERED"),
        (
            "Left voicemail",
            "NOT_CONNECTED",
            "NEUTRAL",
            Some("COMPLETE"),
            None,
            "NOT_ANSWERED",
        ),
        ("No answer", "NOT_CONNECTED", "NEUTRAL", None, None, "NOT_ANSWERED"),
        (
            "Wrong number",
            "NOT_CONNECTED",
            "NEGATIVE",
            Some("COMPLETE_AND_REMOVE"),
            None,
            "NOT_ANSWERED",
        ),
    ];
    let list: Vec<Value> = outcomes
        .iter()
        .enumerate()
        .map(|(i, (name, connect, sentiment, todo, automation, category))| {
            let mut v = json!({
                "callOutcome": name, "displayOrder": i + 1, "connectStatus": connect,
                "sentiment": sentiment, "category": category,
            });
            if let Some(t) = todo {
                v["todoAction"] = json!(t);
            }
            if let Some(a) = automation {
                v["automation"] = json!(a);
            }
            v
        })
        .collect();
    Reply::ok(200, &ctx.rid, json!({ "outcomes": list }))
}

/// `GET /v2/settings/briefs`: the briefs set up in the Agent Studio, of one
/// workspace or all.
pub(crate) fn briefs(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    let st = sb.lock();
    let workspace = q.get("workspaceId");
    if let Some(w) = workspace
        && !st.data.workspaces.iter().any(|ws| ws.id == w)
    {
        return Reply::error(404, &ctx.rid, format!("Workspace {w} not found"));
    }
    let creator = st.data.people().next();
    let names = [
        (
            "Account brief",
            "Where the account stands: stakeholders, risks and next steps",
        ),
        ("Deal brief", "The deal's progress since the last stage change"),
        ("Pre-call brief", "What to know before the next call with this contact"),
    ];
    let mut out = Vec::new();
    for (wi, ws) in st.data.workspaces.iter().enumerate() {
        if workspace.is_some_and(|w| w != ws.id) {
            continue;
        }
        for (bi, (name, description)) in names.iter().enumerate() {
            let mut rng = Rng::new(sb.config.seed, 0xB41E + (wi * 8 + bi) as u64);
            let created = schema::date_time(&mut rng);
            out.push(json!({
                "briefId": (5_000_000_000_000_000_000u64 + (wi * 100 + bi) as u64).to_string(),
                "briefName": name,
                "workspaceId": ws.id,
                "description": description,
                "status": if bi == 2 { "DRAFT" } else { "PUBLISHED" },
                "creator": creator.map(|u| u.full_name()).unwrap_or_default(),
                "creatorUserId": creator.map(|u| u.id.clone()).unwrap_or_default(),
                "created": created,
                "updated": schema::date_time(&mut rng),
            }));
        }
    }
    Reply::ok(200, &ctx.rid, json!({ "briefs": out }))
}
