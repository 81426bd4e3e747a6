//! Gong's `/v2` operations, on the sandbox's data.

use std::sync::Arc;

use axum::extract::Request;
use axum::http::Method;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::data::{self, Data, Event, LOG_TYPES, Meeting, Selector, parse_time, phone_digits};
use super::server::{ConnCtl, Ctx, Reply};
use super::state::{CursorError, PageSlice, Shared, State};
use super::{hooks, listings, media};
use gong_client::api::types;

/// Largest JSON body accepted.
const MAX_JSON_BYTES: usize = 10 * 1024 * 1024;

/// Query parameters.
pub(super) struct Query(Vec<(String, String)>);

impl Query {
    fn parse(q: Option<&str>) -> Self {
        Query(
            form_urlencoded::parse(q.unwrap_or_default().as_bytes())
                .into_owned()
                .collect(),
        )
    }

    pub(super) fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    fn flag(&self, name: &str) -> bool {
        self.get(name).is_some_and(|v| v.eq_ignore_ascii_case("true"))
    }
}

fn is_id(s: &str) -> bool {
    (1..=20).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// Reads a JSON body into the operation's request type; 400 otherwise.
async fn read_json<T: DeserializeOwned>(req: Request, ctx: &Ctx, required: bool) -> Result<Option<T>, Reply> {
    // Gong reads a body as JSON only when it is declared as JSON.
    let declared_json = req
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"));
    let bytes = axum::body::to_bytes(req.into_body(), MAX_JSON_BYTES)
        .await
        .map_err(|_| Reply::error(400, &ctx.rid, "The request body is too large or could not be read"))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return if required {
            Err(Reply::error(400, &ctx.rid, "A JSON request body is required"))
        } else {
            Ok(None)
        };
    }
    if !declared_json {
        return Err(Reply::error(
            415,
            &ctx.rid,
            "Unsupported media type: send the body as application/json",
        ));
    }
    let mut de = serde_json::Deserializer::from_slice(&bytes);
    serde_path_to_error::deserialize(&mut de).map(Some).map_err(|e| {
        Reply::error(
            400,
            &ctx.rid,
            format!("Invalid request body at `{}`: {}", e.path(), e.inner()),
        )
    })
}

macro_rules! body {
    ($req:expr, $ctx:expr, $t:ty) => {
        match read_json::<$t>($req, $ctx, true).await {
            Ok(Some(v)) => v,
            Ok(None) => unreachable!("a required body is present"),
            Err(reply) => return reply,
        }
    };
}

