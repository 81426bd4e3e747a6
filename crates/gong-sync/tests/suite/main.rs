//! gong-sync's integration tests, one test binary: the sandbox or httpmock
//! on the wire, SQLite files and private PostgreSQL clusters.

mod common;

mod hostile;
mod layers;
mod reemit;
mod sync;
mod sync_pg;
