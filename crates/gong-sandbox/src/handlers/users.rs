//! `/v2/users`: list, get, extensive.

use gong_client::api::types;

use super::data;
use super::state::Shared;
use super::{Ctx, Query, Reply, id_list, is_id, not_found_list, paged, render, time_param};

pub(crate) fn users_page(
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
    let answer = types::UsersMetadata {
        extra: Default::default(),
        request_id: None,
        records: Some(page.records),
        users: idx[page.start..page.end]
            .iter()
            .map(|&i| render::user(&st.data.users[i]))
            .collect(),
    };
    Reply::ok(200, &ctx.rid, render::to_json(&answer))
}

/// `GET /v2/users`: cursor in the query; avatars only with `includeAvatars=true`.
pub(crate) fn list_users(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    let avatars = q.flag("includeAvatars");
    users_page(sb, ctx, &format!("listUsers|{avatars}"), q.get("cursor"), |u| {
        avatars || !u.avatar
    })
}

/// `POST /v2/users/extensive`: cursor in the body.
pub(crate) fn users_extensive(
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
pub(crate) fn get_user(sb: &Shared, ctx: &Ctx, id: &str) -> Reply {
    if !is_id(id) {
        return Reply::error(400, &ctx.rid, format!("{id:?} is not a user id"));
    }
    let st = sb.lock();
    match st.data.user_by_id(id) {
        Some(u) => Reply::ok(
            200,
            &ctx.rid,
            render::to_json(&types::User {
                extra: Default::default(),
                request_id: None,
                user: Some(render::user(u)),
            }),
        ),
        None => Reply::error(404, &ctx.rid, format!("User {id} does not exist")),
    }
}
