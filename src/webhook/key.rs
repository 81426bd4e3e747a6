//! The public key of a signed-JWT automation rule.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use jsonwebtoken::DecodingKey;

use super::WebhookError;

/// DER of the `rsaEncryption` object identifier, 1.2.840.113549.1.1.1.
const RSA_ENCRYPTION_OID: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

/// Smallest and largest modulus the RS256 verifier accepts, in bits.
const MIN_MODULUS_BITS: usize = 2048;
const MAX_MODULUS_BITS: usize = 8192;

/// An automation rule's RSA public key, parsed and checked once.
///
/// Gong shows the key of a rule as bare base64 of the DER
/// `SubjectPublicKeyInfo`, with no PEM armour; [`PublicKey::parse`] takes that,
/// or the same key as a `-----BEGIN PUBLIC KEY-----` PEM, or a PKCS#1
/// `-----BEGIN RSA PUBLIC KEY-----` PEM. The modulus must be 2048 to 8192
/// bits, the range RS256 verification accepts.
///
/// ```
/// # use gong_client::webhook::PublicKey;
/// assert!(PublicKey::parse("not a key").is_err());
/// ```
#[derive(Clone)]
pub struct PublicKey {
    decoding: DecodingKey,
    bits: usize,
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublicKey").field("rsa_bits", &self.bits).finish()
    }
}

impl PublicKey {
    /// Parses a key given as bare base64 DER (`SubjectPublicKeyInfo` or
    /// PKCS#1) or as PEM (`PUBLIC KEY` or `RSA PUBLIC KEY`).
    ///
    /// Surrounding whitespace and line breaks inside the base64 are ignored.
    /// Fails with [`WebhookError::BadKey`], whose reason never quotes the input.
    pub fn parse(text: &str) -> Result<Self, WebhookError> {
        let text = text.trim();
        let der = if text.starts_with("-----BEGIN") {
            pem_body(text)?
        } else {
            decode_base64(text)?
        };
        Self::from_der(&der)
    }

    /// Parses DER bytes: a `SubjectPublicKeyInfo` for RSA, or a PKCS#1
    /// `RSAPublicKey`.
    pub fn from_der(der: &[u8]) -> Result<Self, WebhookError> {
        let (n, e) = rsa_components(der)?;
        let bits = modulus_bits(n);
        if !(MIN_MODULUS_BITS..=MAX_MODULUS_BITS).contains(&bits) {
            return Err(WebhookError::BadKey("the RSA modulus must be 2048 to 8192 bits"));
        }
        // ring accepts odd public exponents from 3 to 2^33 - 1.
        if e.len() > 5 || e.last().is_none_or(|b| b & 1 == 0) || (e.len() == 1 && e[0] < 3) {
            return Err(WebhookError::BadKey("the RSA public exponent is not usable"));
        }
        if e.len() == 5 && e[0] > 1 {
            return Err(WebhookError::BadKey("the RSA public exponent is not usable"));
        }
        Ok(PublicKey {
            decoding: DecodingKey::from_rsa_raw_components(n, e),
            bits,
        })
    }

    /// Size of the RSA modulus in bits.
    pub fn bits(&self) -> usize {
        self.bits
    }

    pub(crate) fn decoding_key(&self) -> &DecodingKey {
        &self.decoding
    }
}

fn decode_base64(text: &str) -> Result<Vec<u8>, WebhookError> {
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    if compact.is_empty() {
        return Err(WebhookError::BadKey("the key is empty"));
    }
    STANDARD
        .decode(&compact)
        .or_else(|_| STANDARD_NO_PAD.decode(&compact))
        .map_err(|_| WebhookError::BadKey("the key is neither PEM nor base64"))
}

/// The base64 body of a single `PUBLIC KEY` or `RSA PUBLIC KEY` PEM block.
fn pem_body(text: &str) -> Result<Vec<u8>, WebhookError> {
    let mut lines = text.lines().map(str::trim);
    let begin = lines.next().unwrap_or_default();
    let label = begin
        .strip_prefix("-----BEGIN ")
        .and_then(|rest| rest.strip_suffix("-----"))
        .ok_or(WebhookError::BadKey("malformed PEM header line"))?;
    if label != "PUBLIC KEY" && label != "RSA PUBLIC KEY" {
        return Err(WebhookError::BadKey(
            "expected a PEM block labelled PUBLIC KEY or RSA PUBLIC KEY",
        ));
    }
    let end = format!("-----END {label}-----");
    let mut body = String::new();
    let mut closed = false;
    for line in lines {
        if line == end {
            closed = true;
            break;
        }
        // RFC 1421 style headers ("Proc-Type: ...") carry no key material.
        if !line.contains(':') {
            body.push_str(line);
        }
    }
    if !closed {
        return Err(WebhookError::BadKey("the PEM block has no matching END line"));
    }
    decode_base64(&body)
}

/// Bits in a big-endian unsigned integer without its leading zero bytes.
fn modulus_bits(n: &[u8]) -> usize {
    match n.first() {
        None => 0,
        Some(&first) => (n.len() - 1) * 8 + (8 - first.leading_zeros() as usize),
    }
}

