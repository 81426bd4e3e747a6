//! Any operation of the document, by name, with JSON: the requests of
//! `gong api` and of tool-calling agents.
//!
//! [`crate::api::requests`] (generated from `openapi/gong.json`) lists every
//! operation with its parameters, its body's generated type and, for a
//! listing, the property holding its records. An [`OperationCall`] is built
//! from one of them and checked as it is built: each parameter against its
//! kind, the body against the generated request type (an
//! [`Error::InvalidInput`] naming the JSON path and the rule), and the
//! required ones by [`OperationCall::check`] — all before anything is sent.
//! [`Client::call_operation`] sends it through the transport with the
//! operation's facts (scope, idempotency and so retries, budget);
//! [`Client::operation_pages`] follows a listing's cursor, in the query or
//! the body as the document says. Answers stay JSON, so nothing Gong sent
//! is dropped.
//!
//! ```no_run
//! # async fn run(client: gong_client::Client) -> gong_client::Result<()> {
//! use futures::TryStreamExt;
//! use gong_client::operation::OperationCall;
//! let call = OperationCall::new("list-flows-folders")?.param("flowFolderOwnerEmail", "ann@example.com")?;
//! let folders: Vec<_> = client.operation_items(call).try_collect().await?;
//! # Ok(()) }
//! ```

use futures::Stream;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::Client;
use crate::api::requests::{self, Param, ParamIn, ParamKind, Request};
use crate::error::{Error, Result};
use crate::paging::{self, CursorIn, Page};

/// Checks a JSON body against a generated request type: the generic behind
/// every [`requests::Body::check`].
pub fn check_body<T: DeserializeOwned>(body: &Value) -> Result<()> {
    serde_path_to_error::deserialize::<_, T>(body).map(drop).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." {
            "body".to_owned()
        } else {
            format!("body.{path}")
        };
        Error::invalid(field, e.inner().to_string())
    })
}

/// The JSON Schema of a generated request type: the generic behind every
/// [`requests::Body::schema`] (feature `schema`).
#[cfg(feature = "schema")]
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub fn schema_of<T: schemars::JsonSchema>() -> schemars::schema::RootSchema {
    schemars::schema_for!(T)
}

impl Param {
    /// Checks one value of this parameter against its kind, returning it as
    /// it is sent: an [`Error::InvalidInput`] names the parameter and the rule.
    pub fn check(&self, value: &str) -> Result<String> {
        let bad = |rule: String| Err(Error::invalid(self.name, rule));
        match self.kind {
            ParamKind::String | ParamKind::List => Ok(value.to_owned()),
            ParamKind::Id => match crate::GongId::new(value) {
                Ok(id) => Ok(id.to_string()),
                Err(e) => bad(e.to_string()),
            },
            ParamKind::Integer => match value.trim().parse::<i64>() {
                Ok(n) => Ok(n.to_string()),
                Err(_) => bad(format!("must be a whole number, got {:?}", clip(value))),
            },
            ParamKind::Number => match value.trim().parse::<f64>() {
                Ok(n) if n.is_finite() => Ok(value.trim().to_owned()),
                _ => bad(format!("must be a number, got {:?}", clip(value))),
            },
            ParamKind::Boolean => match value.trim().to_ascii_lowercase().as_str() {
                "true" => Ok("true".into()),
                "false" => Ok("false".into()),
                _ => bad(format!("must be true or false, got {:?}", clip(value))),
            },
            ParamKind::DateTime => match chrono::DateTime::parse_from_rfc3339(value.trim()) {
                // Sent as given: Gong reads the offset.
                Ok(_) => Ok(value.trim().to_owned()),
                Err(_) => bad(format!(
                    "must be an ISO-8601 date-time with an offset (2026-01-01T00:00:00Z), got {:?}",
                    clip(value)
                )),
            },
            ParamKind::Enum(values) => match values.iter().find(|v| **v == value) {
                Some(v) => Ok((*v).to_owned()),
                None => bad(format!("must be one of {}, got {:?}", values.join(", "), clip(value))),
            },
        }
    }
}

/// At most 40 characters of a bad value, for an error message.
fn clip(value: &str) -> String {
    value.chars().take(40).collect()
}

