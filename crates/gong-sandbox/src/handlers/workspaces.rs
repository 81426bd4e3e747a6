//! `GET /v2/workspaces`.

use super::state::Shared;
use super::{Ctx, Reply, render};

/// `GET /v2/workspaces`: all of them, unpaged.
pub(crate) fn list(sb: &Shared, ctx: &Ctx) -> Reply {
    let st = sb.lock();
    Reply::ok(200, &ctx.rid, render::to_json(&render::workspaces(&st.data)))
}
