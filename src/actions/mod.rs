//! The connector's actions, one facade method each, in Gong's vocabulary.
//!
//! Every action has an input type whose required fields are constructor
//! arguments (so they cannot be forgotten), optional fields as setters, and a
//! JSON Schema ([`schema`]) for form builders and tool-calling agents. Each
//! method validates its input before anything is sent: a bad input is an
//! [`crate::Error::InvalidInput`] naming the field and the rule.
//!
//! [`ACTIONS`] lists them: each one's name is the facade method (snake
//! case), the catalog name and the `gong` command's leaf (kebab case), and
//! its title is the connector's. Names, titles and commands come from the
//! operation table (`xtask/src/table.rs`, written into `openapi/gong.json`
//! as `x-gong-action` and generated into [`crate::api::operations`]); the
//! README's action table is checked against this catalog.

mod calls;
mod engagement;
mod meetings;
mod people;

pub use calls::*;
pub use engagement::*;
pub use meetings::*;
pub use people::*;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::api::operations;
use crate::error::{Error, Result};

/// Converts a validated input into the generated request type through its
/// JSON form; a mismatch names the field (JSON path) that did not fit.
pub(crate) fn into_request<T: DeserializeOwned>(input: &impl Serialize) -> Result<T> {
    let value = serde_json::to_value(input).map_err(|e| Error::invalid("input", e.to_string()))?;
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let path = e.path().to_string();
        Error::invalid(if path == "." { "input".into() } else { path }, e.inner().to_string())
    })
}

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
    schema: fn() -> schemars::schema::RootSchema,
}

impl ActionInfo {
    /// The JSON Schema of the action's input.
    pub fn schema(&self) -> schemars::schema::RootSchema {
        (self.schema)()
    }

    /// The catalog entry of an operation the table gives an action.
    const fn of(op: &'static operations::Operation, schema: fn() -> schemars::schema::RootSchema) -> ActionInfo {
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
            $( ActionInfo::of(&operations::$op, || schemars::schema_for!($ty)), )*
            ActionInfo {
                name: "raw",
                title: "Raw Request",
                operation: "raw",
                method: "raw",
                cli: "raw",
                schema: || schemars::schema_for!(RawRequestInput),
            },
        ];
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

/// The JSON Schema of an action's input, by name.
pub fn schema(name: &str) -> Option<schemars::schema::RootSchema> {
    action(name).map(ActionInfo::schema)
}

/// An action input that can check itself before anything is sent (every
/// facade method calls it; callers that build inputs early, such as the CLI,
/// can call it before they need credentials).
pub trait Validate {
    /// Checks the input; a failure is an invalid-input error naming the field.
    fn validate(&self) -> Result<()>;
}

macro_rules! validate_by_inherent {
    ($($ty:ty),* $(,)?) => {
        $(impl Validate for $ty {
            fn validate(&self) -> Result<()> {
                <$ty>::validate(self)
            }
        })*
    };
}

validate_by_inherent!(
    AddCallMedia,
    NewCall,
    Meeting,
    UpdateMeeting,
    DeleteMeeting,
    CustomActionEvent,
    CustomSharedEvent,
    CustomViewedEvent,
    EmailAddress,
    PhoneNumber,
    GetCall,
    CallTranscripts,
    Logs,
    GetUser,
    ListCalls,
    FolderCalls,
    LibraryFolders,
);

/// Inputs with nothing to check before sending.
impl Validate for ListUsers {
    fn validate(&self) -> Result<()> {
        Ok(())
    }
}

impl Validate for ListWorkspaces {
    fn validate(&self) -> Result<()> {
        Ok(())
    }
}

/// The raw request's own checks (method, URL, header names) happen when it is built.
impl Validate for RawRequestInput {
    fn validate(&self) -> Result<()> {
        Ok(())
    }
}
