//! Users, workspaces, library, logs, data privacy, and the raw request input.

use std::collections::BTreeMap;

use futures::Stream;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::input::sealed::Rules;
use super::input::{Draft, input_serde, setters};
use crate::api::{listings, types};
use crate::error::{Error, Result};
use crate::paging::{self, Page};
use crate::raw::{FilePart, Pairs, RawBody, RawRequest, ResponseType};
use crate::validate;
use crate::{Client, GongId};

/// Input of "Get User".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetUser {
    data: GetUserParams,
}

/// The path parameter of `GET /v2/users/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetUserParams {
    /// Gong's id of the user (up to 20 digits).
    user_id: GongId,
}

impl GetUser {
    /// The user with this id; the id must be 1 to 20 digits.
    pub fn new(user_id: GongId) -> Result<GetUser> {
        Self::check(GetUserParams { user_id })
    }
}

impl Rules for GetUser {
    type Data = GetUserParams;
    fn check(data: GetUserParams) -> Result<Self> {
        validate::gong_id("userId", &data.user_id)?;
        Ok(GetUser { data })
    }
    fn data(&self) -> &GetUserParams {
        &self.data
    }
}

/// Input of "List Users".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListUsers {
    data: ListUsersParams,
}

/// The query parameters of `GET /v2/users`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListUsersParams {
    /// Include avatars (synthetic users for Gong staff); default false.
    #[serde(default)]
    include_avatars: bool,
    /// Resume from a cursor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cursor: Option<String>,
}

impl ListUsers {
    /// Every user, avatars excluded (change it with the setters).
    pub fn builder() -> Draft<ListUsers> {
        Draft::new(Ok(ListUsersParams::default()))
    }

    /// Every user, avatars excluded.
    pub fn all() -> ListUsers {
        ListUsers {
            data: ListUsersParams::default(),
        }
    }
}

impl Rules for ListUsers {
    type Data = ListUsersParams;
    fn check(data: ListUsersParams) -> Result<Self> {
        Ok(ListUsers { data })
    }
    fn data(&self) -> &ListUsersParams {
        &self.data
    }
}

setters!(ListUsers {
    /// Includes avatars.
    include_avatars(yes: bool) => |d| d.include_avatars = yes;
    /// Resume from a cursor.
    cursor(v: impl Into<String>) => |d| d.cursor = Some(v.into());
});

/// Input of "List Workspaces" (no fields).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListWorkspaces {
    data: ListWorkspacesParams,
}

/// `GET /v2/workspaces` takes no parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ListWorkspacesParams {}

impl ListWorkspaces {
    /// The input (it has no fields).
    pub fn new() -> ListWorkspaces {
        ListWorkspaces::default()
    }
}

impl Rules for ListWorkspaces {
    type Data = ListWorkspacesParams;
    fn check(data: ListWorkspacesParams) -> Result<Self> {
        Ok(ListWorkspaces { data })
    }
    fn data(&self) -> &ListWorkspacesParams {
        &self.data
    }
}

/// Input of "List Library Folders".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryFolders {
    data: LibraryFoldersParams,
}

/// The query parameters of `GET /v2/library/folders`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LibraryFoldersParams {
    /// Only folders of this workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    workspace_id: Option<GongId>,
}

impl LibraryFolders {
    /// Every public folder (narrow it with the setters).
    pub fn builder() -> Draft<LibraryFolders> {
        Draft::new(Ok(LibraryFoldersParams::default()))
    }
}

impl Rules for LibraryFolders {
    type Data = LibraryFoldersParams;
    fn check(data: LibraryFoldersParams) -> Result<Self> {
        if let Some(id) = &data.workspace_id {
            validate::gong_id("workspaceId", id)?;
        }
        Ok(LibraryFolders { data })
    }
    fn data(&self) -> &LibraryFoldersParams {
        &self.data
    }
}

setters!(LibraryFolders {
    /// Only folders of this workspace.
    workspace_id(v: GongId) => |d| d.workspace_id = Some(v);
});

/// Input of "List Calls in Folder".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderCalls {
    data: FolderCallsParams,
}

/// The query parameter of `GET /v2/library/folder-content`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FolderCallsParams {
    /// Gong's id of the library folder (up to 20 digits).
    folder_id: GongId,
}

