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
//! | action | method | endpoint | scope |
//! |---|---|---|---|
//! | Add Call Media | [`Client::add_call_media`](crate::Client::add_call_media) | `PUT /v2/calls/{id}/media` | `api:calls:create` |
//! | Create New Call | [`Client::create_call`](crate::Client::create_call) | `POST /v2/calls` | `api:calls:create` |
//! | Create New Gong Meeting | [`Client::create_meeting`](crate::Client::create_meeting) | `POST /v2/meetings` | `api:meetings:user:create` |
//! | Update Gong Meeting | [`Client::update_meeting`](crate::Client::update_meeting) | `PUT /v2/meetings/{id}` | `api:meetings:user:update` |
//! | Delete Gong Meeting | [`Client::delete_meeting`](crate::Client::delete_meeting) | `DELETE /v2/meetings/{id}` | `api:meetings:user:delete` |
//! | Custom Action Event | [`Client::custom_action_event`](crate::Client::custom_action_event) | `PUT /v2/customer-engagement/action` | `api:engagement-data:write` |
//! | Custom Shared Event | [`Client::custom_shared_event`](crate::Client::custom_shared_event) | `PUT /v2/customer-engagement/content/shared` | `api:engagement-data:write` |
//! | Custom Viewed Event | [`Client::custom_viewed_event`](crate::Client::custom_viewed_event) | `PUT /v2/customer-engagement/content/viewed` | `api:engagement-data:write` |
//! | Delete Email Address and Associated Elements | [`Client::erase_email_address`](crate::Client::erase_email_address) | `POST /v2/data-privacy/erase-data-for-email-address` | `api:data-privacy:delete` |
//! | Delete Phone Number and Associated Elements | [`Client::erase_phone_number`](crate::Client::erase_phone_number) | `POST /v2/data-privacy/erase-data-for-phone-number` | `api:data-privacy:delete` |
//! | Get Call | [`Client::get_call`](crate::Client::get_call) | `GET /v2/calls/{id}` | `api:calls:read:basic` |
//! | Get Call Transcript | [`Client::call_transcripts`](crate::Client::call_transcripts) | `POST /v2/calls/transcript` | `api:calls:read:transcript` |
//! | Get Logs Data by Type and Time Range | [`Client::logs`](crate::Client::logs) | `GET /v2/logs` | `api:logs:read` |
//! | Get User | [`Client::get_user`](crate::Client::get_user) | `GET /v2/users/{id}` | `api:users:read` |
//! | List Calls | [`Client::list_calls`](crate::Client::list_calls) | `GET /v2/calls` | `api:calls:read:basic` |
//! | List Calls in Folder | [`Client::list_folder_calls`](crate::Client::list_folder_calls) | `GET /v2/library/folder-content` | `api:library:read` |
//! | List Library Folders | [`Client::list_library_folders`](crate::Client::list_library_folders) | `GET /v2/library/folders` | `api:library:read` |
//! | List References to an Email Address | [`Client::email_address_references`](crate::Client::email_address_references) | `GET /v2/data-privacy/data-for-email-address` | `api:data-privacy:read` |
//! | List References to a Phone Number | [`Client::phone_number_references`](crate::Client::phone_number_references) | `GET /v2/data-privacy/data-for-phone-number` | `api:data-privacy:read` |
//! | List Users | [`Client::list_users`](crate::Client::list_users) | `GET /v2/users` | `api:users:read` |
//! | List Workspaces | [`Client::list_workspaces`](crate::Client::list_workspaces) | `GET /v2/workspaces` | `api:workspaces:read` |
//! | Raw Request | [`Client::raw`](crate::Client::raw) | any | any |

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

/// One connector action: its name, Gong operation and input schema.
#[derive(Debug, Clone, Copy)]
pub struct ActionInfo {
    /// Kebab-case name, as the CLI spells it (`create-call`).
    pub name: &'static str,
    /// The connector's name for it.
    pub title: &'static str,
    /// Gong's operationId (`raw` for raw requests).
    pub operation: &'static str,
    schema: fn() -> schemars::schema::RootSchema,
}

impl ActionInfo {
    /// The JSON Schema of the action's input.
    pub fn schema(&self) -> schemars::schema::RootSchema {
        (self.schema)()
    }
}

macro_rules! catalog {
    ($( $name:literal, $title:literal, $op:literal => $ty:ty; )*) => {
        /// Every action of the connector.
        pub const ACTIONS: &[ActionInfo] = &[
            $( ActionInfo { name: $name, title: $title, operation: $op, schema: || schemars::schema_for!($ty) }, )*
        ];
    };
}

catalog! {
    "add-call-media", "Add Call Media", "addCallRecording" => AddCallMedia;
    "create-call", "Create New Call", "addCall" => NewCall;
    "create-meeting", "Create New Gong Meeting", "addMeeting" => Meeting;
    "update-meeting", "Update Gong Meeting", "updateMeeting" => UpdateMeeting;
    "delete-meeting", "Delete Gong Meeting", "deleteMeeting" => DeleteMeeting;
    "custom-action-event", "Custom Action Event", "customAction" => CustomActionEvent;
    "custom-shared-event", "Custom Shared Event", "contentShared" => CustomSharedEvent;
    "custom-viewed-event", "Custom Viewed Event", "contentViewed" => CustomViewedEvent;
    "erase-email-address", "Delete Email Address and Associated Elements", "purgeEmailAddress" => EmailAddress;
    "erase-phone-number", "Delete Phone Number and Associated Elements", "purgePhoneNumber" => PhoneNumber;
    "get-call", "Get Call", "getCall" => GetCall;
    "get-call-transcripts", "Get Call Transcript", "getCallTranscripts" => CallTranscripts;
    "get-logs", "Get Logs Data by Type and Time Range", "listLogs" => Logs;
    "get-user", "Get User", "getUser" => GetUser;
    "list-calls", "List Calls", "listCalls" => ListCalls;
    "list-folder-calls", "List Calls in Folder", "getCallsInSpecificFolder" => FolderCalls;
    "list-library-folders", "List Library Folders", "getLibraryStructure" => LibraryFolders;
    "list-email-address-references", "List References to an Email Address", "findAllReferencesToEmailAddress" => EmailAddress;
    "list-phone-number-references", "List References to a Phone Number", "findAllReferencesToPhoneNumber" => PhoneNumber;
    "list-users", "List Users", "listUsers" => ListUsers;
    "list-workspaces", "List Workspaces", "listWorkspaces" => ListWorkspaces;
    "raw-request", "Raw Request", "raw" => RawRequestInput;
}

/// Looks an action up by its kebab-case name.
pub fn action(name: &str) -> Option<&'static ActionInfo> {
    ACTIONS.iter().find(|a| a.name == name)
}

/// The JSON Schema of an action's input, by name.
pub fn schema(name: &str) -> Option<schemars::schema::RootSchema> {
    action(name).map(ActionInfo::schema)
}
