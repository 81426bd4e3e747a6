//! One name per connector action: the operation table (`xtask/src/table.rs`,
//! generated into `gong_client::api::operations`), the action catalog
//! (`gong_client::actions::ACTIONS`), the `gong` commands and their help, the
//! facade methods and the action table of `docs/actions.md` must all agree. Lives in the
//! CLI crate, the one place that sees all four.

use std::collections::BTreeSet;
use std::path::Path;

use clap::CommandFactory;
use gong_client::actions::{ACTIONS, ActionInfo};
use gong_client::api::operations;

/// The nouns whose leaves are connector actions.
const ACTION_NOUNS: &[&str] = &[
    "calls",
    "transcripts",
    "media",
    "users",
    "workspaces",
    "library",
    "meetings",
    "events",
    "privacy",
    "logs",
];

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
}

/// The action table of `docs/actions.md`, as the catalog and the operation table give it.
fn actions_doc_table() -> String {
    let mut out = String::from(
        "| connector action | method | `gong` command | endpoint | OAuth scope |\n|---|---|---|---|---|\n",
    );
    for a in ACTIONS {
        let (endpoint, scope) = match operations::find(a.operation) {
            Some(op) => (
                format!("`{} {}`", op.method, op.path),
                op.scope.map_or("none".to_owned(), |s| format!("`{s}`")),
            ),
            None => ("any".to_owned(), "the endpoint's".to_owned()),
        };
        out.push_str(&format!(
            "| {} | `{}` | `{}` | {endpoint} | {scope} |\n",
            a.title, a.method, a.cli
        ));
    }
    out.push_str(
        "| Process Automation (trigger) | `webhook::AutomationRule::verify` | `webhook listen` | your URL | none |\n",
    );
    out
}

#[test]
fn the_catalog_is_the_operation_tables_actions() {
    let from_table: Vec<_> = operations::ALL
        .iter()
        .filter_map(|op| op.action.map(|a| (op, a)))
        .collect();
    for (op, action) in &from_table {
        let entries: Vec<&ActionInfo> = ACTIONS.iter().filter(|a| a.operation == op.id).collect();
        assert_eq!(entries.len(), 1, "{} has {} catalog entries", op.id, entries.len());
        let entry = entries[0];
        assert_eq!(
            (entry.name, entry.title, entry.method, entry.cli),
            (action.name, action.title, action.method, action.cli),
            "catalog entry of {}",
            op.id
        );
    }
    let extra: Vec<&str> = ACTIONS
        .iter()
        .filter(|a| operations::find(a.operation).is_none_or(|op| op.action.is_none()))
        .map(|a| a.name)
        .collect();
    assert_eq!(
        extra,
        ["raw"],
        "catalog entries the operation table does not give an action"
    );
    let mut names = BTreeSet::new();
    for a in ACTIONS {
        assert!(names.insert(a.name), "{} twice", a.name);
        assert_eq!(
            a.method,
            a.name.replace('-', "_"),
            "{}: one name for method and catalog",
            a.name
        );
        assert!(
            a.cli == a.name || a.cli.ends_with(&format!(" {}", a.name)),
            "{}: the command's leaf is the action's name, not {:?}",
            a.name,
            a.cli
        );
    }
}

/// Commands under an action's noun that are not connector actions: each one
/// is named here on purpose, so a new leaf cannot slip past the catalog.
const NOT_ACTIONS: &[&str] = &[
    // `POST /v2/calls/extensive` as JSON Lines: a data export, not an action.
    "calls export",
];

