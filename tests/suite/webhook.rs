//! Automation-rule webhook verification and the axum receiver.
//!
//! Keys are generated when the tests run (feature `test-util`); every check
//! takes an explicit "now", so nothing depends on the clock or its speed.
#![cfg(feature = "test-util")]

use std::sync::LazyLock;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use gong_client::webhook::test_util::{self, TestKeyPair};
use gong_client::webhook::{
    AutomationRule, AutomationRules, DecodeErrorKind, Delivery, PublicKey, UrlKeyLocation, WebhookError,
};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::json;

/// The rule's key and another one, made once per test binary.
static KEYS: LazyLock<(TestKeyPair, TestKeyPair)> =
    LazyLock::new(|| (test_util::generate_key_pair(), test_util::generate_key_pair()));

fn key() -> &'static TestKeyPair {
    &KEYS.0
}

fn other_key() -> &'static TestKeyPair {
    &KEYS.1
}

const URL: &str = "https://hooks.example.com/gong/calls?tenant=acme";
const NOW: u64 = 1_750_000_000;
const EXP: u64 = NOW + 300;

/// A delivery shaped like Gong's: ids as strings, timestamps with offsets and
/// microseconds, CRM values of several JSON types, and a field the generated
/// types do not know.
const BODY: &str = r#"{
  "callData": {
    "metaData": {
      "id": "7782342274025937895",
      "url": "https://app.gong.io/call?id=7782342274025937895",
      "title": "Acme renewal",
      "scheduled": "2025-06-15T10:00:00-07:00",
      "started": "2025-06-15T10:01:02.123456-07:00",
      "duration": 1834,
      "primaryUserId": "234599484848423",
      "direction": "Conference",
      "system": "Zoom",
      "scope": "External",
      "media": "Video",
      "language": "eng",
      "workspaceId": "623457276584334",
      "isPrivate": false,
      "futureMetaField": {"nested": [1, 2, 3]}
    },
    "context": [
      {"system": "Salesforce", "objects": [
        {"objectType": "Opportunity", "objectId": "0013601230sV7grAAC", "fields": [
          {"name": "Amount", "value": 125000.5},
          {"name": "IsClosed", "value": false},
          {"name": "StageName", "value": "Negotiation"},
          {"name": "Probability", "value": 70},
          {"name": "NextStep", "value": null}
        ]}
      ]}
    ],
    "parties": [
      {"id": "56825452554556", "emailAddress": "ann@acme.example", "name": "Ann", "affiliation": "External",
       "methods": ["Invitee", "Attendee"], "speakerId": "6432345678555530067"},
      {"id": "56825452554557", "userId": "234599484848423", "name": "Bo", "affiliation": "Internal",
       "methods": ["Attendee"]}
    ],
    "content": {"brief": "Renewal at the same tier.", "topics": [{"name": "Pricing", "duration": 410}]},
    "futureTopLevelField": "kept in raw_call"
  },
  "isTest": false,
  "isPrivate": true
}"#;

fn rule() -> AutomationRule {
    AutomationRule::signed_jwt("calls", &key().public_base64, URL).unwrap()
}

fn sign(body: &[u8], url: &str, exp: u64) -> String {
    test_util::sign(body, url, key().private_pem(), exp).unwrap()
}

fn verify_with(rule: &AutomationRule, authorization: &str, body: &[u8]) -> Result<(), WebhookError> {
    rule.verify(&Delivery::signed(Some(authorization), body), NOW).map(drop)
}

fn claims_without(name: &str) -> serde_json::Value {
    let mut claims = json!({
        "body_sha256": test_util::body_sha256_hex(BODY.as_bytes()),
        "webhook_url": URL,
        "exp": EXP,
    });
    claims.as_object_mut().unwrap().remove(name);
    claims
}

fn b64(value: &serde_json::Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).unwrap())
}

#[test]
fn valid_event_is_accepted_and_typed() {
    let token = sign(BODY.as_bytes(), URL, EXP);
    let auth = format!("Bearer {token}");
    let event = rule()
        .verify(&Delivery::signed(Some(&auth), BODY.as_bytes()), NOW)
        .unwrap();

    assert!(!event.is_test);
    assert!(event.is_private, "top-level isPrivate wins over metaData.isPrivate");
    assert_eq!(event.call_id().unwrap().as_str(), "7782342274025937895");
    let meta = event.call.meta_data.as_ref().unwrap();
    assert_eq!(meta.title.as_deref(), Some("Acme renewal"));
    assert_eq!(
        meta.started.as_ref().unwrap().utc().to_rfc3339(),
        "2025-06-15T17:01:02.123456+00:00",
        "offset and microseconds kept"
    );
    assert_eq!(meta.workspace_id.as_ref().unwrap().as_str(), "623457276584334");
    assert_eq!(event.call.parties.len(), 2);
    let fields = &event.call.context[0].objects[0].fields;
    assert_eq!(fields[0].value, Some(json!(125000.5)));
    assert_eq!(fields[1].value, Some(json!(false)));
    let raw = event.raw_call();
    assert_eq!(raw["futureTopLevelField"], "kept in raw_call");
    assert_eq!(raw["metaData"]["futureMetaField"]["nested"][2], 3);
    assert_eq!(event.raw_body(), BODY.as_bytes());
}

