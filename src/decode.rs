//! Decoding what Gong really sends into the generated answer types.
//!
//! Gong's answers do not always match its document: integers arrive as
//! strings (`"1"`), decimals too (`"1301.67"`), lists as `null`, and fields
//! the document marks required as `null`. `build.rs` (its
//! `lenient_responses` pass) points the fields of every answer type at these
//! functions with `#[serde(deserialize_with = ..)]`, so no answer type is
//! written by hand. Serializing gives numbers back as JSON numbers.
//!
//! The same pass gives every answer struct an `extra` map that keeps the
//! fields Gong sent that the document does not name.

use serde::de::{self, Deserialize, Deserializer, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// A number type an answer field holds: `i64` or `f64`.
pub trait Number: Sized + Default {
    /// What the field expects, for error messages.
    const EXPECTING: &'static str;
    /// From a JSON integer.
    fn from_i64(v: i64) -> Option<Self>;
    /// From a JSON integer above `i64::MAX`.
    fn from_u64(v: u64) -> Option<Self>;
    /// From a JSON decimal.
    fn from_f64(v: f64) -> Option<Self>;
    /// From the text of a number sent as a JSON string.
    fn from_text(v: &str) -> Option<Self>;
}

impl Number for i64 {
    const EXPECTING: &'static str = "an integer, or an integer in a string";
    fn from_i64(v: i64) -> Option<Self> {
        Some(v)
    }
    fn from_u64(v: u64) -> Option<Self> {
        i64::try_from(v).ok()
    }
    fn from_f64(v: f64) -> Option<Self> {
        // 3.0 is an integer; 3.5 is not, and is refused rather than cut.
        // Beyond 2^63 the `as` cast would saturate: refuse instead.
        (v.fract() == 0.0 && v.abs() < 9.2e18).then_some(v as i64)
    }
    fn from_text(v: &str) -> Option<Self> {
        let v = v.trim();
        v.parse()
            .ok()
            .or_else(|| v.parse::<f64>().ok().and_then(Self::from_f64))
    }
}

impl Number for f64 {
    const EXPECTING: &'static str = "a number, or a number in a string";
    fn from_i64(v: i64) -> Option<Self> {
        Some(v as f64)
    }
    fn from_u64(v: u64) -> Option<Self> {
        Some(v as f64)
    }
    fn from_f64(v: f64) -> Option<Self> {
        Some(v)
    }
    fn from_text(v: &str) -> Option<Self> {
        v.trim().parse::<f64>().ok().filter(|f| f.is_finite())
    }
}

/// A number, a number in a string, or `null` (`None`).
struct Lenient<T>(Option<T>);

impl<'de, T: Number> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Number> Visitor<'de> for V<T> {
            type Value = Lenient<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(T::EXPECTING)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                T::from_i64(v)
                    .map(|n| Lenient(Some(n)))
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Signed(v), &self))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                T::from_u64(v)
                    .map(|n| Lenient(Some(n)))
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                T::from_f64(v)
                    .map(|n| Lenient(Some(n)))
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Float(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                T::from_text(v)
                    .map(|n| Lenient(Some(n)))
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Lenient(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Lenient(None))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                d.deserialize_any(self)
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// A required number: as sent, from a string, or `null` as zero.
pub fn number<'de, D: Deserializer<'de>, T: Number>(d: D) -> Result<T, D::Error> {
    Ok(Lenient::<T>::deserialize(d)?.0.unwrap_or_default())
}

/// An optional number: as sent, from a string, or `null` as absent.
pub fn opt_number<'de, D: Deserializer<'de>, T: Number>(d: D) -> Result<Option<T>, D::Error> {
    Ok(Lenient::<T>::deserialize(d)?.0)
}

/// A list of numbers, each as sent or from a string; a `null` list is
/// empty, and `null` items (which a list of numbers cannot hold) are left out.
pub fn numbers<'de, D: Deserializer<'de>, T: Number>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(opt_numbers(d)?.unwrap_or_default())
}

