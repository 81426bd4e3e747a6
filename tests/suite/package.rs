//! What a user of the published package meets: every feature of the
//! library documented in the crate docs and the README, and the package
//! carrying what its build script reads.

use std::path::Path;

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("reading {}: {e}", full.display()))
}

/// The lines of the `[name]` table of a Cargo.toml (up to the next table).
fn table<'a>(manifest: &'a str, name: &str) -> Vec<&'a str> {
    let header = format!("[{name}]");
    manifest
        .lines()
        .skip_while(|l| l.trim() != header)
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with('['))
        .collect()
}

/// The library's features, `default` aside.
fn features() -> Vec<String> {
    let manifest = read("Cargo.toml");
    let names: Vec<String> = table(&manifest, "features")
        .into_iter()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
        .filter(|k| k != "default")
        .collect();
    assert!(names.len() >= 3, "parsed the [features] table: {names:?}");
    names
}

#[test]
fn the_crate_docs_list_every_feature() {
    let lib = read("src/lib.rs");
    let docs: String = lib
        .lines()
        .filter_map(|l| l.strip_prefix("//!"))
        .collect::<Vec<_>>()
        .join("\n");
    let table: String = docs
        .split("# Features")
        .nth(1)
        .expect("the crate docs have a Features section")
        .to_owned();
    for feature in features() {
        assert!(
            table.contains(&format!("| `{feature}` |")),
            "the crate docs' Features table lacks `{feature}`"
        );
    }
}

#[test]
fn the_readme_lists_every_feature() {
    let readme = read("README.md");
    for feature in features() {
        assert!(
            readme.contains(&format!("| `{feature}` |")),
            "the README's features table lacks `{feature}`"
        );
    }
}

#[test]
fn the_package_carries_the_build_inputs() {
    let manifest = read("Cargo.toml");
    let package = table(&manifest, "package").join("\n");
    // `cargo publish --dry-run` in CI builds from the package alone; this
    // names the entries it relies on.
    for needed in [
        "\"/build.rs\"",
        "\"/openapi/gong.json\"",
        "\"/generated/*.rs\"",
        "\"/src/**/*.rs\"",
    ] {
        assert!(package.contains(needed), "the include list lacks {needed}");
    }
}
