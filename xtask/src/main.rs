//! `cargo xtask`: maintenance of the Gong OpenAPI document and its bindings.
//!
//! - `refresh [--from PATH|URL]`: normalize an upstream document into
//!   `openapi/gong.json` (with a provenance record) and regenerate `generated/`.
//! - `generate`: regenerate `generated/` from `openapi/gong.json`.
//! - `check [--upstream PATH|URL] [--json]`: fail when `generated/` is stale, and
//!   with `--upstream`, report drift between the upstream and `openapi/gong.json`.
//!
//! The project root is the workspace root, or `$GONG_XTASK_ROOT` when set
//! (the integration tests run the binary against temporary copies).

mod drift;
mod normalize;
mod table;

#[allow(dead_code)]
#[path = "../../build.rs"]
mod build_script;

use build_script::{codegen, sha256_hex};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Gong's published OpenAPI document.
const GONG_SPEC_URL: &str = "https://gong.app.gong.io/ajax/settings/api/documentation/specs?version=";

const USAGE: &str = "usage:
  cargo xtask refresh [--from PATH|URL]      normalize upstream into openapi/gong.json, regenerate generated/
  cargo xtask generate                       regenerate generated/ from openapi/gong.json
  cargo xtask check [--upstream PATH|URL] [--json]
                                             fail on stale generated/ or on drift from an upstream document";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::from(2)
        }
    }
}

fn flag_value(args: &[String], name: &str) -> Result<Option<String>, String> {
    match args.iter().position(|a| a == name) {
        None => Ok(None),
        Some(i) => args
            .get(i + 1)
            .cloned()
            .map(Some)
            .ok_or_else(|| format!("{name} needs a value\n{USAGE}")),
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let known = ["--from", "--upstream", "--json"];
    for a in args.iter().skip(1) {
        if a.starts_with("--") && !known.contains(&a.as_str()) {
            return Err(format!("unknown option {a}\n{USAGE}"));
        }
    }
    match args.first().map(String::as_str) {
        Some("refresh") => {
            let source = flag_value(args, "--from")?.unwrap_or_else(|| GONG_SPEC_URL.to_owned());
            refresh(&source)?;
            Ok(ExitCode::SUCCESS)
        }
        Some("generate") => {
            generate()?;
            Ok(ExitCode::SUCCESS)
        }
        Some("check") => check(
            flag_value(args, "--upstream")?.as_deref(),
            args.iter().any(|a| a == "--json"),
        ),
        _ => Err(USAGE.to_owned()),
    }
}

/// Environment variable that points xtask at another project root (its
/// integration tests use a temporary copy of the repository).
const ROOT_OVERRIDE: &str = "GONG_XTASK_ROOT";

/// The project root: `$GONG_XTASK_ROOT` when set, else the workspace root
/// (the parent of this crate).
fn root() -> PathBuf {
    match std::env::var_os(ROOT_OVERRIDE) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask lives in the workspace")
            .to_path_buf(),
    }
}

/// Reads a document from a local path or an http(s) URL.
fn fetch(source: &str) -> Result<Vec<u8>, String> {
    if source.starts_with("http://") || source.starts_with("https://") {
        let mut response = ureq::get(source)
            .call()
            .map_err(|e| format!("fetching {source}: {e}"))?;
        response
            .body_mut()
            .with_config()
            .limit(64 * 1024 * 1024)
            .read_to_vec()
            .map_err(|e| format!("reading {source}: {e}"))
    } else {
        std::fs::read(source).map_err(|e| format!("reading {source}: {e}"))
    }
}

/// Writes a file through a temporary sibling and a rename, so that a reader
/// never sees half a file.
fn write_atomic(path: &Path, contents: &[u8]) -> Result<(), String> {
    let tmp = path.with_extension("tmp~");
    std::fs::write(&tmp, contents).map_err(|e| format!("writing {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| format!("renaming to {}: {e}", path.display()))
}

fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).expect("JSON values serialize");
    s.push('\n');
    s
}

/// Normalizes the upstream document at `source`.
fn normalized_from(source: &str) -> Result<(Value, Vec<u8>), String> {
    let raw = fetch(source)?;
    let upstream: Value = serde_json::from_slice(&raw).map_err(|e| format!("{source} is not JSON: {e}"))?;
    if upstream.get("paths").is_none() {
        return Err(format!("{source} has no `paths`: not an OpenAPI document"));
    }
    Ok((normalize::normalize(&upstream), raw))
}

