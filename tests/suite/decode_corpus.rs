//! A corpus derived from the project's document, not picked by hand: for
//! every 2xx JSON answer of every operation in `openapi/gong.json`, an
//! instance built from its schema (through every `$ref`, to every leaf), and
//! variants of it as real tenants send them. Each goes through the
//! operation's generated answer type (`api::answers::reemit`, one arm per
//! generated operation, written by `build.rs`) and must decode and re-emit
//! losslessly.
//!
//! **Lossless** here means: `serialize(decode(sent))` equals the *expected*
//! value built alongside `sent`, after dropping object members that are
//! `null` or `[]` on both sides (`null`, absent and, for a list, empty say
//! the same thing). The expected value is `sent` with exactly two
//! normalizations: a number the document types as a number but Gong sent as
//! a string comes back as that JSON number (`"1"` → `1`, `"1301.67"` →
//! `1301.67`), and a Gong id sent as a JSON number comes back as a string of
//! the same digits. Everything else is compared exactly: unknown fields and
//! their values, unknown enum values, date-time text (offset, fraction) and
//! epoch numbers, and every digit of ids and numbers.

use gong_client::api::{answers, operations};
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;

/// The ways an instance is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Variant {
    /// As the document describes it.
    Plain,
    /// Every scalar and list member `null` (objects kept, to reach deeper).
    NullLeaves,
    /// Every object member that holds an object `null`.
    NullObjects,
    /// Every member of every object left out.
    Empty,
    /// Integers and numbers as JSON strings.
    NumbersAsStrings,
    /// Gong ids as JSON numbers.
    IdsAsNumbers,
    /// Date-times as epoch seconds.
    EpochDateTimes,
    /// Date-times with other offsets and fractions.
    OffsetDateTimes,
    /// An unknown member on every object (a nested value with big and
    /// decimal numbers), and one on the root.
    UnknownFields,
    /// Enum-valued strings with a value the document does not list.
    UnknownEnums,
    /// No `records` envelope and no `cursor` anywhere.
    NoRecordsNoCursor,
}

const VARIANTS: &[Variant] = &[
    Variant::Plain,
    Variant::NullLeaves,
    Variant::NullObjects,
    Variant::Empty,
    Variant::NumbersAsStrings,
    Variant::IdsAsNumbers,
    Variant::EpochDateTimes,
    Variant::OffsetDateTimes,
    Variant::UnknownFields,
    Variant::UnknownEnums,
    Variant::NoRecordsNoCursor,
];

/// A 19-digit id (beyond 2^53).
const ID: &str = "7782342274025937895";

struct Builder<'a> {
    doc: &'a Value,
    variant: Variant,
    /// Component schemas reached (for the coverage count).
    reached: BTreeSet<String>,
    /// `$ref`s being expanded, against cycles.
    stack: Vec<String>,
    /// A counter that makes each instance's values differ.
    n: u64,
}

