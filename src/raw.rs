//! The connector's "Raw Request" action: any Gong endpoint, with the client's
//! auth, pacing, budget and error handling, and its own retry knobs.

use std::time::Duration;

use bytes::Bytes;
use reqwest::Method;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::Client;
use crate::error::{Error, Result};
use crate::retry::{Backoff, Idempotency, RetryPolicy};
use crate::transport::RequestMeta;

/// What the caller expects back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ResponseType {
    /// Parse the body as JSON (the default).
    #[default]
    Json,
    /// Return the body as text.
    Text,
    /// Return the body's bytes.
    Binary,
}

/// A file part of a multipart body.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct FilePart {
    /// Form field name (the connector's "File Data" key).
    pub field: String,
    /// File name (the connector's "File Data File Names" value for that key).
    pub file_name: String,
    /// Contents.
    pub data: Bytes,
    /// MIME type; taken from the file name when `None`.
    pub mime_type: Option<String>,
}

impl FilePart {
    /// A file part; its MIME type follows the file name unless set with
    /// [`FilePart::with_mime_type`].
    pub fn new(field: impl Into<String>, file_name: impl Into<String>, data: impl Into<Bytes>) -> Self {
        FilePart {
            field: field.into(),
            file_name: file_name.into(),
            data: data.into(),
            mime_type: None,
        }
    }

    /// Sets the MIME type.
    pub fn with_mime_type(mut self, mime: impl Into<String>) -> Self {
        self.mime_type = Some(mime.into());
        self
    }
}

/// A request body.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub enum RawBody {
    /// No body.
    #[default]
    None,
    /// A JSON body (`Content-Type: application/json`).
    Json(serde_json::Value),
    /// Raw bytes, sent as they are (set `Content-Type` with a header).
    Bytes(Bytes),
    /// A multipart form: text fields ("Form Data") and files ("File Data").
    Multipart {
        /// Text fields.
        fields: Vec<(String, String)>,
        /// File parts.
        files: Vec<FilePart>,
    },
}

/// A raw request. Build it with [`RawRequest::new`] and the setters; send it
/// with [`Client::raw`].
///
/// Defaults follow the connector: JSON response, no retries, no backoff,
/// no debug logging.
#[derive(Debug, Clone)]
pub struct RawRequest {
    method: Method,
    url: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: RawBody,
    response_type: ResponseType,
    timeout: Option<Duration>,
    debug: bool,
    max_retries: u32,
    retry_delay: Duration,
    exponential_backoff: bool,
    retry_on_all_errors: bool,
    allow_other_hosts: bool,
    idempotent: Option<bool>,
}

/// What came back.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RawResponse {
    /// HTTP status.
    pub status: u16,
    /// Response headers.
    pub headers: HeaderMap,
    /// The body, as the request's [`ResponseType`] asked.
    pub body: RawResponseBody,
}

/// A response body.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RawResponseBody {
    /// Parsed JSON (`null` for an empty body).
    Json(serde_json::Value),
    /// Text.
    Text(String),
    /// Bytes.
    Binary(Bytes),
}

impl RawRequest {
    /// A request with `method` to `url`: a path relative to the client's base
    /// URL (`/v2/calls`), or an absolute URL on the API host.
    pub fn new(method: Method, url: impl Into<String>) -> Self {
        RawRequest {
            method,
            url: url.into(),
            query: Vec::new(),
            headers: Vec::new(),
            body: RawBody::None,
            response_type: ResponseType::Json,
            timeout: None,
            debug: false,
            max_retries: 0,
            retry_delay: Duration::ZERO,
            exponential_backoff: false,
            retry_on_all_errors: false,
            allow_other_hosts: false,
            idempotent: None,
        }
    }

