//! Fuzzes the webhook verifier's entry points: `AutomationRule::verify` in
//! both modes and `PublicKey::parse`.
//!
//! Input: byte 0 picks a mode, bytes 1..9 are "now" (u64 LE), the rest is two
//! parts split at the first NUL byte.
//! - 0: raw `Authorization` and body against a signed-JWT rule; must never be
//!   accepted (nobody can forge RS256 here) and no error may echo the token.
//! - 1: the harness signs the first part as raw claims JSON with the rule's key.
//! - 2: the harness signs proper claims for the body (correct `body_sha256`,
//!   one of a few URLs picked by the first part's byte 0, `exp` = now plus
//!   ten times its byte 1 as i8 seconds): reaches JSON parsing of the body;
//!   signature and body checks must pass.
//! - 3: a URL-key rule with the first part as the presented key: reaches JSON
//!   parsing; only a wrong key or a decode error may reject it.
//! - other: the whole rest as a public key text.
#![no_main]

use std::sync::LazyLock;

use gong_client::webhook::test_util::{self, TestKeyPair};
use gong_client::webhook::{AutomationRule, Delivery, PublicKey, WebhookError};
use libfuzzer_sys::fuzz_target;

const URL: &str = "https://hooks.example.com/gong/calls?tenant=acme";
const URL_KEY: &str = "fuzz-url-key";

struct Setup {
    keys: TestKeyPair,
    signed: AutomationRule,
    keyed: AutomationRule,
}

static SETUP: LazyLock<Setup> = LazyLock::new(|| {
    let keys = test_util::generate_key_pair();
    let signed = AutomationRule::signed_jwt("signed", &keys.public_base64, URL).expect("rule");
    let keyed = AutomationRule::url_key("keyed", URL_KEY).expect("rule");
    Setup { keys, signed, keyed }
});

fn sign_raw_claims(claims: &[u8], private_pem: &str) -> Option<String> {
    // Claims must be JSON for the signing helper; wrap anything else as a string.
    let claims: serde_json::Value = serde_json::from_slice(claims)
        .unwrap_or_else(|_| serde_json::Value::String(String::from_utf8_lossy(claims).into_owned()));
    test_util::sign_claims(&claims, private_pem).ok()
}

fuzz_target!(|data: &[u8]| {
    let setup = &*SETUP;
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode >= 4 {
        if let Ok(text) = std::str::from_utf8(rest) {
            let _ = PublicKey::parse(text);
        }
        return;
    }
    if rest.len() < 8 {
        return;
    }
    let (now, rest) = rest.split_at(8);
    let now = u64::from_le_bytes(now.try_into().expect("8 bytes"));
    let (first, body) = match rest.iter().position(|&b| b == 0) {
        Some(i) => (&rest[..i], &rest[i + 1..]),
        None => (rest, &[][..]),
    };
    let first_text = String::from_utf8_lossy(first);

    match mode {
        0 => {
            let result = setup.signed.verify(&Delivery::signed(Some(&first_text), body), now);
            let err = result.expect_err("an unsigned token was accepted");
            let token = first_text.trim();
            if token.len() >= 24 {
                let shown = format!("{err} {err:?}");
                assert!(!shown.contains(token), "error echoes the token");
            }
        }
        1 => {
            if let Some(token) = sign_raw_claims(first, setup.keys.private_pem()) {
                let _ = setup.signed.verify(&Delivery::signed(Some(&token), body), now);
            }
        }
        2 => {
            let url = match first.first().copied().unwrap_or(0) % 4 {
                0 => URL,
                1 => "https://HOOKS.example.com/gong/calls/?tenant=acme",
                2 => "https://hooks.example.com/gong/calls?tenant=other",
                _ => "not a url",
            };
            // exp within about +-21 minutes of now, so both fresh and expired.
            let offset = i64::from(first.get(1).copied().unwrap_or(0) as i8) * 10;
            let exp = now.saturating_add_signed(offset);
            let token = test_util::sign(body, url, setup.keys.private_pem(), exp).expect("signs");
            match setup.signed.verify(&Delivery::signed(Some(&token), body), now) {
                Ok(_)
                | Err(WebhookError::Decode(_))
                | Err(WebhookError::Expired { .. })
                | Err(WebhookError::UrlMismatch)
                | Err(WebhookError::BodyTooLarge { .. }) => {}
                Err(other) => panic!("a correctly signed delivery failed with {other:?}"),
            }
        }
        _ => {
            let result = setup.keyed.verify(&Delivery::url_key(Some(&first_text), body), now);
            match result {
                Ok(event) => {
                    assert_eq!(first_text, URL_KEY);
                    let _ = event.raw_call();
                }
                Err(WebhookError::WrongUrlKey) => assert_ne!(first_text, URL_KEY),
                Err(WebhookError::Decode(_) | WebhookError::BodyTooLarge { .. }) => {}
                Err(other) => panic!("URL-key rule failed with {other:?}"),
            }
        }
    }
});
