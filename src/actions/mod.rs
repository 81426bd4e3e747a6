//! The connector's actions, one facade method each, in Gong's vocabulary.
//!
//! Every action has an input type that holds the generated request type (or
//! the operation's typed parameters). Required fields are constructor
//! arguments (so they cannot be forgotten), optional fields are setters of a
//! [`Draft`], and the input is checked where it is built ([`Draft::build`],
//! the constructor, or decoding from JSON with [`Input::from_json`]): a bad
//! input is an [`crate::Error::InvalidInput`] naming the field and the rule,
//! before anything is sent. Each input has a JSON Schema ([`schema`]) for
//! form builders and tool-calling agents.
//!
//! [`ACTIONS`] lists them: each one's name is the facade method (snake
//! case), the catalog name and the `gong` command's leaf (kebab case), and
//! its title is the connector's. Names, titles and commands come from the
//! operation table (`xtask/src/table.rs`, written into `openapi/gong.json`
//! as `x-gong-action` and generated into [`crate::api::operations`]); the
//! action table of `docs/actions.md` is checked against this catalog.

mod calls;
mod engagement;
pub(crate) mod input;
mod meetings;
mod people;

pub use calls::*;
pub use engagement::*;
pub use input::{Draft, Input};
pub use meetings::*;
pub use people::*;

use crate::api::operations;

/// One connector action: its name, Gong operation and input schema.
#[derive(Debug, Clone, Copy)]
pub struct ActionInfo {
    /// Kebab-case name: the catalog's and the `gong` command's leaf (`create-call`).
    pub name: &'static str,
    /// The connector's name for it.
    pub title: &'static str,
    /// Gong's operationId (`raw` for raw requests).
    pub operation: &'static str,
    /// The [`Client`](crate::Client) method (`create_call`).
    pub method: &'static str,
    /// The `gong` command, without `gong` (`calls create-call`).
    pub cli: &'static str,
    #[cfg_attr(not(feature = "schema"), allow(dead_code))]
    schema: SchemaFn,
}

/// Makes the JSON Schema of an action's input (nothing without the
/// `schema` feature, which keeps schemars out of the build).
#[cfg(feature = "schema")]
type SchemaFn = fn() -> schemars::schema::RootSchema;
#[cfg(not(feature = "schema"))]
type SchemaFn = ();

/// The [`SchemaFn`] of an input type.
#[cfg(feature = "schema")]
macro_rules! schema_fn {
    ($ty:ty) => {
        || schemars::schema_for!($ty)
    };
}
#[cfg(not(feature = "schema"))]
macro_rules! schema_fn {
    ($ty:ty) => {
        ()
    };
}

impl ActionInfo {
    /// The JSON Schema of the action's input (feature `schema`).
    #[cfg(feature = "schema")]
    #[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
    pub fn schema(&self) -> schemars::schema::RootSchema {
        (self.schema)()
    }

    /// The catalog entry of an operation the table gives an action.
    const fn of(op: &'static operations::Operation, schema: SchemaFn) -> ActionInfo {
        let Some(action) = op.action else {
            panic!("the operation table gives this operation no x-gong-action")
        };
        ActionInfo {
            name: action.name,
            title: action.title,
            operation: op.id,
            method: action.method,
            cli: action.cli,
            schema,
        }
    }
}

macro_rules! catalog {
    ($( $op:ident => $ty:ty; )*) => {
        /// Every action of the connector: the operations the table gives an
        /// action, in the connector's order, and the raw request.
        pub const ACTIONS: &[ActionInfo] = &[
            $( ActionInfo::of(&operations::$op, schema_fn!($ty)), )*
            ActionInfo {
                name: "raw",
                title: "Raw Request",
                operation: "raw",
                method: "raw",
                cli: "raw",
                schema: schema_fn!(RawRequestInput),
            },
        ];

        /// An input's accepted fields (its `Fields`, which `from_json`
        /// checks) are its JSON Schema's properties, for every action.
        #[cfg(all(test, feature = "schema"))]
        #[test]
        fn every_input_accepts_exactly_its_schema_properties() {
            fn check<I: Input + schemars::JsonSchema>(name: &str) {
                let schema = serde_json::to_value(schemars::schema_for!(I)).unwrap();
                let mut properties: Vec<String> = schema["properties"]
                    .as_object()
                    .map(|p| p.keys().cloned().collect())
                    .unwrap_or_default();
                let mut names: Vec<String> =
                    <I::Data as input::sealed::Fields>::names().into_iter().map(str::to_owned).collect();
                properties.sort();
                names.sort();
                assert_eq!(names, properties, "{name}");
            }
            $( check::<$ty>(stringify!($op)); )*
        }
    };
}

catalog! {
    ADD_CALL_RECORDING => AddCallMedia;
    ADD_CALL => NewCall;
    ADD_MEETING => Meeting;
    UPDATE_MEETING => UpdateMeeting;
    DELETE_MEETING => DeleteMeeting;
    CUSTOM_ACTION => CustomActionEvent;
    CONTENT_SHARED => CustomSharedEvent;
    CONTENT_VIEWED => CustomViewedEvent;
    PURGE_EMAIL_ADDRESS => EmailAddress;
    PURGE_PHONE_NUMBER => PhoneNumber;
    GET_CALL => GetCall;
    GET_CALL_TRANSCRIPTS => CallTranscripts;
    LIST_LOGS => Logs;
    GET_USER => GetUser;
    LIST_CALLS => ListCalls;
    GET_CALLS_IN_SPECIFIC_FOLDER => FolderCalls;
    GET_LIBRARY_STRUCTURE => LibraryFolders;
    FIND_ALL_REFERENCES_TO_EMAIL_ADDRESS => EmailAddress;
    FIND_ALL_REFERENCES_TO_PHONE_NUMBER => PhoneNumber;
    LIST_USERS => ListUsers;
    LIST_WORKSPACES => ListWorkspaces;
}

/// Looks an action up by its kebab-case name.
pub fn action(name: &str) -> Option<&'static ActionInfo> {
    ACTIONS.iter().find(|a| a.name == name)
}

/// The JSON Schema of an action's input, by name (feature `schema`).
#[cfg(feature = "schema")]
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub fn schema(name: &str) -> Option<schemars::schema::RootSchema> {
    action(name).map(ActionInfo::schema)
}
