//! Users, workspaces, library, logs, data privacy, and the raw request input.

use std::collections::BTreeMap;

use futures::Stream;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::types;
use crate::error::{Error, Result};
use crate::paging::{self, Page};
use crate::raw::{FilePart, Pairs, RawBody, RawRequest, ResponseType};
use crate::validate;
use crate::{Client, GongId};

/// Input of "Get User".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetUser {
    /// Gong's id of the user (up to 20 digits).
    user_id: GongId,
}

impl GetUser {
    /// The user with this id.
    pub fn new(user_id: GongId) -> Self {
        GetUser { user_id }
    }
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        validate::gong_id("userId", &self.user_id)
    }
}

impl From<GongId> for GetUser {
    fn from(id: GongId) -> Self {
        GetUser::new(id)
    }
}

/// Input of "List Users".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListUsers {
    /// Include avatars (synthetic users for Gong staff); default false.
    #[serde(default)]
    include_avatars: bool,
    /// Resume from a cursor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cursor: Option<String>,
}

impl ListUsers {
    /// Every user, avatars excluded.
    pub fn new() -> Self {
        Self::default()
    }
    /// Includes avatars.
    pub fn include_avatars(mut self, yes: bool) -> Self {
        self.include_avatars = yes;
        self
    }
    /// Resume from a cursor.
    pub fn cursor(mut self, c: impl Into<String>) -> Self {
        self.cursor = Some(c.into());
        self
    }
}

/// Input of "List Workspaces" (no fields).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListWorkspaces {}

/// Input of "List Library Folders".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LibraryFolders {
    /// Only folders of this workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<GongId>,
}

impl LibraryFolders {
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        self.workspace_id
            .as_ref()
            .map_or(Ok(()), |id| validate::gong_id("workspaceId", id))
    }
}

/// Input of "List Calls in Folder".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FolderCalls {
    /// Gong's id of the library folder (up to 20 digits).
    pub folder_id: GongId,
}

impl FolderCalls {
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        validate::gong_id("folderId", &self.folder_id)
    }
}

/// Log types of "Get Logs Data by Type and Time Range".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum LogType {
    /// Sign-ins and access.
    AccessLog,
    /// User activity.
    UserActivityLog,
    /// Call plays by users.
    UserCallPlay,
    /// Access to externally shared calls.
    ExternallySharedCallAccess,
    /// Plays of externally shared calls.
    ExternallySharedCallPlay,
}

/// Input of "Get Logs Data by Type and Time Range".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Logs {
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
    pub fn new(log_type: LogType, from_date_time: impl Into<String>) -> Self {
        Logs {
            log_type,
            from_date_time: from_date_time.into(),
            to_date_time: None,
            cursor: None,
        }
    }
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        validate::date_time("fromDateTime", &self.from_date_time)?;
        if let Some(t) = &self.to_date_time {
            validate::ordered("fromDateTime", &self.from_date_time, "toDateTime", t)?;
        }
        Ok(())
    }
}

super::calls::setters!(Logs {
    /// Until this date-time.
    to_date_time: String,
    /// Resume from a cursor.
    cursor: String,
});

/// Input of the email-address privacy actions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EmailAddress {
    /// The email address.
    pub email_address: String,
}

impl EmailAddress {
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        validate::email("emailAddress", &self.email_address)
    }
}

/// Input of the phone-number privacy actions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PhoneNumber {
    /// `+`, country code, area code and number; other non-digits are ignored.
    pub phone_number: String,
}

impl PhoneNumber {
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        validate::phone("phoneNumber", &self.phone_number)
    }
}

