//! Integration tests of the `xtask` binary: `refresh` reproduces the committed
//! document and bindings, `refresh` fetches over HTTP, `check` reports stale
//! bindings with a unified diff, and `check --upstream` reports exactly the
//! drift between the two upstream snapshots.
//!
//! Every run points the binary at a temporary project root through
//! `GONG_XTASK_ROOT`, except the read-only drift checks, which use the
//! repository itself. Tests that need Gong's snapshots in
//! `../shared/gong-openapi/` print a message and pass when they are absent.

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

const SNAPSHOT_2026: &str = "../shared/gong-openapi/gong-v2-2026-07.json";
const SNAPSHOT_2025: &str = "../shared/gong-openapi/gong-v2-2025-01.json";

/// Files `refresh` writes, relative to the project root.
const OUTPUTS: [&str; 4] = [
    "openapi/gong.json",
    "openapi/provenance.json",
    "generated/gong_api.rs",
    "generated/httpmock.rs",
];

/// The repository root (the parent of the xtask crate).
fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// True when the upstream snapshots are present; otherwise prints why the
/// calling test is skipped.
fn have_snapshots(test: &str) -> bool {
    let present = [SNAPSHOT_2026, SNAPSHOT_2025]
        .iter()
        .all(|s| workspace().join(s).is_file());
    if !present {
        eprintln!("skipping {test}: ../shared/gong-openapi/ (Gong's upstream snapshots) is absent");
    }
    present
}

/// A temporary project root, removed on drop.
struct TempRoot(PathBuf);

impl TempRoot {
    /// An empty root with `openapi/` and `generated/`, plus copies of the
    /// given repository files.
    fn with(copies: &[&str]) -> TempRoot {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "gong-xtask-test-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        for sub in ["openapi", "generated"] {
            std::fs::create_dir_all(dir.join(sub)).expect("temp dir is writable");
        }
        for file in copies {
            std::fs::copy(workspace().join(file), dir.join(file)).unwrap_or_else(|e| panic!("copying {file}: {e}"));
        }
        TempRoot(dir)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    fn read(&self, rel: &str) -> Vec<u8> {
        std::fs::read(self.path(rel)).unwrap_or_else(|e| panic!("reading {rel} in the temp root: {e}"))
    }
}

impl Drop for TempRoot {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs xtask from the repository root (so relative snapshot paths resolve as
/// they do for `cargo xtask`), against `root` when given.
fn xtask(root: Option<&TempRoot>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_xtask"));
    cmd.args(args).current_dir(workspace()).env_remove("GONG_XTASK_ROOT");
    if let Some(r) = root {
        cmd.env("GONG_XTASK_ROOT", &r.0);
    }
    cmd.output().expect("the xtask binary runs")
}

fn describe(out: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}\n--- stderr\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The library's build script, for its one `sha256_hex` (xtask compiles it
/// the same way).
#[allow(dead_code)]
#[path = "../../build.rs"]
mod build_script;
use build_script::sha256_hex;

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("expected an array, got {v}"))
        .iter()
        .map(|s| s.as_str().expect("report entries are strings").to_owned())
        .collect()
}