#[test]
fn token_with_or_without_bearer_prefix() {
    let token = sign(BODY.as_bytes(), URL, EXP);
    for auth in [
        token.clone(),
        format!("Bearer {token}"),
        format!("bearer {token}"),
        format!("  {token}  "),
    ] {
        verify_with(&rule(), &auth, BODY.as_bytes()).unwrap();
    }
}

#[test]
fn bare_base64_and_pem_keys_both_work() {
    use rsa::pkcs1::EncodeRsaPublicKey;
    use rsa::pkcs8::DecodePublicKey;

    let token = sign(BODY.as_bytes(), URL, EXP);
    let pkcs1_pem = rsa::RsaPublicKey::from_public_key_pem(&key().public_pem)
        .unwrap()
        .to_pkcs1_pem(rsa::pkcs8::LineEnding::CRLF)
        .unwrap();
    let wrapped_base64: String = key()
        .public_base64
        .as_bytes()
        .chunks(64)
        .map(|line| format!("{}\n", std::str::from_utf8(line).unwrap()))
        .collect();
    for public_key in [
        key().public_base64.clone(),
        key().public_pem.clone(),
        pkcs1_pem,
        wrapped_base64,
    ] {
        let rule = AutomationRule::signed_jwt("calls", &public_key, URL).unwrap();
        verify_with(&rule, &token, BODY.as_bytes()).unwrap();
    }
    assert_eq!(PublicKey::parse(&key().public_pem).unwrap().bits(), 2048);
}

#[test]
fn unusable_keys_are_rejected_when_the_rule_is_built() {
    let small = test_util::generate_key_pair_with_bits(1024).unwrap();
    let private_pem = key().private_pem();
    let truncated = &key().public_base64[..100];
    for bad in [small.public_base64.as_str(), private_pem, truncated, "", "bm90IGEga2V5"] {
        let err = AutomationRule::signed_jwt("calls", bad, URL).unwrap_err();
        assert!(matches!(err, WebhookError::BadKey(_)), "{err:?}");
        let text = format!("{err} {err:?}");
        assert!(
            !text.contains("PRIVATE") && (bad.len() < 8 || !text.contains(bad)),
            "{text}"
        );
    }
    let err = AutomationRule::signed_jwt("calls", &key().public_base64, "hooks.example.com/x").unwrap_err();
    assert!(matches!(err, WebhookError::BadUrl(_)));
}

#[test]
fn wrong_key_is_a_bad_signature() {
    let forged = test_util::sign(BODY.as_bytes(), URL, other_key().private_pem(), EXP).unwrap();
    assert_eq!(
        verify_with(&rule(), &forged, BODY.as_bytes()),
        Err(WebhookError::BadSignature)
    );

    // A valid token whose signature was replaced by another's.
    let genuine = sign(BODY.as_bytes(), URL, EXP);
    let (signed_part, _) = genuine.rsplit_once('.').unwrap();
    let (_, other_signature) = forged.rsplit_once('.').unwrap();
    let spliced = format!("{signed_part}.{other_signature}");
    assert_eq!(
        verify_with(&rule(), &spliced, BODY.as_bytes()),
        Err(WebhookError::BadSignature)
    );
}

#[test]
fn alg_none_is_disallowed() {
    let claims = claims_without("nothing");
    for header in [json!({"alg": "none", "typ": "JWT"}), json!({"alg": "None"})] {
        let token = format!("{}.{}.", b64(&header), b64(&claims));
        let err = verify_with(&rule(), &token, BODY.as_bytes()).unwrap_err();
        assert!(
            matches!(&err, WebhookError::DisallowedAlgorithm(alg) if alg.eq_ignore_ascii_case("none")),
            "{err:?}"
        );
    }
}