/// An optional list of numbers: as [`numbers`], with `null` as absent.
pub fn opt_numbers<'de, D: Deserializer<'de>, T: Number>(d: D) -> Result<Option<Vec<T>>, D::Error> {
    Ok(Option::<Vec<Lenient<T>>>::deserialize(d)?.map(|items| items.into_iter().filter_map(|n| n.0).collect()))
}

/// A list, with `null` as empty.
pub fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// A value the document marks required, with `null` as its default.
pub fn or_default<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(d: D) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// Where in `doc` the value lies that keeps `decodes` from accepting it: a
/// path such as `calls[3].metaData.duration`, or `None` when `doc` decodes
/// or no single part of it is to blame.
///
/// It descends from the root: into the object member that, set to `null`,
/// lets the document decode (every answer field accepts `null`), or into the
/// list item that, left out, does (found by halving the list). `size` is the
/// body's length: the number of trial decodes is bounded so that they read
/// at most about 256 MiB in all.
pub fn locate(doc: &serde_json::Value, size: usize, decodes: impl Fn(&serde_json::Value) -> bool) -> Option<String> {
    use serde_json::Value;
    enum Step {
        Key(String),
        Index(usize),
    }
    fn at<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
        path.iter().try_fold(v, |v, s| match s {
            Step::Key(k) => v.get_mut(k.as_str()),
            Step::Index(i) => v.get_mut(*i),
        })
    }
    let budget = (256usize << 20) / size.max(1);
    let mut trials = 0usize;
    let mut try_decode = |v: &Value| {
        trials += 1;
        (trials <= budget.clamp(16, 4096)).then(|| decodes(v))
    };
    if try_decode(doc) != Some(false) {
        return None;
    }
    let mut work = doc.clone();
    let mut path: Vec<Step> = Vec::new();
    'descend: loop {
        let node = at(&mut work, &path)?.clone();
        match node {
            Value::Object(m) => {
                for key in m.keys() {
                    let slot = at(&mut work, &path)?.get_mut(key.as_str())?;
                    let saved = std::mem::take(slot);
                    let ok = try_decode(&work);
                    *at(&mut work, &path)?.get_mut(key.as_str())? = saved;
                    match ok {
                        Some(true) => {
                            path.push(Step::Key(key.clone()));
                            continue 'descend;
                        }
                        Some(false) => {}
                        None => break 'descend,
                    }
                }
                break;
            }
            Value::Array(items) => {
                let without = |lo: usize, hi: usize| {
                    let mut rest = items.clone();
                    rest.drain(lo..hi);
                    Value::Array(rest)
                };
                let (mut lo, mut hi) = (0, items.len());
                while hi - lo > 1 {
                    let mid = lo + (hi - lo) / 2;
                    *at(&mut work, &path)? = without(lo, mid);
                    let ok = try_decode(&work);
                    *at(&mut work, &path)? = Value::Array(items.clone());
                    match ok {
                        Some(true) => hi = mid,
                        Some(false) => lo = mid,
                        None => break 'descend,
                    }
                }
                if hi == lo + 1 {
                    *at(&mut work, &path)? = without(lo, hi);
                    let ok = try_decode(&work);
                    *at(&mut work, &path)? = Value::Array(items.clone());
                    if ok == Some(true) {
                        path.push(Step::Index(lo));
                        continue 'descend;
                    }
                }
                break;
            }
            _ => break,
        }
    }
    if path.is_empty() {
        return None;
    }
    let mut text = String::new();
    for step in &path {
        match step {
            Step::Key(k) if text.is_empty() => text.push_str(k),
            Step::Key(k) => {
                text.push('.');
                text.push_str(k);
            }
            Step::Index(i) => text.push_str(&format!("[{i}]")),
        }
    }
    Some(text)
}