fn sorted(items: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = items.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

// ------------------------------------------------------------------ refresh

/// `cargo xtask refresh --from ../shared/gong-openapi/gong-v2-2026-07.json`
/// reproduces the committed document, provenance and bindings byte for byte,
/// keeping the operation Gong deprecated (and dropped from its 2026 document)
/// from the previous `openapi/gong.json`.
#[test]
fn refresh_reproduces_the_committed_files() {
    if !have_snapshots("refresh_reproduces_the_committed_files") {
        return;
    }
    // Only the provenance record is carried over: it holds the date this
    // upstream content was first seen. Everything else is written afresh.
    // The previous document is read for the operations kept after Gong
    // deprecated them.
    let root = TempRoot::with(&["openapi/provenance.json", "openapi/gong.json"]);
    let out = xtask(Some(&root), &["refresh", "--from", SNAPSHOT_2026]);
    assert!(out.status.success(), "refresh failed: {}", describe(&out));
    for file in OUTPUTS {
        let committed = std::fs::read(workspace().join(file)).expect("committed file is readable");
        let fresh = root.read(file);
        assert!(
            committed == fresh,
            "{file} does not reproduce: committed {} bytes (sha256 {}), refreshed {} bytes (sha256 {})",
            committed.len(),
            sha256_hex(&committed),
            fresh.len(),
            sha256_hex(&fresh)
        );
    }
    // No temporary files left behind by the atomic writes.
    for dir in ["openapi", "generated"] {
        for entry in std::fs::read_dir(root.path(dir)).expect("dir is readable") {
            let name = entry.expect("dir entry").file_name();
            assert!(
                !name.to_string_lossy().ends_with('~'),
                "leftover temporary file {dir}/{name:?}"
            );
        }
    }
    // A fresh refresh is, by construction, not stale.
    let out = xtask(Some(&root), &["check"]);
    assert!(out.status.success(), "check after refresh failed: {}", describe(&out));
}

/// A tiny HTTP/1.1 server that answers every `GET /spec.json` with `body`
/// (and 404 otherwise). Returns the base URL.
fn serve(body: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("can bind a local port");
    let addr = listener.local_addr().expect("bound address");
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("stream clones"));
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            // Skip the headers.
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                line.clear();
            }
            let found = request_line.starts_with("GET /spec.json ");
            let (status, payload): (&str, &[u8]) = if found {
                ("200 OK", &body)
            } else {
                ("404 Not Found", b"not here")
            };
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                payload.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(payload);
            let _ = stream.flush();
        }
    });
    format!("http://{addr}")
}

/// A small OpenAPI document written for this test: upper-case styles, a
/// `*/*` response, serializer residue, prose, an id, and a multipart upload.
fn handmade_upstream() -> String {
    r##"{
  "openapi": "3.0.1",
  "info": { "title": "Widget service for the xtask test", "version": "1" },
  "servers": [ { "url": "https://127.0.0.1:8443" } ],
  "paths": {
    "/v2/widgets": {
      "get": {
        "operationId": "listWidgets",
        "description": "Hand-written prose that must be dropped. Needs api:widgets:read to run.",
        "parameters": [
          { "name": "cursor", "in": "query", "style": "FORM", "schema": { "type": "string", "RESIDUE": false } }
        ],
        "responses": {
          "200": {
            "description": "A page of widgets",
            "content": { "*/*": { "schema": { "$ref": "#/components/schemas/WidgetPage" } } }
          }
        }
      }
    },
    "/v2/widgets/{id}/picture": {
      "put": {
        "operationId": "uploadWidgetPicture",
        "parameters": [ { "name": "id", "in": "path", "required": true, "style": "SIMPLE", "schema": { "type": "string" } } ],
        "requestBody": {
          "content": {
            "multipart/form-data": {
              "schema": { "type": "object", "properties": { "picture": { "type": "string", "format": "binary" } } }
            }
          }
        },
        "responses": { "200": { "description": "Stored" } }
      }
    }
  },
  "components": {
    "schemas": {
      "WidgetPage": {
        "type": "object",
        "description": "Hand-written schema prose, also dropped by the normalizer.",
        "RESIDUE": false,
        "properties": {
          "widgets": { "type": "array", "items": { "$ref": "#/components/schemas/Widget" } }
        }
      },
      "Widget": {
        "type": "object",
        "properties": {
          "id": { "type": "string", "description": "Widget id, up to 20 digits" },
          "colour": { "type": "string", "enum": ["Red", "Green", "Green"] }
        }
      }
    }
  }
}
"##
    // The serializer's residue key, spelled so that no tracked file names it.
    .replace("RESIDUE", concat!("example", "SetFlag"))
}