#[test]
fn hs256_signed_with_the_public_key_is_disallowed() {
    let claims = claims_without("nothing");
    let der = base64::engine::general_purpose::STANDARD
        .decode(&key().public_base64)
        .unwrap();
    let secrets: [&[u8]; 3] = [key().public_pem.as_bytes(), key().public_base64.as_bytes(), &der];
    for secret in secrets {
        for alg in [Algorithm::HS256, Algorithm::HS512] {
            let token = jsonwebtoken::encode(&Header::new(alg), &claims, &EncodingKey::from_secret(secret)).unwrap();
            let err = verify_with(&rule(), &token, BODY.as_bytes()).unwrap_err();
            assert_eq!(err, WebhookError::DisallowedAlgorithm(format!("{alg:?}")));
        }
    }
    // Other asymmetric algorithms are refused too, before any key use.
    let rs_claims = b64(&claims);
    let token = format!("{}.{rs_claims}.AAAA", b64(&json!({"alg": "PS256"})));
    assert_eq!(
        verify_with(&rule(), &token, BODY.as_bytes()),
        Err(WebhookError::DisallowedAlgorithm("PS256".into()))
    );
}

#[test]
fn expiry_honours_the_leeway() {
    let body = BODY.as_bytes();
    let expired = sign(body, URL, NOW - 10);
    assert_eq!(
        verify_with(&rule(), &expired, body),
        Err(WebhookError::Expired {
            exp: NOW - 10,
            now: NOW
        })
    );
    // Within the default leeway of 5 s.
    let just_expired = sign(body, URL, NOW - 3);
    verify_with(&rule(), &just_expired, body).unwrap();
    let strict = rule().with_leeway(Duration::ZERO);
    assert!(matches!(
        verify_with(&strict, &just_expired, body),
        Err(WebhookError::Expired { .. })
    ));
    let lenient = rule().with_leeway(Duration::from_secs(60));
    verify_with(&lenient, &expired, body).unwrap();
    // Fractional exp is a NumericDate too.
    let claims = json!({"body_sha256": test_util::body_sha256_hex(body), "webhook_url": URL, "exp": EXP as f64 + 0.5});
    let token = test_util::sign_claims(&claims, key().private_pem()).unwrap();
    verify_with(&rule(), &token, body).unwrap();
}

#[test]
fn tampered_body_is_rejected() {
    let token = sign(BODY.as_bytes(), URL, EXP);
    let tampered = BODY.replace("Acme renewal", "Acme renewaL");
    assert_eq!(
        verify_with(&rule(), &token, tampered.as_bytes()),
        Err(WebhookError::BodyMismatch)
    );
    assert_eq!(verify_with(&rule(), &token, b""), Err(WebhookError::BodyMismatch));
    // Re-serializing the same JSON changes the bytes: the raw body is what counts.
    let reserialized = serde_json::to_vec(&serde_json::from_str::<serde_json::Value>(BODY).unwrap()).unwrap();
    assert_eq!(
        verify_with(&rule(), &token, &reserialized),
        Err(WebhookError::BodyMismatch)
    );
}

#[test]
fn webhook_url_is_normalized_but_query_must_match() {
    let body = BODY.as_bytes();
    for same in [
        "https://HOOKS.Example.COM/gong/calls?tenant=acme",
        "HTTPS://hooks.example.com/gong/calls/?tenant=acme",
        "https://hooks.example.com:443/gong/calls?tenant=acme",
    ] {
        verify_with(&rule(), &sign(body, same, EXP), body).unwrap_or_else(|e| panic!("{same}: {e}"));
    }
    for different in [
        "https://hooks.example.com/gong/calls?tenant=other",
        "https://hooks.example.com/gong/calls",
        "https://hooks.example.com/gong/calls?tenant=acme&x=1",
        "https://hooks.example.com/gong/Calls?tenant=acme",
        "https://evil.example.com/gong/calls?tenant=acme",
        "http://hooks.example.com/gong/calls?tenant=acme",
        "not a url",
    ] {
        assert_eq!(
            verify_with(&rule(), &sign(body, different, EXP), body),
            Err(WebhookError::UrlMismatch),
            "{different}"
        );
    }
}