    /// Adds a query parameter.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Adds a header.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: RawBody) -> Self {
        self.body = body;
        self
    }

    /// Sets a JSON body.
    pub fn json(self, value: serde_json::Value) -> Self {
        self.body(RawBody::Json(value))
    }

    /// What to do with the response body.
    pub fn response_type(mut self, t: ResponseType) -> Self {
        self.response_type = t;
        self
    }

    /// Time limit of each attempt.
    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = Some(t);
        self
    }

    /// Logs the request at debug level (target `gong_client::raw`) with
    /// credentials redacted.
    pub fn debug(mut self, on: bool) -> Self {
        self.debug = on;
        self
    }

    /// Retries after the first attempt (0 = none, the default).
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = n;
        self
    }

    /// Delay between retries when exponential backoff is off.
    pub fn retry_delay(mut self, d: Duration) -> Self {
        self.retry_delay = d;
        self
    }

    /// Uses exponential full-jitter backoff (the retry delay is then ignored).
    pub fn exponential_backoff(mut self, on: bool) -> Self {
        self.exponential_backoff = on;
        self
    }

    /// Retries every error status, not only 408, 429 and 5xx.
    pub fn retry_on_all_errors(mut self, on: bool) -> Self {
        self.retry_on_all_errors = on;
        self
    }

    /// Allows an absolute URL on another host. Credentials are still sent
    /// only to the API host.
    pub fn allow_other_hosts(mut self, on: bool) -> Self {
        self.allow_other_hosts = on;
        self
    }

    /// Declares whether repeating this request is safe (by default: every
    /// method but POST and PATCH). Error-status retries of non-idempotent
    /// requests happen only on 429.
    pub fn idempotent(mut self, on: bool) -> Self {
        self.idempotent = Some(on);
        self
    }

    /// The retry policy these knobs make.
    pub fn retry_policy(&self) -> RetryPolicy {
        RetryPolicy {
            max_retries: self.max_retries,
            base_delay: if self.exponential_backoff {
                Duration::from_millis(500)
            } else {
                self.retry_delay
            },
            backoff: if self.exponential_backoff {
                Backoff::Exponential
            } else {
                Backoff::Fixed
            },
            retry_on_all_errors: self.retry_on_all_errors,
            ..RetryPolicy::default()
        }
    }

    fn idempotency(&self) -> Idempotency {
        let safe = self
            .idempotent
            .unwrap_or(!matches!(self.method, Method::POST | Method::PATCH));
        if safe {
            Idempotency::Idempotent
        } else {
            Idempotency::NonIdempotent
        }
    }
}

impl Client {
    /// Sends a raw request (the connector's "Raw Request" action) through the
    /// client's auth, pacing, budget and error mapping. An error status is
    /// returned as [`Error::Api`] (or the matching auth/rate-limit error).
    pub async fn raw(&self, request: RawRequest) -> Result<RawResponse> {
        let transport = self.transport();
        let base = transport.base_url();
        let url = if has_scheme(&request.url) {
            let url = reqwest::Url::parse(request.url.trim())
                .map_err(|e| Error::invalid("url", format!("not a valid absolute URL ({e})")))?;
            // Url::parse lowercases the scheme and host: `HTTP://Host` is checked like `http://host`.
            if !matches!(url.scheme(), "http" | "https") {
                return Err(Error::invalid(
                    "url",
                    "an absolute URL must be http or https (or give a path such as /v2/calls)",
                ));
            }
            if !url.username().is_empty() || url.password().is_some() {
                return Err(Error::invalid("url", "an absolute URL must not carry user info"));
            }
            let same_host =
                url.host_str() == base.host_str() && url.port_or_known_default() == base.port_or_known_default();
            if !same_host && !request.allow_other_hosts {
                return Err(Error::invalid(
                    "url",
                    "an absolute URL must be on the API host; set allow_other_hosts to call another host (credentials are never sent there)",
                ));
            }
            url
        } else {
            transport.url(&request.url)?
        };
        let mut headers = HeaderMap::new();
        for (name, value) in &request.headers {
            let n = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| Error::invalid("header", format!("{name:?} is not a valid header name")))?;
            let v = HeaderValue::from_str(value)
                .map_err(|_| Error::invalid("header", format!("the value of {name} is not a valid header value")))?;
            headers.append(n, v);
        }
        if let RawBody::Multipart { fields, files } = &request.body {
            for (name, _) in fields {
                check_part_text("formData", name)?;
            }
            for file in files {
                check_part_text("fileData", &file.field)?;
                crate::media::check_file_name("fileDataFileNames", &file.file_name)?;
            }
        }
        if request.method == Method::GET && !matches!(request.body, RawBody::None) {
            return Err(Error::invalid("data", "a GET request has no body"));
        }
        let http = transport.http().clone();
        let req = request.clone();
        let mut build = move || {
            let mut b = http.request(req.method.clone(), url.clone()).headers(headers.clone());
            if !req.query.is_empty() {
                b = b.query(&req.query);
            }
            if let Some(t) = req.timeout {
                b = b.timeout(t);
            }
            b = match &req.body {
                RawBody::None => b,
                RawBody::Json(v) => b.json(v),
                RawBody::Bytes(bytes) => b.body(bytes.clone()),
                RawBody::Multipart { fields, files } => {
                    let mut form = reqwest::multipart::Form::new();
                    for (k, v) in fields {
                        form = form.text(k.clone(), v.clone());
                    }
                    for f in files {
                        let mime = f
                            .mime_type
                            .clone()
                            .unwrap_or_else(|| crate::media::mime_type_for(&f.file_name));
                        let part = reqwest::multipart::Part::stream_with_length(
                            reqwest::Body::from(f.data.clone()),
                            f.data.len() as u64,
                        )
                        .file_name(f.file_name.clone());
                        let part = match part.mime_str(&mime) {
                            Ok(p) => p,
                            Err(_) => reqwest::multipart::Part::bytes(f.data.to_vec()).file_name(f.file_name.clone()),
                        };
                        form = form.part(f.field.clone(), part);
                    }
                    b.multipart(form)
                }
            };
            b.build().ok()
        };
        let meta = RequestMeta {
            operation: "raw".into(),
            idempotency: request.idempotency(),
            policy: request.retry_policy(),
            debug: request.debug,
            deadline: Default::default(),
        };
        let response = transport.execute(&mut build, &meta).await?;
        let status = response.status().as_u16();
        if !response.status().is_success() {
            return Err(crate::transport::error_from_response(response, "raw").await);
        }
        let headers = response.headers().clone();
        let bytes = response
            .bytes()
            .await
            .map_err(|e| Error::Transport(crate::redact::error(e)))?;
        if request.debug {
            tracing::debug!(target: "gong_client::raw", status, bytes = bytes.len(), "received");
        }
        let body = match request.response_type {
            ResponseType::Json if bytes.is_empty() => RawResponseBody::Json(serde_json::Value::Null),
            ResponseType::Json => RawResponseBody::Json(crate::decode::body(&bytes)?),
            ResponseType::Text => RawResponseBody::Text(String::from_utf8_lossy(&bytes).into_owned()),
            ResponseType::Binary => RawResponseBody::Binary(bytes),
        };
        Ok(RawResponse { status, headers, body })
    }
}