/// A decode error with the JSON path of the bad value and the raw body.
pub(crate) fn body_error<T: serde::de::DeserializeOwned>(bytes: &[u8], fallback: serde_json::Error) -> crate::Error {
    match body::<T>(bytes) {
        Err(e) => e,
        Ok(_) => crate::Error::Decode {
            path: ".".into(),
            message: fallback.to_string(),
            body: Some(crate::error::RawBody::new(bytes.to_vec())),
        },
    }
}

/// Decodes JSON into `T`. On failure the error names the JSON path of the
/// bad value and keeps the body ([`Error::Decode`]).
///
/// `serde_path_to_error` tracks the path only down to the first struct
/// with a flattened field (every answer type has one, its `extra` map);
/// below it, [`crate::decode::locate`] finds the value by trying the decode
/// without parts of the document.
pub(crate) fn body<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> crate::Result<T> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|e| {
        let tracked = e.path().to_string();
        let path = serde_json::from_slice::<serde_json::Value>(bytes)
            .ok()
            .and_then(|v| locate(&v, bytes.len(), |v| T::deserialize(v).is_ok()))
            .filter(|found| found.len() > tracked.len() || tracked == ".")
            .unwrap_or(tracked);
        crate::Error::Decode {
            path,
            message: e.inner().to_string(),
            body: Some(crate::error::RawBody::new(bytes.to_vec())),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct R {
        #[serde(default, deserialize_with = "opt_number")]
        i: Option<i64>,
        #[serde(default, deserialize_with = "opt_number")]
        f: Option<f64>,
        #[serde(default, deserialize_with = "numbers")]
        l: Vec<f64>,
        #[serde(default, deserialize_with = "list")]
        s: Vec<String>,
    }

    fn r(text: &str) -> Result<R, serde_json::Error> {
        serde_json::from_str(text)
    }

    #[test]
    fn numbers_as_strings_and_nulls_decode() {
        let got = r(r#"{"i":"1","f":"1301.67","l":["2.5",3,null],"s":null}"#).unwrap();
        assert_eq!(
            got,
            R {
                i: Some(1),
                f: Some(1301.67),
                l: vec![2.5, 3.0],
                s: vec![]
            }
        );
        let got = r(r#"{"i":null,"f":null,"l":null}"#).unwrap();
        assert_eq!(
            got,
            R {
                i: None,
                f: None,
                l: vec![],
                s: vec![]
            }
        );
        assert_eq!(r(r#"{"i":7.0}"#).unwrap().i, Some(7));
    }

    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Page {
        #[serde(default, deserialize_with = "list")]
        calls: Vec<Call>,
    }
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Call {
        #[serde(default, deserialize_with = "opt_number")]
        duration: Option<i64>,
        #[serde(flatten)]
        extra: serde_json::Map<String, serde_json::Value>,
    }

    #[test]
    fn locate_finds_the_bad_value_below_flattened_structs() {
        let mut calls: Vec<serde_json::Value> = (0..37).map(|n| serde_json::json!({ "duration": n, "x": 1 })).collect();
        calls[29] = serde_json::json!({ "duration": "long", "x": 1 });
        let doc = serde_json::json!({ "calls": calls });
        let decodes = |v: &serde_json::Value| Page::deserialize(v).is_ok();
        assert_eq!(locate(&doc, 1000, decodes).as_deref(), Some("calls[29].duration"));
        assert_eq!(locate(&serde_json::json!({ "calls": [] }), 10, decodes), None);
    }

    #[test]
    fn what_is_not_a_number_is_refused() {
        for bad in [
            r#"{"i":"x"}"#,
            r#"{"i":1.5}"#,
            r#"{"i":true}"#,
            r#"{"f":"NaN"}"#,
            r#"{"i":18446744073709551615}"#,
        ] {
            assert!(r(bad).is_err(), "{bad} decoded");
        }
    }
}
