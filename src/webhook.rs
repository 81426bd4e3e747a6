//! Gong "Process automation" webhooks: verify and receive automation-rule
//! deliveries.
//!
//! An automation rule in Gong fires one `POST` per matching call to the URL
//! configured on the rule, with a JSON body
//! `{"callData": {...}, "isTest": bool}` (sometimes also `isPrivate`), where
//! `callData` has the shape of one call of `POST /v2/calls/extensive`. Each
//! rule authenticates its deliveries one of two ways:
//!
//! - **signed JWT**: the `Authorization` header carries an RS256 JWT (with or
//!   without `Bearer `) whose claims bind the delivery: `body_sha256` (hex
//!   SHA-256 of the raw body) and `webhook_url` (the URL configured on the
//!   rule). No public Gong source confirms an `exp` claim: a token without one
//!   is accepted unless the rule requires it
//!   ([`AutomationRule::with_require_exp`]); an `exp` or `nbf` that is present
//!   is enforced with the rule's leeway, and a `crit` header is refused (no
//!   extension is understood). The rule's public key is shown by Gong as bare
//!   base64 DER; a rule may hold several keys while one is rotated out
//!   ([`AutomationRule::with_additional_key`]).
//! - **URL key**: a secret in the receiver's URL (path segment or query
//!   parameter).
//!
//! [`AutomationRule`] verifies one delivery independently of any web
//! framework; [`AutomationRules`] names a set of rules, each on its own route,
//! so a receiver knows which rule fired (the payload does not say). The JSON
//! is parsed only after every check has passed. [`Dedup`] drops redeliveries of
//! the same call (keyed by rule, call id and `isTest`, see [`dedup_key`]).
//!
//! How `webhook_url` is compared: scheme and host ignore ASCII case, a
//! scheme's default port equals no port, one trailing slash of the path is
//! ignored, fragments are ignored; the query string follows the rule's
//! [`QueryMatch`] (by default it must be byte-for-byte equal).
//!
//! With the `webhook-server` feature, the `server` module builds an axum
//! router from a rule set and serves it with connection limits; with
//! `test-util`, the `test_util` module signs deliveries for tests.
//!
//! ```
//! use gong_client::webhook::{AutomationRule, Delivery, WebhookError};
//!
//! let rule = AutomationRule::url_key("new-calls", "s3cret-key").unwrap();
//! let body = br#"{"callData": {"metaData": {"id": "7782342274025937895"}}, "isTest": true}"#;
//!
//! let event = rule.verify(&Delivery::url_key(Some("s3cret-key"), body), 0).unwrap();
//! assert!(event.is_test);
//! assert_eq!(event.call_id().unwrap().as_str(), "7782342274025937895");
//!
//! let err = rule.verify(&Delivery::url_key(Some("guess"), body), 0).unwrap_err();
//! assert!(matches!(err, WebhookError::WrongUrlKey));
//! ```
#![deny(missing_docs)]

use std::fmt;
use std::time::Duration;

use jsonwebtoken::errors::ErrorKind as JwtErrorKind;
use jsonwebtoken::{Algorithm, Validation};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::GongId;
use crate::api::types::CallData;

mod dedup;
mod key;
mod url;

#[cfg(feature = "webhook-queue")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhook-queue")))]
pub mod queue;
#[cfg(feature = "webhook-server")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhook-server")))]
pub mod server;
#[cfg(feature = "test-util")]
#[cfg_attr(docsrs, doc(cfg(feature = "test-util")))]
pub mod test_util;

pub use dedup::Dedup;
pub use key::PublicKey;

use url::UrlParts;

/// Default tolerance on the token's `exp`, in seconds.
pub const DEFAULT_LEEWAY_SECS: u64 = 5;

/// Default largest body a rule accepts: 2 MiB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// Most public keys one rule holds (rotation needs two).
const MAX_KEYS: usize = 8;

/// The only signature algorithm Gong uses and the verifier accepts.
const ALLOWED_ALGORITHM: &str = "RS256";

