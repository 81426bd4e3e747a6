//! The spec pipeline's promises about the repository itself:
//!
//! - every operation of `openapi/gong.json` has a generated method on
//!   `gong_client::api::Client`, except the multipart ones the facade writes
//!   by hand, which are named here;
//! - the bindings compiled into the crate are the committed `generated/` copy;
//! - no tracked file carries the serializer's residue key or any sentence of
//!   Gong's upstream prose (checked against `../shared/gong-openapi/*.json`,
//!   skipped with a message when those snapshots are absent).

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
}

/// `METHOD /path` -> operation, for every operation of the document.
fn operations(doc: &Value) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for (path, item) in doc["paths"].as_object().expect("the document has paths") {
        for (method, op) in item.as_object().expect("path items are objects") {
            if ["get", "put", "post", "delete", "patch", "head", "options", "trace"].contains(&method.as_str()) {
                out.insert(format!("{} {path}", method.to_uppercase()), op.clone());
            }
        }
    }
    out
}

/// The generated method's name for an operationId, from the generated
/// operation table.
fn rust_name(id: &str) -> String {
    gong_client::api::operations::find(id)
        .unwrap_or_else(|| panic!("{id} is not in the generated operation table"))
        .rust_name
        .to_owned()
}

/// The table's names are the ones progenitor wrote: every generated
/// operation's name appears as its builder's `OperationInfo`, and its
/// builder's public `send` hands the operation's own constant to the mapping.
#[test]
fn operation_table_names_are_progenitors() {
    let api = read("generated/gong_api.rs");
    for op in gong_client::api::operations::ALL.iter().filter(|o| o.generated) {
        let info = format!("operation_id: \"{}\"", op.rust_name);
        assert!(api.contains(&info), "no builder sends {info}");
        let constant = format!("&super::operations::{}", op.rust_name.to_uppercase());
        assert!(api.contains(&constant), "no builder's send passes {constant}");
    }
    assert_eq!(
        rust_name("listCRMCallsManualAssociation"),
        "list_crm_calls_manual_association"
    );
}

/// Names of the `pub fn`s of the `impl Client` block that holds the
/// operation methods (the one after the constructors).
fn generated_client_methods(api: &str) -> BTreeSet<String> {
    let mut methods = BTreeSet::new();
    for block in api.split("\nimpl Client {\n").skip(1) {
        let body = block.split("\n}\n").next().unwrap_or_default();
        for line in body.lines() {
            if let Some(rest) = line.trim_start().strip_prefix("pub fn ") {
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                methods.insert(name);
            }
        }
    }
    methods.remove("new");
    methods.remove("new_with_client");
    methods
}

#[test]
fn every_operation_has_a_generated_method_except_the_handwritten_multipart_ones() {
    let doc: Value = serde_json::from_str(&read("openapi/gong.json")).expect("openapi/gong.json is JSON");
    let api = read("generated/gong_api.rs");
    let methods = generated_client_methods(&api);

    // Operations the facade writes by hand: multipart bodies, which code
    // generation cannot produce.
    let handwritten_expected: BTreeSet<String> = ["PUT /v2/calls/{id}/media", "POST /v2/crm/entities"]
        .into_iter()
        .map(str::to_owned)
        .collect();

    let mut handwritten = BTreeSet::new();
    let mut expected_methods = BTreeSet::new();
    let mut missing = Vec::new();
    for (key, op) in operations(&doc) {
        let id = op["operationId"]
            .as_str()
            .unwrap_or_else(|| panic!("{key} has no operationId"));
        let name = rust_name(id);
        if op.get("x-gong-codegen").and_then(Value::as_str) == Some("handwritten") {
            let multipart = op["requestBody"]["content"]
                .as_object()
                .is_some_and(|c| c.keys().any(|k| k.starts_with("multipart/")));
            assert!(multipart, "{key} is marked handwritten but has no multipart body");
            assert!(
                !methods.contains(&name),
                "{key} is left to the facade, yet a generated `{name}` exists"
            );
            handwritten.insert(key);
            continue;
        }
        if !methods.contains(&name) {
            missing.push(format!("{key} ({id} -> {name})"));
        }
        expected_methods.insert(name);
    }
    assert!(
        missing.is_empty(),
        "operations without a generated method: {missing:#?}"
    );
    assert_eq!(handwritten, handwritten_expected, "the operations left to the facade");
    assert_eq!(
        methods, expected_methods,
        "generated methods that match no operation of the document"
    );
    assert!(
        expected_methods.len() >= 50,
        "only {} operations found",
        expected_methods.len()
    );
}

