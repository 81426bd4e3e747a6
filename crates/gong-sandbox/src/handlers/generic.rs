//! The operations of the API document without a hand-written handler:
//! their required parameters and JSON body are checked as the document
//! states them, and the answer is plausible data shaped by the document's
//! response schema, drawn from the seed and the request (the same request
//! gets the same answer).

use serde_json::{Value, json};

use super::rng::Rng;
use super::state::Shared;
use super::{Ctx, Query, Reply, schema};

/// Answers `op` from its response schema. `body` is the request's JSON
/// body, when it sent one.
pub(crate) fn answer(
    sb: &Shared,
    ctx: &Ctx,
    op: schema::Op,
    segs: &[&str],
    q: &Query,
    raw_query: &str,
    body: Option<&Value>,
) -> Reply {
    for name in op.required_params("query") {
        if q.get(name).is_none_or(str::is_empty) {
            return Reply::error(400, &ctx.rid, format!("Missing required query parameter '{name}'"));
        }
    }
    if let Some(body_schema) = op.json_body() {
        match body {
            None if op.body_required() => {
                return Reply::error(400, &ctx.rid, "A JSON request body is required");
            }
            None => {}
            Some(b) => {
                if let Err(message) = check_required(b, body_schema, "") {
                    return Reply::error(400, &ctx.rid, format!("Invalid request body: {message}"));
                }
            }
        }
    }
    // Path ids are numeric, as Gong's.
    let template: Vec<&str> = op.path.split('/').filter(|s| !s.is_empty()).collect();
    for (t, s) in template.iter().zip(segs) {
        if t.starts_with('{') && !super::is_id(s) {
            return Reply::error(400, &ctx.rid, format!("{t} must be a numeric id, got '{}'", clip(s)));
        }
    }
    let (status, response) = op.success();
    let body_text = body.map(Value::to_string).unwrap_or_default();
    let stream = schema::hash(&[
        op.id.as_bytes(),
        segs.join("/").as_bytes(),
        raw_query.as_bytes(),
        body_text.as_bytes(),
    ]);
    let mut rng = Rng::new(sb.config.seed, stream);
    let mut value = if response.is_null() {
        json!({})
    } else {
        schema::synth(response, "", &mut rng, 0)
    };
    // A listing without more pages: `records` says so, with no cursor.
    if let Some(map) = value.as_object_mut()
        && let Some(records) = map.get_mut("records").and_then(Value::as_object_mut)
    {
        records.remove("cursor");
        records.insert("currentPageNumber".into(), json!(0));
    }
    fix_counts(&mut value);
    Reply::ok(status, &ctx.rid, value)
}

/// `records`' counts agree with the list next to it.
fn fix_counts(value: &mut Value) {
    let Some(map) = value.as_object_mut() else {
        return;
    };
    let listed = map
        .iter()
        .filter(|(k, _)| *k != "records")
        .find_map(|(_, v)| v.as_array().map(Vec::len));
    if let (Some(n), Some(records)) = (listed, map.get_mut("records").and_then(Value::as_object_mut)) {
        records.insert("totalRecords".into(), json!(n));
        records.insert("currentPageSize".into(), json!(n));
    }
}

fn clip(s: &str) -> String {
    s.chars().take(40).filter(|c| !c.is_control()).collect()
}

/// The document's `required` properties are present (not null), at every
/// level; the error names the first missing field by its path.
fn check_required(value: &Value, schema: &'static Value, at: &str) -> Result<(), String> {
    let (_, s) = schema::resolve(schema);
    match value {
        Value::Object(map) => {
            for r in s.get("required").and_then(Value::as_array).into_iter().flatten() {
                if let Some(k) = r.as_str()
                    && map.get(k).is_none_or(Value::is_null)
                {
                    return Err(format!("`{at}{k}` is required"));
                }
            }
            if let Some(props) = s.get("properties").and_then(Value::as_object) {
                for (k, v) in map {
                    if let Some(p) = props.get(k) {
                        check_required(v, p, &format!("{at}{k}."))?;
                    }
                }
            }
            Ok(())
        }
        Value::Array(items) => {
            let item = s.get("items").unwrap_or(&Value::Null);
            for (i, v) in items.iter().enumerate() {
                check_required(v, item, &format!("{}[{i}].", at.trim_end_matches('.')))?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