/// Why a delivery was rejected, or a rule could not be built.
///
/// No variant ever holds the rule's key, the URL key or the token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// Signed-JWT rule, but the request has no (or an empty) `Authorization` header.
    #[error("no token in the Authorization header")]
    MissingToken,
    /// The token is not three base64url parts with JSON header and claims.
    #[error("the token is not a well-formed JWT")]
    MalformedToken,
    /// The token's header names an algorithm other than RS256 (`none`,
    /// `HS256`, ...); the signature was not checked. Holds the name, cut to a
    /// short run of letters and digits.
    #[error("token algorithm {0:?} is not allowed; only RS256 is")]
    DisallowedAlgorithm(String),
    /// The RS256 signature does not verify with the rule's key (forged, or
    /// signed by another rule's key).
    #[error("the token signature does not verify with the rule's key")]
    BadSignature,
    /// The token's `exp` plus the leeway is before the time of verification.
    #[error("the token expired at {exp} (checked at {now})")]
    Expired {
        /// The token's `exp`, Unix seconds.
        exp: u64,
        /// Time of the check, Unix seconds.
        now: u64,
    },
    /// The token's `nbf` minus the leeway is after the time of verification.
    #[error("the token is not valid before {nbf} (checked at {now})")]
    NotYetValid {
        /// The token's `nbf`, Unix seconds.
        nbf: u64,
        /// Time of the check, Unix seconds.
        now: u64,
    },
    /// The token's header has a `crit` parameter: it names extensions that
    /// must be understood, and this verifier understands none (RFC 7515
    /// 4.1.11).
    #[error("the token header lists critical extensions this verifier does not understand")]
    UnsupportedCritical,
    /// A required claim (`body_sha256`, `webhook_url`, and `exp` when the
    /// rule requires it) is absent or null.
    #[error("the token has no {0} claim")]
    MissingClaim(&'static str),
    /// A claim is present but has the wrong type or format.
    #[error("the token's {0} claim is malformed")]
    InvalidClaim(&'static str),
    /// The body's SHA-256 differs from the token's `body_sha256`: the body was
    /// altered or belongs to another delivery.
    #[error("the body does not match the token's body_sha256")]
    BodyMismatch,
    /// The token's `webhook_url` is not the rule's configured URL.
    #[error("the token was issued for another webhook URL")]
    UrlMismatch,
    /// The body exceeds the rule's limit; nothing else was checked.
    #[error("the body has {len} bytes, more than the limit of {limit}")]
    BodyTooLarge {
        /// Bytes received.
        len: usize,
        /// The rule's limit.
        limit: usize,
    },
    /// URL-key rule, and the presented key is absent or wrong.
    #[error("the URL key is missing or wrong")]
    WrongUrlKey,
    /// The delivery is authentic but its body is not the expected JSON.
    #[error("the payload is not a valid automation event: {0}")]
    Decode(DecodeError),
    /// The rule's public key could not be used (building a rule).
    #[error("unusable public key: {0}")]
    BadKey(&'static str),
    /// The rule's webhook URL is not an absolute http(s) URL (building a rule).
    #[error("unusable webhook URL: {0}")]
    BadUrl(&'static str),
    /// The rule's name or route is invalid or taken (building a rule set).
    #[error("invalid rule: {0}")]
    BadRule(String),
}

impl WebhookError {
    /// Whether the error says the delivery is not authentic (as opposed to an
    /// authentic but undecodable payload, an oversize body or a configuration
    /// error).
    pub fn is_authentication_failure(&self) -> bool {
        !matches!(
            self,
            WebhookError::Decode(_)
                | WebhookError::BodyTooLarge { .. }
                | WebhookError::BadKey(_)
                | WebhookError::BadUrl(_)
                | WebhookError::BadRule(_)
        )
    }
}

/// Where and why an authentic payload failed to decode.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DecodeError {
    /// 1-based line of the error in the body (0 if unknown).
    pub line: usize,
    /// 1-based column of the error in the body (0 if unknown).
    pub column: usize,
    /// What kind of problem it is.
    pub kind: DecodeErrorKind,
    /// serde_json's description, which names the field or the expected type.
    pub message: String,
}

/// The kind of a [`DecodeError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The body is not UTF-8 JSON text.
    Syntax,
    /// The body ends in the middle of a JSON value.
    Eof,
    /// Valid JSON of the wrong shape (missing `callData`, a wrong type, ...).
    Data,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            DecodeErrorKind::Syntax => "syntax error",
            DecodeErrorKind::Eof => "unexpected end",
            DecodeErrorKind::Data => "unexpected data",
        };
        write!(
            f,
            "{kind} at line {} column {}: {}",
            self.line, self.column, self.message
        )
    }
}

impl DecodeError {
    fn from_json(err: &serde_json::Error) -> Self {
        let kind = match err.classify() {
            serde_json::error::Category::Eof => DecodeErrorKind::Eof,
            serde_json::error::Category::Data => DecodeErrorKind::Data,
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => DecodeErrorKind::Syntax,
        };
        // serde_json's Display appends " at line L column C"; keep the message alone.
        let mut message = err.to_string();
        let suffix = format!(" at line {} column {}", err.line(), err.column());
        if message.ends_with(&suffix) {
            message.truncate(message.len() - suffix.len());
        }
        DecodeError {
            line: err.line(),
            column: err.column(),
            kind,
            message,
        }
    }
}

/// One verified automation-rule delivery.
#[derive(Clone)]
#[non_exhaustive]
pub struct AutomationEvent {
    /// Whether Gong sent it as a test of the rule (`isTest`).
    pub is_test: bool,
    /// Whether the call is private: the payload's `isPrivate`, else
    /// `callData.metaData.isPrivate`, else `false`.
    pub is_private: bool,
    /// The call, in the shape of `POST /v2/calls/extensive`. Fields this
    /// crate does not know are skipped here; [`AutomationEvent::raw_call`]
    /// has them.
    pub call: CallData,
    /// The verified body as received.
    body: std::sync::Arc<[u8]>,
}

