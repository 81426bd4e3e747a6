//! The library's modules import one way: no module reaches, through others,
//! back to itself. Shared pieces live in the layer below their users (for
//! example the rate bounds in `quota`, body decoding in `decode`), so that
//! `client` builds on `transport`, `auth` and `quota` and none of them on it.

use std::path::Path;

#[test]
fn the_library_has_no_import_cycle() {
    gong_testkit::layers::assert_no_import_cycle(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
}

#[test]
fn the_transport_and_the_quota_do_not_import_the_client() {
    let graph = gong_testkit::layers::import_graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    for module in ["transport", "quota", "auth", "decode"] {
        assert!(
            !graph[module].contains("client"),
            "{module} imports client: {:?}",
            graph[module]
        );
    }
}
