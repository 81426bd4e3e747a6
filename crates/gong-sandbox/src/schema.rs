//! The API document's schemas at run time: which operation a request is,
//! its success status and response schema, plausible data shaped by a
//! schema (for the operations without a hand-written handler), and the
//! variations real tenants send, applied to any answer by walking it next
//! to its schema. Reads `gong_client::OPENAPI_DOCUMENT`, the document the
//! generated types come from, so what it makes decodes into them.

use std::sync::OnceLock;

use serde_json::{Map, Value, json};

use super::rng::{Rng, mix};

/// Deepest nesting of synthesized objects and arrays.
const MAX_DEPTH: usize = 7;

/// The parsed document (parsed once per process).
pub(crate) fn document() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| serde_json::from_str(gong_client::OPENAPI_DOCUMENT).unwrap_or(Value::Null))
}

/// One operation of the document.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Op {
    /// Its `operationId`.
    pub id: &'static str,
    /// Its path template.
    pub path: &'static str,
    /// The operation object.
    pub spec: &'static Value,
}

impl Op {
    /// The first 2xx status and its JSON schema (the empty schema when the
    /// document gives none).
    pub(crate) fn success(&self) -> (u16, &'static Value) {
        static EMPTY: Value = Value::Null;
        let Some(responses) = self.spec.get("responses").and_then(Value::as_object) else {
            return (200, &EMPTY);
        };
        let mut codes: Vec<(&String, &Value)> = responses.iter().filter(|(c, _)| c.starts_with('2')).collect();
        codes.sort_by_key(|(c, _)| c.as_str());
        match codes.first() {
            Some((code, r)) => (
                code.parse().unwrap_or(200),
                r.get("content")
                    .and_then(Value::as_object)
                    .and_then(|c| c.values().next())
                    .and_then(|m| m.get("schema"))
                    .unwrap_or(&EMPTY),
            ),
            None => (200, &EMPTY),
        }
    }

