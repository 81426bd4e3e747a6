//! Properties of hostile input, over generated values: arbitrary
//! `Retry-After` values, quota states, token answers and page bodies. The
//! property each time: no panic (the tests run in the debug profile, where
//! an overflow panics too), a bounded wait, and a typed error or a correct
//! result. Case counts are small so that CI stays fast.

use std::time::{Duration, SystemTime};

use gong_client::quota::{QuotaSettings, QuotaState, Refusal};
use gong_client::retry::{Decision, Idempotency, Outcome, RetryPolicy, decide, parse_retry_after};
use gong_client::{AuthError, Error};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::json;

use crate::common::{Reply, ScriptServer};

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

/// Numbers of every shape Retry-After may take, and anything at all.
fn retry_after_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[+-]?[0-9]{0,40}(\\.[0-9]{0,12})?([eE][+-]?[0-9]{1,4})?",
        "(NaN|nan|inf|-inf|infinity|1e20|1.8e19|-0|0x10)",
        "(Mon|Fri|Sun), [0-9]{2} (Jan|Dec) (1900|1970|2100|9999) [0-9]{2}:[0-9]{2}:[0-9]{2} GMT",
        ".{0,80}",
    ]
}

#[test]
fn retry_after_never_panics_and_a_retry_never_waits_past_the_cap() {
    let policy = RetryPolicy::default();
    runner(2_000)
        .run(&(retry_after_text(), 0u32..5), |(text, attempt)| {
            let parsed = parse_retry_after(&text, SystemTime::now());
            let outcome = Outcome::Status {
                status: 429,
                retry_after: parsed,
            };
            if let Decision::Retry(wait) = decide(outcome, attempt, Idempotency::Idempotent, &policy, 0.5) {
                prop_assert!(wait <= policy.max_retry_after, "{text:?}: {wait:?}");
            }
            Ok(())
        })
        .unwrap();
}

/// A stored value: near `now`, anywhere, or at the edges.
fn stored(now: u64) -> impl Strategy<Value = u64> {
    prop_oneof![
        Just(0),
        Just(u64::MAX),
        any::<u64>(),
        (0u64..1_000_000_000_000).prop_map(move |d| now.saturating_add(d)),
        (0u64..1_000_000_000_000).prop_map(move |d| now.saturating_sub(d)),
    ]
}

#[test]
fn quota_states_never_panic_wait_past_the_longest_hold_or_lock_for_more_than_a_day() {
    let now = 1_780_000_000_000_000u64;
    let day = 86_400_000_000u64;
    let state = (
        proptest::collection::vec(stored(now), 0..8),
        stored(now),
        stored(now),
        stored(now),
        stored(now),
        proptest::option::of(stored(now)),
        any::<u32>(),
        stored(now),
    );
    let retry_after = proptest::option::of(prop_oneof![
        (0u64..300).prop_map(Duration::from_secs),
        Just(Duration::MAX),
        any::<u64>().prop_map(Duration::from_micros),
    ]);
    let rate = prop_oneof![Just(None), Just(Some(3.0)), Just(Some(0.5)), Just(Some(250.0))];
    runner(1_000)
        .run(
            &(state, retry_after, rate, 0u64..2_000_000_000),
            |((recent, hold, refused, learned, learned_at, day_start, spent, throttled), after, rate, later)| {
                let json = json!({
                    "recent": recent, "hold_until": hold, "refused_until": refused, "learned_us": learned,
                    "learned_at": learned_at, "day_start": day_start, "day_spent": spent, "throttled": throttled,
                });
                let mut st: QuotaState = serde_json::from_value(json).unwrap();
                let settings = QuotaSettings::gong().with_per_second(rate);
                // A whole window plus the margin past the longest hold (a
                // second learned from 429s included).
                let window = rate.map_or(0, |r: f64| (r.floor().max(1.0) / r * 2e6) as u64 + 2_050_000);
                let bound = QuotaSettings::DEFAULT_MAX_HOLD.as_micros() as u64 + window;
                for t in [now, now + later] {
                    let _ = st.usage(t, &settings);
                    match st.reserve(t, &settings) {
                        Ok(start) => prop_assert!(start.saturating_sub(t) <= bound, "waits {}", start - t),
                        Err(Refusal::RateLimited { retry_in_us }) => prop_assert!(retry_in_us <= day),
                        Err(Refusal::Budget(b)) => prop_assert!(b.renews_in_us <= day, "{b:?}"),
                        Err(other) => prop_assert!(false, "{other:?}"),
                    }
                    let slot = st.reslot(t, &settings);
                    prop_assert!(slot.saturating_sub(t) <= bound);
                    st.throttled(t, after, &settings);
                    let _ = Error::from(Refusal::RateLimited { retry_in_us: u64::MAX }).to_string();
                }
                Ok(())
            },
        )
        .unwrap();
}

