//! What every action input shares: it holds the generated request type (or
//! the operation's typed parameters), it is checked where it is built, and it
//! decodes from JSON with the same checks.
//!
//! An input is obtained in one of two ways, and both run the input's rules:
//! - in Rust, from its constructor (`X::new(...)`, for inputs without
//!   optional fields) or from a [`Draft`] (`X::builder(required...)`, then
//!   setters, then [`Draft::build`]);
//! - from JSON, with [`Input::from_json`] or serde's `Deserialize`: unknown
//!   fields are refused, and a bad field is named by its JSON path.
//!
//! So a value of an input type is always valid, and the facade sends it as
//! it is, without converting it.

use std::fmt;

use serde_json::Value;

use crate::error::{Error, Result};

pub(crate) mod sealed {
    /// The crate's side of an action input (not implementable outside).
    pub trait Rules: Sized {
        /// What the input holds: the generated request type where Gong's
        /// document has one, otherwise the operation's typed parameters.
        type Data: serde::de::DeserializeOwned + serde::Serialize + Fields + MaybeSchema;
        /// Checks `data` against the action's rules and makes the input.
        fn check(data: Self::Data) -> crate::Result<Self>;
        /// The data, for serializing.
        fn data(&self) -> &Self::Data;
    }

    /// The top-level JSON property names of a type's serde form: what an
    /// input accepts (the generated request types get theirs from build.rs).
    pub trait Fields {
        /// Every top-level property name, flattened maps left out.
        fn names() -> Vec<&'static str>;
    }

    /// `schemars::JsonSchema` with the `schema` feature, nothing without.
    #[cfg(feature = "schema")]
    pub trait MaybeSchema: schemars::JsonSchema {}
    #[cfg(feature = "schema")]
    impl<T: schemars::JsonSchema> MaybeSchema for T {}
    /// `schemars::JsonSchema` with the `schema` feature, nothing without.
    #[cfg(not(feature = "schema"))]
    pub trait MaybeSchema {}
    #[cfg(not(feature = "schema"))]
    impl<T> MaybeSchema for T {}
}

/// An action input: always checked, from Rust setters or from JSON.
pub trait Input: sealed::Rules {
    /// Decodes the input from JSON and checks it. Unknown fields are refused;
    /// a failure is [`Error::InvalidInput`] naming the field (its JSON path)
    /// and the rule.
    fn from_json(value: Value) -> Result<Self> {
        if let Value::Object(map) = &value {
            let known = <Self::Data as sealed::Fields>::names();
            if let Some(key) = map.keys().find(|k| !known.contains(&k.as_str())) {
                return Err(Error::invalid(
                    key.clone(),
                    "is not a field of this input (see the action's JSON Schema)",
                ));
            }
        }
        let data = serde_path_to_error::deserialize::<_, Self::Data>(value).map_err(|e| {
            let path = e.path().to_string();
            Error::invalid(
                if path == "." { "input".to_owned() } else { path },
                e.inner().to_string(),
            )
        })?;
        Self::check(data)
    }
}

impl<T: sealed::Rules> Input for T {}

