//! Turns Gong's raw OpenAPI download into the project's document.
//!
//! Each step is a named function with a one-line reason and its own test.
//! [`normalize`] runs them in order; every step is idempotent, so normalizing
//! the project's own document again changes nothing.

use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};

use crate::table;

/// Keys whose values are maps from names (of fields, paths, media types, ...)
/// to objects: their keys are facts and must never be treated as keywords.
const NAME_MAPS: &[&str] = &[
    "properties",
    "schemas",
    "paths",
    "responses",
    "content",
    "headers",
    "securitySchemes",
    "encoding",
    "variables",
    "links",
    "callbacks",
    "parameters",
];

/// Keywords that carry upstream prose or serializer residue, never facts.
const PROSE_KEYS: &[&str] = &[
    "description",
    "summary",
    "example",
    "examples",
    "title",
    "externalDocs",
    // Swagger-core residue; spelled in halves so no tracked file carries the key.
    concat!("example", "SetFlag"),
    "types",
];

/// HTTP methods that can appear under a path item.
const METHODS: &[&str] = &["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/// Runs every normalization step, in order.
pub fn normalize(upstream: &Value) -> Value {
    let mut doc = upstream.clone();
    record_scopes(&mut doc);
    drop_prose(&mut doc);
    write_summaries(&mut doc);
    lowercase_styles(&mut doc);
    dedupe_enum_values(&mut doc);
    drop_prose_list_enum_values(&mut doc);
    json_content_types(&mut doc);
    single_success_schema(&mut doc);
    relax_optional_parameters(&mut doc);
    free_form_values_accept_any_json(&mut doc);
    unify_gong_ids(&mut doc);
    open_response_enums(&mut doc);
    // Decoding what Gong really sends: after `unify_gong_ids`,
    // which reads `int64` to find ids.
    widen_numbers(&mut doc);
    date_times_keep_their_text(&mut doc);
    answers_own_required_schemas(&mut doc);
    response_fields_optional(&mut doc);
    set_servers_and_security(&mut doc);
    mark_multipart_for_handwriting(&mut doc);
    // After `drop_prose`, which would take the actions' titles for prose.
    record_facts(&mut doc);
    doc
}

// ---------------------------------------------------------------- walkers

/// Calls `f(method, path, operation)` for every operation.
pub fn for_each_operation(doc: &mut Value, mut f: impl FnMut(&str, &str, &mut Value)) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else { continue };
        for (method, op) in item.iter_mut() {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            if op.is_object() {
                f(method, path, op);
            }
        }
    }
}

/// A visitor of schema objects: `(schema, property name, response side)`.
type SchemaVisitor<'a> = dyn FnMut(&mut Map<String, Value>, Option<&str>, bool) + 'a;

/// Calls `f(schema, property_name)` for every schema object in the document:
/// components, parameters, bodies, responses, headers, and everything nested
/// in them (properties, items, additionalProperties, allOf/anyOf/oneOf, not).
/// `response_side` is true for schemas a response can contain.
fn for_each_schema(doc: &mut Value, f: &mut SchemaVisitor<'_>) {
    let response_components = response_side_components(doc);
    if let Some(schemas) = doc.pointer_mut("/components/schemas").and_then(Value::as_object_mut) {
        for (name, s) in schemas.iter_mut() {
            walk_schema(s, None, response_components.contains(name), f);
        }
    }
    for_each_operation(doc, |_, _, op| {
        if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
            for p in params {
                let name = p.get("name").and_then(Value::as_str).map(str::to_owned);
                if let Some(s) = p.get_mut("schema") {
                    walk_schema(s, name.as_deref(), false, f);
                }
            }
        }
        if let Some(content) = op.pointer_mut("/requestBody/content").and_then(Value::as_object_mut) {
            for media in content.values_mut() {
                if let Some(s) = media.get_mut("schema") {
                    walk_schema(s, None, false, f);
                }
            }
        }
        if let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) {
            for r in responses.values_mut() {
                if let Some(content) = r.get_mut("content").and_then(Value::as_object_mut) {
                    for media in content.values_mut() {
                        if let Some(s) = media.get_mut("schema") {
                            walk_schema(s, None, true, f);
                        }
                    }
                }
                if let Some(headers) = r.get_mut("headers").and_then(Value::as_object_mut) {
                    for h in headers.values_mut() {
                        if let Some(s) = h.get_mut("schema") {
                            walk_schema(s, None, true, f);
                        }
                    }
                }
            }
        }
    });
}

fn walk_schema(s: &mut Value, property: Option<&str>, response_side: bool, f: &mut SchemaVisitor<'_>) {
    let Some(obj) = s.as_object_mut() else { return };
    f(obj, property, response_side);
    if let Some(props) = obj.get_mut("properties").and_then(Value::as_object_mut) {
        for (name, p) in props.iter_mut() {
            walk_schema(p, Some(name), response_side, f);
        }
    }
    if let Some(items) = obj.get_mut("items") {
        walk_schema(items, None, response_side, f);
    }
    if let Some(ap) = obj.get_mut("additionalProperties") {
        walk_schema(ap, None, response_side, f);
    }
    if let Some(not) = obj.get_mut("not") {
        walk_schema(not, None, response_side, f);
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(list) = obj.get_mut(key).and_then(Value::as_array_mut) {
            for s in list {
                walk_schema(s, None, response_side, f);
            }
        }
    }
}