impl FolderCalls {
    /// The calls of this folder; the id must be 1 to 20 digits.
    pub fn new(folder_id: GongId) -> Result<FolderCalls> {
        Self::check(FolderCallsParams { folder_id })
    }
}

impl Rules for FolderCalls {
    type Data = FolderCallsParams;
    fn check(data: FolderCallsParams) -> Result<Self> {
        validate::gong_id("folderId", &data.folder_id)?;
        Ok(FolderCalls { data })
    }
    fn data(&self) -> &FolderCallsParams {
        &self.data
    }
}

/// Log types of "Get Logs Data by Type and Time Range" (the generated `logType`).
pub type LogType = types::ListLogsLogType;

/// Input of "Get Logs Data by Type and Time Range".
#[derive(Debug, Clone)]
pub struct Logs {
    data: LogsParams,
}

/// The query parameters of `GET /v2/logs`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LogsParams {
    /// Type of logs.
    log_type: LogType,
    /// From this date-time (ISO-8601 with offset).
    from_date_time: String,
    /// Until this date-time; default: the latest log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to_date_time: Option<String>,
    /// Resume from a cursor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cursor: Option<String>,
}

impl Logs {
    /// Logs of a type from a date-time on.
    pub fn builder(log_type: LogType, from_date_time: impl Into<String>) -> Draft<Logs> {
        Draft::new(Ok(LogsParams {
            log_type,
            from_date_time: from_date_time.into(),
            to_date_time: None,
            cursor: None,
        }))
    }
}

impl Rules for Logs {
    type Data = LogsParams;
    fn check(data: LogsParams) -> Result<Self> {
        validate::date_time("fromDateTime", &data.from_date_time)?;
        if let Some(t) = &data.to_date_time {
            validate::ordered("fromDateTime", &data.from_date_time, "toDateTime", t)?;
        }
        Ok(Logs { data })
    }
    fn data(&self) -> &LogsParams {
        &self.data
    }
}

setters!(Logs {
    /// Until this date-time.
    to_date_time(v: impl Into<String>) => |d| d.to_date_time = Some(v.into());
    /// Resume from a cursor.
    cursor(v: impl Into<String>) => |d| d.cursor = Some(v.into());
});

/// Input of the email-address privacy actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress {
    data: EmailAddressParams,
}

/// The query parameter of the email-address privacy operations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EmailAddressParams {
    /// The email address.
    email_address: String,
}

impl EmailAddress {
    /// This email address; it must look like `name@example.com`.
    pub fn new(email_address: impl Into<String>) -> Result<EmailAddress> {
        Self::check(EmailAddressParams {
            email_address: email_address.into(),
        })
    }

    /// The email address.
    pub fn email_address(&self) -> &str {
        &self.data.email_address
    }
}

impl Rules for EmailAddress {
    type Data = EmailAddressParams;
    fn check(data: EmailAddressParams) -> Result<Self> {
        validate::email("emailAddress", &data.email_address)?;
        Ok(EmailAddress { data })
    }
    fn data(&self) -> &EmailAddressParams {
        &self.data
    }
}

/// Input of the phone-number privacy actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    data: PhoneNumberParams,
}

/// The query parameter of the phone-number privacy operations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PhoneNumberParams {
    /// `+`, country code, area code and number; other non-digits are ignored.
    phone_number: String,
}

impl PhoneNumber {
    /// This phone number: `+`, the country code, then the number.
    pub fn new(phone_number: impl Into<String>) -> Result<PhoneNumber> {
        Self::check(PhoneNumberParams {
            phone_number: phone_number.into(),
        })
    }

    /// The phone number.
    pub fn phone_number(&self) -> &str {
        &self.data.phone_number
    }
}

impl Rules for PhoneNumber {
    type Data = PhoneNumberParams;
    fn check(data: PhoneNumberParams) -> Result<Self> {
        validate::phone("phoneNumber", &data.phone_number)?;
        Ok(PhoneNumber { data })
    }
    fn data(&self) -> &PhoneNumberParams {
        &self.data
    }
}

input_serde!(
    GetUser,
    ListUsers,
    ListWorkspaces,
    LibraryFolders,
    FolderCalls,
    Logs,
    EmailAddress,
    PhoneNumber
);