#[test]
fn every_action_is_a_gong_command_named_after_it_whose_help_gives_the_title() {
    let cli = crate::Cli::command();
    let mut commands = BTreeSet::new();
    for a in ACTIONS {
        let mut cmd = &cli;
        for word in a.cli.split(' ') {
            cmd = cmd
                .get_subcommands()
                .find(|c| c.get_name() == word)
                .unwrap_or_else(|| panic!("`gong {}` ({}) is not a command", a.cli, a.name));
        }
        let about = cmd.get_about().map(|s| s.to_string()).unwrap_or_default();
        if a.name != "raw" {
            assert!(
                about.contains(&format!("({})", a.title)),
                "`gong {}`'s help {about:?} does not name {:?}",
                a.cli,
                a.title
            );
        }
        commands.insert(a.cli.to_owned());
    }
    for noun in ACTION_NOUNS {
        let noun_cmd = cli.find_subcommand(noun).unwrap_or_else(|| panic!("no `gong {noun}`"));
        for leaf in noun_cmd.get_subcommands() {
            let full = format!("{noun} {}", leaf.get_name());
            assert!(
                commands.contains(&full) || NOT_ACTIONS.contains(&full.as_str()),
                "`gong {full}` is neither a catalog action nor listed in NOT_ACTIONS"
            );
        }
    }
}

#[test]
fn every_action_has_its_facade_method() {
    let mut sources = String::new();
    for entry in std::fs::read_dir(root().join("src/actions")).expect("src/actions") {
        sources.push_str(&std::fs::read_to_string(entry.expect("an entry").path()).expect("readable"));
    }
    sources.push_str(&read("src/raw.rs"));
    sources.push_str(&read("src/media.rs"));
    for a in ACTIONS {
        assert!(
            sources.contains(&format!(" fn {}(", a.method)),
            "no `Client::{}` for {}",
            a.method,
            a.name
        );
    }
}

#[test]
fn the_documented_action_table_is_the_catalog() {
    let doc = read("docs/actions.md");
    let (begin, end) = (
        "<!-- actions:begin (checked by crates/gong-cli/src/actions_table.rs) -->\n",
        "<!-- actions:end -->",
    );
    let start = doc.find(begin).expect("docs/actions.md has the actions:begin marker") + begin.len();
    let stop = start
        + doc[start..]
            .find(end)
            .expect("docs/actions.md has the actions:end marker");
    let expected = actions_doc_table();
    assert!(
        doc[start..stop] == expected,
        "the action table of docs/actions.md differs from the catalog; it should read:\n{expected}"
    );
}

#[test]
fn titles_are_the_requirements() {
    // The requirement's text, where this checkout sits next to it.
    let Ok(seed) = std::fs::read_to_string(root().join("../shared/seed/gong-connector.txt")) else {
        eprintln!("../shared/seed/gong-connector.txt is absent; titles not checked");
        return;
    };
    let lines: BTreeSet<&str> = seed.lines().map(str::trim).collect();
    for a in ACTIONS {
        assert!(
            lines.contains(a.title),
            "{:?} is not a title of the requirement",
            a.title
        );
    }
}

/// Every action over a paged operation (the operation table's `cursor`)
/// is a listing, and every listing takes `--limit`: derived from the tables,
/// so a new paged action without it fails here. `raw` pages any endpoint
/// with `--paginate`, so it takes `--limit` too.
#[test]
fn every_paged_action_takes_limit() {
    let cli = crate::Cli::command();
    let paged: Vec<&ActionInfo> = ACTIONS
        .iter()
        .filter(|a| a.name == "raw" || operations::find(a.operation).is_some_and(|op| op.cursor.is_some()))
        .collect();
    assert!(paged.len() >= 5, "only {} paged actions", paged.len());
    for a in paged {
        let mut cmd = &cli;
        for word in a.cli.split(' ') {
            cmd = cmd
                .get_subcommands()
                .find(|c| c.get_name() == word)
                .unwrap_or_else(|| panic!("{}: no command {:?}", a.name, a.cli));
        }
        assert!(
            cmd.get_arguments().any(|arg| arg.get_long() == Some("limit")),
            "`gong {}` lists {} but takes no --limit",
            a.cli,
            a.name
        );
    }
}
