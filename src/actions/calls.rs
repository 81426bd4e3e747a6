//! Calls: list, get, create, add media, transcripts.

use futures::Stream;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::input::sealed::Rules;
use super::input::{Draft, input_serde, limited, setters};
use crate::api::{listings, types};
use crate::error::{Error, Result};
use crate::media::MediaFile;
use crate::paging::{self, Page};
use crate::validate;
use crate::{Client, GongId};

/// The request body of `POST /v2/calls/extensive`: a filter, the content
/// sections wanted, and the cursor (set by the pager).
pub type ExtensiveCallsRequest = types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector;

/// Input of "List Calls": calls by date range (`GET /v2/calls`). Build it
/// with [`ListCalls::builder`] and the setters of [`Draft<ListCalls>`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListCalls {
    data: ListCallsParams,
}

/// The query parameters of `GET /v2/calls`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListCallsParams {
    /// Calls that started at or after this ISO-8601 date-time (with offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from_date_time: Option<String>,
    /// Calls that started before this ISO-8601 date-time (with offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to_date_time: Option<String>,
    /// Only calls of this workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    workspace_id: Option<GongId>,
    /// Resume a listing from a cursor an earlier page returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cursor: Option<String>,
}

/// A date range: each end an ISO-8601 date-time with an offset, the start first.
fn check_range(from: Option<&String>, to: Option<&String>) -> Result<()> {
    if let Some(v) = from {
        validate::date_time("fromDateTime", v)?;
    }
    if let Some(v) = to {
        validate::date_time("toDateTime", v)?;
    }
    if let (Some(f), Some(t)) = (from, to) {
        validate::ordered("fromDateTime", f, "toDateTime", t)?;
    }
    Ok(())
}

impl ListCalls {
    /// Every call (no filter); narrow it with the setters.
    pub fn builder() -> Draft<ListCalls> {
        Draft::new(Ok(ListCallsParams::default()))
    }

    /// Every call: the input without a filter.
    pub fn all() -> ListCalls {
        ListCalls {
            data: ListCallsParams::default(),
        }
    }
}

impl Rules for ListCalls {
    type Data = ListCallsParams;
    fn check(data: ListCallsParams) -> Result<Self> {
        check_range(data.from_date_time.as_ref(), data.to_date_time.as_ref())?;
        if let Some(id) = &data.workspace_id {
            validate::gong_id("workspaceId", id)?;
        }
        Ok(ListCalls { data })
    }
    fn data(&self) -> &ListCallsParams {
        &self.data
    }
}

setters!(ListCalls {
    /// Calls that started at or after this date-time.
    from_date_time(v: impl Into<String>) => |d| d.from_date_time = Some(v.into());
    /// Calls that started before this date-time.
    to_date_time(v: impl Into<String>) => |d| d.to_date_time = Some(v.into());
    /// Only calls of this workspace.
    workspace_id(v: GongId) => |d| d.workspace_id = Some(v);
    /// Resume from a cursor.
    cursor(v: impl Into<String>) => |d| d.cursor = Some(v.into());
});

/// Input of "Get Call".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetCall {
    data: GetCallParams,
}

/// The path parameter of `GET /v2/calls/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetCallParams {
    /// Gong's id of the call (up to 20 digits).
    call_id: GongId,
}

impl GetCall {
    /// The call with this id; the id must be 1 to 20 digits.
    pub fn new(call_id: GongId) -> Result<GetCall> {
        Self::check(GetCallParams { call_id })
    }
}

impl Rules for GetCall {
    type Data = GetCallParams;
    fn check(data: GetCallParams) -> Result<Self> {
        validate::gong_id("callId", &data.call_id)?;
        Ok(GetCall { data })
    }
    fn data(&self) -> &GetCallParams {
        &self.data
    }
}

/// Which way a call went (the generated `direction` of a new call).
pub type CallDirection = types::NewCallAddingRequestDirection;

/// A participant of a new call (the generated `CallParticipant`).
pub type Party = types::CallParticipant;