/// `refresh --from http://127.0.0.1:PORT/spec.json` normalizes what a local
/// server sends, records the URL and the upstream hash, and regenerates.
#[test]
fn refresh_fetches_over_http() {
    let body = handmade_upstream().into_bytes();
    let url = format!("{}/spec.json", serve(body.clone()));
    let root = TempRoot::with(&[]);
    let out = xtask(Some(&root), &["refresh", "--from", &url]);
    assert!(out.status.success(), "refresh from {url} failed: {}", describe(&out));

    let provenance: Value = serde_json::from_slice(&root.read("openapi/provenance.json")).expect("provenance is JSON");
    assert_eq!(provenance["source"], url.as_str());
    assert_eq!(provenance["upstream_sha256"], sha256_hex(&body).as_str());
    assert_eq!(provenance["operations"], 2);

    let text = String::from_utf8(root.read("openapi/gong.json")).expect("document is UTF-8");
    for gone in [
        "Hand-written",
        "127.0.0.1",
        concat!("example", "SetFlag"),
        "\"FORM\"",
        "\"SIMPLE\"",
        "*/*",
    ] {
        assert!(
            !text.contains(gone),
            "normalized document still contains {gone:?}:\n{text}"
        );
    }
    let doc: Value = serde_json::from_str(&text).expect("document is JSON");
    let list = &doc["paths"]["/v2/widgets"]["get"];
    assert_eq!(list["x-gong-scope"], "api:widgets:read");
    assert_eq!(list["parameters"][0]["style"], "form");
    assert!(list["summary"].is_string(), "every operation gets a summary: {list}");
    assert_eq!(doc["servers"][0]["url"], "https://api.gong.io");
    let upload = &doc["paths"]["/v2/widgets/{id}/picture"]["put"];
    assert_eq!(upload["x-gong-codegen"], "handwritten");

    let api = String::from_utf8(root.read("generated/gong_api.rs")).expect("bindings are UTF-8");
    assert!(
        api.starts_with("// @generated from openapi/gong.json"),
        "header missing"
    );
    assert!(api.contains("pub fn list_widgets("), "no method for listWidgets");
    assert!(
        !api.contains("pub fn upload_widget_picture("),
        "the multipart operation must be left to the facade"
    );
    assert!(!root.read("generated/httpmock.rs").is_empty());

    // Gong's own snapshot over HTTP gives the committed document.
    if have_snapshots("refresh_fetches_over_http (2026-07 part)") {
        let body = std::fs::read(workspace().join(SNAPSHOT_2026)).expect("snapshot is readable");
        let url = format!("{}/spec.json", serve(body));
        let root = TempRoot::with(&["openapi/gong.json"]);
        let out = xtask(Some(&root), &["refresh", "--from", &url]);
        assert!(out.status.success(), "refresh from {url} failed: {}", describe(&out));
        for file in ["openapi/gong.json", "generated/gong_api.rs"] {
            let committed = std::fs::read(workspace().join(file)).expect("committed file is readable");
            assert!(
                committed == root.read(file),
                "{file} from HTTP differs from the committed one"
            );
        }
    }
}

#[test]
fn refresh_reports_a_missing_server() {
    // Bind then drop a listener: nothing answers on that port any more.
    let port = TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let root = TempRoot::with(&[]);
    let out = xtask(
        Some(&root),
        &["refresh", "--from", &format!("http://127.0.0.1:{port}/spec.json")],
    );
    assert!(
        !out.status.success(),
        "refresh without a server succeeded: {}",
        describe(&out)
    );
    assert!(
        !root.path("openapi/gong.json").exists(),
        "nothing is written on failure"
    );
}

// -------------------------------------------------------------------- check