    /// The JSON request body's schema, if the operation takes one.
    pub(crate) fn json_body(&self) -> Option<&'static Value> {
        self.spec
            .get("requestBody")?
            .get("content")?
            .get("application/json")?
            .get("schema")
    }

    /// Whether a request body is required.
    pub(crate) fn body_required(&self) -> bool {
        self.spec
            .get("requestBody")
            .and_then(|b| b.get("required"))
            .and_then(Value::as_bool)
            .unwrap_or(false)
    }

    /// Names of the required parameters in `place` (`query`, `path`).
    pub(crate) fn required_params(&self, place: &str) -> Vec<&'static str> {
        self.spec
            .get("parameters")
            .and_then(Value::as_array)
            .map(|ps| {
                ps.iter()
                    .filter(|p| p.get("in").and_then(Value::as_str) == Some(place))
                    .filter(|p| p.get("required").and_then(Value::as_bool).unwrap_or(false))
                    .filter_map(|p| p.get("name").and_then(Value::as_str))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The operation at `method` and the path's segments: a literal path wins
/// over a template (`/v2/calls/extensive` is not `/v2/calls/{id}`).
pub(crate) fn find_op(method: &str, segs: &[&str]) -> Option<Op> {
    let paths = document().get("paths")?.as_object()?;
    let method = method.to_ascii_lowercase();
    paths
        .iter()
        .filter(|(template, _)| {
            let t: Vec<&str> = template.split('/').filter(|s| !s.is_empty()).collect();
            t.len() == segs.len() && t.iter().zip(segs).all(|(a, b)| a.starts_with('{') || a == b)
        })
        .filter_map(|(template, item)| {
            let spec = item.get(&method)?;
            Some(Op {
                id: spec.get("operationId").and_then(Value::as_str).unwrap_or_default(),
                path: template.as_str(),
                spec,
            })
        })
        .min_by_key(|op| op.path.matches('{').count())
}

/// The operation with this `operationId`.
pub(crate) fn op_by_id(id: &str) -> Option<Op> {
    let paths = document().get("paths")?.as_object()?;
    paths.iter().find_map(|(template, item)| {
        item.as_object()?.values().find_map(|spec| {
            (spec.get("operationId").and_then(Value::as_str) == Some(id)).then_some(Op {
                id: spec.get("operationId").and_then(Value::as_str).unwrap_or_default(),
                path: template.as_str(),
                spec,
            })
        })
    })
}

/// A schema with its `$ref`s followed, and the name of the last component
/// reached (`None` for an inline schema).
pub(crate) fn resolve(mut schema: &'static Value) -> (Option<&'static str>, &'static Value) {
    let mut name = None;
    for _ in 0..16 {
        let Some(r) = schema.get("$ref").and_then(Value::as_str) else {
            break;
        };
        let Some(n) = r.strip_prefix("#/components/schemas/") else {
            break;
        };
        match document().pointer(&format!("/components/schemas/{n}")) {
            Some(s) => {
                name = Some(n);
                schema = s;
            }
            None => break,
        }
    }
    (name, schema)
}

fn is_id(schema: &Value) -> bool {
    schema.get("x-gong-id").and_then(Value::as_bool).unwrap_or(false)
}

fn enum_values(schema: &Value) -> Option<&Vec<Value>> {
    schema
        .get("enum")
        .or_else(|| schema.get("x-gong-enum"))
        .and_then(Value::as_array)
        .filter(|v| !v.is_empty())
}

const WORDS: &[&str] = &[
    "pricing",
    "renewal",
    "onboarding",
    "security review",
    "pilot",
    "integration",
    "budget",
    "timeline",
    "procurement",
    "champion",
    "next steps",
    "discovery",
    "demo",
    "forecast",
    "expansion",
];
const NAMES: &[&str] = &[
    "Avery Chen",
    "Jordan Patel",
    "Sam Okafor",
    "Riley Novak",
    "Morgan Silva",
    "Casey Larsen",
    "Taylor Brooks",
];
const COMPANIES: &[&str] = &[
    "Acme Corp",
    "Globex",
    "Initech",
    "Umbrella Health",
    "Stark Logistics",
    "Wayne Retail",
];

/// A 19-digit numeric id, as Gong's.
pub(crate) fn id(rng: &mut Rng) -> String {
    rng.range(1_000_000_000_000_000_000, 9_000_000_000_000_000_000)
        .to_string()
}

/// A plausible 2026 date-time, in UTC.
pub(crate) fn date_time(rng: &mut Rng) -> String {
    let day = rng.range(0, 180) as i64;
    let secs = rng.range(8 * 3600, 19 * 3600) as i64;
    let t = chrono::DateTime::<chrono::Utc>::from_timestamp(1_767_225_600 + day * 86_400 + secs, 0).unwrap_or_default();
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn string_for(name: &str, rng: &mut Rng) -> Value {
    let lower = name.to_ascii_lowercase();
    let person = rng.pick(NAMES).to_string();
    let text = if lower.contains("email") {
        format!("{}@example.com", person.to_ascii_lowercase().replace(' ', "."))
    } else if lower.contains("url") || lower.contains("link") {
        format!("https://app.gong.io/sandbox/{}", rng.lower_token(12))
    } else if lower.contains("phone") {
        format!("+1 415 555 {:04}", rng.below(10_000))
    } else if lower.ends_with("id") || lower.ends_with("ids") {
        id(rng)
    } else if lower.contains("date") || lower.contains("time") || lower == "created" || lower == "updated" {
        date_time(rng)
    } else if lower.contains("company") || lower.contains("account") {
        rng.pick(COMPANIES).to_string()
    } else if lower.contains("name") || lower.contains("creator") || lower.contains("owner") {
        person
    } else if lower.contains("title") || lower == "subject" {
        format!("{} with {}", capitalized(rng.pick::<&str>(WORDS)), rng.pick(COMPANIES))
    } else if lower.contains("language") {
        "eng".to_owned()
    } else if lower.contains("status") || lower.contains("type") {
        "ACTIVE".to_owned()
    } else {
        let a = rng.pick(WORDS);
        let b = rng.pick(WORDS);
        format!("{} and {b} were discussed", capitalized(a))
    };
    Value::String(text)
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Plausible data of `schema`, the value of a property called `name`.
/// Every property is filled, lists have one to three items.
pub(crate) fn synth(schema: &'static Value, name: &str, rng: &mut Rng, depth: usize) -> Value {
    let (_, s) = resolve(schema);
    if is_id(s) {
        return Value::String(id(rng));
    }
    if let Some(values) = enum_values(s) {
        return rng.pick(values).clone();
    }
    let ty = s
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or(if s.get("properties").is_some() { "object" } else { "" });
    match ty {
        "string" => match s.get("format").and_then(Value::as_str) {
            Some("date-time") => Value::String(date_time(rng)),
            Some("date") => Value::String(date_time(rng)[..10].to_owned()),
            Some("url" | "uri") => Value::String(format!("https://app.gong.io/sandbox/{}", rng.lower_token(12))),
            _ => string_for(name, rng),
        },
        "integer" => {
            let lo = s.get("minimum").and_then(Value::as_i64).unwrap_or(0);
            let hi = s.get("maximum").and_then(Value::as_i64).unwrap_or(lo + 120);
            let n = lo + rng.below((hi - lo + 1).max(1) as u64) as i64;
            if s.get("format").and_then(Value::as_str) == Some("int64") && name.to_ascii_lowercase().ends_with("id") {
                json!(rng.range(1_000_000_000_000_000_000, 9_000_000_000_000_000_000))
            } else {
                json!(n)
            }
        }
        "number" => json!((rng.below(1_000_000) as f64) / 100.0),
        "boolean" => json!(rng.chance(0.5)),
        "array" => {
            if depth >= MAX_DEPTH {
                return json!([]);
            }
            let items = s.get("items").unwrap_or(&Value::Null);
            let n = 1 + rng.below(3) as usize;
            let mut out: Vec<Value> = Vec::with_capacity(n);
            for _ in 0..n {
                let v = synth(items, name, rng, depth + 1);
                if !out.contains(&v) {
                    out.push(v);
                }
            }
            Value::Array(out)
        }
        "object" => {
            if depth >= MAX_DEPTH {
                return json!({});
            }
            let mut map = Map::new();
            if let Some(props) = s.get("properties").and_then(Value::as_object) {
                for (k, p) in props {
                    if depth == 0 && k == "requestId" {
                        continue;
                    }
                    map.insert(k.clone(), synth(p, k, rng, depth + 1));
                }
            }
            if let Some(extra) = s.get("additionalProperties").filter(|a| a.is_object()) {
                for _ in 0..1 + rng.below(2) {
                    let key = rng.pick(WORDS).replace(' ', "_");
                    let v = if extra.as_object().is_some_and(Map::is_empty) {
                        string_for(&key, rng)
                    } else {
                        synth(extra, &key, rng, depth + 1)
                    };
                    map.insert(key, v);
                }
            }
            Value::Object(map)
        }
        _ => string_for(name, rng),
    }
}

/// A minimal value of `schema`: required properties only, ids and emails
/// from `fill` where it knows a property's name.
pub(crate) fn minimal(
    schema: &'static Value,
    name: &str,
    rng: &mut Rng,
    depth: usize,
    fill: &dyn Fn(&str) -> Option<Value>,
) -> Value {
    if let Some(v) = fill(name) {
        return v;
    }
    let (_, s) = resolve(schema);
    let ty = s
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or(if s.get("properties").is_some() { "object" } else { "" });
    match ty {
        "object" if depth < MAX_DEPTH => {
            let mut map = Map::new();
            let props = s.get("properties").and_then(Value::as_object);
            for r in s.get("required").and_then(Value::as_array).into_iter().flatten() {
                if let (Some(k), Some(p)) = (r.as_str(), props.and_then(|p| r.as_str().and_then(|k| p.get(k)))) {
                    map.insert(k.to_owned(), minimal(p, k, rng, depth + 1, fill));
                }
            }
            Value::Object(map)
        }
        "array" if depth < MAX_DEPTH => {
            let items = s.get("items").unwrap_or(&Value::Null);
            json!([minimal(items, name, rng, depth + 1, fill)])
        }
        _ => synth(schema, name, rng, MAX_DEPTH),
    }
}

/// A stable hash of text (FNV-1a folded through SplitMix64).
pub(crate) fn hash(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in *part {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h = mix(h ^ 0xFF);
    }
    h
}

// ---------------------------------------------------------------- variations

/// Date-time properties that Gong's own documented examples give as epoch
/// seconds (`(schema, property)`, from the 2026-07 document's examples).
const EPOCH_EXAMPLES: &[(&str, &str)] = &[
    ("ReminderDataDto", "created"),
    ("ReminderDataDto", "updated"),
    ("ReminderDataDto", "dueDate"),
    ("AnsweredScorecard", "callStartTime"),
    ("AnsweredScorecard", "reviewTime"),
    ("CallBasicData", "scheduled"),
    ("CallBasicData", "started"),
    ("CommentDto", "posted"),
    ("Scorecard", "created"),
    ("Scorecard", "updated"),
    ("LibraryFolder", "updated"),
    ("LibraryCall", "created"),
    ("LibraryFolderListOfCallsResponse", "updated"),
    ("CallInfoDto", "started"),
    ("EmailInfoDto", "sentDateTime"),
    ("CustomerEngagement", "timestamp"),
];

/// Offsets real tenants' date-times carry, in seconds east of UTC.
const OFFSETS: &[i32] = &[2 * 3600, -7 * 3600, -4 * 3600, 5 * 3600 + 1800, 9 * 3600, -3 * 3600];

/// Makes the value of an unknown field (Gong adds fields without notice).
type MakeValue = fn(&mut Rng) -> Value;

/// Fields no version of the document has, and how to fill them.
const UNKNOWN_FIELDS: &[(&str, MakeValue)] = &[
    ("gongInternalRevision", |r| json!(r.below(90) + 10)),
    (
        "experimentalFlags",
        |r| json!({ "newLayout": r.chance(0.5), "tier": "b" }),
    ),
    ("regionHint", |_| json!("eu-west-1")),
    ("aiGenerated", |r| json!(r.chance(0.5))),
    ("labels", |_| json!(["beta", "2026"])),
];

/// What the variations did to one answer, for tests and counters.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Varied {
    pub numbers_as_strings: u32,
    pub null_lists: u32,
    pub explicit_nulls: u32,
    pub offsets: u32,
    pub epochs: u32,
    pub unknown_fields: u32,
}

/// Rewrites `value` (an answer of `schema`) as real tenants send it: each
/// change drawn from `rng`. The instants, numbers and texts stay the same;
/// only their spelling changes, lists that were empty become `null`, absent
/// optional fields become explicit `null`s, and unknown fields appear.
pub(crate) fn vary(value: &mut Value, schema: &'static Value, rng: &mut Rng) -> Varied {
    let mut seen = Varied::default();
    vary_at(value, schema, None, None, rng, &mut seen, 0);
    seen
}

fn vary_at(
    value: &mut Value,
    schema: &'static Value,
    owner: Option<&str>,
    prop: Option<&str>,
    rng: &mut Rng,
    seen: &mut Varied,
    depth: usize,
) {
    let (name, s) = resolve(schema);
    if depth > 32 {
        return;
    }
    match value {
        Value::Object(map) => {
            let props = s.get("properties").and_then(Value::as_object);
            let extra = s.get("additionalProperties").filter(|a| a.is_object());
            // The paging envelope stays as Gong's document has it: a client
            // reads `records.cursor` before anything else.
            let is_records = name == Some("Records");
            for (k, v) in map.iter_mut() {
                let sub = props.and_then(|p| p.get(k)).or(extra).unwrap_or(&Value::Null);
                if is_records && k == "cursor" {
                    continue;
                }
                vary_at(v, sub, name, Some(k), rng, seen, depth + 1);
            }
            if let Some(props) = props {
                for (k, p) in props {
                    if map.contains_key(k) || !rng.chance(0.3) {
                        continue;
                    }
                    let (_, ps) = resolve(p);
                    let is_list = ps.get("type").and_then(Value::as_str) == Some("array");
                    map.insert(k.clone(), Value::Null);
                    if is_list {
                        seen.null_lists += 1;
                    } else {
                        seen.explicit_nulls += 1;
                    }
                }
            }
            // Not in maps (`additionalProperties`): there every key is data.
            let is_record = props.is_some() && s.get("additionalProperties").is_none();
            if !is_records && is_record && rng.chance(0.35) {
                let (key, make) = UNKNOWN_FIELDS[rng.index(UNKNOWN_FIELDS.len())];
                if !map.contains_key(key) {
                    map.insert(key.to_owned(), make(rng));
                    seen.unknown_fields += 1;
                }
            }
        }
        Value::Array(items) => {
            if items.is_empty() && prop.is_some() {
                *value = Value::Null;
                seen.null_lists += 1;
                return;
            }
            let item = s.get("items").unwrap_or(&Value::Null);
            for v in items.iter_mut() {
                vary_at(v, item, owner, prop, rng, seen, depth + 1);
            }
        }
        Value::Number(n) => {
            // Integers often, floats now and then.
            let p = if n.is_i64() || n.is_u64() { 0.4 } else { 0.2 };
            if rng.chance(p) {
                *value = Value::String(n.to_string());
                seen.numbers_as_strings += 1;
            }
        }
        Value::String(text) => {
            let is_time = s.get("format").and_then(Value::as_str) == Some("date-time");
            if !is_time {
                return;
            }
            let Ok(t) = chrono::DateTime::parse_from_rfc3339(text) else {
                return;
            };
            let epoch_ok = matches!((owner, prop), (Some(o), Some(p)) if EPOCH_EXAMPLES.contains(&(o, p)));
            if epoch_ok && t.timestamp_subsec_nanos() == 0 && rng.chance(0.3) {
                *value = json!(t.timestamp());
                seen.epochs += 1;
            } else if t.offset().local_minus_utc() == 0 && rng.chance(0.7) {
                let offset =
                    chrono::FixedOffset::east_opt(OFFSETS[rng.index(OFFSETS.len())]).unwrap_or_else(|| *t.offset());
                *text = t
                    .with_timezone(&offset)
                    .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false);
                seen.offsets += 1;
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_is_found_by_its_method_and_path() {
        for op in gong_client::api::operations::ALL {
            let concrete: Vec<&str> = op
                .path
                .split('/')
                .filter(|s| !s.is_empty())
                .map(|s| if s.starts_with('{') { "123" } else { s })
                .collect();
            let found = find_op(op.method, &concrete).unwrap_or_else(|| panic!("{} not found", op.id));
            assert_eq!(found.id, op.id, "{} {}", op.method, op.path);
        }
    }

    #[test]
    fn variations_keep_instants_and_change_spellings() {
        let op = op_by_id("listCalls").unwrap();
        let (_, schema) = op.success();
        let before = synth(schema, "", &mut Rng::new(5, 1), 0);
        let mut total = Varied::default();
        for seed in 0..20 {
            let mut v = before.clone();
            let seen = vary(&mut v, schema, &mut Rng::new(seed, 2));
            total.offsets += seen.offsets;
            total.numbers_as_strings += seen.numbers_as_strings;
            total.explicit_nulls += seen.explicit_nulls;
            total.unknown_fields += seen.unknown_fields;
            // The calls' instants are the same, whatever their spelling.
            let instants = |v: &Value| -> Vec<i64> {
                v["calls"]
                    .as_array()
                    .map(|calls| {
                        calls
                            .iter()
                            .filter_map(|c| c["started"].as_str())
                            .filter_map(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
                            .map(|t| t.timestamp())
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let after = instants(&v);
            assert!(after.iter().all(|t| instants(&before).contains(t)));
        }
        assert!(
            total.offsets > 0 && total.numbers_as_strings > 0 && total.unknown_fields > 0 && total.explicit_nulls > 0,
            "{total:?}"
        );
        // The same seed gives the same answer.
        let (mut a, mut b) = (before.clone(), before.clone());
        vary(&mut a, schema, &mut Rng::new(9, 2));
        vary(&mut b, schema, &mut Rng::new(9, 2));
        assert_eq!(a, b);
        assert_ne!(a, before);
    }
}