#[test]
fn missing_and_malformed_claims_are_named() {
    // Gong documents no `exp`, so a token without one is accepted
    // unless the rule requires it.
    let token = test_util::sign_claims(&claims_without("exp"), key().private_pem()).unwrap();
    assert_eq!(verify_with(&rule(), &token, BODY.as_bytes()), Ok(()));
    assert_eq!(
        verify_with(&rule().with_require_exp(true), &token, BODY.as_bytes()),
        Err(WebhookError::MissingClaim("exp"))
    );
    for name in ["body_sha256", "webhook_url"] {
        let token = test_util::sign_claims(&claims_without(name), key().private_pem()).unwrap();
        let expected = match name {
            "body_sha256" => "body_sha256",
            _ => "webhook_url",
        };
        assert_eq!(
            verify_with(&rule(), &token, BODY.as_bytes()),
            Err(WebhookError::MissingClaim(expected))
        );
    }
    let mut claims = claims_without("nothing");
    claims["body_sha256"] = json!("abc");
    let token = test_util::sign_claims(&claims, key().private_pem()).unwrap();
    assert_eq!(
        verify_with(&rule(), &token, BODY.as_bytes()),
        Err(WebhookError::InvalidClaim("body_sha256"))
    );
    let mut claims = claims_without("nothing");
    claims["exp"] = json!(-5);
    let token = test_util::sign_claims(&claims, key().private_pem()).unwrap();
    assert_eq!(
        verify_with(&rule(), &token, BODY.as_bytes()),
        Err(WebhookError::InvalidClaim("exp"))
    );
}

#[test]
fn missing_or_malformed_token() {
    let body = BODY.as_bytes();
    assert_eq!(
        rule().verify(&Delivery::signed(None, body), NOW).unwrap_err(),
        WebhookError::MissingToken
    );
    assert_eq!(verify_with(&rule(), "Bearer ", body), Err(WebhookError::MissingToken));
    for garbage in ["abc", "a.b", "a.b.c.d", "!!.??.**", "Basic dXNlcjpwYXNz"] {
        assert_eq!(
            verify_with(&rule(), garbage, body),
            Err(WebhookError::MalformedToken),
            "{garbage}"
        );
    }
}

#[test]
fn oversize_body_is_rejected_first() {
    let body = vec![b' '; 2048];
    let token = sign(&body, URL, EXP);
    let small = rule().with_max_body_bytes(2047);
    assert_eq!(
        verify_with(&small, &token, &body),
        Err(WebhookError::BodyTooLarge { len: 2048, limit: 2047 })
    );
    // Checked before the token: even without one.
    assert_eq!(
        small.verify(&Delivery::signed(None, &body), NOW).unwrap_err(),
        WebhookError::BodyTooLarge { len: 2048, limit: 2047 }
    );
}

#[test]
fn authentic_but_invalid_json_is_a_typed_decode_error() {
    let cases: [(&[u8], DecodeErrorKind, usize); 4] = [
        (b"this is not json", DecodeErrorKind::Syntax, 1),
        (b"{\"callData\": {\"metaData\": {", DecodeErrorKind::Eof, 1),
        (b"{\"isTest\": true}", DecodeErrorKind::Data, 1),
        (
            b"{\n  \"callData\": {\n    \"metaData\": {\"id\": true}\n  }\n}",
            DecodeErrorKind::Data,
            3,
        ),
    ];
    for (body, kind, line) in cases {
        let token = sign(body, URL, EXP);
        match rule().verify(&Delivery::signed(Some(&token), body), NOW) {
            Err(WebhookError::Decode(err)) => {
                assert_eq!(err.kind, kind, "{err}");
                assert_eq!(err.line, line, "{err}");
                assert!(err.column > 0, "{err}");
            }
            other => panic!("expected a decode error, got {other:?}"),
        }
    }
}

#[test]
fn url_key_mode() {
    let rule = AutomationRule::url_key("keyed", "k3y-with-entropy").unwrap();
    let body = BODY.as_bytes();
    let event = rule
        .verify(&Delivery::url_key(Some("k3y-with-entropy"), body), NOW)
        .unwrap();
    assert_eq!(event.call_id().unwrap().as_str(), "7782342274025937895");
    for wrong in [Some("k3y-with-entropY"), Some("k3y-with-entropy "), Some(""), None] {
        assert_eq!(
            rule.verify(&Delivery::url_key(wrong, body), NOW).unwrap_err(),
            WebhookError::WrongUrlKey
        );
    }
    // A JWT is no substitute for the key.
    let token = sign(body, URL, EXP);
    assert_eq!(
        rule.verify(&Delivery::signed(Some(&token), body), NOW).unwrap_err(),
        WebhookError::WrongUrlKey
    );
}

#[test]
fn errors_never_show_token_or_key() {
    let body = BODY.as_bytes();
    let forged = test_util::sign(body, URL, other_key().private_pem(), EXP).unwrap();
    let expired = sign(body, URL, NOW - 100);
    let mut errors = Vec::new();
    for token in [&forged, &expired] {
        errors.push((token.clone(), verify_with(&rule(), token, body).unwrap_err()));
    }
    let keyed = AutomationRule::url_key("keyed", "super-secret-key").unwrap();
    let err = keyed
        .verify(&Delivery::url_key(Some("super-secret-kez"), body), NOW)
        .unwrap_err();
    errors.push(("super-secret-ke".to_owned(), err));
    for (secret, err) in errors {
        let shown = format!("{err} {err:?}");
        let signature = secret.rsplit('.').next().unwrap();
        assert!(!shown.contains(signature), "{shown}");
    }
    let shown = format!("{keyed:?} {:?}", rule());
    assert!(
        !shown.contains("super-secret") && !shown.contains(&key().public_base64[40..80]),
        "{shown}"
    );
}