/// A JSON value of any shape, small.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        ".{0,40}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            proptest::collection::btree_map("[a-zA-Z]{1,12}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

fn tenant_url() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        Just(json!("https://company-17.api.gong.io")),
        Just(json!("http://0.0.0.0:9")),
        Just(json!("https://evil.example")),
        Just(json!("http://127.0.0.1:9")),
        "(https?|ftp)://[a-z0-9.:@\\[\\]-]{0,40}(/.{0,10})?".prop_map(serde_json::Value::from),
        any_json(),
    ]
}

#[test]
fn token_answers_never_panic_and_a_kept_tenant_url_is_always_a_checked_one() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(ScriptServer::start(vec![]));
    let config = gong_client::auth::OAuthConfig::new("cid", "csecret", "http://localhost:1/cb")
        .with_urls(format!("{}/authorize", server.url), format!("{}/token", server.url));
    let answer = (
        prop_oneof![".{0,20}".prop_map(serde_json::Value::from), any_json()],
        proptest::option::of(any_json()),
        prop_oneof![
            Just(json!(u64::MAX)),
            Just(json!(-1)),
            Just(json!(1e300)),
            Just(json!("86400")),
            any_json()
        ],
        tenant_url(),
    );
    runner(200)
        .run(&answer, |(access, refresh, expires_in, url)| {
            let mut body =
                json!({ "access_token": access, "expires_in": expires_in, "api_base_url_for_customer": url });
            if let Some(r) = refresh {
                body["refresh_token"] = r;
            }
            server.set_fallback(Reply::json(200, body));
            let store = std::sync::Arc::new(gong_client::auth::MemoryTokenStore::default());
            let client = gong_client::Client::builder()
                .oauth(config.clone(), store)
                .build()
                .unwrap();
            match rt.block_on(client.exchange_code("code")) {
                Ok(tokens) => {
                    if let Some(url) = &tokens.api_base_url {
                        prop_assert!(config.check_tenant_url(url).is_ok(), "{url}");
                    }
                }
                Err(Error::Decode { .. } | Error::Auth(AuthError::TenantUrlRefused { .. })) => {}
                Err(other) => prop_assert!(false, "untyped: {other:?}"),
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn page_bodies_of_any_shape_end_in_a_result_or_a_typed_error() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(ScriptServer::start(vec![]));
    let client = gong_client::Client::builder()
        .base_url(&server.url)
        .api_key("k", "s")
        .rate_limit(None)
        .retry_policy(RetryPolicy::none())
        .max_body_bytes(4096)
        .build()
        .unwrap();
    let body = prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..6000),
        any_json().prop_map(|v| v.to_string().into_bytes()),
        (any_json(), proptest::option::of(".{0,30}")).prop_map(|(calls, cursor)| {
            json!({"requestId": "r", "records": {"totalRecords": 1, "currentPageSize": 1, "currentPageNumber": 0, "cursor": cursor}, "calls": calls})
                .to_string()
                .into_bytes()
        }),
    ];
    let status = prop_oneof![Just(200u16), Just(404), Just(429), Just(500)];
    runner(200)
        .run(&(body, status), |(body, status)| {
            server.set_fallback(Reply::Respond {
                status,
                headers: vec![("content-type".into(), "application/json".into())],
                body,
            });
            let answer = rt.block_on(async {
                tokio::time::timeout(Duration::from_secs(20), client.api().list_calls().send()).await
            });
            match answer {
                Err(_) => prop_assert!(false, "no answer within 20 s"),
                Ok(Ok(_)) => {}
                Ok(Err(
                    Error::Decode { .. } | Error::BodyTooLarge { .. } | Error::Api { .. } | Error::RateLimited { .. },
                )) => {}
                Ok(Err(other)) => prop_assert!(false, "untyped: {other:?}"),
            }
            Ok(())
        })
        .unwrap();
}
