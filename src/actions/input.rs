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

use schemars::JsonSchema;
use schemars::r#gen::SchemaGenerator;
use schemars::schema::Schema;
use serde_json::Value;

use crate::error::{Error, Result};

pub(crate) mod sealed {
    /// The crate's side of an action input (not implementable outside).
    pub trait Rules: Sized {
        /// What the input holds: the generated request type where Gong's
        /// document has one, otherwise the operation's typed parameters.
        type Data: serde::de::DeserializeOwned + serde::Serialize + schemars::JsonSchema;
        /// Checks `data` against the action's rules and makes the input.
        fn check(data: Self::Data) -> crate::Result<Self>;
        /// The data, for serializing.
        fn data(&self) -> &Self::Data;
    }
}

/// An action input: always checked, from Rust setters or from JSON.
pub trait Input: sealed::Rules {
    /// Decodes the input from JSON and checks it. Unknown fields are refused;
    /// a failure is [`Error::InvalidInput`] naming the field (its JSON path)
    /// and the rule.
    fn from_json(value: Value) -> Result<Self> {
        if let Value::Object(map) = &value {
            let known = field_names::<Self::Data>();
            if let Some(key) = map.keys().find(|k| !known.iter().any(|f| f == *k)) {
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

/// The top-level property names of `T`'s JSON Schema.
fn field_names<T: JsonSchema>() -> Vec<String> {
    let mut generator = SchemaGenerator::default();
    match T::json_schema(&mut generator) {
        Schema::Object(o) => o.object.map(|v| v.properties.into_keys().collect()).unwrap_or_default(),
        Schema::Bool(_) => Vec::new(),
    }
}

/// The JSON Schema of an input: its data's, with no other fields allowed.
pub(crate) fn input_schema<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
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