#[test]
fn rule_set_names_the_rule_that_fired() {
    let rules = AutomationRules::new()
        .with(rule().with_route("/gong/signed").unwrap())
        .unwrap()
        .with(
            AutomationRule::url_key("keyed", "k")
                .unwrap()
                .with_url_key_location(UrlKeyLocation::Query("key".into())),
        )
        .unwrap();
    assert_eq!(rules.len(), 2);
    assert_eq!(rules.by_route("/gong/signed/").unwrap().name(), "calls");
    assert_eq!(rules.by_route("/keyed").unwrap().name(), "keyed");
    let token = sign(BODY.as_bytes(), URL, EXP);
    rules
        .verify("calls", &Delivery::signed(Some(&token), BODY.as_bytes()), NOW)
        .unwrap();
    assert!(matches!(
        rules.verify("nope", &Delivery::signed(Some(&token), BODY.as_bytes()), NOW),
        Err(WebhookError::BadRule(_))
    ));
    assert!(
        rules
            .clone()
            .with(
                AutomationRule::url_key("calls", "x")
                    .unwrap()
                    .with_route("/elsewhere")
                    .unwrap()
            )
            .is_err()
    );
}

#[cfg(feature = "webhook-server")]
mod server {
    use super::*;
    use gong_client::webhook::server::{ReceivedEvent, WebhookServer};
    use tokio::sync::mpsc;

    struct Running {
        base: String,
        http: reqwest::Client,
    }

    async fn start(router: axum::Router) -> Running {
        #[cfg(feature = "rustls")]
        let _ = rustls::crypto::ring::default_provider().install_default();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        Running {
            base: format!("http://{addr}"),
            http: reqwest::Client::builder().no_proxy().build().unwrap(),
        }
    }

    impl Running {
        async fn post(&self, path: &str, authorization: Option<&str>, body: Vec<u8>) -> (u16, Vec<u8>) {
            let mut request = self.http.post(format!("{}{path}", self.base)).body(body);
            if let Some(auth) = authorization {
                request = request.header("authorization", auth);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            (status, response.bytes().await.unwrap().to_vec())
        }
    }

    fn now() -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
    }

    fn body_for(call_id: &str) -> Vec<u8> {
        BODY.replace("7782342274025937895", call_id).into_bytes()
    }

    fn rules() -> AutomationRules {
        AutomationRules::new()
            .with(
                rule()
                    .with_route("/gong/signed")
                    .unwrap()
                    .with_max_body_bytes(64 * 1024),
            )
            .unwrap()
            .with(AutomationRule::url_key("in-path", "path-key").unwrap())
            .unwrap()
            .with(
                AutomationRule::url_key("in-query", "query key/1")
                    .unwrap()
                    .with_url_key_location(UrlKeyLocation::Query("key".into())),
            )
            .unwrap()
    }