/// One request of any operation, checked as it is built. See the module docs.
#[derive(Debug, Clone)]
pub struct OperationCall {
    request: &'static Request,
    values: Vec<(&'static Param, String)>,
    body: Option<Value>,
}

impl OperationCall {
    /// A request of the operation named `name`: its kebab name
    /// (`list-call-outcomes`), operationId or generated method name.
    pub fn new(name: &str) -> Result<Self> {
        requests::find(name)
            .map(Self::of)
            .ok_or_else(|| Error::invalid("operation", format!("no operation is named {:?}", clip(name))))
    }

    /// A request of this operation.
    pub fn of(request: &'static Request) -> Self {
        OperationCall {
            request,
            values: Vec::new(),
            body: None,
        }
    }

    /// The operation's facts.
    pub fn request(&self) -> &'static Request {
        self.request
    }

    /// Sets a parameter (by its document name or kebab name), checked
    /// against its kind; a list parameter takes one value per call.
    pub fn param(mut self, name: &str, value: impl AsRef<str>) -> Result<Self> {
        let param = self.request.param(name).ok_or_else(|| {
            Error::invalid(
                "parameter",
                format!("{} has no parameter {:?}", self.request.operation.id, clip(name)),
            )
        })?;
        let value = param.check(value.as_ref())?;
        if param.kind != ParamKind::List {
            self.values.retain(|(p, _)| p.name != param.name);
        }
        self.values.push((param, value));
        Ok(self)
    }

    /// Sets the JSON body, checked against the operation's request type.
    pub fn body(mut self, body: Value) -> Result<Self> {
        if self.request.multipart {
            return Err(Error::invalid(
                "body",
                format!("{} takes a multipart form, not JSON", self.request.operation.id),
            ));
        }
        let Some(spec) = self.request.body else {
            return Err(Error::invalid(
                "body",
                format!("{} takes no body", self.request.operation.id),
            ));
        };
        (spec.check)(&body)?;
        self.body = Some(body);
        Ok(self)
    }

    /// Checks that every required parameter and a required body are there.
    pub fn check(&self) -> Result<()> {
        if self.request.multipart {
            return Err(Error::invalid(
                "operation",
                format!(
                    "{} uploads a multipart form: use its facade method (or `gong media`)",
                    self.request.operation.id
                ),
            ));
        }
        for p in self.request.params.iter().filter(|p| p.required) {
            if !self.values.iter().any(|(q, _)| q.name == p.name) {
                return Err(Error::invalid(p.name, "is required"));
            }
        }
        if let Some(spec) = self.request.body
            && self.body.is_none()
            && spec.required
        {
            return Err(Error::invalid(
                "body",
                format!("is required (a JSON `{}`)", spec.type_name),
            ));
        }
        Ok(())
    }

    /// The path with its parameters filled in, percent-encoded.
    fn path(&self) -> Result<String> {
        let mut path = self.request.operation.path.to_owned();
        for (p, v) in self.values.iter().filter(|(p, _)| p.location == ParamIn::Path) {
            let encoded: String = url::form_urlencoded::byte_serialize(v.as_bytes()).collect();
            path = path.replace(&format!("{{{}}}", p.name), &encoded.replace('+', "%20"));
        }
        if path.contains('{') {
            return Err(Error::invalid("path", format!("{path} still has a parameter to fill")));
        }
        Ok(path)
    }

    fn query(&self) -> Vec<(&'static str, String)> {
        self.values
            .iter()
            .filter(|(p, _)| p.location == ParamIn::Query)
            .map(|(p, v)| (p.name, v.clone()))
            .collect()
    }

    /// The same request with `cursor` where the operation's cursor travels.
    fn with_cursor(&self, cursor: Option<String>) -> Result<OperationCall> {
        let mut next = self.clone();
        let Some(cursor) = cursor else { return Ok(next) };
        match self.request.operation.cursor {
            Some(CursorIn::Query) => {
                next.values.retain(|(p, _)| p.name != "cursor");
                let param = self
                    .request
                    .param("cursor")
                    .ok_or_else(|| Error::invalid("cursor", "the listing has no cursor parameter"))?;
                next.values.push((param, cursor));
            }
            Some(CursorIn::Body) => match next.body.get_or_insert_with(|| Value::Object(Default::default())) {
                Value::Object(map) => {
                    map.insert("cursor".into(), Value::String(cursor));
                }
                _ => return Err(Error::invalid("body", "must be a JSON object to carry the cursor")),
            },
            _ => return Err(Error::invalid("operation", "not a listing")),
        }
        Ok(next)
    }