/// The text scan above agrees with the compiled crate: these are real methods
/// of `gong_client::api::Client`.
#[test]
fn generated_methods_are_part_of_the_crate() {
    let _list_calls = gong_client::api::Client::list_calls;
    let _extensive = gong_client::api::Client::list_calls_extensive;
    #[allow(deprecated)] // kept after Gong dropped it; still generated
    let _manual = gong_client::api::Client::list_crm_calls_manual_association;
}

/// What `build.rs` generated for this build is the committed `generated/`
/// copy (both come from `openapi/gong.json` through the same generator).
#[test]
fn compiled_bindings_are_the_committed_ones() {
    let built = std::fs::read_to_string(concat!(env!("OUT_DIR"), "/gong_api.rs")).expect("build.rs output");
    let committed = read("generated/gong_api.rs");
    assert!(
        built == committed,
        "generated/gong_api.rs differs from build.rs output; run `cargo xtask generate`"
    );
}

/// Tracked files (`git ls-files`), or `None` (with a message) outside a git
/// checkout; a checkout where git fails is a test failure.
fn tracked_files(test: &str) -> Option<Vec<PathBuf>> {
    let out = std::process::Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root())
        .output();
    match out {
        Ok(out) if out.status.success() => Some(
            out.stdout
                .split(|b| *b == 0)
                .filter(|p| !p.is_empty())
                .map(|p| root().join(String::from_utf8_lossy(p).as_ref()))
                // A tracked file deleted in the working tree is not content.
                .filter(|p| p.is_file())
                .collect(),
        ),
        // A checkout whose git fails (git missing, or "dubious ownership"
        // when another user owns it) must not pass by skipping.
        failed if root().join(".git").exists() => panic!(
            "{test}: `git ls-files` failed in a git checkout: {}",
            match &failed {
                Ok(out) => String::from_utf8_lossy(&out.stderr).into_owned(),
                Err(e) => e.to_string(),
            }
        ),
        _ => {
            eprintln!("skipping {test}: not a git checkout");
            None
        }
    }
}

fn relative(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

#[test]
fn no_tracked_file_carries_the_serializer_residue_key() {
    // Spelled in two halves so that this file does not contain it.
    let key = concat!("example", "SetFlag");
    let Some(files) = tracked_files("no_tracked_file_carries_the_serializer_residue_key") else {
        return;
    };
    let mut offenders = Vec::new();
    for file in &files {
        let rel = relative(file);
        let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("reading {rel}: {e}"));
        let text = String::from_utf8_lossy(&bytes);
        let count = text.matches(key).count();
        if count > 0 {
            offenders.push(format!("{rel}: {count} occurrence(s)"));
        }
    }
    assert!(offenders.is_empty(), "{key} found in tracked files: {offenders:#?}");
}

// ---------------------------------------------------------- upstream prose

/// Every `description`/`summary` string longer than 30 characters in a JSON
/// document.
fn collect_prose(v: &Value, out: &mut HashSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                match child {
                    Value::String(s) if (k == "description" || k == "summary") && s.chars().count() > 30 => {
                        out.insert(s.clone());
                    }
                    _ => collect_prose(child, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_prose(i, out)),
        _ => {}
    }
}

/// Length of the window hashed for the search: every needle is longer than
/// 30 characters, so at least 31 bytes.
const WINDOW: usize = 31;
const BASE: u64 = 0x100_0000_01b3;

fn window_hash(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0u64, |h, &b| h.wrapping_mul(BASE).wrapping_add(u64::from(b)))
}

/// Finds which of many long needles occur in a text: a rolling hash of every
/// `WINDOW`-byte window is looked up among the needles' first windows, and
/// candidates are confirmed byte by byte.
struct ProseIndex {
    needles: Vec<Vec<u8>>,
    by_prefix: HashMap<u64, Vec<usize>>,
    /// 2^20-bit prefilter on the hash, so most windows skip the map.
    filter: Vec<u64>,
}

impl ProseIndex {
    fn new(needles: Vec<Vec<u8>>) -> ProseIndex {
        let mut by_prefix: HashMap<u64, Vec<usize>> = HashMap::new();
        let mut filter = vec![0u64; 1 << 14];
        for (i, n) in needles.iter().enumerate() {
            assert!(n.len() >= WINDOW);
            let h = window_hash(&n[..WINDOW]);
            by_prefix.entry(h).or_default().push(i);
            let bit = (h >> 44) as usize;
            filter[bit >> 6] |= 1 << (bit & 63);
        }
        ProseIndex {
            needles,
            by_prefix,
            filter,
        }
    }

