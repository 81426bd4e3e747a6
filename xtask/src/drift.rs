//! Facts of a normalized document, and the drift between two documents.
//!
//! Facts are what a client depends on: operations, their parameters and
//! scopes, schemas, their properties and the enum values Gong names. Prose is
//! not compared (the project's document has none).

use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The comparable facts of one document.
#[derive(Debug, Default)]
pub struct Facts {
    operations: BTreeMap<String, Operation>,
    schemas: BTreeMap<String, BTreeMap<String, String>>,
    enums: BTreeMap<String, BTreeSet<String>>,
    /// Operations and schemas the project keeps though Gong's newest
    /// document dropped them (`x-gong-deprecated`).
    kept: BTreeSet<String>,
}

#[derive(Debug, Default, PartialEq)]
struct Operation {
    scope: Option<String>,
    parameters: BTreeMap<String, String>,
    body: Option<String>,
    success: Option<String>,
}

/// What differs between the project's document and an upstream one.
/// "added" means the upstream has it and the project's document does not.
#[derive(Debug, Default, Clone, Serialize, PartialEq)]
pub struct Report {
    /// Operations only upstream.
    pub operations_added: Vec<String>,
    /// Operations only in the project's document.
    pub operations_removed: Vec<String>,
    /// Operations only in the project's document that it keeps on purpose,
    /// marked deprecated (tenants may still serve them): not drift.
    pub operations_kept: Vec<String>,
    /// Parameters only upstream.
    pub parameters_added: Vec<String>,
    /// Parameters only in the project's document.
    pub parameters_removed: Vec<String>,
    /// Parameters whose type or requiredness changed (`project -> upstream`).
    pub parameters_changed: Vec<String>,
    /// Request or success bodies whose schema changed.
    pub bodies_changed: Vec<String>,
    /// Scopes that differ.
    pub scopes_changed: Vec<String>,
    /// Schemas only upstream.
    pub schemas_added: Vec<String>,
    /// Schemas only in the project's document.
    pub schemas_removed: Vec<String>,
    /// Schemas only in the project's document that a kept operation needs.
    pub schemas_kept: Vec<String>,
    /// `Schema.property` only upstream (schemas both documents have).
    pub properties_added: Vec<String>,
    /// `Schema.property` only in the project's document.
    pub properties_removed: Vec<String>,
    /// `Schema.property` whose type differs.
    pub properties_changed: Vec<String>,
    /// `location: value` enum values only upstream.
    pub enum_values_added: Vec<String>,
    /// `location: value` enum values only in the project's document.
    pub enum_values_removed: Vec<String>,
}

impl Report {
    /// True when the documents agree on every fact, apart from what the
    /// project keeps on purpose.
    pub fn is_empty(&self) -> bool {
        let without_kept = Report {
            operations_kept: Vec::new(),
            schemas_kept: Vec::new(),
            ..self.clone()
        };
        without_kept == Report::default()
    }

    /// A readable, sectioned report.
    pub fn render(&self) -> String {
        let sections: [(&str, &Vec<String>); 16] = [
            ("Operations only upstream", &self.operations_added),
            ("Operations no longer upstream", &self.operations_removed),
            ("Operations kept, deprecated upstream", &self.operations_kept),
            ("Parameters only upstream", &self.parameters_added),
            ("Parameters no longer upstream", &self.parameters_removed),
            ("Parameters changed (ours -> upstream)", &self.parameters_changed),
            ("Bodies changed (ours -> upstream)", &self.bodies_changed),
            ("Scopes changed (ours -> upstream)", &self.scopes_changed),
            ("Schemas only upstream", &self.schemas_added),
            ("Schemas no longer upstream", &self.schemas_removed),
            ("Schemas kept for operations deprecated upstream", &self.schemas_kept),
            ("Properties only upstream", &self.properties_added),
            ("Properties no longer upstream", &self.properties_removed),
            ("Properties changed (ours -> upstream)", &self.properties_changed),
            ("Enum values only upstream", &self.enum_values_added),
            ("Enum values no longer upstream", &self.enum_values_removed),
        ];
        let mut out = String::new();
        for (title, items) in sections {
            if items.is_empty() {
                continue;
            }
            out.push_str(&format!("{title} ({}):\n", items.len()));
            for i in items {
                out.push_str(&format!("  {i}\n"));
            }
        }
        if self.is_empty() {
            let kept = !(self.operations_kept.is_empty() && self.schemas_kept.is_empty());
            out.push_str("No drift: the upstream states the same facts as openapi/gong.json");
            out.push_str(if kept {
                ", apart from what it keeps (above).\n"
            } else {
                ".\n"
            });
        }
        out
    }
}