/// Dispatches a `/v2` request.
pub(crate) async fn route(sb: &Arc<Shared>, req: Request, ctx: &Ctx, ctl: Option<ConnCtl>) -> Reply {
    let method = req.method().clone();
    let path = req.uri().path().trim_end_matches('/').to_owned();
    let q = Query::parse(req.uri().query());
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match (&method, segs.as_slice()) {
        (&Method::GET, ["v2", "calls"]) => list_calls(sb, ctx, &q),
        (&Method::POST, ["v2", "calls"]) => add_call(sb, ctx, body!(req, ctx, types::NewCallAddingRequest)),
        (&Method::POST, ["v2", "calls", "extensive"]) => extensive(
            sb,
            ctx,
            body!(
                req,
                ctx,
                types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector
            ),
        ),
        (&Method::POST, ["v2", "calls", "transcript"]) => {
            transcripts(sb, ctx, body!(req, ctx, types::PublicApiBaseRequestV2CallsFilter))
        }
        (&Method::PUT, ["v2", "calls", id, "media"]) => {
            let id = (*id).to_owned();
            media::upload(sb, ctx, &id, req, ctl).await
        }
        (&Method::GET, ["v2", "calls", "manual-crm-associations"]) => listings::manual_associations(sb, ctx, &q),
        (&Method::GET, ["v2", "calls", id]) => get_call(sb, ctx, id),
        (&Method::GET, ["v2", "flows"]) => listings::flows(sb, ctx, &q),
        (&Method::POST, ["v2", "stats", "interaction"]) => listings::interaction(
            sb,
            ctx,
            body!(req, ctx, types::PublicApiBaseRequestV2MultipleUsersWithDates),
        ),
        (&Method::POST, ["v2", "stats", "activity", "scorecards"]) => listings::scorecards(
            sb,
            ctx,
            body!(req, ctx, types::PublicApiBaseRequestV2AnsweredScorecardsFilter),
        ),
        (&Method::POST, ["v2", "stats", "activity", "day-by-day"]) => listings::day_by_day(
            sb,
            ctx,
            body!(req, ctx, types::PublicApiBaseRequestV2MultipleUsersWithDates),
        ),
        (&Method::POST, ["v2", "stats", "activity", "aggregate"]) => listings::aggregate(
            sb,
            ctx,
            body!(req, ctx, types::PublicApiBaseRequestV2MultipleUsersWithDates),
        ),
        (&Method::POST, ["v2", "stats", "activity", "aggregate-by-period"]) => {
            listings::aggregate_by_period(sb, ctx, body!(req, ctx, types::RequestWithTimePeriod))
        }
        (&Method::GET, ["v2", "users"]) => list_users(sb, ctx, &q),
        (&Method::POST, ["v2", "users", "extensive"]) => users_extensive(
            sb,
            ctx,
            body!(
                req,
                ctx,
                types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates
            ),
        ),
        (&Method::GET, ["v2", "users", id]) => get_user(sb, ctx, id),
        (&Method::GET, ["v2", "workspaces"]) => {
            let st = sb.lock();
            let ws: Vec<Value> = st
                .data
                .workspaces
                .iter()
                .map(|w| json!({ "id": w.id, "name": w.name, "description": w.description }))
                .collect();
            Reply::ok(200, &ctx.rid, json!({ "workspaces": ws }))
        }
        (&Method::GET, ["v2", "logs"]) => logs(sb, ctx, &q),
        (&Method::GET, ["v2", "library", "folders"]) => folders(sb, ctx, &q),
        (&Method::GET, ["v2", "library", "folder-content"]) => folder_content(sb, ctx, &q),
        (&Method::POST, ["v2", "meetings"]) => add_meeting(sb, ctx, body!(req, ctx, types::NewMeetingRequest)),
        (&Method::PUT, ["v2", "meetings", id]) => {
            let id = (*id).to_owned();
            update_meeting(sb, ctx, &id, body!(req, ctx, types::UpdateMeetingRequest))
        }
        (&Method::DELETE, ["v2", "meetings", id]) => {
            let id = (*id).to_owned();
            match read_json::<types::DeleteMeetingRequest>(req, ctx, false).await {
                Ok(body) => delete_meeting(sb, ctx, &id, body),
                Err(reply) => reply,
            }
        }
        (&Method::PUT, ["v2", "customer-engagement", "action"]) => {
            let e = body!(req, ctx, types::CustomActionEvent);
            let mut emails = actor_emails(e.actor.as_ref());
            emails.extend(e.non_company_participants.iter().filter_map(|a| a.email.clone()));
            emails.extend(e.sharer.as_ref().and_then(|s| s.email.clone()));
            engagement(
                sb,
                ctx,
                Event {
                    kind: "customEvent",
                    event_id: e.event_id,
                    timestamp: e.event_timestamp,
                    content_id: e.content_id,
                    content_url: e.content_url,
                    reporting_system: e.reporting_system,
                    name: e.action_name,
                    emails,
                },
            )
        }
        (&Method::PUT, ["v2", "customer-engagement", "content", "shared"]) => {
            let e = body!(req, ctx, types::ContentSharedEvent);
            let mut emails: Vec<String> = e.recipients.iter().filter_map(|a| a.email.clone()).collect();
            emails.extend(e.non_company_participants.iter().filter_map(|a| a.email.clone()));
            emails.extend(e.sharer.as_ref().and_then(|s| s.email.clone()));
            engagement(
                sb,
                ctx,
                Event {
                    kind: "contentShared",
                    event_id: e.event_id,
                    timestamp: e.event_timestamp,
                    content_id: Some(e.content_id),
                    content_url: Some(e.content_url),
                    reporting_system: e.reporting_system,
                    name: e.action_name.or(Some(e.content_title)),
                    emails,
                },
            )
        }
        (&Method::PUT, ["v2", "customer-engagement", "content", "viewed"]) => {
            let e = body!(req, ctx, types::ContentViewedEvent);
            let mut emails = actor_emails(e.viewer.as_ref());
            emails.extend(e.non_company_participants.iter().filter_map(|a| a.email.clone()));
            engagement(
                sb,
                ctx,
                Event {
                    kind: "contentViewed",
                    event_id: e.event_id,
                    timestamp: e.event_timestamp,
                    content_id: Some(e.content_id),
                    content_url: Some(e.content_url),
                    reporting_system: e.reporting_system,
                    name: e.view_action_title.or(e.action_name),
                    emails,
                },
            )
        }
        (&Method::GET, ["v2", "data-privacy", "data-for-email-address"]) => match email_param(ctx, &q) {
            Ok(email) => {
                let st = sb.lock();
                Reply::ok(200, &ctx.rid, st.data.email_references(&email))
            }
            Err(r) => r,
        },
        (&Method::GET, ["v2", "data-privacy", "data-for-phone-number"]) => match phone_param(ctx, &q) {
            Ok((supplied, digits)) => {
                let st = sb.lock();
                Reply::ok(200, &ctx.rid, st.data.phone_references(&supplied, &digits))
            }
            Err(r) => r,
        },
        (&Method::POST, ["v2", "data-privacy", "erase-data-for-email-address"]) => match email_param(ctx, &q) {
            Ok(email) => {
                let removed = sb.lock().data.erase_email(&email);
                tracing::debug!(removed, "sandbox erased an email address");
                Reply::ok(200, &ctx.rid, json!({}))
            }
            Err(r) => r,
        },
        (&Method::POST, ["v2", "data-privacy", "erase-data-for-phone-number"]) => match phone_param(ctx, &q) {
            Ok((_, digits)) => {
                let removed = sb.lock().data.erase_phone(&digits);
                tracing::debug!(removed, "sandbox erased a phone number");
                Reply::ok(200, &ctx.rid, json!({}))
            }
            Err(r) => r,
        },
        (_, ["v2", ..]) => {
            let known = gong_client::api::operations::ALL
                .iter()
                .any(|o| path_matches(o.path, &segs));
            if known {
                Reply::error(501, &ctx.rid, format!("The sandbox does not implement {method} {path}"))
            } else {
                Reply::error(404, &ctx.rid, format!("Unknown endpoint {method} {path}"))
            }
        }
        _ => Reply::error(404, &ctx.rid, format!("Unknown endpoint {method} {path}")),
    }
}