impl types::CallParticipant {
    /// A company team member.
    pub fn user(user_id: GongId) -> Self {
        Party {
            user_id: Some(user_id),
            ..Party::default()
        }
    }
    /// An outside participant with an email address.
    pub fn email(email: impl Into<String>) -> Self {
        Party {
            email_address: Some(email.into()),
            ..Party::default()
        }
    }
}

/// Input of "Create New Call" (`POST /v2/calls`): the generated
/// `NewCallAddingRequest`, checked against Gong's rules. Build it with
/// [`NewCall::builder`] and the setters of [`Draft<NewCall>`].
#[derive(Debug, Clone)]
pub struct NewCall {
    data: types::NewCallAddingRequest,
}

impl NewCall {
    /// A call with Gong's required fields: the call's id in the recording
    /// system (Gong refuses it twice; up to 2048 characters), the Gong user
    /// who hosted it, the participants (including that user), the direction
    /// and the start (ISO-8601 with offset).
    pub fn builder(
        client_unique_id: impl Into<String>,
        primary_user: GongId,
        parties: Vec<Party>,
        direction: CallDirection,
        actual_start: impl Into<String>,
    ) -> Draft<NewCall> {
        let client_unique_id = limited("clientUniqueId", client_unique_id.into(), 2048);
        Draft::new(client_unique_id.map(|client_unique_id| types::NewCallAddingRequest {
            client_unique_id,
            primary_user,
            parties,
            direction,
            actual_start: actual_start.into(),
            call_provider_code: None,
            context: Vec::new(),
            custom_data: None,
            disposition: None,
            download_media_url: None,
            duration: None,
            flow_context: None,
            language_code: None,
            meeting_url: None,
            purpose: None,
            scheduled_end: None,
            scheduled_start: None,
            speakers_timeline: None,
            title: None,
            workspace_id: None,
        }))
    }

    /// The request Gong receives.
    pub fn request(&self) -> &types::NewCallAddingRequest {
        &self.data
    }
}

impl Rules for NewCall {
    type Data = types::NewCallAddingRequest;
    fn check(data: types::NewCallAddingRequest) -> Result<Self> {
        validate::non_empty("clientUniqueId", &data.client_unique_id)?;
        validate::max_chars("clientUniqueId", &data.client_unique_id, 2048)?;
        validate::gong_id("primaryUser", &data.primary_user)?;
        validate::date_time("actualStart", &data.actual_start)?;
        if let Some(v) = &data.scheduled_start {
            validate::date_time("scheduledStart", v)?;
        }
        if let Some(v) = &data.scheduled_end {
            validate::date_time("scheduledEnd", v)?;
        }
        if let (Some(s), Some(e)) = (&data.scheduled_start, &data.scheduled_end) {
            validate::ordered("scheduledStart", s, "scheduledEnd", e)?;
        }
        if let Some(v) = &data.purpose {
            validate::max_chars("purpose", v, 255)?;
        }
        if let Some(v) = &data.disposition {
            validate::max_chars("disposition", v, 255)?;
        }
        if let Some(d) = data.duration
            && !(d.is_finite() && d >= 0.0)
        {
            return Err(Error::invalid("duration", "must be a non-negative number of seconds"));
        }
        if let Some(v) = &data.language_code {
            validate::language_code("languageCode", v)?;
        }
        for (field, v) in [
            ("meetingUrl", &data.meeting_url),
            ("downloadMediaUrl", &data.download_media_url),
        ] {
            if let Some(v) = v {
                validate::url(field, v)?;
            }
        }
        if let Some(id) = &data.workspace_id {
            validate::gong_id("workspaceId", id)?;
        }
        if data.parties.is_empty() {
            return Err(Error::invalid("parties", "must list the call's participants"));
        }
        for (i, p) in data.parties.iter().enumerate() {
            if let Some(id) = &p.user_id {
                validate::gong_id(&format!("parties[{i}].userId"), id)?;
            }
            if let Some(e) = &p.email_address {
                validate::email(&format!("parties[{i}].emailAddress"), e)?;
            }
            if let Some(ph) = &p.phone_number {
                validate::phone(&format!("parties[{i}].phoneNumber"), ph)?;
            }
            if let Some(ch) = p.media_channel_id
                && !(0..=1).contains(&ch)
            {
                return Err(Error::invalid(format!("parties[{i}].mediaChannelId"), "must be 0 or 1"));
            }
        }
        if !data
            .parties
            .iter()
            .any(|p| p.user_id.as_ref() == Some(&data.primary_user))
        {
            return Err(Error::invalid(
                "parties",
                "must include a party for the primaryUser (a party whose userId is the primary user)",
            ));
        }
        Ok(NewCall { data })
    }
    fn data(&self) -> &types::NewCallAddingRequest {
        &self.data
    }
}