/// A short name for a schema's type: `$ref` names, `[item]`, `type(format)`, `any`.
fn type_of(s: &Value) -> String {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        return r.rsplit('/').next().unwrap_or(r).to_owned();
    }
    match s.get("type").and_then(Value::as_str) {
        Some("array") => format!("[{}]", s.get("items").map(type_of).unwrap_or_else(|| "any".into())),
        Some(t) => match s.get("format").and_then(Value::as_str) {
            Some(f) => format!("{t}({f})"),
            None => t.to_owned(),
        },
        None => "any".into(),
    }
}

fn enum_values(s: &Value) -> Option<BTreeSet<String>> {
    let list = s.get("enum").or_else(|| s.get("x-gong-enum"))?.as_array()?;
    Some(
        list.iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect(),
    )
}

fn collect_enums(s: &Value, at: &str, out: &mut BTreeMap<String, BTreeSet<String>>) {
    if let Some(values) = enum_values(s) {
        out.entry(at.to_owned()).or_default().extend(values);
    }
    if let Some(props) = s.get("properties").and_then(Value::as_object) {
        for (name, p) in props {
            collect_enums(p, &format!("{at}.{name}"), out);
        }
    }
    if let Some(items) = s.get("items") {
        collect_enums(items, &format!("{at}[]"), out);
    }
}

impl Facts {
    /// Reads the facts of a normalized document.
    pub fn of(doc: &Value) -> Facts {
        let mut facts = Facts::default();
        if let Some(schemas) = doc.pointer("/components/schemas").and_then(Value::as_object) {
            for (name, s) in schemas {
                let required: BTreeSet<&str> = s
                    .get("required")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                let props = s
                    .get("properties")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                    .map(|(p, ps)| {
                        let req = if required.contains(p.as_str()) {
                            ", required"
                        } else {
                            ""
                        };
                        (p.clone(), format!("{}{req}", type_of(ps)))
                    })
                    .collect();
                facts.schemas.insert(name.clone(), props);
                if s.get("x-gong-deprecated").is_some() {
                    facts.kept.insert(name.clone());
                }
                collect_enums(s, name, &mut facts.enums);
            }
        }
        for (path, item) in doc.get("paths").and_then(Value::as_object).into_iter().flatten() {
            for (method, op) in item.as_object().into_iter().flatten() {
                let key = format!("{} {path}", method.to_uppercase());
                let mut o = Operation {
                    scope: op.get("x-gong-scope").and_then(Value::as_str).map(str::to_owned),
                    ..Operation::default()
                };
                for p in op.get("parameters").and_then(Value::as_array).into_iter().flatten() {
                    let name = format!(
                        "{} {}",
                        p.get("in").and_then(Value::as_str).unwrap_or("?"),
                        p.get("name").and_then(Value::as_str).unwrap_or("?")
                    );
                    let req = if p.get("required").and_then(Value::as_bool) == Some(true) {
                        ", required"
                    } else {
                        ""
                    };
                    let schema = p.get("schema").cloned().unwrap_or(Value::Null);
                    o.parameters.insert(name.clone(), format!("{}{req}", type_of(&schema)));
                    collect_enums(&schema, &format!("{key} {name}"), &mut facts.enums);
                }
                if let Some(content) = op.pointer("/requestBody/content").and_then(Value::as_object) {
                    o.body = content.iter().next().map(|(media, m)| {
                        format!(
                            "{media} {}",
                            m.get("schema").map(type_of).unwrap_or_else(|| "any".into())
                        )
                    });
                }
                if let Some(responses) = op.get("responses").and_then(Value::as_object) {
                    o.success = responses
                        .iter()
                        .filter(|(status, _)| status.starts_with('2'))
                        .find_map(|(_, r)| r.pointer("/content/application~1json/schema"))
                        .map(type_of);
                }
                if op.get("x-gong-deprecated").is_some() {
                    facts.kept.insert(key.clone());
                }
                facts.operations.insert(key, o);
            }
        }
        facts
    }