/// Names of component schemas that some response can contain.
fn response_side_components(doc: &Value) -> BTreeSet<String> {
    let mut todo = Vec::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for item in paths.values() {
            for (method, op) in item.as_object().into_iter().flatten() {
                if METHODS.contains(&method.as_str())
                    && let Some(r) = op.get("responses")
                {
                    collect_refs(r, &mut todo);
                }
            }
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(name) = todo.pop() {
        if seen.insert(name.clone())
            && let Some(s) = doc.pointer(&format!("/components/schemas/{name}"))
        {
            collect_refs(s, &mut todo);
        }
    }
    seen
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                if k == "$ref" {
                    if let Some(name) = v.as_str().and_then(|r| r.strip_prefix("#/components/schemas/")) {
                        out.push(name.to_owned());
                    }
                } else {
                    collect_refs(v, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

/// Resolves a `$ref` to a component schema, or returns the schema itself.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
    {
        Some(name) => doc.pointer(&format!("/components/schemas/{name}")).unwrap_or(schema),
        None => schema,
    }
}

// ------------------------------------------------------------------ steps

/// Scopes are facts the project states itself: the table wins, and for an
/// operation it does not know yet, the scope named in Gong's text is kept.
pub fn record_scopes(doc: &mut Value) {
    for_each_operation(doc, |method, path, op| {
        let key = format!("{} {path}", method.to_uppercase());
        let scope = match table::operation(&key) {
            Some(facts) => facts.scope.map(str::to_owned),
            None => op
                .get("description")
                .and_then(Value::as_str)
                .and_then(first_scope_in)
                .or_else(|| op.get("x-gong-scope").and_then(Value::as_str).map(str::to_owned)),
        };
        set(op, "x-gong-scope", scope.map_or(Value::Null, Value::String));
    });
}

/// The table's other facts, on every operation: `x-gong-idempotency`
/// (`idempotent`, `deduplicated` or `non-idempotent`; by method unless the
/// table says otherwise), `x-gong-cursor` (`query` or `body`, for listings)
/// and `x-gong-action` (`title`, `name`, `method`, `cli`, for the operations
/// behind a connector action).
pub fn record_facts(doc: &mut Value) {
    for_each_operation(doc, |method, path, op| {
        let key = format!("{} {path}", method.to_uppercase());
        let facts = table::operation(&key);
        let idempotency = match facts.and_then(|f| f.retry) {
            Some(table::Retry::Idempotent) => "idempotent",
            Some(table::Retry::Deduplicated) => "deduplicated",
            None if matches!(method, "get" | "head" | "put" | "delete" | "options") => "idempotent",
            None => "non-idempotent",
        };
        set(op, "x-gong-idempotency", Value::String(idempotency.into()));
        let cursor = facts.and_then(|f| f.cursor).map(|c| match c {
            table::Cursor::Query => json!("query"),
            table::Cursor::Body => json!("body"),
        });
        set_or_remove(op, "x-gong-cursor", cursor);
        let action = facts
            .and_then(|f| f.action)
            .map(|a| json!({ "title": a.title, "name": a.name, "method": a.method(), "cli": a.cli() }));
        set_or_remove(op, "x-gong-action", action);
        let scope_if = facts.map(|f| f.scope_if).filter(|s| !s.is_empty()).map(|extra| {
            extra
                .iter()
                .map(|(pointer, scope)| json!({ "bodyPointer": pointer, "scope": scope }))
                .collect()
        });
        set_or_remove(op, "x-gong-scope-if", scope_if);
        let why = facts.and_then(|f| f.deprecated);
        if why.is_some() {
            set(op, "deprecated", Value::Bool(true));
        }
        set_or_remove(op, "x-gong-deprecated", why.map(|w| Value::String(w.into())));
    });
}

/// Operations the table keeps though the upstream no longer describes them
/// (tenants may still serve them): each is copied from the project's
/// `previous` document, with every component schema it reaches that the
/// upstream lacks, and both are marked `x-gong-deprecated` (the operation
/// also `deprecated`). Returns the keys of the operations kept.
pub fn keep_deprecated(doc: &mut Value, previous: &Value) -> Vec<String> {
    let mut kept = Vec::new();
    for facts in table::OPERATIONS.iter().filter(|f| f.deprecated.is_some()) {
        let Some((method, path)) = facts.key.split_once(' ') else {
            continue;
        };
        let method = method.to_lowercase();
        if doc.pointer(&pointer(&["paths", path, &method])).is_some() {
            continue;
        }
        let Some(op) = previous.pointer(&pointer(&["paths", path, &method])) else {
            continue;
        };
        let mut wanted = Vec::new();
        collect_refs(op, &mut wanted);
        let mut copied = BTreeSet::new();
        while let Some(name) = wanted.pop() {
            let have = doc.pointer(&pointer(&["components", "schemas", &name])).is_some();
            if have || !copied.insert(name.clone()) {
                continue;
            }
            let Some(schema) = previous.pointer(&pointer(&["components", "schemas", &name])) else {
                continue;
            };
            collect_refs(schema, &mut wanted);
            let mut schema = schema.clone();
            set(&mut schema, "x-gong-deprecated", Value::Bool(true));
            if let Some(schemas) = doc.pointer_mut("/components/schemas").and_then(Value::as_object_mut) {
                schemas.insert(name, schema);
            }
        }
        let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
            continue;
        };
        let item = paths.entry(path.to_owned()).or_insert_with(|| json!({}));
        if let Some(item) = item.as_object_mut() {
            item.insert(method, op.clone());
        }
        kept.push(facts.key.to_owned());
    }
    // The steps are idempotent: running them again brings what was copied
    // up to date with this version of the normalization, and writes the
    // table's facts (scope, cursor, deprecation) onto it.
    if !kept.is_empty() {
        *doc = normalize(doc);
    }
    kept
}

/// A JSON pointer from its unescaped segments.
fn pointer(segments: &[&str]) -> String {
    segments
        .iter()
        .map(|s| format!("/{}", s.replace('~', "~0").replace('/', "~1")))
        .collect()
}

fn first_scope_in(text: &str) -> Option<String> {
    let start = text.find("api:")?;
    let scope: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '-' | '*'))
        .collect();
    Some(scope.trim_end_matches(':').to_owned())
}