    /// Acknowledges every event that arrives on the router's channel (the
    /// reply waits for it) and passes it on.
    fn acking(mut events: mpsc::Receiver<ReceivedEvent>) -> mpsc::UnboundedReceiver<ReceivedEvent> {
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            while let Some(received) = events.recv().await {
                received.acknowledge();
                let _ = tx.send(received);
            }
        });
        rx
    }

    #[tokio::test]
    async fn verified_events_are_delivered_once_and_failures_get_empty_401() {
        let (tx, rx) = mpsc::channel::<ReceivedEvent>(16);
        let mut rx = acking(rx);
        let server = start(WebhookServer::new(rules()).router(tx)).await;
        let exp = now() + 3600;

        let body = body_for("1001");
        let token = test_util::sign(&body, URL, key().private_pem(), exp).unwrap();
        let auth = format!("Bearer {token}");
        let (status, reply) = server.post("/gong/signed", Some(&auth), body.clone()).await;
        assert_eq!((status, reply.len()), (200, 0));
        let received = rx.recv().await.unwrap();
        assert_eq!(&*received.rule, "calls");
        assert_eq!(received.event.call_id().unwrap().as_str(), "1001");

        // Same call again: acknowledged, not delivered.
        let (status, _) = server.post("/gong/signed", Some(&auth), body.clone()).await;
        assert_eq!(status, 200);

        // Failures: 401, empty body, nothing delivered.
        let forged = test_util::sign(&body, URL, other_key().private_pem(), exp).unwrap();
        for (auth, sent) in [
            (None, body.clone()),
            (Some(forged.as_str()), body.clone()),
            (Some(auth.as_str()), body_for("1002")),
        ] {
            let (status, reply) = server.post("/gong/signed", auth, sent).await;
            assert_eq!((status, reply.len()), (401, 0));
        }

        // Authentic but not JSON: 400; oversize: 413.
        let junk = b"not json".to_vec();
        let junk_token = test_util::sign(&junk, URL, key().private_pem(), exp).unwrap();
        assert_eq!(server.post("/gong/signed", Some(&junk_token), junk).await.0, 400);
        let big = vec![b' '; 64 * 1024 + 1];
        let big_token = test_util::sign(&big, URL, key().private_pem(), exp).unwrap();
        assert_eq!(server.post("/gong/signed", Some(&big_token), big).await.0, 413);

        // URL keys, in the path and in the query.
        assert_eq!(server.post("/in-path/path-key", None, body_for("2001")).await.0, 200);
        assert_eq!(
            server.post("/in-path/wrong-key", None, body_for("2002")).await,
            (401, vec![])
        );
        assert_eq!(
            server
                .post("/in-query?key=query%20key%2F1", None, body_for("3001"))
                .await
                .0,
            200
        );
        assert_eq!(
            server.post("/in-query?key=query", None, body_for("3002")).await,
            (401, vec![])
        );
        assert_eq!(server.post("/in-query", None, body_for("3003")).await, (401, vec![]));
        // The same call fired by another rule is another event.
        assert_eq!(server.post("/in-path/path-key", None, body_for("1001")).await.0, 200);

        // Exactly these arrived, in order: no duplicate, nothing rejected.
        let mut seen = Vec::new();
        for _ in 0..3 {
            let received = rx.recv().await.unwrap();
            seen.push(format!("{}:{}", received.rule, received.event.call_id().unwrap()));
        }
        assert_eq!(seen, ["in-path:2001", "in-query:3001", "in-path:1001"]);
        assert!(rx.try_recv().is_err());
    }

    #[tokio::test]
    async fn async_handler_and_closed_channel() {
        let (tx, mut rx) = mpsc::unbounded_channel::<String>();
        let router = WebhookServer::new(rules()).router_with_handler(move |received: ReceivedEvent| {
            let tx = tx.clone();
            async move { tx.send(received.event.call_id().unwrap().to_string()) }
        });
        let server = start(router).await;
        assert_eq!(server.post("/in-path/path-key", None, body_for("4001")).await.0, 200);
        assert_eq!(rx.recv().await.unwrap(), "4001");

        // A receiver whose channel is gone answers 503 and does not mark the
        // call as seen.
        let (tx, rx) = mpsc::channel::<ReceivedEvent>(1);
        drop(rx);
        let server = start(WebhookServer::new(rules()).router(tx)).await;
        assert_eq!(server.post("/in-path/path-key", None, body_for("5001")).await.0, 503);
        assert_eq!(server.post("/in-path/path-key", None, body_for("5001")).await.0, 503);
    }
}

// ------------------------------------------------------------ what Gong sends

fn claims(extra: serde_json::Value) -> serde_json::Value {
    let mut claims = json!({"body_sha256": test_util::body_sha256_hex(BODY.as_bytes()), "webhook_url": URL});
    for (k, v) in extra.as_object().unwrap() {
        claims[k] = v.clone();
    }
    claims
}

#[test]
fn a_token_without_exp_is_accepted_unless_the_rule_requires_one() {
    let token = test_util::sign_without_exp(BODY.as_bytes(), URL, key().private_pem()).unwrap();
    let lenient = rule();
    assert!(!lenient.requires_exp());
    let event = lenient
        .verify(&Delivery::signed(Some(&token), BODY.as_bytes()), NOW)
        .unwrap();
    assert_eq!(event.call_id().unwrap().as_str(), "7782342274025937895");
    // Any time at all: there is nothing to expire.
    assert!(
        lenient
            .verify(&Delivery::signed(Some(&token), BODY.as_bytes()), u64::MAX)
            .is_ok()
    );
    let strict = lenient.with_require_exp(true);
    assert_eq!(
        verify_with(&strict, &token, BODY.as_bytes()),
        Err(WebhookError::MissingClaim("exp"))
    );
    // A present exp is enforced either way (leeway 5 s).
    let expired = test_util::sign_claims(&claims(json!({"exp": NOW - 6})), key().private_pem()).unwrap();
    assert_eq!(
        verify_with(&rule(), &expired, BODY.as_bytes()),
        Err(WebhookError::Expired { exp: NOW - 6, now: NOW })
    );
    let within = test_util::sign_claims(&claims(json!({"exp": NOW - 5})), key().private_pem()).unwrap();
    assert_eq!(verify_with(&rule(), &within, BODY.as_bytes()), Ok(()));
}

