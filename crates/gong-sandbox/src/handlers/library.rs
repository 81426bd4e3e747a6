//! `/v2/library`: folders and their content.

use serde_json::{Value, json};

use super::state::Shared;
use super::{Ctx, Query, Reply, render};

/// `GET /v2/library/folders`.
pub(crate) fn folders(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
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
        .map(render::folder)
        .collect();
    Reply::ok(200, &ctx.rid, json!({ "folders": folders }))
}

/// `GET /v2/library/folder-content`.
pub(crate) fn folder_content(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    let Some(id) = q.get("folderId").filter(|f| !f.is_empty()) else {
        return Reply::error(400, &ctx.rid, "folderId is required");
    };
    let st = sb.lock();
    match st.data.folders.iter().find(|f| f.id == id) {
        Some(f) => Reply::ok(200, &ctx.rid, render::folder_content(&st.data, f)),
        None => Reply::error(404, &ctx.rid, format!("Folder {id} does not exist")),
    }
}
