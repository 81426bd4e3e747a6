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
            // Action inputs wrap the generated request types; their JSON Schema
            // (`actions::schema`) is derived from the same types.
            .with_derive("schemars::JsonSchema")
            .with_replacement(
                "GongId",
                "crate::GongId",
                [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
            )
            // Every response-side date-time points at `GongDateTime`
            // (xtask's `date_times_keep_their_text`): the text Gong sent,
            // offset and all, or its epoch seconds.
            .with_replacement(
                "GongDateTime",
                "crate::GongDateTime",
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
    /// the facade: one constant per operation (`GET_CALL`), named after the
    /// generated method, and `ALL`.
    fn operation_table(spec: &openapiv3::OpenAPI) -> Result<String, String> {
        let mut consts = proc_macro2::TokenStream::new();
        let mut all = Vec::new();
        let mut by_rust_name = proc_macro2::TokenStream::new();
        for (path, item) in spec.paths.paths.iter() {
            let openapiv3::ReferenceOr::Item(item) = item else {
                continue;
            };
            for (method, op) in item.iter() {
                let id = op
                    .operation_id
                    .as_deref()
                    .ok_or_else(|| format!("{} {path} has no operationId", method.to_uppercase()))?;
                let rust = rust_name(id);
                let konst = syn::Ident::new(&rust.to_uppercase(), proc_macro2::Span::call_site());
                let scope = match op.extensions.get("x-gong-scope").and_then(|v| v.as_str()) {
                    Some(s) => quote::quote!(Some(#s)),
                    None => quote::quote!(None),
                };
                let method = method.to_uppercase();
                let summary = op.summary.as_deref().unwrap_or_default();
                let generated = !op.extensions.contains_key(HANDWRITTEN);
                let doc = format!("`{method} {path}`: {summary}");
                let key = format!("{method} {path}");
                let idempotency = match op.extensions.get("x-gong-idempotency").and_then(|v| v.as_str()) {
                    Some("idempotent") => quote::quote!(crate::retry::Idempotency::Idempotent),
                    Some("deduplicated") => quote::quote!(crate::retry::Idempotency::Deduplicated),
                    Some("non-idempotent") => quote::quote!(crate::retry::Idempotency::NonIdempotent),
                    other => {
                        return Err(format!(
                            "{key}: x-gong-idempotency is {other:?}; run `cargo xtask refresh`"
                        ));
                    }
                };
                let cursor = match op.extensions.get("x-gong-cursor").and_then(|v| v.as_str()) {
                    Some("query") => quote::quote!(Some(crate::paging::CursorIn::Query)),
                    Some("body") => quote::quote!(Some(crate::paging::CursorIn::Body)),
                    None => quote::quote!(None),
                    Some(other) => return Err(format!("{key}: x-gong-cursor {other:?} is not query or body")),
                };
                let action = match op.extensions.get("x-gong-action") {
                    None => quote::quote!(None),
                    Some(a) => {
                        let field = |name: &str| {
                            a.get(name)
                                .and_then(|v| v.as_str())
                                .map(str::to_owned)
                                .ok_or_else(|| format!("{key}: x-gong-action has no string `{name}`"))
                        };
                        let (title, name, method, cli) =
                            (field("title")?, field("name")?, field("method")?, field("cli")?);
                        quote::quote!(Some(Action { title: #title, name: #name, method: #method, cli: #cli }))
                    }
                };
                let deprecated = match op.extensions.get("x-gong-deprecated").and_then(|v| v.as_str()) {
                    Some(why) => quote::quote!(Some(#why)),
                    None => quote::quote!(None),
                };
                let mut scope_if = Vec::new();
                for c in op
                    .extensions
                    .get("x-gong-scope-if")
                    .and_then(|v| v.as_array())
                    .into_iter()
                    .flatten()
                {
                    let field = |name: &str| {
                        c.get(name)
                            .and_then(|v| v.as_str())
                            .map(str::to_owned)
                            .ok_or_else(|| format!("{key}: x-gong-scope-if has no string `{name}`"))
                    };
                    let (pointer, scope) = (field("bodyPointer")?, field("scope")?);
                    scope_if.push(quote::quote!(ScopeIf { body_pointer: #pointer, scope: #scope }));
                }
                consts.extend(quote::quote! {
                    #[doc = #doc]
                    pub const #konst: Operation = Operation {
                        id: #id,
                        rust_name: #rust,
                        method: #method,
                        path: #path,
                        summary: #summary,
                        scope: #scope,
                        generated: #generated,
                        idempotency: #idempotency,
                        cursor: #cursor,
                        action: #action,
                        scope_if: &[#(#scope_if),*],
                        deprecated: #deprecated,
                    };
                });
                by_rust_name.extend(quote::quote!(#rust => Some(&#konst),));
                all.push(konst);
            }
        }
        let tokens = quote::quote! {
            /// Every operation of the document, including those the facade writes by hand.
            pub mod operations {
                /// One operation of Gong's API.
                #[derive(Debug, Clone, Copy, PartialEq, Eq)]
                pub struct Operation {
                    /// Gong's operationId.
                    pub id: &'static str,
                    /// The generated method's name (and progenitor's `OperationInfo::operation_id`).
                    pub rust_name: &'static str,
                    /// HTTP method, upper case.
                    pub method: &'static str,
                    /// Path template.
                    pub path: &'static str,
                    /// Short summary.
                    pub summary: &'static str,
                    /// OAuth scope, where Gong states one.
                    pub scope: Option<&'static str>,
                    /// False for operations the facade writes by hand (multipart).
                    pub generated: bool,
                    /// Whether repeating it is safe (`x-gong-idempotency`); the
                    /// transport's retries follow it.
                    pub idempotency: crate::retry::Idempotency,
                    /// Where a listing's cursor travels (`x-gong-cursor`).
                    pub cursor: Option<crate::paging::CursorIn>,
                    /// The connector action this operation serves (`x-gong-action`).
                    pub action: Option<Action>,
                    /// Scopes a request needs besides [`Operation::scope`] when its
                    /// JSON body asks for more (`x-gong-scope-if`).
                    pub scope_if: &'static [ScopeIf],
                    /// Why the project keeps an operation Gong's newest document
                    /// dropped (`x-gong-deprecated`); its method is `#[deprecated]`.
                    pub deprecated: Option<&'static str>,
                }

                /// A scope a request needs when its JSON body asks for more.
                #[derive(Debug, Clone, Copy, PartialEq, Eq)]
                pub struct ScopeIf {
                    /// JSON pointer into the request body; the scope is needed
                    /// when the value there is `true`.
                    pub body_pointer: &'static str,
                    /// The further scope.
                    pub scope: &'static str,
                }

                /// A connector action, as `xtask/src/table.rs` records it: one
                /// name for the facade method, the catalog and the CLI leaf.
                #[derive(Debug, Clone, Copy, PartialEq, Eq)]
                pub struct Action {
                    /// The requirement's title ("Get Call").
                    pub title: &'static str,
                    /// Catalog name and CLI leaf, kebab case (`get-call`).
                    pub name: &'static str,
                    /// The facade method (`get_call`).
                    pub method: &'static str,
                    /// The `gong` command (`calls get-call`).
                    pub cli: &'static str,
                }

                #consts

                /// All operations, in document order.
                pub const ALL: &[Operation] = &[#(#all),*];

                /// Looks an operation up by operationId or by generated method name.
                pub fn find(id: &str) -> Option<&'static Operation> {
                    ALL.iter().find(|o| o.id == id || o.rust_name == id)
                }

                /// The operation of a generated method name (progenitor's
                /// `OperationInfo::operation_id`).
                pub fn by_rust_name(name: &str) -> Option<&'static Operation> {
                    match name {
                        #by_rust_name
                        _ => None,
                    }
                }
            }
        };
        unparse(tokens).map(|t| format!("\n{t}"))
    }

    /// The generated method's name for an operationId: progenitor names
    /// methods with heck's snake case (`listCRMCallsManualAssociation` ->
    /// `list_crm_calls_manual_association`). [`wrap_sends`] checks every name
    /// against the `OperationInfo` progenitor actually emitted.
    pub fn rust_name(operation_id: &str) -> String {
        heck::ToSnakeCase::to_snake_case(operation_id)
    }

    /// The operation name progenitor wrote into a builder's `send`
    /// (`OperationInfo { operation_id: "get_call" }`).
    fn operation_info_name(body: &syn::Block) -> Option<String> {
        let text = quote::ToTokens::to_token_stream(body).to_string();
        let rest = &text[text.find("OperationInfo")?..];
        let rest = &rest[rest.find("operation_id")?..];
        let open = rest.find('"')? + 1;
        let close = open + rest[open..].find('"')?;
        Some(rest[open..close].to_owned())
    }

    /// The type arguments of `ty` when it is the path type `name<...>`.
    fn type_args(ty: &syn::Type, name: &str) -> Option<Vec<syn::Type>> {
        let syn::Type::Path(p) = ty else { return None };
        let last = p.path.segments.last()?;
        if last.ident != name {
            return None;
        }
        let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
            return None;
        };
        Some(
            args.args
                .iter()
                .filter_map(|a| match a {
                    syn::GenericArgument::Type(t) => Some(t.clone()),
                    _ => None,
                })
                .collect(),
        )
    }

    /// `Result<ResponseValue<T>, Error<E>>` -> `(T, E)`.
    fn response_types(output: &syn::ReturnType) -> Option<(syn::Type, syn::Type)> {
        let syn::ReturnType::Type(_, ty) = output else {
            return None;
        };
        let outer = type_args(ty, "Result")?;
        let [ok, err] = outer.as_slice() else { return None };
        let t = type_args(ok, "ResponseValue")?.into_iter().next()?;
        let e = type_args(err, "Error")?.into_iter().next()?;
        Some((t, e))
    }

    /// Makes every builder's progenitor `send` crate-private (`send_unmapped`)
    /// and adds a public `send` that returns the crate's own `Result`: the
    /// operation's generated constant goes to `crate::transport::finish`,
    /// which maps progenitor's answer into `crate::Error`. Returns the
    /// operation names progenitor used, one per builder.
    fn wrap_sends(file: &mut syn::File, known: &[String]) -> Result<Vec<String>, String> {
        let mut seen = Vec::new();
        let builder = file
            .items
            .iter_mut()
            .find_map(|item| match item {
                syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
                _ => None,
            })
            .ok_or("progenitor's output has no `builder` module")?;
        for item in builder.1.iter_mut() {
            let syn::Item::Impl(imp) = item else { continue };
            let Some(index) = imp
                .items
                .iter()
                .position(|i| matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "send"))
            else {
                continue;
            };
            let syn::ImplItem::Fn(send) = &mut imp.items[index] else {
                unreachable!("found as a function above")
            };
            let name = operation_info_name(&send.block)
                .ok_or_else(|| format!("a `send` without an OperationInfo: {}", send.sig.ident))?;
            if !known.contains(&name) {
                return Err(format!(
                    "progenitor named an operation `{name}`, which the operation table does not know (did its naming rule change?)"
                ));
            }
            let (ok, err) = response_types(&send.sig.output)
                .ok_or_else(|| format!("`{name}`: send does not return Result<ResponseValue<T>, Error<E>>"))?;
            let docs: Vec<syn::Attribute> = send
                .attrs
                .iter()
                .filter(|a| a.path().is_ident("doc"))
                .cloned()
                .collect();
            send.attrs.retain(|a| !a.path().is_ident("doc"));
            send.attrs.push(
                syn::parse_quote!(#[doc = "Progenitor's send, with progenitor's error type; `send` maps its answer."]),
            );
            send.sig.ident = syn::Ident::new("send_unmapped", proc_macro2::Span::call_site());
            send.vis = syn::parse_quote!(pub(crate));
            let konst = syn::Ident::new(&name.to_uppercase(), proc_macro2::Span::call_site());
            let wrapper: syn::ImplItemFn = syn::parse_quote! {
                #(#docs)*
                ///
                /// Goes through the client's transport (auth, pacing, budget,
                /// retries); every failure is a [`crate::Error`].
                pub async fn send(self) -> crate::Result<#ok> {
                    crate::transport::finish::<#ok, #err>(
                        &super::operations::#konst,
                        self.send_unmapped(),
                    )
                    .await
                }
            };
            imp.items.insert(index, syn::ImplItem::Fn(wrapper));
            seen.push(name);
        }
        let missing: Vec<&String> = known.iter().filter(|k| !seen.contains(k)).collect();
        if !missing.is_empty() {
            return Err(format!("no generated builder for {missing:?}"));
        }
        Ok(seen)
    }

    /// Marks the client method of every operation the document keeps though
    /// Gong dropped it (`x-gong-deprecated`) `#[deprecated]`, with the reason.
    fn mark_deprecated(file: &mut syn::File, spec: &openapiv3::OpenAPI) -> Result<(), String> {
        let mut wanted = std::collections::BTreeMap::new();
        for item in spec.paths.paths.values() {
            let openapiv3::ReferenceOr::Item(item) = item else {
                continue;
            };
            for (_, op) in item.iter() {
                if let (Some(id), Some(why)) = (
                    op.operation_id.as_deref(),
                    op.extensions.get("x-gong-deprecated").and_then(|v| v.as_str()),
                ) {
                    wanted.insert(rust_name(id), why.to_owned());
                }
            }
        }
        let mut marked = 0;
        for item in file.items.iter_mut() {
            let syn::Item::Impl(imp) = item else { continue };
            let syn::Type::Path(ty) = imp.self_ty.as_ref() else {
                continue;
            };
            if imp.trait_.is_some() || !ty.path.is_ident("Client") {
                continue;
            }
            for f in imp.items.iter_mut() {
                if let syn::ImplItem::Fn(f) = f
                    && let Some(why) = wanted.get(&f.sig.ident.to_string())
                {
                    f.attrs.push(syn::parse_quote!(#[deprecated(note = #why)]));
                    marked += 1;
                }
            }
        }
        if marked != wanted.len() {
            return Err(format!(
                "{} operations are deprecated but {marked} client methods were found for them: {:?}",
                wanted.len(),
                wanted.keys().collect::<Vec<_>>()
            ));
        }
        Ok(())
    }

    /// The items of the inline module `name` among `items`.
    fn module<'a>(items: &'a mut [syn::Item], name: &str) -> Option<&'a mut Vec<syn::Item>> {
        items.iter_mut().find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == name => m.content.as_mut().map(|c| &mut c.1),
            _ => None,
        })
    }

    /// Whether an item's `#[derive(...)]` lists `name`.
    fn derives(attrs: &[syn::Attribute], name: &str) -> bool {
        attrs.iter().filter(|a| a.path().is_ident("derive")).any(|a| {
            a.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                .is_ok_and(|paths| paths.iter().any(|p| p.segments.last().is_some_and(|s| s.ident == name)))
        })
    }

    /// Drops typify's struct builders (`types::builder::*`, which progenitor
    /// turns on with the builder interface): more than half of the generated
    /// lines, and a `TryFrom`/`From` pair per type compiled into every build,
    /// for a way of building answer types nobody builds. A request builder now
    /// holds its body as the request type itself: `body(value)` sets it and
    /// `body_map` edits it. A body whose type has a `Default` starts from it;
    /// one with required fields must be set, or `send` fails before anything
    /// is sent. Returns the number of type builders dropped.
    fn without_type_builders(file: &mut syn::File) -> Result<usize, String> {
        use quote::ToTokens as _;
        /// `types :: builder :: X` becomes `types :: X`, at any depth.
        fn no_builder_paths(tokens: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
            use proc_macro2::TokenTree;
            let trees: Vec<TokenTree> = tokens.into_iter().collect();
            let mut out = Vec::with_capacity(trees.len());
            let mut i = 0;
            while i < trees.len() {
                let is = |k: usize, text: &str| match trees.get(k) {
                    Some(TokenTree::Ident(x)) => x == text,
                    Some(TokenTree::Punct(p)) => text.len() == 1 && text.starts_with(p.as_char()),
                    _ => false,
                };
                // `types` `:` `:` `builder` `:` `:`: keep `types::`, skip `builder::`.
                if is(i, "types") && is(i + 1, ":") && is(i + 2, ":") && is(i + 3, "builder") && is(i + 4, ":") {
                    out.extend(trees[i..i + 3].iter().cloned());
                    i += 6;
                    continue;
                }
                out.push(match &trees[i] {
                    TokenTree::Group(g) => {
                        let mut group = proc_macro2::Group::new(g.delimiter(), no_builder_paths(g.stream()));
                        group.set_span(g.span());
                        TokenTree::Group(group)
                    }
                    other => other.clone(),
                });
                i += 1;
            }
            out.into_iter().collect()
        }

        let types = module(&mut file.items, "types").ok_or("progenitor's output has no `types` module")?;
        let with_default: std::collections::BTreeSet<String> = types
            .iter()
            .filter_map(|item| match item {
                syn::Item::Struct(s) if derives(&s.attrs, "Default") => Some(s.ident.to_string()),
                syn::Item::Enum(e) if derives(&e.attrs, "Default") => Some(e.ident.to_string()),
                _ => None,
            })
            .collect();
        let before = types.len();
        let mut dropped = 0;
        types.retain(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => {
                dropped = m
                    .content
                    .as_ref()
                    .map_or(0, |c| c.1.iter().filter(|i| matches!(i, syn::Item::Struct(_))).count());
                false
            }
            syn::Item::Impl(imp) => {
                !(imp.trait_.is_none()
                    && imp.items.len() == 1
                    && matches!(&imp.items[0], syn::ImplItem::Fn(f) if f.sig.ident == "builder"))
            }
            _ => true,
        });
        if before == types.len() {
            if types
                .iter()
                .any(|i| matches!(i, syn::Item::Struct(s) if matches!(s.fields, syn::Fields::Named(_))))
            {
                // Structs but no builder module: typify's layout changed.
                return Err("typify made structs but no `types::builder` module where expected".to_owned());
            }
            // No object schema, so typify made no builders: nothing to undo.
            return Ok(0);
        }
        if dropped == 0 || types.len() + dropped + 1 != before {
            return Err(format!(
                "typify's builders were not where expected ({dropped} builders, {} items less)",
                before - types.len()
            ));
        }

        let builders = module(&mut file.items, "builder").ok_or("progenitor's output has no `builder` module")?;
        // The body type of each request builder that has one.
        let mut bodies = std::collections::BTreeMap::new();
        for item in builders.iter() {
            let syn::Item::Struct(s) = item else { continue };
            for field in &s.fields {
                if field.ident.as_ref().is_some_and(|i| i == "body") {
                    let tokens: Vec<String> = field
                        .ty
                        .to_token_stream()
                        .into_iter()
                        .filter_map(|t| match t {
                            proc_macro2::TokenTree::Ident(i) => Some(i.to_string()),
                            _ => None,
                        })
                        .collect();
                    // `Result<types::builder::Name, String>`: the ident after
                    // `builder`. Other bodies (`Result<Vec<types::X>, String>`)
                    // never held a type builder and are left as progenitor wrote them.
                    if let Some(name) = tokens
                        .iter()
                        .position(|t| t == "builder")
                        .and_then(|k| tokens.get(k + 1).cloned())
                    {
                        bodies.insert(s.ident.to_string(), name);
                    }
                }
            }
        }
        for item in builders.iter_mut() {
            *item = syn::parse2(no_builder_paths(item.to_token_stream()))
                .map_err(|e| format!("a request builder no longer parses without `types::builder`: {e}"))?;
            let syn::Item::Impl(imp) = item else { continue };
            let syn::Type::Path(self_ty) = &*imp.self_ty else {
                continue;
            };
            let Some(owner) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
                continue;
            };
            let Some(body) = bodies.get(&owner) else { continue };
            if with_default.contains(body) {
                continue;
            }
            let message = format!("body: `{body}` has required fields; set it with `body(..)`");
            for f in imp.items.iter_mut() {
                let syn::ImplItem::Fn(f) = f else { continue };
                if f.sig.ident != "new" {
                    continue;
                }
                let Some(syn::Stmt::Expr(syn::Expr::Struct(init), None)) = f.block.stmts.last_mut() else {
                    return Err(format!("{owner}::new does not end in a struct expression"));
                };
                let field = init
                    .fields
                    .iter_mut()
                    .find(|fv| matches!(&fv.member, syn::Member::Named(i) if i == "body"))
                    .ok_or_else(|| format!("{owner}::new sets no body"))?;
                field.expr = syn::parse_quote!(Err(#message.to_string()));
            }
        }
        Ok(dropped)
    }

    /// Makes every type an answer can contain decode what Gong really sends
    /// and re-emit it whole (issue 19). The answer types are those the public
    /// `send`s name (success and error bodies) and, transitively, the types
    /// their fields and variants name. On each of their structs:
    ///
    /// - an `extra` field (`#[serde(flatten)]`, a JSON map) keeps the fields
    ///   the document does not name, so serializing the value gives them back;
    /// - `i64`/`f64` fields (bare, optional or in a list) decode numbers sent
    ///   as strings (`"1"`, `"1301.67"`) and `null`, through
    ///   `crate::decode::{number, opt_number, numbers, opt_numbers}`;
    /// - list fields decode `null` as empty (`crate::decode::list`), and the
    ///   fields requests share as required (strings, booleans, maps) decode
    ///   `null` as their default (`crate::decode::or_default`); optional
    ///   fields already decode `null` as absent.
    ///
    /// Returns (answer types, structs changed). Fails if a struct already has
    /// a field named `extra`, or if no `send` names a generated type.
    fn lenient_responses(file: &mut syn::File) -> Result<(usize, usize), String> {
        use quote::ToTokens as _;
        fn idents(tokens: proc_macro2::TokenStream, out: &mut std::collections::BTreeSet<String>) {
            for tree in tokens {
                match tree {
                    proc_macro2::TokenTree::Ident(i) => {
                        out.insert(i.to_string());
                    }
                    proc_macro2::TokenTree::Group(g) => idents(g.stream(), out),
                    _ => {}
                }
            }
        }
        /// `::std::option::Option<X>` gives `X`.
        fn inside<'a>(text: &'a str, wrapper: &str) -> Option<&'a str> {
            text.strip_prefix(wrapper)?.strip_prefix('<')?.strip_suffix('>')
        }
        const OPTION: &str = "::std::option::Option";
        const VEC: &str = "::std::vec::Vec";
        let is_number = |t: &str| t == "i64" || t == "f64";
        // The decoder a field needs, and whether it needs `default` for an
        // absent field; `None` when serde's own handling is enough.
        let decoder = |ty: &syn::Type| -> Option<&'static str> {
            let text: String = ty.to_token_stream().to_string().split_whitespace().collect();
            match inside(&text, OPTION) {
                Some(inner) if is_number(inner) => Some("crate::decode::opt_number"),
                Some(inner) if inside(inner, VEC).is_some_and(is_number) => Some("crate::decode::opt_numbers"),
                Some(_) => None,
                None if is_number(&text) => Some("crate::decode::number"),
                None if inside(&text, VEC).is_some_and(is_number) => Some("crate::decode::numbers"),
                None if inside(&text, VEC).is_some() => Some("crate::decode::list"),
                None if text == "::std::string::String"
                    || text == "bool"
                    || text.starts_with("::std::collections::HashMap<")
                    || text.starts_with("::serde_json::") =>
                {
                    Some("crate::decode::or_default")
                }
                None => None,
            }
        };
        let has_default = |attrs: &[syn::Attribute]| {
            attrs.iter().filter(|a| a.path().is_ident("serde")).any(|a| {
                let mut found = false;
                let _ = a.parse_nested_meta(|m| {
                    found |= m.path.is_ident("default");
                    if m.input.peek(syn::Token![=]) {
                        let _: syn::Expr = m.value()?.parse()?;
                    }
                    Ok(())
                });
                found
            })
        };

        let mut roots = std::collections::BTreeSet::new();
        for item in module(&mut file.items, "builder").ok_or("progenitor's output has no `builder` module")? {
            let syn::Item::Impl(imp) = item else { continue };
            for f in &imp.items {
                if let syn::ImplItem::Fn(f) = f
                    && f.sig.ident == "send"
                {
                    idents(f.to_token_stream(), &mut roots);
                }
            }
        }
        let types = module(&mut file.items, "types").ok_or("progenitor's output has no `types` module")?;
        let mut names: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> = Default::default();
        for item in types.iter() {
            let (ident, body) = match item {
                syn::Item::Struct(s) => (&s.ident, s.fields.to_token_stream()),
                syn::Item::Enum(e) => (&e.ident, e.variants.to_token_stream()),
                _ => continue,
            };
            let mut named = std::collections::BTreeSet::new();
            idents(body, &mut named);
            names.insert(ident.to_string(), named);
        }
        let mut answers = std::collections::BTreeSet::new();
        let mut stack: Vec<String> = roots.into_iter().filter(|n| names.contains_key(n)).collect();
        if stack.is_empty() && !names.is_empty() {
            return Err("no public `send` names a generated type: the builders' shape changed".to_owned());
        }
        while let Some(name) = stack.pop() {
            if answers.insert(name.clone()) {
                stack.extend(
                    names[&name]
                        .iter()
                        .filter(|n| names.contains_key(*n) && !answers.contains(*n))
                        .cloned(),
                );
            }
        }
        let mut changed = 0;
        for item in types.iter_mut() {
            let syn::Item::Struct(s) = item else { continue };
            if !answers.contains(&s.ident.to_string()) {
                continue;
            }
            let syn::Fields::Named(fields) = &mut s.fields else {
                continue;
            };
            for field in fields.named.iter_mut() {
                if field.ident.as_ref().is_some_and(|i| i == "extra") {
                    return Err(format!(
                        "{} has a field named `extra`; lenient_responses needs the name",
                        s.ident
                    ));
                }
                let Some(path) = decoder(&field.ty) else { continue };
                if !has_default(&field.attrs) {
                    field.attrs.push(syn::parse_quote!(#[serde(default)]));
                }
                field.attrs.push(syn::parse_quote!(#[serde(deserialize_with = #path)]));
            }
            fields.named.push(syn::parse_quote! {
                /// Fields Gong sent that its document does not name, kept so
                /// that re-emitting this value gives back everything Gong sent.
                #[serde(flatten)]
                pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>
            });
            changed += 1;
        }
        Ok((answers.len(), changed))
    }

    /// Adds `answers::reemit` (feature `test-util`): the typed answer of
    /// each generated operation, by the operation's generated method name,
    /// decoded and serialized back. The tests run the corpus derived from
    /// the document through it, so every answer type is covered without a
    /// hand-kept list. The pairs come from each public `send`: the
    /// `operations::NAME` it names and the answer type of its `finish`.
    fn answer_table(file: &mut syn::File) -> Result<usize, String> {
        use quote::ToTokens as _;
        let mut arms = Vec::new();
        for item in module(&mut file.items, "builder").ok_or("progenitor's output has no `builder` module")? {
            let syn::Item::Impl(imp) = item else { continue };
            for f in &imp.items {
                let syn::ImplItem::Fn(f) = f else { continue };
                if f.sig.ident != "send" {
                    continue;
                }
                let text = f.block.to_token_stream().to_string();
                // `operations :: LIST_CALLS`
                let op = text
                    .split("operations :: ")
                    .nth(1)
                    .and_then(|rest| rest.split_whitespace().next())
                    .ok_or_else(|| format!("a `send` names no operation: {text}"))?;
                // `finish :: < types :: CallsResponse , ...`
                let answer = text
                    .split("finish :: < types :: ")
                    .nth(1)
                    .and_then(|rest| rest.split_whitespace().next())
                    .ok_or_else(|| format!("a `send` of {op} names no answer type"))?;
                let name = op.to_lowercase();
                let ty = syn::Ident::new(answer, proc_macro2::Span::call_site());
                arms.push(quote::quote!(#name => roundtrip::<super::types::#ty>(body),));
            }
        }
        if arms.is_empty() {
            return Err("no public `send` found for the answer table".to_owned());
        }
        let count = arms.len();
        file.items.push(syn::parse_quote! {
            /// Each generated operation's typed answer, for tests (feature `test-util`).
            #[cfg(feature = "test-util")]
            pub mod answers {
                /// Decodes `body` as the answer type of the operation whose
                /// generated method is `rust_name` and serializes it back;
                /// `None` for an operation without a generated answer type.
                /// A failed decode names the JSON path of the bad value.
                pub fn reemit(rust_name: &str, body: &[u8]) -> Option<Result<::serde_json::Value, String>> {
                    fn roundtrip<T: ::serde::de::DeserializeOwned + ::serde::Serialize>(
                        body: &[u8],
                    ) -> Result<::serde_json::Value, String> {
                        let value: T = crate::decode::body(body).map_err(|e| e.to_string())?;
                        ::serde_json::to_value(&value).map_err(|e| e.to_string())
                    }
                    Some(match rust_name {
                        #(#arms)*
                        _ => return None,
                    })
                }
            }
        });
        Ok(count)
    }

    /// Keeps `schemars::JsonSchema` only on the types a request can carry,
    /// and there only with the `schema` feature.
    ///
    /// The derive is there for the action inputs' JSON Schema
    /// (`actions::schema`) and the requests' (`api::requests`), which wrap
    /// request bodies and parameters: what the CLI and the MCP server show.
    /// Its impls are not generic, so every one is compiled into every build
    /// that has it; on the answer types, which nothing asks a schema of,
    /// that was a quarter of the generated code's machine code, and on the
    /// request types it is most of what the rest costs. The kept set is
    /// every `types::` type named by a field of a request builder (bodies,
    /// path and query parameters) and, transitively, the types their fields
    /// and variants name; each of them derives it under
    /// `#[cfg_attr(feature = "schema", ...)]`. Returns how many kept it and
    /// how many lost it.
    fn schema_only_for_requests(file: &mut syn::File) -> Result<(usize, usize), String> {
        fn idents(tokens: proc_macro2::TokenStream, out: &mut std::collections::BTreeSet<String>) {
            for tree in tokens {
                match tree {
                    proc_macro2::TokenTree::Ident(i) => {
                        out.insert(i.to_string());
                    }
                    proc_macro2::TokenTree::Group(g) => idents(g.stream(), out),
                    _ => {}
                }
            }
        }
        use quote::ToTokens as _;
        let mut wanted = std::collections::BTreeSet::new();
        for item in module(&mut file.items, "builder").ok_or("progenitor's output has no `builder` module")? {
            if let syn::Item::Struct(s) = item {
                idents(s.fields.to_token_stream(), &mut wanted);
            }
        }
        let types = module(&mut file.items, "types").ok_or("progenitor's output has no `types` module")?;
        // What each type's own fields or variants name.
        let mut names: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> = Default::default();
        for item in types.iter() {
            let (ident, body) = match item {
                syn::Item::Struct(s) => (&s.ident, s.fields.to_token_stream()),
                syn::Item::Enum(e) => (&e.ident, e.variants.to_token_stream()),
                _ => continue,
            };
            let mut named = std::collections::BTreeSet::new();
            idents(body, &mut named);
            names.insert(ident.to_string(), named);
        }
        let names_types = wanted.contains("types");
        let mut kept = std::collections::BTreeSet::new();
        let mut stack: Vec<String> = wanted.into_iter().filter(|n| names.contains_key(n)).collect();
        if names_types && stack.is_empty() {
            // Request builders name `types::...`, yet none of those names is
            // a generated type: the output's shape changed under this pass.
            return Err("request builders name `types::` items, but none is among the generated types".to_owned());
        }
        while let Some(name) = stack.pop() {
            if kept.insert(name.clone()) {
                stack.extend(
                    names[&name]
                        .iter()
                        .filter(|n| names.contains_key(*n) && !kept.contains(*n))
                        .cloned(),
                );
            }
        }
        // A document whose requests carry only plain values (no generated
        // type) keeps the derive nowhere; that is not an error.
        let mut dropped = 0;
        for item in types.iter_mut() {
            let (ident, attrs) = match item {
                syn::Item::Struct(s) => (&s.ident, &mut s.attrs),
                syn::Item::Enum(e) => (&e.ident, &mut e.attrs),
                _ => continue,
            };
            let keep = kept.contains(&ident.to_string());
            let mut had = false;
            for attr in attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
                let paths = attr
                    .parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                    .map_err(|e| format!("{ident}: a derive progenitor wrote cannot be read: {e}"))?;
                let before = paths.len();
                let paths: Vec<syn::Path> = paths
                    .into_iter()
                    .filter(|p| p.segments.last().is_none_or(|s| s.ident != "JsonSchema"))
                    .collect();
                if paths.len() != before {
                    had = true;
                    *attr = syn::parse_quote!(#[derive(#(#paths),*)]);
                }
            }
            if had && keep {
                let at = attrs
                    .iter()
                    .rposition(|a| a.path().is_ident("derive"))
                    .map_or(attrs.len(), |i| i + 1);
                attrs.insert(
                    at,
                    syn::parse_quote!(#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]),
                );
            } else if had {
                dropped += 1;
            }
        }
        // Every kept struct names its JSON properties, so that an action
        // input refuses an unknown field without a JSON Schema.
        let mut impls = Vec::new();
        for item in types.iter() {
            let syn::Item::Struct(st) = item else { continue };
            if !kept.contains(&st.ident.to_string()) {
                continue;
            }
            let names = json_field_names(st)?;
            let ident = &st.ident;
            impls.push(syn::parse_quote! {
                impl crate::actions::input::sealed::Fields for #ident {
                    fn names() -> ::std::vec::Vec<&'static str> {
                        ::std::vec![#(#names),*]
                    }
                }
            });
        }
        types.extend(impls);
        Ok((kept.len(), dropped))
    }

    /// The JSON property names of a generated struct's serde form: each
    /// field's `rename`, else its name; `flatten` fields (the map of fields
    /// the document does not name) are left out. An attribute this pass
    /// does not know is an error, so a generator change cannot make it
    /// silently wrong.
    fn json_field_names(st: &syn::ItemStruct) -> Result<Vec<String>, String> {
        let ident = &st.ident;
        for attr in st.attrs.iter().filter(|a| a.path().is_ident("serde")) {
            let mut bad = None;
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename_all") || meta.path.is_ident("rename_all_fields") {
                    bad = Some("rename_all");
                }
                skip_meta_value(&meta)
            })
            .map_err(|e| format!("{ident}: a serde attribute progenitor wrote cannot be read: {e}"))?;
            if let Some(what) = bad {
                return Err(format!(
                    "{ident}: `#[serde({what})]` on a struct is not handled by json_field_names"
                ));
            }
        }
        let syn::Fields::Named(fields) = &st.fields else {
            return Ok(Vec::new());
        };
        let mut names = Vec::new();
        for field in &fields.named {
            let mut name = field
                .ident
                .as_ref()
                .map(|i| i.to_string().trim_start_matches("r#").to_owned());
            for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
                attr.parse_nested_meta(|meta| {
                    if meta.path.is_ident("flatten") {
                        name = None;
                        Ok(())
                    } else if meta.path.is_ident("rename") {
                        let value: syn::LitStr = meta.value()?.parse()?;
                        if name.is_some() {
                            name = Some(value.value());
                        }
                        Ok(())
                    } else if meta.path.is_ident("alias") {
                        Err(meta.error("`alias` is not handled by json_field_names"))
                    } else {
                        skip_meta_value(&meta)
                    }
                })
                .map_err(|e| format!("{ident}: a field's serde attribute cannot be read: {e}"))?;
            }
            names.extend(name);
        }
        Ok(names)
    }

    /// Consumes what follows a serde attribute's key (`= value` or `(...)`).
    fn skip_meta_value(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<()> {
        if meta.input.peek(syn::Token![=]) {
            let _: syn::Expr = meta.value()?.parse()?;
        } else if meta.input.peek(syn::token::Paren) {
            let content;
            syn::parenthesized!(content in meta.input);
            let _: proc_macro2::TokenStream = content.parse()?;
        }
        Ok(())
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

    /// The kind of a parameter's value, from its schema in the document:
    /// `GongId` references are ids, `integer`/`boolean` are themselves, a
    /// string with `enum` is one of those values, and a string with `format:
    /// date-time` (or named `*DateTime`, `from`, `to`: Gong's document often
    /// leaves the format out) is an ISO-8601 date-time.
    fn param_kind(name: &str, schema: &serde_json::Value) -> proc_macro2::TokenStream {
        if schema
            .get("$ref")
            .and_then(|r| r.as_str())
            .is_some_and(|r| r.ends_with("/GongId"))
        {
            return quote::quote!(ParamKind::Id);
        }
        match schema.get("type").and_then(|t| t.as_str()) {
            Some("integer") => quote::quote!(ParamKind::Integer),
            Some("number") => quote::quote!(ParamKind::Number),
            Some("boolean") => quote::quote!(ParamKind::Boolean),
            Some("array") => quote::quote!(ParamKind::List),
            _ => {
                if let Some(values) = schema.get("enum").and_then(|e| e.as_array()) {
                    let values: Vec<&str> = values.iter().filter_map(|v| v.as_str()).collect();
                    quote::quote!(ParamKind::Enum(&[#(#values),*]))
                } else if schema.get("format").and_then(|f| f.as_str()) == Some("date-time")
                    || name.ends_with("DateTime")
                    || name == "from"
                    || name == "to"
                {
                    quote::quote!(ParamKind::DateTime)
                } else {
                    quote::quote!(ParamKind::String)
                }
            }
        }
    }

    /// `a :: b :: C` of a type, as text without spaces.
    fn type_text(ty: &syn::Type) -> String {
        quote::ToTokens::to_token_stream(ty).to_string().replace(' ', "")
    }

    /// `Result<T, String>` -> (`T`, false); `Result<Option<T>, String>` -> (`T`, true).
    fn builder_field_type(ty: &syn::Type) -> Option<(syn::Type, bool)> {
        let inner = type_args(ty, "Result")?.into_iter().next()?;
        match type_args(&inner, "Option") {
            Some(o) => Some((o.into_iter().next()?, true)),
            None => Some((inner, false)),
        }
    }

    /// What each generated request builder holds, by operation (the name
    /// progenitor gave it): the builder's name, its fields (name, type,
    /// optional) other than `client`, and its answer type.
    struct BuilderShape {
        name: syn::Ident,
        fields: Vec<(syn::Ident, syn::Type, bool)>,
        answer: syn::Type,
    }

    fn builder_shapes(file: &syn::File) -> Result<std::collections::BTreeMap<String, BuilderShape>, String> {
        let builder = file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref().map(|c| &c.1),
                _ => None,
            })
            .ok_or("progenitor's output has no `builder` module")?;
        let mut structs = std::collections::BTreeMap::new();
        for item in builder {
            if let syn::Item::Struct(s) = item {
                structs.insert(s.ident.to_string(), s);
            }
        }
        let mut shapes = std::collections::BTreeMap::new();
        for item in builder {
            let syn::Item::Impl(imp) = item else { continue };
            let Some(send) = imp.items.iter().find_map(|i| match i {
                syn::ImplItem::Fn(f) if f.sig.ident == "send_unmapped" => Some(f),
                _ => None,
            }) else {
                continue;
            };
            let op = operation_info_name(&send.block).ok_or("a send without an OperationInfo")?;
            let (answer, _) = response_types(&send.sig.output).ok_or_else(|| format!("`{op}`: unexpected send"))?;
            let syn::Type::Path(self_ty) = &*imp.self_ty else {
                return Err(format!("`{op}`: the builder's impl is not for a named type"));
            };
            let name = self_ty.path.segments.last().ok_or("an empty path")?.ident.clone();
            let s = structs
                .get(&name.to_string())
                .ok_or_else(|| format!("no builder struct `{name}`"))?;
            let mut fields = Vec::new();
            for f in &s.fields {
                let Some(ident) = f.ident.clone() else { continue };
                if ident == "client" {
                    continue;
                }
                let (ty, optional) =
                    builder_field_type(&f.ty).ok_or_else(|| format!("`{name}.{ident}` is not `Result<_, String>`"))?;
                fields.push((ident, ty, optional));
            }
            shapes.insert(op, BuilderShape { name, fields, answer });
        }
        Ok(shapes)
    }

    /// The element type of a generated answer's list field: the field named
    /// `items` (snake case) of the struct `answer` names, `Vec<T>` or
    /// `Option<Vec<T>>`.
    fn item_type(file: &syn::File, answer: &syn::Type, items: &str) -> Result<syn::Type, String> {
        let answer_name = type_text(answer);
        let answer_name = answer_name.rsplit("::").next().unwrap_or_default().to_owned();
        let types = file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|c| &c.1),
                _ => None,
            })
            .ok_or("progenitor's output has no `types` module")?;
        let s = types
            .iter()
            .find_map(|i| match i {
                syn::Item::Struct(s) if s.ident == answer_name => Some(s),
                _ => None,
            })
            .ok_or_else(|| format!("no answer type `{answer_name}`"))?;
        let field = s
            .fields
            .iter()
            .find(|f| f.ident.as_ref().is_some_and(|i| i == items))
            .ok_or_else(|| format!("`{answer_name}` has no field `{items}`"))?;
        let text = type_text(&field.ty);
        let inner = text
            .trim_start_matches("::std::option::Option<")
            .trim_start_matches("::std::vec::Vec<")
            .trim_start_matches("Vec<");
        let inner = inner.trim_end_matches('>');
        if inner == text {
            return Err(format!("`{answer_name}.{items}` is not a list ({text})"));
        }
        let path = if inner.contains("::") {
            inner.to_owned()
        } else {
            format!("types::{inner}")
        };
        syn::parse_str(&path).map_err(|e| format!("`{answer_name}.{items}`: {e}"))
    }

    /// The property of a paged operation's answer that holds its records:
    /// the one array property besides `records`.
    fn items_property(doc: &serde_json::Value, op: &serde_json::Value, key: &str) -> Result<String, String> {
        let mut schema = op
            .pointer("/responses/200/content/application~1json/schema")
            .ok_or_else(|| format!("{key}: a listing without a JSON 200 answer"))?;
        if let Some(r) = schema.get("$ref").and_then(|r| r.as_str()) {
            schema = doc
                .pointer(r.trim_start_matches('#'))
                .ok_or_else(|| format!("{key}: {r} is not in the document"))?;
        }
        let lists: Vec<&String> = schema
            .get("properties")
            .and_then(|p| p.as_object())
            .into_iter()
            .flatten()
            .filter(|(k, v)| *k != "records" && v.get("type").and_then(|t| t.as_str()) == Some("array"))
            .map(|(k, _)| k)
            .collect();
        match lists.as_slice() {
            [one] => Ok((*one).clone()),
            other => Err(format!(
                "{key}: a listing's answer needs one list property, it has {other:?}"
            )),
        }
    }

    /// Per-operation request facts for callers that build requests at run
    /// time (`gong api`, an MCP server): `api::requests`, one `Request`
    /// per operation with its parameters (name, place, kind, required), its
    /// body's generated type (a checker and its JSON Schema) and, for a
    /// listing, the property holding its records. Also `api::listings`: per
    /// operation carrying `x-gong-cursor`, an owned request type implementing
    /// `crate::paging::Listing`, which fetches one page with a cursor (in the
    /// query or the body, as the document says) and hands back its records.
    /// Runs on the final bindings, after the other passes.
    fn request_tables(doc_text: &str, file: &syn::File) -> Result<String, String> {
        let doc: serde_json::Value = serde_json::from_str(doc_text).map_err(|e| e.to_string())?;
        let shapes = builder_shapes(file)?;
        let mut requests = Vec::new();
        let mut listings = proc_macro2::TokenStream::new();
        // Document order, as `operations::ALL` (openapiv3 keeps it; a
        // `serde_json::Value` map may not, depending on its features).
        let spec: openapiv3::OpenAPI = serde_json::from_str(doc_text).map_err(|e| e.to_string())?;
        for (path, item) in spec.paths.paths.iter() {
            let openapiv3::ReferenceOr::Item(item) = item else {
                continue;
            };
            for (method, op) in item.iter() {
                let op = &serde_json::to_value(op).map_err(|e| e.to_string())?;
                let key = format!("{} {path}", method.to_uppercase());
                let id = op
                    .get("operationId")
                    .and_then(|v| v.as_str())
                    .ok_or_else(|| format!("{key} has no operationId"))?;
                let rust = rust_name(id);
                let konst = syn::Ident::new(&rust.to_uppercase(), proc_macro2::Span::call_site());
                let kebab = heck::ToKebabCase::to_kebab_case(id);
                let mut params = Vec::new();
                for p in op.get("parameters").and_then(|p| p.as_array()).into_iter().flatten() {
                    let name = p
                        .get("name")
                        .and_then(|v| v.as_str())
                        .ok_or_else(|| format!("{key}: a parameter without a name"))?;
                    let location = match p.get("in").and_then(|v| v.as_str()) {
                        Some("path") => quote::quote!(ParamIn::Path),
                        Some("query") => quote::quote!(ParamIn::Query),
                        other => return Err(format!("{key}: parameter {name} is in {other:?}")),
                    };
                    let required = p.get("required").and_then(|v| v.as_bool()).unwrap_or(false);
                    let description = p.get("description").and_then(|v| v.as_str()).unwrap_or_default();
                    let kind = param_kind(name, p.get("schema").unwrap_or(&serde_json::Value::Null));
                    let flag = heck::ToKebabCase::to_kebab_case(name);
                    params.push(quote::quote!(Param {
                        name: #name,
                        flag: #flag,
                        location: #location,
                        required: #required,
                        kind: #kind,
                        description: #description,
                    }));
                }
                let multipart = op
                    .pointer("/requestBody/content")
                    .and_then(|c| c.as_object())
                    .is_some_and(|c| !c.contains_key("application/json"));
                let shape = shapes.get(&rust);
                let body_type = shape.and_then(|s| s.fields.iter().find(|(i, _, _)| i == "body"));
                let body = match (body_type, multipart) {
                    (Some((_, ty, _)), false) => {
                        let name = type_text(ty);
                        let name = name.trim_start_matches("types::");
                        let required = op
                            .pointer("/requestBody/required")
                            .and_then(|v| v.as_bool())
                            .unwrap_or(false);
                        quote::quote!(Some(Body {
                            type_name: #name,
                            required: #required,
                            check: crate::operation::check_body::<#ty>,
                            #[cfg(feature = "schema")]
                            schema: crate::operation::schema_of::<#ty>,
                        }))
                    }
                    _ => quote::quote!(None),
                };
                let cursor = op.get("x-gong-cursor").and_then(|v| v.as_str());
                let items = match cursor {
                    Some(_) => {
                        let items = items_property(&doc, op, &key)?;
                        quote::quote!(Some(#items))
                    }
                    None => quote::quote!(None),
                };
                requests.push(quote::quote!(Request {
                    name: #kebab,
                    operation: &operations::#konst,
                    params: &[#(#params),*],
                    body: #body,
                    multipart: #multipart,
                    items: #items,
                }));
                if let Some(cursor) = cursor {
                    let shape = shape.ok_or_else(|| format!("{key}: a listing without a generated builder"))?;
                    listings.extend(listing(&doc, file, op, &key, &rust, cursor, shape)?);
                }
            }
        }
        let tokens = quote::quote! {
            /// Every operation's parameters and body, for requests built at
            /// run time (`gong api`, tool-calling agents): generated from the
            /// document like [`crate::api::operations`]. Send one with
            /// [`crate::operation::OperationCall`].
            pub mod requests {
                use super::operations;
                use super::types;

                /// Where a parameter travels.
                #[derive(Debug, Clone, Copy, PartialEq, Eq)]
                pub enum ParamIn {
                    /// In the path template (`/v2/calls/{id}`).
                    Path,
                    /// In the query string.
                    Query,
                }

                /// The kind of value a parameter takes (checked before sending).
                #[derive(Debug, Clone, Copy, PartialEq, Eq)]
                pub enum ParamKind {
                    /// Any text.
                    String,
                    /// A Gong id: up to 20 digits.
                    Id,
                    /// A whole number (64-bit).
                    Integer,
                    /// A number.
                    Number,
                    /// `true` or `false`.
                    Boolean,
                    /// An ISO-8601 date-time with an offset (`2026-01-01T00:00:00Z`).
                    DateTime,
                    /// One of these values.
                    Enum(&'static [&'static str]),
                    /// Several values (the parameter repeats).
                    List,
                }

                /// One path or query parameter of an operation.
                #[derive(Debug, Clone, Copy, PartialEq, Eq)]
                pub struct Param {
                    /// The name in the document (`flowFolderOwnerEmail`).
                    pub name: &'static str,
                    /// Its name in kebab case (`flow-folder-owner-email`): the `gong api` flag.
                    pub flag: &'static str,
                    /// Where it travels.
                    pub location: ParamIn,
                    /// Whether the operation needs it.
                    pub required: bool,
                    /// The kind of value.
                    pub kind: ParamKind,
                    /// The document's description (may be empty).
                    pub description: &'static str,
                }

                /// An operation's JSON body: its generated type.
                #[derive(Debug, Clone, Copy)]
                pub struct Body {
                    /// The generated type's name in [`crate::api::types`].
                    pub type_name: &'static str,
                    /// Whether the document requires a body.
                    pub required: bool,
                    /// Checks a body against the type: an
                    /// [`crate::Error::InvalidInput`] names the JSON path and the rule.
                    pub check: fn(&serde_json::Value) -> crate::Result<()>,
                    /// The body's JSON Schema (feature `schema`).
                    #[cfg(feature = "schema")]
                    pub schema: fn() -> schemars::schema::RootSchema,
                }

                /// What a request of one operation is made of.
                #[derive(Debug, Clone, Copy)]
                pub struct Request {
                    /// The operationId in kebab case (`list-flows-folders`): the `gong api` command.
                    pub name: &'static str,
                    /// The operation's facts (method, path, scope, cursor, ...).
                    pub operation: &'static operations::Operation,
                    /// Path and query parameters, in document order.
                    pub params: &'static [Param],
                    /// The JSON body, when the operation takes one.
                    pub body: Option<Body>,
                    /// Whether the body is a multipart form (not sent by [`crate::operation`]).
                    pub multipart: bool,
                    /// For a listing (`x-gong-cursor`): the answer's property holding its records.
                    pub items: Option<&'static str>,
                }

                impl Request {
                    /// The parameter of this name (the document's name or its kebab case).
                    pub fn param(&self, name: &str) -> Option<&'static Param> {
                        self.params.iter().find(|p| p.name == name || p.flag == name)
                    }
                }

                /// Every operation, in document order.
                pub const ALL: &[Request] = &[#(#requests),*];

                /// Looks an operation up by kebab name, operationId or generated method name.
                pub fn find(name: &str) -> Option<&'static Request> {
                    ALL.iter().find(|r| r.name == name || r.operation.id == name || r.operation.rust_name == name)
                }
            }

            /// One owned request type per listing of the document (every
            /// operation carrying `x-gong-cursor`), implementing
            /// [`crate::paging::Listing`]: give one to
            /// [`crate::Client::listing_pages`] or [`crate::Client::listing_items`].
            /// Fields are the operation's parameters (less the cursor, which
            /// the stream sets) or its body.
            pub mod listings {
                use super::types;
                #listings
            }
        };
        unparse(tokens).map(|t| format!("\n{t}"))
    }

    /// The listing type and its `paging::Listing` impl of one paged operation.
    fn listing(
        doc: &serde_json::Value,
        file: &syn::File,
        op: &serde_json::Value,
        key: &str,
        rust: &str,
        cursor: &str,
        shape: &BuilderShape,
    ) -> Result<proc_macro2::TokenStream, String> {
        let items_json = items_property(doc, op, key)?;
        let items = syn::Ident::new(
            &heck::ToSnakeCase::to_snake_case(items_json.as_str()),
            proc_macro2::Span::call_site(),
        );
        let item = item_type(file, &shape.answer, &items.to_string())?;
        let name = &shape.name;
        let method = syn::Ident::new(rust, proc_macro2::Span::call_site());
        let konst = syn::Ident::new(&rust.to_uppercase(), proc_macro2::Span::call_site());
        let answer = &shape.answer;
        let doc_line = format!(
            "The listing `{key}` ({}): one page at a time, cursor in the {cursor}.",
            op.get("operationId").and_then(|v| v.as_str()).unwrap_or_default()
        );
        let mut fields = proc_macro2::TokenStream::new();
        let mut sets = proc_macro2::TokenStream::new();
        let mut start = quote::quote!(None);
        let mut set_cursor = proc_macro2::TokenStream::new();
        let mut has_cursor = false;
        let mut all_optional = true;
        for (ident, ty, optional) in &shape.fields {
            let text = format!("`{ident}`{}", if *optional { "" } else { " (required)" });
            if ident == "cursor" {
                if cursor != "query" || !*optional {
                    return Err(format!(
                        "{key}: a `cursor` parameter on a listing whose cursor is in the {cursor}"
                    ));
                }
                has_cursor = true;
                fields.extend(quote::quote!(#[doc = "The cursor to start from (resumes a listing); later pages set their own."] pub cursor: Option<#ty>,));
                start = quote::quote!(self.cursor.clone());
                set_cursor = quote::quote!(if let Some(c) = cursor {
                    call = call.cursor(c);
                });
                continue;
            }
            if ident == "body" {
                if cursor != "body" {
                    return Err(format!("{key}: a body on a listing whose cursor is in the {cursor}"));
                }
                has_cursor = true;
                all_optional = false;
                fields.extend(quote::quote!(#[doc = "The body; its `cursor` starts the listing, later pages set their own."] pub body: #ty,));
                start = quote::quote!(self.body.cursor.clone());
                sets.extend(quote::quote!(let mut body = this.body; body.cursor = cursor; call = call.body(body);));
                continue;
            }
            if *optional {
                fields.extend(quote::quote!(#[doc = #text] pub #ident: Option<#ty>,));
                sets.extend(quote::quote!(if let Some(v) = this.#ident { call = call.#ident(v); }));
            } else {
                all_optional = false;
                fields.extend(quote::quote!(#[doc = #text] pub #ident: #ty,));
                sets.extend(quote::quote!(call = call.#ident(this.#ident);));
            }
        }
        if !has_cursor {
            return Err(format!(
                "{key}: x-gong-cursor is {cursor}, but the builder has no cursor or body"
            ));
        }
        let allow = if op.get("x-gong-deprecated").is_some() {
            quote::quote!(#[allow(deprecated)])
        } else {
            quote::quote!()
        };
        let default = if all_optional {
            quote::quote!(Default,)
        } else {
            quote::quote!()
        };
        Ok(quote::quote! {
            #[doc = #doc_line]
            #[derive(Debug, Clone, #default)]
            pub struct #name {
                #fields
            }

            impl crate::paging::Listing for #name {
                type Item = #item;
                const OPERATION: &'static super::operations::Operation = &super::operations::#konst;

                fn start(&self) -> Option<String> {
                    #start
                }

                #allow
                fn page(
                    self,
                    api: super::Client,
                    cursor: Option<String>,
                ) -> impl std::future::Future<Output = crate::Result<crate::paging::Page<#item>>> + Send + 'static {
                    let this = self;
                    async move {
                        let mut call = api.#method();
                        #sets
                        #set_cursor
                        let answer: #answer = call.send().await?;
                        Ok(crate::paging::page_from(answer.#items, answer.records.as_ref()))
                    }
                }
            }
        })
    }

    /// Generates the bindings and the httpmock helpers from the document text.
    pub fn generate(spec_text: &str) -> Result<Generated, String> {
        let mut spec: openapiv3::OpenAPI =
            serde_json::from_str(spec_text).map_err(|e| format!("openapi/gong.json: {e}"))?;
        let table = operation_table(&spec)?;
        let handwritten = without_handwritten(&mut spec);
        let generated_ops: Vec<String> = spec
            .paths
            .paths
            .values()
            .filter_map(|item| match item {
                openapiv3::ReferenceOr::Item(item) => Some(item),
                _ => None,
            })
            .flat_map(|item| {
                item.iter()
                    .map(|(_, op)| rust_name(op.operation_id.as_deref().unwrap_or_default()))
            })
            .collect();
        let mut generator = Generator::new(&settings());
        let mut api: syn::File =
            syn::parse2(generator.generate_tokens(&spec).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
        wrap_sends(&mut api, &generated_ops)?;
        mark_deprecated(&mut api, &spec)?;
        schema_only_for_requests(&mut api)?;
        without_type_builders(&mut api)?;
        lenient_responses(&mut api)?;
        answer_table(&mut api)?;
        let requests = request_tables(spec_text, &api)?;
        let api = prettyplease::unparse(&api);
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
            api: format!("{header}{api}{table}{requests}"),
            httpmock: format!("{header}{httpmock}"),
            handwritten,
        })
    }
}