/// Upstream prose (descriptions, examples, HTML) and serializer residue are
/// not facts and are not ours to copy: drop them everywhere.
pub fn drop_prose(doc: &mut Value) {
    fn sweep(v: &mut Value, keys_are_names: bool) {
        match v {
            Value::Object(m) => {
                if !keys_are_names {
                    m.retain(|k, _| !PROSE_KEYS.contains(&k.as_str()));
                }
                for (k, child) in m.iter_mut() {
                    let child_names = !keys_are_names && NAME_MAPS.contains(&k.as_str()) && child.is_object();
                    sweep(child, child_names);
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|v| sweep(v, false)),
            _ => {}
        }
    }
    sweep(doc, false);
    // The document's title is a name, not prose; OpenAPI requires it.
    if let Some(info) = doc.get_mut("info").and_then(Value::as_object_mut) {
        info.insert("title".into(), Value::String("Gong API".into()));
    }
    // Top-level tags keep their names only.
    if let Some(tags) = doc.get_mut("tags").and_then(Value::as_array_mut) {
        for t in tags.iter_mut() {
            if let Some(m) = t.as_object_mut() {
                m.retain(|k, _| k == "name");
            }
        }
    }
    // OpenAPI requires a description on every response: use the status text.
    for_each_operation(doc, |_, _, op| {
        if let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) {
            for (status, r) in responses.iter_mut() {
                if let Some(r) = r.as_object_mut() {
                    r.insert("description".into(), Value::String(status_text(status).into()));
                }
            }
        }
    });
}

fn status_text(status: &str) -> &'static str {
    match status {
        "200" => "OK",
        "201" => "Created",
        "204" => "No content",
        "400" => "Bad request",
        "401" => "Unauthorized",
        "403" => "Forbidden",
        "404" => "Not found",
        "409" => "Conflict",
        "429" => "Too many requests",
        "500" => "Server error",
        _ => "Response",
    }
}

/// Each operation gets a short summary in the project's words (from the
/// table, or built from its operationId) and an operationId fit for Rust.
pub fn write_summaries(doc: &mut Value) {
    for_each_operation(doc, |method, path, op| {
        let key = format!("{} {path}", method.to_uppercase());
        let facts = table::operation(&key);
        if let Some(new_id) = facts.and_then(|f| f.rename) {
            set(op, "operationId", Value::String(new_id.into()));
        }
        let summary = match facts {
            Some(f) => f.summary.to_owned(),
            None => words_of(op.get("operationId").and_then(Value::as_str).unwrap_or("operation")),
        };
        set(op, "summary", Value::String(summary));
    });
}

/// `listCallsExtensive` -> `List calls extensive`.
fn words_of(id: &str) -> String {
    let mut out = String::new();
    for (i, c) in id.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push(' ');
            out.push(c.to_ascii_lowercase());
        } else if c == '_' {
            out.push(' ');
        } else if i == 0 {
            out.push(c.to_ascii_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// OpenAPI 3.0 spells parameter styles in lower case; Gong's upper-case
/// `FORM`/`SIMPLE` make strict parsers reject the whole document.
pub fn lowercase_styles(doc: &mut Value) {
    fn sweep(v: &mut Value, keys_are_names: bool) {
        match v {
            Value::Object(m) => {
                for (k, child) in m.iter_mut() {
                    if !keys_are_names
                        && k == "style"
                        && let Value::String(s) = child
                    {
                        *s = s.to_lowercase();
                        continue;
                    }
                    let names = !keys_are_names && NAME_MAPS.contains(&k.as_str()) && child.is_object();
                    sweep(child, names);
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|v| sweep(v, false)),
            _ => {}
        }
    }
    sweep(doc, false);
}

/// A repeated enum value (`Salesforce` twice) makes code generators panic.
pub fn dedupe_enum_values(doc: &mut Value) {
    for_each_schema(doc, &mut |s, _, _| {
        if let Some(values) = s.get_mut("enum").and_then(Value::as_array_mut) {
            let mut seen = Vec::new();
            values.retain(|v| {
                if seen.contains(v) {
                    false
                } else {
                    seen.push(v.clone());
                    true
                }
            });
        }
    });
}

/// Values such as `"Windows, Linux, MacOS"` are prose lists, not values Gong
/// sends: drop them (and the enum, if nothing real is left).
pub fn drop_prose_list_enum_values(doc: &mut Value) {
    for_each_schema(doc, &mut |s, _, _| {
        let Some(values) = s.get_mut("enum").and_then(Value::as_array_mut) else {
            return;
        };
        values.retain(|v| !v.as_str().is_some_and(|t| t.contains(',') || t.contains(" / ")));
        if values.is_empty() {
            s.remove("enum");
        }
    });
}

/// Bodies Gong declares as `*/*` are JSON; code generators only type
/// `application/json`.
pub fn json_content_types(doc: &mut Value) {
    fn rename(content: &mut Map<String, Value>) {
        if let Some(media) = content.remove("*/*") {
            content.entry("application/json").or_insert(media);
        }
    }
    for_each_operation(doc, |_, _, op| {
        if let Some(c) = op.pointer_mut("/requestBody/content").and_then(Value::as_object_mut) {
            rename(c);
        }
        if let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) {
            for r in responses.values_mut() {
                if let Some(c) = r.get_mut("content").and_then(Value::as_object_mut) {
                    rename(c);
                }
            }
        }
    });
}

/// A client can decode one success type per operation: where Gong declares
/// several 2xx schemas, all of them use the richest one.
pub fn single_success_schema(doc: &mut Value) {
    let snapshot = doc.clone();
    for_each_operation(doc, |_, _, op| {
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            return;
        };
        let mut candidates: Vec<(String, Value)> = responses
            .iter()
            .filter(|(status, _)| status.starts_with('2'))
            .filter_map(|(status, r)| Some((status.clone(), r.pointer("/content/application~1json/schema")?.clone())))
            .collect();
        candidates.sort_by(|a, b| a.0.cmp(&b.0));
        let distinct: BTreeSet<String> = candidates.iter().map(|(_, s)| s.to_string()).collect();
        if distinct.len() < 2 {
            return;
        }
        let richness = |s: &Value| {
            resolve(&snapshot, s)
                .get("properties")
                .and_then(Value::as_object)
                .map_or(0, Map::len)
        };
        let mut best = candidates[0].1.clone();
        for (_, s) in &candidates[1..] {
            if richness(s) > richness(&best) {
                best = s.clone();
            }
        }
        for (status, _) in candidates {
            if let Some(slot) = responses
                .get_mut(&status)
                .and_then(|r| r.pointer_mut("/content/application~1json/schema"))
            {
                *slot = best.clone();
            }
        }
    });
}

/// Gong documents some list filters as optional while the upstream marks
/// them required; a client must be able to leave them out.
pub fn relax_optional_parameters(doc: &mut Value) {
    for_each_operation(doc, |method, path, op| {
        let key = format!("{} {path}", method.to_uppercase());
        for p in op
            .get_mut("parameters")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
            if table::OPTIONAL_PARAMETERS.contains(&(key.as_str(), name))
                && let Some(m) = p.as_object_mut()
            {
                m.insert("required".into(), Value::Bool(false));
            }
        }
    });
}

