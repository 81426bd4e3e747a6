//! Handlers, one module per resource: each turns a decoded request into a
//! [`Reply`] from the tenant's state. They know nothing of sockets, auth,
//! rate limits or faults (the `http` layer above), and reach below only into
//! the tenant state, its data and the answers' rendering.

use std::sync::Arc;

use axum::http::header;
use bytes::Bytes;
use serde_json::{Value, json};
use tokio::sync::Notify;
use tokio::time::Instant;

// The layers below, as the handler modules name them (`super::state`, ...).
use super::{data, hooks, multipart, render, rng, schema, settings, state};
use data::parse_time;
use state::{CursorError, PageSlice, Shared, State};

pub(crate) mod calls;
pub(crate) mod engage;
pub(crate) mod engagement;
pub(crate) mod generic;
pub(crate) mod library;
pub(crate) mod listings;
pub(crate) mod logs;
pub(crate) mod media;
pub(crate) mod meetings;
pub(crate) mod privacy;
pub(crate) mod users;
pub(crate) mod workspaces;

/// Lets a handler close its own connection without answering.
#[derive(Clone, Default)]
pub(crate) struct ConnCtl(pub(crate) Arc<Notify>);

impl ConnCtl {
    /// Closes the connection (the connection task drops it).
    pub(crate) fn kill(&self) {
        self.0.notify_one();
    }

    /// Closes the connection and never returns: the handler's future is
    /// dropped with the connection.
    pub(crate) async fn kill_and_hang(&self) -> ! {
        self.kill();
        futures::future::pending::<()>().await;
        unreachable!("a pending future never completes")
    }
}

/// What one request is, for the operations.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    /// The request's number.
    pub seq: u64,
    /// Its `requestId`.
    pub rid: String,
    /// The repeating-cursor fault applies to this request.
    pub repeat_cursor: bool,
    /// When it arrived (Tokio's clock).
    pub now: Instant,
}

/// An answer before it becomes HTTP.
#[derive(Debug, Clone)]
pub(crate) struct Reply {
    pub status: u16,
    pub headers: Vec<(header::HeaderName, String)>,
    pub body: Bytes,
    pub json: bool,
}

impl Reply {
    /// A JSON answer.
    pub(crate) fn json(status: u16, value: &Value) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Bytes::from(serde_json::to_vec(value).unwrap_or_default()),
            json: true,
        }
    }

    /// A success carrying `requestId` next to `value`'s fields.
    pub(crate) fn ok(status: u16, rid: &str, value: Value) -> Reply {
        let mut map = serde_json::Map::new();
        map.insert("requestId".into(), json!(rid));
        if let Value::Object(fields) = value {
            map.extend(fields);
        }
        Reply::json(status, &Value::Object(map))
    }

    /// Gong's error shape.
    pub(crate) fn error(status: u16, rid: &str, message: impl Into<String>) -> Reply {
        Reply::json(status, &json!({ "requestId": rid, "errors": [message.into()] }))
    }

    /// Adds a header.
    pub(crate) fn header(mut self, name: header::HeaderName, value: impl Into<String>) -> Reply {
        self.headers.push((name, value.into()));
        self
    }

    pub(crate) fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Query parameters.
pub(crate) struct Query(Vec<(String, String)>);

impl Query {
    pub(crate) fn parse(q: Option<&str>) -> Self {
        Query(
            form_urlencoded::parse(q.unwrap_or_default().as_bytes())
                .into_owned()
                .collect(),
        )
    }

    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    pub(crate) fn flag(&self, name: &str) -> bool {
        self.get(name).is_some_and(|v| v.eq_ignore_ascii_case("true"))
    }
}

pub(crate) fn is_id(s: &str) -> bool {
    (1..=20).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

pub(crate) fn cursor_error(ctx: &Ctx, e: CursorError) -> Reply {
    Reply::error(400, &ctx.rid, e.message())
}

pub(crate) fn not_found_list(ctx: &Ctx, what: &str) -> Reply {
    Reply::error(
        404,
        &ctx.rid,
        format!("No {what} found corresponding to the provided filters"),
    )
}

/// A time filter parameter, or the 400 answer.
pub(crate) fn time_param(
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
pub(crate) fn paged(
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

pub(crate) type Time = chrono::DateTime<chrono::FixedOffset>;

pub(crate) fn id_list(v: &Option<Vec<gong_client::GongId>>) -> Option<Vec<String>> {
    v.as_ref()
        .map(|ids| ids.iter().map(|i| i.as_str().to_owned()).collect())
}

pub(crate) fn times(ctx: &Ctx, from: Option<&str>, to: Option<&str>) -> Result<(Option<Time>, Option<Time>), Reply> {
    Ok((
        time_param(ctx, "fromDateTime", from)?,
        time_param(ctx, "toDateTime", to)?,
    ))
}