/// Input of "Raw Request", as the connector states it (for the CLI and agents).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawRequestInput {
    /// Path relative to the base URL (`/v2/calls`), or an absolute URL on the API host.
    pub url: String,
    /// HTTP method.
    #[serde(default = "default_method")]
    pub method: String,
    /// JSON body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
    /// Multipart text fields.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub form_data: BTreeMap<String, String>,
    /// Multipart files: field name -> path of the file to send.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub file_data: BTreeMap<String, std::path::PathBuf>,
    /// File names for the file parts; keys match `fileData`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub file_data_file_names: BTreeMap<String, String>,
    /// Query parameters (an object, or a list of key/value entries that may repeat a name).
    #[serde(default, skip_serializing_if = "Pairs::is_empty")]
    pub query_parameter: Pairs,
    /// Headers (an object, or a list of key/value entries).
    #[serde(default, skip_serializing_if = "Pairs::is_empty")]
    pub header: Pairs,
    /// json (default), text or binary.
    #[serde(default)]
    pub response_type: ResponseType,
    /// Time limit in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
    /// Log the request (credentials redacted).
    #[serde(default)]
    pub debug_request: bool,
    /// Delay between retries in ms when exponential backoff is off (default 0).
    #[serde(default)]
    pub retry_delay_ms: u64,
    /// Retry every error status, not only 5xx and network errors (default false).
    #[serde(default)]
    pub retry_on_all_errors: bool,
    /// Retries after the first attempt (default 0).
    #[serde(default)]
    pub max_retry_count: u32,
    /// Exponential backoff instead of the fixed delay (default false).
    #[serde(default)]
    pub use_exponential_backoff: bool,
}

fn default_method() -> String {
    "GET".into()
}

impl RawRequestInput {
    /// Builds the [`RawRequest`], reading file parts from disk.
    pub async fn into_request(self) -> Result<RawRequest> {
        let method = reqwest::Method::from_bytes(self.method.to_ascii_uppercase().as_bytes())
            .map_err(|_| Error::invalid("method", format!("{:?} is not an HTTP method", self.method)))?;
        for key in self.file_data_file_names.keys() {
            if !self.file_data.contains_key(key) {
                return Err(Error::invalid(
                    "fileDataFileNames",
                    format!("key {key:?} has no matching fileData entry"),
                ));
            }
        }
        let mut request = RawRequest::new(method, self.url)
            .response_type(self.response_type)
            .debug(self.debug_request)
            .max_retries(self.max_retry_count)
            .retry_delay(std::time::Duration::from_millis(self.retry_delay_ms))
            .exponential_backoff(self.use_exponential_backoff)
            .retry_on_all_errors(self.retry_on_all_errors);
        if let Some(ms) = self.timeout {
            request = request.timeout(std::time::Duration::from_millis(ms));
        }
        for (k, v) in self.query_parameter.0 {
            request = request.query(k, v);
        }
        for (k, v) in self.header.0 {
            request = request.header(k, v);
        }
        let multipart = !self.form_data.is_empty() || !self.file_data.is_empty();
        if multipart && self.data.is_some() {
            return Err(Error::invalid("data", "cannot be combined with formData or fileData"));
        }
        if multipart {
            let mut files = Vec::new();
            for (field, path) in &self.file_data {
                let data = tokio::fs::read(path).await.map_err(|source| Error::Io {
                    context: format!("reading {}", path.display()),
                    source,
                })?;
                let file_name = self
                    .file_data_file_names
                    .get(field)
                    .cloned()
                    .unwrap_or_else(|| path.file_name().and_then(|n| n.to_str()).unwrap_or("file").to_owned());
                files.push(FilePart {
                    field: field.clone(),
                    file_name,
                    data: data.into(),
                    mime_type: None,
                });
            }
            request = request.body(RawBody::Multipart {
                fields: self.form_data.into_iter().collect(),
                files,
            });
        } else if let Some(data) = self.data {
            request = request.json(data);
        }
        Ok(request)
    }
}

impl Client {
    /// "Get User" (`GET /v2/users/{id}`, scope `api:users:read`).
    pub async fn get_user(&self, input: GetUser) -> Result<types::User> {
        let input = input.data;
        self.api().get_user().id(input.user_id).send().await
    }