impl fmt::Debug for AutomationEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AutomationEvent")
            .field("is_test", &self.is_test)
            .field("is_private", &self.is_private)
            .field("call", &self.call)
            .field("body_len", &self.body.len())
            .finish()
    }
}

impl AutomationEvent {
    /// The verified body, byte for byte.
    pub fn raw_body(&self) -> &[u8] {
        &self.body
    }

    /// The payload's `callData` as untyped JSON, including fields this crate
    /// does not know yet. Parsed from [`AutomationEvent::raw_body`] on each call.
    pub fn raw_call(&self) -> serde_json::Value {
        #[derive(Deserialize)]
        struct Raw {
            #[serde(rename = "callData")]
            call_data: serde_json::Value,
        }
        // The body already parsed as an event, so this cannot fail.
        serde_json::from_slice::<Raw>(&self.body)
            .map(|raw| raw.call_data)
            .unwrap_or(serde_json::Value::Null)
    }

    /// The call's id, `callData.metaData.id`, the key to deduplicate on.
    pub fn call_id(&self) -> Option<&GongId> {
        self.call.meta_data.as_ref()?.id.as_ref()
    }
}

/// What arrived with one request, as the verifier needs it.
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct Delivery<'a> {
    /// The `Authorization` header's value (signed-JWT rules).
    pub authorization: Option<&'a str>,
    /// The key found in the request URL (URL-key rules), percent-decoded.
    pub url_key: Option<&'a str>,
    /// The raw body bytes, unparsed.
    pub body: &'a [u8],
}

impl fmt::Debug for Delivery<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Delivery")
            .field("authorization", &self.authorization.map(|_| "[redacted]"))
            .field("url_key", &self.url_key.map(|_| "[redacted]"))
            .field("body_len", &self.body.len())
            .finish()
    }
}

impl<'a> Delivery<'a> {
    /// A delivery to a signed-JWT rule: the `Authorization` header and the body.
    pub fn signed(authorization: Option<&'a str>, body: &'a [u8]) -> Self {
        Delivery {
            authorization,
            url_key: None,
            body,
        }
    }

    /// A delivery to a URL-key rule: the key taken from the URL and the body.
    pub fn url_key(url_key: Option<&'a str>, body: &'a [u8]) -> Self {
        Delivery {
            authorization: None,
            url_key,
            body,
        }
    }
}

/// A body that passed every authentication check, not yet parsed.
///
/// Only [`AutomationRule::authenticate`] makes one.
#[derive(Debug, Clone, Copy)]
pub struct VerifiedBody<'a> {
    body: &'a [u8],
}

impl<'a> VerifiedBody<'a> {
    /// The authenticated bytes.
    pub fn bytes(&self) -> &'a [u8] {
        self.body
    }

    /// Parses the authenticated body into an event.
    pub fn parse(&self) -> Result<AutomationEvent, WebhookError> {
        parse_event(self.body)
    }
}

/// Where a URL-key rule's key is in the request URL (used by the server).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum UrlKeyLocation {
    /// The last path segment: the rule is served on `{route}/{key}`.
    #[default]
    PathSegment,
    /// A query parameter of this name on `{route}`.
    Query(String),
}

/// How a signed-JWT rule compares the query string of the token's
/// `webhook_url` with the query of its configured URL.
///
/// Gong puts the configured URL, query included, in the token, so
/// [`QueryMatch::Exact`] is the default. The other modes exist for
/// receivers behind a proxy that reorders parameters, or that route on the
/// path alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum QueryMatch {
    /// The queries are equal byte for byte (an empty query is no query).
    #[default]
    Exact,
    /// The same `name=value` pairs, in any order (repeats count; no
    /// percent-decoding).
    AnyOrder,
    /// The query is not compared; scheme, host, port and path still are.
    Ignore,
}

/// How a rule authenticates its deliveries, without its secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthMode<'a> {
    /// RS256 JWT in the `Authorization` header, issued for this URL.
    SignedJwt {
        /// The URL configured on the rule in Gong.
        webhook_url: &'a str,
    },
    /// A secret key in the request URL.
    UrlKey {
        /// Where the key is found.
        location: &'a UrlKeyLocation,
    },
}

#[derive(Clone)]
enum Auth {
    SignedJwt {
        /// One or more keys; a token verifying with any of them is authentic.
        keys: Vec<PublicKey>,
        webhook_url: String,
        validation: Box<Validation>,
        query: QueryMatch,
    },
    UrlKey {
        /// SHA-256 of the key: compared in constant time, never the key itself.
        digest: [u8; 32],
        location: UrlKeyLocation,
    },
}

