//! Gong's identifiers.

use std::fmt;
use std::str::FromStr;

/// A Gong identifier (call, user, workspace, folder, meeting, ...).
///
/// Gong ids are up to 20 decimal digits, more than an `f64` or a JavaScript
/// number holds exactly, and Gong sends them as JSON strings in some places
/// and as numbers in others. `GongId` accepts both and keeps every digit: it
/// stores the digits as text and always serializes as a JSON string.
///
/// ```
/// use gong_client::GongId;
/// let a: GongId = serde_json::from_str("\"7782342274025937895\"").unwrap();
/// let b: GongId = serde_json::from_str("7782342274025937895").unwrap();
/// assert_eq!(a, b);
/// assert_eq!(a.as_str(), "7782342274025937895");
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GongId(String);

/// Why a text is not a Gong id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a Gong id is 1 to 20 decimal digits, got {0:?}")]
#[non_exhaustive]
pub struct InvalidGongId(pub String);

impl GongId {
    /// Longest id Gong issues, in digits.
    pub const MAX_DIGITS: usize = 20;

    /// Parses an id, checking that it is 1 to 20 decimal digits.
    pub fn new(text: impl Into<String>) -> Result<Self, InvalidGongId> {
        let text = text.into();
        if (1..=Self::MAX_DIGITS).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
            Ok(GongId(text))
        } else {
            Err(InvalidGongId(text))
        }
    }

    /// The id's digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for GongId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "GongId({})", self.0)
    }
}

impl fmt::Display for GongId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for GongId {
    type Err = InvalidGongId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        GongId::new(s)
    }
}

impl From<u64> for GongId {
    fn from(n: u64) -> Self {
        GongId(n.to_string())
    }
}

impl TryFrom<&str> for GongId {
    type Error = InvalidGongId;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        GongId::new(s)
    }
}

impl TryFrom<String> for GongId {
    type Error = InvalidGongId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        GongId::new(s)
    }
}

impl serde::Serialize for GongId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for GongId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = GongId;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Gong id as a string or an integer")
            }
            // Decoding is lenient on purpose: what Gong sends is kept as sent
            // (forward compatibility); `GongId::new` validates user input.
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<GongId, E> {
                Ok(GongId(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<GongId, E> {
                Ok(GongId(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<GongId, E> {
                Ok(GongId(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<GongId, E> {
                Ok(GongId(v.to_string()))
            }
            fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<GongId, E> {
                Ok(GongId(v.to_string()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<GongId, E> {
                Err(E::custom(format!("a Gong id must be an integer, got {v}")))
            }
        }
        d.deserialize_any(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for GongId {
    fn schema_name() -> String {
        "GongId".into()
    }
    /// Digits as a string (preferred: no precision is lost), or a
    /// non-negative integer.
    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        use schemars::schema::{
            InstanceType, NumberValidation, Schema, SchemaObject, StringValidation, SubschemaValidation,
        };
        let digits = SchemaObject {
            instance_type: Some(InstanceType::String.into()),
            string: Some(Box::new(StringValidation {
                pattern: Some("^[0-9]{1,20}$".into()),
                ..Default::default()
            })),
            ..Default::default()
        };
        let integer = SchemaObject {
            instance_type: Some(InstanceType::Integer.into()),
            number: Some(Box::new(NumberValidation {
                minimum: Some(0.0),
                ..Default::default()
            })),
            ..Default::default()
        };
        SchemaObject {
            subschemas: Some(Box::new(SubschemaValidation {
                any_of: Some(vec![Schema::Object(digits), Schema::Object(integer)]),
                ..Default::default()
            })),
            ..Default::default()
        }
        .into()
    }
}
