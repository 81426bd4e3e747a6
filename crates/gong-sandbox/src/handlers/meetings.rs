//! `/v2/meetings`: add, update, delete.

use gong_client::api::types;

use super::data::{Meeting, parse_time};
use super::state::Shared;
use super::{Ctx, Reply, render};

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
pub(crate) fn add_meeting(sb: &Shared, ctx: &Ctx, req: types::NewMeetingRequest) -> Reply {
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
        render::to_json(&types::NewMeetingResponse {
            extra: Default::default(),
            request_id: None,
            meeting_id: render::gong_id(&id),
            meeting_url: Some(format!("https://app.gong.io/meeting/{id}")),
            additional_invitees: Vec::new(),
        }),
    )
}

/// `PUT /v2/meetings/{id}`.
pub(crate) fn update_meeting(sb: &Shared, ctx: &Ctx, id: &str, req: types::UpdateMeetingRequest) -> Reply {
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
    let answer = types::UpdateMeetingResponse {
        extra: Default::default(),
        request_id: None,
        meeting_id: render::gong_id(id),
    };
    Reply::ok(200, &ctx.rid, render::to_json(&answer))
}

/// `DELETE /v2/meetings/{id}`.
pub(crate) fn delete_meeting(sb: &Shared, ctx: &Ctx, id: &str, req: Option<types::DeleteMeetingRequest>) -> Reply {
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
    // The document's answer to a delete is the request's own type.
    let answer = types::DeleteMeetingRequest {
        extra: Default::default(),
        organizer_email: Some(organizer),
    };
    Reply::ok(200, &ctx.rid, render::to_json(&answer))
}