impl Builder<'_> {
    /// `(sent, expected)` for `schema`.
    fn build(&mut self, schema: &Value) -> (Value, Value) {
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            let name = r.trim_start_matches("#/components/schemas/").to_owned();
            self.reached.insert(name.clone());
            if self.stack.contains(&name) || self.stack.len() > 12 {
                return (json!({}), json!({}));
            }
            let target = self.doc["components"]["schemas"][&name].clone();
            assert!(!target.is_null(), "dangling $ref {r}");
            self.stack.push(name);
            let out = self.build(&target);
            self.stack.pop();
            return out;
        }
        self.n += 1;
        let n = self.n;
        let ty = schema.get("type").and_then(Value::as_str);
        if schema.get("x-gong-id").is_some() {
            let digits = format!("{}{}", &ID[..ID.len() - 3], 100 + n % 900);
            return match self.variant {
                Variant::IdsAsNumbers => (json!(digits.parse::<u64>().expect("digits")), json!(digits)),
                _ => (json!(digits), json!(digits)),
            };
        }
        if schema.get("x-gong-date-time").is_some() {
            let v = match self.variant {
                Variant::EpochDateTimes => json!(1_592_493_595 + n as i64),
                Variant::OffsetDateTimes if n.is_multiple_of(2) => json!("2025-01-29T10:15:30.123456+02:00"),
                Variant::OffsetDateTimes => json!("2024-12-31T23:30:00.5-05:30"),
                _ => json!("2020-06-18T11:08:15-04:00"),
            };
            return (v.clone(), v);
        }
        match ty {
            Some("object") | None if schema.get("properties").is_some() => self.object(schema),
            Some("object") => match schema.get("additionalProperties") {
                Some(ap) if ap.is_object() && ap.as_object().is_some_and(|m| !m.is_empty()) => {
                    let (s, e) = self.build(ap);
                    (json!({ "key": s }), json!({ "key": e }))
                }
                _ => free_form(n),
            },
            None => free_form(n),
            Some("array") => {
                let items = schema.get("items").cloned().unwrap_or(json!({}));
                let (a, ea) = self.build(&items);
                let (b, eb) = self.build(&items);
                (json!([a, b]), json!([ea, eb]))
            }
            Some("integer") => {
                let v = 1_000 + n as i64;
                match self.variant {
                    Variant::NumbersAsStrings => (json!(v.to_string()), json!(v)),
                    _ => (json!(v), json!(v)),
                }
            }
            Some("number") => {
                // Two decimals, as Gong's scores and amounts: an f32 alters them.
                let v: f64 = format!("{}.67", 1_300 + n).parse().expect("a decimal");
                match self.variant {
                    Variant::NumbersAsStrings => (json!(format!("{}.67", 1_300 + n)), json!(v)),
                    _ => (json!(v), json!(v)),
                }
            }
            Some("boolean") => (json!(n.is_multiple_of(2)), json!(n.is_multiple_of(2))),
            Some("string") => {
                let known = schema.get("x-gong-enum").or_else(|| schema.get("enum"));
                let v = match known.and_then(Value::as_array).and_then(|v| v.first()) {
                    Some(_) if self.variant == Variant::UnknownEnums && schema.get("x-gong-enum").is_some() => {
                        json!("AValueGongAddedLater")
                    }
                    Some(first) => first.clone(),
                    None if schema.get("format").and_then(Value::as_str) == Some("date") => json!("2025-01-29"),
                    None => json!(format!("text {n} ü")),
                };
                (v.clone(), v)
            }
            Some(other) => panic!("a schema type the corpus does not know: {other}"),
        }
    }

    fn object(&mut self, schema: &Value) -> (Value, Value) {
        let mut sent = Map::new();
        let mut expected = Map::new();
        if self.variant == Variant::Empty {
            return (json!({}), json!({}));
        }
        for (name, prop) in schema["properties"].as_object().into_iter().flatten() {
            if self.variant == Variant::NoRecordsNoCursor && (name == "records" || name == "cursor") {
                continue;
            }
            let (s, e) = self.build(prop);
            let (s, e) = match self.variant {
                Variant::NullLeaves if !s.is_object() => (Value::Null, Value::Null),
                Variant::NullObjects if s.is_object() => (Value::Null, Value::Null),
                _ => (s, e),
            };
            sent.insert(name.clone(), s);
            expected.insert(name.clone(), e);
        }
        if self.variant == Variant::UnknownFields {
            let unknown = json!({ "since2026": [1, "two", 2.5, null, { "deep": true }],
                                  "bigCount": 12_345_678_901_234_567u64, "ratio": 0.1 });
            sent.insert("fieldGongAddedLater".into(), unknown.clone());
            expected.insert("fieldGongAddedLater".into(), unknown);
        }
        (Value::Object(sent), Value::Object(expected))
    }
}

/// A value for a free-form schema (`{}`): any JSON, here an object with
/// mixed kinds.
fn free_form(n: u64) -> (Value, Value) {
    let v = json!({ "Name": format!("Acme {n}"), "Amount": 1301.67, "IsClosed": false, "Parent": null });
    (v.clone(), v)
}