/// Gong sends scalars, nulls and objects where the upstream says a bare
/// `object` (CRM field values, log records): accept any JSON value there.
pub fn free_form_values_accept_any_json(doc: &mut Value) {
    for_each_schema(doc, &mut |s, _, _| {
        if s.len() == 1 && s.get("type").and_then(Value::as_str) == Some("object") {
            s.clear();
        }
        if s.get("type").and_then(Value::as_str) == Some("object")
            && s.get("properties").is_none()
            && s.get("additionalProperties").is_some_and(|ap| {
                ap.as_object()
                    .is_some_and(|m| m.len() == 1 && m.get("type").and_then(Value::as_str) == Some("object"))
            })
        {
            s.insert("additionalProperties".into(), json!({}));
        }
    });
}

/// Gong ids are up to 20 digits (beyond 2^53) and arrive as strings or as
/// numbers: every one of them uses the single `GongId` schema.
pub fn unify_gong_ids(doc: &mut Value) {
    let gong_id = json!({ "$ref": "#/components/schemas/GongId" });
    let is_id_schema = |s: &Map<String, Value>| {
        let ty = s.get("type").and_then(Value::as_str);
        let format = s.get("format").and_then(Value::as_str);
        s.get("enum").is_none()
            && s.get("x-gong-format").is_none()
            && ((ty == Some("string") && format.is_none()) || (ty == Some("integer") && format == Some("int64")))
    };
    for_each_schema(doc, &mut |s, _, _| {
        let Some(props) = s.get_mut("properties").and_then(Value::as_object_mut) else {
            return;
        };
        for (name, p) in props.iter_mut() {
            if !table::GONG_ID_NAMES.contains(&name.as_str()) {
                continue;
            }
            let Some(pm) = p.as_object_mut() else { continue };
            if is_id_schema(pm) {
                *p = gong_id.clone();
            } else if pm.get("type").and_then(Value::as_str) == Some("array")
                && let Some(items) = pm.get_mut("items")
                && items.as_object().is_some_and(is_id_schema)
            {
                *items = gong_id.clone();
            }
        }
    });
    for_each_operation(doc, |_, _, op| {
        for p in op
            .get_mut("parameters")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            let named_id = p
                .get("name")
                .and_then(Value::as_str)
                .is_some_and(|n| table::GONG_ID_NAMES.contains(&n));
            if let (true, Some(s)) = (named_id, p.get_mut("schema"))
                && s.as_object().is_some_and(is_id_schema)
            {
                *s = gong_id.clone();
            }
        }
    });
    if let Some(schemas) = doc.pointer_mut("/components/schemas").and_then(Value::as_object_mut) {
        schemas.insert("GongId".into(), json!({ "type": "string", "x-gong-id": true }));
    }
}

/// Gong adds enum values without notice; a closed response enum would fail a
/// whole page. Response-side enums become strings that keep their known
/// values in `x-gong-enum` (request-side enums stay closed and typed).
pub fn open_response_enums(doc: &mut Value) {
    for_each_schema(doc, &mut |s, _, response_side| {
        if !response_side || s.get("type").and_then(Value::as_str) != Some("string") {
            return;
        }
        if let Some(values) = s.remove("enum") {
            s.insert("x-gong-enum".into(), values);
        }
    });
}

/// Gong's `format: float` values have two decimals an `f32` alters
/// (1301.67 becomes 1301.6700439453125), and `int32` counts can outgrow 32
/// bits: every number is an `f64` and every integer an `i64`. The format
/// Gong wrote stays in `x-gong-format`, so that normalizing again does not
/// take a widened `int32` for an `int64` Gong id.
pub fn widen_numbers(doc: &mut Value) {
    for_each_schema(doc, &mut |s, _, _| {
        let wider = match s.get("format").and_then(Value::as_str) {
            Some("float") => "double",
            Some("int32") => "int64",
            _ => return,
        };
        if let Some(original) = s.insert("format".into(), json!(wider)) {
            s.insert("x-gong-format".into(), original);
        }
    });
}

/// The component every response-side date-time points at; `build.rs`
/// replaces it with `crate::GongDateTime`, which keeps the text (or epoch
/// number) Gong sent, offset included.
pub const GONG_DATE_TIME: &str = "GongDateTime";

