//! Gong's date-times, kept as Gong sent them.

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone as _, Utc};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

/// A date-time in a Gong answer, kept exactly as Gong sent it.
///
/// Gong writes date-times in the tenant's offset (`2020-06-18T11:08:15-04:00`)
/// and its documented examples give some as epoch seconds (`1592492895`).
/// A `GongDateTime` keeps the text (or the number) it was decoded from and
/// serializes it unchanged, so re-emitted data carries the offset Gong sent
/// rather than a conversion to UTC. [`GongDateTime::fixed`] and
/// [`GongDateTime::utc`] give the instant as chrono values.
///
/// Equality and hashing compare the instant *and* the original form; order
/// compares instants (then forms, to stay consistent with equality).
///
/// ```
/// use gong_client::GongDateTime;
/// let t: GongDateTime = serde_json::from_str("\"2020-06-18T11:08:15-04:00\"").unwrap();
/// assert_eq!(t.utc().to_rfc3339(), "2020-06-18T15:08:15+00:00");
/// assert_eq!(serde_json::to_string(&t).unwrap(), "\"2020-06-18T11:08:15-04:00\"");
/// let e: GongDateTime = serde_json::from_str("1592492895").unwrap();
/// assert_eq!(e.utc(), t.utc());
/// assert_eq!(serde_json::to_string(&e).unwrap(), "1592492895");
/// ```
#[derive(Clone)]
pub struct GongDateTime {
    at: DateTime<FixedOffset>,
    form: Form,
}

/// How Gong wrote a date-time.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
enum Form {
    /// ISO-8601 text, as sent.
    Text(String),
    /// Seconds since the epoch, a JSON integer.
    Epoch(i64),
}

/// Why a text is not a date-time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a Gong date-time is RFC 3339 text (2020-06-18T11:08:15-04:00) or epoch seconds, got {0:?}")]
#[non_exhaustive]
pub struct InvalidGongDateTime(pub String);

impl GongDateTime {
    /// Parses RFC 3339 text (`2020-06-18T11:08:15.5-04:00`, `...Z`), the same
    /// without an offset (read as UTC), or a decimal count of epoch seconds.
    pub fn parse(text: &str) -> Result<Self, InvalidGongDateTime> {
        let bad = || InvalidGongDateTime(text.chars().take(64).collect());
        if let Ok(at) = DateTime::parse_from_rfc3339(text) {
            return Ok(GongDateTime {
                at,
                form: Form::Text(text.to_owned()),
            });
        }
        for layout in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"] {
            if let Ok(naive) = NaiveDateTime::parse_from_str(text, layout) {
                return Ok(GongDateTime {
                    at: naive.and_utc().fixed_offset(),
                    form: Form::Text(text.to_owned()),
                });
            }
        }
        if !text.is_empty() && text.len() <= 19 && text.bytes().all(|b| b.is_ascii_digit()) {
            let at = text.parse::<i64>().ok().and_then(epoch).ok_or_else(bad)?;
            return Ok(GongDateTime {
                at,
                form: Form::Text(text.to_owned()),
            });
        }
        Err(bad())
    }

    /// From epoch seconds; it serializes as that number.
    pub fn from_epoch_seconds(seconds: i64) -> Option<Self> {
        epoch(seconds).map(|at| GongDateTime {
            at,
            form: Form::Epoch(seconds),
        })
    }

    /// The instant in the offset Gong sent (UTC for epoch seconds).
    pub fn fixed(&self) -> DateTime<FixedOffset> {
        self.at
    }

    /// The instant in UTC.
    pub fn utc(&self) -> DateTime<Utc> {
        self.at.with_timezone(&Utc)
    }

    /// The text Gong sent, or `None` when it sent epoch seconds.
    pub fn as_text(&self) -> Option<&str> {
        match &self.form {
            Form::Text(t) => Some(t),
            Form::Epoch(_) => None,
        }
    }

    /// The epoch seconds Gong sent, or `None` when it sent text.
    pub fn as_epoch_seconds(&self) -> Option<i64> {
        match self.form {
            Form::Epoch(s) => Some(s),
            Form::Text(_) => None,
        }
    }
}