setters!(NewCall {
    /// When the call was scheduled to start.
    scheduled_start(v: impl Into<String>) => |d| d.scheduled_start = Some(v.into());
    /// When the call was scheduled to end.
    scheduled_end(v: impl Into<String>) => |d| d.scheduled_end = Some(v.into());
    /// Title.
    title(v: impl Into<String>) => |d| d.title = Some(v.into());
    /// Purpose (up to 255 characters).
    purpose(v: impl Into<String>) => |d| d.purpose = Some(limited("purpose", v.into(), 255)?);
    /// Duration in seconds.
    duration(seconds: f64) => |d| d.duration = Some(seconds);
    /// Disposition (up to 255 characters).
    disposition(v: impl Into<String>) => |d| d.disposition = Some(limited("disposition", v.into(), 255)?);
    /// References to external systems (CRM objects the call belongs to).
    context(v: Vec<types::CallUploadContext>) => |d| d.context = v;
    /// Free-text metadata kept for troubleshooting.
    custom_data(v: impl Into<String>) => |d| d.custom_data = Some(v.into());
    /// Who spoke when; excludes `mediaChannelId`.
    speakers_timeline(v: types::SpeakersTimeline) => |d| d.speakers_timeline = Some(v);
    /// Conference URL.
    meeting_url(v: impl Into<String>) => |d| d.meeting_url = Some(v.into());
    /// Gong's code of the conferencing or telephony provider.
    call_provider_code(v: impl Into<String>) => |d| d.call_provider_code = Some(v.into());
    /// A unique URL Gong downloads the media from (then no media upload).
    download_media_url(v: impl Into<String>) => |d| d.download_media_url = Some(v.into());
    /// Workspace of the call.
    workspace_id(v: GongId) => |d| d.workspace_id = Some(v);
    /// Transcription language, from Gong's list.
    language_code(v: impl Into<String>) => |d| d.language_code = Some(v.into());
});

/// Input of "Add Call Media" (for the CLI and agents; Rust callers may also
/// pass a [`MediaFile`] to [`Client::add_call_media`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddCallMedia {
    data: AddCallMediaParams,
}

/// The call and the file of "Add Call Media".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddCallMediaParams {
    /// The call id returned by "Create New Call".
    call_id: GongId,
    /// Path of the recording (up to 1.5 GB).
    file: std::path::PathBuf,
    /// File name sent to Gong (default: the file's own name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    file_name: Option<String>,
}

impl AddCallMedia {
    /// The recording at `file` for the call `call_id`.
    pub fn builder(call_id: GongId, file: impl Into<std::path::PathBuf>) -> Draft<AddCallMedia> {
        Draft::new(Ok(AddCallMediaParams {
            call_id,
            file: file.into(),
            file_name: None,
        }))
    }

    /// The call the media belongs to.
    pub fn call_id(&self) -> &GongId {
        &self.data.call_id
    }

    /// The recording's path.
    pub fn file(&self) -> &std::path::Path {
        &self.data.file
    }

    /// The file name sent to Gong, when the input names one.
    pub fn file_name(&self) -> Option<&str> {
        self.data.file_name.as_deref()
    }

