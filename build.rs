//! Generates the low-level Gong bindings from `openapi/gong.json`.
//!
//! With the default feature `codegen`, progenitor generates them on every
//! build. Without it, the committed copy `generated/gong_api.rs` is used after
//! checking that its header records the SHA-256 of the document as it is now:
//! a document edited without regenerating fails the build, naming
//! `cargo xtask generate`. Either way `OUT_DIR/gong_api.rs` is the same text
//! (CI compares them).
//!
//! The same `codegen` module is compiled into `cargo xtask`, which writes the
//! committed copy in `generated/` and checks it for drift: one generator, two
//! destinations.

use std::{env, fs, path::PathBuf};

/// The document the bindings come from.
const DOCUMENT: &str = "openapi/gong.json";
/// The committed copy of the bindings (read by builds without `codegen`).
#[cfg_attr(feature = "codegen", allow(dead_code))]
const COMMITTED: &str = "generated/gong_api.rs";

fn main() {
    println!("cargo:rerun-if-changed={DOCUMENT}");
    let spec = fs::read_to_string(DOCUMENT).unwrap_or_else(|e| panic!("{DOCUMENT} is not readable: {e}"));
    let api = bindings(&spec).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1)
    });
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("gong_api.rs"), api).expect("OUT_DIR is writable");
}

/// The bindings, generated from the document.
#[cfg(feature = "codegen")]
fn bindings(spec: &str) -> Result<String, String> {
    codegen::generate(spec)
        .map(|g| g.api)
        .map_err(|e| format!("generating the Gong bindings failed: {e}"))
}

/// The committed bindings, when their header records the document's hash.
#[cfg(not(feature = "codegen"))]
fn bindings(spec: &str) -> Result<String, String> {
    println!("cargo:rerun-if-changed={COMMITTED}");
    let committed = fs::read_to_string(COMMITTED).map_err(|e| format!("{COMMITTED} is not readable: {e}"))?;
    let want = sha256_hex(spec.as_bytes());
    match recorded_hash(&committed) {
        Some(have) if have == want => Ok(committed),
        have => Err(format!(
            "{COMMITTED} was generated from another {DOCUMENT} (its header records sha256 {}, the document's is {want}).\n\
             Run `cargo xtask generate` and commit generated/, or build with the `codegen` feature.",
            have.unwrap_or("nothing")
        )),
    }
}

/// The document hash a generated file's header records (`(sha256 HEX)` on
/// its first line).
#[cfg_attr(feature = "codegen", allow(dead_code))]
pub fn recorded_hash(generated: &str) -> Option<&str> {
    let first = generated.lines().next()?;
    let start = first.find("(sha256 ")? + "(sha256 ".len();
    let len = first[start..].find(')')?;
    Some(&first[start..start + len])
}

