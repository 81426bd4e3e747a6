//! `/v2/calls`: list, get, add, extensive, transcripts.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use gong_client::api::types;
use serde_json::{Value, json};

use super::data::{self, Data, parse_time};
use super::render::Selector;
use super::state::Shared;
use super::{Ctx, Query, Reply, Time, hooks, id_list, is_id, not_found_list, paged, render, times};

struct CallFilter {
    from: Option<Time>,
    to: Option<Time>,
    workspace: Option<String>,
    /// A set: a transcripts request names up to 100 ids, tested against
    /// every call of the tenant.
    call_ids: Option<HashSet<String>>,
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

    /// Positions of the matching processed calls, in start-time order,
    /// found without a scan of the tenant: the time window by binary search,
    /// named ids through the id map; only the calls left are tested.
    fn indices(&self, data: &Data) -> Matches {
        if let Some(ids) = &self.call_ids {
            let mut at: Vec<usize> = ids
                .iter()
                .filter_map(|id| data.call_position(id))
                .filter(|&i| self.matches(&data.calls[i]))
                .collect();
            at.sort_unstable();
            return Matches::List(at);
        }
        let window = data.calls_between(self.from, self.to);
        if self.workspace.is_none() && self.primary_users.is_none() {
            return Matches::Window(window);
        }
        Matches::List(window.filter(|&i| self.matches(&data.calls[i])).collect())
    }
}

/// Positions in `Data::calls` of the calls a filter matched, in start-time
/// order: a whole window of them, or a list.
enum Matches {
    Window(Range<usize>),
    List(Vec<usize>),
}

impl Matches {
    fn len(&self) -> usize {
        match self {
            Matches::Window(r) => r.len(),
            Matches::List(v) => v.len(),
        }
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The positions of matches `start..end` (a page).
    fn page(&self, start: usize, end: usize) -> Vec<usize> {
        match self {
            Matches::Window(r) => (r.start + start..r.start + end).collect(),
            Matches::List(v) => v[start..end].to_vec(),
        }
    }

    /// Leaves out the calls `drop` names (a list, since the window has holes then).
    fn without(self, data: &Data, drop: &HashSet<String>) -> Matches {
        if drop.is_empty() {
            return self;
        }
        let keep = |&i: &usize| !drop.contains(&data.calls[i].id);
        match self {
            Matches::Window(r) => Matches::List(r.filter(keep).collect()),
            Matches::List(mut v) => {
                v.retain(keep);
                Matches::List(v)
            }
        }
    }
}

/// `GET /v2/calls`: cursor in the query.
pub(crate) fn list_calls(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
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
    let items: Vec<Value> = idx
        .page(page.start, page.end)
        .into_iter()
        .map(|i| render::basic(&st.data.calls[i]))
        .collect();
    Reply::ok(200, &ctx.rid, json!({ "records": page.records, "calls": items }))
}

/// `GET /v2/calls/{id}`.
pub(crate) fn get_call(sb: &Shared, ctx: &Ctx, id: &str) -> Reply {
    if !is_id(id) {
        return Reply::error(400, &ctx.rid, format!("{id:?} is not a call id"));
    }
    let st = sb.lock();
    match st.data.call(id) {
        Some(c) => Reply::ok(200, &ctx.rid, json!({ "call": render::basic(c) })),
        None => Reply::error(
            404,
            &ctx.rid,
            format!("Call {id} does not exist or is not processed yet"),
        ),
    }
}

/// `POST /v2/calls`.
pub(crate) fn add_call(sb: &Arc<Shared>, ctx: &Ctx, req: types::NewCallAddingRequest) -> Reply {
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
    let answer = types::NewCallAddingResponse {
        extra: Default::default(),
        request_id: None,
        call_id: render::gong_id(&id),
    };
    Reply::ok(200, &ctx.rid, render::to_json(&answer))
}

/// `POST /v2/calls/extensive`: cursor in the body (a query cursor is ignored).
pub(crate) fn extensive(
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
        call_ids: id_list(&f.call_ids).map(HashSet::from_iter),
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
    let items: Vec<Value> = idx
        .page(page.start, page.end)
        .into_iter()
        .map(|i| render::extensive(seed, &st.data.calls[i], &sel))
        .collect();
    Reply::ok(200, &ctx.rid, json!({ "records": page.records, "calls": items }))
}

/// `POST /v2/calls/transcript`: cursor in the body.
pub(crate) fn transcripts(sb: &Shared, ctx: &Ctx, req: types::PublicApiBaseRequestV2CallsFilter) -> Reply {
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
        call_ids: id_list(&f.call_ids).map(HashSet::from_iter),
        primary_users: None,
    };
    let listing = format!("transcripts|{}", serde_json::to_string(f).unwrap_or_default());
    let mut st = sb.lock();
    // A call whose transcript is not finished is not in the answer.
    let idx = filter
        .indices(&st.data)
        .without(&st.data, &st.data.transcripts_withheld);
    if idx.is_empty() {
        return not_found_list(ctx, "transcripts");
    }
    let page = match paged(&mut st, sb, ctx, &listing, req.cursor.as_deref(), idx.len()) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let seed = st.data.seed;
    let answer = types::CallTranscripts {
        extra: Default::default(),
        request_id: None,
        records: Some(page.records),
        call_transcripts: idx
            .page(page.start, page.end)
            .into_iter()
            .map(|i| render::transcript(seed, &st.data.calls[i]))
            .collect(),
    };
    Reply::ok(200, &ctx.rid, render::to_json(&answer))
}