    /// Indices of the needles found in `text`.
    fn find_in(&self, text: &[u8]) -> BTreeSet<usize> {
        let mut found = BTreeSet::new();
        if text.len() < WINDOW {
            return found;
        }
        let top = (0..WINDOW - 1).fold(1u64, |p, _| p.wrapping_mul(BASE));
        let mut h = window_hash(&text[..WINDOW]);
        let mut start = 0;
        loop {
            let bit = (h >> 44) as usize;
            if self.filter[bit >> 6] & (1 << (bit & 63)) != 0
                && let Some(candidates) = self.by_prefix.get(&h)
            {
                for &i in candidates {
                    if text[start..].starts_with(&self.needles[i]) {
                        found.insert(i);
                    }
                }
            }
            let end = start + WINDOW;
            if end >= text.len() {
                break;
            }
            h = h
                .wrapping_sub(u64::from(text[start]).wrapping_mul(top))
                .wrapping_mul(BASE)
                .wrapping_add(u64::from(text[end]));
            start += 1;
        }
        found
    }
}

#[test]
fn prose_index_finds_needles() {
    let needles = vec![
        b"a needle that is well over thirty-one bytes long".to_vec(),
        b"another needle, also longer than the window size".to_vec(),
    ];
    let index = ProseIndex::new(needles);
    let hay = b"xx a needle that is well over thirty-one bytes long, and more text";
    assert_eq!(index.find_in(hay), BTreeSet::from([0]));
    assert_eq!(
        index.find_in(b"another needle, also longer than the window size"),
        BTreeSet::from([1])
    );
    assert!(index.find_in(b"a needle that is well over thirty-one bytes").is_empty());
}

/// The sentences of a description: split at line breaks, HTML tags and
/// sentence ends, trimmed.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in text.split(['\n', '<', '>']) {
        for sentence in piece.split_inclusive(". ") {
            out.push(sentence.trim().to_owned());
        }
    }
    out
}

#[test]
fn no_upstream_prose_in_tracked_files() {
    let shared = root().join("../shared/gong-openapi");
    let snapshots = ["gong-v2-2024-02.json", "gong-v2-2025-01.json", "gong-v2-2026-07.json"].map(|f| shared.join(f));
    if !snapshots.iter().all(|p| p.is_file()) {
        eprintln!("skipping no_upstream_prose_in_tracked_files: ../shared/gong-openapi/ (Gong's snapshots) is absent");
        return;
    }
    let Some(files) = tracked_files("no_upstream_prose_in_tracked_files") else {
        return;
    };
    let mut prose = HashSet::new();
    for path in &snapshots {
        let bytes = std::fs::read(path).expect("snapshot is readable");
        let doc: Value = serde_json::from_slice(&bytes).expect("snapshot is JSON");
        collect_prose(&doc, &mut prose);
    }
    assert!(prose.len() > 100, "only {} upstream descriptions found", prose.len());

    // Each sentence as written, trimmed, and as it would appear inside a JSON
    // string (escaped quotes, newlines, slashes).
    let mut forms: Vec<(Vec<u8>, String)> = Vec::new();
    let mut seen = HashSet::new();
    // Sentences of a description count too: each line, and each piece
    // between sentence ends or HTML tags, trimmed.
    for s in &prose {
        let escaped = serde_json::to_string(s).expect("strings serialize");
        let escaped = escaped[1..escaped.len() - 1].to_owned();
        let mut candidates = vec![s.clone(), s.trim().to_owned(), escaped];
        candidates.extend(sentences(s));
        for form in candidates {
            if form.chars().count() > 30 && seen.insert(form.clone()) {
                forms.push((form.clone().into_bytes(), s.clone()));
            }
        }
    }
    let (needles, originals): (Vec<Vec<u8>>, Vec<String>) = forms.into_iter().unzip();
    let index = ProseIndex::new(needles);

    // Self-check: the search finds the snapshot's own sentences in its text
    // (all but the few the upstream escapes differently).
    let raw = std::fs::read(&snapshots[1]).expect("snapshot is readable");
    let mut own = HashSet::new();
    collect_prose(&serde_json::from_slice(&raw).expect("snapshot is JSON"), &mut own);
    let found: HashSet<&String> = index.find_in(&raw).into_iter().map(|i| &originals[i]).collect();
    let found_own = own.iter().filter(|s| found.contains(s)).count();
    assert!(
        found_own * 10 >= own.len() * 9,
        "the search found only {found_own} of {} sentences in the snapshot itself",
        own.len()
    );

    let mut hits = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("reading {}: {e}", relative(file)));
        for i in index.find_in(&bytes) {
            let shown: String = originals[i].chars().take(80).collect();
            hits.push(format!("{}: {shown:?}", relative(file)));
        }
    }
    assert!(
        hits.is_empty(),
        "{} upstream sentence(s) in tracked files:\n{}",
        hits.len(),
        hits.join("\n")
    );
}