/// One Gong automation rule as the receiver knows it: a name, a route, and how
/// its deliveries are authenticated.
///
/// Keys are parsed once, when the rule is built. `Debug` shows no secret.
#[derive(Clone)]
pub struct AutomationRule {
    name: String,
    route: String,
    auth: Auth,
    leeway_secs: u64,
    max_body_bytes: usize,
    require_exp: bool,
}

impl fmt::Debug for AutomationRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("AutomationRule");
        s.field("name", &self.name).field("route", &self.route);
        match &self.auth {
            Auth::SignedJwt {
                keys,
                webhook_url,
                query,
                ..
            } => s
                .field("mode", &"signed-jwt")
                .field("keys", keys)
                .field("webhook_url", webhook_url)
                .field("query", query),
            Auth::UrlKey { location, .. } => s.field("mode", &"url-key").field("key_location", location),
        };
        s.field("leeway_secs", &self.leeway_secs)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("require_exp", &self.require_exp)
            .finish()
    }
}

impl AutomationRule {
    /// A rule whose deliveries carry an RS256 JWT.
    ///
    /// `public_key` is the key Gong shows for the rule (bare base64 DER) or a
    /// PEM; `webhook_url` is the URL configured on the rule in Gong, query
    /// included. The route defaults to `/{name}`.
    pub fn signed_jwt(name: impl Into<String>, public_key: &str, webhook_url: &str) -> Result<Self, WebhookError> {
        Self::signed_jwt_with_key(name, PublicKey::parse(public_key)?, webhook_url)
    }

    /// Like [`AutomationRule::signed_jwt`] with an already parsed key.
    pub fn signed_jwt_with_key(
        name: impl Into<String>,
        key: PublicKey,
        webhook_url: &str,
    ) -> Result<Self, WebhookError> {
        Self::signed_jwt_with_keys(name, [key], webhook_url)
    }

    /// A signed-JWT rule that accepts tokens signed with any of `keys` (for
    /// example the old and the new key while a rule's key is rotated). At
    /// least one key is needed.
    pub fn signed_jwt_with_keys(
        name: impl Into<String>,
        keys: impl IntoIterator<Item = PublicKey>,
        webhook_url: &str,
    ) -> Result<Self, WebhookError> {
        let keys: Vec<PublicKey> = keys.into_iter().collect();
        if keys.is_empty() {
            return Err(WebhookError::BadKey("a signed-JWT rule needs at least one public key"));
        }
        if keys.len() > MAX_KEYS {
            return Err(WebhookError::BadKey("a rule holds at most 8 public keys"));
        }
        let webhook_url = webhook_url.trim();
        if UrlParts::parse(webhook_url).is_none() {
            return Err(WebhookError::BadUrl(
                "expected an absolute http or https URL with a host",
            ));
        }
        Self::new(
            name.into(),
            Auth::SignedJwt {
                keys,
                webhook_url: webhook_url.to_owned(),
                validation: Box::new(jwt_validation()),
                query: QueryMatch::Exact,
            },
        )
    }

    /// A rule whose URL includes a secret key. The key is kept only as its
    /// SHA-256. The route defaults to `/{name}`, the key to its last path
    /// segment ([`UrlKeyLocation::PathSegment`]).
    pub fn url_key(name: impl Into<String>, key: impl Into<SecretString>) -> Result<Self, WebhookError> {
        let key: SecretString = key.into();
        if key.expose_secret().is_empty() {
            return Err(WebhookError::BadKey("the URL key is empty"));
        }
        Self::new(
            name.into(),
            Auth::UrlKey {
                digest: Sha256::digest(key.expose_secret().as_bytes()).into(),
                location: UrlKeyLocation::PathSegment,
            },
        )
    }

    fn new(name: String, auth: Auth) -> Result<Self, WebhookError> {
        validate_name(&name)?;
        Ok(AutomationRule {
            route: format!("/{name}"),
            name,
            auth,
            leeway_secs: DEFAULT_LEEWAY_SECS,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            require_exp: false,
        })
    }

    /// Serves the rule on `route` (an absolute path such as `/gong/deals`)
    /// instead of `/{name}`.
    pub fn with_route(mut self, route: &str) -> Result<Self, WebhookError> {
        validate_route(route)?;
        self.route = route.to_owned();
        Ok(self)
    }

    /// Also accepts tokens signed with `key` (key rotation); no effect on
    /// URL-key rules. A rule holds at most 8 keys; past that the key is not
    /// added and the rule is returned unchanged with an error.
    pub fn with_additional_key(mut self, key: PublicKey) -> Result<Self, WebhookError> {
        if let Auth::SignedJwt { keys, .. } = &mut self.auth {
            if keys.len() >= MAX_KEYS {
                return Err(WebhookError::BadKey("a rule holds at most 8 public keys"));
            }
            keys.push(key);
        }
        Ok(self)
    }

