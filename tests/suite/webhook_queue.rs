//! The webhook queue (`gong_client::webhook::queue`) on a real PostgreSQL
//! server of each test's own ([`gong_testkit::PgServer`]): what a row keeps,
//! redeliveries absorbed by the key, claims under a lease, ack/nack, retries
//! and dead letters, lease take-over, the order of one call's events,
//! retention, the notification that wakes an idle consumer, and the receiver
//! answering 2xx only once the row committed. Missing PostgreSQL fails the
//! tests in CI and skips them elsewhere.
//!
//! Timing: leases and backoffs are short where a test waits for them; waits
//! are bounded from above with generous margins, never measured.
#![cfg(all(feature = "webhook-queue", feature = "webhook-server"))]

use std::time::Duration;

use futures::StreamExt;
use gong_client::webhook::queue::{ConsumerOptions, Enqueued, Nacked, PgQueue, QueueOptions};
use gong_client::webhook::server::{self, ServeLimits, WebhookServer};
use gong_client::webhook::{AutomationEvent, AutomationRule, AutomationRules, Delivery};
use gong_testkit::PgServer;

const KEY: &str = "queue-test-key";

/// A verified event of `call_id` (none: an event without a call id).
fn event(call_id: Option<&str>, is_test: bool, extra: &str) -> AutomationEvent {
    let meta = call_id.map_or(String::new(), |id| format!(r#""id": "{id}", "#));
    // Odd spacing and an unknown field: the row must keep the bytes as sent.
    let body = format!(
        r#"{{ "callData" : {{"metaData": {{{meta}"title": "T {extra}"}}, "newField": [1, 2.50]}},  "isTest": {is_test}}}"#
    );
    AutomationRule::url_key("r", KEY)
        .unwrap()
        .verify_now(&Delivery::url_key(Some(KEY), body.as_bytes()))
        .unwrap()
}

async fn raw_client(url: &str) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(connection);
    client
}

fn quick() -> ConsumerOptions {
    ConsumerOptions::default()
        .with_lease(Duration::from_secs(30))
        .with_backoff(Duration::from_millis(20), Duration::from_millis(40))
        .with_poll_interval(Duration::from_millis(50))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_row_keeps_the_body_rule_and_arrival_and_a_redelivery_adds_nothing() {
    let Some(pg) = PgServer::start("queue_rows") else {
        return;
    };
    let queue = PgQueue::connect(pg.url()).await.unwrap();
    let live = event(Some("7782342274025937895"), false, "a");
    let Enqueued::New { id } = queue.enqueue("won-deals", &live).await.unwrap() else {
        panic!("the first delivery is new")
    };
    // The same call again (even with another body), from any receiver: nothing new.
    let other_receiver = PgQueue::connect(pg.url()).await.unwrap();
    let again = event(Some("7782342274025937895"), false, "b");
    assert_eq!(
        other_receiver.enqueue("won-deals", &again).await.unwrap(),
        Enqueued::Duplicate
    );
    assert_eq!(queue.enqueue("won-deals", &live).await.unwrap(), Enqueued::Duplicate);
    // The test delivery, another rule, and events without a call id are their own.
    let test = event(Some("7782342274025937895"), true, "a");
    assert!(matches!(
        queue.enqueue("won-deals", &test).await.unwrap(),
        Enqueued::New { .. }
    ));
    assert!(matches!(
        queue.enqueue("new-calls", &live).await.unwrap(),
        Enqueued::New { .. }
    ));
    let anonymous = event(None, false, "x");
    assert!(matches!(
        queue.enqueue("won-deals", &anonymous).await.unwrap(),
        Enqueued::New { .. }
    ));
    assert_eq!(
        queue.enqueue("won-deals", &anonymous).await.unwrap(),
        Enqueued::Duplicate
    );
    assert!(matches!(
        queue.enqueue("won-deals", &event(None, false, "y")).await.unwrap(),
        Enqueued::New { .. }
    ));
    // A rule name the receiver could never have verified is refused before anything is written.
    let e = queue.enqueue("no spaces", &live).await.unwrap_err();
    assert!(e.to_string().contains("rule"), "{e}");

    let raw = raw_client(pg.url()).await;
    let row = raw
        .query_one(
            "SELECT rule, call_id, is_test, body, state, now() - received_at FROM webhook_events WHERE id = $1",
            &[&id],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "won-deals");
    assert_eq!(row.get::<_, Option<String>>(1).as_deref(), Some("7782342274025937895"));
    assert!(!row.get::<_, bool>(2));
    assert_eq!(row.get::<_, Vec<u8>>(3), live.raw_body(), "the body byte for byte");
    assert_eq!(row.get::<_, String>(4), "pending");
    let count: i64 = raw
        .query_one("SELECT count(*) FROM webhook_events", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(count, 5);
    let status = queue.status().await.unwrap();
    assert_eq!((status.pending, status.leased, status.done, status.dead), (5, 0, 0, 0));
    assert!(status.oldest_pending_age.unwrap() < Duration::from_secs(600));

    // The schema is versioned; connecting again migrates nothing and keeps the rows.
    let versions: Vec<i64> = raw
        .query("SELECT version FROM webhook_queue_schema", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(versions, [gong_client::webhook::queue::SCHEMA_VERSION]);
    let reopened = PgQueue::connect(pg.url()).await.unwrap();
    assert_eq!(reopened.status().await.unwrap().pending, 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_from_a_newer_build_is_refused_and_left_alone() {
    let Some(pg) = PgServer::start("queue_newer") else {
        return;
    };
    let raw = raw_client(pg.url()).await;
    let newer = gong_client::webhook::queue::SCHEMA_VERSION + 1;
    raw.batch_execute(&format!(
        "CREATE TABLE webhook_queue_schema (version BIGINT NOT NULL);
         INSERT INTO webhook_queue_schema VALUES ({newer});"
    ))
    .await
    .unwrap();
    let e = PgQueue::connect(pg.url()).await.unwrap_err();
    assert!(
        matches!(&e, gong_client::Error::InvalidInput { field, rule, .. } if field == "queue" && rule.contains(&newer.to_string())),
        "{e}"
    );
    let tables: i64 = raw
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 'webhook_events'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(tables, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_event_is_retried_with_backoff_then_dead_with_its_error_and_can_be_requeued() {
    let Some(pg) = PgServer::start("queue_dead") else {
        return;
    };
    let queue = PgQueue::connect(pg.url()).await.unwrap();
    queue.enqueue("r", &event(Some("1"), false, "")).await.unwrap();
    let consumer = queue.consumer(quick().with_max_attempts(3)).await.unwrap();
    let mut outcomes = Vec::new();
    for attempt in 1..=3 {
        let ev = tokio::time::timeout(Duration::from_secs(20), consumer.next())
            .await
            .expect("the retry comes after its backoff")
            .unwrap();
        assert_eq!(ev.attempt, attempt);
        assert_eq!(ev.call_id.as_deref(), Some("1"));
        outcomes.push(ev.nack(&format!("boom {attempt}")).await.unwrap());
    }
    assert_eq!(
        outcomes,
        [
            Nacked::Retry {
                after: Duration::from_millis(20)
            },
            Nacked::Retry {
                after: Duration::from_millis(40)
            },
            Nacked::Dead
        ]
    );
    assert!(
        consumer.try_next().await.unwrap().is_none(),
        "a dead event is not handed out"
    );
    let dead = queue.dead(10).await.unwrap();
    assert_eq!(dead.len(), 1);
    assert_eq!((dead[0].attempts, dead[0].last_error.as_str()), (3, "boom 3"));
    assert!(dead[0].died_at.is_some());
    let status = queue.status().await.unwrap();
    assert_eq!((status.pending, status.dead), (0, 1));

    assert_eq!(queue.retry_dead(Some(&[dead[0].id + 1000])).await.unwrap(), 0);
    assert_eq!(queue.retry_dead(None).await.unwrap(), 1);
    let ev = consumer.try_next().await.unwrap().expect("requeued");
    assert_eq!(ev.attempt, 1, "attempts start again");
    ev.ack().await.unwrap();
    let status = queue.status().await.unwrap();
    assert_eq!((status.pending, status.leased, status.done, status.dead), (0, 0, 1, 0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lease_that_runs_out_goes_to_another_consumer_and_the_first_cannot_settle_it() {
    let Some(pg) = PgServer::start("queue_lease") else {
        return;
    };
    let queue = PgQueue::connect(pg.url()).await.unwrap();
    queue.enqueue("r", &event(Some("1"), false, "")).await.unwrap();
    queue.enqueue("r", &event(Some("2"), false, "")).await.unwrap();
    let a = queue
        .consumer(quick().with_lease(Duration::from_millis(300)))
        .await
        .unwrap();
    let b = queue.consumer(quick()).await.unwrap();

    // A live consumer keeps its event past the lease: the lease is renewed.
    let kept = a.try_next().await.unwrap().unwrap();
    assert_eq!(kept.call_id.as_deref(), Some("1"));
    let other = b.try_next().await.unwrap().unwrap();
    assert_eq!(other.call_id.as_deref(), Some("2"));
    tokio::time::sleep(Duration::from_millis(900)).await;
    assert!(b.try_next().await.unwrap().is_none(), "renewed leases hold");
    assert!(!kept.lease_lost());
    kept.ack().await.unwrap();
    other.ack().await.unwrap();

    // A consumer that stops renewing (here: it dropped the event) loses it
    // once the lease runs out, and the next claim counts a second attempt.
    queue.enqueue("r", &event(Some("3"), false, "")).await.unwrap();
    let dropped = a.try_next().await.unwrap().unwrap();
    assert_eq!(dropped.attempt, 1);
    drop(dropped);
    let mut taken = None;
    for _ in 0..400 {
        taken = b.try_next().await.unwrap();
        if taken.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let taken = taken.unwrap();
    assert_eq!((taken.call_id.as_deref(), taken.attempt), (Some("3"), 2));

    // The first holder of a lease that was taken over cannot settle it.
    queue.enqueue("r", &event(Some("4"), false, "")).await.unwrap();
    let first = a.try_next().await.unwrap().unwrap();
    let raw = raw_client(pg.url()).await;
    raw.execute(
        "UPDATE webhook_events SET lease_until = now() - interval '1 second' WHERE id = $1",
        &[&first.id],
    )
    .await
    .unwrap();
    let second = b.try_next().await.unwrap().expect("the expired lease is taken over");
    assert_eq!(second.id, first.id);
    let e = first.ack().await.unwrap_err();
    assert!(e.to_string().contains("another consumer"), "{e}");
    second.ack().await.unwrap();
    taken.ack().await.unwrap();
    assert_eq!(queue.status().await.unwrap().done, 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_of_one_call_are_handed_out_one_at_a_time_in_order() {
    let Some(pg) = PgServer::start("queue_order") else {
        return;
    };
    let queue = PgQueue::connect(pg.url()).await.unwrap();
    // Call 7: three events (two rules, and a test delivery); call 8: one.
    queue.enqueue("first", &event(Some("7"), false, "")).await.unwrap();
    queue.enqueue("second", &event(Some("7"), false, "")).await.unwrap();
    queue.enqueue("first", &event(Some("8"), false, "")).await.unwrap();
    queue.enqueue("first", &event(Some("7"), true, "")).await.unwrap();
    let a = queue.consumer(quick()).await.unwrap();
    let b = queue.consumer(quick()).await.unwrap();
    let e1 = a.try_next().await.unwrap().unwrap();
    assert_eq!((e1.rule.as_str(), e1.call_id.as_deref()), ("first", Some("7")));
    let e8 = b.try_next().await.unwrap().unwrap();
    assert_eq!(e8.call_id.as_deref(), Some("8"));
    assert!(
        b.try_next().await.unwrap().is_none(),
        "call 7's next event waits for the leased one"
    );
    // A failed event keeps its call's place: the next waits for its retry.
    e1.nack("not yet").await.unwrap();
    let retried = a.next().await.unwrap();
    assert_eq!((retried.rule.as_str(), retried.attempt), ("first", 2));
    assert!(b.try_next().await.unwrap().is_none());
    retried.ack().await.unwrap();
    let e2 = b.try_next().await.unwrap().unwrap();
    assert_eq!((e2.rule.as_str(), e2.is_test), ("second", false));
    assert!(a.try_next().await.unwrap().is_none());
    e2.ack().await.unwrap();
    let e3 = a.try_next().await.unwrap().unwrap();
    assert_eq!((e3.rule.as_str(), e3.is_test), ("first", true));
    e3.ack().await.unwrap();
    e8.ack().await.unwrap();
    assert!(queue.is_empty().await.unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_consumers_racing_never_hold_two_events_of_one_call() {
    let Some(pg) = PgServer::start("queue_race") else {
        return;
    };
    let queue = PgQueue::connect_with(pg.url(), QueueOptions::default().with_connections(4))
        .await
        .unwrap();
    // 20 calls with 5 events each (5 rules), one call's events after another.
    for call in 0..20 {
        for rule in ["a", "b", "c", "d", "e"] {
            queue
                .enqueue(rule, &event(Some(&call.to_string()), false, ""))
                .await
                .unwrap();
        }
    }
    let held = std::sync::Arc::new(std::sync::Mutex::new(std::collections::HashMap::<String, String>::new()));
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let consumer = queue.consumer(quick()).await.unwrap();
        let (held, log) = (held.clone(), log.clone());
        tasks.push(tokio::spawn(async move {
            while let Some(ev) = consumer.try_next().await.unwrap() {
                let call = ev.call_id.clone().unwrap();
                let before = held.lock().unwrap().insert(call.clone(), ev.rule.clone());
                assert!(before.is_none(), "call {call} held twice: {before:?} and {}", ev.rule);
                log.lock().unwrap().push((call.clone(), ev.rule.clone()));
                tokio::task::yield_now().await;
                held.lock().unwrap().remove(&call);
                ev.ack().await.unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    // Consumers stop when nothing is claimable at the moment; finish the rest.
    let last = queue.consumer(quick()).await.unwrap();
    while let Some(ev) = last.try_next().await.unwrap() {
        log.lock().unwrap().push((ev.call_id.clone().unwrap(), ev.rule.clone()));
        ev.ack().await.unwrap();
    }
    let log = log.lock().unwrap();
    assert_eq!(log.len(), 100, "each event once");
    for call in 0..20 {
        let rules: Vec<&str> = log
            .iter()
            .filter(|(c, _)| *c == call.to_string())
            .map(|(_, r)| r.as_str())
            .collect();
        assert_eq!(rules, ["a", "b", "c", "d", "e"], "call {call} in order");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_consumer_wakes_on_the_insert_and_done_events_past_retention_are_deleted() {
    let Some(pg) = PgServer::start("queue_notify") else {
        return;
    };
    let queue = PgQueue::connect(pg.url()).await.unwrap();
    // Polling once a minute: only the notification can wake it in time.
    let consumer = queue
        .consumer(quick().with_poll_interval(Duration::from_secs(60)).with_keep_done(None))
        .await
        .unwrap();
    let mut stream = Box::pin(consumer.into_stream());
    let waiting = tokio::spawn(async move {
        let ev = stream.next().await.unwrap().unwrap();
        let id = ev.id;
        ev.ack().await.unwrap();
        id
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let Enqueued::New { id } = queue.enqueue("r", &event(Some("1"), false, "")).await.unwrap() else {
        panic!()
    };
    let got = tokio::time::timeout(Duration::from_secs(20), waiting)
        .await
        .expect("woken by NOTIFY, well before its poll")
        .unwrap();
    assert_eq!(got, id);

    // Retention: done rows older than the limit go; a redelivery of one is new again.
    let raw = raw_client(pg.url()).await;
    raw.execute("UPDATE webhook_events SET finished_at = now() - interval '3 days'", &[])
        .await
        .unwrap();
    assert_eq!(queue.purge_done(Duration::from_secs(4 * 86_400)).await.unwrap(), 0);
    assert_eq!(queue.purge_done(Duration::from_secs(2 * 86_400)).await.unwrap(), 1);
    assert_eq!(queue.status().await.unwrap().done, 0);
    assert!(matches!(
        queue.enqueue("r", &event(Some("1"), false, "")).await.unwrap(),
        Enqueued::New { .. }
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_receiver_answers_200_once_the_row_committed_and_503_without_the_database() {
    let Some(pg) = PgServer::start("queue_receiver") else {
        return;
    };
    let queue = PgQueue::connect_with(pg.url(), QueueOptions::default().with_connections(1))
        .await
        .unwrap();
    let rules = AutomationRules::new()
        .with(AutomationRule::url_key("keyed", KEY).unwrap())
        .unwrap();
    let handler_queue = queue.clone();
    let app = WebhookServer::new(rules).router_with_handler(move |received| {
        let queue = handler_queue.clone();
        async move { queue.enqueue(&received.rule, &received.event).await.map(|_| ()) }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(server::serve(listener, app, ServeLimits::default(), async {
        let _ = stop_rx.await;
    }));
    #[cfg(feature = "rustls")]
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let url = format!("http://{addr}/keyed/{KEY}");
    let body = event(Some("42"), false, "").raw_body().to_vec();
    let post = |body: Vec<u8>| {
        let http = http.clone();
        let url = url.clone();
        async move { http.post(url).body(body).send().await.unwrap().status().as_u16() }
    };
    assert_eq!(post(body.clone()).await, 200);
    let raw = raw_client(pg.url()).await;
    let rows: i64 = raw
        .query_one("SELECT count(*) FROM webhook_events", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(rows, 1, "committed before the 200");
    // A redelivery is answered 200 and adds nothing (also past the receiver's own dedup).
    assert_eq!(post(body.clone()).await, 200);
    // The database gone: nothing is acknowledged.
    drop(raw);
    drop(pg);
    assert_eq!(post(event(Some("43"), false, "").raw_body().to_vec()).await, 503);
    let _ = stop_tx.send(());
    serving.await.unwrap();
}
