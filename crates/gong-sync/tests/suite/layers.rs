//! The sync crate's modules import one way: no module reaches, through
//! others, back to itself.

use std::path::Path;

#[test]
fn the_sync_crate_has_no_import_cycle() {
    gong_testkit::layers::assert_no_import_cycle(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
}
