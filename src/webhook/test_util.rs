//! Helpers for testing webhook receivers (feature `test-util`): make an RSA
//! key pair and sign deliveries the way Gong does.
//!
//! ```
//! use gong_client::webhook::{AutomationRule, Delivery, test_util};
//!
//! let keys = test_util::generate_key_pair();
//! let url = "https://hooks.example.com/gong?tenant=7";
//! let rule = AutomationRule::signed_jwt("calls", &keys.public_base64, url).unwrap();
//!
//! let body = br#"{"callData": {"metaData": {"id": "1"}}, "isTest": false}"#;
//! let token = test_util::sign(body, url, keys.private_pem(), 2_000_000_000).unwrap();
//! let header = format!("Bearer {token}");
//! let event = rule.verify(&Delivery::signed(Some(&header), body), 1_900_000_000).unwrap();
//! assert!(!event.is_test);
//! ```

use std::fmt;

use base64::Engine as _;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
use secrecy::{ExposeSecret, SecretString};

use super::WebhookError;

/// An RSA key pair for tests, in the formats Gong and the verifier use.
#[derive(Clone)]
#[non_exhaustive]
pub struct TestKeyPair {
    private_pem: SecretString,
    /// Public key as Gong shows it: bare base64 of the DER SubjectPublicKeyInfo.
    pub public_base64: String,
    /// The same public key as a `-----BEGIN PUBLIC KEY-----` PEM.
    pub public_pem: String,
}

impl TestKeyPair {
    /// The private key, PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`).
    pub fn private_pem(&self) -> &str {
        self.private_pem.expose_secret()
    }
}

impl fmt::Debug for TestKeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TestKeyPair")
            .field("private_pem", &"[redacted]")
            .field("public_base64", &self.public_base64)
            .finish()
    }
}

/// A fresh 2048-bit key pair. Slow in unoptimized builds (seconds): make one
/// per test binary and share it.
pub fn generate_key_pair() -> TestKeyPair {
    generate_key_pair_with_bits(2048).expect("2048-bit RSA key generation succeeds")
}

/// A fresh key pair of `bits` bits. The verifier accepts 2048 to 8192.
pub fn generate_key_pair_with_bits(bits: usize) -> Result<TestKeyPair, WebhookError> {
    const FAILED: WebhookError = WebhookError::BadKey("RSA key generation or encoding failed");
    let private = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), bits).map_err(|_| FAILED)?;
    let public = rsa::RsaPublicKey::from(&private);
    let private_pem = private.to_pkcs8_pem(LineEnding::LF).map_err(|_| FAILED)?;
    let der = public.to_public_key_der().map_err(|_| FAILED)?;
    let public_pem = public.to_public_key_pem(LineEnding::LF).map_err(|_| FAILED)?;
    Ok(TestKeyPair {
        private_pem: SecretString::from(private_pem.as_str()),
        public_base64: base64::engine::general_purpose::STANDARD.encode(der.as_bytes()),
        public_pem,
    })
}

/// Lowercase hex SHA-256 of `body`, the `body_sha256` claim (and the
/// project's one SHA-256-hex helper outside its build tooling: the sandbox and
/// the tests use it for media too; the webhook queue keys call-less events
/// with it).
pub fn body_sha256_hex(body: &[u8]) -> String {
    super::sha256_hex(body)
}

/// Lowercase hex of `bytes`, two digits a byte (a digest computed in pieces,
/// for example).
pub fn lower_hex(bytes: &[u8]) -> String {
    super::lower_hex(bytes)
}

/// Signs a delivery as Gong does: an RS256 JWT with `body_sha256` of `body`,
/// `webhook_url` and `exp` (Unix seconds), for the `Authorization` header.
/// `private_key_pem` is a PKCS#8 or PKCS#1 RSA PEM.
pub fn sign(body: &[u8], webhook_url: &str, private_key_pem: &str, exp: u64) -> Result<String, WebhookError> {
    let claims = serde_json::json!({
        "body_sha256": body_sha256_hex(body),
        "webhook_url": webhook_url,
        "exp": exp,
    });
    sign_claims(&claims, private_key_pem)
}

/// Signs arbitrary claims with RS256, to build deliberately wrong tokens.
pub fn sign_claims(claims: &serde_json::Value, private_key_pem: &str) -> Result<String, WebhookError> {
    let key = EncodingKey::from_rsa_pem(private_key_pem.as_bytes())
        .map_err(|_| WebhookError::BadKey("the private key is not an RSA PEM"))?;
    jsonwebtoken::encode(&Header::new(Algorithm::RS256), claims, &key)
        .map_err(|_| WebhookError::BadKey("signing with the private key failed"))
}

/// Signs a delivery without an `exp` claim (what Gong is documented to send:
/// only `body_sha256` and `webhook_url`).
pub fn sign_without_exp(body: &[u8], webhook_url: &str, private_key_pem: &str) -> Result<String, WebhookError> {
    let claims = serde_json::json!({
        "body_sha256": body_sha256_hex(body),
        "webhook_url": webhook_url,
    });
    sign_claims(&claims, private_key_pem)
}

/// Signs `claims` with RS256 under an arbitrary JOSE `header` (for example
/// one with a `crit` parameter). The header's `alg` is what it says; the
/// signature is always RS256.
pub fn sign_with_header(
    header: &serde_json::Value,
    claims: &serde_json::Value,
    private_key_pem: &str,
) -> Result<String, WebhookError> {
    let key = EncodingKey::from_rsa_pem(private_key_pem.as_bytes())
        .map_err(|_| WebhookError::BadKey("the private key is not an RSA PEM"))?;
    let encode = |value: &serde_json::Value| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(value.to_string().as_bytes())
    };
    let message = format!("{}.{}", encode(header), encode(claims));
    let signature = jsonwebtoken::crypto::sign(message.as_bytes(), &key, Algorithm::RS256)
        .map_err(|_| WebhookError::BadKey("signing with the private key failed"))?;
    Ok(format!("{message}.{signature}"))
}
