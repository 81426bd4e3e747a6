//! Turning flags and `--input` into an action's input type.
//!
//! Flags become a JSON object with the action's field names (camelCase),
//! laid over the `--input` document (flags win; objects merge one level
//! deep), and the result is deserialized into the library's input type. So
//! flags and `--input` accept exactly what `gong schema <action>` describes,
//! and the library's own rules decide what is missing or malformed.

use std::io::Read;

use clap::Args;
use gong_client::actions::Input;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::failure::Failure;

/// `--input`, accepted by every action.
#[derive(Debug, Args, Default)]
pub struct InputArg {
    /// The action's input as JSON (shape: `gong schema <action>`); `-` reads stdin. Flags override its fields.
    #[arg(long, value_name = "FILE|-")]
    pub input: Option<String>,
}

/// The fields given as flags, by their JSON names, and defaults for fields
/// that neither the flags nor `--input` give.
#[derive(Debug, Default)]
pub struct Fields(Map<String, Value>, Map<String, Value>);

impl Fields {
    /// No fields yet.
    pub fn new() -> Self {
        Fields::default()
    }

    /// A field with a JSON value.
    pub fn value(mut self, key: &str, value: Value) -> Self {
        self.0.insert(key.to_owned(), value);
        self
    }

    /// A text field, when given.
    pub fn text(self, key: &str, value: &Option<String>) -> Self {
        match value {
            Some(v) => self.value(key, Value::String(v.clone())),
            None => self,
        }
    }

    /// A list of texts, when any were given.
    pub fn texts(self, key: &str, values: &[String]) -> Self {
        if values.is_empty() {
            self
        } else {
            self.value(key, Value::Array(values.iter().cloned().map(Value::String).collect()))
        }
    }

    /// A value for `key` when neither a flag nor `--input` gives one.
    pub fn or_default(mut self, key: &str, value: Value) -> Self {
        self.1.insert(key.to_owned(), value);
        self
    }

    /// Invitees by email address (`[{"email": ...}]`), when any were given.
    pub fn invitees(self, emails: &[String]) -> Self {
        if emails.is_empty() {
            self
        } else {
            let list = emails.iter().map(|e| serde_json::json!({ "email": e })).collect();
            self.value("invitees", Value::Array(list))
        }
    }

    /// A finite number, when given.
    pub fn number(self, key: &str, value: Option<f64>) -> Result<Self, Failure> {
        match value {
            None => Ok(self),
            Some(v) => match serde_json::Number::from_f64(v) {
                Some(n) => Ok(self.value(key, Value::Number(n))),
                None => Err(Failure::Usage(format!("--{} must be a finite number", kebab(key)))),
            },
        }
    }

    /// An unsigned integer, when given.
    pub fn integer(self, key: &str, value: Option<u64>) -> Self {
        match value {
            Some(n) => self.value(key, Value::from(n)),
            None => self,
        }
    }

    /// A boolean, when given.
    pub fn boolean(self, key: &str, value: Option<bool>) -> Self {
        match value {
            Some(b) => self.value(key, Value::Bool(b)),
            None => self,
        }
    }

    /// A switch: set to true only when present, so `--input` may set it too.
    pub fn switch(self, key: &str, on: bool) -> Self {
        if on { self.value(key, Value::Bool(true)) } else { self }
    }

    /// A JSON field given as JSON text or `@FILE`, when given.
    pub fn json(self, key: &str, value: &Option<String>) -> Result<Self, Failure> {
        match value {
            Some(text) => {
                let v = json_arg(key, text)?;
                Ok(self.value(key, v))
            }
            None => Ok(self),
        }
    }

    /// `KEY=VALUE` pairs as a JSON object, when any were given.
    pub fn pairs(self, key: &str, flag: &str, values: &[String]) -> Result<Self, Failure> {
        if values.is_empty() {
            return Ok(self);
        }
        let mut pairs = Vec::new();
        for v in values {
            let (k, val) = split_pair(flag, v)?;
            pairs.push((k.to_owned(), val.to_owned()));
        }
        let repeats = pairs
            .iter()
            .enumerate()
            .any(|(i, (k, _))| pairs[..i].iter().any(|(p, _)| p == k));
        let value = if repeats {
            // A repeated name (`--query callIds=1 --query callIds=2`) needs the list form.
            Value::Array(
                pairs
                    .into_iter()
                    .map(|(k, v)| serde_json::json!({ "key": k, "value": v }))
                    .collect(),
            )
        } else {
            Value::Object(pairs.into_iter().map(|(k, v)| (k, Value::String(v))).collect())
        };
        Ok(self.value(key, value))
    }

    /// Reads `--input` (if any), lays the flags over it, and builds the
    /// action's input type, which checks the library's rules: a problem is
    /// a usage error (exit 2) naming the field, before any credentials are
    /// needed.
    pub fn build<T: Input>(self, input: &InputArg) -> Result<T, Failure> {
        let doc = self.document(input)?;
        T::from_json(doc).map_err(|e| match &e {
            gong_client::Error::InvalidInput { rule, .. } if missing_field(rule).is_some() => {
                let f = missing_field(rule).unwrap_or_default();
                Failure::Usage(format!(
                    "invalid input: {rule} (give --{} or put `{f}` in --input)",
                    kebab(f)
                ))
            }
            _ => Failure::from(e),
        })
    }