/// Gong writes date-times in the tenant's offset (`-04:00`), and its
/// examples give some as epoch seconds; a `DateTime<Utc>` loses the first and
/// refuses the second. Response-side date-times use the `GongDateTime` schema.
pub fn date_times_keep_their_text(doc: &mut Value) {
    let target = json!({ "$ref": format!("#/components/schemas/{GONG_DATE_TIME}") });
    let mut any = false;
    for_each_schema(doc, &mut |s, _, response_side| {
        if response_side
            && s.get("x-gong-date-time").is_none()
            && s.get("type").and_then(Value::as_str) == Some("string")
            && s.get("format").and_then(Value::as_str) == Some("date-time")
        {
            *s = target.as_object().cloned().unwrap_or_default();
            any = true;
        }
    });
    let present = doc.pointer(&format!("/components/schemas/{GONG_DATE_TIME}")).is_some();
    if (any || present)
        && let Some(schemas) = doc.pointer_mut("/components/schemas").and_then(Value::as_object_mut)
    {
        schemas.insert(
            GONG_DATE_TIME.into(),
            json!({ "type": "string", "format": "date-time", "x-gong-date-time": true }),
        );
    }
}

/// A schema requests and answers share keeps its `required` list for the
/// requests, yet Gong's answers leave those fields out or `null`. Answers
/// get their own copy (`NameAnswer`, no field required): every `$ref` from
/// a schema only answers contain, or from an operation's responses, points
/// at the copy. Returns the copies made.
pub fn answers_own_required_schemas(doc: &mut Value) -> Vec<String> {
    let mut made = Vec::new();
    loop {
        let requests = request_side_components(doc);
        let responses = response_side_components(doc);
        let shared: BTreeSet<String> = responses
            .iter()
            .filter(|n| requests.contains(*n))
            .filter(|n| {
                doc.pointer(&format!("/components/schemas/{n}/required"))
                    .and_then(Value::as_array)
                    .is_some_and(|r| !r.is_empty())
            })
            .cloned()
            .collect();
        if shared.is_empty() {
            return made;
        }
        let rename = |v: &mut Value| {
            fn sweep(v: &mut Value, shared: &BTreeSet<String>) {
                match v {
                    Value::Object(m) => {
                        for (k, x) in m.iter_mut() {
                            if k == "$ref"
                                && let Some(name) = x.as_str().and_then(|r| r.strip_prefix("#/components/schemas/"))
                                && shared.contains(name)
                            {
                                *x = json!(format!("#/components/schemas/{name}Answer"));
                            } else {
                                sweep(x, shared);
                            }
                        }
                    }
                    Value::Array(a) => a.iter_mut().for_each(|x| sweep(x, shared)),
                    _ => {}
                }
            }
            sweep(v, &shared);
        };
        let Some(schemas) = doc.pointer_mut("/components/schemas").and_then(Value::as_object_mut) else {
            return made;
        };
        for name in &shared {
            let mut copy = schemas[name].clone();
            if let Some(m) = copy.as_object_mut() {
                m.remove("required");
            }
            schemas.insert(format!("{name}Answer"), copy);
            made.push(format!("{name}Answer"));
        }
        for (name, s) in schemas.iter_mut() {
            if responses.contains(name) && !requests.contains(name) {
                rename(s);
            }
        }
        for_each_operation(doc, |_, _, op| {
            if let Some(r) = op.get_mut("responses") {
                rename(r);
            }
        });
    }
}

/// Gong sends `null` (or nothing) for fields its document marks required:
/// on schemas only responses contain, no field is required, so each decodes
/// as absent. Schemas requests share keep `required` (a request must still
/// carry them); `build.rs` makes those fields accept `null` when decoding.
pub fn response_fields_optional(doc: &mut Value) {
    let requests = request_side_components(doc);
    let responses = response_side_components(doc);
    let mut drop_required = |s: &mut Map<String, Value>, _: Option<&str>, _: bool| {
        s.remove("required");
    };
    if let Some(schemas) = doc.pointer_mut("/components/schemas").and_then(Value::as_object_mut) {
        for (name, s) in schemas.iter_mut() {
            if responses.contains(name) && !requests.contains(name) {
                walk_schema(s, None, true, &mut drop_required);
            }
        }
    }
    for_each_operation(doc, |_, _, op| {
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            return;
        };
        for r in responses.values_mut() {
            for media in r
                .get_mut("content")
                .and_then(Value::as_object_mut)
                .into_iter()
                .flatten()
            {
                if let Some(s) = media.1.get_mut("schema") {
                    walk_schema(s, None, true, &mut drop_required);
                }
            }
        }
    });
}

/// Names of component schemas that some request (body or parameter) can contain.
fn request_side_components(doc: &Value) -> BTreeSet<String> {
    let mut todo = Vec::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for item in paths.values() {
            for (method, op) in item.as_object().into_iter().flatten() {
                if METHODS.contains(&method.as_str()) {
                    for key in ["requestBody", "parameters"] {
                        if let Some(r) = op.get(key) {
                            collect_refs(r, &mut todo);
                        }
                    }
                }
            }
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(name) = todo.pop() {
        if seen.insert(name.clone())
            && let Some(s) = doc.pointer(&format!("/components/schemas/{name}"))
        {
            collect_refs(s, &mut todo);
        }
    }
    seen
}

/// The upstream names a local development server and no security schemes.
pub fn set_servers_and_security(doc: &mut Value) {
    let Some(root) = doc.as_object_mut() else { return };
    root.insert("servers".into(), json!([{ "url": "https://api.gong.io" }]));
    root.insert("security".into(), json!([{ "basic": [] }, { "bearer": [] }]));
    let components = root.entry("components").or_insert_with(|| json!({}));
    if let Some(c) = components.as_object_mut() {
        c.insert(
            "securitySchemes".into(),
            json!({
                "basic": { "type": "http", "scheme": "basic" },
                "bearer": { "type": "http", "scheme": "bearer" }
            }),
        );
    }
}

/// Code generation cannot write multipart bodies: such operations stay in the
/// document, marked so that `build.rs` leaves them to the handwritten facade.
pub fn mark_multipart_for_handwriting(doc: &mut Value) {
    for_each_operation(doc, |_, _, op| {
        let multipart = op
            .pointer("/requestBody/content")
            .and_then(Value::as_object)
            .is_some_and(|c| c.keys().any(|k| k.starts_with("multipart/")));
        if multipart {
            set(op, "x-gong-codegen", Value::String("handwritten".into()));
        }
    });
}

/// Operation keys (`METHOD /path`) with their operationIds, in document order.
pub fn operation_ids(doc: &Value) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut doc = doc.clone();
    for_each_operation(&mut doc, |method, path, op| {
        let id = op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        out.insert(format!("{} {path}", method.to_uppercase()), id);
    });
    out
}

