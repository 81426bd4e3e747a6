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

/// The README is the user's first page: what the project is, how to install
/// it, short examples and links. Everything longer belongs in `docs/`.
#[test]
fn the_readme_stays_short() {
    const MAX_LINES: usize = 250;
    let lines = read("README.md").lines().count();
    assert!(
        lines <= MAX_LINES,
        "README.md has {lines} lines, more than {MAX_LINES}: move the detail to a page of docs/ and link it"
    );
}

/// The README opens with exactly two commands: the main job and the test
/// command, and the test command is the one CI runs.
#[test]
fn the_readme_opens_with_the_two_commands() {
    let readme = read("README.md");
    let block: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("```sh"))
        .skip(1)
        .take_while(|l| !l.starts_with("```"))
        .collect();
    assert_eq!(
        block.len(),
        2,
        "the README's first code block should hold two commands, not {block:?}"
    );
    assert!(
        block[0].contains("main job"),
        "the first command should be the main job: {}",
        block[0]
    );
    let test_command = block[1].split('#').next().unwrap_or_default().trim();
    assert_eq!(test_command, "cargo test-all", "the second command should be the tests");
    let ci = read(".ci/run");
    assert!(
        ci.lines().any(|l| l.trim() == test_command),
        ".ci/run should run the README's test command `{test_command}` as written"
    );
}

/// The Markdown files of the repository: its root, `docs/`, `benches/`,
/// `crates/*` and the test fixtures (not build output or fuzz corpora).
fn markdown_files() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.to_path_buf()];
    let mut found = Vec::new();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display())) {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if path.is_dir() {
                if !name.starts_with('.') && !["target", "corpus", "artifacts", "node_modules"].contains(&name) {
                    dirs.push(path);
                }
            } else if name.ends_with(".md") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces
/// as hyphens.
fn anchor_of(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The text of a Markdown file outside fenced code blocks.
fn prose(text: &str) -> Vec<&str> {
    let mut fenced = false;
    text.lines()
        .filter(|line| {
            if line.trim_start().starts_with("```") {
                fenced = !fenced;
                return false;
            }
            !fenced
        })
        .collect()
}

/// The targets of the inline links `[text](target)` of a line.
fn link_targets(line: &str) -> Vec<&str> {
    let mut targets = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("](") {
        rest = &rest[at + 2..];
        let Some(end) = rest.find(')') else { break };
        targets.push(rest[..end].trim());
        rest = &rest[end..];
    }
    targets
}

#[test]
fn relative_links_in_the_markdown_resolve() {
    let files = markdown_files();
    assert!(
        files.iter().any(|f| f.ends_with("docs/cli.md")),
        "found the docs: {files:?}"
    );
    let mut broken = Vec::new();
    let mut checked = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable Markdown");
        for line in prose(&text) {
            for target in link_targets(line) {
                if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
                    continue;
                }
                checked += 1;
                let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
                let linked = if path.is_empty() {
                    file.clone()
                } else {
                    file.parent().expect("a file has a directory").join(path)
                };
                if !linked.exists() {
                    broken.push(format!("{}: {target} (no such file)", file.display()));
                    continue;
                }
                if anchor.is_empty() || (!path.is_empty() && !path.ends_with(".md")) {
                    continue;
                }
                let headings: Vec<String> = prose(&std::fs::read_to_string(&linked).expect("readable Markdown"))
                    .into_iter()
                    .filter_map(|l| l.strip_prefix('#'))
                    .map(|h| anchor_of(h.trim_start_matches('#')))
                    .collect();
                if !headings.iter().any(|h| h == anchor) {
                    broken.push(format!("{}: {target} (no such heading)", file.display()));
                }
            }
        }
    }
    assert!(checked > 20, "checked {checked} relative links");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}