/// Drops object members that are `null` or `[]`, everywhere.
fn canonical(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                .map(|(k, v)| (k.clone(), canonical(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(canonical).collect()),
        other => other.clone(),
    }
}

/// The first place two values differ, for a readable failure.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys()) {
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => {
                        if let Some(d) = first_difference(p, q, &format!("{path}.{k}")) {
                            return Some(d);
                        }
                    }
                    (p, q) => return Some(format!("{path}.{k}: {p:?} vs {q:?}")),
                }
            }
            None
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| first_difference(p, q, &format!("{path}[{i}]"))),
        _ if a == b => None,
        _ => Some(format!("{path}: {a} vs {b}")),
    }
}

/// Every 2xx JSON answer schema of the document: `(operationId, status, schema)`.
fn answer_schemas(doc: &Value) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for item in doc["paths"].as_object().expect("paths").values() {
        for op in item.as_object().into_iter().flatten().map(|(_, op)| op) {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            for (status, answer) in op["responses"].as_object().into_iter().flatten() {
                if !status.starts_with('2') {
                    continue;
                }
                if let Some(schema) = answer.pointer("/content/application~1json/schema") {
                    out.push((id.to_owned(), status.clone(), schema.clone()));
                }
            }
        }
    }
    out
}

#[test]
fn every_answer_schema_of_the_document_decodes_and_re_emits_losslessly() {
    let doc: Value = serde_json::from_str(include_str!("../../openapi/gong.json")).expect("the document is JSON");
    let schemas = answer_schemas(&doc);
    assert!(schemas.len() >= 60, "only {} answer schemas found", schemas.len());
    let mut reached = BTreeSet::new();
    let mut cases = 0;
    let mut failures = Vec::new();
    let mut operations_covered = BTreeSet::new();
    for (id, status, schema) in &schemas {
        let op = operations::find(id).unwrap_or_else(|| panic!("{id} is not in api::operations"));
        if !op.generated {
            // Multipart operations are written by hand in the facade.
            continue;
        }
        for &variant in VARIANTS {
            let mut b = Builder {
                doc: &doc,
                variant,
                reached: BTreeSet::new(),
                stack: Vec::new(),
                n: 0,
            };
            let (sent, expected) = b.build(schema);
            reached.extend(b.reached);
            let body = serde_json::to_vec(&sent).expect("serializes");
            let Some(result) = answers::reemit(op.rust_name, &body) else {
                panic!("{id} ({}) has no generated answer type in api::answers", op.rust_name);
            };
            cases += 1;
            operations_covered.insert(id.clone());
            match result {
                Err(e) => failures.push(format!("{id} {status} {variant:?}: does not decode: {e}")),
                Ok(back) => {
                    if let Some(d) = first_difference(&canonical(&back), &canonical(&expected), "") {
                        failures.push(format!("{id} {status} {variant:?}: re-emit differs at {d}"));
                    }
                }
            }
        }
    }
    eprintln!(
        "decode corpus: {} answer schemas of {} operations, {} component schemas reached, {} variants each, {cases} cases",
        schemas.len(),
        operations_covered.len(),
        reached.len(),
        VARIANTS.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // The corpus reaches every component schema some answer can contain.
    assert!(reached.len() >= 150, "only {} component schemas reached", reached.len());
}

#[test]
fn a_value_that_still_cannot_be_typed_fails_with_its_path_and_keeps_the_body() {
    let mut calls: Vec<Value> = (0..40)
        .map(|n| json!({ "metaData": { "id": ID, "duration": n } }))
        .collect();
    calls[33] = json!({ "metaData": { "id": ID, "duration": "about an hour" } });
    let body = serde_json::to_vec(&json!({ "requestId": "r", "calls": calls })).expect("serializes");
    let Some(Err(message)) = answers::reemit("list_calls_extensive", &body) else {
        panic!("a duration of words decoded");
    };
    assert!(message.contains("calls[33].metaData.duration"), "{message}");
}