    /// Whether a token must carry an `exp` claim (default `false`: Gong's
    /// tokens are not documented to have one). An `exp` that is present is
    /// enforced either way.
    pub fn with_require_exp(mut self, required: bool) -> Self {
        self.require_exp = required;
        self
    }

    /// How the query string of the token's `webhook_url` is compared
    /// (default [`QueryMatch::Exact`]); no effect on URL-key rules.
    pub fn with_query_match(mut self, mode: QueryMatch) -> Self {
        if let Auth::SignedJwt { query, .. } = &mut self.auth {
            *query = mode;
        }
        self
    }

    /// The number of public keys a signed-JWT rule accepts (0 for URL-key rules).
    pub fn key_count(&self) -> usize {
        match &self.auth {
            Auth::SignedJwt { keys, .. } => keys.len(),
            Auth::UrlKey { .. } => 0,
        }
    }

    /// Whether tokens must carry `exp`.
    pub fn requires_exp(&self) -> bool {
        self.require_exp
    }

    /// How the query of `webhook_url` is compared ([`QueryMatch::Exact`] for URL-key rules).
    pub fn query_match(&self) -> QueryMatch {
        match &self.auth {
            Auth::SignedJwt { query, .. } => *query,
            Auth::UrlKey { .. } => QueryMatch::Exact,
        }
    }

    /// Tolerance on `exp` and `nbf` (default [`DEFAULT_LEEWAY_SECS`]); whole seconds.
    pub fn with_leeway(mut self, leeway: Duration) -> Self {
        self.leeway_secs = leeway.as_secs();
        self
    }

    /// Largest body accepted (default [`DEFAULT_MAX_BODY_BYTES`]).
    pub fn with_max_body_bytes(mut self, limit: usize) -> Self {
        self.max_body_bytes = limit;
        self
    }

    /// Where the server finds a URL-key rule's key; no effect on signed-JWT rules.
    pub fn with_url_key_location(mut self, location: UrlKeyLocation) -> Self {
        if let Auth::UrlKey { location: current, .. } = &mut self.auth {
            *current = location;
        }
        self
    }

    /// The rule's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The path the rule is served on.
    pub fn route(&self) -> &str {
        &self.route
    }

    /// How the rule authenticates, without its secret.
    pub fn auth_mode(&self) -> AuthMode<'_> {
        match &self.auth {
            Auth::SignedJwt { webhook_url, .. } => AuthMode::SignedJwt { webhook_url },
            Auth::UrlKey { location, .. } => AuthMode::UrlKey { location },
        }
    }

    /// The tolerance on `exp` and `nbf`, in seconds.
    pub fn leeway_secs(&self) -> u64 {
        self.leeway_secs
    }

    /// The body size limit.
    pub fn max_body_bytes(&self) -> usize {
        self.max_body_bytes
    }

    /// Authenticates a delivery at `now` (Unix seconds) and parses it.
    ///
    /// Checks, in order: the body size; then for a signed-JWT rule the
    /// token's presence, algorithm (RS256 only) and signature (with each of
    /// the rule's keys), no `crit` header, `exp` when present or required and
    /// `nbf` when present (both with the leeway), `body_sha256` against the
    /// raw body in constant time, and `webhook_url` against the rule's URL;
    /// for a URL-key rule, the key in constant time. Only then is the body
    /// parsed as JSON; a call id holding control characters is refused there.
    pub fn verify(&self, delivery: &Delivery<'_>, now: u64) -> Result<AutomationEvent, WebhookError> {
        self.authenticate(delivery, now)?.parse()
    }

    /// [`AutomationRule::verify`] at the system clock's current time.
    pub fn verify_now(&self, delivery: &Delivery<'_>) -> Result<AutomationEvent, WebhookError> {
        self.verify(delivery, crate::clock::unix_seconds())
    }

    /// Runs every check of [`AutomationRule::verify`] except parsing, and
    /// hands back the authenticated body.
    pub fn authenticate<'a>(&self, delivery: &Delivery<'a>, now: u64) -> Result<VerifiedBody<'a>, WebhookError> {
        let body = delivery.body;
        if body.len() > self.max_body_bytes {
            return Err(WebhookError::BodyTooLarge {
                len: body.len(),
                limit: self.max_body_bytes,
            });
        }
        match &self.auth {
            Auth::SignedJwt {
                keys,
                webhook_url,
                validation,
                query,
            } => self.check_jwt(keys, webhook_url, *query, validation, delivery.authorization, body, now)?,
            Auth::UrlKey { digest, .. } => {
                let presented = delivery.url_key.ok_or(WebhookError::WrongUrlKey)?;
                let presented: [u8; 32] = Sha256::digest(presented.as_bytes()).into();
                if !bool::from(presented.ct_eq(digest)) {
                    return Err(WebhookError::WrongUrlKey);
                }
            }
        }
        Ok(VerifiedBody { body })
    }

    #[allow(clippy::too_many_arguments)]
    fn check_jwt(
        &self,
        keys: &[PublicKey],
        webhook_url: &str,
        query: QueryMatch,
        validation: &Validation,
        authorization: Option<&str>,
        body: &[u8],
        now: u64,
    ) -> Result<(), WebhookError> {
        let token = bearer_token(authorization).ok_or(WebhookError::MissingToken)?;
        let mut last = WebhookError::BadSignature;
        let mut verified = None;
        for key in keys {
            match jsonwebtoken::decode::<Claims>(token, key.decoding_key(), validation) {
                Ok(data) => {
                    verified = Some(data.claims);
                    break;
                }
                Err(err) => {
                    last = classify_jwt_error(err.kind(), token);
                    // Only a signature mismatch is worth trying the next key for.
                    if last != WebhookError::BadSignature {
                        return Err(last);
                    }
                }
            }
        }
        let claims = verified.ok_or(last)?;
        if header_has_crit(token) {
            return Err(WebhookError::UnsupportedCritical);
        }

        match claims.exp.filter(|v| !v.is_null()) {
            Some(exp) => {
                let exp = claim_date(&exp).ok_or(WebhookError::InvalidClaim("exp"))?;
                if exp.saturating_add(self.leeway_secs) < now {
                    return Err(WebhookError::Expired { exp, now });
                }
            }
            None if self.require_exp => return Err(WebhookError::MissingClaim("exp")),
            None => {}
        }
        if let Some(nbf) = claims.nbf.filter(|v| !v.is_null()) {
            let nbf = claim_date(&nbf).ok_or(WebhookError::InvalidClaim("nbf"))?;
            if nbf > now.saturating_add(self.leeway_secs) {
                return Err(WebhookError::NotYetValid { nbf, now });
            }
        }

        let claimed = claims.body_sha256.ok_or(WebhookError::MissingClaim("body_sha256"))?;
        let claimed = decode_hex32(&claimed).ok_or(WebhookError::InvalidClaim("body_sha256"))?;
        let actual: [u8; 32] = Sha256::digest(body).into();
        if !bool::from(actual.ct_eq(&claimed)) {
            return Err(WebhookError::BodyMismatch);
        }

        let claimed_url = claims.webhook_url.ok_or(WebhookError::MissingClaim("webhook_url"))?;
        let configured = UrlParts::parse(webhook_url).ok_or(WebhookError::UrlMismatch)?;
        match UrlParts::parse(claimed_url.trim()) {
            Some(claimed) if claimed.matches(&configured, query) => Ok(()),
            _ => Err(WebhookError::UrlMismatch),
        }
    }
}