fn path_matches(template: &str, segs: &[&str]) -> bool {
    let t: Vec<&str> = template.split('/').filter(|s| !s.is_empty()).collect();
    t.len() == segs.len() && t.iter().zip(segs).all(|(a, b)| a.starts_with('{') || a == b)
}

fn actor_emails(a: Option<&types::Actor>) -> Vec<String> {
    a.and_then(|a| a.email.clone()).into_iter().collect()
}

fn cursor_error(ctx: &Ctx, e: CursorError) -> Reply {
    Reply::error(400, &ctx.rid, e.message())
}

pub(super) fn not_found_list(ctx: &Ctx, what: &str) -> Reply {
    Reply::error(
        404,
        &ctx.rid,
        format!("No {what} found corresponding to the provided filters"),
    )
}

/// A time filter parameter, or the 400 answer.
pub(super) fn time_param(
    ctx: &Ctx,
    name: &str,
    value: Option<&str>,
) -> Result<Option<chrono::DateTime<chrono::FixedOffset>>, Reply> {
    match value {
        None => Ok(None),
        Some(v) => parse_time(v).map(Some).ok_or_else(|| {
            Reply::error(
                400,
                &ctx.rid,
                format!("{name} must be an ISO-8601 date-time with an offset, for example 2025-01-06T08:00:00Z"),
            )
        }),
    }
}