    /// The cursor this request already carries (resuming a listing).
    fn start_cursor(&self) -> Option<String> {
        match self.request.operation.cursor {
            Some(CursorIn::Query) => self
                .values
                .iter()
                .find(|(p, _)| p.name == "cursor")
                .map(|(_, v)| v.clone()),
            Some(CursorIn::Body) => self
                .body
                .as_ref()
                .and_then(|b| b.get("cursor"))
                .and_then(Value::as_str)
                .map(str::to_owned),
            _ => None,
        }
    }
}

/// The records of one listing answer, per the document's items property.
fn page_of(answer: Value, items: &str) -> Page<Value> {
    let number = |v: Option<&Value>| match v {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    };
    let total = number(answer.pointer("/records/totalRecords"));
    let page_number = number(answer.pointer("/records/currentPageNumber"));
    let cursor = answer
        .pointer("/records/cursor")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let list = match answer {
        Value::Object(mut map) => match map.remove(items) {
            Some(Value::Array(list)) => list,
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    Page::new(list, cursor)
        .with_total_records(total)
        .with_page_number(page_number)
}

impl Client {
    /// Sends one request of any operation and returns Gong's answer as JSON
    /// (`null` for an empty one). The request is checked first
    /// ([`OperationCall::check`]); the transport applies the operation's
    /// scope, idempotency (retries) and the budget, as for the typed methods.
    pub async fn call_operation(&self, call: &OperationCall) -> Result<Value> {
        call.check()?;
        let op = call.request.operation;
        let transport = self.transport();
        let url = transport.url(&call.path()?)?;
        let method = reqwest::Method::from_bytes(op.method.as_bytes())
            .map_err(|_| Error::invalid("method", format!("{} is not an HTTP method", op.method)))?;
        let query = call.query();
        let http = transport.http().clone();
        let body = call.body.clone();
        let mut build = move || {
            let mut b = http.request(method.clone(), url.clone());
            if !query.is_empty() {
                b = b.query(&query);
            }
            if let Some(body) = &body {
                b = b.json(body);
            }
            b.build().ok()
        };
        let meta = transport.meta_for(op);
        let response = transport.execute(&mut build, &meta).await?;
        if !response.status().is_success() {
            return Err(crate::transport::error_from_response(response, op.id).await);
        }
        let bytes = response
            .bytes()
            .await
            .map_err(|e| Error::Transport(crate::redact::error(e)))?;
        if bytes.is_empty() {
            return Ok(Value::Null);
        }
        crate::decode::body(&bytes)
    }

    /// The pages of a listing (an operation with `x-gong-cursor`), its
    /// records as Gong sent them; the cursor travels where the document says.
    /// Like every listing: Gong's "no ... found" 404 is an empty listing, a
    /// repeated cursor an error. A call that is not a listing is an
    /// [`Error::InvalidInput`].
    pub fn operation_pages(&self, call: OperationCall) -> impl Stream<Item = Result<Page<Value>>> + Send + use<> {
        let client = self.clone();
        let items = call.request.items;
        let start = call.start_cursor();
        let not_listing = match (call.request.operation.cursor, items) {
            (Some(_), Some(_)) => None,
            _ => Some(call.request.operation.id),
        };
        paging::pages_from(call.request.operation.id, start, move |cursor| {
            let client = client.clone();
            let next = call.with_cursor(cursor);
            async move {
                if let Some(id) = not_listing {
                    return Err(Error::invalid("operation", format!("{id} is not a listing")));
                }
                let answer = client.call_operation(&next?).await?;
                Ok(page_of(answer, items.unwrap_or_default()))
            }
        })
    }

    /// The records of [`Client::operation_pages`], one at a time.
    pub fn operation_items(&self, call: OperationCall) -> impl Stream<Item = Result<Value>> + Send + use<> {
        paging::flatten(self.operation_pages(call))
    }
}