/// Input of "Raw Request", as the connector states it (for the CLI and agents).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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
    pub async fn get_user(&self, input: impl Into<GetUser>) -> Result<types::User> {
        let input = input.into();
        input.validate()?;
        self.run("getUser", self.api().get_user().id(input.user_id).send())
            .await
    }

    /// "List Users": every user across all pages (`GET /v2/users`, scope
    /// `api:users:read`); avatars only when asked for.
    pub fn list_users(&self, input: ListUsers) -> impl Stream<Item = Result<types::UserMetadata>> + use<> {
        paging::flatten(self.list_users_pages(input))
    }

    /// Pages of "List Users"; the cursor travels in the query string.
    pub fn list_users_pages(&self, input: ListUsers) -> impl Stream<Item = Result<Page<types::UserMetadata>>> + use<> {
        let client = self.clone();
        paging::pages_from("listUsers", input.cursor.clone(), move |cursor| {
            let client = client.clone();
            let include_avatars = input.include_avatars;
            async move {
                let api = client.api();
                let mut call = api.list_users().include_avatars(include_avatars);
                if let Some(c) = cursor {
                    call = call.cursor(c);
                }
                let page = client.run("listUsers", call.send()).await?;
                Ok(paging::page_from(page.users, page.records.as_ref()))
            }
        })
    }

    /// "List Workspaces" (`GET /v2/workspaces`, scope `api:workspaces:read`).
    pub async fn list_workspaces(&self) -> Result<types::WorkspacesMetadata> {
        self.run("listWorkspaces", self.api().list_workspaces().send()).await
    }

    /// "List Library Folders": public library folders (`GET /v2/library/folders`,
    /// scope `api:library:read`).
    pub async fn list_library_folders(&self, input: LibraryFolders) -> Result<types::LibraryResponse> {
        input.validate()?;
        let api = self.api();
        let mut call = api.get_library_structure();
        if let Some(id) = input.workspace_id {
            call = call.workspace_id(id);
        }
        self.run("getLibraryStructure", call.send()).await
    }

    /// "List Calls in Folder" (`GET /v2/library/folder-content`, scope `api:library:read`).
    pub async fn list_folder_calls(&self, input: FolderCalls) -> Result<types::LibraryFolderListOfCallsResponse> {
        input.validate()?;
        self.run(
            "getCallsInSpecificFolder",
            self.api()
                .get_calls_in_specific_folder()
                .folder_id(input.folder_id)
                .send(),
        )
        .await
    }

    /// "Get Logs Data by Type and Time Range": every entry across all pages
    /// (`GET /v2/logs`, scope `api:logs:read`).
    pub fn logs(&self, input: Logs) -> impl Stream<Item = Result<types::LogEntry>> + use<> {
        let client = self.clone();
        let mut checked = Some(input.validate());
        let pages = paging::pages_from("listLogs", input.cursor.clone(), move |cursor| {
            let client = client.clone();
            let input = input.clone();
            let check = checked.take();
            async move {
                if let Some(Err(e)) = check {
                    return Err(e);
                }
                let log_type: types::ListLogsLogType = super::into_request(&input.log_type)?;
                let api = client.api();
                let mut call = api.list_logs().log_type(log_type).from_date_time(input.from_date_time);
                if let Some(t) = input.to_date_time {
                    call = call.to_date_time(t);
                }
                if let Some(c) = cursor {
                    call = call.cursor(c);
                }
                let page = client.run("listLogs", call.send()).await?;
                Ok(paging::page_from(page.log_entries, page.records.as_ref()))
            }
        });
        paging::flatten(pages)
    }

    /// "Delete Email Address and Associated Elements": erases every call and
    /// email that references the address (asynchronous at Gong; may take
    /// hours). `POST /v2/data-privacy/erase-data-for-email-address`, scope
    /// `api:data-privacy:delete`.
    pub async fn erase_email_address(&self, input: EmailAddress) -> Result<types::BaseResponse> {
        input.validate()?;
        self.run(
            "purgeEmailAddress",
            self.api()
                .purge_email_address()
                .email_address(input.email_address)
                .send(),
        )
        .await
    }

    /// "Delete Phone Number and Associated Elements": erases leads and
    /// contacts with the number. `POST /v2/data-privacy/erase-data-for-phone-number`,
    /// scope `api:data-privacy:delete`.
    pub async fn erase_phone_number(&self, input: PhoneNumber) -> Result<types::BaseResponse> {
        input.validate()?;
        self.run(
            "purgePhoneNumber",
            self.api().purge_phone_number().phone_number(input.phone_number).send(),
        )
        .await
    }

    /// "List References to an Email Address" (`GET /v2/data-privacy/data-for-email-address`,
    /// scope `api:data-privacy:read`).
    pub async fn email_address_references(&self, input: EmailAddress) -> Result<types::EmailAddressReferences> {
        input.validate()?;
        self.run(
            "findAllReferencesToEmailAddress",
            self.api()
                .find_all_references_to_email_address()
                .email_address(input.email_address)
                .send(),
        )
        .await
    }

    /// "List References to a Phone Number" (`GET /v2/data-privacy/data-for-phone-number`,
    /// scope `api:data-privacy:read`).
    pub async fn phone_number_references(&self, input: PhoneNumber) -> Result<types::PhoneNumberReferences> {
        input.validate()?;
        self.run(
            "findAllReferencesToPhoneNumber",
            self.api()
                .find_all_references_to_phone_number()
                .phone_number(input.phone_number)
                .send(),
        )
        .await
    }
}