/// Today's date (UTC), `YYYY-MM-DD`.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    // Civil-from-days (proleptic Gregorian).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The project's document as it is now, if there is one.
fn current_document() -> Result<Option<Value>, String> {
    match std::fs::read(root().join("openapi/gong.json")) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| format!("openapi/gong.json: {e}")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("openapi/gong.json: {e}")),
    }
}

fn refresh(source: &str) -> Result<(), String> {
    let (mut doc, raw) = normalized_from(source)?;
    if let Some(previous) = current_document()? {
        for key in normalize::keep_deprecated(&mut doc, &previous) {
            eprintln!("note: {key} is no longer upstream; kept from openapi/gong.json, marked deprecated");
        }
    }
    let ids = normalize::operation_ids(&doc);
    let mut seen = std::collections::BTreeSet::new();
    for (key, id) in &ids {
        if !seen.insert(id) {
            return Err(format!("operationId {id} of {key} is not unique"));
        }
        if table::operation(key).is_none() {
            eprintln!("note: {key} is new: add its row (summary, scope, retry, cursor, action) to xtask/src/table.rs");
        }
    }
    let dir = root().join("openapi");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let upstream_sha256 = sha256_hex(&raw);
    // The date records when this upstream content was first seen, so an
    // unchanged upstream reproduces the record byte for byte.
    let provenance_path = dir.join("provenance.json");
    let previous: Option<Value> = std::fs::read(&provenance_path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok());
    let retrieved = match &previous {
        Some(p) if p["upstream_sha256"] == upstream_sha256.as_str() => {
            p["retrieved"].as_str().unwrap_or_default().to_owned()
        }
        _ => today(),
    };
    let provenance = json!({
        "source": source,
        "retrieved": retrieved,
        "upstream_sha256": upstream_sha256,
        "operations": ids.len(),
    });
    write_atomic(&dir.join("gong.json"), pretty(&doc).as_bytes())?;
    write_atomic(&provenance_path, pretty(&provenance).as_bytes())?;
    eprintln!("openapi/gong.json: {} operations from {source}", ids.len());
    generate()
}

fn generated_files() -> Result<Vec<(PathBuf, String)>, String> {
    let spec =
        std::fs::read_to_string(root().join("openapi/gong.json")).map_err(|e| format!("openapi/gong.json: {e}"))?;
    let g = codegen::generate(&spec)?;
    let dir = root().join("generated");
    Ok(vec![
        (dir.join("gong_api.rs"), g.api),
        (dir.join("httpmock.rs"), g.httpmock),
    ])
}

fn generate() -> Result<(), String> {
    std::fs::create_dir_all(root().join("generated")).map_err(|e| e.to_string())?;
    for (path, text) in generated_files()? {
        write_atomic(&path, text.as_bytes())?;
        eprintln!("wrote {}", path.strip_prefix(root()).unwrap_or(&path).display());
    }
    Ok(())
}

fn check(upstream: Option<&str>, as_json: bool) -> Result<ExitCode, String> {
    let mut failed = false;
    let mut stale = Vec::new();
    for (path, fresh) in generated_files()? {
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != fresh {
            let name = path.strip_prefix(root()).unwrap_or(&path).display().to_string();
            let diff = similar::TextDiff::from_lines(&committed, &fresh);
            let text = diff
                .unified_diff()
                .context_radius(3)
                .header(&name, &format!("{name} (fresh)"))
                .to_string();
            stale.push(json!({ "file": name, "diff": text }));
        }
    }
    if !stale.is_empty() {
        failed = true;
    }
    let mut report = None;
    if let Some(source) = upstream {
        let ours = current_document()?.ok_or("openapi/gong.json is missing")?;
        let (theirs, _) = normalized_from(source)?;
        let r = drift::Facts::of(&ours).drift(&drift::Facts::of(&theirs));
        failed |= !r.is_empty();
        report = Some(r);
    }
    if as_json {
        println!("{}", pretty(&json!({ "stale_generated": stale, "drift": report })));
    } else {
        for s in &stale {
            println!(
                "generated/ is stale; run `cargo xtask generate`:\n{}",
                s["diff"].as_str().unwrap_or_default()
            );
        }
        if stale.is_empty() {
            println!("generated/ matches openapi/gong.json.");
        }
        if let (Some(r), Some(source)) = (&report, upstream) {
            println!("Drift against {source}:\n{}", r.render());
        }
    }
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