/// Pages `items` for a listing; the caller renders the slice.
pub(super) fn paged(
    st: &mut State,
    sb: &Shared,
    ctx: &Ctx,
    listing: &str,
    cursor: Option<&str>,
    total: usize,
) -> Result<PageSlice, Reply> {
    st.page(listing, cursor, total, ctx.now, sb.config.cursor_ttl, ctx.repeat_cursor)
        .map_err(|e| cursor_error(ctx, e))
}

type Time = chrono::DateTime<chrono::FixedOffset>;

struct CallFilter {
    from: Option<Time>,
    to: Option<Time>,
    workspace: Option<String>,
    call_ids: Option<Vec<String>>,
    primary_users: Option<Vec<String>>,
}

impl CallFilter {
    fn matches(&self, c: &data::Call) -> bool {
        self.from.is_none_or(|f| c.started >= f)
            && self.to.is_none_or(|t| c.started < t)
            && self.workspace.as_ref().is_none_or(|w| &c.workspace_id == w)
            && self.call_ids.as_ref().is_none_or(|ids| ids.contains(&c.id))
            && self
                .primary_users
                .as_ref()
                .is_none_or(|ids| ids.contains(&c.primary_user))
    }

    /// Indexes of the matching processed calls, in start-time order.
    fn indices(&self, data: &Data) -> Vec<usize> {
        (0..data.calls.len())
            .filter(|&i| self.matches(&data.calls[i]))
            .collect()
    }
}

fn id_list(v: &Option<Vec<gong_client::GongId>>) -> Option<Vec<String>> {
    v.as_ref()
        .map(|ids| ids.iter().map(|i| i.as_str().to_owned()).collect())
}

fn times(ctx: &Ctx, from: Option<&str>, to: Option<&str>) -> Result<(Option<Time>, Option<Time>), Reply> {
    Ok((
        time_param(ctx, "fromDateTime", from)?,
        time_param(ctx, "toDateTime", to)?,
    ))
}

/// `GET /v2/calls`: cursor in the query.
fn list_calls(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    let (from, to) = match times(ctx, q.get("fromDateTime"), q.get("toDateTime")) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let filter = CallFilter {
        from,
        to,
        workspace: q.get("workspaceId").map(str::to_owned),
        call_ids: None,
        primary_users: None,
    };
    let listing = format!(
        "listCalls|{}|{}|{}",
        q.get("fromDateTime").unwrap_or_default(),
        q.get("toDateTime").unwrap_or_default(),
        q.get("workspaceId").unwrap_or_default()
    );
    let mut st = sb.lock();
    let idx = filter.indices(&st.data);
    if idx.is_empty() {
        return not_found_list(ctx, "calls");
    }
    let page = match paged(&mut st, sb, ctx, &listing, q.get("cursor"), idx.len()) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let items: Vec<Value> = idx[page.start..page.end]
        .iter()
        .map(|&i| data::basic(&st.data.calls[i]))
        .collect();
    Reply::ok(200, &ctx.rid, json!({ "records": page.records, "calls": items }))
}

/// `GET /v2/calls/{id}`.
fn get_call(sb: &Shared, ctx: &Ctx, id: &str) -> Reply {
    if !is_id(id) {
        return Reply::error(400, &ctx.rid, format!("{id:?} is not a call id"));
    }
    let st = sb.lock();
    match st.data.call(id) {
        Some(c) => Reply::ok(200, &ctx.rid, json!({ "call": data::basic(c) })),
        None => Reply::error(
            404,
            &ctx.rid,
            format!("Call {id} does not exist or is not processed yet"),
        ),
    }
}

