//! `/v2/data-privacy`: what an email address or phone number appears in, and erasure.

use serde_json::json;

use super::data::phone_digits;
use super::state::Shared;
use super::{Ctx, Query, Reply};

fn email_param(ctx: &Ctx, q: &Query) -> Result<String, Reply> {
    match q.get("emailAddress").map(str::trim) {
        Some(e) if e.contains('@') && !e.contains(char::is_whitespace) => Ok(e.to_owned()),
        Some(_) => Err(Reply::error(400, &ctx.rid, "emailAddress is not a valid email address")),
        None => Err(Reply::error(400, &ctx.rid, "emailAddress is required")),
    }
}

/// The supplied phone number and its digits. It must start with `+`; a raw
/// `+` in a query string arrives as a space, as at Gong.
fn phone_param(ctx: &Ctx, q: &Query) -> Result<(String, String), Reply> {
    let Some(p) = q.get("phoneNumber") else {
        return Err(Reply::error(400, &ctx.rid, "phoneNumber is required"));
    };
    let digits = phone_digits(p);
    if !p.starts_with('+') || !(7..=15).contains(&digits.len()) {
        return Err(Reply::error(
            400,
            &ctx.rid,
            "phoneNumber must start with + and the country code, for example +1 425 555 2671 (encode + as %2B)",
        ));
    }
    Ok((p.to_owned(), digits))
}

/// `GET /v2/data-privacy/data-for-email-address`.
pub(crate) fn email_references(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    match email_param(ctx, q) {
        Ok(email) => {
            let st = sb.lock();
            Reply::ok(200, &ctx.rid, st.data.email_references(&email))
        }
        Err(r) => r,
    }
}

/// `GET /v2/data-privacy/data-for-phone-number`.
pub(crate) fn phone_references(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    match phone_param(ctx, q) {
        Ok((supplied, digits)) => {
            let st = sb.lock();
            Reply::ok(200, &ctx.rid, st.data.phone_references(&supplied, &digits))
        }
        Err(r) => r,
    }
}

/// `POST /v2/data-privacy/erase-data-for-email-address`.
pub(crate) fn erase_email(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    match email_param(ctx, q) {
        Ok(email) => {
            let removed = sb.lock().data.erase_email(&email);
            tracing::debug!(removed, "sandbox erased an email address");
            Reply::ok(200, &ctx.rid, json!({}))
        }
        Err(r) => r,
    }
}

/// `POST /v2/data-privacy/erase-data-for-phone-number`.
pub(crate) fn erase_phone(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    match phone_param(ctx, q) {
        Ok((_, digits)) => {
            let removed = sb.lock().data.erase_phone(&digits);
            tracing::debug!(removed, "sandbox erased a phone number");
            Reply::ok(200, &ctx.rid, json!({}))
        }
        Err(r) => r,
    }
}