#[test]
fn a_future_nbf_is_refused_with_the_leeway() {
    let early = test_util::sign_claims(&claims(json!({"nbf": NOW + 6})), key().private_pem()).unwrap();
    assert_eq!(
        verify_with(&rule(), &early, BODY.as_bytes()),
        Err(WebhookError::NotYetValid { nbf: NOW + 6, now: NOW })
    );
    let within = test_util::sign_claims(&claims(json!({"nbf": NOW + 5})), key().private_pem()).unwrap();
    assert_eq!(verify_with(&rule(), &within, BODY.as_bytes()), Ok(()));
    let past = test_util::sign_claims(&claims(json!({"nbf": NOW - 100})), key().private_pem()).unwrap();
    assert_eq!(verify_with(&rule(), &past, BODY.as_bytes()), Ok(()));
    let zero_leeway = rule().with_leeway(Duration::ZERO);
    assert!(matches!(
        verify_with(&zero_leeway, &within, BODY.as_bytes()),
        Err(WebhookError::NotYetValid { .. })
    ));
    let bad = test_util::sign_claims(&claims(json!({"nbf": "soon"})), key().private_pem()).unwrap();
    assert_eq!(
        verify_with(&rule(), &bad, BODY.as_bytes()),
        Err(WebhookError::InvalidClaim("nbf"))
    );
}

#[test]
fn a_crit_header_is_refused() {
    for crit in [
        json!(["exp"]),
        json!(["http://example.com/ext"]),
        json!([]),
        json!("b64"),
    ] {
        let token = test_util::sign_with_header(
            &json!({"alg": "RS256", "typ": "JWT", "crit": crit, "b64": false}),
            &claims(json!({})),
            key().private_pem(),
        )
        .unwrap();
        assert_eq!(
            verify_with(&rule(), &token, BODY.as_bytes()),
            Err(WebhookError::UnsupportedCritical),
            "{crit}"
        );
    }
    // The same header without crit verifies: the refusal is about crit alone.
    let token = test_util::sign_with_header(
        &json!({"alg": "RS256", "typ": "JWT", "kid": "k1"}),
        &claims(json!({})),
        key().private_pem(),
    )
    .unwrap();
    assert_eq!(verify_with(&rule(), &token, BODY.as_bytes()), Ok(()));
}

#[test]
fn a_rule_holds_several_keys_for_rotation() {
    let old = PublicKey::parse(&key().public_base64).unwrap();
    let new = PublicKey::parse(&other_key().public_base64).unwrap();
    let rotating = AutomationRule::signed_jwt_with_keys("calls", [old.clone(), new.clone()], URL).unwrap();
    assert_eq!(rotating.key_count(), 2);
    for signer in [key(), other_key()] {
        let token = test_util::sign_without_exp(BODY.as_bytes(), URL, signer.private_pem()).unwrap();
        assert_eq!(verify_with(&rotating, &token, BODY.as_bytes()), Ok(()));
    }
    // Built up one key at a time, the same.
    let added = AutomationRule::signed_jwt_with_key("calls", old.clone(), URL)
        .unwrap()
        .with_additional_key(new.clone())
        .unwrap();
    let token = test_util::sign_without_exp(BODY.as_bytes(), URL, other_key().private_pem()).unwrap();
    assert_eq!(verify_with(&added, &token, BODY.as_bytes()), Ok(()));
    // Once the old key is retired, its tokens fail.
    let retired = AutomationRule::signed_jwt_with_key("calls", new, URL).unwrap();
    let old_token = test_util::sign_without_exp(BODY.as_bytes(), URL, key().private_pem()).unwrap();
    assert_eq!(
        verify_with(&retired, &old_token, BODY.as_bytes()),
        Err(WebhookError::BadSignature)
    );
    // A tampered body is a mismatch with every key, not a signature error.
    assert_eq!(
        verify_with(&rotating, &old_token, b"{}"),
        Err(WebhookError::BodyMismatch)
    );
    assert!(matches!(
        AutomationRule::signed_jwt_with_keys("calls", Vec::new(), URL),
        Err(WebhookError::BadKey(_))
    ));
    let mut many = AutomationRule::signed_jwt_with_key("calls", old.clone(), URL).unwrap();
    for _ in 0..7 {
        many = many.with_additional_key(old.clone()).unwrap();
    }
    assert!(matches!(many.with_additional_key(old), Err(WebhookError::BadKey(_))));
}