/// `POST /v2/calls`.
fn add_call(sb: &Arc<Shared>, ctx: &Ctx, req: types::NewCallAddingRequest) -> Reply {
    let Some(started) = parse_time(&req.actual_start) else {
        return Reply::error(
            400,
            &ctx.rid,
            "actualStart must be an ISO-8601 date-time with an offset",
        );
    };
    for (name, v) in [
        ("scheduledStart", &req.scheduled_start),
        ("scheduledEnd", &req.scheduled_end),
    ] {
        if v.as_deref().is_some_and(|v| parse_time(v).is_none()) {
            return Reply::error(
                400,
                &ctx.rid,
                format!("{name} must be an ISO-8601 date-time with an offset"),
            );
        }
    }
    let mut st = sb.lock();
    let unique = req.client_unique_id.to_string();
    if st.data.client_unique_ids.contains(&unique) {
        return Reply::error(
            409,
            &ctx.rid,
            format!("A call with clientUniqueId {unique:?} was already added; clientUniqueId values cannot be reused"),
        );
    }
    let primary = req.primary_user.as_str();
    if st.data.user_by_id(primary).is_none_or(|u| u.avatar) {
        return Reply::error(
            400,
            &ctx.rid,
            format!("primaryUser {primary} is not a user of this company"),
        );
    }
    if !req
        .parties
        .iter()
        .any(|p| p.user_id.as_ref() == Some(&req.primary_user))
    {
        return Reply::error(
            400,
            &ctx.rid,
            "The parties must include the primary user (a party whose userId is the primaryUser)",
        );
    }
    if let Some(ws) = &req.workspace_id
        && !st.data.workspaces.iter().any(|w| w.id == ws.as_str())
    {
        return Reply::error(
            400,
            &ctx.rid,
            format!("workspaceId {ws} is not a workspace of this company"),
        );
    }
    let call = st.data.new_call(&req, started);
    let id = call.id.clone();
    st.data.client_unique_ids.insert(unique);
    if req.download_media_url.is_some() {
        // Gong fetches the media itself: the call is processed at once.
        st.data.pending.push(call);
        st.data.process(&id);
        drop(st);
        hooks::fire(sb, &id);
    } else {
        st.data.pending.push(call);
    }
    Reply::ok(200, &ctx.rid, json!({ "callId": id }))
}

/// `POST /v2/calls/extensive`: cursor in the body (a query cursor is ignored).
fn extensive(
    sb: &Shared,
    ctx: &Ctx,
    req: types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector,
) -> Reply {
    let f = &req.filter;
    let (from, to) = match times(ctx, f.from_date_time.as_deref(), f.to_date_time.as_deref()) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let filter = CallFilter {
        from,
        to,
        workspace: f.workspace_id.as_ref().map(|w| w.as_str().to_owned()),
        call_ids: id_list(&f.call_ids),
        primary_users: id_list(&f.primary_user_ids),
    };
    let listing = format!("extensive|{}", serde_json::to_string(f).unwrap_or_default());
    let sel = Selector::from_request(req.content_selector.as_ref());
    let mut st = sb.lock();
    let idx = filter.indices(&st.data);
    if idx.is_empty() {
        return not_found_list(ctx, "calls");
    }
    let page = match paged(&mut st, sb, ctx, &listing, req.cursor.as_deref(), idx.len()) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let seed = st.data.seed;
    let items: Vec<Value> = idx[page.start..page.end]
        .iter()
        .map(|&i| data::extensive(seed, &st.data.calls[i], &sel))
        .collect();
    Reply::ok(200, &ctx.rid, json!({ "records": page.records, "calls": items }))
}