/// The field names serde's derive gives a struct (renames applied), asked
/// of a deserializer that records them and stops. A struct with a
/// `flatten` field reads a map instead and yields none: such types list
/// their names by hand.
pub(crate) fn serde_field_names<T: serde::de::DeserializeOwned>() -> Vec<&'static str> {
    struct Probe<'a>(&'a mut Vec<&'static str>);
    impl<'de> serde::Deserializer<'de> for Probe<'_> {
        type Error = serde::de::value::Error;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> std::result::Result<V::Value, Self::Error> {
            Err(serde::de::Error::custom("probe"))
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> std::result::Result<V::Value, Self::Error> {
            self.0.extend_from_slice(fields);
            Err(serde::de::Error::custom("probe"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    let mut names = Vec::new();
    let _ = T::deserialize(Probe(&mut names));
    names
}

/// [`sealed::Fields`] from serde's own list, for hand-written parameter
/// structs without a `flatten` field.
macro_rules! fields_from_serde {
    ($($ty:ty),* $(,)?) => {$(
        impl $crate::actions::input::sealed::Fields for $ty {
            fn names() -> Vec<&'static str> {
                $crate::actions::input::serde_field_names::<$ty>()
            }
        }
    )*};
}
pub(crate) use fields_from_serde;

/// The JSON Schema of an input: its data's, with no other fields allowed.
#[cfg(feature = "schema")]
pub(crate) fn input_schema<T: schemars::JsonSchema>(
    generator: &mut schemars::r#gen::SchemaGenerator,
) -> schemars::schema::Schema {
    use schemars::schema::Schema;
    let mut schema = T::json_schema(generator);
    if let Schema::Object(o) = &mut schema {
        o.object().additional_properties = Some(Box::new(Schema::Bool(false)));
    }
    schema
}

/// An action input being built: the required fields came from
/// `X::builder(...)`, the optional ones from setters; [`Draft::build`]
/// checks the rules. A setter given a value that cannot be sent (too long,
/// say) keeps the first such error for `build` to return.
pub struct Draft<I: Input> {
    /// The data, or the error that stopped it.
    data: Result<I::Data>,
}

impl<I: Input> Draft<I> {
    pub(crate) fn new(data: Result<I::Data>) -> Self {
        Draft { data }
    }

    /// Applies a setter; the first error is kept for [`Draft::build`].
    pub(crate) fn with(mut self, set: impl FnOnce(&mut I::Data) -> Result<()>) -> Self {
        if let Ok(data) = &mut self.data
            && let Err(e) = set(data)
        {
            self.data = Err(e);
        }
        self
    }

    /// Checks the input against the action's rules: a failure is
    /// [`Error::InvalidInput`] naming the field and the rule.
    pub fn build(self) -> Result<I> {
        I::check(self.data?)
    }
}

impl<I: Input> fmt::Debug for Draft<I>
where
    I::Data: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Draft").field("data", &self.data).finish()
    }
}

/// Serialize, Deserialize (checked) and JsonSchema of an input type `$ty`
/// that holds its data in a field named `data`.
macro_rules! input_serde {
    ($($ty:ident),* $(,)?) => {$(
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
                <$ty as $crate::actions::input::sealed::Rules>::data(self).serialize(serializer)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                <$ty as $crate::actions::Input>::from_json(value).map_err(serde::de::Error::custom)
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> String {
                stringify!($ty).to_owned()
            }
            fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
                $crate::actions::input::input_schema::<<$ty as $crate::actions::input::sealed::Rules>::Data>(generator)
            }
        }
    )*};
}
pub(crate) use input_serde;

/// The one way optional fields are set: `name(arg: Type) => |data| expr;`
/// becomes a setter on `Draft<$ty>` that runs `expr` (which may use `?`)
/// on the input's data.
macro_rules! setters {
    ($ty:ty { $( $(#[$doc:meta])* $name:ident($arg:ident: $arg_ty:ty) => |$data:ident| $body:expr; )* }) => {
        impl $crate::actions::Draft<$ty> {
            $(
                $(#[$doc])*
                pub fn $name(self, $arg: $arg_ty) -> Self {
                    self.with(|$data: &mut <$ty as $crate::actions::input::sealed::Rules>::Data| -> $crate::Result<()> {
                        $body;
                        Ok(())
                    })
                }
            )*
        }
    };
}
pub(crate) use setters;

/// A string for a length-limited generated type (`NewCallAddingRequestPurpose`, ...).
pub(crate) fn limited<T>(field: &str, value: String, max: usize) -> Result<T>
where
    T: TryFrom<String>,
    T::Error: fmt::Display,
{
    crate::validate::max_chars(field, &value, max)?;
    T::try_from(value).map_err(|e| Error::invalid(field, e.to_string()))
}
