//! The CLI's modules import one way. Text shown on a terminal is made safe by
//! the leaf `terminal`; the event line shared by the webhook receiver and the
//! queue's consumer is the leaf `event_line`; `sandbox` takes what it needs
//! as arguments rather than the command context.

use std::path::Path;

#[test]
fn the_cli_has_no_import_cycle() {
    gong_testkit::layers::assert_no_import_cycle(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
}

#[test]
fn the_terminal_sanitizer_is_a_leaf() {
    let graph = gong_testkit::layers::import_graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(graph["terminal"].is_empty(), "terminal imports {:?}", graph["terminal"]);
    assert!(
        graph["event_line"].is_empty(),
        "event_line imports {:?}",
        graph["event_line"]
    );
}