    /// Reads `--input` (if any) and lays the flags over it.
    pub fn document(self, input: &InputArg) -> Result<Value, Failure> {
        let mut doc = match input.input.as_deref() {
            Some(source) => read_input(source)?,
            None => Map::new(),
        };
        for (key, value) in self.0 {
            match (doc.get_mut(&key), value) {
                (Some(Value::Object(base)), Value::Object(over)) => base.extend(over),
                (_, value) => {
                    doc.insert(key, value);
                }
            }
        }
        for (key, value) in self.1 {
            doc.entry(key).or_insert(value);
        }
        Ok(Value::Object(doc))
    }
}

/// Deserializes `doc`, naming the JSON path of the first problem.
pub fn deserialize<T: DeserializeOwned>(doc: Value) -> Result<T, Failure> {
    serde_path_to_error::deserialize::<_, T>(doc).map_err(|e| {
        let path = e.path().to_string();
        let message = e.inner().to_string();
        let at = if path == "." {
            String::new()
        } else {
            format!(" at `{path}`")
        };
        let hint = missing_field(&message)
            .map(|f| format!(" (give --{} or put `{f}` in --input)", kebab(f)))
            .unwrap_or_default();
        Failure::Usage(format!("invalid input{at}: {message}{hint}"))
    })
}

/// The field of serde's "missing field `x`" message.
fn missing_field(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.split('`').next()
}

/// `clientUniqueId` -> `client-unique-id`.
pub fn kebab(camel: &str) -> String {
    let mut out = String::new();
    for c in camel.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Largest `--input` document or `@FILE` value read: 16 MiB.
pub const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

/// Reads at most `max` bytes from `reader`; more is a usage error naming
/// `what` (a flag and its file), so `/dev/zero` or a huge file cannot
/// exhaust memory.
pub fn read_limited(mut reader: impl Read, max: u64, what: &str) -> Result<Vec<u8>, Failure> {
    let mut data = Vec::new();
    (&mut reader)
        .take(max + 1)
        .read_to_end(&mut data)
        .map_err(|e| Failure::Usage(format!("reading {what}: {e}")))?;
    if data.len() as u64 > max {
        return Err(Failure::Usage(format!(
            "{what} is larger than the limit of {} MiB",
            max / (1024 * 1024)
        )));
    }
    Ok(data)
}

/// Reads a file of at most `max` bytes; `flag` names it in errors.
pub fn read_capped(path: &std::path::Path, max: u64, flag: &str) -> Result<Vec<u8>, Failure> {
    let what = format!("{flag} {}", crate::terminal::sanitize(&path.display().to_string()));
    let file = std::fs::File::open(path).map_err(|e| Failure::Usage(format!("reading {what}: {e}")))?;
    read_limited(file, max, &what)
}

/// [`read_capped`] as UTF-8 text.
pub fn read_capped_text(path: &std::path::Path, max: u64, flag: &str) -> Result<String, Failure> {
    let data = read_capped(path, max, flag)?;
    String::from_utf8(data).map_err(|_| {
        Failure::Usage(format!(
            "{flag} {}: not UTF-8 text",
            crate::terminal::sanitize(&path.display().to_string())
        ))
    })
}

/// Reads the `--input` document: a file, or stdin for `-`.
fn read_input(source: &str) -> Result<Map<String, Value>, Failure> {
    let (text, name) = if source == "-" {
        let data = read_limited(std::io::stdin().lock(), MAX_INPUT_BYTES, "--input from stdin")?;
        let text = String::from_utf8(data).map_err(|_| Failure::Usage("--input from stdin: not UTF-8 text".into()))?;
        (text, "stdin".to_owned())
    } else {
        let text = read_capped_text(std::path::Path::new(source), MAX_INPUT_BYTES, "--input")?;
        (text, crate::terminal::sanitize(source))
    };
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(Failure::Usage(format!("--input {name}: must be a JSON object"))),
        Err(e) => Err(Failure::Usage(format!("--input {name} is not JSON: {e}"))),
    }
}

/// A flag's JSON value: JSON text, or `@FILE` holding JSON.
pub fn json_arg(field: &str, text: &str) -> Result<Value, Failure> {
    let (text, from) = match text.strip_prefix('@') {
        Some(path) => (
            read_capped_text(
                std::path::Path::new(path),
                MAX_INPUT_BYTES,
                &format!("--{} @FILE", kebab(field)),
            )?,
            format!(" (from {})", crate::terminal::sanitize(path)),
        ),
        None => (text.to_owned(), String::new()),
    };
    serde_json::from_str(&text)
        .map_err(|e| Failure::Usage(format!("the value of --{} is not JSON{from}: {e}", kebab(field))))
}

/// Splits `KEY=VALUE`.
pub fn split_pair<'a>(flag: &str, text: &'a str) -> Result<(&'a str, &'a str), Failure> {
    match text.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() => Ok((k.trim(), v)),
        _ => Err(Failure::Usage(format!("--{flag} takes KEY=VALUE, got {text:?}"))),
    }
}

/// A party given as `userId=1,name=Jo` or as a JSON object.
pub fn party(text: &str) -> Result<Value, Failure> {
    if text.trim_start().starts_with('{') {
        return json_arg("party", text);
    }
    let mut map = Map::new();
    for piece in text.split(',').filter(|p| !p.trim().is_empty()) {
        let (k, v) = split_pair("party", piece)?;
        let value = if k == "mediaChannelId" {
            v.trim()
                .parse::<i64>()
                .map(Value::from)
                .map_err(|_| Failure::Usage(format!("--party mediaChannelId must be 0 or 1, got {v:?}")))?
        } else {
            Value::String(v.to_owned())
        };
        map.insert(k.to_owned(), value);
    }
    Ok(Value::Object(map))
}

/// `inbound` -> `Inbound`: Gong's enum values, whatever the case typed.
pub fn capitalized(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}