/// Claims Gong puts in the token; each checked for presence by hand so a
/// missing one is reported by name.
#[derive(Deserialize)]
struct Claims {
    #[serde(default)]
    exp: Option<serde_json::Value>,
    #[serde(default)]
    nbf: Option<serde_json::Value>,
    #[serde(default)]
    body_sha256: Option<String>,
    #[serde(default)]
    webhook_url: Option<String>,
}

/// RS256 only; `exp` is checked by the rule against the caller's clock, so
/// jsonwebtoken's own time checks (which read the system clock) are off.
fn jwt_validation() -> Validation {
    let mut validation = Validation::new(Algorithm::RS256);
    validation.algorithms = vec![Algorithm::RS256];
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.validate_aud = false;
    validation.required_spec_claims.clear();
    validation.leeway = 0;
    validation
}

fn bearer_token(authorization: Option<&str>) -> Option<&str> {
    let value = authorization?.trim();
    if value.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let token = match value.get(..7) {
        Some(prefix) if prefix.eq_ignore_ascii_case("bearer ") => value[7..].trim_start(),
        _ => value,
    };
    (!token.is_empty()).then_some(token)
}

/// Maps a jsonwebtoken failure to a reason, reading the token's header (never
/// the signature) to name a disallowed algorithm.
fn classify_jwt_error(kind: &JwtErrorKind, token: &str) -> WebhookError {
    match kind {
        JwtErrorKind::InvalidSignature => return WebhookError::BadSignature,
        JwtErrorKind::InvalidToken => return WebhookError::MalformedToken,
        _ => {}
    }
    match header_algorithm(token) {
        Some(alg) if alg != ALLOWED_ALGORITHM => WebhookError::DisallowedAlgorithm(sanitize_algorithm(&alg)),
        _ => WebhookError::MalformedToken,
    }
}

/// Whether the token's (already verified) header has a `crit` parameter.
/// Every extension it could name is unknown here, so any `crit` is refused,
/// and so is a header that cannot be read back.
fn header_has_crit(token: &str) -> bool {
    use base64::Engine as _;
    let Some(encoded) = token.split('.').next() else {
        return true;
    };
    let Ok(bytes) = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(encoded.trim_end_matches('=')) else {
        return true;
    };
    match serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&bytes) {
        Ok(header) => header.contains_key("crit"),
        Err(_) => true,
    }
}

