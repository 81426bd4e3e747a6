//! `GET /v2/logs`.

use gong_client::api::types;

use super::data::LOG_TYPES;
use super::state::Shared;
use super::{Ctx, Query, Reply, not_found_list, paged, render, times};

/// `GET /v2/logs`: `logType` and `fromDateTime` are required; cursor in the query.
pub(crate) fn logs(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
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
    let answer = types::LogsResponse {
        extra: Default::default(),
        request_id: None,
        records: Some(page.records),
        log_entries: idx[page.start..page.end]
            .iter()
            .map(|&i| render::log_entry(&st.data, &st.data.logs[i]))
            .collect(),
    };
    Reply::ok(200, &ctx.rid, render::to_json(&answer))
}