fn epoch(seconds: i64) -> Option<DateTime<FixedOffset>> {
    Utc.timestamp_opt(seconds, 0).single().map(|t| t.fixed_offset())
}

impl From<DateTime<FixedOffset>> for GongDateTime {
    /// Written as RFC 3339 in the given offset.
    fn from(at: DateTime<FixedOffset>) -> Self {
        GongDateTime {
            at,
            form: Form::Text(at.to_rfc3339()),
        }
    }
}

impl From<DateTime<Utc>> for GongDateTime {
    /// Written as RFC 3339 with `Z`.
    fn from(at: DateTime<Utc>) -> Self {
        GongDateTime {
            at: at.fixed_offset(),
            form: Form::Text(at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)),
        }
    }
}

impl From<GongDateTime> for DateTime<Utc> {
    fn from(t: GongDateTime) -> Self {
        t.utc()
    }
}

impl From<GongDateTime> for DateTime<FixedOffset> {
    fn from(t: GongDateTime) -> Self {
        t.fixed()
    }
}

impl PartialEq for GongDateTime {
    fn eq(&self, other: &Self) -> bool {
        self.at == other.at && self.form == other.form
    }
}

impl Eq for GongDateTime {}

impl Hash for GongDateTime {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.form.hash(h);
    }
}

impl PartialOrd for GongDateTime {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for GongDateTime {
    fn cmp(&self, other: &Self) -> Ordering {
        self.at.cmp(&other.at).then_with(|| match (&self.form, &other.form) {
            (Form::Text(a), Form::Text(b)) => a.cmp(b),
            (Form::Epoch(a), Form::Epoch(b)) => a.cmp(b),
            (Form::Epoch(_), Form::Text(_)) => Ordering::Less,
            (Form::Text(_), Form::Epoch(_)) => Ordering::Greater,
        })
    }
}

impl fmt::Debug for GongDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "GongDateTime({self})")
    }
}

impl fmt::Display for GongDateTime {
    /// As Gong sent it: the text, or the epoch seconds.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.form {
            Form::Text(t) => f.write_str(t),
            Form::Epoch(s) => write!(f, "{s}"),
        }
    }
}

impl FromStr for GongDateTime {
    type Err = InvalidGongDateTime;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        GongDateTime::parse(s)
    }
}

impl serde::Serialize for GongDateTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.form {
            Form::Text(t) => s.serialize_str(t),
            Form::Epoch(n) => s.serialize_i64(*n),
        }
    }
}

impl<'de> serde::Deserialize<'de> for GongDateTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = GongDateTime;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 date-time or epoch seconds")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<GongDateTime, E> {
                GongDateTime::parse(v).map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<GongDateTime, E> {
                GongDateTime::from_epoch_seconds(v)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<GongDateTime, E> {
                i64::try_from(v)
                    .ok()
                    .and_then(GongDateTime::from_epoch_seconds)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
            }
        }
        d.deserialize_any(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for GongDateTime {
    fn schema_name() -> String {
        "GongDateTime".into()
    }
    /// RFC 3339 text (the form requests should use).
    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        use schemars::schema::{InstanceType, SchemaObject};
        SchemaObject {
            instance_type: Some(InstanceType::String.into()),
            format: Some("date-time".into()),
            ..Default::default()
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_epoch_round_trip_as_sent() {
        for sent in [
            "\"2020-06-18T11:08:15-04:00\"",
            "\"2025-01-29T10:15:30.123456+02:00\"",
            "\"2025-01-29T08:15:30Z\"",
            "\"2025-01-29T08:15:30\"",
            "1592492895",
        ] {
            let t: GongDateTime = serde_json::from_str(sent).unwrap();
            assert_eq!(serde_json::to_string(&t).unwrap(), sent);
        }
        let t: GongDateTime = serde_json::from_str("\"2020-06-18T11:08:15-04:00\"").unwrap();
        assert_eq!(t.fixed().offset().local_minus_utc(), -4 * 3600);
    }

    #[test]
    fn what_is_not_a_date_time_is_refused() {
        for bad in ["\"tomorrow\"", "\"\"", "true", "1.5", "\"2020-13-01T00:00:00Z\""] {
            assert!(serde_json::from_str::<GongDateTime>(bad).is_err(), "{bad} decoded");
        }
    }
}