/// A `generated/` file that differs from a fresh generation fails `check`
/// with a unified diff.
#[test]
fn check_fails_with_a_unified_diff_on_stale_generated_files() {
    let root = TempRoot::with(&["openapi/gong.json", "generated/gong_api.rs", "generated/httpmock.rs"]);
    let out = xtask(Some(&root), &["check"]);
    assert!(out.status.success(), "unaltered copy should pass: {}", describe(&out));

    // Alter one line of the bindings.
    let path = root.path("generated/gong_api.rs");
    let text = std::fs::read_to_string(&path).expect("bindings are readable");
    let target = "pub struct Calls {";
    assert!(text.contains(target), "bindings define {target}");
    std::fs::write(&path, text.replacen(target, "pub struct CallsEdited {", 1)).expect("writable");

    let out = xtask(Some(&root), &["check"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "stale bindings must fail: {}",
        describe(&out)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    for expected in [
        "--- generated/gong_api.rs\n",
        "+++ generated/gong_api.rs (fresh)\n",
        "\n@@ -",
        "\n-    pub struct CallsEdited {\n",
        "\n+    pub struct Calls {\n",
    ] {
        assert!(stdout.contains(expected), "missing {expected:?} in:\n{stdout}");
    }
    assert!(
        !stdout.contains("httpmock.rs"),
        "only the altered file is reported:\n{stdout}"
    );

    // The JSON report carries the same diff.
    let out = xtask(Some(&root), &["check", "--json"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let report: Value = serde_json::from_slice(&out.stdout).expect("--json prints JSON");
    let stale = report["stale_generated"].as_array().expect("stale_generated is a list");
    assert_eq!(stale.len(), 1, "{report}");
    assert_eq!(stale[0]["file"], "generated/gong_api.rs");
    assert!(
        stale[0]["diff"]
            .as_str()
            .is_some_and(|d| d.contains("+    pub struct Calls {"))
    );
}

/// A missing `generated/` file is stale too.
#[test]
fn check_fails_when_a_generated_file_is_missing() {
    let root = TempRoot::with(&["openapi/gong.json", "generated/gong_api.rs"]);
    let out = xtask(Some(&root), &["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("+++ generated/httpmock.rs (fresh)"));
}

/// The committed document agrees with the snapshot it was made from; the
/// one operation kept after Gong deprecated it is reported, and does not fail
/// the check.
#[test]
fn check_against_its_own_upstream_passes() {
    if !have_snapshots("check_against_its_own_upstream_passes") {
        return;
    }
    let out = xtask(None, &["check", "--upstream", SNAPSHOT_2026]);
    assert!(out.status.success(), "{}", describe(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("No drift"), "{stdout}");
    assert!(
        stdout.contains("Operations kept, deprecated upstream (1):\n  GET /v2/calls/manual-crm-associations\n"),
        "{stdout}"
    );

    let out = xtask(None, &["check", "--upstream", SNAPSHOT_2026, "--json"]);
    assert!(out.status.success(), "{}", describe(&out));
    let report: Value = serde_json::from_slice(&out.stdout).expect("--json prints JSON");
    for (category, items) in report["drift"].as_object().expect("drift is an object") {
        let want: Vec<String> = match category.as_str() {
            "operations_kept" => sorted(&["GET /v2/calls/manual-crm-associations"]),
            "schemas_kept" => sorted(&[
                "AssociationObject",
                "ManualAssociationResponse",
                "ManualAssociationsBasicData",
            ]),
            _ => Vec::new(),
        };
        let mut got = strings(items);
        got.sort();
        assert_eq!(got, want, "{category}");
    }
}

/// Against the January 2025 snapshot, `check` reports exactly the drift
/// between it and July 2026, seen from the 2025 side ("removed" means only in
/// our document, which follows 2026): the 13 operations 2025 lacks, the
/// parameters and properties Gong added since, and what it dropped.
#[test]
fn check_against_the_2025_snapshot_reports_exactly_the_known_drift() {
    if !have_snapshots("check_against_the_2025_snapshot_reports_exactly_the_known_drift") {
        return;
    }
    let out = xtask(None, &["check", "--upstream", SNAPSHOT_2025, "--json"]);
    assert_eq!(out.status.code(), Some(1), "drift must exit 1: {}", describe(&out));
    let report: Value = serde_json::from_slice(&out.stdout).expect("--json prints JSON");
    assert_eq!(report["stale_generated"], serde_json::json!([]), "generated/ is stale");
    let drift = report["drift"].as_object().expect("drift is an object");

    let expected: Vec<(&str, Vec<String>)> = vec![
        (
            "operations_removed",
            sorted(&[
                "GET /v2/call-outcomes",
                "GET /v2/entities/ask-entity",
                "GET /v2/entities/get-brief",
                "GET /v2/flows/folders",
                "GET /v2/flows/prospects/bulk-assignments/{id}",
                "GET /v2/settings/briefs",
                "PATCH /v2/tasks/{taskId}",
                "POST /v2/flows/prospects/assign/cool-off-override",
                "POST /v2/flows/prospects/bulk-assignments",
                "POST /v2/flows/prospects/unassign-flows-by-crm-id",
                "POST /v2/flows/prospects/unassign-flows-by-instance-id",
                "POST /v2/flows/steps",
                "POST /v2/tasks",
            ]),
        ),
        (
            "parameters_removed",
            sorted(&[
                "GET /v2/flows query folderId",
                "GET /v2/flows query mostRecentlyAssigned",
            ]),
        ),
        ("schemas_added", sorted(&["PointOfInterest", "PointsOfInterest"])),
        (
            "properties_added",
            sorted(&["ContentDto.pointsOfInterest", "KeywordTracker.saidInCallParts"]),
        ),
        (
            "properties_removed",
            sorted(&[
                "AnsweredScorecard.editorUserId",
                "AnsweredScorecard.reviewMethod",
                "AnsweredScorecardsFilter.reviewMethod",
                "AssignFlowRequestV2.flowInstanceDescription",
                "AssignFlowRequestV2.overrides",
                "NewCallAddingRequest.flowContext",
                "NewMeetingRequest.provider",
                "PermissionProfileDTO.aiBuilder",
                "PermissionProfileDTO.dealsDataExport",
                "PermissionProfileDTO.engageAllowCrmFieldsViewChange",
                "PermissionProfileDTO.engageAssignFlowToDosToOthers",
                "PermissionProfileDTO.engageCreateAndManageRulesets",
                "PermissionProfileDTO.engageReassignFlowToDosToOthers",
                "PermissionProfileDTO.orchestrateCreateAndManagePlays",
                "ProspectsAssignedFlowsRequestV2.flowInstanceIds",
                "Scorecard.reviewMethod",
                "UpdateMeetingRequest.provider",
                "UserMetadata.conferencingProviders",
            ]),
        ),
        (
            "properties_changed",
            sorted(&["ProspectsAssignedFlowsRequestV2.crmProspectsIds: [string] -> [string], required"]),
        ),
        (
            "enum_values_removed",
            sorted(&[
                "AnsweredScorecard.reviewMethod: AUTOMATIC",
                "AnsweredScorecard.reviewMethod: MANUAL",
                "AnsweredScorecard.visibilityType: MANAGERS",
                "AnsweredScorecard.visibilityType: MANAGERS_AND_REVIEWEE",
                "AnsweredScorecardsFilter.reviewMethod: AUTOMATIC",
                "AnsweredScorecardsFilter.reviewMethod: BOTH",
                "AnsweredScorecardsFilter.reviewMethod: MANUAL",
                "PublicApiAssignedFlow.flowInstanceStatus: Finished",
                "PublicApiAssignedFlow.flowInstanceStatus: FinishedNoReply",
                "PublicApiAssignedFlow.flowInstanceStatus: FinishedResponse",
                "Scorecard.reviewMethod: AUTOMATIC",
                "Scorecard.reviewMethod: MANUAL",
            ]),
        ),
    ];
    for (category, want) in &expected {
        let mut got = strings(
            drift
                .get(*category)
                .unwrap_or_else(|| panic!("report lacks {category}")),
        );
        got.sort();
        assert_eq!(&got, want, "{category}");
    }
    // The schemas only 2026 has: the new operations' bodies and answers.
    let removed = strings(&drift["schemas_removed"]);
    assert_eq!(removed.len(), 47, "{removed:?}");
    for name in [
        "CallOutcomesResponse",
        "AskEntityResponse",
        "FlowProspectsBulkAssignmentResponse",
        "UserRemindersResponse",
    ] {
        assert!(removed.iter().any(|r| r == name), "{name} missing from {removed:?}");
    }
    // Every other category is empty.
    for (category, items) in drift {
        if category != "schemas_removed" && expected.iter().all(|(c, _)| c != category) {
            assert_eq!(
                items.as_array().map(Vec::len),
                Some(0),
                "{category} should be empty: {items}"
            );
        }
    }

    // The readable report says the same, and also exits 1.
    let out = xtask(None, &["check", "--upstream", SNAPSHOT_2025]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("  POST /v2/tasks\n"), "{stdout}");
}

#[test]
fn unknown_options_and_commands_are_refused() {
    let root = TempRoot::with(&[]);
    for args in [
        &["check", "--frobnicate"][..],
        &["frobnicate"][..],
        &["refresh", "--from"][..],
    ] {
        let out = xtask(Some(&root), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", describe(&out));
        let mut stderr = String::new();
        out.stderr.as_slice().read_to_string(&mut stderr).expect("utf-8");
        assert!(stderr.contains("usage:"), "{args:?}: {stderr}");
    }
}