/// `POST /v2/calls/transcript`: cursor in the body.
fn transcripts(sb: &Shared, ctx: &Ctx, req: types::PublicApiBaseRequestV2CallsFilter) -> Reply {
    let f = &req.filter;
    if f.call_ids.is_some() && f.workspace_id.is_some() {
        return Reply::error(
            400,
            &ctx.rid,
            "filter.callIds cannot be combined with filter.workspaceId",
        );
    }
    let (from, to) = match times(ctx, f.from_date_time.as_deref(), f.to_date_time.as_deref()) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let filter = CallFilter {
        from,
        to,
        workspace: f.workspace_id.as_ref().map(|w| w.as_str().to_owned()),
        call_ids: id_list(&f.call_ids),
        primary_users: None,
    };
    let listing = format!("transcripts|{}", serde_json::to_string(f).unwrap_or_default());
    let mut st = sb.lock();
    let idx = filter.indices(&st.data);
    if idx.is_empty() {
        return not_found_list(ctx, "transcripts");
    }
    let page = match paged(&mut st, sb, ctx, &listing, req.cursor.as_deref(), idx.len()) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let seed = st.data.seed;
    let items: Vec<Value> = idx[page.start..page.end]
        .iter()
        .map(|&i| data::transcript(seed, &st.data.calls[i]))
        .collect();
    Reply::ok(
        200,
        &ctx.rid,
        json!({ "records": page.records, "callTranscripts": items }),
    )
}

fn users_page(
    sb: &Shared,
    ctx: &Ctx,
    listing: &str,
    cursor: Option<&str>,
    keep: impl Fn(&data::User) -> bool,
) -> Reply {
    let mut st = sb.lock();
    let idx: Vec<usize> = (0..st.data.users.len()).filter(|&i| keep(&st.data.users[i])).collect();
    if idx.is_empty() {
        return not_found_list(ctx, "users");
    }
    let page = match paged(&mut st, sb, ctx, listing, cursor, idx.len()) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let items: Vec<Value> = idx[page.start..page.end]
        .iter()
        .map(|&i| data::user_json(&st.data.users[i]))
        .collect();
    Reply::ok(200, &ctx.rid, json!({ "records": page.records, "users": items }))
}

/// `GET /v2/users`: cursor in the query; avatars only with `includeAvatars=true`.
fn list_users(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    let avatars = q.flag("includeAvatars");
    users_page(sb, ctx, &format!("listUsers|{avatars}"), q.get("cursor"), |u| {
        avatars || !u.avatar
    })
}

/// `POST /v2/users/extensive`: cursor in the body.
fn users_extensive(
    sb: &Shared,
    ctx: &Ctx,
    req: types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates,
) -> Reply {
    let f = &req.filter;
    let from = match time_param(ctx, "createdFromDateTime", f.created_from_date_time.as_deref()) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let to = match time_param(ctx, "createdToDateTime", f.created_to_date_time.as_deref()) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let avatars = f.include_avatars.unwrap_or(false);
    let wanted = id_list(&f.user_ids);
    let listing = format!("usersExtensive|{}", serde_json::to_string(f).unwrap_or_default());
    users_page(sb, ctx, &listing, req.cursor.as_deref(), |u| {
        (avatars || !u.avatar)
            && wanted.as_ref().is_none_or(|w| w.contains(&u.id))
            && from.is_none_or(|t| u.created >= t)
            && to.is_none_or(|t| u.created < t)
    })
}

/// `GET /v2/users/{id}`.
fn get_user(sb: &Shared, ctx: &Ctx, id: &str) -> Reply {
    if !is_id(id) {
        return Reply::error(400, &ctx.rid, format!("{id:?} is not a user id"));
    }
    let st = sb.lock();
    match st.data.user_by_id(id) {
        Some(u) => Reply::ok(200, &ctx.rid, json!({ "user": data::user_json(u) })),
        None => Reply::error(404, &ctx.rid, format!("User {id} does not exist")),
    }
}

