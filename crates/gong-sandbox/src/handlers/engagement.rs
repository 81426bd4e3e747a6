//! `/v2/customer-engagement`: actions, content shared, content viewed.

use gong_client::api::types;
use serde_json::json;

use super::data::{Event, parse_time};
use super::state::Shared;
use super::{Ctx, Reply};

fn actor_emails(a: Option<&types::Actor>) -> Vec<String> {
    a.and_then(|a| a.email.clone()).into_iter().collect()
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

/// `PUT /v2/customer-engagement/action`.
pub(crate) fn custom_action(sb: &Shared, ctx: &Ctx, e: types::CustomActionEvent) -> Reply {
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

/// `PUT /v2/customer-engagement/content/shared`.
pub(crate) fn content_shared(sb: &Shared, ctx: &Ctx, e: types::ContentSharedEvent) -> Reply {
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

/// `PUT /v2/customer-engagement/content/viewed`.
pub(crate) fn content_viewed(sb: &Shared, ctx: &Ctx, e: types::ContentViewedEvent) -> Reply {
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
