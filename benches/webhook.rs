//! Verifications per second of an automation-rule webhook, on one thread,
//! against a bare `jsonwebtoken::decode` of the same token with the same key.
//!
//! Run (pin to one core for steadier numbers):
//!
//! ```text
//! taskset -c 0 cargo bench --bench webhook --features test-util
//! ```
//!
//! Variants, interleaved round by round so drift hits all alike; each reports
//! its best round:
//! - `bare`: `jsonwebtoken::decode` of the claims (RS256 signature, claims
//!   JSON, `exp` against the clock), the `DecodingKey` and `Validation` built
//!   once, as a careful caller would;
//! - `ours-auth`: [`AutomationRule::authenticate`]: the same decode plus the
//!   body's SHA-256, the `exp`, `body_sha256` and `webhook_url` checks;
//! - `ours-full`: [`AutomationRule::verify`]: `ours-auth` plus parsing the
//!   body into the typed event.
//!
//! The target is `ours-auth` at 90 % or more of `bare`.

use std::hint::black_box;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use gong_client::webhook::{AutomationRule, Delivery, test_util};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;

const URL: &str = "https://hooks.example.com/gong/calls?tenant=acme";

#[derive(Deserialize)]
#[allow(dead_code)]
struct Claims {
    body_sha256: String,
    webhook_url: String,
    exp: u64,
}

/// A realistic delivery of about 3 KB.
fn body() -> Vec<u8> {
    let parties: Vec<_> = (0..6)
        .map(|i| {
            serde_json::json!({
                "id": format!("5682545255455{i}"), "name": format!("Person {i}"),
                "emailAddress": format!("p{i}@acme.example"), "affiliation": "External",
                "methods": ["Invitee", "Attendee"], "speakerId": format!("643234567855553006{i}")
            })
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({
        "callData": {
            "metaData": {
                "id": "7782342274025937895", "url": "https://app.gong.io/call?id=7782342274025937895",
                "title": "Acme renewal", "scheduled": "2025-06-15T10:00:00-07:00",
                "started": "2025-06-15T10:01:02.123456-07:00", "duration": 1834,
                "primaryUserId": "234599484848423", "direction": "Conference", "system": "Zoom",
                "scope": "External", "media": "Video", "language": "eng",
                "workspaceId": "623457276584334", "isPrivate": false
            },
            "context": [{"system": "Salesforce", "objects": [{"objectType": "Opportunity",
                "objectId": "0013601230sV7grAAC", "fields": [
                    {"name": "Amount", "value": 125000.5}, {"name": "IsClosed", "value": false},
                    {"name": "StageName", "value": "Negotiation"}, {"name": "Probability", "value": 70}
                ]}]}],
            "parties": parties,
            "content": {"brief": "Renewal at the same tier; legal review of the DPA next week.",
                "topics": [{"name": "Pricing", "duration": 410}, {"name": "Security", "duration": 220}],
                "trackers": [{"id": "1234", "name": "Competitors", "count": 2, "type": "KEYWORD"}]}
        },
        "isTest": false
    }))
    .expect("serializes")
}

fn rate(iterations: u32, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    for _ in 0..iterations {
        f();
    }
    f64::from(iterations) / start.elapsed().as_secs_f64()
}

fn main() {
    let keys = test_util::generate_key_pair();
    let body = body();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs();
    let token = test_util::sign(&body, URL, keys.private_pem(), now + 86_400).expect("signs");
    let authorization = format!("Bearer {token}");

    let bare_key = DecodingKey::from_rsa_pem(keys.public_pem.as_bytes()).expect("PEM key");
    let bare_validation = Validation::new(Algorithm::RS256);
    let rule = AutomationRule::signed_jwt("calls", &keys.public_base64, URL).expect("rule");
    let delivery = Delivery::signed(Some(&authorization), &body);

    // Both must accept before being timed.
    jsonwebtoken::decode::<Claims>(&token, &bare_key, &bare_validation).expect("bare accepts");
    rule.verify(&delivery, now).expect("ours accepts");

    let iterations = 2_000;
    let rounds = 9;
    let (mut bare, mut auth, mut full) = (0f64, 0f64, 0f64);
    for _ in 0..rounds {
        bare = bare.max(rate(iterations, || {
            black_box(jsonwebtoken::decode::<Claims>(black_box(&token), &bare_key, &bare_validation).is_ok());
        }));
        auth = auth.max(rate(iterations, || {
            black_box(rule.authenticate(black_box(&delivery), now).is_ok());
        }));
        full = full.max(rate(iterations, || {
            black_box(rule.verify(black_box(&delivery), now).is_ok());
        }));
    }
    println!("body: {} bytes, token: {} bytes, RSA-{}", body.len(), token.len(), 2048);
    println!("bare jsonwebtoken::decode: {bare:>9.0} verifications/s");
    println!(
        "ours authenticate:         {auth:>9.0} verifications/s  ({:.1} % of bare)",
        100.0 * auth / bare
    );
    println!(
        "ours verify (+ parse):     {full:>9.0} verifications/s  ({:.1} % of bare)",
        100.0 * full / bare
    );
}
