//! Example requests: for any operation of the API document, a request this
//! sandbox accepts, with its required parameters and body fields filled
//! from the tenant's own records (user ids, emails, calls, workspaces).

use serde_json::{Value, json};

use super::rng::Rng;
use super::schema;
use super::state::Shared;

/// A request for one operation (see [`crate::SandboxHandle::example_request`]).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ExampleRequest {
    /// The operation's `operationId`.
    pub operation_id: &'static str,
    /// HTTP method, upper case.
    pub method: String,
    /// Path with its parameters filled in, and the query string of the
    /// required query parameters.
    pub path_and_query: String,
    /// The JSON body, for operations that take one (only its required
    /// fields).
    pub body: Option<Value>,
}

/// What the sandbox's records offer for filling a request.
struct Known {
    user_id: String,
    user_email: String,
    call_id: String,
    workspace_id: String,
    folder_id: Option<String>,
    contact_email: String,
    contact_phone: Option<String>,
}

fn known(sb: &Shared) -> Known {
    let st = sb.lock();
    let d = &st.data;
    let user = d.people().next();
    Known {
        user_id: user.map(|u| u.id.clone()).unwrap_or_default(),
        user_email: user.map(|u| u.email.clone()).unwrap_or_default(),
        call_id: d.calls.first().map(|c| c.id.clone()).unwrap_or_default(),
        workspace_id: d.workspaces.first().map(|w| w.id.clone()).unwrap_or_default(),
        folder_id: d.folders.first().map(|f| f.id.clone()),
        contact_email: d.contacts.first().map(|c| c.email.clone()).unwrap_or_default(),
        contact_phone: d.contacts.iter().find_map(|c| c.phone.clone()),
    }
}

/// The value of a parameter or field called `name`, when the records or
/// Gong's formats decide it.
fn fill(k: &Known, name: &str) -> Option<Value> {
    let v = match name {
        "userId" | "primaryUser" | "manager-id" | "managerId" | "id" => json!(k.user_id),
        "userIds" => json!([k.user_id]),
        "callId" => json!(k.call_id),
        "callIds" => json!([k.call_id]),
        "workspaceId" | "workspace-id" => json!(k.workspace_id),
        "folderId" => json!(k.folder_id.clone()?),
        "emailAddress" => json!(k.contact_email),
        "phoneNumber" => json!(k.contact_phone.clone()?),
        "organizerEmail"
        | "ownerEmail"
        | "flowOwnerEmail"
        | "flowFolderOwnerEmail"
        | "flowInstanceOwnerEmail"
        | "email" => json!(k.user_email),
        "invitees" => json!([{ "email": k.contact_email }]),
        "fromDate" | "from" => json!("2026-01-05"),
        "toDate" | "to" => json!("2026-02-05"),
        // Early enough for every record (audit logs go back years).
        "fromDateTime" => json!("2020-01-01T00:00:00Z"),
        "actualStart" | "startTime" | "eventTimestamp" | "timestamp" => json!("2026-01-05T09:00:00Z"),
        "toDateTime" | "endTime" => json!("2026-01-05T09:30:00Z"),
        "logType" => json!("AccessLog"),
        "parties" => json!([{ "userId": k.user_id }, { "emailAddress": k.contact_email }]),
        "clientUniqueId" => json!(format!("example-{}", k.call_id)),
        "crmProspectsIds" | "flowInstanceIds" => json!(["0035g00000ABCDE"]),
        "prospects" => json!([{ "email": k.contact_email, "firstName": "Avery", "lastName": "Chen" }]),
        _ => return None,
    };
    Some(v)
}

/// An example request for `operation_id`, or `None` when the document has
/// no such operation.
pub(crate) fn example(sb: &Shared, operation_id: &str) -> Option<ExampleRequest> {
    let op = schema::op_by_id(operation_id)?;
    let k = known(sb);
    let mut rng = Rng::new(sb.config.seed, schema::hash(&[operation_id.as_bytes()]));
    let method = schema::document()
        .pointer(&format!("/paths/{}", op.path.replace('~', "~0").replace('/', "~1")))
        .and_then(Value::as_object)
        .and_then(|item| {
            item.iter()
                .find(|(_, spec)| spec.get("operationId").and_then(Value::as_str) == Some(operation_id))
        })
        .map(|(m, _)| m.to_ascii_uppercase())?;
    let mut path = String::new();
    for seg in op.path.split('/').filter(|s| !s.is_empty()) {
        path.push('/');
        if seg.starts_with('{') {
            let name = seg.trim_matches(|c| c == '{' || c == '}');
            let value = match (op.path, name) {
                (p, "id") if p.starts_with("/v2/calls/") => k.call_id.clone(),
                (p, "id") if p.starts_with("/v2/users/") => k.user_id.clone(),
                _ => schema::id(&mut rng),
            };
            path.push_str(&value);
        } else {
            path.push_str(seg);
        }
    }
    let mut query = form_urlencoded::Serializer::new(String::new());
    let params = op.spec.get("parameters").and_then(Value::as_array);
    for p in params.into_iter().flatten() {
        let required = p.get("required").and_then(Value::as_bool).unwrap_or(false);
        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
        // The sandbox lists one folder's calls at a time.
        let wanted = required || name == "folderId";
        if p.get("in").and_then(Value::as_str) != Some("query") || !wanted {
            continue;
        }
        let value =
            fill(&k, name).unwrap_or_else(|| schema::synth(p.get("schema").unwrap_or(&Value::Null), name, &mut rng, 6));
        let text = match value {
            Value::String(s) => s,
            Value::Array(items) => items
                .iter()
                .map(|i| i.as_str().map_or(i.to_string(), str::to_owned))
                .collect::<Vec<_>>()
                .join(","),
            other => other.to_string(),
        };
        query.append_pair(name, &text);
    }
    let query = query.finish();
    let path_and_query = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    let body = op.json_body().map(|s| {
        let mut body = schema::minimal(s, "", &mut rng, 0, &|name| fill(&k, name));
        // Optional top-level fields the records decide (a meeting's organizer).
        let (_, resolved) = schema::resolve(s);
        if let (Some(map), Some(props)) = (
            body.as_object_mut(),
            resolved.get("properties").and_then(Value::as_object),
        ) {
            for name in props.keys() {
                if !map.contains_key(name)
                    && name.ends_with("Email")
                    && let Some(v) = fill(&k, name)
                {
                    map.insert(name.clone(), v);
                }
            }
        }
        body
    });
    Some(ExampleRequest {
        operation_id: op.id,
        method,
        path_and_query,
        body,
    })
}
