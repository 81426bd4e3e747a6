//! `gong raw`: any Gong endpoint with the configured credentials.

use std::path::PathBuf;

use clap::Args;
use gong_client::actions::RawRequestInput;
use gong_client::raw::RawResponseBody;
use serde_json::{Value, json};

use crate::context::{Ctx, LimitArg};
use crate::failure::Failure;
use crate::input::{Fields, InputArg};
use crate::output::{init_debug_log, write_bytes, write_out};

/// `gong raw`
#[derive(Debug, Args)]
pub struct RawArgs {
    /// HTTP method (GET when only a URL is given).
    #[arg(value_name = "METHOD")]
    pub method: Option<String>,
    /// Path under the base URL (/v2/calls) or an absolute URL on the API host.
    #[arg(value_name = "URL")]
    pub url: Option<String>,
    /// A query parameter (repeat).
    #[arg(long, value_name = "KEY=VALUE")]
    pub query: Vec<String>,
    /// A header (repeat).
    #[arg(long, value_name = "NAME=VALUE")]
    pub header: Vec<String>,
    /// JSON body (or @FILE).
    #[arg(long, value_name = "JSON")]
    pub data: Option<String>,
    /// A multipart text field (repeat).
    #[arg(long, value_name = "KEY=VALUE")]
    pub form: Vec<String>,
    /// A multipart file part: field name and path (repeat).
    #[arg(long, value_name = "FIELD=PATH")]
    pub file: Vec<String>,
    /// The file name sent for a file part (repeat; FIELD matches a --file).
    #[arg(long, value_name = "FIELD=NAME")]
    pub file_name: Vec<String>,
    /// What the response body is: json (default), text or binary.
    #[arg(long, value_name = "TYPE")]
    pub response_type: Option<String>,
    /// Time limit of each attempt, in milliseconds.
    #[arg(long, value_name = "MS")]
    pub timeout_ms: Option<u64>,
    /// Log the request on stderr (credentials redacted).
    #[arg(long)]
    pub debug: bool,
    /// Retries after the first attempt (default 0).
    #[arg(long, value_name = "N")]
    pub max_retries: Option<u32>,
    /// Delay between retries without --backoff, in milliseconds (default 0).
    #[arg(long, value_name = "MS")]
    pub retry_delay_ms: Option<u64>,
    /// Exponential backoff between retries (then --retry-delay-ms is ignored).
    #[arg(long)]
    pub backoff: bool,
    /// Retry every error status, not only 5xx and network errors.
    #[arg(long)]
    pub retry_on_all_errors: bool,
    /// Write the response body to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Follow Gong's cursor (`records.cursor` of each answer) to the last page, sending it
    /// back in the query (GET) or the JSON body (POST), and print the items of each answer's
    /// list as they arrive (JSON Lines when not on a terminal).
    #[arg(long)]
    pub paginate: bool,
    /// With --paginate: stop after N items (no further page is fetched).
    #[command(flatten)]
    pub limit: LimitArg,
    #[command(flatten)]
    pub input: InputArg,
}

/// Runs `gong raw`.
pub async fn run(ctx: &Ctx<'_>, a: &RawArgs) -> Result<(), Failure> {
    let (method, url) = match (&a.method, &a.url) {
        (Some(m), Some(u)) => (Some(m.clone()), Some(u.clone())),
        // One word: a URL (then GET, or the --input's method) or a method (URL from --input).
        (Some(one), None) if one.starts_with('/') || one.contains("://") => (None, Some(one.clone())),
        (Some(one), None) => (Some(one.clone()), None),
        _ => (None, None),
    };
    if url.is_none() && a.input.input.is_none() {
        return Err(Failure::Usage(
            "give the URL: gong raw [METHOD] URL (or a `url` in --input)".into(),
        ));
    }
    let input: RawRequestInput = Fields::new()
        .text("method", &method)
        .text("url", &url)
        .pairs("queryParameter", "query", &a.query)?
        .pairs("header", "header", &a.header)?
        .json("data", &a.data)?
        .pairs("formData", "form", &a.form)?
        .pairs("fileData", "file", &a.file)?
        .pairs("fileDataFileNames", "file-name", &a.file_name)?
        .text("responseType", &a.response_type.as_deref().map(str::to_ascii_lowercase))
        .integer("timeout", a.timeout_ms)
        .switch("debugRequest", a.debug)
        .integer("maxRetryCount", a.max_retries.map(u64::from))
        .integer("retryDelayMs", a.retry_delay_ms)
        .switch("useExponentialBackoff", a.backoff)
        .switch("retryOnAllErrors", a.retry_on_all_errors)
        .document(&a.input)
        .and_then(crate::input::deserialize)?;
    for path in input.file_data.values() {
        if !path.is_file() {
            return Err(Failure::Usage(format!(
                "fileData: {} is not a readable file",
                path.display()
            )));
        }
    }
    if input.debug_request {
        init_debug_log("gong_client");
    }
    if a.paginate {
        return paginate(ctx, a, input).await;
    }
    if a.limit.limit.is_some() {
        return Err(Failure::Usage(
            "--limit counts the items of a list: use it with --paginate".into(),
        ));
    }
    let request = input.into_request().await?;
    let client = ctx.client()?;
    let response = client.raw(request).await?;
    let bytes: Option<Vec<u8>> = match &response.body {
        RawResponseBody::Json(_) => None,
        RawResponseBody::Text(t) => Some(t.clone().into_bytes()),
        RawResponseBody::Binary(b) => Some(b.to_vec()),
        other => {
            return Err(Failure::Other(format!(
                "an answer this gong does not know how to print: {other:?}"
            )));
        }
    };
    if let Some(path) = &a.out {
        let data = match &response.body {
            RawResponseBody::Json(v) => serde_json::to_vec_pretty(v).unwrap_or_default(),
            _ => bytes.unwrap_or_default(),
        };
        std::fs::write(path, data).map_err(|e| Failure::Network(format!("writing {}: {e}", path.display())))?;
        return ctx.out.print(&json!({ "status": response.status, "written": path, }));
    }
    match response.body {
        RawResponseBody::Json(v) => ctx.out.print(&v),
        RawResponseBody::Text(t) => write_out(t.trim_end_matches('\n')),
        RawResponseBody::Binary(b) => {
            if ctx.out.is_terminal() {
                return Err(Failure::Usage(
                    "the answer is binary: write it with --out FILE or redirect stdout".into(),
                ));
            }
            write_bytes(&b)
        }
        other => Err(Failure::Other(format!(
            "an answer this gong does not know how to print: {other:?}"
        ))),
    }
}