fn header_algorithm(token: &str) -> Option<String> {
    use base64::Engine as _;
    #[derive(Deserialize)]
    struct Header {
        alg: serde_json::Value,
    }
    let encoded = token.split('.').next()?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(encoded.trim_end_matches('='))
        .ok()?;
    let header: Header = serde_json::from_slice(&bytes).ok()?;
    Some(match header.alg {
        serde_json::Value::String(alg) => alg,
        serde_json::Value::Null => "null".to_owned(),
        _ => "?".to_owned(),
    })
}

/// An algorithm name safe to show: letters, digits, `-` and `_`, at most 16.
fn sanitize_algorithm(alg: &str) -> String {
    let clean: String = alg
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(16)
        .collect();
    if clean.is_empty() { "?".to_owned() } else { clean }
}

/// A date claim: a JSON number read by [`numeric_date`]; anything else is malformed.
fn claim_date(value: &serde_json::Value) -> Option<u64> {
    match value {
        serde_json::Value::Number(n) => numeric_date(n),
        _ => None,
    }
}

/// A JWT NumericDate as whole seconds; fractions are dropped, negatives and
/// values too large for `u64` are malformed.
fn numeric_date(value: &serde_json::Number) -> Option<u64> {
    if let Some(secs) = value.as_u64() {
        return Some(secs);
    }
    let secs = value.as_f64()?;
    (secs.is_finite() && secs >= 0.0 && secs < u64::MAX as f64).then_some(secs as u64)
}

fn decode_hex32(text: &str) -> Option<[u8; 32]> {
    let text = text.as_bytes();
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(text.chunks_exact(2)) {
        *byte = (hex_value(pair[0])? << 4) | hex_value(pair[1])?;
    }
    Some(out)
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Lowercase hex SHA-256 of `bytes` (`test_util::body_sha256_hex` in public).
#[cfg_attr(not(any(feature = "test-util", feature = "webhook-queue")), allow(dead_code))]
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    lower_hex(&Sha256::digest(bytes))
}