/// The operation table's facts (`x-gong-*`, from `xtask/src/table.rs`)
/// agree with the document's own shape: a listing's cursor travels where
/// the document has a `cursor` (query parameter or top-level body
/// property); only POSTs the table marks are retried; every generated
/// constant carries the document's facts.
#[test]
fn operation_facts_agree_with_the_document() {
    use gong_client::paging::CursorIn;
    use gong_client::retry::Idempotency;
    let doc: Value = serde_json::from_str(&read("openapi/gong.json")).expect("openapi/gong.json is JSON");
    for (key, op) in operations(&doc) {
        let id = op["operationId"].as_str().expect("an operationId");
        let row = gong_client::api::operations::find(id).unwrap_or_else(|| panic!("{key} not in the table"));
        let in_query = op["parameters"]
            .as_array()
            .is_some_and(|ps| ps.iter().any(|p| p["name"] == "cursor" && p["in"] == "query"));
        let body = &op["requestBody"]["content"]["application/json"]["schema"];
        let body = match body["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
        {
            Some(name) => &doc["components"]["schemas"][name],
            None => body,
        };
        let in_body = body["properties"].get("cursor").is_some();
        let expected = match (in_query, in_body) {
            (true, _) => Some(CursorIn::Query),
            (false, true) => Some(CursorIn::Body),
            (false, false) => None,
        };
        assert_eq!(row.cursor, expected, "{key}: where its cursor travels");
        assert_eq!(
            op.get("x-gong-cursor").and_then(Value::as_str),
            expected.map(|c| if c == CursorIn::Query { "query" } else { "body" }),
            "{key}"
        );
        match row.method {
            "GET" | "PUT" | "DELETE" => assert_eq!(row.idempotency, Idempotency::Idempotent, "{key}"),
            _ => {}
        }
        // A listing that pages repeats its request: it must be safe to.
        if expected.is_some() {
            assert_eq!(
                row.idempotency,
                Idempotency::Idempotent,
                "{key} pages, so it only reads"
            );
        }
        let written = op["x-gong-idempotency"]
            .as_str()
            .unwrap_or_else(|| panic!("{key}: no x-gong-idempotency"));
        let generated = match row.idempotency {
            Idempotency::Idempotent => "idempotent",
            Idempotency::Deduplicated => "deduplicated",
            _ => "non-idempotent",
        };
        assert_eq!(written, generated, "{key}");
    }
    // The one POST Gong deduplicates, and the reads the transport repeats.
    assert_eq!(
        gong_client::api::operations::ADD_CALL.idempotency,
        Idempotency::Deduplicated
    );
    let read_only_posts = gong_client::api::operations::ALL
        .iter()
        .filter(|o| o.method == "POST" && o.idempotency == Idempotency::Idempotent)
        .count();
    // Eleven since 2025, and 2026's `POST /v2/flows/steps` and `POST /v2/tasks`.
    assert_eq!(read_only_posts, 13);
}

/// build.rs removes typify's struct builders (`types::builder`) and keeps
/// progenitor's request builders (`builder`): a generator change that brings
/// the type builders back, or drops the request builders, shows here.
#[test]
fn the_committed_bindings_have_request_builders_and_no_type_builders() {
    let text = std::fs::read_to_string(root().join("generated/gong_api.rs")).unwrap();
    assert!(
        !text.contains("types::builder"),
        "typify's type builders are back in generated/gong_api.rs"
    );
    assert_eq!(
        text.matches("pub mod builder {").count(),
        1,
        "generated/gong_api.rs should have exactly one builder module (progenitor's request builders)"
    );
    assert!(text.contains("pub mod types {"), "no types module");
}