/// `GET /v2/logs`: `logType` and `fromDateTime` are required; cursor in the query.
fn logs(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    let Some(log_type) = q.get("logType").filter(|t| !t.is_empty()) else {
        return Reply::error(
            400,
            &ctx.rid,
            format!("logType is required (one of {})", LOG_TYPES.join(", ")),
        );
    };
    let Some(log_type) = LOG_TYPES.iter().copied().find(|t| *t == log_type) else {
        return Reply::error(
            400,
            &ctx.rid,
            format!("logType {log_type:?} is not one of {}", LOG_TYPES.join(", ")),
        );
    };
    if q.get("fromDateTime").is_none_or(str::is_empty) {
        return Reply::error(400, &ctx.rid, "fromDateTime is required");
    }
    let (from, to) = match times(ctx, q.get("fromDateTime"), q.get("toDateTime")) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let listing = format!(
        "logs|{log_type}|{}|{}",
        q.get("fromDateTime").unwrap_or_default(),
        q.get("toDateTime").unwrap_or_default()
    );
    let mut st = sb.lock();
    let idx: Vec<usize> = (0..st.data.logs.len())
        .filter(|&i| {
            let l = &st.data.logs[i];
            l.log_type == log_type && from.is_none_or(|f| l.time >= f) && to.is_none_or(|t| l.time < t)
        })
        .collect();
    if idx.is_empty() {
        return not_found_list(ctx, "logs");
    }
    let page = match paged(&mut st, sb, ctx, &listing, q.get("cursor"), idx.len()) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let items: Vec<Value> = idx[page.start..page.end]
        .iter()
        .map(|&i| data::log_json(&st.data, &st.data.logs[i]))
        .collect();
    Reply::ok(200, &ctx.rid, json!({ "records": page.records, "logEntries": items }))
}

/// `GET /v2/library/folders`.
fn folders(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    let st = sb.lock();
    let ws = q.get("workspaceId").filter(|w| !w.is_empty());
    if let Some(w) = ws
        && !st.data.workspaces.iter().any(|x| x.id == w)
    {
        return Reply::error(
            400,
            &ctx.rid,
            format!("workspaceId {w} is not a workspace of this company"),
        );
    }
    let folders: Vec<Value> = st
        .data
        .folders
        .iter()
        .filter(|f| ws.is_none_or(|w| f.workspace_id == w))
        .map(data::folder_json)
        .collect();
    Reply::ok(200, &ctx.rid, json!({ "folders": folders }))
}

/// `GET /v2/library/folder-content`.
fn folder_content(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    let Some(id) = q.get("folderId").filter(|f| !f.is_empty()) else {
        return Reply::error(400, &ctx.rid, "folderId is required");
    };
    let st = sb.lock();
    match st.data.folders.iter().find(|f| f.id == id) {
        Some(f) => Reply::ok(200, &ctx.rid, data::folder_content_json(&st.data, f)),
        None => Reply::error(404, &ctx.rid, format!("Folder {id} does not exist")),
    }
}

fn meeting_times(ctx: &Ctx, start: &str, end: &str) -> Result<(), Reply> {
    match (parse_time(start), parse_time(end)) {
        (Some(s), Some(e)) if s < e => Ok(()),
        (Some(_), Some(_)) => Err(Reply::error(400, &ctx.rid, "endTime must be after startTime")),
        _ => Err(Reply::error(
            400,
            &ctx.rid,
            "startTime and endTime must be ISO-8601 date-times with an offset",
        )),
    }
}

/// Gong's answer to an organizer who is not one of the company's users.
const NO_ORGANIZER: &str = "The organizerEmail is not a Gong user of this company";

/// `POST /v2/meetings`.
fn add_meeting(sb: &Shared, ctx: &Ctx, req: types::NewMeetingRequest) -> Reply {
    if let Err(r) = meeting_times(ctx, &req.start_time, &req.end_time) {
        return r;
    }
    let mut st = sb.lock();
    if st.data.user_by_email(&req.organizer_email).is_none_or(|u| u.avatar) {
        return Reply::error(404, &ctx.rid, NO_ORGANIZER);
    }
    let id = st.data.ids.long();
    st.data.meetings.push(Meeting {
        id: id.clone(),
        organizer: req.organizer_email.clone(),
        invitees: req.invitees.iter().filter_map(|i| i.email.clone()).collect(),
    });
    Reply::ok(
        200,
        &ctx.rid,
        json!({ "meetingId": id, "meetingUrl": format!("https://app.gong.io/meeting/{id}"), "additionalInvitees": [] }),
    )
}

