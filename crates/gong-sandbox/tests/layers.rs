//! The crate's modules import one way: each may name only the layers below
//! it, so there are no import cycles. The order, top to bottom:
//!
//! | layer | files | may import |
//! |---|---|---|
//! | public API | `lib.rs` | everything below |
//! | HTTP | `http/` (accept loop, auth, faults, rate limit, OAuth, routing) | handlers and below |
//! | example requests | `examples.rs` | state and below |
//! | handlers | `handlers/` (one module per resource) | hooks and below |
//! | webhooks | `hooks.rs` | state and below |
//! | tenant state | `state.rs` | render and below |
//! | rendering | `render.rs` | data and below |
//! | records | `data.rs` | schema and the leaves |
//! | document | `schema.rs` (the API document's schemas, variations) | the leaves |
//! | leaves | `rng.rs`, `settings.rs`, `multipart.rs` | nothing of the crate |
//!
//! Modules name each other with `super::` only, never `crate::`: the `gong`
//! binary compiles this crate's source in as a module, where `crate::` would
//! be the binary.

use std::path::Path;

/// Layer names and ranks; a module may import only lower ranks.
const LAYERS: &[(&str, u8)] = &[
    ("http", 8),
    ("examples", 8),
    ("handlers", 7),
    ("hooks", 6),
    ("state", 5),
    ("render", 4),
    ("data", 3),
    ("schema", 2),
    ("rng", 1),
    ("settings", 1),
    ("multipart", 1),
];

fn rank(name: &str) -> Option<u8> {
    LAYERS.iter().find(|(n, _)| *n == name).map(|&(_, r)| r)
}

/// The layer a source file belongs to (`lib.rs` is above them all).
fn layer_of(rel: &str) -> (String, u8) {
    if rel == "lib.rs" {
        return ("lib".into(), 9);
    }
    let first = rel.split('/').next().unwrap().trim_end_matches(".rs");
    (
        first.into(),
        rank(first).unwrap_or_else(|| panic!("{rel} is in no layer")),
    )
}

/// Layer names a source text reaches through `super::` paths, outside its
/// `#[cfg(test)]` section.
fn reached(text: &str) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap();
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("super::") {
        rest = &rest[i + "super::".len()..];
        while let Some(r) = rest.strip_prefix("super::") {
            rest = r;
        }
        let names: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map(|(i, _)| i)
                .unwrap_or(group.len());
            group[..end]
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map(str::to_owned)
                .collect()
        } else {
            let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            vec![word]
        };
        out.extend(names.into_iter().filter(|n| rank(n).is_some()));
    }
    out
}

fn sources(dir: &Path, base: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, base, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/");
            out.push((rel, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

#[test]
fn every_module_imports_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &src, &mut files);
    assert!(files.len() >= 10, "found only {} source files", files.len());
    let mut wrong = Vec::new();
    for (rel, text) in &files {
        let (layer, own) = layer_of(rel);
        for name in reached(text) {
            let theirs = rank(&name).unwrap();
            if name != layer && theirs >= own {
                wrong.push(format!("{rel} ({layer}) imports {name}"));
            }
        }
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            if line.contains("crate::") {
                wrong.push(format!("{rel} names `crate::` (use `super::`): {}", line.trim()));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers:\n{}", wrong.join("\n"));
}

#[test]
fn the_check_sees_an_upward_import() {
    assert_eq!(
        reached("use super::state::Shared;\nuse super::{Ctx, hooks};"),
        ["state", "hooks"]
    );
    assert_eq!(reached("use super::super::render::{self, Selector};"), ["render"]);
    assert!(reached("fn f() {}\n#[cfg(test)]\nmod tests { use super::http; }").is_empty());
    // data (rank 3) reaching render (rank 4) is the kind of line the test refuses.
    assert!(rank("render") >= rank("data"));
}