/// SHA-256 of `bytes`, lower-case hex: the one copy for build.rs, xtask
/// (which compiles this file as a module) and xtask's tests.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    use std::fmt::Write;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// Generator settings and the generation itself (feature `codegen`; xtask
/// always has it).
#[cfg(feature = "codegen")]
pub mod codegen {
    use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};

    /// Operation extension that marks an operation the facade writes by hand.
    pub const HANDWRITTEN: &str = "x-gong-codegen";

    /// Generated source files, formatted.
    pub struct Generated {
        /// The bindings: `types` and the builder-style `Client`.
        pub api: String,
        /// Typed httpmock helpers for the bindings, for the project's tests.
        pub httpmock: String,
        /// `METHOD /path` of the operations left to the handwritten facade.
        pub handwritten: Vec<String>,
    }

    /// SHA-256 of the document text, lower-case hex.
    pub fn document_hash(spec: &str) -> String {
        super::sha256_hex(spec.as_bytes())
    }

    fn settings() -> GenerationSettings {
        let mut s = GenerationSettings::new();
        s.with_interface(InterfaceStyle::Builder)
            .with_tag(TagStyle::Merged)
            .with_hooks(HooksMode::Expected)
            .with_inner_type("crate::transport::Transport".parse().expect("a Rust path"))
            .with_replacement(
                "GongId",
                "crate::GongId",
                [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
            );
        s
    }

    /// Removes the operations marked [`HANDWRITTEN`] and returns their keys.
    fn without_handwritten(spec: &mut openapiv3::OpenAPI) -> Vec<String> {
        let mut skipped = Vec::new();
        for (path, item) in spec.paths.paths.iter_mut() {
            let openapiv3::ReferenceOr::Item(item) = item else {
                continue;
            };
            let slots = [
                ("GET", &mut item.get),
                ("PUT", &mut item.put),
                ("POST", &mut item.post),
                ("DELETE", &mut item.delete),
                ("PATCH", &mut item.patch),
            ];
            for (method, slot) in slots {
                if slot.as_ref().is_some_and(|op| op.extensions.contains_key(HANDWRITTEN)) {
                    *slot = None;
                    skipped.push(format!("{method} {path}"));
                }
            }
        }
        skipped
    }

    fn unparse(tokens: proc_macro2::TokenStream) -> Result<String, String> {
        let file: syn::File = syn::parse2(tokens).map_err(|e| e.to_string())?;
        Ok(prettyplease::unparse(&file))
    }

    /// A table of every operation of the document (handwritten ones too), for
    /// the facade: scopes for errors and docs, methods for retry decisions.
    fn operation_table(spec: &openapiv3::OpenAPI) -> String {
        let mut rows = String::new();
        for (path, item) in spec.paths.paths.iter() {
            let openapiv3::ReferenceOr::Item(item) = item else {
                continue;
            };
            for (method, op) in item.iter() {
                let scope = match op.extensions.get("x-gong-scope").and_then(|v| v.as_str()) {
                    Some(s) => format!("Some({s:?})"),
                    None => "None".to_owned(),
                };
                let id = op.operation_id.as_deref().unwrap_or_default();
                rows.push_str(&format!(
                    "    Operation {{ id: {:?}, rust_name: {:?}, method: {:?}, path: {:?}, summary: {:?}, scope: {scope}, generated: {} }},\n",
                    id,
                    snake_case(id),
                    method.to_uppercase(),
                    path,
                    op.summary.as_deref().unwrap_or_default(),
                    !op.extensions.contains_key(HANDWRITTEN),
                ));
            }
        }
        format!(
            "\n/// Every operation of the document, including those the facade writes by hand.\npub mod operations {{\n    /// One operation of Gong's API.\n    #[derive(Debug, Clone, Copy, PartialEq, Eq)]\n    pub struct Operation {{\n        /// Gong's operationId.\n        pub id: &'static str,\n        /// The generated method's name (and progenitor's `OperationInfo::operation_id`).\n        pub rust_name: &'static str,\n        /// HTTP method, upper case.\n        pub method: &'static str,\n        /// Path template.\n        pub path: &'static str,\n        /// Short summary.\n        pub summary: &'static str,\n        /// OAuth scope, where Gong states one.\n        pub scope: Option<&'static str>,\n        /// False for operations the facade writes by hand (multipart).\n        pub generated: bool,\n    }}\n\n    /// All operations, in document order.\n    pub const ALL: &[Operation] = &[\n{rows}    ];\n\n    /// Looks an operation up by operationId or by generated method name.\n    pub fn find(id: &str) -> Option<&'static Operation> {{\n        ALL.iter().find(|o| o.id == id || o.rust_name == id)\n    }}\n}}\n"
        )
    }

    /// `listCRMCallsManualAssociation` -> `list_crm_calls_manual_association`,
    /// the way progenitor names methods.
    pub fn snake_case(id: &str) -> String {
        let chars: Vec<char> = id.chars().collect();
        let mut out = String::new();
        for (i, &c) in chars.iter().enumerate() {
            if c == '_' || c == '-' {
                if !out.ends_with('_') {
                    out.push('_');
                }
                continue;
            }
            if c.is_uppercase() && i > 0 {
                let prev = chars[i - 1];
                let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
                if (prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_lower))
                    && !out.ends_with('_')
                {
                    out.push('_');
                }
            }
            out.extend(c.to_lowercase());
        }
        out
    }

    /// The document the httpmock helpers are generated from: the same, less
    /// the array-valued query parameters, for which progenitor's httpmock
    /// generator writes a setter that does not compile (`Vec::to_string`).
    /// A test matches those with `into_inner().query_param(..)`.
    fn httpmock_document(spec: &openapiv3::OpenAPI) -> openapiv3::OpenAPI {
        let mut spec = spec.clone();
        for item in spec.paths.paths.values_mut() {
            let openapiv3::ReferenceOr::Item(item) = item else {
                continue;
            };
            for op in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                op.parameters.retain(|p| !is_array_query(p));
            }
        }
        spec
    }

    fn is_array_query(p: &openapiv3::ReferenceOr<openapiv3::Parameter>) -> bool {
        let openapiv3::ReferenceOr::Item(openapiv3::Parameter::Query { parameter_data, .. }) = p else {
            return false;
        };
        matches!(
            &parameter_data.format,
            openapiv3::ParameterSchemaOrContent::Schema(openapiv3::ReferenceOr::Item(s))
                if matches!(s.schema_kind, openapiv3::SchemaKind::Type(openapiv3::Type::Array(_)))
        )
    }

    /// Generates the bindings and the httpmock helpers from the document text.
    pub fn generate(spec_text: &str) -> Result<Generated, String> {
        let mut spec: openapiv3::OpenAPI =
            serde_json::from_str(spec_text).map_err(|e| format!("openapi/gong.json: {e}"))?;
        let table = operation_table(&spec);
        let handwritten = without_handwritten(&mut spec);
        let mut generator = Generator::new(&settings());
        let api = unparse(generator.generate_tokens(&spec).map_err(|e| e.to_string())?)?;
        let httpmock = unparse(
            generator
                .httpmock(&httpmock_document(&spec), "gong_client::api")
                .map_err(|e| e.to_string())?,
        )?;
        let header = format!(
            "// @generated from openapi/gong.json (sha256 {}) by build.rs.\n// Do not edit: change the document or the generator settings instead.\n\n",
            document_hash(spec_text)
        );
        Ok(Generated {
            api: format!("{header}{api}{table}"),
            httpmock: format!("{header}{httpmock}"),
            handwritten,
        })
    }
}