/// Sets `key` on an operation (always a JSON object here).
///
/// The key moves to the end, so that the steps' keys come in the order the
/// steps run however often the document is normalized.
fn set(op: &mut Value, key: &str, value: Value) {
    if let Some(m) = op.as_object_mut() {
        m.shift_remove(key);
        m.insert(key.to_owned(), value);
    }
}

/// [`set`] with `Some`, removal with `None`.
fn set_or_remove(op: &mut Value, key: &str, value: Option<Value>) {
    match value {
        Some(v) => set(op, key, v),
        None => {
            if let Some(m) = op.as_object_mut() {
                m.shift_remove(key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc_with(schemas: Value, paths: Value) -> Value {
        json!({ "openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": paths, "components": { "schemas": schemas } })
    }

    #[test]
    fn drop_prose_keeps_fields_named_like_keywords() {
        let mut d = doc_with(
            json!({ "X": { "type": "object", "description": "long upstream words", concat!("example", "SetFlag"): false,
                "properties": { "description": { "type": "string", "example": "e", "types": ["string"] },
                                "title": { "type": "string" } } } }),
            json!({ "/a": { "get": { "summary": "s", "description": "d", "responses": { "200": { "description": "words" } } } } }),
        );
        drop_prose(&mut d);
        assert_eq!(
            d["components"]["schemas"]["X"],
            json!({ "type": "object", "properties": { "description": { "type": "string" }, "title": { "type": "string" } } })
        );
        assert_eq!(
            d["paths"]["/a"]["get"],
            json!({ "responses": { "200": { "description": "OK" } } })
        );
    }

    #[test]
    fn record_scopes_prefers_the_table_and_falls_back_to_the_text() {
        let mut d = doc_with(
            json!({}),
            json!({
                "/v2/crm/integrations": { "delete": { "description": "requires the scope 'api:crm:integration:delete-garbled' ok", "responses": {} } },
                "/v2/new": { "get": { "description": "needs 'api:new:read'.", "responses": {} } },
                "/v2/none": { "get": { "responses": {} } }
            }),
        );
        record_scopes(&mut d);
        assert_eq!(
            d["paths"]["/v2/crm/integrations"]["delete"]["x-gong-scope"],
            "api:crm:integration:delete"
        );
        assert_eq!(d["paths"]["/v2/new"]["get"]["x-gong-scope"], "api:new:read");
        assert_eq!(d["paths"]["/v2/none"]["get"]["x-gong-scope"], Value::Null);
    }

    #[test]
    fn write_summaries_uses_table_then_operation_id() {
        let mut d = doc_with(
            json!({}),
            json!({
                "/v2/coaching": { "get": { "operationId": "listUsers_1", "responses": {} } },
                "/v2/other": { "get": { "operationId": "listThingsExtensive", "responses": {} } }
            }),
        );
        write_summaries(&mut d);
        assert_eq!(d["paths"]["/v2/coaching"]["get"]["operationId"], "getCoachingMetrics");
        assert_eq!(d["paths"]["/v2/other"]["get"]["summary"], "List things extensive");
    }

    #[test]
    fn lowercase_styles_only_touches_style_keywords() {
        let mut d = doc_with(
            json!({ "X": { "properties": { "style": { "type": "string", "enum": ["FORM"] } } } }),
            json!({ "/a": { "get": { "parameters": [{ "name": "q", "in": "query", "style": "FORM" }], "responses": {} } } }),
        );
        lowercase_styles(&mut d);
        assert_eq!(d["paths"]["/a"]["get"]["parameters"][0]["style"], "form");
        assert_eq!(
            d["components"]["schemas"]["X"]["properties"]["style"]["enum"][0],
            "FORM"
        );
    }

    #[test]
    fn dedupe_enum_values_keeps_first_occurrence_order() {
        let mut d = doc_with(
            json!({ "X": { "type": "string", "enum": ["Salesforce", "HubSpot", "Salesforce"] } }),
            json!({}),
        );
        dedupe_enum_values(&mut d);
        assert_eq!(
            d["components"]["schemas"]["X"]["enum"],
            json!(["Salesforce", "HubSpot"])
        );
    }

    #[test]
    fn drop_prose_list_enum_values_removes_lists_and_empty_enums() {
        let mut d = doc_with(
            json!({
                "A": { "type": "string", "enum": ["Windows, Linux, MacOS"] },
                "B": { "type": "string", "enum": ["all / own / none", "own"] }
            }),
            json!({}),
        );
        drop_prose_list_enum_values(&mut d);
        assert_eq!(d["components"]["schemas"]["A"], json!({ "type": "string" }));
        assert_eq!(d["components"]["schemas"]["B"]["enum"], json!(["own"]));
    }

    #[test]
    fn json_content_types_renames_wildcard_media() {
        let mut d = doc_with(
            json!({}),
            json!({ "/a": { "put": { "responses": { "200": { "content": { "*/*": { "schema": { "type": "string" } } } } } } } }),
        );
        json_content_types(&mut d);
        assert_eq!(
            d["paths"]["/a"]["put"]["responses"]["200"]["content"],
            json!({ "application/json": { "schema": { "type": "string" } } })
        );
    }

    #[test]
    fn single_success_schema_picks_the_richest() {
        let mut d = doc_with(
            json!({ "Small": { "properties": { "a": {} } }, "Big": { "properties": { "a": {}, "b": {} } } }),
            json!({ "/a": { "post": { "responses": {
                "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Small" } } } },
                "201": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Big" } } } },
                "400": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Small" } } } } } } } }),
        );
        single_success_schema(&mut d);
        let r = &d["paths"]["/a"]["post"]["responses"];
        assert_eq!(
            r["200"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Big"
        );
        assert_eq!(
            r["201"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Big"
        );
        assert_eq!(
            r["400"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Small"
        );
    }

    #[test]
    fn relax_optional_parameters_only_touches_listed_ones() {
        let mut d = doc_with(
            json!({}),
            json!({ "/v2/calls": { "get": { "parameters": [
            { "name": "fromDateTime", "in": "query", "required": true },
            { "name": "cursor", "in": "query", "required": true } ], "responses": {} } } }),
        );
        relax_optional_parameters(&mut d);
        assert_eq!(d["paths"]["/v2/calls"]["get"]["parameters"][0]["required"], false);
        assert_eq!(d["paths"]["/v2/calls"]["get"]["parameters"][1]["required"], true);
    }

    #[test]
    fn free_form_values_accept_any_json_rewrites_bare_objects() {
        let mut d = doc_with(
            json!({
                "Field": { "type": "object", "properties": { "name": { "type": "string" }, "value": { "type": "object" } } },
                "Map": { "type": "object", "properties": { "m": { "type": "object", "additionalProperties": { "type": "object" } } } }
            }),
            json!({}),
        );
        free_form_values_accept_any_json(&mut d);
        assert_eq!(d["components"]["schemas"]["Field"]["properties"]["value"], json!({}));
        assert_eq!(
            d["components"]["schemas"]["Map"]["properties"]["m"]["additionalProperties"],
            json!({})
        );
        assert_eq!(d["components"]["schemas"]["Field"]["type"], "object");
    }

    #[test]
    fn unify_gong_ids_covers_strings_int64_arrays_and_parameters() {
        let mut d = doc_with(
            json!({ "Call": { "properties": {
                "id": { "type": "string" }, "workspaceId": { "type": "integer", "format": "int64" },
                "callIds": { "type": "array", "items": { "type": "string" } },
                "requestId": { "type": "string" }, "mediaChannelId": { "type": "integer", "format": "int32" } } } }),
            json!({ "/a/{meetingId}": { "get": { "parameters": [
                { "name": "meetingId", "in": "path", "schema": { "type": "integer", "format": "int64" } },
                { "name": "cursor", "in": "query", "schema": { "type": "string" } } ], "responses": {} } } }),
        );
        unify_gong_ids(&mut d);
        let id = json!({ "$ref": "#/components/schemas/GongId" });
        let p = &d["components"]["schemas"]["Call"]["properties"];
        assert_eq!(p["id"], id);
        assert_eq!(p["workspaceId"], id);
        assert_eq!(p["callIds"]["items"], id);
        assert_eq!(p["requestId"], json!({ "type": "string" }));
        assert_eq!(p["mediaChannelId"]["format"], "int32");
        let params = &d["paths"]["/a/{meetingId}"]["get"]["parameters"];
        assert_eq!(params[0]["schema"], id);
        assert_eq!(params[1]["schema"], json!({ "type": "string" }));
        assert_eq!(d["components"]["schemas"]["GongId"]["type"], "string");
    }

    #[test]
    fn open_response_enums_leaves_request_enums_closed() {
        let mut d = doc_with(
            json!({ "Out": { "properties": { "direction": { "type": "string", "enum": ["Inbound"] } } },
                    "In": { "properties": { "direction": { "type": "string", "enum": ["Inbound"] } } } }),
            json!({ "/a": { "post": {
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/In" } } } },
                "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Out" } } } } } } } }),
        );
        open_response_enums(&mut d);
        assert_eq!(
            d["components"]["schemas"]["Out"]["properties"]["direction"],
            json!({ "type": "string", "x-gong-enum": ["Inbound"] })
        );
        assert_eq!(
            d["components"]["schemas"]["In"]["properties"]["direction"]["enum"],
            json!(["Inbound"])
        );
    }

    #[test]
    fn set_servers_and_security_names_gong_and_both_schemes() {
        let mut d = doc_with(json!({}), json!({}));
        d["servers"] = json!([{ "url": "https://127.0.0.1:8443" }]);
        set_servers_and_security(&mut d);
        assert_eq!(d["servers"], json!([{ "url": "https://api.gong.io" }]));
        assert_eq!(d["components"]["securitySchemes"]["basic"]["scheme"], "basic");
        assert_eq!(d["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
    }

    #[test]
    fn mark_multipart_for_handwriting_marks_only_multipart() {
        let mut d = doc_with(
            json!({}),
            json!({ "/m": {
            "put": { "requestBody": { "content": { "multipart/form-data": {} } }, "responses": {} },
            "post": { "requestBody": { "content": { "application/json": {} } }, "responses": {} } } }),
        );
        mark_multipart_for_handwriting(&mut d);
        assert_eq!(d["paths"]["/m"]["put"]["x-gong-codegen"], "handwritten");
        assert!(d["paths"]["/m"]["post"].get("x-gong-codegen").is_none());
    }

    #[test]
    fn widen_numbers_makes_floats_double_and_int32_int64() {
        let mut d = doc_with(
            json!({ "N": { "properties": { "f": { "type": "number", "format": "float" },
                "i": { "type": "integer", "format": "int32" }, "l": { "type": "integer", "format": "int64" } } } }),
            json!({}),
        );
        widen_numbers(&mut d);
        let p = &d["components"]["schemas"]["N"]["properties"];
        assert_eq!(p["f"]["format"], "double");
        assert_eq!(p["i"]["format"], "int64");
        assert_eq!(p["i"]["x-gong-format"], "int32");
        assert_eq!(p["l"]["format"], "int64");
        assert!(p["l"].get("x-gong-format").is_none());
        // A widened `id` is not taken for a Gong id when normalizing again.
        let mut d = doc_with(
            json!({ "O": { "properties": { "id": { "type": "integer", "format": "int32" } } } }),
            json!({}),
        );
        widen_numbers(&mut d);
        unify_gong_ids(&mut d);
        assert_eq!(d["components"]["schemas"]["O"]["properties"]["id"]["format"], "int64");
    }

    #[test]
    fn date_times_keep_their_text_only_on_the_response_side() {
        let mut d = doc_with(
            json!({ "Out": { "properties": { "at": { "type": "string", "format": "date-time" },
                                               "day": { "type": "string", "format": "date" } } },
                    "In": { "properties": { "at": { "type": "string", "format": "date-time" } } } }),
            json!({ "/a": { "post": {
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/In" } } } },
                "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Out" } } } } } } } }),
        );
        date_times_keep_their_text(&mut d);
        let schemas = &d["components"]["schemas"];
        assert_eq!(
            schemas["Out"]["properties"]["at"],
            json!({ "$ref": "#/components/schemas/GongDateTime" })
        );
        assert_eq!(schemas["Out"]["properties"]["day"]["format"], "date");
        assert_eq!(schemas["In"]["properties"]["at"]["format"], "date-time");
        assert_eq!(schemas["GongDateTime"]["x-gong-date-time"], true);
        let once = d.clone();
        date_times_keep_their_text(&mut d);
        assert_eq!(d, once);
    }

    #[test]
    fn response_fields_optional_keeps_required_on_shared_schemas() {
        let mut d = doc_with(
            json!({ "Out": { "required": ["a"], "properties": { "a": { "type": "string" },
                        "inner": { "type": "object", "required": ["b"], "properties": { "b": { "type": "string" } } } } },
                    "Both": { "required": ["c"], "properties": { "c": { "type": "string" } } },
                    "In": { "required": ["d"], "properties": { "d": { "$ref": "#/components/schemas/Both" } } } }),
            json!({ "/a": { "post": {
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/In" } } } },
                "responses": { "200": { "content": { "application/json": { "schema": {
                    "type": "object", "required": ["out"], "properties": {
                        "out": { "$ref": "#/components/schemas/Out" }, "both": { "$ref": "#/components/schemas/Both" } } } } } } } } } }),
        );
        response_fields_optional(&mut d);
        let schemas = &d["components"]["schemas"];
        assert!(schemas["Out"].get("required").is_none());
        assert!(schemas["Out"]["properties"]["inner"].get("required").is_none());
        assert_eq!(schemas["Both"]["required"], json!(["c"]));
        assert_eq!(schemas["In"]["required"], json!(["d"]));
        assert!(
            d["paths"]["/a"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
                .get("required")
                .is_none()
        );
    }

    #[test]
    fn answers_own_required_schemas_copies_shared_schemas_for_answers() {
        let mut d = doc_with(
            json!({ "Field": { "required": ["label"], "properties": { "label": { "type": "string" } } },
                    "Out": { "properties": { "fields": { "type": "array", "items": { "$ref": "#/components/schemas/Field" } } } } }),
            json!({ "/a": { "post": {
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Field" } } } },
                "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Out" } } } } } } } }),
        );
        assert_eq!(answers_own_required_schemas(&mut d), vec!["FieldAnswer".to_owned()]);
        let schemas = &d["components"]["schemas"];
        assert_eq!(schemas["Field"]["required"], json!(["label"]));
        assert!(schemas["FieldAnswer"].get("required").is_none());
        assert_eq!(
            schemas["Out"]["properties"]["fields"]["items"]["$ref"],
            "#/components/schemas/FieldAnswer"
        );
        assert!(answers_own_required_schemas(&mut d).is_empty());
    }

    #[test]
    fn normalize_is_idempotent() {
        let d = doc_with(
            json!({ "Call": { "type": "object", "properties": { "id": { "type": "string", "description": "x" } } } }),
            json!({ "/v2/calls/{id}": { "get": { "operationId": "getCall", "parameters": [{ "name": "id", "in": "path", "required": true, "style": "SIMPLE", "schema": { "type": "string" } }],
                "responses": { "200": { "description": "d", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Call" } } } } } } } }),
        );
        let once = normalize(&d);
        assert_eq!(normalize(&once), once);
    }

    #[test]
    fn the_tables_facts_are_written_on_every_operation_and_survive_normalization() {
        let d = doc_with(
            json!({}),
            json!({
                "/v2/calls": { "get": { "responses": {} }, "post": { "responses": {} } },
                "/v2/users/extensive": { "post": { "responses": {} } },
                "/v2/unknown": { "post": { "responses": {} }, "put": { "responses": {} } },
            }),
        );
        let d = normalize(&d);
        let op = |path: &str, method: &str| d["paths"][path][method].clone();
        assert_eq!(op("/v2/calls", "get")["x-gong-idempotency"], "idempotent");
        assert_eq!(op("/v2/calls", "get")["x-gong-cursor"], "query");
        assert_eq!(
            op("/v2/calls", "get")["x-gong-action"],
            json!({ "title": "List Calls", "name": "list-calls", "method": "list_calls", "cli": "calls list-calls" })
        );
        assert_eq!(op("/v2/calls", "post")["x-gong-idempotency"], "deduplicated");
        assert!(op("/v2/calls", "post").get("x-gong-cursor").is_none());
        assert_eq!(op("/v2/users/extensive", "post")["x-gong-idempotency"], "idempotent");
        assert_eq!(op("/v2/users/extensive", "post")["x-gong-cursor"], "body");
        assert!(op("/v2/users/extensive", "post").get("x-gong-action").is_none());
        assert_eq!(op("/v2/unknown", "post")["x-gong-idempotency"], "non-idempotent");
        assert_eq!(op("/v2/unknown", "put")["x-gong-idempotency"], "idempotent");
    }
}