    /// Opens the file as a [`MediaFile`] named as the input says (add a
    /// progress callback with [`MediaFile::on_progress`]); the file's size is
    /// checked here.
    pub async fn media_file(&self) -> Result<MediaFile> {
        let mut media = MediaFile::from_path(&self.data.file).await?;
        if let Some(name) = &self.data.file_name {
            media = media
                .file_name(name.clone())
                .mime_type(crate::media::mime_type_for(name));
        }
        media.validate()?;
        Ok(media)
    }
}

impl Rules for AddCallMedia {
    type Data = AddCallMediaParams;
    fn check(data: AddCallMediaParams) -> Result<Self> {
        validate::gong_id("callId", &data.call_id)?;
        if let Some(name) = &data.file_name {
            validate::non_empty("fileName", name)?;
        }
        Ok(AddCallMedia { data })
    }
    fn data(&self) -> &AddCallMediaParams {
        &self.data
    }
}

setters!(AddCallMedia {
    /// File name sent to Gong (default: the file's own name).
    file_name(v: impl Into<String>) => |d| d.file_name = Some(v.into());
});

/// Input of "Get Call Transcript" (`POST /v2/calls/transcript`): the
/// generated `CallsFilter` and a cursor, flat as the connector states them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallTranscripts {
    data: CallTranscriptsParams,
}

/// The filter and cursor of "Get Call Transcript".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CallTranscriptsParams {
    /// Calls that started at or after this date-time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from_date_time: Option<String>,
    /// Calls that started before this date-time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to_date_time: Option<String>,
    /// Only calls of this workspace (not with `callIds`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    workspace_id: Option<GongId>,
    /// These calls only; many ids go in one request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    call_ids: Option<Vec<GongId>>,
    /// Resume from a cursor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cursor: Option<String>,
}

impl CallTranscripts {
    /// Transcripts of every call (narrow it with the setters).
    pub fn builder() -> Draft<CallTranscripts> {
        Draft::new(Ok(CallTranscriptsParams::default()))
    }

    /// Transcripts of these calls.
    pub fn of_calls(ids: impl IntoIterator<Item = GongId>) -> Draft<CallTranscripts> {
        Draft::new(Ok(CallTranscriptsParams {
            call_ids: Some(ids.into_iter().collect()),
            ..CallTranscriptsParams::default()
        }))
    }

    /// The generated filter this input sends.
    fn filter(&self) -> types::CallsFilter {
        types::CallsFilter {
            from_date_time: self.data.from_date_time.clone(),
            to_date_time: self.data.to_date_time.clone(),
            workspace_id: self.data.workspace_id.clone(),
            call_ids: self.data.call_ids.clone(),
        }
    }
}

impl Rules for CallTranscripts {
    type Data = CallTranscriptsParams;
    fn check(data: CallTranscriptsParams) -> Result<Self> {
        check_range(data.from_date_time.as_ref(), data.to_date_time.as_ref())?;
        if let Some(id) = &data.workspace_id {
            validate::gong_id("workspaceId", id)?;
        }
        if let Some(ids) = &data.call_ids {
            if data.workspace_id.is_some() {
                return Err(Error::invalid(
                    "workspaceId",
                    "cannot be combined with callIds (Gong refuses both)",
                ));
            }
            if ids.is_empty() {
                return Err(Error::invalid(
                    "callIds",
                    "must not be an empty list (leave it out for all calls)",
                ));
            }
            for (i, id) in ids.iter().enumerate() {
                validate::gong_id(&format!("callIds[{i}]"), id)?;
            }
        }
        Ok(CallTranscripts { data })
    }
    fn data(&self) -> &CallTranscriptsParams {
        &self.data
    }
}

setters!(CallTranscripts {
    /// From this date-time.
    from_date_time(v: impl Into<String>) => |d| d.from_date_time = Some(v.into());
    /// Until this date-time.
    to_date_time(v: impl Into<String>) => |d| d.to_date_time = Some(v.into());
    /// Only this workspace.
    workspace_id(v: GongId) => |d| d.workspace_id = Some(v);
    /// These calls only.
    call_ids(v: impl IntoIterator<Item = GongId>) => |d| d.call_ids = Some(v.into_iter().collect());
    /// Resume from a cursor.
    cursor(v: impl Into<String>) => |d| d.cursor = Some(v.into());
});

