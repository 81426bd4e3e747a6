//! `GET /v2/workspaces`.

use serde_json::{Value, json};

use super::state::Shared;
use super::{Ctx, Reply};

/// `GET /v2/workspaces`: all of them, unpaged.
pub(crate) fn list(sb: &Shared, ctx: &Ctx) -> Reply {
    let st = sb.lock();
    let ws: Vec<Value> = st
        .data
        .workspaces
        .iter()
        .map(|w| json!({ "id": w.id, "name": w.name, "description": w.description }))
        .collect();
    Reply::ok(200, &ctx.rid, json!({ "workspaces": ws }))
}