    /// "List Users": every user across all pages (`GET /v2/users`, scope
    /// `api:users:read`); avatars only when asked for.
    pub fn list_users(&self, input: ListUsers) -> impl Stream<Item = Result<types::UserMetadata>> + use<> {
        paging::flatten(self.list_users_pages(input))
    }

    /// Pages of "List Users"; the cursor travels in the query string.
    pub fn list_users_pages(&self, input: ListUsers) -> impl Stream<Item = Result<Page<types::UserMetadata>>> + use<> {
        let input = input.data;
        self.listing_pages(listings::ListUsers {
            cursor: input.cursor,
            include_avatars: Some(input.include_avatars),
        })
    }

    /// "List Workspaces" (`GET /v2/workspaces`, scope `api:workspaces:read`).
    pub async fn list_workspaces(&self) -> Result<types::WorkspacesMetadata> {
        self.api().list_workspaces().send().await
    }

    /// "List Library Folders": public library folders (`GET /v2/library/folders`,
    /// scope `api:library:read`).
    pub async fn list_library_folders(&self, input: LibraryFolders) -> Result<types::LibraryResponse> {
        let input = input.data;
        let api = self.api();
        let mut call = api.get_library_structure();
        if let Some(id) = input.workspace_id {
            call = call.workspace_id(id);
        }
        call.send().await
    }

    /// "List Calls in Folder" (`GET /v2/library/folder-content`, scope `api:library:read`).
    pub async fn list_folder_calls(&self, input: FolderCalls) -> Result<types::LibraryFolderListOfCallsResponse> {
        let input = input.data;
        self.api()
            .get_calls_in_specific_folder()
            .folder_id(input.folder_id)
            .send()
            .await
    }

    /// "Get Logs Data by Type and Time Range": every entry across all pages
    /// (`GET /v2/logs`, scope `api:logs:read`).
    pub fn get_logs(&self, input: Logs) -> impl Stream<Item = Result<types::LogEntry>> + use<> {
        let input = input.data;
        self.listing_items(listings::ListLogs {
            cursor: input.cursor,
            from_date_time: input.from_date_time,
            log_type: input.log_type,
            to_date_time: input.to_date_time,
        })
    }

    /// "Delete Email Address and Associated Elements": erases every call and
    /// email that references the address (asynchronous at Gong; may take
    /// hours). `POST /v2/data-privacy/erase-data-for-email-address`, scope
    /// `api:data-privacy:delete`.
    pub async fn erase_email_address(&self, input: EmailAddress) -> Result<types::BaseResponse> {
        let input = input.data;
        self.api()
            .purge_email_address()
            .email_address(input.email_address)
            .send()
            .await
    }

    /// "Delete Phone Number and Associated Elements": erases leads and
    /// contacts with the number. `POST /v2/data-privacy/erase-data-for-phone-number`,
    /// scope `api:data-privacy:delete`.
    pub async fn erase_phone_number(&self, input: PhoneNumber) -> Result<types::BaseResponse> {
        let input = input.data;
        self.api()
            .purge_phone_number()
            .phone_number(input.phone_number)
            .send()
            .await
    }

    /// "List References to an Email Address" (`GET /v2/data-privacy/data-for-email-address`,
    /// scope `api:data-privacy:read`).
    pub async fn list_email_address_references(&self, input: EmailAddress) -> Result<types::EmailAddressReferences> {
        let input = input.data;
        self.api()
            .find_all_references_to_email_address()
            .email_address(input.email_address)
            .send()
            .await
    }

    /// "List References to a Phone Number" (`GET /v2/data-privacy/data-for-phone-number`,
    /// scope `api:data-privacy:read`).
    pub async fn list_phone_number_references(&self, input: PhoneNumber) -> Result<types::PhoneNumberReferences> {
        let input = input.data;
        self.api()
            .find_all_references_to_phone_number()
            .phone_number(input.phone_number)
            .send()
            .await
    }
}

crate::actions::input::fields_from_serde!(
    GetUserParams,
    ListUsersParams,
    ListWorkspacesParams,
    LibraryFoldersParams,
    FolderCallsParams,
    LogsParams,
    EmailAddressParams,
    PhoneNumberParams,
);
