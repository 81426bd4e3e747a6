//! The sync suite against a real PostgreSQL server of the test's own
//! ([`gong_testkit::PgServer`]: a private cluster on a Unix socket, no TCP
//! port, stopped on drop). Missing binaries fail the tests in CI (`.ci/run`
//! installs Debian's `postgresql`) and skip them elsewhere, saying so.

use gong_sync::PostgresStore;
use gong_testkit::PgServer;

use crate::sync;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_full_sync_then_an_idle_run_spends_one_request() {
    let Some(pg) = PgServer::start("postgres_full_sync") else {
        return;
    };
    sync::full_then_idle(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
    // Reconnecting finds the schema in place and the data kept.
    let again = PostgresStore::connect(pg.url()).await.unwrap();
    assert_eq!(gong_sync::Store::counts(&again).await.unwrap().calls, 950);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_late_calls_and_transcripts_come_in_the_next_run() {
    let Some(pg) = PgServer::start("postgres_late_calls") else {
        return;
    };
    sync::late_calls_and_transcripts(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_budget_stop_and_resume() {
    let Some(pg) = PgServer::start("postgres_budget") else {
        return;
    };
    sync::budget_stop_and_resume(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_sync_killed_at_random_points_ends_with_every_record_once() {
    let Some(pg) = PgServer::start("postgres_killed") else {
        return;
    };
    sync::killed_and_rerun(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_search_finds_what_was_said() {
    let Some(pg) = PgServer::start("postgres_search") else {
        return;
    };
    sync::search_finds_what_was_said(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

/// A plain connection to the test's server, for what the store does not
/// show (the schema version, the tables).
async fn raw_client(url: &str) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(connection);
    client
}

async fn pg_schema(client: &tokio_postgres::Client) -> (Vec<i64>, Vec<String>) {
    let versions = client
        .query("SELECT version FROM schema_version", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let tables = client
        .query(
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'notes'
             ORDER BY tablename COLLATE \"C\"",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    (versions, tables)
}

const PG_TABLES: &[&str] = &[
    "answered_scorecards",
    "call_media",
    "call_outcomes",
    "calls",
    "flows",
    "library_folder_calls",
    "library_folders",
    "schema_version",
    "scorecards",
    "sync_checkpoints",
    "tasks",
    "trackers",
    "transcript_sentences",
    "transcripts",
    "users",
    "workspaces",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_database_at_an_older_schema_version_is_upgraded_when_opened() {
    let Some(pg) = PgServer::start("postgres_schema_old") else {
        return;
    };
    let raw = raw_client(pg.url()).await;
    raw.batch_execute(
        "CREATE TABLE schema_version (version BIGINT NOT NULL);
         INSERT INTO schema_version (version) VALUES (0);
         CREATE TABLE notes (body TEXT);
         INSERT INTO notes (body) VALUES ('kept');",
    )
    .await
    .unwrap();
    let store = PostgresStore::connect(pg.url()).await.unwrap();
    gong_sync::Store::write(&store, sync::empty_users_page(0))
        .await
        .unwrap();
    let (versions, tables) = pg_schema(&raw).await;
    assert_eq!(versions, vec![gong_sync::SCHEMA_VERSION]);
    assert_eq!(tables, PG_TABLES);
    let note: String = raw.query_one("SELECT body FROM notes", &[]).await.unwrap().get(0);
    assert_eq!(note, "kept");
    // Connecting again migrates nothing and keeps the checkpoint.
    let again = PostgresStore::connect(pg.url()).await.unwrap();
    let cp = gong_sync::Store::checkpoint(&again, gong_sync::SyncStream::Users)
        .await
        .unwrap();
    assert_eq!(cp.generation, 1);
    assert_eq!(pg_schema(&raw).await.0, vec![gong_sync::SCHEMA_VERSION]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_database_from_a_newer_build_is_refused_and_left_alone() {
    let Some(pg) = PgServer::start("postgres_schema_new") else {
        return;
    };
    let newer = gong_sync::SCHEMA_VERSION + 1;
    let raw = raw_client(pg.url()).await;
    raw.batch_execute(&format!(
        "CREATE TABLE schema_version (version BIGINT NOT NULL);
         INSERT INTO schema_version (version) VALUES ({newer});"
    ))
    .await
    .unwrap();
    let e = PostgresStore::connect(pg.url()).await.unwrap_err();
    sync::assert_schema_too_new(e, newer);
    let Err(e) = gong_sync::open_store(pg.url()).await else {
        panic!("a newer database was opened");
    };
    sync::assert_schema_too_new(e, newer);
    let (versions, tables) = pg_schema(&raw).await;
    assert_eq!(versions, vec![newer]);
    assert_eq!(tables, vec!["schema_version".to_owned()]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_the_hold_back_window_decides_which_late_calls_come_in() {
    let Some(pg) = PgServer::start("postgres_hold_back") else {
        return;
    };
    sync::hold_back_window_decides(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_a_changed_call_is_updated_and_its_transcript_fetched_again() {
    let Some(pg) = PgServer::start("postgres_changed") else {
        return;
    };
    sync::changed_records_are_updated(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_a_second_sync_of_the_same_database_cannot_advance_a_stream_twice() {
    let Some(pg) = PgServer::start("postgres_conflict") else {
        return;
    };
    sync::a_stream_advances_once_per_generation(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_the_plan_estimates_the_run_and_reads_only_first_pages() {
    let Some(pg) = PgServer::start("postgres_plan") else {
        return;
    };
    sync::plan_estimates_the_run(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_transient_faults_do_not_lose_or_repeat_records() {
    let Some(pg) = PgServer::start("postgres_faults") else {
        return;
    };
    sync::transient_faults(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_test_server_listens_on_its_own_socket_and_no_tcp_port() {
    let Some(pg) = PgServer::start("postgres_socket_only") else {
        return;
    };
    let raw = raw_client(pg.url()).await;
    let listen: String = raw.query_one("SHOW listen_addresses", &[]).await.unwrap().get(0);
    assert_eq!(listen, "");
    let sockets: String = raw.query_one("SHOW unix_socket_directories", &[]).await.unwrap().get(0);
    assert_eq!(std::path::Path::new(&sockets), pg.dir());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_long_strings_are_capped_in_columns_and_whole_in_json() {
    let Some(pg) = PgServer::start("postgres_long_strings") else {
        return;
    };
    sync::long_strings_are_capped_in_columns_and_whole_in_json(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

macro_rules! on_postgres {
    ($($name:ident => $body:expr;)*) => {$(
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn $name() {
            let Some(pg) = PgServer::start(stringify!($name)) else {
                return;
            };
            let db = sync::Db::Postgres { url: pg.url().to_owned() };
            $body(&db).await;
        }
    )*};
}

on_postgres! {
    postgres_requests_as_gong_wants_them_and_a_rerun_writes_nothing => sync::requests_as_gong_wants_them;
    postgres_private_calls_are_left_out_removed_and_kept_on_request => sync::private_calls;
    postgres_the_lookback_picks_up_a_call_renamed_days_later => sync::lookback_picks_up_late_updates;
    postgres_a_web_conference_call_is_placed_by_gongs_rule => sync::web_conference_call_is_placed_by_gongs_rule;
    postgres_a_long_retry_after_stops_cleanly_and_the_next_run_finishes => sync::long_retry_after_stops_cleanly;
    postgres_a_mirror_of_version_1_is_migrated => sync::migrates_from_1;
    postgres_a_mirror_of_version_2_is_migrated => sync::migrates_from_2;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_new_streams_mirror_the_sandbox_and_a_rerun_writes_nothing() {
    let Some(pg) = PgServer::start("postgres_new_streams") else {
        return;
    };
    crate::streams::new_streams_mirror_the_sandbox(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_a_stream_without_its_scope_is_skipped_and_the_others_complete() {
    let Some(pg) = PgServer::start("postgres_scope_skip") else {
        return;
    };
    crate::streams::missing_scope_skips_the_stream(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_answered_scorecards_ask_from_the_high_water_mark() {
    let Some(pg) = PgServer::start("postgres_incremental_scorecards") else {
        return;
    };
    crate::streams::answered_scorecards_are_incremental(&sync::Db::Postgres {
        url: pg.url().to_owned(),
    })
    .await;
}

/// Every record table exists in PostgreSQL with the columns and types the
/// one column description gives (the same description SQLite's test reads).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_tables_have_the_described_columns() {
    let Some(pg) = PgServer::start("postgres_described_columns") else {
        return;
    };
    let _store = PostgresStore::connect(pg.url()).await.unwrap();
    let (c, conn) = tokio_postgres::connect(pg.url(), tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(conn);
    for (table, want) in [
        (
            "answered_scorecards",
            "id text, scorecard_id text, scorecard_name text, call_id text, call_started timestamp with time zone, \
             reviewed_user_id text, reviewer_user_id text, review_method text, review_time timestamp with time zone, \
             json jsonb, json_sha256 text, synced_at timestamp with time zone",
        ),
        (
            "scorecards",
            "id text, name text, workspace_id text, enabled boolean, review_method text, \
             updated timestamp with time zone, json jsonb, json_sha256 text, synced_at timestamp with time zone",
        ),
        (
            "call_outcomes",
            "name text, category text, connect_status text, sentiment text, display_order bigint, json jsonb, \
             json_sha256 text, synced_at timestamp with time zone",
        ),
    ] {
        let got: Vec<String> = c
            .query(
                "SELECT column_name || ' ' || data_type FROM information_schema.columns
                 WHERE table_name = $1 ORDER BY ordinal_position",
                &[&table],
            )
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert_eq!(got.join(", "), want, "{table}");
    }
}