input_serde!(ListCalls, GetCall, NewCall, AddCallMedia, CallTranscripts);

impl Client {
    /// "List Calls": every call matching the filter, one at a time, across
    /// all pages (`GET /v2/calls`, scope `api:calls:read:basic`).
    ///
    /// ```no_run
    /// # async fn run(client: gong_client::Client) -> gong_client::Result<()> {
    /// use futures::TryStreamExt;
    /// use gong_client::actions::ListCalls;
    /// let calls: Vec<_> = client.list_calls(ListCalls::builder().from_date_time("2026-01-01T00:00:00Z").build()?).try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_calls(&self, input: ListCalls) -> impl Stream<Item = Result<types::CallBasicData>> + use<> {
        paging::flatten(self.list_calls_pages(input))
    }

    /// Pages of "List Calls"; the cursor travels in the query string.
    pub fn list_calls_pages(&self, input: ListCalls) -> impl Stream<Item = Result<Page<types::CallBasicData>>> + use<> {
        let input = input.data;
        self.listing_pages(listings::ListCalls {
            cursor: input.cursor,
            from_date_time: input.from_date_time,
            to_date_time: input.to_date_time,
            workspace_id: input.workspace_id,
        })
    }

    /// Pages of `POST /v2/calls/extensive` (scope `api:calls:read:extensive`):
    /// the most data per request. The cursor travels in the JSON body; any
    /// cursor already in `request` starts the listing there.
    pub fn list_calls_extensive_pages(
        &self,
        request: ExtensiveCallsRequest,
    ) -> impl Stream<Item = Result<Page<types::CallData>>> + use<> {
        self.listing_pages(listings::ListCallsExtensive { body: request })
    }

    /// "Get Call" (`GET /v2/calls/{id}`, scope `api:calls:read:basic`).
    pub async fn get_call(&self, input: GetCall) -> Result<types::SpecificCall> {
        let input = input.data;
        self.api().get_call().id(input.call_id).send().await
    }

    /// "Create New Call" (`POST /v2/calls`, scope `api:calls:create`). Follow
    /// with [`Client::add_call_media`] unless a download URL was given.
    /// Gong deduplicates on `clientUniqueId`, so the client may retry it.
    pub async fn create_call(&self, input: NewCall) -> Result<types::NewCallAddingResponse> {
        let body = input.data;
        self.api().add_call().body(body).send().await
    }

    /// "Get Call Transcript": transcripts of many calls in as few requests as
    /// Gong allows (`POST /v2/calls/transcript`, scope
    /// `api:calls:read:transcript`); the cursor travels in the body.
    pub fn get_call_transcripts(
        &self,
        input: CallTranscripts,
    ) -> impl Stream<Item = Result<types::CallTranscript>> + use<> {
        paging::flatten(self.get_call_transcripts_pages(input))
    }

    /// Pages of "Get Call Transcript".
    pub fn get_call_transcripts_pages(
        &self,
        input: CallTranscripts,
    ) -> impl Stream<Item = Result<Page<types::CallTranscript>>> + use<> {
        let body = types::PublicApiBaseRequestV2CallsFilter {
            cursor: input.data.cursor.clone(),
            filter: input.filter(),
        };
        self.listing_pages(listings::GetCallTranscripts { body })
    }

    /// "Add Call Media" from a CLI/agent input: opens the file and uploads it.
    pub async fn add_call_media_from(&self, input: AddCallMedia) -> Result<types::NewCallRecordingResponse> {
        let media = input.media_file().await?;
        self.add_call_media(input.call_id(), media).await
    }
}

crate::actions::input::fields_from_serde!(
    ListCallsParams,
    GetCallParams,
    AddCallMediaParams,
    CallTranscriptsParams
);