/// Modulus and exponent, big-endian without leading zeros, from SPKI or PKCS#1 DER.
fn rsa_components(der: &[u8]) -> Result<(&[u8], &[u8]), WebhookError> {
    const NOT_RSA: WebhookError = WebhookError::BadKey("the key is not a DER RSA public key");
    let mut outer = Der::new(der);
    let top = outer.expect(TAG_SEQUENCE).ok_or(NOT_RSA)?;
    if !outer.is_empty() {
        return Err(NOT_RSA);
    }
    let mut top = Der::new(top);
    let rsa_public_key = match top.peek_tag() {
        Some(TAG_SEQUENCE) => {
            // SubjectPublicKeyInfo: AlgorithmIdentifier, BIT STRING.
            let mut algorithm = Der::new(top.expect(TAG_SEQUENCE).ok_or(NOT_RSA)?);
            let oid = algorithm.expect(TAG_OID).ok_or(NOT_RSA)?;
            if oid != RSA_ENCRYPTION_OID {
                return Err(WebhookError::BadKey("the key is not an RSA key"));
            }
            if !algorithm.is_empty() {
                let params = algorithm.expect(TAG_NULL).ok_or(NOT_RSA)?;
                if !params.is_empty() || !algorithm.is_empty() {
                    return Err(NOT_RSA);
                }
            }
            let bits = top.expect(TAG_BIT_STRING).ok_or(NOT_RSA)?;
            if !top.is_empty() {
                return Err(NOT_RSA);
            }
            match bits.split_first() {
                Some((0, rest)) => {
                    let mut inner = Der::new(rest);
                    let seq = inner.expect(TAG_SEQUENCE).ok_or(NOT_RSA)?;
                    if !inner.is_empty() {
                        return Err(NOT_RSA);
                    }
                    seq
                }
                _ => return Err(NOT_RSA),
            }
        }
        Some(TAG_INTEGER) => {
            // Already the PKCS#1 RSAPublicKey's contents.
            top.rest()
        }
        _ => return Err(NOT_RSA),
    };
    let mut fields = Der::new(rsa_public_key);
    let n = positive_integer(fields.expect(TAG_INTEGER).ok_or(NOT_RSA)?).ok_or(NOT_RSA)?;
    let e = positive_integer(fields.expect(TAG_INTEGER).ok_or(NOT_RSA)?).ok_or(NOT_RSA)?;
    if !fields.is_empty() {
        return Err(NOT_RSA);
    }
    Ok((n, e))
}

/// The magnitude of a DER INTEGER that must be positive, without leading zeros.
fn positive_integer(bytes: &[u8]) -> Option<&[u8]> {
    let (&first, _) = bytes.split_first()?;
    if first & 0x80 != 0 {
        return None;
    }
    let start = bytes.iter().position(|&b| b != 0)?;
    Some(&bytes[start..])
}

const TAG_INTEGER: u8 = 0x02;
const TAG_BIT_STRING: u8 = 0x03;
const TAG_NULL: u8 = 0x05;
const TAG_OID: u8 = 0x06;
const TAG_SEQUENCE: u8 = 0x30;

/// A cursor over DER: just enough to read a public key.
struct Der<'a> {
    rest: &'a [u8],
}

impl<'a> Der<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Der { rest: bytes }
    }

    fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    fn rest(&self) -> &'a [u8] {
        self.rest
    }

    fn peek_tag(&self) -> Option<u8> {
        self.rest.first().copied()
    }

    /// Reads one element with the given tag, returning its contents.
    fn expect(&mut self, tag: u8) -> Option<&'a [u8]> {
        let (&found, after_tag) = self.rest.split_first()?;
        if found != tag {
            return None;
        }
        let (&first_len, mut after_len) = after_tag.split_first()?;
        let len = if first_len < 0x80 {
            usize::from(first_len)
        } else {
            let count = usize::from(first_len & 0x7f);
            // Indefinite lengths are not DER; four length bytes are plenty.
            if count == 0 || count > 4 || after_len.len() < count {
                return None;
            }
            let (len_bytes, contents) = after_len.split_at(count);
            after_len = contents;
            if len_bytes[0] == 0 {
                return None;
            }
            let len = len_bytes.iter().fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
            if len < 0x80 {
                return None;
            }
            len
        };
        if after_len.len() < len {
            return None;
        }
        let (contents, rest) = after_len.split_at(len);
        self.rest = rest;
        Some(contents)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_garbage_without_quoting_it() {
        for input in [
            "",
            "!!!",
            "AAAA",
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
        ] {
            let err = PublicKey::parse(input).unwrap_err();
            assert!(matches!(err, WebhookError::BadKey(_)), "{input:?}: {err:?}");
            if !input.is_empty() {
                assert!(!err.to_string().contains(input));
            }
        }
    }

    #[test]
    fn der_lengths() {
        let mut d = Der::new(&[0x02, 0x81, 0x05, 1, 2, 3, 4, 5]);
        // Long form for a length below 128 is not DER.
        assert!(d.expect(TAG_INTEGER).is_none());
        let mut d = Der::new(&[0x02, 0x02, 0x00, 0x80]);
        assert_eq!(positive_integer(d.expect(TAG_INTEGER).unwrap()), Some(&[0x80u8][..]));
        assert_eq!(modulus_bits(&[0x80, 0]), 16);
        assert_eq!(modulus_bits(&[0x01, 0]), 9);
    }
}