    /// Compares `self` (the project's document) with `upstream`.
    pub fn drift(&self, upstream: &Facts) -> Report {
        let mut r = Report::default();
        for (key, up) in &upstream.operations {
            match self.operations.get(key) {
                None => r.operations_added.push(key.clone()),
                Some(ours) => {
                    for (p, t) in &up.parameters {
                        match ours.parameters.get(p) {
                            None => r.parameters_added.push(format!("{key} {p}")),
                            Some(o) if o != t => r.parameters_changed.push(format!("{key} {p}: {o} -> {t}")),
                            _ => {}
                        }
                    }
                    for p in ours.parameters.keys().filter(|p| !up.parameters.contains_key(*p)) {
                        r.parameters_removed.push(format!("{key} {p}"));
                    }
                    if ours.body != up.body {
                        r.bodies_changed
                            .push(format!("{key} request: {:?} -> {:?}", ours.body, up.body));
                    }
                    if ours.success != up.success {
                        r.bodies_changed
                            .push(format!("{key} success: {:?} -> {:?}", ours.success, up.success));
                    }
                    if ours.scope != up.scope {
                        r.scopes_changed
                            .push(format!("{key}: {:?} -> {:?}", ours.scope, up.scope));
                    }
                }
            }
        }
        let (kept, removed): (Vec<String>, Vec<String>) = self
            .operations
            .keys()
            .filter(|k| !upstream.operations.contains_key(*k))
            .cloned()
            .partition(|k| self.kept.contains(k));
        (r.operations_kept, r.operations_removed) = (kept, removed);
        for (name, up) in &upstream.schemas {
            match self.schemas.get(name) {
                None => r.schemas_added.push(name.clone()),
                Some(ours) => {
                    for (p, t) in up {
                        match ours.get(p) {
                            None => r.properties_added.push(format!("{name}.{p}")),
                            Some(o) if o != t => r.properties_changed.push(format!("{name}.{p}: {o} -> {t}")),
                            _ => {}
                        }
                    }
                    for p in ours.keys().filter(|p| !up.contains_key(*p)) {
                        r.properties_removed.push(format!("{name}.{p}"));
                    }
                }
            }
        }
        let (kept, removed): (Vec<String>, Vec<String>) = self
            .schemas
            .keys()
            .filter(|k| !upstream.schemas.contains_key(*k))
            .cloned()
            .partition(|k| self.kept.contains(k));
        (r.schemas_kept, r.schemas_removed) = (kept, removed);
        let empty = BTreeSet::new();
        for (at, up) in &upstream.enums {
            let ours = self.enums.get(at).unwrap_or(&empty);
            r.enum_values_added
                .extend(up.difference(ours).map(|v| format!("{at}: {v}")));
        }
        for (at, ours) in &self.enums {
            let up = upstream.enums.get(at).unwrap_or(&empty);
            r.enum_values_removed
                .extend(ours.difference(up).map(|v| format!("{at}: {v}")));
        }
        // Enum values of a whole schema or operation that was added or removed
        // are reported as that schema or operation.
        let root = |e: &String| e.split(['.', '[', ':']).next().unwrap_or_default().to_owned();
        let owned_by = |e: &String, ops: &[String]| ops.iter().any(|op| e.starts_with(&format!("{op} ")));
        let ops_added = r.operations_added.clone();
        let ops_gone: Vec<String> = r.operations_removed.iter().chain(&r.operations_kept).cloned().collect();
        r.enum_values_added
            .retain(|e| !r.schemas_added.contains(&root(e)) && !owned_by(e, &ops_added));
        r.enum_values_removed.retain(|e| {
            !r.schemas_removed.contains(&root(e)) && !r.schemas_kept.contains(&root(e)) && !owned_by(e, &ops_gone)
        });
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(extra_prop: bool, scope: &str, extra_value: bool) -> Value {
        let mut props = json!({ "id": { "$ref": "#/components/schemas/GongId" },
                                "direction": { "type": "string", "x-gong-enum": ["Inbound"] } });
        if extra_prop {
            props["title"] = json!({ "type": "string" });
        }
        if extra_value {
            props["direction"]["x-gong-enum"] = json!(["Inbound", "Outbound"]);
        }
        json!({ "paths": { "/v2/calls": { "get": { "x-gong-scope": scope,
                    "parameters": [{ "name": "cursor", "in": "query", "schema": { "type": "string" } }],
                    "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Call" } } } } } } } },
                "components": { "schemas": { "Call": { "properties": props } } } })
    }

    #[test]
    fn identical_documents_have_no_drift() {
        let d = doc(false, "api:calls:read:basic", false);
        assert!(Facts::of(&d).drift(&Facts::of(&d)).is_empty());
    }

    #[test]
    fn drift_names_properties_scopes_and_enum_values() {
        let ours = Facts::of(&doc(false, "a", false));
        let up = Facts::of(&doc(true, "b", true));
        let r = ours.drift(&up);
        assert_eq!(r.properties_added, vec!["Call.title"]);
        assert_eq!(r.scopes_changed, vec![r#"GET /v2/calls: Some("a") -> Some("b")"#]);
        assert_eq!(r.enum_values_added, vec!["Call.direction: Outbound"]);
        assert!(r.operations_added.is_empty() && r.properties_removed.is_empty());
        assert!(r.render().contains("Properties only upstream (1):\n  Call.title\n"));
    }
}
