//! Routing: a `/v2` request's method and path to its handler, with the
//! query parsed and a JSON body decoded into the operation's generated
//! request type first.

use std::sync::Arc;

use axum::extract::Request;
use axum::http::Method;
use gong_client::api::types;
use serde::de::DeserializeOwned;

use super::handlers::{
    ConnCtl, Ctx, Query, Reply, calls, engage, engagement, generic, library, listings, logs, media, meetings, privacy,
    users, workspaces,
};
use super::schema;
use super::state::Shared;

/// Largest JSON body accepted.
const MAX_JSON_BYTES: usize = 10 * 1024 * 1024;

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
    let raw_query = req.uri().query().unwrap_or_default().to_owned();
    let q = Query::parse(req.uri().query());
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match (&method, segs.as_slice()) {
        (&Method::GET, ["v2", "calls"]) => calls::list_calls(sb, ctx, &q),
        (&Method::POST, ["v2", "calls"]) => calls::add_call(sb, ctx, body!(req, ctx, types::NewCallAddingRequest)),
        (&Method::POST, ["v2", "calls", "extensive"]) => calls::extensive(
            sb,
            ctx,
            body!(
                req,
                ctx,
                types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector
            ),
        ),
        (&Method::POST, ["v2", "calls", "transcript"]) => {
            calls::transcripts(sb, ctx, body!(req, ctx, types::PublicApiBaseRequestV2CallsFilter))
        }
        (&Method::PUT, ["v2", "calls", id, "media"]) => {
            let id = (*id).to_owned();
            media::upload(sb, ctx, &id, req, ctl).await
        }
        (&Method::GET, ["v2", "calls", "manual-crm-associations"]) => listings::manual_associations(sb, ctx, &q),
        (&Method::GET, ["v2", "calls", id]) => calls::get_call(sb, ctx, id),
        (&Method::GET, ["v2", "flows"]) => listings::flows(sb, ctx, &q),
        (&Method::GET, ["v2", "settings", "scorecards"]) => listings::scorecard_settings(sb, ctx, &q),
        (&Method::GET, ["v2", "settings", "trackers"]) => listings::trackers(sb, ctx, &q),
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
        (&Method::GET, ["v2", "users"]) => users::list_users(sb, ctx, &q),
        (&Method::POST, ["v2", "users", "extensive"]) => users::users_extensive(
            sb,
            ctx,
            body!(
                req,
                ctx,
                types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates
            ),
        ),
        (&Method::GET, ["v2", "users", id]) => users::get_user(sb, ctx, id),
        (&Method::GET, ["v2", "workspaces"]) => workspaces::list(sb, ctx),
        (&Method::GET, ["v2", "logs"]) => logs::logs(sb, ctx, &q),
        (&Method::GET, ["v2", "library", "folders"]) => library::folders(sb, ctx, &q),
        (&Method::GET, ["v2", "library", "folder-content"]) => library::folder_content(sb, ctx, &q),
        (&Method::POST, ["v2", "meetings"]) => {
            meetings::add_meeting(sb, ctx, body!(req, ctx, types::NewMeetingRequest))
        }
        (&Method::PUT, ["v2", "meetings", id]) => {
            let id = (*id).to_owned();
            meetings::update_meeting(sb, ctx, &id, body!(req, ctx, types::UpdateMeetingRequest))
        }
        (&Method::DELETE, ["v2", "meetings", id]) => {
            let id = (*id).to_owned();
            match read_json::<types::DeleteMeetingRequest>(req, ctx, false).await {
                Ok(body) => meetings::delete_meeting(sb, ctx, &id, body),
                Err(reply) => reply,
            }
        }
        (&Method::PUT, ["v2", "customer-engagement", "action"]) => {
            engagement::custom_action(sb, ctx, body!(req, ctx, types::CustomActionEvent))
        }
        (&Method::PUT, ["v2", "customer-engagement", "content", "shared"]) => {
            engagement::content_shared(sb, ctx, body!(req, ctx, types::ContentSharedEvent))
        }
        (&Method::PUT, ["v2", "customer-engagement", "content", "viewed"]) => {
            engagement::content_viewed(sb, ctx, body!(req, ctx, types::ContentViewedEvent))
        }
        (&Method::GET, ["v2", "data-privacy", "data-for-email-address"]) => privacy::email_references(sb, ctx, &q),
        (&Method::GET, ["v2", "data-privacy", "data-for-phone-number"]) => privacy::phone_references(sb, ctx, &q),
        (&Method::POST, ["v2", "data-privacy", "erase-data-for-email-address"]) => privacy::erase_email(sb, ctx, &q),
        (&Method::POST, ["v2", "data-privacy", "erase-data-for-phone-number"]) => privacy::erase_phone(sb, ctx, &q),
        (&Method::POST, ["v2", "tasks"]) => {
            let value = body!(req, ctx, serde_json::Value);
            let cursor = value.get("cursor").and_then(|c| c.as_str()).map(str::to_owned);
            match typed::<types::ListReminderRequest>(value, ctx) {
                Ok(list) => engage::list_tasks(sb, ctx, list, cursor),
                Err(reply) => reply,
            }
        }
        (&Method::PATCH, ["v2", "tasks", id]) => {
            let id = (*id).to_owned();
            engage::update_task(sb, ctx, &id, body!(req, ctx, types::UpdateReminderRequest))
        }
        (&Method::POST, ["v2", "flows", "prospects", "bulk-assignments"]) => {
            engage::submit_bulk(sb, ctx, body!(req, ctx, types::FlowProspectsBulkAssignmentRequest))
        }
        (&Method::GET, ["v2", "flows", "prospects", "bulk-assignments", id]) => engage::bulk_status(sb, ctx, id),
        (&Method::GET, ["v2", "call-outcomes"]) => engage::call_outcomes(ctx),
        (&Method::GET, ["v2", "settings", "briefs"]) => engage::briefs(sb, ctx, &q),
        (_, ["v2", ..]) => match schema::find_op(method.as_str(), &segs) {
            Some(op) => {
                let is_ai = matches!(op.path, "/v2/entities/ask-entity" | "/v2/entities/get-brief");
                if is_ai && let Some(reply) = engage::no_credits(sb, ctx) {
                    return reply;
                }
                let body = if op.json_body().is_some() {
                    match read_json::<serde_json::Value>(req, ctx, op.body_required()).await {
                        Ok(b) => b,
                        Err(reply) => return reply,
                    }
                } else {
                    // Multipart uploads (CRM data): read and dropped, bounded.
                    if axum::body::to_bytes(req.into_body(), MAX_JSON_BYTES).await.is_err() {
                        return Reply::error(400, &ctx.rid, "The request body is too large or could not be read");
                    }
                    None
                };
                generic::answer(sb, ctx, op, &segs, &q, &raw_query, body.as_ref())
            }
            None => Reply::error(404, &ctx.rid, format!("Unknown endpoint {method} {path}")),
        },
        _ => Reply::error(404, &ctx.rid, format!("Unknown endpoint {method} {path}")),
    }
}

/// A decoded JSON body into the operation's request type; 400 naming the
/// field otherwise.
fn typed<T: DeserializeOwned>(value: serde_json::Value, ctx: &Ctx) -> Result<T, Reply> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        Reply::error(
            400,
            &ctx.rid,
            format!("Invalid request body at `{}`: {}", e.path(), e.inner()),
        )
    })
}