/// `PUT /v2/meetings/{id}`.
fn update_meeting(sb: &Shared, ctx: &Ctx, id: &str, req: types::UpdateMeetingRequest) -> Reply {
    if let Err(r) = meeting_times(ctx, &req.start_time, &req.end_time) {
        return r;
    }
    let mut st = sb.lock();
    if st.data.user_by_email(&req.organizer_email).is_none_or(|u| u.avatar) {
        return Reply::error(404, &ctx.rid, NO_ORGANIZER);
    }
    let Some(m) = st.data.meetings.iter_mut().find(|m| m.id == id) else {
        return Reply::error(404, &ctx.rid, format!("Meeting {id} does not exist"));
    };
    if !m.organizer.eq_ignore_ascii_case(&req.organizer_email) {
        return Reply::error(403, &ctx.rid, "Only the meeting's organizer can change it");
    }
    m.invitees = req.invitees.iter().filter_map(|i| i.email.clone()).collect();
    Reply::ok(200, &ctx.rid, json!({ "meetingId": id }))
}

/// `DELETE /v2/meetings/{id}`.
fn delete_meeting(sb: &Shared, ctx: &Ctx, id: &str, req: Option<types::DeleteMeetingRequest>) -> Reply {
    // Gong finds the meeting to delete through its organizer: the body and
    // its organizerEmail are required.
    let Some(email) = req.and_then(|r| r.organizer_email).filter(|e| !e.trim().is_empty()) else {
        return Reply::error(400, &ctx.rid, "organizerEmail is required");
    };
    let mut st = sb.lock();
    let Some(i) = st
        .data
        .meetings
        .iter()
        .position(|m| m.id == id && m.organizer.eq_ignore_ascii_case(&email))
    else {
        return Reply::error(
            404,
            &ctx.rid,
            format!("Meeting {id} has no organizer with that organizerEmail"),
        );
    };
    let organizer = st.data.meetings[i].organizer.clone();
    st.data.meetings.remove(i);
    Reply::ok(200, &ctx.rid, json!({ "organizerEmail": organizer }))
}

/// `PUT /v2/customer-engagement/...`: an `eventId` is accepted once.
fn engagement(sb: &Shared, ctx: &Ctx, event: Event) -> Reply {
    if parse_time(&event.timestamp).is_none() {
        return Reply::error(
            400,
            &ctx.rid,
            "eventTimestamp must be an ISO-8601 date-time with an offset",
        );
    }
    let mut st = sb.lock();
    if let Some(id) = &event.event_id
        && !st.data.event_ids.insert((event.kind, id.clone()))
    {
        return Reply::error(409, &ctx.rid, format!("The event {id:?} was already reported"));
    }
    st.data.events.push(event);
    Reply::ok(200, &ctx.rid, json!({}))
}

fn email_param(ctx: &Ctx, q: &Query) -> Result<String, Reply> {
    match q.get("emailAddress").map(str::trim) {
        Some(e) if e.contains('@') && !e.contains(char::is_whitespace) => Ok(e.to_owned()),
        Some(_) => Err(Reply::error(400, &ctx.rid, "emailAddress is not a valid email address")),
        None => Err(Reply::error(400, &ctx.rid, "emailAddress is required")),
    }
}

/// The supplied phone number and its digits. It must start with `+`; a raw
/// `+` in a query string arrives as a space, as at Gong.
fn phone_param(ctx: &Ctx, q: &Query) -> Result<(String, String), Reply> {
    let Some(p) = q.get("phoneNumber") else {
        return Err(Reply::error(400, &ctx.rid, "phoneNumber is required"));
    };
    let digits = phone_digits(p);
    if !p.starts_with('+') || !(7..=15).contains(&digits.len()) {
        return Err(Reply::error(
            400,
            &ctx.rid,
            "phoneNumber must start with + and the country code, for example +1 425 555 2671 (encode + as %2B)",
        ));
    }
    Ok((p.to_owned(), digits))
}