/// Lowercase hex of `bytes`, two digits a byte.
#[cfg_attr(not(any(feature = "test-util", feature = "webhook-queue")), allow(dead_code))]
pub(crate) fn lower_hex(bytes: &[u8]) -> String {
    use fmt::Write as _;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Parses an authenticated body straight into the typed shape; errors carry
/// serde_json's line and column.
fn parse_event(body: &[u8]) -> Result<AutomationEvent, WebhookError> {
    #[derive(Deserialize)]
    struct Envelope {
        #[serde(rename = "callData")]
        call_data: CallData,
        #[serde(rename = "isTest", default)]
        is_test: Option<bool>,
        #[serde(rename = "isPrivate", default)]
        is_private: Option<bool>,
    }

    let envelope: Envelope =
        serde_json::from_slice(body).map_err(|err| WebhookError::Decode(DecodeError::from_json(&err)))?;
    let call = envelope.call_data;
    if let Some(id) = call.meta_data.as_ref().and_then(|m| m.id.as_ref())
        && !plausible_call_id(id.as_str())
    {
        return Err(WebhookError::Decode(DecodeError {
            line: 0,
            column: 0,
            kind: DecodeErrorKind::Data,
            message: "callData.metaData.id must be 1 to 64 printable characters without control characters".into(),
        }));
    }
    let is_private = envelope
        .is_private
        .or_else(|| call.meta_data.as_ref().and_then(|m| m.is_private))
        .unwrap_or(false);
    Ok(AutomationEvent {
        is_test: envelope.is_test.unwrap_or(false),
        is_private,
        call,
        body: body.into(),
    })
}

/// A call id a receiver can pass on safely (to a file name, an environment
/// variable, a log line): 1 to 64 characters, none a control character.
/// Gong's ids are decimal digits; other printable text is kept for forward
/// compatibility.
fn plausible_call_id(id: &str) -> bool {
    (1..=64).contains(&id.chars().count()) && !id.chars().any(char::is_control)
}

/// The key [`Dedup`] remembers a delivery by: the rule, the call id and
/// whether it is a test delivery (a test fired from Gong's UI must not
/// swallow the real delivery of the same call). `None` when the event has no
/// call id (such events are never deduplicated).
pub fn dedup_key(rule: &str, event: &AutomationEvent) -> Option<String> {
    let id = event.call_id()?;
    Some(format!(
        "{rule}/{}/{}",
        id.as_str(),
        if event.is_test { "test" } else { "live" }
    ))
}

fn validate_name(name: &str) -> Result<(), WebhookError> {
    let ok = (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if ok {
        Ok(())
    } else {
        Err(WebhookError::BadRule(format!(
            "a rule name is 1 to 64 ASCII letters, digits, '-', '_' or '.', got {name:?}"
        )))
    }
}

fn validate_route(route: &str) -> Result<(), WebhookError> {
    let ok = route.starts_with('/')
        && route.len() <= 256
        && !route.contains("//")
        && route
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~'));
    if ok {
        Ok(())
    } else {
        Err(WebhookError::BadRule(format!(
            "a route is an absolute path of ASCII letters, digits and '/-_.~', got {route:?}"
        )))
    }
}

/// A set of named rules, each on its own route: the receiver's configuration.
///
/// Names and routes are unique; for URL-key rules that take the key from the
/// path, the served path is `{route}/{key}`.
#[derive(Debug, Clone, Default)]
pub struct AutomationRules {
    rules: Vec<AutomationRule>,
}

impl AutomationRules {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a rule; fails if its name or route is already taken.
    pub fn add(&mut self, rule: AutomationRule) -> Result<&mut Self, WebhookError> {
        if self.get(rule.name()).is_some() {
            return Err(WebhookError::BadRule(format!("the name {:?} is taken", rule.name())));
        }
        let route = rule.route().trim_end_matches('/');
        if self.rules.iter().any(|r| r.route().trim_end_matches('/') == route) {
            return Err(WebhookError::BadRule(format!("the route {:?} is taken", rule.route())));
        }
        self.rules.push(rule);
        Ok(self)
    }

    /// [`AutomationRules::add`], by value.
    pub fn with(mut self, rule: AutomationRule) -> Result<Self, WebhookError> {
        self.add(rule)?;
        Ok(self)
    }

    /// The rule of this name.
    pub fn get(&self, name: &str) -> Option<&AutomationRule> {
        self.rules.iter().find(|r| r.name() == name)
    }

    /// The rule served on this route.
    pub fn by_route(&self, route: &str) -> Option<&AutomationRule> {
        let route = route.trim_end_matches('/');
        self.rules.iter().find(|r| r.route().trim_end_matches('/') == route)
    }

    /// The rules in the order they were added.
    pub fn iter(&self) -> std::slice::Iter<'_, AutomationRule> {
        self.rules.iter()
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Verifies a delivery for the named rule; an unknown name is
    /// [`WebhookError::BadRule`].
    pub fn verify(&self, name: &str, delivery: &Delivery<'_>, now: u64) -> Result<AutomationEvent, WebhookError> {
        self.get(name)
            .ok_or_else(|| WebhookError::BadRule(format!("no rule named {name:?}")))?
            .verify(delivery, now)
    }
}

impl<'a> IntoIterator for &'a AutomationRules {
    type Item = &'a AutomationRule;
    type IntoIter = std::slice::Iter<'a, AutomationRule>;
    fn into_iter(self) -> Self::IntoIter {
        self.rules.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_prefix_is_optional_and_case_insensitive() {
        assert_eq!(bearer_token(Some("Bearer abc")), Some("abc"));
        assert_eq!(bearer_token(Some("bearer  abc ")), Some("abc"));
        assert_eq!(bearer_token(Some("abc")), Some("abc"));
        assert_eq!(bearer_token(Some("Bearer ")), None);
        assert_eq!(bearer_token(Some("BEARER")), None);
        assert_eq!(bearer_token(Some("  ")), None);
        assert_eq!(bearer_token(None), None);
    }

    #[test]
    fn hex_and_dates() {
        let hex = "00ff".repeat(16);
        let bytes = decode_hex32(&hex).unwrap();
        assert_eq!(bytes[1], 0xff);
        assert_eq!(decode_hex32(&hex.to_uppercase()), Some(bytes));
        assert!(decode_hex32("zz").is_none());
        assert_eq!(numeric_date(&serde_json::Number::from_f64(12.9).unwrap()), Some(12));
        assert_eq!(numeric_date(&serde_json::Number::from(-1)), None);
        assert_eq!(sanitize_algorithm("HS256\"<x>"), "HS256x");
    }

    #[test]
    fn url_key_rule_debug_hides_key() {
        let rule = AutomationRule::url_key("r", "topsecret").unwrap();
        assert!(!format!("{rule:?}").contains("topsecret"));
        let delivery = Delivery::url_key(Some("topsecret"), b"{}");
        assert!(!format!("{delivery:?}").contains("topsecret"));
    }

    #[test]
    fn rule_names_and_routes() {
        assert!(AutomationRule::url_key("", "k").is_err());
        assert!(AutomationRule::url_key("a/b", "k").is_err());
        let rule = AutomationRule::url_key("a", "k").unwrap();
        assert_eq!(rule.route(), "/a");
        assert!(rule.clone().with_route("no-slash").is_err());
        assert!(rule.clone().with_route("/x/{key}").is_err());
        let mut rules = AutomationRules::new();
        rules.add(rule.clone()).unwrap();
        assert!(rules.add(rule.clone()).is_err());
        let other = AutomationRule::url_key("b", "k").unwrap().with_route("/a/").unwrap();
        assert!(rules.add(other).is_err());
    }
}