/// Whether `url` starts with a URL scheme (`http:`, `ftp:`, `HTTP:`, ...) or
/// is scheme-relative (`//host/...`): an absolute URL, never a path to join
/// to the base URL.
fn has_scheme(url: &str) -> bool {
    let url = url.trim_start();
    if url.starts_with("//") || url.starts_with("\\\\") {
        return true;
    }
    match url.find(':') {
        Some(i) => {
            let scheme = &url[..i];
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// A multipart field name goes into a part header: no control characters or
/// quotes.
fn check_part_text(field: &str, name: &str) -> Result<()> {
    if name.chars().any(|c| c.is_control() || c == '"') {
        return Err(Error::invalid(
            field,
            "a form field name must not hold control characters or quotes",
        ));
    }
    Ok(())
}

/// Name-value pairs (query parameters, headers). In JSON: an object, or a
/// list of `{"key": ..., "value": ...}` entries, which may repeat a name
/// (`callIds=1&callIds=2`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pairs(pub Vec<(String, String)>);

impl Pairs {
    /// True when there are no pairs.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct KeyValue {
    key: String,
    value: String,
}

impl serde::Serialize for Pairs {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            seq.serialize_element(&KeyValue {
                key: key.clone(),
                value: value.clone(),
            })?;
        }
        seq.end()
    }
}

impl<'de> serde::Deserialize<'de> for Pairs {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Either {
            Map(std::collections::BTreeMap<String, String>),
            List(Vec<KeyValue>),
        }
        Ok(
            match Either::deserialize(d).map_err(|_| {
                serde::de::Error::custom("expected an object of strings or a list of {\"key\", \"value\"} strings")
            })? {
                Either::Map(m) => Pairs(m.into_iter().collect()),
                Either::List(l) => Pairs(l.into_iter().map(|kv| (kv.key, kv.value)).collect()),
            },
        )
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Pairs {
    fn schema_name() -> String {
        "Pairs".into()
    }
    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        use schemars::schema::{Schema, SchemaObject, SubschemaValidation};
        let map = generator.subschema_for::<std::collections::BTreeMap<String, String>>();
        let list = generator.subschema_for::<Vec<KeyValue>>();
        Schema::Object(SchemaObject {
            subschemas: Some(Box::new(SubschemaValidation {
                any_of: Some(vec![map, list]),
                ..Default::default()
            })),
            ..Default::default()
        })
    }
}
