//! Import cycles between a crate's top-level modules.
//!
//! A module *imports* another when its code (outside its `#[cfg(test)]`
//! section and comments) names it through `crate::NAME` or, in a top-level
//! file, `super::NAME`. Submodules count as their top-level module: a file
//! `src/a/b.rs` belongs to `a`. [`assert_no_import_cycle`] fails with the
//! modules of a cycle and the edges between them, so that the fix (moving
//! the shared piece to the layer below) is plain from the message.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level module name → the crate's other top-level modules it imports.
pub type ImportGraph = BTreeMap<String, BTreeSet<String>>;

/// The import graph of the crate whose source root is `src` (the directory
/// holding `lib.rs` or `main.rs`, which are left out: they may import
/// everything).
pub fn import_graph(src: &Path) -> ImportGraph {
    let mut files = Vec::new();
    collect(src, src, &mut files);
    let mut graph = ImportGraph::new();
    for (rel, text) in &files {
        let top = rel.split('/').next().unwrap_or(rel).trim_end_matches(".rs");
        if top == "lib" || top == "main" {
            continue;
        }
        let code = strip_comments(text.split("#[cfg(test)]").next().unwrap_or(""));
        let mut names = referenced(&code, "crate::");
        if !rel.contains('/') {
            names.extend(referenced(&code, "super::"));
        }
        graph.entry(top.to_string()).or_default().extend(names);
    }
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for (module, names) in graph.iter_mut() {
        names.retain(|n| n != module && modules.contains(n));
    }
    graph
}

/// Panics, naming the modules and edges, when the crate at `src` has an
/// import cycle between its top-level modules.
pub fn assert_no_import_cycle(src: &Path) {
    let graph = import_graph(src);
    assert!(
        graph.len() > 1,
        "{} has no modules to check: wrong directory?",
        src.display()
    );
    let cycles = cycles(&graph);
    if cycles.is_empty() {
        return;
    }
    let mut message = format!("import cycles in {}:\n", src.display());
    for cycle in &cycles {
        message.push_str(&format!(
            "  cycle {{{}}}\n",
            cycle.iter().cloned().collect::<Vec<_>>().join(", ")
        ));
        for module in cycle {
            let inside: Vec<&str> = graph[module]
                .iter()
                .filter(|n| cycle.contains(*n))
                .map(String::as_str)
                .collect();
            message.push_str(&format!("    {module} -> {}\n", inside.join(", ")));
        }
    }
    panic!("{message}");
}

/// The strongly connected components of more than one module (Tarjan's
/// algorithm, iterative so that no graph can overflow the stack).
pub fn cycles(graph: &ImportGraph) -> Vec<BTreeSet<String>> {
    let names: Vec<&String> = graph.keys().collect();
    let index_of: BTreeMap<&String, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let edges: Vec<Vec<usize>> = names
        .iter()
        .map(|n| graph[*n].iter().filter_map(|m| index_of.get(m).copied()).collect())
        .collect();
    let n = names.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut next = 0;
    let mut out = Vec::new();
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        // (node, position in its edge list)
        let mut work = vec![(root, 0usize)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut pos)) = work.last_mut() {
            if *pos < edges[v].len() {
                let w = edges[v][*pos];
                *pos += 1;
                if index[w] == usize::MAX {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut component = BTreeSet::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component.insert(names[w].clone());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    out.push(component);
                }
            }
        }
    }
    out
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        panic!("cannot read {}", dir.display());
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push((rel, text));
        }
    }
}

/// `code` without `//` comments (doc comments included) and `/* */` blocks;
/// string literals are kept as they are (a path inside one is rare and
/// harmless: at worst an extra edge).
fn strip_comments(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.find('\n').map_or("", |i| &r[i..]);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.find("*/").map_or("", |i| &r[i + 2..]);
        } else if rest.starts_with('"') {
            let end = string_end(rest);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The byte length of the string literal `s` starts with (its quotes
/// included), or all of `s` when it does not end.
fn string_end(s: &str) -> usize {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// The names right after each `prefix` in `code`: `crate::a::x` gives `a`,
/// `crate::{a, b::c}` gives `a` and `b`.
fn referenced(code: &str, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find(prefix) {
        let before_ok = rest[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        rest = &rest[i + prefix.len()..];
        if !before_ok {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            // The group's top-level items, split at commas outside nested
            // braces; each names its module first.
            let mut depth = 1usize;
            let mut item = String::new();
            let mut items = Vec::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 1 => {
                        items.push(std::mem::take(&mut item));
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                item.push(c);
            }
            items.push(item);
            for item in items {
                let name: String = item
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        } else {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[&str])]) -> ImportGraph {
        edges
            .iter()
            .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
            .collect()
    }

    #[test]
    fn names_after_crate_paths_and_groups() {
        let names = referenced(
            "use crate::{a, b::c, d::{e, f}};\nlet x = crate::g::h(); let y = mycrate::z;",
            "crate::",
        );
        let expected: BTreeSet<String> = ["a", "b", "d", "g"].iter().map(|s| s.to_string()).collect();
        assert_eq!(names, expected);
    }

    #[test]
    fn comments_do_not_count_and_strings_stay() {
        let code = strip_comments("/// see crate::a\nlet s = \"// not a comment\"; /* crate::b */ crate::c::d");
        assert!(!code.contains("crate::a") && !code.contains("crate::b"));
        assert!(code.contains("\"// not a comment\"") && code.contains("crate::c::d"));
    }

    #[test]
    fn finds_a_cycle_and_only_the_cycle() {
        let g = graph(&[("a", &["b"]), ("b", &["c"]), ("c", &["a"]), ("d", &["a"]), ("e", &[])]);
        let found = cycles(&g);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0], ["a", "b", "c"].iter().map(|s| s.to_string()).collect());
        assert!(cycles(&graph(&[("a", &["b"]), ("b", &["c"]), ("c", &[])])).is_empty());
    }

    #[test]
    fn reads_a_crate_from_disk_and_reports_the_edges() {
        let dir = std::env::temp_dir().join(format!("gong-testkit-layers-{}", std::process::id()));
        let src = dir.join("src");
        std::fs::create_dir_all(src.join("a")).unwrap();
        std::fs::write(src.join("lib.rs"), "mod a; mod b; use crate::b;").unwrap();
        std::fs::write(src.join("a.rs"), "mod inner;").unwrap();
        std::fs::write(src.join("a/inner.rs"), "use crate::b::X;").unwrap();
        std::fs::write(
            src.join("b.rs"),
            "use super::a;\n#[cfg(test)]\nmod tests { use crate::c; }",
        )
        .unwrap();
        let g = import_graph(&src);
        assert_eq!(g["a"], ["b".to_string()].into_iter().collect());
        assert_eq!(g["b"], ["a".to_string()].into_iter().collect());
        let panic = std::panic::catch_unwind(|| assert_no_import_cycle(&src)).unwrap_err();
        let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(
            message.contains("cycle {a, b}") && message.contains("a -> b") && message.contains("b -> a"),
            "{message}"
        );
    }
}