#[test]
fn webhook_url_normalization_and_query_modes() {
    use gong_client::webhook::QueryMatch;
    let configured = "https://hooks.example.com/gong/calls?tenant=acme&region=eu";
    let body = BODY.as_bytes();
    let verify = |rule: &AutomationRule, claimed: &str| {
        let token = test_util::sign_without_exp(body, claimed, key().private_pem()).unwrap();
        verify_with(rule, &token, body)
    };
    let exact = AutomationRule::signed_jwt("calls", &key().public_base64, configured).unwrap();
    assert_eq!(exact.query_match(), QueryMatch::Exact);
    // Scheme and host case, default port, one trailing slash: the same URL.
    for same in [
        "HTTPS://HOOKS.EXAMPLE.COM/gong/calls?tenant=acme&region=eu",
        "https://hooks.example.com:443/gong/calls/?tenant=acme&region=eu",
        "https://Hooks.Example.com:443/gong/calls?tenant=acme&region=eu#frag",
    ] {
        assert_eq!(verify(&exact, same), Ok(()), "{same}");
    }
    // Path case, another port, scheme or query: another URL.
    for other in [
        "https://hooks.example.com/GONG/calls?tenant=acme&region=eu",
        "https://hooks.example.com:8443/gong/calls?tenant=acme&region=eu",
        "http://hooks.example.com/gong/calls?tenant=acme&region=eu",
        "https://hooks.example.com/gong/calls?region=eu&tenant=acme",
        "https://hooks.example.com/gong/calls",
    ] {
        assert_eq!(verify(&exact, other), Err(WebhookError::UrlMismatch), "{other}");
    }
    let any_order = exact.clone().with_query_match(QueryMatch::AnyOrder);
    assert_eq!(
        verify(&any_order, "https://hooks.example.com/gong/calls?region=eu&tenant=acme"),
        Ok(())
    );
    assert_eq!(
        verify(&any_order, "https://hooks.example.com/gong/calls?region=us&tenant=acme"),
        Err(WebhookError::UrlMismatch)
    );
    let ignore = exact.with_query_match(QueryMatch::Ignore);
    assert_eq!(verify(&ignore, "https://hooks.example.com/gong/calls"), Ok(()));
    assert_eq!(
        verify(&ignore, "https://hooks.example.com/gong/other?tenant=acme&region=eu"),
        Err(WebhookError::UrlMismatch)
    );
}

#[test]
fn dedup_keys_tell_test_deliveries_from_live_ones() {
    use gong_client::webhook::dedup_key;
    let rule = AutomationRule::url_key("r", "k").unwrap();
    let live = rule
        .verify(&Delivery::url_key(Some("k"), BODY.as_bytes()), NOW)
        .unwrap();
    let test_body = BODY.replace("\"isTest\": false", "\"isTest\": true");
    let test = rule
        .verify(&Delivery::url_key(Some("k"), test_body.as_bytes()), NOW)
        .unwrap();
    assert!(test.is_test && !live.is_test);
    let (a, b) = (dedup_key("r", &live).unwrap(), dedup_key("r", &test).unwrap());
    assert_ne!(a, b);
    assert_ne!(dedup_key("other-rule", &live).unwrap(), a);
    let no_id = rule
        .verify(&Delivery::url_key(Some("k"), br#"{"callData": {}}"#), NOW)
        .unwrap();
    assert_eq!(dedup_key("r", &no_id), None);
}

#[test]
fn call_ids_with_control_characters_are_refused_when_decoding() {
    let rule = AutomationRule::url_key("r", "k").unwrap();
    for id in ["12\\u00003", "1\\n2", "\\u001b[31m", "\\u0085", ""] {
        let body = format!(r#"{{"callData": {{"metaData": {{"id": "{id}"}}}}, "isTest": false}}"#);
        let err = rule
            .verify(&Delivery::url_key(Some("k"), body.as_bytes()), NOW)
            .unwrap_err();
        assert!(
            matches!(&err, WebhookError::Decode(d) if d.kind == DecodeErrorKind::Data && d.message.contains("callData.metaData.id")),
            "{id}: {err:?}"
        );
    }
    let long = "9".repeat(65);
    let body = format!(r#"{{"callData": {{"metaData": {{"id": "{long}"}}}}}}"#);
    assert!(
        rule.verify(&Delivery::url_key(Some("k"), body.as_bytes()), NOW)
            .is_err()
    );
}
