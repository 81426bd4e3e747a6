//! Hostile databases: numbers no sync writes are typed errors, never an
//! overflow.

use std::future::Future;
use std::time::Duration;

use crate::common::TempDir;

async fn bounded<T>(what: &str, f: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(60), f)
        .await
        .unwrap_or_else(|_| panic!("{what}: no answer within 60 s"))
}

/// A database whose checkpoints hold numbers no sync writes (2^63 - 1
/// generations, negative page counts): a typed error, never an overflow
/// (these tests run in the debug profile, where overflow panics).
#[tokio::test]
async fn a_checkpoint_generation_of_2_pow_63_minus_1_is_a_typed_error() {
    use gong_sync::{SyncOptions, Syncer};
    let dir = TempDir::new("sync-generation");
    let path = dir.path("gong.db");
    let url = format!("sqlite:{}", path.display());
    let store = gong_sync::open_store(&url).await.unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    for stream in ["workspaces", "users", "calls", "transcripts", "library"] {
        conn.execute(
            "INSERT INTO sync_checkpoints (stream, generation, pass_pages, pass_total, updated_at)
             VALUES (?1, 9223372036854775807, -1, 9223372036854775807, '2026-01-01T00:00:00Z')",
            [stream],
        )
        .unwrap();
    }
    let sb = gong_sandbox::Sandbox::builder()
        .calls(20)
        .rate_limit(None)
        .start()
        .await
        .unwrap();
    let client = sb.client_builder().rate_limit(None).daily_budget(None).build().unwrap();
    let err = bounded("sync", Syncer::new(&client, store.as_ref(), SyncOptions::new()).run())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("cannot grow further"), "{err}");
}