/// Pages a request along Gong's cursor and prints the items of each page.
async fn paginate(ctx: &Ctx<'_>, a: &RawArgs, input: RawRequestInput) -> Result<(), Failure> {
    if a.out.is_some() {
        return Err(Failure::Usage(
            "--paginate prints the items; redirect stdout instead of --out".into(),
        ));
    }
    if !matches!(input.response_type, gong_client::raw::ResponseType::Json) {
        return Err(Failure::Usage(
            "--paginate reads JSON answers: drop --response-type".into(),
        ));
    }
    if !input.form_data.is_empty() || !input.file_data.is_empty() {
        return Err(Failure::Usage(
            "--paginate sends the cursor in the query or a JSON body, not in a multipart form".into(),
        ));
    }
    let in_query = input.method.eq_ignore_ascii_case("GET");
    if !in_query && input.data.as_ref().is_some_and(|d| !d.is_object()) {
        return Err(Failure::Usage(
            "--paginate: the body must be a JSON object, to carry the cursor".into(),
        ));
    }
    let client = ctx.client()?;
    let mut writer = ctx.out.list();
    let mut left = a.limit.limit.unwrap_or(u64::MAX);
    let mut cursor: Option<String> = None;
    let mut followed = std::collections::HashSet::new();
    let result = async {
        loop {
            let mut page = input.clone();
            if let Some(c) = &cursor {
                if in_query {
                    page.query_parameter.0.retain(|(k, _)| k != "cursor");
                    page.query_parameter.0.push(("cursor".into(), c.clone()));
                } else if let Some(body) = page.data.get_or_insert_with(|| json!({})).as_object_mut() {
                    body.insert("cursor".into(), Value::String(c.clone()));
                }
            }
            let response = client.raw(page.into_request().await?).await?;
            let RawResponseBody::Json(answer) = response.body else {
                return Err(Failure::Api("--paginate: the answer is not JSON".into()));
            };
            for item in items_of(&answer)? {
                if left == 0 {
                    break;
                }
                writer.push(item)?;
                left -= 1;
            }
            let next = answer
                .pointer("/records/cursor")
                .and_then(Value::as_str)
                .filter(|c| !c.is_empty());
            let Some(next) = next else { return Ok(()) };
            if left == 0 {
                tracing::info!(limit = a.limit.limit, "--limit reached; no further page requested");
                return Ok(());
            }
            if !followed.insert(next.to_owned()) {
                return Err(Failure::Api(
                    "--paginate: Gong sent back a cursor already followed; stopping instead of looping".into(),
                ));
            }
            cursor = Some(next.to_owned());
        }
    }
    .await;
    match result {
        Ok(()) => writer.finish(),
        Err(e) => {
            writer.abort()?;
            Err(e)
        }
    }
}

/// The items of one page: the one list in the answer (`calls`, `users`,
/// ...), or the answer itself when it holds no list.
fn items_of(answer: &Value) -> Result<Vec<&Value>, Failure> {
    let Some(map) = answer.as_object() else {
        return Ok(vec![answer]);
    };
    let lists: Vec<(&String, &Vec<Value>)> = map.iter().filter_map(|(k, v)| v.as_array().map(|a| (k, a))).collect();
    match lists.as_slice() {
        [] => Ok(vec![answer]),
        [(_, items)] => Ok(items.iter().collect()),
        _ => Err(Failure::Api(format!(
            "--paginate: the answer has several lists ({}); page it without --paginate",
            lists
                .iter()
                .map(|(k, _)| crate::terminal::sanitize(k))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}
